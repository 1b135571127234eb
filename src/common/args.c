/* args.c: argument checks shared by both backends, so that bad input gets
 * the same NTIX_E* on every OS before any system call is made.
 */
#include "ntix-int.h"

#define OPEN_KNOWN                                                        \
  (NTIX_O_ACCMODE | NTIX_O_CREAT | NTIX_O_EXCL | NTIX_O_TRUNC |           \
   NTIX_O_APPEND | NTIX_O_NONBLOCK | NTIX_O_DIRECTORY | NTIX_O_NOFOLLOW | \
   NTIX_O_INHERIT)

int
ntix__check_open_flags(int flags, const char *call) {
  int acc = flags & NTIX_O_ACCMODE;

  if ((flags & ~OPEN_KNOWN) != 0 || acc == NTIX_O_ACCMODE)
    return ntix__refuse(NTIX_EINVAL, call);
  if ((flags & NTIX_O_EXCL) && !(flags & NTIX_O_CREAT))
    return ntix__refuse(NTIX_EINVAL, call);
  if ((flags & NTIX_O_DIRECTORY) &&
      ((flags & NTIX_O_CREAT) || acc != NTIX_O_RDONLY))
    return ntix__refuse(NTIX_EINVAL, call);
  if ((flags & NTIX_O_TRUNC) && acc == NTIX_O_RDONLY)
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

int
ntix__check_buf(const void *buf, size_t len, const char *call) {
  if (buf == NULL && len != 0)
    return ntix__refuse(NTIX_EFAULT, call);
  return 0;
}

int
ntix__check_range(const void *buf,
                  size_t len,
                  uintptr_t end,
                  const char *call) {
  uintptr_t p = (uintptr_t)buf;

  if (p > end || len > end - p)
    return ntix__refuse(NTIX_EFAULT, call);
  return 0;
}

/* As Linux reads an iovec array: first every length (one above INT64_MAX
 * is EINVAL), then every element's range (EFAULT); a total above
 * NTIX_IO_MAX is served up to it. */
int64_t
ntix__check_iov(const ntix_iovec_t *iov,
                int iovcnt,
                uintptr_t end,
                const char *call) {
  size_t total = 0;
  int i;

  if (iovcnt < 0 || iovcnt > NTIX_IOV_MAX)
    return ntix__refuse(NTIX_EINVAL, call);
  if (iov == NULL && iovcnt > 0)
    return ntix__refuse(NTIX_EFAULT, call);
  for (i = 0; i < iovcnt; i++)
    if (iov[i].iov_len > (size_t)INT64_MAX)
      return ntix__refuse(NTIX_EINVAL, call);
  for (i = 0; i < iovcnt; i++) {
    if (iov[i].iov_base == NULL && iov[i].iov_len != 0)
      return ntix__refuse(NTIX_EFAULT, call);
    if (ntix__check_range(iov[i].iov_base, iov[i].iov_len, end, call) != 0)
      return NTIX_EFAULT;
    total += iov[i].iov_len < NTIX_IO_MAX ? iov[i].iov_len : NTIX_IO_MAX;
    if (total > NTIX_IO_MAX)
      total = NTIX_IO_MAX;
  }
  return (int64_t)total;
}

/* ---- socket options ----------------------------------------------------- */

static const unsigned char opt_kinds[NTIX__OPT_COUNT] = {
    [NTIX_SO_REUSEADDR] = NTIX__OPT_BOOL, [NTIX_SO_KEEPALIVE] = NTIX__OPT_BOOL,
    [NTIX_SO_RCVBUF] = NTIX__OPT_SIZE,    [NTIX_SO_SNDBUF] = NTIX__OPT_SIZE,
    [NTIX_SO_ERROR] = NTIX__OPT_GETONLY,  [NTIX_SO_TYPE] = NTIX__OPT_GETONLY,
    [NTIX_SO_BROADCAST] = NTIX__OPT_BOOL, [NTIX_SO_LINGER] = NTIX__OPT_LINGER,
    [NTIX_TCP_NODELAY] = NTIX__OPT_BOOL,  [NTIX_IPV6_V6ONLY] = NTIX__OPT_BOOL,
};

ntix__optkind_t
ntix__opt_kind(int opt) {
  return (ntix__optkind_t)opt_kinds[opt];
}

int
ntix__opt_check_set(int opt, int value, const char *call) {
  ntix__optkind_t k;

  if (opt <= 0 || opt >= NTIX__OPT_COUNT)
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  k = ntix__opt_kind(opt);
  if (k == NTIX__OPT_GETONLY || (k == NTIX__OPT_SIZE && value < 0) ||
      (k == NTIX__OPT_LINGER && value < -1))
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

int
ntix__opt_check_get(int opt, const int *value, const char *call) {
  if (opt <= 0 || opt >= NTIX__OPT_COUNT)
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  if (value == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  return 0;
}

int
ntix__opt_neutral(int opt, int v, int linger_on, int linger_s) {
  switch (ntix__opt_kind(opt)) {
    case NTIX__OPT_BOOL:
      return v != 0;
    case NTIX__OPT_LINGER:
      return linger_on ? linger_s : -1;
    default:
      return v; /* sizes; SO_TYPE: the neutral numbers are the OS's */
  }
}

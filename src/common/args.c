/* args.c: argument checks shared by both backends, so that bad input gets
 * the same NTIX_E* on every OS before any system call is made.
 */
#include "ntix-int.h"

#define OPEN_KNOWN                                                      \
  (NTIX_O_ACCMODE | NTIX_O_CREAT | NTIX_O_EXCL | NTIX_O_TRUNC |          \
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

int64_t
ntix__check_iov(const ntix_iovec_t *iov, int iovcnt, const char *call) {
  size_t total = 0;
  int i;

  if (iovcnt < 0 || iovcnt > NTIX_IOV_MAX)
    return ntix__refuse(NTIX_EINVAL, call);
  if (iov == NULL && iovcnt > 0)
    return ntix__refuse(NTIX_EFAULT, call);
  for (i = 0; i < iovcnt; i++) {
    if (iov[i].iov_base == NULL && iov[i].iov_len != 0)
      return ntix__refuse(NTIX_EFAULT, call);
    /* As Linux, a total that overflows ssize_t is invalid; a large but
     * valid total is served up to NTIX_IO_MAX. */
    if (iov[i].iov_len > (size_t)INT64_MAX - total)
      return ntix__refuse(NTIX_EINVAL, call);
    total += iov[i].iov_len;
  }
  return total > NTIX_IO_MAX ? NTIX_IO_MAX : (int64_t)total;
}

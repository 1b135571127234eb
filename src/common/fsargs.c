/* fsargs.c: argument checks shared by both backends for locks, mapping
 * and copying (fsargs.h).
 */
#include "fsargs.h"

int
ntix__check_lock(int64_t offset, int64_t len, int flags, const char *call) {
  int kind = flags & (NTIX_LOCK_SH | NTIX_LOCK_EX);

  if (flags >= 0 && ((flags & ~(NTIX_LOCK_SH | NTIX_LOCK_EX | NTIX_LOCK_NB)) ||
                     (kind != NTIX_LOCK_SH && kind != NTIX_LOCK_EX)))
    return ntix__refuse(NTIX_EINVAL, call);
  if (offset < 0 || len < 0)
    return ntix__refuse(NTIX_EINVAL, call);
  if (len > INT64_MAX - offset)
    return ntix__refuse(NTIX_EOVERFLOW, call);
  return 0;
}

int
ntix__check_map(int64_t offset,
                size_t len,
                int prot,
                int flags,
                void *const *out,
                size_t gran,
                const char *call) {
  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  if (len == 0 || offset < 0 || (uint64_t)offset % gran != 0)
    return ntix__refuse(NTIX_EINVAL, call);
  if (prot != NTIX_PROT_READ && prot != (NTIX_PROT_READ | NTIX_PROT_WRITE))
    return ntix__refuse(NTIX_EINVAL, call);
  if (flags != NTIX_MAP_SHARED && flags != NTIX_MAP_PRIVATE)
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

int
ntix__check_off(int64_t off, const char *call) {
  return off < 0 && off != NTIX_OFF_CUR ? ntix__refuse(NTIX_EINVAL, call) : 0;
}

int
ntix__check_pollfds(const ntix_pollfd_t *fds, size_t nfds, const char *call) {
  if (fds == NULL && nfds > 0)
    return ntix__refuse(NTIX_EFAULT, call);
  if (nfds > NTIX_POLL_NFDS_MAX)
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

/* fsargs.c: argument checks shared by both backends for locks, mapping
 * and copying (fsargs.h).
 */
#include <string.h>

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

int
ntix__check_watch(const char *path, int flags, const char *call) {
  int rc = ntix__check_path(path, call);

  if (rc != 0)
    return rc;
  if (flags & ~NTIX_WATCH_SUBTREE)
    return ntix__refuse(NTIX_EINVAL, call);
  if (flags & NTIX_WATCH_SUBTREE)
    return ntix__refuse(NTIX_EOPNOTSUPP, call);
  return 0;
}

/* 1 if the record at last is a MODIFIED of name. */
static int
same_modified(const char *out, size_t last, const char *name, size_t len) {
  const ntix_watch_event_t *ev;

  if (last == (size_t)-1)
    return 0;
  ev = (const ntix_watch_event_t *)(out + last);
  return ev->type == NTIX_WATCH_MODIFIED && ev->name_len == len &&
         memcmp(ev->name, name, len) == 0;
}

int
ntix__watch_put(char *out,
                size_t cap,
                size_t *used,
                size_t *last,
                uint32_t type,
                const char *name,
                size_t name_len,
                const char *old,
                size_t old_len) {
  size_t size = sizeof(ntix_watch_event_t) + name_len + 1;
  ntix_watch_event_t *ev;

  if (type == NTIX_WATCH_MODIFIED && same_modified(out, *last, name, name_len))
    return 1;
  if (old != NULL)
    size += old_len + 1;
  size = (size + 7) & ~(size_t)7;
  if (size > cap - *used)
    return 0;
  ev = (ntix_watch_event_t *)(out + *used);
  memset(ev, 0, size);
  ev->type = type;
  ev->size = (uint32_t)size;
  ev->name_len = (uint32_t)name_len;
  ev->old_len = old != NULL ? (uint32_t)old_len : 0;
  memcpy(ev->name, name, name_len);
  if (old != NULL)
    memcpy(ev->name + name_len + 1, old, old_len);
  *last = *used;
  *used += size;
  return 1;
}

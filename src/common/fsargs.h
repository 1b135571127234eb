/* fsargs.h: the argument checks that both backends share for byte-range
 * locks, file mapping, copying, poll(2) and directory watches (fsargs.c).
 * Each returns 0 or a refused NTIX_E* code (recorded as NTIX_NATIVE_NONE
 * under call).
 */
#ifndef NTIX_FSARGS_H
#define NTIX_FSARGS_H

#include "ntix-int.h"

/* NTIX_EINVAL for flags other than SH or EX (lock: optionally with NB),
 * a negative offset or len; NTIX_EOVERFLOW when offset + len passes
 * INT64_MAX.  flags < 0 checks an unlock (no flags). */
int ntix__check_lock(int64_t offset, int64_t len, int flags, const char *call);

/* The end of a lock range as both backends express it: offset + len, or
 * INT64_MAX for len 0 ("to the end of any file size"). */
static inline int64_t
ntix__lock_end(int64_t offset, int64_t len) {
  return len == 0 ? INT64_MAX : offset + len;
}

/* ntix_map's checks before the descriptor: NTIX_EFAULT (out NULL), then
 * NTIX_EINVAL (len 0, offset negative or not a multiple of gran, prot or
 * flags bad). */
int ntix__check_map(int64_t offset,
                    size_t len,
                    int prot,
                    int flags,
                    void *const *out,
                    size_t gran,
                    const char *call);

/* NTIX_EINVAL for an offset that is negative and not NTIX_OFF_CUR. */
int ntix__check_off(int64_t off, const char *call);

/* ntix_poll's checks: NTIX_EFAULT (fds NULL with nfds > 0), NTIX_EINVAL
 * (nfds above NTIX_POLL_NFDS_MAX). */
int ntix__check_pollfds(const ntix_pollfd_t *fds,
                        size_t nfds,
                        const char *call);

/* The revents bits ntix_poll reports for an entry asking for events. */
static inline short
ntix__pollfd_mask(short events) {
  return (short)((events & (NTIX_POLL_IN | NTIX_POLL_PRI | NTIX_POLL_OUT |
                            NTIX_POLL_RDHUP)) |
                 NTIX_POLL_ERR | NTIX_POLL_HUP | NTIX_POLL_NVAL);
}

/* ---- directory watches: the records both backends write ---------------- */

/* ntix_watch_open's checks before any system call: the path, then
 * NTIX_EINVAL (unknown flags), NTIX_EOPNOTSUPP (NTIX_WATCH_SUBTREE). */
int ntix__check_watch(const char *path, int flags, const char *call);

/* Appends one record to out (at *used, room cap): 1 if written, 0 if it
 * does not fit.  old is NULL except for NTIX_WATCH_RENAMED.  A MODIFIED
 * record of the name the previous record (at *last, or none when *last is
 * (size_t)-1) modified too is merged: 1, nothing written. */
int ntix__watch_put(char *out,
                    size_t cap,
                    size_t *used,
                    size_t *last,
                    uint32_t type,
                    const char *name,
                    size_t name_len,
                    const char *old,
                    size_t old_len);

#endif /* NTIX_FSARGS_H */

/* api-lock.c: the public entry points of byte-range locks.  Each one calls
 * its backend function, or traces it while tracing is on (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_lock(int fd, int64_t offset, int64_t len, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_lock", "dllx", fd, offset, len, flags))
    return ntix__b_lock(fd, offset, len, flags);
  return (int)ntix__trace_end(ntix__b_lock(fd, offset, len, flags), 1);
}

int
ntix_unlock(int fd, int64_t offset, int64_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_unlock", "dll", fd, offset, len))
    return ntix__b_unlock(fd, offset, len);
  return (int)ntix__trace_end(ntix__b_unlock(fd, offset, len), 1);
}

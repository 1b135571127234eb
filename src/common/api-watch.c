/* api-watch.c: the public entry points of directory watches.  Each one
 * calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_watch_open(const char *path, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_watch_open", "sx", path, flags))
    return ntix__b_watch_open(path, flags);
  return (int)ntix__trace_end(ntix__b_watch_open(path, flags), 1);
}

int64_t
ntix_watch_read(int wfd, void *buf, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_watch_read", "dpz", wfd, buf, len))
    return ntix__b_watch_read(wfd, buf, len);
  return ntix__trace_end(ntix__b_watch_read(wfd, buf, len), 1);
}

/* api-pollfds.c: the public entry point of poll(2)-shaped waiting.  It
 * calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_poll(ntix_pollfd_t *fds, size_t nfds, int64_t timeout_ns) {
  if (!NTIX__TRACE_BEGIN("ntix_poll", "pzl", fds, nfds, timeout_ns))
    return ntix__b_poll(fds, nfds, timeout_ns);
  return (int)ntix__trace_end(ntix__b_poll(fds, nfds, timeout_ns), 1);
}

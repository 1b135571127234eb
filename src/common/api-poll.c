/* api-poll.c: the public entry points of the poller and its timers.
 * Each one calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_poll_create(int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_create", "x", flags))
    return ntix__b_poll_create(flags);
  return (int)ntix__trace_end(ntix__b_poll_create(flags), 1);
}

int
ntix_poll_ctl(int pfd, int op, int fd, uint32_t events, uint64_t data) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_ctl", "dddeX", pfd, op, fd, events, data))
    return ntix__b_poll_ctl(pfd, op, fd, events, data);
  return (int)ntix__trace_end(ntix__b_poll_ctl(pfd, op, fd, events, data), 1);
}

int
ntix_poll_wake(int pfd) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_wake", "d", pfd))
    return ntix__b_poll_wake(pfd);
  return (int)ntix__trace_end(ntix__b_poll_wake(pfd), 1);
}

int
ntix_poll_spin(int pfd, int64_t ns) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_spin", "dl", pfd, ns))
    return ntix__b_poll_spin(pfd, ns);
  return (int)ntix__trace_end(ntix__b_poll_spin(pfd, ns), 1);
}

int
ntix_poll_close(int pfd) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_close", "d", pfd))
    return ntix__b_poll_close(pfd);
  return (int)ntix__trace_end(ntix__b_poll_close(pfd), 1);
}

int64_t
ntix_timer_start(int pfd, int64_t delay_ns, int64_t repeat_ns, uint64_t data) {
  if (!NTIX__TRACE_BEGIN("ntix_timer_start", "dllX", pfd, delay_ns, repeat_ns,
                         data))
    return ntix__b_timer_start(pfd, delay_ns, repeat_ns, data);
  return ntix__trace_end(ntix__b_timer_start(pfd, delay_ns, repeat_ns, data),
                         1);
}

int
ntix_timer_stop(int pfd, int64_t id) {
  if (!NTIX__TRACE_BEGIN("ntix_timer_stop", "dl", pfd, id))
    return ntix__b_timer_stop(pfd, id);
  return (int)ntix__trace_end(ntix__b_timer_stop(pfd, id), 1);
}

int
ntix_timer_restart(int pfd, int64_t id, int64_t delay_ns, int64_t repeat_ns) {
  if (!NTIX__TRACE_BEGIN("ntix_timer_restart", "dlll", pfd, id, delay_ns,
                         repeat_ns))
    return ntix__b_timer_restart(pfd, id, delay_ns, repeat_ns);
  return (int)ntix__trace_end(
      ntix__b_timer_restart(pfd, id, delay_ns, repeat_ns), 1);
}

/* entry.c (Linux): the public entry points of the calls a program makes
 * per byte moved or per event: read, write, pread, pwrite, close and
 * poll_wait.  What passes the
 * gate (linux-int.h) goes straight to the kernel; the rest takes the slow
 * path below, to the traced call or the checked ntix__b_<name>.  The
 * descriptor goes to the kernel as an int: the kernel reads only the low
 * 32 bits of a descriptor argument, and it checks the buffer's range.
 */
#include "linux-int.h"

/* Open while nothing traces. */
uintptr_t ntix__gate_buf = 0;
uint32_t ntix__gate_fd = NTIX__FD_WATCH_MAX;

void
ntix__b_trace_changed(int on) {
  __atomic_store_n(&ntix__gate_buf, on ? UINTPTR_MAX : 0, __ATOMIC_RELAXED);
  __atomic_store_n(&ntix__gate_fd, on ? 0 : NTIX__FD_WATCH_MAX,
                   __ATOMIC_RELAXED);
}

/* Relaxed loads: a call racing ntix_trace_set may go either way. */
#define GATE_BUF(buf)                \
  NTIX__UNLIKELY((uintptr_t)(buf) <= \
                 __atomic_load_n(&ntix__gate_buf, __ATOMIC_RELAXED))

static NTIX__COLD int64_t
read_slow(int fd, void *buf, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_read", "dpz", fd, buf, len))
    return ntix__b_read(fd, buf, len);
  return ntix__trace_end(ntix__b_read(fd, buf, len), 1);
}

int64_t
ntix_read(int fd, void *buf, size_t len) {
  long r;

  if (GATE_BUF(buf))
    return read_slow(fd, buf, len);
  r = ntix__sys3i(__NR_read, fd, buf, len);
  return NTIX__SYS_RESULT(r, "read");
}

static NTIX__COLD int64_t
write_slow(int fd, const void *buf, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_write", "dpz", fd, buf, len))
    return ntix__b_write(fd, buf, len);
  return ntix__trace_end(ntix__b_write(fd, buf, len), 1);
}

int64_t
ntix_write(int fd, const void *buf, size_t len) {
  long r;

  if (GATE_BUF(buf))
    return write_slow(fd, buf, len);
  r = ntix__sys3i(__NR_write, fd, buf, len);
  return NTIX__SYS_RESULT(r, "write");
}

static NTIX__COLD int64_t
pread_slow(int fd, void *buf, size_t len, int64_t offset) {
  if (!NTIX__TRACE_BEGIN("ntix_pread", "dpzl", fd, buf, len, offset))
    return ntix__b_pread(fd, buf, len, offset);
  return ntix__trace_end(ntix__b_pread(fd, buf, len, offset), 1);
}

int64_t
ntix_pread(int fd, void *buf, size_t len, int64_t offset) {
  long r;

  if (GATE_BUF(buf))
    return pread_slow(fd, buf, len, offset);
  r = ntix__sys4i(__NR_pread64, fd, buf, len, offset);
  return NTIX__SYS_RESULT(r, "pread64");
}

static NTIX__COLD int64_t
pwrite_slow(int fd, const void *buf, size_t len, int64_t offset) {
  if (!NTIX__TRACE_BEGIN("ntix_pwrite", "dpzl", fd, buf, len, offset))
    return ntix__b_pwrite(fd, buf, len, offset);
  return ntix__trace_end(ntix__b_pwrite(fd, buf, len, offset), 1);
}

int64_t
ntix_pwrite(int fd, const void *buf, size_t len, int64_t offset) {
  long r;

  if (GATE_BUF(buf))
    return pwrite_slow(fd, buf, len, offset);
  r = ntix__sys4i(__NR_pwrite64, fd, buf, len, offset);
  return NTIX__SYS_RESULT(r, "pwrite64");
}

static NTIX__COLD int
close_slow(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_close", "d", fd))
    return ntix__b_close(fd);
  return (int)ntix__trace_end(ntix__b_close(fd), 1);
}

/* A descriptor no poller watches (poll.c) goes straight to the kernel; a
 * watched one, one at or above NTIX__FD_WATCH_MAX, a negative one, or a
 * traced call goes to ntix__b_close, which tells the pollers first. */
int
ntix_close(int fd) {
  if (NTIX__UNLIKELY(
          (uint32_t)fd >= __atomic_load_n(&ntix__gate_fd, __ATOMIC_RELAXED) ||
          __atomic_load_n(&ntix__fd_watched[(uint32_t)fd], __ATOMIC_RELAXED)))
    return close_slow(fd);
  return ntix__close_result(ntix__sys1i(__NR_close, fd));
}

static NTIX__COLD int
poll_wait_slow(int pfd, ntix_poll_event_t *out, int max, int64_t timeout_ns) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_wait", "dpdl", pfd, out, max, timeout_ns))
    return ntix__b_poll_wait(pfd, out, max, timeout_ns);
  return (int)ntix__trace_end(ntix__b_poll_wait(pfd, out, max, timeout_ns), 1);
}

/* No gate of its own: the wait's arguments are checked by the poller, so
 * the entry tests the tracing switch and leaves the traced path out of
 * line, which keeps the hot path free of register saves. */
int
ntix_poll_wait(int pfd, ntix_poll_event_t *out, int max, int64_t timeout_ns) {
  if (ntix__tracing())
    return poll_wait_slow(pfd, out, max, timeout_ns);
  return ntix__b_poll_wait(pfd, out, max, timeout_ns);
}

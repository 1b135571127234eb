/* api-io.c: the public entry points of the calls a program makes per byte
 * moved or per event: close, read, write, pread, pwrite and poll_wait.
 * Built where the backend does not define them itself (the Linux backend
 * does, with gates of its own: src/linux/entry.c).  Each one calls its
 * backend function, or traces it while tracing is on (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_close(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_close", "d", fd))
    return ntix__b_close(fd);
  return (int)ntix__trace_end(ntix__b_close(fd), 1);
}

int64_t
ntix_read(int fd, void *buf, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_read", "dpz", fd, buf, len))
    return ntix__b_read(fd, buf, len);
  return ntix__trace_end(ntix__b_read(fd, buf, len), 1);
}

int64_t
ntix_write(int fd, const void *buf, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_write", "dpz", fd, buf, len))
    return ntix__b_write(fd, buf, len);
  return ntix__trace_end(ntix__b_write(fd, buf, len), 1);
}

int64_t
ntix_pread(int fd, void *buf, size_t len, int64_t offset) {
  if (!NTIX__TRACE_BEGIN("ntix_pread", "dpzl", fd, buf, len, offset))
    return ntix__b_pread(fd, buf, len, offset);
  return ntix__trace_end(ntix__b_pread(fd, buf, len, offset), 1);
}

int64_t
ntix_pwrite(int fd, const void *buf, size_t len, int64_t offset) {
  if (!NTIX__TRACE_BEGIN("ntix_pwrite", "dpzl", fd, buf, len, offset))
    return ntix__b_pwrite(fd, buf, len, offset);
  return ntix__trace_end(ntix__b_pwrite(fd, buf, len, offset), 1);
}

int
ntix_poll_wait(int pfd, ntix_poll_event_t *out, int max, int64_t timeout_ns) {
  if (!NTIX__TRACE_BEGIN("ntix_poll_wait", "dpdl", pfd, out, max, timeout_ns))
    return ntix__b_poll_wait(pfd, out, max, timeout_ns);
  return (int)ntix__trace_end(ntix__b_poll_wait(pfd, out, max, timeout_ns), 1);
}

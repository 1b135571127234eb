/* api-sys.c: the public entry points of pipes, memory, time and the process.
 * Each one calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_pipe(int fds[2], int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_pipe", "px", fds, flags))
    return ntix__b_pipe(fds, flags);
  return (int)ntix__trace_end(ntix__b_pipe(fds, flags), 1);
}

int
ntix_mmap_anon(size_t len, int prot, void **out) {
  if (!NTIX__TRACE_BEGIN("ntix_mmap_anon", "zxp", len, prot, out))
    return ntix__b_mmap_anon(len, prot, out);
  return (int)ntix__trace_end(ntix__b_mmap_anon(len, prot, out), 1);
}

int
ntix_munmap(void *addr, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_munmap", "pz", addr, len))
    return ntix__b_munmap(addr, len);
  return (int)ntix__trace_end(ntix__b_munmap(addr, len), 1);
}

int
ntix_mprotect(void *addr, size_t len, int prot) {
  if (!NTIX__TRACE_BEGIN("ntix_mprotect", "pzx", addr, len, prot))
    return ntix__b_mprotect(addr, len, prot);
  return (int)ntix__trace_end(ntix__b_mprotect(addr, len, prot), 1);
}

size_t
ntix_pagesize(void) {
  if (!NTIX__TRACE_BEGIN("ntix_pagesize", ""))
    return ntix__b_pagesize();
  return (size_t)ntix__trace_end(ntix__b_pagesize(), 0);
}

int64_t
ntix_clock_mono(void) {
  if (!NTIX__TRACE_BEGIN("ntix_clock_mono", ""))
    return ntix__b_clock_mono();
  return ntix__trace_end(ntix__b_clock_mono(), 0);
}

int64_t
ntix_clock_real(void) {
  if (!NTIX__TRACE_BEGIN("ntix_clock_real", ""))
    return ntix__b_clock_real();
  return ntix__trace_end(ntix__b_clock_real(), 0);
}

int
ntix_sleep_ns(int64_t ns) {
  if (!NTIX__TRACE_BEGIN("ntix_sleep_ns", "l", ns))
    return ntix__b_sleep_ns(ns);
  return (int)ntix__trace_end(ntix__b_sleep_ns(ns), 1);
}

int
ntix_getpid(void) {
  if (!NTIX__TRACE_BEGIN("ntix_getpid", ""))
    return ntix__b_getpid();
  return (int)ntix__trace_end(ntix__b_getpid(), 0);
}

int
ntix_cpu_count(void) {
  if (!NTIX__TRACE_BEGIN("ntix_cpu_count", ""))
    return ntix__b_cpu_count();
  return (int)ntix__trace_end(ntix__b_cpu_count(), 0);
}

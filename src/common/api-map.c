/* api-map.c: the public entry points of file mapping.  Each one calls its
 * backend function, or traces it while tracing is on (ntix-int.h).
 */
#include "ntix-int.h"

size_t
ntix_map_granularity(void) {
  if (!NTIX__TRACE_BEGIN("ntix_map_granularity", ""))
    return ntix__b_map_granularity();
  return (size_t)ntix__trace_end((int64_t)ntix__b_map_granularity(), 0);
}

int
ntix_map(int fd, int64_t offset, size_t len, int prot, int flags, void **out) {
  if (!NTIX__TRACE_BEGIN("ntix_map", "dlzxxp", fd, offset, len, prot, flags,
                         out))
    return ntix__b_map(fd, offset, len, prot, flags, out);
  return (int)ntix__trace_end(ntix__b_map(fd, offset, len, prot, flags, out),
                              1);
}

int
ntix_unmap(void *addr, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_unmap", "pz", addr, len))
    return ntix__b_unmap(addr, len);
  return (int)ntix__trace_end(ntix__b_unmap(addr, len), 1);
}

int
ntix_msync(void *addr, size_t len, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_msync", "pzx", addr, len, flags))
    return ntix__b_msync(addr, len, flags);
  return (int)ntix__trace_end(ntix__b_msync(addr, len, flags), 1);
}

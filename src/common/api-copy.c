/* api-copy.c: the public entry points of copying without a user-space
 * buffer: sendfile and copy_file_range.  Each one calls its backend
 * function, or traces it while tracing is on (ntix-int.h).
 */
#include "ntix-int.h"

int64_t
ntix_sendfile(int out_fd, int in_fd, int64_t offset, size_t count) {
  if (!NTIX__TRACE_BEGIN("ntix_sendfile", "ddlz", out_fd, in_fd, offset, count))
    return ntix__b_sendfile(out_fd, in_fd, offset, count);
  return ntix__trace_end(ntix__b_sendfile(out_fd, in_fd, offset, count), 1);
}

int64_t
ntix_copy_file_range(
    int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len) {
  if (!NTIX__TRACE_BEGIN("ntix_copy_file_range", "dldlz", in_fd, in_off, out_fd,
                         out_off, len))
    return ntix__b_copy_file_range(in_fd, in_off, out_fd, out_off, len);
  return ntix__trace_end(
      ntix__b_copy_file_range(in_fd, in_off, out_fd, out_off, len), 1);
}

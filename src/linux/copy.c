/* copy.c (Linux): copying in the kernel: sendfile(2) for ntix_sendfile,
 * copy_file_range(2) for ntix_copy_file_range, with a pread64/pwrite64
 * loop where the kernel cannot copy between the two files (EXDEV before
 * 5.3 and between file system types, ENOSYS before 4.5, EOPNOTSUPP).
 */
#include <stdlib.h>

#include "fsargs.h"
#include "linux-int.h"

/* Bytes per read and write of the fallback loop. */
#define CHUNK (256 * 1024)

int64_t
ntix__b_sendfile(int out_fd, int in_fd, int64_t offset, size_t count) {
  int64_t off = offset;
  long r;
  int rc;

  if ((rc = ntix__check_off(offset, "ntix_sendfile")) < 0)
    return rc;
  r = ntix__sys4(__NR_sendfile, out_fd, in_fd,
                 offset == NTIX_OFF_CUR ? 0 : (long)&off,
                 (long)ntix__clamp_len(count));
  /* A pipe or a socket as the input with an offset: the kernel says
   * ESPIPE, without one EINVAL; the contract says EINVAL for both. */
  if (r == NTIX_ESPIPE)
    return ntix__fail(NTIX_NATIVE_ERRNO, (uint32_t)-r, NTIX_EINVAL, "sendfile");
  return NTIX__SYS_RESULT(r, "sendfile");
}

/* 1 when copy_file_range's failure r means "the kernel cannot copy
 * between these files", so that read and write must do it. */
static int
needs_fallback(long r, int in_fd, int out_fd) {
  ntix_stat_t a, b;

  if (r == NTIX_EXDEV || r == NTIX_ENOSYS || r == NTIX_EOPNOTSUPP)
    return 1;
  if (r != NTIX_EINVAL)
    return 0;
  /* EINVAL also means "not regular files" or "the same file with ranges
   * that overlap", which stay errors. */
  if (ntix__b_fstat(in_fd, &a) < 0 || ntix__b_fstat(out_fd, &b) < 0)
    return 0;
  return a.type == NTIX_FT_REG && b.type == NTIX_FT_REG &&
         (a.dev != b.dev || a.ino != b.ino);
}

/* One read (pread64 at *off, or read when off is NTIX_OFF_CUR). */
static long
read_at(int fd, void *buf, size_t len, int64_t off) {
  if (off == NTIX_OFF_CUR)
    return ntix__sys3(__NR_read, fd, (long)buf, (long)len);
  return ntix__sys4(__NR_pread64, fd, (long)buf, (long)len, (long)off);
}

static long
write_at(int fd, const void *buf, size_t len, int64_t off) {
  if (off == NTIX_OFF_CUR)
    return ntix__sys3(__NR_write, fd, (long)buf, (long)len);
  return ntix__sys4(__NR_pwrite64, fd, (long)buf, (long)len, (long)off);
}

/* The read/write copy: the bytes copied, or the first failure when none
 * were.  Stops at the end of the input or at a short write. */
static int64_t
copy_loop(int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len) {
  size_t total = 0, n;
  char *buf = malloc(len < CHUNK ? len : CHUNK);
  long r = 0, w = 0;

  if (buf == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_copy_file_range");
  while (total < len) {
    n = len - total < CHUNK ? len - total : CHUNK;
    r = read_at(in_fd, buf, n,
                in_off == NTIX_OFF_CUR ? in_off : in_off + (int64_t)total);
    if (r <= 0)
      break;
    w = write_at(out_fd, buf, (size_t)r,
                 out_off == NTIX_OFF_CUR ? out_off : out_off + (int64_t)total);
    if (w < 0)
      break;
    total += (size_t)w;
    if (w < r)
      break;
  }
  free(buf);
  if (total > 0)
    return (int64_t)total;
  if (r < 0)
    return ntix__fail_errno(r, in_off == NTIX_OFF_CUR ? "read" : "pread64");
  if (w < 0)
    return ntix__fail_errno(w, out_off == NTIX_OFF_CUR ? "write" : "pwrite64");
  return 0;
}

int64_t
ntix__b_copy_file_range(
    int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len) {
  int64_t a = in_off, b = out_off;
  long r;
  int rc;

  if ((rc = ntix__check_off(in_off, "ntix_copy_file_range")) < 0 ||
      (rc = ntix__check_off(out_off, "ntix_copy_file_range")) < 0)
    return rc;
  len = ntix__clamp_len(len);
  r = ntix__sys6(__NR_copy_file_range, in_fd,
                 in_off == NTIX_OFF_CUR ? 0 : (long)&a, out_fd,
                 out_off == NTIX_OFF_CUR ? 0 : (long)&b, (long)len, 0);
  if (r >= 0 || !needs_fallback(r, in_fd, out_fd))
    return NTIX__SYS_RESULT(r, "copy_file_range");
  return copy_loop(in_fd, in_off, out_fd, out_off, len);
}

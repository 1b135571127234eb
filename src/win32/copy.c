/* copy.c (Windows): ntix_sendfile and ntix_copy_file_range as NtReadFile
 * into a bounded buffer and a write of it: the descriptor's own write for
 * sendfile (send on a socket, so a non-blocking socket gives a short count
 * or NTIX_EAGAIN as ntix_write does), NtWriteFile at an offset for
 * copy_file_range.  NT has no general in-kernel copy: TransmitFile is a
 * Winsock extension for blocking sockets only, and
 * FSCTL_DUPLICATE_EXTENTS_TO_FILE works on ReFS alone (doc/calls-win32.md).
 *
 * NT moves a synchronous handle's position on positional I/O: the input's
 * position is saved and restored (or advanced by the bytes copied, for
 * NTIX_OFF_CUR) once per call, as pread does per read.
 */
#include <stdlib.h>

#include "fsargs.h"
#include "win32-int.h"

/* Bytes per NtReadFile. */
#define CHUNK (256 * 1024)

/* One NtReadFile at off: the bytes read, 0 at the end, or the failure. */
static int64_t
read_at(HANDLE h, void *buf, size_t len, int64_t off) {
  LARGE_INTEGER o = {.QuadPart = off};
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  iosb.Information = 0;
  st = NtReadFile(h, NULL, NULL, NULL, &iosb, buf, (ULONG)len, &o, NULL);
  if (st == STATUS_PENDING && NT_SUCCESS(NtWaitForSingleObject(h, FALSE, NULL)))
    st = iosb.Status;
  if (st == STATUS_END_OF_FILE)
    return 0;
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtReadFile");
  return (int64_t)iosb.Information;
}

static int64_t
write_at(HANDLE h, const void *buf, size_t len, int64_t off) {
  LARGE_INTEGER o = {.QuadPart = off};
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  iosb.Information = 0;
  st =
      NtWriteFile(h, NULL, NULL, NULL, &iosb, (PVOID)buf, (ULONG)len, &o, NULL);
  if (st == STATUS_PENDING && NT_SUCCESS(NtWaitForSingleObject(h, FALSE, NULL)))
    st = iosb.Status;
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtWriteFile");
  return (int64_t)iosb.Information;
}

/* A descriptor a copy reads from or writes to: EBADF (not open, or not
 * open for the access: a directory is never open for writing), then the
 * kind: EISDIR for a directory, EINVAL for anything but a regular file
 * (writing, any kind is welcome when any is 1). */
static int
copy_fd(int fd, ntix__fdent_t *e, uint32_t need, int any, const char *call) {
  int rc = ntix__fd_get(fd, e, call);

  if (rc != 0)
    return rc;
  if (!(e->flags & need))
    return ntix__refuse(NTIX_EBADF, call);
  if (any)
    return 0;
  if (e->kind == NTIX__K_DIR)
    return ntix__refuse(NTIX_EISDIR, call);
  return e->kind == NTIX__K_FILE ? 0 : ntix__refuse(NTIX_EINVAL, call);
}

/* The offset to read from: off itself, or the position for NTIX_OFF_CUR;
 * the position to leave behind is *saved (+ the bytes copied when
 * *advance). */
static int
start_at(HANDLE h, int64_t off, int64_t *at, int64_t *saved, int *advance) {
  int rc = ntix__file_pos_get(h, saved);

  *advance = off == NTIX_OFF_CUR;
  *at = *advance ? *saved : off;
  return rc;
}

/* ---- sendfile ------------------------------------------------------------ */

/* Reads and writes until count, the end of the input, a short write or a
 * failure; the bytes sent, or the first failure when none were. */
static int64_t
send_loop(HANDLE in, int out_fd, int64_t at, size_t count, char *buf) {
  int64_t total = 0, r, w = 0;
  size_t n;

  while ((size_t)total < count) {
    n = count - (size_t)total < CHUNK ? count - (size_t)total : CHUNK;
    if ((r = read_at(in, buf, n, at + total)) <= 0)
      return total > 0 ? total : r;
    w = ntix__b_write(out_fd, buf, (size_t)r);
    if (w < 0)
      return total > 0 ? total : w;
    total += w;
    if (w < r)
      break;
  }
  return total;
}

int64_t
ntix__b_sendfile(int out_fd, int in_fd, int64_t offset, size_t count) {
  int64_t at, saved, n;
  ntix__fdent_t in, out;
  char *buf;
  int rc, advance;

  if ((rc = ntix__check_off(offset, "ntix_sendfile")) != 0 ||
      (rc = copy_fd(in_fd, &in, NTIX__F_READ, 1, "ntix_sendfile")) != 0 ||
      (rc = copy_fd(out_fd, &out, NTIX__F_WRITE, 1, "ntix_sendfile")) != 0)
    return rc;
  /* As Linux: the input must be a file (a directory too is EINVAL). */
  if (in.kind != NTIX__K_FILE)
    return ntix__refuse(NTIX_EINVAL, "ntix_sendfile");
  count = ntix__clamp_len(count);
  if (count == 0)
    return 0;
  if ((rc = start_at(in.handle, offset, &at, &saved, &advance)) != 0)
    return rc;
  if ((buf = malloc(count < CHUNK ? count : CHUNK)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_sendfile");
  n = send_loop(in.handle, out_fd, at, count, buf);
  free(buf);
  rc = ntix__file_pos_restore(in.handle, advance && n > 0 ? saved + n : saved);
  return n >= 0 && rc != 0 ? rc : n;
}

/* ---- copy_file_range ----------------------------------------------------- */

/* NTIX_EINVAL when both are one file and the ranges overlap, as Linux. */
static int
same_file_overlap(int in_fd, int64_t a, int out_fd, int64_t b, size_t len) {
  ntix_stat_t x, y;

  if (ntix__b_fstat(in_fd, &x) != 0 || ntix__b_fstat(out_fd, &y) != 0 ||
      x.dev != y.dev || x.ino != y.ino)
    return 0;
  if (a < b ? (uint64_t)(b - a) < len : (uint64_t)(a - b) < len)
    return ntix__refuse(NTIX_EINVAL, "ntix_copy_file_range");
  return 0;
}

static int64_t
copy_loop(HANDLE in, int64_t a, HANDLE out, int64_t b, size_t len, char *buf) {
  int64_t total = 0, r, w;
  size_t n;

  while ((size_t)total < len) {
    n = len - (size_t)total < CHUNK ? len - (size_t)total : CHUNK;
    if ((r = read_at(in, buf, n, a + total)) <= 0)
      return total > 0 ? total : r;
    if ((w = write_at(out, buf, (size_t)r, b + total)) < 0)
      return total > 0 ? total : w;
    total += w;
    if (w < r)
      break;
  }
  return total;
}

/* The descriptors' checks in Linux's order: EBADF for either (access
 * included), then the kinds, then O_APPEND on the output (EBADF). */
static int
copy_fds(int in_fd, int out_fd, ntix__fdent_t *in, ntix__fdent_t *out) {
  const char *call = "ntix_copy_file_range";
  int rc;

  if ((rc = copy_fd(in_fd, in, NTIX__F_READ, 1, call)) != 0 ||
      (rc = copy_fd(out_fd, out, NTIX__F_WRITE, 1, call)) != 0 ||
      (rc = copy_fd(in_fd, in, NTIX__F_READ, 0, call)) != 0)
    return rc;
  if (out->kind == NTIX__K_DIR)
    return ntix__refuse(NTIX_EISDIR, call);
  if (out->kind != NTIX__K_FILE)
    return ntix__refuse(NTIX_EINVAL, call);
  return (out->flags & NTIX__F_APPEND) ? ntix__refuse(NTIX_EBADF, call) : 0;
}

int64_t
ntix__b_copy_file_range(
    int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len) {
  int64_t a, b, sa, sb, n;
  ntix__fdent_t in, out;
  int rc, rc2, adv_a, adv_b;
  char *buf;

  if ((rc = ntix__check_off(in_off, "ntix_copy_file_range")) != 0 ||
      (rc = ntix__check_off(out_off, "ntix_copy_file_range")) != 0 ||
      (rc = copy_fds(in_fd, out_fd, &in, &out)) != 0)
    return rc;
  len = ntix__clamp_len(len);
  if ((rc = start_at(in.handle, in_off, &a, &sa, &adv_a)) != 0 ||
      (rc = start_at(out.handle, out_off, &b, &sb, &adv_b)) != 0 ||
      (rc = same_file_overlap(in_fd, a, out_fd, b, len)) != 0)
    return rc;
  if (len == 0)
    return 0;
  if ((buf = malloc(len < CHUNK ? len : CHUNK)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_copy_file_range");
  n = copy_loop(in.handle, a, out.handle, b, len, buf);
  free(buf);
  /* Both positions, even when the first restore fails: the output's
   * was moved by the writes as the input's by the reads. */
  rc = ntix__file_pos_restore(in.handle, adv_a && n > 0 ? sa + n : sa);
  rc2 = ntix__file_pos_restore(out.handle, adv_b && n > 0 ? sb + n : sb);
  if (rc == 0)
    rc = rc2;
  return n >= 0 && rc != 0 ? rc : n;
}

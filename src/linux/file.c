/* file.c (Linux): opening, reading, writing, seeking, truncating and
 * syncing files with raw system calls: openat, read, write, pread64,
 * pwrite64, readv, writev, lseek, ftruncate, fsync.  The kernel's -errno
 * is already an NTIX_E* code, so failures are recorded, never mapped.
 */
#include "linux-int.h"

/* NTIX_O_* to the running architecture's O_* (aarch64 numbers O_DIRECTORY
 * and O_NOFOLLOW differently from x86-64). */
static long
open_kflags(int flags) {
  static const struct {
    int ntix;
    long kernel;
  } map[] = {
      {NTIX_O_CREAT, O_CREAT},       {NTIX_O_EXCL, O_EXCL},
      {NTIX_O_TRUNC, O_TRUNC},       {NTIX_O_APPEND, O_APPEND},
      {NTIX_O_NONBLOCK, O_NONBLOCK}, {NTIX_O_DIRECTORY, O_DIRECTORY},
      {NTIX_O_NOFOLLOW, O_NOFOLLOW},
  };
  long k = O_LARGEFILE;
  size_t i;

  switch (flags & NTIX_O_ACCMODE) {
    case NTIX_O_WRONLY:
      k |= O_WRONLY;
      break;
    case NTIX_O_RDWR:
      k |= O_RDWR;
      break;
    default:
      k |= O_RDONLY;
      break;
  }
  for (i = 0; i < NTIX__ARRAY_SIZE(map); i++)
    if (flags & map[i].ntix)
      k |= map[i].kernel;
  if (!(flags & NTIX_O_INHERIT))
    k |= O_CLOEXEC;
  return k;
}

int
ntix__b_open(const char *path, int flags, int mode) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_open")) < 0 ||
      (rc = ntix__check_open_flags(flags, "ntix_open")) < 0)
    return rc;
  r = ntix__sys4(__NR_openat, AT_FDCWD, (long)path, open_kflags(flags),
                 mode & 07777);
  return (int)NTIX__SYS_RESULT(r, "openat");
}

/* The length goes to the kernel untouched: the kernel refuses a range
 * [buf, buf + len) that wraps or leaves the user address space with
 * EFAULT before it looks at the file, and serves a valid one up to
 * NTIX_IO_MAX (MAX_RW_COUNT) itself.  The public entries are in entry.c. */
int64_t
ntix__b_read(int fd, void *buf, size_t len) {
  long r;

  if (NTIX__BAD_BUF(buf, len))
    return ntix__check_buf(buf, len, "ntix_read");
  r = ntix__sys3i(__NR_read, fd, buf, len);
  return NTIX__SYS_RESULT(r, "read");
}

int64_t
ntix__b_write(int fd, const void *buf, size_t len) {
  long r;

  if (NTIX__BAD_BUF(buf, len))
    return ntix__check_buf(buf, len, "ntix_write");
  r = ntix__sys3i(__NR_write, fd, buf, len);
  return NTIX__SYS_RESULT(r, "write");
}

/* A negative offset is left to the kernel, which refuses it with EINVAL
 * before it looks at the descriptor, as the contract orders it. */
int64_t
ntix__b_pread(int fd, void *buf, size_t len, int64_t offset) {
  long r;

  if (NTIX__BAD_BUF(buf, len))
    return ntix__check_buf(buf, len, "ntix_pread");
  r = ntix__sys4i(__NR_pread64, fd, buf, len, offset);
  return NTIX__SYS_RESULT(r, "pread64");
}

int64_t
ntix__b_pwrite(int fd, const void *buf, size_t len, int64_t offset) {
  long r;

  if (NTIX__BAD_BUF(buf, len))
    return ntix__check_buf(buf, len, "ntix_pwrite");
  r = ntix__sys4i(__NR_pwrite64, fd, buf, len, offset);
  return NTIX__SYS_RESULT(r, "pwrite64");
}

/* ntix_iovec_t has struct iovec's layout, so the array goes to the kernel
 * as it is.  The kernel checks each element's range before it stops a
 * large total at NTIX_IO_MAX (MAX_RW_COUNT): the common check is left
 * only what the kernel would not refuse the same way (a NULL base) and
 * what it refuses before it looks at memory. */
int64_t
ntix__b_readv(int fd, const ntix_iovec_t *iov, int iovcnt) {
  int64_t total = ntix__check_iov(iov, iovcnt, UINTPTR_MAX, "ntix_readv");
  long r;

  if (total < 0)
    return total;
  r = ntix__sys3(__NR_readv, fd, (long)iov, iovcnt);
  return NTIX__SYS_RESULT(r, "readv");
}

int64_t
ntix__b_writev(int fd, const ntix_iovec_t *iov, int iovcnt) {
  int64_t total = ntix__check_iov(iov, iovcnt, UINTPTR_MAX, "ntix_writev");
  long r;

  if (total < 0)
    return total;
  r = ntix__sys3(__NR_writev, fd, (long)iov, iovcnt);
  return NTIX__SYS_RESULT(r, "writev");
}

int64_t
ntix__b_seek(int fd, int64_t offset, int whence) {
  long r;

  /* Linux also knows SEEK_DATA and SEEK_HOLE (3, 4); ntix offers only the
   * three whences both OSes have. */
  if (whence < NTIX_SEEK_SET || whence > NTIX_SEEK_END)
    return ntix__refuse(NTIX_EINVAL, "ntix_seek");
  r = ntix__sys3(__NR_lseek, fd, (long)offset, whence);
  return NTIX__SYS_RESULT(r, "lseek");
}

int
ntix__b_ftruncate(int fd, int64_t length) {
  long r;

  /* A file this process has mapped is not shrunk (map.c). */
  if (NTIX__UNLIKELY(__atomic_load_n(&ntix__map_live, __ATOMIC_RELAXED)) &&
      (r = ntix__map_truncate_check(fd, length)) < 0)
    return (int)r;
  r = ntix__sys2(__NR_ftruncate, fd, (long)length);

  return (int)NTIX__SYS_RESULT(r, "ftruncate");
}

int
ntix__b_fsync(int fd) {
  long r = ntix__sys1(__NR_fsync, fd);

  return (int)NTIX__SYS_RESULT(r, "fsync");
}

/* probe-linux.c: probes (probe.h) as raw Linux system calls through the C
 * library's syscall(), which returns -1 and the kernel's errno.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "probe.h"

static ntix_native_t
probe__done(long rc, const char *call) {
  ntix_native_t r = {NTIX_NATIVE_NONE, 0, 0, call};

  if (rc < 0) {
    r.kind = NTIX_NATIVE_ERRNO;
    r.value = (uint32_t)errno;
    r.neutral = ntix_err_from_errno(r.value);
  }
  return r;
}

/* Closes what a probe opened when the raw call succeeded. */
static ntix_native_t
probe__opened(long fd, const char *call) {
  ntix_native_t r = probe__done(fd, call);

  if (fd >= 0)
    syscall(SYS_close, fd);
  return r;
}

ntix_native_t
probe_read(int fd, void *buf, size_t len) {
  return probe__done(syscall(SYS_read, fd, buf, len), "read");
}

ntix_native_t
probe_write(int fd, const void *buf, size_t len) {
  return probe__done(syscall(SYS_write, fd, buf, len), "write");
}

ntix_native_t
probe_pread(int fd, void *buf, size_t len, int64_t off) {
  return probe__done(syscall(SYS_pread64, fd, buf, len, (long)off), "pread64");
}

ntix_native_t
probe_pwrite(int fd, const void *buf, size_t len, int64_t off) {
  return probe__done(syscall(SYS_pwrite64, fd, buf, len, (long)off),
                     "pwrite64");
}

ntix_native_t
probe_seek(int fd, int64_t off, int whence) {
  return probe__done(syscall(SYS_lseek, fd, (long)off, whence), "lseek");
}

ntix_native_t
probe_fstat(int fd) {
  struct stat st;

  return probe__done(syscall(SYS_fstat, fd, &st), "fstat");
}

ntix_native_t
probe_ftruncate(int fd, int64_t len) {
  return probe__done(syscall(SYS_ftruncate, fd, (long)len), "ftruncate");
}

ntix_native_t
probe_fsync(int fd) {
  return probe__done(syscall(SYS_fsync, fd), "fsync");
}

ntix_native_t
probe_dup(int fd) {
  return probe__opened(syscall(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 0), "fcntl");
}

ntix_native_t
probe_close(int fd) {
  return probe__done(syscall(SYS_close, fd), "close");
}

ntix_native_t
probe_open(const char *path, int flags) {
  /* NTIX_O_* values are Linux's. */
  return probe__opened(
      syscall(SYS_openat, AT_FDCWD, path, flags | O_CLOEXEC, 0644), "openat");
}

ntix_native_t
probe_stat(const char *path) {
  struct stat st;

  return probe__done(syscall(SYS_newfstatat, AT_FDCWD, path, &st, 0),
                     "newfstatat");
}

ntix_native_t
probe_lstat(const char *path) {
  struct stat st;

  return probe__done(
      syscall(SYS_newfstatat, AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW),
      "newfstatat");
}

ntix_native_t
probe_unlink(const char *path) {
  return probe__done(syscall(SYS_unlinkat, AT_FDCWD, path, 0), "unlinkat");
}

ntix_native_t
probe_rename(const char *from, const char *to) {
  return probe__done(syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 0),
                     "renameat2");
}

ntix_native_t
probe_mkdir(const char *path) {
  return probe__done(syscall(SYS_mkdirat, AT_FDCWD, path, 0755), "mkdirat");
}

ntix_native_t
probe_rmdir(const char *path) {
  return probe__done(syscall(SYS_unlinkat, AT_FDCWD, path, AT_REMOVEDIR),
                     "unlinkat");
}

ntix_native_t
probe_chdir(const char *path) {
  long here = syscall(SYS_openat, AT_FDCWD, ".", O_PATH | O_CLOEXEC);
  ntix_native_t r = probe__done(syscall(SYS_chdir, path), "chdir");

  if (r.kind == NTIX_NATIVE_NONE && here >= 0)
    syscall(SYS_fchdir, here);
  if (here >= 0)
    syscall(SYS_close, here);
  return r;
}

ntix_native_t
probe_dir_open(const char *path) {
  return probe__opened(
      syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC),
      "openat");
}

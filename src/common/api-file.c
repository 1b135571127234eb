/* api-file.c: the public entry points of descriptors, files and directories.
 * Each one calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_fd_from_native(intptr_t native) {
  if (!NTIX__TRACE_BEGIN("ntix_fd_from_native", "X", native))
    return ntix__b_fd_from_native(native);
  return (int)ntix__trace_end(ntix__b_fd_from_native(native), 1);
}

intptr_t
ntix_fd_native(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_fd_native", "d", fd))
    return ntix__b_fd_native(fd);
  return (intptr_t)ntix__trace_end(ntix__b_fd_native(fd), 0);
}

int
ntix_dup(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_dup", "d", fd))
    return ntix__b_dup(fd);
  return (int)ntix__trace_end(ntix__b_dup(fd), 1);
}

int
ntix_open(const char *path, int flags, int mode) {
  if (!NTIX__TRACE_BEGIN("ntix_open", "sOm", path, flags, mode))
    return ntix__b_open(path, flags, mode);
  return (int)ntix__trace_end(ntix__b_open(path, flags, mode), 1);
}

int64_t
ntix_readv(int fd, const ntix_iovec_t *iov, int iovcnt) {
  if (!NTIX__TRACE_BEGIN("ntix_readv", "dpd", fd, iov, iovcnt))
    return ntix__b_readv(fd, iov, iovcnt);
  return ntix__trace_end(ntix__b_readv(fd, iov, iovcnt), 1);
}

int64_t
ntix_writev(int fd, const ntix_iovec_t *iov, int iovcnt) {
  if (!NTIX__TRACE_BEGIN("ntix_writev", "dpd", fd, iov, iovcnt))
    return ntix__b_writev(fd, iov, iovcnt);
  return ntix__trace_end(ntix__b_writev(fd, iov, iovcnt), 1);
}

int64_t
ntix_seek(int fd, int64_t offset, int whence) {
  if (!NTIX__TRACE_BEGIN("ntix_seek", "dld", fd, offset, whence))
    return ntix__b_seek(fd, offset, whence);
  return ntix__trace_end(ntix__b_seek(fd, offset, whence), 1);
}

int
ntix_fstat(int fd, ntix_stat_t *st) {
  if (!NTIX__TRACE_BEGIN("ntix_fstat", "dp", fd, st))
    return ntix__b_fstat(fd, st);
  return (int)ntix__trace_end(ntix__b_fstat(fd, st), 1);
}

int
ntix_stat(const char *path, ntix_stat_t *st) {
  if (!NTIX__TRACE_BEGIN("ntix_stat", "sp", path, st))
    return ntix__b_stat(path, st);
  return (int)ntix__trace_end(ntix__b_stat(path, st), 1);
}

int
ntix_lstat(const char *path, ntix_stat_t *st) {
  if (!NTIX__TRACE_BEGIN("ntix_lstat", "sp", path, st))
    return ntix__b_lstat(path, st);
  return (int)ntix__trace_end(ntix__b_lstat(path, st), 1);
}

int
ntix_ftruncate(int fd, int64_t length) {
  if (!NTIX__TRACE_BEGIN("ntix_ftruncate", "dl", fd, length))
    return ntix__b_ftruncate(fd, length);
  return (int)ntix__trace_end(ntix__b_ftruncate(fd, length), 1);
}

int
ntix_fsync(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_fsync", "d", fd))
    return ntix__b_fsync(fd);
  return (int)ntix__trace_end(ntix__b_fsync(fd), 1);
}

int
ntix_unlink(const char *path) {
  if (!NTIX__TRACE_BEGIN("ntix_unlink", "s", path))
    return ntix__b_unlink(path);
  return (int)ntix__trace_end(ntix__b_unlink(path), 1);
}

int
ntix_rename(const char *from, const char *to) {
  if (!NTIX__TRACE_BEGIN("ntix_rename", "ss", from, to))
    return ntix__b_rename(from, to);
  return (int)ntix__trace_end(ntix__b_rename(from, to), 1);
}

int
ntix_mkdir(const char *path, int mode) {
  if (!NTIX__TRACE_BEGIN("ntix_mkdir", "sm", path, mode))
    return ntix__b_mkdir(path, mode);
  return (int)ntix__trace_end(ntix__b_mkdir(path, mode), 1);
}

int
ntix_rmdir(const char *path) {
  if (!NTIX__TRACE_BEGIN("ntix_rmdir", "s", path))
    return ntix__b_rmdir(path);
  return (int)ntix__trace_end(ntix__b_rmdir(path), 1);
}

int
ntix_chdir(const char *path) {
  if (!NTIX__TRACE_BEGIN("ntix_chdir", "s", path))
    return ntix__b_chdir(path);
  return (int)ntix__trace_end(ntix__b_chdir(path), 1);
}

int64_t
ntix_getcwd(char *buf, size_t size) {
  if (!NTIX__TRACE_BEGIN("ntix_getcwd", "pz", buf, size))
    return ntix__b_getcwd(buf, size);
  return ntix__trace_end(ntix__b_getcwd(buf, size), 1);
}

int
ntix_dir_open(const char *path, ntix_dir_t **out) {
  if (!NTIX__TRACE_BEGIN("ntix_dir_open", "sp", path, out))
    return ntix__b_dir_open(path, out);
  return (int)ntix__trace_end(ntix__b_dir_open(path, out), 1);
}

int
ntix_dir_read(ntix_dir_t *dir, ntix_dirent_t *ent) {
  if (!NTIX__TRACE_BEGIN("ntix_dir_read", "pp", dir, ent))
    return ntix__b_dir_read(dir, ent);
  return (int)ntix__trace_end(ntix__b_dir_read(dir, ent), 1);
}

int
ntix_dir_close(ntix_dir_t *dir) {
  if (!NTIX__TRACE_BEGIN("ntix_dir_close", "p", dir))
    return ntix__b_dir_close(dir);
  return (int)ntix__trace_end(ntix__b_dir_close(dir), 1);
}

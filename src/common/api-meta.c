/* api-meta.c: the public entry points of descriptor flags, permissions and
 * times, links and file system facts.  Each one calls its backend
 * function, or traces it while tracing is on (ntix-int.h).
 */
#include "ntix-int.h"

int
ntix_fd_flags(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_fd_flags", "d", fd))
    return ntix__b_fd_flags(fd);
  return (int)ntix__trace_end(ntix__b_fd_flags(fd), 1);
}

int
ntix_fd_set_nonblock(int fd, int on) {
  if (!NTIX__TRACE_BEGIN("ntix_fd_set_nonblock", "dd", fd, on))
    return ntix__b_fd_set_nonblock(fd, on);
  return (int)ntix__trace_end(ntix__b_fd_set_nonblock(fd, on), 1);
}

int
ntix_fd_set_inherit(int fd, int on) {
  if (!NTIX__TRACE_BEGIN("ntix_fd_set_inherit", "dd", fd, on))
    return ntix__b_fd_set_inherit(fd, on);
  return (int)ntix__trace_end(ntix__b_fd_set_inherit(fd, on), 1);
}

int
ntix_dup2(int fd, int newfd) {
  if (!NTIX__TRACE_BEGIN("ntix_dup2", "dd", fd, newfd))
    return ntix__b_dup2(fd, newfd);
  return (int)ntix__trace_end(ntix__b_dup2(fd, newfd), 1);
}

int
ntix_dup3(int fd, int newfd, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_dup3", "ddx", fd, newfd, flags))
    return ntix__b_dup3(fd, newfd, flags);
  return (int)ntix__trace_end(ntix__b_dup3(fd, newfd, flags), 1);
}

int
ntix_chmod(const char *path, int mode) {
  if (!NTIX__TRACE_BEGIN("ntix_chmod", "sm", path, mode))
    return ntix__b_chmod(path, mode);
  return (int)ntix__trace_end(ntix__b_chmod(path, mode), 1);
}

int
ntix_fchmod(int fd, int mode) {
  if (!NTIX__TRACE_BEGIN("ntix_fchmod", "dm", fd, mode))
    return ntix__b_fchmod(fd, mode);
  return (int)ntix__trace_end(ntix__b_fchmod(fd, mode), 1);
}

int
ntix_utimens(const char *path, const int64_t times[2]) {
  if (!NTIX__TRACE_BEGIN("ntix_utimens", "sp", path, times))
    return ntix__b_utimens(path, times);
  return (int)ntix__trace_end(ntix__b_utimens(path, times), 1);
}

int
ntix_futimens(int fd, const int64_t times[2]) {
  if (!NTIX__TRACE_BEGIN("ntix_futimens", "dp", fd, times))
    return ntix__b_futimens(fd, times);
  return (int)ntix__trace_end(ntix__b_futimens(fd, times), 1);
}

int
ntix_truncate(const char *path, int64_t length) {
  if (!NTIX__TRACE_BEGIN("ntix_truncate", "sl", path, length))
    return ntix__b_truncate(path, length);
  return (int)ntix__trace_end(ntix__b_truncate(path, length), 1);
}

int
ntix_access(const char *path, int mode) {
  if (!NTIX__TRACE_BEGIN("ntix_access", "sx", path, mode))
    return ntix__b_access(path, mode);
  return (int)ntix__trace_end(ntix__b_access(path, mode), 1);
}

int
ntix_link(const char *from, const char *to) {
  if (!NTIX__TRACE_BEGIN("ntix_link", "ss", from, to))
    return ntix__b_link(from, to);
  return (int)ntix__trace_end(ntix__b_link(from, to), 1);
}

int
ntix_symlink(const char *target, const char *path) {
  if (!NTIX__TRACE_BEGIN("ntix_symlink", "ss", target, path))
    return ntix__b_symlink(target, path);
  return (int)ntix__trace_end(ntix__b_symlink(target, path), 1);
}

int64_t
ntix_readlink(const char *path, char *buf, size_t size) {
  if (!NTIX__TRACE_BEGIN("ntix_readlink", "spz", path, buf, size))
    return ntix__b_readlink(path, buf, size);
  return ntix__trace_end(ntix__b_readlink(path, buf, size), 1);
}

int64_t
ntix_realpath(const char *path, char *buf, size_t size) {
  if (!NTIX__TRACE_BEGIN("ntix_realpath", "spz", path, buf, size))
    return ntix__b_realpath(path, buf, size);
  return ntix__trace_end(ntix__b_realpath(path, buf, size), 1);
}

int
ntix_statfs(const char *path, ntix_statfs_t *out) {
  if (!NTIX__TRACE_BEGIN("ntix_statfs", "sp", path, out))
    return ntix__b_statfs(path, out);
  return (int)ntix__trace_end(ntix__b_statfs(path, out), 1);
}

int
ntix_fstatfs(int fd, ntix_statfs_t *out) {
  if (!NTIX__TRACE_BEGIN("ntix_fstatfs", "dp", fd, out))
    return ntix__b_fstatfs(fd, out);
  return (int)ntix__trace_end(ntix__b_fstatfs(fd, out), 1);
}

int
ntix_isatty(int fd) {
  if (!NTIX__TRACE_BEGIN("ntix_isatty", "d", fd))
    return ntix__b_isatty(fd);
  return (int)ntix__trace_end(ntix__b_isatty(fd), 1);
}

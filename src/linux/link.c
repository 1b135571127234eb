/* link.c (Linux): hard and symbolic links and path resolution: linkat,
 * symlinkat, readlinkat, and realpath as openat(O_PATH) plus readlinkat of
 * /proc/self/fd/N, where the kernel writes the path it resolved.
 */
#include "linux-int.h"

/* A link's target, and a resolved path, are at most PATH_MAX - 1 bytes. */
#define PATH_CAP 4096

/* Copies src[0..len) and a NUL to buf[0..size): the length, or
 * NTIX_ERANGE (recorded as refused by call) when it does not fit. */
static int64_t
copy_out(const char *src, long len, char *buf, size_t size, const char *call) {
  if ((size_t)len >= size)
    return ntix__refuse(NTIX_ERANGE, call);
  for (long i = 0; i < len; i++) buf[i] = src[i];
  buf[len] = '\0';
  return len;
}

int
ntix__b_link(const char *from, const char *to) {
  long r;
  int rc;

  if ((rc = ntix__check_path(from, "ntix_link")) < 0 ||
      (rc = ntix__check_path(to, "ntix_link")) < 0)
    return rc;
  r = ntix__sys5(__NR_linkat, AT_FDCWD, (long)from, AT_FDCWD, (long)to, 0);
  return (int)NTIX__SYS_RESULT(r, "linkat");
}

int
ntix__b_symlink(const char *target, const char *path) {
  long r;
  int rc;

  /* The target is text the link holds, checked as a path: a name Windows
   * cannot hold is refused on Linux too. */
  if ((rc = ntix__check_path(target, "ntix_symlink")) < 0 ||
      (rc = ntix__check_path(path, "ntix_symlink")) < 0)
    return rc;
  r = ntix__sys3(__NR_symlinkat, (long)target, AT_FDCWD, (long)path);
  return (int)NTIX__SYS_RESULT(r, "symlinkat");
}

int64_t
ntix__b_readlink(const char *path, char *buf, size_t size) {
  char tmp[PATH_CAP];
  long r;
  int rc;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_readlink");
  if ((rc = ntix__check_path(path, "ntix_readlink")) < 0)
    return rc;
  /* Read whole into tmp, so that a short buf is NTIX_ERANGE rather than a
   * silently cut target. */
  r = ntix__sys4(__NR_readlinkat, AT_FDCWD, (long)path, (long)tmp, PATH_CAP);
  if (r < 0)
    return ntix__fail_errno(r, "readlinkat");
  /* Only a file system outside Linux's own limit holds a longer one. */
  if (r >= PATH_CAP)
    return ntix__refuse(NTIX_ENAMETOOLONG, "ntix_readlink");
  return copy_out(tmp, r, buf, size, "ntix_readlink");
}

/* "/proc/self/fd/" and fd in decimal. */
static void
proc_fd_path(int fd, char *out) {
  static const char prefix[] = "/proc/self/fd/";
  char digits[12];
  int n = 0;
  size_t i;

  for (i = 0; i < sizeof(prefix) - 1; i++) out[i] = prefix[i];
  do {
    digits[n++] = (char)('0' + fd % 10);
    fd /= 10;
  } while (fd > 0);
  while (n > 0) out[i++] = digits[--n];
  out[i] = '\0';
}

int64_t
ntix__b_realpath(const char *path, char *buf, size_t size) {
  char tmp[PATH_CAP], proc[32];
  long fd, r;
  int rc;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_realpath");
  if ((rc = ntix__check_path(path, "ntix_realpath")) < 0)
    return rc;
  fd = ntix__sys4(__NR_openat, AT_FDCWD, (long)path, O_PATH | O_CLOEXEC, 0);
  if (fd < 0)
    return ntix__fail_errno(fd, "openat");
  proc_fd_path((int)fd, proc);
  r = ntix__sys4(__NR_readlinkat, AT_FDCWD, (long)proc, (long)tmp, PATH_CAP);
  ntix__sys1(__NR_close, fd);
  if (r < 0)
    return ntix__fail_errno(r, "readlinkat");
  /* Anything but an absolute path (a file of another mount namespace
   * shows as something else) is not an answer. */
  if (r == 0 || tmp[0] != '/' || r >= PATH_CAP)
    return ntix__refuse(NTIX_ENOENT, "ntix_realpath");
  return copy_out(tmp, r, buf, size, "ntix_realpath");
}

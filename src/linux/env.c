/* env.c (Linux): the environment (the C library's environ, which execve
 * passes on: no system call is involved), the running program's path
 * (readlinkat of /proc/self/exe), its
 * arguments (/proc/self/cmdline) and ntix_exit (exit_group).
 */
#include <stdlib.h>
#include <string.h>

#include "linux-int.h"

#define AT_FDCWD_K (-100)
#define EXE_MAX 4096

extern char **environ;

int64_t
ntix__b_getenv(const char *name, char *buf, size_t size) {
  const char *v;
  size_t n;
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_getenv")) != 0)
    return rc;
  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getenv");
  if ((v = getenv(name)) == NULL)
    return ntix__refuse(NTIX_ENOENT, "ntix_getenv");
  n = strlen(v);
  if (n >= size)
    return ntix__refuse(NTIX_ERANGE, "ntix_getenv");
  memcpy(buf, v, n + 1);
  return (int64_t)n;
}

int
ntix__b_setenv(const char *name, const char *value) {
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_setenv")) != 0 ||
      (rc = ntix__env_value_check(value, "ntix_setenv")) != 0)
    return rc;
  if (setenv(name, value, 1) != 0)
    return ntix__refuse(NTIX_ENOMEM, "ntix_setenv");
  return 0;
}

int
ntix__b_unsetenv(const char *name) {
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_unsetenv")) != 0)
    return rc;
  if (unsetenv(name) != 0)
    return ntix__refuse(NTIX_ENOMEM, "ntix_unsetenv");
  return 0;
}

int
ntix__b_env_list(char ***out) {
  size_t n = 0, bytes = 0, i;
  char **v, *s;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_env_list");
  for (; environ != NULL && environ[n] != NULL; n++)
    bytes += strlen(environ[n]) + 1;
  if ((v = malloc((n + 1) * sizeof(*v) + bytes)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_env_list");
  s = (char *)(v + n + 1);
  for (i = 0; i < n; i++) {
    size_t len = strlen(environ[i]) + 1;
    v[i] = memcpy(s, environ[i], len);
    s += len;
  }
  v[n] = NULL;
  *out = v;
  return (int)n;
}

/* /proc/self/cmdline: the arguments, each ending in a NUL. */
static int64_t
read_cmdline(char **out) {
  size_t cap = 4096, len = 0;
  char *buf = NULL, *n;
  long fd, r = 0;

  fd = ntix__sys4(__NR_openat, AT_FDCWD_K, (long)"/proc/self/cmdline",
                  O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return ntix__fail_errno(fd, "openat");
  for (;;) {
    if (buf == NULL || len == cap) {
      cap = buf == NULL ? cap : cap * 2;
      if ((n = realloc(buf, cap + 1)) == NULL)
        break;
      buf = n;
    }
    r = ntix__sys3(__NR_read, fd, (long)(buf + len), (long)(cap - len));
    if (r <= 0)
      break;
    len += (size_t)r;
  }
  ntix__sys1(__NR_close, fd);
  if (buf == NULL || r < 0) {
    free(buf);
    return buf == NULL ? ntix__refuse(NTIX_ENOMEM, "ntix_args")
                       : ntix__fail_errno(r, "read");
  }
  buf[len] = '\0';
  *out = buf;
  return (int64_t)len;
}

int
ntix__b_args(char ***out) {
  size_t n = 0, i, k = 0;
  char *buf = NULL, **v;
  int64_t len;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_args");
  if ((len = read_cmdline(&buf)) < 0)
    return (int)len;
  for (i = 0; i < (size_t)len; i++) n += buf[i] == '\0';
  if ((v = malloc((n + 1) * sizeof(*v) + (size_t)len + 1)) == NULL) {
    free(buf);
    return ntix__refuse(NTIX_ENOMEM, "ntix_args");
  }
  memcpy(v + n + 1, buf, (size_t)len + 1);
  free(buf);
  buf = (char *)(v + n + 1);
  for (i = 0; i < (size_t)len; i += strlen(buf + i) + 1) v[k++] = buf + i;
  v[k] = NULL;
  *out = v;
  return (int)k;
}

int64_t
ntix__b_exe_path(char *buf, size_t size) {
  char tmp[EXE_MAX];
  long r;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_exe_path");
  r = ntix__sys4(__NR_readlinkat, AT_FDCWD_K, (long)"/proc/self/exe", (long)tmp,
                 sizeof(tmp));
  if (r < 0)
    return ntix__fail_errno(r, "readlinkat");
  if ((size_t)r >= size)
    return ntix__refuse(NTIX_ERANGE, "ntix_exe_path");
  memcpy(buf, tmp, (size_t)r);
  buf[r] = '\0';
  return r;
}

void
ntix__b_exit(int code) {
  for (;;) ntix__sys1(__NR_exit_group, code & 255);
}

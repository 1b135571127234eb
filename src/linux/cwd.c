/* cwd.c (Linux): the current directory, with chdir(2) and getcwd(2).
 */
#include "linux-int.h"

int
ntix__b_chdir(const char *path) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_chdir")) < 0)
    return rc;
  r = ntix__sys1(__NR_chdir, (long)path);
  return (int)NTIX__SYS_RESULT(r, "chdir");
}

int64_t
ntix__b_getcwd(char *buf, size_t size) {
  long r;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getcwd");
  r = ntix__sys2(__NR_getcwd, (long)buf, (long)size);
  if (r < 0)
    return ntix__fail_errno(r, "getcwd");
  /* A current directory outside the process's root (after chroot, or in
   * another mount namespace) comes back as "(unreachable)/..."; that is
   * no path, so it is ENOENT, as C libraries report it. */
  if (r == 0 || buf[0] != '/')
    return ntix__fail_errno(NTIX_ENOENT, "getcwd");
  /* The kernel counts the NUL. */
  return r - 1;
}

/* name.c (Linux): the calls that make, move and remove names: unlink,
 * rmdir, rename and mkdir, with unlinkat, renameat2 (renameat where the
 * kernel lacks it) and mkdirat relative to the current directory.
 */
#include "linux-int.h"

int
ntix__b_unlink(const char *path) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_unlink")) < 0)
    return rc;
  /* Without AT_REMOVEDIR the kernel answers EISDIR for a directory, the
   * code both OSes give. */
  r = ntix__sys3(__NR_unlinkat, AT_FDCWD, (long)path, 0);
  return (int)NTIX__SYS_RESULT(r, "unlinkat");
}

int
ntix__b_rmdir(const char *path) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_rmdir")) < 0)
    return rc;
  r = ntix__sys3(__NR_unlinkat, AT_FDCWD, (long)path, AT_REMOVEDIR);
  return (int)NTIX__SYS_RESULT(r, "unlinkat");
}

int
ntix__b_rename(const char *from, const char *to) {
  long r;
  int rc;

  if ((rc = ntix__check_path(from, "ntix_rename")) < 0 ||
      (rc = ntix__check_path(to, "ntix_rename")) < 0)
    return rc;
  r = ntix__sys5(__NR_renameat2, AT_FDCWD, (long)from, AT_FDCWD, (long)to, 0);
#ifdef __NR_renameat
  /* Kernels before 3.15 (or filters that hide renameat2); newer
   * architectures such as aarch64 have only renameat2. */
  if (NTIX__UNLIKELY(r == NTIX_ENOSYS))
    r = ntix__sys4(__NR_renameat, AT_FDCWD, (long)from, AT_FDCWD, (long)to);
#endif
  return (int)NTIX__SYS_RESULT(r, "renameat2");
}

int
ntix__b_mkdir(const char *path, int mode) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_mkdir")) < 0)
    return rc;
  r = ntix__sys3(__NR_mkdirat, AT_FDCWD, (long)path, mode & 07777);
  return (int)NTIX__SYS_RESULT(r, "mkdirat");
}

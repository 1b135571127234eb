/* fsinfo.c (Linux): facts about the file system behind a path or a
 * descriptor (statfs, fstatfs) and whether a descriptor is a terminal
 * (ioctl TCGETS).
 */
#include <asm/ioctls.h>
#include <asm/statfs.h>

#include "linux-int.h"

static void
from_statfs(const struct statfs *k, ntix_statfs_t *out) {
  /* Block counts are in f_frsize units; kernels before 2.6 left it 0. */
  uint64_t unit =
      k->f_frsize != 0 ? (uint64_t)k->f_frsize : (uint64_t)k->f_bsize;

  out->total = (uint64_t)k->f_blocks * unit;
  out->free = (uint64_t)k->f_bfree * unit;
  out->avail = (uint64_t)k->f_bavail * unit;
  out->bsize = unit;
  out->name_max = (uint32_t)k->f_namelen;
}

int
ntix__b_statfs(const char *path, ntix_statfs_t *out) {
  struct statfs k;
  long r;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_statfs");
  if ((rc = ntix__check_path(path, "ntix_statfs")) < 0)
    return rc;
  r = ntix__sys2(__NR_statfs, (long)path, (long)&k);
  if (r < 0)
    return ntix__fail_errno(r, "statfs");
  from_statfs(&k, out);
  return 0;
}

int
ntix__b_fstatfs(int fd, ntix_statfs_t *out) {
  struct statfs k;
  long r;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_fstatfs");
  if ((rc = ntix__fd_meta_kind(fd, "ntix_fstatfs")) < 0)
    return rc;
  r = ntix__sys2(__NR_fstatfs, fd, (long)&k);
  if (r < 0)
    return ntix__fail_errno(r, "fstatfs");
  from_statfs(&k, out);
  return 0;
}

int
ntix__b_isatty(int fd) {
  /* Room for the kernel's struct termios (36 bytes) and termios2. */
  unsigned char termios[64];
  long r = ntix__sys3(__NR_ioctl, fd, TCGETS, (long)termios);

  if (r == 0)
    return 1;
  /* Not a terminal is an answer, not a failure; a closed fd is one. */
  if (r == NTIX_EBADF)
    return ntix__fail_errno(r, "ioctl");
  return 0;
}

/* lock.c (Linux): byte-range locks as open file description locks
 * (fcntl F_OFD_SETLK / F_OFD_SETLKW, Linux 3.15+), which belong to the
 * open file like NT's locks, not to the process like classic POSIX locks.
 * statx (through ntix__b_fstat) refuses what is not a regular file, which
 * the kernel would lock too.
 */
#include "fsargs.h"
#include "linux-int.h"

/* Locks are advisory: they stop other locks, never reads or writes. */
int
ntix_lock_mandatory(void) {
  return 0;
}

/* 0 if fd is an open regular file, else the refusal (EBADF from statx,
 * EINVAL for another type). */
static int
regular_file(int fd, const char *call) {
  ntix_stat_t st;
  int rc = ntix__b_fstat(fd, &st);

  if (rc < 0)
    return rc;
  return st.type == NTIX_FT_REG ? 0 : ntix__refuse(NTIX_EINVAL, call);
}

/* One fcntl; a waiting lock is restarted after a signal, so that the call
 * ends only when the lock is granted, as on Windows. */
static int
ofd_lock(int fd, int cmd, short type, int64_t offset, int64_t len) {
  struct flock fl = {0};
  long r;

  fl.l_type = type;
  fl.l_whence = 0; /* SEEK_SET */
  fl.l_start = offset;
  fl.l_len = len;
  /* l_pid must be 0 for OFD locks. */
  do {
    r = ntix__sys3(__NR_fcntl, fd, cmd, (long)&fl);
  } while (r == NTIX_EINTR && cmd == F_OFD_SETLKW);
  return (int)NTIX__SYS_RESULT(r, "fcntl");
}

int
ntix__b_lock(int fd, int64_t offset, int64_t len, int flags) {
  int rc;

  if ((rc = ntix__check_lock(offset, len, flags, "ntix_lock")) < 0 ||
      (rc = regular_file(fd, "ntix_lock")) < 0)
    return rc;
  return ofd_lock(fd, (flags & NTIX_LOCK_NB) ? F_OFD_SETLK : F_OFD_SETLKW,
                  (flags & NTIX_LOCK_EX) ? F_WRLCK : F_RDLCK, offset, len);
}

int
ntix__b_unlock(int fd, int64_t offset, int64_t len) {
  int rc;

  if ((rc = ntix__check_lock(offset, len, -1, "ntix_unlock")) < 0 ||
      (rc = regular_file(fd, "ntix_unlock")) < 0)
    return rc;
  return ofd_lock(fd, F_OFD_SETLK, F_UNLCK, offset, len);
}

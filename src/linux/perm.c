/* perm.c (Linux): permission bits, times, truncation by path and access
 * checks: fchmodat, fchmod, utimensat, truncate and faccessat; fstat tells
 * the kind of a descriptor, since ntix refuses pipes, sockets and pollers
 * in the descriptor calls of this area on both OSes.
 */
#include <asm/stat.h>

#include "linux-int.h"

/* Kernel timespecs in utimensat's special values. */
#define K_UTIME_NOW ((1L << 30) - 1)
#define K_UTIME_OMIT ((1L << 30) - 2)
#define NS_PER_S 1000000000LL

/* File type bits of st_mode (<linux/stat.h>'s, which glibc hides). */
#define MODE_FMT 0170000
#define MODE_FIFO 0010000
#define MODE_SOCK 0140000

int
ntix__fd_meta_kind(int fd, const char *call) {
  struct stat ks;
  long r;

  if (fd < 0)
    return ntix__refuse(NTIX_EBADF, call);
  r = ntix__sys2(__NR_fstat, fd, (long)&ks);
  if (r < 0)
    return ntix__fail_errno(r, "fstat");
  /* Pipes and sockets have a type; pollers (epoll, anonymous inodes) have
   * none.  Linux would change or describe their internal inodes. */
  switch (ks.st_mode & MODE_FMT) {
    case MODE_FIFO:
    case MODE_SOCK:
    case 0:
      return ntix__refuse(NTIX_EINVAL, call);
    default:
      return 0;
  }
}

int
ntix__b_chmod(const char *path, int mode) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_chmod")) < 0)
    return rc;
  r = ntix__sys3(__NR_fchmodat, AT_FDCWD, (long)path, mode & 07777);
  return (int)NTIX__SYS_RESULT(r, "fchmodat");
}

int
ntix__b_fchmod(int fd, int mode) {
  long r;
  int rc;

  if ((rc = ntix__fd_meta_kind(fd, "ntix_fchmod")) < 0)
    return rc;
  r = ntix__sys2(__NR_fchmod, fd, mode & 07777);
  return (int)NTIX__SYS_RESULT(r, "fchmod");
}

typedef struct ktimespec {
  int64_t sec;
  int64_t nsec;
} ktimespec_t;

/* A neutral time as a kernel timespec (floor division: -1 ns is one
 * nanosecond before the epoch, not after it). */
static void
to_timespec(int64_t ns, ktimespec_t *ts) {
  if (ns == NTIX_UTIME_NOW || ns == NTIX_UTIME_OMIT) {
    ts->sec = 0;
    ts->nsec = ns == NTIX_UTIME_NOW ? K_UTIME_NOW : K_UTIME_OMIT;
    return;
  }
  ts->sec = ns / NS_PER_S;
  ts->nsec = ns % NS_PER_S;
  if (ts->nsec < 0) {
    ts->sec--;
    ts->nsec += NS_PER_S;
  }
}

static long
set_times(int dirfd, const char *path, const int64_t times[2]) {
  ktimespec_t ts[2];

  if (times == NULL)
    return ntix__sys4(__NR_utimensat, dirfd, (long)path, 0, 0);
  to_timespec(times[0], &ts[0]);
  to_timespec(times[1], &ts[1]);
  return ntix__sys4(__NR_utimensat, dirfd, (long)path, (long)ts, 0);
}

int
ntix__b_utimens(const char *path, const int64_t times[2]) {
  long r;
  int rc;

  if ((rc = ntix__check_path(path, "ntix_utimens")) < 0)
    return rc;
  r = set_times(AT_FDCWD, path, times);
  return (int)NTIX__SYS_RESULT(r, "utimensat");
}

int
ntix__b_futimens(int fd, const int64_t times[2]) {
  long r;
  int rc;

  if ((rc = ntix__fd_meta_kind(fd, "ntix_futimens")) < 0)
    return rc;
  /* A NULL path makes utimensat act on dirfd itself. */
  r = set_times(fd, NULL, times);
  return (int)NTIX__SYS_RESULT(r, "utimensat");
}

int
ntix__b_truncate(const char *path, int64_t length) {
  long r;
  int rc;

  /* The kernel refuses a negative length before it looks at the path. */
  if (length < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_truncate");
  if ((rc = ntix__check_path(path, "ntix_truncate")) < 0)
    return rc;
  /* A file this process has mapped is not shrunk (map.c). */
  if (NTIX__UNLIKELY(__atomic_load_n(&ntix__map_live, __ATOMIC_RELAXED)) &&
      (rc = ntix__map_truncate_path_check(path, length)) < 0)
    return rc;
  r = ntix__sys2(__NR_truncate, (long)path, (long)length);
  return (int)NTIX__SYS_RESULT(r, "truncate");
}

int
ntix__b_access(const char *path, int mode) {
  long r;
  int rc;

  if ((mode & ~(NTIX_R_OK | NTIX_W_OK | NTIX_X_OK)) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_access");
  if ((rc = ntix__check_path(path, "ntix_access")) < 0)
    return rc;
  /* NTIX_[RWX]_OK are Linux's values. */
  r = ntix__sys3(__NR_faccessat, AT_FDCWD, (long)path, mode);
  return (int)NTIX__SYS_RESULT(r, "faccessat");
}

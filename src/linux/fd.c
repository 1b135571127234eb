/* fd.c (Linux): descriptors are the kernel's fds, so adopting, closing and
 * duplicating are close(2), fcntl(2) (F_GETFD, F_GETFL, F_DUPFD_CLOEXEC)
 * and dup3(2); the flags are ioctl(2) FIONBIO, FIOCLEX and FIONCLEX, which
 * change one flag without a read-modify-write race.  Closing a descriptor
 * a poller watches (also by dup2 onto it) tells the poller first, so a
 * registration never outlives its fd.
 */
#include <asm/ioctls.h>

#include "linux-int.h"

int
ntix__b_fd_from_native(intptr_t native) {
  long r;

  if (native < 0 || native > INT32_MAX)
    return ntix__refuse(NTIX_EBADF, "ntix_fd_from_native");
  /* Adoption is rare; one F_GETFD tells a closed fd from an open one, as
   * the Windows backend tells a dead handle from a live one. */
  r = ntix__sys2(__NR_fcntl, (long)native, F_GETFD);
  if (r < 0)
    return ntix__fail_errno(r, "fcntl");
  /* The fd may be a pipe or a socket: ntix never lets a write kill the
   * process (see pipe.c). */
  if ((r = ntix__sigpipe_policy()) < 0)
    return (int)r;
  return (int)native;
}

intptr_t
ntix__b_fd_native(int fd) {
  long r;

  if (fd < 0)
    return -1;
  r = ntix__sys2(__NR_fcntl, fd, F_GETFD);
  return r < 0 ? -1 : (intptr_t)fd;
}

/* Linux always releases the fd, even when close is interrupted; trying
 * again could close an fd another thread has just been given.  So EINTR
 * is success, as musl treats it. */
int
ntix__close_failed(long r) {
  return r == NTIX_EINTR ? 0 : ntix__fail_errno(r, "close");
}

int
ntix__b_close(int fd) {
  /* fd may be a process or signal descriptor (process.c), a watch
   * (watch.c: it forgets its state), a poller, or be registered in one:
   * the poller code drops it while fd is still open (poll.c). */
  ntix__lfd_close_hook(fd);
  ntix__watch_close_hook(fd);
  ntix__poll_close_hook(fd);
  return ntix__close_result(ntix__sys1(__NR_close, fd));
}

int
ntix__b_dup(int fd) {
  long r = ntix__sys3(__NR_fcntl, fd, F_DUPFD_CLOEXEC, 0);

  return (int)NTIX__SYS_RESULT(r, "fcntl");
}

/* ---- descriptor flags and duplication onto a chosen number ------------- */

int
ntix__b_fd_flags(int fd) {
  long fl, fdfl;

  fl = ntix__sys3(__NR_fcntl, fd, F_GETFL, 0);
  if (fl < 0)
    return ntix__fail_errno(fl, "fcntl");
  fdfl = ntix__sys3(__NR_fcntl, fd, F_GETFD, 0);
  if (fdfl < 0)
    return ntix__fail_errno(fdfl, "fcntl");
  return ((fl & O_NONBLOCK) ? NTIX_O_NONBLOCK : 0) |
         ((fdfl & FD_CLOEXEC) ? 0 : NTIX_O_INHERIT);
}

int
ntix__b_fd_set_nonblock(int fd, int on) {
  int v = on != 0;
  long r = ntix__sys3(__NR_ioctl, fd, FIONBIO, (long)&v);

  return (int)NTIX__SYS_RESULT(r, "ioctl");
}

int
ntix__b_fd_set_inherit(int fd, int on) {
  long r = ntix__sys3(__NR_ioctl, fd, on ? FIONCLEX : FIOCLEX, 0);

  return (int)NTIX__SYS_RESULT(r, "ioctl");
}

/* dup3 closes what newfd held: the poller hears of it first, as from
 * ntix_close, but only once fd is known to be open, so that a failing
 * call leaves newfd's registrations alone. */
static int
dup_onto(int fd, int newfd, int inherit, const char *call) {
  long r;

  if (newfd < 0)
    return ntix__refuse(NTIX_EBADF, call);
  r = ntix__sys3(__NR_fcntl, fd, F_GETFD, 0);
  if (r < 0)
    return ntix__fail_errno(r, "fcntl");
  ntix__poll_close_hook(newfd);
  r = ntix__sys3(__NR_dup3, fd, newfd, inherit ? 0 : O_CLOEXEC);
  return (int)NTIX__SYS_RESULT(r, "dup3");
}

int
ntix__b_dup2(int fd, int newfd) {
  long r;

  if (fd == newfd) {
    r = ntix__sys3(__NR_fcntl, fd, F_GETFD, 0);
    return r < 0 ? ntix__fail_errno(r, "fcntl") : newfd;
  }
  return dup_onto(fd, newfd, 0, "ntix_dup2");
}

int
ntix__b_dup3(int fd, int newfd, int flags) {
  /* Linux's order: flags, then fd == newfd, then the descriptors. */
  if ((flags & ~NTIX_O_INHERIT) != 0 || fd == newfd)
    return ntix__refuse(NTIX_EINVAL, "ntix_dup3");
  return dup_onto(fd, newfd, (flags & NTIX_O_INHERIT) != 0, "ntix_dup3");
}

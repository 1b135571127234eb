/* fd.c (Linux): descriptors are the kernel's fds, so adopting, closing and
 * duplicating are close(2) and fcntl(2) (F_GETFD, F_DUPFD_CLOEXEC).  Closing
 * a descriptor a poller watches tells the poller first, so a registration
 * never outlives its fd.
 */
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
  ntix__sigpipe_policy();
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
  /* fd may be a process or signal descriptor (process.c), a poller, or
   * be registered in one: the poller code drops it while fd is still
   * open (poll.c). */
  ntix__lfd_close_hook(fd);
  ntix__poll_close_hook(fd);
  return ntix__close_result(ntix__sys1(__NR_close, fd));
}

int
ntix__b_dup(int fd) {
  long r = ntix__sys3(__NR_fcntl, fd, F_DUPFD_CLOEXEC, 0);

  return (int)NTIX__SYS_RESULT(r, "fcntl");
}

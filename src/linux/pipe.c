/* pipe.c (Linux): ntix__b_pipe with pipe2(2), and the SIGPIPE policy.
 *
 * Writing to a pipe with no reader raises SIGPIPE, whose default action
 * kills the process; ntix promises NTIX_EPIPE instead.  So the first time
 * ntix creates a pipe or adopts a native fd, it reads SIGPIPE's action with
 * a raw rt_sigaction and, if it is still SIG_DFL, sets SIG_IGN.  A handler
 * (or SIG_IGN) the application installed is left alone.  This happens once
 * per process and costs writes nothing.  An application that installs
 * SIG_DFL again after that gets the kernel's default back.
 */
#include "linux-int.h"

#define SIGPIPE_NUM 13
#define HANDLER_DFL 0UL
#define HANDLER_IGN 1UL

/* The kernel's struct sigaction on the architectures ntix supports: the
 * handler comes first.  The restorer slot exists only where the
 * architecture defines SA_RESTORER; zeroed, it doubles as the mask on the
 * others, and the query never needs more than these four words. */
struct ksigaction {
  unsigned long handler;
  unsigned long flags;
  unsigned long restorer;
  unsigned long mask;
};

/* 0: not yet applied; 1: applied (by this or another thread). */
static int sigpipe_done;

int
ntix__sigpipe_policy(void) {
  struct ksigaction old = {0}, ign = {0};
  long r;

  if (__atomic_load_n(&sigpipe_done, __ATOMIC_ACQUIRE))
    return 0;
  /* Two threads may both get here; both then find SIG_DFL or SIG_IGN and
   * at worst both set SIG_IGN, which is the same result.  Each returns
   * only once SIGPIPE is ignored, so no pipe is handed out before; a
   * failure is the caller's (no pipe, no socket), and the next call tries
   * again. */
  r = ntix__sys4(__NR_rt_sigaction, SIGPIPE_NUM, 0, (long)&old, 8);
  if (r == 0 && old.handler == HANDLER_DFL) {
    ign.handler = HANDLER_IGN;
    r = ntix__sys4(__NR_rt_sigaction, SIGPIPE_NUM, (long)&ign, 0, 8);
  }
  if (r < 0)
    return ntix__fail_errno(r, "rt_sigaction");
  __atomic_store_n(&sigpipe_done, 1, __ATOMIC_RELEASE);
  return 0;
}

int
ntix__b_pipe(int fds[2], int flags) {
  long kflags = 0;
  long r;

  if (fds == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_pipe");
  if (flags & ~(NTIX_O_NONBLOCK | NTIX_O_INHERIT))
    return ntix__refuse(NTIX_EINVAL, "ntix_pipe");
  if (flags & NTIX_O_NONBLOCK)
    kflags |= O_NONBLOCK;
  if (!(flags & NTIX_O_INHERIT))
    kflags |= O_CLOEXEC;
  if ((r = ntix__sigpipe_policy()) < 0)
    return (int)r;
  r = ntix__sys2(__NR_pipe2, (long)fds, kflags);
  return (int)NTIX__SYS_RESULT(r, "pipe2");
}

/* pollfds.c (Linux): ntix_poll on ppoll(2) with a timespec.  ntix_pollfd_t
 * is struct pollfd and NTIX_POLL_* are the kernel's POLL* bits, so the
 * array goes to the kernel as it is; a signal restarts the wait with the
 * time left, so it never ends early.
 */
#include "fsargs.h"
#include "linux-int.h"

#define NS_PER_S 1000000000LL

_Static_assert(sizeof(ntix_pollfd_t) == 8, "ntix_pollfd_t is struct pollfd");

/* One ppoll for up to ns (-1: forever). */
static long
kpoll(ntix_pollfd_t *fds, size_t nfds, int64_t ns) {
  struct {
    long long sec, nsec;
  } ts = {ns / NS_PER_S, ns % NS_PER_S};

  return ntix__sys5(__NR_ppoll, (long)fds, (long)nfds, ns < 0 ? 0 : (long)&ts,
                    0, 8);
}

/* Keeps only the bits the contract reports (the kernel also reports the
 * unknown ones an entry asked for) and counts the entries left with any. */
static int
mask_revents(ntix_pollfd_t *fds, size_t nfds) {
  size_t i;
  int n = 0;

  for (i = 0; i < nfds; i++) {
    fds[i].revents &= ntix__pollfd_mask(fds[i].events);
    n += fds[i].revents != 0;
  }
  return n;
}

int
ntix__b_poll(ntix_pollfd_t *fds, size_t nfds, int64_t timeout_ns) {
  int64_t deadline = -1, left = timeout_ns;
  long r;
  int rc;

  if ((rc = ntix__check_pollfds(fds, nfds, "ntix_poll")) < 0)
    return rc;
  if (timeout_ns > 0) {
    deadline = ntix__b_clock_mono();
    deadline = timeout_ns > INT64_MAX - deadline ? -1 : deadline + timeout_ns;
    left = deadline < 0 ? -1 : timeout_ns;
  }
  for (;;) {
    r = kpoll(fds, nfds, left < 0 ? -1 : left);
    if (r != NTIX_EINTR)
      break;
    if (deadline >= 0 && (left = deadline - ntix__b_clock_mono()) < 0)
      left = 0;
  }
  if (r < 0)
    return ntix__fail_errno(r, "ppoll");
  return mask_revents(fds, nfds);
}

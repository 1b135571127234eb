/* process.c (Linux): process descriptors (pidfds from spawn.c): waiting
 * with waitid(P_PIDFD), signals with pidfd_send_signal and kill, and the
 * table that marks process and signal descriptors for ntix_close.
 *
 * Closing a process descriptor whose child was not waited for reaps the
 * child if it has ended; otherwise ntix keeps a duplicate of the pidfd
 * and reaps the child at a later spawn or close, so no zombie outlives
 * it for long (the kernel reaps nothing on its own while SIGCHLD has its
 * default action).
 */
#include <stdlib.h>
#include <string.h>

#include "linux-int.h"

#define P_PID_K 1
#define P_PIDFD_K 3
#define WNOHANG_K 1
#define WEXITED_K 4
#define WNOWAIT_K 0x01000000
#define CLD_EXITED_K 1
#define CLD_DUMPED_K 3

#ifndef __NR_pidfd_send_signal
#define __NR_pidfd_send_signal 424 /* the same on every architecture */
#endif

/* The fields of siginfo_t that waitid fills for a child. */
struct kwaitinfo {
  int signo;
  int errno_;
  int code;
  int pad;
  int pid;
  unsigned uid;
  int status;
  char rest[128 - 28];
};

/* ---- the table --------------------------------------------------------- */

struct lfd {
  uint8_t kind;
  int value;
};

static int table_lock; /* a spin lock: held for a few instructions */
static struct lfd *table;
static int table_cap;
static int marked; /* marked descriptors: the hook's fast exit */

static void
lock(void) {
  while (__atomic_exchange_n(&table_lock, 1, __ATOMIC_ACQUIRE))
    ntix__sys0(__NR_sched_yield);
}

static void
unlock(void) {
  __atomic_store_n(&table_lock, 0, __ATOMIC_RELEASE);
}

static int
table_fit(int fd) {
  int cap = table_cap ? table_cap : 64;
  struct lfd *t;

  while (cap <= fd) cap *= 2;
  if (cap == table_cap)
    return 0;
  if ((t = realloc(table, (size_t)cap * sizeof(*t))) == NULL)
    return NTIX_ENOMEM;
  memset(t + table_cap, 0, (size_t)(cap - table_cap) * sizeof(*t));
  table = t;
  table_cap = cap;
  return 0;
}

int
ntix__lfd_set(int fd, ntix__lkind_t kind, int value, const char *call) {
  int rc;

  lock();
  if ((rc = table_fit(fd)) == 0) {
    if (table[fd].kind == NTIX__LK_NONE)
      __atomic_add_fetch(&marked, 1, __ATOMIC_RELAXED);
    table[fd].kind = (uint8_t)kind;
    table[fd].value = value;
  }
  unlock();
  if (rc != 0)
    return ntix__refuse(rc, call);
  /* Through the checked close from now on (fd.c). */
  if ((uint32_t)fd < NTIX__FD_WATCH_MAX)
    __atomic_store_n(&ntix__fd_watched[fd], 1, __ATOMIC_RELAXED);
  return 0;
}

ntix__lkind_t
ntix__lfd_get(int fd, int *value) {
  ntix__lkind_t k = NTIX__LK_NONE;

  if (fd < 0 || __atomic_load_n(&marked, __ATOMIC_RELAXED) == 0)
    return k;
  lock();
  if (fd < table_cap) {
    k = (ntix__lkind_t)table[fd].kind;
    *value = table[fd].value;
  }
  unlock();
  return k;
}

static ntix__lkind_t
lfd_take(int fd, int *value) {
  ntix__lkind_t k = NTIX__LK_NONE;

  lock();
  if (fd < table_cap && (k = (ntix__lkind_t)table[fd].kind) != 0) {
    *value = table[fd].value;
    table[fd].kind = NTIX__LK_NONE;
    __atomic_sub_fetch(&marked, 1, __ATOMIC_RELAXED);
  }
  unlock();
  return k;
}

int
ntix__lfd_expect(int fd, ntix__lkind_t kind, int *value, const char *call) {
  long r;

  if (ntix__lfd_get(fd, value) == kind)
    return 0;
  if (fd < 0)
    return ntix__refuse(NTIX_EBADF, call);
  r = ntix__sys2(__NR_fcntl, fd, F_GETFD);
  return r < 0 ? ntix__fail_errno(r, "fcntl") : ntix__refuse(NTIX_EINVAL, call);
}

/* ---- children closed before they were waited for ----------------------- */

static int *orphans; /* duplicated pidfds; guarded by the table lock */
static size_t norphans, caporphans;

/* 1 once the child behind pidfd is reaped (or cannot be). */
static int
reap_nohang(int pidfd) {
  struct kwaitinfo wi;
  long r;

  memset(&wi, 0, sizeof(wi));
  r = ntix__sys5(__NR_waitid, P_PIDFD_K, pidfd, (long)&wi,
                 WEXITED_K | WNOHANG_K, 0);
  return r < 0 || wi.pid != 0;
}

static void
reap_orphans(void) {
  size_t i = 0;

  if (__atomic_load_n(&norphans, __ATOMIC_RELAXED) == 0)
    return;
  lock();
  while (i < norphans) {
    if (reap_nohang(orphans[i])) {
      ntix__sys1(__NR_close, orphans[i]);
      orphans[i] = orphans[--norphans];
    } else {
      i++;
    }
  }
  unlock();
}

static void
adopt_orphan(int pidfd) {
  long dup;
  int *n;

  if (reap_nohang(pidfd))
    return;
  dup = ntix__sys3(__NR_fcntl, pidfd, F_DUPFD_CLOEXEC, 0);
  if (dup < 0)
    return;
  lock();
  if (norphans == caporphans) {
    n = realloc(orphans, (caporphans ? caporphans * 2 : 8) * sizeof(*n));
    if (n == NULL) {
      unlock();
      ntix__sys1(__NR_close, dup);
      return;
    }
    orphans = n;
    caporphans = caporphans ? caporphans * 2 : 8;
  }
  orphans[norphans++] = (int)dup;
  unlock();
}

void
ntix__lfd_close_hook(int fd) {
  int value = 0;

  if (fd < 0 || __atomic_load_n(&marked, __ATOMIC_RELAXED) == 0)
    return;
  switch (lfd_take(fd, &value)) {
    case NTIX__LK_PROC:
      adopt_orphan(fd);
      reap_orphans();
      break;
    case NTIX__LK_SIGNAL:
      ntix__signal_closing(fd, value);
      break;
    default:
      break;
  }
}

/* ---- wait, kill, pid --------------------------------------------------- */

static void
fill_status(const struct kwaitinfo *wi, ntix_proc_status_t *st) {
  memset(st, 0, sizeof(*st));
  if (wi->code == CLD_EXITED_K) {
    st->how = NTIX_PROC_EXITED;
    st->code = wi->status & 0xff;
    st->native = (uint32_t)(wi->status & 0xff) << 8;
  } else {
    st->how = NTIX_PROC_SIGNALED;
    st->signo = wi->status;
    st->native = (uint32_t)wi->status | (wi->code == CLD_DUMPED_K ? 0x80 : 0);
  }
}

int
ntix__b_proc_wait(int pfd, ntix_proc_status_t *st, int flags) {
  struct kwaitinfo wi;
  int pid, rc;
  long r;

  if ((rc = ntix__lfd_expect(pfd, NTIX__LK_PROC, &pid, "ntix_proc_wait")))
    return rc;
  if (flags & ~NTIX_WNOHANG)
    return ntix__refuse(NTIX_EINVAL, "ntix_proc_wait");
  do {
    memset(&wi, 0, sizeof(wi));
    r = ntix__sys5(__NR_waitid, P_PIDFD_K, pfd, (long)&wi,
                   WEXITED_K | ((flags & NTIX_WNOHANG) ? WNOHANG_K : 0), 0);
  } while (r == NTIX_EINTR);
  if (r < 0)
    return ntix__fail_errno(r, "waitid");
  if (wi.pid == 0)
    return 0;
  if (st != NULL)
    fill_status(&wi, st);
  return wi.pid;
}

/* 1 if the child behind pidfd (or our child pid) has ended but is not
 * reaped: kill(2) would still find it, ntix says NTIX_ESRCH. */
static int
ended(int which, int id) {
  struct kwaitinfo wi;

  memset(&wi, 0, sizeof(wi));
  return ntix__sys5(__NR_waitid, which, id, (long)&wi,
                    WEXITED_K | WNOHANG_K | WNOWAIT_K, 0) == 0 &&
         wi.pid != 0;
}

int
ntix__b_proc_kill(int pfd, int sig) {
  int pid, rc;
  long r;

  if ((rc = ntix__lfd_expect(pfd, NTIX__LK_PROC, &pid, "ntix_proc_kill")))
    return rc;
  if ((rc = ntix__kill_check(sig, "ntix_proc_kill")) != 0)
    return rc;
  if (ended(P_PIDFD_K, pfd))
    return ntix__refuse(NTIX_ESRCH, "ntix_proc_kill");
  r = ntix__sys4(__NR_pidfd_send_signal, pfd, sig, 0, 0);
  return r < 0 ? ntix__fail_errno(r, "pidfd_send_signal") : 0;
}

int
ntix__b_proc_pid(int pfd) {
  int pid, rc;

  if ((rc = ntix__lfd_expect(pfd, NTIX__LK_PROC, &pid, "ntix_proc_pid")))
    return rc;
  return pid;
}

int
ntix__b_kill(int pid, int sig) {
  long r;
  int rc;

  if (pid <= 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_kill");
  if ((rc = ntix__kill_check(sig, "ntix_kill")) != 0)
    return rc;
  if (ended(P_PID_K, pid))
    return ntix__refuse(NTIX_ESRCH, "ntix_kill");
  r = ntix__sys2(__NR_kill, pid, sig);
  return r < 0 ? ntix__fail_errno(r, "kill") : 0;
}

/* poll.c (Linux): the poller on epoll (epoll_create1, epoll_ctl,
 * epoll_pwait2 with epoll_pwait as the fallback), an eventfd for wakeups
 * and the shared timer set (src/common/timer.c) driving the wait timeout.
 *
 * Divisions: the futex lock; the registry of pollers (found by epoll fd);
 * the registration map; create/close and the ntix__b_close hook; ctl; wait;
 * wake; timers.
 *
 * Each poller keeps a userspace map fd -> (events, data) beside the
 * kernel's interest list, so that ctl fails in the contract's order
 * (EBADF, EINVAL, EEXIST/ENOENT, EPERM) and a closed fd loses its
 * registration even when a dup keeps the open file alive (the kernel would
 * keep reporting it).  epoll carries the fd in its data word; the wait
 * looks the fd up in the map, so an event of an fd deleted meanwhile is
 * dropped rather than reported with stale data.
 *
 * Several threads may wait on one poller.  A ready fd is level-triggered:
 * epoll wakes every waiter and each may report it (ONESHOT: exactly one).
 * A wake is delivered to exactly one waiter; the others that woke with it
 * find nothing and go back to waiting.  Due timers go to whichever waiter
 * takes the lock first.
 */
#include <linux/eventpoll.h>
#include <stdlib.h>
#include <string.h>

#include "linux-int.h"

#ifndef __NR_epoll_pwait2
#define __NR_epoll_pwait2 441 /* the same number on every architecture */
#endif

#define FUTEX_WAIT_PRIVATE 128
#define FUTEX_WAKE_PRIVATE 129
#define EFD_NONBLOCK_K O_NONBLOCK
#define EFD_CLOEXEC_K O_CLOEXEC

#define NS_PER_MS 1000000LL
#define NS_PER_S 1000000000LL
/* epoll events fetched per system call. */
#define KBATCH 64

/* Event bits a registration may ask for.  NTIX_POLL_* have epoll's
 * values (EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDHUP,
 * EPOLLONESHOT), so they go to the kernel as they are. */
#define POLL_EVENTS                                               \
  (NTIX_POLL_IN | NTIX_POLL_PRI | NTIX_POLL_OUT | NTIX_POLL_ERR | \
   NTIX_POLL_HUP | NTIX_POLL_RDHUP)
#define POLL_ALWAYS (NTIX_POLL_ERR | NTIX_POLL_HUP)

/* ---- the lock: three states, 0 free, 1 held, 2 held with waiters ---- */

static NTIX__COLD void
lock_wait(int *l, int c) {
  if (c != 2)
    c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
  while (c != 0) {
    ntix__sys4(__NR_futex, (long)l, FUTEX_WAIT_PRIVATE, 2, 0);
    c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
  }
}

static inline void
lock_take(int *l) {
  int c = 0;

  if (NTIX__UNLIKELY(!__atomic_compare_exchange_n(l, &c, 1, 0, __ATOMIC_ACQUIRE,
                                                  __ATOMIC_RELAXED)))
    lock_wait(l, c);
}

static inline void
lock_give(int *l) {
  if (NTIX__UNLIKELY(__atomic_exchange_n(l, 0, __ATOMIC_RELEASE) == 2))
    ntix__sys3(__NR_futex, (long)l, FUTEX_WAKE_PRIVATE, 1);
}

/* ---- pollers and the registry ---------------------------------------- */

struct reg {
  uint32_t events; /* as registered, ONESHOT included; 0 = free slot */
  uint32_t used;
  uint64_t data;
};

struct poller {
  int epfd;
  int evfd;
  int lock;        /* guards everything below */
  int waiting;     /* atomic: threads between deciding how long to sleep and
                      waking up (timer_moved pokes them) */
  int armed;       /* atomic mirror of "the timer set is not empty" */
  int64_t spin_ns; /* atomic: ntix__b_poll_spin */
  int wake_req;    /* atomic: ntix__b_poll_wake asked for a WAKE event */
  int ev_armed;    /* atomic: the eventfd was written and not drained */
  ntix__timers_t *timers;
  struct reg *regs; /* indexed by fd */
  int nregs_cap;
  int nregs;
  struct poller *next; /* the list the ntix__b_close hook walks */
};

/* Pollers by epoll fd: 1024 pages of 1024 slots cover the kernel's default
 * fd ceiling (nr_open, 2^20).  Pages are never freed, so readers load a
 * slot without a lock. */
#define PAGE_BITS 10
#define PAGE_SLOTS (1 << PAGE_BITS)
#define MAX_POLLER_FD (PAGE_SLOTS * PAGE_SLOTS)

static struct poller **pages[PAGE_SLOTS];
static struct poller *all_pollers; /* guarded by registry_lock */
static int registry_lock;
/* Registrations in all pollers; the close hook walks only when > 0. */
static int total_regs;
/* 1 MiB of zeroes in .bss: only the pages of descriptors a poller has
 * watched are ever written, so it costs memory only there. */
uint8_t ntix__fd_watched[NTIX__FD_WATCH_MAX];

static void
watch(int fd) {
  if ((uint32_t)fd < NTIX__FD_WATCH_MAX)
    __atomic_store_n(&ntix__fd_watched[fd], 1, __ATOMIC_RELAXED);
}

static struct poller *
registry_get(int fd) {
  struct poller **page;

  if (fd < 0 || fd >= MAX_POLLER_FD)
    return NULL;
  page = __atomic_load_n(&pages[fd >> PAGE_BITS], __ATOMIC_ACQUIRE);
  if (page == NULL)
    return NULL;
  return __atomic_load_n(&page[fd & (PAGE_SLOTS - 1)], __ATOMIC_ACQUIRE);
}

/* Stores p (or NULL) at fd; called with registry_lock held. */
static int
registry_set(int fd, struct poller *p) {
  struct poller **page = pages[fd >> PAGE_BITS];

  if (page == NULL) {
    page = calloc(PAGE_SLOTS, sizeof(*page));
    if (page == NULL)
      return NTIX_ENOMEM;
    __atomic_store_n(&pages[fd >> PAGE_BITS], page, __ATOMIC_RELEASE);
  }
  __atomic_store_n(&page[fd & (PAGE_SLOTS - 1)], p, __ATOMIC_RELEASE);
  return 0;
}

/* The poller behind pfd: NULL with *err set to NTIX_EBADF (not open) or
 * NTIX_EINVAL (open, not a poller). */
static struct poller *
poller_find(int pfd, const char *call, int *err) {
  struct poller *p = registry_get(pfd);
  long r;

  if (NTIX__LIKELY(p != NULL))
    return p;
  if (pfd < 0) {
    *err = ntix__refuse(NTIX_EBADF, call);
    return NULL;
  }
  r = ntix__sys2(__NR_fcntl, pfd, F_GETFD);
  *err = r < 0 ? ntix__fail_errno(r, "fcntl") : ntix__refuse(NTIX_EINVAL, call);
  return NULL;
}

/* ---- the registration map (poller lock held) --------------------------- */

static struct reg *
reg_get(struct poller *p, int fd) {
  if (fd < 0 || fd >= p->nregs_cap || !p->regs[fd].used)
    return NULL;
  return &p->regs[fd];
}

static int
reg_grow(struct poller *p, int fd) {
  int cap = p->nregs_cap ? p->nregs_cap : 64;
  struct reg *n;

  while (cap <= fd) cap *= 2;
  if (cap == p->nregs_cap)
    return 0;
  n = realloc(p->regs, (size_t)cap * sizeof(*n));
  if (n == NULL)
    return NTIX_ENOMEM;
  memset(n + p->nregs_cap, 0, (size_t)(cap - p->nregs_cap) * sizeof(*n));
  p->regs = n;
  p->nregs_cap = cap;
  return 0;
}

static void
reg_drop(struct poller *p, struct reg *r) {
  r->used = 0;
  p->nregs--;
  __atomic_fetch_sub(&total_regs, 1, __ATOMIC_RELAXED);
}

/* ---- create, close, and the ntix__b_close hook --------------------------- */

static int
epoll_add_evfd(struct poller *p) {
  struct epoll_event ev = {.events = EPOLLIN, .data = (uint64_t)p->evfd};
  long r =
      ntix__sys4(__NR_epoll_ctl, p->epfd, EPOLL_CTL_ADD, p->evfd, (long)&ev);

  return r < 0 ? ntix__fail_errno(r, "epoll_ctl") : 0;
}

static void
poller_free(struct poller *p) {
  if (p->evfd >= 0)
    ntix__sys1(__NR_close, p->evfd);
  if (p->timers != NULL)
    ntix__timers_free(p->timers);
  free(p->regs);
  free(p);
}

/* Opens the epoll fd and the eventfd of p. */
static int
poller_open(struct poller *p, int flags) {
  long r;

  r = ntix__sys1(__NR_epoll_create1,
                 (flags & NTIX_O_INHERIT) ? 0 : EPOLL_CLOEXEC);
  if (r < 0)
    return ntix__fail_errno(r, "epoll_create1");
  p->epfd = (int)r;
  /* The eventfd belongs to the poller alone and is never inherited. */
  r = ntix__sys2(__NR_eventfd2, 0, EFD_NONBLOCK_K | EFD_CLOEXEC_K);
  if (r < 0)
    return ntix__fail_errno(r, "eventfd2");
  p->evfd = (int)r;
  if (p->epfd >= MAX_POLLER_FD)
    return ntix__refuse(NTIX_EMFILE, "ntix_poll_create");
  return epoll_add_evfd(p);
}

int
ntix__b_poll_create(int flags) {
  struct poller *p;
  int rc;

  if (flags & ~NTIX_O_INHERIT)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_create");
  p = calloc(1, sizeof(*p));
  if (p == NULL || (p->timers = ntix__timers_new()) == NULL) {
    free(p);
    return ntix__refuse(NTIX_ENOMEM, "ntix_poll_create");
  }
  p->epfd = p->evfd = -1;
  if ((rc = poller_open(p, flags)) < 0)
    goto fail;
  lock_take(&registry_lock);
  if ((rc = registry_set(p->epfd, p)) == 0) {
    p->next = all_pollers;
    all_pollers = p;
    watch(p->epfd);
  }
  lock_give(&registry_lock);
  if (rc == 0)
    return p->epfd;
  rc = ntix__refuse(rc, "ntix_poll_create");
fail:
  if (p->epfd >= 0)
    ntix__sys1(__NR_close, p->epfd);
  poller_free(p);
  return rc;
}

/* Unlinks p from the registry; registry_lock held. */
static void
poller_unlink(struct poller *p) {
  struct poller **pp;

  registry_set(p->epfd, NULL);
  for (pp = &all_pollers; *pp != NULL; pp = &(*pp)->next) {
    if (*pp == p) {
      *pp = p->next;
      break;
    }
  }
  __atomic_fetch_sub(&total_regs, p->nregs, __ATOMIC_RELAXED);
}

/* Drops fd's registration from one poller.  The kernel's interest goes
 * too, while fd is still open: a dup of fd would otherwise keep the open
 * file, and with it the interest, alive. */
static void
poller_forget(struct poller *p, int fd) {
  struct reg *r;

  lock_take(&p->lock);
  if ((r = reg_get(p, fd)) != NULL) {
    ntix__sys4(__NR_epoll_ctl, p->epfd, EPOLL_CTL_DEL, fd, 0);
    reg_drop(p, r);
  }
  lock_give(&p->lock);
}

/* Called by the checked ntix__b_close before it closes fd (the fast entry
 * closes an unwatched fd without it): a poller being closed is freed, and
 * fd leaves every poller it is in.
 * Closing a poller another thread still uses is the caller's race, as
 * with any descriptor. */
void
ntix__poll_close_hook(int fd) {
  struct poller *p;

  /* Below NTIX__FD_WATCH_MAX the watched byte says whether any poller
   * has to hear of fd; above it, only whether any registration exists. */
  if ((uint32_t)fd < NTIX__FD_WATCH_MAX
          ? !__atomic_load_n(&ntix__fd_watched[fd], __ATOMIC_RELAXED)
          : registry_get(fd) == NULL &&
                __atomic_load_n(&total_regs, __ATOMIC_RELAXED) == 0)
    return;
  lock_take(&registry_lock);
  if ((p = registry_get(fd)) != NULL)
    poller_unlink(p);
  if (__atomic_load_n(&total_regs, __ATOMIC_RELAXED) > 0) {
    struct poller *q;

    for (q = all_pollers; q != NULL; q = q->next) poller_forget(q, fd);
  }
  /* fd is in no poller now; the caller closes it next. */
  if ((uint32_t)fd < NTIX__FD_WATCH_MAX)
    __atomic_store_n(&ntix__fd_watched[fd], 0, __ATOMIC_RELAXED);
  lock_give(&registry_lock);
  if (p != NULL)
    poller_free(p);
}

int
ntix__b_poll_close(int pfd) {
  int err;

  if (poller_find(pfd, "ntix_poll_close", &err) == NULL)
    return err;
  return ntix__b_close(pfd);
}

/* ---- ctl --------------------------------------------------------------- */

/* The failure for a ctl refused by the map or the argument checks: a
 * closed fd comes first (NTIX_EBADF), as the contract orders them. */
static int
ctl_refuse(int fd, int neutral) {
  long r = fd < 0 ? NTIX_EBADF : ntix__sys2(__NR_fcntl, fd, F_GETFD);

  if (r < 0)
    return fd < 0 ? ntix__refuse(NTIX_EBADF, "ntix_poll_ctl")
                  : ntix__fail_errno(r, "fcntl");
  return ntix__refuse(neutral, "ntix_poll_ctl");
}

static int
ctl_args_bad(struct poller *p, int op, int fd, uint32_t events) {
  if (op != NTIX_POLL_ADD && op != NTIX_POLL_MOD && op != NTIX_POLL_DEL)
    return 1;
  if (fd == p->epfd)
    return 1;
  return op != NTIX_POLL_DEL && (events & ~(POLL_EVENTS | NTIX_POLL_ONESHOT));
}

/* The kernel side of ctl; poller lock held. */
static int
ctl_kernel(struct poller *p, int op, int fd, uint32_t events) {
  struct epoll_event ev = {.events = events, .data = (uint64_t)fd};
  long kop = op == NTIX_POLL_ADD   ? EPOLL_CTL_ADD
             : op == NTIX_POLL_MOD ? EPOLL_CTL_MOD
                                   : EPOLL_CTL_DEL;
  long r = ntix__sys4(__NR_epoll_ctl, p->epfd, kop, fd, (long)&ev);

  return r < 0 ? ntix__fail_errno(r, "epoll_ctl") : 0;
}

/* ctl with the lock held and the arguments checked. */
static int
ctl_locked(struct poller *p, int op, int fd, uint32_t events, uint64_t data) {
  struct reg *r = reg_get(p, fd);
  int rc;

  if (op == NTIX_POLL_ADD ? r != NULL : r == NULL)
    return ctl_refuse(fd, op == NTIX_POLL_ADD ? NTIX_EEXIST : NTIX_ENOENT);
  /* A poller inside a poller would see neither the inner one's timers nor
   * its wakes; Windows cannot nest either. */
  if (op == NTIX_POLL_ADD && registry_get(fd) != NULL)
    return ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
  if (op == NTIX_POLL_ADD && (rc = reg_grow(p, fd)) < 0)
    return ntix__refuse(rc, "ntix_poll_ctl");
  if (op == NTIX_POLL_ADD)
    watch(fd);
  if ((rc = ctl_kernel(p, op, fd, events)) < 0)
    return rc;
  if (op == NTIX_POLL_DEL) {
    reg_drop(p, r);
    return 0;
  }
  if (r == NULL) {
    r = &p->regs[fd];
    r->used = 1;
    p->nregs++;
    __atomic_fetch_add(&total_regs, 1, __ATOMIC_RELAXED);
  }
  r->events = events;
  r->data = data;
  return 0;
}

int
ntix__b_poll_ctl(int pfd, int op, int fd, uint32_t events, uint64_t data) {
  struct poller *p;
  int rc;

  /* A closed fd is NTIX_EBADF even when pfd is no poller. */
  if ((p = poller_find(pfd, "ntix_poll_ctl", &rc)) == NULL)
    return rc == NTIX_EINVAL ? ctl_refuse(fd, NTIX_EINVAL) : rc;
  if (fd < 0)
    return ntix__refuse(NTIX_EBADF, "ntix_poll_ctl");
  if (ctl_args_bad(p, op, fd, events))
    return ctl_refuse(fd, NTIX_EINVAL);
  lock_take(&p->lock);
  rc = ctl_locked(p, op, fd, events, data);
  lock_give(&p->lock);
  return rc;
}

/* ---- wait -------------------------------------------------------------- */

/* Set once the kernel answers ENOSYS to epoll_pwait2 (before 5.11). */
static int no_pwait2;

/* One epoll wait for up to timeout_ns (-1: forever): the kernel's count,
 * or -errno. */
static long
kwait(struct poller *p, struct epoll_event *ev, int max, int64_t timeout_ns) {
  struct {
    long long sec, nsec;
  } ts;
  long r, ms;

  if (!__atomic_load_n(&no_pwait2, __ATOMIC_RELAXED)) {
    ts.sec = timeout_ns / NS_PER_S;
    ts.nsec = timeout_ns % NS_PER_S;
    r = ntix__sys6(__NR_epoll_pwait2, p->epfd, (long)ev, max,
                   timeout_ns < 0 ? 0 : (long)&ts, 0, 8);
    if (r != NTIX_ENOSYS)
      return r;
    __atomic_store_n(&no_pwait2, 1, __ATOMIC_RELAXED);
  }
  /* Milliseconds rounded up, so a timeout never ends early. */
  if (timeout_ns < 0)
    ms = -1;
  else if (timeout_ns > (int64_t)INT32_MAX * NS_PER_MS)
    ms = INT32_MAX;
  else
    ms = (long)((timeout_ns + NS_PER_MS - 1) / NS_PER_MS);
  return ntix__sys6(__NR_epoll_pwait, p->epfd, (long)ev, max, ms, 0, 8);
}

/* Drains the eventfd: 1 if a WAKE event is to be reported.  Several
 * waiters may see the eventfd ready; one read drains it and only a user
 * wake (not a timer change) yields an event, to one waiter. */
static int
take_wake(struct poller *p) {
  uint64_t v;

  ntix__sys3(__NR_read, p->evfd, (long)&v, sizeof(v));
  __atomic_store_n(&p->ev_armed, 0, __ATOMIC_SEQ_CST);
  return __atomic_exchange_n(&p->wake_req, 0, __ATOMIC_SEQ_CST);
}

/* Kernel events to neutral ones in out; poller lock held.  Events of fds
 * no longer in the map (deleted or closed meanwhile) are dropped. */
static inline __attribute__((always_inline)) int
convert(struct poller *p,
        const struct epoll_event *ev,
        int n,
        ntix_poll_event_t *out) {
  int i, m = 0;

  for (i = 0; i < n; i++) {
    int fd = (int)ev[i].data;
    struct reg *r;

    if (NTIX__UNLIKELY(fd == p->evfd)) {
      if (take_wake(p))
        out[m++] = (ntix_poll_event_t){NTIX_POLL_WAKE, 0};
      continue;
    }
    if ((r = reg_get(p, fd)) == NULL)
      continue;
    out[m].events = ev[i].events & (r->events | POLL_ALWAYS) & POLL_EVENTS;
    out[m++].data = r->data;
  }
  return m;
}

/* The timer set changed; lock held.  Read without the lock by waiters
 * (wait_plain), which is why it is a separate word. */
static void
timers_sync(struct poller *p) {
  __atomic_store_n(&p->armed, ntix__timers_count(p->timers) != 0,
                   __ATOMIC_SEQ_CST);
}

/* How long to sleep: until the earlier of the caller's deadline and the
 * next timer (-1 for either means none); -1 is forever. */
static int64_t
sleep_ns(int64_t deadline, int64_t next, int64_t now) {
  int64_t until = deadline;

  if (next >= 0 && (until < 0 || next < until))
    until = next;
  if (until < 0)
    return -1;
  return until > now ? until - now : 0;
}

/* One pass with timers armed: due timers first, up to max, then fd events
 * (a poll, not a sleep, when timers were due); the count, or -errno from
 * the kernel.  deadline: -1 none, else the monotonic time to wake by. */
static int
wait_timed(struct poller *p,
           ntix_poll_event_t *out,
           int max,
           int64_t deadline) {
  struct epoll_event kev[KBATCH];
  int64_t now, next, ns;
  int nt, m;
  long kr;

  lock_take(&p->lock);
  now = ntix__b_clock_mono();
  nt = ntix__timers_expire(p->timers, now, out, max);
  next = ntix__timers_next(p->timers);
  timers_sync(p);
  __atomic_add_fetch(&p->waiting, 1, __ATOMIC_SEQ_CST);
  lock_give(&p->lock);
  ns = nt > 0 ? 0 : sleep_ns(deadline, next, now);
  kr = nt == max ? 0 : kwait(p, kev, max - nt < KBATCH ? max - nt : KBATCH, ns);
  __atomic_sub_fetch(&p->waiting, 1, __ATOMIC_SEQ_CST);
  if (kr > 0) {
    lock_take(&p->lock);
    m = convert(p, kev, (int)kr, out + nt);
    lock_give(&p->lock);
    return nt + m;
  }
  /* The sleep ran out: a timer is due now, most likely.  (Timers that
   * come due while fd events keep arriving go first in the next call.) */
  if (nt == 0 && kr == 0) {
    lock_take(&p->lock);
    nt = ntix__timers_expire(p->timers, ntix__b_clock_mono(), out, max);
    timers_sync(p);
    lock_give(&p->lock);
  }
  return nt > 0 ? nt : (int)kr;
}

/* One pass with no timer armed, sleeping at most ns (-1: forever): no
 * clock, no timer set, and the lock only
 * to read the registrations of what the kernel returned.  A timer started
 * meanwhile either is seen here (armed) or sees this waiter (waiting) and
 * pokes the eventfd: both are sequentially consistent. */
static int
wait_plain(struct poller *p, ntix_poll_event_t *out, int max, int64_t ns) {
  struct epoll_event kev[KBATCH];
  int m;
  long kr;

  __atomic_add_fetch(&p->waiting, 1, __ATOMIC_SEQ_CST);
  if (NTIX__UNLIKELY(__atomic_load_n(&p->armed, __ATOMIC_SEQ_CST))) {
    __atomic_sub_fetch(&p->waiting, 1, __ATOMIC_SEQ_CST);
    return 0; /* the caller's loop comes back through wait_timed */
  }
  kr = kwait(p, kev, max < KBATCH ? max : KBATCH, ns);
  __atomic_sub_fetch(&p->waiting, 1, __ATOMIC_SEQ_CST);
  if (kr <= 0)
    return (int)kr; /* a timer started meanwhile: the caller's next pass */
  lock_take(&p->lock);
  m = convert(p, kev, (int)kr, out);
  lock_give(&p->lock);
  return m;
}

/* The failure of a kernel wait, recorded under the call made. */
static NTIX__COLD int
wait_failed(int n) {
  return ntix__fail_errno(n, no_pwait2 ? "epoll_pwait" : "epoll_pwait2");
}

/* Waits of up to timeout_ns (not 0: -1 forever) and polls with timers
 * armed.  Loops on spurious ends (a signal, a wake taken by another
 * waiter, a timer change, a kernel timeout a little short): the caller's
 * timeout never ends early.  A poll (timeout 0) makes one pass; while
 * spinning every pass is a poll. */
static __attribute__((noinline)) int
wait_loop(struct poller *p,
          ntix_poll_event_t *out,
          int max,
          int64_t timeout_ns) {
  int64_t deadline = -1, spin_end = -1, spin, ns;
  int n, poll;

  if (timeout_ns > 0) {
    deadline = ntix__b_clock_mono();
    deadline = timeout_ns > INT64_MAX - deadline ? -1 : deadline + timeout_ns;
  }
  spin = __atomic_load_n(&p->spin_ns, __ATOMIC_RELAXED);
  if (spin > 0 && timeout_ns != 0)
    spin_end = ntix__b_clock_mono() + spin;
  for (;;) {
    poll =
        timeout_ns == 0 || (spin_end >= 0 && ntix__b_clock_mono() < spin_end);
    if (__atomic_load_n(&p->armed, __ATOMIC_RELAXED)) {
      n = wait_timed(p, out, max, poll ? 0 : deadline);
    } else {
      if (poll)
        ns = 0;
      else if (deadline < 0)
        ns = -1;
      else if ((ns = deadline - ntix__b_clock_mono()) < 0)
        ns = 0;
      n = wait_plain(p, out, max, ns);
    }
    if (n > 0)
      return n;
    if (n < 0 && n != NTIX_EINTR)
      return wait_failed(n);
    if (timeout_ns == 0 || (deadline >= 0 && ntix__b_clock_mono() >= deadline))
      return 0;
  }
}

int
ntix__b_poll_wait(int pfd,
                  ntix_poll_event_t *out,
                  int max,
                  int64_t timeout_ns) {
  struct poller *p;
  int n, rc;

  if (max <= 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_wait");
  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_poll_wait");
  if ((p = poller_find(pfd, "ntix_poll_wait", &rc)) == NULL)
    return rc;
  if (timeout_ns != 0 || __atomic_load_n(&p->armed, __ATOMIC_RELAXED))
    return wait_loop(p, out, max, timeout_ns);
  /* The common poll: no timer armed, one pass, nothing to loop on. */
  n = wait_plain(p, out, max, 0);
  if (NTIX__UNLIKELY(n < 0))
    return n == NTIX_EINTR ? 0 : wait_failed(n);
  return n;
}

int
ntix__b_poll_spin(int pfd, int64_t ns) {
  struct poller *p;
  int rc;

  if ((p = poller_find(pfd, "ntix_poll_spin", &rc)) == NULL)
    return rc;
  if (ns < 0 || ns > NTIX_POLL_SPIN_MAX)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_spin");
  __atomic_store_n(&p->spin_ns, ns, __ATOMIC_RELAXED);
  return 0;
}

/* ---- wake ---------------------------------------------------------------- */

/* Makes the eventfd readable unless it already is: 0, or the write's
 * failure.  A write that failed must not leave ev_armed set, or no later
 * poke would write again and the poller could never be woken. */
static int
poke(struct poller *p) {
  uint64_t one = 1;
  long r;

  if (__atomic_exchange_n(&p->ev_armed, 1, __ATOMIC_SEQ_CST) != 0)
    return 0;
  r = ntix__sys3(__NR_write, p->evfd, (long)&one, sizeof(one));
  if (r >= 0)
    return 0;
  __atomic_store_n(&p->ev_armed, 0, __ATOMIC_SEQ_CST);
  return ntix__fail_errno(r, "write");
}

int
ntix__b_poll_wake(int pfd) {
  struct poller *p;
  int rc;

  if ((p = poller_find(pfd, "ntix_poll_wake", &rc)) == NULL)
    return rc;
  /* The request is stored before the eventfd is tested: a waiter that
   * drains the eventfd clears ev_armed before it takes wake_req, so one
   * of the two always sees the other (take_wake). */
  __atomic_store_n(&p->wake_req, 1, __ATOMIC_SEQ_CST);
  return poke(p);
}

/* ---- timers ------------------------------------------------------------ */

/* A waiter sleeps at most until the earliest deadline it saw; a timer that
 * moves that deadline earlier must wake it to sleep less.  Lock held. */
static void
timer_moved(struct poller *p, int64_t old_next, int64_t deadline) {
  timers_sync(p);
  if (__atomic_load_n(&p->waiting, __ATOMIC_SEQ_CST) > 0 &&
      (old_next < 0 || deadline < old_next))
    poke(p); /* a failure only leaves the waiter to its earlier deadline */
}

int64_t
ntix__b_timer_start(int pfd,
                    int64_t delay_ns,
                    int64_t repeat_ns,
                    uint64_t data) {
  struct poller *p;
  int64_t id, old, deadline;
  int rc;

  if ((p = poller_find(pfd, "ntix_timer_start", &rc)) == NULL)
    return rc;
  if (delay_ns < 0 || repeat_ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_timer_start");
  deadline = ntix__timers_deadline(delay_ns);
  lock_take(&p->lock);
  old = ntix__timers_next(p->timers);
  id = ntix__timers_start(p->timers, deadline, repeat_ns, data);
  if (id > 0)
    timer_moved(p, old, deadline);
  lock_give(&p->lock);
  return id > 0 ? id : ntix__refuse((int)id, "ntix_timer_start");
}

int
ntix__b_timer_stop(int pfd, int64_t id) {
  struct poller *p;
  int rc;

  if ((p = poller_find(pfd, "ntix_timer_stop", &rc)) == NULL)
    return rc;
  /* A waiter sleeping toward a stopped timer wakes, finds nothing due
   * and sleeps again: no need to disturb it. */
  lock_take(&p->lock);
  rc = id > 0 ? ntix__timers_stop(p->timers, id) : NTIX_ENOENT;
  timers_sync(p);
  lock_give(&p->lock);
  return rc < 0 ? ntix__refuse(rc, "ntix_timer_stop") : 0;
}

int
ntix__b_timer_restart(int pfd,
                      int64_t id,
                      int64_t delay_ns,
                      int64_t repeat_ns) {
  struct poller *p;
  int64_t old, deadline;
  int rc;

  if ((p = poller_find(pfd, "ntix_timer_restart", &rc)) == NULL)
    return rc;
  if (delay_ns < 0 || repeat_ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_timer_restart");
  deadline = ntix__timers_deadline(delay_ns);
  lock_take(&p->lock);
  old = ntix__timers_next(p->timers);
  rc = id > 0 ? ntix__timers_restart(p->timers, id, deadline, repeat_ns)
              : NTIX_ENOENT;
  if (rc == 0)
    timer_moved(p, old, deadline);
  lock_give(&p->lock);
  return rc < 0 ? ntix__refuse(rc, "ntix_timer_restart") : 0;
}

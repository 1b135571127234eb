/* poll.c (Windows): the poller and its timers, on an NT I/O completion
 * port (NtCreateIoCompletion, NtRemoveIoCompletionEx, NtSetIoCompletion):
 * creating and closing pollers, poll_ctl, the wait, wakes and timers
 * (src/common/timer.c bounds the port wait).  The I/O that watches sockets
 * (IOCTL_AFD_POLL) and pipes (zero-byte reads) is in poll-io.c.
 */
#include <stdlib.h>
#include <string.h>

#include "poll-int.h"

/* Every live poller, for the close hook. */
static RTL_SRWLOCK pollers_lock = RTL_SRWLOCK_INIT;
static poller_t *pollers;
static uint64_t poller_serial;

static void close_hook(int fd, const ntix__fdent_t *e);

/* ------------------------------------------------------------------------
 * Descriptor operations and lookup
 * ------------------------------------------------------------------------ */

static void poller_free(poller_t *p);

static int
op_close(ntix__fdent_t *e) {
  poller_t *p = e->ext;

  NtClose(e->handle);
  if (__atomic_sub_fetch(&p->refs, 1, __ATOMIC_ACQ_REL) == 0)
    poller_free(p);
  return 0;
}

static void *
op_dup(const ntix__fdent_t *e, HANDLE newh) {
  poller_t *p = e->ext;

  (void)newh;
  __atomic_add_fetch(&p->refs, 1, __ATOMIC_ACQ_REL);
  return p;
}

static const ntix__fdops_t poller_ops = {NULL, NULL, op_close, op_dup, NULL};

/* The poller behind pfd: NTIX_EBADF (closed) or NTIX_EINVAL. */
static int
get_poller(int pfd, poller_t **out, const char *call) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__fd_get(pfd, &e, call)) != 0)
    return rc;
  if (e.kind != NTIX__K_POLLER || e.ext == NULL)
    return ntix__refuse(NTIX_EINVAL, call);
  *out = e.ext;
  return 0;
}

/* ------------------------------------------------------------------------
 * Creating and closing
 * ------------------------------------------------------------------------ */

int
ntix__b_poll_create(int flags) {
  OBJECT_ATTRIBUTES oa;
  HANDLE fdh;
  poller_t *p = NULL;
  NTSTATUS st;
  int fd;

  if (flags & ~NTIX_O_INHERIT)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_create");
  if ((p = calloc(1, sizeof(*p))) == NULL ||
      (p->timers = ntix__timers_new()) == NULL) {
    free(p);
    return ntix__refuse(NTIX_ENOMEM, "ntix_poll_create");
  }
  InitializeObjectAttributes(&oa, NULL, 0, NULL, NULL);
  st = NtCreateIoCompletion(&p->port, IO_COMPLETION_ALL_ACCESS, &oa, 0);
  if (!NT_SUCCESS(st)) {
    ntix__timers_free(p->timers);
    free(p);
    return ntix__fail_nt((uint32_t)st, "NtCreateIoCompletion");
  }
  p->ext.ops = &poller_ops;
  p->serial = __atomic_add_fetch(&poller_serial, 1, __ATOMIC_RELAXED);
  p->refs = 1;
  /* The descriptor gets its own handle, so that closing it (or a
   * duplicate) never closes the one the poller waits on. */
  st = NtDuplicateObject(NTIX__CURRENT_PROCESS, p->port, NTIX__CURRENT_PROCESS,
                         &fdh, 0, (flags & NTIX_O_INHERIT) ? OBJ_INHERIT : 0,
                         DUPLICATE_SAME_ACCESS);
  fd = NT_SUCCESS(st)
           ? ntix__fd_alloc(fdh, NTIX__K_POLLER,
                            (flags & NTIX_O_INHERIT) ? NTIX__F_INHERIT : 0, p)
           : ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
  if (fd < 0) {
    if (NT_SUCCESS(st))
      NtClose(fdh);
    NtClose(p->port);
    ntix__timers_free(p->timers);
    free(p);
    return fd;
  }
  RtlAcquireSRWLockExclusive(&pollers_lock);
  p->next_poller = pollers;
  pollers = p;
  __atomic_store_n(&ntix__close_hook, close_hook, __ATOMIC_RELEASE);
  RtlReleaseSRWLockExclusive(&pollers_lock);
  return fd;
}

/* Takes every packet still owed to the poller: the kernel writes iosb and
 * the poll buffer until then.  A poll that never completes (it should not
 * happen once cancelled) is leaked after a few seconds rather than hang. */
static void
drain_port(poller_t *p) {
  ntix__file_io_completion_info_t c[BATCH];
  ntix_poll_event_t ev;
  LARGE_INTEGER to;
  ULONG i, got;
  int tries = 0;

  while ((p->inflight > 0 ||
          __atomic_load_n(&p->fwd_inflight, __ATOMIC_ACQUIRE) > 0) &&
         tries < 50) {
    to.QuadPart = -1000000; /* 100 ms */
    got = 0;
    if (NtRemoveIoCompletionEx(p->port, c, BATCH, &got, &to, FALSE) !=
        STATUS_SUCCESS) {
      tries++;
      continue;
    }
    for (i = 0; i < got; i++)
      if (c[i].KeyContext != KEY_WAKE && c[i].KeyContext != KEY_KICK &&
          c[i].KeyContext != NTIX__KEY_PROC &&
          c[i].KeyContext != NTIX__KEY_SIGNAL && c[i].ApcContext != NULL)
        ntix__poll_dispatch(p, &c[i], &ev);
  }
}

static void
free_list(reg_t *r, uint32_t bit) {
  reg_t *next;

  for (; r != NULL; r = next) {
    next = r->next;
    r->state &= ~bit;
    ntix__poll_reg_maybe_free(r);
  }
}

static void
unlink_poller(poller_t *p) {
  poller_t **pp;

  RtlAcquireSRWLockExclusive(&pollers_lock);
  for (pp = &pollers; *pp != NULL; pp = &(*pp)->next_poller)
    if (*pp == p) {
      *pp = p->next_poller;
      break;
    }
  RtlReleaseSRWLockExclusive(&pollers_lock);
}

/* The last descriptor of the poller is closed (nobody may wait on it any
 * more): cancel every poll, wait for their packets, then free. */
static void
poller_free(poller_t *p) {
  helper_t *h;
  int fd;

  unlink_poller(p);
  RtlAcquireSRWLockExclusive(&p->lock);
  for (fd = 0; fd < p->cap; fd++)
    if (p->table[fd] != NULL)
      ntix__poll_reg_delete(p, p->table[fd]);
  drain_port(p);
  free_list(p->submit, R_QUEUED);
  free_list(p->ready_head, R_READY);
  p->submit = p->ready_head = NULL;
  RtlReleaseSRWLockExclusive(&p->lock);
  ntix__poll_unbind_poller(p);
  if (p->inflight == 0) {
    while ((h = p->helpers) != NULL) {
      p->helpers = h->next;
      NtClose(h->handle);
      free(h);
    }
    NtClose(p->port);
    ntix__timers_free(p->timers);
    free(p->table);
    free(p);
  }
}

int
ntix__b_poll_close(int pfd) {
  poller_t *p = NULL;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_poll_close")) != 0)
    return rc;
  return ntix__b_close(pfd);
}

/* ntix__b_close of a socket or pipe: drop its registrations everywhere while
 * its handle is still open (the handle value identifies it, since the
 * slot may already hold a new descriptor). */
static void
close_hook(int fd, const ntix__fdent_t *e) {
  poller_t *p = NULL;
  reg_t *r;

  RtlAcquireSRWLockShared(&pollers_lock);
  for (p = pollers; p != NULL; p = p->next_poller) {
    RtlAcquireSRWLockExclusive(&p->lock);
    if (fd < p->cap && (r = p->table[fd]) != NULL && r->own == e->handle)
      ntix__poll_reg_delete(p, r);
    RtlReleaseSRWLockExclusive(&p->lock);
  }
  RtlReleaseSRWLockShared(&pollers_lock);
  if (e->kind == NTIX__K_PIPE || e->kind == NTIX__K_WATCH)
    ntix__poll_unbind_handle(e->handle);
}

/* ------------------------------------------------------------------------
 * ntix__b_poll_ctl
 * ------------------------------------------------------------------------ */

static int
table_fit(poller_t *p, int fd) {
  reg_t **t;
  int cap = p->cap ? p->cap : 64;

  if (fd < p->cap)
    return 0;
  while (cap <= fd) cap *= 2;
  if ((t = realloc(p->table, (size_t)cap * sizeof(*t))) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
  memset(t + p->cap, 0, (size_t)(cap - p->cap) * sizeof(*t));
  p->table = t;
  p->cap = cap;
  return 0;
}

/* Pipes must be overlapped (all of ntix__b_pipe's are): a zero-byte read on
 * a synchronous handle would block the poller. */
static int
pollable(const ntix__fdent_t *e) {
  return e->kind == NTIX__K_SOCKET || e->kind == NTIX__K_PROCESS ||
         e->kind == NTIX__K_SIGNAL ||
         (e->kind == NTIX__K_WATCH && e->ext != NULL) ||
         (e->kind == NTIX__K_PIPE && !(e->flags & NTIX__F_SYNC));
}

/* A watch: its directory handle is bound to the port like a pipe's, and
 * the registration owns the buffer its notifications complete into. */
static int
reg_watch(poller_t *p, reg_t *r, const ntix__fdent_t *e) {
  int rc;

  r->kind = RK_WATCH;
  r->handle = e->handle;
  r->watch = e->ext;
  if ((r->buf = malloc(NTIX__WATCH_BUF)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
  if ((rc = ntix__poll_bind_pipe(p, r->handle, &r->bind_id)) != 0) {
    free(r->buf);
    return rc;
  }
  ntix__watch_polled(r->watch, 1);
  return 0;
}

static int
reg_add(
    poller_t *p, int fd, const ntix__fdent_t *e, uint32_t ev, uint64_t data) {
  NTSTATUS st;
  reg_t *r;
  int rc;

  if ((rc = table_fit(p, fd)) != 0)
    return rc;
  if ((r = calloc(1, sizeof(*r))) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
  r->p = p;
  r->fd = fd;
  r->own = e->handle;
  r->events = ev;
  r->data = data;
  if (e->kind == NTIX__K_SOCKET) {
    r->kind = RK_SOCKET;
    r->handle = ntix__socket_base(e);
    r->helper = ntix__poll_helper_get(p, &rc);
    if (rc == 0 && (r->sx = ntix__sockext_get(e)) == NULL)
      rc = ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
    if (rc == 0)
      ntix__share_attach(r, r->sx);
    else if (r->helper != NULL)
      r->helper->used--;
  } else if (e->kind == NTIX__K_PROCESS || e->kind == NTIX__K_SIGNAL) {
    rc = ntix__pollx_add(p, r, e);
  } else if (e->kind == NTIX__K_WATCH) {
    rc = reg_watch(p, r, e);
  } else {
    r->kind = (e->flags & NTIX__F_READ) ? RK_PIPE_READ : RK_PIPE_WRITE;
    r->handle = e->handle;
    if (r->kind == RK_PIPE_READ)
      rc = ntix__poll_bind_pipe(p, r->handle, &r->bind_id);
  }
  if (rc != 0) {
    free(r);
    return rc;
  }
  /* A first submission that fails is ctl's failure: no registration is
   * left that would never report. */
  st = ntix__poll_submit_first(r);
  if (!NT_SUCCESS(st)) {
    ntix__poll_reg_unadd(r);
    return ntix__fail_nt(
        (uint32_t)st, e->kind == NTIX__K_SOCKET  ? "NtDeviceIoControlFile"
                      : e->kind == NTIX__K_WATCH ? "NtNotifyChangeDirectoryFile"
                                                 : "NtReadFile");
  }
  p->table[fd] = r;
  if (r->state & R_READY)
    ntix__poll_kick(p);
  return 0;
}

/* A new mask for the poll in flight needs a new poll: cancel it, and its
 * CANCELLED packet resubmits.  A disarmed ONESHOT registration has none
 * and is submitted at once. */
static int
reg_mod(poller_t *p, reg_t *r, uint32_t ev, uint64_t data) {
  r->events = ev;
  r->data = data;
  r->state &= ~R_DISARMED;
  if (r->state & R_PENDING) {
    if (r->kind == RK_SOCKET && ntix__poll_afd_mask(ev) != r->afd_mask)
      ntix__poll_cancel(r);
  } else if (!(r->state & (R_QUEUED | R_READY))) {
    ntix__poll_submit(r);
  }
  if (r->state & R_READY)
    ntix__poll_kick(p);
  return 0;
}

static int
ctl_locked(poller_t *p,
           int op,
           int fd,
           const ntix__fdent_t *e,
           uint32_t ev,
           uint64_t data) {
  reg_t *r = fd < p->cap ? p->table[fd] : NULL;

  /* A registration of an earlier descriptor with this number whose close
   * hook has not run yet (ntix__b_close frees the slot first). */
  if (r != NULL && r->own != e->handle) {
    ntix__poll_reg_delete(p, r);
    r = NULL;
  }
  if (op == NTIX_POLL_ADD && r != NULL)
    return ntix__refuse(NTIX_EEXIST, "ntix_poll_ctl");
  if (op != NTIX_POLL_ADD && r == NULL)
    return ntix__refuse(NTIX_ENOENT, "ntix_poll_ctl");
  if (!pollable(e))
    return ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
  if (op == NTIX_POLL_ADD)
    return reg_add(p, fd, e, ev, data);
  if (op == NTIX_POLL_MOD)
    return reg_mod(p, r, ev, data);
  ntix__poll_reg_delete(p, r);
  return 0;
}

int
ntix__b_poll_ctl(int pfd, int op, int fd, uint32_t events, uint64_t data) {
  ntix__fdent_t pe, e;
  poller_t *p = NULL;
  int rc;

  if ((rc = ntix__fd_get(pfd, &pe, "ntix_poll_ctl")) != 0 ||
      (rc = ntix__fd_get(fd, &e, "ntix_poll_ctl")) != 0)
    return rc;
  if (pe.kind != NTIX__K_POLLER || pe.ext == NULL || fd == pfd ||
      (op != NTIX_POLL_ADD && op != NTIX_POLL_MOD && op != NTIX_POLL_DEL) ||
      (op != NTIX_POLL_DEL &&
       (events & ~(uint32_t)(USER_EVENTS | NTIX_POLL_ONESHOT)) != 0))
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_ctl");
  p = pe.ext;
  /* fd is looked up again under p's lock: a close of fd frees its slot
   * before its close hook takes this lock, so an entry still in the table
   * here is one whose hook will find what ctl registers (and whose
   * socket ext keeps the table's reference until then).  Registering the
   * copy taken above could leave a registration, and a pipe binding
   * record, of a handle already closed, whose value NT hands out again. */
  RtlAcquireSRWLockExclusive(&p->lock);
  rc = ntix__fd_get(fd, &e, "ntix_poll_ctl");
  if (rc == 0)
    rc = ctl_locked(p, op, fd, &e, events, data);
  RtlReleaseSRWLockExclusive(&p->lock);
  return rc;
}

/* ------------------------------------------------------------------------
 * ntix__b_poll_wait
 * ------------------------------------------------------------------------ */

/* Submissions, then timers (first in out), then the ready list. */
static int
prepare(
    poller_t *p, ntix_poll_event_t *out, int max, int64_t *now, int64_t *next) {
  int n;

  RtlAcquireSRWLockExclusive(&p->lock);
  ntix__poll_flush_submit(p);
  *now = ntix__b_clock_mono();
  n = ntix__timers_expire(p->timers, *now, out, max);
  n += ntix__poll_drain_ready(p, out + n, max - n);
  *next = ntix__timers_next(p->timers);
  RtlReleaseSRWLockExclusive(&p->lock);
  return n;
}

/* Waits up to wait_ns (-1: forever) for packets, at most max of them
 * (each gives at most one event).  Returns the events or an error. */
static int
collect(poller_t *p, ntix_poll_event_t *out, int max, int64_t wait_ns) {
  ntix__file_io_completion_info_t c[BATCH];
  LARGE_INTEGER to;
  ULONG i, got = 0;
  NTSTATUS st;
  int n = 0;

  /* 100 ns units, rounded up so that the wait is never short. */
  to.QuadPart = -(wait_ns / 100 + (wait_ns % 100 != 0));
  __atomic_add_fetch(&p->blocked, 1, __ATOMIC_ACQ_REL);
  st = NtRemoveIoCompletionEx(p->port, c, max < BATCH ? (ULONG)max : BATCH,
                              &got, wait_ns < 0 ? NULL : &to, FALSE);
  __atomic_sub_fetch(&p->blocked, 1, __ATOMIC_ACQ_REL);
  /* STATUS_TIMEOUT passes NT_SUCCESS, and Wine then says one packet. */
  if (st != STATUS_SUCCESS)
    return NT_SUCCESS(st)
               ? 0
               : ntix__fail_nt((uint32_t)st, "NtRemoveIoCompletionEx");
  RtlAcquireSRWLockExclusive(&p->lock);
  for (i = 0; i < got; i++) n += ntix__poll_dispatch(p, &c[i], out + n);
  RtlReleaseSRWLockExclusive(&p->lock);
  return n;
}

/* Another thread is waiting: resubmit at once what this call reported,
 * so that a level event reaches it too (it may then find the socket
 * drained, as an epoll waiter woken with others can). */
static void
share_level(poller_t *p) {
  if (__atomic_load_n(&p->blocked, __ATOMIC_ACQUIRE) == 0)
    return;
  RtlAcquireSRWLockExclusive(&p->lock);
  ntix__poll_flush_submit(p);
  if (p->ready_head != NULL)
    NtSetIoCompletion(p->port, KEY_KICK, NULL, STATUS_SUCCESS, 0);
  RtlReleaseSRWLockExclusive(&p->lock);
}

/* min(deadline, next timer) - now, at least 0; -1 (forever) if neither. */
static int64_t
wait_time(int64_t deadline, int64_t now, int64_t next) {
  int64_t w = INT64_MAX;

  if (deadline < 0 && next < 0)
    return -1;
  if (deadline >= 0)
    w = deadline - now;
  if (next >= 0 && next - now < w)
    w = next - now;
  return w < 0 ? 0 : w;
}

static int
wait_loop(poller_t *p, ntix_poll_event_t *out, int max, int64_t timeout_ns) {
  int64_t deadline = -1, spin_end = -1, now, next, w, spin;
  int n, rc, expired;

  if (timeout_ns >= 0) {
    now = ntix__b_clock_mono();
    deadline = timeout_ns > INT64_MAX - now ? INT64_MAX : now + timeout_ns;
  }
  spin = __atomic_load_n(&p->spin_ns, __ATOMIC_RELAXED);
  if (spin > 0 && timeout_ns != 0)
    spin_end = ntix__b_clock_mono() + spin;
  for (;;) {
    n = prepare(p, out, max, &now, &next);
    expired = deadline >= 0 && now >= deadline;
    w = n > 0 || expired ? 0 : wait_time(deadline, now, next);
    /* Spinning (ntix__b_poll_spin): poll the port instead of sleeping. */
    if (w != 0 && spin_end >= 0 && now < spin_end)
      w = 0;
    if (n < max) {
      if ((rc = collect(p, out + n, max - n, w)) < 0)
        return n > 0 ? n : rc;
      n += rc;
    }
    if (n > 0)
      share_level(p);
    if (n > 0 || expired)
      return n;
  }
}

/* active tells poll-share.c that someone takes this poller's packets;
 * the last thread to leave hands on the socket polls others need. */
int
ntix__b_poll_wait(int pfd,
                  ntix_poll_event_t *out,
                  int max,
                  int64_t timeout_ns) {
  poller_t *p = NULL;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_poll_wait")) != 0)
    return rc;
  if (max <= 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_wait");
  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_poll_wait");
  __atomic_add_fetch(&p->active, 1, __ATOMIC_ACQ_REL);
  rc = wait_loop(p, out, max, timeout_ns);
  if (__atomic_sub_fetch(&p->active, 1, __ATOMIC_ACQ_REL) == 0)
    ntix__share_leave(p);
  return rc;
}

int
ntix__b_poll_spin(int pfd, int64_t ns) {
  poller_t *p = NULL;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_poll_spin")) != 0)
    return rc;
  if (ns < 0 || ns > NTIX_POLL_SPIN_MAX)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_spin");
  __atomic_store_n(&p->spin_ns, ns, __ATOMIC_RELAXED);
  return 0;
}

int
ntix__b_poll_wake(int pfd) {
  poller_t *p = NULL;
  NTSTATUS st;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_poll_wake")) != 0)
    return rc;
  /* One packet at a time: later wakes coalesce into it. */
  if (__atomic_exchange_n(&p->wake_posted, 1, __ATOMIC_ACQ_REL) != 0)
    return 0;
  st = NtSetIoCompletion(p->port, KEY_WAKE, NULL, STATUS_SUCCESS, 0);
  if (!NT_SUCCESS(st)) {
    __atomic_store_n(&p->wake_posted, 0, __ATOMIC_RELEASE);
    return ntix__fail_nt((uint32_t)st, "NtSetIoCompletion");
  }
  return 0;
}

/* ------------------------------------------------------------------------
 * Timers
 * ------------------------------------------------------------------------ */

int64_t
ntix__b_timer_start(int pfd,
                    int64_t delay_ns,
                    int64_t repeat_ns,
                    uint64_t data) {
  poller_t *p = NULL;
  int64_t id;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_timer_start")) != 0)
    return rc;
  if (delay_ns < 0 || repeat_ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_timer_start");
  RtlAcquireSRWLockExclusive(&p->lock);
  id = ntix__timers_start(p->timers, ntix__timers_deadline(delay_ns), repeat_ns,
                          data);
  RtlReleaseSRWLockExclusive(&p->lock);
  if (id < 0)
    return ntix__refuse((int)id, "ntix_timer_start");
  ntix__poll_kick(p);
  return id;
}

int
ntix__b_timer_stop(int pfd, int64_t id) {
  poller_t *p = NULL;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_timer_stop")) != 0)
    return rc;
  RtlAcquireSRWLockExclusive(&p->lock);
  rc = ntix__timers_stop(p->timers, id);
  RtlReleaseSRWLockExclusive(&p->lock);
  return rc < 0 ? ntix__refuse(rc, "ntix_timer_stop") : 0;
}

int
ntix__b_timer_restart(int pfd,
                      int64_t id,
                      int64_t delay_ns,
                      int64_t repeat_ns) {
  poller_t *p = NULL;
  int rc;

  if ((rc = get_poller(pfd, &p, "ntix_timer_restart")) != 0)
    return rc;
  if (delay_ns < 0 || repeat_ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_timer_restart");
  RtlAcquireSRWLockExclusive(&p->lock);
  rc = ntix__timers_restart(p->timers, id, ntix__timers_deadline(delay_ns),
                            repeat_ns);
  RtlReleaseSRWLockExclusive(&p->lock);
  if (rc < 0)
    return ntix__refuse(rc, "ntix_timer_restart");
  ntix__poll_kick(p);
  return 0;
}

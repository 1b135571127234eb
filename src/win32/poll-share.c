/* poll-share.c (Windows): at most one IOCTL_AFD_POLL outstanding per
 * socket endpoint in the process.  Two polls of one socket through
 * different \Device\Afd handles (a socket in two pollers, or a poller's
 * poll and a zero-timeout probe) can complete the wrong request on
 * Windows, and the other then never completes (wepoll issue #35).  So
 * the endpoint's registrations (ntix__sockext_t, shared by a socket's
 * duplicates) take turns: one holds the poll, asking AFD for its own
 * events and those the others wait for; its completion is forwarded to
 * the waiting ones with NtSetIoCompletion (KEY_SHARE) on their pollers'
 * ports, and the poll is handed on.  A poll is withdrawn
 * (NtCancelIoFileEx: AFD completes a cancelled poll at once) when a
 * waiter needs events it does not ask for, when nobody waits in its
 * poller, and for a probe.
 *
 * Lock order: a poller's lock, then share_lock (a leaf).
 */
#include "poll-int.h"

static RTL_SRWLOCK share_lock = RTL_SRWLOCK_INIT;

/* Someone is inside ntix__b_poll_wait of p: its packets will be taken. */
static int
waited(const poller_t *p) {
  return __atomic_load_n(&p->active, __ATOMIC_ACQUIRE) > 0;
}

static void
contended_add(reg_t *h) {
  poller_t *p = h->p;

  if (h->c_listed)
    return;
  h->c_listed = 1;
  h->c_prev = NULL;
  h->c_next = p->contended;
  if (p->contended != NULL)
    p->contended->c_prev = h;
  __atomic_store_n(&p->contended, h, __ATOMIC_RELEASE);
}

static void
contended_remove(reg_t *h) {
  poller_t *p = h->p;

  if (!h->c_listed)
    return;
  h->c_listed = 0;
  if (h->c_prev != NULL)
    h->c_prev->c_next = h->c_next;
  else
    __atomic_store_n(&p->contended, h->c_next, __ATOMIC_RELEASE);
  if (h->c_next != NULL)
    h->c_next->c_prev = h->c_prev;
}

/* A KEY_SHARE packet for o, which stops waiting: o stays allocated until
 * its poller takes the packet (o->fwd), and the poller until then
 * (fwd_inflight, see drain_port). */
static void
post(reg_t *o, NTSTATUS st, ULONG_PTR afd_events) {
  o->sx_wait = 0;
  __atomic_add_fetch(&o->fwd, 1, __ATOMIC_ACQ_REL);
  __atomic_add_fetch(&o->p->fwd_inflight, 1, __ATOMIC_ACQ_REL);
  if (!NT_SUCCESS(
          NtSetIoCompletion(o->p->port, KEY_SHARE, o, st, afd_events))) {
    __atomic_sub_fetch(&o->fwd, 1, __ATOMIC_ACQ_REL);
    __atomic_sub_fetch(&o->p->fwd_inflight, 1, __ATOMIC_ACQ_REL);
    o->sx_wait = 1;
  }
}

/* If nobody holds the endpoint's poll, gives a waiter its turn: one whose
 * poller someone waits in, else any. */
static void
hand_on(ntix__sockext_t *sx) {
  reg_t *o, *pick = NULL;

  if (sx->holder != NULL || sx->probes > 0)
    return;
  for (o = sx->regs; o != NULL; o = o->sx_next) {
    if (o->sx_wait && (pick == NULL || (!waited(pick->p) && waited(o->p))))
      pick = o;
  }
  if (pick != NULL)
    post(pick, STATUS_PENDING, 0);
}

/* Takes the endpoint's poll back from its holder, which waits from then
 * on.  The cancelled poll leaves AFD at once; its packet (CANCELLED, or
 * its result if it won the race) reaches the holder's poller later. */
static void
withdraw(ntix__sockext_t *sx) {
  IO_STATUS_BLOCK ciosb;
  reg_t *h = sx->holder;

  if (h == NULL)
    return;
  NtCancelIoFileEx(h->helper->handle, &h->iosb, &ciosb);
  contended_remove(h);
  h->sx_wait = 1;
  sx->holder = NULL;
}

void
ntix__share_attach(reg_t *r, ntix__sockext_t *sx) {
  RtlAcquireSRWLockExclusive(&share_lock);
  r->sx = sx;
  r->sx_next = sx->regs;
  sx->regs = r;
  r->sx_linked = 1;
  RtlReleaseSRWLockExclusive(&share_lock);
}

void
ntix__share_detach(reg_t *r) {
  ntix__sockext_t *sx = r->sx;
  reg_t **pp;

  if (sx == NULL)
    return;
  RtlAcquireSRWLockExclusive(&share_lock);
  if (r->sx_linked) {
    for (pp = &sx->regs; *pp != NULL; pp = &(*pp)->sx_next) {
      if (*pp == r) {
        *pp = r->sx_next;
        break;
      }
    }
    r->sx_linked = 0;
  }
  r->sx_wait = 0;
  contended_remove(r);
  if (sx->holder == r) {
    sx->holder = NULL; /* its poll was cancelled by ntix__poll_cancel */
    hand_on(sx);
  }
  RtlReleaseSRWLockExclusive(&share_lock);
}

/* The mask of the endpoint's poll: r's and every waiter's. */
static uint32_t
total_mask(const ntix__sockext_t *sx, const reg_t *r, uint32_t mask) {
  const reg_t *o;

  for (o = sx->regs; o != NULL; o = o->sx_next)
    if (o != r && o->sx_wait)
      mask |= o->sx_mask;
  return mask;
}

/* Whether a registration of another poller waits for sx's poll. */
static int
others_wait(const ntix__sockext_t *sx, const reg_t *r) {
  const reg_t *o;

  for (o = sx->regs; o != NULL; o = o->sx_next)
    if (o->sx_wait && o->p != r->p)
      return 1;
  return 0;
}

static NTSTATUS
issue(reg_t *r, uint32_t mask) {
  r->afd_mask = mask;
  r->info.Timeout.QuadPart = INT64_MAX;
  r->info.NumberOfHandles = 1;
  r->info.Exclusive = FALSE;
  r->info.Handles[0].Handle = r->handle;
  r->info.Handles[0].Events = mask;
  r->info.Handles[0].Status = 0;
  r->iosb.Status = STATUS_PENDING;
  return NtDeviceIoControlFile(r->helper->handle, NULL, NULL, r, &r->iosb,
                               NTIX__IOCTL_AFD_POLL, &r->info, sizeof(r->info),
                               &r->info, sizeof(r->info));
}

NTSTATUS
ntix__share_submit(reg_t *r, uint32_t mask) {
  ntix__sockext_t *sx = r->sx;
  reg_t *h;
  NTSTATUS st;

  RtlAcquireSRWLockExclusive(&share_lock);
  r->sx_mask = mask;
  h = sx->holder;
  /* The holder's poll must ask for what r needs, and someone must be
   * there to take its packet; else r takes the poll over. */
  if (sx->probes == 0 && h != NULL && h != r &&
      ((h->afd_mask & mask) != mask || !waited(h->p)))
    withdraw(sx);
  h = sx->holder;
  if (sx->probes > 0 || h != NULL) {
    r->sx_wait = 1;
    if (h != NULL && h->p != r->p)
      contended_add(h);
    RtlReleaseSRWLockExclusive(&share_lock);
    return STATUS_RETRY;
  }
  r->sx_wait = 0;
  /* Issued under the lock, so that no withdraw or probe comes between
   * the decision and the request. */
  st = issue(r, total_mask(sx, r, mask));
  if (!NT_ERROR(st)) {
    sx->holder = r;
    if (others_wait(sx, r))
      contended_add(r);
  }
  RtlReleaseSRWLockExclusive(&share_lock);
  return st;
}

void
ntix__share_done(reg_t *r, NTSTATUS st) {
  ntix__sockext_t *sx = r->sx;
  uint32_t events = 0;
  reg_t *o;

  RtlAcquireSRWLockExclusive(&share_lock);
  if (sx->holder == r) {
    sx->holder = NULL;
    contended_remove(r);
  }
  if (st != STATUS_CANCELLED) {
    if (!NT_ERROR(st) && r->info.NumberOfHandles >= 1)
      events = r->info.Handles[0].Events;
    for (o = sx->regs; o != NULL; o = o->sx_next) {
      if (o != r && o->sx_wait &&
          (NT_ERROR(st) ||
           (events & (o->sx_mask | NTIX__AFD_POLL_LOCAL_CLOSE))))
        post(o, st, events);
    }
  }
  hand_on(sx);
  RtlReleaseSRWLockExclusive(&share_lock);
}

/* Whether a registration waits for sx's poll in a poller other than p
 * that someone waits in. */
static int
waited_elsewhere(const ntix__sockext_t *sx, const poller_t *p) {
  const reg_t *o;

  for (o = sx->regs; o != NULL; o = o->sx_next)
    if (o->sx_wait && o->p != p && waited(o->p))
      return 1;
  return 0;
}

void
ntix__share_leave(poller_t *p) {
  ntix__sockext_t *sx;
  reg_t *h;

  if (__atomic_load_n(&p->contended, __ATOMIC_ACQUIRE) == NULL || waited(p))
    return;
  RtlAcquireSRWLockExclusive(&share_lock);
  while ((h = p->contended) != NULL) {
    contended_remove(h);
    sx = h->sx;
    if (sx->holder == h && sx->probes == 0 && waited_elsewhere(sx, p)) {
      withdraw(sx);
      hand_on(sx);
    }
  }
  RtlReleaseSRWLockExclusive(&share_lock);
}

/* Probes of one endpoint take turns too: one waits while another runs
 * (a zero-timeout poll is brief). */
void
ntix__share_probe_begin(ntix__sockext_t *sx) {
  LARGE_INTEGER pause = {.QuadPart = -1000}; /* 100 us */

  if (sx == NULL)
    return;
  for (;;) {
    RtlAcquireSRWLockExclusive(&share_lock);
    if (sx->probes == 0)
      break;
    RtlReleaseSRWLockExclusive(&share_lock);
    NtDelayExecution(FALSE, &pause);
  }
  sx->probes = 1;
  withdraw(sx);
  RtlReleaseSRWLockExclusive(&share_lock);
}

void
ntix__share_probe_end(ntix__sockext_t *sx) {
  if (sx == NULL)
    return;
  RtlAcquireSRWLockExclusive(&share_lock);
  sx->probes = 0;
  hand_on(sx);
  RtlReleaseSRWLockExclusive(&share_lock);
}

/* poll-io.c (Windows): the I/O behind poller registrations.  Sockets are
 * watched with one IOCTL_AFD_POLL each, sent through \Device\Afd helper
 * handles bound to the port; pipe read ends with a pending zero-byte
 * overlapped NtReadFile; NtCancelIoFileEx withdraws either.  Their
 * completions become events here.
 */
#include <stdlib.h>
#include <string.h>

#include "nt-file.h"
#include "poll-int.h"

/* The pipe file objects bound to a port (a file object can be bound to
 * one port only), each known by a handle to it.  A record outlives its
 * poller (p NULL), so that binding the same pipe again may replace the
 * dead port; it goes when ntix closes that handle.  A registration names
 * its record by id, never by handle: it is freed when its last packet
 * arrives, after the close that removed the record, when NT may have
 * handed the handle value out again to a pipe with a record of its own. */
typedef struct pipe_bind {
  HANDLE handle;
  poller_t *p;
  int regs;    /* registrations of the file object not yet freed */
  uint64_t id; /* never reused */
} pipe_bind_t;

static RTL_SRWLOCK binds_lock =
    RTL_SRWLOCK_INIT; /* a leaf: nothing taken inside */
static pipe_bind_t *binds;
static size_t nbinds, capbinds;
static uint64_t bind_serial;

/* ------------------------------------------------------------------------
 * Pipe bindings
 * ------------------------------------------------------------------------ */

typedef NTSTATUS(NTAPI *compare_fn)(HANDLE, HANDLE);

/* NtCompareObjects (Windows 10 and Wine), looked up once: NULL where
 * ntdll lacks it. */
static compare_fn
compare_objects(void) {
  static LONG done;
  static compare_fn fn;
  HMODULE nt;

  if (!__atomic_load_n(&done, __ATOMIC_ACQUIRE)) {
    nt = GetModuleHandleW(L"ntdll.dll");
    if (nt != NULL)
      __atomic_store_n(
          &fn, (compare_fn)(void *)GetProcAddress(nt, "NtCompareObjects"),
          __ATOMIC_RELAXED);
    __atomic_store_n(&done, 1, __ATOMIC_RELEASE);
  }
  return __atomic_load_n(&fn, __ATOMIC_RELAXED);
}

/* Whether a and b name one object: a dup'ed descriptor's handle differs
 * from the original's but shares its file object, and so its port. */
static int
same_object(HANDLE a, HANDLE b) {
  compare_fn fn;

  if (a == b)
    return 1;
  fn = compare_objects();
  return fn != NULL && fn(a, b) == STATUS_SUCCESS;
}

static pipe_bind_t *
bind_find(HANDLE h) {
  size_t i;

  for (i = 0; i < nbinds; i++)
    if (binds[i].handle == h)
      return &binds[i];
  for (i = 0; i < nbinds; i++)
    if (same_object(binds[i].handle, h))
      return &binds[i];
  return NULL;
}

static void
bind_remove(pipe_bind_t *b) {
  *b = binds[--nbinds];
}

/* FileCompletionInformation binds once.  FileReplaceCompletionInformation
 * (Windows 8.1+) moves a binding, which is only safe from a port no
 * registration of ntix uses any more (replace): the file object's I/O
 * pending there would complete on the wrong port. */
static NTSTATUS
bind_port(HANDLE h, HANDLE port, int replace) {
  ntix__file_completion_info_t info = {port, KEY_PIPE};
  IO_STATUS_BLOCK iosb;
  NTSTATUS st, rst;

  st = NtSetInformationFile(h, &iosb, &info, sizeof(info),
                            FileCompletionInformation);
  /* INVALID_PARAMETER says "bound already"; a Windows or Wine without the
   * replace class leaves that answer standing. */
  if (st == STATUS_INVALID_PARAMETER && replace) {
    rst = NtSetInformationFile(h, &iosb, &info, sizeof(info),
                               FileReplaceCompletionInformation);
    if (NT_SUCCESS(rst) ||
        (rst != STATUS_INVALID_INFO_CLASS && rst != STATUS_NOT_IMPLEMENTED &&
         rst != STATUS_INVALID_PARAMETER))
      st = rst;
  }
  return st;
}

/* A new binding record for h, or NULL (out of memory). */
static pipe_bind_t *
bind_new(HANDLE h) {
  pipe_bind_t *nb;
  size_t cap;

  if (nbinds == capbinds) {
    cap = capbinds != 0 ? capbinds * 2 : 16;
    if ((nb = realloc(binds, cap * sizeof(*nb))) == NULL)
      return NULL;
    binds = nb;
    capbinds = cap;
  }
  nb = &binds[nbinds++];
  nb->handle = h;
  nb->p = NULL;
  nb->regs = 0;
  nb->id = ++bind_serial;
  return nb;
}

/* Binds the pipe handle h to p's port unless its file object already is,
 * and counts the registration, whose record is *id: 0, NTIX_EPERM when another
 * poller has the file object registered, through h or a duplicate (its pending
 * read would complete on the wrong port), or when something ntix does not know
 * bound it (another component, or a duplicate where ntdll cannot compare
 * objects), or the failure. */
int
ntix__poll_bind_pipe(poller_t *p, HANDLE h, uint64_t *id) {
  pipe_bind_t *b;
  NTSTATUS st;
  int rc = 0;

  RtlAcquireSRWLockExclusive(&binds_lock);
  b = bind_find(h);
  if (b != NULL && b->p != p && b->regs > 0) {
    rc = ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
  } else if (b == NULL || b->p != p) {
    st = bind_port(h, p->port, b != NULL);
    if (b == NULL && st == STATUS_INVALID_PARAMETER)
      rc = ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EPERM,
                      "NtSetInformationFile");
    else if (!NT_SUCCESS(st))
      rc = ntix__fail_nt((uint32_t)st, "NtSetInformationFile");
    else if (b == NULL && (b = bind_new(h)) == NULL)
      rc = ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
  }
  if (rc == 0) {
    b->p = p;
    b->regs++;
    *id = b->id;
  }
  RtlReleaseSRWLockExclusive(&binds_lock);
  return rc;
}

/* r's record, if its handle is still open (see pipe_bind_t). */
static void
unbind_reg(const reg_t *r) {
  size_t i;

  RtlAcquireSRWLockExclusive(&binds_lock);
  for (i = 0; i < nbinds; i++) {
    if (binds[i].id == r->bind_id) {
      if (binds[i].p == r->p && binds[i].regs > 0)
        binds[i].regs--;
      break;
    }
  }
  RtlReleaseSRWLockExclusive(&binds_lock);
}

/* The handle is being closed: the record goes with it (a duplicate still
 * open keeps the binding, and a later bind through it is refused unless
 * the port's poller is p itself, see ntix__poll_bind_pipe). */
void
ntix__poll_unbind_handle(HANDLE h) {
  size_t i;

  RtlAcquireSRWLockExclusive(&binds_lock);
  for (i = 0; i < nbinds; i++) {
    if (binds[i].handle == h) {
      bind_remove(&binds[i]);
      break;
    }
  }
  RtlReleaseSRWLockExclusive(&binds_lock);
}

/* The poller's port is gone: its records stay, orphaned, so that the file
 * objects may be bound again (replacing the dead port). */
void
ntix__poll_unbind_poller(const poller_t *p) {
  size_t i;

  RtlAcquireSRWLockExclusive(&binds_lock);
  for (i = 0; i < nbinds; i++) {
    if (binds[i].p == p) {
      binds[i].p = NULL;
      binds[i].regs = 0;
    }
  }
  RtlReleaseSRWLockExclusive(&binds_lock);
}

/* ------------------------------------------------------------------------
 * AFD helpers
 * ------------------------------------------------------------------------ */

/* A \Device\Afd handle opened without extended attributes is no socket,
 * only a channel for IOCTL_AFD_POLL; its completions go to the port. */
static NTSTATUS
helper_open(HANDLE port, HANDLE *out) {
  static const WCHAR path[] = L"\\Device\\Afd\\Ntix";
  UNICODE_STRING us = {sizeof(path) - sizeof(WCHAR), sizeof(path), (PWSTR)path};
  ntix__file_completion_info_t cinfo = {port, KEY_AFD};
  ULONG skip = FILE_SKIP_SET_EVENT_ON_HANDLE;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  InitializeObjectAttributes(&oa, &us, 0, NULL, NULL);
  st = NtCreateFile(out, SYNCHRONIZE, &oa, &iosb, NULL, 0,
                    FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0, NULL, 0);
  if (!NT_SUCCESS(st))
    return st;
  st = NtSetInformationFile(*out, &iosb, &cinfo, sizeof(cinfo),
                            FileCompletionInformation);
  if (!NT_SUCCESS(st)) {
    NtClose(*out);
    return st;
  }
  /* Nobody waits on the helper itself; skipping its event is an
   * optimisation that older systems may refuse. */
  NtSetInformationFile(*out, &iosb, &skip, sizeof(skip),
                       FileIoCompletionNotificationInformation);
  return STATUS_SUCCESS;
}

/* A helper with room, opened if none has: NULL with the error in *rc. */
helper_t *
ntix__poll_helper_get(poller_t *p, int *rc) {
  helper_t *h;
  NTSTATUS st;

  for (h = p->helpers; h != NULL; h = h->next)
    if (h->used < HELPER_SOCKETS)
      break;
  if (h == NULL) {
    if ((h = calloc(1, sizeof(*h))) == NULL) {
      *rc = ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
      return NULL;
    }
    if (!NT_SUCCESS(st = helper_open(p->port, &h->handle))) {
      free(h);
      *rc = ntix__fail_nt((uint32_t)st, "NtCreateFile");
      return NULL;
    }
    h->next = p->helpers;
    p->helpers = h;
  }
  h->used++;
  return h;
}

/* ------------------------------------------------------------------------
 * Event mapping
 * ------------------------------------------------------------------------ */

/* What AFD must watch for a user mask.  ABORT, CONNECT_FAIL and
 * LOCAL_CLOSE always (ERR and HUP are always reported; a local close must
 * end the poll).  CONNECT is never asked for: AFD reports it on every poll
 * of a connected socket.  DISCONNECT serves IN, since a socket at EOF is
 * readable (recv returns 0). */
uint32_t
ntix__poll_afd_mask(uint32_t ev) {
  uint32_t m = NTIX__AFD_POLL_ABORT | NTIX__AFD_POLL_CONNECT_FAIL |
               NTIX__AFD_POLL_LOCAL_CLOSE;

  if (ev & NTIX_POLL_IN)
    m |= NTIX__AFD_POLL_RECEIVE | NTIX__AFD_POLL_ACCEPT |
         NTIX__AFD_POLL_DISCONNECT;
  if (ev & NTIX_POLL_PRI)
    m |= NTIX__AFD_POLL_RECEIVE_EXPEDITED;
  if (ev & NTIX_POLL_OUT)
    m |= NTIX__AFD_POLL_SEND;
  if (ev & NTIX_POLL_RDHUP)
    m |= NTIX__AFD_POLL_DISCONNECT;
  return m;
}

/* The events Linux reports for the same socket state: a reset gives
 * IN|ERR|HUP|RDHUP (plus OUT, which AFD adds as SEND), a refused connect
 * IN|OUT|ERR|HUP|RDHUP. */
uint32_t
ntix__poll_afd_events(uint32_t a) {
  uint32_t ev = 0;

  if (a & (NTIX__AFD_POLL_RECEIVE | NTIX__AFD_POLL_ACCEPT))
    ev |= NTIX_POLL_IN;
  if (a & NTIX__AFD_POLL_RECEIVE_EXPEDITED)
    ev |= NTIX_POLL_PRI;
  if (a & NTIX__AFD_POLL_SEND)
    ev |= NTIX_POLL_OUT;
  if (a & NTIX__AFD_POLL_DISCONNECT)
    ev |= NTIX_POLL_IN | NTIX_POLL_RDHUP;
  if (a & NTIX__AFD_POLL_ABORT)
    ev |= NTIX_POLL_IN | NTIX_POLL_ERR | NTIX_POLL_HUP | NTIX_POLL_RDHUP;
  if (a & NTIX__AFD_POLL_CONNECT_FAIL)
    ev |= NTIX_POLL_IN | NTIX_POLL_OUT | NTIX_POLL_ERR | NTIX_POLL_HUP |
          NTIX_POLL_RDHUP;
  return ev;
}

/* ------------------------------------------------------------------------
 * Registrations (all with p->lock held)
 * ------------------------------------------------------------------------ */

void
ntix__poll_reg_maybe_free(reg_t *r) {
  if (!(r->state & R_DEAD) || (r->state & (R_PENDING | R_QUEUED | R_READY)) ||
      __atomic_load_n(&r->fwd, __ATOMIC_ACQUIRE) != 0)
    return;
  if (r->helper != NULL)
    r->helper->used--;
  if (r->kind == RK_PIPE_READ || r->kind == RK_WATCH)
    unbind_reg(r);
  ntix__sockext_put(r->sx);
  free(r->buf);
  free(r);
}

static void
push_submit(reg_t *r) {
  if (r->state & (R_QUEUED | R_DEAD))
    return;
  r->state |= R_QUEUED;
  r->next = r->p->submit;
  r->p->submit = r;
}

static void
push_ready(reg_t *r, uint32_t events) {
  r->ready = events;
  if (r->state & (R_READY | R_DEAD))
    return;
  r->state |= R_READY;
  r->next = r->p->ready_head;
  r->p->ready_head = r;
}

void
ntix__poll_push_ready(reg_t *r, uint32_t events) {
  push_ready(r, events);
}

/* Makes a thread blocked in the port wait look at the poller again (a new
 * ready registration, a new earliest timer). */
void
ntix__poll_kick(poller_t *p) {
  if (__atomic_load_n(&p->blocked, __ATOMIC_ACQUIRE) > 0)
    NtSetIoCompletion(p->port, KEY_KICK, NULL, STATUS_SUCCESS, 0);
}

/* Whether a request NT answered with st will queue a completion packet:
 * pending and success do, and so do warnings (STATUS_BUFFER_OVERFLOW from
 * a zero-byte read of a message-mode pipe holding a message, synchronous
 * and still queued, as Wine 8 and 10 show); only an error means the
 * request failed at once with no packet.  NT_SUCCESS alone would leave
 * such a request uncounted and its registration free to go while the
 * kernel still owns its IO_STATUS_BLOCK. */
static int
io_queued(NTSTATUS st) {
  return !NT_ERROR(st);
}

/* A synchronous failure queues no packet: the handle is gone (closed
 * outside ntix), or the object cannot be polled. */
static void
submit_failed(reg_t *r, NTSTATUS st) {
  if (st == STATUS_INVALID_HANDLE || st == STATUS_OBJECT_TYPE_MISMATCH)
    r->state |= R_GONE;
  else
    push_ready(r, NTIX_POLL_ERR);
}

/* Each submit_* queues r's I/O and answers STATUS_SUCCESS; a synchronous
 * failure is reported on r (submit_failed), or with first (a new
 * registration, which ctl can still refuse) returned instead.  Sockets
 * take one poll per endpoint (poll-share.c): STATUS_RETRY says another
 * registration's poll serves this one for now, with no I/O. */
static NTSTATUS
submit_afd(reg_t *r, int first) {
  NTSTATUS st;

  st = ntix__share_submit(r, ntix__poll_afd_mask(r->events));
  if (st == STATUS_RETRY)
    return STATUS_SUCCESS;
  /* Success and pending both queue a packet (no SKIP_COMPLETION_PORT). */
  if (io_queued(st)) {
    r->state |= R_PENDING;
    r->p->inflight++;
  } else if (first) {
    return st;
  } else {
    submit_failed(r, st);
  }
  return STATUS_SUCCESS;
}

/* The read end: a zero-byte read pends until data or EOF arrives and does
 * not consume anything.  An EOF already there fails synchronously. */
static NTSTATUS
submit_pipe(reg_t *r, int first) {
  NTSTATUS st;

  r->iosb.Status = STATUS_PENDING;
  st = NtReadFile(r->handle, NULL, NULL, r, &r->iosb, &r->byte, 0, NULL, NULL);
  if (io_queued(st)) {
    r->state |= R_PENDING;
    r->p->inflight++;
  } else if (st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE) {
    push_ready(r, NTIX_POLL_IN | NTIX_POLL_HUP);
  } else if (first) {
    return st;
  } else {
    submit_failed(r, st);
  }
  return STATUS_SUCCESS;
}

/* The write end is reported writable whenever asked (NT has no cheap
 * "room in the pipe" query; WriteQuotaAvailable is unreliable), and ERR
 * once the reader is gone, as Linux does. */
static uint32_t
pipe_write_events(const reg_t *r) {
  FILE_PIPE_LOCAL_INFORMATION info;
  IO_STATUS_BLOCK iosb;
  uint32_t ev = NTIX_POLL_OUT;

  if (NT_SUCCESS(NtQueryInformationFile(r->handle, &iosb, &info, sizeof(info),
                                        FilePipeLocalInformation)) &&
      info.NamedPipeState == FILE_PIPE_CLOSING_STATE)
    ev |= NTIX_POLL_ERR;
  return ev;
}

/* A watch with records queued is ready; otherwise a notification is
 * issued (the registration owns its buffer until the packet). */
static NTSTATUS
submit_watch(reg_t *r, int first) {
  NTSTATUS st;

  if (ntix__watch_queued(r->watch)) {
    push_ready(r, NTIX_POLL_IN);
    return STATUS_SUCCESS;
  }
  r->iosb.Status = STATUS_PENDING;
  st =
      NtNotifyChangeDirectoryFile(r->handle, NULL, NULL, r, &r->iosb, r->buf,
                                  NTIX__WATCH_BUF, ntix__watch_filter(), FALSE);
  if (NT_SUCCESS(st)) {
    r->state |= R_PENDING;
    r->p->inflight++;
  } else if (first) {
    return st;
  } else {
    submit_failed(r, st);
  }
  return STATUS_SUCCESS;
}

static NTSTATUS
submit(reg_t *r, int first) {
  if (r->state & (R_DEAD | R_DISARMED | R_GONE | R_PENDING))
    return STATUS_SUCCESS;
  switch (r->kind) {
    case RK_SOCKET:
      return submit_afd(r, first);
    case RK_PIPE_READ:
      return submit_pipe(r, first);
    case RK_PIPE_WRITE:
      push_ready(r, 0);
      break;
    case RK_PROC:
    case RK_SIGNAL:
      ntix__pollx_submit(r);
      break;
    case RK_WATCH:
      return submit_watch(r, first);
  }
  return STATUS_SUCCESS;
}

void
ntix__poll_submit(reg_t *r) {
  submit(r, 0);
}

NTSTATUS
ntix__poll_submit_first(reg_t *r) {
  return submit(r, 1);
}

/* Undoes what reg_add did for r before its first submission failed. */
void
ntix__poll_reg_unadd(reg_t *r) {
  if (r->helper != NULL)
    r->helper->used--;
  if (r->kind == RK_SOCKET) {
    ntix__share_detach(r);
    ntix__sockext_put(r->sx);
  }
  if (r->kind == RK_WATCH)
    ntix__watch_polled(r->watch, -1);
  if (r->kind == RK_PIPE_READ || r->kind == RK_WATCH)
    unbind_reg(r);
  free(r->buf);
  free(r);
}

void
ntix__poll_flush_submit(poller_t *p) {
  reg_t *r;

  while ((r = p->submit) != NULL) {
    p->submit = r->next;
    r->state &= ~R_QUEUED;
    ntix__poll_submit(r);
    ntix__poll_reg_maybe_free(r);
  }
}

/* Withdraws the I/O in flight; its packet (CANCELLED, or the real result
 * if it won the race) still arrives and is what frees a dead reg. */
void
ntix__poll_cancel(reg_t *r) {
  IO_STATUS_BLOCK ciosb;

  if (r->state & R_PENDING)
    NtCancelIoFileEx(r->kind == RK_SOCKET ? r->helper->handle : r->handle,
                     &r->iosb, &ciosb);
}

void
ntix__poll_reg_delete(poller_t *p, reg_t *r) {
  if (r->kind == RK_SIGNAL)
    ntix__pollx_delete(p, r);
  /* The watch is still alive: ntix__b_close calls the hook before it. */
  if (r->kind == RK_WATCH)
    ntix__watch_polled(r->watch, -1);
  p->table[r->fd] = NULL;
  r->state |= R_DEAD;
  ntix__poll_cancel(r);
  ntix__share_detach(r);
  ntix__poll_reg_maybe_free(r);
}

/* ------------------------------------------------------------------------
 * Completions (p->lock held)
 * ------------------------------------------------------------------------ */

/* Reports ev (already filtered) or re-arms: ONESHOT disarms after a
 * report; level registrations are resubmitted by the next wait, so that a
 * reader who drains in between does not see a stale event. */
static int
report(reg_t *r, uint32_t ev, ntix_poll_event_t *out) {
  if (ev == 0) {
    push_submit(r);
    return 0;
  }
  if (r->events & NTIX_POLL_ONESHOT)
    r->state |= R_DISARMED;
  else
    push_submit(r);
  out->events = ev;
  out->data = r->data;
  return 1;
}

uint32_t
ntix__poll_afd_result(reg_t *r, NTSTATUS st, uint32_t a) {
  if (!NT_SUCCESS(st))
    return NTIX_POLL_ERR;
  if (a & NTIX__AFD_POLL_LOCAL_CLOSE) {
    r->state |= R_GONE;
    return 0;
  }
  return ntix__poll_afd_events(a);
}

/* A completed notification: its records go to the watch's queue
 * (STATUS_NOTIFY_ENUM_DIR, an overflow, passes NT_SUCCESS). */
static uint32_t
watch_result(reg_t *r, NTSTATUS st) {
  if (st == STATUS_NOTIFY_CLEANUP || st == STATUS_INVALID_HANDLE) {
    r->state |= R_GONE;
    return 0;
  }
  if (!NT_SUCCESS(st))
    return NTIX_POLL_ERR;
  ntix__watch_feed(r->watch, st, r->buf, r->iosb.Information);
  return ntix__watch_queued(r->watch) ? NTIX_POLL_IN : 0;
}

static uint32_t
socket_result(reg_t *r, NTSTATUS st) {
  uint32_t a = 0;

  if (r->sx != NULL)
    ntix__share_done(r, st);
  if (NT_SUCCESS(st) && r->info.NumberOfHandles < 1)
    return 0;
  if (NT_SUCCESS(st))
    a = r->info.Handles[0].Events;
  return ntix__poll_afd_result(r, st, a);
}

/* A warning (BUFFER_OVERFLOW: a message waits that the zero-byte read
 * could not hold) means data, as success does. */
static uint32_t
pipe_result(NTSTATUS st) {
  if (st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE)
    return NTIX_POLL_IN | NTIX_POLL_HUP;
  if (NT_ERROR(st))
    return NTIX_POLL_ERR;
  return NTIX_POLL_IN;
}

int
ntix__poll_complete(poller_t *p,
                    reg_t *r,
                    NTSTATUS st,
                    ntix_poll_event_t *out) {
  uint32_t ev;

  r->state &= ~R_PENDING;
  p->inflight--;
  if (r->state & R_DEAD) {
    ntix__poll_reg_maybe_free(r);
    return 0;
  }
  /* Cancelled to change the mask, or withdrawn (poll-share.c): just
   * resubmit. */
  if (st == STATUS_CANCELLED) {
    if (r->sx != NULL)
      ntix__share_done(r, st);
    push_submit(r);
    return 0;
  }
  if (r->kind == RK_SOCKET)
    ev = socket_result(r, st);
  else if (r->kind == RK_WATCH)
    ev = watch_result(r, st);
  else
    ev = pipe_result(st);
  if (r->state & R_GONE)
    return 0;
  return report(r, ev & ((r->events & USER_EVENTS) | ALWAYS), out);
}

int
ntix__poll_dispatch(poller_t *p,
                    const ntix__file_io_completion_info_t *c,
                    ntix_poll_event_t *out) {
  if (c->KeyContext == KEY_WAKE) {
    __atomic_store_n(&p->wake_posted, 0, __ATOMIC_RELEASE);
    out->events = NTIX_POLL_WAKE;
    out->data = 0;
    return 1;
  }
  if (c->KeyContext == NTIX__KEY_PROC || c->KeyContext == NTIX__KEY_SIGNAL) {
    ntix__pollx_packet(p, c);
    return 0;
  }
  if (c->KeyContext == KEY_KICK || c->ApcContext == NULL)
    return 0;
  if (c->KeyContext == KEY_SHARE)
    return ntix__poll_forwarded(p, (reg_t *)c->ApcContext,
                                c->IoStatusBlock.Status,
                                c->IoStatusBlock.Information, out);
  return ntix__poll_complete(p, (reg_t *)c->ApcContext, c->IoStatusBlock.Status,
                             out);
}

/* Another registration's poll of r's endpoint completed (events), or r's
 * turn to poll came (STATUS_PENDING). */
int
ntix__poll_forwarded(poller_t *p,
                     reg_t *r,
                     NTSTATUS st,
                     ULONG_PTR afd_events,
                     ntix_poll_event_t *out) {
  uint32_t ev;

  __atomic_sub_fetch(&r->fwd, 1, __ATOMIC_ACQ_REL);
  __atomic_sub_fetch(&p->fwd_inflight, 1, __ATOMIC_ACQ_REL);
  if (r->state & (R_DEAD | R_DISARMED | R_GONE)) {
    ntix__poll_reg_maybe_free(r);
    return 0;
  }
  if (st == STATUS_PENDING) {
    push_submit(r);
    return 0;
  }
  ev = ntix__poll_afd_result(r, st, (uint32_t)afd_events);
  if (r->state & R_GONE)
    return 0;
  return report(r, ev & ((r->events & USER_EVENTS) | ALWAYS), out);
}

/* Ready-list registrations: level ones stay on it. */
int
ntix__poll_drain_ready(poller_t *p, ntix_poll_event_t *out, int max) {
  reg_t *r, *keep = NULL;
  uint32_t ev;
  int n = 0;

  while ((r = p->ready_head) != NULL && n < max) {
    p->ready_head = r->next;
    r->state &= ~R_READY;
    if (r->state & (R_DEAD | R_DISARMED | R_GONE)) {
      ntix__poll_reg_maybe_free(r);
      continue;
    }
    /* A watch whose records were all read watches again. */
    if (r->kind == RK_WATCH && !ntix__watch_queued(r->watch)) {
      ntix__poll_submit(r);
      continue;
    }
    if (r->kind == RK_PIPE_WRITE)
      ev = pipe_write_events(r);
    else if (r->kind == RK_SIGNAL)
      ev = ntix__pollx_signal_events(r);
    else
      ev = r->ready;
    /* A signal read meanwhile leaves the list until the next arrival. */
    if (ev == 0 && r->kind == RK_SIGNAL)
      continue;
    ev &= (r->events & USER_EVENTS) | ALWAYS;
    if (ev != 0) {
      out[n].events = ev;
      out[n++].data = r->data;
      if (r->events & NTIX_POLL_ONESHOT) {
        r->state |= R_DISARMED;
        continue;
      }
    }
    r->state |= R_READY;
    r->next = keep;
    keep = r;
  }
  while ((r = keep) != NULL) {
    keep = r->next;
    r->next = p->ready_head;
    p->ready_head = r;
  }
  return n;
}

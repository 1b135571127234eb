/* poll.c (Windows): the poller and its timers, on an NT I/O completion
 * port (NtCreateIoCompletion, NtRemoveIoCompletionEx, NtSetIoCompletion).
 * Sockets are watched with one IOCTL_AFD_POLL each, sent through
 * \Device\Afd helper handles bound to the port; pipe read ends with a
 * pending zero-byte overlapped NtReadFile; NtCancelIoFileEx withdraws
 * either.  Timers (src/common/timer.c) bound the port wait.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

/* Completion keys.  AFD and pipe packets carry the registration as their
 * ApcContext; the other two are posted by ntix itself. */
#define KEY_AFD ((PVOID)(ULONG_PTR)0xAFD)
#define KEY_PIPE ((PVOID)(ULONG_PTR)0x919E)
#define KEY_WAKE ((PVOID)(ULONG_PTR)0x3A4E)
#define KEY_KICK ((PVOID)(ULONG_PTR)0x41C4)

#define HELPER_SOCKETS 32 /* registrations per \Device\Afd helper */
#define BATCH 64          /* packets taken per NtRemoveIoCompletionEx */

#define USER_EVENTS                                               \
  (NTIX_POLL_IN | NTIX_POLL_PRI | NTIX_POLL_OUT | NTIX_POLL_ERR | \
   NTIX_POLL_HUP | NTIX_POLL_RDHUP)
#define ALWAYS (NTIX_POLL_ERR | NTIX_POLL_HUP)

/* Registration states (bits). */
#define R_PENDING                                                         \
  0x01                  /* an I/O naming it is in flight: the kernel owns \
                           iosb and info until its packet is dequeued */
#define R_QUEUED 0x02   /* on the submit queue */
#define R_READY 0x04    /* on the ready list (events known without I/O) */
#define R_DEAD 0x08     /* deleted; freed once none of the above is set */
#define R_DISARMED 0x10 /* ONESHOT registration that reported */
#define R_GONE 0x20     /* the handle was closed behind ntix's back */

typedef enum reg_kind { RK_SOCKET, RK_PIPE_READ, RK_PIPE_WRITE } reg_kind_t;

typedef struct helper {
  HANDLE handle;
  int used;
  struct helper *next;
} helper_t;

typedef struct poller poller_t;

typedef struct reg {
  poller_t *p;
  struct reg *next; /* submit queue or ready list link */
  HANDLE handle;    /* what is polled: base socket or pipe handle */
  HANDLE own;       /* the descriptor's handle: identity for the hook */
  helper_t *helper; /* sockets only */
  int fd;
  reg_kind_t kind;
  uint32_t state;
  uint32_t events;   /* the user's mask, with NTIX_POLL_ONESHOT */
  uint32_t afd_mask; /* the mask of the poll in flight */
  uint32_t ready;    /* events for the ready list (pipes) */
  uint64_t data;
  IO_STATUS_BLOCK iosb;
  ntix__afd_poll_info_t info;
  char byte; /* buffer of the zero-byte pipe read */
} reg_t;

struct poller {
  ntix__fdext_t ext; /* first: the descriptor table's view */
  RTL_SRWLOCK lock;  /* everything below but the atomics */
  HANDLE port;       /* private: the descriptor holds a duplicate */
  LONG refs;         /* descriptors sharing this poller (ntix__b_dup) */
  LONG wake_posted;  /* a wake packet is in the port */
  LONG blocked;      /* threads inside NtRemoveIoCompletionEx */
  long inflight;     /* registrations with R_PENDING */
  int64_t spin_ns;   /* atomic: ntix__b_poll_spin */
  reg_t **table;     /* indexed by descriptor */
  int cap;
  reg_t *submit; /* waiting for their (re)submission */
  reg_t *ready_head;
  helper_t *helpers;
  ntix__timers_t *timers;
  poller_t *next_poller;
};

/* Every live poller, for the close hook, and the pipe handles bound to a
 * port (a file object can be bound to one port only). */
static RTL_SRWLOCK pollers_lock = RTL_SRWLOCK_INIT;
static poller_t *pollers;

typedef struct pipe_bind {
  HANDLE handle;
  poller_t *p;
  int regs; /* registrations of the handle not yet freed */
} pipe_bind_t;

static RTL_SRWLOCK binds_lock =
    RTL_SRWLOCK_INIT; /* a leaf: nothing taken inside */
static pipe_bind_t *binds;
static size_t nbinds, capbinds;

static void close_hook(int fd, const ntix__fdent_t *e);

/* ------------------------------------------------------------------------
 * Pipe bindings
 * ------------------------------------------------------------------------ */

static pipe_bind_t *
bind_find(HANDLE h) {
  size_t i;

  for (i = 0; i < nbinds; i++)
    if (binds[i].handle == h)
      return &binds[i];
  return NULL;
}

static void
bind_remove(pipe_bind_t *b) {
  *b = binds[--nbinds];
}

/* FileCompletionInformation binds once; FileReplaceCompletionInformation
 * (Windows 8.1+) moves a binding left by a poller that no longer uses the
 * handle. */
static NTSTATUS
bind_port(HANDLE h, HANDLE port) {
  ntix__file_completion_info_t info = {port, KEY_PIPE};
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st = NtSetInformationFile(h, &iosb, &info, sizeof(info),
                            FileCompletionInformation);
  if (!NT_SUCCESS(st))
    st = NtSetInformationFile(h, &iosb, &info, sizeof(info),
                              FileReplaceCompletionInformation);
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
  return nb;
}

/* Binds the pipe handle h to p's port unless it already is, and counts
 * the registration: 0, NTIX_EPERM when another poller has h registered
 * (its pending read would complete on the wrong port), or the failure. */
static int
bind_pipe(poller_t *p, HANDLE h) {
  pipe_bind_t *b;
  NTSTATUS st;
  int rc = 0;

  RtlAcquireSRWLockExclusive(&binds_lock);
  b = bind_find(h);
  if (b != NULL && b->p != p && b->regs > 0) {
    rc = ntix__refuse(NTIX_EPERM, "ntix_poll_ctl");
  } else if (b == NULL || b->p != p) {
    st = bind_port(h, p->port);
    if (!NT_SUCCESS(st))
      rc = ntix__fail_nt((uint32_t)st, "NtSetInformationFile");
    else if (b == NULL && (b = bind_new(h)) == NULL)
      rc = ntix__refuse(NTIX_ENOMEM, "ntix_poll_ctl");
  }
  if (rc == 0) {
    b->p = p;
    b->regs++;
  }
  RtlReleaseSRWLockExclusive(&binds_lock);
  return rc;
}

static void
unbind_reg(const reg_t *r) {
  pipe_bind_t *b;

  RtlAcquireSRWLockExclusive(&binds_lock);
  b = bind_find(r->handle);
  if (b != NULL && b->p == r->p && b->regs > 0)
    b->regs--;
  RtlReleaseSRWLockExclusive(&binds_lock);
}

/* The handle is being closed: its binding dies with its file object. */
static void
unbind_handle(HANDLE h) {
  pipe_bind_t *b;

  RtlAcquireSRWLockExclusive(&binds_lock);
  if ((b = bind_find(h)) != NULL)
    bind_remove(b);
  RtlReleaseSRWLockExclusive(&binds_lock);
}

/* The poller's port is gone: a new port may get the same handle value. */
static void
unbind_poller(const poller_t *p) {
  size_t i = 0;

  RtlAcquireSRWLockExclusive(&binds_lock);
  while (i < nbinds) {
    if (binds[i].p == p)
      bind_remove(&binds[i]);
    else
      i++;
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
static helper_t *
helper_get(poller_t *p, int *rc) {
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
static uint32_t
afd_mask(uint32_t ev) {
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
static uint32_t
afd_to_events(uint32_t a) {
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

static void
reg_maybe_free(reg_t *r) {
  if (!(r->state & R_DEAD) || (r->state & (R_PENDING | R_QUEUED | R_READY)))
    return;
  if (r->helper != NULL)
    r->helper->used--;
  if (r->kind == RK_PIPE_READ)
    unbind_reg(r);
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

/* Makes a thread blocked in the port wait look at the poller again (a new
 * ready registration, a new earliest timer). */
static void
kick(poller_t *p) {
  if (__atomic_load_n(&p->blocked, __ATOMIC_ACQUIRE) > 0)
    NtSetIoCompletion(p->port, KEY_KICK, NULL, STATUS_SUCCESS, 0);
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

static void
submit_afd(reg_t *r) {
  NTSTATUS st;

  r->afd_mask = afd_mask(r->events);
  r->info.Timeout.QuadPart = INT64_MAX;
  r->info.NumberOfHandles = 1;
  r->info.Exclusive = FALSE;
  r->info.Handles[0].Handle = r->handle;
  r->info.Handles[0].Events = r->afd_mask;
  r->info.Handles[0].Status = 0;
  r->iosb.Status = STATUS_PENDING;
  st = NtDeviceIoControlFile(r->helper->handle, NULL, NULL, r, &r->iosb,
                             NTIX__IOCTL_AFD_POLL, &r->info, sizeof(r->info),
                             &r->info, sizeof(r->info));
  /* Success and pending both queue a packet (no SKIP_COMPLETION_PORT). */
  if (NT_SUCCESS(st)) {
    r->state |= R_PENDING;
    r->p->inflight++;
  } else {
    submit_failed(r, st);
  }
}

/* The read end: a zero-byte read pends until data or EOF arrives and does
 * not consume anything.  An EOF already there fails synchronously. */
static void
submit_pipe(reg_t *r) {
  NTSTATUS st;

  r->iosb.Status = STATUS_PENDING;
  st = NtReadFile(r->handle, NULL, NULL, r, &r->iosb, &r->byte, 0, NULL, NULL);
  if (NT_SUCCESS(st)) {
    r->state |= R_PENDING;
    r->p->inflight++;
  } else if (st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE) {
    push_ready(r, NTIX_POLL_IN | NTIX_POLL_HUP);
  } else {
    submit_failed(r, st);
  }
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

static void
submit(reg_t *r) {
  if (r->state & (R_DEAD | R_DISARMED | R_GONE | R_PENDING))
    return;
  switch (r->kind) {
    case RK_SOCKET:
      submit_afd(r);
      break;
    case RK_PIPE_READ:
      submit_pipe(r);
      break;
    case RK_PIPE_WRITE:
      push_ready(r, 0);
      break;
  }
}

static void
flush_submit(poller_t *p) {
  reg_t *r;

  while ((r = p->submit) != NULL) {
    p->submit = r->next;
    r->state &= ~R_QUEUED;
    submit(r);
    reg_maybe_free(r);
  }
}

/* Withdraws the I/O in flight; its packet (CANCELLED, or the real result
 * if it won the race) still arrives and is what frees a dead reg. */
static void
cancel(reg_t *r) {
  IO_STATUS_BLOCK ciosb;

  if (r->state & R_PENDING)
    NtCancelIoFileEx(r->kind == RK_SOCKET ? r->helper->handle : r->handle,
                     &r->iosb, &ciosb);
}

static void
reg_delete(poller_t *p, reg_t *r) {
  p->table[r->fd] = NULL;
  r->state |= R_DEAD;
  cancel(r);
  reg_maybe_free(r);
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

static uint32_t
socket_result(reg_t *r, NTSTATUS st) {
  uint32_t a;

  if (!NT_SUCCESS(st))
    return NTIX_POLL_ERR;
  if (r->info.NumberOfHandles < 1)
    return 0;
  a = r->info.Handles[0].Events;
  if (a & NTIX__AFD_POLL_LOCAL_CLOSE) {
    r->state |= R_GONE;
    return 0;
  }
  return afd_to_events(a);
}

static uint32_t
pipe_result(NTSTATUS st) {
  if (st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE)
    return NTIX_POLL_IN | NTIX_POLL_HUP;
  if (!NT_SUCCESS(st))
    return NTIX_POLL_ERR;
  return NTIX_POLL_IN;
}

static int
complete(poller_t *p, reg_t *r, NTSTATUS st, ntix_poll_event_t *out) {
  uint32_t ev;

  r->state &= ~R_PENDING;
  p->inflight--;
  if (r->state & R_DEAD) {
    reg_maybe_free(r);
    return 0;
  }
  /* Cancelled to change the mask: just resubmit. */
  if (st == STATUS_CANCELLED) {
    push_submit(r);
    return 0;
  }
  if (r->kind == RK_SOCKET)
    ev = socket_result(r, st);
  else
    ev = pipe_result(st);
  if (r->state & R_GONE)
    return 0;
  return report(r, ev & ((r->events & USER_EVENTS) | ALWAYS), out);
}

static int
dispatch(poller_t *p,
         const ntix__file_io_completion_info_t *c,
         ntix_poll_event_t *out) {
  if (c->KeyContext == KEY_WAKE) {
    __atomic_store_n(&p->wake_posted, 0, __ATOMIC_RELEASE);
    out->events = NTIX_POLL_WAKE;
    out->data = 0;
    return 1;
  }
  if (c->KeyContext == KEY_KICK || c->ApcContext == NULL)
    return 0;
  return complete(p, (reg_t *)c->ApcContext, c->IoStatusBlock.Status, out);
}

/* Ready-list registrations: level ones stay on it. */
static int
drain_ready(poller_t *p, ntix_poll_event_t *out, int max) {
  reg_t *r, *keep = NULL;
  uint32_t ev;
  int n = 0;

  while ((r = p->ready_head) != NULL && n < max) {
    p->ready_head = r->next;
    r->state &= ~R_READY;
    if (r->state & (R_DEAD | R_DISARMED | R_GONE)) {
      reg_maybe_free(r);
      continue;
    }
    ev = r->kind == RK_PIPE_WRITE ? pipe_write_events(r) : r->ready;
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

  while (p->inflight > 0 && tries < 50) {
    to.QuadPart = -1000000; /* 100 ms */
    got = 0;
    if (NtRemoveIoCompletionEx(p->port, c, BATCH, &got, &to, FALSE) !=
        STATUS_SUCCESS) {
      tries++;
      continue;
    }
    for (i = 0; i < got; i++)
      if (c[i].KeyContext != KEY_WAKE && c[i].KeyContext != KEY_KICK &&
          c[i].ApcContext != NULL)
        complete(p, (reg_t *)c[i].ApcContext, c[i].IoStatusBlock.Status, &ev);
  }
}

static void
free_list(reg_t *r, uint32_t bit) {
  reg_t *next;

  for (; r != NULL; r = next) {
    next = r->next;
    r->state &= ~bit;
    reg_maybe_free(r);
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
      reg_delete(p, p->table[fd]);
  drain_port(p);
  free_list(p->submit, R_QUEUED);
  free_list(p->ready_head, R_READY);
  p->submit = p->ready_head = NULL;
  RtlReleaseSRWLockExclusive(&p->lock);
  unbind_poller(p);
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
      reg_delete(p, r);
    RtlReleaseSRWLockExclusive(&p->lock);
  }
  RtlReleaseSRWLockShared(&pollers_lock);
  if (e->kind == NTIX__K_PIPE)
    unbind_handle(e->handle);
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
  return e->kind == NTIX__K_SOCKET ||
         (e->kind == NTIX__K_PIPE && !(e->flags & NTIX__F_SYNC));
}

static int
reg_add(
    poller_t *p, int fd, const ntix__fdent_t *e, uint32_t ev, uint64_t data) {
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
    r->helper = helper_get(p, &rc);
  } else {
    r->kind = (e->flags & NTIX__F_READ) ? RK_PIPE_READ : RK_PIPE_WRITE;
    r->handle = e->handle;
    if (r->kind == RK_PIPE_READ)
      rc = bind_pipe(p, r->handle);
  }
  if (rc != 0) {
    free(r);
    return rc;
  }
  p->table[fd] = r;
  submit(r);
  if (r->state & R_READY)
    kick(p);
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
    if (r->kind == RK_SOCKET && afd_mask(ev) != r->afd_mask)
      cancel(r);
  } else if (!(r->state & (R_QUEUED | R_READY))) {
    submit(r);
  }
  if (r->state & R_READY)
    kick(p);
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
    reg_delete(p, r);
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
  reg_delete(p, r);
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
  RtlAcquireSRWLockExclusive(&p->lock);
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
  flush_submit(p);
  *now = ntix__b_clock_mono();
  n = ntix__timers_expire(p->timers, *now, out, max);
  n += drain_ready(p, out + n, max - n);
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
  for (i = 0; i < got; i++) n += dispatch(p, &c[i], out + n);
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
  flush_submit(p);
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

int
ntix__b_poll_wait(int pfd,
                  ntix_poll_event_t *out,
                  int max,
                  int64_t timeout_ns) {
  int64_t deadline = -1, spin_end = -1, now, next, w, spin;
  poller_t *p = NULL;
  int n, rc, expired;

  if ((rc = get_poller(pfd, &p, "ntix_poll_wait")) != 0)
    return rc;
  if (max <= 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_poll_wait");
  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_poll_wait");
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

static int64_t
deadline_after(int64_t delay_ns) {
  int64_t now = ntix__b_clock_mono();

  return delay_ns > INT64_MAX - now ? INT64_MAX : now + delay_ns;
}

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
  id = ntix__timers_start(p->timers, deadline_after(delay_ns), repeat_ns, data);
  RtlReleaseSRWLockExclusive(&p->lock);
  if (id < 0)
    return ntix__refuse((int)id, "ntix_timer_start");
  kick(p);
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
  rc = ntix__timers_restart(p->timers, id, deadline_after(delay_ns), repeat_ns);
  RtlReleaseSRWLockExclusive(&p->lock);
  if (rc < 0)
    return ntix__refuse(rc, "ntix_timer_restart");
  kick(p);
  return 0;
}

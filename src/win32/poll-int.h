/* poll-int.h: what the two files of the Windows poller share.  poll.c
 * creates, closes and waits on pollers, takes poll_ctl and runs the
 * timers; poll-io.c keeps the registrations' I/O: pipe bindings, AFD
 * helpers, submitting polls and taking their completions.
 */
#ifndef NTIX_POLL_INT_H
#define NTIX_POLL_INT_H

#include "win32-int.h"

/* Completion keys.  AFD and pipe packets carry the registration as their
 * ApcContext; the other two are posted by ntix itself. */
#define KEY_AFD ((PVOID)(ULONG_PTR)0xAFD)
#define KEY_PIPE ((PVOID)(ULONG_PTR)0x919E)
#define KEY_WAKE ((PVOID)(ULONG_PTR)0x3A4E)
#define KEY_KICK ((PVOID)(ULONG_PTR)0x41C4)
/* poll-share.c to a registration in another poller (ApcContext): the
 * events of the endpoint's poll (Status, Information = AFD events), or
 * its turn to poll (Status STATUS_PENDING). */
#define KEY_SHARE ((PVOID)(ULONG_PTR)0x54A2)

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

typedef enum reg_kind {
  RK_SOCKET,
  RK_PIPE_READ,
  RK_PIPE_WRITE,
  RK_PROC,   /* process descriptor: IN once it ended (poll-proc.c) */
  RK_SIGNAL, /* signal descriptor: IN while arrivals are unread */
  RK_WATCH   /* directory watch: IN while records are queued (watch.c) */
} reg_kind_t;

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
  int ext_id;        /* RK_PROC: the pid; RK_SIGNAL: the signal */
  uint64_t data;
  IO_STATUS_BLOCK iosb;
  ntix__afd_poll_info_t info;
  char byte; /* buffer of the zero-byte pipe read */
  /* Sockets: the endpoint, shared with other registrations (poll-share.c;
   * the sx_ and c_ fields are under its lock). */
  ntix__sockext_t *sx;
  struct reg *sx_next; /* in sx->regs while linked */
  uint32_t sx_mask;    /* the AFD mask this registration wants */
  int sx_wait;         /* wants the endpoint's poll, someone else has it */
  int sx_linked;       /* in sx->regs */
  struct reg *c_prev;  /* in p->contended: holds the endpoint's poll */
  struct reg *c_next;  /* while registrations of other pollers wait */
  int c_listed;
  LONG fwd;             /* KEY_SHARE packets naming it not yet taken */
  uint64_t bind_id;     /* pipes and watches: the port binding's record */
  ntix__watch_t *watch; /* watches: the descriptor's ext */
  void *buf;            /* watches: the notification buffer */
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
  LONG active;       /* threads inside ntix__b_poll_wait */
  LONG fwd_inflight; /* KEY_SHARE packets in the port */
  reg_t *contended;  /* poll-share.c, under its lock */
  helper_t *helpers;
  ntix__timers_t *timers;
  uint64_t serial; /* never reused: identifies the port to poll-proc.c */
  poller_t *next_poller;
};

/* ---- poll-io.c: pipe bindings and AFD helpers ---- */

/* 0 with the binding record's id in *id (for the registration to name
 * it), NTIX_EPERM (another poller has h registered) or the failure. */
int ntix__poll_bind_pipe(poller_t *p, HANDLE h, uint64_t *id);
void ntix__poll_unbind_handle(HANDLE h);
void ntix__poll_unbind_poller(const poller_t *p);
/* A helper with room: NULL with the error in *rc. */
helper_t *ntix__poll_helper_get(poller_t *p, int *rc);
/* What AFD must watch for a user mask, and the user events of what AFD
 * reported (also used by ntix_poll, pollfds.c). */
uint32_t ntix__poll_afd_mask(uint32_t ev);
uint32_t ntix__poll_afd_events(uint32_t afd);

/* ---- poll-io.c: registrations and completions (p->lock held) ---- */

void ntix__poll_reg_maybe_free(reg_t *r);
void ntix__poll_kick(poller_t *p);
void ntix__poll_submit(reg_t *r);
/* A new registration's first submission: STATUS_SUCCESS, or the status of
 * a synchronous failure (nothing queued; ntix__poll_reg_unadd undoes the
 * registration). */
NTSTATUS ntix__poll_submit_first(reg_t *r);
void ntix__poll_reg_unadd(reg_t *r);
void ntix__poll_flush_submit(poller_t *p);
void ntix__poll_cancel(reg_t *r);
void ntix__poll_reg_delete(poller_t *p, reg_t *r);
/* The events of r's completed I/O, reported in out: 1, or 0 (nothing). */
int ntix__poll_complete(poller_t *p,
                        reg_t *r,
                        NTSTATUS st,
                        ntix_poll_event_t *out);
int ntix__poll_dispatch(poller_t *p,
                        const ntix__file_io_completion_info_t *c,
                        ntix_poll_event_t *out);
int ntix__poll_drain_ready(poller_t *p, ntix_poll_event_t *out, int max);
/* Puts r on the ready list with events (a no-op if it is there). */
void ntix__poll_push_ready(reg_t *r, uint32_t events);

/* ---- poll-proc.c: process and signal descriptors (p->lock held) ----
 * add: sets up r (kind, identity) for e and binds e to p's port: 0, or
 * the refusal (NTIX_EBUSY: bound to another poller).  submit: r goes on
 * the ready list if e is ready now.  delete: r is going.  packet: a
 * packet of NTIX__KEY_PROC or NTIX__KEY_SIGNAL readies the registrations
 * it names.  signal_events: NTIX_POLL_IN while arrivals are unread. */
int ntix__pollx_add(poller_t *p, reg_t *r, const ntix__fdent_t *e);
void ntix__pollx_submit(reg_t *r);
void ntix__pollx_delete(poller_t *p, reg_t *r);
void ntix__pollx_packet(poller_t *p, const ntix__file_io_completion_info_t *c);
uint32_t ntix__pollx_signal_events(const reg_t *r);

/* ---- poll-io.c: a KEY_SHARE packet for r (p->lock held) ---- */

int ntix__poll_forwarded(poller_t *p,
                         reg_t *r,
                         NTSTATUS st,
                         ULONG_PTR afd_events,
                         ntix_poll_event_t *out);
/* The user events of AFD events (or of a failed poll, st). */
uint32_t ntix__poll_afd_result(reg_t *r, NTSTATUS st, uint32_t afd_events);

/* ---- poll-share.c: one IOCTL_AFD_POLL per socket endpoint ---- */

/* reg_add: r watches sx's endpoint (the reference to sx is r's). */
void ntix__share_attach(reg_t *r, ntix__sockext_t *sx);
/* reg_delete, after ntix__poll_cancel: r leaves the endpoint. */
void ntix__share_detach(reg_t *r);
/* Issues r's poll of the endpoint for mask (and for what the others wait
 * for) if no poll of it is outstanding: the NTSTATUS of the device
 * control; else r waits and STATUS_RETRY is returned (no I/O). */
NTSTATUS ntix__share_submit(reg_t *r, uint32_t mask);
/* r's poll completed with st (its packet taken): forwards the events to
 * the registrations waiting in other pollers and hands the poll on. */
void ntix__share_done(reg_t *r, NTSTATUS st);
/* The last thread leaves p's wait: polls p holds while registrations of
 * pollers someone waits in need them are handed to those pollers. */
void ntix__share_leave(poller_t *p);

#endif /* NTIX_POLL_INT_H */

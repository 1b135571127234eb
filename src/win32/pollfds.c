/* pollfds.c (Windows): ntix_poll as WSAPoll is built: one IOCTL_AFD_POLL
 * naming every socket of the call, sent with an event through a
 * process-wide \Device\Afd handle, plus one zero-byte overlapped NtReadFile
 * with an event per pipe read end; NtWaitForMultipleObjects waits for the
 * first of them, and whatever is still pending is cancelled and waited for
 * before the call returns.  No completion port is involved, so a pipe or
 * socket that a poller holds can be polled here too: I/O issued with no
 * ApcContext queues no packet to the port its handle is bound to.
 *
 * Regular files and directories are ready at once, as POSIX says; a pipe
 * write end is writable (ERR once its reader is gone), as in the poller.
 *
 * A query, event or request that NT refuses fails the call, after what
 * was issued is cancelled and waited for, as a poller registration whose
 * first request fails is refused: reporting ERR for a descriptor that is
 * fine, or not waiting for it, would be a wrong answer given as a right
 * one.  What the request reports about the descriptor (a writer gone) is
 * its revents.
 */
#include <stdlib.h>
#include <string.h>

#include "fsargs.h"
#include "nt-file.h"
#include "poll-int.h"

#define FILE_READY (NTIX_POLL_IN | NTIX_POLL_OUT)
#define ASKABLE (NTIX_POLL_IN | NTIX_POLL_PRI | NTIX_POLL_OUT | NTIX_POLL_RDHUP)
/* NtWaitForMultipleObjects takes 64 handles: the AFD event and 63 pipes.
 * Pipe read ends beyond that are checked, not waited for. */
#define MAX_PIPE_WAITS 63

/* One descriptor of the call waited for: its first entry, its handle and,
 * for a pipe read end, its read. */
typedef struct slot {
  size_t entry;
  HANDLE handle;
  uint32_t events; /* union of its entries' events */
  HANDLE event;    /* pipes: the read's event, NULL when none is pending */
  IO_STATUS_BLOCK iosb;
  char byte;
} slot_t;

typedef struct pollcall {
  ntix_pollfd_t *fds;
  size_t nfds;
  slot_t *socks, *pipes;
  size_t nsocks, npipes;
  ntix__afd_poll_info_t *afd; /* room for nsocks handles */
  IO_STATUS_BLOCK afd_iosb;
  HANDLE afd_event; /* NULL when no poll is pending */
} pollcall_t;

/* ---- entries ---------------------------------------------------------------
 */

/* The first entry of fd at or after from, else -1. */
static long
next_of(const pollcall_t *c, size_t from, int fd) {
  size_t i;

  for (i = from; i < c->nfds; i++)
    if (c->fds[i].fd == fd)
      return (long)i;
  return -1;
}

/* Gives every entry of slot s's descriptor its share of ev. */
static void
deliver(pollcall_t *c, const slot_t *s, uint32_t ev) {
  int fd = c->fds[s->entry].fd;
  long j;

  for (j = (long)s->entry; j >= 0; j = next_of(c, (size_t)j + 1, fd))
    c->fds[j].revents |= (short)(ev & ntix__pollfd_mask(c->fds[j].events));
}

/* A pipe end's events without waiting: a write end is writable, and ERR
 * once the reader is gone; a read end IN with data, HUP once the writer
 * is gone (IN too, as the poller reports it: a read returns 0).  0 or the
 * failure of the query. */
static int
pipe_events(HANDLE h, int reading, uint32_t *ev) {
  FILE_PIPE_LOCAL_INFORMATION info;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;
  int closing;

  st = NtQueryInformationFile(h, &iosb, &info, sizeof(info),
                              FilePipeLocalInformation);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtQueryInformationFile");
  closing = info.NamedPipeState == FILE_PIPE_CLOSING_STATE;
  if (!reading)
    *ev = NTIX_POLL_OUT | (closing ? NTIX_POLL_ERR : 0);
  else
    *ev = (info.ReadDataAvailable > 0 ? NTIX_POLL_IN : 0) |
          (closing ? NTIX_POLL_IN | NTIX_POLL_HUP : 0);
  return 0;
}

/* Sorts entry i: its revents when known now, else a new slot.  Only the
 * first entry of a descriptor makes a slot; the union of the events of
 * all its entries is asked for.  0, or the failure of a query. */
static int
sort_entry(pollcall_t *c, size_t i) {
  ntix_pollfd_t *pf = &c->fds[i];
  slot_t *s;
  ntix__fdent_t e;
  uint32_t ev = 0;
  long j;
  int rc;

  pf->revents = 0;
  if (pf->fd < 0 || next_of(c, 0, pf->fd) != (long)i)
    return 0;
  if (ntix__fd_get(pf->fd, &e, "ntix_poll") != 0) {
    for (j = (long)i; j >= 0; j = next_of(c, (size_t)j + 1, pf->fd))
      c->fds[j].revents = NTIX_POLL_NVAL;
    return 0;
  }
  s = e.kind == NTIX__K_SOCKET ? &c->socks[c->nsocks++]
                               : &c->pipes[c->npipes++];
  memset(s, 0, sizeof(*s));
  s->entry = i;
  s->handle = e.kind == NTIX__K_SOCKET ? ntix__socket_base(&e) : e.handle;
  for (j = (long)i; j >= 0; j = next_of(c, (size_t)j + 1, pf->fd))
    s->events |= (uint32_t)c->fds[j].events & ASKABLE;
  switch (e.kind) {
    case NTIX__K_SOCKET:
      return 0;
    case NTIX__K_PIPE:
      if ((rc = pipe_events(e.handle, (e.flags & NTIX__F_READ) != 0, &ev)) !=
          0) {
        c->npipes--;
        return rc;
      }
      deliver(c, s, ev);
      /* Only an overlapped read end can be waited for: a zero-byte read
       * on a synchronous handle would block. */
      if ((e.flags & (NTIX__F_READ | NTIX__F_SYNC)) == NTIX__F_READ &&
          c->fds[i].revents == 0)
        return 0;
      break;
    case NTIX__K_FILE:
    case NTIX__K_DIR:
      deliver(c, s, FILE_READY);
      break;
    default:
      /* Consoles, pollers and handles of unknown kind cannot be waited
       * for (doc/known-differences.md). */
      deliver(c, s, NTIX_POLL_NVAL);
      break;
  }
  c->npipes--; /* known now: not a slot */
  return 0;
}

static int
count_ready(const pollcall_t *c) {
  size_t i;
  int n = 0;

  for (i = 0; i < c->nfds; i++) n += c->fds[i].revents != 0;
  return n;
}

/* ---- starting and ending the I/O -------------------------------------------
 */

/* The process's \Device\Afd handle for polls, opened at first use (NULL
 * with *st if NT refuses); it is bound to no port, and concurrent polls
 * through it are independent. */
static HANDLE
afd_handle(NTSTATUS *st) {
  static HANDLE cached;
  static const WCHAR path[] = L"\\Device\\Afd\\NtixPoll";
  UNICODE_STRING us = {sizeof(path) - sizeof(WCHAR), sizeof(path), (PWSTR)path};
  HANDLE h = __atomic_load_n(&cached, __ATOMIC_ACQUIRE), none = NULL;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;

  if (h != NULL)
    return h;
  InitializeObjectAttributes(&oa, &us, 0, NULL, NULL);
  *st = NtCreateFile(&h, SYNCHRONIZE, &oa, &iosb, NULL, 0,
                     FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0, NULL, 0);
  if (!NT_SUCCESS(*st))
    return NULL;
  if (!__atomic_compare_exchange_n(&cached, &none, h, 0, __ATOMIC_ACQ_REL,
                                   __ATOMIC_ACQUIRE)) {
    NtClose(h); /* another thread opened one first */
    h = none;
  }
  return h;
}

/* A new event in *ev: 0, or the failure. */
static int
new_event(HANDLE *ev) {
  NTSTATUS st;

  *ev = NULL;
  st = NtCreateEvent(ev, EVENT_ALL_ACCESS, NULL, NtixNotificationEvent, FALSE);
  if (st == STATUS_SUCCESS)
    return 0;
  *ev = NULL;
  return ntix__fail_nt((uint32_t)(NT_SUCCESS(st) ? STATUS_UNSUCCESSFUL : st),
                       "NtCreateEvent");
}

/* One AFD poll for every socket; timeout 0 makes it a snapshot.  0, or
 * the failure to issue it (nothing is pending then). */
static int
start_afd(pollcall_t *c, int snapshot) {
  NTSTATUS st = STATUS_SUCCESS;
  HANDLE afd;
  ULONG len;
  size_t i;
  int rc;

  if (c->nsocks == 0)
    return 0;
  if ((afd = afd_handle(&st)) == NULL)
    return ntix__fail_nt((uint32_t)st, "NtCreateFile");
  if ((rc = new_event(&c->afd_event)) != 0)
    return rc;
  c->afd->Timeout.QuadPart = snapshot ? 0 : INT64_MAX;
  c->afd->NumberOfHandles = (ULONG)c->nsocks;
  c->afd->Exclusive = FALSE;
  for (i = 0; i < c->nsocks; i++) {
    c->afd->Handles[i].Handle = c->socks[i].handle;
    c->afd->Handles[i].Events = ntix__poll_afd_mask(c->socks[i].events);
    c->afd->Handles[i].Status = 0;
  }
  len = (ULONG)(offsetof(ntix__afd_poll_info_t, Handles) +
                c->nsocks * sizeof(c->afd->Handles[0]));
  c->afd_iosb.Status = STATUS_PENDING;
  st = NtDeviceIoControlFile(afd, c->afd_event, NULL, NULL, &c->afd_iosb,
                             NTIX__IOCTL_AFD_POLL, c->afd, len, c->afd, len);
  if (!NT_SUCCESS(st)) {
    /* Nothing was queued and the event will never be set. */
    NtClose(c->afd_event);
    c->afd_event = NULL;
    return ntix__fail_nt((uint32_t)st, "NtDeviceIoControlFile");
  }
  return 0;
}

/* Zero-byte reads on the pipe read ends still waited for.  0, or the
 * first failure to issue one (the ones issued before stay pending). */
static int
start_pipes(pollcall_t *c) {
  size_t i;
  slot_t *s;
  NTSTATUS st;
  int rc;

  for (i = 0; i < c->npipes && i < MAX_PIPE_WAITS; i++) {
    s = &c->pipes[i];
    if ((rc = new_event(&s->event)) != 0)
      return rc;
    s->iosb.Status = STATUS_PENDING;
    st = NtReadFile(s->handle, s->event, NULL, NULL, &s->iosb, &s->byte, 0,
                    NULL, NULL);
    if (NT_SUCCESS(st))
      continue;
    /* A synchronous failure sets no event. */
    NtClose(s->event);
    s->event = NULL;
    /* The writer is gone already: the pipe's state, not a failure. */
    if (st != STATUS_PIPE_BROKEN && st != STATUS_END_OF_FILE)
      return ntix__fail_nt((uint32_t)st, "NtReadFile");
    deliver(c, s, NTIX_POLL_IN | NTIX_POLL_HUP);
  }
  return 0;
}

/* Cancels the request issued on h with event (if it is still pending)
 * and waits for its completion, after which the kernel no longer touches
 * its buffers; closes the event.  0 if no request was issued. */
static int
finish(HANDLE h, HANDLE *event, IO_STATUS_BLOCK *iosb) {
  IO_STATUS_BLOCK ciosb;

  if (*event == NULL)
    return 0;
  if (iosb->Status == STATUS_PENDING)
    NtCancelIoFileEx(h, iosb, &ciosb);
  NtWaitForSingleObject(*event, FALSE, NULL);
  NtClose(*event);
  *event = NULL;
  return 1;
}

static void
end_afd(pollcall_t *c) {
  NTSTATUS st;
  ULONG i, k;

  /* No poll, no handle to ask for (it exists when a poll was issued). */
  if (c->afd_event == NULL ||
      !finish(afd_handle(&st), &c->afd_event, &c->afd_iosb) ||
      c->afd_iosb.Status == STATUS_CANCELLED)
    return;
  if (!NT_SUCCESS(c->afd_iosb.Status)) {
    for (k = 0; k < c->nsocks; k++) deliver(c, &c->socks[k], NTIX_POLL_ERR);
    return;
  }
  /* The signalled handles are compacted to the front. */
  for (i = 0; i < c->afd->NumberOfHandles && i < c->nsocks; i++)
    for (k = 0; k < c->nsocks; k++)
      if (c->socks[k].handle == c->afd->Handles[i].Handle)
        deliver(c, &c->socks[k],
                ntix__poll_afd_events(c->afd->Handles[i].Events));
}

static void
end_pipes(pollcall_t *c) {
  NTSTATUS st;
  size_t i;

  for (i = 0; i < c->npipes && i < MAX_PIPE_WAITS; i++) {
    if (!finish(c->pipes[i].handle, &c->pipes[i].event, &c->pipes[i].iosb))
      continue;
    st = c->pipes[i].iosb.Status;
    if (st == STATUS_CANCELLED)
      continue;
    if (st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE)
      deliver(c, &c->pipes[i], NTIX_POLL_IN | NTIX_POLL_HUP);
    else
      deliver(c, &c->pipes[i], NT_SUCCESS(st) ? NTIX_POLL_IN : NTIX_POLL_ERR);
  }
}

/* ---- the wait
 * ---------------------------------------------------------------- */

/* Waits for the first event until deadline (-1: none), never returning
 * before it on a timeout. */
static void
wait_any(pollcall_t *c, int64_t deadline) {
  HANDLE h[1 + MAX_PIPE_WAITS];
  LARGE_INTEGER t;
  ULONG n = 0;
  size_t i;
  int64_t left;
  NTSTATUS st;

  if (c->afd_event != NULL)
    h[n++] = c->afd_event;
  for (i = 0; i < c->npipes && i < MAX_PIPE_WAITS; i++)
    if (c->pipes[i].event != NULL)
      h[n++] = c->pipes[i].event;
  if (n == 0)
    return;
  do {
    left = deadline < 0 ? -1 : deadline - ntix__b_clock_mono();
    if (deadline >= 0 && left <= 0)
      return;
    t.QuadPart = -((left + 99) / 100); /* relative, 100 ns, rounded up */
    st = NtWaitForMultipleObjects(n, h, NtixWaitAny, FALSE,
                                  deadline < 0 ? NULL : &t);
  } while (st == STATUS_TIMEOUT || st == STATUS_USER_APC ||
           st == STATUS_ALERTED);
}

static int
poll_call(pollcall_t *c, int64_t timeout_ns) {
  int64_t deadline = -1;
  int snapshot, rc;
  size_t i;

  for (i = 0; i < c->nfds; i++)
    if ((rc = sort_entry(c, i)) != 0)
      return rc;
  snapshot = timeout_ns == 0 || count_ready(c) > 0;
  if (timeout_ns > 0) {
    deadline = ntix__b_clock_mono();
    deadline = timeout_ns > INT64_MAX - deadline ? -1 : deadline + timeout_ns;
  }
  if ((rc = start_afd(c, snapshot)) != 0)
    return rc;
  if (!snapshot && (rc = start_pipes(c)) != 0) {
    /* Nothing is left pending on the caller's behalf. */
    end_afd(c);
    end_pipes(c);
    return rc;
  }
  /* A pipe whose writer was gone made its entries ready. */
  snapshot |= count_ready(c) > 0;
  if (snapshot && c->afd_event != NULL)
    NtWaitForSingleObject(c->afd_event, FALSE, NULL); /* returns at once */
  else if (!snapshot && c->nsocks + c->npipes > 0)
    wait_any(c, deadline);
  else if (!snapshot && timeout_ns != 0)
    ntix__b_sleep_ns(timeout_ns < 0 ? INT64_MAX : timeout_ns);
  end_afd(c);
  end_pipes(c);
  return count_ready(c);
}

int
ntix__b_poll(ntix_pollfd_t *fds, size_t nfds, int64_t timeout_ns) {
  pollcall_t c;
  int rc;

  if ((rc = ntix__check_pollfds(fds, nfds, "ntix_poll")) < 0)
    return rc;
  memset(&c, 0, sizeof(c));
  c.fds = fds;
  c.nfds = nfds;
  c.socks = calloc(nfds + 1, sizeof(slot_t));
  c.pipes = calloc(nfds + 1, sizeof(slot_t));
  c.afd = calloc(1, sizeof(*c.afd) + nfds * sizeof(c.afd->Handles[0]));
  if (c.socks == NULL || c.pipes == NULL || c.afd == NULL)
    rc = ntix__refuse(NTIX_ENOMEM, "ntix_poll");
  else
    rc = poll_call(&c, timeout_ns);
  free(c.socks);
  free(c.pipes);
  free(c.afd);
  return rc;
}

/* signal.c (Windows): signal descriptors.  Windows has no POSIX signals;
 * ntix gives its programs SIGINT, SIGTERM and SIGHUP from two sources:
 *   - ntix_kill from another process (or this one): a program watching
 *     signals publishes a small named section, ntix-signals-<pid> in its
 *     session's BaseNamedObjects, holding per signal an arrival counter
 *     and the handle value of the completion port to wake.  The sender
 *     maps it, adds 1 to the counter, duplicates the port handle out of
 *     the target (NtDuplicateObject) and posts a packet to it
 *     (NtSetIoCompletion);
 *   - the console's control events, through kernel32's
 *     SetConsoleCtrlHandler (a documented exception to the NT-only rule):
 *     Ctrl-C and Ctrl-Break are SIGINT, closing the console SIGHUP, logoff
 *     and shutdown SIGTERM.  The handler runs on a thread the system
 *     starts, and posts the same packet.
 * No thread of ntix's own is involved.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "win32-int.h"

#define SIG_SLOTS 16
#define SHARE_MAGIC 0x6E746978u /* "ntix" */
#define SHARE_VERSION 1u
#define PORT_POST_ACCESS 0x0002 /* IO_COMPLETION_MODIFY_STATE */

typedef struct sigshare {
  uint32_t magic;
  uint32_t version;
  struct {
    volatile LONG pending;  /* arrivals not yet read */
    volatile LONG watching; /* a signal descriptor is open */
    volatile LONG64 port;   /* the port handle to post to, or 0 */
  } sig[SIG_SLOTS];
} sigshare_t;

typedef struct sigdesc {
  ntix__fdext_t ext;
  int sig;
} sigdesc_t;

static RTL_SRWLOCK sig_lock = RTL_SRWLOCK_INIT;
static HANDLE share_section;
static sigshare_t *share;
static int handler_installed;
static struct {
  int open;
  HANDLE port; /* this process's duplicate of the bound poller's port */
  uint64_t serial;
} local[SIG_SLOTS];

/* ---- the published section -------------------------------------------- */

/* "\Sessions\<n>\BaseNamedObjects\ntix-signals-<pid>" (session 0:
 * "\BaseNamedObjects\..."), where Local\ names of kernel32 live. */
static void
share_name(int pid, WCHAR *buf, size_t cap) {
  ULONG sid = NTIX__PEB_SESSION_ID(RtlGetCurrentPeb());

  if (sid == 0)
    _snwprintf(buf, cap, L"\\BaseNamedObjects\\ntix-signals-%d", pid);
  else
    _snwprintf(buf, cap, L"\\Sessions\\%lu\\BaseNamedObjects\\ntix-signals-%d",
               sid, pid);
  buf[cap - 1] = 0;
}

static NTSTATUS
map_view(HANDLE section, sigshare_t **out) {
  SIZE_T size = 0;
  PVOID base = NULL;
  NTSTATUS st;

  st = NtMapViewOfSection(section, NTIX__CURRENT_PROCESS, &base, 0, 0, NULL,
                          &size, NTIX__VIEW_UNMAP, 0, PAGE_READWRITE);
  *out = base;
  return st;
}

/* Creates this process's section at the first signal descriptor; it stays
 * for the life of the process.  Lock held. */
static int
share_create(void) {
  OBJECT_ATTRIBUTES oa;
  UNICODE_STRING us;
  LARGE_INTEGER size;
  WCHAR name[96];
  NTSTATUS st;

  if (share != NULL)
    return 0;
  share_name(ntix__b_getpid(), name, 96);
  RtlInitUnicodeString(&us, name);
  InitializeObjectAttributes(&oa, &us, OBJ_OPENIF, NULL, NULL);
  size.QuadPart = sizeof(sigshare_t);
  st = NtCreateSection(&share_section, SECTION_ALL_ACCESS, &oa, &size,
                       PAGE_READWRITE, SEC_COMMIT, NULL);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtCreateSection");
  st = map_view(share_section, &share);
  if (!NT_SUCCESS(st)) {
    NtClose(share_section);
    share = NULL;
    return ntix__fail_nt((uint32_t)st, "NtMapViewOfSection");
  }
  memset(share, 0, sizeof(*share));
  share->version = SHARE_VERSION;
  __atomic_store_n(&share->magic, SHARE_MAGIC, __ATOMIC_RELEASE);
  return 0;
}

/* Counts an arrival and wakes the port (a handle valid in this process,
 * or NULL when the descriptor is in no poller). */
static void
arrive(sigshare_t *sh, int sig, HANDLE port) {
  InterlockedIncrement(&sh->sig[sig].pending);
  if (port != NULL)
    NtSetIoCompletion(port, NTIX__KEY_SIGNAL, (PVOID)(ULONG_PTR)sig,
                      STATUS_SUCCESS, 0);
}

/* ---- the console's control events ------------------------------------- */

static int
ctrl_signal(DWORD type) {
  switch (type) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
      return NTIX_SIGINT;
    case CTRL_CLOSE_EVENT:
      return NTIX_SIGHUP;
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
      return NTIX_SIGTERM;
    default:
      return 0;
  }
}

/* TRUE when a descriptor watches the signal; FALSE lets the next handler
 * (in the end the default: the process ends) have it. */
static BOOL WINAPI
ctrl_handler(DWORD type) {
  int sig = ctrl_signal(type), handled = 0;

  if (sig == 0)
    return FALSE;
  RtlAcquireSRWLockShared(&sig_lock);
  if (share != NULL && local[sig].open) {
    arrive(share, sig, local[sig].port);
    handled = 1;
  }
  RtlReleaseSRWLockShared(&sig_lock);
  return handled ? TRUE : FALSE;
}

/* ---- descriptors ----------------------------------------------------------
 */

static void
slot_unbind(int sig) {
  share->sig[sig].port = 0;
  if (local[sig].port != NULL)
    NtClose(local[sig].port);
  local[sig].port = NULL;
  local[sig].serial = 0;
}

static int
op_close(ntix__fdent_t *e) {
  sigdesc_t *d = e->ext;

  RtlAcquireSRWLockExclusive(&sig_lock);
  share->sig[d->sig].watching = 0;
  slot_unbind(d->sig);
  share->sig[d->sig].pending = 0;
  local[d->sig].open = 0;
  RtlReleaseSRWLockExclusive(&sig_lock);
  free(d);
  NtClose(e->handle);
  return 0;
}

static const ntix__fdops_t sig_ops = {NULL, NULL, op_close, NULL, NULL};

/* The descriptor: an event handle stands for it in the table. */
static int
sigdesc_new(int sig) {
  sigdesc_t *d = calloc(1, sizeof(*d));
  HANDLE ev;
  NTSTATUS st;
  int fd;

  if (d == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_signal_open");
  st = NtCreateEvent(&ev, EVENT_ALL_ACCESS, NULL, NtixNotificationEvent, FALSE);
  if (!NT_SUCCESS(st)) {
    free(d);
    return ntix__fail_nt((uint32_t)st, "NtCreateEvent");
  }
  d->ext.ops = &sig_ops;
  d->sig = sig;
  fd = ntix__fd_alloc(ev, NTIX__K_SIGNAL, NTIX__F_READ, d);
  if (fd < 0) {
    NtClose(ev);
    free(d);
  }
  return fd;
}

int
ntix__b_signal_open(int sig, int flags) {
  int rc, fd;

  if ((rc = ntix__signal_check(sig, "ntix_signal_open")) != 0)
    return rc;
  if (flags != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_signal_open");
  RtlAcquireSRWLockExclusive(&sig_lock);
  if ((rc = share_create()) != 0 ||
      (local[sig].open && (rc = ntix__refuse(NTIX_EBUSY, "ntix_signal_open"))))
    goto out;
  if ((rc = fd = sigdesc_new(sig)) < 0)
    goto out;
  local[sig].open = 1;
  share->sig[sig].pending = 0;
  share->sig[sig].watching = 1;
  if (!handler_installed)
    handler_installed = SetConsoleCtrlHandler(ctrl_handler, TRUE) ? 1 : 0;
out:
  RtlReleaseSRWLockExclusive(&sig_lock);
  return rc;
}

int
ntix__b_signal_read(int sfd) {
  ntix__fdent_t e;
  LONG n;
  int rc;

  if ((rc = ntix__fd_get(sfd, &e, "ntix_signal_read")) != 0)
    return rc;
  if (e.kind != NTIX__K_SIGNAL || e.ext == NULL)
    return ntix__refuse(NTIX_EINVAL, "ntix_signal_read");
  n = InterlockedExchange(&share->sig[((sigdesc_t *)e.ext)->sig].pending, 0);
  return n > 0 ? (int)n : ntix__refuse(NTIX_EAGAIN, "ntix_signal_read");
}

long
ntix__signal_pending(int sig) {
  return share != NULL ? share->sig[sig].pending : 0;
}

/* ---- the poller's side ----------------------------------------------------
 */

int
ntix__signal_bind(int sig, HANDLE port, uint64_t serial) {
  NTSTATUS st;
  HANDLE dup;
  int rc = 0;

  RtlAcquireSRWLockExclusive(&sig_lock);
  if (local[sig].port != NULL) {
    if (local[sig].serial != serial)
      rc = ntix__refuse(NTIX_EBUSY, "ntix_poll_ctl");
  } else {
    st = NtDuplicateObject(NTIX__CURRENT_PROCESS, port, NTIX__CURRENT_PROCESS,
                           &dup, 0, 0, DUPLICATE_SAME_ACCESS);
    if (NT_SUCCESS(st)) {
      local[sig].port = dup;
      local[sig].serial = serial;
      share->sig[sig].port = (LONG64)(ULONG_PTR)dup;
    } else {
      rc = ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
    }
  }
  RtlReleaseSRWLockExclusive(&sig_lock);
  return rc;
}

void
ntix__signal_unbind(int sig, uint64_t serial) {
  RtlAcquireSRWLockExclusive(&sig_lock);
  if (share != NULL && local[sig].port != NULL && local[sig].serial == serial)
    slot_unbind(sig);
  RtlReleaseSRWLockExclusive(&sig_lock);
}

/* ---- sending ----------------------------------------------------------------
 */

/* 1 with the target's share mapped; 0 if it has none (not an ntix program
 * watching a signal); else the error, which ntix_kill reports rather than
 * ending a process that may be watching. */
static int
open_share(int pid, HANDLE *section, sigshare_t **view) {
  OBJECT_ATTRIBUTES oa;
  UNICODE_STRING us;
  WCHAR name[96];
  NTSTATUS st;

  share_name(pid, name, 96);
  RtlInitUnicodeString(&us, name);
  InitializeObjectAttributes(&oa, &us, 0, NULL, NULL);
  st = NtOpenSection(section, SECTION_MAP_READ | SECTION_MAP_WRITE, &oa);
  if (st == STATUS_OBJECT_NAME_NOT_FOUND || st == STATUS_OBJECT_PATH_NOT_FOUND)
    return 0;
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtOpenSection");
  if (!NT_SUCCESS(st = map_view(*section, view))) {
    NtClose(*section);
    return ntix__fail_nt((uint32_t)st, "NtMapViewOfSection");
  }
  return 1;
}

/* 1 if sig went to the process's signal descriptor, 0 if it does not
 * watch sig, or an error. */
int
ntix__signal_deliver(int pid, HANDLE process, int sig) {
  HANDLE section, port = NULL;
  sigshare_t *view;
  LONG64 value;
  NTSTATUS st = STATUS_SUCCESS;
  int done = 0;

  if ((done = open_share(pid, &section, &view)) <= 0)
    return done;
  done = 0;
  if (__atomic_load_n(&view->magic, __ATOMIC_ACQUIRE) == SHARE_MAGIC &&
      view->sig[sig].watching) {
    value = view->sig[sig].port;
    if (value != 0)
      st = NtDuplicateObject(process, (HANDLE)(ULONG_PTR)value,
                             NTIX__CURRENT_PROCESS, &port, PORT_POST_ACCESS, 0,
                             0);
    /* A port handle closed meanwhile (its poller let the descriptor go)
     * leaves nobody to wake: the arrival is only counted.  Any other
     * failure is the sender's, and nothing arrives: a counted signal no
     * poller hears of would be lost to a program waiting in one. */
    if (NT_SUCCESS(st) || st == STATUS_INVALID_HANDLE) {
      arrive(view, sig, NT_SUCCESS(st) ? port : NULL);
      done = 1;
    } else {
      done = ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
    }
    if (port != NULL)
      NtClose(port);
  }
  NtUnmapViewOfSection(NTIX__CURRENT_PROCESS, view);
  NtClose(section);
  return done;
}

int
ntix__signal_of(const ntix__fdent_t *e) {
  return ((const sigdesc_t *)e->ext)->sig;
}

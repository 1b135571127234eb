/* process.c (Windows): process descriptors.  Waiting is
 * NtWaitForSingleObject on the process handle and the exit code from
 * NtQueryInformationProcess; killing is a signal delivered to an ntix
 * program that watches it (signal.c) or NtTerminateProcess with the exit
 * code 0xE0000000 | signal, which wait reads back as "ended by that
 * signal".  For the poller, a process gets a job object at its first
 * registration, bound to the poller's completion port (NtCreateJobObject,
 * NtSetInformationJobObject, NtAssignProcessToJobObject), whose
 * exit-process message tells the poller that it ended.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

#define SIGNAL_EXIT_BASE 0xE0000000u
#define PROC_ACCESS                                                      \
  (PROCESS_TERMINATE | PROCESS_QUERY_LIMITED_INFORMATION | SYNCHRONIZE | \
   PROCESS_DUP_HANDLE)

struct ntix__proc {
  ntix__fdext_t ext;
  int pid;
  LONG waited;      /* proc_wait reported the end */
  RTL_SRWLOCK lock; /* guards the job binding */
  HANDLE job;       /* NULL until the first poller registration */
  uint64_t serial;  /* the poller the job is bound to */
};

static int
op_close(ntix__fdent_t *e) {
  ntix__proc_t *pr = e->ext;

  if (pr->job != NULL)
    NtClose(pr->job);
  free(pr);
  NtClose(e->handle);
  return 0;
}

/* A duplicate is a plain handle, as a dup of a pidfd is no process
 * descriptor on Linux. */
static const ntix__fdops_t proc_ops = {NULL, NULL, op_close, NULL, NULL};

int
ntix__proc_adopt(HANDLE process, int pid) {
  ntix__proc_t *pr = calloc(1, sizeof(*pr));
  int fd;

  if (pr == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
  pr->ext.ops = &proc_ops;
  pr->pid = pid;
  fd = ntix__fd_alloc(process, NTIX__K_PROCESS, 0, pr);
  if (fd < 0)
    free(pr);
  return fd;
}

/* The process behind pfd: 0, NTIX_EBADF or NTIX_EINVAL (refused). */
static int
get_proc(int pfd, ntix__fdent_t *e, const char *call) {
  int rc = ntix__fd_get(pfd, e, call);

  if (rc != 0)
    return rc;
  if (e->kind != NTIX__K_PROCESS || e->ext == NULL)
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

int
ntix__proc_ended(HANDLE h) {
  LARGE_INTEGER zero;

  zero.QuadPart = 0;
  return NtWaitForSingleObject(h, FALSE, &zero) == STATUS_SUCCESS;
}

/* ---- the status -------------------------------------------------------- */

/* Exceptions that a POSIX system reports as a signal. */
static int
exception_signal(uint32_t code) {
  switch (code) {
    case 0xC0000005: /* STATUS_ACCESS_VIOLATION */
    case 0xC00000FD: /* STATUS_STACK_OVERFLOW */
      return NTIX_SIGSEGV;
    case 0xC000001D: /* STATUS_ILLEGAL_INSTRUCTION */
    case 0xC0000096: /* STATUS_PRIVILEGED_INSTRUCTION */
      return NTIX_SIGILL;
    case 0xC0000409: /* STATUS_STACK_BUFFER_OVERRUN: fail-fast, abort */
      return NTIX_SIGABRT;
    case 0xC000013A: /* STATUS_CONTROL_C_EXIT */
      return NTIX_SIGINT;
    default:
      if (code >= 0xC000008C && code <= 0xC0000095) /* float, integer */
        return NTIX_SIGFPE;
      return 0;
  }
}

static void
decode(uint32_t code, ntix_proc_status_t *st) {
  memset(st, 0, sizeof(*st));
  st->native = code;
  st->how = NTIX_PROC_SIGNALED;
  if ((code & 0xFFFFFF00u) == SIGNAL_EXIT_BASE && (code & 0xFF) >= 1 &&
      (code & 0xFF) <= 64)
    st->signo = (int)(code & 0xFF);
  else if ((st->signo = exception_signal(code)) == 0) {
    st->how = NTIX_PROC_EXITED;
    st->code = (int)code;
  }
}

static int
exit_code(HANDLE h, uint32_t *code) {
  PROCESS_BASIC_INFORMATION pbi;
  NTSTATUS st;

  st = NtQueryInformationProcess(h, ProcessBasicInformation, &pbi, sizeof(pbi),
                                 NULL);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtQueryInformationProcess");
  *code = (uint32_t)pbi.ExitStatus;
  return 0;
}

int
ntix__b_proc_wait(int pfd, ntix_proc_status_t *st, int flags) {
  LARGE_INTEGER zero;
  ntix__fdent_t e;
  ntix__proc_t *pr;
  uint32_t code = 0;
  NTSTATUS s;
  int rc;

  if ((rc = get_proc(pfd, &e, "ntix_proc_wait")) != 0)
    return rc;
  if (flags & ~NTIX_WNOHANG)
    return ntix__refuse(NTIX_EINVAL, "ntix_proc_wait");
  pr = e.ext;
  if (__atomic_load_n(&pr->waited, __ATOMIC_ACQUIRE))
    return ntix__refuse(NTIX_ECHILD, "ntix_proc_wait");
  zero.QuadPart = 0;
  s = NtWaitForSingleObject(e.handle, FALSE,
                            (flags & NTIX_WNOHANG) ? &zero : NULL);
  if (s == STATUS_TIMEOUT)
    return 0;
  if (s != STATUS_SUCCESS)
    return ntix__fail_nt((uint32_t)s, "NtWaitForSingleObject");
  if ((rc = exit_code(e.handle, &code)) != 0)
    return rc;
  /* Two threads waiting together: one of them reports the end. */
  if (__atomic_exchange_n(&pr->waited, 1, __ATOMIC_ACQ_REL))
    return ntix__refuse(NTIX_ECHILD, "ntix_proc_wait");
  if (st != NULL)
    decode(code, st);
  return pr->pid;
}

/* ---- kill -------------------------------------------------------------- */

/* sig to the live process h (pid): an event for an ntix program that
 * watches it, else the end with the signal's exit code. */
static int
send_signal(HANDLE h, int pid, int sig, const char *call) {
  NTSTATUS st;
  int rc;

  if (ntix__proc_ended(h))
    return ntix__refuse(NTIX_ESRCH, call);
  if (sig == 0)
    return 0;
  if (sig != NTIX_SIGKILL && (rc = ntix__signal_deliver(pid, h, sig)) != 0)
    return rc < 0 ? rc : 0;
  st = NtTerminateProcess(h, (NTSTATUS)(SIGNAL_EXIT_BASE | (uint32_t)sig));
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtTerminateProcess");
  return 0;
}

int
ntix__b_proc_kill(int pfd, int sig) {
  ntix__fdent_t e;
  int rc;

  if ((rc = get_proc(pfd, &e, "ntix_proc_kill")) != 0)
    return rc;
  if ((rc = ntix__kill_check(sig, "ntix_proc_kill")) != 0)
    return rc;
  return send_signal(e.handle, ((ntix__proc_t *)e.ext)->pid, sig,
                     "ntix_proc_kill");
}

int
ntix__b_proc_pid(int pfd) {
  ntix__fdent_t e;
  int rc;

  if ((rc = get_proc(pfd, &e, "ntix_proc_pid")) != 0)
    return rc;
  return ((ntix__proc_t *)e.ext)->pid;
}

int
ntix__b_kill(int pid, int sig) {
  OBJECT_ATTRIBUTES oa;
  CLIENT_ID cid;
  HANDLE h;
  NTSTATUS st;
  int rc;

  if (pid <= 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_kill");
  if ((rc = ntix__kill_check(sig, "ntix_kill")) != 0)
    return rc;
  InitializeObjectAttributes(&oa, NULL, 0, NULL, NULL);
  cid.UniqueProcess = (HANDLE)(ULONG_PTR)pid;
  cid.UniqueThread = NULL;
  st = NtOpenProcess(&h, PROC_ACCESS, &oa, &cid);
  if (st == STATUS_ACCESS_DENIED)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EPERM,
                      "NtOpenProcess");
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtOpenProcess");
  rc = send_signal(h, pid, sig, "ntix_kill");
  NtClose(h);
  return rc;
}

/* ---- the job that tells a poller of the end ---------------------------- */

static NTSTATUS
job_create(HANDLE port, HANDLE *out) {
  JOBOBJECT_ASSOCIATE_COMPLETION_PORT acp;
  JOBOBJECT_EXTENDED_LIMIT_INFORMATION li;
  NTSTATUS st;

  st = NtCreateJobObject(out, JOB_OBJECT_ALL_ACCESS, NULL);
  if (!NT_SUCCESS(st))
    return st;
  acp.CompletionKey = NTIX__KEY_PROC;
  acp.CompletionPort = port;
  /* The child's own children leave the job silently: only its exit is
   * reported, and a job never limits what the child starts. */
  memset(&li, 0, sizeof(li));
  li.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_SILENT_BREAKAWAY_OK;
  st = NtSetInformationJobObject(*out, JobObjectExtendedLimitInformation, &li,
                                 sizeof(li));
  if (NT_SUCCESS(st))
    st = NtSetInformationJobObject(
        *out, JobObjectAssociateCompletionPortInformation, &acp, sizeof(acp));
  if (!NT_SUCCESS(st))
    NtClose(*out);
  return st;
}

/* An ended process cannot join a job; the poller sees it ended anyway. */
int
ntix__proc_bind(const ntix__fdent_t *e, HANDLE port, uint64_t serial) {
  ntix__proc_t *pr = e->ext;
  NTSTATUS st = STATUS_SUCCESS;
  HANDLE job;
  int rc = 0;

  RtlAcquireSRWLockExclusive(&pr->lock);
  if (pr->job != NULL) {
    if (pr->serial != serial)
      rc = ntix__refuse(NTIX_EBUSY, "ntix_poll_ctl");
  } else if (!ntix__proc_ended(e->handle)) {
    st = job_create(port, &job);
    if (NT_SUCCESS(st)) {
      st = NtAssignProcessToJobObject(job, e->handle);
      if (NT_SUCCESS(st) || ntix__proc_ended(e->handle)) {
        pr->job = job;
        pr->serial = serial;
        st = STATUS_SUCCESS;
      } else {
        NtClose(job);
      }
    }
    if (!NT_SUCCESS(st))
      rc = ntix__fail_nt((uint32_t)st, "NtAssignProcessToJobObject");
  }
  RtlReleaseSRWLockExclusive(&pr->lock);
  return rc;
}

int
ntix__proc_pid_of(const ntix__fdent_t *e) {
  return ((const ntix__proc_t *)e->ext)->pid;
}

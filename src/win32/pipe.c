/* pipe.c (Windows): ntix__b_pipe and the read/write paths of pipe
 * descriptors, on the named pipe file system: NtCreateNamedPipeFile for
 * the read end, NtCreateFile for the write end, NtReadFile/NtWriteFile on
 * overlapped handles waited for with pooled events, NtCancelIoFileEx for
 * non-blocking reads and FilePipeInformation for non-blocking writes (at
 * creation, or later through ntix__pipe_set_nonblock).
 *
 * Both ends are overlapped (no FILE_SYNCHRONOUS_IO_*) and the read end
 * stays in FILE_PIPE_QUEUE_OPERATION mode, so that a poller can keep a
 * zero-byte overlapped read pending on it to learn readability.  Blocking
 * calls wait for their own request, so they behave as synchronous I/O.
 */
#include "win32-int.h"

#include <stdatomic.h>
#include <string.h>

/* Both directions' buffer quota.  Any quota >= NTIX_PIPE_BUF keeps writes
 * of NTIX_PIPE_BUF bytes whole; 64 KiB is Linux's default pipe size. */
#define PIPE_QUOTA 65536

/* ------------------------------------------------------------------------
 * Waiting for overlapped requests
 * ------------------------------------------------------------------------ */

/* Auto-reset events for waiting, shared by all threads: a blocking call
 * takes one, a thread-local event would leak at thread exit.  The pool
 * only bounds how many stay cached; more are created under contention. */
#define EVENT_POOL_SIZE 16
static _Atomic(HANDLE) event_pool[EVENT_POOL_SIZE];

static NTSTATUS
event_take(HANDLE *out) {
  size_t i;

  for (i = 0; i < EVENT_POOL_SIZE; i++)
    if ((*out = atomic_exchange(&event_pool[i], NULL)) != NULL)
      return STATUS_SUCCESS;
  return NtCreateEvent(out, EVENT_ALL_ACCESS, NULL, NtixSynchronizationEvent,
                       FALSE);
}

static void
event_give(HANDLE ev) {
  HANDLE empty;
  size_t i;

  for (i = 0; i < EVENT_POOL_SIZE; i++) {
    empty = NULL;
    if (atomic_compare_exchange_strong(&event_pool[i], &empty, ev))
      return;
  }
  NtClose(ev);
}

/* The request owns iosb and the caller's buffer until it completes, so
 * this never returns before that, even if waiting fails. */
static void
await_io(HANDLE ev, IO_STATUS_BLOCK *iosb) {
  volatile NTSTATUS *status = (volatile NTSTATUS *)&iosb->Status;
  LARGE_INTEGER ms;

  if (NtWaitForSingleObject(ev, FALSE, NULL) == STATUS_SUCCESS)
    return;
  ms.QuadPart = -10000;
  while (*status == STATUS_PENDING) NtDelayExecution(FALSE, &ms);
}

typedef struct io_result {
  NTSTATUS status;
  ULONG_PTR count;
  const char *call; /* the NT call the status came from */
} io_result_t;

/* One NtReadFile or NtWriteFile.  A request that pends is waited for, or,
 * with cancel set, cancelled first: it then ends with STATUS_CANCELLED, or
 * with its real result if it completed meanwhile, so no data is lost.
 * ApcContext stays NULL so that no completion packet is queued even when
 * a poller has bound the handle to a completion port. */
static io_result_t
pipe_io(HANDLE h, int write, void *buf, ULONG len, int cancel) {
  io_result_t r = {STATUS_SUCCESS, 0, write ? "NtWriteFile" : "NtReadFile"};
  IO_STATUS_BLOCK iosb, cancel_iosb;
  HANDLE ev;

  if ((r.status = event_take(&ev)) != STATUS_SUCCESS) {
    r.call = "NtCreateEvent";
    return r;
  }
  iosb.Status = STATUS_PENDING;
  iosb.Information = 0;
  if (write)
    r.status = NtWriteFile(h, ev, NULL, NULL, &iosb, buf, len, NULL, NULL);
  else
    r.status = NtReadFile(h, ev, NULL, NULL, &iosb, buf, len, NULL, NULL);
  if (r.status == STATUS_PENDING) {
    /* STATUS_NOT_FOUND from the cancel only means it already completed. */
    if (cancel)
      NtCancelIoFileEx(h, &iosb, &cancel_iosb);
    await_io(ev, &iosb);
    r.status = iosb.Status;
  }
  /* A request that failed at once never wrote iosb. */
  r.count = NT_SUCCESS(r.status) || r.status == STATUS_CANCELLED
                ? iosb.Information
                : 0;
  event_give(ev);
  return r;
}

/* ------------------------------------------------------------------------
 * Reading and writing (called by ntix__b_read/ntix__b_write for NTIX__K_PIPE)
 * ------------------------------------------------------------------------ */

/* The writer is gone: STATUS_PIPE_BROKEN, or END_OF_FILE on some paths. */
static int
is_eof(NTSTATUS st) {
  return st == STATUS_PIPE_BROKEN || st == STATUS_END_OF_FILE;
}

/* Non-blocking reads keep the queue mode (see the header comment): the
 * read is issued and, if it pends because the pipe is empty, cancelled.
 * STATUS_PIPE_EMPTY comes from adopted handles in complete-operation
 * mode. */
int64_t
ntix__pipe_read(const ntix__fdent_t *e, void *buf, size_t len) {
  int nonblock = (e->flags & NTIX__F_NONBLOCK) != 0;
  io_result_t r;

  if (!(e->flags & NTIX__F_READ))
    return ntix__refuse(NTIX_EBADF, "ntix_read");
  /* A zero-byte read on NT waits for data (the poller's readiness probe);
   * read(2) returns 0 at once. */
  if (len == 0)
    return 0;
  for (;;) {
    r = pipe_io(e->handle, 0, buf, (ULONG)ntix__clamp_len(len), nonblock);
    if (NT_SUCCESS(r.status) && r.count > 0)
      return (int64_t)r.count;
    if (is_eof(r.status))
      return 0;
    if (r.status == STATUS_CANCELLED && r.count > 0)
      return (int64_t)r.count;
    if (r.status == STATUS_CANCELLED || r.status == STATUS_PIPE_EMPTY ||
        (NT_SUCCESS(r.status) && nonblock))
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)r.status, NTIX_EAGAIN,
                        r.call);
    /* Success with no byte: another program wrote an empty message.  It is
     * not the end of the pipe, so wait for real data. */
    if (!NT_SUCCESS(r.status))
      return ntix__fail_nt((uint32_t)r.status, r.call);
  }
}

/* The reader is gone: PIPE_CLOSING for a write issued after the close,
 * PIPE_BROKEN for one pending when it happened. */
static int
fail_write(io_result_t r) {
  if (r.status == STATUS_PIPE_CLOSING || r.status == STATUS_PIPE_BROKEN)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)r.status, NTIX_EPIPE,
                      r.call);
  return ntix__fail_nt((uint32_t)r.status, r.call);
}

/* The write end of a non-blocking pipe is in complete-operation mode: a
 * write that does not fit returns at once.  NPFS first fills reads that
 * are waiting, then buffers the rest only if all of it fits in the free
 * quota, else nothing (the count is what the waiting reads took, often 0;
 * ReactOS's NpCommonWrite); Wine is all or nothing.  So a request larger
 * than the free space is retried with smaller pieces down to
 * NTIX_PIPE_BUF, letting a big write make progress as on Linux.  Reads
 * wait only on an empty pipe, whose whole quota is free, so a piece (at
 * most PIPE_QUOTA bytes) is never cut: writes of up to NTIX_PIPE_BUF
 * bytes are whole or NTIX_EAGAIN on Windows and Wine alike. */
static int64_t
write_nonblock(HANDLE h, const void *buf, size_t len) {
  ULONG chunk = len > PIPE_QUOTA ? PIPE_QUOTA : (ULONG)len;
  io_result_t r;

  for (;;) {
    r = pipe_io(h, 1, (void *)buf, chunk, 1);
    if ((NT_SUCCESS(r.status) || r.status == STATUS_CANCELLED) && r.count > 0)
      return (int64_t)r.count;
    if (!NT_SUCCESS(r.status) && r.status != STATUS_CANCELLED)
      return fail_write(r);
    if (chunk <= NTIX_PIPE_BUF)
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)r.status, NTIX_EAGAIN,
                        r.call);
    chunk = chunk / 2 > NTIX_PIPE_BUF ? chunk / 2 : NTIX_PIPE_BUF;
  }
}

/* A blocking write in queue mode completes when all of it is in the pipe
 * (or read), so the count is the whole request.  Each request enters the
 * pipe as one piece, so concurrent writers never interleave. */
int64_t
ntix__pipe_write(const ntix__fdent_t *e, const void *buf, size_t len) {
  io_result_t r;

  if (!(e->flags & NTIX__F_WRITE))
    return ntix__refuse(NTIX_EBADF, "ntix_write");
  /* Linux returns 0 for an empty write without looking at the reader; on
   * NT a zero-byte write could reach a reader as an empty message. */
  if (len == 0)
    return 0;
  len = ntix__clamp_len(len);
  if (e->flags & NTIX__F_NONBLOCK)
    return write_nonblock(e->handle, buf, len);
  r = pipe_io(e->handle, 1, (void *)buf, (ULONG)len, 0);
  if (!NT_SUCCESS(r.status))
    return fail_write(r);
  return (int64_t)r.count;
}

/* The descriptor operations of pipes made by ntix__b_pipe: ntix__b_read and
 * ntix__b_write come here instead of the synchronous file path.  The state is
 * all in the handle, so one shared ext serves every pipe descriptor and
 * its duplicates, and closing needs nothing but NtClose. */
static int64_t
op_read(int fd, const ntix__fdent_t *e, void *buf, size_t len) {
  (void)fd;
  return ntix__pipe_read(e, buf, len);
}

static int64_t
op_write(int fd, const ntix__fdent_t *e, const void *buf, size_t len) {
  (void)fd;
  return ntix__pipe_write(e, buf, len);
}

static void *
op_dup(const ntix__fdent_t *e, HANDLE newh) {
  (void)newh;
  return e->ext;
}

static const ntix__fdops_t pipe_ops = {op_read, op_write, NULL, op_dup, NULL};
static ntix__fdext_t pipe_ext = {&pipe_ops};

/* ------------------------------------------------------------------------
 * Creating a pipe
 * ------------------------------------------------------------------------ */

/* \Device\NamedPipe\ opened once, for creating unnamed pipes relative to
 * it; the first thread to open it wins, the others close theirs. */
static _Atomic(HANDLE) npfs_dir;

static HANDLE
pipe_device(void) {
  static const WCHAR path[] = L"\\Device\\NamedPipe\\";
  UNICODE_STRING us = {sizeof(path) - sizeof(WCHAR), sizeof(path), (PWSTR)path};
  HANDLE h = atomic_load(&npfs_dir), none = NULL;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;

  if (h != NULL)
    return h;
  InitializeObjectAttributes(&oa, &us, OBJ_CASE_INSENSITIVE, NULL, NULL);
  if (!NT_SUCCESS(NtOpenFile(&h, GENERIC_READ | SYNCHRONIZE, &oa, &iosb,
                             FILE_SHARE_READ | FILE_SHARE_WRITE,
                             FILE_SYNCHRONOUS_IO_NONALERT)))
    return NULL;
  if (!atomic_compare_exchange_strong(&npfs_dir, &none, h)) {
    NtClose(h);
    h = none;
  }
  return h;
}

/* A name for the fallback: the process id and a counter make it unique
 * among pipes of this machine that ntix creates. */
static void
unique_name(WCHAR *out, size_t cap) {
  static atomic_uint counter;
  static const WCHAR prefix[] = L"\\Device\\NamedPipe\\ntix-pipe-";
  uint64_t id = ((uint64_t)(uint32_t)ntix__b_getpid() << 32) |
                atomic_fetch_add(&counter, 1);
  size_t n = NTIX__ARRAY_SIZE(prefix) - 1;
  int shift;

  memcpy(out, prefix, n * sizeof(WCHAR));
  for (shift = 60; shift >= 0 && n + 1 < cap; shift -= 4)
    out[n++] = L"0123456789abcdef"[(id >> shift) & 15];
  out[n] = 0;
}

/* The read end, as the server of a one-instance byte-stream pipe.  With
 * root set the name is empty (an unnamed pipe, as CreatePipe makes since
 * Windows 10); otherwise name is a unique full path. */
static NTSTATUS
create_server(HANDLE *out, HANDLE root, const WCHAR *name, ULONG attr) {
  UNICODE_STRING us = {0, 0, NULL};
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER timeout;

  if (name != NULL)
    RtlInitUnicodeString(&us, name);
  InitializeObjectAttributes(&oa, &us, attr, root, NULL);
  timeout.QuadPart = INT64_C(-1200000000); /* 120 s, as CreatePipe uses */
  return NtCreateNamedPipeFile(
      out, GENERIC_READ | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE, &oa, &iosb,
      FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_CREATE, 0,
      FILE_PIPE_BYTE_STREAM_TYPE, FILE_PIPE_BYTE_STREAM_MODE,
      FILE_PIPE_QUEUE_OPERATION, 1, PIPE_QUOTA, PIPE_QUOTA, &timeout);
}

/* The write end, as the client: an empty name relative to the server, or
 * the server's full name. */
static NTSTATUS
open_client(HANDLE *out, HANDLE server, const WCHAR *name, ULONG attr) {
  UNICODE_STRING us = {0, 0, NULL};
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;

  if (name != NULL)
    RtlInitUnicodeString(&us, name);
  InitializeObjectAttributes(&oa, &us, attr, name != NULL ? NULL : server,
                             NULL);
  return NtCreateFile(out, GENERIC_WRITE | FILE_READ_ATTRIBUTES | SYNCHRONIZE,
                      &oa, &iosb, NULL, 0, FILE_SHARE_READ | FILE_SHARE_WRITE,
                      FILE_OPEN, FILE_NON_DIRECTORY_FILE, NULL, 0);
}

static NTSTATUS
connect_pair(HANDLE r, const WCHAR *name, ULONG attr, HANDLE *w) {
  NTSTATUS st = open_client(w, r, name, attr);

  if (!NT_SUCCESS(st))
    NtClose(r);
  return st;
}

/* An unnamed pipe first: no name another process could open.  Windows
 * before 10 rejects the empty name; a unique name then serves, created
 * with FILE_CREATE and one instance so nobody can pre-create it, and a
 * stranger who connects first makes our client open fail instead of
 * getting our data. */
static int
create_pair(HANDLE *r, HANDLE *w, ULONG attr) {
  HANDLE dir = pipe_device();
  WCHAR name[64];
  NTSTATUS st = STATUS_OBJECT_NAME_INVALID;

  if (dir != NULL && NT_SUCCESS(st = create_server(r, dir, NULL, attr)))
    st = connect_pair(*r, NULL, attr, w);
  if (NT_SUCCESS(st))
    return 0;
  unique_name(name, NTIX__ARRAY_SIZE(name));
  st = create_server(r, NULL, name, attr);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtCreateNamedPipeFile");
  st = connect_pair(*r, name, attr, w);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtCreateFile");
  return 0;
}

/* Complete-operation mode for the write end of a non-blocking pipe. */
static int
set_write_nonblock(HANDLE w) {
  ntix__file_pipe_info_t info = {FILE_PIPE_BYTE_STREAM_MODE,
                                 FILE_PIPE_COMPLETE_OPERATION};
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st = NtSetInformationFile(w, &iosb, &info, sizeof(info), FilePipeInformation);
  return NT_SUCCESS(st) ? 0
                        : ntix__fail_nt((uint32_t)st, "NtSetInformationFile");
}

int
ntix__pipe_set_nonblock(const ntix__fdent_t *e, int on) {
  ntix__file_pipe_info_t info;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  /* An ntix read end stays in queue mode: the poller keeps a zero-byte
   * read pending on it, and non-blocking reads cancel their own. */
  if (e->ext == &pipe_ext && (e->flags & NTIX__F_READ))
    return 0;
  st = NtQueryInformationFile(e->handle, &iosb, &info, sizeof(info),
                              FilePipeInformation);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtQueryInformationFile");
  info.CompletionMode =
      on ? FILE_PIPE_COMPLETE_OPERATION : FILE_PIPE_QUEUE_OPERATION;
  st = NtSetInformationFile(e->handle, &iosb, &info, sizeof(info),
                            FilePipeInformation);
  return NT_SUCCESS(st) ? 0
                        : ntix__fail_nt((uint32_t)st, "NtSetInformationFile");
}

static int
install_pair(HANDLE r, HANDLE w, uint32_t common, int fds[2]) {
  ntix__fdent_t ent;
  int fr, fw;

  fr = ntix__fd_alloc(r, NTIX__K_PIPE, NTIX__F_READ | common, &pipe_ext);
  if (fr < 0) {
    NtClose(r);
    NtClose(w);
    return fr;
  }
  fw = ntix__fd_alloc(w, NTIX__K_PIPE, NTIX__F_WRITE | common, &pipe_ext);
  if (fw < 0) {
    if (ntix__fd_release(fr, &ent, "ntix_pipe") == 0)
      NtClose(ent.handle);
    NtClose(w);
    return fw;
  }
  fds[0] = fr;
  fds[1] = fw;
  return 0;
}

int
ntix__b_pipe(int fds[2], int flags) {
  uint32_t common = 0;
  ULONG attr = OBJ_CASE_INSENSITIVE;
  HANDLE r, w;
  int rc;

  if (fds == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_pipe");
  if ((flags & ~(NTIX_O_NONBLOCK | NTIX_O_INHERIT)) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_pipe");
  if (flags & NTIX_O_INHERIT) {
    attr |= OBJ_INHERIT;
    common |= NTIX__F_INHERIT;
  }
  if ((rc = create_pair(&r, &w, attr)) < 0)
    return rc;
  if (flags & NTIX_O_NONBLOCK) {
    common |= NTIX__F_NONBLOCK;
    if ((rc = set_write_nonblock(w)) < 0) {
      NtClose(r);
      NtClose(w);
      return rc;
    }
  }
  return install_pair(r, w, common, fds);
}

/* win32-int.h: what the Windows backend's files share: the descriptor
 * table and path conversion.  Includes nt.h (our own NT declarations).
 */
#ifndef NTIX_WIN32_INT_H
#define NTIX_WIN32_INT_H

#include "ntix-int.h"
#include "nt.h"

/* What a descriptor refers to. */
typedef enum ntix__kind {
  NTIX__K_FREE = 0,
  NTIX__K_FILE,    /* regular file or device opened with NtCreateFile */
  NTIX__K_DIR,     /* directory */
  NTIX__K_PIPE,    /* either end of a pipe */
  NTIX__K_SOCKET,  /* AFD socket */
  NTIX__K_POLLER,  /* ntix poller */
  NTIX__K_CONSOLE, /* console handle */
  NTIX__K_OTHER,   /* adopted handle of unknown kind */
  NTIX__K_PROCESS, /* process descriptor (process.c) */
  NTIX__K_SIGNAL,  /* signal descriptor (signal.c) */
  NTIX__K_WATCH    /* directory watch (watch.c) */
} ntix__kind_t;

/* Descriptor flags. */
#define NTIX__F_READ 0x0001     /* opened for reading */
#define NTIX__F_WRITE 0x0002    /* opened for writing */
#define NTIX__F_APPEND 0x0004   /* every write goes to the end */
#define NTIX__F_NONBLOCK 0x0008 /* non-blocking (pipes, sockets) */
#define NTIX__F_INHERIT 0x0010  /* handle is inheritable */
#define NTIX__F_SYNC 0x0020     /* handle opened FILE_SYNCHRONOUS_IO_* */

typedef struct ntix__fdent {
  HANDLE handle;
  ntix__kind_t kind;
  uint32_t flags;
  void *ext; /* per-kind state owned by the entry (pipe buffers, ...) */
  /* The open file this descriptor refers to, as POSIX's open file
   * description: ntix__fd_alloc gives a new value, duplicates keep it, so
   * that NTIX__F_NONBLOCK changes on all of them together (fd.c). */
  uint32_t share;
} ntix__fdent_t;

/* Descriptors whose I/O is not plain NtReadFile/NtWriteFile on their
 * handle (overlapped pipe ends with an owned buffer, sockets) set ext to a
 * structure that starts with ntix__fdext_t; ntix__b_read, ntix__b_write,
 * ntix__b_close and ntix__b_dup then call its operations.  A NULL operation, or
 * a NULL ext, means the generic code in file.c and fd.c.  The copy that
 * ntix__fd_get returns shares ext with the table, and a close of the
 * descriptor by another thread (which POSIX allows) may free it
 * meanwhile: what keeps using a socket's ext takes a reference
 * (ntix__fd_get_held), dup and poll_ctl look fd up under the lock that
 * the close waits for. */
typedef struct ntix__fdops {
  int64_t (*read)(int fd, const ntix__fdent_t *e, void *buf, size_t len);
  int64_t (*write)(int fd, const ntix__fdent_t *e, const void *buf, size_t len);
  /* After ntix__fd_release: frees ext and closes the handle; 0 or NTIX_E*.
   * NULL: fd.c closes the handle and frees nothing. */
  int (*close)(ntix__fdent_t *e);
  /* ntix__b_dup: the ext for a duplicate whose handle is newh (NULL for
   * none).  NULL: the duplicate gets no ext. */
  void *(*dup)(const ntix__fdent_t *e, HANDLE newh);
  /* ntix__b_dup: makes the duplicate's handle itself (0 or NTIX_E*), for
   * kinds whose handles a plain NtDuplicateObject does not serve (Winsock
   * refuses a socket handle it did not hand out).  NULL: NtDuplicateObject. */
  int (*dup_handle)(const ntix__fdent_t *e, HANDLE *out);
} ntix__fdops_t;

typedef struct ntix__fdext {
  const ntix__fdops_t *ops;
} ntix__fdext_t;

static inline const ntix__fdops_t *
ntix__fd_ops(const ntix__fdent_t *e) {
  return e->ext != NULL ? ((const ntix__fdext_t *)e->ext)->ops : NULL;
}

/* Installs handle in the lowest free slot; returns the descriptor or
 * NTIX_EMFILE (refused, handle not closed). */
int ntix__fd_alloc(HANDLE handle, ntix__kind_t kind, uint32_t flags, void *ext);

/* Copies fd's entry into *out: 0, or NTIX_EBADF recorded as refused by
 * call when fd is negative, out of the table or free. */
int ntix__fd_get(int fd, ntix__fdent_t *out, const char *call);

/* As ntix__fd_get, and a socket's ext (see ntix__sockext_t) gets a
 * reference of the caller's, taken under the table's lock while the slot
 * still holds its own, so that a close of fd meanwhile cannot free it;
 * the caller gives it back with ntix__sockext_put when out is a socket
 * (other kinds get no reference). */
int ntix__fd_get_held(int fd, ntix__fdent_t *out, const char *call);

/* Updates the flags of an open descriptor (set, then clear).  Never for
 * NTIX__F_NONBLOCK or NTIX__F_INHERIT: ntix__b_fd_set_nonblock and
 * ntix__b_fd_set_inherit change them together with the handle's mode. */
int ntix__fd_set_flags(int fd, uint32_t set, uint32_t clear);

/* Removes fd from the table and returns its entry for the caller to
 * close: 0 or NTIX_EBADF (refused). */
int ntix__fd_release(int fd, ntix__fdent_t *out, const char *call);

/* Converts a UTF-8 path to an NT path ("\??\C:\dir\name") in *out, which
 * the caller frees with ntix__path_free.  Accepts / and \, relative paths
 * (against the current directory), drive-relative "C:x", UNC "//srv/share"
 * and "\\?\" forms.  0 or a refused NTIX_EFAULT / NTIX_ENOENT (empty) /
 * NTIX_EILSEQ / NTIX_ENAMETOOLONG. */
int ntix__path_to_nt(const char *path, UNICODE_STRING *out, const char *call);
void ntix__path_free(UNICODE_STRING *us);

/* 1 if the last component of path (UTF-8, trailing separators ignored)
 * is ".", 2 if it is "..", else 0: POSIX refuses to remove, create or
 * rename such a name, which NT paths resolve away. */
int ntix__path_last_dots(const char *path);

/* 1 if the NT path nt is a volume or share root ("\??\C:\",
 * "\??\UNC\srv\share\"), as ntix__path_to_nt writes them. */
int ntix__path_is_root(const UNICODE_STRING *nt);

/* Records and returns the error for a failed NtCreateFile/NtOpenFile of
 * the NT path nt: a missing parent is NTIX_ENOENT, but NT says the same
 * when a parent is a file, so the parents are probed and NTIX_ENOTDIR is
 * returned for that case (native status kept). */
int ntix__fail_open(NTSTATUS st, const UNICODE_STRING *nt, const char *call);

/* file.c helpers shared with stat.c and unlink.c: NtCreateFile with
 * every share mode and synchronous I/O; whether a reparse tag is a link;
 * the "name/" rule (EISDIR / ENOTDIR / ENOENT). */
NTSTATUS ntix__nt_create(HANDLE *h,
                         const UNICODE_STRING *nt,
                         ACCESS_MASK access,
                         ULONG attrs,
                         ULONG disposition,
                         ULONG options,
                         ULONG objattr,
                         ULONG_PTR *info);
int ntix__is_link_tag(ULONG tag);
/* NtQueryInformationFile (set 0) or NtSetInformationFile (set 1): 0, or
 * the failure recorded under that call's name. */
/* file.c: a handle's file position, its change, and the restore after a
 * positional transfer (tried twice: the bytes cannot be taken back). */
int ntix__file_pos_get(HANDLE h, int64_t *pos);
int ntix__file_pos_set(HANDLE h, int64_t pos);
int ntix__file_pos_restore(HANDLE h, int64_t pos);
int ntix__file_info(
    HANDLE h, void *info, ULONG len, FILE_INFORMATION_CLASS cls, int set);
int ntix__open_trailing_slash(const UNICODE_STRING *nt, int flags);

/* 1 if a directory entry's name is one unlink's emulation gave a file it
 * moved aside (such entries are not listed). */
int ntix__is_aside_name(const WCHAR *name, size_t len);

/* Deletes what it can of such entries in the directory nt: STATUS_SUCCESS
 * if nothing else is in it, STATUS_DIRECTORY_NOT_EMPTY, or the failure of
 * reading it (dir.c). */
NTSTATUS ntix__dir_purge_aside(const UNICODE_STRING *nt);

/* How a handle is classified: FileFsDeviceInformation says disk, named
 * pipe, console, ...; FileStandardInformation says directory. */
ntix__kind_t ntix__classify_handle(HANDLE h);

/* NTIX__F_READ / NTIX__F_WRITE from the access the handle was granted
 * (NtQueryObject), NTIX__F_SYNC from FileModeInformation; fallback
 * READ|WRITE when NT does not say. */
uint32_t ntix__handle_flags(HANDLE h);

/* ---- pipe.c: the read/write paths of NTIX__K_PIPE descriptors --------- */

/* ntix__b_read / ntix__b_write on a pipe descriptor, after the generic argument
 * and descriptor checks: len already checked against buf (it may exceed
 * NTIX_IO_MAX, it is clamped here).  NTIX_EBADF if e lacks NTIX__F_READ /
 * NTIX__F_WRITE; 0 at once for len 0; read: 0 once the writer closed,
 * NTIX_EAGAIN when non-blocking and empty; write: NTIX_EPIPE when the
 * reader closed, NTIX_EAGAIN or a short count when non-blocking and full.
 * ntix__b_pipe installs them as its descriptors' ntix__fdops_t read/write.
 * The handles are overlapped: never call NtReadFile/NtWriteFile on them
 * without an event. */
int64_t ntix__pipe_read(const ntix__fdent_t *e, void *buf, size_t len);
int64_t ntix__pipe_write(const ntix__fdent_t *e, const void *buf, size_t len);

/* ntix_fd_set_nonblock on a pipe descriptor, called with the table's lock
 * held: the write end of an ntix pipe, and any adopted pipe handle, switch
 * their completion mode (FilePipeInformation, read mode kept); the read end
 * of an ntix pipe keeps queue mode for the poller and is non-blocking by
 * its flag alone.  0 or the failure (recorded). */
int ntix__pipe_set_nonblock(const ntix__fdent_t *e, int on);

/* ---- perm.c: descriptors the metadata calls accept -------------------- */

/* Copies fd's entry into *e: 0, NTIX_EBADF, or NTIX_EINVAL (refused by
 * call) for a pipe, socket or poller, which fchmod, futimens and fstatfs
 * refuse on both OSes. */
int ntix__fd_meta_kind(int fd, ntix__fdent_t *e, const char *call);

/* ---- socket*.c/afd.c: socket descriptors ------------------------------- */

/* An NTIX__K_SOCKET descriptor holds the SOCKET (a HANDLE to an AFD
 * endpoint) in handle, NTIX__F_READ|NTIX__F_WRITE, NTIX__F_NONBLOCK when
 * non-blocking, and an ext whose close operation calls closesocket. */

/* The ext of a socket descriptor, one per AFD endpoint: shared by the
 * socket's duplicates (refs counts them and the poller registrations that
 * point to it).  The fields after refs belong to poll-share.c, under its
 * lock: which registration's IOCTL_AFD_POLL is outstanding on the
 * endpoint, the registrations of every poller that watch it, and the
 * zero-timeout probes in progress. */
struct reg;
typedef struct ntix__sockext {
  ntix__fdext_t ext; /* first: the descriptor table's view */
  LONG refs;
  struct reg *holder;
  struct reg *regs;
  int probes;
} ntix__sockext_t;

/* A reference to e's socket ext (NULL if e is not a socket), and its
 * release. */
ntix__sockext_t *ntix__sockext_get(const ntix__fdent_t *e);
void ntix__sockext_put(ntix__sockext_t *sx);

/* poll-share.c: a zero-timeout AFD poll of sx's endpoint (afd.c, and
 * MSG_DONTWAIT in socket-io.c) runs between these, so that no poller's
 * poll of the endpoint is outstanding meanwhile. */
void ntix__share_probe_begin(ntix__sockext_t *sx);
void ntix__share_probe_end(ntix__sockext_t *sx);

/* ntix__b_fd_from_native: 1 if Winsock knows h as a socket (its
 * getsockopt(SO_TYPE) succeeds, as wepoll validates), with *flags (which
 * keeps NTIX__F_INHERIT) and *ext set for a socket descriptor; else 0. */
int ntix__socket_adopt(HANDLE h, uint32_t *flags, void **ext);

/* The base provider's handle behind e's socket (SIO_BASE_HANDLE), the one
 * IOCTL_AFD_POLL needs when layered providers wrap the socket; e's own
 * handle when the query fails.  NULL if e is not a socket. */
HANDLE ntix__socket_base(const ntix__fdent_t *e);

/* ---- fd.c/poll.c: dropping poller registrations on close --------------- */

/* Set by poll.c when the first poller is created.  ntix__b_close calls it for
 * a socket or pipe descriptor after freeing the slot and before closing
 * the handle, so that pollers drop the descriptor's registrations and
 * cancel their pending I/O while the handle is still valid. */
typedef void (*ntix__close_hook_t)(int fd, const ntix__fdent_t *e);
extern ntix__close_hook_t ntix__close_hook;

/* Descriptor flags of sockets, cached at creation so that no call needs to
 * ask Winsock: KNOWN says the other two are valid (an adopted socket lacks
 * it), INET6 and DGRAM give the family and type.  REUSE is the neutral
 * NTIX_SO_REUSEADDR, which Windows has no option for (see
 * socket-bind.c). */
#define NTIX__F_SOCK_KNOWN 0x0100
#define NTIX__F_SOCK_INET6 0x0200
#define NTIX__F_SOCK_DGRAM 0x0400
#define NTIX__F_SOCK_REUSE 0x0800
/* The pending error was read through NTIX_SO_ERROR (Winsock keeps
 * reporting it; Linux clears it). */
#define NTIX__F_SOCK_ERRSEEN 0x1000

/* afd.c: bind and listen as AFD device controls on the socket handle
 * (overlapped: waited for with an event).  The NTSTATUS is returned raw;
 * the caller maps it.  ntix__afd_bind takes the address in Winsock's
 * sockaddr layout and share, an NTIX__AFD_SHARE_* value. */
NTSTATUS ntix__afd_bind(HANDLE s, ULONG share, const void *sa, ULONG salen);
NTSTATUS ntix__afd_listen(HANDLE s, ULONG backlog);
/* The AFD_POLL_* events of want that e's socket has now: one
 * zero-timeout IOCTL_AFD_POLL, run as a probe (no poller's poll of the
 * endpoint outstanding meanwhile, poll-share.c); 0 if none or if AFD
 * refuses.  The caller holds a reference to e's ext (ntix__socket_hold). */
uint32_t ntix__afd_events_now(const ntix__fdent_t *e, uint32_t want);
/* 1 if AFD says the connection was reset (AFD_POLL_ABORT), else 0. */
int ntix__afd_was_reset(const ntix__fdent_t *e);

/* One past the highest user address (mem.c): the end of the ranges
 * ntix__check_range accepts. */
uintptr_t ntix__user_end(void);

/* The current directory as RtlGetCurrentDirectory_U gives it, in a buffer
 * the caller frees, its length in units in *n; NULL if out of memory
 * (cwd.c). */
uint16_t *ntix__cwd_get(size_t *n);

/* ---- processes and signals (process.c, signal.c, poll-proc.c) ----------
 * Completion keys of the packets they post to a poller's port: a job's
 * messages (Information the message, ApcContext the pid) and signals
 * (ApcContext the signal number). */
#define NTIX__KEY_PROC ((PVOID)(ULONG_PTR)0x9C0C)
#define NTIX__KEY_SIGNAL ((PVOID)(ULONG_PTR)0x5167)

/* A process descriptor's process handle, waited for once. */
typedef struct ntix__proc ntix__proc_t;

/* process.c: a new process descriptor for a process handle and pid (the
 * descriptor owns the handle), or NTIX_EMFILE / NTIX_ENOMEM. */
int ntix__proc_adopt(HANDLE process, int pid);

/* The pid of a process descriptor, the signal of a signal descriptor. */
int ntix__proc_pid_of(const ntix__fdent_t *e);
int ntix__signal_of(const ntix__fdent_t *e);
/* process.c: binds the process's job to a port once (0, NTIX_EBUSY);
 * signal.c: binds the signal's deliveries to a port (0, NTIX_EBUSY). */
int ntix__proc_bind(const ntix__fdent_t *e, HANDLE port, uint64_t serial);
int ntix__signal_bind(int sig, HANDLE port, uint64_t serial);
void ntix__signal_unbind(int sig, uint64_t serial);
/* 1 if the process behind h has ended. */
int ntix__proc_ended(HANDLE h);
/* signal.c: arrivals not yet read for sig (0 if none). */
long ntix__signal_pending(int sig);
/* env.c: the value of name in UTF-8 (malloc'd), or NULL if unset (or out
 * of memory); records nothing. */
char *ntix__env_utf8(const char *name);
/* signal.c: delivers sig to the ntix program pid if it watches it: 1 if
 * delivered, 0 if it does not watch it, or the error that kept ntix from
 * finding out (the caller must not end the process then). */
int ntix__signal_deliver(int pid, HANDLE process, int sig);

/* ---- watch.c: directory watch descriptors (NTIX__K_WATCH) --------------
 * The descriptor's handle is the directory, opened for asynchronous I/O;
 * its ext is the watch, which queues the records.  A poller registration
 * issues the NtNotifyChangeDirectoryFile calls into a buffer of its own
 * (NTIX__WATCH_BUF bytes, with ntix__watch_filter()) and hands what
 * completes to ntix__watch_feed, under its lock. */
typedef struct ntix__watch ntix__watch_t;

#define NTIX__WATCH_BUF (64 * 1024)
ULONG ntix__watch_filter(void);
/* Queues the records of a completed notification: st and len bytes of
 * FILE_NOTIFY_INFORMATION in buf (STATUS_NOTIFY_ENUM_DIR: an overflow). */
void ntix__watch_feed(ntix__watch_t *w,
                      NTSTATUS st,
                      const void *buf,
                      size_t len);
/* 1 if records are queued. */
int ntix__watch_queued(ntix__watch_t *w);
/* Counts poller registrations (+1 at ADD, -1 at their deletion): while
 * any exists, ntix_watch_read leaves the notifications to the poller. */
void ntix__watch_polled(ntix__watch_t *w, int delta);

/* Fault-injection builds: the hooks on every ntdll, Winsock and kernel32
 * call (last, after every declaration they redefine). */
#include "fault.h"

#endif /* NTIX_WIN32_INT_H */

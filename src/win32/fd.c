/* fd.c (Windows): the descriptor table (small ints to HANDLEs with a kind
 * and flags), filled at first use with the standard handles from the PEB,
 * plus ntix__b_fd_from_native, ntix__b_fd_native, ntix__b_close,
 * ntix__b_dup, dup2/dup3 (an entry placed at a chosen number) and the
 * descriptor flags, whose native side (FIONBIO, a pipe's completion mode,
 * the handle's inherit flag) changes under the table's lock together with
 * the table's record. Uses an SRW lock (shared on lookups),
 * NtQueryVolumeInformationFile, NtQueryInformationFile, NtQueryObject,
 * NtSetInformationObject, NtDuplicateObject and NtClose.
 *
 * Map: 1 classifying handles, 2 the table, 3 adopt/close/dup, 4 dup2 and
 * dup3, 5 flags.
 */
#include <stdlib.h>
#include <string.h>

/* For FIONBIO (ntix__socket_set_nonblock), the one call that switches a
 * socket's mode. */
#include "socket-int.h"

/* Linux's hard limit for RLIMIT_NOFILE; the table grows by doubling. */
#define FD_MAX (1 << 20)
#define FD_INITIAL 64

static RTL_SRWLOCK fd_lock = RTL_SRWLOCK_INIT;
static ntix__fdent_t *fd_table;
static int fd_cap;
static int fd_hint; /* no free slot below this index */
static LONG fd_ready;
static uint32_t fd_share_next; /* the last open-file id given out */

/* ---- 1. classifying handles ---------------------------------------------- */

ntix__kind_t
ntix__classify_handle(HANDLE h) {
  FILE_FS_DEVICE_INFORMATION dev;
  FILE_STANDARD_INFORMATION std;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st = NtQueryVolumeInformationFile(h, &iosb, &dev, sizeof(dev),
                                    FileFsDeviceInformation);
  if (!NT_SUCCESS(st)) {
    /* Before Windows 8 console handles were pseudo handles (low bits 11)
     * that no NT file call accepts. */
    return ((ULONG_PTR)h & 3) == 3 ? NTIX__K_CONSOLE : NTIX__K_OTHER;
  }
  switch (dev.DeviceType) {
    case FILE_DEVICE_NAMED_PIPE:
      return NTIX__K_PIPE;
    case FILE_DEVICE_CONSOLE:
      return NTIX__K_CONSOLE;
    case FILE_DEVICE_NETWORK:
      return NTIX__K_SOCKET;
    default:
      break;
  }
  st = NtQueryInformationFile(h, &iosb, &std, sizeof(std),
                              FileStandardInformation);
  if (NT_SUCCESS(st) && std.Directory)
    return NTIX__K_DIR;
  return NTIX__K_FILE;
}

uint32_t
ntix__handle_flags(HANDLE h) {
  OBJECT_BASIC_INFORMATION obi;
  FILE_MODE_INFORMATION mode;
  IO_STATUS_BLOCK iosb;
  uint32_t flags = NTIX__F_READ | NTIX__F_WRITE;

  if (NT_SUCCESS(
          NtQueryObject(h, ObjectBasicInformation, &obi, sizeof(obi), NULL))) {
    flags = 0;
    if (obi.GrantedAccess & (FILE_READ_DATA | GENERIC_READ))
      flags |= NTIX__F_READ;
    if (obi.GrantedAccess &
        (FILE_WRITE_DATA | FILE_APPEND_DATA | GENERIC_WRITE))
      flags |= NTIX__F_WRITE;
    if (obi.Attributes & OBJ_INHERIT)
      flags |= NTIX__F_INHERIT;
  }
  if (NT_SUCCESS(NtQueryInformationFile(h, &iosb, &mode, sizeof(mode),
                                        FileModeInformation)) &&
      (mode.Mode & (FILE_SYNCHRONOUS_IO_ALERT | FILE_SYNCHRONOUS_IO_NONALERT)))
    flags |= NTIX__F_SYNC;
  return flags;
}

/* ---- 2. the table ------------------------------------------------------- */

/* Called with the lock held exclusively. */
static int
table_grow(int need) {
  ntix__fdent_t *t;
  int cap = fd_cap != 0 ? fd_cap : FD_INITIAL;

  while (cap <= need) cap *= 2;
  if (cap > FD_MAX)
    cap = FD_MAX;
  if (need >= cap)
    return -1;
  t = realloc(fd_table, (size_t)cap * sizeof(*t));
  if (t == NULL)
    return -1;
  memset(t + fd_cap, 0, (size_t)(cap - fd_cap) * sizeof(*t));
  fd_table = t;
  fd_cap = cap;
  return 0;
}

static ntix__kind_t classify_foreign(HANDLE h, uint32_t *flags, void **ext);

/* A standard handle goes into its slot unless it is missing; a handle NT
 * cannot classify (a closed or bogus value a parent left behind) is still
 * installed as OTHER, so that 0, 1 and 2 keep their meaning. */
static void
install_std(int slot, HANDLE h) {
  if (h == NULL || h == INVALID_HANDLE_VALUE)
    return;
  fd_table[slot].handle = h;
  fd_table[slot].kind =
      classify_foreign(h, &fd_table[slot].flags, &fd_table[slot].ext);
  fd_table[slot].share = ++fd_share_next;
}

static void
table_init(void) {
  ntix__process_params_t *pp = ntix__peb_params();

  RtlAcquireSRWLockExclusive(&fd_lock);
  if (!fd_ready && table_grow(FD_INITIAL - 1) == 0) {
    if (pp != NULL) {
      install_std(0, pp->StandardInput);
      install_std(1, pp->StandardOutput);
      install_std(2, pp->StandardError);
    }
    __atomic_store_n(&fd_ready, 1, __ATOMIC_RELEASE);
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
}

static inline void
table_ready(void) {
  if (NTIX__UNLIKELY(!__atomic_load_n(&fd_ready, __ATOMIC_ACQUIRE)))
    table_init();
}

/* Puts *ent in the lowest free slot (a new open-file id unless ent has
 * one): the descriptor or NTIX_EMFILE (refused). */
static int
alloc_entry(const ntix__fdent_t *ent) {
  int fd;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  for (fd = fd_hint; fd < fd_cap; fd++) {
    if (fd_table[fd].kind == NTIX__K_FREE)
      break;
  }
  if (fd == fd_cap && table_grow(fd) != 0) {
    RtlReleaseSRWLockExclusive(&fd_lock);
    return ntix__refuse(NTIX_EMFILE, "ntix__fd_alloc");
  }
  fd_table[fd] = *ent;
  if (ent->share == 0)
    fd_table[fd].share = ++fd_share_next;
  fd_hint = fd + 1;
  RtlReleaseSRWLockExclusive(&fd_lock);
  return fd;
}

int
ntix__fd_alloc(HANDLE handle, ntix__kind_t kind, uint32_t flags, void *ext) {
  ntix__fdent_t ent = {handle, kind, flags, ext, 0};

  return alloc_entry(&ent);
}

int
ntix__fd_get(int fd, ntix__fdent_t *out, const char *call) {
  int ok = 0;

  table_ready();
  RtlAcquireSRWLockShared(&fd_lock);
  if (fd >= 0 && fd < fd_cap && fd_table[fd].kind != NTIX__K_FREE) {
    *out = fd_table[fd];
    ok = 1;
  }
  RtlReleaseSRWLockShared(&fd_lock);
  return ok ? 0 : ntix__refuse(NTIX_EBADF, call);
}

int
ntix__fd_get_held(int fd, ntix__fdent_t *out, const char *call) {
  int ok = 0;

  table_ready();
  RtlAcquireSRWLockShared(&fd_lock);
  if (fd >= 0 && fd < fd_cap && fd_table[fd].kind != NTIX__K_FREE) {
    *out = fd_table[fd];
    ntix__sockext_get(out);
    ok = 1;
  }
  RtlReleaseSRWLockShared(&fd_lock);
  return ok ? 0 : ntix__refuse(NTIX_EBADF, call);
}

int
ntix__fd_set_flags(int fd, uint32_t set, uint32_t clear) {
  int ok = 0;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  if (fd >= 0 && fd < fd_cap && fd_table[fd].kind != NTIX__K_FREE) {
    fd_table[fd].flags = (fd_table[fd].flags | set) & ~clear;
    ok = 1;
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
  return ok ? 0 : ntix__refuse(NTIX_EBADF, "ntix__fd_set_flags");
}

int
ntix__fd_release(int fd, ntix__fdent_t *out, const char *call) {
  int ok = 0;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  if (fd >= 0 && fd < fd_cap && fd_table[fd].kind != NTIX__K_FREE) {
    *out = fd_table[fd];
    memset(&fd_table[fd], 0, sizeof(fd_table[fd]));
    if (fd < fd_hint)
      fd_hint = fd;
    ok = 1;
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
  return ok ? 0 : ntix__refuse(NTIX_EBADF, call);
}

/* The kind, flags and ext of a handle ntix did not open.  AFD is a
 * named-pipe device to FileFsDeviceInformation, on Windows as under Wine
 * (GetFileType says FILE_TYPE_PIPE for a socket), so Winsock is asked
 * whether an overlapped pipe-like handle is a socket.  A synchronous
 * handle is left alone: Winsock's sockets are overlapped unless made with
 * WSASocket without WSA_FLAG_OVERLAPPED, and a question about a
 * synchronous handle waits behind any read in progress on it (a pipe
 * another thread reads, say). */
static ntix__kind_t
classify_foreign(HANDLE h, uint32_t *flags, void **ext) {
  ntix__kind_t kind = ntix__classify_handle(h);

  *flags = ntix__handle_flags(h);
  *ext = NULL;
  if (kind != NTIX__K_PIPE && kind != NTIX__K_SOCKET)
    return kind;
  if ((kind == NTIX__K_SOCKET || !(*flags & NTIX__F_SYNC)) &&
      ntix__socket_adopt(h, flags, ext))
    return NTIX__K_SOCKET;
  /* An AFD handle Winsock does not know (a poll helper) is no socket. */
  return kind == NTIX__K_SOCKET ? NTIX__K_OTHER : kind;
}

int
ntix__b_fd_from_native(intptr_t native) {
  HANDLE h = (HANDLE)native;
  ntix__kind_t kind;
  uint32_t flags;
  void *ext;

  if (h == NULL || h == INVALID_HANDLE_VALUE)
    return ntix__refuse(NTIX_EBADF, "ntix_fd_from_native");
  kind = classify_foreign(h, &flags, &ext);
  return ntix__fd_alloc(h, kind, flags, ext);
}

intptr_t
ntix__b_fd_native(int fd) {
  ntix__fdent_t e;

  if (ntix__fd_get(fd, &e, "ntix_fd_native") != 0)
    return -1;
  return (intptr_t)e.handle;
}

/* ---- 3. adopting, closing, duplicating ---------------------------------- */

ntix__close_hook_t ntix__close_hook;

/* Closes an entry already taken out of slot fd. */
static int
close_entry(int fd, ntix__fdent_t *e) {
  ntix__close_hook_t hook;
  const ntix__fdops_t *ops;
  NTSTATUS st;

  hook = __atomic_load_n(&ntix__close_hook, __ATOMIC_ACQUIRE);
  if (hook != NULL && (e->kind == NTIX__K_SOCKET || e->kind == NTIX__K_PIPE ||
                       e->kind == NTIX__K_PROCESS ||
                       e->kind == NTIX__K_SIGNAL || e->kind == NTIX__K_WATCH))
    hook(fd, e);
  ops = ntix__fd_ops(e);
  if (ops != NULL && ops->close != NULL)
    return ops->close(e);
  st = NtClose(e->handle);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtClose");
  return 0;
}

int
ntix__b_close(int fd) {
  ntix__fdent_t e;
  int rc;

  /* The slot is freed before the handle is closed, so that no other
   * thread can look up a descriptor whose handle value NT may already be
   * handing out again. */
  rc = ntix__fd_release(fd, &e, "ntix_close");
  if (rc != 0)
    return rc;
  return close_entry(fd, &e);
}

static NTSTATUS
set_handle_inherit(HANDLE h, int on) {
  ntix__object_handle_flag_info_t hf = {0, 0};

  /* ProtectFromClose is kept as it is. */
  NtQueryObject(h, NTIX__OBJECT_HANDLE_FLAG_INFORMATION, &hf, sizeof(hf), NULL);
  hf.Inherit = on != 0;
  return NtSetInformationObject(h, NTIX__OBJECT_HANDLE_FLAG_INFORMATION, &hf,
                                sizeof(hf));
}

/* A duplicate of e in *out (same kind, flags and open file; inheritable
 * only if inherit): 0 or the failure. */
static int
dup_entry(const ntix__fdent_t *e, int inherit, ntix__fdent_t *out) {
  const ntix__fdops_t *ops = ntix__fd_ops(e);
  HANDLE nh = NULL;
  NTSTATUS st;
  void *ext;
  int rc;

  if (ops != NULL && ops->dup_handle != NULL) {
    if ((rc = ops->dup_handle(e, &nh)) != 0)
      return rc;
    /* The duplicate's own reference to ext (a socket's is counted), which
     * its close operation gives back. */
    ext = ops->dup != NULL ? ops->dup(e, nh) : NULL;
    if (inherit && !NT_SUCCESS(st = set_handle_inherit(nh, 1))) {
      rc = ntix__fail_nt((uint32_t)st, "NtSetInformationObject");
      ops->close(&(ntix__fdent_t){nh, e->kind, e->flags, ext, 0});
      return rc;
    }
  } else {
    /* Without DUPLICATE_SAME_ATTRIBUTES the duplicate's inherit flag is
     * the one given, whatever the original's is. */
    st = NtDuplicateObject(NTIX__CURRENT_PROCESS, e->handle,
                           NTIX__CURRENT_PROCESS, &nh, 0,
                           inherit ? OBJ_INHERIT : 0, DUPLICATE_SAME_ACCESS);
    if (!NT_SUCCESS(st))
      return ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
    ext = (ops != NULL && ops->dup != NULL) ? ops->dup(e, nh) : NULL;
  }
  *out = *e;
  out->handle = nh;
  out->flags = (e->flags & ~NTIX__F_INHERIT) | (inherit ? NTIX__F_INHERIT : 0);
  out->ext = ext;
  return 0;
}

/* Closes a duplicate that found no slot: its ext goes with its close
 * operation. */
static void
dup_discard(ntix__fdent_t *d) {
  const ntix__fdops_t *ops = ntix__fd_ops(d);

  if (ops != NULL && ops->close != NULL)
    ops->close(d);
  else
    NtClose(d->handle);
}

/* Duplicates fd's entry into *out under the table's shared lock: a close
 * of fd, which frees the slot under the exclusive lock, waits until the
 * duplicate has its handle and its own reference to ext, so that neither
 * is taken from a descriptor already closed (a handle value NT may have
 * handed out again, a socket ext already freed).  0 or the failure. */
static int
dup_fd(int fd, int inherit, ntix__fdent_t *out, const char *call) {
  ntix__fdent_t e;
  int rc;

  table_ready();
  RtlAcquireSRWLockShared(&fd_lock);
  if (fd >= 0 && fd < fd_cap && fd_table[fd].kind != NTIX__K_FREE) {
    e = fd_table[fd];
    rc = dup_entry(&e, inherit, out);
  } else {
    rc = ntix__refuse(NTIX_EBADF, call);
  }
  RtlReleaseSRWLockShared(&fd_lock);
  return rc;
}

int
ntix__b_dup(int fd) {
  ntix__fdent_t d;
  int rc;

  if ((rc = dup_fd(fd, 0, &d, "ntix_dup")) != 0)
    return rc;
  rc = alloc_entry(&d);
  if (rc < 0)
    dup_discard(&d);
  return rc;
}

/* ---- 4. dup2 and dup3 ---------------------------------------------------- */

/* Puts *ent in slot fd and hands back what was there (kind FREE if
 * nothing), in one step under the lock: no other thread sees fd free.
 * 0 or NTIX_EMFILE (the table cannot grow that far). */
static int
install_at(int fd, const ntix__fdent_t *ent, ntix__fdent_t *old) {
  int rc = 0;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  if (fd >= fd_cap && table_grow(fd) != 0) {
    rc = ntix__refuse(NTIX_EMFILE, "ntix_dup2");
  } else {
    *old = fd_table[fd];
    fd_table[fd] = *ent;
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
  return rc;
}

static int
dup_onto(int fd, int newfd, int inherit, const char *call) {
  ntix__fdent_t d, old;
  int rc;

  if (newfd < 0 || newfd >= FD_MAX)
    return ntix__refuse(NTIX_EBADF, call);
  if ((rc = dup_fd(fd, inherit, &d, call)) != 0)
    return rc;
  if ((rc = install_at(newfd, &d, &old)) != 0) {
    dup_discard(&d);
    return rc;
  }
  /* As POSIX dup2, a failure to close what newfd held is not reported. */
  if (old.kind != NTIX__K_FREE)
    close_entry(newfd, &old);
  return newfd;
}

int
ntix__b_dup2(int fd, int newfd) {
  ntix__fdent_t e;
  int rc;

  if (fd == newfd)
    return (rc = ntix__fd_get(fd, &e, "ntix_dup2")) != 0 ? rc : newfd;
  return dup_onto(fd, newfd, 0, "ntix_dup2");
}

int
ntix__b_dup3(int fd, int newfd, int flags) {
  /* Linux's order: flags, then fd == newfd, then the descriptors. */
  if ((flags & ~NTIX_O_INHERIT) != 0 || fd == newfd)
    return ntix__refuse(NTIX_EINVAL, "ntix_dup3");
  return dup_onto(fd, newfd, (flags & NTIX_O_INHERIT) != 0, "ntix_dup3");
}

/* ---- 5. descriptor flags ------------------------------------------------- */

int
ntix__b_fd_flags(int fd) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__fd_get(fd, &e, "ntix_fd_flags")) != 0)
    return rc;
  return ((e.flags & NTIX__F_NONBLOCK) ? NTIX_O_NONBLOCK : 0) |
         ((e.flags & NTIX__F_INHERIT) ? NTIX_O_INHERIT : 0);
}

/* The OS side of non-blocking mode, with the lock held. */
static int
nonblock_native(const ntix__fdent_t *e, int on) {
  switch (e->kind) {
    case NTIX__K_SOCKET:
      return ntix__socket_set_nonblock(ntix__socket_of(e), on);
    case NTIX__K_PIPE:
      return ntix__pipe_set_nonblock(e, on);
    default:
      /* Files, directories, consoles and pollers: the flag alone, as
       * O_NONBLOCK changes nothing for them on Linux. */
      return 0;
  }
}

/* 1 if slot i holds a descriptor of the open file share. */
static inline int
same_file(int i, uint32_t share) {
  return fd_table[i].kind != NTIX__K_FREE && fd_table[i].share == share;
}

/* The OS side for every descriptor of the open file (each handle, since
 * Winsock may keep a duplicate's mode per handle), undone if one fails.
 * With the lock held. */
static int
nonblock_all(uint32_t share, int on) {
  int rc = 0, i, j;

  for (i = 0; rc == 0 && i < fd_cap; i++)
    if (same_file(i, share))
      rc = nonblock_native(&fd_table[i], on);
  if (rc != 0)
    for (j = 0; j < i - 1; j++)
      if (same_file(j, share))
        nonblock_native(&fd_table[j], !on);
  return rc;
}

/* The table's record and the handles' mode change together, under the
 * lock, so that no thread ever sees one without the other; every
 * duplicate of the open file (same share) follows, as POSIX says. */
int
ntix__b_fd_set_nonblock(int fd, int on) {
  uint32_t share;
  int rc, i;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  if (fd < 0 || fd >= fd_cap || fd_table[fd].kind == NTIX__K_FREE) {
    RtlReleaseSRWLockExclusive(&fd_lock);
    return ntix__refuse(NTIX_EBADF, "ntix_fd_set_nonblock");
  }
  share = fd_table[fd].share;
  rc = nonblock_all(share, on);
  for (i = 0; rc == 0 && i < fd_cap; i++) {
    if (!same_file(i, share))
      continue;
    if (on)
      fd_table[i].flags |= NTIX__F_NONBLOCK;
    else
      fd_table[i].flags &= ~NTIX__F_NONBLOCK;
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
  return rc;
}

int
ntix__b_fd_set_inherit(int fd, int on) {
  NTSTATUS st;
  int rc = 0;

  table_ready();
  RtlAcquireSRWLockExclusive(&fd_lock);
  if (fd < 0 || fd >= fd_cap || fd_table[fd].kind == NTIX__K_FREE) {
    rc = ntix__refuse(NTIX_EBADF, "ntix_fd_set_inherit");
  } else if (!NT_SUCCESS(st = set_handle_inherit(fd_table[fd].handle, on))) {
    rc = ntix__fail_nt((uint32_t)st, "NtSetInformationObject");
  } else if (on) {
    fd_table[fd].flags |= NTIX__F_INHERIT;
  } else {
    fd_table[fd].flags &= ~NTIX__F_INHERIT;
  }
  RtlReleaseSRWLockExclusive(&fd_lock);
  return rc;
}

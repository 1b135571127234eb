/* fd.c (Windows): the descriptor table (small ints to HANDLEs with a kind
 * and flags), filled at first use with the standard handles from the PEB,
 * plus ntix__b_fd_from_native, ntix__b_fd_native, ntix__b_close and
 * ntix__b_dup. Uses an SRW lock (shared on lookups),
 * NtQueryVolumeInformationFile, NtQueryInformationFile, NtQueryObject,
 * NtDuplicateObject and NtClose.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

/* Linux's hard limit for RLIMIT_NOFILE; the table grows by doubling. */
#define FD_MAX (1 << 20)
#define FD_INITIAL 64

static RTL_SRWLOCK fd_lock = RTL_SRWLOCK_INIT;
static ntix__fdent_t *fd_table;
static int fd_cap;
static int fd_hint; /* no free slot below this index */
static LONG fd_ready;

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

/* A standard handle goes into its slot unless it is missing; a handle NT
 * cannot classify (a closed or bogus value a parent left behind) is still
 * installed as OTHER, so that 0, 1 and 2 keep their meaning. */
static void
install_std(int slot, HANDLE h) {
  if (h == NULL || h == INVALID_HANDLE_VALUE)
    return;
  fd_table[slot].handle = h;
  fd_table[slot].kind = ntix__classify_handle(h);
  fd_table[slot].flags = ntix__handle_flags(h);
  fd_table[slot].ext = NULL;
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

int
ntix__fd_alloc(HANDLE handle, ntix__kind_t kind, uint32_t flags, void *ext) {
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
  fd_table[fd].handle = handle;
  fd_table[fd].kind = kind;
  fd_table[fd].flags = flags;
  fd_table[fd].ext = ext;
  fd_hint = fd + 1;
  RtlReleaseSRWLockExclusive(&fd_lock);
  return fd;
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

int
ntix__b_fd_from_native(intptr_t native) {
  HANDLE h = (HANDLE)native;
  int fd;

  if (h == NULL || h == INVALID_HANDLE_VALUE)
    return ntix__refuse(NTIX_EBADF, "ntix_fd_from_native");
  fd = ntix__fd_alloc(h, ntix__classify_handle(h), ntix__handle_flags(h), NULL);
  return fd;
}

intptr_t
ntix__b_fd_native(int fd) {
  ntix__fdent_t e;

  if (ntix__fd_get(fd, &e, "ntix_fd_native") != 0)
    return -1;
  return (intptr_t)e.handle;
}

ntix__close_hook_t ntix__close_hook;

int
ntix__b_close(int fd) {
  ntix__close_hook_t hook;
  const ntix__fdops_t *ops;
  ntix__fdent_t e;
  NTSTATUS st;
  int rc;

  /* The slot is freed before the handle is closed, so that no other
   * thread can look up a descriptor whose handle value NT may already be
   * handing out again. */
  rc = ntix__fd_release(fd, &e, "ntix_close");
  if (rc != 0)
    return rc;
  hook = __atomic_load_n(&ntix__close_hook, __ATOMIC_ACQUIRE);
  if (hook != NULL && (e.kind == NTIX__K_SOCKET || e.kind == NTIX__K_PIPE ||
                       e.kind == NTIX__K_PROCESS || e.kind == NTIX__K_SIGNAL))
    hook(fd, &e);
  ops = ntix__fd_ops(&e);
  if (ops != NULL && ops->close != NULL)
    return ops->close(&e);
  st = NtClose(e.handle);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtClose");
  return 0;
}

int
ntix__b_dup(int fd) {
  const ntix__fdops_t *ops;
  ntix__fdent_t e;
  HANDLE nh = NULL;
  NTSTATUS st;
  void *ext = NULL;
  int rc;

  rc = ntix__fd_get(fd, &e, "ntix_dup");
  if (rc != 0)
    return rc;
  ops = ntix__fd_ops(&e);
  if (ops != NULL && ops->dup_handle != NULL) {
    rc = ops->dup_handle(&e, &nh);
    if (rc != 0)
      return rc;
  } else {
    /* HandleAttributes 0 without DUPLICATE_SAME_ATTRIBUTES: the duplicate
     * is not inheritable, whatever the original is. */
    st = NtDuplicateObject(NTIX__CURRENT_PROCESS, e.handle,
                           NTIX__CURRENT_PROCESS, &nh, 0, 0,
                           DUPLICATE_SAME_ACCESS);
    if (!NT_SUCCESS(st))
      return ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
  }
  if (ops != NULL && ops->dup != NULL)
    ext = ops->dup(&e, nh);
  rc = ntix__fd_alloc(nh, e.kind, e.flags & ~NTIX__F_INHERIT, ext);
  if (rc < 0) {
    /* ext of a failed duplicate: its close operation frees it. */
    e.handle = nh;
    e.ext = ext;
    if (ext != NULL && ops->close != NULL)
      ops->close(&e);
    else
      NtClose(nh);
  }
  return rc;
}

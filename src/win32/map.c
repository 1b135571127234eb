/* map.c (Windows): file mapping with NtCreateSection, NtMapViewOfSection,
 * NtUnmapViewOfSection and NtFlushVirtualMemory; the allocation
 * granularity (view offsets) from NtQuerySystemInformation.
 *
 * The section is closed as soon as the view exists (the view keeps it),
 * and the view outlives the descriptor, as a Linux mapping does.  ntix
 * keeps its views in a table: ntix_unmap takes only a whole view, and a
 * shared writable view keeps a second handle to its file (opened anew, so
 * that it holds no lock of the caller's open file) for ntix_msync's
 * NtFlushBuffersFile.
 */
#include <stdlib.h>

#include "fsargs.h"
#include "nt-file.h"
#include "win32-int.h"

typedef struct view {
  uintptr_t addr;
  size_t len;  /* whole pages */
  HANDLE file; /* for NTIX_MS_SYNC; NULL if none */
} view_t;

static RTL_SRWLOCK views_lock = RTL_SRWLOCK_INIT;
static view_t *views;
static size_t nviews, capviews;
static size_t granularity;

size_t
ntix__b_map_granularity(void) {
  SYSTEM_BASIC_INFORMATION sbi;
  size_t g = __atomic_load_n(&granularity, __ATOMIC_RELAXED);

  if (g != 0)
    return g;
  g = 65536; /* every Windows so far */
  if (NT_SUCCESS(NtQuerySystemInformation(SystemBasicInformation, &sbi,
                                          sizeof(sbi), NULL)) &&
      sbi.AllocationGranularity != 0)
    g = sbi.AllocationGranularity;
  if (g < ntix__b_pagesize())
    g = ntix__b_pagesize();
  __atomic_store_n(&granularity, g, __ATOMIC_RELAXED);
  return g;
}

static size_t
page_round(size_t len) {
  size_t ps = ntix__b_pagesize();

  return len > SIZE_MAX - (ps - 1) ? 0 : (len + ps - 1) & ~(ps - 1);
}

/* The mapping at addr with exactly len, or containing [addr, addr + len)
 * when exact is 0; lock held.  -1 if none. */
static long
view_find(uintptr_t addr, size_t len, int exact) {
  size_t i;

  for (i = 0; i < nviews; i++) {
    if (exact ? views[i].addr == addr && views[i].len == len
              : addr >= views[i].addr && len <= views[i].len &&
                    addr - views[i].addr <= views[i].len - len)
      return (long)i;
  }
  return -1;
}

static int
view_add(const view_t *v) {
  view_t *n;
  size_t cap;
  int rc = 0;

  RtlAcquireSRWLockExclusive(&views_lock);
  if (nviews == capviews) {
    cap = capviews ? capviews * 2 : 16;
    n = realloc(views, cap * sizeof(*n));
    if (n != NULL) {
      views = n;
      capviews = cap;
    }
  }
  if (nviews < capviews)
    views[nviews++] = *v;
  else
    rc = NTIX_ENOMEM;
  RtlReleaseSRWLockExclusive(&views_lock);
  return rc;
}

/* The checks of the descriptor, in the contract's order: EBADF, ENODEV
 * (not a regular file), ENXIO (the range passes the end of the file),
 * EACCES (the access the mapping needs). */
static int
map_fd(int fd, int64_t offset, size_t len, int prot, int flags, HANDLE *h) {
  FILE_STANDARD_INFORMATION fsi;
  ntix__fdent_t e;
  uint64_t size;
  int rc;

  if ((rc = ntix__fd_get(fd, &e, "ntix_map")) != 0)
    return rc;
  if (e.kind != NTIX__K_FILE)
    return ntix__refuse(NTIX_ENODEV, "ntix_map");
  rc = ntix__file_info(e.handle, &fsi, sizeof(fsi), FileStandardInformation, 0);
  if (rc != 0)
    return rc;
  size = (uint64_t)fsi.EndOfFile.QuadPart;
  if ((uint64_t)offset > size || len > size - (uint64_t)offset)
    return ntix__refuse(NTIX_ENXIO, "ntix_map");
  if (!(e.flags & NTIX__F_READ) ||
      (flags == NTIX_MAP_SHARED && (prot & NTIX_PROT_WRITE) &&
       !(e.flags & NTIX__F_WRITE)))
    return ntix__refuse(NTIX_EACCES, "ntix_map");
  *h = e.handle;
  return 0;
}

/* A second handle to h's file in *n, with its own file object (as
 * kernel32's ReOpenFile: an empty name relative to h), for flushing.  A
 * shared writable mapping without it could not keep ntix_msync's
 * NTIX_MS_SYNC promise, so its failure is the map's. */
static int
reopen_for_flush(HANDLE h, HANDLE *n) {
  UNICODE_STRING empty = {0, 0, NULL};
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  *n = NULL;
  InitializeObjectAttributes(&oa, &empty, 0, h, NULL);
  st = NtCreateFile(
      n, FILE_WRITE_DATA | FILE_READ_ATTRIBUTES | SYNCHRONIZE, &oa, &iosb, NULL,
      0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, FILE_OPEN,
      FILE_NON_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
  if (!NT_SUCCESS(st)) {
    *n = NULL;
    return ntix__fail_nt((uint32_t)st, "NtCreateFile");
  }
  return 0;
}

/* NTIX_MAP_* and NTIX_PROT_* to the section's and the view's protection:
 * a private writable mapping is copy-on-write. */
static ULONG
page_prot(int prot, int flags) {
  if (!(prot & NTIX_PROT_WRITE))
    return PAGE_READONLY;
  return flags == NTIX_MAP_SHARED ? PAGE_READWRITE : PAGE_WRITECOPY;
}

static int
map_view(HANDLE h, int64_t offset, size_t len, ULONG pp, PVOID *base) {
  ACCESS_MASK acc = SECTION_QUERY | SECTION_MAP_READ;
  LARGE_INTEGER off;
  SIZE_T size = len;
  HANDLE s;
  NTSTATUS st;

  if (pp == PAGE_READWRITE)
    acc |= SECTION_MAP_WRITE;
  st = NtCreateSection(&s, acc, NULL, NULL, pp, SEC_COMMIT, h);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtCreateSection");
  off.QuadPart = offset;
  *base = NULL;
  st = NtMapViewOfSection(s, NTIX__CURRENT_PROCESS, base, 0, 0, &off, &size,
                          NTIX__VIEW_UNMAP, 0, pp);
  NtClose(s);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtMapViewOfSection");
  return 0;
}

int
ntix__b_map(
    int fd, int64_t offset, size_t len, int prot, int flags, void **out) {
  ULONG pp = page_prot(prot, flags);
  PVOID base;
  HANDLE h = NULL;
  view_t v;
  int rc;

  rc = ntix__check_map(offset, len, prot, flags, out, ntix__b_map_granularity(),
                       "ntix_map");
  if (rc != 0 || (rc = map_fd(fd, offset, len, prot, flags, &h)) != 0)
    return rc;
  v.file = NULL;
  if (pp == PAGE_READWRITE && (rc = reopen_for_flush(h, &v.file)) != 0)
    return rc;
  if ((rc = map_view(h, offset, len, pp, &base)) != 0) {
    if (v.file != NULL)
      NtClose(v.file);
    return rc;
  }
  v.addr = (uintptr_t)base;
  v.len = page_round(len);
  if ((rc = view_add(&v)) != 0) {
    NtUnmapViewOfSection(NTIX__CURRENT_PROCESS, base);
    if (v.file != NULL)
      NtClose(v.file);
    return ntix__refuse(rc, "ntix_map");
  }
  *out = base;
  return 0;
}

int
ntix__b_unmap(void *addr, size_t len) {
  size_t size = page_round(len);
  HANDLE file = NULL;
  NTSTATUS st;
  long i;

  RtlAcquireSRWLockExclusive(&views_lock);
  i = size == 0 ? -1 : view_find((uintptr_t)addr, size, 1);
  if (i >= 0) {
    file = views[i].file;
    views[i] = views[--nviews];
  }
  RtlReleaseSRWLockExclusive(&views_lock);
  if (i < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_unmap");
  if (file != NULL)
    NtClose(file);
  st = NtUnmapViewOfSection(NTIX__CURRENT_PROCESS, addr);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtUnmapViewOfSection");
  return 0;
}

/* NtFlushVirtualMemory writes the dirty pages to the file; NT's own advice
 * for data on stable storage is a NtFlushBuffersFile after it, which
 * NTIX_MS_SYNC makes through the view's second handle.  The handle is
 * used under the shared lock, so an unmap cannot close it meanwhile. */
int
ntix__b_msync(void *addr, size_t len, int flags) {
  IO_STATUS_BLOCK iosb;
  PVOID base = addr;
  SIZE_T size = len;
  NTSTATUS st = STATUS_SUCCESS;
  const char *call = "NtFlushVirtualMemory";
  long i;

  if (((uintptr_t)addr & (ntix__b_pagesize() - 1)) != 0 ||
      (flags != NTIX_MS_ASYNC && flags != NTIX_MS_SYNC))
    return ntix__refuse(NTIX_EINVAL, "ntix_msync");
  RtlAcquireSRWLockShared(&views_lock);
  i = view_find((uintptr_t)addr, len, 0);
  if (i >= 0 && len != 0)
    st = NtFlushVirtualMemory(NTIX__CURRENT_PROCESS, &base, &size, &iosb);
  if (i >= 0 && NT_SUCCESS(st) && flags == NTIX_MS_SYNC &&
      views[i].file != NULL) {
    st = NtFlushBuffersFile(views[i].file, &iosb);
    call = "NtFlushBuffersFile";
  }
  RtlReleaseSRWLockShared(&views_lock);
  if (i < 0)
    return ntix__refuse(NTIX_ENOMEM, "ntix_msync");
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, call);
  return 0;
}

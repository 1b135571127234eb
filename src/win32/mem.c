/* mem.c (Windows): anonymous memory with Linux's mmap/munmap/mprotect
 * rules, built on NtAllocateVirtualMemory, NtFreeVirtualMemory,
 * NtProtectVirtualMemory and NtQueryVirtualMemory; the page size comes
 * from NtQuerySystemInformation(SystemBasicInformation).
 */
#include "win32-int.h"

#include <stdatomic.h>

/* Page size and top of the user address space, read once; 0 until then.
 * Every thread stores the same values. */
static atomic_size_t page_size;
static atomic_uintptr_t user_top;

static void
read_system_info(void) {
  SYSTEM_BASIC_INFORMATION sbi;
  NTSTATUS st;
  size_t ps = 4096;
  uintptr_t top = UINTPTR_MAX;

  st =
      NtQuerySystemInformation(SystemBasicInformation, &sbi, sizeof(sbi), NULL);
  /* mingw names the PageSize field PhysicalPageSize.  4096 is the page
   * size of every architecture Windows runs on, should the query fail. */
  if (NT_SUCCESS(st) && sbi.PhysicalPageSize != 0) {
    ps = sbi.PhysicalPageSize;
    top = (uintptr_t)sbi.HighestUserAddress;
  }
  atomic_store_explicit(&user_top, top, memory_order_relaxed);
  /* Release: whoever sees the page size also sees user_top. */
  atomic_store_explicit(&page_size, ps, memory_order_release);
}

size_t
ntix__b_pagesize(void) {
  size_t ps = atomic_load_explicit(&page_size, memory_order_acquire);

  if (NTIX__LIKELY(ps != 0))
    return ps;
  read_system_info();
  return atomic_load_explicit(&page_size, memory_order_acquire);
}

uintptr_t
ntix__user_end(void) {
  ntix__b_pagesize();
  return atomic_load_explicit(&user_top, memory_order_relaxed) + 1;
}

/* No mapping can be larger than the user address space.  Such sizes are
 * refused before NT sees them: Wine 8.0 answers a 2^60-byte request with
 * success and a NULL base. */
static int
too_big(size_t size) {
  ntix__b_pagesize();
  return size > atomic_load_explicit(&user_top, memory_order_relaxed);
}

/* NTIX_PROT_* (0..7) to a page protection.  Windows has no write-only
 * pages, so WRITE alone gives READWRITE as Linux does on x86. */
static const ULONG prot_table[8] = {
    PAGE_NOACCESS,          /* NONE */
    PAGE_READONLY,          /* READ */
    PAGE_READWRITE,         /* WRITE */
    PAGE_READWRITE,         /* READ|WRITE */
    PAGE_EXECUTE,           /* EXEC */
    PAGE_EXECUTE_READ,      /* READ|EXEC */
    PAGE_EXECUTE_READWRITE, /* WRITE|EXEC */
    PAGE_EXECUTE_READWRITE, /* READ|WRITE|EXEC */
};

#define PROT_ALL (NTIX_PROT_READ | NTIX_PROT_WRITE | NTIX_PROT_EXEC)

/* Rounds len up to whole pages; 0 if that overflows. */
static size_t
page_round(size_t len) {
  size_t ps = ntix__b_pagesize();

  return len > SIZE_MAX - (ps - 1) ? 0 : (len + ps - 1) & ~(ps - 1);
}

/* A failed allocation with valid arguments means the address space or the
 * commit limit ran out (Linux: ENOMEM); only a policy refusal such as
 * STATUS_DYNAMIC_CODE_BLOCKED keeps the table's own code. */
static int
fail_alloc(NTSTATUS st) {
  int neutral = ntix_err_from_ntstatus((uint32_t)st);

  if (neutral == NTIX_EINVAL || neutral == NTIX_EUNKNOWN)
    neutral = NTIX_ENOMEM;
  return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, neutral,
                    "NtAllocateVirtualMemory");
}

int
ntix__b_mmap_anon(size_t len, int prot, void **out) {
  PVOID base = NULL;
  SIZE_T size;
  NTSTATUS st;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_mmap_anon");
  if (len == 0 || (prot & ~PROT_ALL) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_mmap_anon");
  size = page_round(len);
  if (size == 0 || too_big(size))
    return ntix__refuse(NTIX_ENOMEM, "ntix_mmap_anon");
  /* Reserve and commit at once: the pages are zero-filled on first touch
   * and charged to the commit limit now, so a later access cannot fail
   * for lack of memory (Linux would overcommit instead). */
  st = NtAllocateVirtualMemory(NTIX__CURRENT_PROCESS, &base, 0, &size,
                               MEM_RESERVE | MEM_COMMIT, prot_table[prot]);
  if (!NT_SUCCESS(st) || base == NULL)
    return fail_alloc(NT_SUCCESS(st) ? STATUS_NO_MEMORY : st);
  *out = base;
  return 0;
}

static int
query_region(uintptr_t p, MEMORY_BASIC_INFORMATION *mbi, const char *call) {
  NTSTATUS st;

  st = NtQueryVirtualMemory(NTIX__CURRENT_PROCESS, (PVOID)p,
                            MemoryBasicInformation, mbi, sizeof(*mbi), NULL);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, call);
  return 0;
}

/* One allocation (what one NtAllocateVirtualMemory reserved) or one free
 * region, found from an address inside it. */
typedef struct span {
  uintptr_t base;
  uintptr_t end;
  int is_free;
  int committed; /* some page of the allocation is still committed */
} span_t;

/* NtQueryVirtualMemory describes regions of equal state and protection;
 * the allocation is the run of regions sharing its AllocationBase. */
static int
find_span(uintptr_t p, span_t *sp, const char *call) {
  MEMORY_BASIC_INFORMATION mbi;
  uintptr_t q;
  int rc;

  if ((rc = query_region(p, &mbi, call)) < 0)
    return rc;
  sp->is_free = mbi.State == MEM_FREE;
  sp->committed = 0;
  if (sp->is_free) {
    sp->base = (uintptr_t)mbi.BaseAddress;
    sp->end = sp->base + mbi.RegionSize;
    return 0;
  }
  sp->base = (uintptr_t)mbi.AllocationBase;
  for (q = sp->base;; q += mbi.RegionSize) {
    if ((rc = query_region(q, &mbi, call)) < 0)
      return rc;
    if (mbi.State == MEM_FREE || (uintptr_t)mbi.AllocationBase != sp->base)
      break;
    sp->committed |= mbi.State == MEM_COMMIT;
  }
  sp->end = q;
  return 0;
}

static int
free_vm(uintptr_t addr, size_t len, ULONG type) {
  PVOID base = (PVOID)addr;
  SIZE_T size = len;
  NTSTATUS st;

  st = NtFreeVirtualMemory(NTIX__CURRENT_PROCESS, &base, &size, type);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtFreeVirtualMemory");
  return 0;
}

/* Unmaps the part of one allocation inside [lo, hi).  NT can only release
 * whole allocations, so a part is decommitted (its pages fault on access,
 * as unmapped pages do on Linux) and the reservation goes away once none
 * of its pages is committed any more. */
static int
unmap_part(const span_t *sp, uintptr_t lo, uintptr_t hi) {
  span_t after;
  int rc;

  if (lo <= sp->base && hi >= sp->end)
    return free_vm(sp->base, 0, MEM_RELEASE);
  lo = lo > sp->base ? lo : sp->base;
  hi = hi < sp->end ? hi : sp->end;
  if ((rc = free_vm(lo, hi - lo, MEM_DECOMMIT)) < 0)
    return rc;
  if ((rc = find_span(sp->base, &after, "NtQueryVirtualMemory")) < 0)
    return rc;
  return after.committed ? 0 : free_vm(sp->base, 0, MEM_RELEASE);
}

/* Linux's rules: addr page-aligned, len > 0, pages never mapped are
 * skipped without error. */
int
ntix__b_munmap(void *addr, size_t len) {
  uintptr_t p = (uintptr_t)addr, end;
  size_t size = page_round(len);
  span_t sp;
  int rc;

  if ((p & (ntix__b_pagesize() - 1)) != 0 || size == 0 ||
      p > UINTPTR_MAX - size)
    return ntix__refuse(NTIX_EINVAL, "ntix_munmap");
  for (end = p + size; p < end; p = sp.end) {
    if ((rc = find_span(p, &sp, "NtQueryVirtualMemory")) < 0)
      return rc;
    if (!sp.is_free && (rc = unmap_part(&sp, p, end)) < 0)
      return rc;
  }
  return 0;
}

/* Changes one run of committed pages; reserved (decommitted) or free pages
 * are not mapped in Linux's sense, so they give NTIX_ENOMEM as there. */
static int
protect_run(uintptr_t p, uintptr_t end, int prot, uintptr_t *next) {
  MEMORY_BASIC_INFORMATION mbi;
  ULONG old;
  PVOID base;
  SIZE_T size;
  NTSTATUS st;
  int rc;

  if ((rc = query_region(p, &mbi, "NtQueryVirtualMemory")) < 0)
    return rc;
  if (mbi.State != MEM_COMMIT)
    return ntix__refuse(NTIX_ENOMEM, "ntix_mprotect");
  *next = (uintptr_t)mbi.BaseAddress + mbi.RegionSize;
  base = (PVOID)p;
  size = (*next < end ? *next : end) - p;
  st = NtProtectVirtualMemory(NTIX__CURRENT_PROCESS, &base, &size,
                              prot_table[prot], &old);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtProtectVirtualMemory");
  return 0;
}

/* Each NtProtectVirtualMemory call must stay inside one allocation, so the
 * range is changed region by region; as on Linux, a hole stops the walk
 * with the regions before it already changed. */
int
ntix__b_mprotect(void *addr, size_t len, int prot) {
  uintptr_t p = (uintptr_t)addr, end, next = 0;
  size_t size;
  int rc;

  if ((prot & ~PROT_ALL) != 0 || (p & (ntix__b_pagesize() - 1)) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_mprotect");
  if (len == 0)
    return 0;
  size = page_round(len);
  if (size == 0 || p > UINTPTR_MAX - size)
    return ntix__refuse(NTIX_ENOMEM, "ntix_mprotect");
  for (end = p + size; p < end; p = next)
    if ((rc = protect_run(p, end, prot, &next)) < 0)
      return rc;
  /* Needed before new code runs on processors without coherent
   * instruction caches (ARM64); cheap on x86. */
  if (prot & NTIX_PROT_EXEC)
    NtFlushInstructionCache(NTIX__CURRENT_PROCESS, addr, size);
  return 0;
}

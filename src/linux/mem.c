/* mem.c (Linux): anonymous private memory with mmap(2), munmap(2) and
 * mprotect(2); the page size from the auxiliary vector (AT_PAGESZ), which
 * the kernel hands every process, so no system call is needed.
 */
#include <errno.h>
#include <linux/mman.h>
#include <sys/auxv.h>

#include "linux-int.h"

#define PROT_KNOWN (NTIX_PROT_READ | NTIX_PROT_WRITE | NTIX_PROT_EXEC)

/* NTIX_PROT_* have the values of the kernel's PROT_* (1, 2, 4). */
_Static_assert(NTIX_PROT_READ == PROT_READ && NTIX_PROT_WRITE == PROT_WRITE &&
                   NTIX_PROT_EXEC == PROT_EXEC,
               "NTIX_PROT_* must equal PROT_*");

int
ntix__b_mmap_anon(size_t len, int prot, void **out) {
  long r;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_mmap_anon");
  if (len == 0 || (prot & ~PROT_KNOWN) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_mmap_anon");
  r = ntix__sys6(__NR_mmap, 0, (long)len, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1,
                 0);
  /* An address may look negative as a long; only [-4095, -1] fails. */
  if (NTIX__SYS_FAILED(r))
    return ntix__fail_errno(r, "mmap");
  *out = (void *)r;
  return 0;
}

int
ntix__b_munmap(void *addr, size_t len) {
  long r;

  /* Linux unmaps nothing and succeeds at address 0; no ntix__b_mmap_anon
   * result is NULL, so that is a caller's error on both OSes. */
  if (addr == NULL || len == 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_munmap");
  r = ntix__sys2(__NR_munmap, (long)addr, (long)len);
  return (int)NTIX__SYS_RESULT(r, "munmap");
}

int
ntix__b_mprotect(void *addr, size_t len, int prot) {
  long r;

  if (addr == NULL || (prot & ~PROT_KNOWN) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_mprotect");
  r = ntix__sys3(__NR_mprotect, (long)addr, (long)len, prot);
  return (int)NTIX__SYS_RESULT(r, "mprotect");
}

unsigned long
ntix__auxval(unsigned long type) {
  int saved = errno;
  unsigned long v = getauxval(type);

  errno = saved;
  return v;
}

size_t
ntix__b_pagesize(void) {
  static size_t cached;
  size_t ps = __atomic_load_n(&cached, __ATOMIC_RELAXED);

  if (ps == 0) {
    ps = (size_t)ntix__auxval(AT_PAGESZ);
    /* Every Linux since 2.0 passes AT_PAGESZ; 4096 is a guess for none. */
    if (ps == 0)
      ps = 4096;
    __atomic_store_n(&cached, ps, __ATOMIC_RELAXED);
  }
  return ps;
}

/* One past the highest user address, as the kernel's access_ok sees it.
 * x86-64 gives a process 47 bits of address space and aarch64 48 unless
 * the kernel runs with 5-level (56-bit) or 52-bit tables; which one is
 * probed once, by asking for a page just past the smaller space. */
uintptr_t
ntix__user_end(void) {
  static uintptr_t end;
  uintptr_t e = __atomic_load_n(&end, __ATOMIC_RELAXED);
  uintptr_t small, large;
  long r;

  if (NTIX__LIKELY(e != 0))
    return e;
#if defined(__x86_64__)
  small = ((uintptr_t)1 << 47) - 4096;
  large = ((uintptr_t)1 << 56) - 4096;
#elif defined(__aarch64__)
  small = (uintptr_t)1 << 48;
  large = (uintptr_t)1 << 52;
#else
  small = large = UINTPTR_MAX;
#endif
  e = small;
  if (small != large) {
    r = ntix__sys6(__NR_mmap, (long)(small + 4096) & ~4095L, 4096, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    if (r >= 0) {
      ntix__sys2(__NR_munmap, r, 4096);
      e = large;
    }
  }
  __atomic_store_n(&end, e, __ATOMIC_RELAXED);
  return e;
}

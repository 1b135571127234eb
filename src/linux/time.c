/* time.c (Linux): clocks through the vDSO's clock_gettime (found once by
 * reading the vDSO's ELF dynamic symbol table at AT_SYSINFO_EHDR), with the
 * clock_gettime system call as the fallback; clock_nanosleep, getpid and
 * sched_getaffinity for the rest.
 */
#include <elf.h>
#include <string.h>
#include <sys/auxv.h>

#include "linux-int.h"

#define CLOCK_ID_REALTIME 0
#define CLOCK_ID_MONOTONIC 1
#define NS_PER_S 1000000000LL

/* struct __kernel_timespec on 64-bit architectures. */
struct kts {
  long long sec;
  long long nsec;
};

typedef int (*vdso_gettime_fn)(long clock, struct kts *ts);

#if defined(__x86_64__)
#define VDSO_GETTIME "__vdso_clock_gettime"
#elif defined(__aarch64__)
#define VDSO_GETTIME "__kernel_clock_gettime"
#else
#define VDSO_GETTIME NULL
#endif

/* The parts of the vDSO image the lookup needs. */
struct vdso_image {
  uintptr_t bias; /* add to a virtual address to get a pointer */
  const Elf64_Sym *syms;
  const char *strs;
  uint32_t nsyms;
};

/* Finds the load bias and the dynamic section from the program headers. */
static const Elf64_Dyn *
vdso_dynamic(const Elf64_Ehdr *eh, uintptr_t *bias) {
  const Elf64_Phdr *ph = (const void *)((const char *)eh + eh->e_phoff);
  const Elf64_Dyn *dyn = NULL;
  int have_load = 0;
  int i;

  *bias = 0;

  for (i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_LOAD && !have_load) {
      *bias = (uintptr_t)eh + ph[i].p_offset - ph[i].p_vaddr;
      have_load = 1;
    } else if (ph[i].p_type == PT_DYNAMIC) {
      dyn = (const void *)((const char *)eh + ph[i].p_offset);
    }
  }
  return have_load ? dyn : NULL;
}

/* Fills img from the dynamic section: 0, or -1 if a table is missing.
 * The vDSO is linked with a SysV hash table, whose chain count is the
 * number of symbols. */
static int
vdso_tables(const Elf64_Ehdr *eh, struct vdso_image *img) {
  const Elf64_Dyn *dyn = vdso_dynamic(eh, &img->bias);
  const uint32_t *hash = NULL;

  img->syms = NULL;
  img->strs = NULL;
  for (; dyn != NULL && dyn->d_tag != DT_NULL; dyn++) {
    if (dyn->d_tag == DT_SYMTAB)
      img->syms = (const void *)(img->bias + dyn->d_un.d_ptr);
    else if (dyn->d_tag == DT_STRTAB)
      img->strs = (const void *)(img->bias + dyn->d_un.d_ptr);
    else if (dyn->d_tag == DT_HASH)
      hash = (const void *)(img->bias + dyn->d_un.d_ptr);
  }
  if (img->syms == NULL || img->strs == NULL || hash == NULL)
    return -1;
  img->nsyms = hash[1];
  return 0;
}

/* The address of a defined global function called name, or NULL.  The
 * vDSO exports each function in one version only, so the version table
 * is not consulted. */
static void *
vdso_sym(const char *name) {
  const Elf64_Ehdr *eh = (const void *)ntix__auxval(AT_SYSINFO_EHDR);
  struct vdso_image img;
  uint32_t i;

  if (eh == NULL || name == NULL || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
      eh->e_ident[EI_CLASS] != ELFCLASS64 || vdso_tables(eh, &img) < 0)
    return NULL;
  for (i = 0; i < img.nsyms; i++) {
    const Elf64_Sym *s = &img.syms[i];
    int bind = ELF64_ST_BIND(s->st_info);

    if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF ||
        (bind != STB_GLOBAL && bind != STB_WEAK))
      continue;
    if (strcmp(img.strs + s->st_name, name) == 0)
      return (void *)(img.bias + s->st_value);
  }
  return NULL;
}

static int
sys_gettime(long clock, struct kts *ts) {
  return (int)ntix__sys2(__NR_clock_gettime, clock, (long)ts);
}

/* Looked up on first use; a race only repeats the same lookup. */
static vdso_gettime_fn gettime_fn;

static NTIX__COLD vdso_gettime_fn
gettime_init(void) {
  vdso_gettime_fn fn = (vdso_gettime_fn)vdso_sym(VDSO_GETTIME);

  if (fn == NULL)
    fn = sys_gettime;
  __atomic_store_n(&gettime_fn, fn, __ATOMIC_RELEASE);
  return fn;
}

static inline int64_t
clock_ns(long clock) {
  vdso_gettime_fn fn = __atomic_load_n(&gettime_fn, __ATOMIC_ACQUIRE);
  struct kts ts = {0, 0};

  if (NTIX__UNLIKELY(fn == NULL))
    fn = gettime_init();
  /* Both clocks exist on every kernel ntix runs on; only a filter that
   * forbids the fallback system call could make this fail, and then the
   * result is 0 rather than stack garbage. */
  fn(clock, &ts);
  return ts.sec * NS_PER_S + ts.nsec;
}

int64_t
ntix__b_clock_mono(void) {
  return clock_ns(CLOCK_ID_MONOTONIC);
}

int64_t
ntix__b_clock_real(void) {
  return clock_ns(CLOCK_ID_REALTIME);
}

int
ntix__b_sleep_ns(int64_t ns) {
  struct kts req, rem;
  long r;

  if (ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_sleep_ns");
  req.sec = ns / NS_PER_S;
  req.nsec = ns % NS_PER_S;
  /* A signal handler interrupts the sleep; go on with what is left, so
   * the caller always sleeps at least ns. */
  while ((r = ntix__sys4(__NR_clock_nanosleep, CLOCK_ID_MONOTONIC, 0,
                         (long)&req, (long)&rem)) == NTIX_EINTR)
    req = rem;
  return (int)NTIX__SYS_RESULT(r, "clock_nanosleep");
}

int
ntix__b_getpid(void) {
  return (int)ntix__sys0(__NR_getpid);
}

int
ntix__b_cpu_count(void) {
  /* Room for 65536 processors: the kernel refuses a mask smaller than
   * its own (EINVAL) and copies only that much into a larger one. */
  unsigned long mask[1024];
  long r, i;
  int n = 0;

  r = ntix__sys3(__NR_sched_getaffinity, 0, (long)sizeof(mask), (long)mask);
  if (r <= 0)
    return 1;
  for (i = 0; i < r / (long)sizeof(mask[0]); i++)
    n += __builtin_popcountl(mask[i]);
  return n > 0 ? n : 1;
}

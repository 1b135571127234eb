/* fault.c: fault injection for tests (configure --enable-fault-injection;
 * absent from other builds).  Every native call the backends make passes
 * a hook first: the Linux system call stubs (src/linux/syscall.h) and the
 * ntdll, Winsock and kernel32 call sites of the Windows backend (the
 * macros of src/win32/fault.h).  The hook counts the call and, when it is
 * the one armed, makes it fail with a chosen native status instead of
 * reaching the OS, as SQLite's overridable system-call table lets its
 * tests do.  Control: ntix_fault_arm() (tests/fault.h) or the environment:
 *   NTIX_FAIL_AT=N       the Nth native call of the process fails
 *   NTIX_FAIL_STATUS=V   with V (decimal errno, or 0x... NTSTATUS, WSA or
 *                        Win32 code) instead of the kind's default
 *   NTIX_FAIL_LOG=1      one line per native call on stderr
 */
#include "ntix-int.h"

#if defined(NTIX_FAULT_INJECTION)

#include <stdio.h>
#include <stdlib.h>

/* Defaults: codes ntix does not treat specially anywhere, so that the
 * neutral result is their plain mapping (EIO, or ENETDOWN for Winsock). */
#define DEFAULT_ERRNO 5u             /* EIO */
#define DEFAULT_NTSTATUS 0xC0000185u /* STATUS_IO_DEVICE_ERROR */
#define DEFAULT_WIN32 1117u          /* ERROR_IO_DEVICE */
#define DEFAULT_WSA 10050u           /* WSAENETDOWN */

static uint64_t calls;   /* hooked native calls so far (atomic) */
static uint64_t fail_at; /* the call number to fail; 0: none */
static uint32_t fail_status;
static int log_calls;
static ntix_fault_info_t fired; /* valid once fired_flag is set */
static int fired_flag;
/* Set while the backend counts its handles: those calls are not counted. */
_Thread_local int ntix__fault_quiet;

static uint32_t
default_status(ntix_native_kind_t kind) {
  switch (kind) {
    case NTIX_NATIVE_ERRNO:
      return DEFAULT_ERRNO;
    case NTIX_NATIVE_WIN32:
      return DEFAULT_WIN32;
    case NTIX_NATIVE_WSA:
      return DEFAULT_WSA;
    default:
      return DEFAULT_NTSTATUS;
  }
}

int
ntix__fault_hit(ntix_native_kind_t kind,
                const char *name,
                long nr,
                const char *site) {
  uint64_t n, at;

  if (ntix__fault_quiet)
    return 0;
  n = __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
  at = __atomic_load_n(&fail_at, __ATOMIC_SEQ_CST);

  if (log_calls) {
    if (name != NULL)
      fprintf(stderr, "ntix-fault: #%llu %s at %s\n", (unsigned long long)n,
              name, site != NULL ? site : "?");
    else
      fprintf(stderr, "ntix-fault: #%llu syscall %ld at %s\n",
              (unsigned long long)n, nr, site != NULL ? site : "?");
    fflush(stderr);
  }
  if (at == 0 || n != at)
    return 0;
  fired.kind = kind;
  fired.status = fail_status != 0 ? fail_status : default_status(kind);
  fired.name = name;
  fired.nr = nr;
  fired.site = site;
  __atomic_store_n(&fired_flag, 1, __ATOMIC_SEQ_CST);
  return 1;
}

uint32_t
ntix__fault_status(ntix_native_kind_t kind) {
  return fail_status != 0 ? fail_status : default_status(kind);
}

void
ntix_fault_arm(uint64_t at, uint32_t status) {
  __atomic_store_n(&fail_at, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&fired_flag, 0, __ATOMIC_SEQ_CST);
  fail_status = status;
  __atomic_store_n(&calls, 0, __ATOMIC_SEQ_CST);
  __atomic_store_n(&fail_at, at, __ATOMIC_SEQ_CST);
}

void
ntix_fault_disarm(void) {
  __atomic_store_n(&fail_at, 0, __ATOMIC_SEQ_CST);
}

uint64_t
ntix_fault_count(void) {
  return __atomic_load_n(&calls, __ATOMIC_SEQ_CST);
}

int
ntix_fault_fired(ntix_fault_info_t *out) {
  if (!__atomic_load_n(&fired_flag, __ATOMIC_SEQ_CST))
    return 0;
  if (out != NULL)
    *out = fired;
  return 1;
}

/* Decimal, or 0x hexadecimal. */
static uint64_t
env_number(const char *name) {
  const char *v = getenv(name);

  return v != NULL ? strtoull(v, NULL, 0) : 0;
}

static void __attribute__((constructor)) fault_from_env(void) {
  log_calls = env_number("NTIX_FAIL_LOG") != 0;
  if (env_number("NTIX_FAIL_AT") != 0)
    ntix_fault_arm(env_number("NTIX_FAIL_AT"),
                   (uint32_t)env_number("NTIX_FAIL_STATUS"));
}

#else

/* ISO C wants something in a translation unit. */
typedef int ntix__fault_unused_t;

#endif /* NTIX_FAULT_INJECTION */

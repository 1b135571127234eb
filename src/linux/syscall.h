/* syscall.h: raw Linux system calls, ntix__sys0 .. ntix__sys6.
 *
 * Each returns what the kernel returns: a value >= 0, or -errno in
 * [-4095, -1].  x86-64 and aarch64 enter the kernel with inline assembly
 * (syscall / svc #0); other 64-bit architectures go through syscall(2).
 * Numbers are the kernel's __NR_* from <asm/unistd.h>.
 */
#ifndef NTIX_LINUX_SYSCALL_H
#define NTIX_LINUX_SYSCALL_H

#include <asm/unistd.h>

/* NTIX_E* codes are the generic Linux errno numbers negated; these
 * architectures number errno differently, and 32-bit ones split 64-bit
 * offsets across register pairs, which the calls here do not do. */
#if defined(__mips__) || defined(__alpha__) || defined(__sparc__) || \
    defined(__hppa__)
#error "ntix: errno numbers on this architecture are not the generic ones"
#endif
#if __SIZEOF_LONG__ != 8
#error "ntix: only 64-bit Linux is supported"
#endif

/* The kernel's failure range: results in [-4095, -1] are -errno.  Calls
 * that return addresses (mmap) must test with this, not with < 0. */
#define NTIX__SYS_FAILED(r) ((unsigned long)(r) > -4096UL)

/* ---- fault injection (tests only: configure --enable-fault-injection) ----
 * Each stub first asks src/common/fault.c whether this call is the one to
 * fail; if so it returns that -errno without entering the kernel.
 * close(2) is made and then reported failed, since a real close releases
 * the fd whatever it reports.  futex(2) is never failed: it only parks and
 * wakes threads on the poller's lock, which no caller could recover from.
 * The site is the file and line that called the stub (the macros at the
 * end of this file). */
#if defined(NTIX_FAULT_INJECTION)
#include "ntix-int.h"

extern _Thread_local const char *ntix__fault_site;

static inline long
ntix__fault_before(long n) {
  if (n == __NR_close || n == __NR_futex ||
      !ntix__fault_hit(NTIX_NATIVE_ERRNO, NULL, n, ntix__fault_site))
    return 0;
  return -(long)ntix__fault_status(NTIX_NATIVE_ERRNO);
}

static inline long
ntix__fault_after(long n, long r) {
  if (n != __NR_close ||
      !ntix__fault_hit(NTIX_NATIVE_ERRNO, NULL, n, ntix__fault_site))
    return r;
  return -(long)ntix__fault_status(NTIX_NATIVE_ERRNO);
}

#define NTIX__FAULT_BEFORE(n)         \
  do {                                \
    long fi_ = ntix__fault_before(n); \
    if (fi_ != 0)                     \
      return fi_;                     \
  } while (0)
#define NTIX__FAULT_AFTER(n, r) ntix__fault_after((n), (r))
#else
#define NTIX__FAULT_BEFORE(n) ((void)0)
#define NTIX__FAULT_AFTER(n, r) (r)
#endif

#if defined(__x86_64__)

/* The syscall instruction takes the number in rax, arguments in rdi, rsi,
 * rdx, r10, r8, r9, and overwrites rcx and r11. */
static inline long
ntix__sys0(long n) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n) : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys1(long n, long a) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys2(long n, long a, long b) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys3(long n, long a, long b, long c) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys4(long n, long a, long b, long c, long d) {
  NTIX__FAULT_BEFORE(n);
  register long r10 __asm__("r10") = d;
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys5(long n, long a, long b, long c, long d, long e) {
  NTIX__FAULT_BEFORE(n);
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys6(long n, long a, long b, long c, long d, long e, long f) {
  NTIX__FAULT_BEFORE(n);
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

#elif defined(__aarch64__)

/* svc #0 takes the number in x8 and arguments in x0..x5; the result comes
 * back in x0.  No other register is clobbered. */
#define NTIX__SVC(...) \
  __asm__ volatile("svc #0" : "=r"(x0) : __VA_ARGS__ : "memory", "cc")

static inline long
ntix__sys0(long n) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0");
  NTIX__SVC("r"(x8));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys1(long n, long a) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  NTIX__SVC("r"(x8), "0"(x0));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys2(long n, long a, long b) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  NTIX__SVC("r"(x8), "0"(x0), "r"(x1));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys3(long n, long a, long b, long c) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  NTIX__SVC("r"(x8), "0"(x0), "r"(x1), "r"(x2));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys4(long n, long a, long b, long c, long d) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  NTIX__SVC("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys5(long n, long a, long b, long c, long d, long e) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  register long x4 __asm__("x4") = e;
  NTIX__SVC("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4));
  return NTIX__FAULT_AFTER(n, x0);
}

static inline long
ntix__sys6(long n, long a, long b, long c, long d, long e, long f) {
  NTIX__FAULT_BEFORE(n);
  register long x8 __asm__("x8") = n;
  register long x0 __asm__("x0") = a;
  register long x1 __asm__("x1") = b;
  register long x2 __asm__("x2") = c;
  register long x3 __asm__("x3") = d;
  register long x4 __asm__("x4") = e;
  register long x5 __asm__("x5") = f;
  NTIX__SVC("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5));
  return NTIX__FAULT_AFTER(n, x0);
}

#else /* another 64-bit architecture: the C library's syscall(2) */

#include <errno.h>
#include <unistd.h>

/* syscall(2) turns the kernel's -errno into -1 and errno; turn it back.
 * This is the only place where ntix reads errno, and only on
 * architectures without stubs of their own. */
static inline long
ntix__sys_ret(long r) {
  return r == -1 ? -(long)errno : r;
}

static inline long
ntix__sys0(long n) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n)));
}

static inline long
ntix__sys1(long n, long a) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a)));
}

static inline long
ntix__sys2(long n, long a, long b) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a, b)));
}

static inline long
ntix__sys3(long n, long a, long b, long c) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a, b, c)));
}

static inline long
ntix__sys4(long n, long a, long b, long c, long d) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a, b, c, d)));
}

static inline long
ntix__sys5(long n, long a, long b, long c, long d, long e) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a, b, c, d, e)));
}

static inline long
ntix__sys6(long n, long a, long b, long c, long d, long e, long f) {
  NTIX__FAULT_BEFORE(n);
  return NTIX__FAULT_AFTER(n, ntix__sys_ret(syscall(n, a, b, c, d, e, f)));
}

#endif

/* A call whose first argument is a descriptor and the rest, if any, are a
 * buffer, a length and (sys4i) an offset: the fast entries' form.  The kernel
 * declares these descriptors unsigned int and reads only the low 32 bits
 * of the register, so x86-64 passes the int as it is, without widening. */
#if defined(__x86_64__)
static inline long
ntix__sys1i(long n, int fd) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(fd)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys3i(long n, int fd, const void *buf, size_t len) {
  NTIX__FAULT_BEFORE(n);
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(fd), "S"(buf), "d"(len)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}

static inline long
ntix__sys4i(long n, int fd, const void *buf, size_t len, int64_t off) {
  NTIX__FAULT_BEFORE(n);
  register int64_t r10 __asm__("r10") = off;
  long r;
  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(fd), "S"(buf), "d"(len), "r"(r10)
                   : "rcx", "r11", "memory");
  return NTIX__FAULT_AFTER(n, r);
}
#else
#define ntix__sys1i(n, fd) ntix__sys1((n), (fd))
#define ntix__sys3i(n, fd, buf, len) \
  ntix__sys3((n), (fd), (long)(buf), (long)(len))
#define ntix__sys4i(n, fd, buf, len, off) \
  ntix__sys4((n), (fd), (long)(buf), (long)(len), (long)(off))
#endif

/* Fault-injection builds: every stub call records its caller's file and
 * line as the site (a macro does not expand inside its own expansion, so
 * the inner name is the function). */
#if defined(NTIX_FAULT_INJECTION)
#define NTIX__FAULT_STR2(x) #x
#define NTIX__FAULT_STR(x) NTIX__FAULT_STR2(x)
#define NTIX__FAULT_AT(call) \
  (ntix__fault_site = __FILE__ ":" NTIX__FAULT_STR(__LINE__), (call))
#define ntix__sys0(...) NTIX__FAULT_AT(ntix__sys0(__VA_ARGS__))
#define ntix__sys1(...) NTIX__FAULT_AT(ntix__sys1(__VA_ARGS__))
#define ntix__sys2(...) NTIX__FAULT_AT(ntix__sys2(__VA_ARGS__))
#define ntix__sys3(...) NTIX__FAULT_AT(ntix__sys3(__VA_ARGS__))
#define ntix__sys4(...) NTIX__FAULT_AT(ntix__sys4(__VA_ARGS__))
#define ntix__sys5(...) NTIX__FAULT_AT(ntix__sys5(__VA_ARGS__))
#define ntix__sys6(...) NTIX__FAULT_AT(ntix__sys6(__VA_ARGS__))
#if defined(__x86_64__)
#define ntix__sys1i(...) NTIX__FAULT_AT(ntix__sys1i(__VA_ARGS__))
#define ntix__sys3i(...) NTIX__FAULT_AT(ntix__sys3i(__VA_ARGS__))
#define ntix__sys4i(...) NTIX__FAULT_AT(ntix__sys4i(__VA_ARGS__))
#endif
#endif

#endif /* NTIX_LINUX_SYSCALL_H */

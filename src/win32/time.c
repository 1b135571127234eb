/* time.c (Windows): clocks, sleeping, process id and processor count.
 * Monotonic time is the performance counter (RtlQueryPerformanceCounter /
 * Frequency), real time RtlGetSystemTimePrecise, sleeping NtDelayExecution,
 * the pid and the processor count from NtQueryInformationProcess
 * (ProcessBasicInformation: UniqueProcessId, AffinityMask).
 */
#include "win32-int.h"

#include <stdatomic.h>

#define NS_PER_SEC INT64_C(1000000000)
/* 100 ns units between 1601-01-01 and 1970-01-01. */
#define EPOCH_DIFF_100NS INT64_C(116444736000000000)

/* The counter frequency never changes while the system runs, so it is read
 * once; 0 means "not read yet".  Two threads may both read it the first
 * time; they store the same value. */
static atomic_llong qpc_freq;

static int64_t
counter_frequency(void) {
  int64_t f = atomic_load_explicit(&qpc_freq, memory_order_relaxed);
  LARGE_INTEGER li;

  if (NTIX__LIKELY(f != 0))
    return f;
  /* RtlQueryPerformanceFrequency cannot fail on Windows 7 and later; the
   * fallback only keeps a broken system from dividing by zero. */
  if (!RtlQueryPerformanceFrequency(&li) || li.QuadPart <= 0)
    li.QuadPart = 10000000;
  atomic_store_explicit(&qpc_freq, li.QuadPart, memory_order_relaxed);
  return li.QuadPart;
}

/* ticks * 1e9 / freq without overflowing: whole seconds and the remainder
 * are scaled apart.  rem * 1e9 fits in 64 bits while freq < 9.2 GHz, which
 * covers every counter Windows uses (10 MHz since Windows 10, the TSC rate
 * on some older systems). */
static int64_t
ticks_to_ns(int64_t ticks, int64_t freq) {
  int64_t sec = ticks / freq;
  int64_t rem = ticks % freq;

  if (freq == 10000000)
    return sec * NS_PER_SEC + rem * 100;
  if (NTIX__UNLIKELY(freq > INT64_MAX / NS_PER_SEC))
    return sec * NS_PER_SEC + (int64_t)((double)rem * 1e9 / (double)freq);
  return sec * NS_PER_SEC + rem * NS_PER_SEC / freq;
}

/* The performance counter is the same counter NtQueryPerformanceCounter
 * reads, but RtlQueryPerformanceCounter reads it in user mode when the
 * kernel allows it (an invariant TSC), saving a system call per clock read.
 * The interrupt time in KUSER_SHARED_DATA would be cheaper still, but it
 * only advances at each clock tick (up to 15.6 ms), far coarser than
 * CLOCK_MONOTONIC. */
int64_t
ntix__b_clock_mono(void) {
  LARGE_INTEGER now;

  RtlQueryPerformanceCounter(&now);
  return ticks_to_ns(now.QuadPart, counter_frequency());
}

/* RtlGetSystemTimePrecise (Windows 8 and later) interpolates the system
 * time with the performance counter.  NtQuerySystemTime and the SystemTime
 * field of KUSER_SHARED_DATA only change at each clock tick, which would
 * make two reads a few milliseconds apart look equal. */
int64_t
ntix__b_clock_real(void) {
  int64_t t100 = RtlGetSystemTimePrecise();

  return (t100 - EPOCH_DIFF_100NS) * 100;
}

/* ceil(ns / 100) without overflowing near INT64_MAX. */
static int64_t
ns_to_100ns_up(int64_t ns) {
  return ns / 100 + (ns % 100 != 0);
}

/* NtDelayExecution counts from the interrupt clock, which can run a
 * fraction of a tick behind the performance counter; after each wait the
 * monotonic clock is checked and any shortfall slept again, so the call
 * never returns early by the clock callers measure with. */
int
ntix__b_sleep_ns(int64_t ns) {
  int64_t start, deadline, now;
  LARGE_INTEGER interval;
  NTSTATUS st;

  if (ns < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_sleep_ns");
  start = ntix__b_clock_mono();
  deadline = ns > INT64_MAX - start ? INT64_MAX : start + ns;
  for (;;) {
    /* A negative interval is relative; 0 just yields the processor. */
    interval.QuadPart = -ns_to_100ns_up(ns);
    st = NtDelayExecution(FALSE, &interval);
    if (!NT_SUCCESS(st))
      return ntix__fail_nt((uint32_t)st, "NtDelayExecution");
    now = ntix__b_clock_mono();
    if (now >= deadline)
      return 0;
    ns = deadline - now;
  }
}

/* The process id never changes (Windows has no fork), so it is asked for
 * once.  Reading the TEB's ClientId would avoid even that call, but gcc
 * warns about the constant-address read inside NtCurrentTeb(). */
static atomic_int cached_pid;

int
ntix__b_getpid(void) {
  int pid = atomic_load_explicit(&cached_pid, memory_order_relaxed);
  PROCESS_BASIC_INFORMATION pbi;
  NTSTATUS st;

  if (NTIX__LIKELY(pid != 0))
    return pid;
  st = NtQueryInformationProcess(NTIX__CURRENT_PROCESS, ProcessBasicInformation,
                                 &pbi, sizeof(pbi), NULL);
  /* Querying the current process cannot fail; 0 is not cached. */
  if (!NT_SUCCESS(st))
    return 0;
  pid = (int)pbi.UniqueProcessId;
  atomic_store_explicit(&cached_pid, pid, memory_order_relaxed);
  return pid;
}

static int
popcount_ptr(uintptr_t mask) {
  int n = 0;

  for (; mask != 0; mask &= mask - 1) n++;
  return n;
}

/* The affinity mask covers the process's processor group (at most 64
 * processors): a process is confined to one group unless it spreads its
 * threads itself, which is what a count "this process may run on" wants. */
int
ntix__b_cpu_count(void) {
  PROCESS_BASIC_INFORMATION pbi;
  SYSTEM_BASIC_INFORMATION sbi;
  NTSTATUS st;
  int n = 0;

  st = NtQueryInformationProcess(NTIX__CURRENT_PROCESS, ProcessBasicInformation,
                                 &pbi, sizeof(pbi), NULL);
  if (NT_SUCCESS(st))
    n = popcount_ptr((uintptr_t)pbi.AffinityMask);
  if (n == 0) {
    st = NtQuerySystemInformation(SystemBasicInformation, &sbi, sizeof(sbi),
                                  NULL);
    if (NT_SUCCESS(st))
      n = (unsigned char)sbi.NumberOfProcessors;
  }
  return n >= 1 ? n : 1;
}

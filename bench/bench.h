/* bench.h: helpers shared by the benchmark programs: a seeded random
 * sequence (the same numbers on the ntix and the libuv side), process CPU
 * time and peak resident memory (getrusage on Linux, GetProcessTimes and
 * GetProcessMemoryInfo on Windows), and a fatal-error exit.
 */
#ifndef NTIX_BENCH_H
#define NTIX_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifdef _WIN32
#define PSAPI_VERSION 2 /* GetProcessMemoryInfo from kernel32 */
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

/* The pump programs send for this long before they start counting, so
 * that a run measures loopback TCP with its buffers grown (the kernel
 * autotunes them during the first moments) and the code paths warm. */
#define BENCH_WARMUP_MS 200

/* The pump receivers' SO_RCVBUF, set on the listener (accepted sockets
 * inherit it).  Left to itself, Linux's receive-buffer autotuning settles
 * at a different size in each run (from 0.4 to 32 MB on loopback), and
 * that size, not the library, decided the one-connection throughput. */
#ifndef BENCH_PUMP_RCVBUF
#define BENCH_PUMP_RCVBUF (1 << 20)
#endif

/* xorshift64: cheap, and identical on every OS and compiler. */
static inline uint64_t
bench_rand(uint64_t *state) {
  uint64_t x = *state;

  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *state = x;
}

/* User plus system CPU time of the process, in nanoseconds. */
static inline int64_t
bench_cpu_ns(void) {
#ifdef _WIN32
  FILETIME c, e, k, u;

  GetProcessTimes(GetCurrentProcess(), &c, &e, &k, &u);
  return ((int64_t)(((uint64_t)k.dwHighDateTime << 32) | k.dwLowDateTime) +
          (int64_t)(((uint64_t)u.dwHighDateTime << 32) | u.dwLowDateTime)) *
         100;
#else
  struct rusage ru;

  getrusage(RUSAGE_SELF, &ru);
  return (int64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000000 +
         (int64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1000;
#endif
}

/* Peak resident set size in KiB (Windows: peak working set). */
static inline long
bench_peak_rss_kib(void) {
#ifdef _WIN32
  PROCESS_MEMORY_COUNTERS pmc;

  if (!GetProcessMemoryInfo(GetCurrentProcess(), &pmc, sizeof(pmc)))
    return -1;
  return (long)(pmc.PeakWorkingSetSize / 1024);
#else
  struct rusage ru;

  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
#endif
}

/* The pump receiver's account of one client run: bytes read, and the
 * process's CPU time from the first connection accepted to the last one
 * closed; printed (after the port line) when the last one closes. */
typedef struct bench_rx {
  uint64_t bytes;
  int64_t cpu0;
  int open;
} bench_rx_t;

static inline void
bench_rx_opened(bench_rx_t *rx) {
  if (rx->open++ == 0) {
    rx->bytes = 0;
    rx->cpu0 = bench_cpu_ns();
  }
}

static inline void
bench_rx_closed(bench_rx_t *rx) {
  if (--rx->open > 0 || rx->bytes == 0)
    return;
  printf("recv_cpu_ns_per_mb=%.0f\n",
         (double)(bench_cpu_ns() - rx->cpu0) * 1e6 / (double)rx->bytes);
  fflush(stdout);
}

static inline void
bench_die(const char *prog, const char *what, const char *why) {
  fprintf(stderr, "%s: %s: %s\n", prog, what, why);
  exit(1);
}

/* Seconds (possibly fractional) from an argument, at least 0.1. */
static inline double
bench_seconds(const char *text) {
  double s = atof(text);

  return s < 0.1 ? 0.1 : s;
}

#endif /* NTIX_BENCH_H */

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

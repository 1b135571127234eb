/* timers-ntix.c: COUNT one-shot ntix timers on one poller with random
 * deadlines in [0, 1000) ms (seeded: the libuv side draws the same ones),
 * run to completion.  Prints the start time, the dispatch time (wall and
 * CPU), the cleanup time (closing the poller) and the peak RSS.
 *
 * Usage: timers-ntix COUNT SEED
 */
#include "bench-ntix.h"

#define PROG "timers-ntix"
#define MAX_EVENTS 1024
#define MS 1000000

int
main(int argc, char **argv) {
  static ntix_poll_event_t ev[MAX_EVENTS];
  int64_t t0, t1, t2, t3, c1, c2;
  uint64_t seed, i, count, fired = 0;
  int p, n;

  if (argc != 3 || atol(argv[1]) < 1) {
    fprintf(stderr, "usage: %s COUNT SEED\n", PROG);
    return 2;
  }
  count = (uint64_t)atol(argv[1]);
  seed = (uint64_t)atol(argv[2]) | 1;
  p = ntix_poll_create(0);
  bench_check(PROG, "poll_create", p);
  t0 = ntix_clock_mono();
  for (i = 0; i < count; i++)
    bench_check(
        PROG, "timer_start",
        ntix_timer_start(p, (int64_t)(bench_rand(&seed) % 1000) * MS, 0, i));
  t1 = ntix_clock_mono();
  c1 = bench_cpu_ns();
  while (fired < count) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    fired += (uint64_t)n;
  }
  t2 = ntix_clock_mono();
  c2 = bench_cpu_ns();
  bench_check(PROG, "poll_close", ntix_poll_close(p));
  t3 = ntix_clock_mono();
  printf(
      "start_ms=%.1f dispatch_ms=%.1f dispatch_cpu_ms=%.1f "
      "cleanup_ms=%.1f peak_rss_mib=%.1f\n",
      (double)(t1 - t0) / 1e6, (double)(t2 - t1) / 1e6, (double)(c2 - c1) / 1e6,
      (double)(t3 - t2) / 1e6, (double)bench_peak_rss_kib() / 1024);
  return 0;
}

/* timers-uv.c: the libuv side of the timer benchmark: COUNT one-shot
 * uv_timer_t (one array) with the same seeded deadlines as timers-ntix.c,
 * run to completion; cleanup closes every handle and the loop.
 *
 * Usage: timers-uv COUNT SEED
 */
#include "bench-uv.h"

#define PROG "timers-uv"

static uint64_t fired;

static void
on_timer(uv_timer_t *t) {
  (void)t;
  fired++;
}

int
main(int argc, char **argv) {
  uv_loop_t *loop = uv_default_loop();
  uint64_t t0, t1, t2, t3, seed, i, count;
  int64_t c1, c2;
  uv_timer_t *timers;

  if (argc != 3 || atol(argv[1]) < 1) {
    fprintf(stderr, "usage: %s COUNT SEED\n", PROG);
    return 2;
  }
  count = (uint64_t)atol(argv[1]);
  seed = (uint64_t)atol(argv[2]) | 1;
  t0 = uv_hrtime();
  timers = malloc(count * sizeof(*timers));
  if (timers == NULL)
    bench_die(PROG, "malloc", "out of memory");
  for (i = 0; i < count; i++) {
    uv_timer_init(loop, &timers[i]);
    uvb_check(
        PROG, "timer_start",
        uv_timer_start(&timers[i], on_timer, bench_rand(&seed) % 1000, 0));
  }
  t1 = uv_hrtime();
  c1 = bench_cpu_ns();
  uv_run(loop, UV_RUN_DEFAULT);
  t2 = uv_hrtime();
  c2 = bench_cpu_ns();
  if (fired != count)
    bench_die(PROG, "run", "not every timer fired");
  for (i = 0; i < count; i++) uv_close((uv_handle_t *)&timers[i], NULL);
  uv_run(loop, UV_RUN_DEFAULT);
  uvb_check(PROG, "loop_close", uv_loop_close(loop));
  free(timers);
  t3 = uv_hrtime();
  printf(
      "start_ms=%.1f dispatch_ms=%.1f dispatch_cpu_ms=%.1f "
      "cleanup_ms=%.1f peak_rss_mib=%.1f\n",
      (double)(t1 - t0) / 1e6, (double)(t2 - t1) / 1e6, (double)(c2 - c1) / 1e6,
      (double)(t3 - t2) / 1e6, (double)bench_peak_rss_kib() / 1024);
  return 0;
}

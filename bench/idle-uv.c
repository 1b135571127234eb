/* idle-uv.c: the libuv side of the idle-connections benchmark: IDLE idle
 * and ACTIVE playing connections (1-byte ping-pong with the peer process
 * of idle-peer.h) on one loop, run with UV_RUN_ONCE until the timer
 * fires.  libuv polls and runs the I/O callbacks in one step, so the wait
 * alone cannot be timed; cpu_per_trip_ns is the CPU time of the loop
 * (thread CPU clock read before and after it, as idle-ntix's first phase)
 * over the round trips.
 *
 * Usage: idle-uv IDLE ACTIVE SECONDS
 */
#include "bench-uv.h"
#include "idle-peer.h"

#define PROG "idle-uv"

static uv_tcp_t listener, *conns;
static uv_timer_t timer;
static int idle, active, total, accepted;
static uint64_t trips, t0, elapsed;
static int stopped;
static double seconds;

static void
on_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n <= 0)
    return;
  trips += (uint64_t)n;
  uvb_send(PROG, s, "p", 1);
}

static void
on_timer(uv_timer_t *t) {
  (void)t;
  elapsed = uv_hrtime() - t0;
  stopped = 1;
}

static void
start_play(void) {
  uv_loop_t *loop = uv_default_loop();
  int i;

  uv_close((uv_handle_t *)&listener, NULL);
  for (i = 0; i < active; i++) uvb_send(PROG, (uv_stream_t *)&conns[i], "p", 1);
  uv_timer_init(loop, &timer);
  uv_timer_start(&timer, on_timer, (uint64_t)(seconds * 1000), 0);
  t0 = uv_hrtime();
}

static void
on_connection(uv_stream_t *l, int status) {
  uv_tcp_t *c = &conns[accepted];

  uvb_check(PROG, "connection", status);
  uv_tcp_init(uv_default_loop(), c);
  uvb_check(PROG, "accept", uv_accept(l, (uv_stream_t *)c));
  uv_tcp_nodelay(c, 1);
  uv_read_start((uv_stream_t *)c, uvb_alloc, on_read);
  if (++accepted == total)
    start_play();
}

/* Listens on a kernel-chosen port and hands the port to the peer. */
static void
open_listener(int port_pipe) {
  struct sockaddr_in sa;
  struct sockaddr_storage ss;
  int len = sizeof(ss);

  uv_ip4_addr("127.0.0.1", 0, &sa);
  uv_tcp_init(uv_default_loop(), &listener);
  uvb_check(PROG, "bind", uv_tcp_bind(&listener, (struct sockaddr *)&sa, 0));
  uvb_check(PROG, "listen",
            uv_listen((uv_stream_t *)&listener, 4096, on_connection));
  uv_tcp_getsockname(&listener, (struct sockaddr *)&ss, &len);
  peer_send_port(port_pipe, ntohs(((struct sockaddr_in *)&ss)->sin_port));
}

/* Runs one iteration at a time until the timer stops it; the loop's CPU
 * time over the round trips. */
static void
run_timed(void) {
  int64_t c0 = peer_thread_cpu_ns(), c1;

  while (!stopped) uv_run(uv_default_loop(), UV_RUN_ONCE);
  c1 = peer_thread_cpu_ns();
  printf("idle=%d cpu_per_trip_ns=%.0f roundtrips_per_s=%.0f\n", idle,
         (double)(c1 - c0) / (double)trips,
         (double)trips * 1e9 / (double)elapsed);
}

int
main(int argc, char **argv) {
  int port_pipe;
  pid_t peer;

  if (argc != 4 || atoi(argv[1]) < 0 || atoi(argv[2]) < 1) {
    fprintf(stderr, "usage: %s IDLE ACTIVE SECONDS\n", PROG);
    return 2;
  }
  idle = atoi(argv[1]);
  active = atoi(argv[2]);
  total = idle + active;
  seconds = bench_seconds(argv[3]);
  conns = calloc((size_t)total, sizeof(*conns));
  peer = peer_start(total, &port_pipe);
  open_listener(port_pipe);
  while (accepted < total) uv_run(uv_default_loop(), UV_RUN_ONCE);
  run_timed();
  peer_stop(peer);
  return 0;
}

/* idle-ntix.c: one ntix poller holding IDLE idle connections and ACTIVE
 * ones doing 1-byte ping-pong with a peer process (idle-peer.h).  Prints
 * the mean CPU time (thread clock, so blocking is not counted) of an
 * ntix_poll_wait call that returned events, the loop's CPU time per round
 * trip (wait and handling), and round trips per second over the active
 * set.
 *
 * Usage: idle-ntix IDLE ACTIVE SECONDS
 */
#include "bench-ntix.h"
#include "idle-peer.h"

#define PROG "idle-ntix"
#define MAX_EVENTS 256
#define LISTENER 0
#define TIMER 1

static int *fds;

/* Accepts until total connections are registered (data = index + 2). */
static void
accept_all(int p, int listener, int total) {
  ntix_poll_event_t ev;
  int n = 0, fd;

  bench_check(PROG, "poll_ctl",
              ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN,
                            LISTENER));
  while (n < total) {
    bench_check(PROG, "poll_wait", ntix_poll_wait(p, &ev, 1, -1));
    while (n < total &&
           (fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0) {
      ntix_setsockopt(fd, NTIX_TCP_NODELAY, 1);
      bench_check(PROG, "poll_ctl",
                  ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN,
                                (uint64_t)n + 2));
      fds[n++] = fd;
    }
  }
  ntix_poll_ctl(p, NTIX_POLL_DEL, listener, 0, 0);
}

static uint64_t
pong(int fd) {
  char buf[64];
  int64_t n = ntix_recv(fd, buf, sizeof(buf), 0);

  if (n <= 0)
    return 0;
  bench_check(PROG, "send", ntix_send(fd, "p", 1, 0));
  return (uint64_t)n;
}

static void
measure(int p, int idle, int active, double seconds) {
  ntix_poll_event_t ev[MAX_EVENTS];
  uint64_t waits = 0, trips = 0;
  int64_t in_wait = 0, in_loop = 0, t0, ta, tb, tc;
  int i, n, running = 1;

  for (i = 0; i < active; i++)
    bench_check(PROG, "send", ntix_send(fds[i], "p", 1, 0));
  t0 = ntix_clock_mono();
  bench_check(PROG, "timer",
              ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
  while (running) {
    ta = peer_thread_cpu_ns();
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    tb = peer_thread_cpu_ns();
    bench_check(PROG, "poll_wait", n);
    in_wait += tb - ta;
    waits++;
    for (i = 0; i < n; i++) {
      if (ev[i].events & NTIX_POLL_TIMER)
        running = 0;
      else
        trips += pong(fds[ev[i].data - 2]);
    }
    tc = peer_thread_cpu_ns();
    in_loop += tc - ta;
  }
  tb = ntix_clock_mono();
  printf("idle=%d wait_cpu_ns=%.0f cpu_per_trip_ns=%.0f "
         "roundtrips_per_s=%.0f\n",
         idle, (double)in_wait / (double)waits, (double)in_loop / (double)trips,
         (double)trips * 1e9 / (double)(tb - t0));
}

/* The listener's port goes to the peer through the pipe, not to stdout. */
static int
open_listener(int port_pipe) {
  ntix_sockaddr_t sa;
  int fd;

  bench_check(PROG, "parse", ntix_sockaddr_parse("127.0.0.1:0", &sa));
  fd = ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK);
  bench_check(PROG, "socket", fd);
  bench_check(PROG, "bind", ntix_bind(fd, &sa));
  bench_check(PROG, "listen", ntix_listen(fd, 4096));
  bench_check(PROG, "getsockname", ntix_getsockname(fd, &sa));
  peer_send_port(port_pipe, sa.port);
  return fd;
}

int
main(int argc, char **argv) {
  int idle, active, total, port_pipe, listener, p;
  pid_t peer;

  if (argc != 4 || atoi(argv[1]) < 0 || atoi(argv[2]) < 1) {
    fprintf(stderr, "usage: %s IDLE ACTIVE SECONDS\n", PROG);
    return 2;
  }
  idle = atoi(argv[1]);
  active = atoi(argv[2]);
  total = idle + active;
  fds = calloc((size_t)total, sizeof(*fds));
  peer = peer_start(total, &port_pipe);
  listener = open_listener(port_pipe);
  p = ntix_poll_create(0);
  bench_check(PROG, "poll_create", p);
  accept_all(p, listener, total);
  /* The first ACTIVE connections play; the rest stay registered, idle. */
  measure(p, idle, active, bench_seconds(argv[3]));
  peer_stop(peer);
  return 0;
}

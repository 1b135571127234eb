/* idle-ntix.c: one ntix poller holding IDLE idle connections and ACTIVE
 * ones doing 1-byte ping-pong with a peer process (idle-peer.h).  Two
 * phases, back to back, the ping-pong running throughout:
 *
 * 1. SECONDS as idle-uv runs them (a blocking wait, then the events
 *    handled): the loop's CPU time per round trip (thread CPU clock read
 *    at the start and the end of the phase, none inside the loop) and
 *    round trips per second over the active set.
 * 2. PROBE_SECONDS measuring the wait itself: each turn first waits with
 *    timeout 0 for at most one event, timed by CLOCK_MONOTONIC (vDSO)
 *    around the call; calls that returned the event are the samples (no
 *    sleep or wake-up in them, and always exactly one event, since a
 *    wait's cost grows with the events it returns and how many are ready
 *    depends on the two processes' timing).  Only when that poll finds
 *    nothing does the loop block (not timed).  Prints the median and 90th
 *    percentile of the samples, less the median of an empty clock
 *    interval.  For this phase the process is pinned to one CPU and the
 *    peer to another, so that the samples do not depend on where the
 *    scheduler puts the two.
 *
 * With --count, no ping-pong and no timing: N times, one byte goes to the
 * peer on the one active connection, a blocking wait sees the echo arrive,
 * and then count_wait() makes the same timeout-0 wait for one event,
 * which finds it (level-triggered: the byte is still unread).  Run under
 * callgrind --toggle-collect=count_wait, this gives the user-space
 * instructions of one wait that returns one event, with IDLE idle
 * registrations and a timer armed (as in the probe phase).
 *
 * Usage: idle-ntix IDLE ACTIVE SECONDS [PROBE_SECONDS]
 *        idle-ntix --count IDLE N
 *   PROBE_SECONDS defaults to SECONDS.
 */
#include <string.h>

#include "bench-ntix.h"
#include "idle-peer.h"

#define PROG "idle-ntix"
#define MAX_EVENTS 256
#define MAX_SAMPLES (1 << 21)
#define LISTENER 0
#define TIMER 1

static int *fds;
static uint32_t *samples;

/* Accepts until total connections are registered (data = index + 2). */
static void
accept_all(int p, int listener, int total) {
  ntix_poll_event_t ev;
  int n = 0, fd;

  bench_check(
      PROG, "poll_ctl",
      ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN, LISTENER));
  while (n < total) {
    bench_check(PROG, "poll_wait", ntix_poll_wait(p, &ev, 1, -1));
    while (n < total &&
           (fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0) {
      ntix_setsockopt(fd, NTIX_TCP_NODELAY, 1);
      bench_check(
          PROG, "poll_ctl",
          ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN, (uint64_t)n + 2));
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

/* Handles n events; 0 once the timer has fired. */
static int
handle(const ntix_poll_event_t *ev, int n, uint64_t *trips) {
  int i, running = 1;

  for (i = 0; i < n; i++) {
    if (ev[i].events & NTIX_POLL_TIMER)
      running = 0;
    else
      *trips += pong(fds[ev[i].data - 2]);
  }
  return running;
}

/* Phase 1: the loop idle-uv runs, for seconds. */
static void
compare(int p, int idle, double seconds) {
  ntix_poll_event_t ev[MAX_EVENTS];
  uint64_t trips = 0;
  int64_t t0, t1, c0, c1;
  int n, running = 1;

  t0 = peer_mono_ns();
  c0 = peer_thread_cpu_ns();
  bench_check(PROG, "timer",
              ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
  while (running) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    running = handle(ev, n, &trips);
  }
  c1 = peer_thread_cpu_ns();
  t1 = peer_mono_ns();
  printf("idle=%d cpu_per_trip_ns=%.0f roundtrips_per_s=%.0f", idle,
         (double)(c1 - c0) / (double)trips,
         (double)trips * 1e9 / (double)(t1 - t0));
}

/* Phase 2: the wait's own cost, for seconds. */
static void
probe(int p, double seconds, pid_t peer) {
  ntix_poll_event_t ev[MAX_EVENTS];
  uint64_t trips = 0, polls = 0;
  int64_t ta, tb, clock_ns;
  size_t ns = 0;
  int n, running = 1;

  peer_pin(peer, -1); /* first: the CPUs counted are the caller's */
  peer_pin(0, 0);
  clock_ns = peer_clock_overhead_ns(samples, MAX_SAMPLES);
  bench_check(PROG, "timer",
              ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
  while (running) {
    ta = peer_mono_ns();
    n = ntix_poll_wait(p, ev, 1, 0);
    tb = peer_mono_ns();
    bench_check(PROG, "poll_wait", n);
    polls++;
    if (n > 0) {
      if (ns < MAX_SAMPLES)
        samples[ns++] = (uint32_t)(tb - ta < UINT32_MAX ? tb - ta : UINT32_MAX);
    } else {
      n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
      bench_check(PROG, "poll_wait", n);
    }
    running = handle(ev, n, &trips);
  }
  if (ns == 0)
    bench_die(PROG, "probe", "no wait returned events");
  printf(
      " wait_ns=%.0f wait_p90_ns=%.0f samples=%zu polls_with_event=%.2f "
      "clock_ns=%lld\n",
      (double)peer_quantile(samples, ns, 0.5) - (double)clock_ns,
      (double)peer_quantile(samples, ns, 0.9) - (double)clock_ns, ns,
      (double)ns / (double)polls, (long long)clock_ns);
}

/* The wait counted under callgrind; not inlined, so that
 * --toggle-collect finds it. */
__attribute__((noinline)) static int
count_wait(int p, ntix_poll_event_t *ev) {
  return ntix_poll_wait(p, ev, 1, 0);
}

static void
count(int p, long rounds) {
  ntix_poll_event_t ev;
  char buf[8];
  long i;

  bench_check(PROG, "timer",
              ntix_timer_start(p, INT64_C(3600000000000), 0, TIMER));
  for (i = 0; i < rounds; i++) {
    bench_check(PROG, "send", ntix_send(fds[0], "p", 1, 0));
    bench_check(PROG, "poll_wait", ntix_poll_wait(p, &ev, 1, -1));
    if (count_wait(p, &ev) != 1)
      bench_die(PROG, "count", "the wait did not return one event");
    bench_check(PROG, "recv", ntix_recv(fds[0], buf, sizeof(buf), 0));
  }
  printf("count_waits=%ld\n", rounds);
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

/* Connects total connections (from a forked peer) to a new poller. */
static int
setup(int total, pid_t *peer) {
  int port_pipe, listener, p;

  fds = calloc((size_t)total, sizeof(*fds));
  samples = malloc(MAX_SAMPLES * sizeof(*samples));
  if (fds == NULL || samples == NULL)
    bench_die(PROG, "malloc", "out of memory");
  *peer = peer_start(total, &port_pipe);
  listener = open_listener(port_pipe);
  p = ntix_poll_create(0);
  bench_check(PROG, "poll_create", p);
  accept_all(p, listener, total);
  return p;
}

int
main(int argc, char **argv) {
  int i, idle, active, p;
  pid_t peer;

  if (argc == 4 && strcmp(argv[1], "--count") == 0 && atoi(argv[2]) >= 0 &&
      atol(argv[3]) > 0) {
    p = setup(atoi(argv[2]) + 1, &peer);
    count(p, atol(argv[3]));
    peer_stop(peer);
    return 0;
  }
  if ((argc != 4 && argc != 5) || atoi(argv[1]) < 0 || atoi(argv[2]) < 1) {
    fprintf(stderr,
            "usage: %s IDLE ACTIVE SECONDS [PROBE_SECONDS]\n"
            "       %s --count IDLE N\n",
            PROG, PROG);
    return 2;
  }
  idle = atoi(argv[1]);
  active = atoi(argv[2]);
  p = setup(idle + active, &peer);
  /* The first ACTIVE connections play; the rest stay registered, idle. */
  for (i = 0; i < active; i++)
    bench_check(PROG, "send", ntix_send(fds[i], "p", 1, 0));
  compare(p, idle, bench_seconds(argv[3]));
  probe(p, bench_seconds(argv[argc == 5 ? 4 : 3]), peer);
  peer_stop(peer);
  return 0;
}

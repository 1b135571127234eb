/* pingpong-ntix.c: TCP ping-pong on loopback with ntix sockets and the
 * ntix poller: one message of SIZE bytes in flight, echoed back by a
 * server process; prints round trips per second.
 *
 * Usage: pingpong-ntix --server          (prints its port, echoes forever)
 *        pingpong-ntix PORT SIZE SECONDS (client)
 */
#include <string.h>

#include "bench-ntix.h"

#define PROG "pingpong-ntix"
#define BUF_SIZE 65536
#define MAX_EVENTS 64
#define LISTENER 0
#define TIMER 1

/* Echoes what arrived; a short send would break the one-message rhythm,
 * so it is fatal here (messages are at most a few hundred bytes). */
static void
echo(int fd) {
  static unsigned char buf[BUF_SIZE];
  int64_t n = ntix_recv(fd, buf, sizeof(buf), 0);

  if (n == NTIX_EAGAIN)
    return;
  if (n <= 0) {
    ntix_close(fd); /* drops its registration too */
    return;
  }
  if (ntix_send(fd, buf, (size_t)n, 0) != n)
    bench_die(PROG, "send", "short send");
}

static void
accept_all(int p, int listener) {
  int fd;

  while ((fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0) {
    ntix_setsockopt(fd, NTIX_TCP_NODELAY, 1);
    bench_check(
        PROG, "poll_ctl",
        ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN, (uint64_t)fd + 2));
  }
}

/* NTIX_BENCH_SPIN_NS set: busy polling (ntix_poll_spin) on poller p. */
static void
spin_from_env(int p) {
  const char *e = getenv("NTIX_BENCH_SPIN_NS");

  if (e != NULL && *e != '\0')
    bench_check(PROG, "poll_spin", ntix_poll_spin(p, atoll(e)));
}

static _Noreturn void
server(void) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int listener = bench_listen(PROG, 128), p = ntix_poll_create(0), i, n;

  bench_check(PROG, "poll_create", p);
  spin_from_env(p);
  bench_check(
      PROG, "poll_ctl",
      ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN, LISTENER));
  for (;;) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n; i++) {
      if (ev[i].data == LISTENER)
        accept_all(p, listener);
      else
        echo((int)(ev[i].data - 2));
    }
  }
}

/* Reads the pong; when all SIZE bytes are back, counts a round trip and
 * sends the next ping.  Returns the round trips completed (0 or 1+). */
static int
on_readable(int fd, unsigned char *msg, size_t size, size_t *got) {
  unsigned char buf[BUF_SIZE];
  int64_t n = ntix_recv(fd, buf, sizeof(buf), 0);
  int done = 0;

  if (n == NTIX_EAGAIN)
    return 0;
  if (n <= 0)
    bench_die(PROG, "recv", n == 0 ? "server closed" : ntix_strerror((int)n));
  for (*got += (size_t)n; *got >= size; *got -= size) done++;
  if (done > 0 && ntix_send(fd, msg, size, 0) != (int64_t)size)
    bench_die(PROG, "send", "short send");
  return done;
}

static int
client(int port, size_t size, double seconds) {
  static unsigned char msg[BUF_SIZE];
  ntix_poll_event_t ev[MAX_EVENTS];
  int fd = bench_connect(PROG, port), p = ntix_poll_create(0), i, n;
  uint64_t trips = 0;
  size_t got = 0;
  int64_t t0;

  bench_check(PROG, "poll_create", p);
  spin_from_env(p);
  bench_check(PROG, "poll_ctl",
              ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN, 2));
  memset(msg, 'p', size);
  t0 = ntix_clock_mono();
  bench_check(PROG, "timer",
              ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
  if (ntix_send(fd, msg, size, 0) != (int64_t)size)
    bench_die(PROG, "send", "short send");
  for (;;) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n; i++) {
      if (ev[i].events & NTIX_POLL_TIMER) {
        int64_t wall = ntix_clock_mono() - t0;

        printf("roundtrips_per_s=%.0f cpu_pct=%.0f\n",
               (double)trips * 1e9 / (double)wall,
               100.0 * (double)bench_cpu_ns() / (double)wall);
        ntix_close(fd);
        return 0;
      }
      trips += (uint64_t)on_readable(fd, msg, size, &got);
    }
  }
}

int
main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--server") == 0)
    server();
  if (argc != 4 || atoi(argv[2]) < 1 || atoi(argv[2]) > BUF_SIZE) {
    fprintf(stderr, "usage: %s --server | PORT SIZE SECONDS\n", PROG);
    return 2;
  }
  return client(atoi(argv[1]), (size_t)atoi(argv[2]), bench_seconds(argv[3]));
}

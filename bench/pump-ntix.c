/* pump-ntix.c: TCP throughput on loopback with ntix sockets and the ntix
 * poller: CONNS connections each sending 64 KiB writes as fast as the
 * receiver (another process) takes them.  After SECONDS the sender shuts
 * its side down and waits for the receiver to close each connection, so
 * every byte counted has arrived; prints MB/s (10^6 bytes).
 *
 * Usage: pump-ntix --server | PORT CONNS SECONDS
 */
#include <string.h>

#include "bench-ntix.h"

#define PROG "pump-ntix"
#define CHUNK 65536
#define MAX_CONNS 64
#define MAX_EVENTS 64
#define LISTENER 0
#define TIMER 1

static unsigned char buf[CHUNK];

/* Reads as libuv does: again while a read fills the whole buffer. */
static void
drain(int fd) {
  int64_t n;

  do
    n = ntix_recv(fd, buf, sizeof(buf), 0);
  while (n == CHUNK);
  if (n == 0 || (n < 0 && n != NTIX_EAGAIN))
    ntix_close(fd);
}

static _Noreturn void
server(void) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int listener = bench_listen(PROG, 128), p = ntix_poll_create(0), i, n, fd;

  bench_check(PROG, "poll_create", p);
  bench_check(PROG, "poll_ctl",
              ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN,
                            LISTENER));
  for (;;) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n; i++) {
      if (ev[i].data != LISTENER) {
        drain((int)(ev[i].data - 2));
        continue;
      }
      while ((fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0)
        bench_check(PROG, "poll_ctl",
                    ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN,
                                  (uint64_t)fd + 2));
    }
  }
}

/* Fills the socket: 64 KiB sends until it is full. */
static uint64_t
fill(int fd) {
  uint64_t total = 0;
  int64_t n;

  while ((n = ntix_send(fd, buf, CHUNK, 0)) > 0)
    total += (uint64_t)n;
  if (n != NTIX_EAGAIN)
    bench_check(PROG, "send", n);
  return total;
}

/* After the timer: half-close every connection and wait until the
 * receiver has read everything and closed its side (recv gives 0). */
static void
finish(int p, int *fds, int conns) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int i, n, open = conns;

  for (i = 0; i < conns; i++) {
    bench_check(PROG, "shutdown", ntix_shutdown(fds[i], NTIX_SHUT_WR));
    bench_check(PROG, "poll_ctl",
                ntix_poll_ctl(p, NTIX_POLL_MOD, fds[i], NTIX_POLL_IN, i + 2));
  }
  while (open > 0) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n; i++) {
      int fd = fds[ev[i].data - 2];

      if (ntix_recv(fd, buf, sizeof(buf), 0) != NTIX_EAGAIN) {
        ntix_close(fd);
        open--;
      }
    }
  }
}

static int
client(int port, int conns, double seconds) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int fds[MAX_CONNS], p = ntix_poll_create(0), i, n, running = 1;
  uint64_t total = 0;
  int64_t t0;

  bench_check(PROG, "poll_create", p);
  for (i = 0; i < conns; i++) {
    fds[i] = bench_connect(PROG, port);
    bench_check(PROG, "poll_ctl",
                ntix_poll_ctl(p, NTIX_POLL_ADD, fds[i], NTIX_POLL_OUT, i + 2));
  }
  t0 = ntix_clock_mono();
  bench_check(PROG, "timer",
              ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
  while (running) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n && running; i++) {
      if (ev[i].events & NTIX_POLL_TIMER)
        running = 0;
      else
        total += fill(fds[ev[i].data - 2]);
    }
  }
  finish(p, fds, conns);
  printf("mb_per_s=%.1f\n",
         (double)total * 1e3 / (double)(ntix_clock_mono() - t0));
  return 0;
}

int
main(int argc, char **argv) {
  if (argc == 2 && strcmp(argv[1], "--server") == 0)
    server();
  if (argc != 4 || atoi(argv[2]) < 1 || atoi(argv[2]) > MAX_CONNS) {
    fprintf(stderr, "usage: %s --server | PORT CONNS SECONDS\n", PROG);
    return 2;
  }
  memset(buf, 'x', sizeof(buf));
  return client(atoi(argv[1]), atoi(argv[2]), bench_seconds(argv[3]));
}

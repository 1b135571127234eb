/* pump-ntix.c: TCP throughput on loopback with ntix sockets and the ntix
 * poller: CONNS connections each sending 64 KiB writes as fast as the
 * receiver (another process) takes them.  After SECONDS the sender shuts
 * its side down and waits for the receiver to close each connection, so
 * every byte counted has arrived; prints MB/s (10^6 bytes) and the
 * sender's CPU time (user + system) per MB.  The first BENCH_WARMUP_MS of
 * sending are not counted (the same in pump-uv.c).  The receiver prints
 * its CPU time per MB read when the run's last connection closes.
 *
 * The sends and receives are the ones pump-uv.c makes through libuv
 * 1.44 (src/unix/stream.c), call for call, so that only the libraries'
 * own costs differ: the sender fills a socket with 64 KiB sends until one
 * is taken in part or not at all, and sends the rest of that chunk first
 * the next time (see fill); the receiver reads 64 KiB at a time until a
 * read comes back short, at most 32 in a row (uv__read).
 *
 * Usage: pump-ntix --server | PORT CONNS SECONDS
 */
#include <string.h>

#include "bench-ntix.h"

#define PROG "pump-ntix"
#define CHUNK 65536
#define MAX_CONNS 64
#define MAX_EVENTS 64
#define MAX_READS 32 /* libuv's uv__read: reads per readiness event */
#define LISTENER 0
#define TIMER 1
#define WARMUP 2 /* timer data; NTIX_POLL_TIMER tells it from a connection */

static unsigned char buf[CHUNK];
static bench_rx_t rx;

/* Reads as libuv does: again while a read fills the whole buffer, at
 * most MAX_READS times. */
static void
drain(int fd) {
  int64_t n;
  int reads = 0;

  do {
    n = ntix_recv(fd, buf, sizeof(buf), 0);
    if (n > 0)
      rx.bytes += (uint64_t)n;
  } while (n == CHUNK && ++reads < MAX_READS);
  if (n == 0 || (n < 0 && n != NTIX_EAGAIN)) {
    ntix_close(fd);
    bench_rx_closed(&rx);
  }
}

static _Noreturn void
server(void) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int listener = bench_listen(PROG, 128), p = ntix_poll_create(0), i, n, fd;

  bench_check(PROG, "poll_create", p);
  ntix_setsockopt(listener, NTIX_SO_RCVBUF, BENCH_PUMP_RCVBUF);
  bench_check(
      PROG, "poll_ctl",
      ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN, LISTENER));
  for (;;) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n; i++) {
      if (ev[i].data != LISTENER) {
        drain((int)(ev[i].data - 2));
        continue;
      }
      while ((fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK)) >= 0) {
        bench_check(PROG, "poll_ctl",
                    ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN,
                                  (uint64_t)fd + 2));
        bench_rx_opened(&rx);
      }
    }
  }
}

/* One send of buf[*off, CHUNK): the bytes taken (0 if none); *off moves
 * past them. */
static uint64_t
send_rest(int fd, size_t *off) {
  int64_t n = ntix_send(fd, buf + *off, CHUNK - *off, 0);

  if (n == NTIX_EAGAIN)
    return 0;
  bench_check(PROG, "send", n);
  *off += (size_t)n;
  return (uint64_t)n;
}

/* Fills a writable socket as pump-uv.c's libuv calls do.  *off < CHUNK:
 * the rest of a chunk is pending (libuv's queued uv_write): one send of it
 * (uv__write), and if it is not all taken, wait for the next event.  Then
 * (the write callback) 64 KiB sends until one is taken in part or not at
 * all (uv_try_write), and one send of that chunk's rest at once (uv_write
 * tries an empty queue's request immediately).  *off == CHUNK: nothing
 * pending (libuv ran the callback without a wait in between). */
static uint64_t
fill(int fd, size_t *off) {
  uint64_t total = 0;
  int64_t n;

  if (*off < CHUNK) {
    total += send_rest(fd, off);
    if (*off < CHUNK)
      return total;
  }
  do {
    n = ntix_send(fd, buf, CHUNK, 0);
    if (n == NTIX_EAGAIN)
      n = 0;
    bench_check(PROG, "send", n);
    total += (uint64_t)n;
  } while (n == CHUNK);
  *off = (size_t)n;
  return total + send_rest(fd, off);
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
  size_t off[MAX_CONNS];
  uint64_t total = 0;
  int64_t t0 = 0, c0 = 0;

  bench_check(PROG, "poll_create", p);
  for (i = 0; i < conns; i++) {
    fds[i] = bench_connect(PROG, port);
    off[i] = CHUNK;
    bench_check(PROG, "poll_ctl",
                ntix_poll_ctl(p, NTIX_POLL_ADD, fds[i], NTIX_POLL_OUT, i + 2));
  }
  bench_check(
      PROG, "timer",
      ntix_timer_start(p, (int64_t)BENCH_WARMUP_MS * 1000000, 0, WARMUP));
  while (running) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    bench_check(PROG, "poll_wait", n);
    for (i = 0; i < n && running; i++) {
      if ((ev[i].events & NTIX_POLL_TIMER) && ev[i].data == WARMUP) {
        total = 0;
        t0 = ntix_clock_mono();
        c0 = bench_cpu_ns();
        bench_check(PROG, "timer",
                    ntix_timer_start(p, (int64_t)(seconds * 1e9), 0, TIMER));
      } else if (ev[i].events & NTIX_POLL_TIMER)
        running = 0;
      else
        total += fill(fds[ev[i].data - 2], &off[ev[i].data - 2]);
    }
  }
  finish(p, fds, conns);
  printf("mb_per_s=%.1f send_cpu_ns_per_mb=%.0f\n",
         (double)total * 1e3 / (double)(ntix_clock_mono() - t0),
         (double)(bench_cpu_ns() - c0) * 1e6 / (double)total);
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

/* idle-peer.h: the far end of the idle-connections benchmark, run in a
 * forked child with plain POSIX sockets and epoll so that it costs the
 * same whichever library the measured process uses.  It connects TOTAL
 * times to the measured process's listener and echoes whatever arrives.
 * Also the clocks and the quantile helper the measured side uses.
 */
#ifndef NTIX_BENCH_IDLE_PEER_H
#define NTIX_BENCH_IDLE_PEER_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* CPU time of the calling thread: the loop's cost without the time it
 * spends blocked.  A system call (about 1.6 us in the VM the benchmarks
 * were written on), so it is read at the ends of a phase, never per
 * iteration. */
static inline int64_t
peer_thread_cpu_ns(void) {
  struct timespec ts;

  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The monotonic clock through the vDSO: tens of nanoseconds, no kernel
 * entry, so it can time one call. */
static inline int64_t
peer_mono_ns(void) {
  struct timespec ts;

  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static inline int
peer_cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

  return (x > y) - (x < y);
}

/* The q-quantile (0..1) of n samples (n > 0); sorts them. */
static inline uint32_t
peer_quantile(uint32_t *v, size_t n, double q) {
  size_t i = (size_t)(q * (double)(n - 1) + 0.5);

  qsort(v, n, sizeof(*v), peer_cmp_u32);
  return v[i < n ? i : n - 1];
}

/* The median of an empty interval of peer_mono_ns, to subtract from a
 * timed call; v is scratch room for cap samples. */
static inline int64_t
peer_clock_overhead_ns(uint32_t *v, size_t cap) {
  size_t i, n = cap < 100000 ? cap : 100000;
  int64_t a, b;

  for (i = 0; i < n; i++) {
    a = peer_mono_ns();
    b = peer_mono_ns();
    v[i] = (uint32_t)(b - a);
  }
  return n > 0 ? (int64_t)peer_quantile(v, n, 0.5) : 0;
}

static void
peer_echo_loop(int ep) {
  struct epoll_event ev[256];
  char buf[4096];
  int i, n;

  for (;;) {
    n = epoll_wait(ep, ev, 256, -1);
    for (i = 0; i < n; i++) {
      ssize_t r = read(ev[i].data.fd, buf, sizeof(buf));

      if (r <= 0)
        _exit(0); /* the measured process is done */
      if (write(ev[i].data.fd, buf, (size_t)r) != r)
        _exit(1);
    }
  }
}

/* In the child: reads the port from the pipe, connects total times
 * (blocking, so the measured side accepts at its own pace), then echoes. */
static void
peer_run(int port_pipe, int total) {
  struct sockaddr_in sa = {.sin_family = AF_INET};
  struct epoll_event e = {.events = EPOLLIN};
  int i, fd, one = 1, ep = epoll_create1(0);
  uint16_t port;

  if (read(port_pipe, &port, sizeof(port)) != sizeof(port))
    _exit(1);
  sa.sin_port = htons(port);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  for (i = 0; i < total; i++) {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
      perror("idle peer: connect");
      _exit(1);
    }
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    e.data.fd = fd;
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
  }
  peer_echo_loop(ep);
}

/* Pins process pid (0: the caller) to the which-th CPU the caller may
 * run on (0 the first, -1 the last); nothing if fewer than two are
 * allowed. */
static inline void
peer_pin(pid_t pid, int which) {
  cpu_set_t set, one;
  int i, k = 0, n;

  if (sched_getaffinity(0, sizeof(set), &set) != 0 || (n = CPU_COUNT(&set)) < 2)
    return;
  if (which < 0)
    which = n - 1;
  for (i = 0; i < CPU_SETSIZE; i++) {
    if (!CPU_ISSET(i, &set) || k++ != which)
      continue;
    CPU_ZERO(&one);
    CPU_SET(i, &one);
    sched_setaffinity(pid, sizeof(one), &one);
    return;
  }
}

/* Forks the peer; returns its pid and the pipe end for the port. */
static pid_t
peer_start(int total, int *port_pipe) {
  int pp[2];
  pid_t pid;

  if (pipe(pp) < 0 || (pid = fork()) < 0)
    bench_die("idle", "fork", "failed");
  if (pid == 0) {
    close(pp[1]);
    peer_run(pp[0], total);
  }
  close(pp[0]);
  *port_pipe = pp[1];
  return pid;
}

static void
peer_send_port(int port_pipe, int port) {
  uint16_t p = (uint16_t)port;

  if (write(port_pipe, &p, sizeof(p)) != sizeof(p))
    bench_die("idle", "pipe", "write failed");
  close(port_pipe);
}

static void
peer_stop(pid_t pid) {
  kill(pid, SIGTERM);
  waitpid(pid, NULL, 0);
}

#endif /* NTIX_BENCH_IDLE_PEER_H */

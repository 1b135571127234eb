/* idle-peer.h: the far end of the idle-connections benchmark, run in a
 * forked child with plain POSIX sockets and epoll so that it costs the
 * same whichever library the measured process uses.  It connects TOTAL
 * times to the measured process's listener and echoes whatever arrives.
 * Also the thread CPU clock the measured side times its waits with.
 */
#ifndef NTIX_BENCH_IDLE_PEER_H
#define NTIX_BENCH_IDLE_PEER_H

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"

/* CPU time of the calling thread: a wait's cost without the time it
 * spends blocked, whatever else the machine runs meanwhile. */
static inline int64_t
peer_thread_cpu_ns(void) {
  struct timespec ts;

  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
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

/* bench-ntix.h: socket set-up shared by the ntix benchmark programs: a
 * loopback listener that prints its port, and a non-blocking loopback
 * connection made with ntix sockets and the ntix poller.
 */
#ifndef NTIX_BENCH_NTIX_H
#define NTIX_BENCH_NTIX_H

#include "bench.h"
#include "ntix.h"

static inline void
bench_check(const char *prog, const char *what, int64_t rc) {
  if (rc < 0)
    bench_die(prog, what, ntix_strerror((int)rc));
}

/* A non-blocking listener on 127.0.0.1 with a kernel-chosen port; the
 * port goes to stdout as the first line, which the driver reads. */
static inline int
bench_listen(const char *prog, int backlog) {
  ntix_sockaddr_t sa;
  int fd;

  bench_check(prog, "parse", ntix_sockaddr_parse("127.0.0.1:0", &sa));
  fd = ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK);
  bench_check(prog, "socket", fd);
  ntix_setsockopt(fd, NTIX_SO_REUSEADDR, 1);
  bench_check(prog, "bind", ntix_bind(fd, &sa));
  bench_check(prog, "listen", ntix_listen(fd, backlog));
  bench_check(prog, "getsockname", ntix_getsockname(fd, &sa));
  printf("%u\n", (unsigned)sa.port);
  fflush(stdout);
  return fd;
}

/* A connected non-blocking socket with TCP_NODELAY.  The connect's
 * completion is awaited on a private poller, so the caller's poller sees
 * only a ready socket. */
static inline int
bench_connect(const char *prog, int port) {
  ntix_sockaddr_t sa;
  ntix_poll_event_t ev;
  int fd, p, rc, err = 0;

  bench_check(prog, "parse", ntix_sockaddr_parse("127.0.0.1:1", &sa));
  sa.port = (uint16_t)port;
  fd = ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK);
  bench_check(prog, "socket", fd);
  rc = ntix_connect(fd, &sa);
  if (rc == NTIX_EINPROGRESS) {
    p = ntix_poll_create(0);
    bench_check(prog, "poll_create", p);
    bench_check(prog, "poll_ctl",
                ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_OUT, 0));
    bench_check(prog, "poll_wait", ntix_poll_wait(p, &ev, 1, -1));
    ntix_poll_close(p);
    bench_check(prog, "getsockopt", ntix_getsockopt(fd, NTIX_SO_ERROR, &err));
    rc = err;
  }
  bench_check(prog, "connect", rc);
  ntix_setsockopt(fd, NTIX_TCP_NODELAY, 1);
  return fd;
}

#endif /* NTIX_BENCH_NTIX_H */

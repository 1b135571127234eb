/* fault-ops-net.c: the socket, poller and timer operations of
 * tests/check_fault.c (see fault-ops.h).  Everything runs over loopback
 * IPv4 in one thread: connections complete in the kernel's backlog.
 */
#include <string.h>

#include "fault-ops.h"

static const char M[] = "hello";

/* Waits up to ms for events; the count or the failure. */
static int
wait_events(int pfd, ntix_poll_event_t *ev, int max, int ms) {
  return ntix_poll_wait(pfd, ev, max, (int64_t)ms * 1000000);
}

/* ---- sockets ------------------------------------------------------------- */

static void
set_nothing(fop_t *c) {
  (void)c;
}

static int64_t
run_socket(fop_t *c) {
  return c->fd = ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0);
}

static int
done_ok(fop_t *c, int64_t r) {
  return r >= 0;
}

static void
set_socket(fop_t *c) {
  c->fd = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  ntix_t_loopback(NTIX_AF_INET, 0, &c->addr);
}

static int64_t
run_bind(fop_t *c) {
  return ntix_bind(c->fd, &c->addr);
}

static int
done_bind(fop_t *c, int64_t r) {
  ntix_sockaddr_t got;

  return ntix_getsockname(c->fd, &got) == 0 && got.port != 0;
}

/* A failed bind leaves the socket unbound: binding it again works. */
static int
undone_bind(fop_t *c) {
  return ntix_bind(c->fd, &c->addr) == 0;
}

static void
set_bound(fop_t *c) {
  set_socket(c);
  NT_OK(ntix_bind(c->fd, &c->addr));
  NT_OK(ntix_getsockname(c->fd, &c->addr));
}

static int64_t
run_listen(fop_t *c) {
  return ntix_listen(c->fd, 16);
}

static int
done_listen(fop_t *c, int64_t r) {
  c->fd2 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  return ntix_connect(c->fd2, &c->addr) == 0;
}

static void
set_listener(fop_t *c) {
  c->fd = ntix_t_listener(NTIX_AF_INET, NTIX_SOCK_NONBLOCK, &c->addr);
  c->fd2 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
}

static int64_t
run_connect(fop_t *c) {
  return ntix_connect(c->fd2, &c->addr);
}

/* A connection that is fully there: accepted, and bytes go both ways. */
static int
connected(int a, int b) {
  char buf[8];

  return ntix_t_send_all(a, M, 5) == 5 && ntix_t_recv_all(b, buf, 5) == 5 &&
         ntix_t_send_all(b, M, 5) == 5 && ntix_t_recv_all(a, buf, 5) == 5;
}

static int
done_connect(fop_t *c, int64_t r) {
  int64_t t0 = ntix_t_ms();

  /* The listener is non-blocking: the connection is in its backlog. */
  while ((c->fd3 = ntix_accept(c->fd, NULL, 0)) == NTIX_EAGAIN &&
         ntix_t_ms() - t0 < 5000)
    ntix_sleep_ns(1000000);
  return c->fd3 >= 0 && connected(c->fd2, c->fd3);
}

static void
set_pending(fop_t *c) {
  set_listener(c);
  NT_OK(ntix_connect(c->fd2, &c->addr));
}

static int64_t
run_accept(fop_t *c) {
  int64_t t0 = ntix_t_ms();

  while ((c->fd3 = ntix_accept(c->fd, NULL, 0)) == NTIX_EAGAIN &&
         ntix_t_ms() - t0 < 5000)
    ntix_sleep_ns(1000000);
  return c->fd3;
}

static int
done_accept(fop_t *c, int64_t r) {
  return connected(c->fd2, c->fd3);
}

/* A failed accept loses no connection: it can still be accepted. */
static int
undone_accept(fop_t *c) {
  return done_connect(c, 0);
}

static void
set_pair(fop_t *c) {
  ntix_t_tcp_pair(NTIX_AF_INET, &c->fd, &c->fd2);
}

static int64_t
run_send(fop_t *c) {
  return ntix_send(c->fd, M, 5, 0);
}

static int
done_send(fop_t *c, int64_t r) {
  char buf[8];

  return r == 5 && ntix_t_recv_all(c->fd2, buf, 5) == 5;
}

/* Nothing was sent. */
static int
nothing_sent(fop_t *c) {
  char buf[8];

  return ntix_recv(c->fd2, buf, 8, NTIX_MSG_DONTWAIT) == NTIX_EAGAIN;
}

static void
set_pair_data(fop_t *c) {
  set_pair(c);
  NT_OK(ntix_t_send_all(c->fd, M, 5));
}

static int64_t
run_recv(fop_t *c) {
  char buf[8];

  return ntix_t_recv_all(c->fd2, buf, 5);
}

static int
done_recv(fop_t *c, int64_t r) {
  return r == 5;
}

/* The bytes are still there to read. */
static int
data_kept(fop_t *c) {
  char buf[8];

  return ntix_t_recv_all(c->fd2, buf, 5) == 5;
}

/* A duplicate of a connected socket sends on the same connection. */
static int64_t
run_dup_socket(fop_t *c) {
  return c->fd3 = ntix_dup(c->fd);
}

static int
done_dup_socket(fop_t *c, int64_t r) {
  char buf[8];

  return ntix_t_send_all(c->fd3, M, 5) == 5 &&
         ntix_t_recv_all(c->fd2, buf, 5) == 5;
}

static int64_t
run_names(fop_t *c) {
  ntix_sockaddr_t a, b;
  int rc = ntix_getsockname(c->fd, &a);

  if (rc < 0)
    return rc;
  if ((rc = ntix_getpeername(c->fd, &b)) < 0)
    return rc;
  return a.port != 0 && b.port != 0 ? 0 : -1;
}

static int64_t
run_sockopt(fop_t *c) {
  int v = 0, rc = ntix_setsockopt(c->fd, NTIX_SO_KEEPALIVE, 1);

  if (rc < 0)
    return rc;
  if ((rc = ntix_getsockopt(c->fd, NTIX_SO_KEEPALIVE, &v)) < 0)
    return rc;
  return v;
}

static int
done_one(fop_t *c, int64_t r) {
  return r == 1;
}

static int64_t
run_shutdown(fop_t *c) {
  return ntix_shutdown(c->fd, NTIX_SHUT_WR);
}

static int
done_shutdown(fop_t *c, int64_t r) {
  char buf[8];

  return ntix_recv(c->fd2, buf, 8, 0) == 0;
}

static int64_t
run_socketpair(fop_t *c) {
  return ntix_socketpair(NTIX_SOCK_STREAM, 0, c->fds);
}

static int
done_socketpair(fop_t *c, int64_t r) {
  return connected(c->fds[0], c->fds[1]);
}

static void
set_udp(fop_t *c) {
  c->fd = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  c->fd2 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  ntix_t_loopback(NTIX_AF_INET, 0, &c->addr);
  NT_OK(ntix_bind(c->fd2, &c->addr));
  NT_OK(ntix_getsockname(c->fd2, &c->addr));
}

static int64_t
run_sendto(fop_t *c) {
  return ntix_sendto(c->fd, M, 5, 0, &c->addr);
}

static int
done_sendto(fop_t *c, int64_t r) {
  char buf[8];
  ntix_sockaddr_t from;

  return r == 5 && ntix_recvfrom(c->fd2, buf, 8, 0, &from) == 5;
}

/* ---- the poller ---------------------------------------------------------- */

static int64_t
run_poll_create(fop_t *c) {
  return c->pfd = ntix_poll_create(0);
}

static int
done_poll_create(fop_t *c, int64_t r) {
  ntix_poll_event_t ev[4];

  return wait_events(c->pfd, ev, 4, 0) == 0;
}

/* A poller and a listening socket with a connection waiting: readable. */
static void
set_poll_listener(fop_t *c) {
  set_pending(c);
  c->pfd = (int)NT_OK(ntix_poll_create(0));
}

static int64_t
run_ctl_add(fop_t *c) {
  return ntix_poll_ctl(c->pfd, NTIX_POLL_ADD, c->fd, NTIX_POLL_IN, 42);
}

/* The registration reports: the event comes (a connection completes
 * asynchronously on Windows: up to 5 s). */
static int
reported(fop_t *c) {
  ntix_poll_event_t ev[4];

  return wait_events(c->pfd, ev, 4, 5000) == 1 && ev[0].data == 42 &&
         (ev[0].events & NTIX_POLL_IN);
}

static int
done_ctl_add(fop_t *c, int64_t r) {
  return reported(c);
}

/* A failed ADD registers nothing: adding again works and reports. */
static int
undone_ctl_add(fop_t *c) {
  return ntix_poll_ctl(c->pfd, NTIX_POLL_ADD, c->fd, NTIX_POLL_IN, 42) == 0 &&
         reported(c);
}

static void
set_poll_registered(fop_t *c) {
  set_poll_listener(c);
  NT_OK(run_ctl_add(c));
}

static int64_t
run_ctl_mod(fop_t *c) {
  return ntix_poll_ctl(c->pfd, NTIX_POLL_MOD, c->fd, NTIX_POLL_IN, 42);
}

static int64_t
run_ctl_del(fop_t *c) {
  return ntix_poll_ctl(c->pfd, NTIX_POLL_DEL, c->fd, 0, 0);
}

static int
done_ctl_del(fop_t *c, int64_t r) {
  ntix_poll_event_t ev[4];

  return wait_events(c->pfd, ev, 4, 50) == 0;
}

static int64_t
run_wait(fop_t *c) {
  ntix_poll_event_t ev[4];
  int n = wait_events(c->pfd, ev, 4, 5000);

  return n == 1 && ev[0].data == 42 ? 1 : n < 0 ? n : -1;
}

/* The level-triggered event is not lost by a failed wait. */
static int
undone_wait(fop_t *c) {
  return reported(c);
}

/* A registered pipe end with data: pipes are polled otherwise than
 * sockets on Windows (an overlapped zero-byte read). */
static void
set_poll_pipe(fop_t *c) {
  NT_OK(ntix_pipe(c->fds, NTIX_O_NONBLOCK));
  NT_OK(ntix_write(c->fds[1], M, 5));
  c->pfd = (int)NT_OK(ntix_poll_create(0));
  c->fd = c->fds[0];
  c->fds[0] = -1;
}

static int64_t
run_wake(fop_t *c) {
  return ntix_poll_wake(c->pfd);
}

static int
done_wake(fop_t *c, int64_t r) {
  ntix_poll_event_t ev[4];

  return wait_events(c->pfd, ev, 4, 1000) == 1 &&
         ev[0].events == NTIX_POLL_WAKE;
}

static void
set_poller(fop_t *c) {
  c->pfd = (int)NT_OK(ntix_poll_create(0));
}

static int64_t
run_poll_close(fop_t *c) {
  int rc = ntix_poll_close(c->pfd);

  c->fd3 = c->pfd;
  c->pfd = -1;
  return rc;
}

static int
done_poll_close(fop_t *c, int64_t r) {
  return ntix_fd_native(c->fd3) == -1;
}

static int
undone_poll_close(fop_t *c) {
  return done_poll_close(c, 0);
}

/* Closing a registered socket drops its registration. */
static int64_t
run_close_registered(fop_t *c) {
  int rc = ntix_close(c->fd);

  c->fd3 = c->fd;
  c->fd = -1;
  return rc;
}

static int
done_close_registered(fop_t *c, int64_t r) {
  return ntix_fd_native(c->fd3) == -1 && done_ctl_del(c, 0) &&
         ntix_poll_wake(c->pfd) == 0 && done_wake(c, 0);
}

static int
undone_close_registered(fop_t *c) {
  return done_close_registered(c, 0);
}

/* ---- timers -------------------------------------------------------------- */

static int64_t
run_timer_start(fop_t *c) {
  return c->id = ntix_timer_start(c->pfd, 1000000, 0, 7);
}

static int
done_timer(fop_t *c, int64_t r) {
  ntix_poll_event_t ev[4];

  return wait_events(c->pfd, ev, 4, 2000) == 1 && ev[0].data == 7 &&
         ev[0].events == NTIX_POLL_TIMER;
}

/* No timer fires. */
static int
no_timer(fop_t *c) {
  return done_ctl_del(c, 0);
}

static int
done_no_timer(fop_t *c, int64_t r) {
  return no_timer(c);
}

static int
timer_kept(fop_t *c) {
  return done_timer(c, 0);
}

static void
set_timer(fop_t *c) {
  set_poller(c);
  c->id = NT_OK(ntix_timer_start(c->pfd, 20000000, 0, 7));
}

static int64_t
run_timer_stop(fop_t *c) {
  return ntix_timer_stop(c->pfd, c->id);
}

static int64_t
run_timer_restart(fop_t *c) {
  return ntix_timer_restart(c->pfd, c->id, 1000000, 0);
}

#define OP(name, setup, run, done, undone) \
  { name, setup, run, done, undone, fop_close_all }

const fault_op_t fault_ops_net[] = {
    OP("socket", set_nothing, run_socket, done_ok, NULL),
    OP("bind", set_socket, run_bind, done_bind, undone_bind),
    OP("listen", set_bound, run_listen, done_listen, NULL),
    OP("connect", set_listener, run_connect, done_connect, NULL),
    OP("accept", set_pending, run_accept, done_accept, undone_accept),
    OP("send", set_pair, run_send, done_send, nothing_sent),
    OP("recv", set_pair_data, run_recv, done_recv, data_kept),
    OP("dup-socket", set_pair, run_dup_socket, done_dup_socket, NULL),
    OP("sock-names", set_pair, run_names, done_ok, NULL),
    OP("sockopt", set_pair, run_sockopt, done_one, NULL),
    OP("shutdown", set_pair, run_shutdown, done_shutdown, NULL),
    OP("socketpair", set_nothing, run_socketpair, done_socketpair, NULL),
    OP("sendto", set_udp, run_sendto, done_sendto, NULL),
    OP("poll-create", set_nothing, run_poll_create, done_poll_create, NULL),
    OP("poll-add-socket",
       set_poll_listener,
       run_ctl_add,
       done_ctl_add,
       undone_ctl_add),
    OP("poll-add-pipe",
       set_poll_pipe,
       run_ctl_add,
       done_ctl_add,
       undone_ctl_add),
    OP("poll-mod", set_poll_registered, run_ctl_mod, done_ctl_add, NULL),
    OP("poll-del", set_poll_registered, run_ctl_del, done_ctl_del, NULL),
    OP("poll-wait", set_poll_registered, run_wait, done_ok, undone_wait),
    OP("poll-wake", set_poller, run_wake, done_wake, NULL),
    OP("poll-close",
       set_poller,
       run_poll_close,
       done_poll_close,
       undone_poll_close),
    OP("close-registered",
       set_poll_registered,
       run_close_registered,
       done_close_registered,
       undone_close_registered),
    OP("timer-start", set_poller, run_timer_start, done_timer, no_timer),
    OP("timer-stop", set_timer, run_timer_stop, done_no_timer, timer_kept),
    OP("timer-restart", set_timer, run_timer_restart, done_timer, NULL),
};
const int fault_ops_net_count =
    (int)(sizeof(fault_ops_net) / sizeof(fault_ops_net[0]));

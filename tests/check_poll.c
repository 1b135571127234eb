/* check_poll.c: conformance of the poller on both OSes (epoll on Linux, AFD
 * poll on a completion port on Windows): the argument checks of ctl and
 * wait, level-triggered and one-shot reports, the connection events whose
 * raw form differs between the OSes (pinned as doc/poller.md says), pipes,
 * close while registered, wakes from other threads, many waiters on one
 * poller, timer and timeout slack, and busy polling.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

#define MS 1000000LL
/* How late a timer or a wait timeout may be (doc/poller.md, "timer
 * slack"); never early. */
#define SLACK_MS 200
#define WAITERS 100

/* Waits up to timeout_ms and returns the events of the registration whose
 * data is data (0 if it was not reported), or the wait's error. */
static int64_t
events_of(int p, uint64_t data, int64_t timeout_ms) {
  ntix_poll_event_t ev[16];
  int i, n = ntix_poll_wait(p, ev, 16, timeout_ms * MS);

  if (n < 0)
    return n;
  for (i = 0; i < n; i++)
    if (ev[i].data == data)
      return ev[i].events;
  return 0;
}

/* 1 if every bit of want is in the events got (an error is never). */
static int
has(int64_t got, uint32_t want) {
  return got >= 0 && ((uint32_t)got & want) == want;
}

START_TEST(create_close) {
  ntix_poll_event_t ev[4];
  int p;

  p = (int)NT_EXPECT_OK("poll_create", ntix_poll_create(0));
  NT_EXPECT("poll_create: unknown flags", ntix_poll_create(0x1), NTIX_EINVAL);
  NT_EXPECT("poll_wait: empty poller, timeout 0", ntix_poll_wait(p, ev, 4, 0),
            0);
  NT_EXPECT("poll_close", ntix_poll_close(p), 0);
  NT_EXPECT("poll_wait: closed poller", ntix_poll_wait(p, ev, 4, 0),
            NTIX_EBADF);
  p = (int)NT_OK(ntix_poll_create(NTIX_O_INHERIT));
  NT_EXPECT("close: poller with ntix_close", ntix_close(p), 0);
}
END_TEST

START_TEST(ctl_errors) {
  ntix_poll_event_t ev[4];
  int p, q, fds[2], f, s;

  /* The closed numbers are made last, so nothing reuses them. */
  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  ntix_t_create(ntix_t_path("regular"), "x", 1);
  f = (int)NT_OK(ntix_open(ntix_t_path("regular"), NTIX_O_RDONLY, 0));
  q = (int)NT_OK(ntix_poll_create(0));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_OK(ntix_close(s));
  NT_OK(ntix_poll_close(q));

  NT_EXPECT("poll_ctl: closed poller",
            ntix_poll_ctl(q, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 0),
            NTIX_EBADF);
  NT_EXPECT("poll_ctl: closed descriptor",
            ntix_poll_ctl(p, NTIX_POLL_ADD, s, NTIX_POLL_IN, 0), NTIX_EBADF);
  NT_EXPECT("poll_ctl: pfd is not a poller",
            ntix_poll_ctl(fds[1], NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 0),
            NTIX_EINVAL);
  NT_EXPECT("poll_ctl: pfd not a poller and fd closed (EBADF first)",
            ntix_poll_ctl(fds[1], NTIX_POLL_ADD, s, NTIX_POLL_IN, 0),
            NTIX_EBADF);
  NT_EXPECT("poll_ctl: fd is the poller itself",
            ntix_poll_ctl(p, NTIX_POLL_ADD, p, NTIX_POLL_IN, 0), NTIX_EINVAL);
  NT_EXPECT("poll_ctl: unknown op",
            ntix_poll_ctl(p, 99, fds[0], NTIX_POLL_IN, 0), NTIX_EINVAL);
  NT_EXPECT("poll_ctl: unknown event bits",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], 0x01000000, 0),
            NTIX_EINVAL);
  NT_EXPECT("poll_ctl: ADD pipe read end",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 1), 0);
  NT_EXPECT("poll_ctl: ADD twice",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 1),
            NTIX_EEXIST);
  NT_EXPECT("poll_ctl: ADD twice with unknown event bits (EINVAL first)",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], 0x01000000, 1),
            NTIX_EINVAL);
  NT_EXPECT("poll_ctl: MOD of an unregistered descriptor",
            ntix_poll_ctl(p, NTIX_POLL_MOD, fds[1], NTIX_POLL_OUT, 2),
            NTIX_ENOENT);
  NT_EXPECT("poll_ctl: DEL of an unregistered descriptor",
            ntix_poll_ctl(p, NTIX_POLL_DEL, fds[1], 0, 0), NTIX_ENOENT);
  NT_EXPECT("poll_ctl: regular file",
            ntix_poll_ctl(p, NTIX_POLL_ADD, f, NTIX_POLL_IN, 3), NTIX_EPERM);
  NT_EXPECT("poll_ctl: DEL", ntix_poll_ctl(p, NTIX_POLL_DEL, fds[0], 0, 0), 0);
  NT_EXPECT("poll_ctl: DEL again",
            ntix_poll_ctl(p, NTIX_POLL_DEL, fds[0], 0, 0), NTIX_ENOENT);

  NT_EXPECT("poll_wait: max 0", ntix_poll_wait(p, ev, 0, 0), NTIX_EINVAL);
  NT_EXPECT("poll_wait: max -1", ntix_poll_wait(p, ev, -1, 0), NTIX_EINVAL);
  NT_EXPECT("poll_wait: out NULL", ntix_poll_wait(p, NULL, 4, 0), NTIX_EFAULT);
  NT_EXPECT("poll_wait: pfd is not a poller", ntix_poll_wait(fds[0], ev, 4, 0),
            NTIX_EINVAL);
  ntix_close(f);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_poll_close(p);
}
END_TEST

/* G1: what a never-connected socket reports differs; only registering it
 * is pinned. */
START_TEST(never_connected) {
  int p, s;

  p = (int)NT_OK(ntix_poll_create(0));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("poll_ctl: ADD never-connected TCP socket",
            ntix_poll_ctl(p, NTIX_POLL_ADD, s, NTIX_POLL_IN | NTIX_POLL_OUT, 1),
            0);
  NT_EXPECT("poll_ctl: DEL never-connected TCP socket",
            ntix_poll_ctl(p, NTIX_POLL_DEL, s, 0, 0), 0);
  ntix_close(s);
  ntix_poll_close(p);
}
END_TEST

START_TEST(connect_events) {
  ntix_sockaddr_t addr;
  int p, l, c, v = -1;

  p = (int)NT_OK(ntix_poll_create(0));
  l = ntix_t_listener(NTIX_AF_INET, 0, &addr);
  c = (int)NT_OK(
      ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
  NT_EXPECT("connect: non-blocking (poll)", ntix_connect(c, &addr),
            NTIX_EINPROGRESS);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_OUT, 7));
  NT_EXPECT("poll: non-blocking connect completes with OUT",
            has(events_of(p, 7, 5000), NTIX_POLL_OUT), 1);
  NT_OK(ntix_getsockopt(c, NTIX_SO_ERROR, &v));
  NT_EXPECT("poll: SO_ERROR 0 once OUT is reported", v, 0);
  NT_OK(ntix_close(c));

  /* G2: a refused connect: ERR|OUT; HUP and IN differ and are masked. */
  ntix_t_closed_port(NTIX_AF_INET, &addr);
  c = (int)NT_OK(
      ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_IN | NTIX_POLL_OUT, 8));
  NT_EXPECT("connect: non-blocking, refused (poll)", ntix_connect(c, &addr),
            NTIX_EINPROGRESS);
  NT_EXPECT("poll: refused connect reports ERR and OUT",
            has(events_of(p, 8, 10000), NTIX_POLL_ERR | NTIX_POLL_OUT), 1);
  NT_OK(ntix_getsockopt(c, NTIX_SO_ERROR, &v));
  NT_EXPECT("poll: SO_ERROR after refused connect is ECONNREFUSED", v,
            NTIX_ECONNREFUSED);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_DEL, c, 0, 0));
  ntix_close(c);
  ntix_close(l);
  ntix_poll_close(p);
}
END_TEST

/* G3/G4: data then FIN; RDHUP is only expected once the data is drained,
 * and IN stays reported after the end of stream was read. */
START_TEST(end_of_stream) {
  int p, c, a;
  char buf[8];

  p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_IN | NTIX_POLL_RDHUP, 1));
  NT_OK(ntix_send(a, "data", 4, 0));
  NT_OK(ntix_shutdown(a, NTIX_SHUT_WR));
  ntix_sleep_ns(50 * MS);
  NT_EXPECT("poll: data and FIN unread report IN",
            has(events_of(p, 1, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT("recv: data before FIN (poll)", ntix_t_recv_all(c, buf, 4), 4);
  NT_EXPECT("recv: end of stream (poll)", ntix_recv(c, buf, 8, 0), 0);
  NT_EXPECT("poll: after reading end of stream, IN and RDHUP",
            has(events_of(p, 1, 5000), NTIX_POLL_IN | NTIX_POLL_RDHUP), 1);
  NT_EXPECT("poll: end of stream already read, IN still reported",
            has(events_of(p, 1, 5000), NTIX_POLL_IN), 1);
  ntix_close(c);
  ntix_close(a);
  ntix_poll_close(p);
}
END_TEST

/* G5: a reset peer: HUP; ERR and IN differ. */
START_TEST(peer_reset) {
  int p, c, a;

  p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_IN, 2));
  NT_OK(ntix_setsockopt(a, NTIX_SO_LINGER, 0));
  NT_OK(ntix_close(a));
  ntix_sleep_ns(100 * MS);
  NT_EXPECT("poll: peer reset reports HUP",
            has(events_of(p, 2, 5000), NTIX_POLL_HUP), 1);
  ntix_close(c);
  ntix_poll_close(p);
}
END_TEST

/* G6 and the pipe ends: the write end is writable, the read end readable
 * with data and HUP once the writer is gone. */
START_TEST(pipe_events) {
  int p, fds[2];
  char buf[4];

  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("poll_ctl: ADD pipe read end (IN)",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 3), 0);
  NT_EXPECT("poll_ctl: ADD pipe write end (OUT)",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[1], NTIX_POLL_OUT, 4), 0);
  NT_EXPECT("poll: pipe write end reports OUT",
            has(events_of(p, 4, 5000), NTIX_POLL_OUT), 1);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_DEL, fds[1], 0, 0));
  NT_EXPECT("poll: empty pipe read end reports nothing", events_of(p, 3, 50),
            0);
  NT_OK(ntix_write(fds[1], "x", 1));
  NT_EXPECT("poll: pipe read end with data reports IN",
            has(events_of(p, 3, 5000), NTIX_POLL_IN), 1);
  NT_OK(ntix_read(fds[0], buf, sizeof(buf)));
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("poll: pipe read end after writer closed reports HUP",
            has(events_of(p, 3, 5000), NTIX_POLL_HUP), 1);
  NT_EXPECT("read: pipe after HUP", ntix_read(fds[0], buf, sizeof(buf)), 0);
  ntix_close(fds[0]);
  ntix_poll_close(p);
}
END_TEST

/* G7: closing a registered descriptor drops its registration. */
START_TEST(close_registered) {
  ntix_poll_event_t ev[4];
  int p, c, a, u = -1, n, spare[8];

  p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_send(a, "z", 1, 0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_IN, 77));
  NT_EXPECT("poll: registered socket with data reports IN",
            has(events_of(p, 77, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT("close: registered socket", ntix_close(c), 0);
  NT_EXPECT("poll_ctl: MOD after close",
            ntix_poll_ctl(p, NTIX_POLL_MOD, c, NTIX_POLL_IN, 77), NTIX_EBADF);
  NT_EXPECT("poll_ctl: DEL after close",
            ntix_poll_ctl(p, NTIX_POLL_DEL, c, 0, 0), NTIX_EBADF);
  NT_EXPECT("poll_wait: no events for a closed registration",
            ntix_poll_wait(p, ev, 4, 100 * MS), 0);
  /* Descriptors are the lowest free numbers: c's comes back within a few
   * new sockets (the listener's, closed earlier, may come first). */
  for (n = 0; n < 8; n++) {
    spare[n] = u = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
    if (u == c)
      break;
  }
  if (n == 8)
    n = 7;
  NT_EXPECT("socket: reuses the closed registered descriptor's number", u == c,
            1);
  NT_EXPECT("poll_ctl: ADD a new descriptor with a closed one's number",
            ntix_poll_ctl(p, NTIX_POLL_ADD, u, NTIX_POLL_IN, 78), 0);
  NT_EXPECT("poll_wait: nothing from the new or the old registration",
            ntix_poll_wait(p, ev, 4, 100 * MS), 0);
  while (n >= 0) ntix_close(spare[n--]);
  ntix_close(a);
  ntix_poll_close(p);
}
END_TEST

/* A socket in two pollers, and a dup of it: closing the dup leaves both
 * registrations; closing the socket drops both.  (A pipe can be in one
 * poller only on Windows: doc/poller.md.) */
START_TEST(close_in_two_pollers) {
  ntix_poll_event_t ev[4];
  int p1, p2, c, a, d;

  p1 = (int)NT_OK(ntix_poll_create(0));
  p2 = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_send(a, "q", 1, 0));
  NT_OK(ntix_poll_ctl(p1, NTIX_POLL_ADD, c, NTIX_POLL_IN, 21));
  NT_OK(ntix_poll_ctl(p2, NTIX_POLL_ADD, c, NTIX_POLL_IN, 22));
  d = (int)NT_OK(ntix_dup(c));
  NT_EXPECT("close: dup of a socket in two pollers", ntix_close(d), 0);
  NT_EXPECT("poll: first poller still reports IN after the dup's close",
            has(events_of(p1, 21, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT("poll: second poller still reports IN after the dup's close",
            has(events_of(p2, 22, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT("close: socket in two pollers", ntix_close(c), 0);
  NT_EXPECT("poll_wait: first poller, nothing after the close",
            ntix_poll_wait(p1, ev, 4, 50 * MS), 0);
  NT_EXPECT("poll_wait: second poller, nothing after the close",
            ntix_poll_wait(p2, ev, 4, 50 * MS), 0);
  NT_EXPECT("poll_ctl: DEL from the first poller after the close",
            ntix_poll_ctl(p1, NTIX_POLL_DEL, c, 0, 0), NTIX_EBADF);
  ntix_close(a);
  ntix_poll_close(p1);
  ntix_poll_close(p2);
}
END_TEST

START_TEST(level_triggered) {
  ntix_poll_event_t ev[4];
  int p, fds[2];
  const uint64_t data = 0x0123456789abcdefULL;

  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  NT_OK(ntix_write(fds[1], "lt", 2));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, data));
  NT_EXPECT("poll_wait: level-triggered, first report",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  NT_EXPECT("poll: event carries the registration's 64-bit data",
            ev[0].data == data, 1);
  NT_EXPECT("poll: level-triggered event is IN", ev[0].events, NTIX_POLL_IN);
  NT_EXPECT("poll_wait: level-triggered, reported again while unread",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  NT_EXPECT("poll: level-triggered second report is IN", ev[0].events,
            NTIX_POLL_IN);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_poll_close(p);
}
END_TEST

/* MOD narrows and widens a registration's mask. */
START_TEST(mod_mask) {
  ntix_poll_event_t ev[4];
  int p, c, a;

  p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_OUT, 10));
  NT_EXPECT("poll: connected socket with OUT reports OUT",
            has(events_of(p, 10, 5000), NTIX_POLL_OUT), 1);
  NT_EXPECT("poll_ctl: MOD from OUT to IN",
            ntix_poll_ctl(p, NTIX_POLL_MOD, c, NTIX_POLL_IN, 11), 0);
  NT_EXPECT("poll_wait: after MOD to IN with nothing to read",
            ntix_poll_wait(p, ev, 4, 50 * MS), 0);
  NT_OK(ntix_send(a, "w", 1, 0));
  NT_EXPECT("poll: IN after data arrives, with the MOD's data",
            has(events_of(p, 11, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT(
      "poll_ctl: MOD widens to IN|OUT",
      ntix_poll_ctl(p, NTIX_POLL_MOD, c, NTIX_POLL_IN | NTIX_POLL_OUT, 12), 0);
  NT_EXPECT("poll: IN|OUT after widening",
            has(events_of(p, 12, 5000), NTIX_POLL_IN | NTIX_POLL_OUT), 1);
  ntix_close(c);
  ntix_close(a);
  ntix_poll_close(p);
}
END_TEST

START_TEST(oneshot) {
  ntix_poll_event_t ev[4];
  int p, fds[2];
  const uint32_t mask = NTIX_POLL_IN | NTIX_POLL_ONESHOT;

  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  NT_OK(ntix_write(fds[1], "os", 2));
  NT_EXPECT("poll_ctl: ADD ONESHOT",
            ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], mask, 5), 0);
  NT_EXPECT("poll_wait: ONESHOT first report",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  NT_EXPECT("poll: ONESHOT event is IN", ev[0].events, NTIX_POLL_IN);
  NT_EXPECT("poll_wait: ONESHOT disarmed after one report",
            ntix_poll_wait(p, ev, 4, 50 * MS), 0);
  NT_EXPECT("poll_ctl: MOD re-arms ONESHOT",
            ntix_poll_ctl(p, NTIX_POLL_MOD, fds[0], mask, 6), 0);
  NT_EXPECT("poll_wait: ONESHOT report after re-arm",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  NT_EXPECT("poll: re-armed ONESHOT carries the new data", ev[0].data == 6, 1);
  NT_EXPECT("poll_wait: ONESHOT disarmed again",
            ntix_poll_wait(p, ev, 4, 50 * MS), 0);
  NT_EXPECT("poll_ctl: DEL a disarmed ONESHOT registration",
            ntix_poll_ctl(p, NTIX_POLL_DEL, fds[0], 0, 0), 0);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_poll_close(p);
}
END_TEST

START_TEST(max_events) {
  ntix_poll_event_t ev[8];
  int p, fds[3][2], i;

  p = (int)NT_OK(ntix_poll_create(0));
  for (i = 0; i < 3; i++) {
    NT_OK(ntix_pipe(fds[i], 0));
    NT_OK(ntix_write(fds[i][1], "m", 1));
    NT_OK(
        ntix_poll_ctl(p, NTIX_POLL_ADD, fds[i][0], NTIX_POLL_IN, (uint64_t)i));
  }
  ntix_sleep_ns(50 * MS);
  NT_EXPECT("poll_wait: 3 ready, max 2", ntix_poll_wait(p, ev, 2, 5000 * MS),
            2);
  for (i = 0; i < 3; i++) {
    ntix_close(fds[i][0]);
    ntix_close(fds[i][1]);
  }
  ntix_poll_close(p);
}
END_TEST

struct waker {
  int p;
  int64_t delay_ms;
  int rc;
};

static void *
wake_thread(void *arg) {
  struct waker *w = arg;

  ntix_sleep_ns(w->delay_ms * MS);
  w->rc = ntix_poll_wake(w->p);
  return NULL;
}

START_TEST(wake) {
  ntix_poll_event_t ev[4];
  struct waker w;
  ntix_t_thread_t *t;
  int p;

  p = (int)NT_OK(ntix_poll_create(0));
  w.p = p, w.delay_ms = 50, w.rc = -1;
  t = ntix_t_spawn(wake_thread, &w);
  NT_EXPECT("poll_wait: woken from another thread",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  ntix_t_join(t);
  NT_EXPECT("poll_wake: from another thread", w.rc, 0);
  NT_EXPECT("poll: wake event is NTIX_POLL_WAKE", ev[0].events, NTIX_POLL_WAKE);
  NT_EXPECT("poll: wake event data is 0", ev[0].data == 0, 1);
  NT_EXPECT("poll_wake: first of two", ntix_poll_wake(p), 0);
  NT_EXPECT("poll_wake: second of two", ntix_poll_wake(p), 0);
  NT_EXPECT("poll_wait: two wakes coalesce into one event",
            ntix_poll_wait(p, ev, 4, 0), 1);
  NT_EXPECT("poll_wait: no second wake event", ntix_poll_wait(p, ev, 4, 0), 0);
  ntix_poll_close(p);
}
END_TEST

struct waiter {
  int p;
  int *started;
  int n;
  ntix_poll_event_t ev;
};

static void *
wait_thread(void *arg) {
  struct waiter *w = arg;

  __atomic_add_fetch(w->started, 1, __ATOMIC_SEQ_CST);
  w->n = ntix_poll_wait(w->p, &w->ev, 1, 10000 * MS);
  return NULL;
}

/* G11: one datagram, never read, and 100 threads waiting on one poller:
 * level-triggered, so every waiter gets IN for it. */
START_TEST(many_waiters) {
  static struct waiter w[WAITERS];
  ntix_t_thread_t *t[WAITERS];
  ntix_sockaddr_t any, addr;
  int p, u, s, i, started = 0, got = 0;

  p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_loopback(NTIX_AF_INET, 0, &any);
  u = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_OK(ntix_bind(u, &any));
  NT_OK(ntix_getsockname(u, &addr));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, u, NTIX_POLL_IN, 9));
  for (i = 0; i < WAITERS; i++) {
    w[i].p = p, w[i].started = &started, w[i].n = -1;
    t[i] = ntix_t_spawn(wait_thread, &w[i]);
  }
  while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < WAITERS)
    ntix_sleep_ns(1 * MS);
  ntix_sleep_ns(200 * MS); /* let every thread enter its wait */
  NT_OK(ntix_sendto(s, "1", 1, 0, &addr));
  for (i = 0; i < WAITERS; i++) {
    ntix_t_join(t[i]);
    got += w[i].n == 1 && w[i].ev.data == 9 &&
           (w[i].ev.events & NTIX_POLL_IN) != 0;
  }
  NT_EXPECT("poll: 100 waiters on one poller each get IN for one datagram", got,
            WAITERS);
  ntix_close(u);
  ntix_close(s);
  ntix_poll_close(p);
}
END_TEST

/* One socket in three pollers with different masks, two of them waited in
 * by threads when data arrives: each poller reports what it asked for.
 * (Windows keeps one AFD poll per socket for all of them: doc/poller.md.)
 * MSG_DONTWAIT on the blocking socket meanwhile leaves them working. */
START_TEST(socket_in_three_pollers) {
  static struct waiter w[2];
  ntix_poll_event_t ev[4];
  ntix_t_thread_t *t[2];
  int p[3], c, a, i, started = 0, got = 0;
  char b;

  for (i = 0; i < 3; i++) p[i] = (int)NT_OK(ntix_poll_create(0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_poll_ctl(p[0], NTIX_POLL_ADD, c, NTIX_POLL_IN, 31));
  NT_OK(ntix_poll_ctl(p[1], NTIX_POLL_ADD, c, NTIX_POLL_IN, 32));
  NT_OK(ntix_poll_ctl(p[2], NTIX_POLL_ADD, c, NTIX_POLL_OUT, 33));
  NT_EXPECT("poll: OUT in a third poller of a socket two watch for IN",
            has(events_of(p[2], 33, 5000), NTIX_POLL_OUT), 1);
  NT_EXPECT("poll_wait: first of three pollers, nothing to read",
            ntix_poll_wait(p[0], ev, 4, 50 * MS), 0);
  for (i = 0; i < 2; i++) {
    w[i].p = p[i], w[i].started = &started, w[i].n = -1;
    t[i] = ntix_t_spawn(wait_thread, &w[i]);
  }
  while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < 2) ntix_sleep_ns(1 * MS);
  ntix_sleep_ns(200 * MS); /* let both threads enter their waits */
  NT_OK(ntix_send(a, "z", 1, 0));
  for (i = 0; i < 2; i++) {
    ntix_t_join(t[i]);
    got += w[i].n == 1 && w[i].ev.data == (uint64_t)(31 + i) &&
           (w[i].ev.events & NTIX_POLL_IN) != 0;
  }
  NT_EXPECT("poll: two pollers waited in at once both get IN", got, 2);
  NT_EXPECT("poll: third poller still reports OUT",
            has(events_of(p[2], 33, 5000), NTIX_POLL_OUT), 1);
  NT_EXPECT("recv: MSG_DONTWAIT on a blocking socket in three pollers",
            ntix_recv(c, &b, 1, NTIX_MSG_DONTWAIT), 1);
  NT_EXPECT("recv: MSG_DONTWAIT again, nothing left",
            ntix_recv(c, &b, 1, NTIX_MSG_DONTWAIT), NTIX_EAGAIN);
  NT_EXPECT("poll_wait: first poller, drained",
            ntix_poll_wait(p[0], ev, 4, 50 * MS), 0);
  NT_OK(ntix_send(a, "y", 1, 0));
  NT_EXPECT("poll: first poller reports IN after the MSG_DONTWAIT calls",
            has(events_of(p[0], 31, 5000), NTIX_POLL_IN), 1);
  NT_EXPECT("poll: second poller reports IN after the MSG_DONTWAIT calls",
            has(events_of(p[1], 32, 5000), NTIX_POLL_IN), 1);
  ntix_close(c);
  ntix_close(a);
  for (i = 0; i < 3; i++) ntix_poll_close(p[i]);
}
END_TEST

/* G14: never early, late by at most SLACK_MS. */
START_TEST(timer_slack) {
  ntix_poll_event_t ev[4];
  int64_t t0, el;
  int p;

  p = (int)NT_OK(ntix_poll_create(0));
  t0 = ntix_clock_mono();
  NT_EXPECT("timer_start: 20 ms one-shot",
            ntix_timer_start(p, 20 * MS, 0, 42) > 0, 1);
  NT_EXPECT("poll_wait: 20 ms timer fires", ntix_poll_wait(p, ev, 4, 5000 * MS),
            1);
  el = ntix_clock_mono() - t0;
  NT_EXPECT("poll: timer event is NTIX_POLL_TIMER", ev[0].events,
            NTIX_POLL_TIMER);
  NT_EXPECT("poll: timer event carries its data", ev[0].data == 42, 1);
  NT_EXPECT("poll: 20 ms timer is never early", el >= 20 * MS, 1);
  NT_EXPECT("poll: 20 ms timer is late by at most the slack",
            el <= (20 + SLACK_MS) * MS, 1);
  t0 = ntix_clock_mono();
  NT_EXPECT("poll_wait: 20 ms timeout, nothing registered",
            ntix_poll_wait(p, ev, 4, 20 * MS), 0);
  el = ntix_clock_mono() - t0;
  NT_EXPECT("poll: 20 ms wait timeout is never early", el >= 20 * MS, 1);
  NT_EXPECT("poll: 20 ms wait timeout is late by at most the slack",
            el <= (20 + SLACK_MS) * MS, 1);
  ntix_poll_close(p);
}
END_TEST

struct writer {
  int fd;
  int64_t delay_ms;
  int64_t rc;
};

static void *
write_thread(void *arg) {
  struct writer *w = arg;

  ntix_sleep_ns(w->delay_ms * MS);
  w->rc = ntix_write(w->fd, "s", 1);
  return NULL;
}

/* Busy polling: the argument checks, events that come while spinning and
 * after it, a timeout or a timer shorter than the spin. */
START_TEST(spin) {
  ntix_poll_event_t ev[4];
  struct writer wr;
  struct waker wk;
  ntix_t_thread_t *t;
  int64_t t0, el;
  int p, fds[2];
  char c;

  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("poll_spin: fd -1", ntix_poll_spin(-1, 1000), NTIX_EBADF);
  NT_EXPECT("poll_spin: not a poller", ntix_poll_spin(fds[0], 1000),
            NTIX_EINVAL);
  NT_EXPECT("poll_spin: negative", ntix_poll_spin(p, -1), NTIX_EINVAL);
  NT_EXPECT("poll_spin: above NTIX_POLL_SPIN_MAX",
            ntix_poll_spin(p, NTIX_POLL_SPIN_MAX + 1LL), NTIX_EINVAL);
  NT_EXPECT("poll_spin: NTIX_POLL_SPIN_MAX",
            ntix_poll_spin(p, NTIX_POLL_SPIN_MAX), 0);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 5));

  /* Spinning for up to 1 s: a byte written after 5 ms is seen. */
  wr.fd = fds[1], wr.delay_ms = 5, wr.rc = -1;
  t = ntix_t_spawn(write_thread, &wr);
  NT_EXPECT("poll_wait: spinning, pipe written after 5 ms",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  ntix_t_join(t);
  NT_EXPECT("poll: spinning, the event is the pipe's IN",
            ev[0].data == 5 && (ev[0].events & NTIX_POLL_IN) != 0, 1);
  NT_EXPECT("read: the byte written during the spin", ntix_read(fds[0], &c, 1),
            1);

  /* A timeout shorter than the spin ends the wait on time. */
  t0 = ntix_clock_mono();
  NT_EXPECT("poll_wait: 20 ms timeout while spinning up to 1 s",
            ntix_poll_wait(p, ev, 4, 20 * MS), 0);
  el = ntix_clock_mono() - t0;
  NT_EXPECT("poll: spinning, 20 ms timeout is never early", el >= 20 * MS, 1);
  NT_EXPECT("poll: spinning, 20 ms timeout is late by at most the slack",
            el <= (20 + SLACK_MS) * MS, 1);
  t0 = ntix_clock_mono();
  NT_EXPECT("poll_wait: timeout 0 while spinning is one poll",
            ntix_poll_wait(p, ev, 4, 0), 0);
  NT_EXPECT("poll: spinning, timeout 0 returns at once",
            ntix_clock_mono() - t0 < SLACK_MS * MS, 1);

  /* A timer due during the spin fires on time. */
  t0 = ntix_clock_mono();
  NT_OK(ntix_timer_start(p, 10 * MS, 0, 6));
  NT_EXPECT("poll_wait: spinning, 10 ms timer",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  el = ntix_clock_mono() - t0;
  NT_EXPECT("poll: spinning, the timer's event",
            ev[0].events == NTIX_POLL_TIMER && ev[0].data == 6, 1);
  NT_EXPECT("poll: spinning, 10 ms timer is never early", el >= 10 * MS, 1);
  NT_EXPECT("poll: spinning, 10 ms timer is late by at most the slack",
            el <= (10 + SLACK_MS) * MS, 1);

  /* Spinning 2 ms, then sleeping: a wake after 50 ms still arrives. */
  NT_EXPECT("poll_spin: 2 ms", ntix_poll_spin(p, 2 * MS), 0);
  wk.p = p, wk.delay_ms = 50, wk.rc = -1;
  t = ntix_t_spawn(wake_thread, &wk);
  NT_EXPECT("poll_wait: wake after the spin ended",
            ntix_poll_wait(p, ev, 4, 5000 * MS), 1);
  ntix_t_join(t);
  NT_EXPECT("poll: after the spin, the event is the wake",
            ev[0].events == NTIX_POLL_WAKE, 1);
  NT_EXPECT("poll_spin: 0 turns it off", ntix_poll_spin(p, 0), 0);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_poll_close(p);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("poll");
  TCase *tc = ntix_t_tcase("poll");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, create_close);
  tcase_add_test(tc, ctl_errors);
  tcase_add_test(tc, never_connected);
  tcase_add_test(tc, connect_events);
  tcase_add_test(tc, end_of_stream);
  tcase_add_test(tc, peer_reset);
  tcase_add_test(tc, pipe_events);
  tcase_add_test(tc, close_registered);
  tcase_add_test(tc, close_in_two_pollers);
  tcase_add_test(tc, level_triggered);
  tcase_add_test(tc, mod_mask);
  tcase_add_test(tc, oneshot);
  tcase_add_test(tc, max_events);
  tcase_add_test(tc, wake);
  tcase_add_test(tc, many_waiters);
  tcase_add_test(tc, socket_in_three_pollers);
  tcase_add_test(tc, timer_slack);
  tcase_add_test(tc, spin);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "poll");
}

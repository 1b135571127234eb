/* check_socket.c: conformance of TCP and UDP sockets over loopback (IPv4
 * and IPv6) on both OSes: exact bytes both ways, addresses, port reuse and
 * TIME_WAIT, non-blocking connect, refused and reset connections, end of
 * stream, half-close, socket pairs, options, and the argument checks.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

#define MS 1000000LL

/* "prefix: what" in one of eight rotating buffers, for scenario names
 * shared by the IPv4 and IPv6 runs. */
static const char *
sc(const char *prefix, const char *what) {
  static char buf[8][160];
  static int slot;

  slot = (slot + 1) % 8;
  snprintf(buf[slot], sizeof(buf[slot]), "%s: %s", prefix, what);
  return buf[slot];
}

/* A blocking sender thread for transfers larger than the socket buffers. */
struct sender {
  int fd;
  const void *buf;
  size_t len;
  int64_t rc;
};

static void *
send_thread(void *arg) {
  struct sender *s = arg;

  s->rc = ntix_t_send_all(s->fd, s->buf, s->len);
  return NULL;
}

/* Waits up to 5 s for a non-blocking connect to finish, seen through
 * getpeername, which succeeds once the socket is connected. */
static int
await_connected(int fd) {
  ntix_sockaddr_t peer;
  int64_t end = ntix_t_ms() + 5000;

  while (ntix_t_ms() < end) {
    if (ntix_getpeername(fd, &peer) == 0)
      return 1;
    ntix_sleep_ns(1 * MS);
  }
  return 0;
}

/* Reads NTIX_SO_ERROR until it is non-zero, for up to 10 s (a refused
 * connect on Windows retries its SYN before giving up). */
static int
await_so_error(int fd) {
  int64_t end = ntix_t_ms() + 10000;
  int v = 0;

  while (ntix_t_ms() < end) {
    if (ntix_getsockopt(fd, NTIX_SO_ERROR, &v) < 0 || v != 0)
      return v;
    ntix_sleep_ns(2 * MS);
  }
  return 0;
}

static void
tcp_roundtrip(int family, const char *p) {
  static unsigned char out[1 << 20], in[1 << 20];
  struct sender snd;
  ntix_t_thread_t *t;
  ntix_sockaddr_t laddr, caddr, peer, got;
  int l, c, a;
  char buf[16];

  l = ntix_t_listener(family, 0, &laddr);
  c = (int)NT_EXPECT_OK(sc(p, "socket"),
                        ntix_socket(family, NTIX_SOCK_STREAM, 0));
  NT_EXPECT(sc(p, "connect to listener"), ntix_connect(c, &laddr), 0);
  NT_EXPECT(sc(p, "connect again once connected"), ntix_connect(c, &laddr),
            NTIX_EISCONN);
  a = (int)NT_EXPECT_OK(sc(p, "accept"), ntix_accept(l, &peer, 0));
  NT_OK(ntix_getsockname(c, &caddr));
  NT_EXPECT(sc(p, "accept reports the client's address"),
            ntix_t_same_addr(&peer, &caddr), 1);
  NT_EXPECT(sc(p, "getpeername of client"), ntix_getpeername(c, &got), 0);
  NT_EXPECT(sc(p, "client's peer is the listener address"),
            ntix_t_same_addr(&got, &laddr), 1);
  NT_EXPECT(sc(p, "getpeername of accepted socket"), ntix_getpeername(a, &got),
            0);
  NT_EXPECT(sc(p, "accepted socket's peer is the client"),
            ntix_t_same_addr(&got, &caddr), 1);
  NT_EXPECT(sc(p, "getsockname of accepted socket"), ntix_getsockname(a, &got),
            0);
  NT_EXPECT(sc(p, "accepted socket has the listener's address"),
            ntix_t_same_addr(&got, &laddr), 1);

  NT_EXPECT(sc(p, "send 5 bytes"), ntix_send(c, "hello", 5, 0), 5);
  NT_EXPECT(sc(p, "recv 5 bytes"), ntix_recv(a, buf, sizeof(buf), 0), 5);
  NT_EXPECT(sc(p, "recv gets the bytes sent"), memcmp(buf, "hello", 5), 0);
  NT_EXPECT(sc(p, "send back 3 bytes"), ntix_send(a, "abc", 3, 0), 3);
  NT_EXPECT(sc(p, "recv back 3 bytes"), ntix_recv(c, buf, sizeof(buf), 0), 3);
  NT_EXPECT(sc(p, "recv back gets the bytes"), memcmp(buf, "abc", 3), 0);

  /* 1 MiB from the accepted end, sent by a thread while this one reads. */
  ntix_t_fill(out, sizeof(out), (uint32_t)family);
  snd.fd = a, snd.buf = out, snd.len = sizeof(out), snd.rc = 0;
  t = ntix_t_spawn(send_thread, &snd);
  NT_EXPECT(sc(p, "recv 1 MiB"), ntix_t_recv_all(c, in, sizeof(in)),
            (int64_t)sizeof(in));
  ntix_t_join(t);
  NT_EXPECT(sc(p, "send 1 MiB"), snd.rc, (int64_t)sizeof(out));
  NT_EXPECT(sc(p, "1 MiB arrives byte for byte"), memcmp(in, out, sizeof(in)),
            0);
  NT_EXPECT(sc(p, "close client"), ntix_close(c), 0);
  NT_EXPECT(sc(p, "recv after peer closed"), ntix_recv(a, buf, 4, 0), 0);
  ntix_close(a);
  NT_EXPECT(sc(p, "close listener"), ntix_close(l), 0);
}

START_TEST(tcp4_roundtrip) {
  tcp_roundtrip(NTIX_AF_INET, "tcp4");
}
END_TEST

START_TEST(tcp6_roundtrip) {
  tcp_roundtrip(NTIX_AF_INET6, "tcp6");
}
END_TEST

static void
udp_roundtrip(int family, const char *p) {
  ntix_sockaddr_t any, a1, a2, from;
  int s1, s2;
  char buf[64];

  ntix_t_loopback(family, 0, &any);
  s1 = (int)NT_EXPECT_OK(sc(p, "socket"),
                         ntix_socket(family, NTIX_SOCK_DGRAM, 0));
  s2 = (int)NT_OK(ntix_socket(family, NTIX_SOCK_DGRAM, 0));
  NT_EXPECT(sc(p, "bind to port 0"), ntix_bind(s1, &any), 0);
  NT_OK(ntix_bind(s2, &any));
  NT_OK(ntix_getsockname(s1, &a1));
  NT_OK(ntix_getsockname(s2, &a2));
  NT_EXPECT(sc(p, "sendto"), ntix_sendto(s1, "datagram", 8, 0, &a2), 8);
  NT_EXPECT(sc(p, "recvfrom"), ntix_recvfrom(s2, buf, sizeof(buf), 0, &from),
            8);
  NT_EXPECT(sc(p, "recvfrom gets the datagram"), memcmp(buf, "datagram", 8), 0);
  NT_EXPECT(sc(p, "recvfrom reports the sender's address"),
            ntix_t_same_addr(&from, &a1), 1);
  NT_EXPECT(sc(p, "reply to the reported address"),
            ntix_sendto(s2, "r", 1, 0, &from), 1);
  NT_EXPECT(sc(p, "recvfrom reply"),
            ntix_recvfrom(s1, buf, sizeof(buf), 0, &from), 1);
  NT_EXPECT(sc(p, "reply comes from the peer's address"),
            ntix_t_same_addr(&from, &a2), 1);
  NT_EXPECT(sc(p, "recvfrom with nothing queued, MSG_DONTWAIT"),
            ntix_recvfrom(s1, buf, sizeof(buf), NTIX_MSG_DONTWAIT, &from),
            NTIX_EAGAIN);
  NT_EXPECT(sc(p, "connect"), ntix_connect(s1, &a2), 0);
  NT_EXPECT(sc(p, "send on connected socket"), ntix_send(s1, "xy", 2, 0), 2);
  NT_EXPECT(sc(p, "recv datagram sent on connected socket"),
            ntix_recv(s2, buf, sizeof(buf), 0), 2);
  NT_EXPECT(sc(p, "getpeername of connected socket"),
            ntix_getpeername(s1, &from), 0);
  NT_EXPECT(sc(p, "connected socket's peer"), ntix_t_same_addr(&from, &a2), 1);
  ntix_close(s1);
  ntix_close(s2);
}

START_TEST(udp4_roundtrip) {
  udp_roundtrip(NTIX_AF_INET, "udp4");
}
END_TEST

START_TEST(udp6_roundtrip) {
  udp_roundtrip(NTIX_AF_INET6, "udp6");
}
END_TEST

/* Port 0 binds a port from the OS's dynamic range. */
START_TEST(ephemeral_port) {
  ntix_sockaddr_t any, got, lo4;
  int lo = 0, hi = 0, s, u;

  NT_EXPECT("port_range", ntix_port_range(&lo, &hi), 0);
  NT_EXPECT("port_range: 0 < lo <= hi <= 65535",
            lo > 0 && lo <= hi && hi <= 65535, 1);
  ntix_t_loopback(NTIX_AF_INET, 0, &any);
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_bind(s, &any));
  NT_EXPECT("getsockname: TCP bound to port 0", ntix_getsockname(s, &got), 0);
  NT_EXPECT("getsockname: TCP port 0 gets a port in port_range",
            got.port >= lo && got.port <= hi, 1);
  ntix_t_loopback(NTIX_AF_INET, got.port, &lo4);
  NT_EXPECT("getsockname: TCP bound address is 127.0.0.1",
            ntix_t_same_addr(&got, &lo4), 1);
  u = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_OK(ntix_bind(u, &any));
  NT_EXPECT("getsockname: UDP bound to port 0", ntix_getsockname(u, &got), 0);
  NT_EXPECT("getsockname: UDP port 0 gets a port in port_range",
            got.port >= lo && got.port <= hi, 1);
  ntix_close(s);
  ntix_close(u);
}
END_TEST

START_TEST(not_connected) {
  ntix_sockaddr_t addr, out;
  int s, l;
  char buf[4];

  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("getpeername: new TCP socket", ntix_getpeername(s, &out),
            NTIX_ENOTCONN);
  NT_EXPECT("recv: unconnected TCP socket", ntix_recv(s, buf, 4, 0),
            NTIX_ENOTCONN);
  NT_EXPECT("shutdown: unconnected TCP socket",
            ntix_shutdown(s, NTIX_SHUT_RDWR), NTIX_ENOTCONN);
  NT_EXPECT("accept: socket not listening", ntix_accept(s, NULL, 0),
            NTIX_EINVAL);
  ntix_close(s);
  l = ntix_t_listener(NTIX_AF_INET, 0, &addr);
  NT_EXPECT("getpeername: listening socket", ntix_getpeername(l, &out),
            NTIX_ENOTCONN);
  ntix_close(l);
}
END_TEST

/* A port a socket listens on cannot be bound again, whatever
 * NTIX_SO_REUSEADDR says (its Linux meaning only covers TIME_WAIT). */
START_TEST(addr_in_use) {
  ntix_sockaddr_t any, addr;
  int l, s, u1, u2;

  ntix_t_loopback(NTIX_AF_INET, 0, &any);
  l = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("setsockopt: SO_REUSEADDR on",
            ntix_setsockopt(l, NTIX_SO_REUSEADDR, 1), 0);
  NT_OK(ntix_bind(l, &any));
  NT_OK(ntix_listen(l, 8));
  NT_OK(ntix_getsockname(l, &addr));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("bind: port another socket listens on", ntix_bind(s, &addr),
            NTIX_EADDRINUSE);
  ntix_close(s);
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_setsockopt(s, NTIX_SO_REUSEADDR, 1));
  NT_EXPECT("bind: listening port, SO_REUSEADDR on both", ntix_bind(s, &addr),
            NTIX_EADDRINUSE);
  ntix_close(s);
  ntix_close(l);

  u1 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_OK(ntix_bind(u1, &any));
  NT_OK(ntix_getsockname(u1, &addr));
  u2 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_EXPECT("bind: UDP port already bound", ntix_bind(u2, &addr),
            NTIX_EADDRINUSE);
  ntix_close(u1);
  ntix_close(u2);
}
END_TEST

/* The accepted end closes first, so the server's port is the one left in
 * TIME_WAIT; a new listener with NTIX_SO_REUSEADDR may bind it. */
START_TEST(reuse_time_wait) {
  ntix_sockaddr_t any, addr;
  int l, c, a, n, c2;
  char buf[4];

  ntix_t_loopback(NTIX_AF_INET, 0, &any);
  l = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_setsockopt(l, NTIX_SO_REUSEADDR, 1));
  NT_OK(ntix_bind(l, &any));
  NT_OK(ntix_listen(l, 8));
  NT_OK(ntix_getsockname(l, &addr));
  c = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_connect(c, &addr));
  a = (int)NT_OK(ntix_accept(l, NULL, 0));
  NT_OK(ntix_close(a));
  NT_EXPECT("time_wait: client sees the server's FIN",
            ntix_recv(c, buf, sizeof(buf), 0), 0);
  NT_OK(ntix_close(c));
  NT_OK(ntix_close(l));
  ntix_sleep_ns(50 * MS);
  n = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_setsockopt(n, NTIX_SO_REUSEADDR, 1));
  NT_EXPECT("bind: port in TIME_WAIT with SO_REUSEADDR", ntix_bind(n, &addr),
            0);
  NT_EXPECT("listen: on the port rebound over TIME_WAIT", ntix_listen(n, 8), 0);
  c2 = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("connect: to the listener rebound over TIME_WAIT",
            ntix_connect(c2, &addr), 0);
  ntix_close(c2);
  ntix_close(n);
}
END_TEST

START_TEST(nonblocking_connect) {
  ntix_sockaddr_t addr;
  int l, c, a, v = -1;
  char buf[8];

  l = ntix_t_listener(NTIX_AF_INET, 0, &addr);
  c = (int)NT_OK(
      ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
  NT_EXPECT("connect: non-blocking", ntix_connect(c, &addr), NTIX_EINPROGRESS);
  NT_EXPECT("connect: non-blocking connect completes within 5 s",
            await_connected(c), 1);
  NT_EXPECT("getsockopt: SO_ERROR after non-blocking connect",
            ntix_getsockopt(c, NTIX_SO_ERROR, &v), 0);
  NT_EXPECT("getsockopt: SO_ERROR is 0 after a successful connect", v, 0);
  a = (int)NT_OK(ntix_accept(l, NULL, 0));
  NT_EXPECT("send: on non-blocking connected socket", ntix_send(c, "nb", 2, 0),
            2);
  NT_EXPECT("recv: data from non-blocking connected socket",
            ntix_t_recv_all(a, buf, 2), 2);
  ntix_close(a);
  ntix_close(c);
  ntix_close(l);
}
END_TEST

START_TEST(refused) {
  ntix_sockaddr_t addr;
  int c, v;

  ntix_t_closed_port(NTIX_AF_INET, &addr);
  c = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("connect: blocking, nobody listening", ntix_connect(c, &addr),
            NTIX_ECONNREFUSED);
  ntix_close(c);
  c = (int)NT_OK(
      ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
  NT_EXPECT("connect: non-blocking, nobody listening", ntix_connect(c, &addr),
            NTIX_EINPROGRESS);
  NT_EXPECT("getsockopt: SO_ERROR of refused non-blocking connect",
            await_so_error(c), NTIX_ECONNREFUSED);
  NT_EXPECT("getsockopt: SO_ERROR read again",
            ntix_getsockopt(c, NTIX_SO_ERROR, &v), 0);
  NT_EXPECT("getsockopt: SO_ERROR is cleared by the read", v, 0);
  ntix_close(c);
}
END_TEST

/* The peer closes with SO_LINGER 0: a reset.  Each scenario uses the
 * first call after the reset; what later calls return differs (Linux
 * reports the reset once, Windows on every call). */
static void
reset_pair(int *c) {
  int a;

  ntix_t_tcp_pair(NTIX_AF_INET, c, &a);
  NT_EXPECT("setsockopt: SO_LINGER 0", ntix_setsockopt(a, NTIX_SO_LINGER, 0),
            0);
  NT_OK(ntix_close(a));
  ntix_sleep_ns(100 * MS);
}

START_TEST(peer_reset_recv) {
  int c;
  char buf[8];

  reset_pair(&c);
  NT_EXPECT("recv: first call after peer reset", ntix_recv(c, buf, 8, 0),
            NTIX_ECONNRESET);
  ntix_close(c);
}
END_TEST

START_TEST(peer_reset_send) {
  int c;

  reset_pair(&c);
  NT_EXPECT("send: first call after peer reset", ntix_send(c, "x", 1, 0),
            NTIX_ECONNRESET);
  /* Still alive: no signal; the second send fails too. */
  NT_EXPECT("send: second call after peer reset fails",
            ntix_send(c, "x", 1, 0) < 0, 1);
  ntix_close(c);
}
END_TEST

START_TEST(peer_close) {
  int c, a;
  char buf[8];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_send(a, "bye", 3, 0));
  NT_OK(ntix_close(a));
  NT_EXPECT("recv: data sent before the peer closed",
            ntix_t_recv_all(c, buf, 3), 3);
  NT_EXPECT("recv: the data", memcmp(buf, "bye", 3), 0);
  NT_EXPECT("recv: after peer closed", ntix_recv(c, buf, 8, 0), 0);
  NT_EXPECT("recv: after peer closed, again", ntix_recv(c, buf, 8, 0), 0);
  ntix_close(c);
}
END_TEST

/* dup shares the socket: either descriptor talks to the peer, and the
 * connection ends only when both are closed. */
START_TEST(dup_socket) {
  int c, a, d;
  char buf[8];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  d = NT_EXPECT_OK("dup: connected socket", ntix_dup(c));
  NT_EXPECT("send: through the duplicate", ntix_send(d, "dup", 3, 0), 3);
  NT_EXPECT("recv: what the duplicate sent", ntix_t_recv_all(a, buf, 3), 3);
  NT_EXPECT("recv: duplicate's bytes", memcmp(buf, "dup", 3), 0);
  NT_OK(ntix_close(c));
  NT_EXPECT("send: duplicate after the original closed",
            ntix_send(d, "on", 2, 0), 2);
  NT_EXPECT("recv: still connected", ntix_t_recv_all(a, buf, 2), 2);
  NT_OK(ntix_close(d));
  NT_EXPECT("recv: EOF once both descriptors are closed",
            ntix_recv(a, buf, 8, 0), 0);
  ntix_close(a);
}
END_TEST

/* A socket's native handle adopted as a descriptor is a socket: fstat
 * says so and the socket calls work.  The adopted descriptor owns the
 * native socket (on Linux it is the same descriptor), so after closing it
 * the one it came from is a stale name on both OSes. */
START_TEST(adopted_socket) {
  ntix_stat_t st;
  int c, a, d, n;
  char buf[8];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  d = (int)NT_OK(ntix_dup(c));
  n = NT_EXPECT_OK("fd_from_native: a socket's native handle",
                   ntix_fd_from_native(ntix_fd_native(d)));
  NT_OK(ntix_fstat(n, &st));
  NT_EXPECT("fstat: adopted socket is a socket", st.type, NTIX_FT_SOCK);
  NT_EXPECT("send: adopted socket", ntix_send(n, "ad", 2, 0), 2);
  NT_EXPECT("recv: what the adopted socket sent", ntix_t_recv_all(a, buf, 2),
            2);
  NT_EXPECT("send: to the adopted socket", ntix_send(a, "pt", 2, 0), 2);
  NT_EXPECT("recv: adopted socket", ntix_t_recv_all(n, buf, 2), 2);
  NT_EXPECT("recv: adopted socket's bytes", memcmp(buf, "pt", 2), 0);
  NT_EXPECT("close: adopted socket", ntix_close(n), 0);
  NT_EXPECT("close: descriptor whose native socket was adopted and closed",
            ntix_close(d), NTIX_EBADF);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

/* MSG_DONTWAIT sends on a blocking socket until the peer's window and the
 * send buffer are full: each call returns at once (a count, then EAGAIN),
 * and the peer receives exactly the bytes the calls reported, in order;
 * then the socket still works blocking.  (Windows must not cancel a send
 * that would wait: doc/known-differences.md.) */
START_TEST(dontwait_send_fill) {
  static unsigned char out[(1 << 19) + 251], in[1 << 16];
  int c, a, i, mismatch = 0;
  int64_t n = 0, total = 0, got = 0, r;

  /* Byte k of the stream is k % 251 whatever each call sent. */
  for (i = 0; i < (int)sizeof(out); i++) out[i] = (unsigned char)(i % 251);
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  for (i = 0; i < 100000; i++) {
    n = ntix_send(c, out + total % 251, 1 << 19, NTIX_MSG_DONTWAIT);
    if (n < 0)
      break;
    total += n;
  }
  NT_EXPECT("send: MSG_DONTWAIT on a blocking socket fills to EAGAIN", n,
            NTIX_EAGAIN);
  NT_EXPECT("send: MSG_DONTWAIT on a blocking socket sent something", total > 0,
            1);
  NT_OK(ntix_shutdown(c, NTIX_SHUT_WR));
  while ((r = ntix_recv(a, in, sizeof(in), 0)) > 0) {
    for (i = 0; i < r; i++) mismatch += in[i] != (got + i) % 251;
    got += r;
  }
  NT_EXPECT("recv: peer gets exactly what the MSG_DONTWAIT sends reported",
            got == total, 1);
  NT_EXPECT("recv: and in order", mismatch, 0);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

START_TEST(half_close) {
  int c, a;
  char buf[8];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_EXPECT("shutdown: SHUT_WR", ntix_shutdown(c, NTIX_SHUT_WR), 0);
  NT_EXPECT("recv: peer shut down writing", ntix_recv(a, buf, 8, 0), 0);
  NT_EXPECT("send: toward the half-closed side", ntix_send(a, "back", 4, 0), 4);
  NT_EXPECT("recv: on the side that shut down writing",
            ntix_t_recv_all(c, buf, 4), 4);
  NT_EXPECT("recv: bytes after half-close", memcmp(buf, "back", 4), 0);
  NT_EXPECT("shutdown: bad how", ntix_shutdown(c, 7), NTIX_EINVAL);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

START_TEST(nonblocking_io) {
  ntix_sockaddr_t addr;
  int l, c, a;
  char buf[8];

  l = ntix_t_listener(NTIX_AF_INET, NTIX_SOCK_NONBLOCK, &addr);
  NT_EXPECT("accept: non-blocking, nothing pending", ntix_accept(l, NULL, 0),
            NTIX_EAGAIN);
  c = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_connect(c, &addr));
  ntix_sleep_ns(20 * MS);
  a = (int)NT_EXPECT_OK("accept: non-blocking with NTIX_SOCK_NONBLOCK",
                        ntix_accept(l, NULL, NTIX_SOCK_NONBLOCK));
  NT_EXPECT("recv: non-blocking, nothing to read", ntix_recv(a, buf, 8, 0),
            NTIX_EAGAIN);
  NT_EXPECT("read: non-blocking socket, nothing to read", ntix_read(a, buf, 8),
            NTIX_EAGAIN);
  NT_EXPECT("recv: MSG_DONTWAIT on a blocking socket, nothing to read",
            ntix_recv(c, buf, 8, NTIX_MSG_DONTWAIT), NTIX_EAGAIN);
  NT_OK(ntix_send(c, "q", 1, 0));
  ntix_sleep_ns(20 * MS);
  NT_EXPECT("recv: non-blocking with data", ntix_recv(a, buf, 8, 0), 1);
  NT_EXPECT("recv: non-blocking drained", ntix_recv(a, buf, 8, 0), NTIX_EAGAIN);
  NT_OK(ntix_send(c, "pk", 2, 0));
  ntix_sleep_ns(20 * MS);
  NT_EXPECT("recv: MSG_PEEK", ntix_recv(a, buf, 8, NTIX_MSG_PEEK), 2);
  NT_EXPECT("recv: after MSG_PEEK the data is still there",
            ntix_recv(a, buf, 8, 0), 2);
  ntix_close(a);
  ntix_close(c);
  ntix_close(l);
}
END_TEST

START_TEST(read_write) {
  int c, a;
  char buf[8];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_EXPECT("write: socket", ntix_write(c, "abc", 3), 3);
  NT_EXPECT("read: socket", ntix_t_read_all(a, buf, 3), 3);
  NT_EXPECT("read: socket bytes", memcmp(buf, "abc", 3), 0);
  NT_EXPECT("write: socket, other way", ntix_write(a, "de", 2), 2);
  NT_EXPECT("read: socket, other way", ntix_t_read_all(c, buf, 2), 2);
  NT_EXPECT("read: socket bytes, other way", memcmp(buf, "de", 2), 0);
  NT_OK(ntix_close(a));
  NT_EXPECT("read: socket after peer closed", ntix_read(c, buf, 8), 0);
  NT_EXPECT("seek: socket", ntix_seek(c, 0, NTIX_SEEK_CUR), NTIX_ESPIPE);
  ntix_close(c);
}
END_TEST

START_TEST(socketpair) {
  int fds[2], v = 0;
  char buf[8];

  NT_EXPECT("socketpair: stream", ntix_socketpair(NTIX_SOCK_STREAM, 0, fds), 0);
  NT_EXPECT("socketpair: write first end", ntix_write(fds[0], "ping", 4), 4);
  NT_EXPECT("socketpair: read second end", ntix_t_read_all(fds[1], buf, 4), 4);
  NT_EXPECT("socketpair: bytes first to second", memcmp(buf, "ping", 4), 0);
  NT_EXPECT("socketpair: send second end", ntix_send(fds[1], "pong", 4, 0), 4);
  NT_EXPECT("socketpair: recv first end", ntix_t_recv_all(fds[0], buf, 4), 4);
  NT_EXPECT("socketpair: bytes second to first", memcmp(buf, "pong", 4), 0);
  NT_EXPECT("getsockopt: SO_TYPE of socketpair end",
            ntix_getsockopt(fds[0], NTIX_SO_TYPE, &v), 0);
  NT_EXPECT("getsockopt: socketpair is SOCK_STREAM", v, NTIX_SOCK_STREAM);
  NT_OK(ntix_close(fds[0]));
  NT_EXPECT("socketpair: read after the other end closed",
            ntix_read(fds[1], buf, 8), 0);
  ntix_close(fds[1]);
  NT_EXPECT("socketpair: non-blocking",
            ntix_socketpair(NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK, fds), 0);
  NT_EXPECT("socketpair: non-blocking read, nothing to read",
            ntix_read(fds[0], buf, 8), NTIX_EAGAIN);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}
END_TEST

/* Sets opt to value and reads it back. */
static void
opt_roundtrip(int fd, int opt, int value, const char *name) {
  int v = -12345;

  NT_EXPECT(sc(name, "set"), ntix_setsockopt(fd, opt, value), 0);
  NT_EXPECT(sc(name, "get"), ntix_getsockopt(fd, opt, &v), 0);
  /* Compared, not recorded as a number: -1 would read as EPERM. */
  NT_EXPECT(sc(name, "get returns the value set"), v == value, 1);
}

START_TEST(options) {
  int t, u, s6, v = -1;

  t = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  u = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_DGRAM, 0));
  NT_EXPECT("getsockopt: SO_TYPE of TCP socket",
            ntix_getsockopt(t, NTIX_SO_TYPE, &v), 0);
  NT_EXPECT("getsockopt: TCP socket is SOCK_STREAM", v, NTIX_SOCK_STREAM);
  NT_EXPECT("getsockopt: SO_TYPE of UDP socket",
            ntix_getsockopt(u, NTIX_SO_TYPE, &v), 0);
  NT_EXPECT("getsockopt: UDP socket is SOCK_DGRAM", v, NTIX_SOCK_DGRAM);
  NT_EXPECT("getsockopt: TCP_NODELAY default",
            ntix_getsockopt(t, NTIX_TCP_NODELAY, &v), 0);
  NT_EXPECT("getsockopt: TCP_NODELAY is off by default", v, 0);
  opt_roundtrip(t, NTIX_TCP_NODELAY, 1, "sockopt TCP_NODELAY on");
  opt_roundtrip(t, NTIX_TCP_NODELAY, 0, "sockopt TCP_NODELAY off");
  opt_roundtrip(t, NTIX_SO_KEEPALIVE, 1, "sockopt SO_KEEPALIVE on");
  opt_roundtrip(t, NTIX_SO_REUSEADDR, 1, "sockopt SO_REUSEADDR on");
  NT_EXPECT("getsockopt: SO_LINGER default",
            ntix_getsockopt(t, NTIX_SO_LINGER, &v), 0);
  NT_EXPECT("getsockopt: SO_LINGER is off (-1) by default", v == -1, 1);
  opt_roundtrip(t, NTIX_SO_LINGER, 5, "sockopt SO_LINGER 5 s");
  opt_roundtrip(t, NTIX_SO_LINGER, 0, "sockopt SO_LINGER 0");
  opt_roundtrip(t, NTIX_SO_LINGER, -1, "sockopt SO_LINGER off");
  opt_roundtrip(u, NTIX_SO_BROADCAST, 1, "sockopt SO_BROADCAST on");
  NT_EXPECT("getsockopt: SO_RCVBUF", ntix_getsockopt(t, NTIX_SO_RCVBUF, &v), 0);
  NT_EXPECT("getsockopt: SO_RCVBUF is positive", v > 0, 1);
  NT_EXPECT("setsockopt: SO_SNDBUF", ntix_setsockopt(t, NTIX_SO_SNDBUF, 65536),
            0);
  NT_EXPECT("getsockopt: SO_ERROR of a new socket",
            ntix_getsockopt(t, NTIX_SO_ERROR, &v), 0);
  NT_EXPECT("getsockopt: SO_ERROR of a new socket is 0", v, 0);
  s6 = (int)NT_OK(ntix_socket(NTIX_AF_INET6, NTIX_SOCK_STREAM, 0));
  opt_roundtrip(s6, NTIX_IPV6_V6ONLY, 1, "sockopt IPV6_V6ONLY on");
  ntix_close(s6);

  NT_EXPECT("setsockopt: unknown option", ntix_setsockopt(t, 999, 1),
            NTIX_ENOPROTOOPT);
  NT_EXPECT("getsockopt: unknown option", ntix_getsockopt(t, 999, &v),
            NTIX_ENOPROTOOPT);
  NT_EXPECT("setsockopt: SO_ERROR is get-only",
            ntix_setsockopt(t, NTIX_SO_ERROR, 0), NTIX_EINVAL);
  NT_EXPECT("setsockopt: SO_TYPE is get-only",
            ntix_setsockopt(t, NTIX_SO_TYPE, NTIX_SOCK_DGRAM), NTIX_EINVAL);
  NT_EXPECT("setsockopt: TCP_NODELAY on a UDP socket",
            ntix_setsockopt(u, NTIX_TCP_NODELAY, 1), NTIX_ENOPROTOOPT);
  NT_EXPECT("setsockopt: option 0", ntix_setsockopt(t, 0, 1), NTIX_ENOPROTOOPT);
  NT_EXPECT("getsockopt: option -1", ntix_getsockopt(t, -1, &v),
            NTIX_ENOPROTOOPT);
  NT_EXPECT("setsockopt: unknown option on a bad descriptor",
            ntix_setsockopt(-1, 999, 1), NTIX_ENOPROTOOPT);
  NT_EXPECT("setsockopt: negative SO_RCVBUF",
            ntix_setsockopt(t, NTIX_SO_RCVBUF, -1), NTIX_EINVAL);
  NT_EXPECT("setsockopt: SO_LINGER below -1",
            ntix_setsockopt(t, NTIX_SO_LINGER, -2), NTIX_EINVAL);
  NT_EXPECT("getsockopt: NULL value", ntix_getsockopt(t, NTIX_SO_TYPE, NULL),
            NTIX_EFAULT);
  NT_EXPECT("setsockopt: SO_KEEPALIVE 5",
            ntix_setsockopt(t, NTIX_SO_KEEPALIVE, 5), 0);
  NT_EXPECT("getsockopt: SO_KEEPALIVE 5 reads back as 1",
            ntix_getsockopt(t, NTIX_SO_KEEPALIVE, &v) == 0 && v == 1, 1);
  ntix_close(t);
  ntix_close(u);
}
END_TEST

START_TEST(bad_input) {
  ntix_sockaddr_t any, six;
  int s, fds[2];
  char buf[4];

  ntix_t_loopback(NTIX_AF_INET, 0, &any);
  ntix_t_loopback(NTIX_AF_INET6, 0, &six);
  NT_EXPECT("socket: unknown family", ntix_socket(12345, NTIX_SOCK_STREAM, 0),
            NTIX_EAFNOSUPPORT);
  NT_EXPECT("socket: unknown type", ntix_socket(NTIX_AF_INET, 99, 0),
            NTIX_EINVAL);
  NT_EXPECT("socket: unknown flag bits",
            ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0x4), NTIX_EINVAL);
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_close(s));
  NT_EXPECT("bind: closed descriptor", ntix_bind(s, &any), NTIX_EBADF);
  NT_EXPECT("bind: descriptor -1", ntix_bind(-1, &any), NTIX_EBADF);
  NT_EXPECT("listen: closed descriptor", ntix_listen(s, 1), NTIX_EBADF);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("bind: pipe descriptor", ntix_bind(fds[0], &any), NTIX_ENOTSOCK);
  NT_EXPECT("listen: pipe descriptor", ntix_listen(fds[0], 1), NTIX_ENOTSOCK);
  NT_EXPECT("recv: pipe descriptor", ntix_recv(fds[0], buf, 4, 0),
            NTIX_ENOTSOCK);
  NT_EXPECT("setsockopt: pipe descriptor",
            ntix_setsockopt(fds[0], NTIX_TCP_NODELAY, 1), NTIX_ENOTSOCK);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_EXPECT("bind: NULL address", ntix_bind(s, NULL), NTIX_EFAULT);
  NT_EXPECT("connect: NULL address", ntix_connect(s, NULL), NTIX_EFAULT);
  NT_EXPECT("bind: IPv6 address on an IPv4 socket", ntix_bind(s, &six),
            NTIX_EINVAL);
  NT_OK(ntix_bind(s, &any));
  NT_EXPECT("bind: socket already bound", ntix_bind(s, &any), NTIX_EINVAL);
  ntix_close(s);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("socket");
  TCase *tc = ntix_t_tcase("socket");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, tcp4_roundtrip);
  tcase_add_test(tc, tcp6_roundtrip);
  tcase_add_test(tc, udp4_roundtrip);
  tcase_add_test(tc, udp6_roundtrip);
  tcase_add_test(tc, ephemeral_port);
  tcase_add_test(tc, not_connected);
  tcase_add_test(tc, addr_in_use);
  tcase_add_test(tc, reuse_time_wait);
  tcase_add_test(tc, nonblocking_connect);
  tcase_add_test(tc, refused);
  tcase_add_test(tc, peer_reset_recv);
  tcase_add_test(tc, peer_reset_send);
  tcase_add_test(tc, dup_socket);
  tcase_add_test(tc, adopted_socket);
  tcase_add_test(tc, dontwait_send_fill);
  tcase_add_test(tc, peer_close);
  tcase_add_test(tc, half_close);
  tcase_add_test(tc, nonblocking_io);
  tcase_add_test(tc, read_write);
  tcase_add_test(tc, socketpair);
  tcase_add_test(tc, options);
  tcase_add_test(tc, bad_input);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "socket");
}

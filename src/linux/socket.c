/* socket.c (Linux): TCP and UDP sockets over IPv4 and IPv6 with raw system
 * calls: socket, bind, listen, accept4, connect, sendto, recvfrom,
 * shutdown, setsockopt, getsockopt, getsockname, getpeername, socketpair
 * (AF_UNIX), and the port range from /proc/sys/net/ipv4.  ntix_sockaddr_t
 * is converted to the kernel's sockaddr_in / sockaddr_in6 here.
 */
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/tcp.h>
#include <asm/socket.h>
#include <string.h>

#include "linux-int.h"

#define K_AF_UNIX 1
#define K_AF_INET 2
#define K_AF_INET6 10
#define K_SOCK_STREAM 1
#define K_SOCK_DGRAM 2
/* MSG_* live in the C library's headers, not the kernel's uapi; the
 * numbers are the same on every Linux architecture. */
#define K_MSG_NOSIGNAL 0x4000

#define SOCK_FLAGS (NTIX_SOCK_NONBLOCK | NTIX_SOCK_INHERIT)
#define MSG_FLAGS (NTIX_MSG_OOB | NTIX_MSG_PEEK | NTIX_MSG_DONTWAIT)

/* Room for either address family as the kernel reads and writes it. */
union ksockaddr {
  struct sockaddr_in in;
  struct sockaddr_in6 in6;
  unsigned char raw[128];
};

/* struct linger as the kernel takes it. */
struct klinger {
  int onoff;
  int seconds;
};

static uint16_t
port_swap(uint16_t v) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return __builtin_bswap16(v);
#else
  return v;
#endif
}

/* ntix_sockaddr_t to the kernel's layout: the address length, or
 * NTIX_EAFNOSUPPORT for a family ntix does not offer. */
static int
to_kernel(const ntix_sockaddr_t *sa, union ksockaddr *k) {
  memset(k, 0, sizeof(*k));
  if (sa->family == NTIX_AF_INET) {
    k->in.sin_family = K_AF_INET;
    k->in.sin_port = port_swap(sa->port);
    memcpy(&k->in.sin_addr, sa->addr, 4);
    return (int)sizeof(k->in);
  }
  if (sa->family == NTIX_AF_INET6) {
    k->in6.sin6_family = K_AF_INET6;
    k->in6.sin6_port = port_swap(sa->port);
    k->in6.sin6_scope_id = sa->scope_id;
    memcpy(&k->in6.sin6_addr, sa->addr, 16);
    return (int)sizeof(k->in6);
  }
  return NTIX_EAFNOSUPPORT;
}

/* The kernel's address to ntix_sockaddr_t.  An AF_UNIX address (from a
 * socketpair) or an empty one (recvfrom on a connected stream) has no
 * neutral form and comes back all zero, family 0. */
static void
from_kernel(const union ksockaddr *k, int len, ntix_sockaddr_t *sa) {
  memset(sa, 0, sizeof(*sa));
  if (len >= (int)sizeof(k->in) && k->in.sin_family == K_AF_INET) {
    sa->family = NTIX_AF_INET;
    sa->port = port_swap(k->in.sin_port);
    memcpy(sa->addr, &k->in.sin_addr, 4);
  } else if (len >= (int)sizeof(k->in6) && k->in6.sin6_family == K_AF_INET6) {
    sa->family = NTIX_AF_INET6;
    sa->port = port_swap(k->in6.sin6_port);
    sa->scope_id = k->in6.sin6_scope_id;
    memcpy(sa->addr, &k->in6.sin6_addr, 16);
  }
}

static long
sock_kflags(int flags) {
  long k = 0;

  if (flags & NTIX_SOCK_NONBLOCK)
    k |= O_NONBLOCK; /* SOCK_NONBLOCK is O_NONBLOCK by definition */
  if (!(flags & NTIX_SOCK_INHERIT))
    k |= O_CLOEXEC; /* and SOCK_CLOEXEC is O_CLOEXEC */
  return k;
}

int
ntix__b_socket(int family, int type, int flags) {
  long kfamily, ktype, r;

  if (family == NTIX_AF_INET)
    kfamily = K_AF_INET;
  else if (family == NTIX_AF_INET6)
    kfamily = K_AF_INET6;
  else
    return ntix__refuse(NTIX_EAFNOSUPPORT, "ntix_socket");
  if (type == NTIX_SOCK_STREAM)
    ktype = K_SOCK_STREAM;
  else if (type == NTIX_SOCK_DGRAM)
    ktype = K_SOCK_DGRAM;
  else
    return ntix__refuse(NTIX_EINVAL, "ntix_socket");
  if (flags & ~SOCK_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_socket");
  /* send() has MSG_NOSIGNAL, but a socket may also be written with
   * ntix__b_write, which cannot say so; the process-wide policy covers it. */
  if ((r = ntix__sigpipe_policy()) < 0)
    return (int)r;
  r = ntix__sys3(__NR_socket, kfamily, ktype | sock_kflags(flags), 0);
  return (int)NTIX__SYS_RESULT(r, "socket");
}

int
ntix__b_bind(int fd, const ntix_sockaddr_t *addr) {
  union ksockaddr k;
  int len;
  long r;

  if (addr == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_bind");
  if ((len = to_kernel(addr, &k)) < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_bind");
  r = ntix__sys3(__NR_bind, fd, (long)&k, len);
  /* An IPv4 socket given an IPv6 address answers EAFNOSUPPORT, an IPv6
   * socket given an IPv4 one EINVAL; the contract has one code for a
   * family mismatch, and the kernel's own value stays recorded. */
  if (NTIX__UNLIKELY(r == NTIX_EAFNOSUPPORT))
    return ntix__fail(NTIX_NATIVE_ERRNO, (uint32_t)-r, NTIX_EINVAL, "bind");
  return (int)NTIX__SYS_RESULT(r, "bind");
}

int
ntix__b_listen(int fd, int backlog) {
  long r = ntix__sys2(__NR_listen, fd, backlog);

  return (int)NTIX__SYS_RESULT(r, "listen");
}

int
ntix__b_accept(int fd, ntix_sockaddr_t *peer, int flags) {
  union ksockaddr k;
  int len = (int)sizeof(k);
  long r;

  if (flags & ~SOCK_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_accept");
  r = ntix__sys4(__NR_accept4, fd, peer ? (long)&k : 0, peer ? (long)&len : 0,
                 sock_kflags(flags));
  if (NTIX__UNLIKELY(r < 0))
    return ntix__fail_errno(r, "accept4");
  if (peer != NULL)
    from_kernel(&k, len, peer);
  return (int)r;
}

int
ntix__b_connect(int fd, const ntix_sockaddr_t *addr) {
  union ksockaddr k;
  int len;
  long r;

  if (addr == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_connect");
  if ((len = to_kernel(addr, &k)) < 0)
    return ntix__refuse(len, "ntix_connect");
  r = ntix__sys3(__NR_connect, fd, (long)&k, len);
  return (int)NTIX__SYS_RESULT(r, "connect");
}

/* The kernel cuts a send or receive length to NTIX_IO_MAX before it
 * checks the range, so a range that wraps or leaves the address space
 * would pass with the first NTIX_IO_MAX bytes: ntix checks such lengths
 * itself.  Shorter ones the kernel checks exactly. */
#define BAD_RANGE(buf, len) ((buf) == NULL || (len) > NTIX_IO_MAX)

static NTIX__COLD int64_t
bad_range(const void *buf, size_t len, const char *call) {
  int rc = ntix__check_buf(buf, len, call);

  if (rc == 0)
    rc = ntix__check_range(buf, len, ntix__user_end(), call);
  return rc;
}

int64_t
ntix__b_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to) {
  union ksockaddr k;
  int klen = 0;
  long r;

  if (NTIX__UNLIKELY(BAD_RANGE(buf, len)) &&
      (r = bad_range(buf, len, "ntix_sendto")) != 0)
    return r;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_sendto");
  if (to != NULL && (klen = to_kernel(to, &k)) < 0)
    return ntix__refuse(klen, "ntix_sendto");
  /* NTIX_MSG_* are the kernel's MSG_* numbers.  MSG_NOSIGNAL always: a
   * peer that is gone gives EPIPE, never SIGPIPE. */
  r = ntix__sys6(__NR_sendto, fd, (long)buf, (long)len, flags | K_MSG_NOSIGNAL,
                 to ? (long)&k : 0, klen);
  return NTIX__SYS_RESULT(r, "sendto");
}

int64_t
ntix__b_recvfrom(
    int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from) {
  union ksockaddr k;
  int klen = (int)sizeof(k);
  long r;

  if (NTIX__UNLIKELY(BAD_RANGE(buf, len)) &&
      (r = bad_range(buf, len, "ntix_recvfrom")) != 0)
    return r;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_recvfrom");
  r = ntix__sys6(__NR_recvfrom, fd, (long)buf, (long)len, flags,
                 from ? (long)&k : 0, from ? (long)&klen : 0);
  if (NTIX__UNLIKELY(r < 0))
    return ntix__fail_errno(r, "recvfrom");
  if (from != NULL)
    from_kernel(&k, klen, from);
  return r;
}

int
ntix__b_shutdown(int fd, int how) {
  long r = ntix__sys2(__NR_shutdown, fd, how);

  return (int)NTIX__SYS_RESULT(r, "shutdown");
}

/* getsockname and getpeername share everything but the call. */
static int
sock_name(long nr, int fd, ntix_sockaddr_t *out, const char *call) {
  union ksockaddr k;
  int len = (int)sizeof(k);
  long r;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  r = ntix__sys3(nr, fd, (long)&k, (long)&len);
  if (NTIX__UNLIKELY(r < 0))
    return ntix__fail_errno(
        r, nr == __NR_getsockname ? "getsockname" : "getpeername");
  from_kernel(&k, len, out);
  return 0;
}

int
ntix__b_getsockname(int fd, ntix_sockaddr_t *out) {
  return sock_name(__NR_getsockname, fd, out, "ntix_getsockname");
}

int
ntix__b_getpeername(int fd, ntix_sockaddr_t *out) {
  return sock_name(__NR_getpeername, fd, out, "ntix_getpeername");
}

/* ---- options ------------------------------------------------------------ */

#define NTIX__SO_REUSEADDR_NAME SO_REUSEADDR
#include "optmap.h"

int
ntix__b_setsockopt(int fd, int opt, int value) {
  const struct ntix__optmap *m;
  struct klinger lg;
  int v, rc;
  long r;

  if ((rc = ntix__opt_check_set(opt, value, "ntix_setsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    lg.onoff = value >= 0;
    lg.seconds = value >= 0 ? value : 0;
    r = ntix__sys5(__NR_setsockopt, fd, m->level, m->name, (long)&lg,
                   sizeof(lg));
  } else {
    v = ntix__opt_int(opt, value);
    r = ntix__sys5(__NR_setsockopt, fd, m->level, m->name, (long)&v, sizeof(v));
  }
  return (int)NTIX__SYS_RESULT(r, "setsockopt");
}

int
ntix__b_getsockopt(int fd, int opt, int *value) {
  const struct ntix__optmap *m;
  struct klinger lg = {0, 0};
  int v = 0, len, rc;
  long r;

  if ((rc = ntix__opt_check_get(opt, value, "ntix_getsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    len = (int)sizeof(lg);
    r = ntix__sys5(__NR_getsockopt, fd, m->level, m->name, (long)&lg,
                   (long)&len);
  } else {
    len = (int)sizeof(v);
    r = ntix__sys5(__NR_getsockopt, fd, m->level, m->name, (long)&v,
                   (long)&len);
  }
  if (NTIX__UNLIKELY(r < 0))
    return ntix__fail_errno(r, "getsockopt");
  /* SO_ERROR is a positive errno, and NTIX_E* is its negation. */
  if (opt == NTIX_SO_ERROR)
    *value = -v;
  else
    *value = ntix__opt_neutral(opt, v, lg.onoff, lg.seconds);
  return 0;
}

int
ntix__b_socketpair(int type, int flags, int fds[2]) {
  long r;

  if (fds == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_socketpair");
  /* Stream only: Windows builds the pair from loopback TCP. */
  if (type != NTIX_SOCK_STREAM || (flags & ~SOCK_FLAGS))
    return ntix__refuse(NTIX_EINVAL, "ntix_socketpair");
  if ((r = ntix__sigpipe_policy()) < 0)
    return (int)r;
  r = ntix__sys4(__NR_socketpair, K_AF_UNIX, K_SOCK_STREAM | sock_kflags(flags),
                 0, (long)fds);
  return (int)NTIX__SYS_RESULT(r, "socketpair");
}

/* ---- the ephemeral port range ------------------------------------------- */

int
ntix__b_port_range(int *lo, int *hi) {
  char buf[64];
  long fd, n;

  if (lo == NULL || hi == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_port_range");
  fd = ntix__sys4(__NR_openat, AT_FDCWD,
                  (long)"/proc/sys/net/ipv4/ip_local_port_range",
                  O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return ntix__fail_errno(fd, "openat");
  n = ntix__sys3(__NR_read, fd, (long)buf, sizeof(buf) - 1);
  ntix__sys1(__NR_close, fd);
  if (n < 0)
    return ntix__fail_errno(n, "read");
  buf[n] = '\0';
  if (ntix__port_range_parse(buf, lo, hi) != 0)
    return ntix__refuse(NTIX_EIO, "ntix_port_range");
  return 0;
}

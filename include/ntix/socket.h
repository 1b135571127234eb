/* ntix/socket.h: sockets.  Part of <ntix.h>, which is the header to include. */
#ifndef NTIX_SOCKET_H
#define NTIX_SOCKET_H

#include "base.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Sockets
 * ------------------------------------------------------------------------ */

#define NTIX_AF_INET 2
#define NTIX_AF_INET6 10
#define NTIX_SOCK_STREAM 1
#define NTIX_SOCK_DGRAM 2
/* ntix_socket / ntix_accept / ntix_socketpair flags. */
#define NTIX_SOCK_NONBLOCK NTIX_O_NONBLOCK
#define NTIX_SOCK_INHERIT NTIX_O_INHERIT

/* A neutral IPv4/IPv6 address: no sockaddr_in on either side. */
typedef struct ntix_sockaddr {
  uint16_t family;   /* NTIX_AF_INET or NTIX_AF_INET6 */
  uint16_t port;     /* host byte order */
  uint32_t scope_id; /* IPv6 scope (interface index), else 0 */
  uint8_t addr[16];  /* network order; IPv4 uses the first 4 bytes */
} ntix_sockaddr_t;

/* Longest text ntix_sockaddr_format writes, NUL included. */
#define NTIX_SOCKADDR_STRLEN 64

/* Parses "127.0.0.1:8080", "[::1]:0", "[fe80::1%3]:80" (numeric only, no
 * name lookup; the port is required).  0 or NTIX_EINVAL (NTIX_EFAULT for
 * NULL). */
NTIX_API int ntix_sockaddr_parse(const char *text, ntix_sockaddr_t *out);
/* Formats as ntix_sockaddr_parse reads (IPv6 in RFC 5952 form); returns
 * the length, NTIX_ERANGE if size is too small, NTIX_EINVAL for a bad
 * family. */
NTIX_API int ntix_sockaddr_format(const ntix_sockaddr_t *sa,
                                  char *buf,
                                  size_t size);

/* A TCP (STREAM) or UDP (DGRAM) socket, non-inheritable unless
 * NTIX_SOCK_INHERIT.  NTIX_EAFNOSUPPORT, NTIX_EINVAL (type, flags),
 * NTIX_EMFILE. */
NTIX_API int ntix_socket(int family, int type, int flags);
/* NTIX_EADDRINUSE if another socket holds the address (on Windows nobody
 * can steal a bound port), NTIX_EADDRNOTAVAIL, NTIX_EINVAL (already
 * bound, family mismatch), NTIX_ENOTSOCK, NTIX_EBADF. */
NTIX_API int ntix_bind(int fd, const ntix_sockaddr_t *addr);
NTIX_API int ntix_listen(int fd, int backlog);
/* A new connected socket; peer may be NULL.  NTIX_EAGAIN when
 * non-blocking and nothing is pending, NTIX_EINVAL (not listening). */
NTIX_API int ntix_accept(int fd, ntix_sockaddr_t *peer, int flags);
/* Blocking: 0 or the failure (NTIX_ECONNREFUSED, NTIX_ETIMEDOUT, ...).
 * Non-blocking: NTIX_EINPROGRESS; the outcome is then NTIX_SO_ERROR. */
NTIX_API int ntix_connect(int fd, const ntix_sockaddr_t *addr);

#define NTIX_MSG_OOB 0x01
#define NTIX_MSG_PEEK 0x02
#define NTIX_MSG_DONTWAIT 0x40

/* Never raises SIGPIPE: a send to a peer that is gone returns NTIX_EPIPE or
 * NTIX_ECONNRESET (the same on both OSes for the same scenario).  recv
 * returns 0 after the peer's FIN.  The length contract is ntix_read's,
 * checked before the descriptor (as Linux does): NTIX_EFAULT for a NULL
 * buffer with a length or a range that wraps or leaves the address space;
 * a valid range above NTIX_IO_MAX is served up to it. */
NTIX_API int64_t ntix_send(int fd, const void *buf, size_t len, int flags);
NTIX_API int64_t ntix_recv(int fd, void *buf, size_t len, int flags);
NTIX_API int64_t ntix_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to);
NTIX_API int64_t
ntix_recvfrom(int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from);

#define NTIX_SHUT_RD 0
#define NTIX_SHUT_WR 1
#define NTIX_SHUT_RDWR 2
NTIX_API int ntix_shutdown(int fd, int how);
NTIX_API int ntix_getsockname(int fd, ntix_sockaddr_t *out);
/* NTIX_ENOTCONN when not connected. */
NTIX_API int ntix_getpeername(int fd, ntix_sockaddr_t *out);

/* The neutral option set; values are ints. */
typedef enum ntix_sockopt {
  NTIX_SO_REUSEADDR = 1, /* Linux meaning on both: rebind over TIME_WAIT */
  NTIX_SO_KEEPALIVE = 2,
  NTIX_SO_RCVBUF = 3,
  NTIX_SO_SNDBUF = 4,
  NTIX_SO_ERROR = 5, /* get only: the pending error as NTIX_E* (0 if
                        none), cleared by the read */
  NTIX_SO_TYPE = 6,  /* get only: NTIX_SOCK_STREAM or NTIX_SOCK_DGRAM */
  NTIX_SO_BROADCAST = 7,
  NTIX_SO_LINGER = 8, /* seconds, -1 = off; 0 = reset on close */
  NTIX_TCP_NODELAY = 9,
  NTIX_IPV6_V6ONLY = 10
} ntix_sockopt_t;
/* NTIX_ENOPROTOOPT for an unknown option, NTIX_EINVAL for a bad value or
 * setting a get-only option. */
NTIX_API int ntix_setsockopt(int fd, int opt, int value);
NTIX_API int ntix_getsockopt(int fd, int opt, int *value);

/* Two connected stream sockets (Linux: AF_UNIX; Windows: loopback TCP,
 * since Wine has no AF_UNIX).  flags as ntix_socket. */
NTIX_API int ntix_socketpair(int type, int flags, int fds[2]);

/* The OS's dynamic (ephemeral) port range, inclusive. */
NTIX_API int ntix_port_range(int *lo, int *hi);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_SOCKET_H */

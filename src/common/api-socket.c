/* api-socket.c: the public entry points of sockets.
 * Each one calls its backend function, or traces it while tracing is on
 * (ntix-int.h).
 */
#include "ntix-int.h"

/* send and recv are sendto and recvfrom without an address on every OS:
 * the backends implement only those. */
int64_t
ntix__b_send(int fd, const void *buf, size_t len, int flags) {
  return ntix__b_sendto(fd, buf, len, flags, NULL);
}

int64_t
ntix__b_recv(int fd, void *buf, size_t len, int flags) {
  return ntix__b_recvfrom(fd, buf, len, flags, NULL);
}

int
ntix_socket(int family, int type, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_socket", "ddx", family, type, flags))
    return ntix__b_socket(family, type, flags);
  return (int)ntix__trace_end(ntix__b_socket(family, type, flags), 1);
}

int
ntix_bind(int fd, const ntix_sockaddr_t *addr) {
  if (!NTIX__TRACE_BEGIN("ntix_bind", "da", fd, addr))
    return ntix__b_bind(fd, addr);
  return (int)ntix__trace_end(ntix__b_bind(fd, addr), 1);
}

int
ntix_listen(int fd, int backlog) {
  if (!NTIX__TRACE_BEGIN("ntix_listen", "dd", fd, backlog))
    return ntix__b_listen(fd, backlog);
  return (int)ntix__trace_end(ntix__b_listen(fd, backlog), 1);
}

int
ntix_accept(int fd, ntix_sockaddr_t *peer, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_accept", "dpx", fd, peer, flags))
    return ntix__b_accept(fd, peer, flags);
  return (int)ntix__trace_end(ntix__b_accept(fd, peer, flags), 1);
}

int
ntix_connect(int fd, const ntix_sockaddr_t *addr) {
  if (!NTIX__TRACE_BEGIN("ntix_connect", "da", fd, addr))
    return ntix__b_connect(fd, addr);
  return (int)ntix__trace_end(ntix__b_connect(fd, addr), 1);
}

int64_t
ntix_send(int fd, const void *buf, size_t len, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_send", "dpzx", fd, buf, len, flags))
    return ntix__b_send(fd, buf, len, flags);
  return ntix__trace_end(ntix__b_send(fd, buf, len, flags), 1);
}

int64_t
ntix_recv(int fd, void *buf, size_t len, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_recv", "dpzx", fd, buf, len, flags))
    return ntix__b_recv(fd, buf, len, flags);
  return ntix__trace_end(ntix__b_recv(fd, buf, len, flags), 1);
}

int64_t
ntix_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to) {
  if (!NTIX__TRACE_BEGIN("ntix_sendto", "dpzxa", fd, buf, len, flags, to))
    return ntix__b_sendto(fd, buf, len, flags, to);
  return ntix__trace_end(ntix__b_sendto(fd, buf, len, flags, to), 1);
}

int64_t
ntix_recvfrom(int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from) {
  if (!NTIX__TRACE_BEGIN("ntix_recvfrom", "dpzxp", fd, buf, len, flags, from))
    return ntix__b_recvfrom(fd, buf, len, flags, from);
  return ntix__trace_end(ntix__b_recvfrom(fd, buf, len, flags, from), 1);
}

int
ntix_shutdown(int fd, int how) {
  if (!NTIX__TRACE_BEGIN("ntix_shutdown", "dd", fd, how))
    return ntix__b_shutdown(fd, how);
  return (int)ntix__trace_end(ntix__b_shutdown(fd, how), 1);
}

int
ntix_getsockname(int fd, ntix_sockaddr_t *out) {
  if (!NTIX__TRACE_BEGIN("ntix_getsockname", "dp", fd, out))
    return ntix__b_getsockname(fd, out);
  return (int)ntix__trace_end(ntix__b_getsockname(fd, out), 1);
}

int
ntix_getpeername(int fd, ntix_sockaddr_t *out) {
  if (!NTIX__TRACE_BEGIN("ntix_getpeername", "dp", fd, out))
    return ntix__b_getpeername(fd, out);
  return (int)ntix__trace_end(ntix__b_getpeername(fd, out), 1);
}

int
ntix_setsockopt(int fd, int opt, int value) {
  if (!NTIX__TRACE_BEGIN("ntix_setsockopt", "ddd", fd, opt, value))
    return ntix__b_setsockopt(fd, opt, value);
  return (int)ntix__trace_end(ntix__b_setsockopt(fd, opt, value), 1);
}

int
ntix_getsockopt(int fd, int opt, int *value) {
  if (!NTIX__TRACE_BEGIN("ntix_getsockopt", "ddp", fd, opt, value))
    return ntix__b_getsockopt(fd, opt, value);
  return (int)ntix__trace_end(ntix__b_getsockopt(fd, opt, value), 1);
}

int
ntix_socketpair(int type, int flags, int fds[2]) {
  if (!NTIX__TRACE_BEGIN("ntix_socketpair", "dxp", type, flags, fds))
    return ntix__b_socketpair(type, flags, fds);
  return (int)ntix__trace_end(ntix__b_socketpair(type, flags, fds), 1);
}

int
ntix_port_range(int *lo, int *hi) {
  if (!NTIX__TRACE_BEGIN("ntix_port_range", "pp", lo, hi))
    return ntix__b_port_range(lo, hi);
  return (int)ntix__trace_end(ntix__b_port_range(lo, hi), 1);
}

/* socket-int.h: what the files of the Windows socket backend share
 * (socket.c, socket-bind.c, socket-io.c, socket-opt.c, socket-pair.c):
 * Winsock's headers, the socket descriptor lookup and the address
 * conversions.
 */
#ifndef NTIX_SOCKET_INT_H
#define NTIX_SOCKET_INT_H

#include <winsock2.h>
#include <ws2tcpip.h>

#include "win32-int.h"

#define SOCK_FLAGS (NTIX_SOCK_NONBLOCK | NTIX_SOCK_INHERIT)

/* The last WSA error of the calling thread, recorded for call. */
int ntix__socket_fail_wsa(const char *call);

/* The entry of a socket descriptor: 0, NTIX_EBADF or NTIX_ENOTSOCK. */
int ntix__socket_get(int fd, ntix__fdent_t *e, const char *call);
/* The same with a reference to the socket's ext, for code that uses the
 * ext after the lookup (the AFD probes, which another thread's close of fd
 * must not free under it): on success the caller gives it back with
 * ntix__sockext_put(e->ext). */
int ntix__socket_hold(int fd, ntix__fdent_t *e, const char *call);

static inline SOCKET
ntix__socket_of(const ntix__fdent_t *e) {
  return (SOCKET)e->handle;
}

static inline int
ntix__socket_family(const ntix__fdent_t *e) {
  return (e->flags & NTIX__F_SOCK_INET6) ? NTIX_AF_INET6 : NTIX_AF_INET;
}

/* ntix_sockaddr_t to Winsock's layout; the length, or NTIX_EAFNOSUPPORT. */
int ntix__socket_to_native(const ntix_sockaddr_t *sa, SOCKADDR_STORAGE *ss);
/* Winsock's address to ntix_sockaddr_t (family 0 for anything else). */
void ntix__socket_from_native(const SOCKADDR_STORAGE *ss,
                              int len,
                              ntix_sockaddr_t *sa);

/* setsockopt of an int: Winsock's 0 or SOCKET_ERROR. */
int ntix__socket_set_int_opt(SOCKET s, int level, int name, int v);
/* FIONBIO: 0 or the recorded failure. */
int ntix__socket_set_nonblock(SOCKET s, int on);

/* connect's refusals for an address of the wrong family, else 0. */
int ntix__socket_connect_family_check(const ntix__fdent_t *e,
                                      const ntix_sockaddr_t *addr,
                                      const char *call);

#endif /* NTIX_SOCKET_INT_H */

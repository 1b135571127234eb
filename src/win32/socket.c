/* socket.c (Windows): TCP and UDP sockets over IPv4 and IPv6 as ntix
 * descriptors: WSASocketW (overlapped, not inheritable) creates the AFD
 * endpoint; connect and accept through Winsock.  Bind and listen are in
 * socket-bind.c, data, names and shutdown in socket-io.c, options in
 * socket-opt.c, the socket pair and the port range in socket-pair.c.
 *
 * Map: 1 Winsock start, descriptors and addresses, 2 creation, 3 connect
 * and accept.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "socket-int.h"

/* ------------------------------------------------------------------------
 * 1. Winsock start, descriptors and addresses
 * ------------------------------------------------------------------------ */

static LONG wsa_ready;

/* WSAStartup counts its calls, so two threads racing here both succeed
 * and the library stays started; it is never cleaned up, as sockets may
 * live until the process ends. */
static int
wsa_init(void) {
  WSADATA wd;
  int rc;

  if (NTIX__LIKELY(__atomic_load_n(&wsa_ready, __ATOMIC_ACQUIRE)))
    return 0;
  rc = WSAStartup(MAKEWORD(2, 2), &wd);
  if (rc != 0)
    return ntix__fail_wsa((uint32_t)rc, "WSAStartup");
  __atomic_store_n(&wsa_ready, 1, __ATOMIC_RELEASE);
  return 0;
}

int
ntix__socket_fail_wsa(const char *call) {
  return ntix__fail_wsa((uint32_t)WSAGetLastError(), call);
}

static int64_t op_read(int fd, const ntix__fdent_t *e, void *buf, size_t len);
static int64_t op_write(int fd,
                        const ntix__fdent_t *e,
                        const void *buf,
                        size_t len);
static int op_close(ntix__fdent_t *e);
static void *op_dup(const ntix__fdent_t *e, HANDLE newh);
static int op_dup_handle(const ntix__fdent_t *e, HANDLE *out);
static void drop_kept(SOCKET l);

static const ntix__fdops_t sock_ops = {op_read, op_write, op_close, op_dup,
                                       op_dup_handle};

/* Each socket has its own ext, shared by its duplicates: the identity of
 * the AFD endpoint, which the poller needs (one AFD poll per endpoint,
 * poll-share.c).  Its other state is in the handle and the flags. */
static ntix__sockext_t *
sockext_new(void) {
  ntix__sockext_t *sx = calloc(1, sizeof(*sx));

  if (sx != NULL) {
    sx->ext.ops = &sock_ops;
    sx->refs = 1;
  }
  return sx;
}

void
ntix__sockext_put(ntix__sockext_t *sx) {
  if (sx != NULL && __atomic_sub_fetch(&sx->refs, 1, __ATOMIC_ACQ_REL) == 0)
    free(sx);
}

ntix__sockext_t *
ntix__sockext_get(const ntix__fdent_t *e) {
  ntix__sockext_t *sx = e->ext;

  if (e->kind != NTIX__K_SOCKET || sx == NULL)
    return NULL;
  __atomic_add_fetch(&sx->refs, 1, __ATOMIC_ACQ_REL);
  return sx;
}

/* Family and type of an adopted socket, asked of Winsock once. */
static uint32_t
query_kind_flags(SOCKET s) {
  WSAPROTOCOL_INFOW pi;
  int len = (int)sizeof(pi);
  uint32_t f = NTIX__F_SOCK_KNOWN;

  if (getsockopt(s, SOL_SOCKET, SO_PROTOCOL_INFOW, (char *)&pi, &len) != 0)
    return 0;
  if (pi.iAddressFamily == AF_INET6)
    f |= NTIX__F_SOCK_INET6;
  if (pi.iSocketType == SOCK_DGRAM)
    f |= NTIX__F_SOCK_DGRAM;
  return f;
}

int
ntix__socket_adopt(HANDLE h, uint32_t *flags, void **ext) {
  int type = 0, len = (int)sizeof(type);

  if (wsa_init() != 0 ||
      getsockopt((SOCKET)h, SOL_SOCKET, SO_TYPE, (char *)&type, &len) != 0 ||
      (*ext = sockext_new()) == NULL)
    return 0;
  *flags = (*flags & NTIX__F_INHERIT) | NTIX__F_READ | NTIX__F_WRITE |
           query_kind_flags((SOCKET)h);
  return 1;
}

/* The rest of ntix__socket_get, after the lookup (rc). */
static int
socket_check(int rc, ntix__fdent_t *e, const char *call) {
  if (rc != 0)
    return rc;
  if (e->kind != NTIX__K_SOCKET)
    return ntix__refuse(NTIX_ENOTSOCK, call);
  rc = wsa_init();
  if (rc == 0 && !(e->flags & NTIX__F_SOCK_KNOWN))
    e->flags |= query_kind_flags((SOCKET)e->handle);
  return rc;
}

/* The entry of a socket descriptor: 0, NTIX_EBADF or NTIX_ENOTSOCK. */
int
ntix__socket_get(int fd, ntix__fdent_t *e, const char *call) {
  return socket_check(ntix__fd_get(fd, e, call), e, call);
}

int
ntix__socket_hold(int fd, ntix__fdent_t *e, const char *call) {
  int rc = ntix__fd_get_held(fd, e, call);

  if (rc != 0)
    return rc;
  /* Only a socket got a reference. */
  if ((rc = socket_check(0, e, call)) != 0 && e->kind == NTIX__K_SOCKET)
    ntix__sockext_put(e->ext);
  return rc;
}

/* ntix_sockaddr_t to Winsock's layout; the length, or NTIX_EAFNOSUPPORT
 * for a family ntix does not offer. */
int
ntix__socket_to_native(const ntix_sockaddr_t *sa, SOCKADDR_STORAGE *ss) {
  struct sockaddr_in *in = (struct sockaddr_in *)ss;
  struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;

  memset(ss, 0, sizeof(*ss));
  if (sa->family == NTIX_AF_INET) {
    in->sin_family = AF_INET;
    in->sin_port = htons(sa->port);
    memcpy(&in->sin_addr, sa->addr, 4);
    return (int)sizeof(*in);
  }
  if (sa->family == NTIX_AF_INET6) {
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(sa->port);
    in6->sin6_scope_id = sa->scope_id;
    memcpy(&in6->sin6_addr, sa->addr, 16);
    return (int)sizeof(*in6);
  }
  return NTIX_EAFNOSUPPORT;
}

/* Winsock's address to ntix_sockaddr_t; anything else comes back all
 * zero, family 0. */
void
ntix__socket_from_native(const SOCKADDR_STORAGE *ss,
                         int len,
                         ntix_sockaddr_t *sa) {
  const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
  const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;

  memset(sa, 0, sizeof(*sa));
  if (len >= (int)sizeof(*in) && ss->ss_family == AF_INET) {
    sa->family = NTIX_AF_INET;
    sa->port = ntohs(in->sin_port);
    memcpy(sa->addr, &in->sin_addr, 4);
  } else if (len >= (int)sizeof(*in6) && ss->ss_family == AF_INET6) {
    sa->family = NTIX_AF_INET6;
    sa->port = ntohs(in6->sin6_port);
    sa->scope_id = in6->sin6_scope_id;
    memcpy(sa->addr, &in6->sin6_addr, 16);
  }
}

/* ------------------------------------------------------------------------
 * 2. Creation and the descriptor operations
 * ------------------------------------------------------------------------ */

int
ntix__socket_set_int_opt(SOCKET s, int level, int name, int v) {
  return setsockopt(s, level, name, (const char *)&v, (int)sizeof(v));
}

int
ntix__socket_set_nonblock(SOCKET s, int on) {
  u_long v = on ? 1 : 0;

  if (ioctlsocket(s, FIONBIO, &v) != 0)
    return ntix__socket_fail_wsa("ioctlsocket");
  return 0;
}

/* What every new socket gets: exclusive address use (nobody can steal a
 * bound port, which plain Windows binds allow), and for IPv6 dual stack,
 * the Linux default (net.ipv6.bindv6only = 0) where Windows defaults to
 * IPv6 only.  Both are best effort: a failure leaves Windows' default. */
static void
sock_defaults(SOCKET s, int family) {
  ntix__socket_set_int_opt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1);
  if (family == AF_INET6)
    ntix__socket_set_int_opt(s, IPPROTO_IPV6, IPV6_V6ONLY, 0);
}

static uint32_t
sock_fd_flags(int family, int type, int flags) {
  uint32_t f = NTIX__F_READ | NTIX__F_WRITE | NTIX__F_SOCK_KNOWN;

  if (family == AF_INET6)
    f |= NTIX__F_SOCK_INET6;
  if (type == SOCK_DGRAM)
    f |= NTIX__F_SOCK_DGRAM;
  if (flags & NTIX_SOCK_NONBLOCK)
    f |= NTIX__F_NONBLOCK;
  if (flags & NTIX_SOCK_INHERIT)
    f |= NTIX__F_INHERIT;
  return f;
}

/* Puts s in the table, closing it if the table is full. */
static int
sock_install(SOCKET s, uint32_t fdflags) {
  ntix__sockext_t *sx = sockext_new();
  int fd;

  if (sx == NULL) {
    closesocket(s);
    return ntix__refuse(NTIX_ENOMEM, "ntix_socket");
  }
  fd = ntix__fd_alloc((HANDLE)s, NTIX__K_SOCKET, fdflags, sx);
  if (fd < 0) {
    closesocket(s);
    ntix__sockext_put(sx);
  }
  return fd;
}

int
ntix__b_socket(int family, int type, int flags) {
  int wfamily, wtype, rc;
  DWORD wflags = WSA_FLAG_OVERLAPPED;
  SOCKET s;

  if (family != NTIX_AF_INET && family != NTIX_AF_INET6)
    return ntix__refuse(NTIX_EAFNOSUPPORT, "ntix_socket");
  if ((type != NTIX_SOCK_STREAM && type != NTIX_SOCK_DGRAM) ||
      (flags & ~SOCK_FLAGS))
    return ntix__refuse(NTIX_EINVAL, "ntix_socket");
  if ((rc = wsa_init()) != 0)
    return rc;
  wfamily = family == NTIX_AF_INET ? AF_INET : AF_INET6;
  wtype = type == NTIX_SOCK_STREAM ? SOCK_STREAM : SOCK_DGRAM;
  if (!(flags & NTIX_SOCK_INHERIT))
    wflags |= WSA_FLAG_NO_HANDLE_INHERIT;
  s = WSASocketW(wfamily, wtype,
                 wtype == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP, NULL, 0,
                 wflags);
  if (s == INVALID_SOCKET)
    return ntix__socket_fail_wsa("WSASocketW");
  sock_defaults(s, wfamily);
  if ((flags & NTIX_SOCK_NONBLOCK) &&
      (rc = ntix__socket_set_nonblock(s, 1)) != 0) {
    closesocket(s);
    return rc;
  }
  return sock_install(s, sock_fd_flags(wfamily, wtype, flags));
}

static int64_t
op_read(int fd, const ntix__fdent_t *e, void *buf, size_t len) {
  (void)e;
  return ntix__b_recv(fd, buf, len, 0);
}

static int64_t
op_write(int fd, const ntix__fdent_t *e, const void *buf, size_t len) {
  (void)e;
  return ntix__b_send(fd, buf, len, 0);
}

/* closesocket also drops Winsock's own record of the socket.  A handle
 * Winsock never handed out (a duplicate made by ntix__b_dup, or an adopted
 * one) may be unknown to it (Wine says WSAENOTSOCK): NtClose then. */
static int
op_close(ntix__fdent_t *e) {
  NTSTATUS st;
  int rc = 0;

  drop_kept(ntix__socket_of(e));
  if (closesocket(ntix__socket_of(e)) != 0) {
    if (WSAGetLastError() != WSAENOTSOCK) {
      rc = ntix__socket_fail_wsa("closesocket");
    } else {
      st = NtClose(e->handle);
      if (!NT_SUCCESS(st))
        rc = ntix__fail_nt((uint32_t)st, "NtClose");
    }
  }
  ntix__sockext_put(e->ext);
  return rc;
}

static void *
op_dup(const ntix__fdent_t *e, HANDLE newh) {
  ntix__sockext_t *sx = e->ext;

  (void)newh;
  __atomic_add_fetch(&sx->refs, 1, __ATOMIC_ACQ_REL);
  return sx;
}

/* A duplicate Winsock knows: WSADuplicateSocketW describes the socket and
 * WSASocketW opens a second descriptor of the same socket, which stays
 * open until both are closed, as POSIX dup does.  The non-blocking mode is
 * per descriptor in Winsock, so it is set again. */
static int
op_dup_handle(const ntix__fdent_t *e, HANDLE *out) {
  WSAPROTOCOL_INFOW info;
  u_long on = 1;
  SOCKET s;

  if (WSADuplicateSocketW(ntix__socket_of(e), GetCurrentProcessId(), &info) !=
      0)
    return ntix__socket_fail_wsa("WSADuplicateSocketW");
  s = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO,
                 &info, 0, WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
  if (s == INVALID_SOCKET)
    return ntix__socket_fail_wsa("WSASocketW");
  if ((e->flags & NTIX__F_NONBLOCK) && ioctlsocket(s, FIONBIO, &on) != 0) {
    int rc = ntix__socket_fail_wsa("ioctlsocket");
    closesocket(s);
    return rc;
  }
  *out = (HANDLE)s;
  return 0;
}

/* ------------------------------------------------------------------------
 * 3. Connect and accept
 * ------------------------------------------------------------------------ */

/* Linux's answers for an address of the other family: an IPv4 socket says
 * EAFNOSUPPORT, an IPv6 socket EINVAL (the shorter sockaddr_in). */
int
ntix__socket_connect_family_check(const ntix__fdent_t *e,
                                  const ntix_sockaddr_t *addr,
                                  const char *call) {
  if (addr->family != NTIX_AF_INET && addr->family != NTIX_AF_INET6)
    return ntix__refuse(NTIX_EAFNOSUPPORT, call);
  if (addr->family == ntix__socket_family(e))
    return 0;
  return ntix__refuse(
      ntix__socket_family(e) == NTIX_AF_INET ? NTIX_EAFNOSUPPORT : NTIX_EINVAL,
      call);
}

int
ntix__b_connect(int fd, const ntix_sockaddr_t *addr) {
  SOCKADDR_STORAGE ss;
  ntix__fdent_t e;
  int len, rc, code;

  if (addr == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_connect");
  if ((rc = ntix__socket_get(fd, &e, "ntix_connect")) != 0 ||
      (rc = ntix__socket_connect_family_check(&e, addr, "ntix_connect")) != 0)
    return rc;
  len = ntix__socket_to_native(addr, &ss);
  if (e.flags & NTIX__F_SOCK_ERRSEEN)
    ntix__fd_set_flags(fd, 0, NTIX__F_SOCK_ERRSEEN);
  if (connect(ntix__socket_of(&e), (const struct sockaddr *)&ss, len) == 0)
    return 0;
  code = WSAGetLastError();
  /* A non-blocking connect under way: WSAEWOULDBLOCK on Windows, and
   * WSAEINVAL when one is already pending (Linux: EALREADY). */
  if (code == WSAEWOULDBLOCK)
    return ntix__fail(NTIX_NATIVE_WSA, (uint32_t)code, NTIX_EINPROGRESS,
                      "connect");
  if (code == WSAEINVAL && (e.flags & NTIX__F_NONBLOCK))
    return ntix__fail(NTIX_NATIVE_WSA, (uint32_t)code, NTIX_EALREADY,
                      "connect");
  return ntix__fail_wsa((uint32_t)code, "connect");
}

/* ---- connections kept back ------------------------------------------------
 * accept() takes a connection off the listener's queue before ntix has set
 * the new socket's modes or found it a descriptor.  Should either fail,
 * closing the socket would lose a connection the failed call never
 * delivered; it is kept back here instead, and the listener's next accept
 * delivers it first (closing the listener closes it). */

#define KEPT_MAX 16

typedef struct kept {
  SOCKET listener;
  SOCKET s;
  SOCKADDR_STORAGE ss;
  int len;
} kept_t;

static RTL_SRWLOCK kept_lock = RTL_SRWLOCK_INIT;
static kept_t kept[KEPT_MAX];
static int nkept; /* atomic for the lock-free "none" test */

/* 1 if s is kept back for listener l; 0 if there is no room. */
static int
keep(SOCKET l, SOCKET s, const SOCKADDR_STORAGE *ss, int len) {
  int ok = 0;

  RtlAcquireSRWLockExclusive(&kept_lock);
  if (nkept < KEPT_MAX) {
    kept[nkept].listener = l;
    kept[nkept].s = s;
    kept[nkept].ss = *ss;
    kept[nkept].len = len;
    __atomic_store_n(&nkept, nkept + 1, __ATOMIC_RELEASE);
    ok = 1;
  }
  RtlReleaseSRWLockExclusive(&kept_lock);
  return ok;
}

/* The connection kept back for l (or with all set, for any listener that
 * is being closed), or INVALID_SOCKET. */
static SOCKET
take_kept(SOCKET l, SOCKADDR_STORAGE *ss, int *len) {
  SOCKET s = INVALID_SOCKET;
  int i;

  if (__atomic_load_n(&nkept, __ATOMIC_ACQUIRE) == 0)
    return INVALID_SOCKET;
  RtlAcquireSRWLockExclusive(&kept_lock);
  for (i = 0; i < nkept; i++) {
    if (kept[i].listener == l) {
      s = kept[i].s;
      *ss = kept[i].ss;
      *len = kept[i].len;
      kept[i] = kept[nkept - 1];
      __atomic_store_n(&nkept, nkept - 1, __ATOMIC_RELEASE);
      break;
    }
  }
  RtlReleaseSRWLockExclusive(&kept_lock);
  return s;
}

/* Closes what is kept back for the listener l, which is being closed. */
static void
drop_kept(SOCKET l) {
  SOCKADDR_STORAGE ss;
  SOCKET s;
  int len;

  while ((s = take_kept(l, &ss, &len)) != INVALID_SOCKET) closesocket(s);
}

/* An accepted socket takes the listener's modes on Windows; accept4 sets
 * them from its flags alone. */
static int
accept_modes(SOCKET s, int flags) {
  ntix__object_handle_flag_info_t hf = {0, 0};
  NTSTATUS st;
  int rc;

  hf.Inherit = (flags & NTIX_SOCK_INHERIT) != 0;
  st = NtSetInformationObject((HANDLE)s, NTIX__OBJECT_HANDLE_FLAG_INFORMATION,
                              &hf, sizeof(hf));
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtSetInformationObject");
  rc = ntix__socket_set_nonblock(s, (flags & NTIX_SOCK_NONBLOCK) != 0);
  return rc;
}

int
ntix__b_accept(int lfd, ntix_sockaddr_t *peer, int flags) {
  ntix__sockext_t *sx = NULL;
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc, fd;
  ntix__fdent_t e;
  SOCKET l, s;

  if (flags & ~SOCK_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_accept");
  if ((rc = ntix__socket_get(lfd, &e, "ntix_accept")) != 0)
    return rc;
  if (e.flags & NTIX__F_SOCK_DGRAM)
    return ntix__refuse(NTIX_EOPNOTSUPP, "ntix_accept");
  l = ntix__socket_of(&e);
  s = take_kept(l, &ss, &len);
  if (s == INVALID_SOCKET)
    s = accept(l, (struct sockaddr *)&ss, &len);
  if (s == INVALID_SOCKET)
    return ntix__socket_fail_wsa("accept");
  /* The accepted socket is an endpoint of its own: its own ext (the
   * listener's is not shared with it), given back if it finds no slot. */
  fd = accept_modes(s, flags);
  if (fd == 0 && (sx = sockext_new()) == NULL)
    fd = ntix__refuse(NTIX_ENOMEM, "ntix_accept");
  if (fd == 0)
    fd = ntix__fd_alloc(
        (HANDLE)s, NTIX__K_SOCKET,
        sock_fd_flags((e.flags & NTIX__F_SOCK_INET6) ? AF_INET6 : AF_INET,
                      SOCK_STREAM, flags),
        sx);
  if (fd < 0) {
    ntix__sockext_put(sx);
    if (!keep(l, s, &ss, len))
      closesocket(s);
    return fd;
  }
  if (peer != NULL)
    ntix__socket_from_native(&ss, len, peer);
  return fd;
}

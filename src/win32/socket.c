/* socket.c (Windows): TCP and UDP sockets over IPv4 and IPv6 as ntix
 * descriptors: WSASocketW (overlapped, not inheritable) creates the AFD
 * endpoint; bind and listen go to AFD directly (afd.c) where Winsock sees
 * the result, else through Winsock; connect, accept, send, recv, options,
 * names and shutdown through Winsock.  Also the loopback socket pair and
 * the ephemeral port range.
 *
 * Map: 1 Winsock start, descriptors and addresses, 2 creation, 3 bind and
 * listen, 4 connect and accept, 5 data, 6 names and shutdown, 7 options,
 * 8 socket pair and port range.
 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <limits.h>
#include <string.h>

#include "win32-int.h"

#define SOCK_FLAGS (NTIX_SOCK_NONBLOCK | NTIX_SOCK_INHERIT)
#define MSG_FLAGS (NTIX_MSG_OOB | NTIX_MSG_PEEK | NTIX_MSG_DONTWAIT)
/* Winsock's MSG_OOB and MSG_PEEK have Linux's values. */
#define MSG_NATIVE (NTIX_MSG_OOB | NTIX_MSG_PEEK)
/* The IANA dynamic range, Windows' default since Vista. */
#define PORT_LO_DEFAULT 49152
#define PORT_HI_DEFAULT 65535

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

static int
fail_wsa(const char *call) {
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

/* All sockets share one ext: their state is in the handle and the flags. */
static const ntix__fdops_t sock_ops = {op_read, op_write, op_close, op_dup,
                                       op_dup_handle};
static ntix__fdext_t sock_ext = {&sock_ops};

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

/* The entry of a socket descriptor: 0, NTIX_EBADF or NTIX_ENOTSOCK. */
static int
sock_get(int fd, ntix__fdent_t *e, const char *call) {
  int rc = ntix__fd_get(fd, e, call);

  if (rc != 0)
    return rc;
  if (e->kind != NTIX__K_SOCKET)
    return ntix__refuse(NTIX_ENOTSOCK, call);
  rc = wsa_init();
  if (rc == 0 && !(e->flags & NTIX__F_SOCK_KNOWN))
    e->flags |= query_kind_flags((SOCKET)e->handle);
  return rc;
}

static SOCKET
sock_of(const ntix__fdent_t *e) {
  return (SOCKET)e->handle;
}

static int
sock_family(const ntix__fdent_t *e) {
  return (e->flags & NTIX__F_SOCK_INET6) ? NTIX_AF_INET6 : NTIX_AF_INET;
}

/* ntix_sockaddr_t to Winsock's layout; the length, or NTIX_EAFNOSUPPORT
 * for a family ntix does not offer. */
static int
to_native(const ntix_sockaddr_t *sa, SOCKADDR_STORAGE *ss) {
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
static void
from_native(const SOCKADDR_STORAGE *ss, int len, ntix_sockaddr_t *sa) {
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

static int
set_int_opt(SOCKET s, int level, int name, int v) {
  return setsockopt(s, level, name, (const char *)&v, (int)sizeof(v));
}

static int
set_nonblock(SOCKET s, int on) {
  u_long v = on ? 1 : 0;

  if (ioctlsocket(s, FIONBIO, &v) != 0)
    return fail_wsa("ioctlsocket");
  return 0;
}

/* What every new socket gets: exclusive address use (nobody can steal a
 * bound port, which plain Windows binds allow), and for IPv6 dual stack,
 * the Linux default (net.ipv6.bindv6only = 0) where Windows defaults to
 * IPv6 only.  Both are best effort: a failure leaves Windows' default. */
static void
sock_defaults(SOCKET s, int family) {
  set_int_opt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, 1);
  if (family == AF_INET6)
    set_int_opt(s, IPPROTO_IPV6, IPV6_V6ONLY, 0);
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
  int fd = ntix__fd_alloc((HANDLE)s, NTIX__K_SOCKET, fdflags, &sock_ext);

  if (fd < 0)
    closesocket(s);
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
    return fail_wsa("WSASocketW");
  sock_defaults(s, wfamily);
  if ((flags & NTIX_SOCK_NONBLOCK) && (rc = set_nonblock(s, 1)) != 0) {
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

  if (closesocket(sock_of(e)) == 0)
    return 0;
  if (WSAGetLastError() != WSAENOTSOCK)
    return fail_wsa("closesocket");
  st = NtClose(e->handle);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtClose");
  return 0;
}

static void *
op_dup(const ntix__fdent_t *e, HANDLE newh) {
  (void)newh;
  return e->ext;
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

  if (WSADuplicateSocketW(sock_of(e), GetCurrentProcessId(), &info) != 0)
    return fail_wsa("WSADuplicateSocketW");
  s = WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO,
                 &info, 0, WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
  if (s == INVALID_SOCKET)
    return fail_wsa("WSASocketW");
  if ((e->flags & NTIX__F_NONBLOCK) && ioctlsocket(s, FIONBIO, &on) != 0) {
    int rc = fail_wsa("ioctlsocket");
    closesocket(s);
    return rc;
  }
  *out = (HANDLE)s;
  return 0;
}

/* ------------------------------------------------------------------------
 * 3. Bind and listen
 * ------------------------------------------------------------------------ */

/* Which path bind and listen take: 0 not decided, 1 AFD, 2 Winsock. */
static LONG afd_path;

/* Is the family of addr the socket's?  Linux says EINVAL for a mismatch
 * in bind, and so does the contract. */
static int
family_check(const ntix__fdent_t *e,
             const ntix_sockaddr_t *addr,
             const char *call) {
  if (addr->family != NTIX_AF_INET && addr->family != NTIX_AF_INET6)
    return ntix__refuse(NTIX_EINVAL, call);
  if (addr->family != sock_family(e))
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

/* An AFD bind is only usable if Winsock sees its result: Wine's ws2_32
 * keeps no state of its own and asks the server, but Windows' mswsock
 * caches the socket's state in user mode and would later refuse listen,
 * accept and getsockname on a socket bound behind its back.  So the first
 * bind probes a scratch socket: AFD bind and listen, then Winsock's
 * getsockname and SO_ACCEPTCONN must agree, else Winsock is used from
 * then on. */
static int
probe_afd(void) {
  struct sockaddr_in in = {0}, got = {0};
  int len = (int)sizeof(got), acc = 0, alen = (int)sizeof(acc), ok = 0;
  SOCKET s;

  s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0,
                 WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
  if (s == INVALID_SOCKET)
    return 0;
  in.sin_family = AF_INET;
  in.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (NT_SUCCESS(ntix__afd_bind((HANDLE)s, NTIX__AFD_SHARE_EXCLUSIVE, &in,
                                sizeof(in))) &&
      getsockname(s, (struct sockaddr *)&got, &len) == 0 && got.sin_port != 0 &&
      NT_SUCCESS(ntix__afd_listen((HANDLE)s, 1)) &&
      getsockopt(s, SOL_SOCKET, SO_ACCEPTCONN, (char *)&acc, &alen) == 0 &&
      acc != 0)
    ok = 1;
  closesocket(s);
  return ok;
}

static int
use_afd(void) {
  LONG p = __atomic_load_n(&afd_path, __ATOMIC_ACQUIRE);

  if (p == 0) {
    p = probe_afd() ? 1 : 2;
    __atomic_store_n(&afd_path, p, __ATOMIC_RELEASE);
  }
  return p == 1;
}

int
ntix__socket_afd_path(void) {
  LONG p = __atomic_load_n(&afd_path, __ATOMIC_ACQUIRE);

  return p == 0 ? -1 : p == 1;
}

/* A bind refused because the address is taken is EADDRINUSE whatever NT
 * calls it: SHARING_VIOLATION (Wine, and the table's EBUSY elsewhere),
 * ADDRESS_ALREADY_EXISTS, or ACCESS_DENIED (a port held exclusively, or
 * one of Windows' excluded port ranges). */
static int
fail_bind_nt(NTSTATUS st) {
  int neutral;

  switch (st) {
    case STATUS_SHARING_VIOLATION:
    case STATUS_ADDRESS_ALREADY_EXISTS:
    case STATUS_ACCESS_DENIED:
      neutral = NTIX_EADDRINUSE;
      break;
    case STATUS_ADDRESS_ALREADY_ASSOCIATED: /* the socket is already bound */
    case STATUS_INVALID_PARAMETER:
      neutral = NTIX_EINVAL;
      break;
    case STATUS_INVALID_ADDRESS_COMPONENT:
    case STATUS_INVALID_ADDRESS:
      neutral = NTIX_EADDRNOTAVAIL;
      break;
    default:
      return ntix__fail_nt((uint32_t)st, "NtDeviceIoControlFile");
  }
  return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, neutral,
                    "NtDeviceIoControlFile");
}

static int
fail_bind_wsa(void) {
  int code = WSAGetLastError();

  if (code == WSAEACCES)
    return ntix__fail(NTIX_NATIVE_WSA, (uint32_t)code, NTIX_EADDRINUSE, "bind");
  return ntix__fail_wsa((uint32_t)code, "bind");
}

/* The share type mswsock would pass: EXCLUSIVE for an exclusive socket,
 * else WILDCARD for the any-address, else UNIQUE. */
static ULONG
share_type(const SOCKADDR_STORAGE *ss, int exclusive) {
  static const unsigned char zero[16];
  const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
  const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;

  if (exclusive)
    return NTIX__AFD_SHARE_EXCLUSIVE;
  if (ss->ss_family == AF_INET ? in->sin_addr.s_addr == 0
                               : memcmp(&in6->sin6_addr, zero, 16) == 0)
    return NTIX__AFD_SHARE_WILDCARD;
  return NTIX__AFD_SHARE_UNIQUE;
}

/* One bind attempt, exclusive or not: 0 or the neutral error, recorded. */
static int
bind_once(SOCKET s, const SOCKADDR_STORAGE *ss, int len, int exclusive) {
  NTSTATUS st;

  if (use_afd()) {
    st = ntix__afd_bind((HANDLE)s, share_type(ss, exclusive), ss, (ULONG)len);
    if (NT_SUCCESS(st))
      return 0;
    if (st != STATUS_NOT_SUPPORTED && st != STATUS_INVALID_DEVICE_REQUEST)
      return fail_bind_nt(st);
    /* AFD refused the request itself: Winsock from now on. */
    __atomic_store_n(&afd_path, 2, __ATOMIC_RELEASE);
  }
  set_int_opt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, exclusive);
  if (bind(s, (const struct sockaddr *)ss, len) == 0)
    return 0;
  return fail_bind_wsa();
}

/* Linux's SO_REUSEADDR lets a server rebind its port while connections of
 * its previous life linger in TIME_WAIT, and still refuses a port another
 * socket holds.  Windows' SO_REUSEADDR would let it steal a live port, so
 * it is never set.  Every bind is exclusive; Windows lets TIME_WAIT
 * connections of an exclusive socket block a new exclusive bind, so with
 * NTIX_SO_REUSEADDR a refused exclusive bind is retried as a plain one,
 * which TIME_WAIT does not block and any live socket on the port still
 * refuses.  (Wine 8.0 lets a bind over TIME_WAIT through even without
 * the option.) */
int
ntix__b_bind(int fd, const ntix_sockaddr_t *addr) {
  SOCKADDR_STORAGE ss;
  ntix__fdent_t e;
  int len, rc;

  if (addr == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_bind");
  if ((rc = sock_get(fd, &e, "ntix_bind")) != 0 ||
      (rc = family_check(&e, addr, "ntix_bind")) != 0)
    return rc;
  len = to_native(addr, &ss);
  rc = bind_once(sock_of(&e), &ss, len, 1);
  if (rc == NTIX_EADDRINUSE && (e.flags & NTIX__F_SOCK_REUSE)) {
    if (bind_once(sock_of(&e), &ss, len, 0) == 0)
      return 0;
  }
  return rc;
}

/* Linux binds an unbound socket to an ephemeral port at listen; Windows
 * refuses (WSAEINVAL), so ntix binds it first. */
static int
listen_autobind(const ntix__fdent_t *e) {
  SOCKADDR_STORAGE ss;
  ntix_sockaddr_t any;
  int len = (int)sizeof(ss);

  if (getsockname(sock_of(e), (struct sockaddr *)&ss, &len) == 0)
    return 0;
  memset(&any, 0, sizeof(any));
  any.family = (uint16_t)sock_family(e);
  len = to_native(&any, &ss);
  return bind_once(sock_of(e), &ss, len, 1);
}

int
ntix__b_listen(int fd, int backlog) {
  ntix__fdent_t e;
  NTSTATUS st;
  int rc;

  if ((rc = sock_get(fd, &e, "ntix_listen")) != 0)
    return rc;
  if (e.flags & NTIX__F_SOCK_DGRAM)
    return ntix__refuse(NTIX_EOPNOTSUPP, "ntix_listen");
  /* Linux clamps a negative or huge backlog to somaxconn. */
  if (backlog < 0 || backlog > SOMAXCONN)
    backlog = SOMAXCONN;
  if ((rc = listen_autobind(&e)) != 0)
    return rc;
  if (use_afd()) {
    st = ntix__afd_listen(e.handle, (ULONG)backlog);
    if (NT_SUCCESS(st))
      return 0;
    if (st != STATUS_NOT_SUPPORTED && st != STATUS_INVALID_DEVICE_REQUEST)
      return ntix__fail_nt((uint32_t)st, "NtDeviceIoControlFile");
  }
  if (listen(sock_of(&e), backlog) != 0)
    return fail_wsa("listen");
  return 0;
}

/* ------------------------------------------------------------------------
 * 4. Connect and accept
 * ------------------------------------------------------------------------ */

/* Linux's answers for an address of the other family: an IPv4 socket says
 * EAFNOSUPPORT, an IPv6 socket EINVAL (the shorter sockaddr_in). */
static int
connect_family_check(const ntix__fdent_t *e,
                     const ntix_sockaddr_t *addr,
                     const char *call) {
  if (addr->family != NTIX_AF_INET && addr->family != NTIX_AF_INET6)
    return ntix__refuse(NTIX_EAFNOSUPPORT, call);
  if (addr->family == sock_family(e))
    return 0;
  return ntix__refuse(
      sock_family(e) == NTIX_AF_INET ? NTIX_EAFNOSUPPORT : NTIX_EINVAL, call);
}

int
ntix__b_connect(int fd, const ntix_sockaddr_t *addr) {
  SOCKADDR_STORAGE ss;
  ntix__fdent_t e;
  int len, rc, code;

  if (addr == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_connect");
  if ((rc = sock_get(fd, &e, "ntix_connect")) != 0 ||
      (rc = connect_family_check(&e, addr, "ntix_connect")) != 0)
    return rc;
  len = to_native(addr, &ss);
  if (e.flags & NTIX__F_SOCK_ERRSEEN)
    ntix__fd_set_flags(fd, 0, NTIX__F_SOCK_ERRSEEN);
  if (connect(sock_of(&e), (const struct sockaddr *)&ss, len) == 0)
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
  rc = set_nonblock(s, (flags & NTIX_SOCK_NONBLOCK) != 0);
  return rc;
}

int
ntix__b_accept(int fd, ntix_sockaddr_t *peer, int flags) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc;
  ntix__fdent_t e;
  SOCKET s;

  if (flags & ~SOCK_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_accept");
  if ((rc = sock_get(fd, &e, "ntix_accept")) != 0)
    return rc;
  if (e.flags & NTIX__F_SOCK_DGRAM)
    return ntix__refuse(NTIX_EOPNOTSUPP, "ntix_accept");
  s = accept(sock_of(&e), (struct sockaddr *)&ss, &len);
  if (s == INVALID_SOCKET)
    return fail_wsa("accept");
  if ((rc = accept_modes(s, flags)) != 0) {
    closesocket(s);
    return rc;
  }
  if (peer != NULL)
    from_native(&ss, len, peer);
  return sock_install(
      s, sock_fd_flags((e.flags & NTIX__F_SOCK_INET6) ? AF_INET6 : AF_INET,
                       SOCK_STREAM, flags));
}

/* ------------------------------------------------------------------------
 * 5. Sending and receiving
 * ------------------------------------------------------------------------ */

/* Linux reports a send after the connection ended (shut down for writing,
 * or reset once the reset was reported) as EPIPE; Winsock says
 * WSAESHUTDOWN, WSAECONNABORTED or WSAECONNRESET. */
static int
fail_send(int code, const char *call) {
  if (code == WSAESHUTDOWN || code == WSAECONNABORTED)
    return ntix__fail(NTIX_NATIVE_WSA, (uint32_t)code, NTIX_EPIPE, call);
  return ntix__fail_wsa((uint32_t)code, call);
}

/* Reads of a socket whose receive side is shut down give 0 (end of data)
 * on Linux; Winsock says WSAESHUTDOWN. */
static int64_t
fail_recv(int code, const char *call) {
  if (code == WSAESHUTDOWN)
    return 0;
  if (code == WSAEMSGSIZE)
    return NTIX_EMSGSIZE; /* handled by the caller */
  return ntix__fail_wsa((uint32_t)code, call);
}

/* MSG_DONTWAIT on a blocking socket: the operation is issued overlapped
 * and cancelled if it would wait (NtCancelIoFileEx), so no other thread's
 * blocking call on the socket is affected, as toggling FIONBIO would.
 * A request that completed before the cancel keeps its result. */
static int64_t
io_dontwait(SOCKET s,
            int write,
            WSABUF *wb,
            DWORD wflags,
            SOCKADDR_STORAGE *ss,
            int *sslen,
            const char *call) {
  WSAOVERLAPPED ov;
  IO_STATUS_BLOCK cio;
  DWORD n = 0, fl = wflags;
  int rc, code;

  memset(&ov, 0, sizeof(ov));
  if (NtCreateEvent(&ov.hEvent, EVENT_ALL_ACCESS, NULL, NtixNotificationEvent,
                    FALSE) != STATUS_SUCCESS)
    return ntix__refuse(NTIX_ENOMEM, call);
  if (write)
    rc = WSASendTo(s, wb, 1, &n, wflags, (struct sockaddr *)ss, ss ? *sslen : 0,
                   &ov, NULL);
  else
    rc =
        WSARecvFrom(s, wb, 1, &n, &fl, (struct sockaddr *)ss, sslen, &ov, NULL);
  code = rc == 0 ? 0 : WSAGetLastError();
  if (code == WSA_IO_PENDING) {
    NtCancelIoFileEx((HANDLE)s, (IO_STATUS_BLOCK *)&ov, &cio);
    code =
        WSAGetOverlappedResult(s, &ov, &n, TRUE, &fl) ? 0 : WSAGetLastError();
    if (code == WSA_OPERATION_ABORTED)
      code = WSAEWOULDBLOCK;
  }
  NtClose(ov.hEvent);
  if (code == 0)
    return (int64_t)n;
  return write ? fail_send(code, call) : fail_recv(code, call);
}

/* A stream read of 0 bytes is end of data, unless the peer reset the
 * connection: Linux then says ECONNRESET, and so does Windows, but Wine's
 * recv gives 0, so AFD is asked (only on this rare path). */
static int64_t
eof_or_reset(const ntix__fdent_t *e, int64_t r, size_t len) {
  if (r != 0 || len == 0 || (e->flags & NTIX__F_SOCK_DGRAM))
    return r;
  if (!ntix__afd_was_reset(e->handle))
    return 0;
  return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)STATUS_CONNECTION_RESET,
                    NTIX_ECONNRESET, "NtDeviceIoControlFile");
}

/* Linux truncates a datagram bigger than the buffer and returns the
 * bytes copied; Winsock copies as much but fails with WSAEMSGSIZE. */
static int64_t
recv_result(int64_t r, size_t len) {
  return r == NTIX_EMSGSIZE ? (int64_t)len : r;
}

int64_t
ntix__b_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to) {
  SOCKADDR_STORAGE ss, *pss = NULL;
  int sslen = 0, rc, n;
  ntix__fdent_t e;
  WSABUF wb;

  if ((rc = ntix__check_buf(buf, len, "ntix_sendto")) != 0 ||
      (rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_sendto")) != 0)
    return rc;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_sendto");
  if ((rc = sock_get(fd, &e, "ntix_sendto")) != 0)
    return rc;
  if (to != NULL) {
    if ((rc = connect_family_check(&e, to, "ntix_sendto")) != 0)
      return rc;
    sslen = to_native(to, &ss);
    pss = &ss;
  }
  /* Winsock takes int lengths; a stream send may be short, as on Linux. */
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = (char *)buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e.flags & NTIX__F_NONBLOCK))
    return io_dontwait(sock_of(&e), 1, &wb, (DWORD)(flags & MSG_NATIVE), pss,
                       &sslen, "WSASendTo");
  n = sendto(sock_of(&e), wb.buf, (int)wb.len, flags & MSG_NATIVE,
             (const struct sockaddr *)pss, sslen);
  if (n == SOCKET_ERROR)
    return fail_send(WSAGetLastError(), "sendto");
  return n;
}

int64_t
ntix__b_recvfrom(
    int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from) {
  SOCKADDR_STORAGE ss;
  int sslen = (int)sizeof(ss), rc, n;
  ntix__fdent_t e;
  WSABUF wb;

  if ((rc = ntix__check_buf(buf, len, "ntix_recvfrom")) != 0 ||
      (rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_recvfrom")) !=
          0)
    return rc;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_recvfrom");
  if ((rc = sock_get(fd, &e, "ntix_recvfrom")) != 0)
    return rc;
  memset(&ss, 0, sizeof(ss));
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e.flags & NTIX__F_NONBLOCK)) {
    int64_t r = io_dontwait(sock_of(&e), 0, &wb, (DWORD)(flags & MSG_NATIVE),
                            &ss, &sslen, "WSARecvFrom");
    r = eof_or_reset(&e, recv_result(r, wb.len), wb.len);
    if (r >= 0 && from != NULL)
      from_native(&ss, sslen, from);
    return r;
  }
  n = recvfrom(sock_of(&e), buf, (int)wb.len, flags & MSG_NATIVE,
               (struct sockaddr *)&ss, &sslen);
  if (n == SOCKET_ERROR)
    return recv_result(fail_recv(WSAGetLastError(), "recvfrom"), wb.len);
  if (n == 0 && (n = (int)eof_or_reset(&e, 0, wb.len)) < 0)
    return n;
  if (from != NULL)
    from_native(&ss, sslen, from);
  return n;
}

/* ------------------------------------------------------------------------
 * 6. Names and shutdown
 * ------------------------------------------------------------------------ */

int
ntix__b_shutdown(int fd, int how) {
  ntix__fdent_t e;
  int rc;

  if ((rc = sock_get(fd, &e, "ntix_shutdown")) != 0)
    return rc;
  /* SD_RECEIVE, SD_SEND and SD_BOTH have SHUT_*'s numbers. */
  if (how != NTIX_SHUT_RD && how != NTIX_SHUT_WR && how != NTIX_SHUT_RDWR)
    return ntix__refuse(NTIX_EINVAL, "ntix_shutdown");
  if (shutdown(sock_of(&e), how) != 0)
    return fail_wsa("shutdown");
  return 0;
}

int
ntix__b_getsockname(int fd, ntix_sockaddr_t *out) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc;
  ntix__fdent_t e;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getsockname");
  if ((rc = sock_get(fd, &e, "ntix_getsockname")) != 0)
    return rc;
  if (getsockname(sock_of(&e), (struct sockaddr *)&ss, &len) == 0) {
    from_native(&ss, len, out);
    return 0;
  }
  /* Linux names an unbound socket "any address, port 0"; Winsock fails
   * with WSAEINVAL. */
  if (WSAGetLastError() != WSAEINVAL)
    return fail_wsa("getsockname");
  memset(out, 0, sizeof(*out));
  out->family = (uint16_t)sock_family(&e);
  return 0;
}

int
ntix__b_getpeername(int fd, ntix_sockaddr_t *out) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc;
  ntix__fdent_t e;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getpeername");
  if ((rc = sock_get(fd, &e, "ntix_getpeername")) != 0)
    return rc;
  if (getpeername(sock_of(&e), (struct sockaddr *)&ss, &len) != 0)
    return fail_wsa("getpeername");
  from_native(&ss, len, out);
  return 0;
}

/* ------------------------------------------------------------------------
 * 7. Options
 * ------------------------------------------------------------------------ */

/* Winsock's level and name of each neutral option (the neutral rules are
 * src/common/args.c's).  NTIX_SO_REUSEADDR has none: Winsock's
 * SO_REUSEADDR means something else, so ntix keeps the Linux meaning in
 * the descriptor's flags and applies it at bind. */
#define NTIX__SO_REUSEADDR_NAME 0
#include "optmap.h"

/* The option checks Linux makes before the socket is asked: an IPv6
 * option on an IPv4 socket, TCP_NODELAY on UDP. */
static int
opt_applies(const ntix__fdent_t *e,
            const struct ntix__optmap *m,
            const char *call) {
  if (m->level == IPPROTO_IPV6 && !(e->flags & NTIX__F_SOCK_INET6))
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  if (m->level == IPPROTO_TCP && (e->flags & NTIX__F_SOCK_DGRAM))
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  return 0;
}

int
ntix__b_setsockopt(int fd, int opt, int value) {
  const struct ntix__optmap *m;
  struct linger lg;
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__opt_check_set(opt, value, "ntix_setsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if ((rc = sock_get(fd, &e, "ntix_setsockopt")) != 0 ||
      (rc = opt_applies(&e, m, "ntix_setsockopt")) != 0)
    return rc;
  if (opt == NTIX_SO_REUSEADDR)
    return ntix__fd_set_flags(fd, value ? NTIX__F_SOCK_REUSE : 0,
                              value ? 0 : NTIX__F_SOCK_REUSE);
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    /* u_short seconds: longer lingers are clamped. */
    lg.l_onoff = value >= 0;
    lg.l_linger = (u_short)(value > 65535 ? 65535 : value < 0 ? 0 : value);
    rc = setsockopt(sock_of(&e), m->level, m->name, (const char *)&lg,
                    (int)sizeof(lg));
  } else {
    rc = set_int_opt(sock_of(&e), m->level, m->name, ntix__opt_int(opt, value));
  }
  return rc == 0 ? 0 : fail_wsa("setsockopt");
}

/* Linux clears the pending error when SO_ERROR reads it; Winsock keeps
 * answering the error of a failed connect.  So a descriptor remembers that
 * its error was read and answers 0 from then on, until the next connect
 * (the only call that can give a socket a new pending error after an
 * earlier one). */
static void
so_error_clear(int fd, const ntix__fdent_t *e, int *value) {
  if (e->flags & NTIX__F_SOCK_ERRSEEN)
    *value = 0;
  else if (*value != 0)
    ntix__fd_set_flags(fd, NTIX__F_SOCK_ERRSEEN, 0);
}

int
ntix__b_getsockopt(int fd, int opt, int *value) {
  const struct ntix__optmap *m;
  struct linger lg = {0, 0};
  ntix__fdent_t e;
  int v = 0, len, rc;

  if ((rc = ntix__opt_check_get(opt, value, "ntix_getsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if ((rc = sock_get(fd, &e, "ntix_getsockopt")) != 0 ||
      (rc = opt_applies(&e, m, "ntix_getsockopt")) != 0)
    return rc;
  if (opt == NTIX_SO_REUSEADDR) {
    *value = (e.flags & NTIX__F_SOCK_REUSE) != 0;
    return 0;
  }
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    len = (int)sizeof(lg);
    rc = getsockopt(sock_of(&e), m->level, m->name, (char *)&lg, &len);
  } else {
    len = (int)sizeof(v);
    rc = getsockopt(sock_of(&e), m->level, m->name, (char *)&v, &len);
  }
  if (rc != 0)
    return fail_wsa("getsockopt");
  if (opt == NTIX_SO_ERROR) {
    /* A WSA code, mapped through the table (0 stays 0). */
    *value = v == 0 ? 0 : ntix_err_from_win32((uint32_t)v);
    so_error_clear(fd, &e, value);
  } else {
    *value = ntix__opt_neutral(opt, v, lg.l_onoff, lg.l_linger);
  }
  return 0;
}

/* ------------------------------------------------------------------------
 * 8. Socket pair and port range
 * ------------------------------------------------------------------------ */

static int
same_addr(const ntix_sockaddr_t *a, const ntix_sockaddr_t *b) {
  return a->family == b->family && a->port == b->port &&
         memcmp(a->addr, b->addr, 16) == 0;
}

/* Accepts on lfd until the connection from the address mine arrives;
 * another local process may connect to the listener first, and such
 * strangers are closed.  Tries a bounded number of times. */
static int
pair_accept(int lfd, const ntix_sockaddr_t *mine, int flags) {
  ntix_sockaddr_t peer;
  int i, fd;

  for (i = 0; i < 16; i++) {
    fd = ntix__b_accept(lfd, &peer, flags);
    if (fd < 0 || same_addr(&peer, mine))
      return fd;
    ntix__b_close(fd);
  }
  return ntix__refuse(NTIX_ECONNABORTED, "ntix_socketpair");
}

/* Connects a new socket to the listener lfd and accepts it: fds[0] is the
 * accepted end, fds[1] the connecting one. */
static int
pair_connect(int lfd, int flags, int fds[2]) {
  ntix_sockaddr_t where, mine;
  int c, a, rc;

  c = ntix__b_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, flags & NTIX_SOCK_INHERIT);
  if (c < 0)
    return c;
  rc = ntix__b_getsockname(lfd, &where);
  if (rc == 0)
    rc = ntix__b_connect(c, &where);
  if (rc == 0)
    rc = ntix__b_getsockname(c, &mine);
  if (rc == 0 && (a = pair_accept(lfd, &mine, flags)) >= 0) {
    if ((flags & NTIX_SOCK_NONBLOCK) &&
        (rc = ntix__fd_set_flags(c, NTIX__F_NONBLOCK, 0)) == 0)
      rc = set_nonblock((SOCKET)ntix__b_fd_native(c), 1);
    if (rc == 0) {
      fds[0] = a;
      fds[1] = c;
      return 0;
    }
    ntix__b_close(a);
  } else if (rc == 0) {
    rc = a;
  }
  ntix__b_close(c);
  return rc;
}

int
ntix__b_socketpair(int type, int flags, int fds[2]) {
  ntix_sockaddr_t lo;
  int lfd, rc;

  if (fds == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_socketpair");
  if (type != NTIX_SOCK_STREAM || (flags & ~SOCK_FLAGS))
    return ntix__refuse(NTIX_EINVAL, "ntix_socketpair");
  lfd = ntix__b_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0);
  if (lfd < 0)
    return lfd;
  memset(&lo, 0, sizeof(lo));
  lo.family = NTIX_AF_INET;
  lo.addr[0] = 127;
  lo.addr[3] = 1;
  rc = ntix__b_bind(lfd, &lo);
  if (rc == 0)
    rc = ntix__b_listen(lfd, 1);
  if (rc == 0)
    rc = pair_connect(lfd, flags, fds);
  ntix__b_close(lfd);
  return rc;
}

/* Reads "lo hi" from the host kernel's range file through Wine's
 * \??\unix\ namespace: under Wine the host picks the ephemeral ports. */
static int
wine_port_range(int *lo, int *hi) {
  char buf[64];
  const char *p = buf;
  long v[2] = {0, 0};
  int64_t n;
  int fd, i;

  fd = ntix__b_open("\\\\?\\unix\\proc\\sys\\net\\ipv4\\ip_local_port_range",
                    NTIX_O_RDONLY, 0);
  if (fd < 0)
    return -1;
  n = ntix__b_read(fd, buf, sizeof(buf) - 1);
  ntix__b_close(fd);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  for (i = 0; i < 2; i++) {
    while (*p == ' ' || *p == '\t') p++;
    if (*p < '0' || *p > '9')
      return -1;
    while (*p >= '0' && *p <= '9' && v[i] < 100000)
      v[i] = v[i] * 10 + (*p++ - '0');
  }
  if (v[0] < 1 || v[1] < v[0] || v[1] > 65535)
    return -1;
  *lo = (int)v[0];
  *hi = (int)v[1];
  return 0;
}

/* Windows keeps its dynamic range in the TCP/IP driver; no documented NT
 * or Winsock call reads it (netsh asks through an undocumented path), so
 * ntix answers the IANA range, Windows' default since Vista.  Under Wine
 * the host kernel's range is the true one and is read instead. */
int
ntix__b_port_range(int *lo, int *hi) {
  ntix_native_t saved;

  if (lo == NULL || hi == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_port_range");
  if (ntix_os_wine_version() != NULL) {
    /* A failed read is no failure of this call: keep the record. */
    ntix_native_last(&saved);
    if (wine_port_range(lo, hi) == 0)
      return 0;
    if (saved.call == NULL)
      ntix_native_clear();
    else
      ntix__fail(saved.kind, saved.value, saved.neutral, saved.call);
  }
  *lo = PORT_LO_DEFAULT;
  *hi = PORT_HI_DEFAULT;
  return 0;
}

/* socket-bind.c (Windows): bind and listen.  They go to AFD directly
 * (IOCTL_AFD_BIND, IOCTL_AFD_LISTEN, afd.c) where Winsock sees the result,
 * else through Winsock's bind and listen.
 */
#include <string.h>

#include "socket-int.h"

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
  if (addr->family != ntix__socket_family(e))
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

/* An AFD bind is only usable if Winsock sees its result: Wine's ws2_32
 * keeps no state of its own and asks the server, but Windows' mswsock
 * caches the socket's state in user mode and would later refuse listen,
 * accept and getsockname on a socket bound behind its back (Wine's own
 * AFD tests note that getsockname fails after IOCTL_AFD_BIND on Windows).
 * Telling mswsock would take its undocumented context blob
 * (IOCTL_AFD_SET_CONTEXT), so on Windows bind and listen are Winsock's,
 * with no probe.  Under Wine the first bind probes a scratch socket: AFD
 * bind and listen, then Winsock's getsockname and SO_ACCEPTCONN must
 * agree, else Winsock is used from then on. */
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
    p = (ntix_os_wine_version() != NULL && probe_afd()) ? 1 : 2;
    __atomic_store_n(&afd_path, p, __ATOMIC_RELEASE);
  }
  return p == 1;
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
  ntix__socket_set_int_opt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, exclusive);
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
  if ((rc = ntix__socket_get(fd, &e, "ntix_bind")) != 0 ||
      (rc = family_check(&e, addr, "ntix_bind")) != 0)
    return rc;
  len = ntix__socket_to_native(addr, &ss);
  rc = bind_once(ntix__socket_of(&e), &ss, len, 1);
  if (rc == NTIX_EADDRINUSE && (e.flags & NTIX__F_SOCK_REUSE)) {
    if (bind_once(ntix__socket_of(&e), &ss, len, 0) == 0)
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

  if (getsockname(ntix__socket_of(e), (struct sockaddr *)&ss, &len) == 0)
    return 0;
  /* WSAEINVAL says unbound; anything else is a failure of its own. */
  if (WSAGetLastError() != WSAEINVAL)
    return ntix__socket_fail_wsa("getsockname");
  memset(&any, 0, sizeof(any));
  any.family = (uint16_t)ntix__socket_family(e);
  len = ntix__socket_to_native(&any, &ss);
  return bind_once(ntix__socket_of(e), &ss, len, 1);
}

int
ntix__b_listen(int fd, int backlog) {
  ntix__fdent_t e;
  NTSTATUS st;
  int rc;

  if ((rc = ntix__socket_get(fd, &e, "ntix_listen")) != 0)
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
  if (listen(ntix__socket_of(&e), backlog) != 0)
    return ntix__socket_fail_wsa("listen");
  return 0;
}

/* socket-io.c (Windows): sending and receiving (Winsock's sendto and
 * recvfrom, overlapped WSASendTo and WSARecvFrom for MSG_DONTWAIT on a
 * blocking socket), socket names and shutdown.
 */
#include <limits.h>
#include <string.h>

#include "socket-int.h"

#define MSG_FLAGS (NTIX_MSG_OOB | NTIX_MSG_PEEK | NTIX_MSG_DONTWAIT)
/* Winsock's MSG_OOB and MSG_PEEK have Linux's values. */
#define MSG_NATIVE (NTIX_MSG_OOB | NTIX_MSG_PEEK)

/* ------------------------------------------------------------------------
 * 1. Sending and receiving
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
  if ((rc = ntix__socket_get(fd, &e, "ntix_sendto")) != 0)
    return rc;
  if (to != NULL) {
    if ((rc = ntix__socket_connect_family_check(&e, to, "ntix_sendto")) != 0)
      return rc;
    sslen = ntix__socket_to_native(to, &ss);
    pss = &ss;
  }
  /* Winsock takes int lengths; a stream send may be short, as on Linux. */
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = (char *)buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e.flags & NTIX__F_NONBLOCK))
    return io_dontwait(ntix__socket_of(&e), 1, &wb, (DWORD)(flags & MSG_NATIVE),
                       pss, &sslen, "WSASendTo");
  n = sendto(ntix__socket_of(&e), wb.buf, (int)wb.len, flags & MSG_NATIVE,
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
  if ((rc = ntix__socket_get(fd, &e, "ntix_recvfrom")) != 0)
    return rc;
  memset(&ss, 0, sizeof(ss));
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e.flags & NTIX__F_NONBLOCK)) {
    int64_t r =
        io_dontwait(ntix__socket_of(&e), 0, &wb, (DWORD)(flags & MSG_NATIVE),
                    &ss, &sslen, "WSARecvFrom");
    r = eof_or_reset(&e, recv_result(r, wb.len), wb.len);
    if (r >= 0 && from != NULL)
      ntix__socket_from_native(&ss, sslen, from);
    return r;
  }
  n = recvfrom(ntix__socket_of(&e), buf, (int)wb.len, flags & MSG_NATIVE,
               (struct sockaddr *)&ss, &sslen);
  if (n == SOCKET_ERROR)
    return recv_result(fail_recv(WSAGetLastError(), "recvfrom"), wb.len);
  if (n == 0 && (n = (int)eof_or_reset(&e, 0, wb.len)) < 0)
    return n;
  if (from != NULL)
    ntix__socket_from_native(&ss, sslen, from);
  return n;
}

/* ------------------------------------------------------------------------
 * 2. Names and shutdown
 * ------------------------------------------------------------------------ */

int
ntix__b_shutdown(int fd, int how) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__socket_get(fd, &e, "ntix_shutdown")) != 0)
    return rc;
  /* SD_RECEIVE, SD_SEND and SD_BOTH have SHUT_*'s numbers. */
  if (how != NTIX_SHUT_RD && how != NTIX_SHUT_WR && how != NTIX_SHUT_RDWR)
    return ntix__refuse(NTIX_EINVAL, "ntix_shutdown");
  if (shutdown(ntix__socket_of(&e), how) != 0)
    return ntix__socket_fail_wsa("shutdown");
  return 0;
}

int
ntix__b_getsockname(int fd, ntix_sockaddr_t *out) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc;
  ntix__fdent_t e;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getsockname");
  if ((rc = ntix__socket_get(fd, &e, "ntix_getsockname")) != 0)
    return rc;
  if (getsockname(ntix__socket_of(&e), (struct sockaddr *)&ss, &len) == 0) {
    ntix__socket_from_native(&ss, len, out);
    return 0;
  }
  /* Linux names an unbound socket "any address, port 0"; Winsock fails
   * with WSAEINVAL. */
  if (WSAGetLastError() != WSAEINVAL)
    return ntix__socket_fail_wsa("getsockname");
  memset(out, 0, sizeof(*out));
  out->family = (uint16_t)ntix__socket_family(&e);
  return 0;
}

int
ntix__b_getpeername(int fd, ntix_sockaddr_t *out) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss), rc;
  ntix__fdent_t e;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getpeername");
  if ((rc = ntix__socket_get(fd, &e, "ntix_getpeername")) != 0)
    return rc;
  if (getpeername(ntix__socket_of(&e), (struct sockaddr *)&ss, &len) != 0)
    return ntix__socket_fail_wsa("getpeername");
  ntix__socket_from_native(&ss, len, out);
  return 0;
}

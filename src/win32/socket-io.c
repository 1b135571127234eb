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

/* What a call would not wait for: data, the end of the stream, a reset or
 * a failed connect for a receive (urgent data with MSG_OOB); room for a
 * send. */
static uint32_t
ready_events(int write, DWORD wflags) {
  uint32_t end = NTIX__AFD_POLL_ABORT | NTIX__AFD_POLL_CONNECT_FAIL |
                 NTIX__AFD_POLL_LOCAL_CLOSE;

  if (write)
    return end | NTIX__AFD_POLL_SEND | NTIX__AFD_POLL_DISCONNECT;
  return end | NTIX__AFD_POLL_DISCONNECT |
         ((wflags & MSG_OOB) ? NTIX__AFD_POLL_RECEIVE_EXPEDITED
                             : NTIX__AFD_POLL_RECEIVE);
}

/* Not ready: EAGAIN, except for a stream socket that is not connected,
 * which Winsock would fail at once with WSAENOTCONN (Linux: ENOTCONN). */
static int64_t
not_ready(const ntix__fdent_t *e, const char *call) {
  SOCKADDR_STORAGE ss;
  int len = (int)sizeof(ss);

  if (!(e->flags & NTIX__F_SOCK_DGRAM) &&
      getpeername(ntix__socket_of(e), (struct sockaddr *)&ss, &len) != 0 &&
      WSAGetLastError() == WSAENOTCONN)
    return ntix__fail_wsa(WSAENOTCONN, call);
  return ntix__fail(NTIX_NATIVE_WSA, WSAEWOULDBLOCK, NTIX_EAGAIN, call);
}

/* A stream send with MSG_DONTWAIT on a blocking socket sends at most this
 * much: AFD signals SEND while the socket has room, but not how much, and
 * a send bigger than the room would wait for the peer (Wine: POLLOUT
 * guarantees a third of the send buffer, some 5 KiB by default).  A short
 * count is what Linux gives near a full buffer too. */
#define DONTWAIT_SEND_MAX 4096

/* MSG_DONTWAIT on a blocking socket, without touching the socket's mode
 * (FIONBIO would change other threads' blocking calls): a zero-timeout
 * AFD poll first says whether the call would wait, and only a call that
 * would not is issued (overlapped, waited for).  Cancelling a call that
 * pends is no way out: Winsock documents a socket's state after a
 * cancelled operation as undefined, and a cancelled send may have sent
 * part of its data already.  Should another thread take the data or the
 * room between the poll and the call, the call waits for more, where
 * Linux would say EAGAIN (doc/known-differences.md). */
static int64_t
io_dontwait(const ntix__fdent_t *e,
            int write,
            WSABUF *wb,
            DWORD wflags,
            SOCKADDR_STORAGE *ss,
            int *sslen,
            const char *call) {
  SOCKET s = ntix__socket_of(e);
  WSAOVERLAPPED ov;
  DWORD n = 0, fl = wflags;
  int rc, code;

  if (ntix__afd_events_now(e, ready_events(write, wflags)) == 0)
    return not_ready(e, call);
  if (write && !(e->flags & NTIX__F_SOCK_DGRAM) && wb->len > DONTWAIT_SEND_MAX)
    wb->len = DONTWAIT_SEND_MAX;
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
  if (code == WSA_IO_PENDING)
    code =
        WSAGetOverlappedResult(s, &ov, &n, TRUE, &fl) ? 0 : WSAGetLastError();
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
  if (!ntix__afd_was_reset(e))
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

/* sendto on e, whose ext the caller holds (ntix__socket_hold): the AFD
 * probe of io_dontwait uses it. */
static int64_t
sendto_held(const ntix__fdent_t *e,
            const void *buf,
            size_t len,
            int flags,
            const ntix_sockaddr_t *to) {
  SOCKADDR_STORAGE ss, *pss = NULL;
  int sslen = 0, rc, n;
  WSABUF wb;

  if (to != NULL) {
    if ((rc = ntix__socket_connect_family_check(e, to, "ntix_sendto")) != 0)
      return rc;
    sslen = ntix__socket_to_native(to, &ss);
    pss = &ss;
  }
  /* Winsock takes int lengths; a stream send may be short, as on Linux. */
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = (char *)buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e->flags & NTIX__F_NONBLOCK))
    return io_dontwait(e, 1, &wb, (DWORD)(flags & MSG_NATIVE), pss, &sslen,
                       "WSASendTo");
  n = sendto(ntix__socket_of(e), wb.buf, (int)wb.len, flags & MSG_NATIVE,
             (const struct sockaddr *)pss, sslen);
  if (n == SOCKET_ERROR)
    return fail_send(WSAGetLastError(), "sendto");
  return n;
}

int64_t
ntix__b_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to) {
  ntix__fdent_t e;
  int64_t r;
  int rc;

  if ((rc = ntix__check_buf(buf, len, "ntix_sendto")) != 0 ||
      (rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_sendto")) != 0)
    return rc;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_sendto");
  if ((rc = ntix__socket_hold(fd, &e, "ntix_sendto")) != 0)
    return rc;
  r = sendto_held(&e, buf, len, flags, to);
  ntix__sockext_put(e.ext);
  return r;
}

/* recvfrom on e, whose ext the caller holds (ntix__socket_hold): the AFD
 * probes of io_dontwait and eof_or_reset use it. */
static int64_t
recvfrom_held(const ntix__fdent_t *e,
              void *buf,
              size_t len,
              int flags,
              ntix_sockaddr_t *from) {
  SOCKADDR_STORAGE ss;
  int sslen = (int)sizeof(ss), n;
  WSABUF wb;

  memset(&ss, 0, sizeof(ss));
  wb.len = (ULONG)(len > INT_MAX ? INT_MAX : len);
  wb.buf = buf;
  if ((flags & NTIX_MSG_DONTWAIT) && !(e->flags & NTIX__F_NONBLOCK)) {
    int64_t r = io_dontwait(e, 0, &wb, (DWORD)(flags & MSG_NATIVE), &ss, &sslen,
                            "WSARecvFrom");
    r = eof_or_reset(e, recv_result(r, wb.len), wb.len);
    if (r >= 0 && from != NULL)
      ntix__socket_from_native(&ss, sslen, from);
    return r;
  }
  n = recvfrom(ntix__socket_of(e), buf, (int)wb.len, flags & MSG_NATIVE,
               (struct sockaddr *)&ss, &sslen);
  if (n == SOCKET_ERROR)
    return recv_result(fail_recv(WSAGetLastError(), "recvfrom"), wb.len);
  if (n == 0 && (n = (int)eof_or_reset(e, 0, wb.len)) < 0)
    return n;
  if (from != NULL)
    ntix__socket_from_native(&ss, sslen, from);
  return n;
}

int64_t
ntix__b_recvfrom(
    int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from) {
  ntix__fdent_t e;
  int64_t r;
  int rc;

  if ((rc = ntix__check_buf(buf, len, "ntix_recvfrom")) != 0 ||
      (rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_recvfrom")) !=
          0)
    return rc;
  if (flags & ~MSG_FLAGS)
    return ntix__refuse(NTIX_EINVAL, "ntix_recvfrom");
  if ((rc = ntix__socket_hold(fd, &e, "ntix_recvfrom")) != 0)
    return rc;
  r = recvfrom_held(&e, buf, len, flags, from);
  ntix__sockext_put(e.ext);
  return r;
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

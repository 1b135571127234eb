/* afd.c (Windows): the AFD device controls socket-bind.c issues itself: bind
 * (IOCTL_AFD_BIND) and listen (IOCTL_AFD_LISTEN) through
 * NtDeviceIoControlFile on the socket handle, and the base provider handle
 * the poller needs (WSAIoctl SIO_BASE_HANDLE / SIO_BSP_HANDLE_POLL).
 */
#include <winsock2.h>
#include <mswsock.h>
#include <string.h>

#include "win32-int.h"

/* Room for the share word and the largest address (sockaddr_in6). */
#define BIND_IN_MAX 64

/* One device control on an overlapped socket handle.  ApcContext stays
 * NULL, so no completion packet is queued even if the handle is bound to
 * a port; a pending request is waited for, since the kernel owns the
 * buffers until it completes. */
static NTSTATUS
afd_ioctl(
    HANDLE h, ULONG code, void *in, ULONG inlen, void *out, ULONG outlen) {
  IO_STATUS_BLOCK iosb;
  HANDLE ev;
  NTSTATUS st;

  st = NtCreateEvent(&ev, EVENT_ALL_ACCESS, NULL, NtixNotificationEvent, FALSE);
  if (!NT_SUCCESS(st))
    return st;
  iosb.Status = STATUS_PENDING;
  iosb.Information = 0;
  st = NtDeviceIoControlFile(h, ev, NULL, NULL, &iosb, code, in, inlen, out,
                             outlen);
  if (st == STATUS_PENDING) {
    NtWaitForSingleObject(ev, FALSE, NULL);
    st = iosb.Status;
  }
  NtClose(ev);
  return st;
}

NTSTATUS
ntix__afd_bind(HANDLE s, ULONG share, const void *sa, ULONG salen) {
  unsigned char in[BIND_IN_MAX], out[BIND_IN_MAX];

  if (salen > sizeof(in) - sizeof(ULONG))
    return STATUS_INVALID_PARAMETER;
  memcpy(in, &share, sizeof(share));
  memcpy(in + sizeof(share), sa, salen);
  /* The output receives the bound address; Wine insists that it can hold
   * at least the address given. */
  return afd_ioctl(s, NTIX__IOCTL_AFD_BIND, in, (ULONG)(sizeof(share) + salen),
                   out, sizeof(out));
}

NTSTATUS
ntix__afd_listen(HANDLE s, ULONG backlog) {
  ntix__afd_listen_info_t li = {0, backlog, 0};

  return afd_ioctl(s, NTIX__IOCTL_AFD_LISTEN, &li, sizeof(li), NULL, 0);
}

uint32_t
ntix__afd_events_now(const ntix__fdent_t *e, uint32_t want) {
  ntix__sockext_t *sx = e->kind == NTIX__K_SOCKET ? e->ext : NULL;
  ntix__afd_poll_info_t pi;
  HANDLE base = ntix__socket_base(e);
  NTSTATUS st;

  memset(&pi, 0, sizeof(pi));
  pi.Timeout.QuadPart = 0;
  pi.NumberOfHandles = 1;
  pi.Handles[0].Handle = base;
  pi.Handles[0].Events = want;
  ntix__share_probe_begin(sx);
  st = afd_ioctl(base, NTIX__IOCTL_AFD_POLL, &pi, sizeof(pi), &pi, sizeof(pi));
  ntix__share_probe_end(sx);
  if (st != STATUS_SUCCESS || pi.NumberOfHandles != 1)
    return 0;
  return pi.Handles[0].Events & want;
}

/* Wine 8.0's recv reports a reset stream as end of data, while its AFD
 * state still says ABORT. */
int
ntix__afd_was_reset(const ntix__fdent_t *e) {
  return ntix__afd_events_now(e, NTIX__AFD_POLL_ABORT) != 0;
}

/* One WSAIoctl returning a socket: it, or INVALID_SOCKET. */
static SOCKET
bsp_socket(SOCKET s, DWORD code) {
  SOCKET out = INVALID_SOCKET;
  DWORD n;

  if (WSAIoctl(s, code, NULL, 0, &out, sizeof(out), &n, NULL, NULL) != 0 ||
      out == 0)
    return INVALID_SOCKET;
  return out;
}

/* Layered service providers wrap the base socket; AFD only knows the
 * base.  SIO_BASE_HANDLE is asked first, as wepoll does and as Microsoft
 * documents it (providers must not intercept it).  Some providers break
 * it anyway but pass SIO_BSP_HANDLE_POLL down, which unwraps one layer:
 * then SIO_BASE_HANDLE is asked again of that socket, up to a few layers.
 * A socket Winsock does not know (WSAENOTSOCK) is taken as is. */
HANDLE
ntix__socket_base(const ntix__fdent_t *e) {
  SOCKET s, base, next;
  int layers;

  if (e == NULL || e->kind != NTIX__K_SOCKET)
    return NULL;
  s = (SOCKET)e->handle;
  for (layers = 0; layers < 8; layers++) {
    if ((base = bsp_socket(s, SIO_BASE_HANDLE)) != INVALID_SOCKET)
      return (HANDLE)base;
    if (WSAGetLastError() == WSAENOTSOCK)
      break;
    next = bsp_socket(s, SIO_BSP_HANDLE_POLL);
    if (next == INVALID_SOCKET || next == s)
      break;
    s = next;
  }
  return (HANDLE)s;
}

/* socket-pair.c (Windows): the loopback socket pair (a listener on
 * 127.0.0.1:0, connect, accept) and the ephemeral port range.
 */
#include <string.h>

#include "socket-int.h"

/* The IANA dynamic range, Windows' default since Vista. */
#define PORT_LO_DEFAULT 49152
#define PORT_HI_DEFAULT 65535

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
    /* The table's flag and FIONBIO change together (fd.c). */
    if (flags & NTIX_SOCK_NONBLOCK)
      rc = ntix__b_fd_set_nonblock(c, 1);
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
  int64_t n;
  int fd;

  fd = ntix__b_open("\\\\?\\unix\\proc\\sys\\net\\ipv4\\ip_local_port_range",
                    NTIX_O_RDONLY, 0);
  if (fd < 0)
    return -1;
  n = ntix__b_read(fd, buf, sizeof(buf) - 1);
  ntix__b_close(fd);
  if (n <= 0)
    return -1;
  buf[n] = '\0';
  return ntix__port_range_parse(buf, lo, hi);
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

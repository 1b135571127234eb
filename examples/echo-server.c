/* echo-server.c: a TCP echo server driven by one ntix poller, the same
 * source on Linux and Windows.
 *
 * Usage: echo-server [ADDRESS]
 *   ADDRESS is a numeric "host:port", "127.0.0.1:7000" by default
 *   ("[::1]:7000" for IPv6; port 0 picks a free port, printed at start).
 *   Every connection gets back what it sends and is closed after the
 *   client's end of stream.  The server runs until it is killed.
 */
#include <stdio.h>
#include <stdlib.h>

#include "ntix.h"

#define BUF_SIZE 16384
#define MAX_EVENTS 64
#define LISTENER_DATA 0 /* connections use their struct's address */

struct conn {
  int fd;
  unsigned char buf[BUF_SIZE];
  size_t len, off; /* bytes read and not yet echoed: buf[off..len) */
  int eof;
  uint32_t mask; /* what the registration watches */
};

static void
report(const char *what, int64_t rc) {
  fprintf(stderr, "echo-server: %s: %s\n", what, ntix_strerror((int)rc));
}

/* Changing a registration costs a system call (and on Windows a new AFD
 * poll), so only a real change is made. */
static void
watch(int p, struct conn *c, uint32_t mask) {
  if (c->mask != mask &&
      ntix_poll_ctl(p, NTIX_POLL_MOD, c->fd, mask, (uint64_t)(uintptr_t)c) == 0)
    c->mask = mask;
}

static void
conn_close(int p, struct conn *c) {
  ntix_poll_ctl(p, NTIX_POLL_DEL, c->fd, 0, 0);
  ntix_close(c->fd);
  free(c);
}

static void
accept_all(int p, int listener) {
  for (;;) {
    struct conn *c;
    int fd = ntix_accept(listener, NULL, NTIX_SOCK_NONBLOCK), rc;

    if (fd == NTIX_EAGAIN)
      return;
    if (fd < 0) {
      report("accept", fd); /* e.g. out of descriptors: try again later */
      return;
    }
    c = calloc(1, sizeof(*c));
    if (c == NULL) {
      ntix_close(fd);
      return;
    }
    c->fd = fd;
    c->mask = NTIX_POLL_IN;
    rc = ntix_poll_ctl(p, NTIX_POLL_ADD, fd, NTIX_POLL_IN,
                       (uint64_t)(uintptr_t)c);
    if (rc < 0) {
      report("poll_ctl", rc);
      ntix_close(fd);
      free(c);
    }
  }
}

/* Sends what is buffered: 1 when all of it went out, 0 if the socket is
 * full, negative on an error. */
static int64_t
flush(struct conn *c) {
  while (c->off < c->len) {
    int64_t n = ntix_send(c->fd, c->buf + c->off, c->len - c->off, 0);

    if (n == NTIX_EAGAIN)
      return 0;
    if (n < 0)
      return n;
    c->off += (size_t)n;
  }
  c->off = c->len = 0;
  return 1;
}

/* Reads and echoes until the socket has nothing more for now.  The
 * registration watches IN while the buffer is empty and OUT while it
 * holds data the peer is not taking, so a slow reader is not flooded. */
static void
serve(int p, struct conn *c) {
  int64_t rc;

  while ((rc = flush(c)) == 1 && !c->eof) {
    int64_t n = ntix_recv(c->fd, c->buf, BUF_SIZE, 0);

    if (n == NTIX_EAGAIN) {
      watch(p, c, NTIX_POLL_IN);
      return;
    }
    if (n < 0) {
      rc = n;
      break;
    }
    c->eof = n == 0;
    c->len = (size_t)n;
  }
  if (rc < 0) {
    report("connection", rc);
    conn_close(p, c);
  } else if (rc == 0) {
    watch(p, c, NTIX_POLL_OUT);
  } else {
    conn_close(p, c); /* end of stream, everything echoed */
  }
}

static int
open_listener(const char *text) {
  ntix_sockaddr_t addr;
  char shown[NTIX_SOCKADDR_STRLEN];
  int fd, rc;

  if ((rc = ntix_sockaddr_parse(text, &addr)) < 0) {
    fprintf(stderr, "echo-server: bad address '%s'\n", text);
    return rc;
  }
  fd = ntix_socket(addr.family, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK);
  if (fd < 0)
    return fd;
  ntix_setsockopt(fd, NTIX_SO_REUSEADDR, 1);
  if ((rc = ntix_bind(fd, &addr)) < 0 || (rc = ntix_listen(fd, 128)) < 0 ||
      (rc = ntix_getsockname(fd, &addr)) < 0) {
    ntix_close(fd);
    return rc;
  }
  ntix_sockaddr_format(&addr, shown, sizeof(shown));
  printf("echo-server: listening on %s\n", shown);
  fflush(stdout);
  return fd;
}

int
main(int argc, char **argv) {
  ntix_poll_event_t ev[MAX_EVENTS];
  int p, listener, i, n = 0;

  listener = open_listener(argc > 1 ? argv[1] : "127.0.0.1:7000");
  if (listener < 0) {
    report("listen", listener);
    return 1;
  }
  p = ntix_poll_create(0);
  if (p >= 0)
    n = ntix_poll_ctl(p, NTIX_POLL_ADD, listener, NTIX_POLL_IN, LISTENER_DATA);
  if (p < 0 || n < 0) {
    report("poller", p < 0 ? p : n);
    return 1;
  }
  for (;;) {
    n = ntix_poll_wait(p, ev, MAX_EVENTS, -1);
    if (n < 0) {
      report("poll_wait", n);
      return 1;
    }
    for (i = 0; i < n; i++) {
      if (ev[i].data == LISTENER_DATA)
        accept_all(p, listener);
      else
        serve(p, (struct conn *)(uintptr_t)ev[i].data);
    }
  }
}

/* check_load.c: a bounded load test on loopback.  One thread drives an echo
 * server and N clients (NTIX_LOAD_CONNECTIONS, default 200) through one
 * level-triggered poller, all sockets non-blocking; each client sends 256
 * KiB of a seeded pattern, half-closes, and checks every echoed byte and
 * a checksum of the whole stream.  Afterwards the number of open
 * descriptors must be what it was before, and the whole run must finish
 * within 120 s or it fails instead of hanging.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-util.h"

#define PAYLOAD (256 * 1024)
#define CHUNK (64 * 1024)
#define SERVER_BUF (32 * 1024)
#define DEADLINE_MS 120000
#define DEFAULT_CONNECTIONS 200
#define MAX_CONNECTIONS 20000
#define MAX_EVENTS 256

/* One socket: a client, or the server's end of a connection. */
struct conn {
  int fd;
  uint32_t mask; /* the events it is registered for */
  /* Client: bytes sent and echoed bytes checked, running checksums. */
  size_t sent, rcvd;
  uint32_t sum_sent, sum_rcvd;
  /* Server: bytes read and not yet echoed, at buf + off. */
  unsigned char *buf;
  size_t len, off;
  int eof;
};

struct load {
  int p, listener, n;
  struct conn *c; /* clients 0..n-1, server ends n..2n-1 */
  int accepted, clients_done, servers_done;
  int64_t mismatches, bad_sums;
  char error[256];
  unsigned char scratch[CHUNK], pattern[CHUNK];
};

static uint64_t
mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/* The pattern of connection seed from byte pos on: a position-addressed
 * stream, so a short send can resume anywhere. */
static void
pattern(unsigned char *out, size_t len, uint32_t seed, size_t pos) {
  uint64_t word = 0;
  size_t i;

  for (i = 0; i < len; i++, pos++) {
    if (i == 0 || (pos & 7) == 0)
      word = mix(((uint64_t)seed << 32) | (pos >> 3));
    out[i] = (unsigned char)(word >> (8 * (pos & 7)));
  }
}

/* Adler-style running checksum of a byte stream. */
static uint32_t
checksum(uint32_t sum, const unsigned char *p, size_t len) {
  uint32_t a = sum & 0xffff, b = sum >> 16;
  size_t i;

  for (i = 0; i < len; i++) {
    a = (a + p[i]) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

static void
load_fail(struct load *L, const char *what, int64_t rc, int idx) {
  if (L->error[0] == '\0')
    snprintf(L->error, sizeof(L->error), "%s (connection %d): %s", what, idx,
             ntix_t_name(rc));
}

static void
set_mask(struct load *L, int idx, uint32_t mask) {
  struct conn *c = &L->c[idx];
  int rc;

  if (c->mask == mask)
    return;
  rc = ntix_poll_ctl(L->p, NTIX_POLL_MOD, c->fd, mask, (uint64_t)idx);
  if (rc < 0)
    load_fail(L, "poll_ctl MOD", rc, idx);
  c->mask = mask;
}

static void
drop(struct load *L, int idx) {
  struct conn *c = &L->c[idx];

  ntix_poll_ctl(L->p, NTIX_POLL_DEL, c->fd, 0, 0);
  ntix_close(c->fd);
  c->fd = -1;
  free(c->buf);
  c->buf = NULL;
}

/* ---- clients ------------------------------------------------------------ */

static void
client_send(struct load *L, int idx) {
  struct conn *c = &L->c[idx];
  int rc;

  while (c->sent < PAYLOAD) {
    size_t want = PAYLOAD - c->sent < CHUNK ? PAYLOAD - c->sent : CHUNK;
    int64_t n;

    pattern(L->pattern, want, (uint32_t)idx, c->sent);
    n = ntix_send(c->fd, L->pattern, want, 0);
    if (n == NTIX_EAGAIN)
      return;
    if (n <= 0) {
      load_fail(L, "client send", n, idx);
      return;
    }
    c->sum_sent = checksum(c->sum_sent, L->pattern, (size_t)n);
    c->sent += (size_t)n;
  }
  rc = ntix_shutdown(c->fd, NTIX_SHUT_WR);
  if (rc < 0)
    load_fail(L, "client shutdown", rc, idx);
  set_mask(L, idx, NTIX_POLL_IN);
}

static void
client_recv(struct load *L, int idx) {
  struct conn *c = &L->c[idx];

  for (;;) {
    int64_t n = ntix_recv(c->fd, L->scratch, CHUNK, 0);

    if (n == NTIX_EAGAIN)
      return;
    if (n < 0) {
      load_fail(L, "client recv", n, idx);
      return;
    }
    if (n == 0) {
      L->bad_sums += c->rcvd != PAYLOAD || c->sum_rcvd != c->sum_sent;
      L->clients_done++;
      drop(L, idx);
      return;
    }
    if (c->rcvd + (size_t)n > PAYLOAD) {
      load_fail(L, "client got more than it sent", n, idx);
      return;
    }
    pattern(L->pattern, (size_t)n, (uint32_t)idx, c->rcvd);
    L->mismatches += memcmp(L->pattern, L->scratch, (size_t)n) != 0;
    c->sum_rcvd = checksum(c->sum_rcvd, L->scratch, (size_t)n);
    c->rcvd += (size_t)n;
  }
}

static void
client_event(struct load *L, int idx, uint32_t ev) {
  if ((ev & NTIX_POLL_OUT) && L->c[idx].sent < PAYLOAD)
    client_send(L, idx);
  if (L->c[idx].fd >= 0 &&
      (ev & (NTIX_POLL_IN | NTIX_POLL_ERR | NTIX_POLL_HUP)))
    client_recv(L, idx);
}

/* ---- the echo server ---------------------------------------------------- */

static void
server_accept(struct load *L) {
  for (;;) {
    int fd = ntix_accept(L->listener, NULL, NTIX_SOCK_NONBLOCK), idx, rc;

    if (fd == NTIX_EAGAIN)
      return;
    if (fd < 0 || L->accepted >= L->n) {
      load_fail(L, "accept", fd < 0 ? fd : NTIX_EUNKNOWN, L->accepted);
      if (fd >= 0)
        ntix_close(fd);
      return;
    }
    idx = L->n + L->accepted++;
    L->c[idx].fd = fd;
    L->c[idx].mask = NTIX_POLL_IN;
    L->c[idx].buf = malloc(SERVER_BUF);
    if (L->c[idx].buf == NULL) {
      load_fail(L, "malloc", NTIX_ENOMEM, idx);
      return;
    }
    rc = ntix_poll_ctl(L->p, NTIX_POLL_ADD, fd, NTIX_POLL_IN, (uint64_t)idx);
    if (rc < 0)
      load_fail(L, "poll_ctl ADD accepted", rc, idx);
  }
}

/* Echoes what is buffered; 1 when the buffer is empty. */
static int
server_flush(struct load *L, int idx) {
  struct conn *c = &L->c[idx];

  while (c->off < c->len) {
    int64_t n = ntix_send(c->fd, c->buf + c->off, c->len - c->off, 0);

    if (n == NTIX_EAGAIN)
      return 0;
    if (n <= 0) {
      load_fail(L, "server send", n, idx);
      return 0;
    }
    c->off += (size_t)n;
  }
  c->off = c->len = 0;
  return 1;
}

static void
server_event(struct load *L, int idx) {
  struct conn *c = &L->c[idx];

  while (server_flush(L, idx) && !c->eof) {
    int64_t n = ntix_recv(c->fd, c->buf, SERVER_BUF, 0);

    if (n == NTIX_EAGAIN) {
      set_mask(L, idx, NTIX_POLL_IN);
      return;
    }
    if (n < 0) {
      load_fail(L, "server recv", n, idx);
      return;
    }
    if (n == 0)
      c->eof = 1;
    c->len = (size_t)n;
  }
  if (c->off < c->len) {
    set_mask(L, idx, NTIX_POLL_OUT); /* stop reading until it drains */
  } else if (c->eof) {
    L->servers_done++;
    drop(L, idx);
  }
}

/* ---- the run ------------------------------------------------------------ */

static int
connections(void) {
  const char *s = getenv("NTIX_LOAD_CONNECTIONS");
  long n = s != NULL ? strtol(s, NULL, 10) : DEFAULT_CONNECTIONS;

  return n >= 1 && n <= MAX_CONNECTIONS ? (int)n : DEFAULT_CONNECTIONS;
}

static void
start(struct load *L) {
  ntix_sockaddr_t addr;
  int i, rc;

  L->p = (int)NT_OK(ntix_poll_create(0));
  ntix_t_loopback(NTIX_AF_INET, 0, &addr);
  L->listener = (int)NT_OK(
      ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
  NT_OK(ntix_bind(L->listener, &addr));
  NT_OK(ntix_listen(L->listener, L->n));
  NT_OK(ntix_getsockname(L->listener, &addr));
  for (i = L->n; i < 2 * L->n; i++) L->c[i].fd = -1;
  NT_OK(ntix_poll_ctl(L->p, NTIX_POLL_ADD, L->listener, NTIX_POLL_IN,
                      (uint64_t)(2 * L->n)));
  for (i = 0; i < L->n; i++) {
    struct conn *c = &L->c[i];

    c->fd = (int)NT_OK(
        ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK));
    rc = ntix_connect(c->fd, &addr);
    ck_assert_msg(rc == 0 || rc == NTIX_EINPROGRESS, "connect %d: %s", i,
                  ntix_t_name(rc));
    c->mask = NTIX_POLL_IN | NTIX_POLL_OUT;
    c->sum_sent = c->sum_rcvd = 1;
    NT_OK(ntix_poll_ctl(L->p, NTIX_POLL_ADD, c->fd, c->mask, (uint64_t)i));
  }
}

static void
run(struct load *L, int64_t deadline) {
  static ntix_poll_event_t ev[MAX_EVENTS];

  while (L->error[0] == '\0' &&
         (L->clients_done < L->n || L->servers_done < L->n)) {
    int i, k;

    if (ntix_t_ms() > deadline) {
      load_fail(L, "deadline passed", NTIX_ETIMEDOUT, L->clients_done);
      return;
    }
    k = ntix_poll_wait(L->p, ev, MAX_EVENTS, 1000 * 1000000LL);
    if (k < 0) {
      load_fail(L, "poll_wait", k, -1);
      return;
    }
    for (i = 0; i < k && L->error[0] == '\0'; i++) {
      int idx = (int)ev[i].data;

      if (idx == 2 * L->n)
        server_accept(L);
      else if (L->c[idx].fd < 0)
        load_fail(L, "event for a closed connection", NTIX_EUNKNOWN, idx);
      else if (idx < L->n)
        client_event(L, idx, ev[i].events);
      else
        server_event(L, idx);
    }
  }
}

START_TEST(echo_load) {
  struct load *L = calloc(1, sizeof(*L));
  int before, after, i, limit;
  int64_t t0, ms;

  ck_assert(L != NULL);
  L->n = connections();
  L->c = calloc((size_t)(2 * L->n), sizeof(*L->c));
  ck_assert(L->c != NULL);
  limit = 4 * L->n + 1024;
  before = ntix_t_count_fds(limit);
  t0 = ntix_t_ms();
  start(L);
  run(L, t0 + DEADLINE_MS);
  ms = ntix_t_ms() - t0;
  printf("load: %d connections x %d KiB echoed in %lld ms%s%s\n", L->n,
         PAYLOAD / 1024, (long long)ms, L->error[0] ? "; " : "", L->error);
  for (i = 0; i < 2 * L->n; i++)
    if (L->c[i].fd >= 0)
      drop(L, i);
  NT_EXPECT("load: no failure before the deadline", L->error[0] == '\0', 1);
  NT_EXPECT("load: every connection accepted", L->accepted == L->n, 1);
  NT_EXPECT("load: every client got its whole echo and end of stream",
            L->clients_done == L->n, 1);
  NT_EXPECT("load: every server end saw end of stream", L->servers_done == L->n,
            1);
  NT_EXPECT("load: every echoed byte matches", L->mismatches, 0);
  NT_EXPECT("load: echo length and checksum match", L->bad_sums, 0);
  NT_EXPECT("close: listener after load", ntix_close(L->listener), 0);
  NT_EXPECT("poll_close: after load", ntix_poll_close(L->p), 0);
  after = ntix_t_count_fds(limit);
  NT_EXPECT("load: open descriptors after equal those before", after - before,
            0);
  free(L->c);
  free(L);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("load");
  TCase *tc = ntix_t_tcase("load");

  tcase_set_timeout(tc, DEADLINE_MS / 1000 + 30);
  tcase_add_test(tc, echo_load);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "load");
}

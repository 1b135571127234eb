/* bench-uv.h: libuv set-up shared by the libuv benchmark programs: a
 * loopback listener that prints its port, a static read buffer, and a
 * send that tries the socket first (uv_try_write) and queues only the
 * rest, which is the cheapest way libuv offers to send.
 */
#ifndef NTIX_BENCH_UV_H
#define NTIX_BENCH_UV_H

#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include "bench.h"

#define UV_BUF_SIZE 65536

static inline void
uvb_check(const char *prog, const char *what, int rc) {
  if (rc < 0)
    bench_die(prog, what, uv_strerror(rc));
}

/* One static buffer serves every read: the data is used (or copied) in
 * the read callback before the next read can happen. */
static inline void
uvb_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  static char mem[UV_BUF_SIZE];

  (void)h;
  (void)suggested;
  *buf = uv_buf_init(mem, sizeof(mem));
}

struct uvb_wreq {
  uv_write_t req;
  char data[];
};

static inline void
uvb_write_done(uv_write_t *req, int status) {
  (void)status;
  free(req);
}

/* Sends len bytes: whatever the socket takes at once, the rest copied and
 * queued. */
static inline void
uvb_send(const char *prog, uv_stream_t *s, const char *data, size_t len) {
  uv_buf_t b = uv_buf_init((char *)data, (unsigned)len);
  int n = uv_try_write(s, &b, 1);
  struct uvb_wreq *w;

  if (n == (int)len)
    return;
  if (n < 0 && n != UV_EAGAIN)
    uvb_check(prog, "try_write", n);
  if (n < 0)
    n = 0;
  w = malloc(sizeof(*w) + len - (size_t)n);
  if (w == NULL)
    bench_die(prog, "malloc", "out of memory");
  memcpy(w->data, data + n, len - (size_t)n);
  b = uv_buf_init(w->data, (unsigned)(len - (size_t)n));
  uvb_check(prog, "write", uv_write(&w->req, s, &b, 1, uvb_write_done));
}

/* Listens on 127.0.0.1 with a kernel-chosen port and prints the port. */
static inline void
uvb_listen(const char *prog, uv_tcp_t *t, int backlog, uv_connection_cb cb) {
  struct sockaddr_in sa;
  struct sockaddr_storage ss;
  int len = sizeof(ss);

  uv_ip4_addr("127.0.0.1", 0, &sa);
  uvb_check(prog, "tcp_init", uv_tcp_init(uv_default_loop(), t));
  uvb_check(prog, "bind", uv_tcp_bind(t, (struct sockaddr *)&sa, 0));
  uvb_check(prog, "listen", uv_listen((uv_stream_t *)t, backlog, cb));
  uvb_check(prog, "getsockname",
            uv_tcp_getsockname(t, (struct sockaddr *)&ss, &len));
  printf("%u\n", (unsigned)ntohs(((struct sockaddr_in *)&ss)->sin_port));
  fflush(stdout);
}

#endif /* NTIX_BENCH_UV_H */

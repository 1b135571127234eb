/* pingpong-uv.c: the libuv side of the ping-pong benchmark, the same
 * protocol as pingpong-ntix.c: one message of SIZE bytes in flight,
 * echoed by a server process; prints round trips per second.
 *
 * Usage: pingpong-uv --server | PORT SIZE SECONDS
 */
#include "bench-uv.h"

#define PROG "pingpong-uv"

static uv_tcp_t listener, conn;
static uv_connect_t connect_req;
static uv_timer_t timer;
static char msg[UV_BUF_SIZE];
static size_t size, got;
static uint64_t trips, t0;
static double seconds;

static void
on_close(uv_handle_t *h) {
  free(h);
}

static void
server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  if (n > 0)
    uvb_send(PROG, s, buf->base, (size_t)n);
  else if (n < 0)
    uv_close((uv_handle_t *)s, on_close);
}

static void
on_connection(uv_stream_t *l, int status) {
  uv_tcp_t *c = malloc(sizeof(*c));

  uvb_check(PROG, "connection", status);
  uv_tcp_init(uv_default_loop(), c);
  uvb_check(PROG, "accept", uv_accept(l, (uv_stream_t *)c));
  uv_tcp_nodelay(c, 1);
  uv_read_start((uv_stream_t *)c, uvb_alloc, server_read);
}

static void
client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  int done = 0;

  (void)buf;
  if (n < 0)
    bench_die(PROG, "read", uv_strerror((int)n));
  for (got += (size_t)n; got >= size; got -= size) done++;
  trips += (uint64_t)done;
  if (done > 0)
    uvb_send(PROG, s, msg, size);
}

static void
on_timer(uv_timer_t *t) {
  (void)t;
  double wall = (double)(uv_hrtime() - t0);

  printf("roundtrips_per_s=%.0f cpu_pct=%.0f\n", (double)trips * 1e9 / wall,
         100.0 * (double)bench_cpu_ns() / wall);
  uv_stop(uv_default_loop());
}

static void
on_connect(uv_connect_t *req, int status) {
  uvb_check(PROG, "connect", status);
  uv_tcp_nodelay(&conn, 1);
  uv_read_start(req->handle, uvb_alloc, client_read);
  t0 = uv_hrtime();
  uv_timer_init(uv_default_loop(), &timer);
  uv_timer_start(&timer, on_timer, (uint64_t)(seconds * 1000), 0);
  uvb_send(PROG, req->handle, msg, size);
}

int
main(int argc, char **argv) {
  struct sockaddr_in sa;

  if (argc == 2 && strcmp(argv[1], "--server") == 0) {
    uvb_listen(PROG, &listener, 128, on_connection);
    return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  }
  if (argc != 4 || atoi(argv[2]) < 1 || atoi(argv[2]) > UV_BUF_SIZE) {
    fprintf(stderr, "usage: %s --server | PORT SIZE SECONDS\n", PROG);
    return 2;
  }
  size = (size_t)atoi(argv[2]);
  seconds = bench_seconds(argv[3]);
  memset(msg, 'p', size);
  uv_ip4_addr("127.0.0.1", atoi(argv[1]), &sa);
  uv_tcp_init(uv_default_loop(), &conn);
  uvb_check(
      PROG, "connect",
      uv_tcp_connect(&connect_req, &conn, (struct sockaddr *)&sa, on_connect));
  uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  return 0;
}

/* pump-uv.c: the libuv side of the pump benchmark, the same protocol as
 * pump-ntix.c: CONNS connections sending 64 KiB writes (two queued per
 * connection so the socket never waits for the loop); after SECONDS each
 * is shut down and the sender waits for the receiver's close; prints MB/s.
 *
 * Usage: pump-uv --server | PORT CONNS SECONDS
 */
#include "bench-uv.h"

#define PROG "pump-uv"
#define MAX_CONNS 64
#define DEPTH 2

struct conn {
  uv_tcp_t tcp;
  uv_connect_t connect;
  uv_shutdown_t shutdown;
  uv_write_t writes[DEPTH];
  int inflight;
};

static uv_tcp_t listener;
static uv_timer_t timer;
static struct conn conns[MAX_CONNS];
static char chunk[UV_BUF_SIZE];
static int nconns, connected, open_conns, running = 1;
static uint64_t total, t0;
static double seconds;

static void
server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n < 0)
    uv_close((uv_handle_t *)s, (uv_close_cb)free);
}

static void
on_connection(uv_stream_t *l, int status) {
  uv_tcp_t *c = malloc(sizeof(*c));

  uvb_check(PROG, "connection", status);
  uv_tcp_init(uv_default_loop(), c);
  uvb_check(PROG, "accept", uv_accept(l, (uv_stream_t *)c));
  uv_read_start((uv_stream_t *)c, uvb_alloc, server_read);
}

static void
client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n >= 0)
    return;
  uv_close((uv_handle_t *)s, NULL);
  if (--open_conns == 0) {
    printf("mb_per_s=%.1f\n", (double)total * 1e3 / (double)(uv_hrtime() - t0));
    uv_close((uv_handle_t *)&timer, NULL);
  }
}

static void
on_shutdown(uv_shutdown_t *req, int status) {
  uvb_check(PROG, "shutdown", status);
  uv_read_start(req->handle, uvb_alloc, client_read);
}

static void on_write(uv_write_t *req, int status);

static void
push(struct conn *c, uv_write_t *req) {
  uv_buf_t b = uv_buf_init(chunk, sizeof(chunk));

  c->inflight++;
  uvb_check(PROG, "write",
            uv_write(req, (uv_stream_t *)&c->tcp, &b, 1, on_write));
}

static void
on_write(uv_write_t *req, int status) {
  struct conn *c = req->data;

  uvb_check(PROG, "write", status);
  c->inflight--;
  total += sizeof(chunk);
  if (running)
    push(c, req);
  else if (c->inflight == 0)
    uv_shutdown(&c->shutdown, (uv_stream_t *)&c->tcp, on_shutdown);
}

static void
on_timer(uv_timer_t *t) {
  (void)t;
  running = 0;
}

static void
on_connect(uv_connect_t *req, int status) {
  struct conn *c = req->data;
  int i;

  uvb_check(PROG, "connect", status);
  uv_tcp_nodelay(&c->tcp, 1);
  if (++connected < nconns)
    return;
  t0 = uv_hrtime();
  uv_timer_init(uv_default_loop(), &timer);
  uv_timer_start(&timer, on_timer, (uint64_t)(seconds * 1000), 0);
  for (c = conns; c < conns + nconns; c++)
    for (i = 0; i < DEPTH; i++)
      push(c, &c->writes[i]);
}

int
main(int argc, char **argv) {
  struct sockaddr_in sa;
  int i, j;

  if (argc == 2 && strcmp(argv[1], "--server") == 0) {
    uvb_listen(PROG, &listener, 128, on_connection);
    return uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  }
  if (argc != 4 || atoi(argv[2]) < 1 || atoi(argv[2]) > MAX_CONNS) {
    fprintf(stderr, "usage: %s --server | PORT CONNS SECONDS\n", PROG);
    return 2;
  }
  nconns = open_conns = atoi(argv[2]);
  seconds = bench_seconds(argv[3]);
  memset(chunk, 'x', sizeof(chunk));
  uv_ip4_addr("127.0.0.1", atoi(argv[1]), &sa);
  for (i = 0; i < nconns; i++) {
    uv_tcp_init(uv_default_loop(), &conns[i].tcp);
    conns[i].connect.data = &conns[i];
    for (j = 0; j < DEPTH; j++)
      conns[i].writes[j].data = &conns[i];
    uvb_check(PROG, "connect",
              uv_tcp_connect(&conns[i].connect, &conns[i].tcp,
                             (struct sockaddr *)&sa, on_connect));
  }
  uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  return 0;
}

/* pump-uv.c: the libuv side of the pump benchmark, the same protocol and
 * the same system calls as pump-ntix.c: CONNS connections, each filled
 * with 64 KiB writes until the socket is full.  A write that the socket
 * takes only in part leaves the rest of its 64 KiB queued (uv_write, the
 * one request of the connection), which libuv sends when the socket is
 * writable again, and the write callback fills the socket again.  After
 * SECONDS each connection is shut down and the sender waits for the
 * receiver's close; prints MB/s and the sender's CPU time per MB, the
 * receiver its CPU time per MB read.  The first BENCH_WARMUP_MS of sending
 * are not counted (as in pump-ntix.c).  The receiver reads with libuv's own
 * loop: 64 KiB reads until one comes back short, at most 32 in a row.
 *
 * Usage: pump-uv --server | PORT CONNS SECONDS
 */
#include "bench-uv.h"

#define PROG "pump-uv"
#define MAX_CONNS 64

struct conn {
  uv_tcp_t tcp;
  uv_connect_t connect;
  uv_shutdown_t shutdown;
  uv_write_t write; /* the rest of a chunk the socket took in part */
  size_t off;       /* where that rest starts */
};

static uv_tcp_t listener;
static uv_timer_t timer;
static struct conn conns[MAX_CONNS];
static char chunk[UV_BUF_SIZE];
static int nconns, connected, open_conns, running = 1, warming = 1;
static uint64_t total, t0;
static int64_t c0;
static bench_rx_t rx;
static double seconds;

static void
server_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n > 0)
    rx.bytes += (uint64_t)n;
  if (n < 0) {
    uv_close((uv_handle_t *)s, (uv_close_cb)free);
    bench_rx_closed(&rx);
  }
}

static void
on_connection(uv_stream_t *l, int status) {
  uv_tcp_t *c = malloc(sizeof(*c));

  uvb_check(PROG, "connection", status);
  uv_tcp_init(uv_default_loop(), c);
  uvb_check(PROG, "accept", uv_accept(l, (uv_stream_t *)c));
  uv_read_start((uv_stream_t *)c, uvb_alloc, server_read);
  bench_rx_opened(&rx);
}

static void
client_read(uv_stream_t *s, ssize_t n, const uv_buf_t *buf) {
  (void)buf;
  if (n >= 0)
    return;
  uv_close((uv_handle_t *)s, NULL);
  if (--open_conns == 0) {
    printf("mb_per_s=%.1f send_cpu_ns_per_mb=%.0f\n",
           (double)total * 1e3 / (double)(uv_hrtime() - t0),
           (double)(bench_cpu_ns() - c0) * 1e6 / (double)total);
    uv_close((uv_handle_t *)&timer, NULL);
  }
}

static void
on_shutdown(uv_shutdown_t *req, int status) {
  uvb_check(PROG, "shutdown", status);
  uv_read_start(req->handle, uvb_alloc, client_read);
}

static void on_write(uv_write_t *req, int status);

/* Fills the socket: 64 KiB writes until it is full.  The write the
 * socket takes in part (or not at all) leaves the rest of its chunk
 * queued; on_write comes back here once libuv has sent it. */
static void
fill(struct conn *c) {
  uv_buf_t b;
  int n;

  if (!running) {
    uv_shutdown(&c->shutdown, (uv_stream_t *)&c->tcp, on_shutdown);
    return;
  }
  for (;;) {
    b = uv_buf_init(chunk, sizeof(chunk));
    n = uv_try_write((uv_stream_t *)&c->tcp, &b, 1);
    if (n < 0 && n != UV_EAGAIN)
      uvb_check(PROG, "try_write", n);
    if (n < 0)
      n = 0;
    total += (uint64_t)n;
    if (n < (int)sizeof(chunk))
      break;
  }
  c->off = (size_t)n;
  b = uv_buf_init(chunk + n, (unsigned)(sizeof(chunk) - c->off));
  uvb_check(PROG, "write",
            uv_write(&c->write, (uv_stream_t *)&c->tcp, &b, 1, on_write));
}

static void
on_write(uv_write_t *req, int status) {
  struct conn *c = req->data;

  uvb_check(PROG, "write", status);
  total += sizeof(chunk) - c->off;
  fill(c);
}

static void
on_timer(uv_timer_t *t) {
  if (warming) {
    warming = 0;
    total = 0;
    t0 = uv_hrtime();
    c0 = bench_cpu_ns();
    uv_timer_start(t, on_timer, (uint64_t)(seconds * 1000), 0);
  } else
    running = 0;
}

static void
on_connect(uv_connect_t *req, int status) {
  struct conn *c = req->data;

  uvb_check(PROG, "connect", status);
  uv_tcp_nodelay(&c->tcp, 1);
  if (++connected < nconns)
    return;
  t0 = uv_hrtime();
  uv_timer_init(uv_default_loop(), &timer);
  uv_timer_start(&timer, on_timer, BENCH_WARMUP_MS, 0);
  for (c = conns; c < conns + nconns; c++) fill(c);
}

int
main(int argc, char **argv) {
  struct sockaddr_in sa;
  int i;

  if (argc == 2 && strcmp(argv[1], "--server") == 0) {
    int rcvbuf = BENCH_PUMP_RCVBUF;

    uvb_listen(PROG, &listener, 128, on_connection);
    uv_recv_buffer_size((uv_handle_t *)&listener, &rcvbuf);
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
    conns[i].write.data = &conns[i];
    uvb_check(PROG, "connect",
              uv_tcp_connect(&conns[i].connect, &conns[i].tcp,
                             (struct sockaddr *)&sa, on_connect));
  }
  uv_run(uv_default_loop(), UV_RUN_DEFAULT);
  return 0;
}

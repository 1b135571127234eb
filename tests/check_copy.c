/* check_copy.c: conformance of copying without a user-space buffer on both
 * OSes: ntix_sendfile of a file to a connected socket at an offset (the
 * bytes checked on the other end), to a pipe, at the descriptor's position,
 * past the end, on a non-blocking socket (short counts and NTIX_EAGAIN as
 * ntix_write), and ntix_copy_file_range between files, with their argument
 * and descriptor checks.
 */
#include <stdlib.h>
#include <string.h>

#include "check-util.h"

#define FILE_SIZE (300 * 1024)

static unsigned char pattern[FILE_SIZE];

/* The pattern file, opened read-write. */
static int
source_file(const char *name) {
  ntix_t_fill(pattern, sizeof(pattern), 77);
  ntix_t_create(ntix_t_path(name), pattern, sizeof(pattern));
  return (int)NT_OK(ntix_open(ntix_t_path(name), NTIX_O_RDWR, 0));
}

struct receiver {
  int fd;
  size_t want;
  unsigned char *buf;
  int64_t got;
};

static void *
recv_thread(void *arg) {
  struct receiver *r = arg;

  r->got = ntix_t_recv_all(r->fd, r->buf, r->want);
  return NULL;
}

START_TEST(sendfile_to_socket) {
  struct receiver r;
  ntix_t_thread_t *t;
  int f, c, a;
  int64_t n, total = 0;

  f = source_file("tosock");
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  r.fd = a, r.want = 200000, r.got = -1;
  r.buf = malloc(r.want);
  t = ntix_t_spawn(recv_thread, &r);
  while (total < 200000) {
    n = ntix_sendfile(c, f, 1000 + total, (size_t)(200000 - total));
    if (n <= 0)
      break;
    total += n;
  }
  ntix_t_join(t);
  NT_EXPECT("sendfile: 200000 bytes from offset 1000 to a socket", total,
            200000);
  NT_EXPECT("sendfile: the peer received them", r.got, 200000);
  NT_EXPECT("sendfile: the bytes are the file's from offset 1000",
            memcmp(r.buf, pattern + 1000, 200000), 0);
  NT_EXPECT("sendfile: with an offset the position does not move",
            ntix_seek(f, 0, NTIX_SEEK_CUR), 0);
  NT_OK(ntix_seek(f, 500, NTIX_SEEK_SET));
  NT_EXPECT("sendfile: at the position (NTIX_OFF_CUR)",
            ntix_sendfile(c, f, NTIX_OFF_CUR, 100), 100);
  NT_EXPECT("sendfile: NTIX_OFF_CUR advances the position",
            ntix_seek(f, 0, NTIX_SEEK_CUR), 600);
  NT_EXPECT("recv: the bytes sent at the position",
            ntix_t_recv_all(a, r.buf, 100) == 100 &&
                !memcmp(r.buf, pattern + 500, 100),
            1);
  NT_EXPECT("sendfile: count past the end sends the rest",
            ntix_sendfile(c, f, FILE_SIZE - 10, 100), 10);
  NT_EXPECT("recv: the last 10 bytes",
            ntix_t_recv_all(a, r.buf, 10) == 10 &&
                !memcmp(r.buf, pattern + FILE_SIZE - 10, 10),
            1);
  NT_EXPECT("sendfile: offset at the end", ntix_sendfile(c, f, FILE_SIZE, 10),
            0);
  NT_EXPECT("sendfile: offset past the end",
            ntix_sendfile(c, f, FILE_SIZE + 5000, 10), 0);
  NT_EXPECT("sendfile: count 0", ntix_sendfile(c, f, 0, 0), 0);
  free(r.buf);
  ntix_close(c);
  ntix_close(a);
  ntix_close(f);
}
END_TEST

/* A non-blocking socket whose peer does not read: short counts, then
 * NTIX_EAGAIN, as ntix_write. */
START_TEST(sendfile_nonblocking) {
  ntix_sockaddr_t addr;
  int f, l, c, a, i, rc = 0;
  int64_t n, first = -1;

  f = source_file("nonblock");
  l = ntix_t_listener(NTIX_AF_INET, 0, &addr);
  c = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_connect(c, &addr));
  a = (int)NT_OK(ntix_accept(l, NULL, NTIX_SOCK_NONBLOCK));
  for (i = 0; i < 100000; i++) {
    n = ntix_sendfile(a, f, 0, FILE_SIZE);
    if (first < 0)
      first = n;
    if (n < 0) {
      rc = (int)n;
      break;
    }
    if (n > FILE_SIZE)
      break;
  }
  NT_EXPECT("sendfile: non-blocking, the first call sends something",
            first > 0 && first <= FILE_SIZE, 1);
  NT_EXPECT("sendfile: non-blocking, a full socket gives EAGAIN", rc,
            NTIX_EAGAIN);
  ntix_close(a);
  ntix_close(c);
  ntix_close(l);
  ntix_close(f);
}
END_TEST

START_TEST(sendfile_to_pipe_and_file) {
  unsigned char buf[64];
  int f, g, fds[2];

  f = source_file("topipe");
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("sendfile: to a pipe", ntix_sendfile(fds[1], f, 7, 50), 50);
  NT_EXPECT(
      "read: the pipe has the file's bytes",
      ntix_t_read_all(fds[0], buf, 50) == 50 && !memcmp(buf, pattern + 7, 50),
      1);
  g = (int)NT_OK(ntix_open(ntix_t_path("tofile.out"),
                           NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC, 0644));
  NT_EXPECT("sendfile: to a file", ntix_sendfile(g, f, 9, 60), 60);
  NT_EXPECT("pread: the file has the bytes",
            ntix_pread(g, buf, 64, 0) == 60 && !memcmp(buf, pattern + 9, 60),
            1);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(f);
  ntix_close(g);
}
END_TEST

START_TEST(sendfile_arguments) {
  int f, ro, wo, d, fds[2], c, a, closed;

  f = source_file("sfargs");
  ro = (int)NT_OK(ntix_open(ntix_t_path("sfargs"), NTIX_O_RDONLY, 0));
  wo = (int)NT_OK(ntix_open(ntix_t_path("sfargs"), NTIX_O_WRONLY, 0));
  d = (int)NT_OK(ntix_open(ntix_t_dir(), NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_OK(ntix_pipe(fds, 0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  closed = (int)NT_OK(ntix_open(ntix_t_path("sfargs"), NTIX_O_RDONLY, 0));
  NT_OK(ntix_close(closed));
  NT_OK(ntix_write(fds[1], "pipe", 4));

  NT_EXPECT("sendfile: offset -2", ntix_sendfile(c, f, -2, 10), NTIX_EINVAL);
  NT_EXPECT("sendfile: offset -2 and a closed input (EINVAL first)",
            ntix_sendfile(c, closed, -2, 10), NTIX_EINVAL);
  NT_EXPECT("sendfile: output -1", ntix_sendfile(-1, f, 0, 10), NTIX_EBADF);
  NT_EXPECT("sendfile: input -1", ntix_sendfile(c, -1, 0, 10), NTIX_EBADF);
  NT_EXPECT("sendfile: closed input", ntix_sendfile(c, closed, 0, 10),
            NTIX_EBADF);
  NT_EXPECT("sendfile: write-only input", ntix_sendfile(c, wo, 0, 10),
            NTIX_EBADF);
  NT_EXPECT("sendfile: read-only output", ntix_sendfile(ro, f, 0, 10),
            NTIX_EBADF);
  NT_EXPECT("sendfile: directory output", ntix_sendfile(d, f, 0, 10),
            NTIX_EBADF);
  NT_EXPECT("sendfile: pipe input with an offset",
            ntix_sendfile(c, fds[0], 0, 10), NTIX_EINVAL);
  NT_EXPECT("sendfile: pipe input at its position",
            ntix_sendfile(c, fds[0], NTIX_OFF_CUR, 10), NTIX_EINVAL);
  NT_EXPECT("sendfile: socket input", ntix_sendfile(c, a, 0, 10), NTIX_EINVAL);
  NT_EXPECT("sendfile: directory input", ntix_sendfile(c, d, 0, 10),
            NTIX_EINVAL);
  ntix_close(f);
  ntix_close(ro);
  ntix_close(wo);
  ntix_close(d);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

START_TEST(copy_files) {
  static unsigned char buf[FILE_SIZE];
  int f, g;
  int64_t n, total = 0;

  f = source_file("copysrc");
  g = (int)NT_OK(ntix_open(ntix_t_path("copydst"),
                           NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC, 0644));
  while (total < FILE_SIZE) {
    n = ntix_copy_file_range(f, total, g, total, (size_t)(FILE_SIZE - total));
    if (n <= 0)
      break;
    total += n;
  }
  NT_EXPECT("copy_file_range: a whole file", total, FILE_SIZE);
  NT_EXPECT("copy_file_range: the copy has the same bytes",
            ntix_pread(g, buf, FILE_SIZE, 0) == FILE_SIZE &&
                !memcmp(buf, pattern, FILE_SIZE),
            1);
  NT_EXPECT("copy_file_range: at offsets",
            ntix_copy_file_range(f, 100, g, 5000, 1000), 1000);
  NT_EXPECT("copy_file_range: the bytes at the output offset",
            ntix_pread(g, buf, 1000, 5000) == 1000 &&
                !memcmp(buf, pattern + 100, 1000),
            1);
  NT_EXPECT("copy_file_range: offsets leave the positions alone",
            ntix_seek(f, 0, NTIX_SEEK_CUR) == 0 &&
                ntix_seek(g, 0, NTIX_SEEK_CUR) == 0,
            1);
  NT_OK(ntix_seek(f, 10, NTIX_SEEK_SET));
  NT_OK(ntix_seek(g, 20, NTIX_SEEK_SET));
  NT_EXPECT("copy_file_range: at both positions (NTIX_OFF_CUR)",
            ntix_copy_file_range(f, NTIX_OFF_CUR, g, NTIX_OFF_CUR, 30), 30);
  NT_EXPECT("copy_file_range: NTIX_OFF_CUR advances both positions",
            ntix_seek(f, 0, NTIX_SEEK_CUR) == 40 &&
                ntix_seek(g, 0, NTIX_SEEK_CUR) == 50,
            1);
  NT_EXPECT("copy_file_range: the bytes copied at the positions",
            ntix_pread(g, buf, 30, 20) == 30 && !memcmp(buf, pattern + 10, 30),
            1);
  NT_EXPECT("copy_file_range: input offset at the end",
            ntix_copy_file_range(f, FILE_SIZE, g, 0, 10), 0);
  NT_EXPECT("copy_file_range: length past the end copies the rest",
            ntix_copy_file_range(f, FILE_SIZE - 4, g, 0, 100), 4);
  NT_EXPECT("copy_file_range: the same file, ranges apart",
            ntix_copy_file_range(f, 0, f, FILE_SIZE, 10), 10);
  NT_EXPECT("copy_file_range: the same file, ranges overlapping",
            ntix_copy_file_range(f, 0, f, 5, 10), NTIX_EINVAL);
  ntix_close(f);
  ntix_close(g);
}
END_TEST

START_TEST(copy_arguments) {
  int f, g, ro, wo, ap, d, fds[2], c, a, closed;

  f = source_file("cpargs");
  g = (int)NT_OK(ntix_open(ntix_t_path("cpargs.out"),
                           NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC, 0644));
  ro = (int)NT_OK(ntix_open(ntix_t_path("cpargs.out"), NTIX_O_RDONLY, 0));
  wo = (int)NT_OK(ntix_open(ntix_t_path("cpargs"), NTIX_O_WRONLY, 0));
  ap = (int)NT_OK(
      ntix_open(ntix_t_path("cpargs.out"), NTIX_O_WRONLY | NTIX_O_APPEND, 0));
  d = (int)NT_OK(ntix_open(ntix_t_dir(), NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_OK(ntix_pipe(fds, 0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  closed = (int)NT_OK(ntix_open(ntix_t_path("cpargs"), NTIX_O_RDONLY, 0));
  NT_OK(ntix_close(closed));

  NT_EXPECT("copy_file_range: input offset -2",
            ntix_copy_file_range(f, -2, g, 0, 10), NTIX_EINVAL);
  NT_EXPECT("copy_file_range: output offset -5",
            ntix_copy_file_range(f, 0, g, -5, 10), NTIX_EINVAL);
  NT_EXPECT("copy_file_range: closed input",
            ntix_copy_file_range(closed, 0, g, 0, 10), NTIX_EBADF);
  NT_EXPECT("copy_file_range: output -1", ntix_copy_file_range(f, 0, -1, 0, 10),
            NTIX_EBADF);
  NT_EXPECT("copy_file_range: write-only input",
            ntix_copy_file_range(wo, 0, g, 0, 10), NTIX_EBADF);
  NT_EXPECT("copy_file_range: read-only output",
            ntix_copy_file_range(f, 0, ro, 0, 10), NTIX_EBADF);
  NT_EXPECT("copy_file_range: append-only output",
            ntix_copy_file_range(f, 0, ap, 0, 10), NTIX_EBADF);
  NT_EXPECT("copy_file_range: directory input",
            ntix_copy_file_range(d, 0, g, 0, 10), NTIX_EISDIR);
  NT_EXPECT("copy_file_range: pipe input",
            ntix_copy_file_range(fds[0], NTIX_OFF_CUR, g, 0, 10), NTIX_EINVAL);
  NT_EXPECT("copy_file_range: pipe output",
            ntix_copy_file_range(f, 0, fds[1], NTIX_OFF_CUR, 10), NTIX_EINVAL);
  NT_EXPECT("copy_file_range: socket input",
            ntix_copy_file_range(a, NTIX_OFF_CUR, g, 0, 10), NTIX_EINVAL);
  NT_EXPECT("copy_file_range: socket output",
            ntix_copy_file_range(f, 0, c, NTIX_OFF_CUR, 10), NTIX_EINVAL);
  ntix_close(f);
  ntix_close(g);
  ntix_close(ro);
  ntix_close(wo);
  ntix_close(ap);
  ntix_close(d);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("copy");
  TCase *tc = tcase_create("copy");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, sendfile_to_socket);
  tcase_add_test(tc, sendfile_nonblocking);
  tcase_add_test(tc, sendfile_to_pipe_and_file);
  tcase_add_test(tc, sendfile_arguments);
  tcase_add_test(tc, copy_files);
  tcase_add_test(tc, copy_arguments);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "copy");
}

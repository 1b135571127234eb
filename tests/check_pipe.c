/* check_pipe.c: conformance of anonymous pipes on both OSes: end of file,
 * broken pipes without a signal, non-blocking reads and writes, whole
 * delivery of NTIX_PIPE_BUF records, and what a pipe refuses (seek, pread,
 * the wrong end).
 */
#include <string.h>

#include "check-util.h"

/* Reads exactly len bytes from a blocking descriptor. */
static int64_t
read_exact(int fd, void *buf, size_t len) {
  size_t got = 0;

  while (got < len) {
    int64_t n = ntix_read(fd, (char *)buf + got, len - got);
    if (n <= 0)
      return n < 0 ? n : (int64_t)got;
    got += (size_t)n;
  }
  return (int64_t)got;
}

/* Drains a non-blocking descriptor until NTIX_EAGAIN; returns the total
 * read, or the first other error. */
static int64_t
drain(int fd, unsigned char *buf, size_t cap) {
  size_t got = 0;

  for (;;) {
    int64_t n = ntix_read(fd, buf + got, cap - got);
    if (n == NTIX_EAGAIN)
      return (int64_t)got;
    if (n <= 0)
      return n < 0 ? n : (int64_t)got;
    got += (size_t)n;
    if (got == cap)
      return (int64_t)got;
  }
}

static void
close_pair(int fds[2]) {
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}

START_TEST(eof_after_writer_closed) {
  int fds[2];
  char buf[8];

  NT_EXPECT("pipe: create", ntix_pipe(fds, 0), 0);
  NT_EXPECT("pipe: write", ntix_write(fds[1], "abc", 3), 3);
  NT_EXPECT("close: pipe write end", ntix_close(fds[1]), 0);
  NT_EXPECT("pipe: data before end of file", ntix_read(fds[0], buf, 8), 3);
  ck_assert(memcmp(buf, "abc", 3) == 0);
  NT_EXPECT("pipe: read after writer closed", ntix_read(fds[0], buf, 8), 0);
  NT_EXPECT("pipe: read after writer closed again", ntix_read(fds[0], buf, 8),
            0);
  NT_EXPECT("close: pipe read end", ntix_close(fds[0]), 0);
}
END_TEST

START_TEST(epipe_after_reader_closed) {
  int fds[2];

  NT_OK(ntix_pipe(fds, 0));
  NT_OK(ntix_close(fds[0]));
  NT_EXPECT("pipe: write after reader closed", ntix_write(fds[1], "abc", 3),
            NTIX_EPIPE);
  /* Still alive: no SIGPIPE took the process down. */
  NT_EXPECT("pipe: write after reader closed again",
            ntix_write(fds[1], "abc", 3), NTIX_EPIPE);
  NT_EXPECT("pipe: zero-byte write after reader closed",
            ntix_write(fds[1], "", 0), 0);
  ntix_close(fds[1]);
}
END_TEST

START_TEST(nonblocking_empty) {
  int fds[2];
  char buf[8];

  NT_EXPECT("pipe: create non-blocking", ntix_pipe(fds, NTIX_O_NONBLOCK), 0);
  NT_EXPECT("pipe: zero-length read on empty pipe", ntix_read(fds[0], buf, 0),
            0);
  NT_EXPECT("pipe: non-blocking read on empty pipe",
            ntix_read(fds[0], buf, sizeof(buf)), NTIX_EAGAIN);
  NT_OK(ntix_write(fds[1], "xy", 2));
  NT_EXPECT("pipe: non-blocking read with data",
            ntix_read(fds[0], buf, sizeof(buf)), 2);
  NT_EXPECT("pipe: non-blocking read drained", ntix_read(fds[0], buf, 1),
            NTIX_EAGAIN);
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("pipe: non-blocking read after writer closed",
            ntix_read(fds[0], buf, 1), 0);
  ntix_close(fds[0]);
}
END_TEST

START_TEST(writer_dup_keeps_open) {
  int fds[2], w2;
  char buf[4];

  NT_OK(ntix_pipe(fds, NTIX_O_NONBLOCK));
  w2 = (int)NT_EXPECT_OK("dup: pipe write end", ntix_dup(fds[1]));
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("pipe: read while a dup of the writer is open",
            ntix_read(fds[0], buf, sizeof(buf)), NTIX_EAGAIN);
  NT_EXPECT("pipe: write through dup of writer", ntix_write(w2, "d", 1), 1);
  NT_EXPECT("pipe: read data written through dup",
            ntix_read(fds[0], buf, sizeof(buf)), 1);
  NT_OK(ntix_close(w2));
  NT_EXPECT("pipe: read after every writer closed",
            ntix_read(fds[0], buf, sizeof(buf)), 0);
  ntix_close(fds[0]);
}
END_TEST

START_TEST(pipe_buf_whole) {
  static unsigned char out[NTIX_PIPE_BUF], in[NTIX_PIPE_BUF + 16];
  int fds[2];

  ntix_t_fill(out, sizeof(out), 11);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("pipe: write of NTIX_PIPE_BUF bytes",
            ntix_write(fds[1], out, sizeof(out)), NTIX_PIPE_BUF);
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("pipe: NTIX_PIPE_BUF bytes arrive whole",
            ntix_t_read_all(fds[0], in, sizeof(in)), NTIX_PIPE_BUF);
  ck_assert(memcmp(in, out, sizeof(out)) == 0);
  ntix_close(fds[0]);
}
END_TEST

/* 64 records of NTIX_PIPE_BUF bytes, written alternately through the write
 * end and a dup of it, eight at a time (32 KiB, within every pipe's
 * capacity) before the reader drains them. */
#define RECORDS 64
#define BATCH 8

START_TEST(records_contiguous) {
  static unsigned char rec[NTIX_PIPE_BUF], in[NTIX_PIPE_BUF];
  int fds[2], w[2], i, j, bad_writes = 0, bad_records = 0;

  NT_OK(ntix_pipe(fds, 0));
  w[0] = fds[1];
  w[1] = (int)NT_OK(ntix_dup(fds[1]));
  for (i = 0; i < RECORDS; i += BATCH) {
    for (j = i; j < i + BATCH; j++) {
      ntix_t_fill(rec, sizeof(rec), 1000 + (uint32_t)j);
      bad_writes += ntix_write(w[j & 1], rec, sizeof(rec)) != NTIX_PIPE_BUF;
    }
    for (j = i; j < i + BATCH; j++) {
      ntix_t_fill(rec, sizeof(rec), 1000 + (uint32_t)j);
      if (read_exact(fds[0], in, sizeof(in)) != NTIX_PIPE_BUF ||
          memcmp(in, rec, sizeof(rec)) != 0)
        bad_records++;
    }
  }
  NT_EXPECT("pipe: 64 records through two write descriptors written whole",
            bad_writes, 0);
  NT_EXPECT("pipe: 64 records through two write descriptors contiguous",
            bad_records, 0);
  ntix_close(w[1]);
  close_pair(fds);
}
END_TEST

/* A 1000-byte chunk is below NTIX_PIPE_BUF: all or nothing per write. */
#define CHUNK 1000
#define MAX_CHUNKS 2000

START_TEST(nonblocking_fill) {
  static unsigned char stream[CHUNK * MAX_CHUNKS], in[CHUNK * MAX_CHUNKS];
  int fds[2], i;
  int64_t n = 0, total = 0, odd = 0;

  ntix_t_fill(stream, sizeof(stream), 5);
  NT_OK(ntix_pipe(fds, NTIX_O_NONBLOCK));
  for (i = 0; i < MAX_CHUNKS; i++) {
    n = ntix_write(fds[1], stream + total, CHUNK);
    if (n < 0)
      break;
    odd += n != CHUNK;
    total += n;
  }
  NT_EXPECT("pipe: non-blocking fill ends with EAGAIN", n, NTIX_EAGAIN);
  NT_EXPECT("pipe: non-blocking fill wrote something", total > 0, 1);
  NT_EXPECT("pipe: non-blocking small writes are all or nothing", odd, 0);
  /* The capacity differs between OSes; the count must match it. */
  NT_EXPECT("pipe: reader gets exactly the filled bytes",
            drain(fds[0], in, sizeof(in)) == total, 1);
  ck_assert(memcmp(in, stream, (size_t)total) == 0);
  NT_EXPECT("pipe: write after drain", ntix_write(fds[1], "z", 1), 1);
  close_pair(fds);
}
END_TEST

START_TEST(pipe_refusals) {
  int fds[2];
  char buf[4];
  ntix_stat_t st;

  NT_OK(ntix_pipe(fds, 0));
  NT_OK(ntix_fstat(fds[0], &st));
  NT_EXPECT("fstat: pipe read end is FIFO", (int)st.type, NTIX_FT_FIFO);
  NT_OK(ntix_fstat(fds[1], &st));
  NT_EXPECT("fstat: pipe write end is FIFO", (int)st.type, NTIX_FT_FIFO);
  NT_EXPECT("seek: pipe", ntix_seek(fds[0], 0, NTIX_SEEK_CUR), NTIX_ESPIPE);
  NT_EXPECT("seek: pipe write end", ntix_seek(fds[1], 0, NTIX_SEEK_SET),
            NTIX_ESPIPE);
  NT_EXPECT("pread: pipe", ntix_pread(fds[0], buf, sizeof(buf), 0),
            NTIX_ESPIPE);
  NT_EXPECT("pwrite: pipe", ntix_pwrite(fds[1], "ab", 2, 0), NTIX_ESPIPE);
  NT_EXPECT("ftruncate: pipe", ntix_ftruncate(fds[1], 0), NTIX_EINVAL);
  NT_EXPECT("pipe: write to the read end", ntix_write(fds[0], "ab", 2),
            NTIX_EBADF);
  NT_EXPECT("pipe: read from the write end",
            ntix_read(fds[1], buf, sizeof(buf)), NTIX_EBADF);
  close_pair(fds);
}
END_TEST

START_TEST(vectored_pipe) {
  int fds[2];
  char a[3] = "abc", b[5] = "defgh", in[16];
  ntix_iovec_t iov[2];

  iov[0].iov_base = a, iov[0].iov_len = sizeof(a);
  iov[1].iov_base = b, iov[1].iov_len = sizeof(b);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("writev: pipe", ntix_writev(fds[1], iov, 2), 8);
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("readv: pipe", ntix_t_read_all(fds[0], in, sizeof(in)), 8);
  ck_assert(memcmp(in, "abcdefgh", 8) == 0);
  ntix_close(fds[0]);
}
END_TEST

START_TEST(inherit_flag) {
  int fds[2];

  NT_EXPECT("pipe: create inheritable", ntix_pipe(fds, NTIX_O_INHERIT), 0);
  NT_EXPECT("pipe: inheritable ends differ", fds[0] != fds[1], 1);
  close_pair(fds);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("pipe");
  TCase *tc = ntix_t_tcase("pipe");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, eof_after_writer_closed);
  tcase_add_test(tc, epipe_after_reader_closed);
  tcase_add_test(tc, nonblocking_empty);
  tcase_add_test(tc, writer_dup_keeps_open);
  tcase_add_test(tc, pipe_buf_whole);
  tcase_add_test(tc, records_contiguous);
  tcase_add_test(tc, nonblocking_fill);
  tcase_add_test(tc, pipe_refusals);
  tcase_add_test(tc, vectored_pipe);
  tcase_add_test(tc, inherit_flag);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "pipe");
}

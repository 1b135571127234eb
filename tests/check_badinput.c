/* check_badinput.c: every call fed bad input on both OSes: bad descriptors,
 * NULL buffers and paths, empty, invalid UTF-8 and over-long paths, bad
 * open flags, bad iovec arrays, bad pipe and directory arguments, and short
 * writes that must be reported as short.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

/* --- bad descriptors -------------------------------------------------- */

/* Returns a descriptor number that was open and is now closed. */
static int
closed_fd(void) {
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("closed-fd"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  NT_OK(ntix_close(fd));
  return fd;
}

/* Runs every descriptor call on fd and expects NTIX_EBADF from each; what
 * names the descriptor in the scenario ("fd -1", "closed fd"). */
static void
expect_ebadf(int fd, const char *what) {
  char buf[16], name[96];
  ntix_iovec_t iov = {buf, sizeof(buf)};
  ntix_statfs_t sf;
  ntix_stat_t st;

#define BADF(call_name, call, probe)                         \
  do {                                                       \
    snprintf(name, sizeof(name), "%s: %s", call_name, what); \
    NT_EXPECT(name, call, NTIX_EBADF);                       \
    NT_PROBE(name, probe);                                   \
  } while (0)
/* The calls the probes do not cover: the neutral result alone. */
#define BADF0(call_name, call)                               \
  do {                                                       \
    snprintf(name, sizeof(name), "%s: %s", call_name, what); \
    NT_EXPECT(name, call, NTIX_EBADF);                       \
  } while (0)
  BADF("read", ntix_read(fd, buf, sizeof(buf)),
       probe_read(fd, buf, sizeof(buf)));
  BADF("write", ntix_write(fd, "abc", 3), probe_write(fd, "abc", 3));
  BADF("pread", ntix_pread(fd, buf, sizeof(buf), 0),
       probe_pread(fd, buf, sizeof(buf), 0));
  BADF("pwrite", ntix_pwrite(fd, "abc", 3, 0), probe_pwrite(fd, "abc", 3, 0));
  BADF("readv", ntix_readv(fd, &iov, 1), probe_read(fd, buf, sizeof(buf)));
  BADF("writev", ntix_writev(fd, &iov, 1), probe_write(fd, buf, sizeof(buf)));
  BADF("seek", ntix_seek(fd, 0, NTIX_SEEK_SET),
       probe_seek(fd, 0, NTIX_SEEK_SET));
  BADF("fstat", ntix_fstat(fd, &st), probe_fstat(fd));
  BADF("ftruncate", ntix_ftruncate(fd, 0), probe_ftruncate(fd, 0));
  BADF("fsync", ntix_fsync(fd), probe_fsync(fd));
  BADF("dup", ntix_dup(fd), probe_dup(fd));
  BADF0("fd_flags", ntix_fd_flags(fd));
  BADF0("fd_set_nonblock", ntix_fd_set_nonblock(fd, 1));
  BADF0("fd_set_inherit", ntix_fd_set_inherit(fd, 1));
  BADF0("dup2", ntix_dup2(fd, 0));
  BADF0("dup3", ntix_dup3(fd, 0, 0));
  BADF0("fchmod", ntix_fchmod(fd, 0644));
  BADF0("futimens", ntix_futimens(fd, NULL));
  BADF0("fstatfs", ntix_fstatfs(fd, &sf));
  BADF0("isatty", ntix_isatty(fd));
  BADF("close", ntix_close(fd), probe_close(fd));
#undef BADF
#undef BADF0
  snprintf(name, sizeof(name), "fd_native: %s is -1", what);
  NT_EXPECT(name, ntix_fd_native(fd) == -1, 1);
}

START_TEST(bad_fd_minus_one) {
  expect_ebadf(-1, "fd -1");
}
END_TEST

START_TEST(bad_fd_minus_100) {
  expect_ebadf(-100, "fd -100");
}
END_TEST

START_TEST(bad_fd_huge) {
  expect_ebadf(1000000, "fd 1000000");
}
END_TEST

START_TEST(bad_fd_int_min) {
  expect_ebadf(INT32_MIN, "fd INT_MIN");
}
END_TEST

START_TEST(bad_fd_closed) {
  expect_ebadf(closed_fd(), "closed fd");
}
END_TEST

START_TEST(fd_from_native) {
  NT_EXPECT("fd_from_native: -1", ntix_fd_from_native(-1), NTIX_EBADF);
}
END_TEST

/* --- NULL buffers ----------------------------------------------------- */

START_TEST(null_buffers) {
  char buf[4];
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("nb-file"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
  NT_EXPECT("read: NULL buffer", ntix_read(fd, NULL, 10), NTIX_EFAULT);
  NT_PROBE("read: NULL buffer", probe_read(fd, NULL, 10));
  NT_EXPECT("write: NULL buffer", ntix_write(fd, NULL, 10), NTIX_EFAULT);
  NT_PROBE("write: NULL buffer", probe_write(fd, NULL, 10));
  NT_EXPECT("pread: NULL buffer", ntix_pread(fd, NULL, 10, 0), NTIX_EFAULT);
  NT_PROBE("pread: NULL buffer", probe_pread(fd, NULL, 10, 0));
  NT_EXPECT("pwrite: NULL buffer", ntix_pwrite(fd, NULL, 10, 0), NTIX_EFAULT);
  NT_PROBE("pwrite: NULL buffer", probe_pwrite(fd, NULL, 10, 0));
  NT_EXPECT("read: NULL buffer, bad fd", ntix_read(-1, NULL, 10), NTIX_EFAULT);
  NT_PROBE("read: NULL buffer, bad fd", probe_read(-1, NULL, 10));
  NT_EXPECT("write: NULL buffer, bad fd", ntix_write(-1, NULL, 10),
            NTIX_EFAULT);
  NT_PROBE("write: NULL buffer, bad fd", probe_write(-1, NULL, 10));
  NT_EXPECT("pread: NULL buffer, bad fd", ntix_pread(-1, NULL, 10, 0),
            NTIX_EFAULT);
  NT_PROBE("pread: NULL buffer, bad fd", probe_pread(-1, NULL, 10, 0));
  NT_EXPECT("pwrite: NULL buffer, bad fd", ntix_pwrite(-1, NULL, 10, 0),
            NTIX_EFAULT);
  NT_PROBE("pwrite: NULL buffer, bad fd", probe_pwrite(-1, NULL, 10, 0));
  NT_EXPECT("read: NULL buffer, length 0", ntix_read(fd, NULL, 0), 0);
  NT_EXPECT("write: NULL buffer, length 0", ntix_write(fd, NULL, 0), 0);
  NT_EXPECT("read: offset unchanged by refused calls",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 0);
  NT_EXPECT("fstat: NULL stat buffer", ntix_fstat(fd, NULL), NTIX_EFAULT);
  NT_EXPECT("pread: negative offset", ntix_pread(fd, buf, sizeof(buf), -1),
            NTIX_EINVAL);
  NT_EXPECT("pwrite: negative offset", ntix_pwrite(fd, "ab", 2, -1),
            NTIX_EINVAL);
  NT_EXPECT("ftruncate: negative length", ntix_ftruncate(fd, -1), NTIX_EINVAL);
  ntix_close(fd);
}
END_TEST

/* The length contract: a range [buf, buf + len) that wraps around or
 * leaves the user address space is NTIX_EFAULT before any byte moves, as
 * the Linux kernel refuses it; ntix never cuts such a length to
 * NTIX_IO_MAX and lets the call write past the buffer.  A 16-byte buffer
 * with a sentinel behind it on a 64-byte file. */
START_TEST(wild_lengths) {
  static const size_t wild[] = {SIZE_MAX, SIZE_MAX - 15, (size_t)1 << 62};
  struct {
    char buf[16];
    char sentinel[16];
  } m;
  char data[64];
  ntix_stat_t st;
  size_t i;
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("wild-len"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  memset(data, 'd', sizeof(data));
  NT_OK(ntix_write(fd, data, sizeof(data)));
  memset(&m, 's', sizeof(m));
  for (i = 0; i < sizeof(wild) / sizeof(wild[0]); i++) {
    NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
    NT_EXPECT("read: a length whose range leaves the address space",
              ntix_read(fd, m.buf, wild[i]), NTIX_EFAULT);
    NT_EXPECT("pread: a length whose range leaves the address space",
              ntix_pread(fd, m.buf, wild[i], 0), NTIX_EFAULT);
    NT_EXPECT("write: a length whose range leaves the address space",
              ntix_write(fd, m.buf, wild[i]), NTIX_EFAULT);
    NT_EXPECT("pwrite: a length whose range leaves the address space",
              ntix_pwrite(fd, m.buf, wild[i], 0), NTIX_EFAULT);
  }
  /* Nothing was read into the buffer or past it, nothing written. */
  ck_assert(memchr(&m, 'd', sizeof(m)) == NULL);
  NT_OK(ntix_fstat(fd, &st));
  ck_assert_int_eq(st.size, 64);
  NT_EXPECT("read: the offset after refused reads",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 0);
  /* The descriptor is looked at first, as the kernel does. */
  NT_EXPECT("read: a wild length on a bad descriptor",
            ntix_read(-1, m.buf, SIZE_MAX), NTIX_EBADF);
  ntix_close(fd);
}
END_TEST

START_TEST(wild_vector_lengths) {
  char buf[16];
  ntix_iovec_t iv[2] = {{buf, 8}, {buf + 8, (size_t)1 << 62}};
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("wild-iov"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  NT_OK(ntix_write(fd, "0123456789abcdef0123456789abcdef", 32));
  NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
  NT_EXPECT("readv: an element whose range leaves the address space",
            ntix_readv(fd, iv, 2), NTIX_EFAULT);
  NT_EXPECT("writev: an element whose range leaves the address space",
            ntix_writev(fd, iv, 2), NTIX_EFAULT);
  iv[1].iov_len = SIZE_MAX - 7;
  NT_EXPECT("readv: an element longer than INT64_MAX", ntix_readv(fd, iv, 2),
            NTIX_EINVAL);
  NT_EXPECT("readv: the offset after refused reads",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 0);
  ntix_close(fd);
}
END_TEST

START_TEST(wild_socket_lengths) {
  char buf[16], sentinel[16];
  int sv[2];

  memset(sentinel, 's', sizeof(sentinel));
  NT_OK(ntix_socketpair(NTIX_SOCK_STREAM, 0, sv));
  NT_OK(ntix_send(sv[0], "ping", 4, 0));
  NT_EXPECT("send: a length whose range leaves the address space",
            ntix_send(sv[0], buf, SIZE_MAX, 0), NTIX_EFAULT);
  NT_EXPECT("sendto: a length whose range leaves the address space",
            ntix_sendto(sv[0], buf, (size_t)1 << 62, 0, NULL), NTIX_EFAULT);
  NT_EXPECT("recv: a length whose range leaves the address space",
            ntix_recv(sv[1], buf, SIZE_MAX, 0), NTIX_EFAULT);
  NT_EXPECT("recvfrom: a length whose range leaves the address space",
            ntix_recvfrom(sv[1], buf, (size_t)1 << 62, 0, NULL), NTIX_EFAULT);
  ck_assert(memcmp(sentinel, "ssss", 4) == 0);
  /* The data is still there for a sane receive. */
  NT_EXPECT("recv: after refused receives", ntix_recv(sv[1], buf, 16, 0), 4);
  ck_assert(memcmp(buf, "ping", 4) == 0);
  ntix_close(sv[0]);
  ntix_close(sv[1]);
}
END_TEST

/* A valid range longer than NTIX_IO_MAX is served up to it, never an
 * error: with a buffer valid for NTIX_IO_MAX + a page (reserved, never
 * touched past the first page), a read that finds 10 bytes returns them. */
START_TEST(huge_lengths) {
  size_t len = (size_t)NTIX_IO_MAX + ntix_pagesize();
  void *big;
  char *buf;
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("huge-len"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  NT_OK(ntix_mmap_anon(len, NTIX_PROT_READ | NTIX_PROT_WRITE, &big));
  buf = big;
  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_EXPECT("pread: length NTIX_IO_MAX + 1",
            ntix_pread(fd, buf, (size_t)NTIX_IO_MAX + 1, 0), 10);
  NT_EXPECT("pread: length NTIX_IO_MAX + a page at offset 4",
            ntix_pread(fd, buf, len, 4), 6);
  NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
  NT_EXPECT("read: length NTIX_IO_MAX + a page", ntix_read(fd, buf, len), 10);
  NT_EXPECT("read: the bytes of a long read", memcmp(buf, "0123456789", 10), 0);
  NT_EXPECT("read: a long length at end of file", ntix_read(fd, buf, len), 0);
  NT_OK(ntix_munmap(big, len));
  ntix_close(fd);
}
END_TEST

/* --- paths ------------------------------------------------------------ */

/* Opens path and closes the descriptor at once if the call succeeded, so
 * a wrong success leaks nothing. */
static int
open_closed(const char *path, int flags) {
  int fd = ntix_open(path, flags, 0644);

  if (fd >= 0)
    ntix_close(fd);
  return fd;
}

/* Runs every path call on path and expects want from each. */
static void
expect_path(const char *path, const char *what, int want) {
  const char *ok = ntix_t_path("pa-exists");
  char name[96];
  ntix_stat_t st;
  ntix_dir_t *d = NULL;

#define PATHCALL(call_name, call, probe)                     \
  do {                                                       \
    snprintf(name, sizeof(name), "%s: %s", call_name, what); \
    NT_EXPECT(name, call, want);                             \
    NT_PROBE(name, probe);                                   \
  } while (0)
  ntix_t_create(ok, "x", 1);
  PATHCALL("open", open_closed(path, NTIX_O_RDONLY),
           probe_open(path, NTIX_O_RDONLY));
  PATHCALL("open CREAT", open_closed(path, NTIX_O_WRONLY | NTIX_O_CREAT),
           probe_open(path, NTIX_O_WRONLY | NTIX_O_CREAT));
  PATHCALL("stat", ntix_stat(path, &st), probe_stat(path));
  PATHCALL("lstat", ntix_lstat(path, &st), probe_lstat(path));
  PATHCALL("unlink", ntix_unlink(path), probe_unlink(path));
  PATHCALL("rename from", ntix_rename(path, ntix_t_path("pa-to")),
           probe_rename(path, ntix_t_path("pa-to")));
  PATHCALL("rename to", ntix_rename(ok, path), probe_rename(ok, path));
  PATHCALL("mkdir", ntix_mkdir(path, 0755), probe_mkdir(path));
  PATHCALL("rmdir", ntix_rmdir(path), probe_rmdir(path));
  PATHCALL("chdir", ntix_chdir(path), probe_chdir(path));
  PATHCALL("dir_open", ntix_t_dir_open(path, &d), probe_dir_open(path));
#undef PATHCALL
}

START_TEST(null_path) {
  expect_path(NULL, "NULL path", NTIX_EFAULT);
}
END_TEST

START_TEST(empty_path) {
  expect_path("", "empty path", NTIX_ENOENT);
}
END_TEST

/* Builds a path of 40,000 bytes from short components, so that only the
 * total length is wrong. */
START_TEST(overlong_path) {
  static char path[40001];
  size_t i;

  for (i = 0; i < sizeof(path) - 1; i++) path[i] = i % 8 == 7 ? '/' : 'a';
  path[sizeof(path) - 1] = '\0';
  expect_path(path, "40000-byte path", NTIX_ENAMETOOLONG);
}
END_TEST

#define WC (NTIX_O_WRONLY | NTIX_O_CREAT)

START_TEST(invalid_utf8) {
  ntix_stat_t st;

  NT_EXPECT("open: invalid UTF-8 (ff fe)",
            open_closed(ntix_t_path("bad-\xff\xfe"), WC), NTIX_EILSEQ);
  NT_EXPECT("open: overlong UTF-8 (c0 af)",
            open_closed(ntix_t_path("bad-\xc0\xaf"), WC), NTIX_EILSEQ);
  NT_EXPECT("open: UTF-8 encoded surrogates",
            open_closed(ntix_t_path("bad-\xed\xa0\x80\xed\xb0\x80"), WC),
            NTIX_EILSEQ);
  NT_EXPECT("open: truncated UTF-8 sequence",
            open_closed(ntix_t_path("bad-\xe6\x97"), WC), NTIX_EILSEQ);
  NT_EXPECT("stat: invalid UTF-8", ntix_stat(ntix_t_path("bad-\xff"), &st),
            NTIX_EILSEQ);
  NT_EXPECT("mkdir: invalid UTF-8",
            ntix_mkdir(ntix_t_path("bad-dir-\xff"), 0755), NTIX_EILSEQ);
}
END_TEST

START_TEST(bad_open_flags) {
  const char *file = ntix_t_path("of-file");
  const char *dir = ntix_t_path("of-dir");
  const char *fresh = ntix_t_path("of-fresh");
  ntix_stat_t st;

  ntix_t_create(file, "x", 1);
  NT_OK(ntix_mkdir(dir, 0755));
  NT_EXPECT("open: access mode 3", open_closed(file, NTIX_O_ACCMODE),
            NTIX_EINVAL);
  NT_EXPECT("open: unknown flag 0x4", open_closed(file, 0x4), NTIX_EINVAL);
  NT_EXPECT("open: unknown flag 0x100000",
            open_closed(file, NTIX_O_RDONLY | 0x100000), NTIX_EINVAL);
  NT_EXPECT("open: EXCL without CREAT",
            open_closed(file, NTIX_O_WRONLY | NTIX_O_EXCL), NTIX_EINVAL);
  NT_EXPECT("open: DIRECTORY with CREAT",
            open_closed(fresh, NTIX_O_RDONLY | NTIX_O_DIRECTORY | NTIX_O_CREAT),
            NTIX_EINVAL);
  NT_EXPECT("open: DIRECTORY with WRONLY",
            open_closed(dir, NTIX_O_WRONLY | NTIX_O_DIRECTORY), NTIX_EINVAL);
  NT_EXPECT("open: DIRECTORY with RDWR",
            open_closed(dir, NTIX_O_RDWR | NTIX_O_DIRECTORY), NTIX_EINVAL);
  NT_EXPECT("open: TRUNC with RDONLY",
            open_closed(file, NTIX_O_RDONLY | NTIX_O_TRUNC), NTIX_EINVAL);
  NT_OK(ntix_stat(file, &st));
  NT_EXPECT("stat: file kept by refused TRUNC|RDONLY", (int64_t)st.size, 1);
  NT_EXPECT("stat: no file made by refused DIRECTORY|CREAT",
            ntix_stat(fresh, &st), NTIX_ENOENT);
}
END_TEST

/* --- iovec arrays ----------------------------------------------------- */

START_TEST(bad_iovecs) {
  char small[8];
  ntix_iovec_t two[2], one = {small, sizeof(small)};
  int fd = (int)NT_OK(
      ntix_open(ntix_t_path("iv-file"), NTIX_O_RDWR | NTIX_O_CREAT, 0644));

  /* Each half fits in size_t; the sum does not fit in int64_t. */
  two[0].iov_base = small, two[0].iov_len = SIZE_MAX / 2 + 1;
  two[1].iov_base = small, two[1].iov_len = SIZE_MAX / 2 + 1;
  NT_EXPECT("readv: total overflows", ntix_readv(fd, two, 2), NTIX_EINVAL);
  NT_EXPECT("writev: total overflows", ntix_writev(fd, two, 2), NTIX_EINVAL);
  NT_EXPECT("readv: iovcnt -1", ntix_readv(fd, &one, -1), NTIX_EINVAL);
  NT_EXPECT("writev: iovcnt -1", ntix_writev(fd, &one, -1), NTIX_EINVAL);
  NT_EXPECT("readv: iovcnt NTIX_IOV_MAX+1",
            ntix_readv(fd, &one, NTIX_IOV_MAX + 1), NTIX_EINVAL);
  NT_EXPECT("writev: iovcnt NTIX_IOV_MAX+1",
            ntix_writev(fd, &one, NTIX_IOV_MAX + 1), NTIX_EINVAL);
  NT_EXPECT("readv: NULL iov", ntix_readv(fd, NULL, 1), NTIX_EFAULT);
  NT_EXPECT("writev: NULL iov", ntix_writev(fd, NULL, 1), NTIX_EFAULT);
  NT_EXPECT("readv: NULL iov, bad fd", ntix_readv(-1, NULL, 1), NTIX_EFAULT);
  NT_EXPECT("writev: NULL iov, bad fd", ntix_writev(-1, NULL, 1), NTIX_EFAULT);
  two[0].iov_base = NULL, two[0].iov_len = 4;
  two[1].iov_base = small, two[1].iov_len = 4;
  NT_EXPECT("writev: NULL base with length", ntix_writev(fd, two, 2),
            NTIX_EFAULT);
  NT_EXPECT("writev: nothing written by refused calls",
            ntix_seek(fd, 0, NTIX_SEEK_END), 0);
  NT_EXPECT("readv: zero iovecs", ntix_readv(fd, NULL, 0), 0);
  ntix_close(fd);
}
END_TEST

/* --- other calls ------------------------------------------------------ */

START_TEST(other_calls) {
  char cwd[16];
  int fds[2];
  ntix_dir_t *d;

  NT_EXPECT("getcwd: NULL buffer", ntix_getcwd(NULL, 10), NTIX_EFAULT);
  NT_EXPECT("getcwd: size 0", ntix_getcwd(cwd, 0), NTIX_ERANGE);
  NT_EXPECT("pipe: NULL array", ntix_pipe(NULL, 0), NTIX_EFAULT);
  NT_EXPECT("pipe: unknown flag 0x4", ntix_pipe(fds, 0x4), NTIX_EINVAL);
  NT_EXPECT("pipe: flag O_CREAT", ntix_pipe(fds, NTIX_O_CREAT), NTIX_EINVAL);
  NT_EXPECT("dir_open: NULL out", ntix_t_dir_open(ntix_t_dir(), NULL),
            NTIX_EFAULT);
  NT_OK(ntix_t_dir_open(ntix_t_dir(), &d));
  NT_EXPECT("dir_read: NULL entry", ntix_dir_read(d, NULL), NTIX_EFAULT);
  ntix_t_dir_close(d);
  NT_EXPECT("stat: NULL stat buffer", ntix_stat(ntix_t_dir(), NULL),
            NTIX_EFAULT);
  NT_EXPECT("lstat: NULL stat buffer", ntix_lstat(ntix_t_dir(), NULL),
            NTIX_EFAULT);
}
END_TEST

START_TEST(null_dir_handle) {
  ntix_dirent_t ent;

  NT_EXPECT("dir_close: NULL directory", ntix_t_dir_close(NULL), NTIX_EINVAL);
  NT_EXPECT("dir_read: NULL directory", ntix_dir_read(NULL, &ent), NTIX_EINVAL);
}
END_TEST

/* A write that does not fit is reported short, and the count is exactly
 * what the reader receives. */
START_TEST(partial_write) {
  static unsigned char out[300000], in[300000];
  int fds[2];
  int64_t n, got = 0, r;

  ntix_t_fill(out, sizeof(out), 77);
  NT_OK(ntix_pipe(fds, NTIX_O_NONBLOCK));
  n = ntix_write(fds[1], out, sizeof(out));
  NT_EXPECT("write: non-blocking pipe reports a short count",
            n > 0 && n < (int64_t)sizeof(out), 1);
  while ((r = ntix_read(fds[0], in + got, sizeof(in) - (size_t)got)) > 0)
    got += r;
  NT_EXPECT("write: short count equals what the reader gets", got == n, 1);
  ck_assert(got > 0 && memcmp(in, out, (size_t)got) == 0);
  NT_EXPECT("write: drained pipe reads EAGAIN", r, NTIX_EAGAIN);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("badinput");
  TCase *tc = ntix_t_tcase("badinput");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, bad_fd_minus_one);
  tcase_add_test(tc, bad_fd_minus_100);
  tcase_add_test(tc, bad_fd_huge);
  tcase_add_test(tc, huge_lengths);
  tcase_add_test(tc, wild_lengths);
  tcase_add_test(tc, wild_vector_lengths);
  tcase_add_test(tc, wild_socket_lengths);
  tcase_add_test(tc, bad_fd_int_min);
  tcase_add_test(tc, bad_fd_closed);
  tcase_add_test(tc, fd_from_native);
  tcase_add_test(tc, null_buffers);
  tcase_add_test(tc, null_path);
  tcase_add_test(tc, empty_path);
  tcase_add_test(tc, overlong_path);
  tcase_add_test(tc, invalid_utf8);
  tcase_add_test(tc, bad_open_flags);
  tcase_add_test(tc, bad_iovecs);
  tcase_add_test(tc, other_calls);
  tcase_add_test(tc, null_dir_handle);
  tcase_add_test(tc, partial_write);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "badinput");
}

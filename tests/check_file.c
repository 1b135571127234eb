/* check_file.c: conformance of files on both OSes: open errors, access
 * checks, append, positional and vectored I/O, holes, truncation, stat and
 * shared offsets.  Names (unlink, rename, mkdir, rmdir, long and non-ASCII
 * names) and the current directory are check_name.c's.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

#define RW_CREAT (NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC)

/* The type fstat reports for fd, or the error. */
static int
fd_type(int fd) {
  ntix_stat_t st;
  int rc = ntix_fstat(fd, &st);

  return rc < 0 ? rc : (int)st.type;
}

/* The type lstat reports for path, or the error. */
static int
lpath_type(const char *path) {
  ntix_stat_t st;
  int rc = ntix_lstat(path, &st);

  return rc < 0 ? rc : (int)st.type;
}

static int
all_zero(const unsigned char *p, size_t len) {
  size_t i;

  for (i = 0; i < len; i++)
    if (p[i] != 0)
      return 0;
  return 1;
}

/* --- open errors ------------------------------------------------------ */

START_TEST(open_errors) {
  const char *file = ntix_t_path("oe-file");
  const char *dir = ntix_t_path("oe-dir");

  ntix_t_create(file, "x", 1);
  NT_OK(ntix_mkdir(dir, 0755));
  NT_EXPECT("open: missing file",
            ntix_open(ntix_t_path("oe-missing"), NTIX_O_RDONLY, 0),
            NTIX_ENOENT);
  NT_EXPECT(
      "open: create under missing directory",
      ntix_open(ntix_t_path("oe-nodir/f"), NTIX_O_WRONLY | NTIX_O_CREAT, 0644),
      NTIX_ENOENT);
  NT_EXPECT("open: file used as directory",
            ntix_open(ntix_t_path("oe-file/x"), NTIX_O_RDONLY, 0),
            NTIX_ENOTDIR);
  NT_EXPECT(
      "open: create under a file",
      ntix_open(ntix_t_path("oe-file/x"), NTIX_O_WRONLY | NTIX_O_CREAT, 0644),
      NTIX_ENOTDIR);
  NT_EXPECT("open: directory for writing", ntix_open(dir, NTIX_O_WRONLY, 0),
            NTIX_EISDIR);
  NT_EXPECT("open: directory for read-write", ntix_open(dir, NTIX_O_RDWR, 0),
            NTIX_EISDIR);
  NT_EXPECT("open: CREAT|EXCL on existing file",
            ntix_open(file, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644),
            NTIX_EEXIST);
  NT_EXPECT("open: CREAT|EXCL on existing directory",
            ntix_open(dir, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644),
            NTIX_EEXIST);
  NT_EXPECT("open: O_DIRECTORY on a file",
            ntix_open(file, NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0), NTIX_ENOTDIR);
}
END_TEST

START_TEST(open_directory_ok) {
  const char *dir = ntix_t_path("od-dir");
  int fd;

  NT_OK(ntix_mkdir(dir, 0755));
  fd = (int)NT_EXPECT_OK("open: O_DIRECTORY on a directory",
                         ntix_open(dir, NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_EXPECT("close: directory descriptor", ntix_close(fd), 0);
}
END_TEST

/* --- access checks ---------------------------------------------------- */

START_TEST(closed_descriptor) {
  char buf[4];
  int fd = ntix_t_open(ntix_t_path("cd-file"), RW_CREAT);

  NT_EXPECT("close: open file", ntix_close(fd), 0);
  NT_EXPECT("read: closed descriptor", ntix_read(fd, buf, sizeof(buf)),
            NTIX_EBADF);
  NT_EXPECT("write: closed descriptor", ntix_write(fd, "abcd", 4), NTIX_EBADF);
  NT_EXPECT("close: closed descriptor", ntix_close(fd), NTIX_EBADF);
}
END_TEST

START_TEST(access_mode) {
  const char *path = ntix_t_path("am-file");
  char buf[4];
  int wfd, rfd;

  ntix_t_create(path, "data", 4);
  wfd = ntix_t_open(path, NTIX_O_WRONLY);
  rfd = ntix_t_open(path, NTIX_O_RDONLY);
  NT_EXPECT("read: write-only descriptor", ntix_read(wfd, buf, sizeof(buf)),
            NTIX_EBADF);
  NT_EXPECT("write: read-only descriptor", ntix_write(rfd, "abcd", 4),
            NTIX_EBADF);
  NT_EXPECT("pread: write-only descriptor",
            ntix_pread(wfd, buf, sizeof(buf), 0), NTIX_EBADF);
  NT_EXPECT("pwrite: read-only descriptor", ntix_pwrite(rfd, "ab", 2, 0),
            NTIX_EBADF);
  NT_EXPECT("read: read-only descriptor still works",
            ntix_read(rfd, buf, sizeof(buf)), 4);
  ck_assert(memcmp(buf, "data", 4) == 0);
  ntix_close(wfd);
  ntix_close(rfd);
}
END_TEST

/* Writes and closes fd before the result is checked, so that a failed
 * check leaks no descriptor into the tests that follow. */
static int64_t
write_then_close(int fd, const void *buf, size_t len) {
  int64_t n = ntix_write(fd, buf, len);

  ntix_close(fd);
  return n;
}

START_TEST(directory_descriptor) {
  const char *dir = ntix_t_path("dd-dir");
  char buf[16];
  int fd;

  NT_OK(ntix_mkdir(dir, 0755));
  fd = (int)NT_EXPECT_OK("open: directory read-only",
                         ntix_open(dir, NTIX_O_RDONLY, 0));
  NT_EXPECT("read: directory descriptor", ntix_read(fd, buf, sizeof(buf)),
            NTIX_EISDIR);
  NT_EXPECT("fstat: directory descriptor type", fd_type(fd), NTIX_FT_DIR);
  NT_EXPECT("pread: directory descriptor", ntix_pread(fd, buf, sizeof(buf), 0),
            NTIX_EISDIR);
  NT_EXPECT("ftruncate: directory descriptor", ntix_ftruncate(fd, 0),
            NTIX_EINVAL);
  /* Portable code syncs a directory after a rename into it. */
  NT_EXPECT("fsync: directory descriptor", ntix_fsync(fd), 0);
  /* A directory is open read-only: writing it is a bad access mode, as
   * writing any read-only descriptor (POSIX and Linux say EBADF). */
  NT_EXPECT("write: directory descriptor", write_then_close(fd, "x", 1),
            NTIX_EBADF);
}
END_TEST

START_TEST(read_only_file) {
  const char *path = ntix_t_path("rf-file");
  ntix_stat_t st;
  int fd;

  fd = (int)NT_OK(ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0444));
  NT_EXPECT("write: new file created without write bits",
            ntix_write(fd, "abc", 3), 3);
  ntix_close(fd);
  NT_OK(ntix_stat(path, &st));
  NT_EXPECT("stat: file created 0444 has no write bits",
            (st.mode & 0222) == 0 && (st.mode & 0444) != 0, 1);
  NT_EXPECT("unlink: read-only file", ntix_unlink(path), 0);
  NT_EXPECT("stat: unlinked read-only file", ntix_t_path_type(path),
            NTIX_ENOENT);
}
END_TEST

/* A file the C library holds open opens through ntix as on Linux
 * (Windows' fopen shares read and write, not delete). */
START_TEST(open_held_by_stdio) {
  const char *path = ntix_t_path("os-file");
  char buf[8];
  FILE *f;
  int fd;

  ntix_t_create(path, "stdio", 5);
  f = fopen(path, "rb");
  ck_assert(f != NULL);
  fd = (int)NT_EXPECT_OK("open: file the C library holds open",
                         ntix_open(path, NTIX_O_RDONLY, 0));
  NT_EXPECT("read: file the C library holds open",
            ntix_read(fd, buf, sizeof(buf)), 5);
  ntix_close(fd);
  fclose(f);
}
END_TEST

/* --- append, positional I/O, holes, truncation ------------------------ */

#define REC 16
#define NREC 200

static void
record(char *rec, int who, int i) {
  memset(rec, 'a' + who, REC);
  rec[1] = (char)('0' + i / 100);
  rec[2] = (char)('0' + i / 10 % 10);
  rec[3] = (char)('0' + i % 10);
  rec[REC - 1] = '\n';
}

START_TEST(append_two_descriptors) {
  const char *path = ntix_t_path("ap-file");
  static char want[2 * NREC * REC], got[2 * NREC * REC + 1];
  int fd[2], i, w;

  ntix_t_create(path, NULL, 0);
  fd[0] = ntix_t_open(path, NTIX_O_WRONLY | NTIX_O_APPEND);
  fd[1] = ntix_t_open(path, NTIX_O_WRONLY | NTIX_O_APPEND);
  for (i = 0; i < NREC; i++)
    for (w = 0; w < 2; w++) {
      record(want + (2 * i + w) * REC, w, i);
      ck_assert_int_eq(ntix_write(fd[w], want + (2 * i + w) * REC, REC), REC);
    }
  NT_EXPECT("append: two descriptors final size", ntix_t_fd_size(fd[0]),
            (int64_t)sizeof(want));
  NT_EXPECT("append: two descriptors all records",
            ntix_t_slurp(path, got, sizeof(got)), (int64_t)sizeof(want));
  ck_assert(memcmp(got, want, sizeof(want)) == 0);
  ntix_close(fd[0]);
  ntix_close(fd[1]);
}
END_TEST

START_TEST(append_ignores_seek) {
  const char *path = ntix_t_path("as-file");
  char got[16];
  int fd;

  ntix_t_create(path, "12345", 5);
  fd = ntix_t_open(path, NTIX_O_RDWR | NTIX_O_APPEND);
  NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
  NT_OK(ntix_write(fd, "ab", 2));
  NT_EXPECT("append: offset after write is end of file",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 7);
  NT_EXPECT("append: write after seek to 0 goes to the end",
            ntix_pread(fd, got, sizeof(got), 0), 7);
  ck_assert(memcmp(got, "12345ab", 7) == 0);
  ntix_close(fd);
}
END_TEST

START_TEST(positional_io) {
  const char *path = ntix_t_path("pi-file");
  unsigned char data[100], buf[20];
  int fd;

  ntix_t_fill(data, sizeof(data), 1);
  fd = ntix_t_open(path, RW_CREAT);
  NT_OK(ntix_write(fd, data, sizeof(data)));
  NT_OK(ntix_seek(fd, 10, NTIX_SEEK_SET));
  NT_EXPECT("pread: count", ntix_pread(fd, buf, 20, 50), 20);
  ck_assert(memcmp(buf, data + 50, 20) == 0);
  NT_EXPECT("pread: offset unchanged", ntix_seek(fd, 0, NTIX_SEEK_CUR), 10);
  NT_EXPECT("pwrite: count", ntix_pwrite(fd, "XYZ", 3, 80), 3);
  NT_EXPECT("pwrite: offset unchanged", ntix_seek(fd, 0, NTIX_SEEK_CUR), 10);
  NT_EXPECT("read: after pread and pwrite", ntix_read(fd, buf, 5), 5);
  ck_assert(memcmp(buf, data + 10, 5) == 0);
  NT_EXPECT("pread: sees pwrite", ntix_pread(fd, buf, 3, 80), 3);
  ck_assert(memcmp(buf, "XYZ", 3) == 0);
  NT_EXPECT("pread: at end of file", ntix_pread(fd, buf, 3, 100), 0);
  NT_EXPECT("pread: past end of file", ntix_pread(fd, buf, 3, 5000), 0);
  NT_EXPECT("pwrite: past end of file", ntix_pwrite(fd, "E", 1, 200), 1);
  NT_EXPECT("fstat: size after pwrite past end", ntix_t_fd_size(fd), 201);
  NT_EXPECT("pread: pwrite hole", ntix_pread(fd, buf, 20, 150), 20);
  ck_assert(all_zero(buf, 20));
  ntix_close(fd);
}
END_TEST

START_TEST(seek_hole) {
  const char *path = ntix_t_path("sh-file");
  unsigned char buf[128];
  int fd;

  fd = ntix_t_open(path, RW_CREAT);
  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_EXPECT("seek: past end of file", ntix_seek(fd, 100, NTIX_SEEK_SET), 100);
  NT_EXPECT("fstat: seek past end does not grow", ntix_t_fd_size(fd), 10);
  NT_EXPECT("write: after seek past end", ntix_write(fd, "X", 1), 1);
  NT_EXPECT("fstat: size after hole", ntix_t_fd_size(fd), 101);
  NT_EXPECT("read: hole", ntix_pread(fd, buf, sizeof(buf), 0), 101);
  ck_assert(memcmp(buf, "0123456789", 10) == 0);
  ck_assert(all_zero(buf + 10, 90));
  ck_assert_int_eq(buf[100], 'X');
  NT_EXPECT("seek: end", ntix_seek(fd, -1, NTIX_SEEK_END), 100);
  NT_EXPECT("seek: current", ntix_seek(fd, -50, NTIX_SEEK_CUR), 50);
  NT_EXPECT("seek: bad whence 99", ntix_seek(fd, 0, 99), NTIX_EINVAL);
  NT_EXPECT("seek: whence 3 is not SEEK_DATA", ntix_seek(fd, 0, 3),
            NTIX_EINVAL);
  NT_EXPECT("seek: negative result with SET", ntix_seek(fd, -1, NTIX_SEEK_SET),
            NTIX_EINVAL);
  NT_EXPECT("seek: negative result with CUR", ntix_seek(fd, -51, NTIX_SEEK_CUR),
            NTIX_EINVAL);
  NT_EXPECT("seek: negative result with END",
            ntix_seek(fd, -102, NTIX_SEEK_END), NTIX_EINVAL);
  NT_EXPECT("seek: offset unchanged after failed seek",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 50);
  ntix_close(fd);
}
END_TEST

START_TEST(truncate_file) {
  const char *path = ntix_t_path("tr-file");
  unsigned char buf[4096];
  int fd, rfd;

  fd = ntix_t_open(path, RW_CREAT);
  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_EXPECT("ftruncate: grow", ntix_ftruncate(fd, 4096), 0);
  NT_EXPECT("fstat: size after grow", ntix_t_fd_size(fd), 4096);
  NT_EXPECT("read: grown part", ntix_pread(fd, buf, sizeof(buf), 0), 4096);
  ck_assert(memcmp(buf, "0123456789", 10) == 0);
  ck_assert(all_zero(buf + 10, sizeof(buf) - 10));
  NT_EXPECT("ftruncate: offset unchanged", ntix_seek(fd, 0, NTIX_SEEK_CUR), 10);
  NT_EXPECT("ftruncate: shrink", ntix_ftruncate(fd, 5), 0);
  NT_EXPECT("fstat: size after shrink", ntix_t_fd_size(fd), 5);
  NT_EXPECT("read: after shrink", ntix_pread(fd, buf, sizeof(buf), 0), 5);
  ck_assert(memcmp(buf, "01234", 5) == 0);
  NT_EXPECT("ftruncate: negative length", ntix_ftruncate(fd, -1), NTIX_EINVAL);
  rfd = ntix_t_open(path, NTIX_O_RDONLY);
  NT_EXPECT("ftruncate: read-only descriptor", ntix_ftruncate(rfd, 0),
            NTIX_EINVAL);
  NT_EXPECT("fstat: size after refused ftruncate", ntix_t_fd_size(rfd), 5);
  ntix_close(rfd);
  ntix_close(fd);
}
END_TEST

START_TEST(open_trunc) {
  const char *path = ntix_t_path("ot-file");
  int fd;

  ntix_t_create(path, "0123456789", 10);
  fd = (int)NT_EXPECT_OK("open: TRUNC on existing file",
                         ntix_open(path, NTIX_O_WRONLY | NTIX_O_TRUNC, 0));
  NT_EXPECT("fstat: size after open TRUNC", ntix_t_fd_size(fd), 0);
  ntix_close(fd);
}
END_TEST

START_TEST(vectored_io) {
  const char *path = ntix_t_path("vi-file");
  static unsigned char data[5000], got[5000];
  ntix_iovec_t wv[4], rv[3];
  int fd;

  ntix_t_fill(data, sizeof(data), 7);
  wv[0].iov_base = data, wv[0].iov_len = 7;
  wv[1].iov_base = data + 7, wv[1].iov_len = 0;
  wv[2].iov_base = data + 7, wv[2].iov_len = 993;
  wv[3].iov_base = data + 1000, wv[3].iov_len = 4000;
  fd = ntix_t_open(path, RW_CREAT);
  NT_EXPECT("writev: four iovecs", ntix_writev(fd, wv, 4), 5000);
  NT_EXPECT("writev: offset moved", ntix_seek(fd, 0, NTIX_SEEK_CUR), 5000);
  NT_OK(ntix_seek(fd, 0, NTIX_SEEK_SET));
  rv[0].iov_base = got, rv[0].iov_len = 4096;
  rv[1].iov_base = got + 4096, rv[1].iov_len = 1;
  rv[2].iov_base = got + 4097, rv[2].iov_len = 2000;
  NT_EXPECT("readv: three iovecs", ntix_readv(fd, rv, 3), 5000);
  ck_assert(memcmp(got, data, sizeof(data)) == 0);
  NT_EXPECT("readv: at end of file", ntix_readv(fd, rv, 3), 0);
  NT_EXPECT("writev: zero iovecs", ntix_writev(fd, wv, 0), 0);
  NT_EXPECT("fsync: regular file", ntix_fsync(fd), 0);
  ntix_close(fd);
}
END_TEST

START_TEST(read_write_basics) {
  const char *path = ntix_t_path("rw-file");
  char buf[8];
  int fd;

  fd = ntix_t_open(path, RW_CREAT);
  NT_EXPECT("write: zero bytes", ntix_write(fd, "x", 0), 0);
  NT_EXPECT("fstat: size after zero-byte write", ntix_t_fd_size(fd), 0);
  NT_EXPECT("read: empty file", ntix_read(fd, buf, sizeof(buf)), 0);
  NT_EXPECT("write: five bytes", ntix_write(fd, "hello", 5), 5);
  NT_EXPECT("read: at end of file", ntix_read(fd, buf, sizeof(buf)), 0);
  NT_OK(ntix_seek(fd, 1, NTIX_SEEK_SET));
  NT_EXPECT("read: short count at end", ntix_read(fd, buf, sizeof(buf)), 4);
  ck_assert(memcmp(buf, "ello", 4) == 0);
  NT_EXPECT("read: zero bytes", ntix_read(fd, buf, 0), 0);
  ntix_close(fd);
}
END_TEST

/* --- stat ------------------------------------------------------------- */

START_TEST(stat_types) {
  const char *file = ntix_t_path("st-file");
  const char *dir = ntix_t_path("st-dir");
  static unsigned char data[1234];
  ntix_stat_t st;
  int fds[2];

  ntix_t_fill(data, sizeof(data), 3);
  ntix_t_create(file, data, sizeof(data));
  NT_OK(ntix_mkdir(dir, 0755));
  NT_EXPECT("stat: regular file type", ntix_t_path_type(file), NTIX_FT_REG);
  NT_OK(ntix_stat(file, &st));
  NT_EXPECT("stat: regular file size", (int64_t)st.size, 1234);
  NT_EXPECT("stat: regular file one link", (int64_t)st.nlink, 1);
  NT_EXPECT("stat: directory type", ntix_t_path_type(dir), NTIX_FT_DIR);
  NT_EXPECT("lstat: regular file type", lpath_type(file), NTIX_FT_REG);
  NT_OK(ntix_lstat(file, &st));
  NT_EXPECT("lstat: regular file size", (int64_t)st.size, 1234);
  NT_EXPECT("lstat: directory type", lpath_type(dir), NTIX_FT_DIR);
  NT_EXPECT("stat: /dev/null type", ntix_t_path_type("/dev/null"), NTIX_FT_CHR);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("fstat: pipe type", fd_type(fds[0]), NTIX_FT_FIFO);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  NT_EXPECT("stat: missing file", ntix_stat(ntix_t_path("st-missing"), &st),
            NTIX_ENOENT);
  NT_EXPECT("stat: file used as directory",
            ntix_stat(ntix_t_path("st-file/x"), &st), NTIX_ENOTDIR);
  NT_EXPECT("stat: trailing slash on a directory",
            ntix_t_path_type(ntix_t_path("st-dir/")), NTIX_FT_DIR);
}
END_TEST

START_TEST(stat_identity) {
  const char *path = ntix_t_path("si-file");
  const char *other = ntix_t_path("si-other");
  ntix_stat_t a, b, c;
  int fd;

  ntix_t_create(path, "abc", 3);
  ntix_t_create(other, "abc", 3);
  fd = ntix_t_open(path, NTIX_O_RDONLY);
  NT_OK(ntix_fstat(fd, &a));
  NT_OK(ntix_stat(path, &b));
  NT_OK(ntix_stat(other, &c));
  NT_EXPECT("fstat: ino equals stat's", a.ino == b.ino, 1);
  NT_EXPECT("fstat: dev equals stat's", a.dev == b.dev, 1);
  NT_EXPECT("stat: two files have different ino", a.ino != c.ino, 1);
  NT_EXPECT("stat: two files on one volume share dev", a.dev == c.dev, 1);
  ntix_close(fd);
}
END_TEST

/* Windows stamps a write's mtime when the writing handle is closed
 * (NTFS and FAT note the write on the handle and update the time at
 * cleanup), so the writes go through a descriptor that is then closed;
 * another descriptor open all along sees the new time, as on Linux. */
START_TEST(stat_times) {
  const char *path = ntix_t_path("sm-file");
  ntix_stat_t before, after;
  int64_t now = ntix_clock_real();
  int fd, wfd;

  ntix_t_create(path, "a", 1);
  fd = ntix_t_open(path, NTIX_O_RDONLY);
  NT_OK(ntix_fstat(fd, &before));
  /* Within a minute of the clock: catches 1601/1970 and unit mistakes. */
  NT_EXPECT("fstat: mtime near the real clock",
            before.mtime_ns > now - 60000000000LL &&
                before.mtime_ns < now + 60000000000LL,
            1);
  NT_OK(ntix_sleep_ns(20000000));
  wfd = ntix_t_open(path, NTIX_O_WRONLY | NTIX_O_APPEND);
  NT_OK(ntix_write(wfd, "b", 1));
  NT_OK(ntix_close(wfd));
  NT_OK(ntix_fstat(fd, &after));
  NT_EXPECT("fstat: mtime moves forward after a closed writer",
            after.mtime_ns > before.mtime_ns, 1);
  NT_OK(ntix_stat(path, &after));
  NT_EXPECT("stat: mtime moves forward after a closed writer",
            after.mtime_ns > before.mtime_ns, 1);
  ntix_close(fd);
}
END_TEST

START_TEST(large_offsets) {
  const char *path = ntix_t_path("lo-file");
  int64_t big = (int64_t)5 << 30;
  char buf[4];
  int fd;

  fd = ntix_t_open(path, RW_CREAT);
  NT_OK(ntix_write(fd, "abc", 3));
  NT_EXPECT("seek: beyond 4 GiB", ntix_seek(fd, big, NTIX_SEEK_SET), big);
  NT_EXPECT("seek: current beyond 4 GiB", ntix_seek(fd, 0, NTIX_SEEK_CUR), big);
  NT_EXPECT("read: beyond 4 GiB on a small file", ntix_read(fd, buf, 4), 0);
  NT_EXPECT("pread: beyond 4 GiB on a small file",
            ntix_pread(fd, buf, 4, big + 1), 0);
  NT_EXPECT("fstat: size after seeks beyond 4 GiB", ntix_t_fd_size(fd), 3);
  ntix_close(fd);
}
END_TEST

/* --- dup -------------------------------------------------------------- */

START_TEST(dup_offset) {
  const char *path = ntix_t_path("du-file");
  char buf[4];
  int fd, fd2;

  fd = ntix_t_open(path, RW_CREAT);
  NT_OK(ntix_write(fd, "0123456789", 10));
  fd2 = (int)NT_EXPECT_OK("dup: regular file", ntix_dup(fd));
  NT_EXPECT("dup: new descriptor differs", fd2 != fd, 1);
  NT_EXPECT("dup: inherits the offset", ntix_seek(fd2, 0, NTIX_SEEK_CUR), 10);
  NT_OK(ntix_seek(fd, 3, NTIX_SEEK_SET));
  NT_EXPECT("dup: shares the offset", ntix_seek(fd2, 0, NTIX_SEEK_CUR), 3);
  NT_OK(ntix_read(fd2, buf, 2));
  NT_EXPECT("dup: read moves the shared offset",
            ntix_seek(fd, 0, NTIX_SEEK_CUR), 5);
  NT_EXPECT("close: original after dup", ntix_close(fd), 0);
  NT_EXPECT("read: dup after original closed", ntix_read(fd2, buf, 2), 2);
  ck_assert(memcmp(buf, "56", 2) == 0);
  ntix_close(fd2);
}
END_TEST

START_TEST(dup_lowest) {
  const char *path = ntix_t_path("dl-file");
  int a, b, c, d;

  ntix_t_create(path, "x", 1);
  a = ntix_t_open(path, NTIX_O_RDONLY);
  b = ntix_t_open(path, NTIX_O_RDONLY);
  c = ntix_t_open(path, NTIX_O_RDONLY);
  ntix_close(b);
  d = (int)NT_OK(ntix_dup(a));
  NT_EXPECT("dup: lowest free descriptor", d == b, 1);
  ntix_close(a);
  ntix_close(c);
  ntix_close(d);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("file");
  TCase *tc = ntix_t_tcase("file");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, open_errors);
  tcase_add_test(tc, open_directory_ok);
  tcase_add_test(tc, closed_descriptor);
  tcase_add_test(tc, access_mode);
  tcase_add_test(tc, directory_descriptor);
  tcase_add_test(tc, open_held_by_stdio);
  tcase_add_test(tc, append_two_descriptors);
  tcase_add_test(tc, append_ignores_seek);
  tcase_add_test(tc, positional_io);
  tcase_add_test(tc, seek_hole);
  tcase_add_test(tc, truncate_file);
  tcase_add_test(tc, open_trunc);
  tcase_add_test(tc, vectored_io);
  tcase_add_test(tc, read_write_basics);
  tcase_add_test(tc, stat_types);
  tcase_add_test(tc, stat_identity);
  tcase_add_test(tc, stat_times);
  tcase_add_test(tc, read_only_file);
  tcase_add_test(tc, large_offsets);
  tcase_add_test(tc, dup_offset);
  tcase_add_test(tc, dup_lowest);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "file");
}

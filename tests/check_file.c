/* check_file.c: conformance of files on both OSes: open errors, access
 * checks, unlink and rename of open files, directories, append, positional
 * and vectored I/O, holes, truncation, stat, long and non-ASCII names, the
 * current directory and shared offsets.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

#define RW_CREAT (NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC)

/* Opens path and returns the descriptor, asserting success (set-up). */
static int
open_ok(const char *path, int flags) {
  return (int)NT_OK(ntix_open(path, flags, 0644));
}

/* The size fstat reports for fd, or the error. */
static int64_t
fd_size(int fd) {
  ntix_stat_t st;
  int rc = ntix_fstat(fd, &st);

  return rc < 0 ? rc : (int64_t)st.size;
}

/* The type stat reports for path, or the error. */
static int
path_type(const char *path) {
  ntix_stat_t st;
  int rc = ntix_stat(path, &st);

  return rc < 0 ? rc : (int)st.type;
}

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

/* Opens path read-only, reads it whole into buf and closes it. */
static int64_t
slurp(const char *path, void *buf, size_t cap) {
  int fd = ntix_open(path, NTIX_O_RDONLY, 0);
  int64_t n;

  if (fd < 0)
    return fd;
  n = ntix_t_read_all(fd, buf, cap);
  ntix_close(fd);
  return n;
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
  int fd = open_ok(ntix_t_path("cd-file"), RW_CREAT);

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
  wfd = open_ok(path, NTIX_O_WRONLY);
  rfd = open_ok(path, NTIX_O_RDONLY);
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
  NT_EXPECT("stat: unlinked read-only file", path_type(path), NTIX_ENOENT);
}
END_TEST

/* --- unlink and rename of open files ---------------------------------- */

START_TEST(unlink_open_file) {
  const char *path = ntix_t_path("uo-file");
  char buf[16];
  int fd, fd2;

  ntix_t_create(path, "old data", 8);
  fd = open_ok(path, NTIX_O_RDONLY);
  NT_EXPECT("unlink: open file", ntix_unlink(path), 0);
  NT_EXPECT("stat: unlinked name is gone", path_type(path), NTIX_ENOENT);
  fd2 = (int)NT_EXPECT_OK(
      "open: re-create unlinked name with CREAT|EXCL",
      ntix_open(path, NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_EXCL, 0644));
  NT_OK(ntix_write(fd2, "new", 3));
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: descriptor of unlinked file", ntix_t_read_all(fd, buf, 16),
            8);
  ck_assert(memcmp(buf, "old data", 8) == 0);
  NT_EXPECT("fstat: unlinked file keeps its size", fd_size(fd), 8);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: re-created file", slurp(path, buf, sizeof(buf)), 3);
  ck_assert(memcmp(buf, "new", 3) == 0);
  ntix_close(fd);
  ntix_close(fd2);
  NT_EXPECT("unlink: re-created file", ntix_unlink(path), 0);
}
END_TEST

START_TEST(unlink_twice_open) {
  const char *path = ntix_t_path("ut-file");
  int fd, i;

  /* The name must be reusable again and again while old copies are open. */
  int fds[3];
  for (i = 0; i < 3; i++) {
    ntix_t_create(path, "abc", 3);
    fds[i] = open_ok(path, NTIX_O_RDONLY);
    NT_OK(ntix_unlink(path));
  }
  NT_EXPECT("stat: name free after repeated unlink", path_type(path),
            NTIX_ENOENT);
  for (i = 0; i < 3; i++) ntix_close(fds[i]);
  fd = (int)NT_EXPECT_OK(
      "open: name free after unlinked copies closed",
      ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644));
  ntix_close(fd);
}
END_TEST

START_TEST(rename_over_open) {
  const char *src = ntix_t_path("ro-src");
  const char *dst = ntix_t_path("ro-dst");
  char buf[16];
  int fd;

  ntix_t_create(src, "new contents", 12);
  ntix_t_create(dst, "old", 3);
  fd = open_ok(dst, NTIX_O_RDONLY);
  NT_EXPECT("rename: over an open file", ntix_rename(src, dst), 0);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: open descriptor of replaced file",
            ntix_t_read_all(fd, buf, sizeof(buf)), 3);
  ck_assert(memcmp(buf, "old", 3) == 0);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: new open of rename target", slurp(dst, buf, sizeof(buf)),
            12);
  ck_assert(memcmp(buf, "new contents", 12) == 0);
  NT_EXPECT("stat: rename source gone", path_type(src), NTIX_ENOENT);
  ntix_close(fd);
}
END_TEST

START_TEST(rename_errors) {
  const char *file = ntix_t_path("re-file");
  const char *dir = ntix_t_path("re-dir");

  ntix_t_create(file, "x", 1);
  NT_OK(ntix_mkdir(dir, 0755));
  NT_EXPECT("rename: missing source",
            ntix_rename(ntix_t_path("re-missing"), ntix_t_path("re-to")),
            NTIX_ENOENT);
  NT_EXPECT("rename: file onto a directory", ntix_rename(file, dir),
            NTIX_EISDIR);
  NT_EXPECT("rename: directory onto a file", ntix_rename(dir, file),
            NTIX_ENOTDIR);
  NT_EXPECT("rename: into a missing directory",
            ntix_rename(file, ntix_t_path("re-nodir/x")), NTIX_ENOENT);
  NT_EXPECT("rename: file onto itself", ntix_rename(file, file), 0);
  NT_EXPECT("stat: file renamed onto itself stays", path_type(file),
            NTIX_FT_REG);
}
END_TEST

START_TEST(rename_directories) {
  const char *a = ntix_t_path("rd-a");
  const char *full = ntix_t_path("rd-full");
  const char *empty = ntix_t_path("rd-empty");

  NT_OK(ntix_mkdir(a, 0755));
  ntix_t_create(ntix_t_path("rd-a/inner"), "in", 2);
  NT_OK(ntix_mkdir(full, 0755));
  ntix_t_create(ntix_t_path("rd-full/keep"), "k", 1);
  NT_OK(ntix_mkdir(empty, 0755));
  NT_EXPECT("rename: directory onto non-empty directory", ntix_rename(a, full),
            NTIX_ENOTEMPTY);
  NT_EXPECT("rename: directory onto empty directory", ntix_rename(a, empty), 0);
  NT_EXPECT("stat: renamed directory content",
            path_type(ntix_t_path("rd-empty/inner")), NTIX_FT_REG);
  NT_EXPECT("stat: renamed directory source gone", path_type(a), NTIX_ENOENT);
}
END_TEST

/* --- directories ------------------------------------------------------ */

START_TEST(dir_errors) {
  const char *dir = ntix_t_path("de-dir");
  const char *file = ntix_t_path("de-file");

  NT_EXPECT("mkdir: new directory", ntix_mkdir(dir, 0755), 0);
  ntix_t_create(ntix_t_path("de-dir/f"), "x", 1);
  ntix_t_create(file, "x", 1);
  NT_EXPECT("mkdir: existing directory", ntix_mkdir(dir, 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: existing file", ntix_mkdir(file, 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: missing parent",
            ntix_mkdir(ntix_t_path("de-none/sub"), 0755), NTIX_ENOENT);
  NT_EXPECT("rmdir: non-empty directory", ntix_rmdir(dir), NTIX_ENOTEMPTY);
  NT_EXPECT("rmdir: a file", ntix_rmdir(file), NTIX_ENOTDIR);
  NT_EXPECT("rmdir: missing", ntix_rmdir(ntix_t_path("de-missing")),
            NTIX_ENOENT);
  NT_EXPECT("unlink: a directory", ntix_unlink(dir), NTIX_EISDIR);
  NT_EXPECT("unlink: missing", ntix_unlink(ntix_t_path("de-missing")),
            NTIX_ENOENT);
  NT_OK(ntix_unlink(ntix_t_path("de-dir/f")));
  NT_EXPECT("rmdir: emptied directory", ntix_rmdir(dir), 0);
  NT_EXPECT("stat: removed directory", path_type(dir), NTIX_ENOENT);
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
  fd[0] = open_ok(path, NTIX_O_WRONLY | NTIX_O_APPEND);
  fd[1] = open_ok(path, NTIX_O_WRONLY | NTIX_O_APPEND);
  for (i = 0; i < NREC; i++)
    for (w = 0; w < 2; w++) {
      record(want + (2 * i + w) * REC, w, i);
      ck_assert_int_eq(ntix_write(fd[w], want + (2 * i + w) * REC, REC), REC);
    }
  NT_EXPECT("append: two descriptors final size", fd_size(fd[0]),
            (int64_t)sizeof(want));
  NT_EXPECT("append: two descriptors all records",
            slurp(path, got, sizeof(got)), (int64_t)sizeof(want));
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
  fd = open_ok(path, NTIX_O_RDWR | NTIX_O_APPEND);
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
  fd = open_ok(path, RW_CREAT);
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
  NT_EXPECT("fstat: size after pwrite past end", fd_size(fd), 201);
  NT_EXPECT("pread: pwrite hole", ntix_pread(fd, buf, 20, 150), 20);
  ck_assert(all_zero(buf, 20));
  ntix_close(fd);
}
END_TEST

START_TEST(seek_hole) {
  const char *path = ntix_t_path("sh-file");
  unsigned char buf[128];
  int fd;

  fd = open_ok(path, RW_CREAT);
  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_EXPECT("seek: past end of file", ntix_seek(fd, 100, NTIX_SEEK_SET), 100);
  NT_EXPECT("fstat: seek past end does not grow", fd_size(fd), 10);
  NT_EXPECT("write: after seek past end", ntix_write(fd, "X", 1), 1);
  NT_EXPECT("fstat: size after hole", fd_size(fd), 101);
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

  fd = open_ok(path, RW_CREAT);
  NT_OK(ntix_write(fd, "0123456789", 10));
  NT_EXPECT("ftruncate: grow", ntix_ftruncate(fd, 4096), 0);
  NT_EXPECT("fstat: size after grow", fd_size(fd), 4096);
  NT_EXPECT("read: grown part", ntix_pread(fd, buf, sizeof(buf), 0), 4096);
  ck_assert(memcmp(buf, "0123456789", 10) == 0);
  ck_assert(all_zero(buf + 10, sizeof(buf) - 10));
  NT_EXPECT("ftruncate: offset unchanged", ntix_seek(fd, 0, NTIX_SEEK_CUR), 10);
  NT_EXPECT("ftruncate: shrink", ntix_ftruncate(fd, 5), 0);
  NT_EXPECT("fstat: size after shrink", fd_size(fd), 5);
  NT_EXPECT("read: after shrink", ntix_pread(fd, buf, sizeof(buf), 0), 5);
  ck_assert(memcmp(buf, "01234", 5) == 0);
  NT_EXPECT("ftruncate: negative length", ntix_ftruncate(fd, -1), NTIX_EINVAL);
  rfd = open_ok(path, NTIX_O_RDONLY);
  NT_EXPECT("ftruncate: read-only descriptor", ntix_ftruncate(rfd, 0),
            NTIX_EINVAL);
  NT_EXPECT("fstat: size after refused ftruncate", fd_size(rfd), 5);
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
  NT_EXPECT("fstat: size after open TRUNC", fd_size(fd), 0);
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
  fd = open_ok(path, RW_CREAT);
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

  fd = open_ok(path, RW_CREAT);
  NT_EXPECT("write: zero bytes", ntix_write(fd, "x", 0), 0);
  NT_EXPECT("fstat: size after zero-byte write", fd_size(fd), 0);
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
  NT_EXPECT("stat: regular file type", path_type(file), NTIX_FT_REG);
  NT_OK(ntix_stat(file, &st));
  NT_EXPECT("stat: regular file size", (int64_t)st.size, 1234);
  NT_EXPECT("stat: regular file one link", (int64_t)st.nlink, 1);
  NT_EXPECT("stat: directory type", path_type(dir), NTIX_FT_DIR);
  NT_EXPECT("lstat: regular file type", lpath_type(file), NTIX_FT_REG);
  NT_OK(ntix_lstat(file, &st));
  NT_EXPECT("lstat: regular file size", (int64_t)st.size, 1234);
  NT_EXPECT("lstat: directory type", lpath_type(dir), NTIX_FT_DIR);
  NT_EXPECT("stat: /dev/null type", path_type("/dev/null"), NTIX_FT_CHR);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("fstat: pipe type", fd_type(fds[0]), NTIX_FT_FIFO);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  NT_EXPECT("stat: missing file", ntix_stat(ntix_t_path("st-missing"), &st),
            NTIX_ENOENT);
  NT_EXPECT("stat: file used as directory",
            ntix_stat(ntix_t_path("st-file/x"), &st), NTIX_ENOTDIR);
  NT_EXPECT("stat: trailing slash on a directory",
            path_type(ntix_t_path("st-dir/")), NTIX_FT_DIR);
}
END_TEST

START_TEST(stat_identity) {
  const char *path = ntix_t_path("si-file");
  const char *other = ntix_t_path("si-other");
  ntix_stat_t a, b, c;
  int fd;

  ntix_t_create(path, "abc", 3);
  ntix_t_create(other, "abc", 3);
  fd = open_ok(path, NTIX_O_RDONLY);
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

START_TEST(stat_times) {
  const char *path = ntix_t_path("sm-file");
  ntix_stat_t before, after;
  int64_t now = ntix_clock_real();
  int fd;

  fd = open_ok(path, RW_CREAT);
  NT_OK(ntix_write(fd, "a", 1));
  NT_OK(ntix_fstat(fd, &before));
  /* Within a minute of the clock: catches 1601/1970 and unit mistakes. */
  NT_EXPECT("fstat: mtime near the real clock",
            before.mtime_ns > now - 60000000000LL &&
                before.mtime_ns < now + 60000000000LL,
            1);
  NT_OK(ntix_sleep_ns(20000000));
  NT_OK(ntix_write(fd, "b", 1));
  NT_OK(ntix_fstat(fd, &after));
  NT_EXPECT("fstat: mtime moves forward after a write",
            after.mtime_ns > before.mtime_ns, 1);
  NT_OK(ntix_stat(path, &after));
  NT_EXPECT("stat: mtime moves forward after a write",
            after.mtime_ns > before.mtime_ns, 1);
  ntix_close(fd);
}
END_TEST

START_TEST(large_offsets) {
  const char *path = ntix_t_path("lo-file");
  int64_t big = (int64_t)5 << 30;
  char buf[4];
  int fd;

  fd = open_ok(path, RW_CREAT);
  NT_OK(ntix_write(fd, "abc", 3));
  NT_EXPECT("seek: beyond 4 GiB", ntix_seek(fd, big, NTIX_SEEK_SET), big);
  NT_EXPECT("seek: current beyond 4 GiB", ntix_seek(fd, 0, NTIX_SEEK_CUR), big);
  NT_EXPECT("read: beyond 4 GiB on a small file", ntix_read(fd, buf, 4), 0);
  NT_EXPECT("pread: beyond 4 GiB on a small file",
            ntix_pread(fd, buf, 4, big + 1), 0);
  NT_EXPECT("fstat: size after seeks beyond 4 GiB", fd_size(fd), 3);
  ntix_close(fd);
}
END_TEST

/* --- names ------------------------------------------------------------ */

START_TEST(long_component) {
  char name[301];
  char path[512];
  ntix_stat_t st;

  memset(name, 'n', 300);
  name[300] = '\0';
  snprintf(path, sizeof(path), "%s/%s", ntix_t_dir(), name);
  NT_EXPECT("open: 300-byte name",
            ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644),
            NTIX_ENAMETOOLONG);
  NT_EXPECT("stat: 300-byte name", ntix_stat(path, &st), NTIX_ENAMETOOLONG);
  NT_EXPECT("mkdir: 300-byte name", ntix_mkdir(path, 0755), NTIX_ENAMETOOLONG);
  /* 255 bytes is the longest name both OSes take. */
  name[255] = '\0';
  snprintf(path, sizeof(path), "%s/%s", ntix_t_dir(), name);
  ntix_close(
      (int)NT_EXPECT_OK("open: 255-byte name",
                        ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644)));
  NT_EXPECT("unlink: 255-byte name", ntix_unlink(path), 0);
}
END_TEST

START_TEST(long_path) {
  static char path[1024];
  static unsigned char data[3000], got[3000];
  ntix_stat_t st;
  size_t len;
  int fd, i;

  /* Six 60-byte levels: past Windows' 260-character MAX_PATH. */
  len = (size_t)snprintf(path, sizeof(path), "%s/lp", ntix_t_dir());
  NT_OK(ntix_mkdir(path, 0755));
  for (i = 0; i < 6; i++) {
    path[len++] = '/';
    memset(path + len, (char)('a' + i), 59);
    len += 59;
    path[len] = '\0';
    NT_OK(ntix_mkdir(path, 0755));
  }
  memcpy(path + len, "/file", 6);
  ck_assert_uint_gt(strlen(path), 360);
  ntix_t_fill(data, sizeof(data), 9);
  fd = (int)NT_EXPECT_OK("open: path beyond 260 characters",
                         ntix_open(path, RW_CREAT, 0644));
  NT_EXPECT("write: path beyond 260 characters",
            ntix_write(fd, data, sizeof(data)), (int64_t)sizeof(data));
  ntix_close(fd);
  NT_EXPECT("read: path beyond 260 characters", slurp(path, got, sizeof(got)),
            (int64_t)sizeof(data));
  ck_assert(memcmp(got, data, sizeof(data)) == 0);
  NT_OK(ntix_stat(path, &st));
  NT_EXPECT("stat: path beyond 260 characters", (int64_t)st.size,
            (int64_t)sizeof(data));
  NT_EXPECT("unlink: path beyond 260 characters", ntix_unlink(path), 0);
  path[len] = '\0';
  NT_EXPECT("rmdir: path beyond 260 characters", ntix_rmdir(path), 0);
}
END_TEST

/* U+00EF, U+65E5 U+672C (three bytes each), U+1F600 (four bytes: a
 * surrogate pair in UTF-16). */
#define UTF8_NAME "na\xc3\xafve-\xe6\x97\xa5\xe6\x9c\xac-\xf0\x9f\x98\x80.txt"

START_TEST(utf8_name) {
  const char *dir = ntix_t_path("u8-dir");
  char path[512];
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int found = 0, count = 0, rc;
  char buf[8];

  NT_OK(ntix_mkdir(dir, 0755));
  snprintf(path, sizeof(path), "%s/%s", dir, UTF8_NAME);
  ntix_t_create(path, "utf8", 4);
  NT_OK(ntix_dir_open(dir, &d));
  while ((rc = ntix_dir_read(d, &ent)) == 1) {
    count++;
    if (strcmp(ent.name, UTF8_NAME) == 0)
      found++;
  }
  ntix_dir_close(d);
  ck_assert_int_eq(rc, 0);
  NT_EXPECT("dir_read: UTF-8 name round trip", found == 1 && count == 1, 1);
  NT_EXPECT("open: UTF-8 name", slurp(path, buf, sizeof(buf)), 4);
  ck_assert(memcmp(buf, "utf8", 4) == 0);
}
END_TEST

START_TEST(dot_components) {
  char path[512], buf[8];
  const char *d = ntix_t_dir();

  NT_OK(ntix_mkdir(ntix_t_path("dc-dir"), 0755));
  NT_OK(ntix_mkdir(ntix_t_path("dc-dir/sub"), 0755));
  ntix_t_create(ntix_t_path("dc-dir/file"), "dots", 4);
  snprintf(path, sizeof(path), "%s/dc-dir/sub/../file", d);
  NT_EXPECT("open: path through ..", slurp(path, buf, sizeof(buf)), 4);
  snprintf(path, sizeof(path), "%s/./dc-dir//./file", d);
  NT_EXPECT("open: path with ./ and //", slurp(path, buf, sizeof(buf)), 4);
  snprintf(path, sizeof(path), "%s/dc-dir/file/", d);
  NT_EXPECT("stat: regular file with a trailing slash", path_type(path),
            NTIX_ENOTDIR);
  /* As POSIX, ".." is looked up in the directory before it, which must
   * exist: no lexical shortening. */
  snprintf(path, sizeof(path), "%s/dc-dir/missing/../file", d);
  NT_EXPECT("open: .. after a missing directory", slurp(path, buf, sizeof(buf)),
            NTIX_ENOENT);
}
END_TEST

/* Names that mean something else to Win32 path parsing but are ordinary
 * names to NT and to Linux. */
START_TEST(plain_names) {
  static const char *const names[] = {"con", "nul", "aux.txt", "trail."};
  static const char *const scen[] = {
      "open: file named con", "open: file named nul",
      "open: file named aux.txt", "open: name ending in a dot"};
  char path[512];
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int i, listed = 0;

  NT_OK(ntix_mkdir(ntix_t_path("pn-dir"), 0755));
  for (i = 0; i < 4; i++) {
    snprintf(path, sizeof(path), "%s/%s", ntix_t_path("pn-dir"), names[i]);
    ntix_close((int)NT_EXPECT_OK(
        scen[i], ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644)));
  }
  NT_EXPECT("stat: file named nul is a regular file",
            path_type(ntix_t_path("pn-dir/nul")), NTIX_FT_REG);
  NT_OK(ntix_dir_open(ntix_t_path("pn-dir"), &d));
  while (ntix_dir_read(d, &ent) == 1)
    for (i = 0; i < 4; i++) listed += strcmp(ent.name, names[i]) == 0;
  ntix_dir_close(d);
  NT_EXPECT("dir_read: con, nul, aux.txt and trail. listed as named", listed,
            4);
}
END_TEST

/* --- current directory ------------------------------------------------ */

static char saved_cwd[4096];

/* Restores the directory the suite runs in, even after a failed test (in
 * the same process when tests are not forked). */
static void
restore_cwd(void) {
  if (saved_cwd[0] != '\0')
    ntix_chdir(saved_cwd);
}

START_TEST(chdir_relative) {
  char cwd[4096];
  const char *dir = ntix_t_path("cw-dir");
  int64_t n;
  size_t dl = strlen("cw-dir");
  int fd;

  NT_OK(ntix_mkdir(dir, 0755));
  n = NT_EXPECT_OK("getcwd: current directory",
                   ntix_getcwd(saved_cwd, sizeof(saved_cwd)));
  NT_EXPECT("getcwd: length is strlen", (int64_t)strlen(saved_cwd) == n, 1);
  NT_EXPECT("chdir: scratch subdirectory", ntix_chdir(dir), 0);
  fd = (int)NT_EXPECT_OK("open: relative after chdir",
                         ntix_open("rel-file", RW_CREAT, 0644));
  NT_OK(ntix_write(fd, "rel", 3));
  ntix_close(fd);
  n = NT_EXPECT_OK("getcwd: after chdir", ntix_getcwd(cwd, sizeof(cwd)));
  NT_EXPECT("getcwd: ends with /cw-dir",
            (size_t)n > dl && cwd[n - (int64_t)dl - 1] == '/' &&
                strcmp(cwd + n - (int64_t)dl, "cw-dir") == 0,
            1);
  NT_EXPECT("getcwd: extends the old directory",
            strncmp(cwd, saved_cwd, strlen(saved_cwd)) == 0, 1);
  NT_EXPECT("chdir: dot-dot", ntix_chdir(".."), 0);
  NT_EXPECT("chdir: missing", ntix_chdir("cw-missing"), NTIX_ENOENT);
  NT_EXPECT("chdir: back", ntix_chdir(saved_cwd), 0);
  NT_EXPECT("stat: file opened relative to new cwd",
            path_type(ntix_t_path("cw-dir/rel-file")), NTIX_FT_REG);
  NT_EXPECT("getcwd: 1-byte buffer", ntix_getcwd(cwd, 1), NTIX_ERANGE);
  NT_EXPECT("getcwd: exact-length buffer too small by the NUL",
            ntix_getcwd(cwd, strlen(saved_cwd)), NTIX_ERANGE);
  NT_EXPECT(
      "getcwd: buffer with room for the NUL",
      ntix_getcwd(cwd, strlen(saved_cwd) + 1) == (int64_t)strlen(saved_cwd), 1);
}
END_TEST

START_TEST(chdir_file) {
  const char *file = ntix_t_path("cf-file");

  ntix_t_create(file, "x", 1);
  NT_EXPECT("chdir: a regular file", ntix_chdir(file), NTIX_ENOTDIR);
}
END_TEST

/* --- dup -------------------------------------------------------------- */

START_TEST(dup_offset) {
  const char *path = ntix_t_path("du-file");
  char buf[4];
  int fd, fd2;

  fd = open_ok(path, RW_CREAT);
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
  a = open_ok(path, NTIX_O_RDONLY);
  b = open_ok(path, NTIX_O_RDONLY);
  c = open_ok(path, NTIX_O_RDONLY);
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
  TCase *tc = tcase_create("file");
  TCase *cwd = tcase_create("cwd");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, open_errors);
  tcase_add_test(tc, open_directory_ok);
  tcase_add_test(tc, closed_descriptor);
  tcase_add_test(tc, access_mode);
  tcase_add_test(tc, directory_descriptor);
  tcase_add_test(tc, unlink_open_file);
  tcase_add_test(tc, unlink_twice_open);
  tcase_add_test(tc, rename_over_open);
  tcase_add_test(tc, rename_errors);
  tcase_add_test(tc, rename_directories);
  tcase_add_test(tc, dir_errors);
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
  tcase_add_test(tc, long_component);
  tcase_add_test(tc, long_path);
  tcase_add_test(tc, utf8_name);
  tcase_add_test(tc, read_only_file);
  tcase_add_test(tc, large_offsets);
  tcase_add_test(tc, dot_components);
  tcase_add_test(tc, plain_names);
  tcase_add_test(tc, dup_offset);
  tcase_add_test(tc, dup_lowest);
  suite_add_tcase(s, tc);
  tcase_set_timeout(cwd, 60);
  tcase_add_checked_fixture(cwd, NULL, restore_cwd);
  tcase_add_test(cwd, chdir_relative);
  tcase_add_test(cwd, chdir_file);
  suite_add_tcase(s, cwd);
  return ntix_t_run(s, "file");
}

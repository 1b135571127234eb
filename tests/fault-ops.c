/* fault-ops.c: the file, directory, pipe and memory operations of
 * tests/check_fault.c (see fault-ops.h).
 */
#include <stdio.h>
#include <string.h>

#include "fault-ops.h"

static const char A[] = "alpha: the first file's content";
static const char B[] = "bravo";

void
fop_init(fop_t *c) {
  memset(c, 0, sizeof(*c));
  c->fd = c->fd2 = c->fd3 = c->pfd = c->fds[0] = c->fds[1] = -1;
}

void
fop_close_all(fop_t *c) {
  int *fds[] = {&c->fd, &c->fd2, &c->fd3, &c->pfd, &c->fds[0], &c->fds[1]};
  size_t i;

  for (i = 0; i < sizeof(fds) / sizeof(fds[0]); i++) {
    if (*fds[i] >= 0)
      ntix_close(*fds[i]);
    *fds[i] = -1;
  }
}

int64_t
fop_size(const char *path) {
  ntix_stat_t st;

  return ntix_stat(path, &st) == 0 ? (int64_t)st.size : -1;
}

int
fop_holds(const char *path, const void *data, size_t len) {
  char buf[256];
  int fd = ntix_open(path, NTIX_O_RDONLY, 0);
  int64_t n;

  if (fd < 0)
    return 0;
  n = ntix_t_read_all(fd, buf, sizeof(buf));
  ntix_close(fd);
  return n == (int64_t)len && memcmp(buf, data, len) == 0;
}

static void
names(fop_t *c, const char *a, const char *b) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path(a));
  snprintf(c->b, sizeof(c->b), "%s", ntix_t_path(b));
}

static void
remove_all(fop_t *c) {
  fop_close_all(c);
  ntix_unlink(c->a);
  ntix_unlink(c->b);
  ntix_rmdir(c->a);
  ntix_rmdir(c->b);
}

/* ---- open, read, write, close -------------------------------------------- */

static void
set_new(fop_t *c) {
  names(c, "new", "unused");
}

static int64_t
run_create(fop_t *c) {
  return c->fd =
             ntix_open(c->a, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644);
}

static int
done_create(fop_t *c, int64_t r) {
  return ntix_write(c->fd, B, 5) == 5 && fop_size(c->a) == 5;
}

/* An exclusive create that failed must not leave the file behind: the
 * caller's retry would find it and fail with EEXIST. */
static int
undone_create(fop_t *c) {
  return fop_size(c->a) == -1;
}

static void
set_file(fop_t *c) {
  names(c, "file", "other");
  ntix_t_create(c->a, A, sizeof(A));
}

static int64_t
run_open(fop_t *c) {
  return c->fd = ntix_open(c->a, NTIX_O_RDONLY, 0);
}

static int
done_open(fop_t *c, int64_t r) {
  char buf[64];

  return ntix_read(c->fd, buf, sizeof(buf)) == sizeof(A) &&
         memcmp(buf, A, sizeof(A)) == 0;
}

/* A path through "..": Windows checks the directory before it (path.c). */
static void
set_dotdot(fop_t *c) {
  set_file(c);
  snprintf(c->b, sizeof(c->b), "%s/../%s/file", ntix_t_dir(), ntix_t_dir());
}

static int64_t
run_open_dotdot(fop_t *c) {
  return c->fd = ntix_open(c->b, NTIX_O_RDONLY, 0);
}

static void
unset_dotdot(fop_t *c) {
  fop_close_all(c);
  ntix_unlink(c->a);
}

static void
set_open_rw(fop_t *c) {
  set_file(c);
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDWR, 0));
}

static int64_t
run_read(fop_t *c) {
  char buf[64];

  return ntix_read(c->fd, buf, sizeof(buf));
}

static int
done_read(fop_t *c, int64_t r) {
  return r == sizeof(A) && ntix_seek(c->fd, 0, NTIX_SEEK_CUR) == sizeof(A);
}

static int
at_start(fop_t *c) {
  return ntix_seek(c->fd, 0, NTIX_SEEK_CUR) == 0;
}

static int64_t
run_write(fop_t *c) {
  return ntix_write(c->fd, B, 5);
}

static int
done_write(fop_t *c, int64_t r) {
  return r == 5 && fop_size(c->a) == sizeof(A);
}

static int
unchanged(fop_t *c) {
  return fop_holds(c->a, A, sizeof(A));
}

static int64_t
run_pwrite(fop_t *c) {
  return ntix_pwrite(c->fd, B, 5, sizeof(A));
}

static int
done_pwrite(fop_t *c, int64_t r) {
  return r == 5 && fop_size(c->a) == sizeof(A) + 5 && at_start(c);
}

static int
unchanged_at_start(fop_t *c) {
  return unchanged(c) && at_start(c);
}

static int64_t
run_pread(fop_t *c) {
  char buf[8];

  return ntix_pread(c->fd, buf, sizeof(buf), 2);
}

static int
done_pread(fop_t *c, int64_t r) {
  return r == 8 && at_start(c);
}

static int64_t
run_writev(fop_t *c) {
  ntix_iovec_t iov[2] = {{(void *)B, 2}, {(void *)(B + 2), 3}};

  return ntix_writev(c->fd, iov, 2);
}

static int64_t
run_readv(fop_t *c) {
  char x[4], y[100];
  ntix_iovec_t iov[2] = {{x, sizeof(x)}, {y, sizeof(y)}};

  return ntix_readv(c->fd, iov, 2);
}

static int64_t
run_seek(fop_t *c) {
  return ntix_seek(c->fd, 7, NTIX_SEEK_SET);
}

static int
done_seek(fop_t *c, int64_t r) {
  return r == 7 && ntix_seek(c->fd, 0, NTIX_SEEK_CUR) == 7;
}

static int64_t
run_truncate(fop_t *c) {
  return ntix_ftruncate(c->fd, 3);
}

static int
done_truncate(fop_t *c, int64_t r) {
  return fop_size(c->a) == 3;
}

static int64_t
run_fsync(fop_t *c) {
  return ntix_fsync(c->fd);
}

static int
done_ok(fop_t *c, int64_t r) {
  return r >= 0;
}

static int64_t
run_fstat(fop_t *c) {
  ntix_stat_t st;
  int rc = ntix_fstat(c->fd, &st);

  return rc < 0 ? rc : (int64_t)st.size;
}

static int64_t
run_stat(fop_t *c) {
  ntix_stat_t st;
  int rc = ntix_stat(c->a, &st);

  return rc < 0 ? rc : (int64_t)st.size;
}

static int64_t
run_lstat(fop_t *c) {
  ntix_stat_t st;
  int rc = ntix_lstat(c->a, &st);

  return rc < 0 ? rc : (int64_t)st.size;
}

static int
done_size(fop_t *c, int64_t r) {
  return r == sizeof(A);
}

static int64_t
run_close(fop_t *c) {
  int rc = ntix_close(c->fd);

  c->fd2 = c->fd;
  c->fd = -1;
  return rc;
}

/* Closed whatever close reports, as POSIX has it: a descriptor that
 * stayed open would be leaked by every caller. */
static int
done_close(fop_t *c, int64_t r) {
  return ntix_fd_native(c->fd2) == -1;
}

static int
undone_close(fop_t *c) {
  return done_close(c, 0);
}

static int64_t
run_dup(fop_t *c) {
  return c->fd2 = ntix_dup(c->fd);
}

static int
done_dup(fop_t *c, int64_t r) {
  char buf[64];

  return ntix_read(c->fd2, buf, sizeof(buf)) == sizeof(A);
}

/* ---- names --------------------------------------------------------------- */

static int64_t
run_unlink(fop_t *c) {
  return ntix_unlink(c->a);
}

static int
done_unlink(fop_t *c, int64_t r) {
  return fop_size(c->a) == -1;
}

/* Unlinking a file another descriptor holds open: the Windows emulation
 * moves it aside and deletes it on close. */
static void
set_open_file(fop_t *c) {
  set_file(c);
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDONLY, 0));
}

static int
done_unlink_open(fop_t *c, int64_t r) {
  char buf[64];

  return fop_size(c->a) == -1 &&
         ntix_read(c->fd, buf, sizeof(buf)) == sizeof(A);
}

static int64_t
run_rename(fop_t *c) {
  return ntix_rename(c->a, c->b);
}

static int
done_rename(fop_t *c, int64_t r) {
  return fop_size(c->a) == -1 && fop_holds(c->b, A, sizeof(A));
}

static int
gone(fop_t *c) {
  return fop_size(c->a) == -1;
}

static int
undone_rename(fop_t *c) {
  return fop_holds(c->a, A, sizeof(A)) && fop_size(c->b) == -1;
}

static void
set_two(fop_t *c) {
  set_file(c);
  ntix_t_create(c->b, B, 5);
}

/* A target that is open: the Windows emulation moves it aside first. */
static void
set_two_open(fop_t *c) {
  set_two(c);
  c->fd = (int)NT_OK(ntix_open(c->b, NTIX_O_RDONLY, 0));
}

/* rename is atomic: a failed replace leaves both names as they were. */
static int
undone_replace(fop_t *c) {
  return fop_holds(c->a, A, sizeof(A)) && fop_holds(c->b, B, 5);
}

static void
set_dirs(fop_t *c) {
  names(c, "dir-a", "dir-b");
  NT_OK(ntix_mkdir(c->a, 0755));
  NT_OK(ntix_mkdir(c->b, 0755));
}

static int
is_dir(const char *path) {
  ntix_stat_t st;

  return ntix_stat(path, &st) == 0 && st.type == NTIX_FT_DIR;
}

static int
done_rename_dir(fop_t *c, int64_t r) {
  return fop_size(c->a) == -1 && is_dir(c->b);
}

static int
undone_rename_dir(fop_t *c) {
  return is_dir(c->a) && is_dir(c->b);
}

static void
set_dir_name(fop_t *c) {
  names(c, "dir", "unused");
}

static int64_t
run_mkdir(fop_t *c) {
  return ntix_mkdir(c->a, 0755);
}

static int
done_mkdir(fop_t *c, int64_t r) {
  return is_dir(c->a);
}

static void
set_dir(fop_t *c) {
  set_dir_name(c);
  NT_OK(ntix_mkdir(c->a, 0755));
}

static int64_t
run_rmdir(fop_t *c) {
  return ntix_rmdir(c->a);
}

static int
undone_rmdir(fop_t *c) {
  return is_dir(c->a);
}

/* ---- directories and the current directory ------------------------------- */

static void
set_listing(fop_t *c) {
  set_dir(c);
  snprintf(c->b, sizeof(c->b), "%s/x", c->a);
  ntix_t_create(c->b, B, 5);
  snprintf(c->b, sizeof(c->b), "%s/y", c->a);
  ntix_t_create(c->b, B, 5);
}

static void
unset_listing(fop_t *c) {
  char p[300];

  snprintf(p, sizeof(p), "%s/x", c->a);
  ntix_unlink(p);
  remove_all(c);
}

/* Open, read to the end, close: the entries seen, or the first failure
 * (the directory is closed in any case). */
static int64_t
run_listing(fop_t *c) {
  ntix_dirent_t ent;
  ntix_dir_t *d;
  int64_t n = 0;
  int rc, crc;

  rc = ntix_dir_open(c->a, &d);
  if (rc < 0)
    return rc;
  while ((rc = ntix_dir_read(d, &ent)) == 1) n++;
  crc = ntix_dir_close(d);
  return rc < 0 ? rc : crc < 0 ? crc : n;
}

static int
done_listing(fop_t *c, int64_t r) {
  return r == 2;
}

static void
set_cwd(fop_t *c) {
  set_dir(c);
  NT_OK(ntix_getcwd(c->cwd, sizeof(c->cwd)));
}

static void
unset_cwd(fop_t *c) {
  NT_OK(ntix_chdir(c->cwd));
  remove_all(c);
}

static int64_t
run_chdir(fop_t *c) {
  return ntix_chdir(c->a);
}

static int
done_chdir(fop_t *c, int64_t r) {
  char now[1024];
  int64_t n = ntix_getcwd(now, sizeof(now));

  return n > 4 && strcmp(now + n - 4, "/dir") == 0;
}

static int
undone_chdir(fop_t *c) {
  char now[1024];

  return ntix_getcwd(now, sizeof(now)) >= 0 && strcmp(now, c->cwd) == 0;
}

static int64_t
run_getcwd(fop_t *c) {
  return ntix_getcwd(c->b, sizeof(c->b));
}

static int
done_getcwd(fop_t *c, int64_t r) {
  return r > 0 && strcmp(c->b, c->cwd) == 0;
}

/* ---- pipes --------------------------------------------------------------- */

static void
set_nothing(fop_t *c) {
  (void)c;
}

static int64_t
run_pipe(fop_t *c) {
  return ntix_pipe(c->fds, 0);
}

static int64_t
run_pipe_nonblock(fop_t *c) {
  return ntix_pipe(c->fds, NTIX_O_NONBLOCK);
}

static int
done_pipe(fop_t *c, int64_t r) {
  char buf[8];

  return ntix_write(c->fds[1], B, 5) == 5 && ntix_read(c->fds[0], buf, 8) == 5;
}

static void
set_pipe(fop_t *c) {
  NT_OK(ntix_pipe(c->fds, NTIX_O_NONBLOCK));
}

/* A duplicate of the write end writes into the same pipe. */
static int64_t
run_dup_pipe(fop_t *c) {
  return c->fd = ntix_dup(c->fds[1]);
}

static int
done_dup_pipe(fop_t *c, int64_t r) {
  char buf[8];

  return ntix_write(c->fd, B, 5) == 5 && ntix_read(c->fds[0], buf, 8) == 5;
}

static int64_t
run_pipe_write(fop_t *c) {
  return ntix_write(c->fds[1], B, 5);
}

static int
done_pipe_write(fop_t *c, int64_t r) {
  char buf[8];

  return r == 5 && ntix_read(c->fds[0], buf, 8) == 5;
}

/* Nothing went through: the read end is empty. */
static int
pipe_empty(fop_t *c) {
  char buf[8];

  return ntix_read(c->fds[0], buf, 8) == NTIX_EAGAIN;
}

static void
set_pipe_full(fop_t *c) {
  set_pipe(c);
  NT_OK(ntix_write(c->fds[1], B, 5));
}

static int64_t
run_pipe_read(fop_t *c) {
  char buf[8];

  return ntix_read(c->fds[0], buf, 8);
}

static int
done_pipe_read(fop_t *c, int64_t r) {
  return r == 5;
}

/* The data is still there after a failed read. */
static int
pipe_kept(fop_t *c) {
  return done_pipe_write(c, 5);
}

/* ---- memory and the rest ------------------------------------------------- */

static int64_t
run_mmap(fop_t *c) {
  return ntix_mmap_anon(3 * ntix_pagesize(), NTIX_PROT_READ | NTIX_PROT_WRITE,
                        &c->mem);
}

static int
done_mmap(fop_t *c, int64_t r) {
  memset(c->mem, 1, 3 * ntix_pagesize());
  return 1;
}

static void
unset_mmap(fop_t *c) {
  if (c->mem != NULL)
    NT_OK(ntix_munmap(c->mem, 3 * ntix_pagesize()));
  c->mem = NULL;
}

static void
set_mmap(fop_t *c) {
  NT_OK(run_mmap(c));
}

static int64_t
run_mprotect(fop_t *c) {
  return ntix_mprotect(c->mem, ntix_pagesize(), NTIX_PROT_READ);
}

static int64_t
run_munmap(fop_t *c) {
  int rc = ntix_munmap(c->mem, 3 * ntix_pagesize());

  if (rc == 0)
    c->mem = NULL;
  return rc;
}

static int64_t
run_misc(fop_t *c) {
  int lo, hi, rc;

  if ((rc = ntix_cpu_count()) < 1)
    return rc;
  if ((rc = ntix_port_range(&lo, &hi)) < 0)
    return rc;
  if ((rc = ntix_sleep_ns(1000)) < 0)
    return rc;
  return ntix_getpid();
}

#define OP(name, setup, run, done, undone, teardown) \
  { name, setup, run, done, undone, teardown }

const fault_op_t fault_ops_file[] = {
    OP("open-create",
       set_new,
       run_create,
       done_create,
       undone_create,
       remove_all),
    OP("open", set_file, run_open, done_open, NULL, remove_all),
    OP("open-dotdot",
       set_dotdot,
       run_open_dotdot,
       done_open,
       NULL,
       unset_dotdot),
    OP("read", set_open_rw, run_read, done_read, at_start, remove_all),
    OP("write", set_open_rw, run_write, done_write, unchanged, remove_all),
    OP("pwrite",
       set_open_rw,
       run_pwrite,
       done_pwrite,
       unchanged_at_start,
       remove_all),
    OP("pread", set_open_rw, run_pread, done_pread, at_start, remove_all),
    OP("writev", set_open_rw, run_writev, done_write, unchanged, remove_all),
    OP("readv", set_open_rw, run_readv, done_read, at_start, remove_all),
    OP("seek", set_open_rw, run_seek, done_seek, at_start, remove_all),
    OP("ftruncate",
       set_open_rw,
       run_truncate,
       done_truncate,
       unchanged,
       remove_all),
    OP("fsync", set_open_rw, run_fsync, done_ok, NULL, remove_all),
    OP("fstat", set_open_rw, run_fstat, done_size, NULL, remove_all),
    OP("stat", set_file, run_stat, done_size, NULL, remove_all),
    OP("lstat", set_file, run_lstat, done_size, NULL, remove_all),
    OP("close", set_open_rw, run_close, done_close, undone_close, remove_all),
    OP("dup", set_open_rw, run_dup, done_dup, NULL, remove_all),
    OP("unlink", set_file, run_unlink, done_unlink, unchanged, remove_all),
    OP("unlink-open",
       set_open_file,
       run_unlink,
       done_unlink_open,
       unchanged,
       remove_all),
    OP("rename", set_file, run_rename, done_rename, undone_rename, remove_all),
    OP("rename-replace",
       set_two,
       run_rename,
       done_rename,
       undone_replace,
       remove_all),
    OP("rename-replace-open",
       set_two_open,
       run_rename,
       done_rename,
       undone_replace,
       remove_all),
    OP("rename-dir",
       set_dirs,
       run_rename,
       done_rename_dir,
       undone_rename_dir,
       remove_all),
    OP("mkdir", set_dir_name, run_mkdir, done_mkdir, gone, remove_all),
    OP("rmdir", set_dir, run_rmdir, done_unlink, undone_rmdir, remove_all),
    OP("dir-listing",
       set_listing,
       run_listing,
       done_listing,
       NULL,
       unset_listing),
    OP("chdir", set_cwd, run_chdir, done_chdir, undone_chdir, unset_cwd),
    OP("getcwd", set_cwd, run_getcwd, done_getcwd, NULL, unset_cwd),
    OP("pipe", set_nothing, run_pipe, done_pipe, NULL, fop_close_all),
    OP("pipe-nonblock",
       set_nothing,
       run_pipe_nonblock,
       done_pipe,
       NULL,
       fop_close_all),
    OP("dup-pipe", set_pipe, run_dup_pipe, done_dup_pipe, NULL, fop_close_all),
    OP("pipe-write",
       set_pipe,
       run_pipe_write,
       done_pipe_write,
       pipe_empty,
       fop_close_all),
    OP("pipe-read",
       set_pipe_full,
       run_pipe_read,
       done_pipe_read,
       pipe_kept,
       fop_close_all),
    OP("mmap", set_nothing, run_mmap, done_mmap, NULL, unset_mmap),
    OP("mprotect", set_mmap, run_mprotect, done_ok, NULL, unset_mmap),
    OP("munmap", set_mmap, run_munmap, done_ok, NULL, unset_mmap),
    OP("misc", set_nothing, run_misc, done_ok, NULL, set_nothing),
};
const int fault_ops_file_count =
    (int)(sizeof(fault_ops_file) / sizeof(fault_ops_file[0]));

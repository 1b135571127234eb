/* fault-ops-meta.c: the metadata, process and environment operations of
 * tests/check_fault.c (see fault-ops.h): descriptor flags, dup2 onto an
 * open descriptor, permissions, times, truncation and links by path,
 * access, realpath, statfs, isatty; spawning this program as a child,
 * signalling it, and the environment.  A failure check looks at what
 * another caller would see: the descriptor's flags, the file newfd reads,
 * the file's mode, times, size and names, the child that did or did not
 * start, the variable's value.
 */
#include <stdio.h>
#include <string.h>

#if !defined(_WIN32)
#include <errno.h>
#include <sys/wait.h>
#endif

#include "fault-ops.h"

static const char A[] = "alpha: the first file's content";
static const char B[] = "bravo";

#define MS 1000000LL
/* The modification time ntix_utimens sets: 2020-09-13, whole
 * microseconds.  The access time is an hour ahead (c->id): Wine reads the
 * file where Linux does not (doc/known-differences.md), which relatime
 * lets move an older access time. */
#define T_MTIME 1600000001654321000LL
#define SEC (1000 * MS)
#define VAR "NTIX_FAULT_VAR"

static void
names(fop_t *c, const char *a, const char *b) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path(a));
  snprintf(c->b, sizeof(c->b), "%s", ntix_t_path(b));
}

static void
remove_all(fop_t *c) {
  fop_close_all(c);
  ntix_chmod(c->a, 0644);
  ntix_unlink(c->a);
  ntix_unlink(c->b);
}

static int
done_zero(fop_t *c, int64_t r) {
  (void)c;
  return r == 0;
}

/* ---- descriptor flags ---------------------------------------------------- */

static int
has_flag(int fd, int flag) {
  int f = ntix_fd_flags(fd);

  return f >= 0 && (f & flag) != 0;
}

static int
lacks_flag(int fd, int flag) {
  int f = ntix_fd_flags(fd);

  return f >= 0 && (f & flag) == 0;
}

static void
set_pipe(fop_t *c) {
  NT_OK(ntix_pipe(c->fds, 0));
}

/* The write end: Windows changes the pipe's completion mode there. */
static int64_t
run_nonblock_pipe(fop_t *c) {
  return ntix_fd_set_nonblock(c->fds[1], 1);
}

static int
done_nonblock_pipe(fop_t *c, int64_t r) {
  return r == 0 && has_flag(c->fds[1], NTIX_O_NONBLOCK) &&
         ntix_write(c->fds[1], B, 5) == 5;
}

static int
undone_nonblock_pipe(fop_t *c) {
  return lacks_flag(c->fds[1], NTIX_O_NONBLOCK);
}

static void
set_tcp(fop_t *c) {
  ntix_t_tcp_pair(NTIX_AF_INET, &c->fd, &c->fd2);
}

static int64_t
run_nonblock_socket(fop_t *c) {
  return ntix_fd_set_nonblock(c->fd, 1);
}

/* Non-blocking in flag and in fact: a receive with nothing there. */
static int
done_nonblock_socket(fop_t *c, int64_t r) {
  char b;

  return r == 0 && has_flag(c->fd, NTIX_O_NONBLOCK) &&
         ntix_recv(c->fd, &b, 1, 0) == NTIX_EAGAIN;
}

static int
undone_nonblock_socket(fop_t *c) {
  return lacks_flag(c->fd, NTIX_O_NONBLOCK);
}

static void
set_file(fop_t *c) {
  names(c, "meta", "meta2");
  ntix_t_create(c->a, A, sizeof(A));
}

static void
set_open(fop_t *c) {
  set_file(c);
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDWR, 0));
}

static int64_t
run_inherit(fop_t *c) {
  return ntix_fd_set_inherit(c->fd, 1);
}

static int
done_inherit(fop_t *c, int64_t r) {
  return r == 0 && has_flag(c->fd, NTIX_O_INHERIT);
}

static int
undone_inherit(fop_t *c) {
  return lacks_flag(c->fd, NTIX_O_INHERIT);
}

/* ---- dup2 onto an open descriptor ---------------------------------------- */

/* fd reads c->a (A), fd2 reads c->b (B). */
static void
set_two_files(fop_t *c) {
  set_file(c);
  ntix_t_create(c->b, B, sizeof(B));
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDONLY, 0));
  c->fd2 = (int)NT_OK(ntix_open(c->b, NTIX_O_RDONLY, 0));
}

static int64_t
run_dup2(fop_t *c) {
  return ntix_dup2(c->fd, c->fd2);
}

static int
reads(int fd, const void *data, size_t len) {
  char buf[64];

  return ntix_pread(fd, buf, sizeof(buf), 0) == (int64_t)len &&
         memcmp(buf, data, len) == 0;
}

static int
done_dup2(fop_t *c, int64_t r) {
  return r == c->fd2 && reads(c->fd2, A, sizeof(A)) &&
         reads(c->fd, A, sizeof(A));
}

/* A failed dup2 leaves newfd as it was (both backends put the duplicate
 * in only once it exists): it still reads the other file. */
static int
undone_dup2(fop_t *c) {
  return reads(c->fd2, B, sizeof(B)) && reads(c->fd, A, sizeof(A));
}

/* ---- permissions, times, size, access ------------------------------------ */

static uint32_t
mode_of(const char *path) {
  ntix_stat_t st;

  return ntix_stat(path, &st) == 0 ? st.mode : 0xffffffffu;
}

/* The mode bits, and an open for writing works or not; not the other way
 * round: Linux (and Wine) let root write whatever the bits say. */
static int
writable(const char *path) {
  return mode_of(path) != 0xffffffffu && (mode_of(path) & 0200) != 0 &&
         ntix_access(path, NTIX_W_OK) == 0;
}

static int
read_only(const char *path) {
  return mode_of(path) != 0xffffffffu && (mode_of(path) & 0200) == 0;
}

static int64_t
run_chmod_ro(fop_t *c) {
  return ntix_chmod(c->a, 0444);
}

static int
done_ro(fop_t *c, int64_t r) {
  return r == 0 && read_only(c->a);
}

static int
undone_ro(fop_t *c) {
  return writable(c->a);
}

static void
set_file_ro(fop_t *c) {
  set_file(c);
  NT_OK(ntix_chmod(c->a, 0444));
}

static int64_t
run_chmod_rw(fop_t *c) {
  return ntix_chmod(c->a, 0644);
}

static int
done_rw(fop_t *c, int64_t r) {
  return r == 0 && writable(c->a);
}

static int
undone_rw(fop_t *c) {
  return read_only(c->a);
}

static int64_t
run_fchmod_ro(fop_t *c) {
  return ntix_fchmod(c->fd, 0444);
}

static void
set_open_ro(fop_t *c) {
  set_open(c);
  NT_OK(ntix_fchmod(c->fd, 0444));
}

static int64_t
run_fchmod_rw(fop_t *c) {
  return ntix_fchmod(c->fd, 0644);
}

static int
times_are(const char *path, int64_t at, int64_t mt) {
  ntix_stat_t st;

  return ntix_stat(path, &st) == 0 && st.atime_ns == at && st.mtime_ns == mt;
}

static int64_t
run_utimens(fop_t *c) {
  const int64_t t[2] = {c->id + SEC, T_MTIME};

  return ntix_utimens(c->a, t);
}

static int
done_utimens(fop_t *c, int64_t r) {
  return r == 0 && times_are(c->a, c->id + SEC, T_MTIME);
}

/* Set-up put other times; a failure kept them. */
static void
set_file_timed(fop_t *c) {
  int64_t t[2];

  c->id = ntix_clock_real() / 1000 * 1000 + 3600 * SEC;
  t[0] = c->id;
  t[1] = T_MTIME - SEC;
  set_file(c);
  NT_OK(ntix_utimens(c->a, t));
}

static int
undone_utimens(fop_t *c) {
  return times_are(c->a, c->id, T_MTIME - SEC);
}

static int64_t
run_truncate(fop_t *c) {
  return ntix_truncate(c->a, 5);
}

static int
done_truncate(fop_t *c, int64_t r) {
  return r == 0 && fop_holds(c->a, A, 5);
}

static int
undone_truncate(fop_t *c) {
  return fop_holds(c->a, A, sizeof(A));
}

static int64_t
run_access(fop_t *c) {
  return ntix_access(c->a, NTIX_R_OK | NTIX_W_OK);
}

/* ---- links, names, file systems ------------------------------------------ */

static uint64_t
nlink_of(const char *path) {
  ntix_stat_t st;

  return ntix_stat(path, &st) == 0 ? st.nlink : 0;
}

static int64_t
run_link(fop_t *c) {
  return ntix_link(c->a, c->b);
}

static int
done_link(fop_t *c, int64_t r) {
  return r == 0 && fop_holds(c->b, A, sizeof(A)) && nlink_of(c->a) == 2;
}

static int
undone_link(fop_t *c) {
  return fop_size(c->b) == -1 && nlink_of(c->a) == 1 &&
         fop_holds(c->a, A, sizeof(A));
}

#if !defined(_WIN32)
/* Wine 8.0 and 10.0 have no symbolic links (ntix_symlink is NTIX_EPERM
 * there): Linux only. */
static int64_t
run_symlink(fop_t *c) {
  return ntix_symlink("meta", c->b);
}

static int
done_symlink(fop_t *c, int64_t r) {
  char buf[64];

  return r == 0 && ntix_readlink(c->b, buf, sizeof(buf)) == 4 &&
         strcmp(buf, "meta") == 0 && fop_holds(c->b, A, sizeof(A));
}

static int
undone_symlink(fop_t *c) {
  char buf[64];

  return ntix_readlink(c->b, buf, sizeof(buf)) == NTIX_ENOENT;
}

static void
set_symlink(fop_t *c) {
  set_file(c);
  NT_OK(ntix_symlink("meta", c->b));
}

static int64_t
run_readlink(fop_t *c) {
  return ntix_readlink(c->b, c->cwd, sizeof(c->cwd));
}

static int
done_readlink(fop_t *c, int64_t r) {
  return r == 4 && strcmp(c->cwd, "meta") == 0;
}
#endif

static int64_t
run_realpath(fop_t *c) {
  return ntix_realpath(c->a, c->cwd, sizeof(c->cwd));
}

static int
done_realpath(fop_t *c, int64_t r) {
  size_t n = strlen(c->cwd);

  return r == (int64_t)n && n > 5 && strcmp(c->cwd + n - 5, "/meta") == 0 &&
         fop_holds(c->cwd, A, sizeof(A));
}

static int64_t
run_statfs(fop_t *c) {
  ntix_statfs_t fs;
  int rc = ntix_statfs(c->a, &fs);

  return rc == 0 && (fs.total == 0 || fs.bsize == 0) ? -1 : rc;
}

static int64_t
run_fstatfs(fop_t *c) {
  ntix_statfs_t fs;
  int rc = ntix_fstatfs(c->fd, &fs);

  return rc == 0 && (fs.total == 0 || fs.bsize == 0) ? -1 : rc;
}

static int64_t
run_isatty(fop_t *c) {
  return ntix_isatty(c->fds[0]);
}

/* ---- processes ----------------------------------------------------------- */

#define CHILD_EXIT FOP_CHILD_TAG "touch"
#define CHILD_SLEEP FOP_CHILD_TAG "sleep"

int
fop_child_main(int argc, char **argv) {
  if (argc > 2 && strcmp(argv[1], CHILD_EXIT) == 0) {
    int fd = ntix_open(argv[2], NTIX_O_WRONLY | NTIX_O_CREAT, 0644);

    return fd >= 0 && ntix_close(fd) == 0 ? 0 : 3;
  }
  if (argc > 1 && strcmp(argv[1], CHILD_SLEEP) == 0) {
    ntix_sleep_ns(60000 * MS);
    return 0;
  }
  return 2;
}

/* Starts this program (c->cwd, from set_self) as a child in mode; c->a
 * names the file a CHILD_EXIT child creates. */
static int
spawn_self(fop_t *c, const char *mode) {
  const char *argv[4];
  ntix_spawn_t sp;
  int rc;

  argv[0] = c->cwd;
  argv[1] = mode;
  argv[2] = c->a;
  argv[3] = NULL;
  memset(&sp, 0, sizeof(sp));
  sp.file = c->cwd;
  sp.argv = argv;
  rc = ntix_spawn(&sp, NULL);
  if (rc >= 0)
    c->pfd = rc;
  return rc;
}

static void
set_self(fop_t *c, const char *a) {
  names(c, a, "unused");
  NT_OK(ntix_exe_path(c->cwd, sizeof(c->cwd)));
}

static void
set_spawn(fop_t *c) {
  set_self(c, "child-ran");
}

static int64_t
run_spawn(fop_t *c) {
  return spawn_self(c, CHILD_EXIT);
}

static int
exited_zero(fop_t *c) {
  ntix_proc_status_t st;

  return ntix_proc_wait(c->pfd, &st, 0) > 0 && st.how == NTIX_PROC_EXITED &&
         st.code == 0;
}

static int
done_spawn(fop_t *c, int64_t r) {
  return r == c->pfd && exited_zero(c) && fop_size(c->a) == 0;
}

/* No child: none to reap (Linux), and none created its file. */
static int
undone_spawn(fop_t *c) {
#if !defined(_WIN32)
  int st;

  if (waitpid(-1, &st, WNOHANG) != -1 || errno != ECHILD)
    return 0;
#endif
  ntix_sleep_ns(200 * MS);
  return c->pfd == -1 && fop_size(c->a) == -1;
}

static void
unset_spawn(fop_t *c) {
  if (c->pfd >= 0)
    ntix_proc_wait(c->pfd, NULL, 0);
  remove_all(c);
}

static void
set_sleeper(fop_t *c) {
  set_self(c, "unused");
  NT_OK(spawn_self(c, CHILD_SLEEP));
}

static int64_t
run_proc_kill(fop_t *c) {
  return ntix_proc_kill(c->pfd, NTIX_SIGKILL);
}

static int64_t
run_kill(fop_t *c) {
  int pid = ntix_proc_pid(c->pfd);

  return pid < 0 ? pid : ntix_kill(pid, NTIX_SIGTERM);
}

static int
ended_by(fop_t *c, int sig) {
  ntix_proc_status_t st;

  return ntix_proc_wait(c->pfd, &st, 0) > 0 && st.how == NTIX_PROC_SIGNALED &&
         st.signo == sig;
}

static int
done_proc_kill(fop_t *c, int64_t r) {
  return r == 0 && ended_by(c, NTIX_SIGKILL);
}

static int
done_kill(fop_t *c, int64_t r) {
  return r == 0 && ended_by(c, NTIX_SIGTERM);
}

/* The child still runs, and a second kill ends it. */
static int
undone_kill(fop_t *c) {
  return ntix_proc_wait(c->pfd, NULL, NTIX_WNOHANG) == 0 &&
         run_proc_kill(c) == 0 && ended_by(c, NTIX_SIGKILL);
}

static void
unset_sleeper(fop_t *c) {
  if (ntix_proc_wait(c->pfd, NULL, NTIX_WNOHANG) == 0) {
    ntix_proc_kill(c->pfd, NTIX_SIGKILL);
    ntix_proc_wait(c->pfd, NULL, 0);
  }
  fop_close_all(c);
}

/* ---- the environment ----------------------------------------------------- */

static int
var_is(const char *value) {
  char buf[64];

  if (value == NULL)
    return ntix_getenv(VAR, buf, sizeof(buf)) == NTIX_ENOENT;
  return ntix_getenv(VAR, buf, sizeof(buf)) == (int64_t)strlen(value) &&
         strcmp(buf, value) == 0;
}

static void
set_var(fop_t *c) {
  (void)c;
  NT_OK(ntix_setenv(VAR, "old"));
}

static void
unset_var(fop_t *c) {
  (void)c;
  ntix_unsetenv(VAR);
}

static int64_t
run_setenv(fop_t *c) {
  (void)c;
  return ntix_setenv(VAR, "new value");
}

static int
done_setenv(fop_t *c, int64_t r) {
  (void)c;
  return r == 0 && var_is("new value");
}

static int
undone_var(fop_t *c) {
  (void)c;
  return var_is("old");
}

static int64_t
run_unsetenv(fop_t *c) {
  (void)c;
  return ntix_unsetenv(VAR);
}

static int
done_unsetenv(fop_t *c, int64_t r) {
  (void)c;
  return r == 0 && var_is(NULL);
}

static int64_t
run_getenv(fop_t *c) {
  return ntix_getenv(VAR, c->cwd, sizeof(c->cwd));
}

static int
done_getenv(fop_t *c, int64_t r) {
  return r == 3 && strcmp(c->cwd, "old") == 0;
}

#define OP(name, setup, run, done, undone, teardown) \
  { name, setup, run, done, undone, teardown }

const fault_op_t fault_ops_meta[] = {
    OP("nonblock-pipe",
       set_pipe,
       run_nonblock_pipe,
       done_nonblock_pipe,
       undone_nonblock_pipe,
       fop_close_all),
    OP("nonblock-socket",
       set_tcp,
       run_nonblock_socket,
       done_nonblock_socket,
       undone_nonblock_socket,
       fop_close_all),
    OP("set-inherit",
       set_open,
       run_inherit,
       done_inherit,
       undone_inherit,
       remove_all),
    OP("dup2-onto-open",
       set_two_files,
       run_dup2,
       done_dup2,
       undone_dup2,
       remove_all),
    OP("chmod-read-only",
       set_file,
       run_chmod_ro,
       done_ro,
       undone_ro,
       remove_all),
    OP("chmod-writable",
       set_file_ro,
       run_chmod_rw,
       done_rw,
       undone_rw,
       remove_all),
    OP("fchmod-read-only",
       set_open,
       run_fchmod_ro,
       done_ro,
       undone_ro,
       remove_all),
    OP("fchmod-writable",
       set_open_ro,
       run_fchmod_rw,
       done_rw,
       undone_rw,
       remove_all),
    OP("utimens",
       set_file_timed,
       run_utimens,
       done_utimens,
       undone_utimens,
       remove_all),
    OP("truncate-path",
       set_file,
       run_truncate,
       done_truncate,
       undone_truncate,
       remove_all),
    OP("access", set_file, run_access, done_zero, NULL, remove_all),
    OP("link", set_file, run_link, done_link, undone_link, remove_all),
#if !defined(_WIN32)
    OP("symlink",
       set_file,
       run_symlink,
       done_symlink,
       undone_symlink,
       remove_all),
    OP("readlink", set_symlink, run_readlink, done_readlink, NULL, remove_all),
#endif
    OP("realpath", set_file, run_realpath, done_realpath, NULL, remove_all),
    OP("statfs", set_file, run_statfs, done_zero, NULL, remove_all),
    OP("fstatfs", set_open, run_fstatfs, done_zero, NULL, remove_all),
    OP("isatty-pipe", set_pipe, run_isatty, done_zero, NULL, fop_close_all),
    OP("spawn", set_spawn, run_spawn, done_spawn, undone_spawn, unset_spawn),
    OP("proc-kill",
       set_sleeper,
       run_proc_kill,
       done_proc_kill,
       undone_kill,
       unset_sleeper),
    OP("kill-sigterm",
       set_sleeper,
       run_kill,
       done_kill,
       undone_kill,
       unset_sleeper),
    OP("setenv-replace",
       set_var,
       run_setenv,
       done_setenv,
       undone_var,
       unset_var),
    OP("unsetenv", set_var, run_unsetenv, done_unsetenv, undone_var, unset_var),
    OP("getenv", set_var, run_getenv, done_getenv, NULL, unset_var),
};
const int fault_ops_meta_count =
    (int)(sizeof(fault_ops_meta) / sizeof(fault_ops_meta[0]));

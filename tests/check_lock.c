/* check_lock.c: conformance of byte-range locks on both OSes: the argument
 * checks, conflicts between two opens of one file in one process (open
 * file description semantics on Linux, file objects on Windows), shared
 * locks, dup and close, a waiting lock granted by another thread, locks to
 * the end of the file, and what a lock does to another open's reads and
 * writes (mandatory on Windows, advisory on Linux and Wine:
 * ntix_lock_mandatory), and a conflict between this process and a child
 * it starts (the suite runs itself as "lock-child PATH").
 */
#include <string.h>

#include "check-util.h"

#define MS 1000000LL
#define RW (NTIX_O_RDWR)

/* A fresh 64-byte file and two independent opens of it. */
static void
two_opens(const char *name, int *a, int *b) {
  char data[64];

  memset(data, 'd', sizeof(data));
  ntix_t_create(ntix_t_path(name), data, sizeof(data));
  *a = (int)NT_OK(ntix_open(ntix_t_path(name), RW, 0));
  *b = (int)NT_OK(ntix_open(ntix_t_path(name), RW, 0));
}

START_TEST(arguments) {
  int f, r, w, d, fds[2], s, closed;

  ntix_t_create(ntix_t_path("args"), "0123456789", 10);
  f = (int)NT_OK(ntix_open(ntix_t_path("args"), RW, 0));
  r = (int)NT_OK(ntix_open(ntix_t_path("args"), NTIX_O_RDONLY, 0));
  w = (int)NT_OK(ntix_open(ntix_t_path("args"), NTIX_O_WRONLY, 0));
  d = (int)NT_OK(ntix_open(ntix_t_dir(), NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_OK(ntix_pipe(fds, 0));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  closed = (int)NT_OK(ntix_open(ntix_t_path("args"), RW, 0));
  NT_OK(ntix_close(closed));

  NT_EXPECT("lock: flags 0", ntix_lock(f, 0, 1, 0), NTIX_EINVAL);
  NT_EXPECT("lock: SH and EX together",
            ntix_lock(f, 0, 1, NTIX_LOCK_SH | NTIX_LOCK_EX), NTIX_EINVAL);
  NT_EXPECT("lock: NB alone", ntix_lock(f, 0, 1, NTIX_LOCK_NB), NTIX_EINVAL);
  NT_EXPECT("lock: unknown flag bits", ntix_lock(f, 0, 1, NTIX_LOCK_EX | 0x100),
            NTIX_EINVAL);
  NT_EXPECT("lock: negative offset", ntix_lock(f, -1, 1, NTIX_LOCK_EX),
            NTIX_EINVAL);
  NT_EXPECT("lock: negative length", ntix_lock(f, 5, -1, NTIX_LOCK_EX),
            NTIX_EINVAL);
  NT_EXPECT("lock: offset + length past INT64_MAX",
            ntix_lock(f, INT64_MAX, 2, NTIX_LOCK_EX), NTIX_EOVERFLOW);
  NT_EXPECT("lock: bad flags on a closed descriptor (EINVAL first)",
            ntix_lock(closed, 0, 1, 0), NTIX_EINVAL);
  NT_EXPECT("lock: descriptor -1", ntix_lock(-1, 0, 1, NTIX_LOCK_EX),
            NTIX_EBADF);
  NT_EXPECT("lock: closed descriptor", ntix_lock(closed, 0, 1, NTIX_LOCK_EX),
            NTIX_EBADF);
  NT_EXPECT("lock: pipe", ntix_lock(fds[0], 0, 1, NTIX_LOCK_SH), NTIX_EINVAL);
  NT_EXPECT("lock: socket", ntix_lock(s, 0, 1, NTIX_LOCK_SH), NTIX_EINVAL);
  NT_EXPECT("lock: directory", ntix_lock(d, 0, 1, NTIX_LOCK_SH), NTIX_EINVAL);
  NT_EXPECT("lock: EX on a read-only descriptor",
            ntix_lock(r, 0, 1, NTIX_LOCK_EX | NTIX_LOCK_NB), NTIX_EBADF);
  NT_EXPECT("lock: SH on a write-only descriptor",
            ntix_lock(w, 0, 1, NTIX_LOCK_SH | NTIX_LOCK_NB), NTIX_EBADF);
  NT_EXPECT("lock: SH on a read-only descriptor",
            ntix_lock(r, 0, 1, NTIX_LOCK_SH | NTIX_LOCK_NB), 0);
  NT_EXPECT("unlock: SH on a read-only descriptor", ntix_unlock(r, 0, 1), 0);
  NT_EXPECT("lock: EX on a write-only descriptor",
            ntix_lock(w, 0, 1, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("unlock: EX on a write-only descriptor", ntix_unlock(w, 0, 1), 0);
  NT_EXPECT("unlock: negative offset", ntix_unlock(f, -1, 1), NTIX_EINVAL);
  NT_EXPECT("unlock: negative length", ntix_unlock(f, 0, -1), NTIX_EINVAL);
  NT_EXPECT("unlock: closed descriptor", ntix_unlock(closed, 0, 1), NTIX_EBADF);
  NT_EXPECT("unlock: pipe", ntix_unlock(fds[0], 0, 1), NTIX_EINVAL);
  ntix_close(f);
  ntix_close(r);
  ntix_close(w);
  ntix_close(d);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(s);
}
END_TEST

/* Two opens of one file in one process conflict, as two processes would. */
START_TEST(conflict_two_opens) {
  int a, b;

  two_opens("conflict", &a, &b);
  NT_EXPECT("lock: EX [0,10) through the first open",
            ntix_lock(a, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("lock: EX [0,10) through a second open of the same file",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_EXPECT("lock: SH [5,6) inside another open's EX lock",
            ntix_lock(b, 5, 1, NTIX_LOCK_SH | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_EXPECT("lock: EX [10,20) next to another open's lock",
            ntix_lock(b, 10, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("unlock: [10,20)", ntix_unlock(b, 10, 10), 0);
  NT_EXPECT("unlock: [0,10) by its holder", ntix_unlock(a, 0, 10), 0);
  NT_EXPECT("lock: EX [0,10) once the holder unlocked",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("lock: the first open now conflicts",
            ntix_lock(a, 2, 2, NTIX_LOCK_SH | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_OK(ntix_unlock(b, 0, 10));
  ntix_close(a);
  ntix_close(b);
}
END_TEST

START_TEST(shared_locks) {
  int a, b, c;

  two_opens("shared", &a, &b);
  c = (int)NT_OK(ntix_open(ntix_t_path("shared"), RW, 0));
  NT_EXPECT("lock: SH through the first open",
            ntix_lock(a, 0, 10, NTIX_LOCK_SH | NTIX_LOCK_NB), 0);
  NT_EXPECT("lock: SH through a second open",
            ntix_lock(b, 0, 10, NTIX_LOCK_SH | NTIX_LOCK_NB), 0);
  NT_EXPECT("lock: EX through a third open while two hold SH",
            ntix_lock(c, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_OK(ntix_unlock(a, 0, 10));
  NT_EXPECT("lock: EX while one SH is left",
            ntix_lock(c, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_OK(ntix_unlock(b, 0, 10));
  NT_EXPECT("lock: EX once every SH is gone",
            ntix_lock(c, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  ntix_close(a);
  ntix_close(b);
  ntix_close(c);
}
END_TEST

/* A lock belongs to the open file: a dup shares it, and it lasts until
 * the last descriptor of that open file is closed. */
START_TEST(dup_and_close) {
  int a, b, d;

  two_opens("dupclose", &a, &b);
  NT_OK(ntix_lock(a, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB));
  d = (int)NT_OK(ntix_dup(a));
  NT_OK(ntix_close(a));
  NT_EXPECT("lock: held while a dup of the holder is open",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), NTIX_EAGAIN);
  NT_EXPECT("unlock: through the dup", ntix_unlock(d, 0, 10), 0);
  NT_EXPECT("lock: free after the dup unlocked",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_OK(ntix_unlock(b, 0, 10));
  NT_OK(ntix_lock(d, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB));
  NT_OK(ntix_close(d));
  NT_EXPECT("lock: closing the last descriptor releases its locks",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  ntix_close(b);
}
END_TEST

/* Length 0 locks to the end of any file size. */
START_TEST(to_end_of_file) {
  int a, b;

  two_opens("toend", &a, &b);
  NT_EXPECT("lock: EX from 100 to the end (length 0)",
            ntix_lock(a, 100, 0, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("lock: byte 2^40 is inside a lock to the end",
            ntix_lock(b, (int64_t)1 << 40, 1, NTIX_LOCK_EX | NTIX_LOCK_NB),
            NTIX_EAGAIN);
  NT_EXPECT("lock: [0,100) is outside it",
            ntix_lock(b, 0, 100, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  NT_EXPECT("unlock: to the end (length 0)", ntix_unlock(a, 100, 0), 0);
  NT_EXPECT("lock: byte 2^40 once the lock to the end is gone",
            ntix_lock(b, (int64_t)1 << 40, 1, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  ntix_close(a);
  ntix_close(b);
}
END_TEST

struct locker {
  int fd;
  int done;
  int rc;
};

static void *
lock_thread(void *arg) {
  struct locker *l = arg;

  l->rc = ntix_lock(l->fd, 0, 10, NTIX_LOCK_EX);
  __atomic_store_n(&l->done, 1, __ATOMIC_SEQ_CST);
  return NULL;
}

/* Without NB the call waits until the holder unlocks. */
START_TEST(waiting_lock) {
  struct locker l;
  ntix_t_thread_t *t;
  int a, b;

  two_opens("wait", &a, &b);
  NT_OK(ntix_lock(a, 0, 10, NTIX_LOCK_EX));
  l.fd = b, l.done = 0, l.rc = -1;
  t = ntix_t_spawn(lock_thread, &l);
  ntix_sleep_ns(200 * MS);
  NT_EXPECT("lock: a waiting lock still waits after 200 ms",
            __atomic_load_n(&l.done, __ATOMIC_SEQ_CST), 0);
  NT_OK(ntix_unlock(a, 0, 10));
  ntix_t_join(t);
  NT_EXPECT("lock: the waiting lock is granted after the unlock", l.rc, 0);
  NT_EXPECT("lock: the first open now waits its turn",
            ntix_lock(a, 0, 10, NTIX_LOCK_SH | NTIX_LOCK_NB), NTIX_EAGAIN);
  ntix_close(a);
  ntix_close(b);
}
END_TEST

/* What a lock does to another open's I/O: mandatory on Windows (EAGAIN),
 * advisory on Linux and under Wine; outside the range never anything. */
START_TEST(io_under_lock) {
  int64_t want_r, want_w;
  char buf[4];
  int a, b;

  two_opens("io", &a, &b);
  want_r = ntix_lock_mandatory() ? NTIX_EAGAIN : 4;
  want_w = ntix_lock_mandatory() ? NTIX_EAGAIN : 1;
  NT_OK(ntix_lock(a, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB));
  NT_EXPECT("lock: ntix_lock_mandatory is 0 or 1",
            ntix_lock_mandatory() == 0 || ntix_lock_mandatory() == 1, 1);
  NT_EXPECT("pread: another open, inside an EX lock (mandatory: EAGAIN)",
            ntix_pread(b, buf, 4, 0), want_r);
  NT_EXPECT("pwrite: another open, inside an EX lock (mandatory: EAGAIN)",
            ntix_pwrite(b, "w", 1, 2), want_w);
  NT_EXPECT("pread: another open, outside the lock", ntix_pread(b, buf, 4, 20),
            4);
  NT_EXPECT("pwrite: another open, outside the lock",
            ntix_pwrite(b, "w", 1, 30), 1);
  NT_EXPECT("pread: the holder, inside its own lock", ntix_pread(a, buf, 4, 0),
            4);
  NT_EXPECT("pwrite: the holder, inside its own lock",
            ntix_pwrite(a, "h", 1, 0), 1);
  NT_OK(ntix_unlock(a, 0, 10));
  NT_EXPECT("pread: another open, after the unlock", ntix_pread(b, buf, 4, 0),
            4);
  ntix_close(a);
  ntix_close(b);
}
END_TEST

/* The child: tries an EX|NB lock of [0,10) of path; exit 0 if granted,
 * 1 for NTIX_EAGAIN, 2 for anything else. */
static int
lock_child(const char *path) {
  int fd = ntix_open(path, RW, 0), rc;

  if (fd < 0)
    return 2;
  rc = ntix_lock(fd, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB);
  return rc == 0 ? 0 : rc == NTIX_EAGAIN ? 1 : 2;
}

/* Runs this program as "lock-child path" and returns its exit code. */
static int
run_child(const char *path) {
  char exe[4096];
  const char *argv[4];
  ntix_spawn_t sp;
  ntix_proc_status_t st;
  int pfd;

  NT_OK(ntix_exe_path(exe, sizeof(exe)));
  argv[0] = exe, argv[1] = "lock-child", argv[2] = path, argv[3] = NULL;
  memset(&sp, 0, sizeof(sp));
  sp.file = exe;
  sp.argv = argv;
  pfd = (int)NT_OK(ntix_spawn(&sp, NULL));
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  ntix_close(pfd);
  return st.how == NTIX_PROC_EXITED ? st.code : -1;
}

/* A lock conflicts with another process's lock of the same range, and a
 * child's lock goes away with the child. */
START_TEST(parent_and_child) {
  int a, b;

  two_opens("child", &a, &b);
  NT_OK(ntix_lock(a, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB));
  NT_EXPECT("lock: a child's EX|NB while the parent holds EX (exit 1: EAGAIN)",
            run_child(ntix_t_path("child")), 1);
  NT_OK(ntix_unlock(a, 0, 10));
  NT_EXPECT("lock: a child's EX|NB once the parent unlocked (exit 0)",
            run_child(ntix_t_path("child")), 0);
  NT_EXPECT("lock: the child's lock ended with the child",
            ntix_lock(b, 0, 10, NTIX_LOCK_EX | NTIX_LOCK_NB), 0);
  ntix_close(a);
  ntix_close(b);
}
END_TEST

int
main(int argc, char **argv) {
  Suite *s;
  TCase *tc;

  if (argc == 3 && strcmp(argv[1], "lock-child") == 0)
    return lock_child(argv[2]);
  s = suite_create("lock");
  tc = tcase_create("lock");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, arguments);
  tcase_add_test(tc, conflict_two_opens);
  tcase_add_test(tc, shared_locks);
  tcase_add_test(tc, dup_and_close);
  tcase_add_test(tc, to_end_of_file);
  tcase_add_test(tc, waiting_lock);
  tcase_add_test(tc, io_under_lock);
  tcase_add_test(tc, parent_and_child);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "lock");
}

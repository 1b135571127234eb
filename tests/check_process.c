/* check_process.c: processes, signals and the environment on both OSes.
 * The program starts itself in a child mode (proc-child.c), so one child
 * exists everywhere.  Here: exit codes, waits with and without WNOHANG,
 * kills and their statuses, SIGINT to a child in its own process group,
 * signals as poller events, output through pipes watched by the poller
 * with the exit event, stdin from a pipe and from the null device, and
 * descriptors not passed.  proc-cases.c has the rest: argv and
 * environment round trips, where and what to start, batch files, bad
 * input.
 */
#include <stdlib.h>
#include <string.h>

#include "proc-test.h"

char self[4096];

int
spawn_mode(const char *const *extra,
           const ntix_stdio_t *io,
           int flags,
           int *pid) {
  const char *argv[MAX_ARGS];
  ntix_spawn_t sp;
  size_t n = 0;

  memset(&sp, 0, sizeof(sp));
  argv[n++] = self;
  while (*extra != NULL && n < MAX_ARGS - 1) argv[n++] = *extra++;
  argv[n] = NULL;
  sp.file = self;
  sp.argv = argv;
  sp.flags = flags;
  if (io != NULL)
    memcpy(sp.stdio, io, sizeof(sp.stdio));
  return ntix_spawn(&sp, pid);
}

int64_t
run_capture(const char *const *extra,
            char *buf,
            size_t cap,
            ntix_proc_status_t *st) {
  ntix_stdio_t io[3] = {{NTIX_STDIO_NULL, 0}, {NTIX_STDIO_FD, 0}, {0, 0}};
  int fds[2], pfd, pid;
  int64_t n;

  NT_OK(ntix_pipe(fds, 0));
  io[1].fd = fds[1];
  pfd = (int)NT_OK(spawn_mode(extra, io, 0, &pid));
  NT_OK(ntix_close(fds[1]));
  n = ntix_t_read_all(fds[0], buf, cap - 1);
  ck_assert(n >= 0);
  buf[n] = '\0';
  NT_OK(ntix_close(fds[0]));
  ck_assert_int_eq(ntix_proc_wait(pfd, st, 0), pid);
  NT_OK(ntix_close(pfd));
  return n;
}

void
assert_exited(const ntix_proc_status_t *st, int code) {
  ck_assert_int_eq(st->how, NTIX_PROC_EXITED);
  ck_assert_int_eq(st->code, code);
  ck_assert_int_eq(st->signo, 0);
}

/* ---- exit codes and waiting ------------------------------------------ */

static void
exit_code_case(const char *code, int want, const char *scenario) {
  const char *extra[] = {CHILD_TAG "exit", code, NULL};
  ntix_proc_status_t st;
  int pfd, pid = 0;

  pfd = (int)NT_EXPECT_OK("spawn: a child", spawn_mode(extra, NULL, 0, &pid));
  ck_assert_int_gt(pid, 0);
  NT_EXPECT_VARYING(scenario, ntix_proc_wait(pfd, &st, 0), pid);
  assert_exited(&st, want);
  NT_EXPECT_VARYING("proc: pid of a process descriptor", ntix_proc_pid(pfd),
                    pid);
  NT_EXPECT("close: process descriptor", ntix_close(pfd), 0);
}

START_TEST(exit_codes) {
  exit_code_case("0", 0, "proc_wait: exit code 0");
  exit_code_case("1", 1, "proc_wait: exit code 1");
  exit_code_case("255", 255, "proc_wait: exit code 255");
}
END_TEST

START_TEST(wait_nohang_twice) {
  const char *extra[] = {CHILD_TAG "drain", NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_FD, 0}, {0, 0}, {0, 0}};
  ntix_poll_event_t ev;
  ntix_proc_status_t st;
  int fds[2], pfd, pid, p;

  NT_OK(ntix_pipe(fds, 0));
  io[0].fd = fds[0];
  pfd = (int)NT_OK(spawn_mode(extra, io, 0, &pid));
  NT_OK(ntix_close(fds[0]));
  NT_EXPECT("proc_wait: WNOHANG while running",
            ntix_proc_wait(pfd, &st, NTIX_WNOHANG), 0);
  NT_EXPECT("proc_kill: signal 0 while running", ntix_proc_kill(pfd, 0), 0);
  NT_EXPECT("kill: signal 0 while running", ntix_kill(pid, 0), 0);
  /* End of its stdin ends it; the poller says when. */
  NT_OK(ntix_close(fds[1]));
  p = (int)NT_OK(ntix_poll_create(0));
  NT_EXPECT("poll_ctl: add a process descriptor",
            ntix_poll_ctl(p, NTIX_POLL_ADD, pfd, NTIX_POLL_IN, 5), 0);
  NT_EXPECT("poll_wait: process exit event",
            ntix_poll_wait(p, &ev, 1, 30 * SEC), 1);
  ck_assert(ev.events & NTIX_POLL_IN);
  ck_assert(ev.data == 5);
  NT_EXPECT("proc_kill: ended, not waited for",
            ntix_proc_kill(pfd, NTIX_SIGTERM), NTIX_ESRCH);
  NT_EXPECT("proc_kill: signal 0 when ended", ntix_proc_kill(pfd, 0),
            NTIX_ESRCH);
  NT_EXPECT("kill: signal 0 when ended", ntix_kill(pid, 0), NTIX_ESRCH);
  NT_EXPECT_VARYING("proc_wait: WNOHANG after exit",
                    ntix_proc_wait(pfd, &st, NTIX_WNOHANG), pid);
  assert_exited(&st, 0);
  NT_EXPECT("proc_wait: waited twice", ntix_proc_wait(pfd, &st, 0),
            NTIX_ECHILD);
  NT_EXPECT("proc_wait: WNOHANG waited twice",
            ntix_proc_wait(pfd, &st, NTIX_WNOHANG), NTIX_ECHILD);
  NT_EXPECT("proc_kill: after wait", ntix_proc_kill(pfd, NTIX_SIGKILL),
            NTIX_ESRCH);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_DEL, pfd, 0, 0));
  NT_OK(ntix_close(pfd));
  NT_OK(ntix_close(p));
}
END_TEST

/* ---- kills ------------------------------------------------------------- */

static void
kill_case(int sig, const char *scenario) {
  const char *extra[] = {CHILD_TAG "sleep", NULL};
  ntix_proc_status_t st;
  int pfd, pid;

  pfd = (int)NT_OK(spawn_mode(extra, NULL, 0, &pid));
  NT_EXPECT(scenario, ntix_proc_kill(pfd, sig), 0);
  NT_EXPECT_VARYING("proc_wait: killed child", ntix_proc_wait(pfd, &st, 0),
                    pid);
  ck_assert_int_eq(st.how, NTIX_PROC_SIGNALED);
  ck_assert_int_eq(st.signo, sig);
  ck_assert_int_eq(st.code, 0);
  NT_OK(ntix_close(pfd));
}

START_TEST(kill_sleeping) {
  kill_case(NTIX_SIGKILL, "proc_kill: SIGKILL a sleeping child");
  kill_case(NTIX_SIGTERM, "proc_kill: SIGTERM a sleeping child");
  kill_case(NTIX_SIGINT, "proc_kill: SIGINT a child not watching it");
  kill_case(NTIX_SIGHUP, "proc_kill: SIGHUP a child not watching it");
}
END_TEST

START_TEST(kill_by_pid) {
  const char *extra[] = {CHILD_TAG "sleep", NULL};
  ntix_proc_status_t st;
  int pfd, pid;

  pfd = (int)NT_OK(spawn_mode(extra, NULL, 0, &pid));
  NT_EXPECT("kill: SIGKILL by pid", ntix_kill(pid, NTIX_SIGKILL), 0);
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  ck_assert_int_eq(st.how, NTIX_PROC_SIGNALED);
  ck_assert_int_eq(st.signo, NTIX_SIGKILL);
  NT_EXPECT("kill: a reaped child", ntix_kill(pid, NTIX_SIGTERM), NTIX_ESRCH);
  NT_OK(ntix_close(pfd));
}
END_TEST

/* SIGINT to a child in its own process group reaches its poller. */
START_TEST(sigint_child_pgroup) {
  const char *extra[] = {CHILD_TAG "sigint", NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_NULL, 0}, {NTIX_STDIO_FD, 0}, {0, 0}};
  ntix_proc_status_t st;
  char buf[16];
  int fds[2], pfd, pid;

  NT_OK(ntix_pipe(fds, 0));
  io[1].fd = fds[1];
  pfd = (int)NT_EXPECT_OK("spawn: a new process group",
                          spawn_mode(extra, io, NTIX_SPAWN_PGROUP, &pid));
  NT_OK(ntix_close(fds[1]));
  ck_assert_int_eq(ntix_read(fds[0], buf, 6), 6);
  ck_assert(memcmp(buf, "ready\n", 6) == 0);
  NT_EXPECT("proc_kill: SIGINT to a child watching it",
            ntix_proc_kill(pfd, NTIX_SIGINT), 0);
  NT_EXPECT_VARYING("proc_wait: child that got SIGINT as an event",
                    ntix_proc_wait(pfd, &st, 0), pid);
  assert_exited(&st, 42);
  NT_OK(ntix_close(fds[0]));
  NT_OK(ntix_close(pfd));
}
END_TEST

/* Signals to this program itself, as poller events. */
START_TEST(signal_self) {
  static const int sigs[] = {NTIX_SIGTERM, NTIX_SIGINT, NTIX_SIGHUP};
  ntix_poll_event_t ev;
  int p, s, i;

  p = (int)NT_OK(ntix_poll_create(0));
  for (i = 0; i < 3; i++) {
    s = (int)NT_EXPECT_OK("signal_open: a signal",
                          ntix_signal_open(sigs[i], 0));
    NT_EXPECT("signal_open: the same signal twice",
              ntix_signal_open(sigs[i], 0), NTIX_EBUSY);
    NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, s, NTIX_POLL_IN, 100 + i));
    NT_EXPECT("signal_read: nothing arrived", ntix_signal_read(s), NTIX_EAGAIN);
    NT_EXPECT("poll_wait: no signal yet", ntix_poll_wait(p, &ev, 1, 0), 0);
    NT_EXPECT("kill: a watched signal to this program",
              ntix_kill(ntix_getpid(), sigs[i]), 0);
    NT_EXPECT("poll_wait: signal event", ntix_poll_wait(p, &ev, 1, 10 * SEC),
              1);
    ck_assert(ev.events & NTIX_POLL_IN);
    ck_assert(ev.data == (uint64_t)(100 + i));
    NT_EXPECT("poll_wait: signal event until read",
              ntix_poll_wait(p, &ev, 1, 0), 1);
    NT_EXPECT("signal_read: one arrival", ntix_signal_read(s), 1);
    NT_EXPECT("poll_wait: signal read", ntix_poll_wait(p, &ev, 1, 0), 0);
    NT_EXPECT("close: signal descriptor", ntix_close(s), 0);
  }
  NT_OK(ntix_close(p));
}
END_TEST

/* ---- pipes, the poller and the null device --------------------------- */

/* Output read to the end while the poller watches the pipe and the exit. */
START_TEST(output_with_poller) {
  const char *extra[] = {CHILD_TAG "output", "300000", NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_NULL, 0}, {NTIX_STDIO_FD, 0}, {0, 0}};
  static char buf[300001];
  ntix_poll_event_t ev[4];
  ntix_proc_status_t st;
  int fds[2], pfd, pid, p, n, i, eof = 0, ended = 0;
  int64_t got = 0, r;

  /* Blocking: the child's end must be (O_NONBLOCK is shared with it on
   * Linux); one read per level-triggered IN event never blocks. */
  NT_OK(ntix_pipe(fds, 0));
  io[1].fd = fds[1];
  pfd = (int)NT_OK(spawn_mode(extra, io, 0, &pid));
  NT_OK(ntix_close(fds[1]));
  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 1));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, pfd, NTIX_POLL_IN, 2));
  while (!eof || !ended) {
    n = ntix_poll_wait(p, ev, 4, 30 * SEC);
    ck_assert_int_gt(n, 0);
    for (i = 0; i < n; i++) {
      if (ev[i].data == 2 && !ended) {
        ended = 1;
        NT_OK(ntix_poll_ctl(p, NTIX_POLL_DEL, pfd, 0, 0));
        continue;
      }
      if (ev[i].data != 1 || eof)
        continue;
      r = ntix_read(fds[0], buf + got, sizeof(buf) - (size_t)got);
      ck_assert(r >= 0);
      got += r;
      if (r == 0) {
        eof = 1;
        NT_OK(ntix_poll_ctl(p, NTIX_POLL_DEL, fds[0], 0, 0));
      }
    }
  }
  ck_assert_int_eq(got, 300000);
  for (i = 0; i < 300000; i++) ck_assert_int_eq(buf[i], 'a' + i % 26);
  NT_EXPECT_VARYING("proc_wait: after output and exit event",
                    ntix_proc_wait(pfd, &st, 0), pid);
  assert_exited(&st, 0);
  NT_OK(ntix_close(fds[0]));
  NT_OK(ntix_close(pfd));
  NT_OK(ntix_close(p));
}
END_TEST

START_TEST(stdin_pipe_and_null) {
  const char *cat[] = {CHILD_TAG "cat", NULL};
  const char *drain[] = {CHILD_TAG "drain", NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_FD, 0}, {NTIX_STDIO_FD, 0}, {0, 0}};
  ntix_proc_status_t st;
  char buf[64];
  int in[2], outp[2], pfd, pid;

  NT_OK(ntix_pipe(in, 0));
  NT_OK(ntix_pipe(outp, 0));
  io[0].fd = in[0];
  io[1].fd = outp[1];
  pfd = (int)NT_EXPECT_OK("spawn: stdin and stdout from pipes",
                          spawn_mode(cat, io, 0, &pid));
  NT_OK(ntix_close(in[0]));
  NT_OK(ntix_close(outp[1]));
  ck_assert_int_eq(ntix_write(in[1], "through the child", 17), 17);
  NT_OK(ntix_close(in[1]));
  ck_assert_int_eq(ntix_t_read_all(outp[0], buf, sizeof(buf)), 17);
  ck_assert(memcmp(buf, "through the child", 17) == 0);
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 0);
  NT_OK(ntix_close(outp[0]));
  NT_OK(ntix_close(pfd));
  /* The null device: at once at its end. */
  io[0].how = NTIX_STDIO_NULL;
  io[1].how = NTIX_STDIO_NULL;
  pfd = (int)NT_EXPECT_OK("spawn: stdin and stdout the null device",
                          spawn_mode(drain, io, 0, &pid));
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 0);
  NT_OK(ntix_close(pfd));
}
END_TEST

/* A pipe this program keeps is not open in the child: closing our write
 * end gives end of file while the child lives. */
START_TEST(descriptors_not_passed) {
  const char *drain[] = {CHILD_TAG "drain", NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_FD, 0}, {NTIX_STDIO_NULL, 0}, {0, 0}};
  ntix_proc_status_t st;
  ntix_poll_event_t ev;
  int kept[2], in[2], pfd, pid, p;
  char c;

  NT_OK(ntix_pipe(kept, NTIX_O_NONBLOCK));
  NT_OK(ntix_pipe(in, 0));
  io[0].fd = in[0];
  pfd = (int)NT_OK(spawn_mode(drain, io, 0, &pid));
  NT_OK(ntix_close(in[0]));
  NT_OK(ntix_close(kept[1]));
  /* Linux: the child holds copies until its exec has closed them, which
   * may be just after ntix_spawn returns; the end of file comes then. */
  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, kept[0], NTIX_POLL_IN, 1));
  NT_EXPECT("poll_wait: the only writer closed, the child alive",
            ntix_poll_wait(p, &ev, 1, 10 * SEC), 1);
  ck_assert(ev.events & NTIX_POLL_HUP);
  NT_OK(ntix_close(p));
  NT_EXPECT("spawn: a descriptor not named is not in the child",
            ntix_read(kept[0], &c, 1), 0);
  NT_EXPECT("proc_wait: WNOHANG, child still running",
            ntix_proc_wait(pfd, &st, NTIX_WNOHANG), 0);
  NT_OK(ntix_close(in[1]));
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 0);
  NT_OK(ntix_close(kept[0]));
  NT_OK(ntix_close(pfd));
}
END_TEST

int
main(int argc, char **argv) {
  Suite *s;
  TCase *tc;

  if (argc > 1 && strncmp(argv[1], CHILD_TAG, strlen(CHILD_TAG)) == 0)
    return proc_child_main(argc, argv);
  if (ntix_exe_path(self, sizeof(self)) < 0)
    return 2;
  s = suite_create("process");
  tc = ntix_t_tcase("process");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, exit_codes);
  tcase_add_test(tc, wait_nohang_twice);
  tcase_add_test(tc, kill_sleeping);
  tcase_add_test(tc, kill_by_pid);
  tcase_add_test(tc, sigint_child_pgroup);
  tcase_add_test(tc, signal_self);
  tcase_add_test(tc, output_with_poller);
  tcase_add_test(tc, stdin_pipe_and_null);
  tcase_add_test(tc, descriptors_not_passed);
  proc_add_cases(tc);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "process");
}

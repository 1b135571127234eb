/* proc-cases.c: the second half of check_process: argv round trips
 * (with the command-line parser of src/common as the oracle), the
 * environment, PATH search and the child's directory, failures to start,
 * batch files with hostile arguments, the running program, bad input.
 */
#include <stdlib.h>
#include <string.h>

#include "cmdline.h"
#include "proc-test.h"

/* ---- argv ---------------------------------------------------------------- */

static const char *const hostile[] = {"",
                                      " ",
                                      "  ",
                                      "a b",
                                      "\t",
                                      "tab\there",
                                      "\"",
                                      "\"\"",
                                      "a\"b",
                                      "\\",
                                      "\\\\",
                                      "a\\",
                                      "a\\\\",
                                      "a\\\"b",
                                      "\\\"",
                                      "\\\\\"",
                                      "a b\\",
                                      "a b\\\\",
                                      "\"a b\"",
                                      "'single'",
                                      "%PATH%",
                                      "!x!",
                                      "^",
                                      "&",
                                      "|",
                                      "<in",
                                      ">out",
                                      "&&echo pwned",
                                      "a;b",
                                      "$HOME",
                                      "`id`",
                                      "$(id)",
                                      "*",
                                      "?",
                                      "[x]",
                                      "~",
                                      "\n",
                                      "line1\nline2",
                                      "\r",
                                      "\xc3\xbc",
                                      "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e",
                                      "emoji \xf0\x9f\x98\x80",
                                      "\xc3\xa9\"\xc3\xa9",
                                      "\\\\server\\share",
                                      "C:\\Program Files\\x",
                                      "--flag=\"q\"",
                                      "\x01\x7f",
                                      "{}",
                                      "  lead",
                                      "trail  ",
                                      "=",
                                      "a=b",
                                      "\" \"",
                                      "\\\" \\\"",
                                      "a\\\\\\\"b c",
                                      NULL};

static void
hex_line(const char *s, char *out) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *p = (const unsigned char *)s;

  for (; *p != '\0'; p++) {
    *out++ = hex[*p >> 4];
    *out++ = hex[*p & 15];
  }
  *out++ = '\n';
  *out = '\0';
}

START_TEST(argv_round_trip) {
  const char *extra[MAX_ARGS];
  static char want[16384], got[16384];
  ntix_proc_status_t st;
  size_t n = 0, i;

  extra[n++] = CHILD_TAG "echo";
  want[0] = '\0';
  for (i = 0; hostile[i] != NULL; i++) {
    extra[n++] = hostile[i];
    hex_line(hostile[i], want + strlen(want));
  }
  ck_assert_int_ge(i, 30);
  extra[n] = NULL;
  run_capture(extra, got, sizeof(got), &st);
  assert_exited(&st, 0);
  ck_assert_str_eq(got, want);
  ntix_t_record("spawn: 55 hostile arguments echoed back byte for byte", 0, 0);
}
END_TEST

/* The builder against the C runtime's splitting rules, on every OS. */
START_TEST(cmdline_oracle) {
  char line[4096], buf[4096], *parsed[8];
  const char *argv[3] = {"prog", NULL, NULL};
  uint32_t seed = 12345;
  char arg[24];
  size_t i, k;

  for (i = 0; hostile[i] != NULL; i++) {
    argv[1] = hostile[i];
    ck_assert_int_gt(ntix__cmdline_build(argv, 2, 0, line, sizeof(line)), 0);
    ck_assert_int_eq(ntix__cmdline_parse(line, buf, sizeof(buf), parsed, 8), 2);
    ck_assert_str_eq(parsed[0], "prog");
    ck_assert_str_eq(parsed[1], hostile[i]);
  }
  for (i = 0; i < 20000; i++) {
    size_t len = (seed = seed * 1103515245u + 12345u) >> 16 & 15;
    for (k = 0; k < len; k++) {
      seed = seed * 1103515245u + 12345u;
      arg[k] = " \t\"\\ab"[(seed >> 16) % 6];
    }
    arg[len] = '\0';
    argv[1] = arg;
    ntix__cmdline_build(argv, 2, 0, line, sizeof(line));
    ck_assert_int_eq(ntix__cmdline_parse(line, buf, sizeof(buf), parsed, 8), 2);
    ck_assert_str_eq(parsed[1], arg);
  }
  argv[0] = "a\"b";
  ck_assert_int_eq(ntix__cmdline_build(argv, 2, 0, line, sizeof(line)),
                   NTIX_EINVAL);
}
END_TEST

/* ---- the environment --------------------------------------------------- */

static void
child_env(const char *name, const char *const *envp, char *got, size_t cap) {
  const char *argv[] = {self, CHILD_TAG "getenv", name, NULL};
  ntix_stdio_t io[3] = {{NTIX_STDIO_NULL, 0}, {NTIX_STDIO_FD, 0}, {0, 0}};
  ntix_proc_status_t st;
  ntix_spawn_t sp;
  int fds[2], pfd;
  int64_t n;

  memset(&sp, 0, sizeof(sp));
  NT_OK(ntix_pipe(fds, 0));
  io[1].fd = fds[1];
  sp.file = self;
  sp.argv = argv;
  sp.envp = envp;
  memcpy(sp.stdio, io, sizeof(io));
  pfd = (int)NT_OK(ntix_spawn(&sp, NULL));
  NT_OK(ntix_close(fds[1]));
  n = ntix_t_read_all(fds[0], got, cap - 1);
  ck_assert(n >= 0);
  got[n] = '\0';
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 0);
  NT_OK(ntix_close(fds[0]));
  NT_OK(ntix_close(pfd));
}

START_TEST(env_round_trip) {
  const char *value = "v\xc3\xa4lue \xe6\x97\xa5 = x";
  const char *envp[] = {"NTIX_T_A=1", "NTIX_T_B=two words", NULL};
  char buf[256], **list = NULL;
  int n, i, found = 0;

  NT_EXPECT("setenv: a new variable", ntix_setenv("NTIX_T_VAR", value), 0);
  NT_EXPECT("getenv: a variable set", ntix_getenv("NTIX_T_VAR", buf, 256),
            (int64_t)strlen(value));
  ck_assert_str_eq(buf, value);
  NT_EXPECT("getenv: buffer too small", ntix_getenv("NTIX_T_VAR", buf, 5),
            NTIX_ERANGE);
  child_env("NTIX_T_VAR", NULL, buf, sizeof(buf));
  ck_assert_str_eq(buf, value);
  n = (int)NT_EXPECT_OK("env_list: the environment", ntix_env_list(&list));
  for (i = 0; i < n; i++)
    found += strncmp(list[i], "NTIX_T_VAR=", 11) == 0 &&
             strcmp(list[i] + 11, value) == 0;
  ck_assert(list[n] == NULL);
  ck_assert_int_eq(found, 1);
  ntix_strv_free(list);
  NT_EXPECT("setenv: replace", ntix_setenv("NTIX_T_VAR", ""), 0);
  NT_EXPECT("getenv: empty value", ntix_getenv("NTIX_T_VAR", buf, 256), 0);
  NT_EXPECT("unsetenv: a variable set", ntix_unsetenv("NTIX_T_VAR"), 0);
  NT_EXPECT("getenv: unset", ntix_getenv("NTIX_T_VAR", buf, 256), NTIX_ENOENT);
  NT_EXPECT("unsetenv: not set", ntix_unsetenv("NTIX_T_VAR"), 0);
  child_env("NTIX_T_VAR", NULL, buf, sizeof(buf));
  ck_assert_str_eq(buf, "<unset>");
  /* A replaced environment: only what was given. */
  NT_OK(ntix_setenv("NTIX_T_VAR", "here"));
  child_env("NTIX_T_B", envp, buf, sizeof(buf));
  ck_assert_str_eq(buf, "two words");
  child_env("NTIX_T_VAR", envp, buf, sizeof(buf));
  ck_assert_str_eq(buf, "<unset>");
  NT_OK(ntix_unsetenv("NTIX_T_VAR"));
}
END_TEST

/* ---- where and what to start ------------------------------------------ */

START_TEST(search_path_and_cwd) {
  const char *argv[] = {"check_process", CHILD_TAG "exit", "3", NULL};
  const char *cwdv[] = {"x", CHILD_TAG "cwd", NULL};
  char dir[4096], old[8192], here[4096], want[4096], got[4096];
  ntix_proc_status_t st;
  ntix_spawn_t sp;
  int fds[2], pfd, had;
  char *slash;
  int64_t n;

  strcpy(dir, self);
  slash = strrchr(dir, '/');
  ck_assert(slash != NULL);
  *slash = '\0';
  had = ntix_getenv("PATH", old, sizeof(old)) >= 0;
  NT_OK(ntix_setenv("PATH", dir));
  memset(&sp, 0, sizeof(sp));
  sp.file = "check_process";
  sp.argv = argv;
  sp.flags = NTIX_SPAWN_SEARCH;
  pfd = (int)NT_EXPECT_OK("spawn: found in PATH", ntix_spawn(&sp, NULL));
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 3);
  NT_OK(ntix_close(pfd));
  sp.file = "ntix-no-such-program";
  NT_EXPECT("spawn: not found in PATH", ntix_spawn(&sp, NULL), NTIX_ENOENT);
  if (had)
    NT_OK(ntix_setenv("PATH", old));
  /* cwd: the child's directory is the one given. */
  NT_OK(ntix_getcwd(here, sizeof(here)));
  NT_OK(ntix_chdir(ntix_t_dir()));
  NT_OK(ntix_getcwd(want, sizeof(want)));
  NT_OK(ntix_chdir(here));
  memset(&sp, 0, sizeof(sp));
  NT_OK(ntix_pipe(fds, 0));
  sp.file = self;
  sp.argv = cwdv;
  sp.cwd = ntix_t_dir();
  sp.stdio[1].how = NTIX_STDIO_FD;
  sp.stdio[1].fd = fds[1];
  pfd = (int)NT_EXPECT_OK("spawn: in another directory", ntix_spawn(&sp, NULL));
  NT_OK(ntix_close(fds[1]));
  n = ntix_t_read_all(fds[0], got, sizeof(got) - 1);
  ck_assert(n >= 0);
  got[n] = '\0';
  ck_assert_str_eq(got, want);
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  NT_OK(ntix_close(fds[0]));
  NT_OK(ntix_close(pfd));
}
END_TEST

START_TEST(detached_child) {
  const char *extra[] = {CHILD_TAG "exit", "7", NULL};
  ntix_proc_status_t st;
  int pfd, pid;

  pfd = (int)NT_EXPECT_OK("spawn: detached",
                          spawn_mode(extra, NULL, NTIX_SPAWN_DETACHED, &pid));
  NT_OK(ntix_proc_wait(pfd, &st, 0));
  assert_exited(&st, 7);
  NT_OK(ntix_close(pfd));
}
END_TEST

static int
spawn_file(const char *file) {
  const char *argv[] = {"prog", NULL};
  ntix_spawn_t sp;

  memset(&sp, 0, sizeof(sp));
  sp.file = file;
  sp.argv = argv;
  return ntix_spawn(&sp, NULL);
}

START_TEST(start_failures) {
  const char *text = ntix_t_path("not-a-program");
  int fd;

  NT_EXPECT("spawn: missing program", spawn_file(ntix_t_path("missing")),
            NTIX_ENOENT);
  NT_EXPECT("spawn: missing directory in the path",
            spawn_file(ntix_t_path("no-dir/prog")), NTIX_ENOENT);
  NT_EXPECT("spawn: a directory", spawn_file(ntix_t_dir()), NTIX_EACCES);
  fd = (int)NT_OK(ntix_open(text, NTIX_O_WRONLY | NTIX_O_CREAT, 0755));
  NT_OK(ntix_write(fd, "just text\n", 10));
  NT_OK(ntix_close(fd));
  NT_EXPECT("spawn: a file that is not a program", spawn_file(text),
            NTIX_ENOEXEC);
  NT_EXPECT("spawn: empty file name", spawn_file(""), NTIX_ENOENT);
}
END_TEST

/* cmd.exe would run a second command for any of these. */
START_TEST(batch_hostile) {
  static const char *const bad[] = {"&",        "a&echo pwned>pwned.txt",
                                    "|",        "%PATH%",
                                    "\"",       "^",
                                    "a\"&calc", "<x",
                                    ">x",       "!x!",
                                    "(x)",      "a\nb",
                                    ";",        "%",
                                    NULL};
  const char *argv[] = {"t.bat", NULL, NULL};
  const char *bat = ntix_t_path("t.bat");
  const char *cmd = ntix_t_path("t.CMD. ");
  ntix_spawn_t sp;
  size_t i;

  ntix_t_create(bat, "@echo off\r\n", 11);
  memset(&sp, 0, sizeof(sp));
  sp.argv = argv;
  for (i = 0; bad[i] != NULL; i++) {
    argv[1] = bad[i];
    sp.file = bat;
    NT_EXPECT("spawn: batch file with a hostile argument",
              ntix_spawn(&sp, NULL), NTIX_EINVAL);
    sp.file = cmd;
    NT_EXPECT("spawn: .CMD file with a hostile argument", ntix_spawn(&sp, NULL),
              NTIX_EINVAL);
  }
  sp.file = ntix_t_path("a&b.bat");
  argv[1] = NULL;
  NT_EXPECT("spawn: batch file with a hostile name", ntix_spawn(&sp, NULL),
            NTIX_EINVAL);
}
END_TEST

/* One file that sh and cmd.exe both run: sh exits at line 2, which cmd.exe
 * takes for a label; cmd.exe reports line 1 as an unknown command (on
 * the null device here) and exits at line 3. */
START_TEST(batch_safe) {
  static const char text[] = "#!/bin/sh\n:; exit 3\n@exit /b 3\n";
  const char *argv[] = {"ok.bat", "safe words", "x-1", "", "C:/a\\b", NULL};
  const char *bat = ntix_t_path("ok.bat");
  ntix_proc_status_t st;
  ntix_spawn_t sp;
  int fd, pfd, pid;

  fd = (int)NT_OK(ntix_open(bat, NTIX_O_WRONLY | NTIX_O_CREAT, 0755));
  ck_assert_int_eq(ntix_write(fd, text, sizeof(text) - 1),
                   (int64_t)sizeof(text) - 1);
  NT_OK(ntix_close(fd));
  memset(&sp, 0, sizeof(sp));
  sp.file = bat;
  sp.argv = argv;
  sp.stdio[1].how = NTIX_STDIO_NULL;
  sp.stdio[2].how = NTIX_STDIO_NULL;
  pfd = (int)NT_EXPECT_OK("spawn: batch file with safe arguments",
                          ntix_spawn(&sp, &pid));
  NT_EXPECT_VARYING("proc_wait: batch file", ntix_proc_wait(pfd, &st, 0), pid);
  assert_exited(&st, 3);
  NT_OK(ntix_close(pfd));
}
END_TEST

START_TEST(self_info) {
  char buf[8];
  const char *base = strrchr(self, '/');

  ck_assert(base != NULL);
  ck_assert(strncmp(base, "/check_process", 14) == 0);
  NT_EXPECT("exe_path: buffer too small", ntix_exe_path(buf, sizeof(buf)),
            NTIX_ERANGE);
  NT_EXPECT("exe_path: NULL buffer", ntix_exe_path(NULL, 10), NTIX_EFAULT);
}
END_TEST

/* ---- bad input ----------------------------------------------------------- */

START_TEST(bad_input) {
  const char *argv[] = {"prog", NULL};
  const char *empty[] = {NULL};
  const char *badutf[] = {"prog", "\xff\xfe", NULL};
  const char *quote0[] = {"pr\"og", NULL};
  const char *badenv[] = {"NOEQUALS", NULL};
  const char *emptyname[] = {"=x", NULL};
  ntix_proc_status_t st;
  ntix_spawn_t sp;
  char buf[16], **list;
  int fds[2];

  memset(&sp, 0, sizeof(sp));
  sp.file = self;
  NT_EXPECT("spawn: NULL options", ntix_spawn(NULL, NULL), NTIX_EFAULT);
  NT_EXPECT("spawn: NULL argv", ntix_spawn(&sp, NULL), NTIX_EFAULT);
  sp.argv = empty;
  NT_EXPECT("spawn: empty argv", ntix_spawn(&sp, NULL), NTIX_EINVAL);
  sp.argv = argv;
  sp.flags = 0x100;
  NT_EXPECT("spawn: unknown flag", ntix_spawn(&sp, NULL), NTIX_EINVAL);
  sp.flags = 0;
  sp.stdio[1].how = 7;
  NT_EXPECT("spawn: unknown stdio kind", ntix_spawn(&sp, NULL), NTIX_EINVAL);
  sp.stdio[1].how = NTIX_STDIO_FD;
  sp.stdio[1].fd = 4000;
  NT_EXPECT("spawn: stdio descriptor not open", ntix_spawn(&sp, NULL),
            NTIX_EBADF);
  sp.stdio[1].how = 0;
  sp.argv = badutf;
  NT_EXPECT("spawn: invalid UTF-8 argument", ntix_spawn(&sp, NULL),
            NTIX_EILSEQ);
  sp.argv = quote0;
  NT_EXPECT("spawn: quote in argv[0]", ntix_spawn(&sp, NULL), NTIX_EINVAL);
  sp.argv = argv;
  sp.envp = badenv;
  NT_EXPECT("spawn: environment entry without '='", ntix_spawn(&sp, NULL),
            NTIX_EINVAL);
  sp.envp = emptyname;
  NT_EXPECT("spawn: environment entry without a name", ntix_spawn(&sp, NULL),
            NTIX_EINVAL);
  sp.envp = NULL;
  sp.file = NULL;
  NT_EXPECT("spawn: NULL file", ntix_spawn(&sp, NULL), NTIX_EFAULT);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("proc_wait: not a process descriptor",
            ntix_proc_wait(fds[0], &st, 0), NTIX_EINVAL);
  NT_EXPECT("proc_kill: not a process descriptor", ntix_proc_kill(fds[0], 0),
            NTIX_EINVAL);
  NT_EXPECT("signal_read: not a signal descriptor", ntix_signal_read(fds[0]),
            NTIX_EINVAL);
  NT_OK(ntix_close(fds[0]));
  NT_OK(ntix_close(fds[1]));
  NT_EXPECT("proc_wait: closed descriptor", ntix_proc_wait(fds[0], &st, 0),
            NTIX_EBADF);
  NT_EXPECT("proc_pid: closed descriptor", ntix_proc_pid(fds[0]), NTIX_EBADF);
  NT_EXPECT("kill: pid 0", ntix_kill(0, NTIX_SIGTERM), NTIX_EINVAL);
  NT_EXPECT("kill: unsupported signal", ntix_kill(ntix_getpid(), 10),
            NTIX_EINVAL);
  NT_EXPECT("signal_open: SIGKILL", ntix_signal_open(NTIX_SIGKILL, 0),
            NTIX_EINVAL);
  NT_EXPECT("signal_open: flags", ntix_signal_open(NTIX_SIGINT, 1),
            NTIX_EINVAL);
  NT_EXPECT("getenv: name with '='", ntix_getenv("A=B", buf, 16), NTIX_EINVAL);
  NT_EXPECT("getenv: empty name", ntix_getenv("", buf, 16), NTIX_EINVAL);
  NT_EXPECT("getenv: NULL name", ntix_getenv(NULL, buf, 16), NTIX_EFAULT);
  NT_EXPECT("setenv: NULL value", ntix_setenv("NTIX_T_X", NULL), NTIX_EFAULT);
  NT_EXPECT("setenv: invalid UTF-8 value", ntix_setenv("NTIX_T_X", "\xc3"),
            NTIX_EILSEQ);
  NT_EXPECT("env_list: NULL", ntix_env_list(NULL), NTIX_EFAULT);
  NT_EXPECT("args: NULL", ntix_args(NULL), NTIX_EFAULT);
  list = NULL;
  ck_assert_int_ge(ntix_args(&list), 1);
  ntix_strv_free(list);
}
END_TEST

void
proc_add_cases(TCase *tc) {
  tcase_add_test(tc, argv_round_trip);
  tcase_add_test(tc, cmdline_oracle);
  tcase_add_test(tc, env_round_trip);
  tcase_add_test(tc, search_path_and_cwd);
  tcase_add_test(tc, detached_child);
  tcase_add_test(tc, start_failures);
  tcase_add_test(tc, batch_hostile);
  tcase_add_test(tc, batch_safe);
  tcase_add_test(tc, self_info);
  tcase_add_test(tc, bad_input);
}

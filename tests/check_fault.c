/* check_fault.c (fault-injection builds only): every native call of
 * representative operations made to fail in turn.  For each operation of
 * fault-ops.c, fault-ops-net.c, fault-ops-fs.c and fault-ops-meta.c and
 * k = 1, 2, ...: set up, fail the operation's k-th native call
 * (src/common/fault.c), then assert
 *   - a failure is exactly the neutral code of the injected status, and
 *     left nothing half done (the operation's own check);
 *   - a success despite the failure (a best-effort call) has its whole
 *     effect (the operation's check);
 *   - no descriptor or handle was leaked (the counts before the set-up
 *     and after the tear-down agree; memory: LeakSanitizer where built);
 * until the operation makes fewer than k native calls.  Each operation
 * runs once unarmed first, so that what a process creates once on first
 * use (Winsock's handles, a poller's helpers) is not taken for a leak.
 * One line per injected failure goes to the log: operation, k, call site
 * (file:line and function or system call number) and the result.
 */
#include <stdio.h>
#include <string.h>

#include "fault-ops.h"
#include "ntix-fault.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define LEAKS_FOUND() __lsan_do_recoverable_leak_check()
#else
#define LEAKS_FOUND() 0
#endif

/* No operation makes this many native calls; a loop past it is a bug. */
#define MAX_CALLS 200

static const fault_op_t *
op_at(int i) {
  if (i < fault_ops_file_count)
    return &fault_ops_file[i];
  i -= fault_ops_file_count;
  if (i < fault_ops_net_count)
    return &fault_ops_net[i];
  i -= fault_ops_net_count;
  return i < fault_ops_fs_count ? &fault_ops_fs[i]
                                : &fault_ops_meta[i - fault_ops_fs_count];
}

/* Descriptors and handles in use: the backend's census of native ones
 * and the ntix descriptors up to 1024. */
static int
in_use(void) {
  return ntix_fault_handles(0) * 4096 + ntix_t_count_fds(1024);
}

/* Check's own message formatter lacks the long long conversions on
 * Windows: messages are formatted here (check-util.h says more). */
#define FAIL_UNLESS(cond, ...)               \
  do {                                       \
    if (!(cond)) {                           \
      char m_[600];                          \
      snprintf(m_, sizeof(m_), __VA_ARGS__); \
      ck_abort_msg("%s", m_);                \
    }                                        \
  } while (0)

static const char *
base(const char *site) {
  const char *s = strrchr(site, '/');

  return s != NULL ? s + 1 : site;
}

/* The one leak no code can avoid: an operation, the native function whose
 * failure leaks, and why. */
static const struct {
  const char *op, *call, *why;
} unavoidable[] = {
    {"dup-socket", "WSASocketW",
     "WSADuplicateSocketW hands Winsock a duplicate that only WSASocketW "
     "takes back; nothing releases it when WSASocketW fails"},
};

static const char *
leak_accepted(const char *op, const ntix_fault_info_t *fi) {
  size_t i;

  for (i = 0; i < sizeof(unavoidable) / sizeof(unavoidable[0]); i++)
    if (strcmp(op, unavoidable[i].op) == 0 && fi->name != NULL &&
        strcmp(fi->name, unavoidable[i].call) == 0)
      return unavoidable[i].why;
  return NULL;
}

/* One run with the k-th call failing (k 0: none).  Returns 1 if a failure
 * was injected. */
static int
run_once(const fault_op_t *op, uint64_t k, int *absorbed) {
  ntix_fault_info_t fi;
  fop_t c;
  int64_t r;
  int before, after, fired, want;
  char msg[400], call[64];
  const char *why;

  fop_init(&c);
  before = in_use();
  op->setup(&c);
  ntix_fault_arm(k, 0);
  r = op->run(&c);
  fired = ntix_fault_fired(&fi);
  ntix_fault_disarm();
  snprintf(msg, sizeof(msg), "%s #%u", op->name, (unsigned)k);
  if (!fired) {
    FAIL_UNLESS(r >= 0, "%s: failed without a fault: %s", msg, ntix_t_name(r));
    FAIL_UNLESS(op->done(&c, r), "%s: incomplete success", msg);
  } else {
    want = ntix_err_from_native(fi.kind, fi.status);
    if (fi.name != NULL)
      snprintf(call, sizeof(call), "%s", fi.name);
    else
      snprintf(call, sizeof(call), "syscall %ld", fi.nr);
    snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), " %s %s -> %s",
             base(fi.site), call, r >= 0 ? "absorbed" : ntix_t_name(r));
    printf("fault: %s\n", msg);
    if (r >= 0) {
      ++*absorbed;
      FAIL_UNLESS(op->done(&c, r), "%s: success, effect incomplete", msg);
    } else {
      FAIL_UNLESS(r == want, "%s: want %s", msg, ntix_t_name(want));
      FAIL_UNLESS(op->undone == NULL || op->undone(&c),
                  "%s: failed, but did part of its work", msg);
    }
  }
  op->teardown(&c);
  after = in_use();
  if (fired && after != before && (why = leak_accepted(op->name, &fi))) {
    printf("fault: %s: leak accepted: %s\n", msg, why);
    return fired;
  }
  /* The warm-up (k 0) may create what the process keeps. */
  FAIL_UNLESS(k == 0 || after == before,
              "%s: %d native and %d ntix descriptors leaked", msg,
              after / 4096 - before / 4096, after % 4096 - before % 4096);
  return fired;
}

/* The quick census (the system's handle list on Windows) counts what the
 * handle-by-handle probe counts. */
START_TEST(census) {
  int fds[2], a, b;

  NT_OK(ntix_pipe(fds, 0));
  a = ntix_fault_handles(0);
  b = ntix_fault_handles(1);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  FAIL_UNLESS(a == b && a > 0, "census: %d in the list, %d probed", a, b);
}
END_TEST

START_TEST(every_call_fails) {
  const fault_op_t *op = op_at(_i);
  int absorbed = 0;
  uint64_t k;

  run_once(op, 0, &absorbed); /* warm-up */
  for (k = 1; k <= MAX_CALLS && run_once(op, k, &absorbed); k++)
    ;
  FAIL_UNLESS(k <= MAX_CALLS, "%s: more than %d calls", op->name, MAX_CALLS);
  FAIL_UNLESS(!LEAKS_FOUND(), "%s: memory leaked (LeakSanitizer above)",
              op->name);
  printf("fault: %s: %llu native calls, each failed once, %d absorbed\n",
         op->name, (unsigned long long)(k - 1), absorbed);
  fflush(stdout);
}
END_TEST

/* What a process does once, on first use (Linux: the SIGPIPE policy;
 * Windows: WSAStartup, the poller's first set-up), escapes the warm loop
 * above.  Check forks each iteration on Linux, so each starts cold there
 * (Windows runs them in one process: only the first is cold).  A failure
 * on first use must not stick: the next call works and the policy holds
 * (a write to a pipe without reader is NTIX_EPIPE, not a dead process). */
START_TEST(first_use) {
  static const char *const names[] = {"first-use-pipe", "first-use-socket",
                                      "first-use-poller"};
  int k = _i / 3, what = _i % 3, fds[2], rc;
  ntix_fault_info_t fi;
  char b = 'x';

  ntix_fault_arm((uint64_t)k, 0);
  if (what == 0)
    rc = ntix_pipe(fds, 0);
  else if (what == 1)
    rc = ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0);
  else
    rc = ntix_poll_create(0);
  ntix_fault_disarm();
  if (ntix_fault_fired(&fi)) {
    printf("fault: %s #%d %s -> %s\n", names[what], k, base(fi.site),
           rc >= 0 ? "absorbed" : ntix_t_name(rc));
    FAIL_UNLESS(rc >= 0 || rc == ntix_err_from_native(fi.kind, fi.status),
                "%s #%d: %s", names[what], k, ntix_t_name(rc));
  }
  if (rc >= 0 && what == 0) {
    ntix_close(fds[0]);
    ntix_close(fds[1]);
  } else if (rc >= 0) {
    ntix_close(rc);
  }
  NT_OK(ntix_pipe(fds, 0));
  NT_OK(ntix_close(fds[0]));
  ck_assert_int_eq(ntix_write(fds[1], &b, 1), NTIX_EPIPE);
  ntix_close(fds[1]);
  fflush(stdout);
}
END_TEST

int
main(int argc, char **argv) {
  Suite *s;
  TCase *tc, *cold;

  if (argc > 1 && strncmp(argv[1], FOP_CHILD_TAG, strlen(FOP_CHILD_TAG)) == 0)
    return fop_child_main(argc, argv);
  s = suite_create("fault");
  tc = ntix_t_tcase("fault");
  cold = ntix_t_tcase("first-use");

  tcase_add_loop_test(cold, first_use, 3, 3 * 5);
  suite_add_tcase(s, cold);
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, census);
  tcase_add_loop_test(tc, every_call_fails, 0,
                      fault_ops_file_count + fault_ops_net_count +
                          fault_ops_fs_count + fault_ops_meta_count);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "fault");
}

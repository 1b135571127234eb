/* check_trace.c: call tracing on both OSes: what a record holds for a
 * failing and a succeeding call, that turning tracing off stops the
 * records, that the caller's native record is the same traced or not,
 * that calls ntix makes internally or from the callback are not traced,
 * and that calls in another thread work while tracing is switched.
 */
#include <string.h>

#include "check-util.h"

#define MAX_RECS 16

/* A copy of one record: its strings live only during the callback. */
typedef struct rec_copy {
  char call[32];
  char args[256];
  int64_t result;
  ntix_native_kind_t kind;
  uint32_t value;
  char native_call[64];
  int has_native_call;
  int64_t duration_ns;
} rec_copy_t;

static rec_copy_t recs[MAX_RECS];
static int nrecs;

static void
copy_str(char *dst, size_t cap, const char *src) {
  size_t n = strlen(src);

  if (n >= cap)
    n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

static void
collect(const ntix_trace_record_t *rec, void *arg) {
  rec_copy_t *r;

  (void)arg;
  if (nrecs == MAX_RECS)
    return;
  r = &recs[nrecs++];
  copy_str(r->call, sizeof(r->call), rec->call);
  copy_str(r->args, sizeof(r->args), rec->args);
  r->result = rec->result;
  r->kind = rec->native_kind;
  r->value = rec->native_value;
  r->has_native_call = rec->native_call != NULL;
  copy_str(r->native_call, sizeof(r->native_call),
           rec->native_call != NULL ? rec->native_call : "");
  r->duration_ns = rec->duration_ns;
}

/* As collect, then makes a failing call of its own. */
static void
collect_and_fail(const ntix_trace_record_t *rec, void *arg) {
  collect(rec, arg);
  ntix_close(-1);
}

static void
trace_on(ntix_trace_fn fn) {
  nrecs = 0;
  memset(recs, 0, sizeof(recs));
  ntix_trace_set(fn, NULL);
}

static int
same_native(const ntix_native_t *a, const ntix_native_t *b) {
  return a->kind == b->kind && a->value == b->value &&
         a->neutral == b->neutral &&
         (a->call == b->call || (a->call != NULL && b->call != NULL &&
                                 strcmp(a->call, b->call) == 0));
}

START_TEST(failing_open) {
  const char *missing = ntix_t_path("missing.txt");
  int rc;

  trace_on(collect);
  rc = ntix_open(missing, NTIX_O_RDONLY, 0);
  ntix_trace_set(NULL, NULL);
  ck_assert_int_eq(rc, NTIX_ENOENT);
  ck_assert_int_eq(nrecs, 1);
  ck_assert_str_eq(recs[0].call, "ntix_open");
  ck_assert(recs[0].result == NTIX_ENOENT);
  ck_assert_int_ne(recs[0].kind, NTIX_NATIVE_NONE);
  ck_assert(recs[0].has_native_call);
  ck_assert_int_eq(ntix_err_from_native(recs[0].kind, recs[0].value),
                   NTIX_ENOENT);
  ck_assert(recs[0].duration_ns >= 0);
  ck_assert_msg(recs[0].args[0] == '"' &&
                    strstr(recs[0].args, "missing.txt\", O_RDONLY, 0") != NULL,
                "args: %s", recs[0].args);
}
END_TEST

START_TEST(pipe_write_read) {
  int fds[2];
  char buf[8];
  int64_t w, r;

  NT_OK(ntix_pipe(fds, 0));
  trace_on(collect);
  w = ntix_write(fds[1], "hello", 5);
  r = ntix_read(fds[0], buf, sizeof(buf));
  ntix_trace_set(NULL, NULL);
  ck_assert(w == 5 && r == 5);
  ck_assert_int_eq(nrecs, 2);
  ck_assert_str_eq(recs[0].call, "ntix_write");
  ck_assert_str_eq(recs[1].call, "ntix_read");
  ck_assert(recs[0].result == 5 && recs[1].result == 5);
  ck_assert_int_eq(recs[0].kind, NTIX_NATIVE_NONE);
  ck_assert_int_eq(recs[1].kind, NTIX_NATIVE_NONE);
  ck_assert(!recs[0].has_native_call && !recs[1].has_native_call);
  ck_assert(recs[0].duration_ns >= 0 && recs[1].duration_ns >= 0);
  /* "<fd>, 0x..., 5" and "<fd>, 0x..., 8". */
  ck_assert_msg(strstr(recs[0].args, ", 0x") != NULL &&
                    strcmp(recs[0].args + strlen(recs[0].args) - 3, ", 5") == 0,
                "args: %s", recs[0].args);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}
END_TEST

/* Tracing turned on and off while another thread reads, writes and
 * closes: every call still does its work (on Linux these calls are the
 * fast entries, whose gates ntix_trace_set moves under them). */
#define TOGGLE_ROUNDS 20000

static int64_t counted;

static void
count_record(const ntix_trace_record_t *rec, void *arg) {
  (void)rec;
  (void)arg;
  __atomic_add_fetch(&counted, 1, __ATOMIC_RELAXED);
}

struct io_loop {
  int fds[2];
  int done;
  int bad; /* calls that did not do their work */
};

static void *
io_thread(void *arg) {
  struct io_loop *l = arg;
  unsigned char out, in;
  int i, d;

  for (i = 0; i < TOGGLE_ROUNDS; i++) {
    out = (unsigned char)i;
    in = (unsigned char)~out;
    if (ntix_write(l->fds[1], &out, 1) != 1 ||
        ntix_read(l->fds[0], &in, 1) != 1 || in != out)
      l->bad++;
    if ((d = ntix_dup(l->fds[0])) < 0 || ntix_close(d) != 0)
      l->bad++;
  }
  __atomic_store_n(&l->done, 1, __ATOMIC_RELEASE);
  return NULL;
}

START_TEST(toggle_while_calling) {
  struct io_loop l = {{-1, -1}, 0, 0};
  ntix_t_thread_t *t;
  int64_t before;
  char c = 'x';
  int toggles = 0;

  NT_OK(ntix_pipe(l.fds, 0));
  t = ntix_t_spawn(io_thread, &l);
  while (!__atomic_load_n(&l.done, __ATOMIC_ACQUIRE)) {
    ntix_trace_set(count_record, NULL);
    ntix_trace_set(NULL, NULL);
    toggles++;
  }
  ntix_t_join(t);
  ck_assert_msg(l.bad == 0, "%d calls failed while tracing toggled", l.bad);
  ck_assert(toggles > 0);
  /* Settled: on gives a record for each call, off none. */
  before = __atomic_load_n(&counted, __ATOMIC_RELAXED);
  ntix_trace_set(count_record, NULL);
  ck_assert(ntix_write(l.fds[1], &c, 1) == 1);
  ck_assert(ntix_read(l.fds[0], &c, 1) == 1);
  ntix_trace_set(NULL, NULL);
  ck_assert(__atomic_load_n(&counted, __ATOMIC_RELAXED) == before + 2);
  ck_assert_int_eq(ntix_close(l.fds[0]), 0);
  ck_assert_int_eq(ntix_close(l.fds[1]), 0);
  ck_assert(__atomic_load_n(&counted, __ATOMIC_RELAXED) == before + 2);
}
END_TEST

START_TEST(off_means_no_records) {
  trace_on(collect);
  ntix_trace_set(NULL, NULL);
  ntix_close(-1);
  ntix_getpid();
  ck_assert_int_eq(nrecs, 0);
}
END_TEST

START_TEST(native_record_unchanged) {
  const char *missing = ntix_t_path("missing.txt");
  ntix_native_t plain, traced, before, after;
  int fds[2];

  /* A failure: the same record traced or not. */
  ntix_native_clear();
  ntix_open(missing, NTIX_O_RDONLY, 0);
  ntix_native_last(&plain);
  ntix_native_clear();
  trace_on(collect_and_fail);
  ntix_open(missing, NTIX_O_RDONLY, 0);
  ntix_trace_set(NULL, NULL);
  ntix_native_last(&traced);
  ck_assert(same_native(&plain, &traced));
  /* The callback's own failing ntix_close(-1) was not traced. */
  ck_assert_int_eq(nrecs, 1);

  /* A success keeps the older failure, even when the callback fails. */
  NT_OK(ntix_pipe(fds, 0));
  ntix_close(-1);
  ntix_native_last(&before);
  trace_on(collect_and_fail);
  ck_assert(ntix_write(fds[1], "x", 1) == 1);
  ntix_trace_set(NULL, NULL);
  ntix_native_last(&after);
  ck_assert(same_native(&before, &after));
  ck_assert_int_eq(nrecs, 1);

  /* A clear record stays clear. */
  ntix_native_clear();
  trace_on(collect_and_fail);
  ck_assert(ntix_read(fds[0], &before, 1) == 1);
  ntix_trace_set(NULL, NULL);
  ntix_native_last(&after);
  ck_assert(after.kind == NTIX_NATIVE_NONE && after.call == NULL &&
            after.neutral == 0);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}
END_TEST

START_TEST(refused_call) {
  trace_on(collect);
  ck_assert_int_eq(ntix_open(NULL, NTIX_O_RDONLY, 0), NTIX_EFAULT);
  ntix_trace_set(NULL, NULL);
  ck_assert_int_eq(nrecs, 1);
  ck_assert(recs[0].result == NTIX_EFAULT);
  ck_assert_int_eq(recs[0].kind, NTIX_NATIVE_NONE);
  ck_assert_str_eq(recs[0].native_call, "ntix_open");
  ck_assert_str_eq(recs[0].args, "NULL, O_RDONLY, 0");
}
END_TEST

START_TEST(internal_calls_untraced) {
  int sv[2];
  char buf[8];

  NT_OK(ntix_socketpair(NTIX_SOCK_STREAM, 0, sv));
  trace_on(collect);
  ck_assert(ntix_send(sv[0], "hello", 5, 0) == 5);
  ntix_trace_set(NULL, NULL);
  ck_assert_int_eq(nrecs, 1);
  ck_assert_str_eq(recs[0].call, "ntix_send");
  ck_assert(recs[0].result == 5);
  ck_assert(ntix_recv(sv[1], buf, sizeof(buf), 0) == 5);
  ntix_close(sv[0]);
  ntix_close(sv[1]);
}
END_TEST

START_TEST(argument_text) {
  static const char long_path[] =
      "0123456789012345678901234567890123456789"
      "0123456789012345678901234567890123456789"
      "0123456789";
  ntix_sockaddr_t sa;
  int fd;

  NT_OK(ntix_sockaddr_parse("127.0.0.1:0", &sa));
  fd = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  trace_on(collect);
  ntix_bind(fd, &sa);
  ntix_open("a\"b\n", NTIX_O_RDONLY | NTIX_O_NOFOLLOW, 0644);
  ntix_stat(long_path, NULL);
  ntix_trace_set(NULL, NULL);
  ck_assert_int_eq(nrecs, 3);
  ck_assert_msg(strstr(recs[0].args, ", 127.0.0.1:0") != NULL, "args: %s",
                recs[0].args);
  ck_assert_str_eq(recs[1].args, "\"a\\\"b\\x0a\", O_RDONLY|O_NOFOLLOW, 0644");
  /* 80 bytes shown, then "...". */
  ck_assert_int_eq((int)strlen(recs[2].args), 1 + 80 + 1 + 3 + 6);
  ck_assert_msg(strstr(recs[2].args, "\"..., NULL") != NULL, "args: %s",
                recs[2].args);
  ntix_close(fd);
}
END_TEST

/* Formatting a bad address for the trace must not leak into the caller's
 * record either. */
START_TEST(bad_address_record) {
  ntix_native_t plain, traced;
  ntix_sockaddr_t bad;
  int fd, rc_plain, rc_traced;

  memset(&bad, 0, sizeof(bad));
  bad.family = 99;
  fd = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  ntix_native_clear();
  rc_plain = ntix_bind(fd, &bad);
  ntix_native_last(&plain);
  ntix_native_clear();
  trace_on(collect);
  rc_traced = ntix_bind(fd, &bad);
  ntix_trace_set(NULL, NULL);
  ntix_native_last(&traced);
  ck_assert_int_lt(rc_plain, 0);
  ck_assert_int_eq(rc_plain, rc_traced);
  ck_assert(same_native(&plain, &traced));
  ck_assert_int_eq(nrecs, 1);
  ck_assert_msg(strstr(recs[0].args, ", {family=99}") != NULL, "args: %s",
                recs[0].args);
  ntix_close(fd);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("trace");
  TCase *tc = ntix_t_tcase("trace");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, failing_open);
  tcase_add_test(tc, pipe_write_read);
  tcase_add_test(tc, off_means_no_records);
  tcase_add_test(tc, native_record_unchanged);
  tcase_add_test(tc, refused_call);
  tcase_add_test(tc, internal_calls_untraced);
  tcase_add_test(tc, argument_text);
  tcase_add_test(tc, bad_address_record);
  tcase_add_test(tc, toggle_while_calling);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "trace");
}

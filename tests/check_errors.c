/* check_errors.c: the error model.  Every row of the errno, NTSTATUS and
 * Win32/WSA tables is checked for consistency (sorted, unique, named, round
 * trips by name and by value), the non-obvious mapping decisions are
 * pinned, and the per-thread native record is checked after real failing
 * calls.  The same source runs on Linux and on Windows.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "check-util.h"

static const ntix_space_t spaces[] = {NTIX_SPACE_ERRNO, NTIX_SPACE_NTSTATUS,
                                      NTIX_SPACE_WIN32};
#define NTIX__COUNT_SPACES (sizeof(spaces) / sizeof(spaces[0]))

static size_t
count_rows(ntix_space_t space) {
  size_t n = 0;

  while (ntix_code_at(space, n) != NULL) n++;
  return n;
}

/* A neutral value is 0, an errno code or the catch-all. */
static int
valid_neutral(int neutral) {
  return neutral == 0 || neutral == NTIX_EUNKNOWN ||
         ntix_err_name(neutral) != NULL;
}

START_TEST(errno_constants_are_linux_numbers) {
  /* Literal Linux values, whatever the platform's <errno.h> says. */
  ck_assert_int_eq(NTIX_EPERM, -1);
  ck_assert_int_eq(NTIX_ENOENT, -2);
  ck_assert_int_eq(NTIX_EAGAIN, -11);
  ck_assert_int_eq(NTIX_EWOULDBLOCK, -11);
  ck_assert_int_eq(NTIX_EDEADLK, -35);
  ck_assert_int_eq(NTIX_EDEADLOCK, -35);
  ck_assert_int_eq(NTIX_ENOTSUP, -95);
  ck_assert_int_eq(NTIX_EOPNOTSUPP, -95);
  ck_assert_int_eq(NTIX_EADDRINUSE, -98);
  ck_assert_int_eq(NTIX_ETIMEDOUT, -110);
  ck_assert_int_eq(NTIX_ECONNREFUSED, -111);
  ck_assert_int_eq(NTIX_EINPROGRESS, -115);
  ck_assert_int_eq(NTIX_ECANCELED, -125);
  ck_assert_int_eq(NTIX_EHWPOISON, -133);
  ck_assert_int_eq(NTIX_EUNKNOWN, -4094);
}
END_TEST

START_TEST(errno_table_rows) {
  size_t i, n = count_rows(NTIX_SPACE_ERRNO);

  /* Linux numbers 1..133 less the two unused ones (41 and 58). */
  ck_assert_uint_eq(n, 131);
  for (i = 0; i < n; i++) {
    const ntix_code_info_t *row = ntix_code_at(NTIX_SPACE_ERRNO, i);
    ck_assert_int_eq(row->space, NTIX_SPACE_ERRNO);
    ck_assert_ptr_nonnull(row->name);
    ck_assert_ptr_nonnull(row->message);
    ck_assert_int_eq(row->neutral, -(int)row->value);
    ck_assert_str_eq(ntix_err_name(row->neutral), row->name);
    ck_assert_str_eq(ntix_strerror(row->neutral), row->message);
    ck_assert_int_eq(ntix_err_from_name(row->name), row->neutral);
    ck_assert_int_eq(ntix_err_from_errno(row->value), row->neutral);
    ck_assert_ptr_eq(ntix_code_lookup(NTIX_SPACE_ERRNO, row->value), row);
  }
  ck_assert_str_eq(ntix_strerror(NTIX_ENOENT), "No such file or directory");
  ck_assert_str_eq(ntix_strerror(NTIX_EPIPE), "Broken pipe");
}
END_TEST

START_TEST(errno_aliases_and_unknowns) {
  ck_assert_int_eq(ntix_err_from_name("EWOULDBLOCK"), NTIX_EAGAIN);
  ck_assert_int_eq(ntix_err_from_name("EDEADLOCK"), NTIX_EDEADLK);
  ck_assert_int_eq(ntix_err_from_name("ENOTSUP"), NTIX_EOPNOTSUPP);
  ck_assert_int_eq(ntix_err_from_name("EUNKNOWN"), NTIX_EUNKNOWN);
  ck_assert_int_eq(ntix_err_from_name("ENOPE"), NTIX_EINVAL);
  ck_assert_int_eq(ntix_err_from_name(""), NTIX_EINVAL);
  ck_assert_int_eq(ntix_err_from_name(NULL), NTIX_EINVAL);
  ck_assert_int_eq(ntix_err_from_name("enoent"), NTIX_EINVAL);
  ck_assert_str_eq(ntix_err_name(NTIX_EUNKNOWN), "EUNKNOWN");
  ck_assert_ptr_null(ntix_err_name(0));
  ck_assert_ptr_null(ntix_err_name(5));
  ck_assert_ptr_null(ntix_err_name(-41)); /* a gap in Linux's numbering */
  ck_assert_ptr_null(ntix_err_name(-134));
  ck_assert_ptr_null(ntix_err_name(-2147483647 - 1));
  ck_assert_str_eq(ntix_strerror(0), "Success");
  ck_assert_str_eq(ntix_strerror(-58), "Unknown error");
  ck_assert_str_eq(ntix_strerror(12345), "Unknown error");
  ck_assert_str_eq(ntix_strerror(-2147483647 - 1), "Unknown error");
  ck_assert_int_eq(ntix_err_from_errno(0), NTIX_EUNKNOWN);
  ck_assert_int_eq(ntix_err_from_errno(41), NTIX_EUNKNOWN);
  ck_assert_int_eq(ntix_err_from_errno(100000), NTIX_EUNKNOWN);
}
END_TEST

/* Sorted by value, unique values, unique non-empty names, by-name and
 * by-value lookups return the row itself, neutral values are codes. */
static void
check_table(ntix_space_t space) {
  size_t i, j, n = count_rows(space);

  ck_assert_uint_gt(n, 0);
  for (i = 0; i < n; i++) {
    const ntix_code_info_t *row = ntix_code_at(space, i);
    ck_assert_int_eq(row->space, space);
    ck_assert_ptr_nonnull(row->name);
    ck_assert_uint_gt(strlen(row->name), 0);
    ck_assert_msg(valid_neutral(row->neutral), "%s: neutral %d", row->name,
                  row->neutral);
    if (i > 0)
      ck_assert_msg(ntix_code_at(space, i - 1)->value < row->value,
                    "%s not sorted after %s", row->name,
                    ntix_code_at(space, i - 1)->name);
    ck_assert_ptr_eq(ntix_code_lookup(space, row->value), row);
    ck_assert_ptr_eq(ntix_code_by_name(space, row->name), row);
    if (row->note != NULL)
      ck_assert_uint_gt(strlen(row->note), 10);
  }
  /* Names are unique within the table (by-name found the row itself) and
   * across tables. */
  for (i = 0; i < NTIX__COUNT_SPACES; i++) {
    if (spaces[i] == space)
      continue;
    for (j = 0; j < n; j++)
      ck_assert_ptr_null(
          ntix_code_by_name(spaces[i], ntix_code_at(space, j)->name));
  }
}
START_TEST(tables_consistent) {
  check_table(spaces[_i]);
}
END_TEST

START_TEST(ntstatus_rows) {
  size_t i, n = count_rows(NTIX_SPACE_NTSTATUS);

  ck_assert_uint_ge(n, 300);
  for (i = 0; i < n; i++) {
    const ntix_code_info_t *row = ntix_code_at(NTIX_SPACE_NTSTATUS, i);
    const ntix_code_info_t *w32 =
        ntix_code_lookup(NTIX_SPACE_WIN32, row->win32);
    ck_assert_msg(w32 != NULL, "%s: Win32 %u not in the table", row->name,
                  (unsigned)row->win32);
    ck_assert_msg(strncmp(row->name, "STATUS_", 7) == 0 ||
                      strncmp(row->name, "DBG_", 4) == 0 ||
                      strncmp(row->name, "RPC_NT_", 7) == 0 ||
                      strncmp(row->name, "EPT_NT_", 7) == 0,
                  "%s: not an NTSTATUS name", row->name);
    ck_assert_uint_eq(ntix_ntstatus_to_win32(row->value), row->win32);
    ck_assert_int_eq(ntix_err_from_ntstatus(row->value), row->neutral);
    /* Failures (warning and error severities) map to a code, successes
     * and informational values to 0. */
    if ((int32_t)row->value < 0)
      ck_assert_msg(row->neutral < 0, "%s is a failure", row->name);
    else
      ck_assert_msg(row->neutral == 0, "%s is no failure", row->name);
    ck_assert_ptr_null(row->message);
  }
}
END_TEST

START_TEST(win32_rows) {
  size_t i, n = count_rows(NTIX_SPACE_WIN32), wsa = 0;

  for (i = 0; i < n; i++) {
    const ntix_code_info_t *row = ntix_code_at(NTIX_SPACE_WIN32, i);
    ck_assert_int_eq(ntix_err_from_win32(row->value), row->neutral);
    ck_assert_msg((row->value == 0) == (row->neutral == 0), "%s", row->name);
    if (row->value >= 10000 && row->value < 12000 &&
        strncmp(row->name, "WSA", 3) == 0)
      wsa++;
  }
  ck_assert_uint_ge(n, 200);
  ck_assert_uint_ge(wsa, 40);
}
END_TEST

/* The decisions doc/errors.md justifies; each must carry its note. */
static const struct {
  const char *name;
  int neutral;
} pinned[] = {
    {"STATUS_OBJECT_NAME_NOT_FOUND", NTIX_ENOENT},
    {"STATUS_OBJECT_PATH_NOT_FOUND", NTIX_ENOENT},
    {"STATUS_DELETE_PENDING", NTIX_ENOENT},
    {"STATUS_SHARING_VIOLATION", NTIX_EBUSY},
    {"STATUS_ACCESS_DENIED", NTIX_EACCES},
    {"STATUS_PRIVILEGE_NOT_HELD", NTIX_EPERM},
    {"STATUS_PIPE_BROKEN", NTIX_EPIPE},
    {"STATUS_PIPE_CLOSING", NTIX_EPIPE},
    {"STATUS_PIPE_EMPTY", NTIX_EAGAIN},
    {"STATUS_END_OF_FILE", NTIX_ENODATA},
    {"STATUS_OBJECT_TYPE_MISMATCH", NTIX_EBADF},
    {"STATUS_TIMEOUT", 0},
    {"STATUS_PENDING", 0},
    {"STATUS_NO_MORE_FILES", NTIX_ENOENT},
    {"STATUS_HANDLES_CLOSED", NTIX_EBADF},
    {"ERROR_ACCESS_DENIED", NTIX_EACCES},
    {"ERROR_SHARING_VIOLATION", NTIX_EBUSY},
};

START_TEST(pinned_decisions) {
  const ntix_code_info_t *row = ntix_code_by_name(0, pinned[_i].name);

  ck_assert_msg(row != NULL, "%s missing", pinned[_i].name);
  ck_assert_int_eq(row->neutral, pinned[_i].neutral);
  ck_assert_msg(row->note != NULL, "%s: no note", pinned[_i].name);
}
END_TEST

START_TEST(obvious_mappings) {
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0000034), NTIX_ENOENT);
  ck_assert_uint_eq(ntix_ntstatus_to_win32(0xC0000034), 2);
  ck_assert_uint_eq(ntix_ntstatus_to_win32(0xC0000022), 5);
  ck_assert_uint_eq(ntix_ntstatus_to_win32(0xC000014B), 109);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0000035), NTIX_EEXIST);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC00000BA), NTIX_EISDIR);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0000103), NTIX_ENOTDIR);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0000101), NTIX_ENOTEMPTY);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0000236), NTIX_ECONNREFUSED);
  ck_assert_int_eq(ntix_err_from_win32(2), NTIX_ENOENT);
  ck_assert_int_eq(ntix_err_from_win32(10054), NTIX_ECONNRESET);
  ck_assert_int_eq(ntix_err_from_win32(10035), NTIX_EAGAIN);
  ck_assert_int_eq(ntix_err_from_win32(10048), NTIX_EADDRINUSE);
  ck_assert_int_eq(ntix_err_from_win32(0), 0);
}
END_TEST

START_TEST(unknown_codes) {
  /* An unused error status, an unused Win32 code, a bad space. */
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0FFFFF0), NTIX_EUNKNOWN);
  ck_assert_uint_eq(ntix_ntstatus_to_win32(0xC0FFFFF0), 317);
  ck_assert_int_eq(ntix_err_from_ntstatus(0x0000F00D), 0);
  ck_assert_int_eq(ntix_err_from_win32(99999), NTIX_EUNKNOWN);
  /* A Win32 code carried in an NTSTATUS (facility 7). */
  ck_assert_uint_eq(ntix_ntstatus_to_win32(0xC0070005), 5);
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0070005), NTIX_EACCES);
  ck_assert_ptr_null(ntix_code_at((ntix_space_t)99, 0));
  ck_assert_ptr_null(ntix_code_lookup((ntix_space_t)0, 2));
  ck_assert_ptr_null(ntix_code_lookup(NTIX_SPACE_NTSTATUS, 0xC0FFFFF0));
  ck_assert_ptr_null(ntix_code_by_name(0, NULL));
  ck_assert_ptr_null(ntix_code_by_name(0, "STATUS_NOPE"));
  ck_assert_ptr_null(ntix_code_at(NTIX_SPACE_ERRNO, 100000));
  ck_assert_int_eq(ntix_err_from_native((ntix_native_kind_t)42, 1),
                   NTIX_EINVAL);
  ck_assert_int_eq(ntix_err_from_native(NTIX_NATIVE_NONE, 7), 0);
}
END_TEST

START_TEST(native_format) {
  char buf[96];

  ck_assert_int_eq(ntix_native_format(NTIX_NATIVE_ERRNO, 2, buf, sizeof(buf)),
                   (int)strlen("ENOENT (2)"));
  ck_assert_str_eq(buf, "ENOENT (2)");
  ntix_native_format(NTIX_NATIVE_NTSTATUS, 0xC0000034, buf, sizeof(buf));
  ck_assert_str_eq(buf, "STATUS_OBJECT_NAME_NOT_FOUND (0xC0000034)");
  ntix_native_format(NTIX_NATIVE_WIN32, 5, buf, sizeof(buf));
  ck_assert_str_eq(buf, "ERROR_ACCESS_DENIED (5)");
  ntix_native_format(NTIX_NATIVE_WSA, 10054, buf, sizeof(buf));
  ck_assert_str_eq(buf, "WSAECONNRESET (10054)");
  ntix_native_format(NTIX_NATIVE_NONE, 0, buf, sizeof(buf));
  ck_assert_str_eq(buf, "-");
  ntix_native_format(NTIX_NATIVE_NTSTATUS, 0xC0FFFFF0, buf, sizeof(buf));
  ck_assert_str_eq(buf, "NTSTATUS (0xC0FFFFF0)");
  /* Truncation reports the needed length, as snprintf. */
  ck_assert_int_eq(ntix_native_format(NTIX_NATIVE_ERRNO, 2, buf, 4), 10);
  ck_assert_str_eq(buf, "ENO");
  ck_assert_int_eq(ntix_native_format(NTIX_NATIVE_ERRNO, 2, NULL, 0), 10);
  /* A bad kind leaves an empty string, not the buffer's old bytes (the
   * tracer would print them). */
  ck_assert_int_eq(
      ntix_native_format((ntix_native_kind_t)9, 2, buf, sizeof(buf)),
      NTIX_EINVAL);
  ck_assert_str_eq(buf, "");
}
END_TEST

/* A real failing call: the record holds the neutral code, a native status
 * that the tables map back to it, and the native call's name. */
static void
check_record(int64_t rc) {
  ntix_native_t nat;

  ntix_native_last(&nat);
  ck_assert_int_eq(nat.neutral, (int)rc);
  ck_assert_ptr_nonnull(nat.call);
  ck_assert_uint_gt(strlen(nat.call), 0);
  ck_assert_int_eq(ntix_err_from_native(nat.kind, nat.value), (int)rc);
}

START_TEST(native_record_after_failure) {
  ntix_native_t nat;
  int64_t rc;

  ntix_native_clear();
  ntix_native_last(&nat);
  ck_assert_int_eq(nat.kind, NTIX_NATIVE_NONE);
  ck_assert_int_eq(nat.neutral, 0);
  ck_assert_ptr_null(nat.call);

  NT_EXPECT("errors: open missing file records the native status",
            rc = ntix_open(ntix_t_path("no-such-file"), NTIX_O_RDONLY, 0),
            NTIX_ENOENT);
  check_record(rc);
  ntix_native_last(&nat);
  ck_assert_int_ne(nat.kind, NTIX_NATIVE_NONE);

  NT_EXPECT("errors: mkdir existing records the native status",
            rc = ntix_mkdir(ntix_t_dir(), 0755), NTIX_EEXIST);
  check_record(rc);
  ntix_native_last(&nat);
  ck_assert_int_ne(nat.kind, NTIX_NATIVE_NONE);

  /* A success leaves the record alone, as errno. */
  ck_assert_int_ge(ntix_getpid(), 1);
  ntix_native_last(&nat);
  ck_assert_int_eq(nat.neutral, NTIX_EEXIST);

  /* Refused arguments: no OS call, so no native status. */
  NT_EXPECT("errors: refused argument has no native status",
            ntix_open(NULL, NTIX_O_RDONLY, 0), NTIX_EFAULT);
  ntix_native_last(&nat);
  ck_assert_int_eq(nat.kind, NTIX_NATIVE_NONE);
  ck_assert_uint_eq(nat.value, 0);
  ck_assert_int_eq(nat.neutral, NTIX_EFAULT);
  ck_assert_str_eq(nat.call, "ntix_open");
}
END_TEST

static void *
fail_in_thread(void *arg) {
  ntix_native_t *out = arg;

  ntix_native_clear();
  ck_assert_int_eq(ntix_rmdir(ntix_t_path("no-such-dir")), NTIX_ENOENT);
  ntix_native_last(out);
  return NULL;
}

START_TEST(native_record_is_per_thread) {
  ntix_native_t mine, theirs;
  pthread_t t;

  ck_assert_int_eq(ntix_open(ntix_t_dir(), NTIX_O_WRONLY, 0), NTIX_EISDIR);
  ck_assert_int_eq(pthread_create(&t, NULL, fail_in_thread, &theirs), 0);
  ck_assert_int_eq(pthread_join(t, NULL), 0);
  ntix_native_last(&mine);
  ck_assert_int_eq(mine.neutral, NTIX_EISDIR);
  ck_assert_int_eq(theirs.neutral, NTIX_ENOENT);
  ck_assert_int_eq(ntix_err_from_native(theirs.kind, theirs.value),
                   NTIX_ENOENT);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("errors");
  TCase *tc = ntix_t_tcase("tables");
  TCase *rec = ntix_t_tcase("record");

  tcase_add_test(tc, errno_constants_are_linux_numbers);
  tcase_add_test(tc, errno_table_rows);
  tcase_add_test(tc, errno_aliases_and_unknowns);
  tcase_add_loop_test(tc, tables_consistent, 0, (int)NTIX__COUNT_SPACES);
  tcase_add_test(tc, ntstatus_rows);
  tcase_add_test(tc, win32_rows);
  tcase_add_loop_test(tc, pinned_decisions, 0,
                      (int)(sizeof(pinned) / sizeof(pinned[0])));
  tcase_add_test(tc, obvious_mappings);
  tcase_add_test(tc, unknown_codes);
  tcase_add_test(tc, native_format);
  suite_add_tcase(s, tc);
  tcase_add_test(rec, native_record_after_failure);
  tcase_add_test(rec, native_record_is_per_thread);
  suite_add_tcase(s, rec);
  return ntix_t_run(s, "errors");
}

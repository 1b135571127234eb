/* check-util.h: what every ntix Check suite shares.  Suites use only the
 * public header and this file: no OS conditionals, one expected result per
 * scenario.
 *
 * A scenario is one call whose neutral result the test asserts and whose
 * native status (ntix_native_last) it records for the semantics report:
 * semantics/<suite>.tsv in the directory the test runs in.
 */
#ifndef NTIX_CHECK_UTIL_H
#define NTIX_CHECK_UTIL_H

#include <check.h>
#include <stdint.h>

#include "ntix.h"

/* Appends one row: suite, scenario, result (error name, or the value when
 * exact, or "ok"), native status and native call. */
void ntix_t_record(const char *scenario, int64_t result, int exact);

/* Runs call with a cleared native record, records it as scenario and
 * asserts that it returned exactly want. */
#define NT_EXPECT(scenario, call, want)                                    \
  do {                                                                     \
    int64_t got_;                                                          \
    ntix_native_clear();                                                   \
    got_ = (int64_t)(call);                                                \
    ntix_t_record((scenario), got_, 1);                                    \
    ck_assert_msg(got_ == (int64_t)(want), "%s",                           \
                  ntix_t_expect_text((scenario), #call, got_,              \
                                     (int64_t)(want)));                    \
  } while (0)

/* The failure text of NT_EXPECT.  Numbers are formatted here, with the C
 * library's snprintf: Check's own formatter, used on Windows, lacks %lld
 * and would crash on the message. */
const char *ntix_t_expect_text(const char *scenario, const char *text,
                               int64_t got, int64_t want);

/* As NT_EXPECT, for a call that must succeed with any value >= 0 (a
 * descriptor, a size); evaluates to that value. */
#define NT_EXPECT_OK(scenario, call) ntix_t_ok((scenario), #call, (call))
int64_t ntix_t_ok(const char *scenario, const char *text, int64_t got);

/* Asserts rc >= 0 without recording it (set-up steps). */
#define NT_OK(call) ntix_t_ok(NULL, #call, (call))

/* "ENOENT", "ok" or the number, for messages. */
const char *ntix_t_name(int64_t rc);

/* A fresh scratch directory for this process, relative to the directory
 * the test runs in, created on first use and removed by ntix_t_run. */
const char *ntix_t_dir(void);

/* dir/name in one of eight rotating static buffers. */
const char *ntix_t_path(const char *name);

/* Writes len bytes of pattern seeded by seed. */
void ntix_t_fill(void *buf, size_t len, uint32_t seed);

/* Creates or truncates path, writes len bytes of data and closes it,
 * asserting each step (set-up). */
void ntix_t_create(const char *path, const void *data, size_t len);

/* Reads fd until end of file, an error or cap bytes; returns the total or
 * the first error. */
int64_t ntix_t_read_all(int fd, void *buf, size_t cap);

/* Runs suite s, named name (also the TSV's file name), prints Check's
 * summary, removes the scratch directory and returns the exit status. */
int ntix_t_run(Suite *s, const char *name);

#endif /* NTIX_CHECK_UTIL_H */

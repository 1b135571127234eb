/* proc-test.h: what the two halves of check_process share (the test
 * side; proc-child.h is the child side).
 */
#ifndef NTIX_PROC_TEST_H
#define NTIX_PROC_TEST_H

#include "check-util.h"
#include "proc-child.h"

#define SEC 1000000000LL
#define MAX_ARGS 80

/* This program's path (ntix_exe_path), which the tests start. */
extern char self[4096];

/* Runs this program with argv {self, extra..., NULL} (extra starts with a
 * CHILD_TAG mode), io as its stdio (NULL: inherit) and flags. */
int spawn_mode(const char *const *extra,
               const ntix_stdio_t *io,
               int flags,
               int *pid);

/* Runs a child with stdin from the null device and stdout into a pipe,
 * reads its output to the end, waits for it: returns the output length
 * (output NUL-terminated in buf) and the status in *st. */
int64_t run_capture(const char *const *extra,
                    char *buf,
                    size_t cap,
                    ntix_proc_status_t *st);

/* Asserts an exit with code. */
void assert_exited(const ntix_proc_status_t *st, int code);

/* Adds the tests of proc-cases.c. */
void proc_add_cases(TCase *tc);

#endif /* NTIX_PROC_TEST_H */

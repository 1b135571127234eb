/* check-util.h: what every ntix Check suite shares.  Suites use only the
 * public header and this file: no OS conditionals, one expected result per
 * scenario.
 *
 * A scenario is one call whose neutral result the test asserts and whose
 * native status (ntix_native_last) it records for the semantics report:
 * semantics/<suite>.tsv in the directory the test runs in, or
 * semantics/<suite>.wine-<version>.tsv under Wine.
 */
#ifndef NTIX_CHECK_UTIL_H
#define NTIX_CHECK_UTIL_H

#include <check.h>
#include <stdint.h>

#include "ntix.h"
#include "probe.h"

/* Appends one row: suite, scenario, result (error name, or the value when
 * exact, or "ok"), native status, native call and the Win32 code of an
 * NTSTATUS ("ERROR_FILE_NOT_FOUND (2)", "-" for other kinds). */
void ntix_t_record(const char *scenario, int64_t result, int exact);

/* Runs call with a cleared native record, records it as scenario and
 * asserts that it returned exactly want. */
#define NT_EXPECT(scenario, call, want)                                \
  do {                                                                 \
    int64_t got_;                                                      \
    ntix_native_clear();                                               \
    got_ = (int64_t)(call);                                            \
    ntix_t_record((scenario), got_, 1);                                \
    ck_assert_msg(                                                     \
        got_ == (int64_t)(want), "%s",                                 \
        ntix_t_expect_text((scenario), #call, got_, (int64_t)(want))); \
  } while (0)

/* NT_EXPECT for a value that differs between runs (a pid): asserted
 * exactly, recorded as "ok" (or the error), so that the semantics report
 * compares what is the same on every run. */
#define NT_EXPECT_VARYING(scenario, call, want)                        \
  do {                                                                 \
    int64_t got_;                                                      \
    ntix_native_clear();                                               \
    got_ = (int64_t)(call);                                            \
    ntix_t_record((scenario), got_, 0);                                \
    ck_assert_msg(                                                     \
        got_ == (int64_t)(want), "%s",                                 \
        ntix_t_expect_text((scenario), #call, got_, (int64_t)(want))); \
  } while (0)

/* After an NT_EXPECT of scenario: if ntix refused the call itself (it
 * failed with no native status), evaluates probe, a probe_* call
 * (probe.h) making the same operation with the raw native call, and
 * records what the OS said as the scenario's probe.  Otherwise probe is
 * not evaluated: the native columns already show the OS's answer. */
#define NT_PROBE(scenario, probe)               \
  do {                                          \
    if (ntix_t_refused())                       \
      ntix_t_record_probe((scenario), (probe)); \
  } while (0)

/* 1 if the last recorded scenario failed with no native call made. */
int ntix_t_refused(void);

/* Appends a probe row: suite, scenario, "@probe", native status, native
 * call, Win32 code (readers that keep one row per scenario skip it). */
void ntix_t_record_probe(const char *scenario, ntix_native_t nat);

/* The failure text of NT_EXPECT.  Numbers are formatted here, with the C
 * library's snprintf: Check's own formatter, used on Windows, lacks %lld
 * and would crash on the message. */
const char *ntix_t_expect_text(const char *scenario,
                               const char *text,
                               int64_t got,
                               int64_t want);

/* As NT_EXPECT, for a call that must succeed with any value >= 0 (a
 * descriptor, a size); evaluates to that value. */
#define NT_EXPECT_OK(scenario, call) ntix_t_ok((scenario), #call, (call))
int64_t ntix_t_ok(const char *scenario, const char *text, int64_t got);

/* Asserts rc >= 0 without recording it (set-up steps). */
#define NT_OK(call) ntix_t_ok(NULL, #call, (call))

/* "ENOENT", "ok" or the number, for messages. */
const char *ntix_t_name(int64_t rc);

/* A fresh scratch directory for this process, relative to the directory
 * the test runs in, created on first use and removed after each test. */
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

/* ntix_open(path, flags, 0644), asserting success (set-up). */
int ntix_t_open(const char *path, int flags);

/* The size fstat reports for fd, or the error. */
int64_t ntix_t_fd_size(int fd);

/* The type stat reports for path, or the error. */
int ntix_t_path_type(const char *path);

/* Opens path read-only, reads it whole into buf (at most cap bytes) and
 * closes it: the size read or the error. */
int64_t ntix_t_slurp(const char *path, void *buf, size_t cap);

/* A new TCase whose checked fixture undoes what each of its tests left
 * behind, whether it passed or failed (Windows runs the tests of a suite
 * in one process): it closes every descriptor opened during the test
 * (pollers first), the directory streams opened with ntix_t_dir_open,
 * restores the current directory, switches tracing off, removes the
 * scratch directory and clears the native record.  Every suite makes its
 * TCases with it. */
TCase *ntix_t_tcase(const char *name);

/* ntix_dir_open and ntix_dir_close, keeping the open streams for the
 * fixture to close after a failure.  Same results as the calls. */
int ntix_t_dir_open(const char *path, ntix_dir_t **out);
int ntix_t_dir_close(ntix_dir_t *dir);

/* Runs suite s, named name (also the TSV's file name), prints Check's
 * summary, removes the scratch directory and returns the exit status. */
int ntix_t_run(Suite *s, const char *name);

/* --- Sockets, threads and descriptor counts (net suites) --------------- */

/* 127.0.0.1 (NTIX_AF_INET) or ::1 (NTIX_AF_INET6) with port. */
void ntix_t_loopback(int family, uint16_t port, ntix_sockaddr_t *out);

/* 1 if a and b have the same family, port and address bytes. */
int ntix_t_same_addr(const ntix_sockaddr_t *a, const ntix_sockaddr_t *b);

/* A TCP socket listening on the loopback address of family at a port the
 * OS picks; its address goes to *bound.  flags as ntix_socket. */
int ntix_t_listener(int family, int flags, ntix_sockaddr_t *bound);

/* A connected TCP pair over loopback: *client connected to *server (the
 * accepted end), both blocking. */
void ntix_t_tcp_pair(int family, int *client, int *server);

/* A loopback address of family whose port nobody listens on: bound by a
 * socket that is then closed. */
void ntix_t_closed_port(int family, ntix_sockaddr_t *out);

/* Sends all of len bytes on a blocking socket; returns len or the error. */
int64_t ntix_t_send_all(int fd, const void *buf, size_t len);

/* Receives until len bytes, end of stream or an error; returns the total
 * or the error. */
int64_t ntix_t_recv_all(int fd, void *buf, size_t len);

/* Milliseconds on the monotonic clock. */
int64_t ntix_t_ms(void);

/* A thread running fn(arg); ntix_t_join waits for it and returns fn's
 * result.  Threads come from pthreads, which both OSes' toolchains have. */
typedef struct ntix_t_thread ntix_t_thread_t;
ntix_t_thread_t *ntix_t_spawn(void *(*fn)(void *), void *arg);
void *ntix_t_join(ntix_t_thread_t *t);

/* How many descriptors in [0, limit) are open (ntix_fd_native != -1). */
int ntix_t_count_fds(int limit);

#endif /* NTIX_CHECK_UTIL_H */

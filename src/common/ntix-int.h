/* ntix-int.h: what every backend and src/common share internally: the
 * failure recorder behind ntix_native_last(), UTF-8/UTF-16 conversion and
 * argument checks.  Never installed; backends include it after ntix.h.
 */
#ifndef NTIX_INT_H
#define NTIX_INT_H

#include <stdint.h>
#include <stddef.h>

#include "ntix.h"

#if defined(__GNUC__)
#define NTIX__LIKELY(x) __builtin_expect(!!(x), 1)
#define NTIX__UNLIKELY(x) __builtin_expect(!!(x), 0)
#define NTIX__COLD __attribute__((cold, noinline))
#else
#define NTIX__LIKELY(x) (x)
#define NTIX__UNLIKELY(x) (x)
#define NTIX__COLD
#endif

#define NTIX__ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Records a failure for ntix_native_last() and returns neutral.  call is a
 * string with static storage. */
int ntix__fail(ntix_native_kind_t kind,
               uint32_t value,
               int neutral,
               const char *call) NTIX__COLD;

/* A raw Linux system call's -errno: recorded and returned unchanged, since
 * NTIX_E* == -errno. */
int ntix__fail_errno(long kret, const char *call) NTIX__COLD;

/* An NTSTATUS, a Win32 error or a WSA error: mapped through the tables. */
int ntix__fail_nt(uint32_t status, const char *call) NTIX__COLD;
int ntix__fail_win32(uint32_t code, const char *call) NTIX__COLD;
int ntix__fail_wsa(uint32_t code, const char *call) NTIX__COLD;

/* ntix refused the call itself (bad arguments, closed descriptor): no OS
 * call was made, so the native kind is NTIX_NATIVE_NONE. */
int ntix__refuse(int neutral, const char *call) NTIX__COLD;

/* UTF-8 (len bytes, no NUL needed) to UTF-16 in out[cap], NUL-terminated.
 * Returns the units written without the NUL, NTIX_EILSEQ for invalid UTF-8
 * (overlong forms, surrogate pairs encoded separately, values past
 * U+10FFFF, truncated sequences) or NTIX_ENAMETOOLONG if it does not fit.
 * A lone surrogate encoded on its own (WTF-8) is accepted, so that every
 * name ntix__utf16_to_utf8 produces can be given back. */
int64_t ntix__utf8_to_utf16(const char *s,
                            size_t len,
                            uint16_t *out,
                            size_t cap);

/* 1 if the NUL-terminated s is valid UTF-8 (lone surrogates allowed, as
 * ntix__utf8_to_utf16 takes them), else 0. */
int ntix__utf8_valid(const char *s);

/* UTF-16 (len units) to UTF-8 in out[cap], NUL-terminated.  Lone surrogates
 * become their 3-byte WTF-8 form.  Returns the bytes written without the NUL
 * or NTIX_ENAMETOOLONG (NTIX_ERANGE when range is set) if it does not fit. */
int64_t ntix__utf16_to_utf8(const uint16_t *s,
                            size_t len,
                            char *out,
                            size_t cap,
                            int range);

/* ---- argument checks (args.c, error.c): 0 or a refused NTIX_E* code ---- */

/* NULL -> NTIX_EFAULT, "" -> NTIX_ENOENT, invalid UTF-8 -> NTIX_EILSEQ. */
int ntix__check_path(const char *path, const char *call);

/* NTIX_EINVAL for: access mode 3, unknown bits, EXCL without CREAT,
 * DIRECTORY with CREAT or write access, TRUNC with RDONLY. */
int ntix__check_open_flags(int flags, const char *call);

/* NULL with len > 0 -> NTIX_EFAULT. */
int ntix__check_buf(const void *buf, size_t len, const char *call);

/* The total length clamped to NTIX_IO_MAX, or NTIX_EINVAL (iovcnt out of
 * 0..NTIX_IOV_MAX, total overflows) / NTIX_EFAULT (NULL iov or base). */
int64_t ntix__check_iov(const ntix_iovec_t *iov, int iovcnt, const char *call);

/* ---- socket options (args.c): the neutral rules both backends share;
 * each backend maps an option to its own level and name. ---- */

typedef enum ntix__optkind {
  NTIX__OPT_BOOL,    /* 0 or 1 (any non-zero value sets it) */
  NTIX__OPT_SIZE,    /* a byte count >= 0 */
  NTIX__OPT_GETONLY, /* NTIX_SO_ERROR, NTIX_SO_TYPE */
  NTIX__OPT_LINGER   /* seconds; -1 is off */
} ntix__optkind_t;

/* Options are numbered 1 .. NTIX__OPT_COUNT - 1 (ntix.h). */
#define NTIX__OPT_COUNT (NTIX_IPV6_V6ONLY + 1)

/* The kind of opt; opt must be known (ntix__opt_check_*). */
ntix__optkind_t ntix__opt_kind(int opt);

/* The refusals made before the descriptor is looked at: NTIX_ENOPROTOOPT
 * (unknown option), then for a set NTIX_EINVAL (get-only, a negative size,
 * a linger below -1) and for a get NTIX_EFAULT (value NULL); else 0. */
int ntix__opt_check_set(int opt, int value, const char *call);
int ntix__opt_check_get(int opt, const int *value, const char *call);

/* The int a set hands the OS for a BOOL or SIZE option. */
static inline int
ntix__opt_int(int opt, int value) {
  return ntix__opt_kind(opt) == NTIX__OPT_BOOL ? value != 0 : value;
}

/* The neutral answer of a get from the OS's int (BOOL, SIZE, SO_TYPE) or
 * linger (on, seconds); NTIX_SO_ERROR is the backend's to map. */
int ntix__opt_neutral(int opt, int v, int linger_on, int linger_s);

/* min(len, NTIX_IO_MAX). */
static inline size_t
ntix__clamp_len(size_t len) {
  return len > NTIX_IO_MAX ? NTIX_IO_MAX : len;
}

/* ---- timers (timer.c): the poller's timer set, shared by both backends.
 * Not thread-safe: the poller serialises access with its own lock. ---- */

typedef struct ntix__timers ntix__timers_t;

/* A new empty set, or NULL (out of memory). */
ntix__timers_t *ntix__timers_new(void);
void ntix__timers_free(ntix__timers_t *t);

/* Arms a timer at the absolute monotonic deadline (ns), repeating every
 * repeat_ns if > 0.  Returns its id (> 0) or NTIX_ENOMEM.  O(log n). */
int64_t ntix__timers_start(ntix__timers_t *t,
                           int64_t deadline_ns,
                           int64_t repeat_ns,
                           uint64_t data);
/* 0, or NTIX_ENOENT if id is not armed.  O(log n). */
int ntix__timers_stop(ntix__timers_t *t, int64_t id);
/* Moves the armed timer id to a new deadline and repeat: 0 or NTIX_ENOENT
 * if id is not armed (stopped, or a one-shot timer that fired: both free
 * the id).  Ids are never reused. */
int ntix__timers_restart(ntix__timers_t *t,
                         int64_t id,
                         int64_t deadline_ns,
                         int64_t repeat_ns);
/* The earliest deadline, or -1 if no timer is armed. */
int64_t ntix__timers_next(const ntix__timers_t *t);
/* Pops up to max timers whose deadline is <= now, in deadline order, into
 * out as NTIX_POLL_TIMER events (re-arming repeating ones from their
 * previous deadline, never in the past of now); returns the count. */
int ntix__timers_expire(ntix__timers_t *t,
                        int64_t now_ns,
                        ntix_poll_event_t *out,
                        int max);
/* Armed timers. */
size_t ntix__timers_count(const ntix__timers_t *t);

/* ---- tracing: the backends' entry points (api-list.h, api.c) ----------
 * A backend defines each public call it implements under the public name,
 * which the macros below turn into ntix__b_<name>.  api.c defines the real
 * ntix_<name>, which calls ntix__b_<name> straight away unless tracing is
 * on.  So a backend calling another public call (ntix_send calling
 * ntix_sendto) reaches the ntix__b_ function: internal calls are never
 * traced.  The macros appear after ntix.h, whose public prototypes thus
 * keep their names; api.c defines NTIX__NO_RENAME to use them. */
#include "api-list.h"

#define NTIX__B_PROTO(ret, name, params, args, result, fmt) \
  ret ntix__b_##name params;
NTIX__API_LIST(NTIX__B_PROTO)
#undef NTIX__B_PROTO

/* ---- fast entries (Linux): read, write, pread, pwrite, close ----------
 * The calls of NTIX__API_FAST have their public entry point in the backend
 * (file.c, fd.c), which tests one gate before the system call:
 *   read, write, pread, pwrite:  (uintptr_t)buf <= ntix__gate_buf, or a
 *                                length above NTIX_IO_MAX;
 *   close:                       (uint32_t)fd >= ntix__gate_fd, or fd is
 *                                watched by a poller (ntix__fd_watched).
 * The gates fold the tracing switch into tests the contract needs anyway:
 * normally ntix__gate_buf is 0 (only NULL fails) and ntix__gate_fd is
 * NTIX__FD_WATCH_MAX; while a trace callback is installed they are
 * UINTPTR_MAX and 0, so that every call fails its test.  A failed test
 * tail-calls ntix__gate_<name> (api.c), which traces the call or runs the
 * fully checked ntix__b_<name>. */
#if defined(__linux__)
#define NTIX__FAST_ENTRIES 1
/* Descriptors below this have a watched byte (poll.c): 2^20 is the
 * kernel's default ceiling on descriptors (fs.nr_open). */
#define NTIX__FD_WATCH_MAX (1u << 20)
#define NTIX__HIDDEN __attribute__((visibility("hidden")))
extern NTIX__HIDDEN uintptr_t ntix__gate_buf;
extern NTIX__HIDDEN uint32_t ntix__gate_fd;

/* Relaxed loads: a call racing ntix_trace_set may go either way. */
#define NTIX__GATE_BUF(buf, len)                                          \
  NTIX__UNLIKELY((uintptr_t)(buf) <=                                      \
                     __atomic_load_n(&ntix__gate_buf, __ATOMIC_RELAXED) || \
                 (len) > NTIX_IO_MAX)

#define NTIX__GATE_PROTO(ret, name, params, args, result, fmt) \
  ret ntix__gate_##name params NTIX__COLD;
NTIX__API_FAST(NTIX__GATE_PROTO)
#undef NTIX__GATE_PROTO
#endif

#ifndef NTIX__NO_RENAME
#define ntix_fd_from_native ntix__b_fd_from_native
#define ntix_fd_native ntix__b_fd_native
#define ntix_close ntix__b_close
#define ntix_dup ntix__b_dup
#define ntix_open ntix__b_open
#define ntix_read ntix__b_read
#define ntix_write ntix__b_write
#define ntix_pread ntix__b_pread
#define ntix_pwrite ntix__b_pwrite
#define ntix_readv ntix__b_readv
#define ntix_writev ntix__b_writev
#define ntix_seek ntix__b_seek
#define ntix_fstat ntix__b_fstat
#define ntix_stat ntix__b_stat
#define ntix_lstat ntix__b_lstat
#define ntix_ftruncate ntix__b_ftruncate
#define ntix_fsync ntix__b_fsync
#define ntix_unlink ntix__b_unlink
#define ntix_rename ntix__b_rename
#define ntix_mkdir ntix__b_mkdir
#define ntix_rmdir ntix__b_rmdir
#define ntix_chdir ntix__b_chdir
#define ntix_getcwd ntix__b_getcwd
#define ntix_dir_open ntix__b_dir_open
#define ntix_dir_read ntix__b_dir_read
#define ntix_dir_close ntix__b_dir_close
#define ntix_pipe ntix__b_pipe
#define ntix_mmap_anon ntix__b_mmap_anon
#define ntix_munmap ntix__b_munmap
#define ntix_mprotect ntix__b_mprotect
#define ntix_pagesize ntix__b_pagesize
#define ntix_socket ntix__b_socket
#define ntix_bind ntix__b_bind
#define ntix_listen ntix__b_listen
#define ntix_accept ntix__b_accept
#define ntix_connect ntix__b_connect
#define ntix_send ntix__b_send
#define ntix_recv ntix__b_recv
#define ntix_sendto ntix__b_sendto
#define ntix_recvfrom ntix__b_recvfrom
#define ntix_shutdown ntix__b_shutdown
#define ntix_getsockname ntix__b_getsockname
#define ntix_getpeername ntix__b_getpeername
#define ntix_setsockopt ntix__b_setsockopt
#define ntix_getsockopt ntix__b_getsockopt
#define ntix_socketpair ntix__b_socketpair
#define ntix_port_range ntix__b_port_range
#define ntix_poll_create ntix__b_poll_create
#define ntix_poll_ctl ntix__b_poll_ctl
#define ntix_poll_wait ntix__b_poll_wait
#define ntix_poll_wake ntix__b_poll_wake
#define ntix_poll_spin ntix__b_poll_spin
#define ntix_poll_close ntix__b_poll_close
#define ntix_timer_start ntix__b_timer_start
#define ntix_timer_stop ntix__b_timer_stop
#define ntix_timer_restart ntix__b_timer_restart
#define ntix_clock_mono ntix__b_clock_mono
#define ntix_clock_real ntix__b_clock_real
#define ntix_sleep_ns ntix__b_sleep_ns
#define ntix_getpid ntix__b_getpid
#define ntix_cpu_count ntix__b_cpu_count
#endif /* NTIX__NO_RENAME */

#endif /* NTIX_INT_H */

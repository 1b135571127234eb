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

/* Marks a state the code rules out but still survives (a safe fallback
 * follows): fuzzing builds (fuzz/) stop there so that the fuzzer reports
 * it, other builds carry on. */
#if defined(NTIX_FUZZING)
#define NTIX__FUZZ_TRAP() __builtin_trap()
#else
#define NTIX__FUZZ_TRAP() ((void)0)
#endif

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
int64_t ntix__utf16_to_utf8(
    const uint16_t *s, size_t len, char *out, size_t cap, int range);

/* ---- Windows paths (ntpath.c): OS-free, so also built and fuzzed on
 * Linux.  src/win32/path.c supplies the environment. ---- */

/* An ASCII letter, as drive letters are. */
static inline int
ntix__is_letter(uint16_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

typedef struct ntix__ntpath_env {
  /* The current directory as RtlGetCurrentDirectory_U gives it ("C:\x",
   * "\\srv\share\x" or "\\?\" forms) in a buffer the caller frees,
   * its length in units in *n; NULL if out of memory.  Asked only for the
   * relative forms. */
  uint16_t *(*cwd)(void *ctx, size_t *n);
  /* 0 if the NT path s[0..n) is an existing directory, else NTIX_ENOENT or
   * NTIX_ENOTDIR (POSIX resolves "." and ".." in existing directories), or
   * another NTIX_E* code when the check itself failed. */
  int (*dir_check)(void *ctx, const uint16_t *s, size_t n);
  void *ctx;
} ntix__ntpath_env_t;

/* Converts path (UTF-8, NUL-terminated, checked by ntix__check_path) to
 * an NT path ("\??\C:\dir\name") in *out, a NUL-terminated buffer of
 * *outn units (at most 32,767) that the caller frees.  Accepts / and \,
 * relative paths (against env's current directory), drive-relative "C:x",
 * UNC "//srv/share", "\\.\" devices, "\\?\" and "\??\" verbatim
 * forms, and "/dev/null".  Returns 0 or, not recorded (the caller
 * refuses): NTIX_ENOMEM, NTIX_EILSEQ, NTIX_ENAMETOOLONG, NTIX_ENOENT,
 * NTIX_ENOTDIR, or what dir_check returned. */
int ntix__ntpath(const char *path,
                 const ntix__ntpath_env_t *env,
                 uint16_t **out,
                 size_t *outn);

/* 1 if path (UTF-8) ends in '/' or '\\' after a name, as in "dir/": the
 * caller then requires a directory, as POSIX does. */
int ntix__path_trailing_slash(const char *path);

/* ---- argument checks (args.c, error.c): 0 or a refused NTIX_E* code ---- */

/* NULL -> NTIX_EFAULT, "" -> NTIX_ENOENT, invalid UTF-8 -> NTIX_EILSEQ. */
int ntix__check_path(const char *path, const char *call);

/* NTIX_EINVAL for: access mode 3, unknown bits, EXCL without CREAT,
 * DIRECTORY with CREAT or write access, TRUNC with RDONLY. */
int ntix__check_open_flags(int flags, const char *call);

/* NULL with len > 0 -> NTIX_EFAULT. */
int ntix__check_buf(const void *buf, size_t len, const char *call);

/* NTIX_EFAULT when [buf, buf + len) wraps around or ends above end (the
 * end of the user address space), else 0.  A length is checked as a range
 * before it is cut to NTIX_IO_MAX, as the Linux kernel checks it. */
int ntix__check_range(const void *buf,
                      size_t len,
                      uintptr_t end,
                      const char *call);

/* The total length clamped to NTIX_IO_MAX, or NTIX_EINVAL (iovcnt out of
 * 0..NTIX_IOV_MAX, an element longer than INT64_MAX) / NTIX_EFAULT (NULL
 * iov or base, an element's range as ntix__check_range with end). */
int64_t ntix__check_iov(const ntix_iovec_t *iov,
                        int iovcnt,
                        uintptr_t end,
                        const char *call);

/* ---- processes, signals, environment (proc-args.c) ---- */

/* ntix_spawn's checks, in this order: NTIX_EFAULT (sp, file, argv NULL),
 * NTIX_EINVAL (argv empty, flags, stdio how), NTIX_EILSEQ (file, cwd,
 * argv, envp), NTIX_EINVAL (envp entry without '=' or with an empty
 * name; a batch file's unsafe path or argument), NTIX_ENOENT (file ""). */
int ntix__spawn_check(const ntix_spawn_t *sp, const char *call);

/* Entries of a NULL-terminated list. */
size_t ntix__argv_count(const char *const *argv);

/* NTIX_EFAULT (NULL), NTIX_EINVAL (empty, '='), NTIX_EILSEQ. */
int ntix__env_name_check(const char *name, const char *call);
/* NTIX_EFAULT (NULL), NTIX_EILSEQ. */
int ntix__env_value_check(const char *value, const char *call);

/* A signal ntix_signal_open takes (INT, TERM, HUP), else NTIX_EINVAL. */
int ntix__signal_check(int sig, const char *call);
/* A signal ntix_kill sends (0, KILL and those), else NTIX_EINVAL. */
int ntix__kill_check(int sig, const char *call);

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

/* The "lo hi" text of Linux's ip_local_port_range (blanks around and
 * between): 0 with the two ports (1 <= lo <= hi <= 65535) or -1
 * (sockaddr.c). */
int ntix__port_range_parse(const char *s, int *lo, int *hi);

/* ---- directories (dir.c): the OS-free half of ntix_dir_read ----------
 * Each backend's struct ntix_dir starts with an ntix__dir_head_t and holds
 * a buffer of the OS's directory records.  src/common/dir.c defines
 * ntix__b_dir_read for both backends: it walks the buffer, skips "." and
 * ".." and the entries the backend hides, and fills ntix_dirent_t; the
 * backend refills the buffer and decodes one record. */

typedef struct ntix__dir_head {
  size_t pos; /* offset of the next record in the buffer */
  size_t end; /* bytes of records in the buffer */
} ntix__dir_head_t;

/* One record as the backend decodes it: a UTF-8 name (NUL-terminated), or
 * name NULL and a UTF-16 name of len16 units. */
typedef struct ntix__dir_rec {
  size_t next; /* offset of the record after it; >= end for the last */
  const char *name;
  const uint16_t *name16;
  size_t len16;
  ntix_ftype_t type;
  uint64_t ino;
  int hidden; /* an entry the backend keeps from the caller */
} ntix__dir_rec_t;

/* Backend: refills dir's buffer, head.pos = 0 and head.end its size: 1
 * with records in it, 0 at the end of the directory, or the recorded
 * failure. */
int ntix__dir_fill(ntix_dir_t *dir);
/* Backend: the record at offset pos of dir's buffer. */
void ntix__dir_decode(const ntix_dir_t *dir, size_t pos, ntix__dir_rec_t *r);
/* 1 if the UTF-16 name of len units is "." or "..". */
int ntix__dir_dots16(const uint16_t *s, size_t len);

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
/* The monotonic deadline delay_ns (>= 0) from now; INT64_MAX past the
 * clock's range. */
int64_t ntix__timers_deadline(int64_t delay_ns);

/* ---- the backends (api-list.h) -----------------------------------------
 * Each backend defines ntix__b_<name> for every row of the list: the call
 * with its argument checks, never traced.  The public ntix_<name> is a
 * thin entry point (api-<area>.c; the Linux backend defines its fast
 * entries itself) that traces the call while tracing is on and otherwise
 * calls ntix__b_<name> straight away.  A backend that needs another call
 * calls its ntix__b_ function, so that internal calls are never traced. */
#include "api-list.h"

#define NTIX__B_PROTO(ret, name, params, linux_calls, win32_calls) \
  ret ntix__b_##name params;
NTIX__API_LIST(NTIX__B_PROTO)
#undef NTIX__B_PROTO

/* Called by ntix_trace_set after it switched tracing on (1) or off (0):
 * a backend whose fast entries test a gate of their own opens or closes
 * it here. */
void ntix__b_trace_changed(int on);

/* ntix__b_exit never returns (its row cannot say so). */
void ntix__b_exit(int code)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* ---- tracing (trace.c) --------------------------------------------------
 * An entry point is
 *
 *   int
 *   ntix_open(const char *path, int flags, int mode) {
 *     if (!NTIX__TRACE_BEGIN("ntix_open", "sOm", path, flags, mode))
 *       return ntix__b_open(path, flags, mode);
 *     return (int)ntix__trace_end(ntix__b_open(path, flags, mode), 1);
 *   }
 *
 * The format has one letter per argument, which says how the argument was
 * passed and how it is shown:
 *   d int, decimal           l int64_t, decimal     z size_t, decimal
 *   x unsigned, hex          X uint64_t, hex        p pointer
 *   s path (char *), quoted  O ntix_open flags      m mode (int), octal
 *   a const ntix_sockaddr_t *                       e poll events (uint32_t)
 * NTIX__TRACE_BEGIN is one relaxed load while nothing traces.  When it
 * answers 1, the call must be made and handed to ntix__trace_end (err:
 * 1 when a negative result is an NTIX_E* code, 0 for a plain value). */
extern int ntix__trace_on;

static inline int
ntix__tracing(void) {
  return NTIX__UNLIKELY(__atomic_load_n(&ntix__trace_on, __ATOMIC_RELAXED));
}

#define NTIX__TRACE_BEGIN(...) \
  (ntix__tracing() && ntix__trace_begin(__VA_ARGS__))

/* 1 when this call is traced: the arguments are formatted, the native
 * record cleared and the clock read; 0 when it is not after all (tracing
 * switched off meanwhile, a callback's own call, a call nested in a traced
 * one on this thread). */
int ntix__trace_begin(const char *call, const char *fmt, ...) NTIX__COLD;
/* Hands the record to the callback and returns result. */
int64_t ntix__trace_end(int64_t result, int err) NTIX__COLD;

/* ---- trace text (trace-fmt.c) ----------------------------------------- */

/* A bounded text buffer, always NUL-terminated; cap counts the NUL. */
typedef struct ntix__text {
  char *buf;
  size_t cap;
  size_t len;
  int items; /* arguments so far, for the separators */
} ntix__text_t;

void ntix__text_init(ntix__text_t *t, char *buf, size_t cap);

/* One argument's value, read with its letter's type: i for d l O m, u for
 * z x X e, p for p s a. */
typedef union ntix__trace_arg {
  int64_t i;
  uint64_t u;
  const void *p;
} ntix__trace_arg_t;

/* Appends the argument v as letter shows it (", " before all but the
 * first): 0, or -1 with "?" appended for a letter the list lacks. */
int ntix__trace_arg(ntix__text_t *t, char letter, ntix__trace_arg_t v);

/* The NTIX_TRACE=1 line of rec, newline included, NUL-terminated in
 * line[cap] (cap >= 2; a longer line is cut before the newline); returns
 * its length. */
size_t ntix__trace_line(const ntix_trace_record_t *rec, char *line, size_t cap);

/* ---- fault injection (fault.c; --enable-fault-injection only) ---------
 * ntix__fault_hit counts one native call made at site (name: the native
 * function, or NULL and nr: the Linux system call number) and answers 1
 * when it is the armed one: the caller then skips the call and fails with
 * ntix__fault_status(kind). */
#if defined(NTIX_FAULT_INJECTION)
#include "ntix-fault.h"

int ntix__fault_hit(ntix_native_kind_t kind,
                    const char *name,
                    long nr,
                    const char *site);
uint32_t ntix__fault_status(ntix_native_kind_t kind);
/* Non-zero on a thread whose native calls are not counted (the backend's
 * ntix_fault_handles). */
extern _Thread_local int ntix__fault_quiet;
#endif

#endif /* NTIX_INT_H */

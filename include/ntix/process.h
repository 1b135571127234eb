/* ntix/process.h: time, processes, signals and the environment.  Part of
 * <ntix.h>, which is the header to include. */
#ifndef NTIX_PROCESS_H
#define NTIX_PROCESS_H

#include "base.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Time and process
 * ------------------------------------------------------------------------ */

/* Nanoseconds: monotonic since an unspecified start, and since the epoch. */
NTIX_API int64_t ntix_clock_mono(void);
NTIX_API int64_t ntix_clock_real(void);
/* Sleeps at least ns nanoseconds.  NTIX_EINVAL for ns < 0. */
NTIX_API int ntix_sleep_ns(int64_t ns);
NTIX_API int ntix_getpid(void);
/* Processors this process may run on (>= 1). */
NTIX_API int ntix_cpu_count(void);

/* ------------------------------------------------------------------------
 * Processes
 *
 * A child is started with ntix_spawn, which returns a process descriptor:
 * closable with ntix_close, pollable (NTIX_POLL_IN once the child has
 * ended, level-triggered), never reused for another process while open.
 * Linux: a pidfd (kernel 5.4 or later); Windows: the process handle.
 * See doc/porting.md for the POSIX calls these replace.
 * ------------------------------------------------------------------------ */

/* Signal numbers (Linux's).  ntix_kill and ntix_proc_kill send 0 (does the
 * process exist?), HUP, INT, KILL and TERM; the others appear only in
 * statuses (a crash on Windows, see ntix_proc_status_t). */
#define NTIX_SIGHUP 1
#define NTIX_SIGINT 2
#define NTIX_SIGQUIT 3
#define NTIX_SIGILL 4
#define NTIX_SIGABRT 6
#define NTIX_SIGFPE 8
#define NTIX_SIGKILL 9
#define NTIX_SIGSEGV 11
#define NTIX_SIGPIPE 13
#define NTIX_SIGTERM 15

/* What one of the child's descriptors 0, 1 and 2 is: the parent's
 * descriptor with that number (closed in the child if closed here), the
 * null device (read and write), or the ntix descriptor fd (a pipe end, a
 * file, a socket). */
#define NTIX_STDIO_INHERIT 0
#define NTIX_STDIO_NULL 1
#define NTIX_STDIO_FD 2

typedef struct ntix_stdio {
  int how; /* NTIX_STDIO_* */
  int fd;  /* NTIX_STDIO_FD only */
} ntix_stdio_t;

/* ntix_spawn flags.
 * SEARCH: a file without a '/' (Windows: nor '\' or ':') is looked for in
 * PATH, see below.  PGROUP: the child leads a new process group, so the
 * terminal's (console's) Ctrl-C does not reach it.  DETACHED: a new
 * session (Linux setsid) / no console (Windows DETACHED_PROCESS), so the
 * child outlives the parent and its terminal. */
#define NTIX_SPAWN_SEARCH 0x0001
#define NTIX_SPAWN_PGROUP 0x0002
#define NTIX_SPAWN_DETACHED 0x0004

typedef struct ntix_spawn {
  const char *file;        /* the program (UTF-8) */
  const char *const *argv; /* argv[0], ..., NULL; argv[0] is required */
  const char *const *envp; /* "NAME=value", ..., NULL; NULL: this
                              process's environment as it is now */
  const char *cwd;         /* the child's directory; NULL: this one's */
  ntix_stdio_t stdio[3];   /* the child's 0, 1, 2; all zero: inherit */
  int flags;               /* NTIX_SPAWN_* */
} ntix_spawn_t;

/* Starts a program and returns its process descriptor (not inheritable);
 * the pid goes to *pid unless pid is NULL.  The child gets the descriptors
 * sp->stdio names as 0, 1 and 2 and nothing else: ntix descriptors are
 * close-on-exec / not inheritable (NTIX_O_INHERIT ones too on Windows,
 * where only the three named handles are passed).  Signal dispositions
 * and the signal mask are reset to the defaults in the child (Linux).
 *
 * NTIX_SPAWN_SEARCH: Linux searches PATH as execvp does (a missing PATH is
 * "/bin:/usr/bin"; an empty entry is the current directory); Windows
 * searches the PATH entries (';'-separated) for file, then file + ".exe"
 * when file has no extension, as CreateProcess completes names.  Neither
 * searches the current directory unless PATH names it.
 *
 * Windows: argv becomes a command line that the child's C runtime
 * (MSVCRT, CommandLineToArgvW) splits back into exactly argv (ntix_args
 * gives it back in UTF-8); an argv[0] with a '"' cannot round-trip, so it
 * is NTIX_EINVAL on both OSes.  A program ending in
 * ".bat" or ".cmd" runs under cmd.exe, whose parser no quoting makes safe
 * in general: its arguments may hold only letters, digits, space and
 * "-_.,:/\\+=@~", else NTIX_EINVAL.  ntix applies the same rule on Linux,
 * so that a program behaves the same on both OSes (doc/porting.md).
 *
 * Errors, refused before the OS is asked: NTIX_EFAULT (sp, file or argv
 * NULL), NTIX_EINVAL (argv empty, unknown flags or stdio how, an envp
 * entry without '=' or with an empty name, a '"' in argv[0], a batch
 * file's unsafe path or argument), NTIX_EILSEQ (invalid UTF-8 in
 * file, argv, envp or cwd), NTIX_EBADF (an NTIX_STDIO_FD that is not
 * open), NTIX_E2BIG (Windows: a command line over 32767 UTF-16 units).
 * Starting the program: NTIX_ENOENT (missing, or not found in PATH),
 * NTIX_EACCES (a directory, no execute permission), NTIX_ENOEXEC (not a
 * program the OS can run), NTIX_ENOTDIR, cwd's NTIX_ENOENT; the native
 * status is the child's execve errno (Linux) or the NTSTATUS / Win32 error
 * behind the failure (Windows): a program that cannot start is never a
 * child that exits 127. */
NTIX_API int ntix_spawn(const ntix_spawn_t *sp, int *pid);

/* How a process ended. */
#define NTIX_PROC_EXITED 1   /* exit code in code */
#define NTIX_PROC_SIGNALED 2 /* ended by signal signo */

typedef struct ntix_proc_status {
  int how;         /* NTIX_PROC_EXITED or NTIX_PROC_SIGNALED */
  int code;        /* exit code (Linux 0..255; Windows the full value) */
  int signo;       /* NTIX_SIG* for NTIX_PROC_SIGNALED, else 0 */
  uint32_t native; /* Linux: the wait status as waitpid gives it;
                      Windows: the process's exit code */
} ntix_proc_status_t;

/* ntix_proc_wait flags. */
#define NTIX_WNOHANG 1

/* Waits for the child behind process descriptor pfd to end and reaps it
 * (Linux: no zombie stays), filling *st unless st is NULL.  Returns the
 * pid once it has ended, or 0 while it runs with NTIX_WNOHANG.  A process
 * is waited for once: the next wait is NTIX_ECHILD.  The descriptor stays
 * open until ntix_close.
 *
 * Windows has no signals: a process ended by ntix_kill / ntix_proc_kill
 * has exit code 0xE0000000 | signo, which reads back as NTIX_PROC_SIGNALED
 * with that signo (from any process that waits for it).  The exceptions
 * that would be signals on Linux read the same way: access violation and
 * stack overflow SIGSEGV, illegal instruction SIGILL, integer and float
 * faults SIGFPE, STATUS_STACK_BUFFER_OVERRUN (abort, fail-fast) SIGABRT,
 * STATUS_CONTROL_C_EXIT SIGINT.
 * Errors: NTIX_EBADF, NTIX_EINVAL (not a process descriptor, bad flags),
 * NTIX_ECHILD. */
NTIX_API int ntix_proc_wait(int pfd, ntix_proc_status_t *st, int flags);

/* Sends sig to the child behind pfd (see ntix_kill for the meanings).
 * NTIX_ESRCH once it has ended (waited for or not). */
NTIX_API int ntix_proc_kill(int pfd, int sig);

/* The pid behind a process descriptor; NTIX_EBADF, NTIX_EINVAL. */
NTIX_API int ntix_proc_pid(int pfd);

/* Sends sig to process pid (> 0).
 * 0: 0 if the process exists and has not ended, else NTIX_ESRCH.
 * NTIX_SIGKILL: ends it at once, status SIGNALED with SIGKILL.
 * NTIX_SIGINT, NTIX_SIGTERM, NTIX_SIGHUP: if the process watches the
 * signal (ntix_signal_open), an event of its poller; else it ends,
 * status SIGNALED with that signal.  Linux: kill(2), so a handler a
 * non-ntix program installed runs as usual.  Windows: delivered to an
 * ntix program's signal descriptor through its completion port (see
 * doc/processes.md); any other program is terminated with exit code
 * 0xE0000000 | sig.
 * Errors: NTIX_EINVAL (pid <= 0, another signal), NTIX_ESRCH (no such
 * process, or it has ended), NTIX_EPERM.  Windows also reports the
 * failure of reaching a watching program (its signal share cannot be
 * mapped, its port cannot be duplicated) rather than end a process that
 * may be waiting for the event; the native status says which. */
NTIX_API int ntix_kill(int pid, int sig);

/* ------------------------------------------------------------------------
 * Signals as poller events
 *
 * A signal descriptor for NTIX_SIGINT, NTIX_SIGTERM or NTIX_SIGHUP turns
 * the signal's arrival into NTIX_POLL_IN on it (level-triggered until
 * read); register it with ntix_poll_ctl like any descriptor.  While it is
 * open the signal no longer ends the process.  Linux: a handler that
 * writes to an eventfd (no signal mask is changed, so other threads' masks
 * are not fought over).  Windows: ntix_kill from another process, and the
 * console's Ctrl-C (SIGINT), Ctrl-Break (SIGINT), close (SIGHUP), logoff
 * and shutdown (SIGTERM) events, posted to the poller's completion port.
 * ------------------------------------------------------------------------ */

/* flags: 0.  One descriptor per signal per process.  Errors: NTIX_EINVAL
 * (another signal, flags), NTIX_EBUSY (already open for sig). */
NTIX_API int ntix_signal_open(int sig, int flags);

/* How many times the signal arrived since the last read (>= 1), or
 * NTIX_EAGAIN if it has not; never blocks.  Arrivals close together may
 * count once (as with POSIX signals).  NTIX_EBADF, NTIX_EINVAL (not a
 * signal descriptor). */
NTIX_API int ntix_signal_read(int sfd);

/* ------------------------------------------------------------------------
 * Environment and the running program
 *
 * Names and values are UTF-8.  Names are case-sensitive on Linux and
 * case-insensitive on Windows (as the OS compares them: ntix_getenv("path")
 * finds PATH there); ntix keeps the case a name was set with.  Windows'
 * hidden per-drive entries ("=C:=C:\\dir") are not listed.  Not
 * synchronised with other threads setting variables (as in POSIX).
 * Windows: ntix uses the process environment block, not the C runtime's
 * copy, so getenv() does not see ntix_setenv (use ntix_getenv).
 * ------------------------------------------------------------------------ */

/* Copies the value of name with its NUL into buf and returns its length.
 * NTIX_ENOENT if unset, NTIX_ERANGE if size is too small (nothing
 * written), NTIX_EFAULT (name or buf NULL), NTIX_EINVAL (name empty or
 * with '='), NTIX_EILSEQ. */
NTIX_API int64_t ntix_getenv(const char *name, char *buf, size_t size);

/* Sets (or replaces) name.  NTIX_EFAULT, NTIX_EINVAL (name empty or with
 * '='), NTIX_EILSEQ, NTIX_ENOMEM. */
NTIX_API int ntix_setenv(const char *name, const char *value);

/* Removes name; 0 also if it was not set.  Errors as ntix_setenv. */
NTIX_API int ntix_unsetenv(const char *name);

/* A snapshot of the environment: *out gets a NULL-terminated array of
 * "NAME=value" strings in one allocation, freed with ntix_strv_free.
 * Returns the count.  NTIX_EFAULT (out NULL), NTIX_ENOMEM. */
NTIX_API int ntix_env_list(char ***out);

/* The running program's arguments in UTF-8, as ntix_env_list returns a
 * list: Linux /proc/self/cmdline; Windows the command line of the process
 * (UTF-16) split as the C runtime splits it, so that non-ASCII arguments
 * survive (main's argv on Windows is in the ANSI code page).  Returns
 * argc.  NTIX_EFAULT, NTIX_ENOMEM. */
NTIX_API int ntix_args(char ***out);

/* Frees a list from ntix_env_list or ntix_args; NULL is ignored. */
NTIX_API void ntix_strv_free(char **list);

/* The running program's full path (UTF-8, NUL-terminated; Windows with
 * '/' separators, as ntix_getcwd) and its length.  NTIX_EFAULT (buf
 * NULL), NTIX_ERANGE (too small). */
NTIX_API int64_t ntix_exe_path(char *buf, size_t size);

/* Ends the process at once with status code & 255, as _exit does: no
 * atexit handlers, C stdio buffers are not flushed. */
NTIX_API void ntix_exit(int code)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

#ifdef __cplusplus
}
#endif

#endif /* NTIX_PROCESS_H */

/* linux-int.h: what the Linux backend's files share: the raw system call
 * stubs, the kernel's own fcntl constants (never glibc's <fcntl.h>, whose
 * O_* can differ by architecture) and the once-only SIGPIPE policy.
 */
#ifndef NTIX_LINUX_INT_H
#define NTIX_LINUX_INT_H

#include <linux/fcntl.h>

#include "ntix-int.h"
#include "syscall.h"

/* The kernel adds O_LARGEFILE itself on 64-bit; saying it costs nothing
 * and keeps the flags right should 32-bit support come. */
#define NTIX__O_BASE (O_LARGEFILE | O_CLOEXEC)

/* True when buf is NULL with a non-zero length: tested inline on the hot
 * paths, the refusal itself goes through ntix__check_buf (cold). */
#define NTIX__BAD_BUF(buf, len) NTIX__UNLIKELY((buf) == NULL && (len) != 0)

/* Kernel results of calls returning a count or 0: the value, or the
 * failure recorded under the kernel call's name. */
#define NTIX__SYS_RESULT(r, call) \
  (NTIX__UNLIKELY((r) < 0) ? ntix__fail_errno((r), (call)) : (r))

/* close(2)'s result as ntix_close's: EINTR counts as success (fd.c). */
int ntix__close_failed(long r) NTIX__COLD;

static inline int
ntix__close_result(long r) {
  return NTIX__UNLIKELY(r < 0) ? ntix__close_failed(r) : 0;
}

/* One past the highest user address (mem.c): the end of the ranges
 * ntix__check_range accepts. */
uintptr_t ntix__user_end(void);

/* getauxval(type), 0 if absent, leaving the caller's errno as it was
 * (glibc sets ENOENT for a missing entry) (mem.c). */
unsigned long ntix__auxval(unsigned long type);

/* The first call sets SIGPIPE to SIG_IGN if it is still SIG_DFL (pipe.c);
 * later calls cost one atomic load.  0, or rt_sigaction's failure (the
 * caller then fails too: a pipe or socket handed out before the policy
 * holds could kill the process with its first write). */
int ntix__sigpipe_policy(void);

/* 0 if fd is open and may be given to fchmod, futimens and fstatfs: a
 * file, directory or device; NTIX_EINVAL for a pipe, socket or poller
 * (refused by call), NTIX_EBADF (perm.c). */
int ntix__fd_meta_kind(int fd, const char *call);

/* ---- fast entries (entry.c) ---------------------------------------------
 * ntix_read, ntix_write, ntix_pread, ntix_pwrite and ntix_close are
 * defined by this backend, not by src/common/api-io.c: each makes one gate
 * test before the system call, which folds the tracing switch into a test
 * the contract needs anyway:
 *   read, write, pread, pwrite:  (uintptr_t)buf <= ntix__gate_buf;
 *   close:                       (uint32_t)fd >= ntix__gate_fd, or fd is
 *                                watched by a poller (ntix__fd_watched).
 * Normally ntix__gate_buf is 0 (only NULL fails) and ntix__gate_fd is
 * NTIX__FD_WATCH_MAX; while a trace callback is installed they are
 * UINTPTR_MAX and 0, so that every call fails its test and takes the slow
 * path: the traced call, or the checked ntix__b_<name>. */
#define NTIX__HIDDEN __attribute__((visibility("hidden")))
/* Descriptors below this have a watched byte (poll.c): 2^20 is the
 * kernel's default ceiling on descriptors (fs.nr_open). */
#define NTIX__FD_WATCH_MAX (1u << 20)
extern NTIX__HIDDEN uintptr_t ntix__gate_buf;
extern NTIX__HIDDEN uint32_t ntix__gate_fd;

/* Non-zero for a descriptor below NTIX__FD_WATCH_MAX that is a poller or
 * was added to one since it was last closed: only such a close calls the
 * hook (the fast ntix__b_close tests this byte).  Bytes are set before the
 * registration exists and cleared by the hook. */
extern NTIX__HIDDEN uint8_t ntix__fd_watched[NTIX__FD_WATCH_MAX];
/* Called by the checked ntix__b_close before it closes fd: frees a poller
 * being closed and drops fd from every poller's registrations; returns at
 * once for an fd no poller watches. */
void ntix__poll_close_hook(int fd);

/* ---- process and signal descriptors (process.c) ----------------------
 * Process descriptors (pidfds) and signal descriptors (eventfds) are
 * marked in a table by descriptor number, and their watched byte is set so
 * that ntix_close comes through the checked path and its hook. */
typedef enum ntix__lkind {
  NTIX__LK_NONE = 0,
  NTIX__LK_PROC,  /* value: the pid */
  NTIX__LK_SIGNAL /* value: the signal number */
} ntix__lkind_t;

/* Marks fd: 0 or NTIX_ENOMEM (refused as call). */
int ntix__lfd_set(int fd, ntix__lkind_t kind, int value, const char *call);
/* The kind of fd (NTIX__LK_NONE if unmarked), its value in *value. */
ntix__lkind_t ntix__lfd_get(int fd, int *value);
/* 0 if fd is marked kind (value in *value), else the refusal: NTIX_EBADF
 * when fd is not open, NTIX_EINVAL when it is some other descriptor. */
int ntix__lfd_expect(int fd, ntix__lkind_t kind, int *value, const char *call);
/* Called by the checked ntix_close before it closes fd. */
void ntix__lfd_close_hook(int fd);

/* signal.c: fd (signal descriptor for sig) is being closed: restore the
 * signal's former action and stop the handler writing to fd. */
void ntix__signal_closing(int fd, int sig);
/* The kernel's sigset_t in bytes (64 signals), rt_sigaction's last
 * argument. */
#define NTIX__SIGSET_SIZE 8

/* ---- a small futex lock: 0 free, 1 held, 2 held with waiters ------------ */

#define NTIX__FUTEX_WAIT_PRIVATE 128
#define NTIX__FUTEX_WAKE_PRIVATE 129

static inline void
ntix__lock_take(int *l) {
  int c = 0;

  if (__atomic_compare_exchange_n(l, &c, 1, 0, __ATOMIC_ACQUIRE,
                                  __ATOMIC_RELAXED))
    return;
  if (c != 2)
    c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
  while (c != 0) {
    ntix__sys4(__NR_futex, (long)l, NTIX__FUTEX_WAIT_PRIVATE, 2, 0);
    c = __atomic_exchange_n(l, 2, __ATOMIC_ACQUIRE);
  }
}

static inline void
ntix__lock_give(int *l) {
  if (__atomic_exchange_n(l, 0, __ATOMIC_RELEASE) == 2)
    ntix__sys3(__NR_futex, (long)l, NTIX__FUTEX_WAKE_PRIVATE, 1);
}

/* ---- directory watches (watch.c) ----------------------------------------
 * Called by ntix__b_close before it closes fd: forgets a watch's state. */
void ntix__watch_close_hook(int fd);

/* ---- file mapping (map.c) ------------------------------------------------
 * Non-zero while ntix_map mappings exist; then ntix__b_ftruncate and
 * ntix__b_truncate ask ntix__map_truncate_check (0 or NTIX_EBUSY:
 * shrinking a mapped file). */
extern int ntix__map_live;
int ntix__map_truncate_check(int fd, int64_t length);
/* The same for ntix__b_truncate's path. */
int ntix__map_truncate_path_check(const char *path, int64_t length);

#endif /* NTIX_LINUX_INT_H */

/* ntix/poll.h: the poller and its timers, poll(2), directory change events.
 * Part of <ntix.h>, which is the header to include. */
#ifndef NTIX_POLL_H
#define NTIX_POLL_H

#include "base.h"
#include "socket.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * The poller: epoll-shaped, on epoll (Linux) and AFD poll on an NT
 * completion port (Windows).  Timers are events of the poller.
 * ------------------------------------------------------------------------ */

#define NTIX_POLL_IN 0x0001
#define NTIX_POLL_PRI 0x0002
#define NTIX_POLL_OUT 0x0004
#define NTIX_POLL_ERR 0x0008 /* always reported */
#define NTIX_POLL_HUP 0x0010 /* always reported */
#define NTIX_POLL_RDHUP 0x2000
/* Flags of a registration. */
#define NTIX_POLL_ONESHOT \
  0x40000000 /* disarmed after one report; MOD re-arms */
/* Event bits only ntix_poll_wait reports. */
#define NTIX_POLL_TIMER 0x00010000 /* data is the timer's data */
#define NTIX_POLL_WAKE 0x00020000  /* ntix_poll_wake; data is 0 */

#define NTIX_POLL_ADD 1
#define NTIX_POLL_DEL 2
#define NTIX_POLL_MOD 3

typedef struct ntix_poll_event {
  uint32_t events;
  uint64_t data; /* the registration's user value */
} ntix_poll_event_t;

/* A poller is a descriptor (closed with ntix_poll_close or ntix_close).
 * flags: 0 or NTIX_O_INHERIT. */
NTIX_API int ntix_poll_create(int flags);
/* Level-triggered unless NTIX_POLL_ONESHOT.  Sockets and pipes can be
 * registered; regular files and consoles are NTIX_EPERM on both OSes.
 * Errors, checked in this order: NTIX_EBADF (pfd or fd not open),
 * NTIX_EINVAL (pfd not a poller, fd == pfd, bad op or events),
 * NTIX_EEXIST (ADD twice), NTIX_ENOENT (MOD/DEL of an unregistered fd),
 * NTIX_EPERM (not pollable).  Closing fd drops its registration. */
NTIX_API int ntix_poll_ctl(
    int pfd, int op, int fd, uint32_t events, uint64_t data);
/* Waits up to timeout_ns (-1: forever, 0: poll) and returns the number of
 * events written to out (0 on timeout), never more than max.  Never returns
 * early on a timeout.  NTIX_EINVAL (max <= 0), NTIX_EFAULT (out NULL). */
NTIX_API int ntix_poll_wait(int pfd,
                            ntix_poll_event_t *out,
                            int max,
                            int64_t timeout_ns);
/* Makes one waiting (or the next) ntix_poll_wait return an NTIX_POLL_WAKE
 * event.  Wakes coalesce until delivered.  Any thread. */
NTIX_API int ntix_poll_wake(int pfd);
/* Busy polling: a wait that would sleep first polls the poller (as with
 * timeout 0) for up to ns nanoseconds, and sleeps only when that finds
 * nothing; never past the wait's own timeout.  An event arriving within
 * that time is answered without the kernel's sleep and wake-up, the bulk
 * of a round trip's latency on loopback, at the cost of a CPU kept busy
 * while it spins (see doc/poller.md).  0, the default, never spins.
 * NTIX_EINVAL for ns < 0 or above NTIX_POLL_SPIN_MAX (1 s). */
#define NTIX_POLL_SPIN_MAX 1000000000
NTIX_API int ntix_poll_spin(int pfd, int64_t ns);
NTIX_API int ntix_poll_close(int pfd);

/* Timers: one-shot (repeat_ns 0) or repeating, first firing delay_ns from
 * now; reported by ntix_poll_wait as NTIX_POLL_TIMER with data, in deadline
 * order, never early.  Returns a timer id (> 0) or NTIX_EINVAL (negative
 * delay or repeat), NTIX_ENOMEM.  O(log n) start and stop. */
NTIX_API int64_t ntix_timer_start(int pfd,
                                  int64_t delay_ns,
                                  int64_t repeat_ns,
                                  uint64_t data);
/* Stops and frees the timer.  A one-shot timer is freed when it fires.
 * NTIX_ENOENT if id is not armed; ids are never reused. */
NTIX_API int ntix_timer_stop(int pfd, int64_t id);
/* Moves an armed timer to a new delay (from now) and repeat: NTIX_ENOENT if
 * it is not armed. */
NTIX_API int ntix_timer_restart(int pfd,
                                int64_t id,
                                int64_t delay_ns,
                                int64_t repeat_ns);

/* ------------------------------------------------------------------------
 * poll(2)
 *
 * A one-shot wait over an array, for programs written around poll(2).  The
 * poller above stays the scalable path: this call costs O(nfds) each time
 * (and on Windows a temporary completion port).
 * ------------------------------------------------------------------------ */

/* Set in revents for a descriptor that is not open. */
#define NTIX_POLL_NVAL 0x0020
/* Most entries one call takes. */
#define NTIX_POLL_NFDS_MAX 65536

/* Same layout as struct pollfd; events and revents use NTIX_POLL_IN, PRI,
 * OUT, RDHUP (asked for) and ERR, HUP, NVAL (always reported). */
typedef struct ntix_pollfd {
  int fd;
  short events;
  short revents;
} ntix_pollfd_t;

/* Waits up to timeout_ns (-1: forever, 0: poll) until one of the
 * descriptors is ready, fills every revents and returns how many entries
 * have a non-zero revents (0 on timeout); never returns early, and a signal
 * does not end the wait.  A negative fd is skipped (revents 0); one that is
 * not open gets NTIX_POLL_NVAL.  Sockets and pipes report as in the poller
 * (doc/poller.md); regular files and directories are always ready for IN
 * and OUT, as POSIX says.  Event bits other than the ones above are
 * ignored.  Errors: NTIX_EFAULT (fds NULL with nfds > 0), NTIX_EINVAL
 * (nfds above NTIX_POLL_NFDS_MAX). */
NTIX_API int ntix_poll(ntix_pollfd_t *fds, size_t nfds, int64_t timeout_ns);

/* ------------------------------------------------------------------------
 * Directory change events
 *
 * A watch is a descriptor: register it with ntix_poll_ctl (NTIX_POLL_IN
 * while records are queued) and take the records with ntix_watch_read;
 * close it with ntix_close.  Linux: inotify; Windows:
 * NtNotifyChangeDirectoryFile completed on the poller's port.
 * ------------------------------------------------------------------------ */

/* ntix_watch_open flags. */
#define NTIX_WATCH_SUBTREE 0x1 /* the whole subtree: not offered yet */

/* Record types. */
#define NTIX_WATCH_CREATED 1  /* a name appeared (created, or moved in) */
#define NTIX_WATCH_DELETED 2  /* a name went away (deleted, or moved out) */
#define NTIX_WATCH_MODIFIED 3 /* a file's data was written */
#define NTIX_WATCH_RENAMED 4  /* renamed inside the directory: old name too */
#define NTIX_WATCH_OVERFLOW 5 /* records were lost: rescan; name is "" */

/* One record; records follow each other in the buffer, size bytes apart.
 * Names are relative to the watched directory, UTF-8, NUL-terminated. */
typedef struct ntix_watch_event {
  uint32_t type;
  uint32_t size;     /* bytes from this record to the next (a multiple of 8) */
  uint32_t name_len; /* bytes of name, without its NUL */
  uint32_t old_len;  /* NTIX_WATCH_RENAMED: bytes of the old name, else 0 */
  char name[];       /* name, NUL; for NTIX_WATCH_RENAMED the old name, NUL */
} ntix_watch_event_t;

/* A buffer of this size always has room for the next record. */
#define NTIX_WATCH_EVENT_MAX (16 + 2 * (NTIX_NAME_MAX + 1))

/* The old name of an NTIX_WATCH_RENAMED record. */
static inline const char *
ntix_watch_old_name(const ntix_watch_event_t *ev) {
  return ev->name + ev->name_len + 1;
}

/* Watches the directory path for names created, deleted, renamed and files
 * modified in it (not in its subdirectories).  Returns the watch's
 * descriptor (never inheritable).  Errors: path errors as ntix_open
 * (NTIX_EFAULT, NTIX_ENOENT, NTIX_EILSEQ, NTIX_ENAMETOOLONG), NTIX_EINVAL
 * (unknown flags), NTIX_EOPNOTSUPP (NTIX_WATCH_SUBTREE), NTIX_ENOTDIR (not
 * a directory), NTIX_EMFILE. */
NTIX_API int ntix_watch_open(const char *path, int flags);

/* Copies the queued records that fit into buf and returns their bytes, in
 * the order the changes happened; consecutive MODIFIED records of one name
 * are merged.  Never waits: NTIX_EAGAIN when nothing is queued.  When
 * records were lost (the OS's queue overflowed) an NTIX_WATCH_OVERFLOW
 * record says so, never silence.  Errors: NTIX_EFAULT (buf NULL),
 * NTIX_EBADF (wfd not open), NTIX_EINVAL (wfd not a watch, or len too small
 * for the next record: NTIX_WATCH_EVENT_MAX always suffices),
 * NTIX_EAGAIN. */
NTIX_API int64_t ntix_watch_read(int wfd, void *buf, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_POLL_H */

/* watch.c (Linux): directory watches on inotify (inotify_init1,
 * inotify_add_watch, read).  The watch's descriptor is the inotify fd, so
 * epoll polls it as it is.  ntix_watch_read turns inotify events into
 * ntix records: IN_CREATE and a lone IN_MOVED_TO are CREATED, IN_DELETE
 * and a lone IN_MOVED_FROM DELETED, IN_MODIFY MODIFIED, an IN_MOVED_FROM
 * followed by its IN_MOVED_TO (same cookie) one RENAMED record, and
 * IN_Q_OVERFLOW OVERFLOW.
 *
 * The one state a watch keeps is an IN_MOVED_FROM that ended a read while
 * more events were queued: its IN_MOVED_TO, if any, is the next event, and
 * the next read pairs them.  Watches are listed (fd -> state) so that a
 * read can tell a watch from another descriptor; ntix__b_close forgets
 * them (the descriptor's watched byte sends its close there).
 */
#include <asm/ioctls.h>
#include <linux/inotify.h>
#include <stdlib.h>
#include <string.h>

#include "fsargs.h"
#include "linux-int.h"

#define WATCH_MASK \
  (IN_CREATE | IN_DELETE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)
/* The largest inotify event: a header and a 255-byte name, NUL-padded. */
#define EVENT_MAX (sizeof(struct inotify_event) + 256)
/* Bytes read from the kernel at most per call. */
#define RAW_MAX (64 * 1024)

struct watch {
  int fd;
  uint32_t held_len; /* bytes of a held IN_MOVED_FROM, 0 if none */
  union {
    struct inotify_event ev;
    char bytes[EVENT_MAX];
  } held;
};

static int watches_lock;
static struct watch **watches;
static size_t nwatches, capwatches;

/* ---- the list of watches ------------------------------------------------- */

static long
watch_find(int fd) {
  size_t i;

  for (i = 0; i < nwatches; i++)
    if (watches[i]->fd == fd)
      return (long)i;
  return -1;
}

static int
watch_add(int fd) {
  struct watch *w = calloc(1, sizeof(*w)), **g;
  int rc = 0;

  if (w == NULL)
    return NTIX_ENOMEM;
  w->fd = fd;
  ntix__lock_take(&watches_lock);
  if (nwatches == capwatches) {
    g = realloc(watches, (capwatches ? capwatches * 2 : 8) * sizeof(*g));
    if (g != NULL) {
      watches = g;
      capwatches = capwatches ? capwatches * 2 : 8;
    }
  }
  if (nwatches < capwatches)
    watches[nwatches++] = w;
  else
    rc = NTIX_ENOMEM;
  ntix__lock_give(&watches_lock);
  if (rc != 0)
    free(w);
  return rc;
}

void
ntix__watch_close_hook(int fd) {
  struct watch *w = NULL;
  long i;

  if (__atomic_load_n(&nwatches, __ATOMIC_RELAXED) == 0)
    return;
  ntix__lock_take(&watches_lock);
  if ((i = watch_find(fd)) >= 0) {
    w = watches[i];
    watches[i] = watches[--nwatches];
  }
  ntix__lock_give(&watches_lock);
  free(w);
}

/* ---- opening ----------------------------------------------------------------
 */

int
ntix__b_watch_open(const char *path, int flags) {
  long fd, wd;
  int rc;

  if ((rc = ntix__check_watch(path, flags, "ntix_watch_open")) != 0)
    return rc;
  fd = ntix__sys1(__NR_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0)
    return ntix__fail_errno(fd, "inotify_init1");
  wd = ntix__sys3(__NR_inotify_add_watch, fd, (long)path, WATCH_MASK);
  if (wd < 0) {
    ntix__sys1(__NR_close, fd);
    return ntix__fail_errno(wd, "inotify_add_watch");
  }
  if ((rc = watch_add((int)fd)) != 0) {
    ntix__sys1(__NR_close, fd);
    return ntix__refuse(rc, "ntix_watch_open");
  }
  /* ntix_close must reach ntix__b_close, which forgets the watch. */
  if ((uint32_t)fd < NTIX__FD_WATCH_MAX)
    __atomic_store_n(&ntix__fd_watched[fd], 1, __ATOMIC_RELAXED);
  return (int)fd;
}

/* ---- reading
 * ------------------------------------------------------------------ */

/* What a read writes its records into. */
struct out {
  char *buf;
  size_t cap, used, last;
};

static int
put(struct out *o,
    uint32_t type,
    const struct inotify_event *ev,
    const struct inotify_event *old) {
  return ntix__watch_put(
      o->buf, o->cap, &o->used, &o->last, type, ev != NULL ? ev->name : "",
      ev != NULL ? strlen(ev->name) : 0, old != NULL ? old->name : NULL,
      old != NULL ? strlen(old->name) : 0);
}

static size_t
event_size(const struct inotify_event *ev) {
  return sizeof(*ev) + ev->len;
}

/* Bytes the kernel still has queued on fd. */
static int
queued(int fd) {
  int n = 0;

  return ntix__sys3(__NR_ioctl, fd, FIONREAD, (long)&n) < 0 ? 0 : n;
}

/* One event, with next the one after it (NULL at the end of the raw
 * bytes); returns how many events it used (2 for a pair), 0 when it was
 * held for the next read. */
static int
convert(struct watch *w,
        struct out *o,
        const struct inotify_event *ev,
        const struct inotify_event *next) {
  uint32_t m = ev->mask;

  if (m & IN_Q_OVERFLOW)
    put(o, NTIX_WATCH_OVERFLOW, NULL, NULL);
  else if (m & (IN_CREATE | IN_MOVED_TO))
    put(o, NTIX_WATCH_CREATED, ev, NULL);
  else if (m & IN_DELETE)
    put(o, NTIX_WATCH_DELETED, ev, NULL);
  else if (m & IN_MODIFY)
    put(o, NTIX_WATCH_MODIFIED, ev, NULL);
  else if (!(m & IN_MOVED_FROM))
    return 1; /* IN_IGNORED, IN_DELETE_SELF, ...: not reported */
  else if (next != NULL && (next->mask & IN_MOVED_TO) &&
           next->cookie == ev->cookie)
    return put(o, NTIX_WATCH_RENAMED, next, ev), 2;
  else if (next == NULL && queued(w->fd) > 0) {
    memcpy(w->held.bytes, ev, event_size(ev));
    w->held_len = (uint32_t)event_size(ev);
    return 0;
  } else {
    put(o, NTIX_WATCH_DELETED, ev, NULL);
  }
  return 1;
}

/* The held IN_MOVED_FROM and the first raw event: a RENAMED pair (1: the
 * raw event is used) or a DELETED (0). */
static int
convert_held(struct watch *w, struct out *o, const char *raw, long n) {
  const struct inotify_event *first = (const void *)raw;
  int pair = n > 0 && (first->mask & IN_MOVED_TO) &&
             first->cookie == w->held.ev.cookie;

  if (pair)
    put(o, NTIX_WATCH_RENAMED, first, &w->held.ev);
  else
    put(o, NTIX_WATCH_DELETED, &w->held.ev, NULL);
  w->held_len = 0;
  return pair;
}

/* Reads what fits and converts it; lock held (one reader at a time per
 * watch).  Every raw event converts to a record no larger than itself
 * (an overflow's, 8 bytes more), so the kernel is asked for no more than
 * the room left once the held event's record is reserved. */
static int64_t
read_locked(struct watch *w, struct out *o, char *raw, size_t rawcap) {
  size_t reserve = 8 + (w->held_len ? 2 * EVENT_MAX : 0), off = 0;
  const struct inotify_event *ev, *next;
  long n = 0;
  int used;

  /* Too small for anything: EINVAL if a record is waiting. */
  if (o->cap <= reserve)
    return ntix__refuse(
        w->held_len || queued(w->fd) ? NTIX_EINVAL : NTIX_EAGAIN,
        "ntix_watch_read");
  n = ntix__sys3(__NR_read, w->fd, (long)raw,
                 (long)(o->cap - reserve < rawcap ? o->cap - reserve : rawcap));
  if (w->held_len)
    off = convert_held(w, o, raw, n) ? event_size((const void *)raw) : 0;
  if (n < 0 && o->used == 0)
    return ntix__fail_errno(n, "read");
  while (n > 0 && off < (size_t)n) {
    ev = (const void *)(raw + off);
    next = off + event_size(ev) < (size_t)n
               ? (const void *)(raw + off + event_size(ev))
               : NULL;
    used = convert(w, o, ev, next);
    off += event_size(ev) + (used == 2 ? event_size(next) : 0);
  }
  if (o->used == 0)
    return ntix__refuse(NTIX_EAGAIN, "ntix_watch_read");
  return (int64_t)o->used;
}

/* The watch behind wfd, or the refusal: EBADF (not open), EINVAL (open,
 * not a watch). */
static struct watch *
watch_get(int wfd, int *rc) {
  struct watch *w = NULL;
  long i, r;

  ntix__lock_take(&watches_lock);
  if ((i = watch_find(wfd)) >= 0)
    w = watches[i];
  ntix__lock_give(&watches_lock);
  if (w != NULL)
    return w;
  r = wfd < 0 ? NTIX_EBADF : ntix__sys2(__NR_fcntl, wfd, F_GETFD);
  *rc = r < 0 ? ntix__refuse(NTIX_EBADF, "ntix_watch_read")
              : ntix__refuse(NTIX_EINVAL, "ntix_watch_read");
  return NULL;
}

/* A watch is read by one thread at a time; reads of different watches
 * share one lock, which only guards the short conversion. */
static int read_lock;

int64_t
ntix__b_watch_read(int wfd, void *buf, size_t len) {
  struct out o = {buf, len, 0, (size_t)-1};
  struct watch *w;
  char *raw;
  int64_t r;
  int rc = 0;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_watch_read");
  if ((w = watch_get(wfd, &rc)) == NULL)
    return rc;
  if ((raw = malloc(RAW_MAX)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_watch_read");
  ntix__lock_take(&read_lock);
  r = read_locked(w, &o, raw, RAW_MAX);
  ntix__lock_give(&read_lock);
  free(raw);
  return r;
}

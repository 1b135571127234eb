/* watch.c (Windows): directory watches on NtNotifyChangeDirectoryFile.
 * The descriptor (kind NTIX__K_WATCH) holds the directory, opened for
 * asynchronous I/O, and a queue of ntix records.  Registered in a poller,
 * the poller issues the notifications (poll-io.c) and feeds what completes
 * here; otherwise ntix_watch_read issues one itself and cancels it if
 * nothing is there yet.  NT starts keeping changes at the first
 * notification, so ntix_watch_open issues one at once.
 *
 * FILE_NOTIFY_INFORMATION actions become records: ADDED is CREATED,
 * REMOVED DELETED, MODIFIED MODIFIED, RENAMED_OLD_NAME with the
 * RENAMED_NEW_NAME after it one RENAMED; STATUS_NOTIFY_ENUM_DIR (NT's
 * buffer overflowed) is OVERFLOW, and so is a queue past QUEUE_MAX.  The
 * hidden names of ntix's unlink emulation (name.c) never show: a file
 * moved aside to be deleted is reported DELETED under its own name.
 */
#include <stdlib.h>
#include <string.h>

#include "fsargs.h"
#include "nt-file.h"
#include "win32-int.h"

/* Queued record bytes past which changes are dropped for one OVERFLOW. */
#define QUEUE_MAX (1024 * 1024)

struct ntix__watch {
  ntix__fdext_t ext; /* first: the descriptor table's view */
  RTL_SRWLOCK lock;  /* the queue and the pending old name */
  char *q;           /* records, oldest first */
  size_t qlen, qcap, qlast;
  int overflowed; /* an OVERFLOW is queued and nothing more is taken */
  char old[3 * (NTIX_NAME_MAX + 1)]; /* a RENAMED_OLD_NAME waiting */
  size_t old_len;
  int has_old;
  LONG polled;               /* poller registrations */
  RTL_SRWLOCK direct;        /* one direct notification at a time */
  char buf[NTIX__WATCH_BUF]; /* its buffer */
};

ULONG
ntix__watch_filter(void) {
  return FILE_NOTIFY_CHANGE_FILE_NAME | FILE_NOTIFY_CHANGE_DIR_NAME |
         FILE_NOTIFY_CHANGE_SIZE | FILE_NOTIFY_CHANGE_LAST_WRITE;
}

/* ---- the queue (lock held) -------------------------------------------------
 */

/* Room for need more bytes, within limit. */
static int
q_room(ntix__watch_t *w, size_t need, size_t limit) {
  size_t cap;
  char *g;

  if (w->qlen + need > limit)
    return 0;
  if (w->qlen + need <= w->qcap)
    return 1;
  cap = (w->qlen + need) * 2;
  if ((g = realloc(w->q, cap)) == NULL)
    return 0;
  w->q = g;
  w->qcap = cap;
  return 1;
}

/* Queues an OVERFLOW (once) and takes no record until it is read; with no
 * memory even for it, what is queued goes to make room. */
static void
q_overflow(ntix__watch_t *w) {
  if (w->overflowed)
    return;
  w->overflowed = 1;
  w->has_old = 0;
  if (!q_room(w, 32, SIZE_MAX)) {
    w->qlen = 0;
    w->qlast = (size_t)-1;
    if (!q_room(w, 32, SIZE_MAX))
      return;
  }
  ntix__watch_put(w->q, w->qcap, &w->qlen, &w->qlast, NTIX_WATCH_OVERFLOW, "",
                  0, NULL, 0);
}

static void
q_put(ntix__watch_t *w,
      uint32_t type,
      const char *name,
      size_t len,
      const char *old,
      size_t old_len) {
  if (w->overflowed)
    return;
  if (!q_room(w, NTIX_WATCH_EVENT_MAX, QUEUE_MAX)) {
    q_overflow(w);
    return;
  }
  ntix__watch_put(w->q, w->qcap, &w->qlen, &w->qlast, type, name, len, old,
                  old_len);
}

/* ---- converting notifications ----------------------------------------------
 */

/* One FILE_NOTIFY_INFORMATION record; lock held. */
static void
feed_one(ntix__watch_t *w, const FILE_NOTIFY_INFORMATION *f) {
  size_t units = f->FileNameLength / sizeof(WCHAR);
  int aside = ntix__is_aside_name(f->FileName, units);
  char name[3 * (NTIX_NAME_MAX + 1)];
  int64_t len;

  len = ntix__utf16_to_utf8((const uint16_t *)f->FileName, units, name,
                            sizeof(name), 0);
  if (len < 0)
    return; /* longer than any name NT allows */
  switch (f->Action) {
    case FILE_ACTION_RENAMED_OLD_NAME:
      memcpy(w->old, name, (size_t)len + 1);
      w->old_len = (size_t)len;
      w->has_old = !aside;
      return;
    case FILE_ACTION_RENAMED_NEW_NAME:
      if (w->has_old && aside)
        q_put(w, NTIX_WATCH_DELETED, w->old, w->old_len, NULL, 0);
      else if (w->has_old)
        q_put(w, NTIX_WATCH_RENAMED, name, (size_t)len, w->old, w->old_len);
      else if (!aside)
        q_put(w, NTIX_WATCH_CREATED, name, (size_t)len, NULL, 0);
      w->has_old = 0;
      return;
  }
  if (aside)
    return;
  if (f->Action == FILE_ACTION_ADDED)
    q_put(w, NTIX_WATCH_CREATED, name, (size_t)len, NULL, 0);
  else if (f->Action == FILE_ACTION_REMOVED)
    q_put(w, NTIX_WATCH_DELETED, name, (size_t)len, NULL, 0);
  else if (f->Action == FILE_ACTION_MODIFIED)
    q_put(w, NTIX_WATCH_MODIFIED, name, (size_t)len, NULL, 0);
}

void
ntix__watch_feed(ntix__watch_t *w, NTSTATUS st, const void *buf, size_t len) {
  const FILE_NOTIFY_INFORMATION *f = buf;
  size_t off = 0;

  RtlAcquireSRWLockExclusive(&w->lock);
  if (st == STATUS_NOTIFY_ENUM_DIR) {
    q_overflow(w);
  } else if (st == STATUS_SUCCESS) {
    while (len >= sizeof(*f) && off <= len - sizeof(*f)) {
      f = (const FILE_NOTIFY_INFORMATION *)((const char *)buf + off);
      feed_one(w, f);
      if (f->NextEntryOffset == 0)
        break;
      off += f->NextEntryOffset;
    }
  }
  RtlReleaseSRWLockExclusive(&w->lock);
}

int
ntix__watch_queued(ntix__watch_t *w) {
  int q;

  RtlAcquireSRWLockShared(&w->lock);
  q = w->qlen > 0;
  RtlReleaseSRWLockShared(&w->lock);
  return q;
}

void
ntix__watch_polled(ntix__watch_t *w, int delta) {
  __atomic_add_fetch(&w->polled, delta, __ATOMIC_ACQ_REL);
}

/* ---- the descriptor
 * ----------------------------------------------------------- */

static int
op_close(ntix__fdent_t *e) {
  ntix__watch_t *w = e->ext;
  NTSTATUS st = NtClose(e->handle);

  free(w->q);
  free(w);
  return NT_SUCCESS(st) ? 0 : ntix__fail_nt((uint32_t)st, "NtClose");
}

static const ntix__fdops_t watch_ops = {NULL, NULL, op_close, NULL, NULL};

/* One notification issued and taken here (no poller): what NT has kept
 * since the last one, or nothing, cancelled at once.  Under Wine a
 * notification pends even when changes are kept and completes a moment
 * later, so the cancel may find it completed: its records are taken.
 * Returns the failure to make the event or to issue the notification
 * (NT then keeps its changes for the next one) with the call in *call,
 * else STATUS_SUCCESS. */
static NTSTATUS
direct_notify(ntix__watch_t *w, HANDLE h, int wait_ms, const char **call) {
  LARGE_INTEGER t = {.QuadPart = -(LONGLONG)wait_ms * 10000};
  IO_STATUS_BLOCK iosb, ciosb;
  HANDLE ev = NULL;
  NTSTATUS st;

  *call = "NtCreateEvent";
  st = NtCreateEvent(&ev, EVENT_ALL_ACCESS, NULL, NtixNotificationEvent, FALSE);
  if (st != STATUS_SUCCESS)
    return NT_SUCCESS(st) ? STATUS_UNSUCCESSFUL : st;
  *call = "NtNotifyChangeDirectoryFile";
  RtlAcquireSRWLockExclusive(&w->direct);
  iosb.Status = STATUS_PENDING;
  iosb.Information = 0;
  st = NtNotifyChangeDirectoryFile(h, ev, NULL, NULL, &iosb, w->buf,
                                   sizeof(w->buf), ntix__watch_filter(), FALSE);
  if (NT_SUCCESS(st)) {
    if (NtWaitForSingleObject(ev, FALSE, &t) != STATUS_SUCCESS) {
      NtCancelIoFileEx(h, &iosb, &ciosb);
      NtWaitForSingleObject(ev, FALSE, NULL);
    }
    ntix__watch_feed(w, iosb.Status, w->buf, iosb.Information);
    st = STATUS_SUCCESS;
  }
  RtlReleaseSRWLockExclusive(&w->direct);
  NtClose(ev);
  return st;
}

static NTSTATUS
open_dir(const UNICODE_STRING *nt, HANDLE *h) {
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;

  InitializeObjectAttributes(&oa, (PUNICODE_STRING)nt, OBJ_CASE_INSENSITIVE,
                             NULL, NULL);
  return NtOpenFile(h, FILE_LIST_DIRECTORY | SYNCHRONIZE, &oa, &iosb,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    FILE_DIRECTORY_FILE);
}

int
ntix__b_watch_open(const char *path, int flags) {
  UNICODE_STRING nt;
  ntix__watch_t *w;
  const char *call;
  HANDLE h;
  NTSTATUS st;
  int rc;

  if ((rc = ntix__check_watch(path, flags, "ntix_watch_open")) != 0 ||
      (rc = ntix__path_to_nt(path, &nt, "ntix_watch_open")) != 0)
    return rc;
  st = open_dir(&nt, &h);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, &nt, "NtOpenFile");
  ntix__path_free(&nt);
  if (rc != 0)
    return rc;
  if ((w = calloc(1, sizeof(*w))) == NULL) {
    NtClose(h);
    return ntix__refuse(NTIX_ENOMEM, "ntix_watch_open");
  }
  w->ext.ops = &watch_ops;
  w->qlast = (size_t)-1;
  /* calloc's zeroes are RTL_SRWLOCK_INIT for both locks.  NT keeps
   * changes from the first notification on: a watch without one would
   * miss what happens before its first read, so it is not handed out. */
  if (!NT_SUCCESS(st = direct_notify(w, h, 0, &call))) {
    NtClose(h);
    free(w);
    return ntix__fail_nt((uint32_t)st, call);
  }
  if ((rc = ntix__fd_alloc(h, NTIX__K_WATCH, 0, w)) < 0) {
    NtClose(h);
    free(w);
  }
  return rc;
}

/* Moves the whole records that fit into buf; lock held. */
static size_t
take(ntix__watch_t *w, char *buf, size_t len) {
  const ntix_watch_event_t *ev;
  size_t n = 0;

  while (n < w->qlen) {
    ev = (const ntix_watch_event_t *)(w->q + n);
    if (ev->size > len - n)
      break;
    n += ev->size;
  }
  memcpy(buf, w->q, n);
  memmove(w->q, w->q + n, w->qlen - n);
  w->qlen -= n;
  if (w->qlen == 0) {
    w->qlast = (size_t)-1;
    w->overflowed = 0;
  } else if (w->qlast != (size_t)-1) {
    w->qlast -= n;
  }
  return n;
}

int64_t
ntix__b_watch_read(int wfd, void *buf, size_t len) {
  ntix__fdent_t e;
  ntix__watch_t *w;
  const char *call;
  NTSTATUS st;
  size_t n;
  int rc;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_watch_read");
  if ((rc = ntix__fd_get(wfd, &e, "ntix_watch_read")) != 0)
    return rc;
  if (e.kind != NTIX__K_WATCH || (w = e.ext) == NULL)
    return ntix__refuse(NTIX_EINVAL, "ntix_watch_read");
  /* A notification that could not be issued is reported, not taken for
   * "nothing happened" (NTIX_EAGAIN): NT still keeps the changes, which
   * the next read gets. */
  if (!ntix__watch_queued(w) &&
      __atomic_load_n(&w->polled, __ATOMIC_ACQUIRE) == 0 &&
      !NT_SUCCESS(st = direct_notify(w, e.handle, 0, &call)) &&
      !ntix__watch_queued(w))
    return ntix__fail_nt((uint32_t)st, call);
  RtlAcquireSRWLockExclusive(&w->lock);
  n = take(w, buf, len);
  rc = w->qlen > 0 && n == 0 ? NTIX_EINVAL : n == 0 ? NTIX_EAGAIN : 0;
  RtlReleaseSRWLockExclusive(&w->lock);
  return rc != 0 ? ntix__refuse(rc, "ntix_watch_read") : (int64_t)n;
}

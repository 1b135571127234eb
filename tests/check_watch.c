/* check_watch.c: conformance of directory change events on both OSes: the
 * argument checks of ntix_watch_open and ntix_watch_read, the records of a
 * create, a write, a rename and a delete in order through the poller,
 * level-triggered IN, a read without a poller, and an overflow reported as
 * a record (never silent loss).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-util.h"

#define MS 1000000LL
#define MAX_RECS 64
/* 9000 files created and deleted: 18000 changes, past Linux's default
 * inotify queue (16384 events) and NT's 64 KiB notification buffer. */
#define OVERFLOW_FILES 9000

struct rec {
  uint32_t type;
  char name[64], old[64];
};

struct recs {
  struct rec r[MAX_RECS];
  int n, overflow;
};

/* Appends the records of one read. */
static void
parse(struct recs *rs, const char *buf, int64_t len) {
  const ntix_watch_event_t *ev;
  int64_t off = 0;

  while (off < len) {
    ev = (const ntix_watch_event_t *)(buf + off);
    rs->overflow += ev->type == NTIX_WATCH_OVERFLOW;
    if (rs->n < MAX_RECS) {
      rs->r[rs->n].type = ev->type;
      snprintf(rs->r[rs->n].name, 64, "%s", ev->name);
      snprintf(rs->r[rs->n].old, 64, "%s",
               ev->type == NTIX_WATCH_RENAMED ? ntix_watch_old_name(ev) : "");
      rs->n++;
    }
    off += ev->size;
  }
}

/* Reads every record queued now. */
static void
drain(int w, struct recs *rs) {
  static char buf[64 * 1024];
  int64_t n;

  while ((n = ntix_watch_read(w, buf, sizeof(buf))) > 0) parse(rs, buf, n);
}

/* Waits on the poller and reads until a record of type/name arrives or
 * ms pass; 1 if it came. */
static int
collect_until(int p,
              int w,
              struct recs *rs,
              uint32_t type,
              const char *name,
              int64_t ms) {
  ntix_poll_event_t ev[4];
  int64_t end = ntix_t_ms() + ms;
  int i;

  for (;;) {
    if (type == NTIX_WATCH_OVERFLOW && rs->overflow > 0)
      return 1;
    for (i = 0; i < rs->n; i++)
      if (rs->r[i].type == type && !strcmp(rs->r[i].name, name))
        return 1;
    if (ntix_t_ms() >= end)
      return 0;
    if (ntix_poll_wait(p, ev, 4, 100 * MS) > 0)
      drain(w, rs);
  }
}

static int
is(const struct rec *r, uint32_t type, const char *name, const char *old) {
  return r->type == type && !strcmp(r->name, name) && !strcmp(r->old, old);
}

START_TEST(arguments) {
  static char longpath[40001];
  char buf[NTIX_WATCH_EVENT_MAX];
  int w, fds[2], f, closed;

  memset(longpath, 'a', sizeof(longpath) - 1);
  ntix_t_create(ntix_t_path("file"), "x", 1);
  NT_EXPECT("watch_open: NULL", ntix_watch_open(NULL, 0), NTIX_EFAULT);
  NT_EXPECT("watch_open: empty path", ntix_watch_open("", 0), NTIX_ENOENT);
  NT_EXPECT("watch_open: invalid UTF-8", ntix_watch_open("bad\xff", 0),
            NTIX_EILSEQ);
  NT_EXPECT("watch_open: 40000-byte path", ntix_watch_open(longpath, 0),
            NTIX_ENAMETOOLONG);
  NT_EXPECT("watch_open: missing directory",
            ntix_watch_open(ntix_t_path("missing"), 0), NTIX_ENOENT);
  NT_EXPECT("watch_open: a file", ntix_watch_open(ntix_t_path("file"), 0),
            NTIX_ENOTDIR);
  NT_EXPECT("watch_open: unknown flags", ntix_watch_open(ntix_t_dir(), 0x100),
            NTIX_EINVAL);
  NT_EXPECT("watch_open: subtree (not offered)",
            ntix_watch_open(ntix_t_dir(), NTIX_WATCH_SUBTREE), NTIX_EOPNOTSUPP);
  w = (int)NT_EXPECT_OK("watch_open: a directory",
                        ntix_watch_open(ntix_t_dir(), 0));
  NT_OK(ntix_pipe(fds, 0));
  f = (int)NT_OK(ntix_open(ntix_t_path("file"), NTIX_O_RDONLY, 0));
  closed = (int)NT_OK(ntix_open(ntix_t_path("file"), NTIX_O_RDONLY, 0));
  NT_OK(ntix_close(closed));
  NT_EXPECT("watch_read: buffer NULL", ntix_watch_read(w, NULL, 100),
            NTIX_EFAULT);
  NT_EXPECT("watch_read: descriptor -1", ntix_watch_read(-1, buf, sizeof(buf)),
            NTIX_EBADF);
  NT_EXPECT("watch_read: closed descriptor",
            ntix_watch_read(closed, buf, sizeof(buf)), NTIX_EBADF);
  NT_EXPECT("watch_read: a pipe", ntix_watch_read(fds[0], buf, sizeof(buf)),
            NTIX_EINVAL);
  NT_EXPECT("watch_read: a regular file", ntix_watch_read(f, buf, sizeof(buf)),
            NTIX_EINVAL);
  NT_EXPECT("watch_read: nothing queued", ntix_watch_read(w, buf, sizeof(buf)),
            NTIX_EAGAIN);
  NT_EXPECT("close: a watch", ntix_close(w), 0);
  NT_EXPECT("watch_read: a closed watch", ntix_watch_read(w, buf, sizeof(buf)),
            NTIX_EBADF);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(f);
}
END_TEST

/* Create, write, rename, delete: four records, in that order. */
START_TEST(create_write_rename_delete) {
  static struct recs rs;
  char more[NTIX_WATCH_EVENT_MAX];
  int p, w, f;

  NT_OK(ntix_mkdir(ntix_t_path("seq"), 0755));
  p = (int)NT_OK(ntix_poll_create(0));
  w = (int)NT_OK(ntix_watch_open(ntix_t_path("seq"), 0));
  NT_EXPECT("poll_ctl: ADD a watch",
            ntix_poll_ctl(p, NTIX_POLL_ADD, w, NTIX_POLL_IN, 7), 0);
  f = (int)NT_OK(ntix_open(ntix_t_path("seq/a.txt"),
                           NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644));
  NT_OK(ntix_write(f, "data", 4));
  NT_OK(ntix_close(f));
  NT_OK(ntix_rename(ntix_t_path("seq/a.txt"), ntix_t_path("seq/b.txt")));
  NT_OK(ntix_unlink(ntix_t_path("seq/b.txt")));
  NT_EXPECT("watch: the delete is reported",
            collect_until(p, w, &rs, NTIX_WATCH_DELETED, "b.txt", 5000), 1);
  ntix_sleep_ns(100 * MS);
  drain(w, &rs);
  NT_EXPECT("watch: four records", rs.n, 4);
  NT_EXPECT("watch: 1st, CREATED a.txt",
            is(&rs.r[0], NTIX_WATCH_CREATED, "a.txt", ""), 1);
  NT_EXPECT("watch: 2nd, MODIFIED a.txt",
            is(&rs.r[1], NTIX_WATCH_MODIFIED, "a.txt", ""), 1);
  NT_EXPECT("watch: 3rd, RENAMED b.txt from a.txt",
            is(&rs.r[2], NTIX_WATCH_RENAMED, "b.txt", "a.txt"), 1);
  NT_EXPECT("watch: 4th, DELETED b.txt",
            is(&rs.r[3], NTIX_WATCH_DELETED, "b.txt", ""), 1);
  NT_EXPECT("watch_read: nothing more", ntix_watch_read(w, more, sizeof(more)),
            NTIX_EAGAIN);
  ntix_close(w);
  ntix_poll_close(p);
}
END_TEST

/* A write that keeps the size, a truncation, and a subdirectory made,
 * renamed and removed. */
START_TEST(overwrite_truncate_subdir) {
  static struct recs rs;
  int p, w, f;

  NT_OK(ntix_mkdir(ntix_t_path("more"), 0755));
  ntix_t_create(ntix_t_path("more/file.txt"), "abc", 3);
  p = (int)NT_OK(ntix_poll_create(0));
  w = (int)NT_OK(ntix_watch_open(ntix_t_path("more"), 0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, w, NTIX_POLL_IN, 3));
  f = (int)NT_OK(ntix_open(ntix_t_path("more/file.txt"), NTIX_O_RDWR, 0));
  NT_OK(ntix_pwrite(f, "Z", 1, 0));
  NT_OK(ntix_close(f));
  NT_EXPECT("watch: a write that keeps the size is MODIFIED",
            collect_until(p, w, &rs, NTIX_WATCH_MODIFIED, "file.txt", 5000), 1);
  ntix_sleep_ns(100 * MS);
  drain(w, &rs);
  rs.n = 0;
  NT_OK(ntix_truncate(ntix_t_path("more/file.txt"), 1));
  NT_EXPECT("watch: a truncation is MODIFIED",
            collect_until(p, w, &rs, NTIX_WATCH_MODIFIED, "file.txt", 5000), 1);
  ntix_sleep_ns(100 * MS);
  drain(w, &rs);
  rs.n = 0;
  NT_OK(ntix_mkdir(ntix_t_path("more/sub"), 0755));
  NT_OK(ntix_rename(ntix_t_path("more/sub"), ntix_t_path("more/moved")));
  NT_OK(ntix_rmdir(ntix_t_path("more/moved")));
  NT_EXPECT("watch: the directory's removal is reported",
            collect_until(p, w, &rs, NTIX_WATCH_DELETED, "moved", 5000), 1);
  ntix_sleep_ns(100 * MS);
  drain(w, &rs);
  NT_EXPECT("watch: a subdirectory made, renamed, removed: three records",
            rs.n == 3 && is(&rs.r[0], NTIX_WATCH_CREATED, "sub", "") &&
                is(&rs.r[1], NTIX_WATCH_RENAMED, "moved", "sub") &&
                is(&rs.r[2], NTIX_WATCH_DELETED, "moved", ""),
            1);
  ntix_close(w);
  ntix_poll_close(p);
}
END_TEST

/* IN stays reported while records are queued (level), and a record too
 * large for the buffer is NTIX_EINVAL. */
START_TEST(level_and_small_buffer) {
  ntix_poll_event_t ev[4];
  static struct recs rs;
  char small[8];
  int p, w;

  NT_OK(ntix_mkdir(ntix_t_path("lvl"), 0755));
  p = (int)NT_OK(ntix_poll_create(0));
  w = (int)NT_OK(ntix_watch_open(ntix_t_path("lvl"), 0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, w, NTIX_POLL_IN, 8));
  ntix_t_create(ntix_t_path("lvl/one"), NULL, 0);
  NT_EXPECT("poll_wait: a watch with a record reports IN",
            ntix_poll_wait(p, ev, 4, 5000 * MS) == 1 && ev[0].data == 8 &&
                ev[0].events == NTIX_POLL_IN,
            1);
  NT_EXPECT(
      "poll_wait: IN again while the record is unread",
      ntix_poll_wait(p, ev, 4, 5000 * MS) == 1 && ev[0].events == NTIX_POLL_IN,
      1);
  NT_EXPECT("watch_read: buffer too small for the record",
            ntix_watch_read(w, small, sizeof(small)), NTIX_EINVAL);
  NT_EXPECT("watch: the record is still there",
            collect_until(p, w, &rs, NTIX_WATCH_CREATED, "one", 5000), 1);
  ntix_sleep_ns(100 * MS);
  drain(w, &rs);
  NT_EXPECT("poll_wait: no IN once every record is read",
            ntix_poll_wait(p, ev, 4, 100 * MS), 0);
  ntix_close(w);
  ntix_poll_close(p);
}
END_TEST

/* Without a poller, ntix_watch_read takes what the OS has kept. */
START_TEST(read_without_poller) {
  static struct recs rs;
  int w, i;

  NT_OK(ntix_mkdir(ntix_t_path("direct"), 0755));
  w = (int)NT_OK(ntix_watch_open(ntix_t_path("direct"), 0));
  ntix_t_create(ntix_t_path("direct/new"), NULL, 0);
  for (i = 0; i < 50 && rs.n == 0; i++) {
    ntix_sleep_ns(20 * MS);
    drain(w, &rs);
  }
  NT_EXPECT("watch_read: without a poller, the create",
            rs.n >= 1 && is(&rs.r[0], NTIX_WATCH_CREATED, "new", ""), 1);
  ntix_close(w);
}
END_TEST

/* Too many changes unread: an OVERFLOW record, then records again. */
START_TEST(overflow) {
  static struct recs rs;
  char name[32];
  int p, w, i;

  NT_OK(ntix_mkdir(ntix_t_path("ovf"), 0755));
  p = (int)NT_OK(ntix_poll_create(0));
  w = (int)NT_OK(ntix_watch_open(ntix_t_path("ovf"), 0));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, w, NTIX_POLL_IN, 9));
  for (i = 0; i < OVERFLOW_FILES; i++) {
    snprintf(name, sizeof(name), "ovf/f%05d", i);
    ntix_t_create(ntix_t_path(name), NULL, 0);
    NT_OK(ntix_unlink(ntix_t_path(name)));
  }
  NT_EXPECT("watch: too many changes give an OVERFLOW record",
            collect_until(p, w, &rs, NTIX_WATCH_OVERFLOW, "", 10000), 1);
  ntix_sleep_ns(200 * MS);
  drain(w, &rs);
  rs.n = 0;
  ntix_t_create(ntix_t_path("ovf/after"), NULL, 0);
  NT_EXPECT("watch: records again after the overflow",
            collect_until(p, w, &rs, NTIX_WATCH_CREATED, "after", 5000), 1);
  ntix_close(w);
  ntix_poll_close(p);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("watch");
  TCase *tc = tcase_create("watch");

  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, arguments);
  tcase_add_test(tc, create_write_rename_delete);
  tcase_add_test(tc, overwrite_truncate_subdir);
  tcase_add_test(tc, level_and_small_buffer);
  tcase_add_test(tc, read_without_poller);
  tcase_add_test(tc, overflow);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "watch");
}

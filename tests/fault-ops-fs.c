/* fault-ops-fs.c: the byte-range lock, file mapping, copy, ntix_poll and
 * directory watch operations of tests/check_fault.c (see fault-ops.h).
 * Each failure check looks at the state another caller would see: a lock
 * another open file can take or not, a file that can be shrunk only when
 * nothing maps it, the bytes a peer or an output file received, the
 * records a watch still has to give.
 */
#include <stdio.h>
#include <string.h>

#include "fault-ops.h"

static const char A[] = "alpha: the first file's content";

#define MS 1000000LL
/* The lock range of the lock operations. */
#define LOCK_OFF 0
#define LOCK_LEN 16

static void
remove_all(fop_t *c) {
  fop_close_all(c);
  ntix_unlink(c->a);
  ntix_unlink(c->b);
}

/* c->a holds A; fd is open for reading and writing, fd2 is a second open
 * file of it (another file object, another open file description). */
static void
set_two_opens(fop_t *c) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path("locked"));
  ntix_t_create(c->a, A, sizeof(A));
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDWR, 0));
  c->fd2 = (int)NT_OK(ntix_open(c->a, NTIX_O_RDWR, 0));
}

static int
pos_of(int fd) {
  return (int)ntix_seek(fd, 0, NTIX_SEEK_CUR);
}

/* ---- byte-range locks ---------------------------------------------------- */

/* 1 if the other open file can take the lock of kind flags now (it is
 * released again at once). */
static int
other_can_lock(fop_t *c, int flags) {
  int rc = ntix_lock(c->fd2, LOCK_OFF, LOCK_LEN, flags | NTIX_LOCK_NB);

  if (rc == 0)
    ntix_unlock(c->fd2, LOCK_OFF, LOCK_LEN);
  return rc == 0;
}

static int64_t
run_lock_sh(fop_t *c) {
  return ntix_lock(c->fd, LOCK_OFF, LOCK_LEN, NTIX_LOCK_SH | NTIX_LOCK_NB);
}

static int64_t
run_lock_ex(fop_t *c) {
  return ntix_lock(c->fd, LOCK_OFF, LOCK_LEN, NTIX_LOCK_EX | NTIX_LOCK_NB);
}

/* Without NB: nothing conflicts, so the wait ends at once. */
static int64_t
run_lock_ex_wait(fop_t *c) {
  return ntix_lock(c->fd, LOCK_OFF, LOCK_LEN, NTIX_LOCK_EX);
}

/* A shared lock is held: others share it, nobody gets it exclusively. */
static int
shared_held(fop_t *c) {
  return other_can_lock(c, NTIX_LOCK_SH) && !other_can_lock(c, NTIX_LOCK_EX);
}

static int
done_lock_sh(fop_t *c, int64_t r) {
  return r == 0 && shared_held(c);
}

static int
exclusive_held(fop_t *c) {
  return !other_can_lock(c, NTIX_LOCK_SH) && !other_can_lock(c, NTIX_LOCK_EX);
}

static int
done_lock_ex(fop_t *c, int64_t r) {
  return r == 0 && exclusive_held(c);
}

/* A failed lock left no lock: the other open file takes it exclusively,
 * and a lock of this one works. */
static int
no_lock(fop_t *c) {
  return other_can_lock(c, NTIX_LOCK_EX);
}

static int
undone_lock(fop_t *c) {
  return no_lock(c) && run_lock_ex(c) == 0 && exclusive_held(c);
}

static void
set_locked_sh(fop_t *c) {
  set_two_opens(c);
  NT_OK(run_lock_sh(c));
}

static void
set_locked_ex(fop_t *c) {
  set_two_opens(c);
  NT_OK(run_lock_ex(c));
}

static int64_t
run_unlock(fop_t *c) {
  return ntix_unlock(c->fd, LOCK_OFF, LOCK_LEN);
}

static int
done_unlock(fop_t *c, int64_t r) {
  return r == 0 && no_lock(c);
}

/* A failed unlock keeps the lock as it was, and unlocking again works. */
static int
undone_unlock_sh(fop_t *c) {
  return shared_held(c) && run_unlock(c) == 0 && no_lock(c);
}

static int
undone_unlock_ex(fop_t *c) {
  return exclusive_held(c) && run_unlock(c) == 0 && no_lock(c);
}

/* ---- file mapping -------------------------------------------------------- */

static int64_t
run_map_shared(fop_t *c) {
  return ntix_map(c->fd, 0, sizeof(A), NTIX_PROT_READ | NTIX_PROT_WRITE,
                  NTIX_MAP_SHARED, &c->mem);
}

static int64_t
run_map_private(fop_t *c) {
  return ntix_map(c->fd, 0, sizeof(A), NTIX_PROT_READ | NTIX_PROT_WRITE,
                  NTIX_MAP_PRIVATE, &c->mem);
}

/* Nothing of c->a is mapped: the file may be shrunk (both OSes refuse
 * while a mapping of it exists), and grown back. */
static int
not_mapped(fop_t *c) {
  return ntix_ftruncate(c->fd, 1) == 0 && ntix_ftruncate(c->fd, sizeof(A)) == 0;
}

/* The mapping shows the file, and the file cannot be shrunk under it. */
static int
mapped(fop_t *c) {
  return c->mem != NULL && memcmp(c->mem, A, sizeof(A)) == 0 &&
         ntix_ftruncate(c->fd, 1) == NTIX_EBUSY;
}

static int
done_map_shared(fop_t *c, int64_t r) {
  char *m = c->mem;

  if (r != 0 || !mapped(c))
    return 0;
  m[0] = 'A';
  return ntix_msync(m, sizeof(A), NTIX_MS_SYNC) == 0 && m[0] == 'A' &&
         fop_size(c->a) == sizeof(A) && !fop_holds(c->a, A, sizeof(A));
}

/* A private mapping's writes stay in it. */
static int
done_map_private(fop_t *c, int64_t r) {
  char *m = c->mem;

  if (r != 0 || !mapped(c))
    return 0;
  m[0] = 'A';
  return fop_holds(c->a, A, sizeof(A));
}

static int
undone_map(fop_t *c) {
  return c->mem == NULL && not_mapped(c);
}

static void
unset_map(fop_t *c) {
  if (c->mem != NULL)
    NT_OK(ntix_unmap(c->mem, sizeof(A)));
  c->mem = NULL;
  remove_all(c);
}

static void
set_mapped(fop_t *c) {
  set_two_opens(c);
  NT_OK(run_map_shared(c));
}

/* A change written through the mapping, to be flushed. */
static void
set_mapped_dirty(fop_t *c) {
  set_mapped(c);
  ((char *)c->mem)[0] = 'A';
}

static int64_t
run_msync(fop_t *c) {
  return ntix_msync(c->mem, sizeof(A), NTIX_MS_SYNC);
}

/* The change is in the file (its first byte, read by another open). */
static int
flushed(fop_t *c) {
  char buf[sizeof(A)];

  return ntix_pread(c->fd2, buf, sizeof(buf), 0) == sizeof(A) &&
         buf[0] == 'A' && memcmp(buf + 1, A + 1, sizeof(A) - 1) == 0;
}

static int
done_msync(fop_t *c, int64_t r) {
  return r == 0 && flushed(c);
}

/* A failed msync loses nothing: the change is still in the mapping and a
 * second msync writes it. */
static int
undone_msync(fop_t *c) {
  return ((char *)c->mem)[0] == 'A' && run_msync(c) == 0 && flushed(c);
}

/* c->id is 1 once the mapping is gone. */
static int64_t
run_unmap(fop_t *c) {
  int rc = ntix_unmap(c->mem, sizeof(A));

  if (rc == 0)
    c->id = 1;
  return rc;
}

/* 1 if the mapping's pages are still in the address space, whatever ntix
 * knows of them (changing their protection works only then). */
static int
in_memory(fop_t *c) {
  return ntix_mprotect(c->mem, ntix_pagesize(),
                       NTIX_PROT_READ | NTIX_PROT_WRITE) == 0;
}

static int
done_unmap(fop_t *c, int64_t r) {
  return r == 0 && !in_memory(c) && not_mapped(c);
}

/* A failed unmap is either whole, as a close (Windows: NT's release is
 * made and reported failed), or left the mapping as it was: its pages
 * there, ntix still knowing it (the file cannot be shrunk), and a second
 * call unmapping it.  Pages ntix forgot could never be unmapped. */
static int
undone_unmap(fop_t *c) {
  if (!in_memory(c))
    return not_mapped(c) && (c->id = 1);
  return mapped(c) && run_unmap(c) == 0 && done_unmap(c, 0);
}

static void
unset_unmap(fop_t *c) {
  if (c->id == 1)
    c->mem = NULL;
  unset_map(c);
}

/* ---- copying ------------------------------------------------------------- */

/* fd: c->a (holding A) for reading; fds: a connected socket pair. */
static void
set_sendfile(fop_t *c) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path("source"));
  ntix_t_create(c->a, A, sizeof(A));
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDONLY, 0));
  NT_OK(ntix_socketpair(NTIX_SOCK_STREAM, 0, c->fds));
}

/* From the descriptor's position, which it advances. */
static int64_t
run_sendfile(fop_t *c) {
  return ntix_sendfile(c->fds[0], c->fd, NTIX_OFF_CUR, sizeof(A));
}

/* The peer received exactly the r bytes reported, the file's first. */
static int
peer_got(fop_t *c, int64_t r) {
  char buf[sizeof(A) + 8];

  if (r > 0 && ntix_t_recv_all(c->fds[1], buf, (size_t)r) != r)
    return 0;
  return (r <= 0 || memcmp(buf, A, (size_t)r) == 0) &&
         ntix_recv(c->fds[1], buf, sizeof(buf), NTIX_MSG_DONTWAIT) ==
             NTIX_EAGAIN;
}

static int
done_sendfile(fop_t *c, int64_t r) {
  return r > 0 && pos_of(c->fd) == r && peer_got(c, r);
}

/* A failed sendfile sent nothing and left the position where it was. */
static int
undone_sendfile(fop_t *c) {
  return pos_of(c->fd) == 0 && peer_got(c, 0);
}

/* fd: c->a (holding A) for reading; fd2: the empty c->b for writing. */
static void
set_copy(fop_t *c) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path("source"));
  snprintf(c->b, sizeof(c->b), "%s", ntix_t_path("target"));
  ntix_t_create(c->a, A, sizeof(A));
  ntix_t_create(c->b, NULL, 0);
  c->fd = (int)NT_OK(ntix_open(c->a, NTIX_O_RDONLY, 0));
  c->fd2 = (int)NT_OK(ntix_open(c->b, NTIX_O_RDWR, 0));
}

/* At explicit offsets: neither position moves. */
static int64_t
run_copy(fop_t *c) {
  return ntix_copy_file_range(c->fd, 0, c->fd2, 0, sizeof(A));
}

static int
done_copy(fop_t *c, int64_t r) {
  return r > 0 && fop_size(c->b) == r && pos_of(c->fd) == 0 &&
         pos_of(c->fd2) == 0 && fop_holds(c->b, A, (size_t)r);
}

/* A failed copy wrote nothing and moved neither position. */
static int
undone_copy(fop_t *c) {
  return fop_size(c->b) == 0 && pos_of(c->fd) == 0 && pos_of(c->fd2) == 0;
}

/* From both positions, which advance. */
static int64_t
run_copy_cur(fop_t *c) {
  return ntix_copy_file_range(c->fd, NTIX_OFF_CUR, c->fd2, NTIX_OFF_CUR,
                              sizeof(A));
}

static int
done_copy_cur(fop_t *c, int64_t r) {
  return r > 0 && fop_size(c->b) == r && pos_of(c->fd) == r &&
         pos_of(c->fd2) == r && fop_holds(c->b, A, (size_t)r);
}

/* ---- ntix_poll ----------------------------------------------------------- */

/* fds: a pipe with data in it; fd, fd2: a socket pair, data queued to
 * fd2. */
static void
set_pollfds(fop_t *c) {
  NT_OK(ntix_pipe(c->fds, NTIX_O_NONBLOCK));
  NT_OK(ntix_write(c->fds[1], A, 5));
  ntix_t_tcp_pair(NTIX_AF_INET, &c->fd, &c->fd2);
  NT_OK(ntix_t_send_all(c->fd, A, 5));
}

/* The pipe's read end, the socket and the pipe's write end. */
static int64_t
poll3(fop_t *c, ntix_pollfd_t *p, int64_t timeout_ns) {
  p[0].fd = c->fds[0];
  p[1].fd = c->fd2;
  p[2].fd = c->fds[1];
  p[0].events = p[1].events = NTIX_POLL_IN;
  p[2].events = NTIX_POLL_OUT;
  p[0].revents = p[1].revents = p[2].revents = 0;
  return ntix_poll(p, 3, timeout_ns);
}

static int64_t
run_poll(fop_t *c) {
  ntix_pollfd_t p[3];
  int64_t r = poll3(c, p, 5000 * MS);

  /* The result and the revents in one number, for done_poll. */
  return r < 0 ? r
               : r * 1000000 + p[0].revents * 10000 + p[1].revents * 100 +
                     p[2].revents;
}

/* Three ready: exactly IN, IN and OUT. */
static int
done_poll(fop_t *c, int64_t r) {
  return r == 3 * 1000000 + NTIX_POLL_IN * 10000 + NTIX_POLL_IN * 100 +
                  NTIX_POLL_OUT;
}

/* A failed poll consumed nothing: polling again reports the same. */
static int
undone_poll(fop_t *c) {
  return done_poll(c, run_poll(c));
}

/* Only the socket: Windows waits for the AFD poll's event. */
static int64_t
run_poll_socket(fop_t *c) {
  ntix_pollfd_t p = {c->fd2, NTIX_POLL_IN, 0};
  int rc = ntix_poll(&p, 1, 5000 * MS);

  return rc < 0 ? rc : rc == 1 && p.revents == NTIX_POLL_IN ? 1 : -1000;
}

static int
done_one(fop_t *c, int64_t r) {
  return r == 1;
}

static int
undone_poll_socket(fop_t *c) {
  return run_poll_socket(c) == 1;
}

/* Nothing to read: the pipe and the socket are waited for (Windows: a
 * zero-byte read and an AFD poll), until the timeout. */
static void
set_pollfds_idle(fop_t *c) {
  NT_OK(ntix_pipe(c->fds, NTIX_O_NONBLOCK));
  ntix_t_tcp_pair(NTIX_AF_INET, &c->fd, &c->fd2);
}

static int64_t
run_poll_timeout(fop_t *c) {
  ntix_pollfd_t p[2] = {{c->fds[0], NTIX_POLL_IN, 0},
                        {c->fd2, NTIX_POLL_IN, 0}};
  int rc = ntix_poll(p, 2, 20 * MS);

  return rc < 0                                              ? rc
         : rc == 0 && p[0].revents == 0 && p[1].revents == 0 ? 0
                                                             : -1000;
}

static int
done_zero(fop_t *c, int64_t r) {
  return r == 0;
}

/* The waits were ended: data sent afterwards is read whole. */
static int
undone_poll_timeout(fop_t *c) {
  char buf[8];

  return ntix_write(c->fds[1], A, 5) == 5 && ntix_read(c->fds[0], buf, 8) == 5;
}

/* ---- directory watches --------------------------------------------------- */

/* Reads the watch until a CREATED record for name comes, or 2 s pass
 * (Windows reports a change a moment after it is made): 1 if it came, or
 * the first failure other than NTIX_EAGAIN. */
static int64_t
read_created(int w, const char *name) {
  static char buf[8192];
  const ntix_watch_event_t *ev;
  int64_t t0 = ntix_t_ms(), n, off;

  for (;;) {
    n = ntix_watch_read(w, buf, sizeof(buf));
    if (n < 0 && n != NTIX_EAGAIN)
      return n;
    for (off = 0; n > 0 && off < n; off += ev->size) {
      ev = (const ntix_watch_event_t *)(buf + off);
      if (ev->type == NTIX_WATCH_CREATED && strcmp(ev->name, name) == 0)
        return 1;
    }
    if (ntix_t_ms() - t0 > 2000)
      return 0;
    ntix_sleep_ns(10 * MS);
  }
}

/* c->a: an empty directory; c->b: the file made in it. */
static void
set_watch_dir(fop_t *c) {
  snprintf(c->a, sizeof(c->a), "%s", ntix_t_path("watched"));
  snprintf(c->b, sizeof(c->b), "%s/new", c->a);
  NT_OK(ntix_mkdir(c->a, 0755));
}

static void
unset_watch(fop_t *c) {
  fop_close_all(c);
  ntix_unlink(c->b);
  ntix_rmdir(c->a);
}

static int64_t
run_watch_open(fop_t *c) {
  return c->fd = ntix_watch_open(c->a, 0);
}

/* The watch reports a change made after it was opened. */
static int
done_watch_open(fop_t *c, int64_t r) {
  ntix_t_create(c->b, NULL, 0);
  return read_created(c->fd, "new") == 1;
}

/* A watch with a change to report. */
static void
set_watch_change(fop_t *c) {
  set_watch_dir(c);
  c->fd = (int)NT_OK(ntix_watch_open(c->a, 0));
  ntix_t_create(c->b, NULL, 0);
}

static int64_t
run_watch_read(fop_t *c) {
  return read_created(c->fd, "new");
}

static int
undone_watch_read(fop_t *c) {
  return run_watch_read(c) == 1;
}

/* The watch and a poller; the change is made before the registration. */
static void
set_watch_poller(fop_t *c) {
  set_watch_change(c);
  c->pfd = (int)NT_OK(ntix_poll_create(0));
}

static int64_t
run_watch_add(fop_t *c) {
  return ntix_poll_ctl(c->pfd, NTIX_POLL_ADD, c->fd, NTIX_POLL_IN, 42);
}

/* The poller reports the watch, and the watch the change. */
static int
watch_reported(fop_t *c) {
  ntix_poll_event_t ev[4];

  return ntix_poll_wait(c->pfd, ev, 4, 5000 * MS) == 1 && ev[0].data == 42 &&
         (ev[0].events & NTIX_POLL_IN) && read_created(c->fd, "new") == 1;
}

static int
done_watch_add(fop_t *c, int64_t r) {
  return r == 0 && watch_reported(c);
}

/* A failed ADD registered nothing: adding again works and reports. */
static int
undone_watch_add(fop_t *c) {
  return run_watch_add(c) == 0 && watch_reported(c);
}

static void
set_watch_polled(fop_t *c) {
  set_watch_poller(c);
  NT_OK(run_watch_add(c));
}

static int64_t
run_watch_wait(fop_t *c) {
  ntix_poll_event_t ev[4];
  int n = ntix_poll_wait(c->pfd, ev, 4, 5000 * MS);

  return n == 1 && ev[0].data == 42 && (ev[0].events & NTIX_POLL_IN) ? 1
         : n < 0                                                     ? n
                                                                     : -1000;
}

static int
done_watch_wait(fop_t *c, int64_t r) {
  return r == 1 && read_created(c->fd, "new") == 1;
}

/* A failed wait lost neither the event nor the record. */
static int
undone_watch_wait(fop_t *c) {
  return watch_reported(c);
}

#define OP(name, setup, run, done, undone, teardown) \
  { name, setup, run, done, undone, teardown }

const fault_op_t fault_ops_fs[] = {
    OP("lock-shared",
       set_two_opens,
       run_lock_sh,
       done_lock_sh,
       undone_lock,
       remove_all),
    OP("lock-exclusive",
       set_two_opens,
       run_lock_ex,
       done_lock_ex,
       undone_lock,
       remove_all),
    OP("lock-exclusive-wait",
       set_two_opens,
       run_lock_ex_wait,
       done_lock_ex,
       undone_lock,
       remove_all),
    OP("unlock-shared",
       set_locked_sh,
       run_unlock,
       done_unlock,
       undone_unlock_sh,
       remove_all),
    OP("unlock-exclusive",
       set_locked_ex,
       run_unlock,
       done_unlock,
       undone_unlock_ex,
       remove_all),
    OP("map-shared",
       set_two_opens,
       run_map_shared,
       done_map_shared,
       undone_map,
       unset_map),
    OP("map-private",
       set_two_opens,
       run_map_private,
       done_map_private,
       undone_map,
       unset_map),
    OP("msync",
       set_mapped_dirty,
       run_msync,
       done_msync,
       undone_msync,
       unset_map),
    OP("unmap", set_mapped, run_unmap, done_unmap, undone_unmap, unset_unmap),
    OP("sendfile",
       set_sendfile,
       run_sendfile,
       done_sendfile,
       undone_sendfile,
       remove_all),
    OP("copy-file-range",
       set_copy,
       run_copy,
       done_copy,
       undone_copy,
       remove_all),
    OP("copy-file-range-cur",
       set_copy,
       run_copy_cur,
       done_copy_cur,
       undone_copy,
       remove_all),
    OP("poll-fds",
       set_pollfds,
       run_poll,
       done_poll,
       undone_poll,
       fop_close_all),
    OP("poll-fds-socket",
       set_pollfds,
       run_poll_socket,
       done_one,
       undone_poll_socket,
       fop_close_all),
    OP("poll-fds-timeout",
       set_pollfds_idle,
       run_poll_timeout,
       done_zero,
       undone_poll_timeout,
       fop_close_all),
    OP("watch-open",
       set_watch_dir,
       run_watch_open,
       done_watch_open,
       NULL,
       unset_watch),
    OP("watch-read",
       set_watch_change,
       run_watch_read,
       done_one,
       undone_watch_read,
       unset_watch),
    OP("watch-poll-add",
       set_watch_poller,
       run_watch_add,
       done_watch_add,
       undone_watch_add,
       unset_watch),
    OP("watch-poll-wait",
       set_watch_polled,
       run_watch_wait,
       done_watch_wait,
       undone_watch_wait,
       unset_watch),
};
const int fault_ops_fs_count =
    (int)(sizeof(fault_ops_fs) / sizeof(fault_ops_fs[0]));

/* check_pollfds.c: conformance of ntix_poll (poll(2)-shaped) on both OSes:
 * the argument checks, skipped and closed descriptors, regular files,
 * pipes and sockets with and without data, timeout 0 and a short timeout,
 * data arriving during the wait, one descriptor twice, a pipe whose writer
 * closed, and the same pipe in successive calls.
 */
#include <string.h>

#include "check-util.h"

#define MS 1000000LL
#define SLACK_MS 200 /* as check_poll.c: late by at most this, never early */

START_TEST(arguments) {
  ntix_pollfd_t pf[1];
  int64_t t0;

  NT_EXPECT("ntix_poll: fds NULL with nfds 1", ntix_poll(NULL, 1, 0),
            NTIX_EFAULT);
  NT_EXPECT("ntix_poll: nfds above NTIX_POLL_NFDS_MAX",
            ntix_poll(pf, NTIX_POLL_NFDS_MAX + 1, 0), NTIX_EINVAL);
  NT_EXPECT("ntix_poll: no entries, timeout 0", ntix_poll(NULL, 0, 0), 0);
  t0 = ntix_clock_mono();
  NT_EXPECT("ntix_poll: no entries, 30 ms", ntix_poll(NULL, 0, 30 * MS), 0);
  NT_EXPECT("ntix_poll: no entries sleeps the timeout",
            ntix_clock_mono() - t0 >= 30 * MS, 1);
}
END_TEST

START_TEST(skipped_closed_files) {
  ntix_pollfd_t pf[4];
  int f, d, closed;

  ntix_t_create(ntix_t_path("reg"), "x", 1);
  f = (int)NT_OK(ntix_open(ntix_t_path("reg"), NTIX_O_RDWR, 0));
  d = (int)NT_OK(ntix_open(ntix_t_dir(), NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  closed = (int)NT_OK(ntix_open(ntix_t_path("reg"), NTIX_O_RDONLY, 0));
  NT_OK(ntix_close(closed));
  pf[0] = (ntix_pollfd_t){-1, NTIX_POLL_IN, 99};
  pf[1] = (ntix_pollfd_t){closed, NTIX_POLL_IN, 0};
  pf[2] = (ntix_pollfd_t){f, NTIX_POLL_IN | NTIX_POLL_OUT, 0};
  pf[3] = (ntix_pollfd_t){d, NTIX_POLL_IN, 0};
  NT_EXPECT("ntix_poll: skipped, closed, file, directory", ntix_poll(pf, 4, 0),
            3);
  NT_EXPECT("ntix_poll: a negative fd is skipped with revents 0", pf[0].revents,
            0);
  NT_EXPECT("ntix_poll: a closed descriptor is NVAL", pf[1].revents,
            NTIX_POLL_NVAL);
  NT_EXPECT("ntix_poll: a regular file is ready for IN and OUT", pf[2].revents,
            NTIX_POLL_IN | NTIX_POLL_OUT);
  NT_EXPECT("ntix_poll: a directory is ready for IN", pf[3].revents,
            NTIX_POLL_IN);
  pf[2].events = NTIX_POLL_OUT;
  NT_EXPECT("ntix_poll: a file asked for OUT only", ntix_poll(&pf[2], 1, 0), 1);
  NT_EXPECT("ntix_poll: a file reports only what was asked", pf[2].revents,
            NTIX_POLL_OUT);
  ntix_close(f);
  ntix_close(d);
}
END_TEST

START_TEST(pipe_timeouts) {
  ntix_pollfd_t pf[2];
  int fds[2], i;
  int64_t t0, el;
  char c;

  NT_OK(ntix_pipe(fds, 0));
  pf[0] = (ntix_pollfd_t){fds[0], NTIX_POLL_IN, 0};
  NT_EXPECT("ntix_poll: empty pipe, timeout 0", ntix_poll(pf, 1, 0), 0);
  NT_EXPECT("ntix_poll: empty pipe, revents 0", pf[0].revents, 0);
  t0 = ntix_clock_mono();
  NT_EXPECT("ntix_poll: empty pipe, 50 ms", ntix_poll(pf, 1, 50 * MS), 0);
  el = ntix_clock_mono() - t0;
  NT_EXPECT("ntix_poll: 50 ms timeout is never early", el >= 50 * MS, 1);
  NT_EXPECT("ntix_poll: 50 ms timeout is late by at most the slack",
            el <= (50 + SLACK_MS) * MS, 1);
  pf[1] = (ntix_pollfd_t){fds[1], NTIX_POLL_OUT, 0};
  NT_EXPECT("ntix_poll: pipe write end", ntix_poll(&pf[1], 1, 0), 1);
  NT_EXPECT("ntix_poll: pipe write end reports OUT", pf[1].revents,
            NTIX_POLL_OUT);
  NT_OK(ntix_write(fds[1], "d", 1));
  NT_EXPECT("ntix_poll: pipe with data, timeout 0", ntix_poll(pf, 1, 0), 1);
  NT_EXPECT("ntix_poll: pipe with data reports IN", pf[0].revents,
            NTIX_POLL_IN);
  for (i = 0; i < 3; i++) ntix_poll(pf, 1, 0);
  NT_EXPECT("ntix_poll: the same pipe in successive calls",
            ntix_poll(pf, 1, 0) == 1 && pf[0].revents == NTIX_POLL_IN, 1);
  pf[0].events = NTIX_POLL_IN | 0x4000;
  NT_EXPECT("ntix_poll: unknown event bits are ignored",
            ntix_poll(pf, 1, 0) == 1 && pf[0].revents == NTIX_POLL_IN, 1);
  NT_OK(ntix_read(fds[0], &c, 1));
  NT_OK(ntix_close(fds[1]));
  pf[0].events = NTIX_POLL_IN;
  NT_EXPECT("ntix_poll: pipe whose writer closed", ntix_poll(pf, 1, 5000 * MS),
            1);
  NT_EXPECT("ntix_poll: pipe whose writer closed reports HUP",
            (pf[0].revents & NTIX_POLL_HUP) != 0, 1);
  ntix_close(fds[0]);
}
END_TEST

START_TEST(sockets) {
  ntix_pollfd_t pf[3];
  int c, a, fds[2];
  char buf[4];

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_pipe(fds, 0));
  pf[0] = (ntix_pollfd_t){c, NTIX_POLL_IN, 0};
  pf[1] = (ntix_pollfd_t){fds[0], NTIX_POLL_IN, 0};
  NT_EXPECT("ntix_poll: socket and pipe without data, timeout 0",
            ntix_poll(pf, 2, 0), 0);
  NT_EXPECT("ntix_poll: socket and pipe without data, 30 ms",
            ntix_poll(pf, 2, 30 * MS), 0);
  pf[0].events = NTIX_POLL_OUT;
  NT_EXPECT("ntix_poll: connected socket asked for OUT", ntix_poll(pf, 1, 0),
            1);
  NT_EXPECT("ntix_poll: connected socket reports OUT", pf[0].revents,
            NTIX_POLL_OUT);
  pf[0].events = NTIX_POLL_IN;
  NT_OK(ntix_send(a, "sock", 4, 0));
  NT_EXPECT("ntix_poll: socket with data, pipe without",
            ntix_poll(pf, 2, 5000 * MS), 1);
  NT_EXPECT("ntix_poll: the socket reports IN, the pipe nothing",
            pf[0].revents == NTIX_POLL_IN && pf[1].revents == 0, 1);
  NT_OK(ntix_write(fds[1], "p", 1));
  ntix_sleep_ns(20 * MS);
  NT_EXPECT("ntix_poll: socket and pipe both with data, timeout 0",
            ntix_poll(pf, 2, 0), 2);
  pf[2] = (ntix_pollfd_t){c, NTIX_POLL_OUT, 0};
  NT_EXPECT("ntix_poll: one socket twice, IN and OUT", ntix_poll(pf, 3, 0), 3);
  NT_EXPECT("ntix_poll: each entry of a socket listed twice gets its own",
            pf[0].revents == NTIX_POLL_IN && pf[2].revents == NTIX_POLL_OUT, 1);
  NT_OK(ntix_t_recv_all(c, buf, 4));
  ntix_close(c);
  ntix_close(a);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
}
END_TEST

struct writer {
  int fd;
  int64_t delay_ms;
};

static void *
write_thread(void *arg) {
  struct writer *w = arg;

  ntix_sleep_ns(w->delay_ms * MS);
  ntix_send(w->fd, "late", 4, 0);
  return NULL;
}

/* Data that arrives during the wait ends it. */
START_TEST(data_during_wait) {
  ntix_pollfd_t pf[1];
  struct writer w;
  ntix_t_thread_t *t;
  int c, a;
  int64_t t0, el;

  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  pf[0] = (ntix_pollfd_t){c, NTIX_POLL_IN, 0};
  w.fd = a, w.delay_ms = 50;
  t0 = ntix_clock_mono();
  t = ntix_t_spawn(write_thread, &w);
  NT_EXPECT("ntix_poll: data sent 50 ms into a 5 s wait",
            ntix_poll(pf, 1, 5000 * MS), 1);
  el = ntix_clock_mono() - t0;
  ntix_t_join(t);
  NT_EXPECT("ntix_poll: the wait ends with the data", pf[0].revents,
            NTIX_POLL_IN);
  NT_EXPECT("ntix_poll: the wait ended well before its timeout", el < 2000 * MS,
            1);
  ntix_close(c);
  ntix_close(a);
}
END_TEST

/* A pipe and a socket that a poller holds can be polled too, and the
 * poller still reports them afterwards. */
START_TEST(held_by_poller) {
  ntix_poll_event_t ev[4];
  ntix_pollfd_t pf[2];
  int p, fds[2], c, a;

  p = (int)NT_OK(ntix_poll_create(0));
  NT_OK(ntix_pipe(fds, 0));
  ntix_t_tcp_pair(NTIX_AF_INET, &c, &a);
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 1));
  NT_OK(ntix_poll_ctl(p, NTIX_POLL_ADD, c, NTIX_POLL_IN, 2));
  pf[0] = (ntix_pollfd_t){fds[0], NTIX_POLL_IN, 0};
  pf[1] = (ntix_pollfd_t){c, NTIX_POLL_IN, 0};
  NT_EXPECT("ntix_poll: a pipe and a socket in a poller, empty, 20 ms",
            ntix_poll(pf, 2, 20 * MS), 0);
  NT_OK(ntix_write(fds[1], "x", 1));
  NT_OK(ntix_send(a, "y", 1, 0));
  ntix_sleep_ns(20 * MS);
  NT_EXPECT("ntix_poll: a pipe and a socket in a poller, with data",
            ntix_poll(pf, 2, 5000 * MS), 2);
  NT_EXPECT("poll_wait: the poller still reports both afterwards",
            ntix_poll_wait(p, ev, 4, 5000 * MS) >= 1, 1);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(c);
  ntix_close(a);
  ntix_poll_close(p);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("pollfds");
  TCase *tc = tcase_create("pollfds");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, arguments);
  tcase_add_test(tc, skipped_closed_files);
  tcase_add_test(tc, pipe_timeouts);
  tcase_add_test(tc, sockets);
  tcase_add_test(tc, data_during_wait);
  tcase_add_test(tc, held_by_poller);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "pollfds");
}

/* check_timer.c: timers of the poller on both OSes: one-shot and repeating
 * timers fire with their data, never early and in deadline order; stop and
 * restart; ids are freed and never reused; what ntix_timer_start refuses.
 */
#include <stdlib.h>

#include "check-util.h"

#define MS 1000000LL

/* Waits on pfd until want timer events arrived or limit_ns passed; returns
 * how many arrived (at most want) into ev. */
static int
collect(int pfd, ntix_poll_event_t *ev, int want, int64_t limit_ns) {
  int64_t end = ntix_clock_mono() + limit_ns;
  int got = 0;

  while (got < want) {
    int64_t left = end - ntix_clock_mono();
    int n;
    if (left < 0)
      break;
    n = ntix_poll_wait(pfd, ev + got, want - got, left);
    ck_assert_msg(n >= 0, "ntix_poll_wait: %s", ntix_t_name(n));
    got += n;
  }
  return got;
}

static int
new_poller(void) {
  return (int)NT_OK(ntix_poll_create(0));
}

START_TEST(one_shot) {
  ntix_poll_event_t ev[4];
  int pfd = new_poller();
  int64_t t0 = ntix_clock_mono(), id, elapsed;

  id = NT_EXPECT_OK("timer: start one-shot",
                    ntix_timer_start(pfd, 20 * MS, 0, 42));
  ck_assert(id > 0);
  NT_EXPECT("timer: one-shot fires once", collect(pfd, ev, 1, 2000 * MS), 1);
  elapsed = ntix_clock_mono() - t0;
  ck_assert_msg(elapsed >= 20 * MS, "fired after %d us, early",
                (int)(elapsed / 1000));
  ck_assert_uint_eq(ev[0].events, NTIX_POLL_TIMER);
  ck_assert(ev[0].data == 42);
  NT_EXPECT("timer: one-shot does not fire again",
            ntix_poll_wait(pfd, ev, 4, 60 * MS), 0);
  NT_EXPECT("timer: stop a one-shot that fired", ntix_timer_stop(pfd, id),
            NTIX_ENOENT);
  NT_EXPECT("timer: restart a one-shot that fired",
            ntix_timer_restart(pfd, id, 10 * MS, 0), NTIX_ENOENT);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

START_TEST(repeating) {
  ntix_poll_event_t ev[8];
  int pfd = new_poller();
  int64_t t0 = ntix_clock_mono(), id;
  int i;

  id = NT_EXPECT_OK("timer: start repeating",
                    ntix_timer_start(pfd, 10 * MS, 10 * MS, 7));
  NT_EXPECT("timer: repeating fires 3 times", collect(pfd, ev, 3, 3000 * MS),
            3);
  /* Three periods of 10 ms cannot have passed in less than 30 ms. */
  ck_assert(ntix_clock_mono() - t0 >= 30 * MS);
  for (i = 0; i < 3; i++) {
    ck_assert_uint_eq(ev[i].events, NTIX_POLL_TIMER);
    ck_assert(ev[i].data == 7);
  }
  NT_EXPECT("timer: stop a repeating timer", ntix_timer_stop(pfd, id), 0);
  /* One period may have been due before the stop; none after it. */
  (void)ntix_poll_wait(pfd, ev, 8, 0);
  NT_EXPECT("timer: stopped repeating timer is silent",
            ntix_poll_wait(pfd, ev, 8, 50 * MS), 0);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

START_TEST(stop_before_firing) {
  ntix_poll_event_t ev[4];
  int pfd = new_poller();
  int64_t id;

  id = NT_OK(ntix_timer_start(pfd, 30 * MS, 0, 1));
  NT_EXPECT("timer: stop before firing", ntix_timer_stop(pfd, id), 0);
  NT_EXPECT("timer: stopped timer never fires",
            ntix_poll_wait(pfd, ev, 4, 80 * MS), 0);
  NT_EXPECT("timer: stop twice", ntix_timer_stop(pfd, id), NTIX_ENOENT);
  NT_EXPECT("timer: restart a stopped timer",
            ntix_timer_restart(pfd, id, 10 * MS, 0), NTIX_ENOENT);
  NT_EXPECT("timer: ids are not reused",
            ntix_timer_start(pfd, 1000 * MS, 0, 2) != id, 1);
  NT_EXPECT("timer: stop an id never given", ntix_timer_stop(pfd, 0),
            NTIX_ENOENT);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

START_TEST(restart_moves) {
  ntix_poll_event_t ev[4];
  int pfd = new_poller();
  int64_t t0, early, late;

  /* Earlier: a 10 s timer brought forward to 10 ms. */
  early = NT_OK(ntix_timer_start(pfd, 10000 * MS, 0, 1));
  NT_EXPECT("timer: restart earlier",
            ntix_timer_restart(pfd, early, 10 * MS, 0), 0);
  NT_EXPECT("timer: restarted earlier fires", collect(pfd, ev, 1, 2000 * MS),
            1);
  ck_assert(ev[0].data == 1);
  /* Later: a 10 ms timer pushed back to 150 ms from the restart. */
  late = NT_OK(ntix_timer_start(pfd, 10 * MS, 0, 2));
  t0 = ntix_clock_mono();
  NT_EXPECT("timer: restart later", ntix_timer_restart(pfd, late, 150 * MS, 0),
            0);
  NT_EXPECT("timer: restarted later is not due at the old deadline",
            ntix_poll_wait(pfd, ev, 4, 60 * MS), 0);
  NT_EXPECT("timer: restarted later fires", collect(pfd, ev, 1, 3000 * MS), 1);
  ck_assert(ev[0].data == 2);
  ck_assert(ntix_clock_mono() - t0 >= 150 * MS);
  late = NT_OK(ntix_timer_start(pfd, 1000 * MS, 0, 3));
  NT_EXPECT("timer: restart with a negative delay",
            ntix_timer_restart(pfd, late, -1, 0), NTIX_EINVAL);
  NT_EXPECT("timer: restart refused leaves the timer armed",
            ntix_timer_stop(pfd, late), 0);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

/* Deadlines are taken when each timer starts; the clock read around each
 * start bounds them, so the order is checked against those bounds (a slow
 * machine, or ThreadSanitizer, may take milliseconds per start). */
START_TEST(deadline_order) {
  static const int64_t delays[] = {50, 10, 40, 20, 30};
  int64_t lo[5], hi[5];
  ntix_poll_event_t ev[5];
  int pfd = new_poller();
  int i, j, ordered = 1;

  for (i = 0; i < 5; i++) {
    lo[i] = ntix_clock_mono() + delays[i] * MS;
    NT_OK(ntix_timer_start(pfd, delays[i] * MS, 0, (uint64_t)i));
    hi[i] = ntix_clock_mono() + delays[i] * MS;
  }
  NT_EXPECT("timer: five timers fire", collect(pfd, ev, 5, 5000 * MS), 5);
  /* No timer reported before one whose deadline was surely earlier. */
  for (i = 0; i < 5; i++)
    for (j = i + 1; j < 5; j++) ordered &= !(lo[ev[i].data] > hi[ev[j].data]);
  NT_EXPECT("timer: several timers fire in deadline order", ordered, 1);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

START_TEST(many) {
  enum { N = 100000 };
  ntix_poll_event_t ev[4];
  int64_t *ids = malloc(N * sizeof(*ids));
  int pfd = new_poller();
  int i, bad = 0;

  ck_assert(ids != NULL);
  /* Far deadlines, so that none fires while the test runs. */
  for (i = 0; i < N; i++) {
    ids[i] = ntix_timer_start(pfd, 3600000 * MS + i, 0, (uint64_t)i);
    bad += ids[i] <= 0 || (i > 0 && ids[i] == ids[i - 1]);
  }
  NT_EXPECT("timer: 100000 timers started", bad, 0);
  for (i = 0; i < N; i += 2) bad += ntix_timer_stop(pfd, ids[i]) != 0;
  for (i = 1; i < N; i += 2) bad += ntix_timer_stop(pfd, ids[i]) != 0;
  NT_EXPECT("timer: 100000 timers stopped", bad, 0);
  NT_EXPECT("timer: stop after stopping all", ntix_timer_stop(pfd, ids[N / 2]),
            NTIX_ENOENT);
  NT_EXPECT("timer: no event after stopping all", ntix_poll_wait(pfd, ev, 4, 0),
            0);
  free(ids);
  NT_OK(ntix_poll_close(pfd));
}
END_TEST

START_TEST(refusals) {
  int pfd = new_poller(), fds[2];

  NT_EXPECT("timer: negative delay", ntix_timer_start(pfd, -1, 0, 0),
            NTIX_EINVAL);
  NT_EXPECT("timer: negative repeat", ntix_timer_start(pfd, MS, -1, 0),
            NTIX_EINVAL);
  NT_OK(ntix_pipe(fds, 0));
  NT_EXPECT("timer: start on a pipe", ntix_timer_start(fds[0], MS, 0, 0),
            NTIX_EINVAL);
  NT_EXPECT("timer: stop on a pipe", ntix_timer_stop(fds[0], 1), NTIX_EINVAL);
  NT_EXPECT("timer: restart on a pipe", ntix_timer_restart(fds[0], 1, MS, 0),
            NTIX_EINVAL);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  NT_OK(ntix_poll_close(pfd));
  NT_EXPECT("timer: start on a closed poller", ntix_timer_start(pfd, MS, 0, 0),
            NTIX_EBADF);
  NT_EXPECT("timer: start on descriptor -1", ntix_timer_start(-1, MS, 0, 0),
            NTIX_EBADF);
  NT_EXPECT("timer: stop on a closed poller", ntix_timer_stop(pfd, 1),
            NTIX_EBADF);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("timer");
  TCase *tc = ntix_t_tcase("timer");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, one_shot);
  tcase_add_test(tc, repeating);
  tcase_add_test(tc, stop_before_firing);
  tcase_add_test(tc, restart_moves);
  tcase_add_test(tc, deadline_order);
  tcase_add_test(tc, many);
  tcase_add_test(tc, refusals);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "timer");
}

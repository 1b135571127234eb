/* check_time.c: conformance of clocks, sleeping and process facts on both
 * OSes: a monotonic clock that never goes back, a plausible real clock,
 * sleeps that last at least what was asked, pid and processor count.
 */
#include "check-util.h"

#define MS 1000000LL

START_TEST(mono_never_backwards) {
  int64_t prev = ntix_clock_mono(), now;
  int i, backwards = 0;

  for (i = 0; i < 10000; i++) {
    now = ntix_clock_mono();
    backwards += now < prev;
    prev = now;
  }
  NT_EXPECT("clock_mono: never backwards over 10000 reads", backwards, 0);
  NT_EXPECT_OK("clock_mono: not negative", ntix_clock_mono());
}
END_TEST

START_TEST(real_plausible) {
  /* 2020-01-01 and 2100-01-01, 00:00 UTC, in seconds since 1970. */
  int64_t lo = 1577836800LL * 1000000000LL, hi = 4102444800LL * 1000000000LL;
  int64_t now = ntix_clock_real();

  NT_EXPECT("clock_real: between 2020 and 2100", now > lo && now < hi, 1);
}
END_TEST

START_TEST(clocks_agree) {
  int64_t m0 = ntix_clock_mono(), r0 = ntix_clock_real(), m1, r1;

  NT_OK(ntix_sleep_ns(50 * MS));
  m1 = ntix_clock_mono();
  r1 = ntix_clock_real();
  /* Both advance by the sleep, within a generous second of each other. */
  NT_EXPECT(
      "clock_real: advances with the monotonic clock",
      (r1 - r0) - (m1 - m0) < 1000 * MS && (m1 - m0) - (r1 - r0) < 1000 * MS,
      1);
  NT_EXPECT("clock_mono: nanosecond unit (50 ms sleep is 50e6..5e9)",
            m1 - m0 >= 50 * MS && m1 - m0 < 5000 * MS, 1);
}
END_TEST

START_TEST(sleep_lasts) {
  int64_t t0, t1;
  int i, short_sleeps = 0;

  t0 = ntix_clock_mono();
  NT_EXPECT("sleep_ns: 20 ms", ntix_sleep_ns(20 * MS), 0);
  t1 = ntix_clock_mono();
  NT_EXPECT("sleep_ns: 20 ms lasts at least 20 ms", t1 - t0 >= 20 * MS, 1);
  /* Odd lengths catch rounding down to the OS's unit (100 ns, 1 ms). */
  for (i = 0; i < 10; i++) {
    int64_t want = 1 * MS + 123457 * i + 1;
    t0 = ntix_clock_mono();
    NT_OK(ntix_sleep_ns(want));
    t1 = ntix_clock_mono();
    short_sleeps += t1 - t0 < want;
  }
  NT_EXPECT("sleep_ns: odd lengths never short", short_sleeps, 0);
  NT_EXPECT("sleep_ns: zero", ntix_sleep_ns(0), 0);
  NT_EXPECT("sleep_ns: one nanosecond", ntix_sleep_ns(1), 0);
  NT_EXPECT("sleep_ns: negative", ntix_sleep_ns(-1), NTIX_EINVAL);
  NT_EXPECT("sleep_ns: most negative", ntix_sleep_ns(INT64_MIN), NTIX_EINVAL);
}
END_TEST

START_TEST(process_facts) {
  int pid = (int)NT_EXPECT_OK("getpid: positive", ntix_getpid());

  NT_EXPECT("getpid: positive and not zero", pid > 0, 1);
  NT_EXPECT("getpid: stable", ntix_getpid() == pid, 1);
  NT_EXPECT("cpu_count: at least one", ntix_cpu_count() >= 1, 1);
  NT_EXPECT("cpu_count: stable", ntix_cpu_count() == ntix_cpu_count(), 1);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("time");
  TCase *tc = ntix_t_tcase("time");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, mono_never_backwards);
  tcase_add_test(tc, real_plausible);
  tcase_add_test(tc, clocks_agree);
  tcase_add_test(tc, sleep_lasts);
  tcase_add_test(tc, process_facts);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "time");
}

/* check_poll.c: placeholder until the poll suite lands. */
#include "check-util.h"

START_TEST(placeholder) { ck_assert_str_eq(ntix_err_name(NTIX_ENOENT), "ENOENT"); }
END_TEST

int
main(void) {
  Suite *s = suite_create("poll");
  TCase *tc = tcase_create("placeholder");
  tcase_add_test(tc, placeholder);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "poll");
}

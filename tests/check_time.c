/* check_time.c: placeholder until the time suite lands. */
#include "check-util.h"

START_TEST(placeholder) { ck_assert_int_eq(ntix_err_name(NTIX_ENOENT)[0], 'E'); }
END_TEST

int
main(void) {
  Suite *s = suite_create("time");
  TCase *tc = tcase_create("placeholder");
  tcase_add_test(tc, placeholder);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "time");
}

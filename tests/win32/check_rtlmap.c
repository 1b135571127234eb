/* check_rtlmap.c: the NTSTATUS table against the system.  For every row,
 * the Win32 column and ntix_ntstatus_to_win32() must equal what ntdll's
 * RtlNtStatusToDosError returns; a few unlisted statuses check the
 * fallbacks (facility-Win32 unwrapping, unknown codes).  Windows only.
 *
 * The table holds what Windows returns.  Where Wine is known to return
 * something else, the status is listed in wine_differs[] below with Wine's
 * value, and only that value is tolerated, and only under Wine.  Known
 * differences (status: Windows / Wine):
 *   none known.  Wine 8's table was regenerated from Windows's, and where
 *   Wine's own conformance test (which also runs on Windows) accepts an
 *   older alternative value, Wine returns the current Windows value.
 * A difference found on Windows goes both into this comment and the
 * array.
 */
#include <stdio.h>

#include <windows.h>
#include <winternl.h>

#include "../check-util.h"

static const struct {
  uint32_t status;
  uint32_t wine; /* what Wine returns instead of Windows's value */
} wine_differs[] = {
    {0, 0}, /* terminator; STATUS_SUCCESS gives 0 on both */
};

/* Statuses that are in no row: the fallbacks must agree with the system.
 * Facility 7 carries a Win32 code, which the system unwraps; an unused
 * code gives ERROR_MR_MID_NOT_FOUND. */
static const uint32_t unlisted[] = {
    0xC0070005u, /* NTSTATUS_FROM_WIN32(ERROR_ACCESS_DENIED) */
    0xC0070002u, /* NTSTATUS_FROM_WIN32(ERROR_FILE_NOT_FOUND) */
    0x80070057u, /* warning severity, ERROR_INVALID_PARAMETER */
    0xC0FFFFF0u, /* unused facility */
    0xC000FFFFu, /* unused code in the NT facility */
    0x0000F00Du, /* unused success value */
};

/* Wine's value for status if it is a known difference, else 0 (no row
 * uses 0 for a nonzero status). */
static uint32_t
wine_value(uint32_t status) {
  size_t i;

  for (i = 0; wine_differs[i].status != 0; i++)
    if (wine_differs[i].status == status)
      return wine_differs[i].wine;
  return 0;
}

/* Compares ours with the system's for one status; prints a mismatch and
 * says whether it counts as a failure. */
static int
mismatch(const char *name, uint32_t status, uint32_t ours) {
  uint32_t sys = (uint32_t)RtlNtStatusToDosError((NTSTATUS)status);
  int tolerated;

  if (ours == sys)
    return 0;
  tolerated =
      ntix_os_wine_version() != NULL && wine_value(status) == sys && sys != 0;
  fprintf(stderr, "rtlmap: %s (0x%08lX): ours %lu, system %lu%s\n", name,
          (unsigned long)status, (unsigned long)ours, (unsigned long)sys,
          tolerated ? " (known Wine difference)" : "");
  return !tolerated;
}

START_TEST(every_row_matches_the_system) {
  const ntix_code_info_t *row;
  size_t i, bad = 0;

  for (i = 0; (row = ntix_code_at(NTIX_SPACE_NTSTATUS, i)) != NULL; i++) {
    ck_assert_uint_eq(ntix_ntstatus_to_win32(row->value), row->win32);
    bad += mismatch(row->name, row->value, row->win32);
  }
  ck_assert_uint_ge(i, 300);
  ck_assert_msg(bad == 0, "%lu of %lu rows differ from the system",
                (unsigned long)bad, (unsigned long)i);
}
END_TEST

START_TEST(unlisted_statuses_match_the_system) {
  uint32_t status = unlisted[_i];

  ck_assert_ptr_null(ntix_code_lookup(NTIX_SPACE_NTSTATUS, status));
  ck_assert_msg(!mismatch("unlisted", status, ntix_ntstatus_to_win32(status)),
                "0x%08lX differs from the system", (unsigned long)status);
}
END_TEST

START_TEST(wrapped_win32_maps_as_the_code) {
  /* A facility-7 status fails as the Win32 code it carries. */
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0070005u), ntix_err_from_win32(5));
  ck_assert_int_eq(ntix_err_from_ntstatus(0xC0070002u), NTIX_ENOENT);
}
END_TEST

START_TEST(tolerated_list_is_consistent) {
  size_t i;

  /* Every listed difference names a row whose Windows value it is not. */
  for (i = 0; wine_differs[i].status != 0; i++) {
    const ntix_code_info_t *row =
        ntix_code_lookup(NTIX_SPACE_NTSTATUS, wine_differs[i].status);
    ck_assert_ptr_nonnull(row);
    ck_assert_uint_ne(row->win32, wine_differs[i].wine);
  }
}
END_TEST

int
main(void) {
  Suite *s = suite_create("rtlmap");
  TCase *tc = tcase_create("rtlmap");

  tcase_add_test(tc, every_row_matches_the_system);
  tcase_add_loop_test(tc, unlisted_statuses_match_the_system, 0,
                      (int)(sizeof(unlisted) / sizeof(unlisted[0])));
  tcase_add_test(tc, wrapped_win32_maps_as_the_code);
  tcase_add_test(tc, tolerated_list_is_consistent);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "rtlmap");
}

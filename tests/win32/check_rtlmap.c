/* check_rtlmap.c: the NTSTATUS table against the system.  For every row,
 * the Win32 column and ntix_ntstatus_to_win32() must equal what ntdll's
 * RtlNtStatusToDosError returns; a few unlisted statuses check the
 * fallbacks (facility-Win32 unwrapping, unknown codes).  Windows only.
 *
 * The table holds what Windows returns.  A Wine version that is known to
 * return something else for a row lists that row in lag[] below, the one
 * place for such differences: the version exactly as wine_get_version()
 * reports it, the status and the value that version returns.  Under that
 * version the row must give exactly that value; everywhere else (Windows,
 * other Wine versions) exactly the table's.  Wine 10.0 has no entry.
 */
#include <stdio.h>
#include <string.h>

#include <windows.h>
#include <winternl.h>

#include "../check-util.h"

static const struct {
  const char *wine; /* wine_get_version() of the runtime that lags */
  uint32_t status;
  uint32_t value; /* what that runtime's RtlNtStatusToDosError returns */
} lag[] = {
    /* Wine 8.0 has no Win32 code for these (ERROR_MR_MID_NOT_FOUND);
     * Windows 10 and Wine 10.0 map them (err-ntstatus.h).  STATUS_ names. */
    {"8.0", 0x00000202u, 317}, /* RESOURCEMANAGER_READ_ONLY */
    {"8.0", 0x00000367u, 317}, /* WAIT_FOR_OPLOCK */
    {"8.0", 0x80000803u, 317}, /* DATA_LOST_REPAIR */
    {"8.0", 0xC00004B3u, 317}, /* CASE_DIFFERING_NAMES_IN_DIR */
    {"8.0", 0xC0000500u, 317}, /* INVALID_TASK_NAME */
    {"8.0", 0xC0000501u, 317}, /* INVALID_TASK_INDEX */
    {"8.0", 0xC0000502u, 317}, /* THREAD_ALREADY_IN_TASK */
    {"8.0", 0xC0000503u, 317}, /* CALLBACK_BYPASS */
    {"8.0", 0xC0009898u, 317}, /* WOW_ASSERTION */
    {"8.0", 0xC000A010u, 317}, /* IPSEC_QUEUE_OVERFLOW */
    {"8.0", 0xC000A011u, 317}, /* ND_QUEUE_OVERFLOW */
    {"8.0", 0xC000A012u, 317}, /* HOPLIMIT_EXCEEDED */
    {"8.0", 0xC000A013u, 317}, /* PROTOCOL_NOT_SUPPORTED */
    {"8.0", 0xC000A080u, 317}, /* LOST_WRITEBEHIND_DATA_NETWORK_DISCONNECTED */
    {"8.0", 0xC000A081u, 317}, /* LOST_WRITEBEHIND_DATA_NETWORK_SERVER_ERROR */
    {"8.0", 0xC000A082u, 317}, /* LOST_WRITEBEHIND_DATA_LOCAL_DISK_ERROR */
    {"8.0", 0xC000A083u, 317}, /* XML_PARSE_ERROR */
    {"8.0", 0xC000A084u, 317}, /* XMLDSIG_ERROR */
    {"8.0", 0xC000A085u, 317}, /* WRONG_COMPARTMENT */
    {"8.0", 0xC000A086u, 317}, /* AUTHIP_FAILURE */
    {"8.0", 0xC000A087u, 317}, /* DS_OID_MAPPED_GROUP_CANT_HAVE_MEMBERS */
    {"8.0", 0xC000A088u, 317}, /* DS_OID_NOT_FOUND */
    {"8.0", 0xC000A100u, 317}, /* HASH_NOT_SUPPORTED */
    {"8.0", 0xC000A101u, 317}, /* HASH_NOT_PRESENT */
    {NULL, 0, 0},
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

/* What the running system must return for status, whose Windows value is
 * windows: the value of this runtime's lag[] entry, if any. */
static uint32_t
expected(uint32_t status, uint32_t windows, int *lagging) {
  const char *wine = ntix_os_wine_version();
  size_t i;

  *lagging = 0;
  for (i = 0; wine != NULL && lag[i].wine != NULL; i++)
    if (lag[i].status == status && strcmp(lag[i].wine, wine) == 0) {
      *lagging = 1;
      return lag[i].value;
    }
  return windows;
}

/* Compares the system's answer for one status with the expected one;
 * prints a mismatch and returns 1 for it. */
static int
mismatch(const char *name, uint32_t status, uint32_t ours) {
  uint32_t sys = (uint32_t)RtlNtStatusToDosError((NTSTATUS)status);
  int lagging;
  uint32_t want = expected(status, ours, &lagging);

  if (sys == want)
    return 0;
  fprintf(stderr, "rtlmap: %s (0x%08lX): system %lu, want %lu (%s)\n", name,
          (unsigned long)status, (unsigned long)sys, (unsigned long)want,
          lagging ? "this Wine's listed value" : "Windows's value");
  return 1;
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

START_TEST(lag_list_is_consistent) {
  size_t i, j;

  /* Every entry names a row, with a value that is not its Windows value,
   * once per runtime. */
  for (i = 0; lag[i].wine != NULL; i++) {
    const ntix_code_info_t *row =
        ntix_code_lookup(NTIX_SPACE_NTSTATUS, lag[i].status);
    ck_assert_msg(row != NULL, "0x%08lX is no row",
                  (unsigned long)lag[i].status);
    ck_assert_uint_ne(row->win32, lag[i].value);
    for (j = 0; j < i; j++)
      ck_assert(lag[j].status != lag[i].status ||
                strcmp(lag[j].wine, lag[i].wine) != 0);
  }
}
END_TEST

int
main(void) {
  Suite *s = suite_create("rtlmap");
  TCase *tc = ntix_t_tcase("rtlmap");

  tcase_add_test(tc, every_row_matches_the_system);
  tcase_add_loop_test(tc, unlisted_statuses_match_the_system, 0,
                      (int)(sizeof(unlisted) / sizeof(unlisted[0])));
  tcase_add_test(tc, wrapped_win32_maps_as_the_code);
  tcase_add_test(tc, lag_list_is_consistent);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "rtlmap");
}

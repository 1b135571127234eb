/* err-tables.c: the errno, NTSTATUS and Win32/WSA tables, built on every OS
 * from one X-macro data source (ntix.h's NTIX_ERRNO_LIST, err-ntstatus.h,
 * err-win32.h), and the lookups over them.
 */
#include <string.h>

#include "ntix-int.h"
#include "err-ntstatus.h"
#include "err-win32.h"

/* Win32 names as constants, so a status row naming a Win32 code that is
 * not in the Win32 table fails to compile. */
enum {
#define NTIX__W_ENUM(name, value, neutral, note) NTIX__W_##name = value,
  NTIX_WIN32_LIST(NTIX__W_ENUM)
#undef NTIX__W_ENUM
      NTIX__W_END_
};

static const ntix_code_info_t errno_rows[] = {
#define NTIX__ROW(name, num, msg) \
  {NTIX_SPACE_ERRNO, num, #name, msg, -(num), 0, NULL},
    NTIX_ERRNO_LIST(NTIX__ROW)
#undef NTIX__ROW
};

static const ntix_code_info_t ntstatus_rows[] = {
#define NTIX__ROW(name, value, neutral, w32, note) \
  {NTIX_SPACE_NTSTATUS, value, #name, NULL, neutral, NTIX__W_##w32, note},
    NTIX_NTSTATUS_LIST(NTIX__ROW)
#undef NTIX__ROW
};

static const ntix_code_info_t win32_rows[] = {
#define NTIX__ROW(name, value, neutral, note) \
  {NTIX_SPACE_WIN32, value, #name, NULL, neutral, 0, note},
    NTIX_WIN32_LIST(NTIX__ROW)
#undef NTIX__ROW
};

static const ntix_code_info_t *
table(ntix_space_t space, size_t *count) {
  switch (space) {
    case NTIX_SPACE_ERRNO:
      *count = NTIX__ARRAY_SIZE(errno_rows);
      return errno_rows;
    case NTIX_SPACE_NTSTATUS:
      *count = NTIX__ARRAY_SIZE(ntstatus_rows);
      return ntstatus_rows;
    case NTIX_SPACE_WIN32:
      *count = NTIX__ARRAY_SIZE(win32_rows);
      return win32_rows;
  }
  *count = 0;
  return NULL;
}

const ntix_code_info_t *
ntix_code_at(ntix_space_t space, size_t index) {
  size_t n;
  const ntix_code_info_t *t = table(space, &n);

  return index < n ? &t[index] : NULL;
}

const ntix_code_info_t *
ntix_code_lookup(ntix_space_t space, uint32_t value) {
  size_t lo = 0, hi;
  const ntix_code_info_t *t = table(space, &hi);

  /* Rows are sorted by value; check_errors proves it. */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t[mid].value == value)
      return &t[mid];
    if (t[mid].value < value)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

const ntix_code_info_t *
ntix_code_by_name(ntix_space_t space, const char *name) {
  static const ntix_space_t all[] = {NTIX_SPACE_ERRNO, NTIX_SPACE_NTSTATUS,
                                     NTIX_SPACE_WIN32};
  size_t s, i, n;

  if (name == NULL)
    return NULL;
  for (s = 0; s < NTIX__ARRAY_SIZE(all); s++) {
    const ntix_code_info_t *t;
    if (space != 0 && space != all[s])
      continue;
    t = table(all[s], &n);
    for (i = 0; i < n; i++)
      if (strcmp(t[i].name, name) == 0)
        return &t[i];
  }
  return NULL;
}

int
ntix_err_from_errno(uint32_t value) {
  const ntix_code_info_t *row = ntix_code_lookup(NTIX_SPACE_ERRNO, value);

  return row != NULL ? row->neutral : NTIX_EUNKNOWN;
}

int
ntix_err_from_ntstatus(uint32_t status) {
  const ntix_code_info_t *row = ntix_code_lookup(NTIX_SPACE_NTSTATUS, status);

  if (row != NULL)
    return row->neutral;
  /* An NTSTATUS carrying a Win32 code (facility 7) maps as that code. */
  if ((status & 0xBFFF0000u) == 0x80070000u)
    return ntix_err_from_win32(status & 0xFFFFu);
  /* Unlisted success and informational values are not failures. */
  return (int32_t)status < 0 ? NTIX_EUNKNOWN : 0;
}

int
ntix_err_from_win32(uint32_t code) {
  const ntix_code_info_t *row = ntix_code_lookup(NTIX_SPACE_WIN32, code);

  if (row != NULL)
    return row->neutral;
  return code == 0 ? 0 : NTIX_EUNKNOWN;
}

uint32_t
ntix_ntstatus_to_win32(uint32_t status) {
  const ntix_code_info_t *row = ntix_code_lookup(NTIX_SPACE_NTSTATUS, status);

  if (row != NULL)
    return row->win32;
  /* RtlNtStatusToDosError unwraps a Win32 code carried in facility 7. */
  if ((status & 0xBFFF0000u) == 0x80070000u)
    return status & 0xFFFFu;
  return NTIX__W_ERROR_MR_MID_NOT_FOUND;
}

int
ntix_err_from_native(ntix_native_kind_t kind, uint32_t value) {
  switch (kind) {
    case NTIX_NATIVE_NONE:
      return 0;
    case NTIX_NATIVE_ERRNO:
      return ntix_err_from_errno(value);
    case NTIX_NATIVE_NTSTATUS:
      return ntix_err_from_ntstatus(value);
    case NTIX_NATIVE_WIN32:
    case NTIX_NATIVE_WSA:
      return ntix_err_from_win32(value);
  }
  return NTIX_EINVAL;
}

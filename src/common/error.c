/* error.c: error names and messages, and the per-thread record of the last
 * failing call (ntix_native_last) that every backend writes through
 * ntix__fail*().
 */
#include <stdio.h>
#include <string.h>

#include "ntix-int.h"

static _Thread_local ntix_native_t last_native;

int
ntix__fail(ntix_native_kind_t kind,
           uint32_t value,
           int neutral,
           const char *call) {
  last_native.kind = kind;
  last_native.value = value;
  last_native.neutral = neutral;
  last_native.call = call;
  return neutral;
}

int
ntix__fail_errno(long kret, const char *call) {
  return ntix__fail(NTIX_NATIVE_ERRNO, (uint32_t)-kret, (int)kret, call);
}

/* A mapped native failure.  A caller only reports failures, so a value
 * the tables call harmless is still a failure of that call. */
static int
fail_mapped(ntix_native_kind_t kind, uint32_t value, const char *call) {
  int neutral = ntix_err_from_native(kind, value);

  return ntix__fail(kind, value, neutral < 0 ? neutral : NTIX_EUNKNOWN, call);
}

int
ntix__fail_nt(uint32_t status, const char *call) {
  return fail_mapped(NTIX_NATIVE_NTSTATUS, status, call);
}

int
ntix__fail_win32(uint32_t code, const char *call) {
  return fail_mapped(NTIX_NATIVE_WIN32, code, call);
}

int
ntix__fail_wsa(uint32_t code, const char *call) {
  return fail_mapped(NTIX_NATIVE_WSA, code, call);
}

int
ntix__refuse(int neutral, const char *call) {
  return ntix__fail(NTIX_NATIVE_NONE, 0, neutral, call);
}

void
ntix_native_last(ntix_native_t *out) {
  if (out != NULL)
    *out = last_native;
}

void
ntix_native_clear(void) {
  memset(&last_native, 0, sizeof(last_native));
}

const char *
ntix_err_name(int err) {
  const ntix_code_info_t *row;

  if (err == NTIX_EUNKNOWN)
    return "EUNKNOWN";
  if (err >= 0 || err < -4095)
    return NULL;
  row = ntix_code_lookup(NTIX_SPACE_ERRNO, (uint32_t)-err);
  return row != NULL ? row->name : NULL;
}

const char *
ntix_strerror(int err) {
  const ntix_code_info_t *row;

  if (err == 0)
    return "Success";
  if (err == NTIX_EUNKNOWN)
    return "Unknown native error";
  if (err > 0 || err < -4095)
    return "Unknown error";
  row = ntix_code_lookup(NTIX_SPACE_ERRNO, (uint32_t)-err);
  return row != NULL ? row->message : "Unknown error";
}

int
ntix_err_from_name(const char *name) {
  static const struct {
    const char *alias;
    int code;
  } aliases[] = {{"EWOULDBLOCK", NTIX_EWOULDBLOCK},
                 {"EDEADLOCK", NTIX_EDEADLOCK},
                 {"ENOTSUP", NTIX_ENOTSUP},
                 {"EUNKNOWN", NTIX_EUNKNOWN}};
  const ntix_code_info_t *row;
  size_t i;

  if (name == NULL)
    return NTIX_EINVAL;
  for (i = 0; i < NTIX__ARRAY_SIZE(aliases); i++)
    if (strcmp(name, aliases[i].alias) == 0)
      return aliases[i].code;
  row = ntix_code_by_name(NTIX_SPACE_ERRNO, name);
  return row != NULL ? row->neutral : NTIX_EINVAL;
}

int
ntix_native_format(ntix_native_kind_t kind,
                   uint32_t value,
                   char *buf,
                   size_t size) {
  const ntix_code_info_t *row = NULL;
  const char *name;

  switch (kind) {
    case NTIX_NATIVE_NONE:
      return snprintf(buf, size, "-");
    case NTIX_NATIVE_ERRNO:
      row = ntix_code_lookup(NTIX_SPACE_ERRNO, value);
      name = row != NULL ? row->name : "errno";
      return snprintf(buf, size, "%s (%u)", name, (unsigned)value);
    case NTIX_NATIVE_NTSTATUS:
      row = ntix_code_lookup(NTIX_SPACE_NTSTATUS, value);
      name = row != NULL ? row->name : "NTSTATUS";
      return snprintf(buf, size, "%s (0x%08X)", name, (unsigned)value);
    case NTIX_NATIVE_WIN32:
    case NTIX_NATIVE_WSA:
      row = ntix_code_lookup(NTIX_SPACE_WIN32, value);
      name = row != NULL ? row->name : "Win32 error";
      return snprintf(buf, size, "%s (%u)", name, (unsigned)value);
  }
  /* No kind: no text, but never a buffer left as it was (the tracer
   * prints it). */
  if (buf != NULL && size > 0)
    buf[0] = '\0';
  return NTIX_EINVAL;
}

int
ntix__check_path(const char *path, const char *call) {
  const unsigned char *p = (const unsigned char *)path;

  if (path == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  if (path[0] == '\0')
    return ntix__refuse(NTIX_ENOENT, call);
  /* Paths are UTF-8 on every OS.  Linux would take any bytes, Windows
   * cannot, so both refuse invalid UTF-8 alike.  ASCII is the fast path. */
  while (*p != 0 && *p < 0x80) p++;
  if (*p != 0 && !ntix__utf8_valid((const char *)p))
    return ntix__refuse(NTIX_EILSEQ, call);
  return 0;
}

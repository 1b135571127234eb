/* env.c (Windows): the environment of the process (its PEB block, through
 * RtlQueryEnvironmentVariable_U and RtlSetEnvironmentVariable, which
 * compare names case-insensitively), the arguments (the PEB's command line
 * split as the C runtime splits it, src/common/cmdline.c), the program's
 * path (the PEB's ImagePathName) and ntix_exit (NtTerminateProcess).
 */
#include <stdlib.h>
#include <string.h>

#include "cmdline.h"
#include "win32-int.h"

/* UTF-8 name or value to a counted UTF-16 string (freed by the caller). */
static int
to_unicode(const char *s, UNICODE_STRING *us) {
  size_t len = strlen(s);
  int64_t n;

  us->Buffer = malloc((len + 1) * sizeof(WCHAR));
  if (us->Buffer == NULL)
    return NTIX_ENOMEM;
  n = ntix__utf8_to_utf16(s, len, (uint16_t *)us->Buffer, len + 1);
  if (n < 0 || n > 32767) {
    free(us->Buffer);
    return n < 0 ? (int)n : NTIX_EINVAL;
  }
  us->Length = (USHORT)(n * sizeof(WCHAR));
  us->MaximumLength = (USHORT)((n + 1) * sizeof(WCHAR));
  return 0;
}

/* The value of name (UTF-16, malloc'd, in *value): an NTSTATUS. */
static NTSTATUS
query(const UNICODE_STRING *name, UNICODE_STRING *value) {
  USHORT cap = 256;
  NTSTATUS st;

  for (;;) {
    value->Buffer = malloc(cap);
    if (value->Buffer == NULL)
      return STATUS_NO_MEMORY;
    value->Length = 0;
    value->MaximumLength = cap;
    st = RtlQueryEnvironmentVariable_U(NULL, (PUNICODE_STRING)name, value);
    if (st != STATUS_BUFFER_TOO_SMALL || cap == 65534) {
      if (!NT_SUCCESS(st))
        free(value->Buffer);
      return st;
    }
    free(value->Buffer);
    cap = value->Length + 2u > 65534u ? 65534 : (USHORT)(value->Length + 2u);
  }
}

/* UTF-16 to a new UTF-8 string, or NULL. */
static char *
to_utf8(const WCHAR *s, size_t n) {
  char *out = malloc(n * 3 + 1);

  if (out != NULL && ntix__utf16_to_utf8(s, n, out, n * 3 + 1, 0) < 0) {
    free(out);
    out = NULL;
  }
  return out;
}

char *
ntix__env_utf8(const char *name) {
  UNICODE_STRING n, v;
  char *out = NULL;

  if (to_unicode(name, &n) != 0)
    return NULL;
  if (NT_SUCCESS(query(&n, &v))) {
    out = to_utf8(v.Buffer, v.Length / sizeof(WCHAR));
    free(v.Buffer);
  }
  free(n.Buffer);
  return out;
}

int64_t
ntix__b_getenv(const char *name, char *buf, size_t size) {
  UNICODE_STRING n, v;
  NTSTATUS st;
  int64_t r;
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_getenv")) != 0)
    return rc;
  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getenv");
  if ((rc = to_unicode(name, &n)) != 0)
    return ntix__refuse(rc, "ntix_getenv");
  st = query(&n, &v);
  free(n.Buffer);
  if (st == STATUS_NO_MEMORY)
    return ntix__refuse(NTIX_ENOMEM, "ntix_getenv");
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "RtlQueryEnvironmentVariable_U");
  r = size == 0 ? NTIX_ERANGE
                : ntix__utf16_to_utf8(v.Buffer, v.Length / sizeof(WCHAR), buf,
                                      size, 1);
  free(v.Buffer);
  return r < 0 ? ntix__refuse((int)r, "ntix_getenv") : r;
}

static int
set(const char *name, const char *value, const char *call) {
  UNICODE_STRING n, v = {0, 0, NULL};
  NTSTATUS st;
  int rc;

  if ((rc = to_unicode(name, &n)) != 0)
    return ntix__refuse(rc, call);
  if (value != NULL && (rc = to_unicode(value, &v)) != 0) {
    free(n.Buffer);
    return ntix__refuse(rc, call);
  }
  st = RtlSetEnvironmentVariable(NULL, &n, value != NULL ? &v : NULL);
  free(n.Buffer);
  free(v.Buffer);
  /* Removing a variable that is not there is not a failure. */
  if (!NT_SUCCESS(st) && !(value == NULL && st == STATUS_VARIABLE_NOT_FOUND))
    return ntix__fail_nt((uint32_t)st, "RtlSetEnvironmentVariable");
  return 0;
}

int
ntix__b_setenv(const char *name, const char *value) {
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_setenv")) != 0 ||
      (rc = ntix__env_value_check(value, "ntix_setenv")) != 0)
    return rc;
  return set(name, value, "ntix_setenv");
}

int
ntix__b_unsetenv(const char *name) {
  int rc;

  if ((rc = ntix__env_name_check(name, "ntix_unsetenv")) != 0)
    return rc;
  return set(name, NULL, "ntix_unsetenv");
}

/* ---- lists ------------------------------------------------------------- */

/* A NULL-terminated list of n strings of at most bytes in all, in one
 * allocation: the pointers, then the text. */
static char **
list_new(size_t n, size_t bytes, char **text) {
  char **v = malloc((n + 1) * sizeof(*v) + bytes);

  if (v != NULL)
    *text = (char *)(v + n + 1);
  return v;
}

/* Entries of the block, without cmd.exe's "=C:=C:\dir" ones. */
static int
env_walk(const WCHAR *block, char **v, char *text) {
  const WCHAR *p;
  size_t len;
  int n = 0;
  int64_t r;

  for (p = block; p != NULL && *p != 0; p += len + 1) {
    len = wcslen(p);
    if (p[0] == L'=')
      continue;
    if (v != NULL) {
      r = ntix__utf16_to_utf8(p, len, text, len * 3 + 1, 0);
      v[n] = text;
      text += r < 0 ? 0 : r + 1;
    }
    n++;
  }
  return n;
}

int
ntix__b_env_list(char ***out) {
  const WCHAR *block, *p;
  size_t units = 0;
  char **v, *text;
  int n;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_env_list");
  RtlAcquirePebLock();
  block = ntix__peb_params()->Environment;
  for (p = block; p != NULL && *p != 0; p += wcslen(p) + 1)
    units += wcslen(p) + 1;
  n = env_walk(block, NULL, NULL);
  v = list_new((size_t)n, units * 3 + 1, &text);
  if (v != NULL) {
    env_walk(block, v, text);
    v[n] = NULL;
  }
  RtlReleasePebLock();
  if (v == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_env_list");
  *out = v;
  return n;
}

int
ntix__b_args(char ***out) {
  const UNICODE_STRING *cl;
  size_t units, max, cap;
  char *line, **v, *text;
  int64_t n;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_args");
  cl = &ntix__peb_params()->CommandLine;
  units = cl->Length / sizeof(WCHAR);
  if ((line = to_utf8(cl->Buffer, units)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_args");
  max = strlen(line) / 2 + 2;
  cap = strlen(line) + max + 1;
  if ((v = list_new(max, cap, &text)) == NULL) {
    free(line);
    return ntix__refuse(NTIX_ENOMEM, "ntix_args");
  }
  n = ntix__cmdline_parse(line, text, cap, v, max);
  free(line);
  if (n < 0) {
    free(v);
    return ntix__refuse((int)n, "ntix_args");
  }
  v[n] = NULL;
  *out = v;
  return (int)n;
}

/* ---- the program ----------------------------------------------------------
 */

int64_t
ntix__b_exe_path(char *buf, size_t size) {
  const UNICODE_STRING *img = &ntix__peb_params()->ImagePathName;
  const WCHAR *s = img->Buffer;
  size_t n = img->Length / sizeof(WCHAR), i;
  int64_t r;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_exe_path");
  if (n >= 4 &&
      (wcsncmp(s, L"\\\\?\\", 4) == 0 || wcsncmp(s, L"\\??\\", 4) == 0)) {
    s += 4;
    n -= 4;
  }
  r = size == 0 ? NTIX_ERANGE : ntix__utf16_to_utf8(s, n, buf, size, 1);
  if (r < 0)
    return ntix__refuse((int)r, "ntix_exe_path");
  for (i = 0; i < (size_t)r; i++)
    if (buf[i] == '\\')
      buf[i] = '/';
  return r;
}

void
ntix__b_exit(int code) {
  for (;;) NtTerminateProcess(NTIX__CURRENT_PROCESS, code & 255);
}

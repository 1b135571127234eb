/* cwd.c (Windows): the current directory: ntix_chdir opens the directory
 * (NtOpenFile) and hands its DOS form to RtlSetCurrentDirectory_U;
 * ntix_getcwd reads RtlGetCurrentDirectory_U.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

/* The current directory as RtlGetCurrentDirectory_U gives it ("C:\x" or
 * "\\server\share\x"), in a buffer the caller frees; NULL if out of
 * memory.  The loop covers a chdir by another thread between the size
 * query and the copy. */
uint16_t *
ntix__cwd_get(size_t *n) {
  ULONG bytes = 520, got;
  uint16_t *s = NULL, *t;

  for (;;) {
    t = realloc(s, bytes + 2);
    if (t == NULL) {
      free(s);
      return NULL;
    }
    s = t;
    got = RtlGetCurrentDirectory_U(bytes, (PWSTR)s);
    if (got < bytes) {
      *n = got / 2;
      s[*n] = 0;
      return s;
    }
    bytes = got + 2;
  }
}

/* "\??\C:\x" -> "C:\x", "\??\UNC\srv\sh\x" -> "\\srv\sh\x", anything else
 * -> "\\?\..." (the DOS forms RtlSetCurrentDirectory_U takes). */
static int
nt_to_dos(const UNICODE_STRING *nt, UNICODE_STRING *dos) {
  const WCHAR *s = nt->Buffer + 4;
  size_t n = nt->Length / 2 - 4;
  WCHAR *d = malloc((n + 8) * sizeof(WCHAR));
  size_t k = 0;

  if (d == NULL)
    return NTIX_ENOMEM;
  if (n >= 4 && wcsncmp(s, L"UNC\\", 4) == 0) {
    d[k++] = '\\';
    s += 3;
    n -= 3;
  } else if (!(n >= 2 && ntix__is_letter(s[0]) && s[1] == ':')) {
    memcpy(d, L"\\\\?\\", 4 * sizeof(WCHAR));
    k = 4;
  }
  memcpy(d + k, s, n * sizeof(WCHAR));
  k += n;
  d[k] = 0;
  dos->Buffer = d;
  dos->Length = (USHORT)(k * 2);
  dos->MaximumLength = (USHORT)(k * 2 + 2);
  return 0;
}

int
ntix__b_chdir(const char *path) {
  UNICODE_STRING nt, dos;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  HANDLE h;
  NTSTATUS st;
  int rc;

  rc = ntix__path_to_nt(path, &nt, "ntix_chdir");
  if (rc != 0)
    return rc;
  /* Opening it first gives the POSIX errors (ENOTDIR for a file, ENOENT,
   * EACCES) before the current directory changes. */
  InitializeObjectAttributes(&oa, &nt, OBJ_CASE_INSENSITIVE, NULL, NULL);
  st = NtOpenFile(&h, FILE_TRAVERSE | SYNCHRONIZE, &oa, &iosb,
                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  FILE_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT);
  if (!NT_SUCCESS(st)) {
    rc = ntix__fail_open(st, &nt, "NtOpenFile");
    ntix__path_free(&nt);
    return rc;
  }
  NtClose(h);
  rc = nt_to_dos(&nt, &dos);
  ntix__path_free(&nt);
  if (rc != 0)
    return ntix__refuse(rc, "ntix_chdir");
  st = RtlSetCurrentDirectory_U(&dos);
  free(dos.Buffer);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "RtlSetCurrentDirectory_U");
  return 0;
}

/* "C:\x" -> "C:/x"; "\\srv\sh" -> "//srv/sh"; "\\?\C:\x" -> "C:/x". */
static size_t
cwd_portable(uint16_t *s, size_t n) {
  size_t i, skip = 0;

  if (n >= 4 && s[0] == '\\' && s[1] == '\\' && s[2] == '?' && s[3] == '\\')
    skip = (n >= 8 && s[4] == 'U' && s[5] == 'N' && s[6] == 'C' && s[7] == '\\')
               ? 6
               : 4;
  if (skip == 6)
    s[6] = '\\';
  memmove(s, s + skip, (n - skip) * sizeof(*s));
  n -= skip;
  for (i = 0; i < n; i++) {
    if (s[i] == '\\')
      s[i] = '/';
  }
  return n;
}

int64_t
ntix__b_getcwd(char *buf, size_t size) {
  uint16_t *cwd;
  size_t n;
  int64_t got;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_getcwd");
  cwd = ntix__cwd_get(&n);
  if (cwd == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_getcwd");
  n = cwd_portable(cwd, n);
  if (size == 0)
    got = NTIX_ERANGE;
  else
    got = ntix__utf16_to_utf8(cwd, n, buf, size, 1);
  free(cwd);
  if (got < 0)
    return ntix__refuse((int)got, "ntix_getcwd");
  return got;
}

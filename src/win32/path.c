/* path.c (Windows): UTF-8 paths to NT paths.  The conversion itself is
 * src/common/ntpath.c; this file gives it the current directory
 * (RtlGetCurrentDirectory_U, through cwd.c) and answers its question about
 * the file system with NtQueryAttributesFile.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

static uint16_t *
env_cwd(void *ctx, size_t *n) {
  (void)ctx;
  return ntix__cwd_get(n);
}

/* ctx: where a failure of the query itself is kept (the status), so that
 * the caller reports it rather than a missing name. */
static int
env_dir_check(void *ctx, const uint16_t *s, size_t n) {
  FILE_BASIC_INFORMATION fbi;
  OBJECT_ATTRIBUTES oa;
  UNICODE_STRING us;
  NTSTATUS st;

  us.Buffer = (PWSTR)s;
  us.Length = us.MaximumLength = (USHORT)(n * 2);
  InitializeObjectAttributes(&oa, &us, OBJ_CASE_INSENSITIVE, NULL, NULL);
  st = NtQueryAttributesFile(&oa, &fbi);
  if (st == STATUS_OBJECT_NAME_NOT_FOUND ||
      st == STATUS_OBJECT_PATH_NOT_FOUND || st == STATUS_DELETE_PENDING)
    return NTIX_ENOENT;
  if (!NT_SUCCESS(st)) {
    *(NTSTATUS *)ctx = st;
    return ntix_err_from_ntstatus((uint32_t)st) < 0
               ? ntix_err_from_ntstatus((uint32_t)st)
               : NTIX_EUNKNOWN;
  }
  if (!(fbi.FileAttributes & FILE_ATTRIBUTE_DIRECTORY))
    return NTIX_ENOTDIR;
  return 0;
}

int
ntix__path_to_nt(const char *path, UNICODE_STRING *out, const char *call) {
  NTSTATUS failed = STATUS_SUCCESS;
  ntix__ntpath_env_t env = {env_cwd, env_dir_check, &failed};
  uint16_t *s;
  size_t n;
  int rc;

  memset(out, 0, sizeof(*out));
  rc = ntix__check_path(path, call);
  if (rc != 0)
    return rc;
  rc = ntix__ntpath(path, &env, &s, &n);
  if (rc != 0 && failed != STATUS_SUCCESS)
    return ntix__fail_nt((uint32_t)failed, "NtQueryAttributesFile");
  if (rc != 0)
    return ntix__refuse(rc, call);
  out->Buffer = (PWSTR)s;
  out->Length = (USHORT)(n * 2);
  out->MaximumLength = (USHORT)(n * 2 + 2);
  return 0;
}

void
ntix__path_free(UNICODE_STRING *us) {
  free(us->Buffer);
  us->Buffer = NULL;
  us->Length = us->MaximumLength = 0;
}

int
ntix__path_last_dots(const char *path) {
  size_t n = strlen(path), start;

  while (n > 0 && (path[n - 1] == '/' || path[n - 1] == '\\')) n--;
  start = n;
  while (start > 0 && path[start - 1] != '/' && path[start - 1] != '\\')
    start--;
  /* "C:." names the drive's current directory: the name is after "C:". */
  if (start == 0 && n >= 2 && ntix__is_letter((uint16_t)path[0]) &&
      path[1] == ':')
    start = 2;
  if (n - start == 1 && path[start] == '.')
    return 1;
  return (n - start == 2 && path[start] == '.' && path[start + 1] == '.') ? 2
                                                                          : 0;
}

int
ntix__path_is_root(const UNICODE_STRING *nt) {
  const WCHAR *s = nt->Buffer;
  size_t n = nt->Length / 2, i, seps = 0;

  if (n < 2 || s[n - 1] != '\\')
    return 0;
  /* "\??\C:\" */
  if (n == 7 && s[5] == ':')
    return 1;
  /* "\??\UNC\server\share\" */
  if (n > 8 && wcsncmp(s, L"\\??\\UNC\\", 8) == 0) {
    for (i = 8; i < n; i++) seps += s[i] == '\\';
    return seps == 2;
  }
  return 0;
}

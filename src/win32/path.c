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

static int
env_dir_check(void *ctx, const uint16_t *s, size_t n) {
  FILE_BASIC_INFORMATION fbi;
  OBJECT_ATTRIBUTES oa;
  UNICODE_STRING us;

  (void)ctx;
  us.Buffer = (PWSTR)s;
  us.Length = us.MaximumLength = (USHORT)(n * 2);
  InitializeObjectAttributes(&oa, &us, OBJ_CASE_INSENSITIVE, NULL, NULL);
  if (!NT_SUCCESS(NtQueryAttributesFile(&oa, &fbi)))
    return NTIX_ENOENT;
  if (!(fbi.FileAttributes & FILE_ATTRIBUTE_DIRECTORY))
    return NTIX_ENOTDIR;
  return 0;
}

static const ntix__ntpath_env_t path_env = {env_cwd, env_dir_check, NULL};

int
ntix__path_to_nt(const char *path, UNICODE_STRING *out, const char *call) {
  uint16_t *s;
  size_t n;
  int rc;

  memset(out, 0, sizeof(*out));
  rc = ntix__check_path(path, call);
  if (rc != 0)
    return rc;
  rc = ntix__ntpath(path, &path_env, &s, &n);
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

/* dir.c (Windows): directory iteration with NtQueryDirectoryFile
 * (FileIdBothDirectoryInformation) into a buffer the ntix_dir_t owns;
 * names go to UTF-8 (WTF-8 for lone surrogates), "." and ".." and the
 * files unlink's emulation moved aside are skipped (src/common/dir.c walks
 * the buffer).  Also the clean-up of those files for rmdir.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

#define DIR_BUF_SIZE 65536

struct ntix_dir {
  ntix__dir_head_t head; /* first: src/common/dir.c's view */
  HANDLE handle;
  int started; /* the first query restarts the scan */
  int done;    /* NT said STATUS_NO_MORE_FILES */
  _Alignas(8) char buf[DIR_BUF_SIZE];
};

int
ntix__b_dir_open(const char *path, ntix_dir_t **out) {
  UNICODE_STRING nt;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  ntix_dir_t *dir;
  NTSTATUS st;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_dir_open");
  rc = ntix__path_to_nt(path, &nt, "ntix_dir_open");
  if (rc != 0)
    return rc;
  dir = calloc(1, sizeof(*dir));
  if (dir == NULL) {
    ntix__path_free(&nt);
    return ntix__refuse(NTIX_ENOMEM, "ntix_dir_open");
  }
  InitializeObjectAttributes(&oa, &nt, OBJ_CASE_INSENSITIVE, NULL, NULL);
  st = NtOpenFile(&dir->handle, FILE_LIST_DIRECTORY | SYNCHRONIZE, &oa, &iosb,
                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  FILE_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT);
  if (!NT_SUCCESS(st)) {
    rc = ntix__fail_open(st, &nt, "NtOpenFile");
    ntix__path_free(&nt);
    free(dir);
    return rc;
  }
  ntix__path_free(&nt);
  *out = dir;
  return 0;
}

int
ntix__dir_fill(ntix_dir_t *dir) {
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  if (dir->done)
    return 0;
  iosb.Information = 0;
  st = NtQueryDirectoryFile(dir->handle, NULL, NULL, NULL, &iosb, dir->buf,
                            DIR_BUF_SIZE, FileIdBothDirectoryInformation, FALSE,
                            NULL, dir->started ? FALSE : TRUE);
  dir->started = 1;
  if (st == STATUS_NO_MORE_FILES || st == STATUS_NO_SUCH_FILE) {
    dir->done = 1;
    return 0;
  }
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtQueryDirectoryFile");
  dir->head.pos = 0;
  dir->head.end = (size_t)iosb.Information;
  return dir->head.end > 0;
}

/* For an entry with FILE_ATTRIBUTE_REPARSE_POINT, NT puts the reparse tag
 * where the EA size would be. */
static ntix_ftype_t
entry_type(const FILE_ID_BOTH_DIR_INFORMATION *d) {
  if ((d->FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) &&
      (d->EaSize == IO_REPARSE_TAG_SYMLINK ||
       d->EaSize == IO_REPARSE_TAG_MOUNT_POINT))
    return NTIX_FT_LNK;
  if (d->FileAttributes & FILE_ATTRIBUTE_DIRECTORY)
    return NTIX_FT_DIR;
  return NTIX_FT_REG;
}

void
ntix__dir_decode(const ntix_dir_t *dir, size_t pos, ntix__dir_rec_t *r) {
  const FILE_ID_BOTH_DIR_INFORMATION *d =
      (const FILE_ID_BOTH_DIR_INFORMATION *)(dir->buf + pos);

  r->next = d->NextEntryOffset != 0 ? pos + d->NextEntryOffset : dir->head.end;
  r->name = NULL;
  r->name16 = (const uint16_t *)d->FileName;
  r->len16 = d->FileNameLength / sizeof(WCHAR);
  r->type = entry_type(d);
  r->ino = (uint64_t)d->FileId.QuadPart;
  r->hidden = ntix__is_aside_name(d->FileName, r->len16);
}

int
ntix__b_dir_close(ntix_dir_t *dir) {
  NTSTATUS st;

  if (dir == NULL)
    return ntix__refuse(NTIX_EINVAL, "ntix_dir_close");
  st = NtClose(dir->handle);
  free(dir);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtClose");
  return 0;
}

/* ---- leftovers of unlink's emulation ------------------------------------- */

/* Deletes the entry name of the directory dirh if it can be opened for
 * deletion: an aside file whose last handle has closed is gone already; an
 * aside directory (rmdir's emulation) goes once it is empty. */
static void
delete_child(HANDLE dirh, const WCHAR *name, size_t len) {
  FILE_DISPOSITION_INFORMATION di = {TRUE};
  UNICODE_STRING us;
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  HANDLE h;

  us.Buffer = (PWSTR)name;
  us.Length = us.MaximumLength = (USHORT)(len * sizeof(WCHAR));
  InitializeObjectAttributes(&oa, &us, OBJ_CASE_INSENSITIVE, dirh, NULL);
  if (!NT_SUCCESS(
          NtOpenFile(&h, DELETE | SYNCHRONIZE, &oa, &iosb,
                     FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                     FILE_OPEN_REPARSE_POINT | FILE_SYNCHRONOUS_IO_NONALERT)))
    return;
  NtSetInformationFile(h, &iosb, &di, sizeof(di), FileDispositionInformation);
  NtClose(h);
}

/* One buffer of entries: deletes what it can of the aside entries and
 * clears *only_aside if it sees any other entry. */
static void
purge_entries(HANDLE dirh, const char *buf, ULONG end, int *only_aside) {
  const FILE_ID_BOTH_DIR_INFORMATION *d;
  ULONG pos = 0;
  size_t len;

  while (pos < end) {
    d = (const FILE_ID_BOTH_DIR_INFORMATION *)(buf + pos);
    len = d->FileNameLength / sizeof(WCHAR);
    if (ntix__is_aside_name(d->FileName, len))
      delete_child(dirh, d->FileName, len);
    else if (!ntix__dir_dots16((const uint16_t *)d->FileName, len))
      *only_aside = 0;
    if (d->NextEntryOffset == 0)
      break;
    pos += d->NextEntryOffset;
  }
}

NTSTATUS
ntix__dir_purge_aside(const UNICODE_STRING *nt) {
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  HANDLE dirh;
  NTSTATUS st;
  char *buf;
  int only_aside = 1;
  BOOLEAN restart = TRUE;

  buf = malloc(DIR_BUF_SIZE);
  if (buf == NULL)
    return STATUS_NO_MEMORY;
  InitializeObjectAttributes(&oa, (PUNICODE_STRING)nt, OBJ_CASE_INSENSITIVE,
                             NULL, NULL);
  st = NtOpenFile(&dirh, FILE_LIST_DIRECTORY | SYNCHRONIZE, &oa, &iosb,
                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                  FILE_DIRECTORY_FILE | FILE_SYNCHRONOUS_IO_NONALERT);
  if (!NT_SUCCESS(st)) {
    free(buf);
    return st;
  }
  while (NT_SUCCESS(st) && only_aside) {
    st = NtQueryDirectoryFile(dirh, NULL, NULL, NULL, &iosb, buf, DIR_BUF_SIZE,
                              FileIdBothDirectoryInformation, FALSE, NULL,
                              restart);
    restart = FALSE;
    if (NT_SUCCESS(st))
      purge_entries(dirh, buf, (ULONG)iosb.Information, &only_aside);
  }
  NtClose(dirh);
  free(buf);
  if (!only_aside)
    return STATUS_DIRECTORY_NOT_EMPTY;
  return st == STATUS_NO_MORE_FILES ? STATUS_SUCCESS : st;
}

/* name.c (Windows): unlink, rename, mkdir and rmdir with POSIX
 * semantics: NtSetInformationFile with FileDispositionInformationEx and
 * FileRenameInformationEx first, and where NT refuses them (Wine 8.0,
 * Windows before 10 1709) an emulation that moves the name aside and
 * deletes on last close.
 *
 * Map: 1 delete and rename helpers, 2 unlink/rename/mkdir/rmdir.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

/* Name prefix of files moved aside by the unlink emulation. */
#define ASIDE_PREFIX L".ntix-deleted-"

/* ---- 1. delete and rename helpers ---------------------------------------- */

/* The POSIX information classes are tried unless the environment asks for
 * the emulation (so that Windows CI can exercise both). */
static int
posix_classes_wanted(void) {
  static LONG cached = -1;
  LONG v = __atomic_load_n(&cached, __ATOMIC_RELAXED);
  const char *s;

  if (v < 0) {
    s = getenv("NTIX_NT_NO_POSIX_SEMANTICS");
    v = !(s != NULL && s[0] == '1' && s[1] == '\0');
    __atomic_store_n(&cached, v, __ATOMIC_RELAXED);
  }
  return (int)v;
}

/* Statuses by which NT says it does not know a POSIX class (Wine 8.0,
 * Windows before 10 1607/1709, file systems other than NTFS). */
static int
class_refused(NTSTATUS st) {
  return st == STATUS_NOT_IMPLEMENTED || st == STATUS_INVALID_INFO_CLASS ||
         st == STATUS_INVALID_PARAMETER || st == STATUS_NOT_SUPPORTED;
}

static NTSTATUS
set_info(HANDLE h, void *info, ULONG len, FILE_INFORMATION_CLASS cls) {
  IO_STATUS_BLOCK iosb;

  return NtSetInformationFile(h, &iosb, info, len, cls);
}

static NTSTATUS
clear_readonly(HANDLE h) {
  FILE_BASIC_INFORMATION fbi;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st =
      NtQueryInformationFile(h, &iosb, &fbi, sizeof(fbi), FileBasicInformation);
  if (!NT_SUCCESS(st) || !(fbi.FileAttributes & FILE_ATTRIBUTE_READONLY))
    return st;
  memset(&fbi, 0, sizeof(fbi));
  fbi.FileAttributes = FILE_ATTRIBUTE_NORMAL;
  return set_info(h, &fbi, sizeof(fbi), FileBasicInformation);
}

/* Renames h to the NT path dst[0..dstlen) (units); replace asks to
 * replace an existing target; posix asks for FileRenameInformationEx. */
static NTSTATUS
rename_handle(
    HANDLE h, const WCHAR *dst, size_t dstlen, int replace, int posix) {
  size_t size = sizeof(FILE_RENAME_INFORMATION) + dstlen * sizeof(WCHAR);
  FILE_RENAME_INFORMATION *ri = calloc(1, size);
  ntix__file_rename_ex_t *rx = (ntix__file_rename_ex_t *)ri;
  NTSTATUS st;

  if (ri == NULL)
    return STATUS_NO_MEMORY;
  if (posix) {
    rx->Flags = FILE_RENAME_POSIX_SEMANTICS |
                FILE_RENAME_IGNORE_READONLY_ATTRIBUTE |
                (replace ? FILE_RENAME_REPLACE_IF_EXISTS : 0);
  } else {
    ri->ReplaceIfExists = replace ? TRUE : FALSE;
  }
  ri->FileNameLength = (ULONG)(dstlen * sizeof(WCHAR));
  memcpy(ri->FileName, dst, dstlen * sizeof(WCHAR));
  st = set_info(h, ri, (ULONG)size,
                posix ? FileRenameInformationEx : FileRenameInformation);
  free(ri);
  return st;
}

static size_t
put_hex(WCHAR *d, unsigned long long v, WCHAR sep) {
  WCHAR tmp[16];
  size_t n = 0, i;

  do {
    tmp[n++] = L"0123456789abcdef"[v & 15];
    v >>= 4;
  } while (v != 0);
  for (i = 0; i < n; i++) d[i] = tmp[n - 1 - i];
  d[n] = sep;
  return n + 1;
}

/* Moves the file behind h to a unique hidden name in its own directory
 * (nt is its current NT path), so that its name is free at once. */
static NTSTATUS
move_aside(HANDLE h, const UNICODE_STRING *nt) {
  static LONG counter;
  const size_t plen = sizeof(ASIDE_PREFIX) / sizeof(WCHAR) - 1;
  size_t dir = nt->Length / 2, n;
  WCHAR *dst;
  NTSTATUS st = STATUS_OBJECT_NAME_COLLISION;
  int tries;

  while (dir > 0 && nt->Buffer[dir - 1] != '\\') dir--;
  dst = malloc((dir + plen + 64) * sizeof(WCHAR));
  if (dst == NULL)
    return STATUS_NO_MEMORY;
  memcpy(dst, nt->Buffer, dir * sizeof(WCHAR));
  memcpy(dst + dir, ASIDE_PREFIX, plen * sizeof(WCHAR));
  for (tries = 0; tries < 16 && st == STATUS_OBJECT_NAME_COLLISION; tries++) {
    n = dir + plen;
    n += put_hex(dst + n, GetCurrentProcessId(), '-');
    n += put_hex(dst + n, (unsigned long)InterlockedIncrement(&counter), '-');
    n += put_hex(dst + n, (uintptr_t)h, 0) - 1;
    st = rename_handle(h, dst, n, 0, 0);
  }
  free(dst);
  return st;
}

/* Deletes the object behind h (opened with DELETE access from nt): POSIX
 * semantics where NT has them, else the emulation (files: move aside,
 * then delete on last close). */
static NTSTATUS
delete_handle(HANDLE h, const UNICODE_STRING *nt, int is_dir) {
  ntix__file_disposition_ex_t dx;
  FILE_DISPOSITION_INFORMATION di;
  NTSTATUS st = STATUS_NOT_IMPLEMENTED;

  if (posix_classes_wanted()) {
    dx.Flags = FILE_DISPOSITION_DELETE | FILE_DISPOSITION_POSIX_SEMANTICS |
               FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE;
    st = set_info(h, &dx, sizeof(dx), FileDispositionInformationEx);
    if (!class_refused(st))
      return st;
  }
  st = clear_readonly(h);
  if (!NT_SUCCESS(st))
    return st;
  /* A directory must be empty to be deleted, so the check comes before it
   * is moved: set the disposition first, then move it aside. */
  di.DoDeleteFile = TRUE;
  if (is_dir)
    return set_info(h, &di, sizeof(di), FileDispositionInformation);
  st = move_aside(h, nt);
  if (!NT_SUCCESS(st))
    return st;
  return set_info(h, &di, sizeof(di), FileDispositionInformation);
}

/* Opens nt for deletion or renaming, without following a final link. */
static NTSTATUS
open_for_delete(HANDLE *h, const UNICODE_STRING *nt, ULONG options) {
  return ntix__nt_create(
      h, nt,
      DELETE | FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE, 0,
      FILE_OPEN, options | FILE_OPEN_REPARSE_POINT, 0, NULL);
}

/* Without POSIX semantics a directory holding files unlink moved aside
 * (still open somewhere) is not empty for NT, though it is for POSIX: the
 * leftovers that are closed by now are deleted, and if open ones remain
 * the directory itself is moved aside, to be purged from its parent later.
 * (Windows refuses to rename a directory with open files inside; then the
 * caller gets the error.) */
static NTSTATUS
rmdir_emulated(HANDLE h, const UNICODE_STRING *nt) {
  FILE_DISPOSITION_INFORMATION di = {TRUE};
  NTSTATUS st;

  if (!ntix__dir_purge_aside(nt))
    return STATUS_DIRECTORY_NOT_EMPTY;
  st = set_info(h, &di, sizeof(di), FileDispositionInformation);
  if (st != STATUS_DIRECTORY_NOT_EMPTY)
    return st;
  st = move_aside(h, nt);
  return st;
}

/* ---- 2. unlink, rename, mkdir, rmdir ------------------------------------- */

/* 1 if h (opened with FILE_OPEN_REPARSE_POINT) is a symbolic link or a
 * junction. */
static int
is_link(HANDLE h) {
  FILE_ATTRIBUTE_TAG_INFORMATION tag;
  IO_STATUS_BLOCK iosb;

  return NT_SUCCESS(NtQueryInformationFile(h, &iosb, &tag, sizeof(tag),
                                           FileAttributeTagInformation)) &&
         (tag.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) &&
         ntix__is_link_tag(tag.ReparseTag);
}

static int
remove_path(const char *path, int dir, const char *call) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  rc = ntix__path_to_nt(path, &nt, call);
  if (rc != 0)
    return rc;
  if (!dir && ntix__path_trailing_slash(path)) {
    rc = ntix__open_trailing_slash(&nt, 0);
    ntix__path_free(&nt);
    return ntix__refuse(rc, call);
  }
  st = open_for_delete(&h, &nt,
                       dir ? FILE_DIRECTORY_FILE : FILE_NON_DIRECTORY_FILE);
  /* A symbolic link to a directory is a directory to NT and a link to
   * POSIX: unlink removes it, rmdir refuses it (ENOTDIR). */
  if (!dir && st == STATUS_FILE_IS_A_DIRECTORY &&
      NT_SUCCESS(open_for_delete(&h, &nt, FILE_DIRECTORY_FILE))) {
    if (is_link(h))
      st = STATUS_SUCCESS;
    else
      NtClose(h);
  } else if (dir && NT_SUCCESS(st) && is_link(h)) {
    NtClose(h);
    st = STATUS_NOT_A_DIRECTORY;
  }
  if (!NT_SUCCESS(st)) {
    rc = ntix__fail_open(st, &nt, "NtCreateFile");
    ntix__path_free(&nt);
    return rc;
  }
  st = delete_handle(h, &nt, dir);
  if (dir && st == STATUS_DIRECTORY_NOT_EMPTY)
    st = rmdir_emulated(h, &nt);
  NtClose(h);
  ntix__path_free(&nt);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, NULL, "NtSetInformationFile");
  return 0;
}

int
ntix__b_unlink(const char *path) {
  return remove_path(path, 0, "ntix_unlink");
}

int
ntix__b_rmdir(const char *path) {
  return remove_path(path, 1, "ntix_rmdir");
}

int
ntix__b_mkdir(const char *path, int mode) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  (void)mode; /* NT has no permission bits to give. */
  rc = ntix__path_to_nt(path, &nt, "ntix_mkdir");
  if (rc != 0)
    return rc;
  st = ntix__nt_create(&h, &nt, FILE_LIST_DIRECTORY | SYNCHRONIZE,
                       FILE_ATTRIBUTE_NORMAL, FILE_CREATE, FILE_DIRECTORY_FILE,
                       0, NULL);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, &nt, "NtCreateFile");
  ntix__path_free(&nt);
  if (rc == 0)
    NtClose(h);
  return rc;
}

static int
file_id(HANDLE h, int64_t *id, int *is_dir) {
  FILE_INTERNAL_INFORMATION fii;
  FILE_STANDARD_INFORMATION fsi;
  IO_STATUS_BLOCK iosb;

  if (!NT_SUCCESS(NtQueryInformationFile(h, &iosb, &fii, sizeof(fii),
                                         FileInternalInformation)) ||
      !NT_SUCCESS(NtQueryInformationFile(h, &iosb, &fsi, sizeof(fsi),
                                         FileStandardInformation)))
    return -1;
  *id = fii.IndexNumber.QuadPart;
  *is_dir = fsi.Directory;
  return 0;
}

/* POSIX's rules for an existing target: a file cannot replace a directory
 * (EISDIR), a directory cannot replace a file (ENOTDIR) or a non-empty
 * directory (ENOTEMPTY).  An empty target directory is removed first,
 * since NT never lets a rename replace a directory.  A target that is the
 * source itself (same name, or another case of it) is left alone. */
static int
rename_target(HANDLE src, const UNICODE_STRING *to) {
  int64_t sid, tid;
  int sdir, tdir;
  HANDLE h;
  NTSTATUS st;

  if (file_id(src, &sid, &sdir) != 0)
    return 0;
  st = open_for_delete(&h, to, 0);
  if (!NT_SUCCESS(st))
    return 0; /* missing (or not ours to judge): the rename will tell */
  if (file_id(h, &tid, &tdir) != 0 || tid == sid || (!sdir && !tdir)) {
    NtClose(h);
    return 0;
  }
  if (!tdir || !sdir) {
    NtClose(h);
    return ntix__refuse(sdir ? NTIX_ENOTDIR : NTIX_EISDIR, "ntix_rename");
  }
  st = delete_handle(h, to, 1);
  NtClose(h);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, NULL, "NtSetInformationFile");
  return 0;
}

/* Replacing an open target without POSIX semantics is refused
 * (ACCESS_DENIED): the target is moved aside and deleted as unlink's
 * emulation does, then the rename is retried; the target name is missing
 * for that moment. */
static NTSTATUS
rename_fallback(HANDLE h, const UNICODE_STRING *to) {
  HANDLE th;
  NTSTATUS st;

  st = rename_handle(h, to->Buffer, to->Length / 2, 1, 0);
  if (st != STATUS_ACCESS_DENIED && st != STATUS_SHARING_VIOLATION &&
      st != STATUS_CANNOT_DELETE)
    return st;
  if (!NT_SUCCESS(open_for_delete(&th, to, FILE_NON_DIRECTORY_FILE)))
    return st;
  st = delete_handle(th, to, 0);
  NtClose(th);
  if (!NT_SUCCESS(st))
    return st;
  return rename_handle(h, to->Buffer, to->Length / 2, 1, 0);
}

static int
rename_nt(const UNICODE_STRING *from, const UNICODE_STRING *to) {
  HANDLE h;
  NTSTATUS st = STATUS_NOT_IMPLEMENTED;
  int rc;

  st = open_for_delete(&h, from, 0);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, from, "NtCreateFile");
  rc = rename_target(h, to);
  if (rc != 0) {
    NtClose(h);
    return rc;
  }
  st = STATUS_NOT_IMPLEMENTED;
  if (posix_classes_wanted())
    st = rename_handle(h, to->Buffer, to->Length / 2, 1, 1);
  /* Wine 10.0 knows the POSIX class but refuses to replace an open target
   * with it (ACCESS_DENIED), which Windows does; only there is that the
   * emulation's case rather than a final answer. */
  if (class_refused(st) ||
      (st == STATUS_ACCESS_DENIED && ntix_os_wine_version() != NULL))
    st = rename_fallback(h, to);
  NtClose(h);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, to, "NtSetInformationFile");
  return 0;
}

int
ntix__b_rename(const char *from, const char *to) {
  UNICODE_STRING nfrom, nto;
  int rc;

  rc = ntix__path_to_nt(from, &nfrom, "ntix_rename");
  if (rc != 0)
    return rc;
  rc = ntix__path_to_nt(to, &nto, "ntix_rename");
  if (rc != 0) {
    ntix__path_free(&nfrom);
    return rc;
  }
  rc = rename_nt(&nfrom, &nto);
  ntix__path_free(&nfrom);
  ntix__path_free(&nto);
  return rc;
}

int
ntix__is_aside_name(const WCHAR *name, size_t len) {
  size_t n = sizeof(ASIDE_PREFIX) / sizeof(WCHAR) - 1;

  return len > n && memcmp(name, ASIDE_PREFIX, n * sizeof(WCHAR)) == 0;
}

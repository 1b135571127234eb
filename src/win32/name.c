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

/* Clears a read-only attribute (NT deletes no read-only file); *undo gets
 * the attributes to put back should the deletion fail, else 0. */
static NTSTATUS
clear_readonly(HANDLE h, ULONG *undo) {
  FILE_BASIC_INFORMATION fbi;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  *undo = 0;
  st =
      NtQueryInformationFile(h, &iosb, &fbi, sizeof(fbi), FileBasicInformation);
  if (!NT_SUCCESS(st) || !(fbi.FileAttributes & FILE_ATTRIBUTE_READONLY))
    return st;
  *undo = fbi.FileAttributes;
  memset(&fbi, 0, sizeof(fbi));
  fbi.FileAttributes = FILE_ATTRIBUTE_NORMAL;
  st = set_info(h, &fbi, sizeof(fbi), FileBasicInformation);
  if (!NT_SUCCESS(st))
    *undo = 0;
  return st;
}

/* Puts back what clear_readonly changed (best effort: the caller is
 * already failing). */
static void
restore_attributes(HANDLE h, ULONG attrs) {
  FILE_BASIC_INFORMATION fbi;

  if (attrs == 0)
    return;
  memset(&fbi, 0, sizeof(fbi));
  fbi.FileAttributes = attrs;
  set_info(h, &fbi, sizeof(fbi), FileBasicInformation);
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

/* The POSIX delete (the name goes at once, the file with its last
 * handle), or STATUS_NOT_IMPLEMENTED where NT or the environment refuses
 * it. */
static NTSTATUS
posix_delete(HANDLE h) {
  ntix__file_disposition_ex_t dx;

  if (!posix_classes_wanted())
    return STATUS_NOT_IMPLEMENTED;
  dx.Flags = FILE_DISPOSITION_DELETE | FILE_DISPOSITION_POSIX_SEMANTICS |
             FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE;
  return set_info(h, &dx, sizeof(dx), FileDispositionInformationEx);
}

/* The plain delete disposition (on last close), the read-only attribute
 * cleared first and put back if the disposition fails. */
static NTSTATUS
dispose(HANDLE h) {
  FILE_DISPOSITION_INFORMATION di;
  NTSTATUS st;
  ULONG undo;

  st = clear_readonly(h, &undo);
  if (!NT_SUCCESS(st))
    return st;
  di.DoDeleteFile = TRUE;
  st = set_info(h, &di, sizeof(di), FileDispositionInformation);
  if (!NT_SUCCESS(st))
    restore_attributes(h, undo);
  return st;
}

/* Deletes the object behind h (opened with DELETE access from nt): POSIX
 * semantics where NT has them, else the emulation (files: move aside,
 * then delete on last close).  A failure leaves the name where it was. */
static NTSTATUS
delete_handle(HANDLE h, const UNICODE_STRING *nt, int is_dir) {
  NTSTATUS st = posix_delete(h);

  if (!class_refused(st))
    return st;
  /* A directory must be empty to be deleted, so the check comes before it
   * is moved (by rmdir_emulated): its disposition is set first. */
  if (is_dir)
    return dispose(h);
  st = move_aside(h, nt);
  if (!NT_SUCCESS(st))
    return st;
  st = dispose(h);
  /* Not deleted after all: the file gets its name back. */
  if (!NT_SUCCESS(st))
    rename_handle(h, nt->Buffer, nt->Length / 2, 0, 0);
  return st;
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

  if (!NT_SUCCESS(st = ntix__dir_purge_aside(nt)))
    return st;
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

/* The file's id and whether it is a directory: STATUS_SUCCESS or the
 * failure of the query. */
static NTSTATUS
file_id(HANDLE h, int64_t *id, int *is_dir) {
  FILE_INTERNAL_INFORMATION fii;
  FILE_STANDARD_INFORMATION fsi;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st = NtQueryInformationFile(h, &iosb, &fii, sizeof(fii),
                              FileInternalInformation);
  if (NT_SUCCESS(st))
    st = NtQueryInformationFile(h, &iosb, &fsi, sizeof(fsi),
                                FileStandardInformation);
  if (!NT_SUCCESS(st))
    return st;
  *id = fii.IndexNumber.QuadPart;
  *is_dir = fsi.Directory;
  return STATUS_SUCCESS;
}

/* POSIX's rules for an existing target: a file cannot replace a directory
 * (EISDIR), a directory cannot replace a file (ENOTDIR) or a non-empty
 * directory (ENOTEMPTY).  A target that is the source itself (same name,
 * or another case of it) is left alone.  0 with *dirh set to the open
 * target when it is an empty directory to replace (NT never lets a rename
 * replace a directory: rename_nt moves it aside), 0 with *dirh NULL when
 * the rename itself decides, or the failure. */
static int
rename_target(HANDLE src, const UNICODE_STRING *to, HANDLE *dirh) {
  int64_t sid, tid;
  int sdir, tdir;
  HANDLE h;
  NTSTATUS st;

  *dirh = NULL;
  if ((st = file_id(src, &sid, &sdir)) != STATUS_SUCCESS)
    return ntix__fail_nt((uint32_t)st, "NtQueryInformationFile");
  st = open_for_delete(&h, to, 0);
  if (st == STATUS_OBJECT_NAME_NOT_FOUND ||
      st == STATUS_OBJECT_PATH_NOT_FOUND || st == STATUS_ACCESS_DENIED ||
      st == STATUS_SHARING_VIOLATION || st == STATUS_DELETE_PENDING)
    return 0; /* missing, or not ours to judge: the rename will tell */
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, to, "NtCreateFile");
  if ((st = file_id(h, &tid, &tdir)) != STATUS_SUCCESS) {
    NtClose(h);
    return ntix__fail_nt((uint32_t)st, "NtQueryInformationFile");
  }
  if (tid == sid || (!sdir && !tdir)) {
    NtClose(h);
    return 0;
  }
  if (!tdir || !sdir) {
    NtClose(h);
    return ntix__refuse(sdir ? NTIX_ENOTDIR : NTIX_EISDIR, "ntix_rename");
  }
  /* Empty for POSIX: nothing in it but what unlink moved aside. */
  st = ntix__dir_purge_aside(to);
  if (!NT_SUCCESS(st)) {
    NtClose(h);
    return ntix__fail_open(st, NULL, "NtQueryDirectoryFile");
  }
  *dirh = h;
  return 0;
}

/* Replaces the target th (open from to) by the source h: the target moves
 * aside, the source takes its name, and only then is the target deleted.
 * If the source cannot take the name, the target gets it back: a failed
 * rename leaves both names as they were.  (A target that cannot be
 * deleted at the end stays aside, hidden, until its directory is purged.) */
static NTSTATUS
replace_aside(HANDLE h, HANDLE th, const UNICODE_STRING *to) {
  NTSTATUS st;

  st = move_aside(th, to);
  if (!NT_SUCCESS(st))
    return st;
  st = rename_handle(h, to->Buffer, to->Length / 2, 0, 0);
  if (!NT_SUCCESS(st)) {
    rename_handle(th, to->Buffer, to->Length / 2, 0, 0);
    return st;
  }
  if (class_refused(posix_delete(th)))
    dispose(th);
  return STATUS_SUCCESS;
}

/* Replacing an open target without POSIX semantics is refused
 * (ACCESS_DENIED): the target is replaced by moving it aside. */
static NTSTATUS
rename_fallback(HANDLE h, const UNICODE_STRING *to) {
  HANDLE th;
  NTSTATUS st, ost;

  st = rename_handle(h, to->Buffer, to->Length / 2, 1, 0);
  if (st != STATUS_ACCESS_DENIED && st != STATUS_SHARING_VIOLATION &&
      st != STATUS_CANNOT_DELETE)
    return st;
  ost = open_for_delete(&th, to, FILE_NON_DIRECTORY_FILE);
  if (!NT_SUCCESS(ost))
    return ost == STATUS_OBJECT_NAME_NOT_FOUND ? st : ost;
  st = replace_aside(h, th, to);
  NtClose(th);
  return st;
}

static int
rename_nt(const UNICODE_STRING *from, const UNICODE_STRING *to) {
  HANDLE h, dirh;
  NTSTATUS st;
  int rc;

  st = open_for_delete(&h, from, 0);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, from, "NtCreateFile");
  rc = rename_target(h, to, &dirh);
  if (rc != 0) {
    NtClose(h);
    return rc;
  }
  if (dirh != NULL) {
    st = replace_aside(h, dirh, to);
    NtClose(dirh);
  } else {
    st = STATUS_NOT_IMPLEMENTED;
    if (posix_classes_wanted())
      st = rename_handle(h, to->Buffer, to->Length / 2, 1, 1);
    /* Wine 10.0 knows the POSIX class but refuses to replace an open
     * target with it (ACCESS_DENIED), which Windows does; only there is
     * that the emulation's case rather than a final answer. */
    if (class_refused(st) ||
        (st == STATUS_ACCESS_DENIED && ntix_os_wine_version() != NULL))
      st = rename_fallback(h, to);
  }
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

/* name.c (Windows): unlink, rename, mkdir and rmdir with POSIX
 * semantics: NtSetInformationFile with FileDispositionInformationEx and
 * FileRenameInformationEx first, and where NT refuses them (Wine 8.0,
 * Windows before 10 1709, file systems without them) an emulation that
 * moves the name aside and deletes on last close.  Aside means a hidden
 * directory at the top of the volume (NtQueryObject and
 * FileNameInformation find it), so that no directory keeps an open
 * deleted file inside it; where that fails, a hidden name in the same
 * directory.
 *
 * Map: 1 delete and rename helpers, 2 the emulation, 3 unlink, rename,
 * mkdir, rmdir.
 */
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "win32-int.h"

/* Name prefix of files moved aside by the unlink emulation. */
#define ASIDE_PREFIX L".ntix-deleted-"
/* The directory at the top of each volume where the emulation moves what
 * it deletes while open (its name has the prefix, so it is not listed). */
#define VOLUME_DIR L"\\.ntix-deleted-files"

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

/* ---- 2. the emulation ---------------------------------------------------- */

/* Appends a name no other call uses: the prefix, the process id, a
 * counter and the handle value, in hex.  Returns the new length. */
static size_t
put_unique(WCHAR *d, size_t n, HANDLE h) {
  static LONG counter;
  const size_t plen = sizeof(ASIDE_PREFIX) / sizeof(WCHAR) - 1;

  memcpy(d + n, ASIDE_PREFIX, plen * sizeof(WCHAR));
  n += plen;
  n += put_hex(d + n, GetCurrentProcessId(), '-');
  n += put_hex(d + n, (unsigned long)InterlockedIncrement(&counter), '-');
  return n + put_hex(d + n, (uintptr_t)h, 0) - 1;
}

/* The NT name of the root of h's volume, as the object manager knows it
 * ("\Device\HarddiskVolume3", "\??\Z:" under Wine): the object's full
 * name less the volume-relative name FileNameInformation gives.  NULL
 * when they do not fit together or h is the root itself. */
static WCHAR *
volume_root(HANDLE h, size_t *len) {
  /* Room for the longest name NT has (32,767 units) in either form. */
  const ULONG size = 65536 + 64;
  char *buf = malloc(2 * (size_t)size);
  UNICODE_STRING *obj = (UNICODE_STRING *)buf;
  FILE_NAME_INFORMATION *fni = (FILE_NAME_INFORMATION *)(buf + size);
  IO_STATUS_BLOCK iosb;
  size_t on, fn, i;
  WCHAR *root = NULL;

  if (buf == NULL ||
      !NT_SUCCESS(NtQueryObject(h, ObjectNameInformation, obj, size, NULL)) ||
      !NT_SUCCESS(NtQueryInformationFile(h, &iosb, fni, size - sizeof(WCHAR),
                                         FileNameInformation))) {
    free(buf);
    return NULL;
  }
  on = obj->Length / 2;
  fn = fni->FileNameLength / 2;
  if (fn >= 2 && on > fn && fni->FileName[0] == '\\') {
    for (i = 0; i < fn; i++) {
      if (towupper(obj->Buffer[on - fn + i]) != towupper(fni->FileName[i]))
        break;
    }
    if (i == fn && (root = malloc((on - fn + 1) * sizeof(WCHAR))) != NULL) {
      memcpy(root, obj->Buffer, (on - fn) * sizeof(WCHAR));
      *len = on - fn;
    }
  }
  free(buf);
  return root;
}

/* Creates the volume's aside directory, hidden, if it is missing. */
static void
make_volume_dir(const WCHAR *dir, size_t len) {
  UNICODE_STRING us;
  HANDLE d;

  us.Buffer = (PWSTR)dir;
  us.Length = us.MaximumLength = (USHORT)(len * sizeof(WCHAR));
  if (NT_SUCCESS(ntix__nt_create(&d, &us, FILE_LIST_DIRECTORY | SYNCHRONIZE,
                                 FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM,
                                 FILE_OPEN_IF, FILE_DIRECTORY_FILE, 0, NULL)))
    NtClose(d);
}

/* Moves h into the directory VOLUME_DIR at the top of its volume, under a
 * unique name, creating the directory on first use. */
static NTSTATUS
move_to_volume(HANDLE h) {
  const size_t vlen = sizeof(VOLUME_DIR) / sizeof(WCHAR) - 1;
  NTSTATUS st = STATUS_OBJECT_NAME_COLLISION;
  size_t root, dir;
  WCHAR *dst, *r;
  int tries;

  if ((r = volume_root(h, &root)) == NULL)
    return STATUS_OBJECT_PATH_NOT_FOUND;
  dst = realloc(r, (root + vlen + 80) * sizeof(WCHAR));
  if (dst == NULL) {
    free(r);
    return STATUS_NO_MEMORY;
  }
  memcpy(dst + root, VOLUME_DIR, vlen * sizeof(WCHAR));
  dir = root + vlen;
  for (tries = 0; tries < 16; tries++) {
    dst[dir] = '\\';
    st = rename_handle(h, dst, put_unique(dst, dir + 1, h), 0, 0);
    if (st == STATUS_OBJECT_PATH_NOT_FOUND && tries == 0)
      make_volume_dir(dst, dir);
    else if (st != STATUS_OBJECT_NAME_COLLISION)
      break;
  }
  free(dst);
  return st;
}

/* Moves h to a unique hidden name in its own directory (nt is its NT
 * path): the fallback where the volume's directory cannot be used. */
static NTSTATUS
move_in_dir(HANDLE h, const UNICODE_STRING *nt) {
  size_t dir = nt->Length / 2;
  WCHAR *dst;
  NTSTATUS st = STATUS_OBJECT_NAME_COLLISION;
  int tries;

  while (dir > 0 && nt->Buffer[dir - 1] != '\\') dir--;
  dst = malloc((dir + 80) * sizeof(WCHAR));
  if (dst == NULL)
    return STATUS_NO_MEMORY;
  memcpy(dst, nt->Buffer, dir * sizeof(WCHAR));
  for (tries = 0; tries < 16 && st == STATUS_OBJECT_NAME_COLLISION; tries++)
    st = rename_handle(h, dst, put_unique(dst, dir, h), 0, 0);
  free(dst);
  return st;
}

/* Frees the name of the file behind h at once: into the volume's aside
 * directory where possible, else aside in its own directory. */
static NTSTATUS
move_aside(HANDLE h, const UNICODE_STRING *nt) {
  NTSTATUS st = move_to_volume(h);

  return NT_SUCCESS(st) ? st : move_in_dir(h, nt);
}

/* Gives h its old name nt back after a failed step. */
static NTSTATUS
move_back(HANDLE h, const UNICODE_STRING *nt) {
  return rename_handle(h, nt->Buffer, nt->Length / 2, 0, 0);
}

/* The plain delete disposition (on last close), the read-only attribute
 * cleared first and put back if the disposition fails. */
static NTSTATUS
set_delete(HANDLE h) {
  FILE_DISPOSITION_INFORMATION di = {TRUE};
  NTSTATUS st;
  ULONG undo;

  st = clear_readonly(h, &undo);
  if (!NT_SUCCESS(st))
    return st;
  st = set_info(h, &di, sizeof(di), FileDispositionInformation);
  if (!NT_SUCCESS(st))
    restore_attributes(h, undo);
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

/* The emulation for a file: moved aside, then deleted on last close; a
 * failure leaves the name and the attributes where they were. */
static NTSTATUS
unlink_emulated(HANDLE h, const UNICODE_STRING *nt) {
  NTSTATUS st = move_aside(h, nt);

  if (!NT_SUCCESS(st))
    return st;
  st = set_delete(h);
  if (!NT_SUCCESS(st))
    move_back(h, nt);
  return st;
}

/* The emulation for a directory.  NT deletes a directory only when it is
 * empty and only at its last close, so it is moved aside first (to the
 * volume's directory, else in its parent) and marked for deletion there,
 * and moved back if NT finds it not empty (Cygwin's order).  Files unlink moved
 * aside into it (the fallback) make it not empty for NT though empty for POSIX:
 * the closed ones are deleted, and if open ones remain the directory is moved
 * aside into its parent, to be purged from there later.  Windows refuses
 * to rename a directory with open files beneath it: then NTIX_ENOTEMPTY,
 * as the fallback's documented limit. */
static NTSTATUS
rmdir_emulated(HANDLE h, const UNICODE_STRING *nt) {
  NTSTATUS st;
  int moved;

  if (!NT_SUCCESS(st = ntix__dir_purge_aside(nt)))
    return st;
  moved = NT_SUCCESS(move_aside(h, nt));
  st = set_delete(h);
  if (NT_SUCCESS(st))
    return st;
  if (moved && !NT_SUCCESS(move_back(h, nt)))
    return st;
  if (st != STATUS_DIRECTORY_NOT_EMPTY ||
      !NT_SUCCESS(ntix__dir_purge_aside(nt)))
    return st;
  return NT_SUCCESS(move_in_dir(h, nt)) ? STATUS_SUCCESS
                                        : STATUS_DIRECTORY_NOT_EMPTY;
}

/* Deletes the object behind h (opened with DELETE access from nt): POSIX
 * semantics where NT has them, else the emulation. */
static NTSTATUS
delete_handle(HANDLE h, const UNICODE_STRING *nt, int is_dir) {
  NTSTATUS st = posix_delete(h);

  /* Leftovers of the emulation (an earlier run without the classes) are
   * entries for NT: the emulation's rmdir purges them. */
  if (is_dir && st == STATUS_DIRECTORY_NOT_EMPTY)
    return rmdir_emulated(h, nt);
  if (!class_refused(st))
    return st;
  return is_dir ? rmdir_emulated(h, nt) : unlink_emulated(h, nt);
}

/* Opens nt for deletion or renaming, without following a final link. */
static NTSTATUS
open_for_delete(HANDLE *h, const UNICODE_STRING *nt, ULONG options) {
  return ntix__nt_create(
      h, nt,
      DELETE | FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE, 0,
      FILE_OPEN, options | FILE_OPEN_REPARSE_POINT, 0, NULL);
}

/* ---- 3. unlink, rename, mkdir, rmdir ------------------------------------- */

/* What Linux answers when the last component is "." or ".." or the path
 * is the root, which it never looks up as an entry: {".", "..", root}. */
static const int RMDIR_CODES[3] = {NTIX_EINVAL, NTIX_ENOTEMPTY, NTIX_EBUSY};
static const int UNLINK_CODES[3] = {NTIX_EISDIR, NTIX_EISDIR, NTIX_EISDIR};
static const int MKDIR_CODES[3] = {NTIX_EEXIST, NTIX_EEXIST, NTIX_EEXIST};
static const int RENAME_CODES[3] = {NTIX_EBUSY, NTIX_EBUSY, NTIX_EBUSY};

/* The code of codes that applies to path (NT form nt), or 0 for a plain
 * name.  NT paths resolve "." and ".." away, so "dir/." would otherwise
 * act on dir itself. */
static int
dots_refused(const char *path, const UNICODE_STRING *nt, const int *codes) {
  int d = ntix__path_last_dots(path);

  if (d != 0)
    return codes[d - 1];
  return ntix__path_is_root(nt) ? codes[2] : 0;
}

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
  rc = dots_refused(path, &nt, dir ? RMDIR_CODES : UNLINK_CODES);
  if (rc == 0 && !dir && ntix__path_trailing_slash(path))
    rc = ntix__open_trailing_slash(&nt, 0);
  if (rc != 0) {
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
  rc = dots_refused(path, &nt, MKDIR_CODES);
  if (rc != 0) {
    ntix__path_free(&nt);
    return ntix__refuse(rc, "ntix_mkdir");
  }
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
 * deleted at the end stays aside, hidden, until it is purged.)  The
 * target name is missing for that moment. */
static NTSTATUS
replace_aside(HANDLE h, HANDLE th, const UNICODE_STRING *to) {
  NTSTATUS st;

  st = move_aside(th, to);
  if (!NT_SUCCESS(st))
    return st;
  st = rename_handle(h, to->Buffer, to->Length / 2, 1, 0);
  if (!NT_SUCCESS(st)) {
    move_back(th, to);
    return st;
  }
  if (class_refused(posix_delete(th)))
    set_delete(th);
  return STATUS_SUCCESS;
}

/* Replacing an open target is refused without POSIX semantics
 * (ACCESS_DENIED), and with them by Wine 10: the target is replaced by
 * moving it aside. */
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
     * target with it (ACCESS_DENIED), which Windows 10 1809+ does.  The
     * fallback is tried on that status wherever it comes from (on
     * Windows, a target whose image is mapped, say): it moves the target
     * back if the rename still fails, so a real refusal stays the
     * answer. */
    if (class_refused(st) || st == STATUS_ACCESS_DENIED)
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
  rc = dots_refused(from, &nfrom, RENAME_CODES);
  if (rc == 0)
    rc = dots_refused(to, &nto, RENAME_CODES);
  rc = rc != 0 ? ntix__refuse(rc, "ntix_rename") : rename_nt(&nfrom, &nto);
  ntix__path_free(&nfrom);
  ntix__path_free(&nto);
  return rc;
}

int
ntix__is_aside_name(const WCHAR *name, size_t len) {
  size_t n = sizeof(ASIDE_PREFIX) / sizeof(WCHAR) - 1;

  return len > n && memcmp(name, ASIDE_PREFIX, n * sizeof(WCHAR)) == 0;
}

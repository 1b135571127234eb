/* link.c (Windows): hard links (NtSetInformationFile with
 * FileLinkInformation), symbolic links as NT reparse points
 * (NtFsControlFile with FSCTL_SET_REPARSE_POINT / FSCTL_GET_REPARSE_POINT,
 * IO_REPARSE_TAG_SYMLINK, SYMLINK_FLAG_RELATIVE) and realpath (the name NT
 * resolved, NtQueryObject(ObjectNameInformation), mapped back to a drive
 * letter through the \??\X: symbolic link objects).
 *
 * Map: 1 names as text, 2 link, 3 symlink, 4 readlink, 5 realpath.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

/* ---- 1. names as text ---------------------------------------------------- */

static int
starts_with(const WCHAR *s, size_t n, const WCHAR *prefix) {
  size_t i;

  for (i = 0; prefix[i] != 0; i++)
    if (i >= n || s[i] != prefix[i])
      return 0;
  return 1;
}

/* A Win32 path in s[0..n) ("\??\" and "\??\UNC\" prefixes dropped, the
 * latter as "\\") written to buf as UTF-8 with '/' separators: the length,
 * or NTIX_ERANGE (refused) if it does not fit with its NUL. */
static int64_t
dos_to_utf8(
    const WCHAR *s, size_t n, char *buf, size_t size, const char *call) {
  WCHAR *t = malloc((n + 2) * sizeof(WCHAR));
  size_t i = 0, m = 0;
  int64_t rc;

  if (t == NULL)
    return ntix__refuse(NTIX_ENOMEM, call);
  if (starts_with(s, n, L"\\??\\UNC\\")) {
    t[m++] = '\\';
    i = 7;
  } else if (starts_with(s, n, L"\\??\\")) {
    i = 4;
  }
  for (; i < n; i++) t[m++] = s[i] == '\\' ? '/' : s[i];
  /* "C:" alone is the root: "C:/", as Linux's "/". */
  if (m == 2 && t[1] == ':')
    t[m++] = '/';
  rc = ntix__utf16_to_utf8((const uint16_t *)t, m, buf, size, 1);
  free(t);
  if (rc < 0)
    return ntix__refuse((int)rc, call);
  return rc;
}

/* ---- 2. link ------------------------------------------------------------- */

static int
link_nt(const UNICODE_STRING *from, const UNICODE_STRING *to) {
  size_t size = sizeof(FILE_LINK_INFORMATION) + to->Length;
  FILE_LINK_INFORMATION *li;
  IO_STATUS_BLOCK iosb;
  HANDLE h;
  NTSTATUS st;
  int rc;

  /* A final link in from is not followed, as Linux's link. */
  st = ntix__nt_create(
      &h, from, FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE, 0,
      FILE_OPEN, FILE_NON_DIRECTORY_FILE | FILE_OPEN_REPARSE_POINT, 0, NULL);
  if (st == STATUS_FILE_IS_A_DIRECTORY)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EPERM,
                      "NtCreateFile");
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, from, "NtCreateFile");
  if ((li = calloc(1, size)) == NULL) {
    NtClose(h);
    return ntix__refuse(NTIX_ENOMEM, "ntix_link");
  }
  li->ReplaceIfExists = FALSE;
  li->FileNameLength = to->Length;
  memcpy(li->FileName, to->Buffer, to->Length);
  st = NtSetInformationFile(h, &iosb, li, (ULONG)size, FileLinkInformation);
  free(li);
  NtClose(h);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, to, "NtSetInformationFile");
  return rc;
}

int
ntix__b_link(const char *from, const char *to) {
  UNICODE_STRING nfrom, nto;
  int rc;

  if ((rc = ntix__path_to_nt(from, &nfrom, "ntix_link")) != 0)
    return rc;
  if ((rc = ntix__path_to_nt(to, &nto, "ntix_link")) != 0) {
    ntix__path_free(&nfrom);
    return rc;
  }
  rc = link_nt(&nfrom, &nto);
  ntix__path_free(&nfrom);
  ntix__path_free(&nto);
  return rc;
}

/* ---- 3. symlink ---------------------------------------------------------- */

typedef struct reparse {
  ntix__reparse_data_t *d;
  ULONG len;  /* bytes to hand NtFsControlFile */
  int is_dir; /* the target is a directory now: a directory link */
} reparse_t;

static int
is_absolute(const WCHAR *t, size_t n) {
  if (n >= 3 && ntix__is_letter(t[0]) && t[1] == ':' && t[2] == '\\')
    return 1;
  return n >= 2 && t[0] == '\\' && t[1] == '\\';
}

static int
nt_is_dir(const UNICODE_STRING *nt) {
  FILE_BASIC_INFORMATION fbi;
  OBJECT_ATTRIBUTES oa;

  InitializeObjectAttributes(&oa, (PUNICODE_STRING)nt, OBJ_CASE_INSENSITIVE,
                             NULL, NULL);
  return NT_SUCCESS(NtQueryAttributesFile(&oa, &fbi)) &&
         (fbi.FileAttributes & FILE_ATTRIBUTE_DIRECTORY);
}

/* Whether a relative target names a directory, seen from the link's own
 * directory (the part of path before its last separator). */
static int
relative_is_dir(const char *target, const char *path) {
  size_t dir = strlen(path), tl = strlen(target);
  UNICODE_STRING nt;
  char *joined;
  int yes = 0;

  while (dir > 0 && path[dir - 1] != '/' && path[dir - 1] != '\\') dir--;
  if ((joined = malloc(dir + tl + 1)) == NULL)
    return 0;
  memcpy(joined, path, dir);
  memcpy(joined + dir, target, tl + 1);
  if (ntix__path_to_nt(joined, &nt, "ntix_symlink") == 0) {
    yes = nt_is_dir(&nt);
    ntix__path_free(&nt);
  }
  free(joined);
  return yes;
}

/* Lays out the reparse data: the substitute name (what NT follows: an NT
 * path, or the relative text with SYMLINK_FLAG_RELATIVE) then the print
 * name (the target as given, '/' made '\').  0 or refused. */
static int
reparse_fill(reparse_t *r,
             const WCHAR *sub,
             size_t sn,
             const WCHAR *pr,
             size_t pn,
             int relative) {
  size_t body = (sn + pn) * sizeof(WCHAR);

  r->len = (ULONG)(NTIX__SYMLINK_PATH_OFFSET + body);
  if (NTIX__SYMLINK_PATH_OFFSET + body > NTIX__REPARSE_MAX)
    return ntix__refuse(NTIX_ENAMETOOLONG, "ntix_symlink");
  if ((r->d = calloc(1, r->len)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_symlink");
  r->d->ReparseTag = IO_REPARSE_TAG_SYMLINK;
  r->d->ReparseDataLength = (USHORT)(r->len - 8);
  r->d->SubstituteNameLength = (USHORT)(sn * sizeof(WCHAR));
  r->d->PrintNameOffset = (USHORT)(sn * sizeof(WCHAR));
  r->d->PrintNameLength = (USHORT)(pn * sizeof(WCHAR));
  r->d->Flags = relative ? NTIX__SYMLINK_FLAG_RELATIVE : 0;
  memcpy(r->d->PathBuffer, sub, sn * sizeof(WCHAR));
  memcpy(r->d->PathBuffer + sn, pr, pn * sizeof(WCHAR));
  return 0;
}

static int
reparse_build(const char *target, const char *path, reparse_t *r) {
  WCHAR *pr = malloc(NTIX__REPARSE_MAX);
  UNICODE_STRING nt;
  int64_t n;
  int rc;

  if (pr == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_symlink");
  n = ntix__utf8_to_utf16(target, strlen(target), (uint16_t *)pr,
                          NTIX__REPARSE_MAX / sizeof(WCHAR));
  if (n < 0) {
    free(pr);
    return ntix__refuse((int)n, "ntix_symlink");
  }
  for (int64_t i = 0; i < n; i++)
    if (pr[i] == '/')
      pr[i] = '\\';
  if (!is_absolute(pr, (size_t)n)) {
    r->is_dir = relative_is_dir(target, path);
    rc = reparse_fill(r, pr, (size_t)n, pr, (size_t)n, 1);
  } else if ((rc = ntix__path_to_nt(target, &nt, "ntix_symlink")) == 0) {
    r->is_dir = nt_is_dir(&nt);
    rc =
        reparse_fill(r, nt.Buffer, nt.Length / sizeof(WCHAR), pr, (size_t)n, 0);
    ntix__path_free(&nt);
  }
  free(pr);
  return rc;
}

/* What NT says when it cannot make the link: no privilege (Windows
 * without SeCreateSymbolicLinkPrivilege), or no symbolic links at all
 * (Wine 8.0 and 10.0, FAT): NTIX_EPERM, as Linux's symlink on vfat. */
static int
symlink_refused(NTSTATUS st) {
  return st == STATUS_PRIVILEGE_NOT_HELD || st == STATUS_NOT_SUPPORTED ||
         st == STATUS_INVALID_DEVICE_REQUEST || st == STATUS_NOT_IMPLEMENTED ||
         st == STATUS_ACCESS_DENIED;
}

static int
symlink_nt(const UNICODE_STRING *nt, const reparse_t *r) {
  FILE_DISPOSITION_INFORMATION di = {TRUE};
  IO_STATUS_BLOCK iosb;
  HANDLE h;
  NTSTATUS st;
  int rc;

  st = ntix__nt_create(
      &h, nt,
      FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | DELETE | SYNCHRONIZE,
      FILE_ATTRIBUTE_NORMAL, FILE_CREATE,
      FILE_OPEN_REPARSE_POINT |
          (r->is_dir ? FILE_DIRECTORY_FILE : FILE_NON_DIRECTORY_FILE),
      0, NULL);
  if (!NT_SUCCESS(st))
    return ntix__fail_open(st, nt, "NtCreateFile");
  st = NtFsControlFile(h, NULL, NULL, NULL, &iosb,
                       NTIX__FSCTL_SET_REPARSE_POINT, r->d, r->len, NULL, 0);
  if (NT_SUCCESS(st)) {
    NtClose(h);
    return 0;
  }
  rc = symlink_refused(st) ? ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st,
                                        NTIX_EPERM, "NtFsControlFile")
                           : ntix__fail_nt((uint32_t)st, "NtFsControlFile");
  /* Nothing is left behind: the empty file or directory goes. */
  NtSetInformationFile(h, &iosb, &di, sizeof(di), FileDispositionInformation);
  NtClose(h);
  return rc;
}

int
ntix__b_symlink(const char *target, const char *path) {
  reparse_t r = {NULL, 0, 0};
  UNICODE_STRING nt;
  int rc;

  if ((rc = ntix__check_path(target, "ntix_symlink")) != 0)
    return rc;
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_symlink")) != 0)
    return rc;
  if ((rc = reparse_build(target, path, &r)) == 0)
    rc = symlink_nt(&nt, &r);
  free(r.d);
  ntix__path_free(&nt);
  return rc;
}

/* ---- 4. readlink --------------------------------------------------------- */

/* The substitute name of a symbolic link or junction in d, or NULL for
 * another kind of reparse point. */
static const WCHAR *
reparse_target(const ntix__reparse_data_t *d, size_t *n) {
  const char *base = (const char *)d;

  if (d->ReparseTag == IO_REPARSE_TAG_SYMLINK)
    base += NTIX__SYMLINK_PATH_OFFSET;
  else if (d->ReparseTag == IO_REPARSE_TAG_MOUNT_POINT)
    base += NTIX__MOUNT_POINT_PATH_OFFSET;
  else
    return NULL;
  *n = d->SubstituteNameLength / sizeof(WCHAR);
  return (const WCHAR *)(base + d->SubstituteNameOffset);
}

static int64_t
readlink_handle(HANDLE h, char *buf, size_t size) {
  ntix__reparse_data_t *d = malloc(NTIX__REPARSE_MAX);
  IO_STATUS_BLOCK iosb;
  const WCHAR *t;
  NTSTATUS st;
  int64_t rc;
  size_t n;

  if (d == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_readlink");
  /* A file or directory that is no reparse point: NOT_A_REPARSE_POINT,
   * which is NTIX_EINVAL, as readlink of a non-link. */
  st =
      NtFsControlFile(h, NULL, NULL, NULL, &iosb, NTIX__FSCTL_GET_REPARSE_POINT,
                      NULL, 0, d, NTIX__REPARSE_MAX);
  if (!NT_SUCCESS(st))
    rc = ntix__fail_nt((uint32_t)st, "NtFsControlFile");
  else if ((t = reparse_target(d, &n)) == NULL)
    rc = ntix__refuse(NTIX_EINVAL, "ntix_readlink");
  else
    rc = dos_to_utf8(t, n, buf, size, "ntix_readlink");
  free(d);
  return rc;
}

int64_t
ntix__b_readlink(const char *path, char *buf, size_t size) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int64_t rc;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_readlink");
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_readlink")) != 0)
    return rc;
  st = ntix__nt_create(
      &h, &nt, FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0, FILE_OPEN,
      FILE_OPEN_REPARSE_POINT | FILE_OPEN_FOR_BACKUP_INTENT, 0, NULL);
  if (!NT_SUCCESS(st)) {
    rc = ntix__fail_open(st, &nt, "NtCreateFile");
    ntix__path_free(&nt);
    return rc;
  }
  ntix__path_free(&nt);
  rc = readlink_handle(h, buf, size);
  NtClose(h);
  return rc;
}

/* ---- 5. realpath --------------------------------------------------------- */

/* The device \??\X: names, in t (units, no NUL); 0 if X: is no drive. */
static size_t
drive_target(WCHAR letter, WCHAR *t, size_t cap) {
  WCHAR name[] = L"\\??\\X:";
  UNICODE_STRING us, out = {0, (USHORT)(cap * sizeof(WCHAR)), t};
  OBJECT_ATTRIBUTES oa;
  HANDLE h;
  NTSTATUS st;

  name[4] = letter;
  RtlInitUnicodeString(&us, name);
  InitializeObjectAttributes(&oa, &us, OBJ_CASE_INSENSITIVE, NULL, NULL);
  if (!NT_SUCCESS(NtOpenSymbolicLinkObject(&h, NTIX__SYMBOLIC_LINK_QUERY, &oa)))
    return 0;
  st = NtQuerySymbolicLinkObject(h, &out, NULL);
  NtClose(h);
  return NT_SUCCESS(st) ? out.Length / sizeof(WCHAR) : 0;
}

/* The object name s[0..n) ("\Device\HarddiskVolume3\a\b") as a drive path
 * ("C:\a\b") in out; the length, or 0 if no drive letter names the
 * volume.  Wine names files "\??\Z:\a\b" already. */
static size_t
to_drive_path(const WCHAR *s, size_t n, WCHAR *out) {
  WCHAR t[256], c;
  size_t tn;

  if (starts_with(s, n, L"\\??\\")) {
    memcpy(out, s, n * sizeof(WCHAR));
    return n;
  }
  if (starts_with(s, n, L"\\Device\\Mup\\")) {
    out[0] = out[1] = '\\';
    memcpy(out + 2, s + 12, (n - 12) * sizeof(WCHAR));
    return n - 10;
  }
  for (c = 'A'; c <= 'Z'; c++) {
    tn = drive_target(c, t, NTIX__ARRAY_SIZE(t));
    if (tn == 0 || tn > n || memcmp(s, t, tn * sizeof(WCHAR)) != 0 ||
        (tn < n && s[tn] != '\\'))
      continue;
    out[0] = c;
    out[1] = ':';
    memcpy(out + 2, s + tn, (n - tn) * sizeof(WCHAR));
    return n - tn + 2;
  }
  return 0;
}

static int64_t
realpath_handle(HANDLE h, char *buf, size_t size) {
  ULONG cap = 65536 + sizeof(UNICODE_STRING);
  UNICODE_STRING *name = malloc(cap);
  WCHAR *dos = malloc(cap);
  NTSTATUS st;
  size_t n;
  int64_t rc;

  if (name == NULL || dos == NULL) {
    rc = ntix__refuse(NTIX_ENOMEM, "ntix_realpath");
  } else if (!NT_SUCCESS(st = NtQueryObject(h, ObjectNameInformation, name, cap,
                                            NULL))) {
    rc = ntix__fail_nt((uint32_t)st, "NtQueryObject");
  } else if ((n = to_drive_path(name->Buffer, name->Length / sizeof(WCHAR),
                                dos)) == 0) {
    rc = ntix__refuse(NTIX_ENODEV, "ntix_realpath");
  } else {
    /* "C:\a\" of a directory: no separator after the last name. */
    if (n > 3 && dos[n - 1] == '\\' && dos[n - 2] != ':')
      n--;
    rc = dos_to_utf8(dos, n, buf, size, "ntix_realpath");
  }
  free(name);
  free(dos);
  return rc;
}

int64_t
ntix__b_realpath(const char *path, char *buf, size_t size) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int64_t rc;

  if (buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_realpath");
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_realpath")) != 0)
    return rc;
  st = ntix__nt_create(&h, &nt, FILE_READ_ATTRIBUTES | SYNCHRONIZE, 0,
                       FILE_OPEN, FILE_OPEN_FOR_BACKUP_INTENT, 0, NULL);
  if (!NT_SUCCESS(st)) {
    rc = ntix__fail_open(st, &nt, "NtCreateFile");
    ntix__path_free(&nt);
    return rc;
  }
  ntix__path_free(&nt);
  rc = realpath_handle(h, buf, size);
  NtClose(h);
  return rc;
}

/* perm.c (Windows): permission bits as the read-only attribute, times,
 * truncation by path and access checks: NtCreateFile,
 * NtQuery/SetInformationFile (FileBasicInformation,
 * FileEndOfFileInformation), and a re-open by handle (NtCreateFile with
 * the handle as root and an empty name) when a descriptor lacks
 * FILE_WRITE_ATTRIBUTES.
 *
 * Map: 1 helpers, 2 chmod, 3 times, 4 truncate and access.
 */
#include <string.h>

#include "win32-int.h"

/* 100 ns intervals between 1601-01-01 and 1970-01-01. */
#define EPOCH_DIFF 116444736000000000LL

/* ---- 1. helpers ---------------------------------------------------------- */

int
ntix__fd_meta_kind(int fd, ntix__fdent_t *e, const char *call) {
  int rc = ntix__fd_get(fd, e, call);

  if (rc != 0)
    return rc;
  if (e->kind == NTIX__K_PIPE || e->kind == NTIX__K_SOCKET ||
      e->kind == NTIX__K_POLLER)
    return ntix__refuse(NTIX_EINVAL, call);
  return 0;
}

/* Opens path (following links) with access for attribute changes;
 * directories too.  0 or the failure, recorded. */
static int
open_path(const char *path, ACCESS_MASK access, HANDLE *h, const char *call) {
  UNICODE_STRING nt;
  NTSTATUS st;
  int rc;

  if ((rc = ntix__path_to_nt(path, &nt, call)) != 0)
    return rc;
  st = ntix__nt_create(h, &nt, access | SYNCHRONIZE, 0, FILE_OPEN,
                       FILE_OPEN_FOR_BACKUP_INTENT, 0, NULL);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, &nt, "NtCreateFile");
  ntix__path_free(&nt);
  return rc;
}

/* A second handle to the file behind h, with attribute access: a
 * descriptor opened read-only has no FILE_WRITE_ATTRIBUTES. */
static NTSTATUS
reopen(HANDLE h, HANDLE *out) {
  UNICODE_STRING empty = {0, 0, NULL};
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;

  InitializeObjectAttributes(&oa, &empty, 0, h, NULL);
  return NtCreateFile(
      out, FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES | SYNCHRONIZE, &oa,
      &iosb, NULL, 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
      FILE_OPEN, FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}

typedef NTSTATUS (*basic_fn)(HANDLE h,
                             FILE_BASIC_INFORMATION *fbi,
                             const void *arg);

/* Runs fn on h, and if the handle's access falls short, on a re-opened
 * handle.  0 or the failure. */
static int
with_attr_handle(HANDLE h, basic_fn fn, const void *arg) {
  FILE_BASIC_INFORMATION fbi;
  NTSTATUS st = fn(h, &fbi, arg);
  HANDLE h2;

  if (st == STATUS_ACCESS_DENIED && NT_SUCCESS(reopen(h, &h2))) {
    st = fn(h2, &fbi, arg);
    NtClose(h2);
  }
  return NT_SUCCESS(st) ? 0
                        : ntix__fail_nt((uint32_t)st, "NtSetInformationFile");
}

/* ---- 2. chmod ------------------------------------------------------------ */

/* The read-only attribute from the owner-write bit; directories keep
 * theirs (NT does not read it as "no new entries"). */
static NTSTATUS
apply_mode(HANDLE h, FILE_BASIC_INFORMATION *fbi, const void *arg) {
  int mode = *(const int *)arg;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;
  ULONG attrs;

  st =
      NtQueryInformationFile(h, &iosb, fbi, sizeof(*fbi), FileBasicInformation);
  if (!NT_SUCCESS(st) || (fbi->FileAttributes & FILE_ATTRIBUTE_DIRECTORY))
    return st;
  attrs = fbi->FileAttributes & NTIX__ATTR_SETTABLE & ~FILE_ATTRIBUTE_NORMAL;
  attrs = (mode & 0200) ? attrs & ~FILE_ATTRIBUTE_READONLY
                        : attrs | FILE_ATTRIBUTE_READONLY;
  if (attrs == (fbi->FileAttributes & NTIX__ATTR_SETTABLE))
    return STATUS_SUCCESS;
  memset(fbi, 0, sizeof(*fbi));
  /* 0 would mean "leave the attributes as they are". */
  fbi->FileAttributes = attrs != 0 ? attrs : FILE_ATTRIBUTE_NORMAL;
  return NtSetInformationFile(h, &iosb, fbi, sizeof(*fbi),
                              FileBasicInformation);
}

int
ntix__b_chmod(const char *path, int mode) {
  HANDLE h;
  int rc;

  rc = open_path(path, FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES, &h,
                 "ntix_chmod");
  if (rc != 0)
    return rc;
  rc = with_attr_handle(h, apply_mode, &mode);
  NtClose(h);
  return rc;
}

int
ntix__b_fchmod(int fd, int mode) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__fd_meta_kind(fd, &e, "ntix_fchmod")) != 0)
    return rc;
  return with_attr_handle(e.handle, apply_mode, &mode);
}

/* ---- 3. times ------------------------------------------------------------ */

/* A neutral time as NT's 100 ns units since 1601, rounded down; 0 leaves
 * the time alone.  No int64_t nanosecond count reaches 1601, so a real
 * time is never 0 (nor -1, which would stop NT's own updates). */
static LONGLONG
nt_time(int64_t ns, LONGLONG now) {
  int64_t t;

  if (ns == NTIX_UTIME_OMIT)
    return 0;
  if (ns == NTIX_UTIME_NOW)
    return now;
  t = ns / 100;
  if (ns % 100 < 0)
    t--;
  return t + EPOCH_DIFF;
}

static NTSTATUS
apply_times(HANDLE h, FILE_BASIC_INFORMATION *fbi, const void *arg) {
  const int64_t *times = arg;
  LONGLONG now = RtlGetSystemTimePrecise();
  IO_STATUS_BLOCK iosb;

  memset(fbi, 0, sizeof(*fbi));
  fbi->LastAccessTime.QuadPart = times != NULL ? nt_time(times[0], now) : now;
  fbi->LastWriteTime.QuadPart = times != NULL ? nt_time(times[1], now) : now;
  return NtSetInformationFile(h, &iosb, fbi, sizeof(*fbi),
                              FileBasicInformation);
}

int
ntix__b_utimens(const char *path, const int64_t times[2]) {
  HANDLE h;
  int rc;

  if ((rc = open_path(path, FILE_WRITE_ATTRIBUTES, &h, "ntix_utimens")) != 0)
    return rc;
  rc = with_attr_handle(h, apply_times, times);
  NtClose(h);
  return rc;
}

int
ntix__b_futimens(int fd, const int64_t times[2]) {
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__fd_meta_kind(fd, &e, "ntix_futimens")) != 0)
    return rc;
  return with_attr_handle(e.handle, apply_times, times);
}

/* ---- 4. truncate and access ---------------------------------------------- */

int
ntix__b_truncate(const char *path, int64_t length) {
  FILE_END_OF_FILE_INFORMATION eof;
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  /* Linux refuses a negative length before it looks at the path. */
  if (length < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_truncate");
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_truncate")) != 0)
    return rc;
  if (ntix__path_trailing_slash(path)) {
    rc = ntix__open_trailing_slash(&nt, 0);
    ntix__path_free(&nt);
    return ntix__refuse(rc, "ntix_truncate");
  }
  st = ntix__nt_create(&h, &nt, FILE_WRITE_DATA | SYNCHRONIZE, 0, FILE_OPEN,
                       FILE_NON_DIRECTORY_FILE, 0, NULL);
  rc = NT_SUCCESS(st) ? 0 : ntix__fail_open(st, &nt, "NtCreateFile");
  ntix__path_free(&nt);
  if (rc != 0)
    return rc;
  eof.EndOfFile.QuadPart = length;
  rc = ntix__file_info(h, &eof, sizeof(eof), FileEndOfFileInformation, 1);
  NtClose(h);
  return rc;
}

/* The open asks NT for exactly the rights mode names, so ACLs and the
 * read-only attribute decide as they would for a real open.  The bits
 * have the same values for directories: FILE_LIST_DIRECTORY,
 * FILE_ADD_FILE and FILE_TRAVERSE. */
int
ntix__b_access(const char *path, int mode) {
  ACCESS_MASK access = FILE_READ_ATTRIBUTES | SYNCHRONIZE;
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  if ((mode & ~(NTIX_R_OK | NTIX_W_OK | NTIX_X_OK)) != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_access");
  if ((rc = ntix__path_to_nt(path, &nt, "ntix_access")) != 0)
    return rc;
  if (mode & NTIX_R_OK)
    access |= FILE_READ_DATA;
  if (mode & NTIX_W_OK)
    access |= FILE_WRITE_DATA;
  if (mode & NTIX_X_OK)
    access |= FILE_EXECUTE;
  st = ntix__nt_create(
      &h, &nt, access, 0, FILE_OPEN,
      ntix__path_trailing_slash(path) ? FILE_DIRECTORY_FILE : 0, 0, NULL);
  /* Someone else's open that shares nothing says nothing about rights. */
  if (NT_SUCCESS(st))
    NtClose(h);
  else if (st != STATUS_SHARING_VIOLATION)
    rc = ntix__fail_open(st, &nt, "NtCreateFile");
  ntix__path_free(&nt);
  return rc;
}

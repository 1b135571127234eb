/* lock.c (Windows): byte-range locks with NtLockFile and NtUnlockFile.
 * NT's locks belong to the file object, as Linux's open file description
 * locks belong to the open file, and are mandatory: another file object's
 * read or write in a locked range fails.  Wine 8.0 keeps the locks but
 * does not enforce them on I/O (ntix_lock_mandatory says so).
 */
#include "fsargs.h"
#include "nt-file.h"
#include "win32-int.h"

int
ntix_lock_mandatory(void) {
  return ntix_os_wine_version() == NULL;
}

/* The descriptor behind a lock call: 0 with *e filled, or the refusal
 * (EBADF not open, EINVAL not a regular file, EBADF for the access a lock
 * of that kind needs, as Linux checks it; need 0 checks none). */
static int
lock_fd(int fd, ntix__fdent_t *e, uint32_t need, const char *call) {
  int rc = ntix__fd_get(fd, e, call);

  if (rc != 0)
    return rc;
  if (e->kind != NTIX__K_FILE)
    return ntix__refuse(NTIX_EINVAL, call);
  if ((e->flags & need) != need)
    return ntix__refuse(NTIX_EBADF, call);
  return 0;
}

/* NT ranges are an offset and a length; "to the end of any size" ends at
 * INT64_MAX, as Linux's OFFSET_MAX. */
static void
nt_range(int64_t offset, int64_t len, LARGE_INTEGER *off, LARGE_INTEGER *n) {
  off->QuadPart = offset;
  n->QuadPart = ntix__lock_end(offset, len) - offset;
}

/* Wine 8.0 refuses an IO_STATUS_BLOCK (STATUS_NOT_IMPLEMENTED) in
 * NtLockFile and NtUnlockFile, where Windows requires one: the call is
 * repeated without it. */
static NTSTATUS
nt_lock(HANDLE h, LARGE_INTEGER *off, LARGE_INTEGER *n, int nb, int ex) {
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  st = NtLockFile(h, NULL, NULL, NULL, &iosb, off, n, NULL, (BOOLEAN)nb,
                  (BOOLEAN)ex);
  if (st == STATUS_NOT_IMPLEMENTED)
    st = NtLockFile(h, NULL, NULL, NULL, NULL, off, n, NULL, (BOOLEAN)nb,
                    (BOOLEAN)ex);
  if (st == STATUS_PENDING)
    st = NtWaitForSingleObject(h, FALSE, NULL) == STATUS_SUCCESS
             ? iosb.Status
             : STATUS_PENDING;
  return st;
}

int
ntix__b_lock(int fd, int64_t offset, int64_t len, int flags) {
  LARGE_INTEGER off, n;
  ntix__fdent_t e;
  NTSTATUS st;
  int ex = (flags & NTIX_LOCK_EX) != 0, rc;

  if ((rc = ntix__check_lock(offset, len, flags, "ntix_lock")) < 0 ||
      (rc = lock_fd(fd, &e, ex ? NTIX__F_WRITE : NTIX__F_READ, "ntix_lock")) <
          0)
    return rc;
  nt_range(offset, len, &off, &n);
  st = nt_lock(e.handle, &off, &n, (flags & NTIX_LOCK_NB) != 0, ex);
  if (st != STATUS_SUCCESS)
    return ntix__fail_nt((uint32_t)st, "NtLockFile");
  return 0;
}

int
ntix__b_unlock(int fd, int64_t offset, int64_t len) {
  LARGE_INTEGER off, n;
  IO_STATUS_BLOCK iosb;
  ntix__fdent_t e;
  NTSTATUS st;
  int rc;

  if ((rc = ntix__check_lock(offset, len, -1, "ntix_unlock")) < 0 ||
      (rc = lock_fd(fd, &e, 0, "ntix_unlock")) < 0)
    return rc;
  nt_range(offset, len, &off, &n);
  st = NtUnlockFile(e.handle, &iosb, &off, &n, NULL);
  if (st == STATUS_NOT_IMPLEMENTED) /* Wine 8.0, as nt_lock */
    st = NtUnlockFile(e.handle, NULL, &off, &n, NULL);
  /* No lock with exactly this range: Windows says RANGE_NOT_LOCKED, Wine
   * FILE_LOCK_CONFLICT.  Linux unlocks whatever part of the range is
   * locked; NT cannot, and says so. */
  if (st == STATUS_RANGE_NOT_LOCKED || st == STATUS_FILE_LOCK_CONFLICT ||
      st == STATUS_NOT_LOCKED)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOLCK,
                      "NtUnlockFile");
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtUnlockFile");
  return 0;
}

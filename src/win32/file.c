/* file.c (Windows): open, read, write, positional and vector I/O, seek,
 * truncate and fsync: NtCreateFile, NtReadFile, NtWriteFile,
 * NtQuery/SetInformationFile and NtFlushBuffersFile.  stat is in stat.c,
 * unlink/rename/mkdir/rmdir in unlink.c.
 *
 * Map: 1 open, 2 read/write, 3 vectors, 4 seek/truncate/fsync.
 */
#include <stdlib.h>
#include <string.h>

#include "win32-int.h"

#define SHARE_ALL (FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)
/* Vector I/O up to this total goes through one buffer and one call, so a
 * small writev is one append and one atomic pipe write, as on Linux. */
#define GATHER_MAX (64 * 1024)
/* O_APPEND writev is concatenated up to this size, so it stays one
 * append; larger vectors append piece by piece. */
#define APPEND_GATHER_MAX (16 * 1024 * 1024)

NTSTATUS
ntix__nt_create(HANDLE *h,
                const UNICODE_STRING *nt,
                ACCESS_MASK access,
                ULONG attrs,
                ULONG disposition,
                ULONG options,
                ULONG objattr,
                ULONG_PTR *info) {
  OBJECT_ATTRIBUTES oa;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  InitializeObjectAttributes(&oa, (PUNICODE_STRING)nt,
                             OBJ_CASE_INSENSITIVE | objattr, NULL, NULL);
  iosb.Information = 0;
  st = NtCreateFile(h, access, &oa, &iosb, NULL, attrs, SHARE_ALL, disposition,
                    options | FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
  if (info != NULL)
    *info = iosb.Information;
  return st;
}

int
ntix__file_info(
    HANDLE h, void *info, ULONG len, FILE_INFORMATION_CLASS cls, int set) {
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  if (set)
    st = NtSetInformationFile(h, &iosb, info, len, cls);
  else
    st = NtQueryInformationFile(h, &iosb, info, len, cls);
  if (!NT_SUCCESS(st))
    return ntix__fail_nt(
        (uint32_t)st, set ? "NtSetInformationFile" : "NtQueryInformationFile");
  return 0;
}

int
ntix__is_link_tag(ULONG tag) {
  return tag == IO_REPARSE_TAG_SYMLINK || tag == IO_REPARSE_TAG_MOUNT_POINT;
}

/* Attributes of an NT path (FILE_ATTRIBUTE_*), or (ULONG)-1 if it cannot
 * be queried. */
static ULONG
path_attributes(const UNICODE_STRING *nt) {
  FILE_BASIC_INFORMATION fbi;
  OBJECT_ATTRIBUTES oa;

  InitializeObjectAttributes(&oa, (PUNICODE_STRING)nt, OBJ_CASE_INSENSITIVE,
                             NULL, NULL);
  if (!NT_SUCCESS(NtQueryAttributesFile(&oa, &fbi)))
    return (ULONG)-1;
  return fbi.FileAttributes;
}

/* NT reports "a parent is missing" and "a parent is a file" alike, as
 * OBJECT_PATH_NOT_FOUND (Wine sometimes as OBJECT_NAME_NOT_FOUND): walk up
 * the parents until one exists and see whether it is a directory. */
static int
parent_is_file(const UNICODE_STRING *nt) {
  UNICODE_STRING pre = *nt;
  size_t n = nt->Length / 2;
  ULONG attrs;

  while (n > 4) {
    n--;
    while (n > 4 && nt->Buffer[n] != '\\') n--;
    if (n <= 6)
      return 0;
    pre.Length = (USHORT)(n * 2);
    attrs = path_attributes(&pre);
    if (attrs != (ULONG)-1)
      return !(attrs & FILE_ATTRIBUTE_DIRECTORY);
  }
  return 0;
}

int
ntix__fail_open(NTSTATUS st, const UNICODE_STRING *nt, const char *call) {
  switch (st) {
    case STATUS_OBJECT_PATH_NOT_FOUND:
    case STATUS_OBJECT_NAME_NOT_FOUND:
      if (nt != NULL && parent_is_file(nt))
        return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOTDIR,
                          call);
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOENT, call);
    case STATUS_DELETE_PENDING:
      /* The name is being removed: for POSIX it is already gone. */
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOENT, call);
    case STATUS_NOT_A_DIRECTORY:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOTDIR, call);
    case STATUS_FILE_IS_A_DIRECTORY:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EISDIR, call);
    case STATUS_OBJECT_NAME_COLLISION:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EEXIST, call);
    case STATUS_DIRECTORY_NOT_EMPTY:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENOTEMPTY,
                        call);
    case STATUS_NOT_SAME_DEVICE:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EXDEV, call);
    case STATUS_NAME_TOO_LONG:
      return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ENAMETOOLONG,
                        call);
    default:
      return ntix__fail_nt((uint32_t)st, call);
  }
}

/* ---- 1. open ------------------------------------------------------------- */

static ULONG
open_disposition(int flags) {
  if (flags & NTIX_O_CREAT) {
    if (flags & NTIX_O_EXCL)
      return FILE_CREATE;
    return (flags & NTIX_O_TRUNC) ? FILE_OVERWRITE_IF : FILE_OPEN_IF;
  }
  return (flags & NTIX_O_TRUNC) ? FILE_OVERWRITE : FILE_OPEN;
}

static ACCESS_MASK
open_access(int acc) {
  if (acc == NTIX_O_RDONLY)
    return FILE_GENERIC_READ;
  if (acc == NTIX_O_WRONLY)
    return FILE_GENERIC_WRITE | FILE_READ_ATTRIBUTES;
  return FILE_GENERIC_READ | FILE_GENERIC_WRITE;
}

/* "name/" must be a directory: EISDIR where it would be created or
 * written, ENOTDIR for a file, as Linux says. */
int
ntix__open_trailing_slash(const UNICODE_STRING *nt, int flags) {
  ULONG attrs = path_attributes(nt);

  if (attrs == (ULONG)-1)
    return (flags & NTIX_O_CREAT) ? NTIX_EISDIR : NTIX_ENOENT;
  if (!(attrs & FILE_ATTRIBUTE_DIRECTORY))
    return NTIX_ENOTDIR;
  return NTIX_EISDIR;
}

/* After an open with FILE_OPEN_REPARSE_POINT: 1 if h is a symbolic link
 * (or junction), 2 if it is another kind of reparse point that should be
 * opened normally, 0 otherwise. */
static int
nofollow_check(HANDLE h) {
  FILE_ATTRIBUTE_TAG_INFORMATION tag;
  IO_STATUS_BLOCK iosb;

  if (!NT_SUCCESS(NtQueryInformationFile(h, &iosb, &tag, sizeof(tag),
                                         FileAttributeTagInformation)) ||
      !(tag.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
    return 0;
  return ntix__is_link_tag(tag.ReparseTag) ? 1 : 2;
}

static uint32_t
open_flags(int flags) {
  int acc = flags & NTIX_O_ACCMODE;
  uint32_t f = NTIX__F_SYNC;

  if (acc != NTIX_O_WRONLY)
    f |= NTIX__F_READ;
  if (acc != NTIX_O_RDONLY)
    f |= NTIX__F_WRITE;
  if (flags & NTIX_O_APPEND)
    f |= NTIX__F_APPEND;
  if (flags & NTIX_O_NONBLOCK)
    f |= NTIX__F_NONBLOCK;
  if (flags & NTIX_O_INHERIT)
    f |= NTIX__F_INHERIT;
  return f;
}

/* NtCreateFile with DELETE access where the caller may have it (so the
 * handle can be renamed or deleted), else without: where it is refused
 * for lack of the right, or for sharing because another handle to the
 * file does not share delete (the process's current directory, a file the
 * C library or another component opened with CreateFile's default
 * sharing).  Linux opens both; the path can then not be unlinked or
 * renamed while that other handle is open (NTIX_EBUSY, see
 * doc/known-differences.md), and nothing ntix does with the descriptor
 * needs DELETE. */
static NTSTATUS
open_handle(HANDLE *h, const UNICODE_STRING *nt, int flags, int mode) {
  ACCESS_MASK access = open_access(flags & NTIX_O_ACCMODE);
  ULONG attrs = FILE_ATTRIBUTE_NORMAL, options = 0, objattr = 0;
  ULONG disp = open_disposition(flags);
  NTSTATUS st;

  if ((flags & NTIX_O_CREAT) && !(mode & 0200))
    attrs = FILE_ATTRIBUTE_READONLY;
  if ((flags & NTIX_O_ACCMODE) != NTIX_O_RDONLY || (flags & NTIX_O_CREAT))
    options |= FILE_NON_DIRECTORY_FILE;
  if (flags & NTIX_O_DIRECTORY)
    options |= FILE_DIRECTORY_FILE;
  if (flags & NTIX_O_NOFOLLOW)
    options |= FILE_OPEN_REPARSE_POINT;
  if (flags & NTIX_O_INHERIT)
    objattr |= OBJ_INHERIT;
  st = ntix__nt_create(h, nt, access | DELETE, attrs, disp, options, objattr,
                       NULL);
  if (st == STATUS_ACCESS_DENIED || st == STATUS_SHARING_VIOLATION)
    st = ntix__nt_create(h, nt, access, attrs, disp, options, objattr, NULL);
  if (NT_SUCCESS(st) && (flags & NTIX_O_NOFOLLOW)) {
    switch (nofollow_check(*h)) {
      case 1:
        NtClose(*h);
        return STATUS_STOPPED_ON_SYMLINK;
      case 2:
        NtClose(*h);
        return open_handle(h, nt, flags & ~NTIX_O_NOFOLLOW, mode);
    }
  }
  return st;
}

int
ntix__b_open(const char *path, int flags, int mode) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  ntix__kind_t kind;
  int rc;

  rc = ntix__check_open_flags(flags, "ntix_open");
  if (rc == 0)
    rc = ntix__path_to_nt(path, &nt, "ntix_open");
  if (rc != 0)
    return rc;
  if (ntix__path_trailing_slash(path)) {
    if ((flags & NTIX_O_CREAT) || (flags & NTIX_O_ACCMODE) != NTIX_O_RDONLY)
      rc = ntix__open_trailing_slash(&nt, flags);
    flags |= NTIX_O_DIRECTORY;
  }
  if (rc != 0) {
    ntix__path_free(&nt);
    return ntix__refuse(rc, "ntix_open");
  }
  st = open_handle(&h, &nt, flags, mode);
  if (!NT_SUCCESS(st)) {
    rc = st == STATUS_STOPPED_ON_SYMLINK
             ? ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_ELOOP,
                          "NtCreateFile")
             : ntix__fail_open(st, &nt, "NtCreateFile");
    ntix__path_free(&nt);
    return rc;
  }
  ntix__path_free(&nt);
  kind = (flags & NTIX_O_DIRECTORY) ? NTIX__K_DIR : ntix__classify_handle(h);
  rc = ntix__fd_alloc(h, kind, open_flags(flags), NULL);
  if (rc < 0)
    NtClose(h);
  return rc;
}

/* ---- 2. read and write --------------------------------------------------- */

/* Waits for an operation NT left pending: on a synchronous handle NT
 * normally waits itself, but an adopted handle may be asynchronous, and
 * its file object is signalled when the operation completes. */
static NTSTATUS
io_wait(HANDLE h, NTSTATUS st, IO_STATUS_BLOCK *iosb) {
  if (st != STATUS_PENDING)
    return st;
  st = NtWaitForSingleObject(h, FALSE, NULL);
  return NT_SUCCESS(st) ? iosb->Status : st;
}

static int64_t
io_read(const ntix__fdent_t *e, void *buf, size_t len, LARGE_INTEGER *off) {
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  iosb.Information = 0;
  st = NtReadFile(e->handle, NULL, NULL, NULL, &iosb, buf, (ULONG)len, off,
                  NULL);
  st = io_wait(e->handle, st, &iosb);
  /* BUFFER_OVERFLOW: part of a message of an adopted message-mode pipe;
   * the rest comes with the next reads, as a byte stream's would. */
  if (NT_SUCCESS(st) || st == STATUS_BUFFER_OVERFLOW)
    return (int64_t)iosb.Information;
  /* End of data: a file's end, or a pipe whose writer has gone. */
  if (st == STATUS_END_OF_FILE || st == STATUS_PIPE_BROKEN)
    return 0;
  if (st == STATUS_PIPE_EMPTY)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EAGAIN,
                      "NtReadFile");
  return ntix__fail_nt((uint32_t)st, "NtReadFile");
}

static int64_t
io_write(const ntix__fdent_t *e,
         const void *buf,
         size_t len,
         LARGE_INTEGER *off) {
  LARGE_INTEGER end;
  IO_STATUS_BLOCK iosb;
  NTSTATUS st;

  /* O_APPEND: NT moves to the end and writes under one lock, so writers
   * through different descriptors never overwrite each other. */
  if (off == NULL && (e->flags & NTIX__F_APPEND)) {
    end.u.LowPart = NTIX__FILE_WRITE_TO_END_OF_FILE;
    end.u.HighPart = -1;
    off = &end;
  }
  iosb.Information = 0;
  st = NtWriteFile(e->handle, NULL, NULL, NULL, &iosb, (PVOID)buf, (ULONG)len,
                   off, NULL);
  st = io_wait(e->handle, st, &iosb);
  if (NT_SUCCESS(st)) {
    if (iosb.Information == 0 && len != 0 && e->kind == NTIX__K_PIPE)
      return ntix__refuse(NTIX_EAGAIN, "NtWriteFile");
    return (int64_t)iosb.Information;
  }
  if (st == STATUS_PIPE_CLOSING || st == STATUS_PIPE_BROKEN ||
      st == STATUS_PIPE_DISCONNECTED)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EPIPE,
                      "NtWriteFile");
  return ntix__fail_nt((uint32_t)st, "NtWriteFile");
}

/* The descriptor checks common to every read (write when writing):
 * 0 or a refused NTIX_E*. */
static int
io_check(const ntix__fdent_t *e, int writing, const char *call) {
  /* The access mode first: a directory is open read-only, so writing it
   * is EBADF and reading it EISDIR, as on Linux. */
  if (!(e->flags & (writing ? NTIX__F_WRITE : NTIX__F_READ)))
    return ntix__refuse(NTIX_EBADF, call);
  if (e->kind == NTIX__K_DIR)
    return ntix__refuse(NTIX_EISDIR, call);
  return 0;
}

static int64_t
fd_read(int fd, const ntix__fdent_t *e, void *buf, size_t len) {
  const ntix__fdops_t *ops = ntix__fd_ops(e);

  if (ops != NULL && ops->read != NULL)
    return ops->read(fd, e, buf, len);
  /* A zero-length read of a pipe would wait for data on NT. */
  if (len == 0)
    return 0;
  return io_read(e, buf, len, NULL);
}

static int64_t
fd_write(int fd, const ntix__fdent_t *e, const void *buf, size_t len) {
  const ntix__fdops_t *ops = ntix__fd_ops(e);

  if (ops != NULL && ops->write != NULL)
    return ops->write(fd, e, buf, len);
  if (len == 0)
    return 0;
  return io_write(e, buf, len, NULL);
}

int64_t
ntix__b_read(int fd, void *buf, size_t len) {
  ntix__fdent_t e;
  int rc;

  rc = ntix__check_buf(buf, len, "ntix_read");
  if (rc == 0)
    rc = ntix__fd_get(fd, &e, "ntix_read");
  if (rc == 0)
    rc = io_check(&e, 0, "ntix_read");
  if (rc == 0)
    rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_read");
  if (rc != 0)
    return rc;
  return fd_read(fd, &e, buf, ntix__clamp_len(len));
}

int64_t
ntix__b_write(int fd, const void *buf, size_t len) {
  ntix__fdent_t e;
  int rc;

  rc = ntix__check_buf(buf, len, "ntix_write");
  if (rc == 0)
    rc = ntix__fd_get(fd, &e, "ntix_write");
  if (rc == 0)
    rc = io_check(&e, 1, "ntix_write");
  if (rc == 0)
    rc = ntix__check_range(buf, len, ntix__user_end(), "ntix_write");
  if (rc != 0)
    return rc;
  return fd_write(fd, &e, buf, ntix__clamp_len(len));
}

/* pread/pwrite must not move the descriptor's offset, but NT's synchronous
 * handles move the file object's position after I/O at an explicit
 * offset.  Tracking the offset ourselves would break dup'ed descriptors,
 * which share one position on POSIX and share the file object on NT, so
 * the position is saved before and restored after (as libuv does).  A
 * read or write on the same descriptor in another thread at that moment
 * may have its offset change undone. */
int
ntix__file_pos_get(HANDLE h, int64_t *pos) {
  FILE_POSITION_INFORMATION fpi;
  int rc = ntix__file_info(h, &fpi, sizeof(fpi), FilePositionInformation, 0);

  if (rc == 0)
    *pos = fpi.CurrentByteOffset.QuadPart;
  return rc;
}

int
ntix__file_pos_set(HANDLE h, int64_t pos) {
  FILE_POSITION_INFORMATION fpi;

  fpi.CurrentByteOffset.QuadPart = pos;
  return ntix__file_info(h, &fpi, sizeof(fpi), FilePositionInformation, 1);
}

/* The transfer is done and cannot be taken back; a position left moved
 * would misplace the descriptor's next read or write.  So a refused
 * restore is tried once more before the caller reports it (the bytes are
 * then transferred all the same: doc/hardening.md). */
int
ntix__file_pos_restore(HANDLE h, int64_t pos) {
  return ntix__file_pos_set(h, pos) != 0 ? ntix__file_pos_set(h, pos) : 0;
}

static int
pio_check(const ntix__fdent_t *e, int writing, const char *call) {
  if (e->kind == NTIX__K_PIPE || e->kind == NTIX__K_SOCKET ||
      e->kind == NTIX__K_CONSOLE || e->kind == NTIX__K_POLLER)
    return ntix__refuse(NTIX_ESPIPE, call);
  return io_check(e, writing, call);
}

static int64_t
pio(int fd, void *buf, size_t len, int64_t offset, int writing) {
  const char *call = writing ? "ntix_pwrite" : "ntix_pread";
  LARGE_INTEGER off;
  int64_t saved = 0;
  ntix__fdent_t e;
  int64_t n;
  int rc;

  rc = ntix__check_buf(buf, len, call);
  if (rc == 0 && offset < 0)
    rc = ntix__refuse(NTIX_EINVAL, call);
  if (rc == 0)
    rc = ntix__fd_get(fd, &e, call);
  if (rc == 0)
    rc = pio_check(&e, writing, call);
  if (rc == 0)
    rc = ntix__check_range(buf, len, ntix__user_end(), call);
  if (rc == 0 && len == 0)
    return 0;
  if (rc == 0)
    rc = ntix__file_pos_get(e.handle, &saved);
  if (rc != 0)
    return rc;
  off.QuadPart = offset;
  len = ntix__clamp_len(len);
  /* Linux ignores the offset of pwrite on an O_APPEND descriptor and
   * appends; so does NT for FILE_WRITE_TO_END_OF_FILE. */
  if (writing && (e.flags & NTIX__F_APPEND)) {
    off.u.LowPart = NTIX__FILE_WRITE_TO_END_OF_FILE;
    off.u.HighPart = -1;
  }
  n = writing ? io_write(&e, buf, len, &off) : io_read(&e, buf, len, &off);
  rc = ntix__file_pos_restore(e.handle, saved);
  return (n >= 0 && rc != 0) ? rc : n;
}

int64_t
ntix__b_pread(int fd, void *buf, size_t len, int64_t offset) {
  return pio(fd, buf, len, offset, 0);
}

int64_t
ntix__b_pwrite(int fd, const void *buf, size_t len, int64_t offset) {
  return pio(fd, (void *)buf, len, offset, 1);
}

/* ---- 3. vectors ---------------------------------------------------------- */

/* Loops over the vector; stops at the first short transfer (or error),
 * reporting what was transferred before it. */
static int64_t
vec_loop(int fd,
         const ntix__fdent_t *e,
         const ntix_iovec_t *iov,
         int cnt,
         int64_t total,
         int writing) {
  int64_t done = 0, n;
  size_t len;
  int i;

  for (i = 0; i < cnt && done < total; i++) {
    len = iov[i].iov_len;
    if ((int64_t)len > total - done)
      len = (size_t)(total - done);
    if (len == 0)
      continue;
    n = writing ? fd_write(fd, e, iov[i].iov_base, len)
                : fd_read(fd, e, iov[i].iov_base, len);
    if (n < 0)
      return done > 0 ? done : n;
    done += n;
    if ((size_t)n < len)
      break;
  }
  return done;
}

static void
gather(char *dst, const ntix_iovec_t *iov, int cnt, int64_t total) {
  int64_t done = 0;
  size_t len;
  int i;

  for (i = 0; i < cnt && done < total; i++) {
    len = iov[i].iov_len;
    if ((int64_t)len > total - done)
      len = (size_t)(total - done);
    memcpy(dst + done, iov[i].iov_base, len);
    done += (int64_t)len;
  }
}

static void
scatter(const char *src, const ntix_iovec_t *iov, int cnt, int64_t n) {
  int64_t done = 0;
  size_t len;
  int i;

  for (i = 0; i < cnt && done < n; i++) {
    len = iov[i].iov_len;
    if ((int64_t)len > n - done)
      len = (size_t)(n - done);
    memcpy(iov[i].iov_base, src + done, len);
    done += (int64_t)len;
  }
}

static int64_t
vec_io(int fd, const ntix_iovec_t *iov, int cnt, int writing) {
  const char *call = writing ? "ntix_writev" : "ntix_readv";
  int64_t total, n;
  ntix__fdent_t e;
  int64_t limit;
  char *tmp;
  int rc;

  total = ntix__check_iov(iov, cnt, ntix__user_end(), call);
  if (total < 0)
    return total;
  rc = ntix__fd_get(fd, &e, call);
  if (rc == 0)
    rc = io_check(&e, writing, call);
  if (rc != 0)
    return rc;
  limit =
      (writing && (e.flags & NTIX__F_APPEND)) ? APPEND_GATHER_MAX : GATHER_MAX;
  if (cnt < 2 || total == 0 || total > limit ||
      (tmp = malloc((size_t)total)) == NULL)
    return vec_loop(fd, &e, iov, cnt, total, writing);
  if (writing) {
    gather(tmp, iov, cnt, total);
    n = fd_write(fd, &e, tmp, (size_t)total);
  } else {
    n = fd_read(fd, &e, tmp, (size_t)total);
    if (n > 0)
      scatter(tmp, iov, cnt, n);
  }
  free(tmp);
  return n;
}

int64_t
ntix__b_readv(int fd, const ntix_iovec_t *iov, int iovcnt) {
  return vec_io(fd, iov, iovcnt, 0);
}

int64_t
ntix__b_writev(int fd, const ntix_iovec_t *iov, int iovcnt) {
  return vec_io(fd, iov, iovcnt, 1);
}

/* ---- 4. seek, truncate, fsync -------------------------------------------- */

static int
end_of_file(HANDLE h, int64_t *size) {
  FILE_STANDARD_INFORMATION fsi;
  int rc = ntix__file_info(h, &fsi, sizeof(fsi), FileStandardInformation, 0);

  if (rc == 0)
    *size = fsi.EndOfFile.QuadPart;
  return rc;
}

int64_t
ntix__b_seek(int fd, int64_t offset, int whence) {
  ntix__fdent_t e;
  int64_t base = 0;
  int rc;

  rc = ntix__fd_get(fd, &e, "ntix_seek");
  if (rc != 0)
    return rc;
  if (e.kind == NTIX__K_PIPE || e.kind == NTIX__K_SOCKET ||
      e.kind == NTIX__K_CONSOLE || e.kind == NTIX__K_POLLER)
    return ntix__refuse(NTIX_ESPIPE, "ntix_seek");
  if (whence == NTIX_SEEK_CUR) {
    rc = ntix__file_pos_get(e.handle, &base);
  } else if (whence == NTIX_SEEK_END) {
    rc = end_of_file(e.handle, &base);
  } else if (whence != NTIX_SEEK_SET) {
    return ntix__refuse(NTIX_EINVAL, "ntix_seek");
  }
  if (rc != 0)
    return rc;
  if ((offset > 0 && base > INT64_MAX - offset) || base + offset < 0)
    return ntix__refuse(offset > 0 ? NTIX_EOVERFLOW : NTIX_EINVAL, "ntix_seek");
  rc = ntix__file_pos_set(e.handle, base + offset);
  return rc != 0 ? rc : base + offset;
}

int
ntix__b_ftruncate(int fd, int64_t length) {
  FILE_END_OF_FILE_INFORMATION eof;
  ntix__fdent_t e;
  int rc;

  if (length < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_ftruncate");
  rc = ntix__fd_get(fd, &e, "ntix_ftruncate");
  if (rc != 0)
    return rc;
  /* As Linux: only a regular file open for writing. */
  if (e.kind != NTIX__K_FILE || !(e.flags & NTIX__F_WRITE))
    return ntix__refuse(NTIX_EINVAL, "ntix_ftruncate");
  eof.EndOfFile.QuadPart = length;
  return ntix__file_info(e.handle, &eof, sizeof(eof), FileEndOfFileInformation,
                         1);
}

int
ntix__b_fsync(int fd) {
  IO_STATUS_BLOCK iosb;
  ntix__fdent_t e;
  NTSTATUS st;
  int rc;

  rc = ntix__fd_get(fd, &e, "ntix_fsync");
  if (rc != 0)
    return rc;
  if (e.kind != NTIX__K_FILE && e.kind != NTIX__K_DIR)
    return ntix__refuse(NTIX_EINVAL, "ntix_fsync");
  /* NT flushes only through a handle with write access; a directory or a
   * read-only descriptor has nothing of its own to flush. */
  if (e.kind == NTIX__K_DIR || !(e.flags & NTIX__F_WRITE))
    return 0;
  st = NtFlushBuffersFile(e.handle, &iosb);
  if (st == STATUS_INVALID_DEVICE_REQUEST || st == STATUS_NOT_SUPPORTED ||
      st == STATUS_NOT_IMPLEMENTED)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EINVAL,
                      "NtFlushBuffersFile");
  if (!NT_SUCCESS(st))
    return ntix__fail_nt((uint32_t)st, "NtFlushBuffersFile");
  return 0;
}

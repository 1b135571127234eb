/* probe-win32.c: probes (probe.h) as the ntdll calls ntix makes, with the
 * arguments ntix would have passed: a descriptor's handle from
 * ntix_fd_native, or NULL for a descriptor that has none; a path as an NT
 * name (\??\ and the current directory before a relative path, / turned
 * into \), NULL for a NULL path, an empty name for an empty path, and a
 * name cut to 32,767 UTF-16 units (the most a UNICODE_STRING holds) for a
 * longer one.
 */
#include <stdlib.h>
#include <string.h>

#include "nt.h"
#include "probe.h"

#define PROBE__SHARE (FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE)
#define PROBE__SYNC FILE_SYNCHRONOUS_IO_NONALERT

/* An NT name for a path, owning its buffer. */
typedef struct probe__name {
  UNICODE_STRING us;
  OBJECT_ATTRIBUTES oa;
  WCHAR *buf;
  size_t units; /* the whole name, before any cut */
} probe__name_t;

static ntix_native_t
probe__nt(NTSTATUS st, const char *call) {
  ntix_native_t r = {NTIX_NATIVE_NONE, 0, 0, call};

  if (!NT_SUCCESS(st)) {
    r.kind = NTIX_NATIVE_NTSTATUS;
    r.value = (uint32_t)st;
    r.neutral = ntix_err_from_ntstatus(r.value);
  }
  return r;
}

static HANDLE
probe__handle(int fd) {
  intptr_t h = ntix_fd_native(fd);

  return h == -1 ? NULL : (HANDLE)h;
}

/* Waits for an I/O call that went pending on an overlapped handle. */
static NTSTATUS
probe__wait(HANDLE h, NTSTATUS st, IO_STATUS_BLOCK *iosb) {
  if (st == STATUS_PENDING) {
    NtWaitForSingleObject(h, FALSE, NULL);
    st = iosb->Status;
  }
  return st;
}

static void
probe__name(probe__name_t *n, const char *path) {
  static const WCHAR pre[] = L"\\??\\";
  WCHAR cwd[1024];
  size_t pre_len = 4, cwd_len = 0, len, i;
  int wlen;

  memset(n, 0, sizeof(*n));
  InitializeObjectAttributes(&n->oa, NULL, OBJ_CASE_INSENSITIVE, NULL, NULL);
  if (path == NULL)
    return;
  n->oa.ObjectName = &n->us;
  wlen = path[0] ? MultiByteToWideChar(CP_UTF8, 0, path, -1, NULL, 0) : 1;
  if (path[0] && !(path[1] == ':' || path[0] == '/' || path[0] == '\\')) {
    cwd_len = GetCurrentDirectoryW(1024, cwd);
    if (cwd_len >= 1024)
      cwd_len = 0;
    if (cwd_len > 0 && cwd[cwd_len - 1] != L'\\')
      cwd[cwd_len++] = L'\\';
  }
  if (!path[0])
    pre_len = 0;
  n->buf = malloc((pre_len + cwd_len + (size_t)wlen + 1) * sizeof(WCHAR));
  if (n->buf == NULL)
    return;
  memcpy(n->buf, pre, pre_len * sizeof(WCHAR));
  memcpy(n->buf + pre_len, cwd, cwd_len * sizeof(WCHAR));
  n->buf[pre_len + cwd_len] = 0;
  if (path[0])
    MultiByteToWideChar(CP_UTF8, 0, path, -1, n->buf + pre_len + cwd_len, wlen);
  len = wcslen(n->buf);
  for (i = 0; i < len; i++)
    if (n->buf[i] == L'/')
      n->buf[i] = L'\\';
  n->units = len;
  if (len > 32767)
    len = 32767;
  n->us.Buffer = n->buf;
  n->us.Length = (USHORT)(len * sizeof(WCHAR));
  n->us.MaximumLength = n->us.Length;
}

static void
probe__name_free(probe__name_t *n) {
  free(n->buf);
}

ntix_native_t
probe_read(int fd, void *buf, size_t len) {
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER pos;
  HANDLE h = probe__handle(fd);
  NTSTATUS st;

  pos.HighPart = -1;
  pos.LowPart = NTIX__FILE_USE_FILE_POINTER_POSITION;
  st = NtReadFile(h, NULL, NULL, NULL, &iosb, buf, (ULONG)len, &pos, NULL);
  return probe__nt(probe__wait(h, st, &iosb), "NtReadFile");
}

ntix_native_t
probe_write(int fd, const void *buf, size_t len) {
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER pos;
  HANDLE h = probe__handle(fd);
  NTSTATUS st;

  pos.HighPart = -1;
  pos.LowPart = NTIX__FILE_USE_FILE_POINTER_POSITION;
  st = NtWriteFile(h, NULL, NULL, NULL, &iosb, (void *)buf, (ULONG)len, &pos,
                   NULL);
  return probe__nt(probe__wait(h, st, &iosb), "NtWriteFile");
}

ntix_native_t
probe_pread(int fd, void *buf, size_t len, int64_t off) {
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER pos;
  HANDLE h = probe__handle(fd);
  NTSTATUS st;

  pos.QuadPart = off;
  st = NtReadFile(h, NULL, NULL, NULL, &iosb, buf, (ULONG)len, &pos, NULL);
  return probe__nt(probe__wait(h, st, &iosb), "NtReadFile");
}

ntix_native_t
probe_pwrite(int fd, const void *buf, size_t len, int64_t off) {
  IO_STATUS_BLOCK iosb;
  LARGE_INTEGER pos;
  HANDLE h = probe__handle(fd);
  NTSTATUS st;

  pos.QuadPart = off;
  st = NtWriteFile(h, NULL, NULL, NULL, &iosb, (void *)buf, (ULONG)len, &pos,
                   NULL);
  return probe__nt(probe__wait(h, st, &iosb), "NtWriteFile");
}

/* Every whence becomes the absolute position off: the probe asks only
 * whether the handle takes a position. */
ntix_native_t
probe_seek(int fd, int64_t off, int whence) {
  IO_STATUS_BLOCK iosb;
  FILE_POSITION_INFORMATION fpi;

  (void)whence;
  fpi.CurrentByteOffset.QuadPart = off;
  return probe__nt(NtSetInformationFile(probe__handle(fd), &iosb, &fpi,
                                        sizeof(fpi), FilePositionInformation),
                   "NtSetInformationFile");
}

ntix_native_t
probe_fstat(int fd) {
  IO_STATUS_BLOCK iosb;
  FILE_BASIC_INFORMATION fbi;

  return probe__nt(NtQueryInformationFile(probe__handle(fd), &iosb, &fbi,
                                          sizeof(fbi), FileBasicInformation),
                   "NtQueryInformationFile");
}

ntix_native_t
probe_ftruncate(int fd, int64_t len) {
  IO_STATUS_BLOCK iosb;
  FILE_END_OF_FILE_INFORMATION eof;

  eof.EndOfFile.QuadPart = len;
  return probe__nt(NtSetInformationFile(probe__handle(fd), &iosb, &eof,
                                        sizeof(eof), FileEndOfFileInformation),
                   "NtSetInformationFile");
}

ntix_native_t
probe_fsync(int fd) {
  IO_STATUS_BLOCK iosb;

  return probe__nt(NtFlushBuffersFile(probe__handle(fd), &iosb),
                   "NtFlushBuffersFile");
}

ntix_native_t
probe_dup(int fd) {
  HANDLE out = NULL;
  NTSTATUS st =
      NtDuplicateObject(NtCurrentProcess(), probe__handle(fd),
                        NtCurrentProcess(), &out, 0, 0, DUPLICATE_SAME_ACCESS);

  if (NT_SUCCESS(st))
    NtClose(out);
  return probe__nt(st, "NtDuplicateObject");
}

ntix_native_t
probe_close(int fd) {
  return probe__nt(NtClose(probe__handle(fd)), "NtClose");
}

/* NtCreateFile on path; the handle is closed at once. */
static ntix_native_t
probe__create(const char *path, ACCESS_MASK access, ULONG disp, ULONG opts) {
  probe__name_t n;
  IO_STATUS_BLOCK iosb;
  HANDLE h = NULL;
  NTSTATUS st;

  probe__name(&n, path);
  st = NtCreateFile(&h, access | SYNCHRONIZE, &n.oa, &iosb, NULL,
                    FILE_ATTRIBUTE_NORMAL, PROBE__SHARE, disp,
                    opts | PROBE__SYNC, NULL, 0);
  if (NT_SUCCESS(st))
    NtClose(h);
  probe__name_free(&n);
  return probe__nt(st, "NtCreateFile");
}

ntix_native_t
probe_open(const char *path, int flags) {
  ACCESS_MASK access = FILE_GENERIC_READ;
  ULONG disp = FILE_OPEN, opts = 0;

  if ((flags & NTIX_O_ACCMODE) == NTIX_O_WRONLY)
    access = FILE_GENERIC_WRITE;
  else if ((flags & NTIX_O_ACCMODE) == NTIX_O_RDWR)
    access = FILE_GENERIC_READ | FILE_GENERIC_WRITE;
  if (flags & NTIX_O_CREAT)
    disp = (flags & NTIX_O_EXCL)    ? FILE_CREATE
           : (flags & NTIX_O_TRUNC) ? FILE_OVERWRITE_IF
                                    : FILE_OPEN_IF;
  else if (flags & NTIX_O_TRUNC)
    disp = FILE_OVERWRITE;
  if (flags & NTIX_O_DIRECTORY)
    opts = FILE_DIRECTORY_FILE;
  return probe__create(path, access, disp, opts);
}

ntix_native_t
probe_stat(const char *path) {
  probe__name_t n;
  FILE_BASIC_INFORMATION fbi;
  NTSTATUS st;

  probe__name(&n, path);
  st = NtQueryAttributesFile(&n.oa, &fbi);
  probe__name_free(&n);
  return probe__nt(st, "NtQueryAttributesFile");
}

ntix_native_t
probe_lstat(const char *path) {
  return probe_stat(path);
}

/* Opens path for deletion and marks it deleted (closed at once). */
static ntix_native_t
probe__delete(const char *path, ULONG opts) {
  probe__name_t n;
  IO_STATUS_BLOCK iosb;
  FILE_DISPOSITION_INFORMATION di = {TRUE};
  HANDLE h = NULL;
  NTSTATUS st;

  probe__name(&n, path);
  st = NtOpenFile(&h, DELETE | SYNCHRONIZE, &n.oa, &iosb, PROBE__SHARE,
                  opts | FILE_OPEN_REPARSE_POINT | PROBE__SYNC);
  probe__name_free(&n);
  if (!NT_SUCCESS(st))
    return probe__nt(st, "NtOpenFile");
  st = NtSetInformationFile(h, &iosb, &di, sizeof(di),
                            FileDispositionInformation);
  NtClose(h);
  return probe__nt(st, "NtSetInformationFile");
}

ntix_native_t
probe_unlink(const char *path) {
  return probe__delete(path, FILE_NON_DIRECTORY_FILE);
}

ntix_native_t
probe_rmdir(const char *path) {
  return probe__delete(path, FILE_DIRECTORY_FILE);
}

ntix_native_t
probe_rename(const char *from, const char *to) {
  probe__name_t n, t;
  IO_STATUS_BLOCK iosb;
  FILE_RENAME_INFORMATION *ri;
  HANDLE h = NULL;
  NTSTATUS st;
  size_t bytes;

  probe__name(&n, from);
  st = NtOpenFile(&h, DELETE | SYNCHRONIZE, &n.oa, &iosb, PROBE__SHARE,
                  FILE_OPEN_REPARSE_POINT | PROBE__SYNC);
  probe__name_free(&n);
  if (!NT_SUCCESS(st))
    return probe__nt(st, "NtOpenFile");
  /* The target name is a ULONG byte count: never cut. */
  probe__name(&t, to);
  bytes = t.buf ? t.units * sizeof(WCHAR) : 0;
  ri = calloc(1, sizeof(*ri) + bytes);
  if (ri == NULL) {
    NtClose(h);
    probe__name_free(&t);
    return probe__nt(STATUS_NO_MEMORY, "calloc");
  }
  ri->FileNameLength = (ULONG)bytes;
  if (bytes)
    memcpy(ri->FileName, t.buf, bytes);
  st = NtSetInformationFile(h, &iosb, ri, (ULONG)(sizeof(*ri) + bytes),
                            FileRenameInformation);
  free(ri);
  probe__name_free(&t);
  NtClose(h);
  return probe__nt(st, "NtSetInformationFile");
}

ntix_native_t
probe_mkdir(const char *path) {
  return probe__create(path, FILE_LIST_DIRECTORY, FILE_CREATE,
                       FILE_DIRECTORY_FILE);
}

/* NtOpenFile of a directory, as ntix_chdir and ntix_dir_open make it. */
static ntix_native_t
probe__open_dir(const char *path, ACCESS_MASK access) {
  probe__name_t n;
  IO_STATUS_BLOCK iosb;
  HANDLE h = NULL;
  NTSTATUS st;

  probe__name(&n, path);
  st = NtOpenFile(&h, access | SYNCHRONIZE, &n.oa, &iosb, PROBE__SHARE,
                  FILE_DIRECTORY_FILE | PROBE__SYNC);
  if (NT_SUCCESS(st))
    NtClose(h);
  probe__name_free(&n);
  return probe__nt(st, "NtOpenFile");
}

ntix_native_t
probe_chdir(const char *path) {
  return probe__open_dir(path, FILE_TRAVERSE);
}

ntix_native_t
probe_dir_open(const char *path) {
  return probe__open_dir(path, FILE_LIST_DIRECTORY);
}

/* ntix/file.h: descriptors, files, directories, pipes, memory, byte-range
 * locks, file mapping and copying.  Part of <ntix.h>, which is the header to
 * include. */
#ifndef NTIX_FILE_H
#define NTIX_FILE_H

#include "base.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Descriptors
 *
 * Small non-negative ints on both OSes.  On Linux the kernel's fd; on
 * Windows an index into ntix's descriptor table holding the HANDLE.
 * ------------------------------------------------------------------------ */

/* Adopts a native handle (Windows HANDLE) or fd (Linux) into a descriptor.
 * The descriptor owns it from then on.  NTIX_EBADF if native is invalid
 * (-1 or NULL); NTIX_EMFILE if the table is full. */
NTIX_API int ntix_fd_from_native(intptr_t native);

/* The native handle or fd behind fd, or -1 if fd is not open.  The
 * descriptor keeps owning it. */
NTIX_API intptr_t ntix_fd_native(int fd);

/* Closes fd.  NTIX_EBADF if it is not open. */
NTIX_API int ntix_close(int fd);

/* A new descriptor (the lowest free one) for the same open file.  Not
 * inheritable.  NTIX_EBADF, NTIX_EMFILE. */
NTIX_API int ntix_dup(int fd);

/* ------------------------------------------------------------------------
 * Files
 * ------------------------------------------------------------------------ */

/* ntix_open flags: the access mode is exactly one of the first three. */
#define NTIX_O_RDONLY 0x0000
#define NTIX_O_WRONLY 0x0001
#define NTIX_O_RDWR 0x0002
#define NTIX_O_ACCMODE 0x0003
#define NTIX_O_CREAT 0x0040
#define NTIX_O_EXCL 0x0080
#define NTIX_O_TRUNC 0x0200
#define NTIX_O_APPEND 0x0400
#define NTIX_O_NONBLOCK 0x0800
#define NTIX_O_DIRECTORY 0x10000
#define NTIX_O_NOFOLLOW 0x20000
/* Descriptors are close-on-exec / not inheritable unless this is given. */
#define NTIX_O_INHERIT 0x40000000

/* Opens or creates path (UTF-8).  mode gives permission bits for a new file
 * (Windows: no write bit (0200) for the owner makes it read-only).
 * Errors: NTIX_EINVAL (bad flags: access mode 3, unknown bits, EXCL
 * without CREAT, DIRECTORY with CREAT or write access, TRUNC with
 * RDONLY), NTIX_EFAULT
 * (path NULL), NTIX_ENOENT (missing, or empty path, or missing parent),
 * NTIX_ENOTDIR (a parent is a file, or DIRECTORY on a file), NTIX_EISDIR (a
 * directory opened for writing), NTIX_EEXIST (CREAT|EXCL on an existing
 * name), NTIX_EACCES, NTIX_ENAMETOOLONG (a component over 255 bytes or
 * units, or a path longer than the OS allows: 4095 bytes on Linux, 32,767
 * UTF-16 units on Windows), NTIX_EILSEQ (not valid UTF-8), NTIX_ELOOP
 * (NOFOLLOW on a symlink), NTIX_EMFILE.
 *
 * Every call taking a path refuses NULL with NTIX_EFAULT, "" with
 * NTIX_ENOENT and invalid UTF-8 with NTIX_EILSEQ, on both OSes, before any
 * system call (Linux would accept any bytes; Windows cannot).  A path ends
 * at its first NUL, so an embedded NUL cannot be expressed.  ".." is
 * resolved as POSIX does: "missing/../x" is NTIX_ENOENT on both. */
NTIX_API int ntix_open(const char *path, int flags, int mode);

/* Read and write: the byte count, 0 at end of file.  A write returns the
 * number of bytes really written; it never reports a partial write as
 * complete.  The length contract, the same on every OS: the range
 * [buf, buf + len) must lie in the user address space; one that wraps
 * around or leaves it is NTIX_EFAULT before any byte moves (never cut
 * short: that would turn an error into memory corruption).  A valid range
 * longer than NTIX_IO_MAX is served up to NTIX_IO_MAX, never an error.
 * The buffer must be valid for the bytes that really move, as with any
 * system call.  Argument checks come first: NTIX_EFAULT for a NULL buffer
 * with a non-zero length, even on a bad descriptor.  Then: NTIX_EBADF (not
 * open, or not open for that access: a write on a directory is NTIX_EBADF,
 * as a directory is only ever open for reading), NTIX_EFAULT (the range,
 * as above), NTIX_EISDIR (read on a directory), NTIX_EAGAIN (non-blocking
 * and not ready), NTIX_EPIPE (a pipe with no reader; never a signal). */
#define NTIX_IO_MAX 0x7ffff000
NTIX_API int64_t ntix_read(int fd, void *buf, size_t len);
NTIX_API int64_t ntix_write(int fd, const void *buf, size_t len);

/* At an offset, not moving the file position.  NTIX_EINVAL for a negative
 * offset, NTIX_ESPIPE on a pipe. */
NTIX_API int64_t ntix_pread(int fd, void *buf, size_t len, int64_t offset);
NTIX_API int64_t ntix_pwrite(int fd,
                             const void *buf,
                             size_t len,
                             int64_t offset);

/* Same layout as struct iovec. */
typedef struct ntix_iovec {
  void *iov_base;
  size_t iov_len;
} ntix_iovec_t;
#define NTIX_IOV_MAX 1024

/* Scatter/gather.  NTIX_EINVAL for iovcnt < 0 or > NTIX_IOV_MAX or an
 * element longer than INT64_MAX; NTIX_EFAULT for iov NULL with
 * iovcnt > 0, a NULL base with a non-zero length, or an element whose
 * range wraps or leaves the address space (as for ntix_read); a total
 * above NTIX_IO_MAX is served up to NTIX_IO_MAX. */
NTIX_API int64_t ntix_readv(int fd, const ntix_iovec_t *iov, int iovcnt);
NTIX_API int64_t ntix_writev(int fd, const ntix_iovec_t *iov, int iovcnt);

#define NTIX_SEEK_SET 0
#define NTIX_SEEK_CUR 1
#define NTIX_SEEK_END 2
/* The new offset.  NTIX_EINVAL (whence other than SET, CUR and END --
 * Linux's SEEK_DATA/SEEK_HOLE are not offered -- or a negative result),
 * NTIX_ESPIPE (pipe or socket), NTIX_EBADF. */
NTIX_API int64_t ntix_seek(int fd, int64_t offset, int whence);

/* File types, the same on both OSes. */
typedef enum ntix_ftype {
  NTIX_FT_UNKNOWN = 0,
  NTIX_FT_REG = 1,
  NTIX_FT_DIR = 2,
  NTIX_FT_LNK = 3,
  NTIX_FT_FIFO = 4,
  NTIX_FT_SOCK = 5,
  NTIX_FT_CHR = 6,
  NTIX_FT_BLK = 7
} ntix_ftype_t;

/* A neutral stat record.  Times are nanoseconds since 1970-01-01 UTC;
 * btime_ns is -1 where the file system does not keep a birth time. */
typedef struct ntix_stat {
  ntix_ftype_t type;
  uint32_t mode;  /* permission bits (07777) */
  uint64_t size;  /* bytes; 0 for pipes and directories' own size varies */
  uint64_t nlink; /* hard links */
  uint64_t dev;   /* device (Linux), volume serial number (Windows) */
  uint64_t ino;   /* inode (Linux), file id (Windows) */
  int64_t atime_ns;
  int64_t mtime_ns;
  int64_t ctime_ns; /* status change (Windows: ChangeTime) */
  int64_t btime_ns; /* birth, or -1 */
} ntix_stat_t;

/* NTIX_EFAULT for st NULL; path errors as ntix_open. lstat does not follow
 * a final symbolic link. */
NTIX_API int ntix_fstat(int fd, ntix_stat_t *st);
NTIX_API int ntix_stat(const char *path, ntix_stat_t *st);
NTIX_API int ntix_lstat(const char *path, ntix_stat_t *st);

/* Grows (with zeros) or shrinks.  NTIX_EINVAL (negative length, fd not
 * open for writing, or not a regular file: a pipe or a directory),
 * NTIX_EBADF. */
NTIX_API int ntix_ftruncate(int fd, int64_t length);
/* Flushes data and metadata.  Works on a directory descriptor too (0), the
 * usual way to make a rename durable. */
NTIX_API int ntix_fsync(int fd);

/* unlink and rename work on open files on both OSes: after unlink the name
 * is free at once and open descriptors still read the data; rename over an
 * existing (even open) file replaces it atomically. */
NTIX_API int ntix_unlink(const char *path);
NTIX_API int ntix_rename(const char *from, const char *to);
NTIX_API int ntix_mkdir(const char *path, int mode);
NTIX_API int ntix_rmdir(const char *path);
NTIX_API int ntix_chdir(const char *path);

/* Writes the current directory (UTF-8, NUL-terminated; Windows: "C:/x/y"
 * with forward slashes) and returns its length without the NUL.
 * NTIX_EFAULT for buf NULL (checked first, whatever size is), NTIX_ERANGE
 * if size is too small (0 included). */
NTIX_API int64_t ntix_getcwd(char *buf, size_t size);

/* ------------------------------------------------------------------------
 * Directories
 * ------------------------------------------------------------------------ */

typedef struct ntix_dir ntix_dir_t;

/* Longest entry name in bytes: 255 UTF-16 units can take 765 bytes. */
#define NTIX_NAME_MAX 1023

typedef struct ntix_dirent {
  ntix_ftype_t type; /* NTIX_FT_UNKNOWN where the OS does not say */
  uint64_t ino;
  char name[NTIX_NAME_MAX + 1];
} ntix_dirent_t;

/* Entries never include "." and "..".  NTIX_EFAULT for out NULL;
 * NTIX_ENOTDIR for a file; path errors as ntix_open. */
NTIX_API int ntix_dir_open(const char *path, ntix_dir_t **out);
/* 1 with *ent filled, 0 at the end (and after it), or an NTIX_E* code:
 * NTIX_EINVAL for dir NULL, NTIX_EFAULT for ent NULL.  ntix_dir_close of
 * NULL is NTIX_EINVAL. */
NTIX_API int ntix_dir_read(ntix_dir_t *dir, ntix_dirent_t *ent);
NTIX_API int ntix_dir_close(ntix_dir_t *dir);

/* ------------------------------------------------------------------------
 * Pipes
 * ------------------------------------------------------------------------ */

/* Atomic write size: writes up to this size are never interleaved. */
#define NTIX_PIPE_BUF 4096

/* fds[0] reads, fds[1] writes.  flags: NTIX_O_NONBLOCK, NTIX_O_INHERIT;
 * other bits are NTIX_EINVAL, fds NULL is NTIX_EFAULT.  Reading after the
 * writer closed gives 0; writing after the reader closed gives NTIX_EPIPE
 * and never kills the process.  Linux: the first ntix_pipe or
 * ntix_fd_from_native sets SIGPIPE to ignored if it is still at its
 * default; a handler the application installed is kept (and runs). */
NTIX_API int ntix_pipe(int fds[2], int flags);

/* ------------------------------------------------------------------------
 * Memory
 * ------------------------------------------------------------------------ */

#define NTIX_PROT_NONE 0
#define NTIX_PROT_READ 1
#define NTIX_PROT_WRITE 2
#define NTIX_PROT_EXEC 4

/* Anonymous zero-filled private memory, rounded up to whole pages.
 * NTIX_EFAULT (out NULL, checked first), NTIX_EINVAL (len 0, prot bits
 * other than READ|WRITE|EXEC), NTIX_ENOMEM (no room: a huge len).  WRITE
 * without READ is allowed; Windows has no write-only pages, so such memory
 * is also readable there, as on x86 Linux. */
NTIX_API int ntix_mmap_anon(size_t len, int prot, void **out);
/* Unmaps whole pages; part of a mapping may be unmapped (Windows
 * decommits it and releases the reservation once nothing in it is left).
 * NTIX_EINVAL for an address not page-aligned, NULL, or len 0. */
NTIX_API int ntix_munmap(void *addr, size_t len);
/* NTIX_EINVAL (address not page-aligned, NULL, bad prot bits),
 * NTIX_ENOMEM (a page in the range is not mapped). */
NTIX_API int ntix_mprotect(void *addr, size_t len, int prot);
NTIX_API size_t ntix_pagesize(void);

/* ------------------------------------------------------------------------
 * Byte-range locks
 *
 * Locks belong to the open file, as NT's do: descriptors made by ntix_dup
 * share them, another ntix_open of the same file does not, and they go
 * away when the last descriptor of that open file is closed (Linux: open
 * file description locks, F_OFD_SETLK; Windows: NtLockFile).  Two opens
 * in one process therefore conflict with each other.
 *
 * Portable use: unlock exactly the ranges that were locked, and never lock
 * a range that overlaps a lock the same open file holds.  Linux would
 * convert or split such locks (POSIX); Windows stacks shared locks and
 * refuses (or, waiting, never grants) an overlapping exclusive one.
 * ------------------------------------------------------------------------ */

#define NTIX_LOCK_SH 0x1 /* shared: many holders, for reading */
#define NTIX_LOCK_EX 0x2 /* exclusive: one holder, for writing */
#define NTIX_LOCK_NB 0x4 /* fail with NTIX_EAGAIN instead of waiting */

/* Locks [offset, offset + len), or from offset to the end of any file
 * size when len is 0.  flags: NTIX_LOCK_SH or NTIX_LOCK_EX, optionally
 * with NTIX_LOCK_NB; without it the call waits until the lock is granted
 * (a signal never ends the wait).  The range may extend past the end of
 * the file.  Errors, in this order: NTIX_EINVAL (flags, a negative offset
 * or len), NTIX_EOVERFLOW (offset + len above INT64_MAX), NTIX_EBADF (fd
 * not open), NTIX_EINVAL (not a regular file: a pipe, socket or
 * directory), NTIX_EBADF (SH on a descriptor not open for reading, EX on
 * one not open for writing), NTIX_EAGAIN (NB and another open file holds
 * a conflicting lock), NTIX_ENOLCK (the OS's lock table is full). */
NTIX_API int ntix_lock(int fd, int64_t offset, int64_t len, int flags);

/* Releases the lock locked with the same offset and len.  Errors as
 * ntix_lock (without NTIX_EAGAIN; the access mode is not checked).  See
 * doc/known-differences.md for a range that is not exactly a lock. */
NTIX_API int ntix_unlock(int fd, int64_t offset, int64_t len);

/* 1 if a lock also stops other open files' reads and writes in its range
 * (NTIX_EAGAIN from ntix_read, ntix_write, ...): mandatory locks, as on
 * Windows; 0 if locks only stop other locks: advisory locks, as on Linux
 * and under Wine 8.0, which does not enforce NT's locks on I/O. */
NTIX_API int ntix_lock_mandatory(void);

/* ------------------------------------------------------------------------
 * File mapping
 *
 * Linux: mmap, munmap, msync.  Windows: NtCreateSection, NtMapViewOfSection,
 * NtUnmapViewOfSection, NtFlushVirtualMemory (+ NtFlushBuffersFile).
 * ------------------------------------------------------------------------ */

#define NTIX_MAP_SHARED 0x1  /* writes reach the file and other mappings */
#define NTIX_MAP_PRIVATE 0x2 /* writes stay in this mapping (copy on write) */

/* Offsets given to ntix_map are multiples of this: the page size on Linux,
 * the allocation granularity on Windows (64 KiB), never smaller than
 * ntix_pagesize(). */
NTIX_API size_t ntix_map_granularity(void);

/* Maps len bytes of the regular file fd from offset into *out.  prot:
 * NTIX_PROT_READ or NTIX_PROT_READ|NTIX_PROT_WRITE; flags: exactly one of
 * NTIX_MAP_SHARED and NTIX_MAP_PRIVATE.  The range must lie inside the
 * file: bytes of the last page past the end of the file read as zeros.
 * The mapping stays valid after fd is closed.  Errors, in this order:
 * NTIX_EFAULT (out NULL), NTIX_EINVAL (len 0, a negative offset or one
 * that is not a multiple of ntix_map_granularity(), bad prot or flags),
 * NTIX_EBADF (fd not open), NTIX_ENODEV (not a regular file), NTIX_ENXIO
 * (the range goes past the end of the file), NTIX_EACCES (fd not open for
 * reading, or SHARED with WRITE on a descriptor not open for writing),
 * NTIX_ENOMEM (no room).  While this process has a file mapped,
 * ntix_ftruncate and ntix_truncate refuse to shrink it (NTIX_EBUSY), as NT
 * does; growing it is allowed. */
NTIX_API int ntix_map(
    int fd, int64_t offset, size_t len, int prot, int flags, void **out);

/* Unmaps a whole mapping: addr and len exactly as ntix_map took and gave
 * them (part of a mapping cannot be unmapped: NT cannot).  NTIX_EINVAL
 * for anything else. */
NTIX_API int ntix_unmap(void *addr, size_t len);

#define NTIX_MS_ASYNC 0x1 /* start writing back */
#define NTIX_MS_SYNC 0x4  /* write back and wait, data on stable storage */

/* Writes the dirty pages of [addr, addr + len) of a shared mapping back to
 * its file.  NTIX_EINVAL (addr not page-aligned, flags not exactly one of
 * ASYNC and SYNC), NTIX_ENOMEM (the range is not inside one ntix_map
 * mapping). */
NTIX_API int ntix_msync(void *addr, size_t len, int flags);

/* ------------------------------------------------------------------------
 * Copying without a user-space buffer
 *
 * Both return the bytes copied (0 at the end of the input file), possibly
 * fewer than asked, as ntix_write may: callers loop.  An offset of
 * NTIX_OFF_CUR uses the descriptor's position and advances it; any other
 * offset leaves the position alone (as ntix_pread does).
 * ------------------------------------------------------------------------ */

#define NTIX_OFF_CUR (-1)

/* Sends count bytes of the regular file in_fd from offset to out_fd, which
 * is usually a connected socket (a pipe or a file works too).  A
 * non-blocking out_fd behaves as ntix_write: a short count, or NTIX_EAGAIN
 * when nothing could be sent.  count is served up to NTIX_IO_MAX.  Errors:
 * NTIX_EINVAL (offset negative and not NTIX_OFF_CUR), NTIX_EBADF (either
 * not open, in_fd not open for reading, out_fd not open for writing),
 * NTIX_EINVAL (in_fd not a regular file: a pipe, socket or directory),
 * NTIX_EPIPE / NTIX_ECONNRESET (the peer is gone; never a signal),
 * NTIX_EAGAIN.  Linux: sendfile; Windows: NtReadFile into a bounded buffer
 * and the socket's send (see doc/calls-win32.md). */
NTIX_API int64_t ntix_sendfile(int out_fd,
                               int in_fd,
                               int64_t offset,
                               size_t count);

/* Copies len bytes between two regular files.  Errors: NTIX_EINVAL (an
 * offset negative and not NTIX_OFF_CUR), NTIX_EBADF (either not open,
 * in_fd not open for reading, out_fd not open for writing), NTIX_EISDIR
 * (a directory), NTIX_EINVAL (a pipe or socket, or the same file with
 * overlapping ranges), NTIX_EBADF (out_fd open with NTIX_O_APPEND),
 * NTIX_EFBIG, NTIX_ENOSPC.  Linux:
 * copy_file_range, falling back to read and write where the kernel
 * refuses (EXDEV, ENOSYS, EOPNOTSUPP); Windows: NtReadFile and NtWriteFile
 * through a bounded buffer. */
NTIX_API int64_t ntix_copy_file_range(
    int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_FILE_H */

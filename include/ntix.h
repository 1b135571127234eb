/* ntix.h: one C interface to system calls and I/O events, the same on Linux
 * and on Windows.
 *
 * Every call returns >= 0 on success (a count, a descriptor or 0) or a
 * negative NTIX_E* code.  The codes are the negated Linux errno numbers on
 * every OS; the native status behind a failure (errno, NTSTATUS, Win32 or
 * WSA code) is kept per thread, see ntix_native_last().
 *
 * This header includes no OS header: no <windows.h>, no <sys/epoll.h>.
 */
#ifndef NTIX_H
#define NTIX_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && defined(NTIX_BUILDING_DLL)
#define NTIX_API __declspec(dllexport)
#elif defined(__GNUC__)
#define NTIX_API __attribute__((visibility("default")))
#else
#define NTIX_API
#endif

#define NTIX_VERSION_MAJOR 0
#define NTIX_VERSION_MINOR 1
#define NTIX_VERSION_PATCH 0

/* ------------------------------------------------------------------------
 * Error codes
 * ------------------------------------------------------------------------ */

/* Every Linux errno: X(name, number, message).  NTIX_<name> == -number on
 * every OS.  The numbers are literals, never taken from <errno.h>: mingw's
 * <errno.h> numbers differ from Linux's. */
#define NTIX_ERRNO_LIST(X)                                           \
  X(EPERM, 1, "Operation not permitted")                             \
  X(ENOENT, 2, "No such file or directory")                          \
  X(ESRCH, 3, "No such process")                                     \
  X(EINTR, 4, "Interrupted system call")                             \
  X(EIO, 5, "Input/output error")                                    \
  X(ENXIO, 6, "No such device or address")                           \
  X(E2BIG, 7, "Argument list too long")                              \
  X(ENOEXEC, 8, "Exec format error")                                 \
  X(EBADF, 9, "Bad file descriptor")                                 \
  X(ECHILD, 10, "No child processes")                                \
  X(EAGAIN, 11, "Resource temporarily unavailable")                  \
  X(ENOMEM, 12, "Cannot allocate memory")                            \
  X(EACCES, 13, "Permission denied")                                 \
  X(EFAULT, 14, "Bad address")                                       \
  X(ENOTBLK, 15, "Block device required")                            \
  X(EBUSY, 16, "Device or resource busy")                            \
  X(EEXIST, 17, "File exists")                                       \
  X(EXDEV, 18, "Invalid cross-device link")                          \
  X(ENODEV, 19, "No such device")                                    \
  X(ENOTDIR, 20, "Not a directory")                                  \
  X(EISDIR, 21, "Is a directory")                                    \
  X(EINVAL, 22, "Invalid argument")                                  \
  X(ENFILE, 23, "Too many open files in system")                     \
  X(EMFILE, 24, "Too many open files")                               \
  X(ENOTTY, 25, "Inappropriate ioctl for device")                    \
  X(ETXTBSY, 26, "Text file busy")                                   \
  X(EFBIG, 27, "File too large")                                     \
  X(ENOSPC, 28, "No space left on device")                           \
  X(ESPIPE, 29, "Illegal seek")                                      \
  X(EROFS, 30, "Read-only file system")                              \
  X(EMLINK, 31, "Too many links")                                    \
  X(EPIPE, 32, "Broken pipe")                                        \
  X(EDOM, 33, "Numerical argument out of domain")                    \
  X(ERANGE, 34, "Numerical result out of range")                     \
  X(EDEADLK, 35, "Resource deadlock avoided")                        \
  X(ENAMETOOLONG, 36, "File name too long")                          \
  X(ENOLCK, 37, "No locks available")                                \
  X(ENOSYS, 38, "Function not implemented")                          \
  X(ENOTEMPTY, 39, "Directory not empty")                            \
  X(ELOOP, 40, "Too many levels of symbolic links")                  \
  X(ENOMSG, 42, "No message of desired type")                        \
  X(EIDRM, 43, "Identifier removed")                                 \
  X(ECHRNG, 44, "Channel number out of range")                       \
  X(EL2NSYNC, 45, "Level 2 not synchronized")                        \
  X(EL3HLT, 46, "Level 3 halted")                                    \
  X(EL3RST, 47, "Level 3 reset")                                     \
  X(ELNRNG, 48, "Link number out of range")                          \
  X(EUNATCH, 49, "Protocol driver not attached")                     \
  X(ENOCSI, 50, "No CSI structure available")                        \
  X(EL2HLT, 51, "Level 2 halted")                                    \
  X(EBADE, 52, "Invalid exchange")                                   \
  X(EBADR, 53, "Invalid request descriptor")                         \
  X(EXFULL, 54, "Exchange full")                                     \
  X(ENOANO, 55, "No anode")                                          \
  X(EBADRQC, 56, "Invalid request code")                             \
  X(EBADSLT, 57, "Invalid slot")                                     \
  X(EBFONT, 59, "Bad font file format")                              \
  X(ENOSTR, 60, "Device not a stream")                               \
  X(ENODATA, 61, "No data available")                                \
  X(ETIME, 62, "Timer expired")                                      \
  X(ENOSR, 63, "Out of streams resources")                           \
  X(ENONET, 64, "Machine is not on the network")                     \
  X(ENOPKG, 65, "Package not installed")                             \
  X(EREMOTE, 66, "Object is remote")                                 \
  X(ENOLINK, 67, "Link has been severed")                            \
  X(EADV, 68, "Advertise error")                                     \
  X(ESRMNT, 69, "Srmount error")                                     \
  X(ECOMM, 70, "Communication error on send")                        \
  X(EPROTO, 71, "Protocol error")                                    \
  X(EMULTIHOP, 72, "Multihop attempted")                             \
  X(EDOTDOT, 73, "RFS specific error")                               \
  X(EBADMSG, 74, "Bad message")                                      \
  X(EOVERFLOW, 75, "Value too large for defined data type")          \
  X(ENOTUNIQ, 76, "Name not unique on network")                      \
  X(EBADFD, 77, "File descriptor in bad state")                      \
  X(EREMCHG, 78, "Remote address changed")                           \
  X(ELIBACC, 79, "Can not access a needed shared library")           \
  X(ELIBBAD, 80, "Accessing a corrupted shared library")             \
  X(ELIBSCN, 81, ".lib section in a.out corrupted")                  \
  X(ELIBMAX, 82, "Attempting to link in too many shared libraries")  \
  X(ELIBEXEC, 83, "Cannot exec a shared library directly")           \
  X(EILSEQ, 84, "Invalid or incomplete multibyte or wide character") \
  X(ERESTART, 85, "Interrupted system call should be restarted")     \
  X(ESTRPIPE, 86, "Streams pipe error")                              \
  X(EUSERS, 87, "Too many users")                                    \
  X(ENOTSOCK, 88, "Socket operation on non-socket")                  \
  X(EDESTADDRREQ, 89, "Destination address required")                \
  X(EMSGSIZE, 90, "Message too long")                                \
  X(EPROTOTYPE, 91, "Protocol wrong type for socket")                \
  X(ENOPROTOOPT, 92, "Protocol not available")                       \
  X(EPROTONOSUPPORT, 93, "Protocol not supported")                   \
  X(ESOCKTNOSUPPORT, 94, "Socket type not supported")                \
  X(EOPNOTSUPP, 95, "Operation not supported")                       \
  X(EPFNOSUPPORT, 96, "Protocol family not supported")               \
  X(EAFNOSUPPORT, 97, "Address family not supported by protocol")    \
  X(EADDRINUSE, 98, "Address already in use")                        \
  X(EADDRNOTAVAIL, 99, "Cannot assign requested address")            \
  X(ENETDOWN, 100, "Network is down")                                \
  X(ENETUNREACH, 101, "Network is unreachable")                      \
  X(ENETRESET, 102, "Network dropped connection on reset")           \
  X(ECONNABORTED, 103, "Software caused connection abort")           \
  X(ECONNRESET, 104, "Connection reset by peer")                     \
  X(ENOBUFS, 105, "No buffer space available")                       \
  X(EISCONN, 106, "Transport endpoint is already connected")         \
  X(ENOTCONN, 107, "Transport endpoint is not connected")            \
  X(ESHUTDOWN, 108, "Cannot send after transport endpoint shutdown") \
  X(ETOOMANYREFS, 109, "Too many references: cannot splice")         \
  X(ETIMEDOUT, 110, "Connection timed out")                          \
  X(ECONNREFUSED, 111, "Connection refused")                         \
  X(EHOSTDOWN, 112, "Host is down")                                  \
  X(EHOSTUNREACH, 113, "No route to host")                           \
  X(EALREADY, 114, "Operation already in progress")                  \
  X(EINPROGRESS, 115, "Operation now in progress")                   \
  X(ESTALE, 116, "Stale file handle")                                \
  X(EUCLEAN, 117, "Structure needs cleaning")                        \
  X(ENOTNAM, 118, "Not a XENIX named type file")                     \
  X(ENAVAIL, 119, "No XENIX semaphores available")                   \
  X(EISNAM, 120, "Is a named type file")                             \
  X(EREMOTEIO, 121, "Remote I/O error")                              \
  X(EDQUOT, 122, "Disk quota exceeded")                              \
  X(ENOMEDIUM, 123, "No medium found")                               \
  X(EMEDIUMTYPE, 124, "Wrong medium type")                           \
  X(ECANCELED, 125, "Operation canceled")                            \
  X(ENOKEY, 126, "Required key not available")                       \
  X(EKEYEXPIRED, 127, "Key has expired")                             \
  X(EKEYREVOKED, 128, "Key has been revoked")                        \
  X(EKEYREJECTED, 129, "Key was rejected by service")                \
  X(EOWNERDEAD, 130, "Owner died")                                   \
  X(ENOTRECOVERABLE, 131, "State not recoverable")                   \
  X(ERFKILL, 132, "Operation not possible due to RF-kill")           \
  X(EHWPOISON, 133, "Memory page has hardware error")                \
  /* end of NTIX_ERRNO_LIST */

enum ntix_errno {
#define NTIX__ERRNO_ENUM(name, num, msg) NTIX_##name = -(num),
  NTIX_ERRNO_LIST(NTIX__ERRNO_ENUM)
#undef NTIX__ERRNO_ENUM
  /* A native status with no neutral equivalent; the native value is still
   * reported by ntix_native_last(). */
  NTIX_EUNKNOWN = -4094
};

/* Linux's alias names. */
#define NTIX_EWOULDBLOCK NTIX_EAGAIN
#define NTIX_EDEADLOCK NTIX_EDEADLK
#define NTIX_ENOTSUP NTIX_EOPNOTSUPP

/* "ENOENT" for NTIX_ENOENT, "EUNKNOWN" for NTIX_EUNKNOWN, NULL for any other
 * value (including 0 and positive values). */
NTIX_API const char *ntix_err_name(int err);

/* Linux's message for the code ("No such file or directory"); 0 gives
 * "Success"; a value that is no code gives "Unknown error". Never NULL. */
NTIX_API const char *ntix_strerror(int err);

/* The code for a name ("ENOENT", also the aliases "EWOULDBLOCK",
 * "EDEADLOCK", "ENOTSUP" and "EUNKNOWN"); NTIX_EINVAL if there is none. */
NTIX_API int ntix_err_from_name(const char *name);

/* ------------------------------------------------------------------------
 * Native status of the last failing call (per thread)
 * ------------------------------------------------------------------------ */

typedef enum ntix_native_kind {
  NTIX_NATIVE_NONE = 0,     /* ntix refused the call itself, no OS call made */
  NTIX_NATIVE_ERRNO = 1,    /* a Linux errno (positive) */
  NTIX_NATIVE_NTSTATUS = 2, /* an NTSTATUS from ntdll */
  NTIX_NATIVE_WIN32 = 3,    /* a Win32 error code */
  NTIX_NATIVE_WSA = 4       /* a Winsock error code (WSAE*, 10000 and up) */
} ntix_native_kind_t;

typedef struct ntix_native {
  ntix_native_kind_t kind;
  uint32_t value;   /* errno, NTSTATUS or Win32/WSA code; 0 for NONE */
  int neutral;      /* the NTIX_E* code the call returned */
  const char *call; /* "openat", "NtCreateFile", or the ntix call that
                       refused its arguments; static storage */
} ntix_native_t;

/* Copies the calling thread's record of its last failing ntix call into
 * *out.  Successful calls leave the record alone (as errno does).  Before
 * any failure, kind is NTIX_NATIVE_NONE, neutral 0 and call NULL. */
NTIX_API void ntix_native_last(ntix_native_t *out);

/* Resets the calling thread's record to the state before any failure. */
NTIX_API void ntix_native_clear(void);

/* Formats a native status as text: "ENOENT (2)",
 * "STATUS_OBJECT_NAME_NOT_FOUND (0xC0000034)", "ERROR_ACCESS_DENIED (5)",
 * "WSAECONNRESET (10054)"; "-" for NTIX_NATIVE_NONE.  Returns the length
 * the full text needs (as snprintf does) or NTIX_EINVAL for a bad kind
 * (buf then holds ""). */
NTIX_API int ntix_native_format(ntix_native_kind_t kind,
                                uint32_t value,
                                char *buf,
                                size_t size);

/* ------------------------------------------------------------------------
 * Error tables: errno, NTSTATUS and Win32/WSA, compiled on every OS
 * ------------------------------------------------------------------------ */

typedef enum ntix_space {
  NTIX_SPACE_ERRNO = 1,    /* Linux errno numbers */
  NTIX_SPACE_NTSTATUS = 2, /* NTSTATUS values */
  NTIX_SPACE_WIN32 = 3     /* Win32 error codes, WSA codes included */
} ntix_space_t;

typedef struct ntix_code_info {
  ntix_space_t space;
  uint32_t value;      /* errno number, NTSTATUS, or Win32/WSA code */
  const char *name;    /* "ENOENT", "STATUS_...", "ERROR_..."/"WSAE..." */
  const char *message; /* errno: Linux's message; others: NULL */
  int neutral;         /* the NTIX_E* code it maps to (NTIX_EUNKNOWN if
                          none; 0 for success and informational values) */
  uint32_t win32;      /* NTSTATUS only: what RtlNtStatusToDosError gives */
  const char *note;    /* why the mapping is what it is, or NULL */
} ntix_code_info_t;

/* The index-th row of a table, in ascending value order; NULL past the end
 * or for a bad space.  Iterate with index 0, 1, ... until NULL. */
NTIX_API const ntix_code_info_t *ntix_code_at(ntix_space_t space, size_t index);

/* The row for a value, or NULL if the table has none. */
NTIX_API const ntix_code_info_t *ntix_code_lookup(ntix_space_t space,
                                                  uint32_t value);

/* The row whose name is name (exact, case-sensitive), looked for in one
 * space, or in every space when space is 0; NULL if none. */
NTIX_API const ntix_code_info_t *ntix_code_by_name(ntix_space_t space,
                                                   const char *name);

/* Native value to NTIX_E*.  errno: -value (NTIX_EUNKNOWN if not a Linux
 * errno); NTSTATUS: the table, NTIX_EUNKNOWN if unlisted, 0 for success,
 * informational and warning values that are not failures; Win32/WSA: the
 * table, NTIX_EUNKNOWN if unlisted, 0 for ERROR_SUCCESS. */
NTIX_API int ntix_err_from_errno(uint32_t value);
NTIX_API int ntix_err_from_ntstatus(uint32_t status);
NTIX_API int ntix_err_from_win32(uint32_t code);

/* Any native value by kind: what ntix returns for it.  NTIX_NATIVE_NONE
 * gives 0; a bad kind NTIX_EINVAL. */
NTIX_API int ntix_err_from_native(ntix_native_kind_t kind, uint32_t value);

/* NTSTATUS to Win32 error as RtlNtStatusToDosError does for the listed
 * statuses; ERROR_MR_MID_NOT_FOUND (317) for an unlisted status. */
NTIX_API uint32_t ntix_ntstatus_to_win32(uint32_t status);

/* ------------------------------------------------------------------------
 * Platform
 * ------------------------------------------------------------------------ */

/* "linux" or "windows". */
NTIX_API const char *ntix_os_name(void);

/* Version of Wine when running under Wine ("8.0"), NULL otherwise. */
NTIX_API const char *ntix_os_wine_version(void);

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

/* ========================================================================
 * Metadata (part A): descriptor flags, permissions and times, links, file
 * system facts.  Calls below are implemented in fd.c, perm.c, link.c and
 * fsinfo.c of each backend; doc/known-differences.md lists what differs.
 * ======================================================================== */

/* ------------------------------------------------------------------------
 * Descriptor flags and duplication onto a chosen number
 * ------------------------------------------------------------------------ */

/* The descriptor's flags among NTIX_O_NONBLOCK and NTIX_O_INHERIT (>= 0),
 * for any open descriptor: file, directory, pipe end, socket, poller.
 * NTIX_EBADF if fd is not open.  An adopted Windows socket
 * (ntix_fd_from_native) reads as blocking: Winsock cannot be asked. */
NTIX_API int ntix_fd_flags(int fd);

/* Switches non-blocking mode on (on != 0) or off.  As O_NONBLOCK, the
 * mode belongs to the open file, so descriptors made from fd by ntix_dup,
 * ntix_dup2 or ntix_dup3 change with it.  Windows keeps ntix's record and
 * the handle's own mode equal under the descriptor table's lock (sockets:
 * FIONBIO; the write end of a pipe: its completion mode).  Regular files
 * and directories accept the flag and ignore it, as on Linux; on a
 * poller it changes nothing either.  NTIX_EBADF. */
NTIX_API int ntix_fd_set_nonblock(int fd, int on);

/* Makes fd inherited by child processes (on != 0) or not (the default of
 * every ntix descriptor): FD_CLOEXEC cleared or set on Linux, the handle's
 * inherit flag on Windows.  Per descriptor, not shared with duplicates.
 * NTIX_EBADF. */
NTIX_API int ntix_fd_set_inherit(int fd, int on);

/* Makes newfd a duplicate of fd, closing what newfd held first (errors of
 * that close are not reported, as POSIX dup2 does); no other thread can
 * see newfd free or take it meanwhile.  The new descriptor is not
 * inheritable (ntix's rule for every descriptor; Linux's dup2 would make
 * it inheritable).  fd == newfd returns newfd if fd is open and changes
 * nothing.  Returns newfd, or NTIX_EBADF (fd not open, newfd negative or
 * beyond the descriptor limit), NTIX_EMFILE. */
NTIX_API int ntix_dup2(int fd, int newfd);

/* As ntix_dup2, with flags 0 or NTIX_O_INHERIT (other bits NTIX_EINVAL),
 * and fd == newfd is NTIX_EINVAL, as Linux's dup3. */
NTIX_API int ntix_dup3(int fd, int newfd, int flags);

/* ------------------------------------------------------------------------
 * Permissions and times
 * ------------------------------------------------------------------------ */

/* Sets the permission bits (mode & 07777; higher bits such as a file type
 * are ignored, as Linux ignores them).  Windows has one bit: a file
 * without the owner-write bit (0200) gets the read-only attribute, a file
 * with it loses the attribute; every other bit, and a directory's mode,
 * is accepted and ignored (ntix_stat then reports 0444 / 0644 for files
 * and 0755 for directories).  The read-only attribute refuses opening for
 * writing to every user on Windows, where Linux lets root write whatever
 * the bits say: ntix_access(path, NTIX_W_OK) tells what an open for
 * writing will do on both.  A read-only file can still be unlinked and
 * renamed, as POSIX allows.  Path errors as ntix_open; NTIX_EPERM (not the
 * owner, Linux), NTIX_EACCES. */
NTIX_API int ntix_chmod(const char *path, int mode);

/* As ntix_chmod, on a file or directory descriptor of any access mode.
 * A pipe, socket or poller is NTIX_EINVAL on both OSes.  NTIX_EBADF. */
NTIX_API int ntix_fchmod(int fd, int mode);

/* Special values of an ntix_utimens time: the current time, or leave that
 * time as it is (POSIX's UTIME_NOW and UTIME_OMIT). */
#define NTIX_UTIME_NOW INT64_MIN
#define NTIX_UTIME_OMIT (INT64_MIN + 1)

/* Sets the access (times[0]) and modification (times[1]) times, in
 * nanoseconds since 1970-01-01 UTC (negative before it), or
 * NTIX_UTIME_NOW / NTIX_UTIME_OMIT; times NULL sets both to now.  Follows
 * a final symbolic link.  Windows keeps 100 ns units: a time is rounded
 * down to a multiple of 100 ns there (microseconds survive a round trip
 * on both OSes; Linux keeps what its file system keeps).  Path errors as
 * ntix_open; NTIX_EACCES, NTIX_EPERM. */
NTIX_API int ntix_utimens(const char *path, const int64_t times[2]);

/* As ntix_utimens, on a file or directory descriptor of any access mode.
 * A pipe, socket or poller is NTIX_EINVAL on both OSes.  NTIX_EBADF. */
NTIX_API int ntix_futimens(int fd, const int64_t times[2]);

/* As ntix_ftruncate, by path; the file must be writable by the caller.
 * NTIX_EINVAL for a negative length (checked first), NTIX_EISDIR for a
 * directory, NTIX_EACCES; path errors as ntix_open. */
NTIX_API int ntix_truncate(const char *path, int64_t length);

/* ntix_access modes: existence, or any of read, write, execute. */
#define NTIX_F_OK 0
#define NTIX_X_OK 1
#define NTIX_W_OK 2
#define NTIX_R_OK 4

/* 0 if the caller may access path in every way mode asks, NTIX_EACCES if
 * not; NTIX_EINVAL for mode bits other than these (checked first); path
 * errors as ntix_open.  Linux asks faccessat (the real user; root passes
 * R and W whatever the bits, and X when any execute bit is set).  Windows
 * opens path asking for the rights the mode names, so the answer is the
 * one an open would get, ACLs and the read-only attribute included: R is
 * FILE_READ_DATA (a directory: list it), W FILE_WRITE_DATA (a directory:
 * add a file) and X FILE_EXECUTE (a directory: traverse it).  Windows has
 * no execute bit: X is granted by the ACL alone, so an ordinary file
 * passes X there while Linux wants an execute bit. */
NTIX_API int ntix_access(const char *path, int mode);

/* ------------------------------------------------------------------------
 * Links
 * ------------------------------------------------------------------------ */

/* A new name to for the file from (a hard link; a final symbolic link in
 * from is not followed, as Linux's link).  Windows: FileLinkInformation.
 * NTIX_EEXIST (to exists), NTIX_EPERM (from is a directory), NTIX_EXDEV
 * (another file system), NTIX_EMLINK; path errors as ntix_open. */
NTIX_API int ntix_link(const char *from, const char *to);

/* Creates the symbolic link path holding target (UTF-8; need not exist).
 * A relative target is relative to the link's directory.  Windows: an NT
 * symbolic link (a reparse point; SYMLINK_FLAG_RELATIVE for a relative
 * target), typed as a directory link when target names a directory at
 * creation, else as a file link; '/' in target is stored as '\'.
 * NTIX_EPERM when symbolic links cannot be made: the privilege to create
 * them is missing (Windows, STATUS_PRIVILEGE_NOT_HELD) or the file system
 * has none (Linux vfat; Wine 8.0 and 10.0, which answer
 * STATUS_NOT_SUPPORTED).
 * NTIX_EEXIST (path exists), NTIX_ENOENT (empty target), NTIX_ENAMETOOLONG
 * (target over 4095 bytes on Linux or the reparse point's room on
 * Windows); target and path are checked as paths (NTIX_EFAULT,
 * NTIX_EILSEQ). */
NTIX_API int ntix_symlink(const char *target, const char *path);

/* Writes the target of the symbolic link path into buf, NUL-terminated
 * (unlike POSIX readlink), and returns its length without the NUL.
 * Windows gives '/' for '\', and an absolute target as "C:/x" or
 * "//server/share/x"; a junction reads as a link to its target.
 * NTIX_EFAULT (buf NULL, checked first), NTIX_ERANGE (size too small for
 * the target and its NUL), NTIX_EINVAL (path is not a symbolic link);
 * path errors as ntix_open. */
NTIX_API int64_t ntix_readlink(const char *path, char *buf, size_t size);

/* The absolute path of path with every symbolic link resolved and no "."
 * or ".." (the file must exist), NUL-terminated in buf; returns its length
 * without the NUL.  Linux: "/a/b" (from /proc/self/fd, so /proc must be
 * mounted); Windows: "C:/a/b" with forward slashes, "//server/share/a" on
 * a share.  ".." follows POSIX on Linux (after the link before it is
 * resolved); Windows resolves ".." in the text first, as Windows paths
 * do, so "link/.." is the link's directory there (documented in
 * doc/known-differences.md).  NTIX_EFAULT (buf NULL, checked first),
 * NTIX_ERANGE (size too small), NTIX_ELOOP, NTIX_ENODEV (Windows: a volume
 * without a drive letter); path errors as ntix_open. */
NTIX_API int64_t ntix_realpath(const char *path, char *buf, size_t size);

/* ------------------------------------------------------------------------
 * File system facts
 * ------------------------------------------------------------------------ */

/* The file system (volume) holding a file. */
typedef struct ntix_statfs {
  uint64_t total;    /* bytes in all */
  uint64_t free;     /* bytes free */
  uint64_t avail;    /* bytes free that the caller may use (quotas, root's
                        reserve) */
  uint64_t bsize;    /* the allocation unit in bytes (Linux f_frsize, Windows
                        the cluster size) */
  uint32_t name_max; /* longest name component: bytes on Linux, UTF-16
                        units on Windows (255 on both for most) */
} ntix_statfs_t;

/* Linux statfs; Windows NtQueryVolumeInformationFile
 * (FileFsFullSizeInformation, FileFsAttributeInformation).  NTIX_EFAULT
 * for out NULL (checked first); path errors as ntix_open. */
NTIX_API int ntix_statfs(const char *path, ntix_statfs_t *out);
/* As ntix_statfs, on a file or directory descriptor.  A pipe, socket or
 * poller is NTIX_EINVAL on both OSes (Linux would describe its internal
 * file system).  NTIX_EBADF. */
NTIX_API int ntix_fstatfs(int fd, ntix_statfs_t *out);

/* 1 if fd is a terminal (Windows: a console), 0 if it is open but not
 * one, NTIX_EBADF if it is not open. */
NTIX_API int ntix_isatty(int fd);

/* ======================== end of metadata (part A) ====================== */

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
 * Sockets
 * ------------------------------------------------------------------------ */

#define NTIX_AF_INET 2
#define NTIX_AF_INET6 10
#define NTIX_SOCK_STREAM 1
#define NTIX_SOCK_DGRAM 2
/* ntix_socket / ntix_accept / ntix_socketpair flags. */
#define NTIX_SOCK_NONBLOCK NTIX_O_NONBLOCK
#define NTIX_SOCK_INHERIT NTIX_O_INHERIT

/* A neutral IPv4/IPv6 address: no sockaddr_in on either side. */
typedef struct ntix_sockaddr {
  uint16_t family;   /* NTIX_AF_INET or NTIX_AF_INET6 */
  uint16_t port;     /* host byte order */
  uint32_t scope_id; /* IPv6 scope (interface index), else 0 */
  uint8_t addr[16];  /* network order; IPv4 uses the first 4 bytes */
} ntix_sockaddr_t;

/* Longest text ntix_sockaddr_format writes, NUL included. */
#define NTIX_SOCKADDR_STRLEN 64

/* Parses "127.0.0.1:8080", "[::1]:0", "[fe80::1%3]:80" (numeric only, no
 * name lookup; the port is required).  0 or NTIX_EINVAL (NTIX_EFAULT for
 * NULL). */
NTIX_API int ntix_sockaddr_parse(const char *text, ntix_sockaddr_t *out);
/* Formats as ntix_sockaddr_parse reads (IPv6 in RFC 5952 form); returns
 * the length, NTIX_ERANGE if size is too small, NTIX_EINVAL for a bad
 * family. */
NTIX_API int ntix_sockaddr_format(const ntix_sockaddr_t *sa,
                                  char *buf,
                                  size_t size);

/* A TCP (STREAM) or UDP (DGRAM) socket, non-inheritable unless
 * NTIX_SOCK_INHERIT.  NTIX_EAFNOSUPPORT, NTIX_EINVAL (type, flags),
 * NTIX_EMFILE. */
NTIX_API int ntix_socket(int family, int type, int flags);
/* NTIX_EADDRINUSE if another socket holds the address (on Windows nobody
 * can steal a bound port), NTIX_EADDRNOTAVAIL, NTIX_EINVAL (already
 * bound, family mismatch), NTIX_ENOTSOCK, NTIX_EBADF. */
NTIX_API int ntix_bind(int fd, const ntix_sockaddr_t *addr);
NTIX_API int ntix_listen(int fd, int backlog);
/* A new connected socket; peer may be NULL.  NTIX_EAGAIN when
 * non-blocking and nothing is pending, NTIX_EINVAL (not listening). */
NTIX_API int ntix_accept(int fd, ntix_sockaddr_t *peer, int flags);
/* Blocking: 0 or the failure (NTIX_ECONNREFUSED, NTIX_ETIMEDOUT, ...).
 * Non-blocking: NTIX_EINPROGRESS; the outcome is then NTIX_SO_ERROR. */
NTIX_API int ntix_connect(int fd, const ntix_sockaddr_t *addr);

#define NTIX_MSG_OOB 0x01
#define NTIX_MSG_PEEK 0x02
#define NTIX_MSG_DONTWAIT 0x40

/* Never raises SIGPIPE: a send to a peer that is gone returns NTIX_EPIPE or
 * NTIX_ECONNRESET (the same on both OSes for the same scenario).  recv
 * returns 0 after the peer's FIN.  The length contract is ntix_read's,
 * checked before the descriptor (as Linux does): NTIX_EFAULT for a NULL
 * buffer with a length or a range that wraps or leaves the address space;
 * a valid range above NTIX_IO_MAX is served up to it. */
NTIX_API int64_t ntix_send(int fd, const void *buf, size_t len, int flags);
NTIX_API int64_t ntix_recv(int fd, void *buf, size_t len, int flags);
NTIX_API int64_t ntix_sendto(
    int fd, const void *buf, size_t len, int flags, const ntix_sockaddr_t *to);
NTIX_API int64_t
ntix_recvfrom(int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from);

#define NTIX_SHUT_RD 0
#define NTIX_SHUT_WR 1
#define NTIX_SHUT_RDWR 2
NTIX_API int ntix_shutdown(int fd, int how);
NTIX_API int ntix_getsockname(int fd, ntix_sockaddr_t *out);
/* NTIX_ENOTCONN when not connected. */
NTIX_API int ntix_getpeername(int fd, ntix_sockaddr_t *out);

/* The neutral option set; values are ints. */
typedef enum ntix_sockopt {
  NTIX_SO_REUSEADDR = 1, /* Linux meaning on both: rebind over TIME_WAIT */
  NTIX_SO_KEEPALIVE = 2,
  NTIX_SO_RCVBUF = 3,
  NTIX_SO_SNDBUF = 4,
  NTIX_SO_ERROR = 5, /* get only: the pending error as NTIX_E* (0 if
                        none), cleared by the read */
  NTIX_SO_TYPE = 6,  /* get only: NTIX_SOCK_STREAM or NTIX_SOCK_DGRAM */
  NTIX_SO_BROADCAST = 7,
  NTIX_SO_LINGER = 8, /* seconds, -1 = off; 0 = reset on close */
  NTIX_TCP_NODELAY = 9,
  NTIX_IPV6_V6ONLY = 10
} ntix_sockopt_t;
/* NTIX_ENOPROTOOPT for an unknown option, NTIX_EINVAL for a bad value or
 * setting a get-only option. */
NTIX_API int ntix_setsockopt(int fd, int opt, int value);
NTIX_API int ntix_getsockopt(int fd, int opt, int *value);

/* Two connected stream sockets (Linux: AF_UNIX; Windows: loopback TCP,
 * since Wine has no AF_UNIX).  flags as ntix_socket. */
NTIX_API int ntix_socketpair(int type, int flags, int fds[2]);

/* The OS's dynamic (ephemeral) port range, inclusive. */
NTIX_API int ntix_port_range(int *lo, int *hi);

/* ------------------------------------------------------------------------
 * The poller: epoll-shaped, on epoll (Linux) and AFD poll on an NT
 * completion port (Windows).  Timers are events of the poller.
 * ------------------------------------------------------------------------ */

#define NTIX_POLL_IN 0x0001
#define NTIX_POLL_PRI 0x0002
#define NTIX_POLL_OUT 0x0004
#define NTIX_POLL_ERR 0x0008 /* always reported */
#define NTIX_POLL_HUP 0x0010 /* always reported */
#define NTIX_POLL_RDHUP 0x2000
/* Flags of a registration. */
#define NTIX_POLL_ONESHOT \
  0x40000000 /* disarmed after one report; MOD re-arms */
/* Event bits only ntix_poll_wait reports. */
#define NTIX_POLL_TIMER 0x00010000 /* data is the timer's data */
#define NTIX_POLL_WAKE 0x00020000  /* ntix_poll_wake; data is 0 */

#define NTIX_POLL_ADD 1
#define NTIX_POLL_DEL 2
#define NTIX_POLL_MOD 3

typedef struct ntix_poll_event {
  uint32_t events;
  uint64_t data; /* the registration's user value */
} ntix_poll_event_t;

/* A poller is a descriptor (closed with ntix_poll_close or ntix_close).
 * flags: 0 or NTIX_O_INHERIT. */
NTIX_API int ntix_poll_create(int flags);
/* Level-triggered unless NTIX_POLL_ONESHOT.  Sockets and pipes can be
 * registered; regular files and consoles are NTIX_EPERM on both OSes.
 * Errors, checked in this order: NTIX_EBADF (pfd or fd not open),
 * NTIX_EINVAL (pfd not a poller, fd == pfd, bad op or events),
 * NTIX_EEXIST (ADD twice), NTIX_ENOENT (MOD/DEL of an unregistered fd),
 * NTIX_EPERM (not pollable).  Closing fd drops its registration. */
NTIX_API int ntix_poll_ctl(
    int pfd, int op, int fd, uint32_t events, uint64_t data);
/* Waits up to timeout_ns (-1: forever, 0: poll) and returns the number of
 * events written to out (0 on timeout), never more than max.  Never returns
 * early on a timeout.  NTIX_EINVAL (max <= 0), NTIX_EFAULT (out NULL). */
NTIX_API int ntix_poll_wait(int pfd,
                            ntix_poll_event_t *out,
                            int max,
                            int64_t timeout_ns);
/* Makes one waiting (or the next) ntix_poll_wait return an NTIX_POLL_WAKE
 * event.  Wakes coalesce until delivered.  Any thread. */
NTIX_API int ntix_poll_wake(int pfd);
/* Busy polling: a wait that would sleep first polls the poller (as with
 * timeout 0) for up to ns nanoseconds, and sleeps only when that finds
 * nothing; never past the wait's own timeout.  An event arriving within
 * that time is answered without the kernel's sleep and wake-up, the bulk
 * of a round trip's latency on loopback, at the cost of a CPU kept busy
 * while it spins (see doc/poller.md).  0, the default, never spins.
 * NTIX_EINVAL for ns < 0 or above NTIX_POLL_SPIN_MAX (1 s). */
#define NTIX_POLL_SPIN_MAX 1000000000
NTIX_API int ntix_poll_spin(int pfd, int64_t ns);
NTIX_API int ntix_poll_close(int pfd);

/* Timers: one-shot (repeat_ns 0) or repeating, first firing delay_ns from
 * now; reported by ntix_poll_wait as NTIX_POLL_TIMER with data, in deadline
 * order, never early.  Returns a timer id (> 0) or NTIX_EINVAL (negative
 * delay or repeat), NTIX_ENOMEM.  O(log n) start and stop. */
NTIX_API int64_t ntix_timer_start(int pfd,
                                  int64_t delay_ns,
                                  int64_t repeat_ns,
                                  uint64_t data);
/* Stops and frees the timer.  A one-shot timer is freed when it fires.
 * NTIX_ENOENT if id is not armed; ids are never reused. */
NTIX_API int ntix_timer_stop(int pfd, int64_t id);
/* Moves an armed timer to a new delay (from now) and repeat: NTIX_ENOENT if
 * it is not armed. */
NTIX_API int ntix_timer_restart(int pfd,
                                int64_t id,
                                int64_t delay_ns,
                                int64_t repeat_ns);

/* ------------------------------------------------------------------------
 * Byte-range locks (fs2)
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
 * File mapping (fs2)
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
 * Copying without a user-space buffer (fs2)
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

/* ------------------------------------------------------------------------
 * poll(2) (fs2)
 *
 * A one-shot wait over an array, for programs written around poll(2).  The
 * poller above stays the scalable path: this call costs O(nfds) each time
 * (and on Windows a temporary completion port).
 * ------------------------------------------------------------------------ */

/* Set in revents for a descriptor that is not open. */
#define NTIX_POLL_NVAL 0x0020
/* Most entries one call takes. */
#define NTIX_POLL_NFDS_MAX 65536

/* Same layout as struct pollfd; events and revents use NTIX_POLL_IN, PRI,
 * OUT, RDHUP (asked for) and ERR, HUP, NVAL (always reported). */
typedef struct ntix_pollfd {
  int fd;
  short events;
  short revents;
} ntix_pollfd_t;

/* Waits up to timeout_ns (-1: forever, 0: poll) until one of the
 * descriptors is ready, fills every revents and returns how many entries
 * have a non-zero revents (0 on timeout); never returns early, and a signal
 * does not end the wait.  A negative fd is skipped (revents 0); one that is
 * not open gets NTIX_POLL_NVAL.  Sockets and pipes report as in the poller
 * (doc/poller.md); regular files and directories are always ready for IN
 * and OUT, as POSIX says.  Event bits other than the ones above are
 * ignored.  Errors: NTIX_EFAULT (fds NULL with nfds > 0), NTIX_EINVAL
 * (nfds above NTIX_POLL_NFDS_MAX). */
NTIX_API int ntix_poll(ntix_pollfd_t *fds, size_t nfds, int64_t timeout_ns);

/* ------------------------------------------------------------------------
 * Directory change events (fs2)
 *
 * A watch is a descriptor: register it with ntix_poll_ctl (NTIX_POLL_IN
 * while records are queued) and take the records with ntix_watch_read;
 * close it with ntix_close.  Linux: inotify; Windows:
 * NtNotifyChangeDirectoryFile completed on the poller's port.
 * ------------------------------------------------------------------------ */

/* ntix_watch_open flags. */
#define NTIX_WATCH_SUBTREE 0x1 /* the whole subtree: not offered yet */

/* Record types. */
#define NTIX_WATCH_CREATED 1  /* a name appeared (created, or moved in) */
#define NTIX_WATCH_DELETED 2  /* a name went away (deleted, or moved out) */
#define NTIX_WATCH_MODIFIED 3 /* a file's data was written */
#define NTIX_WATCH_RENAMED 4  /* renamed inside the directory: old name too */
#define NTIX_WATCH_OVERFLOW 5 /* records were lost: rescan; name is "" */

/* One record; records follow each other in the buffer, size bytes apart.
 * Names are relative to the watched directory, UTF-8, NUL-terminated. */
typedef struct ntix_watch_event {
  uint32_t type;
  uint32_t size;     /* bytes from this record to the next (a multiple of 8) */
  uint32_t name_len; /* bytes of name, without its NUL */
  uint32_t old_len;  /* NTIX_WATCH_RENAMED: bytes of the old name, else 0 */
  char name[];       /* name, NUL; for NTIX_WATCH_RENAMED the old name, NUL */
} ntix_watch_event_t;

/* A buffer of this size always has room for the next record. */
#define NTIX_WATCH_EVENT_MAX (16 + 2 * (NTIX_NAME_MAX + 1))

/* The old name of an NTIX_WATCH_RENAMED record. */
static inline const char *
ntix_watch_old_name(const ntix_watch_event_t *ev) {
  return ev->name + ev->name_len + 1;
}

/* Watches the directory path for names created, deleted, renamed and files
 * modified in it (not in its subdirectories).  Returns the watch's
 * descriptor (never inheritable).  Errors: path errors as ntix_open
 * (NTIX_EFAULT, NTIX_ENOENT, NTIX_EILSEQ, NTIX_ENAMETOOLONG), NTIX_EINVAL
 * (unknown flags), NTIX_EOPNOTSUPP (NTIX_WATCH_SUBTREE), NTIX_ENOTDIR (not
 * a directory), NTIX_EMFILE. */
NTIX_API int ntix_watch_open(const char *path, int flags);

/* Copies the queued records that fit into buf and returns their bytes, in
 * the order the changes happened; consecutive MODIFIED records of one name
 * are merged.  Never waits: NTIX_EAGAIN when nothing is queued.  When
 * records were lost (the OS's queue overflowed) an NTIX_WATCH_OVERFLOW
 * record says so, never silence.  Errors: NTIX_EFAULT (buf NULL),
 * NTIX_EBADF (wfd not open), NTIX_EINVAL (wfd not a watch, or len too small
 * for the next record: NTIX_WATCH_EVENT_MAX always suffices),
 * NTIX_EAGAIN. */
NTIX_API int64_t ntix_watch_read(int wfd, void *buf, size_t len);

/* ------------------------------------------------------------------------
 * Time and process
 * ------------------------------------------------------------------------ */

/* Nanoseconds: monotonic since an unspecified start, and since the epoch. */
NTIX_API int64_t ntix_clock_mono(void);
NTIX_API int64_t ntix_clock_real(void);
/* Sleeps at least ns nanoseconds.  NTIX_EINVAL for ns < 0. */
NTIX_API int ntix_sleep_ns(int64_t ns);
NTIX_API int ntix_getpid(void);
/* Processors this process may run on (>= 1). */
NTIX_API int ntix_cpu_count(void);

/* ------------------------------------------------------------------------
 * Processes
 *
 * A child is started with ntix_spawn, which returns a process descriptor:
 * closable with ntix_close, pollable (NTIX_POLL_IN once the child has
 * ended, level-triggered), never reused for another process while open.
 * Linux: a pidfd (kernel 5.4 or later); Windows: the process handle.
 * See doc/porting.md for the POSIX calls these replace.
 * ------------------------------------------------------------------------ */

/* Signal numbers (Linux's).  ntix_kill and ntix_proc_kill send 0 (does the
 * process exist?), HUP, INT, KILL and TERM; the others appear only in
 * statuses (a crash on Windows, see ntix_proc_status_t). */
#define NTIX_SIGHUP 1
#define NTIX_SIGINT 2
#define NTIX_SIGQUIT 3
#define NTIX_SIGILL 4
#define NTIX_SIGABRT 6
#define NTIX_SIGFPE 8
#define NTIX_SIGKILL 9
#define NTIX_SIGSEGV 11
#define NTIX_SIGPIPE 13
#define NTIX_SIGTERM 15

/* What one of the child's descriptors 0, 1 and 2 is: the parent's
 * descriptor with that number (closed in the child if closed here), the
 * null device (read and write), or the ntix descriptor fd (a pipe end, a
 * file, a socket). */
#define NTIX_STDIO_INHERIT 0
#define NTIX_STDIO_NULL 1
#define NTIX_STDIO_FD 2

typedef struct ntix_stdio {
  int how; /* NTIX_STDIO_* */
  int fd;  /* NTIX_STDIO_FD only */
} ntix_stdio_t;

/* ntix_spawn flags.
 * SEARCH: a file without a '/' (Windows: nor '\' or ':') is looked for in
 * PATH, see below.  PGROUP: the child leads a new process group, so the
 * terminal's (console's) Ctrl-C does not reach it.  DETACHED: a new
 * session (Linux setsid) / no console (Windows DETACHED_PROCESS), so the
 * child outlives the parent and its terminal. */
#define NTIX_SPAWN_SEARCH 0x0001
#define NTIX_SPAWN_PGROUP 0x0002
#define NTIX_SPAWN_DETACHED 0x0004

typedef struct ntix_spawn {
  const char *file;        /* the program (UTF-8) */
  const char *const *argv; /* argv[0], ..., NULL; argv[0] is required */
  const char *const *envp; /* "NAME=value", ..., NULL; NULL: this
                              process's environment as it is now */
  const char *cwd;         /* the child's directory; NULL: this one's */
  ntix_stdio_t stdio[3];   /* the child's 0, 1, 2; all zero: inherit */
  int flags;               /* NTIX_SPAWN_* */
} ntix_spawn_t;

/* Starts a program and returns its process descriptor (not inheritable);
 * the pid goes to *pid unless pid is NULL.  The child gets the descriptors
 * sp->stdio names as 0, 1 and 2 and nothing else: ntix descriptors are
 * close-on-exec / not inheritable (NTIX_O_INHERIT ones too on Windows,
 * where only the three named handles are passed).  Signal dispositions
 * and the signal mask are reset to the defaults in the child (Linux).
 *
 * NTIX_SPAWN_SEARCH: Linux searches PATH as execvp does (a missing PATH is
 * "/bin:/usr/bin"; an empty entry is the current directory); Windows
 * searches the PATH entries (';'-separated) for file, then file + ".exe"
 * when file has no extension, as CreateProcess completes names.  Neither
 * searches the current directory unless PATH names it.
 *
 * Windows: argv becomes a command line that the child's C runtime
 * (MSVCRT, CommandLineToArgvW) splits back into exactly argv (ntix_args
 * gives it back in UTF-8); an argv[0] with a '"' cannot round-trip, so it
 * is NTIX_EINVAL on both OSes.  A program ending in
 * ".bat" or ".cmd" runs under cmd.exe, whose parser no quoting makes safe
 * in general: its arguments may hold only letters, digits, space and
 * "-_.,:/\\+=@~", else NTIX_EINVAL.  ntix applies the same rule on Linux,
 * so that a program behaves the same on both OSes (doc/porting.md).
 *
 * Errors, refused before the OS is asked: NTIX_EFAULT (sp, file or argv
 * NULL), NTIX_EINVAL (argv empty, unknown flags or stdio how, an envp
 * entry without '=' or with an empty name, a '"' in argv[0], a batch
 * file's unsafe path or argument), NTIX_EILSEQ (invalid UTF-8 in
 * file, argv, envp or cwd), NTIX_EBADF (an NTIX_STDIO_FD that is not
 * open), NTIX_E2BIG (Windows: a command line over 32767 UTF-16 units).
 * Starting the program: NTIX_ENOENT (missing, or not found in PATH),
 * NTIX_EACCES (a directory, no execute permission), NTIX_ENOEXEC (not a
 * program the OS can run), NTIX_ENOTDIR, cwd's NTIX_ENOENT; the native
 * status is the child's execve errno (Linux) or the NTSTATUS / Win32 error
 * behind the failure (Windows): a program that cannot start is never a
 * child that exits 127. */
NTIX_API int ntix_spawn(const ntix_spawn_t *sp, int *pid);

/* How a process ended. */
#define NTIX_PROC_EXITED 1   /* exit code in code */
#define NTIX_PROC_SIGNALED 2 /* ended by signal signo */

typedef struct ntix_proc_status {
  int how;         /* NTIX_PROC_EXITED or NTIX_PROC_SIGNALED */
  int code;        /* exit code (Linux 0..255; Windows the full value) */
  int signo;       /* NTIX_SIG* for NTIX_PROC_SIGNALED, else 0 */
  uint32_t native; /* Linux: the wait status as waitpid gives it;
                      Windows: the process's exit code */
} ntix_proc_status_t;

/* ntix_proc_wait flags. */
#define NTIX_WNOHANG 1

/* Waits for the child behind process descriptor pfd to end and reaps it
 * (Linux: no zombie stays), filling *st unless st is NULL.  Returns the
 * pid once it has ended, or 0 while it runs with NTIX_WNOHANG.  A process
 * is waited for once: the next wait is NTIX_ECHILD.  The descriptor stays
 * open until ntix_close.
 *
 * Windows has no signals: a process ended by ntix_kill / ntix_proc_kill
 * has exit code 0xE0000000 | signo, which reads back as NTIX_PROC_SIGNALED
 * with that signo (from any process that waits for it).  The exceptions
 * that would be signals on Linux read the same way: access violation and
 * stack overflow SIGSEGV, illegal instruction SIGILL, integer and float
 * faults SIGFPE, STATUS_STACK_BUFFER_OVERRUN (abort, fail-fast) SIGABRT,
 * STATUS_CONTROL_C_EXIT SIGINT.
 * Errors: NTIX_EBADF, NTIX_EINVAL (not a process descriptor, bad flags),
 * NTIX_ECHILD. */
NTIX_API int ntix_proc_wait(int pfd, ntix_proc_status_t *st, int flags);

/* Sends sig to the child behind pfd (see ntix_kill for the meanings).
 * NTIX_ESRCH once it has ended (waited for or not). */
NTIX_API int ntix_proc_kill(int pfd, int sig);

/* The pid behind a process descriptor; NTIX_EBADF, NTIX_EINVAL. */
NTIX_API int ntix_proc_pid(int pfd);

/* Sends sig to process pid (> 0).
 * 0: 0 if the process exists and has not ended, else NTIX_ESRCH.
 * NTIX_SIGKILL: ends it at once, status SIGNALED with SIGKILL.
 * NTIX_SIGINT, NTIX_SIGTERM, NTIX_SIGHUP: if the process watches the
 * signal (ntix_signal_open), an event of its poller; else it ends,
 * status SIGNALED with that signal.  Linux: kill(2), so a handler a
 * non-ntix program installed runs as usual.  Windows: delivered to an
 * ntix program's signal descriptor through its completion port (see
 * doc/processes.md); any other program is terminated with exit code
 * 0xE0000000 | sig.
 * Errors: NTIX_EINVAL (pid <= 0, another signal), NTIX_ESRCH (no such
 * process, or it has ended), NTIX_EPERM. */
NTIX_API int ntix_kill(int pid, int sig);

/* ------------------------------------------------------------------------
 * Signals as poller events
 *
 * A signal descriptor for NTIX_SIGINT, NTIX_SIGTERM or NTIX_SIGHUP turns
 * the signal's arrival into NTIX_POLL_IN on it (level-triggered until
 * read); register it with ntix_poll_ctl like any descriptor.  While it is
 * open the signal no longer ends the process.  Linux: a handler that
 * writes to an eventfd (no signal mask is changed, so other threads' masks
 * are not fought over).  Windows: ntix_kill from another process, and the
 * console's Ctrl-C (SIGINT), Ctrl-Break (SIGINT), close (SIGHUP), logoff
 * and shutdown (SIGTERM) events, posted to the poller's completion port.
 * ------------------------------------------------------------------------ */

/* flags: 0.  One descriptor per signal per process.  Errors: NTIX_EINVAL
 * (another signal, flags), NTIX_EBUSY (already open for sig). */
NTIX_API int ntix_signal_open(int sig, int flags);

/* How many times the signal arrived since the last read (>= 1), or
 * NTIX_EAGAIN if it has not; never blocks.  Arrivals close together may
 * count once (as with POSIX signals).  NTIX_EBADF, NTIX_EINVAL (not a
 * signal descriptor). */
NTIX_API int ntix_signal_read(int sfd);

/* ------------------------------------------------------------------------
 * Environment and the running program
 *
 * Names and values are UTF-8.  Names are case-sensitive on Linux and
 * case-insensitive on Windows (as the OS compares them: ntix_getenv("path")
 * finds PATH there); ntix keeps the case a name was set with.  Windows'
 * hidden per-drive entries ("=C:=C:\\dir") are not listed.  Not
 * synchronised with other threads setting variables (as in POSIX).
 * Windows: ntix uses the process environment block, not the C runtime's
 * copy, so getenv() does not see ntix_setenv (use ntix_getenv).
 * ------------------------------------------------------------------------ */

/* Copies the value of name with its NUL into buf and returns its length.
 * NTIX_ENOENT if unset, NTIX_ERANGE if size is too small (nothing
 * written), NTIX_EFAULT (name or buf NULL), NTIX_EINVAL (name empty or
 * with '='), NTIX_EILSEQ. */
NTIX_API int64_t ntix_getenv(const char *name, char *buf, size_t size);

/* Sets (or replaces) name.  NTIX_EFAULT, NTIX_EINVAL (name empty or with
 * '='), NTIX_EILSEQ, NTIX_ENOMEM. */
NTIX_API int ntix_setenv(const char *name, const char *value);

/* Removes name; 0 also if it was not set.  Errors as ntix_setenv. */
NTIX_API int ntix_unsetenv(const char *name);

/* A snapshot of the environment: *out gets a NULL-terminated array of
 * "NAME=value" strings in one allocation, freed with ntix_strv_free.
 * Returns the count.  NTIX_EFAULT (out NULL), NTIX_ENOMEM. */
NTIX_API int ntix_env_list(char ***out);

/* The running program's arguments in UTF-8, as ntix_env_list returns a
 * list: Linux /proc/self/cmdline; Windows the command line of the process
 * (UTF-16) split as the C runtime splits it, so that non-ASCII arguments
 * survive (main's argv on Windows is in the ANSI code page).  Returns
 * argc.  NTIX_EFAULT, NTIX_ENOMEM. */
NTIX_API int ntix_args(char ***out);

/* Frees a list from ntix_env_list or ntix_args; NULL is ignored. */
NTIX_API void ntix_strv_free(char **list);

/* The running program's full path (UTF-8, NUL-terminated; Windows with
 * '/' separators, as ntix_getcwd) and its length.  NTIX_EFAULT (buf
 * NULL), NTIX_ERANGE (too small). */
NTIX_API int64_t ntix_exe_path(char *buf, size_t size);

/* Ends the process at once with status code & 255, as _exit does: no
 * atexit handlers, C stdio buffers are not flushed. */
NTIX_API void ntix_exit(int code)
#if defined(__GNUC__)
    __attribute__((noreturn))
#endif
    ;

/* ------------------------------------------------------------------------
 * Tracing
 *
 * A callback sees every call the application makes to a call of this
 * interface that reaches the OS (not the table, error and format helpers),
 * after it returns.  Calls ntix makes internally, and calls the callback
 * itself makes, are not traced.  When no callback is installed the cost
 * is one predictable branch per call.  See doc/tracing.md.
 * ------------------------------------------------------------------------ */

typedef struct ntix_trace_record {
  const char *call; /* "ntix_open" */
  const char *args; /* the arguments as text: "\"a.txt\", O_RDONLY, 0" */
  int64_t result;   /* what the call returned, as int64_t */
  /* The failure behind a negative result: kind, value and the native call
   * that failed ("openat", "NtCreateFile", or the refusing ntix call with
   * kind NTIX_NATIVE_NONE); NTIX_NATIVE_NONE, 0 and NULL on success. */
  ntix_native_kind_t native_kind;
  uint32_t native_value;
  const char *native_call;
  int64_t duration_ns; /* monotonic time spent in the call, >= 0 */
} ntix_trace_record_t;

/* Called on the thread that made the call; rec and its strings are valid
 * only during the callback.  The callback may call ntix (untraced); the
 * caller's ntix_native_last record is what the call left, whatever the
 * callback does. */
typedef void (*ntix_trace_fn)(const ntix_trace_record_t *rec, void *arg);

/* Installs fn (with arg) for every thread; NULL turns tracing off.  Not
 * synchronised with calls in flight: a call running on another thread
 * while fn changes may still be reported to the old callback (or not at
 * all), so keep the old callback's arg valid until such calls are over.
 * Setting NTIX_TRACE=1 in the environment installs, when the library is
 * loaded, a printer writing one line per call to descriptor 2. */
NTIX_API void ntix_trace_set(ntix_trace_fn fn, void *arg);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_H */

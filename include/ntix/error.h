/* ntix/error.h: error codes, the native status behind a failure, the error
 * tables and the platform.  Part of <ntix.h>, which is the header to
 * include. */
#ifndef NTIX_ERROR_H
#define NTIX_ERROR_H

#include "base.h"

#ifdef __cplusplus
extern "C" {
#endif

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

#ifdef __cplusplus
}
#endif

#endif /* NTIX_ERROR_H */

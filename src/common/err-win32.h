/* err-win32.h: Win32 error codes, one X-macro row each, in ascending
 * value order, with the Winsock codes of err-wsa.h in their place:
 *   X(name, value, neutral NTIX_E* (or 0 for ERROR_SUCCESS), note or NULL)
 * This is data: src/common/err-tables.c and doc/errors.md are built from it.
 *
 * The rows are every code an NTSTATUS row of err-ntstatus.h maps to, every
 * code libuv's Windows translation and the Microsoft CRT's _dosmaperr know,
 * and every Winsock code (10004 and up).  Names are those of the Windows
 * SDK's winerror.h.  neutral follows libuv where it has a choice, except
 * ERROR_ACCESS_DENIED (EACCES; EPERM stays for missing privileges) and
 * where libuv lacks the errno (end of file, charset); then the CRT; codes
 * with no POSIX counterpart are NTIX_EUNKNOWN.
 */
#include "err-wsa.h"

/* Below the Winsock range. */
#define NTIX__WIN32_LOW(X)                                                    \
  X(ERROR_SUCCESS, 0, 0, NULL)                                                \
  X(ERROR_INVALID_FUNCTION, 1, NTIX_EISDIR,                                   \
    "Incorrect function: what reading a directory handle gives, hence "       \
    "libuv's EISDIR; NT statuses that mean 'not implemented' map to ENOSYS "  \
    "themselves.")                                                            \
  X(ERROR_FILE_NOT_FOUND, 2, NTIX_ENOENT, NULL)                               \
  X(ERROR_PATH_NOT_FOUND, 3, NTIX_ENOENT, NULL)                               \
  X(ERROR_TOO_MANY_OPEN_FILES, 4, NTIX_EMFILE, NULL)                          \
  X(ERROR_ACCESS_DENIED, 5, NTIX_EACCES,                                      \
    "A denied access check is EACCES; EPERM is kept for missing privileges "  \
    "(ERROR_PRIVILEGE_NOT_HELD), where libuv once used EPERM for both.")      \
  X(ERROR_INVALID_HANDLE, 6, NTIX_EBADF, NULL)                                \
  X(ERROR_ARENA_TRASHED, 7, NTIX_ENOMEM,                                      \
    "The CRT's choice: memory control blocks destroyed.")                     \
  X(ERROR_NOT_ENOUGH_MEMORY, 8, NTIX_ENOMEM, NULL)                            \
  X(ERROR_INVALID_BLOCK, 9, NTIX_ENOMEM,                                      \
    "The CRT's choice: invalid memory block address.")                        \
  X(ERROR_BAD_ENVIRONMENT, 10, NTIX_E2BIG,                                    \
    "The CRT's choice: the environment block is too large or malformed.")     \
  X(ERROR_BAD_FORMAT, 11, NTIX_ENOEXEC, NULL)                                 \
  X(ERROR_INVALID_ACCESS, 12, NTIX_EINVAL,                                    \
    "Invalid access code (open mode): a bad argument, as the CRT says.")      \
  X(ERROR_INVALID_DATA, 13, NTIX_EINVAL, NULL)                                \
  X(ERROR_OUTOFMEMORY, 14, NTIX_ENOMEM, NULL)                                 \
  X(ERROR_INVALID_DRIVE, 15, NTIX_ENOENT, NULL)                               \
  X(ERROR_CURRENT_DIRECTORY, 16, NTIX_EACCES,                                 \
    "Removing the current directory; the CRT's EACCES.")                      \
  X(ERROR_NOT_SAME_DEVICE, 17, NTIX_EXDEV, NULL)                              \
  X(ERROR_NO_MORE_FILES, 18, NTIX_ENOENT,                                     \
    "No (more) matching files; the CRT's ENOENT.")                            \
  X(ERROR_WRITE_PROTECT, 19, NTIX_EROFS, NULL)                                \
  X(ERROR_BAD_UNIT, 20, NTIX_ENODEV,                                          \
    "The device unit does not exist (the CRT maps codes 19-36 to EACCES).")   \
  X(ERROR_NOT_READY, 21, NTIX_EIO,                                            \
    "The device is not ready, e.g. powered off (the CRT maps codes 19-36 to"  \
    " EACCES).")                                                              \
  X(ERROR_BAD_COMMAND, 22, NTIX_EIO,                                          \
    "The device rejected a command (the CRT maps codes 19-36 to EACCES).")    \
  X(ERROR_CRC, 23, NTIX_EIO, NULL)                                            \
  X(ERROR_BAD_LENGTH, 24, NTIX_EINVAL,                                        \
    "A length field of the request is wrong (the CRT maps codes 19-36 to "    \
    "EACCES).")                                                               \
  X(ERROR_SEEK, 25, NTIX_EIO,                                                 \
    "The drive cannot seek to the area (the CRT maps codes 19-36 to "         \
    "EACCES).")                                                               \
  X(ERROR_NOT_DOS_DISK, 26, NTIX_EIO,                                         \
    "Unreadable disk format (the CRT maps codes 19-36 to EACCES).")           \
  X(ERROR_SECTOR_NOT_FOUND, 27, NTIX_EIO,                                     \
    "A hardware read error (the CRT maps codes 19-36 to EACCES).")            \
  X(ERROR_OUT_OF_PAPER, 28, NTIX_EIO,                                         \
    "A printer device error (the CRT maps codes 19-36 to EACCES).")           \
  X(ERROR_WRITE_FAULT, 29, NTIX_EIO,                                          \
    "A hardware write error (the CRT maps codes 19-36 to EACCES).")           \
  X(ERROR_READ_FAULT, 30, NTIX_EIO,                                           \
    "A hardware read error (the CRT maps codes 19-36 to EACCES).")            \
  X(ERROR_GEN_FAILURE, 31, NTIX_EIO, NULL)                                    \
  X(ERROR_SHARING_VIOLATION, 32, NTIX_EBUSY,                                  \
    "Another open handle's share mode forbids this access: the file is "      \
    "busy, not forbidden (libuv's choice).")                                  \
  X(ERROR_LOCK_VIOLATION, 33, NTIX_EBUSY,                                     \
    "Another handle holds a byte-range lock on the region; libuv's EBUSY "    \
    "(the CRT says EACCES).")                                                 \
  X(ERROR_WRONG_DISK, 34, NTIX_EIO,                                           \
    "The wrong removable medium is inserted (the CRT maps codes 19-36 to "    \
    "EACCES).")                                                               \
  X(ERROR_SHARING_BUFFER_EXCEEDED, 36, NTIX_ENOLCK,                           \
    "Too many files opened for sharing or locks: ENOLCK (the CRT maps codes"  \
    " 19-36 to EACCES).")                                                     \
  X(ERROR_HANDLE_EOF, 38, NTIX_ENODATA,                                       \
    "End of file reached; reads turn it into a count of 0, other calls see "  \
    "ENODATA.")                                                               \
  X(ERROR_HANDLE_DISK_FULL, 39, NTIX_ENOSPC, NULL)                            \
  X(ERROR_NOT_SUPPORTED, 50, NTIX_EOPNOTSUPP, NULL)                           \
  X(ERROR_REM_NOT_LIST, 51, NTIX_EUNKNOWN, NULL)                              \
  X(ERROR_DUP_NAME, 52, NTIX_EADDRINUSE,                                      \
    "A duplicate name on the network; TDI/AFD report an address in use with"  \
    " it (STATUS_ADDRESS_ALREADY_EXISTS).")                                   \
  X(ERROR_BAD_NETPATH, 53, NTIX_ENOENT, NULL)                                 \
  X(ERROR_NETWORK_BUSY, 54, NTIX_EBUSY, NULL)                                 \
  X(ERROR_DEV_NOT_EXIST, 55, NTIX_ENODEV, NULL)                               \
  X(ERROR_TOO_MANY_CMDS, 56, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_ADAP_HDW_ERR, 57, NTIX_EIO, NULL)                                   \
  X(ERROR_BAD_NET_RESP, 58, NTIX_EPROTO,                                      \
    "The remote server sent a reply it should not have: a protocol error.")   \
  X(ERROR_UNEXP_NET_ERR, 59, NTIX_EIO, NULL)                                  \
  X(ERROR_BAD_REM_ADAP, 60, NTIX_EUNKNOWN, NULL)                              \
  X(ERROR_PRINTQ_FULL, 61, NTIX_EUNKNOWN, NULL)                               \
  X(ERROR_NO_SPOOL_SPACE, 62, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_PRINT_CANCELLED, 63, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_NETNAME_DELETED, 64, NTIX_ECONNRESET,                               \
    "The network name is gone: Windows reports a reset connection (AFD's "    \
    "STATUS_CONNECTION_RESET family) this way.")                              \
  X(ERROR_NETWORK_ACCESS_DENIED, 65, NTIX_EACCES, NULL)                       \
  X(ERROR_BAD_DEV_TYPE, 66, NTIX_ENODEV, NULL)                                \
  X(ERROR_BAD_NET_NAME, 67, NTIX_ENOENT, NULL)                                \
  X(ERROR_TOO_MANY_NAMES, 68, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_TOO_MANY_SESS, 69, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_SHARING_PAUSED, 70, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_REQ_NOT_ACCEP, 71, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_REDIR_PAUSED, 72, NTIX_EUNKNOWN, NULL)                              \
  X(ERROR_FILE_EXISTS, 80, NTIX_EEXIST, NULL)                                 \
  X(ERROR_CANNOT_MAKE, 82, NTIX_ENOSPC,                                       \
    "The directory entry cannot be created, usually because the directory "   \
    "is full; libuv's ENOSPC (the CRT says EACCES).")                         \
  X(ERROR_FAIL_I24, 83, NTIX_EACCES, NULL)                                    \
  X(ERROR_INVALID_PASSWORD, 86, NTIX_EACCES, NULL)                            \
  X(ERROR_INVALID_PARAMETER, 87, NTIX_EINVAL, NULL)                           \
  X(ERROR_NET_WRITE_FAULT, 88, NTIX_EIO, NULL)                                \
  X(ERROR_NO_PROC_SLOTS, 89, NTIX_EAGAIN,                                     \
    "No process slots left: fork's EAGAIN.")                                  \
  X(ERROR_DRIVE_LOCKED, 108, NTIX_EACCES, NULL)                               \
  X(ERROR_BROKEN_PIPE, 109, NTIX_EPIPE,                                       \
    "The other end of the pipe is closed. libuv reports end of file; ntix's"  \
    " reads turn it into 0 themselves, writes see EPIPE.")                    \
  X(ERROR_OPEN_FAILED, 110, NTIX_EIO, NULL)                                   \
  X(ERROR_BUFFER_OVERFLOW, 111, NTIX_ENAMETOOLONG,                            \
    "Despite the name this is 'the file name is too long' (111): "            \
    "ENAMETOOLONG, not libuv's EFAULT.")                                      \
  X(ERROR_DISK_FULL, 112, NTIX_ENOSPC, NULL)                                  \
  X(ERROR_INVALID_TARGET_HANDLE, 114, NTIX_EBADF, NULL)                       \
  X(ERROR_SEM_TIMEOUT, 121, NTIX_ETIMEDOUT,                                   \
    "The generic time-out of the I/O layer (STATUS_IO_TIMEOUT).")             \
  X(ERROR_INSUFFICIENT_BUFFER, 122, NTIX_EINVAL,                              \
    "The caller's buffer is too small; libuv's EINVAL.")                      \
  X(ERROR_INVALID_NAME, 123, NTIX_ENOENT,                                     \
    "A syntactically invalid name cannot exist; libuv's ENOENT "              \
    "(STATUS_OBJECT_NAME_INVALID maps to EINVAL).")                           \
  X(ERROR_INVALID_LEVEL, 124, NTIX_EINVAL,                                    \
    "An information level (class) the call does not know.")                   \
  X(ERROR_MOD_NOT_FOUND, 126, NTIX_ENOENT, NULL)                              \
  X(ERROR_PROC_NOT_FOUND, 127, NTIX_ENOSYS,                                   \
    "The procedure is not exported by the module: the function is not "       \
    "available.")                                                             \
  X(ERROR_WAIT_NO_CHILDREN, 128, NTIX_ECHILD,                                 \
    "No child to wait for (128); RtlNtStatusToDosError also gives it for "    \
    "STATUS_ABANDONED_WAIT_0.")                                               \
  X(ERROR_CHILD_NOT_COMPLETE, 129, NTIX_ECHILD, NULL)                         \
  X(ERROR_DIRECT_ACCESS_HANDLE, 130, NTIX_EBADF, NULL)                        \
  X(ERROR_NEGATIVE_SEEK, 131, NTIX_EINVAL, NULL)                              \
  X(ERROR_SEEK_ON_DEVICE, 132, NTIX_ESPIPE,                                   \
    "Seek on a device that cannot seek: POSIX's ESPIPE (the CRT says "        \
    "EACCES).")                                                               \
  X(ERROR_DIR_NOT_EMPTY, 145, NTIX_ENOTEMPTY, NULL)                           \
  X(ERROR_LABEL_TOO_LONG, 154, NTIX_EINVAL, NULL)                             \
  X(ERROR_SIGNAL_REFUSED, 156, NTIX_EIO, NULL)                                \
  X(ERROR_NOT_LOCKED, 158, NTIX_EACCES,                                       \
    "Unlocking a range that is not locked; the CRT's EACCES.")                \
  X(ERROR_BAD_PATHNAME, 161, NTIX_ENOENT, NULL)                               \
  X(ERROR_MAX_THRDS_REACHED, 164, NTIX_EAGAIN, NULL)                          \
  X(ERROR_LOCK_FAILED, 167, NTIX_EACCES, NULL)                                \
  X(ERROR_BUSY, 170, NTIX_EBUSY, NULL)                                        \
  X(ERROR_INVALID_ORDINAL, 182, NTIX_ENOEXEC,                                 \
    "A broken import in an executable image.")                                \
  X(ERROR_ALREADY_EXISTS, 183, NTIX_EEXIST, NULL)                             \
  X(ERROR_INVALID_STARTING_CODESEG, 188, NTIX_ENOEXEC,                        \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INVALID_STACKSEG, 189, NTIX_ENOEXEC,                                \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INVALID_MODULETYPE, 190, NTIX_ENOEXEC,                              \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INVALID_EXE_SIGNATURE, 191, NTIX_ENOEXEC,                           \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_EXE_MARKED_INVALID, 192, NTIX_ENOEXEC,                              \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_BAD_EXE_FORMAT, 193, NTIX_ENOEXEC, NULL)                            \
  X(ERROR_ITERATED_DATA_EXCEEDS_64k, 194, NTIX_ENOEXEC,                       \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INVALID_MINALLOCSIZE, 195, NTIX_ENOEXEC,                            \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_DYNLINK_FROM_INVALID_RING, 196, NTIX_ENOEXEC,                       \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_IOPL_NOT_ENABLED, 197, NTIX_ENOEXEC,                                \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INVALID_SEGDPL, 198, NTIX_ENOEXEC,                                  \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_AUTODATASEG_EXCEEDS_64k, 199, NTIX_ENOEXEC,                         \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_RING2SEG_MUST_BE_MOVABLE, 200, NTIX_ENOEXEC,                        \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_RELOC_CHAIN_XEEDS_SEGLIM, 201, NTIX_ENOEXEC,                        \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_INFLOOP_IN_RELOC_CHAIN, 202, NTIX_ENOEXEC,                          \
    "A malformed executable image (the CRT maps codes 188-202 to ENOEXEC).")  \
  X(ERROR_ENVVAR_NOT_FOUND, 203, NTIX_ENOENT, NULL)                           \
  X(ERROR_NO_SIGNAL_SENT, 205, NTIX_EIO, NULL)                                \
  X(ERROR_FILENAME_EXCED_RANGE, 206, NTIX_ENAMETOOLONG, NULL)                 \
  X(ERROR_META_EXPANSION_TOO_LONG, 208, NTIX_E2BIG, NULL)                     \
  X(ERROR_NESTING_NOT_ALLOWED, 215, NTIX_EAGAIN, NULL)                        \
  X(ERROR_EXE_MACHINE_TYPE_MISMATCH, 216, NTIX_ENOEXEC,                       \
    "CreateProcessW: a program built for another processor.")                 \
  X(ERROR_FILE_CHECKED_OUT, 220, NTIX_EACCES, NULL)                           \
  X(ERROR_CHECKOUT_REQUIRED, 221, NTIX_EACCES, NULL)                          \
  X(ERROR_BAD_FILE_TYPE, 222, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_FILE_TOO_LARGE, 223, NTIX_EFBIG, NULL)                              \
  X(ERROR_FORMS_AUTH_REQUIRED, 224, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_BAD_PIPE, 230, NTIX_EPIPE, NULL)                                    \
  X(ERROR_PIPE_BUSY, 231, NTIX_EBUSY,                                         \
    "Every instance of the named pipe is in use.")                            \
  X(ERROR_NO_DATA, 232, NTIX_EPIPE,                                           \
    "The pipe is being closed (the reader went away): writes get EPIPE.")     \
  X(ERROR_PIPE_NOT_CONNECTED, 233, NTIX_EPIPE, NULL)                          \
  X(ERROR_MORE_DATA, 234, NTIX_EOVERFLOW,                                     \
    "More data than the buffer holds; the data returned is truncated: "       \
    "EOVERFLOW.")                                                             \
  X(ERROR_VC_DISCONNECTED, 240, NTIX_ECONNABORTED,                            \
    "The session was cancelled: the virtual circuit is gone.")                \
  X(ERROR_INVALID_EA_NAME, 254, NTIX_EINVAL, NULL)                            \
  X(ERROR_EA_LIST_INCONSISTENT, 255, NTIX_EINVAL, NULL)                       \
  X(ERROR_NO_MORE_ITEMS, 259, NTIX_ENODATA,                                   \
    "Enumeration finished, no more entries: ENODATA.")                        \
  X(ERROR_DIRECTORY, 267, NTIX_ENOTDIR,                                       \
    "The directory name is invalid: what a directory call on a file gives "   \
    "(STATUS_NOT_A_DIRECTORY), so ENOTDIR rather than libuv's ENOENT.")       \
  X(ERROR_EA_TABLE_FULL, 277, NTIX_ENOSPC, NULL)                              \
  X(ERROR_EAS_NOT_SUPPORTED, 282, NTIX_EOPNOTSUPP, NULL)                      \
  X(ERROR_NOT_OWNER, 288, NTIX_EPERM,                                         \
    "Releasing a mutex the caller does not own: EPERM, as "                   \
    "pthread_mutex_unlock.")                                                  \
  X(ERROR_TOO_MANY_POSTS, 298, NTIX_EOVERFLOW,                                \
    "The semaphore is at its maximum count: sem_post reports EOVERFLOW.")     \
  X(ERROR_PARTIAL_COPY, 299, NTIX_EFAULT,                                     \
    "Only part of a process-memory copy succeeded: part of the range is not"  \
    " accessible.")                                                           \
  X(ERROR_OPLOCK_NOT_GRANTED, 300, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_INVALID_OPLOCK_PROTOCOL, 301, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_DISK_TOO_FRAGMENTED, 302, NTIX_ENOSPC, NULL)                        \
  X(ERROR_INVALID_LOCK_RANGE, 307, NTIX_EINVAL, NULL)                         \
  X(ERROR_MR_MID_NOT_FOUND, 317, NTIX_EUNKNOWN,                               \
    "No message: what RtlNtStatusToDosError returns for a status it has no "  \
    "Win32 code for.")                                                        \
  X(ERROR_CASE_DIFFERING_NAMES_IN_DIR, 424, NTIX_EUNKNOWN, NULL)              \
  X(ERROR_NO_SUCH_DEVICE, 433, NTIX_ENODEV, NULL)                             \
  X(ERROR_INVALID_ADDRESS, 487, NTIX_EINVAL,                                  \
    "An address that is not reserved or committed as the call requires "      \
    "(VirtualFree, MapViewOfFile): munmap's EINVAL.")                         \
  X(ERROR_ARITHMETIC_OVERFLOW, 534, NTIX_EOVERFLOW, NULL)                     \
  X(ERROR_PIPE_CONNECTED, 535, NTIX_EISCONN,                                  \
    "A client is already connected to the pipe instance (ConnectNamedPipe "   \
    "treats it as success).")                                                 \
  X(ERROR_PIPE_LISTENING, 536, NTIX_ENOTCONN,                                 \
    "The pipe instance waits for a client: nothing is connected yet.")        \
  X(ERROR_TOO_MANY_THREADS, 565, NTIX_EAGAIN,                                 \
    "No more threads can be created: pthread_create's EAGAIN.")               \
  X(ERROR_COMMITMENT_MINIMUM, 635, NTIX_ENOMEM, NULL)                         \
  X(ERROR_WOW_ASSERTION, 670, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_HANDLES_CLOSED, 676, NTIX_EBADF,                                    \
    "Handles were closed as a side effect, e.g. a pending I/O whose handle "  \
    "was closed completes with this.")                                        \
  X(ERROR_STOPPED_ON_SYMLINK, 681, NTIX_ELOOP,                                \
    "The open stopped at a symbolic link it was told not to follow: "         \
    "O_NOFOLLOW's ELOOP.")                                                    \
  X(ERROR_OBJECT_NAME_EXISTS, 698, NTIX_EEXIST,                               \
    "Informational: the named object existed and was opened; listed for "     \
    "STATUS_OBJECT_NAME_EXISTS.")                                             \
  X(ERROR_WAKE_SYSTEM, 730, NTIX_EUNKNOWN,                                    \
    "An informational wait result, not a failure of any POSIX call.")         \
  X(ERROR_WAIT_1, 731, NTIX_EUNKNOWN,                                         \
    "A wait result (object 1 signalled), not a failure; listed because "      \
    "STATUS_WAIT_1 maps to it.")                                              \
  X(ERROR_WAIT_2, 732, NTIX_EUNKNOWN,                                         \
    "A wait result (object 2 signalled), not a failure; listed because "      \
    "STATUS_WAIT_2 maps to it.")                                              \
  X(ERROR_WAIT_3, 733, NTIX_EUNKNOWN,                                         \
    "A wait result (object 3 signalled), not a failure; listed because "      \
    "STATUS_WAIT_3 maps to it.")                                              \
  X(ERROR_WAIT_63, 734, NTIX_EUNKNOWN,                                        \
    "A wait result (object 63 signalled), not a failure; listed because "     \
    "STATUS_WAIT_63 maps to it.")                                             \
  X(ERROR_ABANDONED_WAIT_63, 736, NTIX_EOWNERDEAD,                            \
    "A mutex whose owner died was acquired: the robust-mutex EOWNERDEAD.")    \
  X(ERROR_USER_APC, 737, NTIX_EINTR,                                          \
    "An alertable wait was interrupted by a user APC, as a signal "           \
    "interrupts a POSIX call.")                                               \
  X(ERROR_KERNEL_APC, 738, NTIX_EINTR,                                        \
    "A wait was interrupted by a kernel APC.")                                \
  X(ERROR_ALERTED, 739, NTIX_EINTR,                                           \
    "An alertable wait was alerted (NtAlertThread).")                         \
  X(ERROR_ELEVATION_REQUIRED, 740, NTIX_EACCES, NULL)                         \
  X(ERROR_REPARSE, 741, NTIX_EUNKNOWN,                                        \
    "The I/O manager reparses the name itself; never a result a caller "      \
    "sees.")                                                                  \
  X(ERROR_WAIT_FOR_OPLOCK, 765, NTIX_EUNKNOWN,                                \
    "Not a failure: an operation waits for an oplock break; listed "          \
    "because STATUS_WAIT_FOR_OPLOCK maps to it.")                             \
  X(ERROR_LOST_WRITEBEHIND_DATA_NETWORK_DISCONNECTED, 788, NTIX_EUNKNOWN,     \
    NULL)                                                                     \
  X(ERROR_LOST_WRITEBEHIND_DATA_NETWORK_SERVER_ERROR, 789, NTIX_EUNKNOWN,     \
    NULL)                                                                     \
  X(ERROR_LOST_WRITEBEHIND_DATA_LOCAL_DISK_ERROR, 790, NTIX_EUNKNOWN, NULL)   \
  X(ERROR_OPERATION_ABORTED, 995, NTIX_ECANCELED,                             \
    "The I/O was cancelled (CancelIoEx, or the issuing thread exited).")      \
  X(ERROR_IO_PENDING, 997, NTIX_EINPROGRESS,                                  \
    "The overlapped operation was started and completes later; not a "        \
    "failure to the caller who asked for it.")                                \
  X(ERROR_NOACCESS, 998, NTIX_EFAULT,                                         \
    "Invalid access to memory: a bad caller buffer, EFAULT as for "           \
    "STATUS_ACCESS_VIOLATION (libuv says EACCES).")                           \
  X(ERROR_SWAPERROR, 999, NTIX_EIO,                                           \
    "A paging I/O error (STATUS_IN_PAGE_ERROR).")                             \
  X(ERROR_STACK_OVERFLOW, 1001, NTIX_ENOMEM, NULL)                            \
  X(ERROR_INVALID_FLAGS, 1004, NTIX_EBADF,                                    \
    "Invalid flags; libuv reports it as a bad descriptor, as its file calls"  \
    " meet it with bad handle flags.")                                        \
  X(ERROR_UNRECOGNIZED_VOLUME, 1005, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_FILE_INVALID, 1006, NTIX_ESTALE,                                    \
    "The volume of an open file was dismounted or changed: the handle is "    \
    "stale.")                                                                 \
  X(ERROR_FULLSCREEN_MODE, 1007, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_NO_TOKEN, 1008, NTIX_EPERM, NULL)                                   \
  X(ERROR_BADDB, 1009, NTIX_EUNKNOWN, NULL)                                   \
  X(ERROR_REGISTRY_RECOVERED, 1014, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_REGISTRY_IO_FAILED, 1016, NTIX_EIO, NULL)                           \
  X(ERROR_NOT_REGISTRY_FILE, 1017, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_KEY_DELETED, 1018, NTIX_ENOENT,                                     \
    "The registry key was marked for deletion.")                              \
  X(ERROR_NO_LOG_SPACE, 1019, NTIX_ENOSPC, NULL)                              \
  X(ERROR_KEY_HAS_CHILDREN, 1020, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_CHILD_MUST_BE_VOLATILE, 1021, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_NOTIFY_ENUM_DIR, 1022, NTIX_EOVERFLOW,                              \
    "Too many changes for the notification buffer: the caller must rescan "   \
    "(inotify's queue overflow).")                                            \
  X(ERROR_SERVICE_ALREADY_RUNNING, 1056, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_SERVICE_DISABLED, 1058, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_END_OF_MEDIA, 1100, NTIX_ENOSPC,                                    \
    "The physical end of a tape was reached while writing.")                  \
  X(ERROR_FILEMARK_DETECTED, 1101, NTIX_EIO, NULL)                            \
  X(ERROR_BEGINNING_OF_MEDIA, 1102, NTIX_EIO, NULL)                           \
  X(ERROR_SETMARK_DETECTED, 1103, NTIX_EIO, NULL)                             \
  X(ERROR_NO_DATA_DETECTED, 1104, NTIX_EIO, NULL)                             \
  X(ERROR_PARTITION_FAILURE, 1105, NTIX_EIO, NULL)                            \
  X(ERROR_INVALID_BLOCK_LENGTH, 1106, NTIX_EIO, NULL)                         \
  X(ERROR_DEVICE_NOT_PARTITIONED, 1107, NTIX_EIO, NULL)                       \
  X(ERROR_UNABLE_TO_LOCK_MEDIA, 1108, NTIX_EIO, NULL)                         \
  X(ERROR_UNABLE_TO_UNLOAD_MEDIA, 1109, NTIX_EIO, NULL)                       \
  X(ERROR_MEDIA_CHANGED, 1110, NTIX_EIO, NULL)                                \
  X(ERROR_BUS_RESET, 1111, NTIX_EIO, NULL)                                    \
  X(ERROR_NO_MEDIA_IN_DRIVE, 1112, NTIX_ENOMEDIUM, NULL)                      \
  X(ERROR_NO_UNICODE_TRANSLATION, 1113, NTIX_EILSEQ,                          \
    "No mapping for the Unicode character: an invalid sequence (libuv's "     \
    "ECHARSET has no Linux errno).")                                          \
  X(ERROR_DLL_INIT_FAILED, 1114, NTIX_ENOEXEC, NULL)                          \
  X(ERROR_SHUTDOWN_IN_PROGRESS, 1115, NTIX_ESHUTDOWN, NULL)                   \
  X(ERROR_IO_DEVICE, 1117, NTIX_EIO, NULL)                                    \
  X(ERROR_SERIAL_NO_DEVICE, 1118, NTIX_ENODEV, NULL)                          \
  X(ERROR_IRQ_BUSY, 1119, NTIX_EBUSY, NULL)                                   \
  X(ERROR_MORE_WRITES, 1120, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_COUNTER_TIMEOUT, 1121, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_FLOPPY_ID_MARK_NOT_FOUND, 1122, NTIX_EIO, NULL)                     \
  X(ERROR_FLOPPY_WRONG_CYLINDER, 1123, NTIX_EIO, NULL)                        \
  X(ERROR_FLOPPY_UNKNOWN_ERROR, 1124, NTIX_EIO, NULL)                         \
  X(ERROR_FLOPPY_BAD_REGISTERS, 1125, NTIX_EIO, NULL)                         \
  X(ERROR_DISK_RECALIBRATE_FAILED, 1126, NTIX_EIO, NULL)                      \
  X(ERROR_DISK_OPERATION_FAILED, 1127, NTIX_EIO, NULL)                        \
  X(ERROR_DISK_RESET_FAILED, 1128, NTIX_EIO, NULL)                            \
  X(ERROR_EOM_OVERFLOW, 1129, NTIX_EIO, NULL)                                 \
  X(ERROR_NOT_ENOUGH_SERVER_MEMORY, 1130, NTIX_ENOMEM, NULL)                  \
  X(ERROR_POSSIBLE_DEADLOCK, 1131, NTIX_EDEADLK, NULL)                        \
  X(ERROR_MAPPED_ALIGNMENT, 1132, NTIX_EINVAL,                                \
    "A mapping's base address or offset is not aligned to the allocation "    \
    "granularity: mmap's EINVAL.")                                            \
  X(ERROR_TOO_MANY_LINKS, 1142, NTIX_EMLINK, NULL)                            \
  X(ERROR_SOURCE_ELEMENT_EMPTY, 1160, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_DESTINATION_ELEMENT_FULL, 1161, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_ILLEGAL_ELEMENT_ADDRESS, 1162, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_MAGAZINE_NOT_PRESENT, 1163, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_DEVICE_REINITIALIZATION_NEEDED, 1164, NTIX_EUNKNOWN, NULL)          \
  X(ERROR_DEVICE_REQUIRES_CLEANING, 1165, NTIX_EIO, NULL)                     \
  X(ERROR_DEVICE_DOOR_OPEN, 1166, NTIX_EIO, NULL)                             \
  X(ERROR_DEVICE_NOT_CONNECTED, 1167, NTIX_ENODEV, NULL)                      \
  X(ERROR_NOT_FOUND, 1168, NTIX_ENOENT, NULL)                                 \
  X(ERROR_NO_MATCH, 1169, NTIX_EUNKNOWN, NULL)                                \
  X(ERROR_SET_NOT_FOUND, 1170, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_NO_TRACKING_SERVICE, 1172, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_JOURNAL_DELETE_IN_PROGRESS, 1178, NTIX_EUNKNOWN, NULL)              \
  X(ERROR_JOURNAL_NOT_ACTIVE, 1179, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_JOURNAL_ENTRY_DELETED, 1181, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_CONNECTION_UNAVAIL, 1201, NTIX_ENOTCONN, NULL)                      \
  X(ERROR_INVALID_COMPUTERNAME, 1210, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_INVALID_NETNAME, 1214, NTIX_EINVAL, NULL)                           \
  X(ERROR_SESSION_CREDENTIAL_CONFLICT, 1219, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_REMOTE_SESSION_LIMIT_EXCEEDED, 1220, NTIX_EUNKNOWN, NULL)           \
  X(ERROR_USER_MAPPED_FILE, 1224, NTIX_EBUSY,                                 \
    "The operation (truncate, delete) needs a file that has a mapped view "   \
    "open: busy.")                                                            \
  X(ERROR_CONNECTION_REFUSED, 1225, NTIX_ECONNREFUSED, NULL)                  \
  X(ERROR_GRACEFUL_DISCONNECT, 1226, NTIX_EPIPE,                              \
    "The peer closed the connection gracefully; sending further fails.")      \
  X(ERROR_ADDRESS_ALREADY_ASSOCIATED, 1227, NTIX_EADDRINUSE, NULL)            \
  X(ERROR_ADDRESS_NOT_ASSOCIATED, 1228, NTIX_EINVAL,                          \
    "The endpoint has no local address yet (not bound).")                     \
  X(ERROR_CONNECTION_INVALID, 1229, NTIX_ENOTCONN, NULL)                      \
  X(ERROR_CONNECTION_ACTIVE, 1230, NTIX_EISCONN, NULL)                        \
  X(ERROR_NETWORK_UNREACHABLE, 1231, NTIX_ENETUNREACH, NULL)                  \
  X(ERROR_HOST_UNREACHABLE, 1232, NTIX_EHOSTUNREACH, NULL)                    \
  X(ERROR_PROTOCOL_UNREACHABLE, 1233, NTIX_ENOPROTOOPT,                       \
    "ICMP protocol unreachable: Linux reports ENOPROTOOPT for it.")           \
  X(ERROR_PORT_UNREACHABLE, 1234, NTIX_ECONNREFUSED,                          \
    "ICMP port unreachable: Linux reports ECONNREFUSED for it.")              \
  X(ERROR_REQUEST_ABORTED, 1235, NTIX_ECANCELED, NULL)                        \
  X(ERROR_CONNECTION_ABORTED, 1236, NTIX_ECONNABORTED, NULL)                  \
  X(ERROR_RETRY, 1237, NTIX_EAGAIN, NULL)                                     \
  X(ERROR_CONNECTION_COUNT_LIMIT, 1238, NTIX_EAGAIN, NULL)                    \
  X(ERROR_LOGIN_TIME_RESTRICTION, 1239, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_LOGIN_WKSTA_RESTRICTION, 1240, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_SERVICE_NOT_FOUND, 1243, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_ONLY_IF_CONNECTED, 1251, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_NOT_SUPPORTED_ON_SBS, 1254, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_SERVER_SHUTDOWN_IN_PROGRESS, 1255, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_HOST_DOWN, 1256, NTIX_EHOSTDOWN, NULL)                              \
  X(ERROR_APPHELP_BLOCK, 1259, NTIX_EACCES, NULL)                             \
  X(ERROR_ACCESS_DISABLED_BY_POLICY, 1260, NTIX_EACCES, NULL)                 \
  X(ERROR_REG_NAT_CONSUMPTION, 1261, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_PKINIT_FAILURE, 1263, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_SMARTCARD_SUBSYSTEM_FAILURE, 1264, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_DOWNGRADE_DETECTED, 1265, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_DRIVER_BLOCKED, 1275, NTIX_EACCES, NULL)                            \
  X(ERROR_INVALID_IMPORT_OF_NON_DLL, 1276, NTIX_ENOEXEC, NULL)                \
  X(ERROR_RECOVERY_FAILURE, 1279, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_STACK_BUFFER_OVERRUN, 1282, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_PARAMETER_QUOTA_EXCEEDED, 1283, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_DEBUGGER_INACTIVE, 1284, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_DELAY_LOAD_FAILED, 1285, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_VDM_DISALLOWED, 1286, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_IMPLEMENTATION_LIMIT, 1292, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_PROCESS_IS_PROTECTED, 1293, NTIX_EPERM,                             \
    "The target is a protected process: even an administrator may not touch"  \
    " it.")                                                                   \
  X(ERROR_DISK_QUOTA_EXCEEDED, 1295, NTIX_EDQUOT, NULL)                       \
  X(ERROR_NOT_ALL_ASSIGNED, 1300, NTIX_EPERM,                                 \
    "Not every requested privilege is held by the token.")                    \
  X(ERROR_SOME_NOT_MAPPED, 1301, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_NO_QUOTAS_FOR_ACCOUNT, 1302, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_LOCAL_USER_SESSION_KEY, 1303, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_NULL_LM_PASSWORD, 1304, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_UNKNOWN_REVISION, 1305, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_REVISION_MISMATCH, 1306, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_INVALID_OWNER, 1307, NTIX_EPERM,                                    \
    "This owner may not be set by the caller: chown's EPERM.")                \
  X(ERROR_INVALID_PRIMARY_GROUP, 1308, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_NO_IMPERSONATION_TOKEN, 1309, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_CANT_DISABLE_MANDATORY, 1310, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_NO_LOGON_SERVERS, 1311, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_NO_SUCH_LOGON_SESSION, 1312, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_NO_SUCH_PRIVILEGE, 1313, NTIX_EINVAL, NULL)                         \
  X(ERROR_PRIVILEGE_NOT_HELD, 1314, NTIX_EPERM,                               \
    "A privilege the token lacks: POSIX's EPERM, distinct from EACCES "       \
    "(access check).")                                                        \
  X(ERROR_INVALID_ACCOUNT_NAME, 1315, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_USER_EXISTS, 1316, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_NO_SUCH_USER, 1317, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_GROUP_EXISTS, 1318, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_NO_SUCH_GROUP, 1319, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_MEMBER_IN_GROUP, 1320, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_MEMBER_NOT_IN_GROUP, 1321, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_LAST_ADMIN, 1322, NTIX_EUNKNOWN, NULL)                              \
  X(ERROR_ILL_FORMED_PASSWORD, 1324, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_PASSWORD_RESTRICTION, 1325, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_LOGON_FAILURE, 1326, NTIX_EACCES, NULL)                             \
  X(ERROR_ACCOUNT_RESTRICTION, 1327, NTIX_EACCES, NULL)                       \
  X(ERROR_INVALID_LOGON_HOURS, 1328, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_INVALID_WORKSTATION, 1329, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_PASSWORD_EXPIRED, 1330, NTIX_EACCES, NULL)                          \
  X(ERROR_ACCOUNT_DISABLED, 1331, NTIX_EACCES, NULL)                          \
  X(ERROR_NONE_MAPPED, 1332, NTIX_EUNKNOWN, NULL)                             \
  X(ERROR_TOO_MANY_LUIDS_REQUESTED, 1333, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_LUIDS_EXHAUSTED, 1334, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_INVALID_SUB_AUTHORITY, 1335, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_INVALID_ACL, 1336, NTIX_EINVAL, NULL)                               \
  X(ERROR_INVALID_SID, 1337, NTIX_EINVAL, NULL)                               \
  X(ERROR_INVALID_SECURITY_DESCR, 1338, NTIX_EINVAL, NULL)                    \
  X(ERROR_BAD_INHERITANCE_ACL, 1340, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_SERVER_DISABLED, 1341, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_SERVER_NOT_DISABLED, 1342, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_INVALID_ID_AUTHORITY, 1343, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_ALLOTTED_SPACE_EXCEEDED, 1344, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_INVALID_GROUP_ATTRIBUTES, 1345, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_BAD_IMPERSONATION_LEVEL, 1346, NTIX_EPERM, NULL)                    \
  X(ERROR_CANT_OPEN_ANONYMOUS, 1347, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_BAD_VALIDATION_CLASS, 1348, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_BAD_TOKEN_TYPE, 1349, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_NO_SECURITY_ON_OBJECT, 1350, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_CANT_ACCESS_DOMAIN_INFO, 1351, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_INVALID_SERVER_STATE, 1352, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_INVALID_DOMAIN_STATE, 1353, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_INVALID_DOMAIN_ROLE, 1354, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_NO_SUCH_DOMAIN, 1355, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_DOMAIN_EXISTS, 1356, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_DOMAIN_LIMIT_EXCEEDED, 1357, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_INTERNAL_DB_CORRUPTION, 1358, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_INTERNAL_ERROR, 1359, NTIX_EIO,                                     \
    "An internal error of the system component; nothing more specific is "    \
    "known.")                                                                 \
  X(ERROR_GENERIC_NOT_MAPPED, 1360, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_BAD_DESCRIPTOR_FORMAT, 1361, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_NOT_LOGON_PROCESS, 1362, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_LOGON_SESSION_EXISTS, 1363, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_NO_SUCH_PACKAGE, 1364, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_BAD_LOGON_SESSION_STATE, 1365, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_LOGON_SESSION_COLLISION, 1366, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_INVALID_LOGON_TYPE, 1367, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_CANNOT_IMPERSONATE, 1368, NTIX_EPERM, NULL)                         \
  X(ERROR_RXACT_INVALID_STATE, 1369, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_RXACT_COMMIT_FAILURE, 1370, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_SPECIAL_ACCOUNT, 1371, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_SPECIAL_GROUP, 1372, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_SPECIAL_USER, 1373, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_MEMBERS_PRIMARY_GROUP, 1374, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_TOKEN_ALREADY_IN_USE, 1375, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_NO_SUCH_ALIAS, 1376, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_MEMBER_NOT_IN_ALIAS, 1377, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_MEMBER_IN_ALIAS, 1378, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_ALIAS_EXISTS, 1379, NTIX_EUNKNOWN, NULL)                            \
  X(ERROR_LOGON_NOT_GRANTED, 1380, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_TOO_MANY_SECRETS, 1381, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_SECRET_TOO_LONG, 1382, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_INTERNAL_DB_ERROR, 1383, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_TOO_MANY_CONTEXT_IDS, 1384, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_LOGON_TYPE_NOT_GRANTED, 1385, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_NT_CROSS_ENCRYPTION_REQUIRED, 1386, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_NO_SUCH_MEMBER, 1387, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_INVALID_MEMBER, 1388, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_TOO_MANY_SIDS, 1389, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_LM_CROSS_ENCRYPTION_REQUIRED, 1390, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_NO_INHERITANCE, 1391, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_FILE_CORRUPT, 1392, NTIX_EUCLEAN,                                   \
    "The file or directory is corrupt: Linux file systems report corruption"  \
    " as EUCLEAN.")                                                           \
  X(ERROR_DISK_CORRUPT, 1393, NTIX_EIO, NULL)                                 \
  X(ERROR_NO_USER_SESSION_KEY, 1394, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_LICENSE_QUOTA_EXCEEDED, 1395, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_MUTUAL_AUTH_FAILED, 1397, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_TIME_SKEW, 1398, NTIX_EUNKNOWN, NULL)                               \
  X(ERROR_CURRENT_DOMAIN_NOT_ALLOWED, 1399, NTIX_EUNKNOWN, NULL)              \
  X(ERROR_INVALID_THREAD_ID, 1444, NTIX_ESRCH, NULL)                          \
  X(ERROR_NO_SYSTEM_RESOURCES, 1450, NTIX_ENOMEM,                             \
    "Insufficient system resources (often pool memory): ENOMEM.")             \
  X(ERROR_WORKING_SET_QUOTA, 1453, NTIX_ENOMEM, NULL)                         \
  X(ERROR_PAGEFILE_QUOTA, 1454, NTIX_ENOMEM, NULL)                            \
  X(ERROR_COMMITMENT_LIMIT, 1455, NTIX_ENOMEM, NULL)                          \
  X(ERROR_TIMEOUT, 1460, NTIX_ETIMEDOUT, NULL)                                \
  X(ERROR_SYMLINK_CLASS_DISABLED, 1463, NTIX_EACCES,                          \
    "Following this kind of symbolic link (remote, local) is disabled by "    \
    "policy.")                                                                \
  X(ERROR_SYMLINK_NOT_SUPPORTED, 1464, NTIX_EINVAL, NULL)                     \
  X(ERROR_XML_PARSE_ERROR, 1465, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_XMLDSIG_ERROR, 1466, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_RESTART_APPLICATION, 1467, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_WRONG_COMPARTMENT, 1468, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_AUTHIP_FAILURE, 1469, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_NO_NVRAM_RESOURCES, 1470, NTIX_ENOMEM, NULL)                        \
  X(ERROR_EVENTLOG_FILE_CORRUPT, 1500, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_EVENTLOG_CANT_START, 1501, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_LOG_FILE_FULL, 1502, NTIX_ENOSPC, NULL)                             \
  X(ERROR_EVENTLOG_FILE_CHANGED, 1503, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_INVALID_TASK_NAME, 1550, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_INVALID_TASK_INDEX, 1551, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_THREAD_ALREADY_IN_TASK, 1552, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_DEVICE_REMOVED, 1617, NTIX_ENODEV, NULL)                            \
  X(ERROR_INVALID_USER_BUFFER, 1784, NTIX_EINVAL,                             \
    "The buffer is unsuitable for the request (e.g. misaligned for "          \
    "unbuffered I/O).")                                                       \
  X(ERROR_UNRECOGNIZED_MEDIA, 1785, NTIX_EMEDIUMTYPE, NULL)                   \
  X(ERROR_NO_TRUST_LSA_SECRET, 1786, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_NO_TRUST_SAM_ACCOUNT, 1787, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_TRUSTED_DOMAIN_FAILURE, 1788, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_TRUSTED_RELATIONSHIP_FAILURE, 1789, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_TRUST_FAILURE, 1790, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_NETLOGON_NOT_STARTED, 1792, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_ACCOUNT_EXPIRED, 1793, NTIX_EACCES, NULL)                           \
  X(ERROR_REDIRECTOR_HAS_OPEN_HANDLES, 1794, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_NOLOGON_INTERDOMAIN_TRUST_ACCOUNT, 1807, NTIX_EUNKNOWN, NULL)       \
  X(ERROR_NOLOGON_WORKSTATION_TRUST_ACCOUNT, 1808, NTIX_EUNKNOWN, NULL)       \
  X(ERROR_NOLOGON_SERVER_TRUST_ACCOUNT, 1809, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_DOMAIN_TRUST_INCONSISTENT, 1810, NTIX_EUNKNOWN, NULL)               \
  X(ERROR_SERVER_HAS_OPEN_HANDLES, 1811, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_RESOURCE_DATA_NOT_FOUND, 1812, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_RESOURCE_TYPE_NOT_FOUND, 1813, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_RESOURCE_NAME_NOT_FOUND, 1814, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_RESOURCE_LANG_NOT_FOUND, 1815, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_NOT_ENOUGH_QUOTA, 1816, NTIX_ENOMEM, NULL)                          \
  X(ERROR_PASSWORD_MUST_CHANGE, 1907, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_DOMAIN_CONTROLLER_NOT_FOUND, 1908, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_ACCOUNT_LOCKED_OUT, 1909, NTIX_EACCES, NULL)                        \
  X(ERROR_CANT_ACCESS_FILE, 1920, NTIX_EACCES, NULL)                          \
  X(ERROR_CANT_RESOLVE_FILENAME, 1921, NTIX_ELOOP,                            \
    "The name cannot be resolved: Windows's report of a symbolic link loop.") \
  X(ERROR_PER_USER_TRUST_QUOTA_EXCEEDED, 1932, NTIX_EUNKNOWN, NULL)           \
  X(ERROR_ALL_USER_TRUST_QUOTA_EXCEEDED, 1933, NTIX_EUNKNOWN, NULL)           \
  X(ERROR_USER_DELETE_TRUST_QUOTA_EXCEEDED, 1934, NTIX_EUNKNOWN, NULL)        \
  X(ERROR_AUTHENTICATION_FIREWALL_FAILED, 1935, NTIX_EUNKNOWN, NULL)          \
  X(ERROR_BAD_DRIVER, 2001, NTIX_ENODEV, NULL)                                \
  X(ERROR_NOT_CONNECTED, 2250, NTIX_ENOTCONN, NULL)                           \
  X(ERROR_OPEN_FILES, 2401, NTIX_EBUSY, NULL)                                 \
  X(ERROR_ACTIVE_CONNECTIONS, 2402, NTIX_EBUSY, NULL)                         \
  X(ERROR_DEVICE_IN_USE, 2404, NTIX_EBUSY, NULL)                              \
  X(ERROR_WMI_GUID_NOT_FOUND, 4200, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_WMI_INSTANCE_NOT_FOUND, 4201, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_WMI_ITEMID_NOT_FOUND, 4202, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_WMI_TRY_AGAIN, 4203, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_WMI_ALREADY_ENABLED, 4206, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_WMI_GUID_DISCONNECTED, 4207, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_WMI_ALREADY_DISABLED, 4212, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_WMI_READ_ONLY, 4213, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_WMI_SET_FAILURE, 4214, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_TRANSPORT_FULL, 4328, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_CLEANER_CARTRIDGE_INSTALLED, 4340, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_FILE_OFFLINE, 4350, NTIX_EIO, NULL)                                 \
  X(ERROR_REMOTE_STORAGE_NOT_ACTIVE, 4351, NTIX_EUNKNOWN, NULL)               \
  X(ERROR_REMOTE_STORAGE_MEDIA_ERROR, 4352, NTIX_EIO, NULL)                   \
  X(ERROR_NOT_A_REPARSE_POINT, 4390, NTIX_EINVAL,                             \
    "Not a reparse point: readlink on a file that is no link gives EINVAL.")  \
  X(ERROR_REPARSE_ATTRIBUTE_CONFLICT, 4391, NTIX_EINVAL, NULL)                \
  X(ERROR_INVALID_REPARSE_DATA, 4392, NTIX_ENOENT,                            \
    "A reparse point with corrupt data cannot be followed; libuv's ENOENT.")  \
  X(ERROR_REPARSE_TAG_INVALID, 4393, NTIX_EINVAL, NULL)                       \
  X(ERROR_REPARSE_TAG_MISMATCH, 4394, NTIX_EINVAL, NULL)                      \
  X(ERROR_OBJECT_ALREADY_EXISTS, 5010, NTIX_EEXIST, NULL)                     \
  X(ERROR_FILE_ENCRYPTED, 6002, NTIX_EACCES, NULL)                            \
  X(ERROR_FILE_NOT_ENCRYPTED, 6007, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_NOT_EXPORT_FORMAT, 6008, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_EFS_ALG_BLOB_TOO_BIG, 6013, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_NO_BROWSER_SERVERS_FOUND, 6118, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_RESOURCEMANAGER_READ_ONLY, 6707, NTIX_EUNKNOWN,                     \
    "Not a failure: the resource manager changed nothing in the "             \
    "transaction; listed because STATUS_RESOURCEMANAGER_READ_ONLY maps to "   \
    "it.")                                                                    \
  X(ERROR_DATA_LOST_REPAIR, 6843, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_CTX_LICENSE_NOT_AVAILABLE, 7054, NTIX_EUNKNOWN, NULL)               \
  X(ERROR_DS_MEMBERSHIP_EVALUATED_LOCALLY, 8201, NTIX_EUNKNOWN, NULL)         \
  X(ERROR_DS_NO_ATTRIBUTE_OR_VALUE, 8202, NTIX_EUNKNOWN, NULL)                \
  X(ERROR_DS_INVALID_ATTRIBUTE_SYNTAX, 8203, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_DS_ATTRIBUTE_TYPE_UNDEFINED, 8204, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_DS_ATTRIBUTE_OR_VALUE_EXISTS, 8205, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_DS_BUSY, 8206, NTIX_EBUSY, NULL)                                    \
  X(ERROR_DS_UNAVAILABLE, 8207, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_DS_NO_RIDS_ALLOCATED, 8208, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_DS_NO_MORE_RIDS, 8209, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_DS_INCORRECT_ROLE_OWNER, 8210, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_DS_RIDMGR_INIT_ERROR, 8211, NTIX_EUNKNOWN, NULL)                    \
  X(ERROR_DS_OBJ_CLASS_VIOLATION, 8212, NTIX_EUNKNOWN, NULL)                  \
  X(ERROR_DS_CANT_ON_NON_LEAF, 8213, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_DS_CANT_ON_RDN, 8214, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_DS_CANT_MOD_OBJ_CLASS, 8215, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_DS_CROSS_DOM_MOVE_ERROR, 8216, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_DS_GC_NOT_AVAILABLE, 8217, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_SHARED_POLICY, 8218, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_POLICY_OBJECT_NOT_FOUND, 8219, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_POLICY_ONLY_IN_DS, 8220, NTIX_EUNKNOWN, NULL)                       \
  X(ERROR_DS_ADMIN_LIMIT_EXCEEDED, 8228, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_DS_SHUTTING_DOWN, 8364, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_DS_DS_REQUIRED, 8478, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_DS_SAM_INIT_FAILURE, 8504, NTIX_EUNKNOWN, NULL)                     \
  X(ERROR_DS_SENSITIVE_GROUP_VIOLATION, 8505, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_DS_CANT_MOD_PRIMARYGROUPID, 8506, NTIX_EUNKNOWN, NULL)              \
  X(ERROR_DS_INVALID_GROUP_TYPE, 8513, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_DS_NO_NEST_GLOBALGROUP_IN_MIXEDDOMAIN, 8514, NTIX_EUNKNOWN, NULL)   \
  X(ERROR_DS_NO_NEST_LOCALGROUP_IN_MIXEDDOMAIN, 8515, NTIX_EUNKNOWN, NULL)    \
  X(ERROR_DS_GLOBAL_CANT_HAVE_LOCAL_MEMBER, 8516, NTIX_EUNKNOWN, NULL)        \
  X(ERROR_DS_GLOBAL_CANT_HAVE_UNIVERSAL_MEMBER, 8517, NTIX_EUNKNOWN, NULL)    \
  X(ERROR_DS_UNIVERSAL_CANT_HAVE_LOCAL_MEMBER, 8518, NTIX_EUNKNOWN, NULL)     \
  X(ERROR_DS_GLOBAL_CANT_HAVE_CROSSDOMAIN_MEMBER, 8519, NTIX_EUNKNOWN, NULL)  \
  X(ERROR_DS_LOCAL_CANT_HAVE_CROSSDOMAIN_LOCAL_MEMBER, 8520, NTIX_EUNKNOWN,   \
    NULL)                                                                     \
  X(ERROR_DS_HAVE_PRIMARY_MEMBERS, 8521, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_DS_SAM_NEED_BOOTKEY_PASSWORD, 8529, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_DS_SAM_NEED_BOOTKEY_FLOPPY, 8530, NTIX_EUNKNOWN, NULL)              \
  X(ERROR_DS_CANT_START, 8531, NTIX_EUNKNOWN, NULL)                           \
  X(ERROR_DS_INIT_FAILURE, 8532, NTIX_EUNKNOWN, NULL)                         \
  X(ERROR_DS_SRC_SID_EXISTS_IN_FOREST, 8539, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_SAM_INIT_FAILURE, 8541, NTIX_EUNKNOWN, NULL)                        \
  X(ERROR_DS_GC_REQUIRED, 8547, NTIX_EUNKNOWN, NULL)                          \
  X(ERROR_DS_LOCAL_MEMBER_OF_LOCAL_ONLY, 8548, NTIX_EUNKNOWN, NULL)           \
  X(ERROR_DS_NO_FPO_IN_UNIVERSAL_GROUPS, 8549, NTIX_EUNKNOWN, NULL)           \
  X(ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED, 8557, NTIX_EUNKNOWN, NULL)       \
  X(ERROR_DS_INIT_FAILURE_CONSOLE, 8561, NTIX_EUNKNOWN, NULL)                 \
  X(ERROR_DS_SAM_INIT_FAILURE_CONSOLE, 8562, NTIX_EUNKNOWN, NULL)             \
  X(ERROR_DS_NAME_NOT_UNIQUE, 8571, NTIX_EUNKNOWN, NULL)                      \
  X(ERROR_DS_MACHINE_ACCOUNT_CREATED_PRENT4, 8572, NTIX_EUNKNOWN, NULL)       \
  X(ERROR_DS_AG_CANT_HAVE_UNIVERSAL_MEMBER, 8578, NTIX_EUNKNOWN, NULL)        \
  X(ERROR_DS_DUPLICATE_ID_FOUND, 8605, NTIX_EUNKNOWN, NULL)                   \
  X(ERROR_DS_GROUP_CONVERSION_ERROR, 8607, NTIX_EUNKNOWN, NULL)               \
  X(ERROR_DS_DOMAIN_RENAME_IN_PROGRESS, 8612, NTIX_EUNKNOWN, NULL)            \
  X(ERROR_DS_OID_MAPPED_GROUP_CANT_HAVE_MEMBERS, 8637, NTIX_EUNKNOWN, NULL)   \
  X(ERROR_DS_OID_NOT_FOUND, 8638, NTIX_EUNKNOWN, NULL)                        \
  /* end of NTIX__WIN32_LOW */

/* Above the Winsock range. */
#define NTIX__WIN32_HIGH(X)                                    \
  X(ERROR_AMBIGUOUS_SYSTEM_DEVICE, 15250, NTIX_EUNKNOWN, NULL) \
  X(ERROR_SYSTEM_DEVICE_NOT_FOUND, 15299, NTIX_EUNKNOWN, NULL) \
  X(ERROR_HASH_NOT_SUPPORTED, 15300, NTIX_EUNKNOWN, NULL)      \
  X(ERROR_HASH_NOT_PRESENT, 15301, NTIX_EUNKNOWN, NULL)        \
  /* end of NTIX__WIN32_HIGH */

#define NTIX_WIN32_LIST(X) \
  NTIX__WIN32_LOW(X) NTIX__WSA_LIST(X) NTIX__WIN32_HIGH(X)

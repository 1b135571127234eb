/* err-ntstatus.h: NTSTATUS values, one X-macro row each, in ascending
 * (unsigned) value order:
 *   X(name, value, neutral NTIX_E* (0: not a failure), Win32 name, note)
 * The Win32 name is what RtlNtStatusToDosError returns for the status and
 * must be a row of err-win32.h.  This is data: src/common/err-tables.c and
 * doc/errors.md are built from it.
 *
 * The rows are the statuses of the NT facility (0) that Windows maps to a
 * Win32 error code, plus the success and informational values ntix meets.
 * Left out: exception codes that RtlNtStatusToDosError passes through
 * unchanged (STATUS_BREAKPOINT, STATUS_ILLEGAL_INSTRUCTION, ...), which no
 * system call returns, and statuses whose Win32 code is an HRESULT
 * (STATUS_INVALID_SIGNATURE gives NTE_BAD_SIGNATURE, STATUS_HMAC_NOT_SUPPORTED
 * NTE_HMAC_NOT_SUPPORTED).
 *
 * Where Windows and a Wine version disagree, Windows is the truth: the
 * column agrees with the table wepoll generated from Windows 10's
 * RtlNtStatusToDosError (its src/error-map.h, 2017) and with Wine 10.0;
 * tests/win32/check_rtlmap compares every row with the running system and
 * lists, in one place, the rows a Wine version is known to lag on.
 *
 * The rows are in two macros, below 0xC0000100 here and from it in
 * err-ntstatus-hi.h; NTIX_NTSTATUS_LIST (at the end) is both, in order.
 *
 * neutral: success and informational values are 0 (NT_SUCCESS is true for
 * them); warnings and errors are what a POSIX program should see, taken
 * from the Win32 row unless the note gives a status-specific reason.
 */
#define NTIX_NTSTATUS_LIST_LO(X)                                               \
  X(STATUS_SUCCESS, 0x00000000, 0, ERROR_SUCCESS, NULL)                        \
  X(STATUS_WAIT_1, 0x00000001, 0, ERROR_WAIT_1, NULL)                          \
  X(STATUS_WAIT_2, 0x00000002, 0, ERROR_WAIT_2, NULL)                          \
  X(STATUS_WAIT_3, 0x00000003, 0, ERROR_WAIT_3, NULL)                          \
  X(STATUS_WAIT_63, 0x0000003F, 0, ERROR_WAIT_63, NULL)                        \
  X(STATUS_ABANDONED_WAIT_0, 0x00000080, 0, ERROR_WAIT_NO_CHILDREN,            \
    "The wait acquired a mutex whose owner died. NT_SUCCESS is true for it;"   \
    " ntix compares with STATUS_SUCCESS, so it is never mistaken for a "       \
    "plain success or a failure.")                                             \
  X(STATUS_ABANDONED_WAIT_63, 0x000000BF, 0, ERROR_ABANDONED_WAIT_63,          \
    "The wait acquired a mutex whose owner died. NT_SUCCESS is true for it;"   \
    " ntix compares with STATUS_SUCCESS, so it is never mistaken for a "       \
    "plain success or a failure.")                                             \
  X(STATUS_USER_APC, 0x000000C0, 0, ERROR_USER_APC,                            \
    "An alertable wait returned to run a user APC. NT_SUCCESS is true for "    \
    "it; ntix compares with STATUS_SUCCESS, so it is never mistaken for a "    \
    "plain success or a failure.")                                             \
  X(STATUS_KERNEL_APC, 0x00000100, 0, ERROR_KERNEL_APC,                        \
    "A wait returned for a kernel APC. NT_SUCCESS is true for it; ntix "       \
    "compares with STATUS_SUCCESS, so it is never mistaken for a plain "       \
    "success or a failure.")                                                   \
  X(STATUS_ALERTED, 0x00000101, 0, ERROR_ALERTED,                              \
    "An alertable wait was alerted. NT_SUCCESS is true for it; ntix "          \
    "compares with STATUS_SUCCESS, so it is never mistaken for a plain "       \
    "success or a failure.")                                                   \
  X(STATUS_TIMEOUT, 0x00000102, 0, ERROR_TIMEOUT,                              \
    "A wait timed out. NT_SUCCESS is true for it; ntix compares with "         \
    "STATUS_SUCCESS, so it is never mistaken for a plain success or a "        \
    "failure.")                                                                \
  X(STATUS_PENDING, 0x00000103, 0, ERROR_IO_PENDING,                           \
    "The operation completes later (through the port or the event). "          \
    "NT_SUCCESS is true for it; ntix compares with STATUS_SUCCESS, so it is"   \
    " never mistaken for a plain success or a failure.")                       \
  X(STATUS_REPARSE, 0x00000104, 0, ERROR_REPARSE,                              \
    "The I/O manager reparses the name (a link); callers never see it. "       \
    "NT_SUCCESS is true for it; ntix compares with STATUS_SUCCESS, so it is"   \
    " never mistaken for a plain success or a failure.")                       \
  X(STATUS_MORE_ENTRIES, 0x00000105, 0, ERROR_MORE_DATA,                       \
    "More entries remain to be enumerated. NT_SUCCESS is true for it; ntix "   \
    "compares with STATUS_SUCCESS, so it is never mistaken for a plain "       \
    "success or a failure.")                                                   \
  X(STATUS_NOT_ALL_ASSIGNED, 0x00000106, 0, ERROR_NOT_ALL_ASSIGNED, NULL)      \
  X(STATUS_SOME_NOT_MAPPED, 0x00000107, 0, ERROR_SOME_NOT_MAPPED, NULL)        \
  X(STATUS_NOTIFY_ENUM_DIR, 0x0000010C, 0, ERROR_NOTIFY_ENUM_DIR, NULL)        \
  X(STATUS_NO_QUOTAS_FOR_ACCOUNT, 0x0000010D, 0, ERROR_NO_QUOTAS_FOR_ACCOUNT,  \
    NULL)                                                                      \
  X(STATUS_DS_MEMBERSHIP_EVALUATED_LOCALLY, 0x00000121, 0,                     \
    ERROR_DS_MEMBERSHIP_EVALUATED_LOCALLY, NULL)                               \
  X(STATUS_PROCESS_CLONED, 0x00000129, 0, ERROR_MR_MID_NOT_FOUND, NULL)        \
  X(STATUS_FILE_LOCKED_WITH_ONLY_READERS, 0x0000012A, 0,                       \
    ERROR_MR_MID_NOT_FOUND, NULL)                                              \
  X(STATUS_FILE_LOCKED_WITH_WRITERS, 0x0000012B, 0, ERROR_MR_MID_NOT_FOUND,    \
    NULL)                                                                      \
  X(STATUS_RESOURCEMANAGER_READ_ONLY, 0x00000202, 0,                           \
    ERROR_RESOURCEMANAGER_READ_ONLY, NULL)                                     \
  X(STATUS_WAIT_FOR_OPLOCK, 0x00000367, 0, ERROR_WAIT_FOR_OPLOCK, NULL)        \
  X(STATUS_OBJECT_NAME_EXISTS, 0x40000000, 0, ERROR_OBJECT_NAME_EXISTS,        \
    "An informational status: the named object already existed and was "       \
    "opened. NT_SUCCESS is true for it; ntix compares with STATUS_SUCCESS, "   \
    "so it is never mistaken for a plain success or a failure.")               \
  X(STATUS_WORKING_SET_LIMIT_RANGE, 0x40000002, 0, ERROR_INVALID_PARAMETER,    \
    NULL)                                                                      \
  X(STATUS_LOCAL_USER_SESSION_KEY, 0x40000006, 0,                              \
    ERROR_LOCAL_USER_SESSION_KEY, NULL)                                        \
  X(STATUS_SERIAL_MORE_WRITES, 0x40000008, 0, ERROR_MORE_WRITES, NULL)         \
  X(STATUS_REGISTRY_RECOVERED, 0x40000009, 0, ERROR_REGISTRY_RECOVERED, NULL)  \
  X(STATUS_SERIAL_COUNTER_TIMEOUT, 0x4000000C, 0, ERROR_COUNTER_TIMEOUT, NULL) \
  X(STATUS_NULL_LM_PASSWORD, 0x4000000D, 0, ERROR_NULL_LM_PASSWORD, NULL)      \
  X(STATUS_MESSAGE_RETRIEVED, 0x4000002E, 0, ERROR_INTERNAL_ERROR, NULL)       \
  X(STATUS_ALPC_CHECK_COMPLETION_LIST, 0x40000030, 0, ERROR_INTERNAL_ERROR,    \
    NULL)                                                                      \
  X(STATUS_WAKE_SYSTEM, 0x40000294, 0, ERROR_WAKE_SYSTEM, NULL)                \
  X(STATUS_DS_SHUTTING_DOWN, 0x40000370, 0, ERROR_DS_SHUTTING_DOWN, NULL)      \
  X(STATUS_DATATYPE_MISALIGNMENT, 0x80000002, NTIX_EFAULT, ERROR_NOACCESS,     \
    "A misaligned caller buffer: EFAULT (Win32 says ERROR_NOACCESS).")         \
  X(STATUS_BUFFER_OVERFLOW, 0x80000005, NTIX_EOVERFLOW, ERROR_MORE_DATA,       \
    "A warning: the buffer was filled and more data remains; the data "        \
    "returned is truncated.")                                                  \
  X(STATUS_NO_MORE_FILES, 0x80000006, NTIX_ENOENT, ERROR_NO_MORE_FILES,        \
    "A warning: no (more) entries match. Directory reads turn it into the "    \
    "end of the listing.")                                                     \
  X(STATUS_HANDLES_CLOSED, 0x8000000A, NTIX_EBADF, ERROR_HANDLES_CLOSED,       \
    "A warning: a pending I/O completed because its handle was closed (e.g."   \
    " an AFD poll when the helper handle closes).")                            \
  X(STATUS_NO_INHERITANCE, 0x8000000B, NTIX_EUNKNOWN, ERROR_NO_INHERITANCE,    \
    NULL)                                                                      \
  X(STATUS_PARTIAL_COPY, 0x8000000D, NTIX_EFAULT, ERROR_PARTIAL_COPY, NULL)    \
  X(STATUS_DEVICE_PAPER_EMPTY, 0x8000000E, NTIX_EIO, ERROR_OUT_OF_PAPER, NULL) \
  X(STATUS_DEVICE_POWERED_OFF, 0x8000000F, NTIX_EIO, ERROR_NOT_READY, NULL)    \
  X(STATUS_DEVICE_OFF_LINE, 0x80000010, NTIX_EIO, ERROR_NOT_READY, NULL)       \
  X(STATUS_DEVICE_BUSY, 0x80000011, NTIX_EBUSY, ERROR_BUSY, NULL)              \
  X(STATUS_NO_MORE_EAS, 0x80000012, NTIX_ENODATA, ERROR_NO_MORE_ITEMS, NULL)   \
  X(STATUS_INVALID_EA_NAME, 0x80000013, NTIX_EINVAL, ERROR_INVALID_EA_NAME,    \
    NULL)                                                                      \
  X(STATUS_EA_LIST_INCONSISTENT, 0x80000014, NTIX_EINVAL,                      \
    ERROR_EA_LIST_INCONSISTENT, NULL)                                          \
  X(STATUS_INVALID_EA_FLAG, 0x80000015, NTIX_EINVAL,                           \
    ERROR_EA_LIST_INCONSISTENT, NULL)                                          \
  X(STATUS_VERIFY_REQUIRED, 0x80000016, NTIX_EIO, ERROR_MEDIA_CHANGED, NULL)   \
  X(STATUS_NO_MORE_ENTRIES, 0x8000001A, NTIX_ENODATA, ERROR_NO_MORE_ITEMS,     \
    NULL)                                                                      \
  X(STATUS_FILEMARK_DETECTED, 0x8000001B, NTIX_EIO, ERROR_FILEMARK_DETECTED,   \
    NULL)                                                                      \
  X(STATUS_MEDIA_CHANGED, 0x8000001C, NTIX_EIO, ERROR_MEDIA_CHANGED, NULL)     \
  X(STATUS_BUS_RESET, 0x8000001D, NTIX_EIO, ERROR_BUS_RESET, NULL)             \
  X(STATUS_END_OF_MEDIA, 0x8000001E, NTIX_ENOSPC, ERROR_END_OF_MEDIA, NULL)    \
  X(STATUS_BEGINNING_OF_MEDIA, 0x8000001F, NTIX_EIO, ERROR_BEGINNING_OF_MEDIA, \
    NULL)                                                                      \
  X(STATUS_SETMARK_DETECTED, 0x80000021, NTIX_EIO, ERROR_SETMARK_DETECTED,     \
    NULL)                                                                      \
  X(STATUS_NO_DATA_DETECTED, 0x80000022, NTIX_EIO, ERROR_NO_DATA_DETECTED,     \
    NULL)                                                                      \
  X(STATUS_REDIRECTOR_HAS_OPEN_HANDLES, 0x80000023, NTIX_EUNKNOWN,             \
    ERROR_REDIRECTOR_HAS_OPEN_HANDLES, NULL)                                   \
  X(STATUS_SERVER_HAS_OPEN_HANDLES, 0x80000024, NTIX_EUNKNOWN,                 \
    ERROR_SERVER_HAS_OPEN_HANDLES, NULL)                                       \
  X(STATUS_ALREADY_DISCONNECTED, 0x80000025, NTIX_EBUSY,                       \
    ERROR_ACTIVE_CONNECTIONS, NULL)                                            \
  X(STATUS_CLEANER_CARTRIDGE_INSTALLED, 0x80000027, NTIX_EUNKNOWN,             \
    ERROR_CLEANER_CARTRIDGE_INSTALLED, NULL)                                   \
  X(STATUS_STOPPED_ON_SYMLINK, 0x8000002D, NTIX_ELOOP,                         \
    ERROR_STOPPED_ON_SYMLINK,                                                  \
    "A warning: the open met a symbolic link it must not follow, "             \
    "O_NOFOLLOW's ELOOP.")                                                     \
  X(STATUS_DEVICE_REQUIRES_CLEANING, 0x80000288, NTIX_EIO,                     \
    ERROR_DEVICE_REQUIRES_CLEANING, NULL)                                      \
  X(STATUS_DEVICE_DOOR_OPEN, 0x80000289, NTIX_EIO, ERROR_DEVICE_DOOR_OPEN,     \
    NULL)                                                                      \
  X(STATUS_DATA_LOST_REPAIR, 0x80000803, NTIX_EUNKNOWN,                        \
    ERROR_DATA_LOST_REPAIR, NULL)                                              \
  X(STATUS_UNSUCCESSFUL, 0xC0000001, NTIX_EIO, ERROR_GEN_FAILURE, NULL)        \
  X(STATUS_NOT_IMPLEMENTED, 0xC0000002, NTIX_ENOSYS, ERROR_INVALID_FUNCTION,   \
    "The call or information class is not implemented (older Windows, "        \
    "Wine): ENOSYS, where the Win32 code ERROR_INVALID_FUNCTION would give "   \
    "EISDIR.")                                                                 \
  X(STATUS_INVALID_INFO_CLASS, 0xC0000003, NTIX_EINVAL,                        \
    ERROR_INVALID_PARAMETER,                                                   \
    "The information class is unknown to this Windows: EINVAL; callers that"   \
    " probe newer classes fall back on it.")                                   \
  X(STATUS_INFO_LENGTH_MISMATCH, 0xC0000004, NTIX_EINVAL, ERROR_BAD_LENGTH,    \
    NULL)                                                                      \
  X(STATUS_ACCESS_VIOLATION, 0xC0000005, NTIX_EFAULT, ERROR_NOACCESS,          \
    "The kernel could not read or write a caller's buffer: EFAULT (Win32 "     \
    "says ERROR_NOACCESS).")                                                   \
  X(STATUS_IN_PAGE_ERROR, 0xC0000006, NTIX_EIO, ERROR_SWAPERROR, NULL)         \
  X(STATUS_PAGEFILE_QUOTA, 0xC0000007, NTIX_ENOMEM, ERROR_PAGEFILE_QUOTA,      \
    NULL)                                                                      \
  X(STATUS_INVALID_HANDLE, 0xC0000008, NTIX_EBADF, ERROR_INVALID_HANDLE,       \
    "Not an open handle.")                                                     \
  X(STATUS_BAD_INITIAL_STACK, 0xC0000009, NTIX_ENOMEM, ERROR_STACK_OVERFLOW,   \
    NULL)                                                                      \
  X(STATUS_BAD_INITIAL_PC, 0xC000000A, NTIX_ENOEXEC, ERROR_BAD_EXE_FORMAT,     \
    NULL)                                                                      \
  X(STATUS_INVALID_CID, 0xC000000B, NTIX_ESRCH, ERROR_INVALID_PARAMETER,       \
    "No process or thread has this client id (Win32 says "                     \
    "ERROR_INVALID_PARAMETER).")                                               \
  X(STATUS_INVALID_PARAMETER, 0xC000000D, NTIX_EINVAL,                         \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_NO_SUCH_DEVICE, 0xC000000E, NTIX_ENODEV, ERROR_NO_SUCH_DEVICE,      \
    NULL)                                                                      \
  X(STATUS_NO_SUCH_FILE, 0xC000000F, NTIX_ENOENT, ERROR_FILE_NOT_FOUND, NULL)  \
  X(STATUS_INVALID_DEVICE_REQUEST, 0xC0000010, NTIX_EISDIR,                    \
    ERROR_INVALID_FUNCTION,                                                    \
    "The device does not handle the request; reading a directory handle "      \
    "gives it, hence EISDIR as libuv does for ERROR_INVALID_FUNCTION.")        \
  X(STATUS_END_OF_FILE, 0xC0000011, NTIX_ENODATA, ERROR_HANDLE_EOF,            \
    "Read at or past the end of the file: read returns 0 itself, other "       \
    "calls see ENODATA.")                                                      \
  X(STATUS_WRONG_VOLUME, 0xC0000012, NTIX_EIO, ERROR_WRONG_DISK, NULL)         \
  X(STATUS_NO_MEDIA_IN_DEVICE, 0xC0000013, NTIX_ENOMEDIUM, ERROR_NOT_READY,    \
    "No medium in the drive (Win32 says ERROR_NOT_READY).")                    \
  X(STATUS_UNRECOGNIZED_MEDIA, 0xC0000014, NTIX_EMEDIUMTYPE,                   \
    ERROR_UNRECOGNIZED_MEDIA, NULL)                                            \
  X(STATUS_NONEXISTENT_SECTOR, 0xC0000015, NTIX_EIO, ERROR_SECTOR_NOT_FOUND,   \
    NULL)                                                                      \
  X(STATUS_MORE_PROCESSING_REQUIRED, 0xC0000016, NTIX_EOVERFLOW,               \
    ERROR_MORE_DATA, NULL)                                                     \
  X(STATUS_NO_MEMORY, 0xC0000017, NTIX_ENOMEM, ERROR_NOT_ENOUGH_MEMORY, NULL)  \
  X(STATUS_CONFLICTING_ADDRESSES, 0xC0000018, NTIX_ENOMEM,                     \
    ERROR_INVALID_ADDRESS,                                                     \
    "The requested address range is already in use: mmap at a fixed address"   \
    " fails with ENOMEM.")                                                     \
  X(STATUS_NOT_MAPPED_VIEW, 0xC0000019, NTIX_EINVAL, ERROR_INVALID_ADDRESS,    \
    NULL)                                                                      \
  X(STATUS_UNABLE_TO_FREE_VM, 0xC000001A, NTIX_EINVAL,                         \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_UNABLE_TO_DELETE_SECTION, 0xC000001B, NTIX_EINVAL,                  \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_SYSTEM_SERVICE, 0xC000001C, NTIX_ENOSYS,                    \
    ERROR_INVALID_FUNCTION, "No such system service: ENOSYS.")                 \
  X(STATUS_INVALID_LOCK_SEQUENCE, 0xC000001E, NTIX_EACCES,                     \
    ERROR_ACCESS_DENIED, NULL)                                                 \
  X(STATUS_INVALID_VIEW_SIZE, 0xC000001F, NTIX_EACCES, ERROR_ACCESS_DENIED,    \
    NULL)                                                                      \
  X(STATUS_INVALID_FILE_FOR_SECTION, 0xC0000020, NTIX_ENOEXEC,                 \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_ALREADY_COMMITTED, 0xC0000021, NTIX_EACCES, ERROR_ACCESS_DENIED,    \
    NULL)                                                                      \
  X(STATUS_ACCESS_DENIED, 0xC0000022, NTIX_EACCES, ERROR_ACCESS_DENIED,        \
    "The access check failed: EACCES; a missing privilege is "                 \
    "STATUS_PRIVILEGE_NOT_HELD (EPERM).")                                      \
  X(STATUS_BUFFER_TOO_SMALL, 0xC0000023, NTIX_ERANGE,                          \
    ERROR_INSUFFICIENT_BUFFER,                                                 \
    "The buffer cannot hold the result: Linux reports ERANGE for this "        \
    "(getcwd, getxattr).")                                                     \
  X(STATUS_OBJECT_TYPE_MISMATCH, 0xC0000024, NTIX_EBADF, ERROR_INVALID_HANDLE, \
    "The handle is open but of the wrong kind for the call (e.g. an AFD "      \
    "poll on a closed socket handle reused for a file).")                      \
  X(STATUS_NOT_LOCKED, 0xC000002A, NTIX_EACCES, ERROR_NOT_LOCKED, NULL)        \
  X(STATUS_UNABLE_TO_DECOMMIT_VM, 0xC000002C, NTIX_EINVAL,                     \
    ERROR_INVALID_ADDRESS, NULL)                                               \
  X(STATUS_NOT_COMMITTED, 0xC000002D, NTIX_EINVAL, ERROR_INVALID_ADDRESS,      \
    NULL)                                                                      \
  X(STATUS_INVALID_PARAMETER_MIX, 0xC0000030, NTIX_EINVAL,                     \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_DISK_CORRUPT_ERROR, 0xC0000032, NTIX_EIO, ERROR_DISK_CORRUPT, NULL) \
  X(STATUS_OBJECT_NAME_INVALID, 0xC0000033, NTIX_EINVAL, ERROR_INVALID_NAME,   \
    "A name with characters the file system refuses (e.g. ':' or '*'): "       \
    "EINVAL, where libuv's ERROR_INVALID_NAME gives ENOENT.")                  \
  X(STATUS_OBJECT_NAME_NOT_FOUND, 0xC0000034, NTIX_ENOENT,                     \
    ERROR_FILE_NOT_FOUND, "The last component does not exist.")                \
  X(STATUS_OBJECT_NAME_COLLISION, 0xC0000035, NTIX_EEXIST,                     \
    ERROR_ALREADY_EXISTS, "Create with a name that exists.")                   \
  X(STATUS_PORT_DISCONNECTED, 0xC0000037, NTIX_EBADF, ERROR_INVALID_HANDLE,    \
    NULL)                                                                      \
  X(STATUS_OBJECT_PATH_INVALID, 0xC0000039, NTIX_ENOENT, ERROR_BAD_PATHNAME,   \
    NULL)                                                                      \
  X(STATUS_OBJECT_PATH_NOT_FOUND, 0xC000003A, NTIX_ENOENT,                     \
    ERROR_PATH_NOT_FOUND,                                                      \
    "A directory on the way is missing. When a component is a file instead,"   \
    " the backend probes the parents and returns ENOTDIR.")                    \
  X(STATUS_OBJECT_PATH_SYNTAX_BAD, 0xC000003B, NTIX_ENOENT,                    \
    ERROR_BAD_PATHNAME, NULL)                                                  \
  X(STATUS_DATA_OVERRUN, 0xC000003C, NTIX_EIO, ERROR_IO_DEVICE, NULL)          \
  X(STATUS_DATA_LATE_ERROR, 0xC000003D, NTIX_EIO, ERROR_IO_DEVICE, NULL)       \
  X(STATUS_DATA_ERROR, 0xC000003E, NTIX_EIO, ERROR_CRC, NULL)                  \
  X(STATUS_CRC_ERROR, 0xC000003F, NTIX_EIO, ERROR_CRC, NULL)                   \
  X(STATUS_SECTION_TOO_BIG, 0xC0000040, NTIX_ENOMEM, ERROR_NOT_ENOUGH_MEMORY,  \
    NULL)                                                                      \
  X(STATUS_PORT_CONNECTION_REFUSED, 0xC0000041, NTIX_EACCES,                   \
    ERROR_ACCESS_DENIED, NULL)                                                 \
  X(STATUS_INVALID_PORT_HANDLE, 0xC0000042, NTIX_EBADF, ERROR_INVALID_HANDLE,  \
    NULL)                                                                      \
  X(STATUS_SHARING_VIOLATION, 0xC0000043, NTIX_EBUSY, ERROR_SHARING_VIOLATION, \
    "Another handle's share mode conflicts. AFD bind also reports an "         \
    "address in use with it; the socket code maps that case itself to "        \
    "EADDRINUSE.")                                                             \
  X(STATUS_QUOTA_EXCEEDED, 0xC0000044, NTIX_ENOMEM, ERROR_NOT_ENOUGH_QUOTA,    \
    NULL)                                                                      \
  X(STATUS_INVALID_PAGE_PROTECTION, 0xC0000045, NTIX_EINVAL,                   \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_MUTANT_NOT_OWNED, 0xC0000046, NTIX_EPERM, ERROR_NOT_OWNER, NULL)    \
  X(STATUS_SEMAPHORE_LIMIT_EXCEEDED, 0xC0000047, NTIX_EOVERFLOW,               \
    ERROR_TOO_MANY_POSTS, NULL)                                                \
  X(STATUS_PORT_ALREADY_SET, 0xC0000048, NTIX_EINVAL, ERROR_INVALID_PARAMETER, \
    NULL)                                                                      \
  X(STATUS_SECTION_NOT_IMAGE, 0xC0000049, NTIX_EINVAL,                         \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_SUSPEND_COUNT_EXCEEDED, 0xC000004A, NTIX_EIO, ERROR_SIGNAL_REFUSED, \
    NULL)                                                                      \
  X(STATUS_THREAD_IS_TERMINATING, 0xC000004B, NTIX_ESRCH, ERROR_ACCESS_DENIED, \
    "The thread is exiting: as for a thread that is gone (Win32 says "         \
    "ERROR_ACCESS_DENIED).")                                                   \
  X(STATUS_BAD_WORKING_SET_LIMIT, 0xC000004C, NTIX_EINVAL,                     \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INCOMPATIBLE_FILE_MAP, 0xC000004D, NTIX_EINVAL,                     \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_SECTION_PROTECTION, 0xC000004E, NTIX_EINVAL,                        \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_EAS_NOT_SUPPORTED, 0xC000004F, NTIX_EOPNOTSUPP,                     \
    ERROR_EAS_NOT_SUPPORTED, NULL)                                             \
  X(STATUS_EA_TOO_LARGE, 0xC0000050, NTIX_EINVAL, ERROR_EA_LIST_INCONSISTENT,  \
    NULL)                                                                      \
  X(STATUS_NONEXISTENT_EA_ENTRY, 0xC0000051, NTIX_EUCLEAN, ERROR_FILE_CORRUPT, \
    NULL)                                                                      \
  X(STATUS_NO_EAS_ON_FILE, 0xC0000052, NTIX_EUCLEAN, ERROR_FILE_CORRUPT, NULL) \
  X(STATUS_EA_CORRUPT_ERROR, 0xC0000053, NTIX_EUCLEAN, ERROR_FILE_CORRUPT,     \
    NULL)                                                                      \
  X(STATUS_FILE_LOCK_CONFLICT, 0xC0000054, NTIX_EAGAIN, ERROR_LOCK_VIOLATION,  \
    "I/O on a range another handle has locked: mandatory locking on Linux "    \
    "reports EAGAIN.")                                                         \
  X(STATUS_LOCK_NOT_GRANTED, 0xC0000055, NTIX_EAGAIN, ERROR_LOCK_VIOLATION,    \
    "A byte-range lock conflicts with another handle's: F_SETLK and "          \
    "flock(LOCK_NB) report EAGAIN.")                                           \
  X(STATUS_DELETE_PENDING, 0xC0000056, NTIX_ENOENT, ERROR_ACCESS_DENIED,       \
    "The file is deleted but still open elsewhere: POSIX already considers "   \
    "the name gone (Win32 says ERROR_ACCESS_DENIED).")                         \
  X(STATUS_CTL_FILE_NOT_SUPPORTED, 0xC0000057, NTIX_EOPNOTSUPP,                \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_UNKNOWN_REVISION, 0xC0000058, NTIX_EUNKNOWN,                        \
    ERROR_UNKNOWN_REVISION, NULL)                                              \
  X(STATUS_REVISION_MISMATCH, 0xC0000059, NTIX_EUNKNOWN,                       \
    ERROR_REVISION_MISMATCH, NULL)                                             \
  X(STATUS_INVALID_OWNER, 0xC000005A, NTIX_EPERM, ERROR_INVALID_OWNER, NULL)   \
  X(STATUS_INVALID_PRIMARY_GROUP, 0xC000005B, NTIX_EUNKNOWN,                   \
    ERROR_INVALID_PRIMARY_GROUP, NULL)                                         \
  X(STATUS_NO_IMPERSONATION_TOKEN, 0xC000005C, NTIX_EUNKNOWN,                  \
    ERROR_NO_IMPERSONATION_TOKEN, NULL)                                        \
  X(STATUS_CANT_DISABLE_MANDATORY, 0xC000005D, NTIX_EUNKNOWN,                  \
    ERROR_CANT_DISABLE_MANDATORY, NULL)                                        \
  X(STATUS_NO_LOGON_SERVERS, 0xC000005E, NTIX_EUNKNOWN,                        \
    ERROR_NO_LOGON_SERVERS, NULL)                                              \
  X(STATUS_NO_SUCH_LOGON_SESSION, 0xC000005F, NTIX_EUNKNOWN,                   \
    ERROR_NO_SUCH_LOGON_SESSION, NULL)                                         \
  X(STATUS_NO_SUCH_PRIVILEGE, 0xC0000060, NTIX_EINVAL,                         \
    ERROR_NO_SUCH_PRIVILEGE, NULL)                                             \
  X(STATUS_PRIVILEGE_NOT_HELD, 0xC0000061, NTIX_EPERM,                         \
    ERROR_PRIVILEGE_NOT_HELD,                                                  \
    "The token lacks a privilege: EPERM, as for an operation reserved to "     \
    "root.")                                                                   \
  X(STATUS_INVALID_ACCOUNT_NAME, 0xC0000062, NTIX_EUNKNOWN,                    \
    ERROR_INVALID_ACCOUNT_NAME, NULL)                                          \
  X(STATUS_USER_EXISTS, 0xC0000063, NTIX_EUNKNOWN, ERROR_USER_EXISTS, NULL)    \
  X(STATUS_NO_SUCH_USER, 0xC0000064, NTIX_EUNKNOWN, ERROR_NO_SUCH_USER, NULL)  \
  X(STATUS_GROUP_EXISTS, 0xC0000065, NTIX_EUNKNOWN, ERROR_GROUP_EXISTS, NULL)  \
  X(STATUS_NO_SUCH_GROUP, 0xC0000066, NTIX_EUNKNOWN, ERROR_NO_SUCH_GROUP,      \
    NULL)                                                                      \
  X(STATUS_MEMBER_IN_GROUP, 0xC0000067, NTIX_EUNKNOWN, ERROR_MEMBER_IN_GROUP,  \
    NULL)                                                                      \
  X(STATUS_MEMBER_NOT_IN_GROUP, 0xC0000068, NTIX_EUNKNOWN,                     \
    ERROR_MEMBER_NOT_IN_GROUP, NULL)                                           \
  X(STATUS_LAST_ADMIN, 0xC0000069, NTIX_EUNKNOWN, ERROR_LAST_ADMIN, NULL)      \
  X(STATUS_WRONG_PASSWORD, 0xC000006A, NTIX_EACCES, ERROR_INVALID_PASSWORD,    \
    NULL)                                                                      \
  X(STATUS_ILL_FORMED_PASSWORD, 0xC000006B, NTIX_EUNKNOWN,                     \
    ERROR_ILL_FORMED_PASSWORD, NULL)                                           \
  X(STATUS_PASSWORD_RESTRICTION, 0xC000006C, NTIX_EUNKNOWN,                    \
    ERROR_PASSWORD_RESTRICTION, NULL)                                          \
  X(STATUS_LOGON_FAILURE, 0xC000006D, NTIX_EACCES, ERROR_LOGON_FAILURE, NULL)  \
  X(STATUS_ACCOUNT_RESTRICTION, 0xC000006E, NTIX_EACCES,                       \
    ERROR_ACCOUNT_RESTRICTION, NULL)                                           \
  X(STATUS_INVALID_LOGON_HOURS, 0xC000006F, NTIX_EUNKNOWN,                     \
    ERROR_INVALID_LOGON_HOURS, NULL)                                           \
  X(STATUS_INVALID_WORKSTATION, 0xC0000070, NTIX_EUNKNOWN,                     \
    ERROR_INVALID_WORKSTATION, NULL)                                           \
  X(STATUS_PASSWORD_EXPIRED, 0xC0000071, NTIX_EACCES, ERROR_PASSWORD_EXPIRED,  \
    NULL)                                                                      \
  X(STATUS_ACCOUNT_DISABLED, 0xC0000072, NTIX_EACCES, ERROR_ACCOUNT_DISABLED,  \
    NULL)                                                                      \
  X(STATUS_NONE_MAPPED, 0xC0000073, NTIX_EUNKNOWN, ERROR_NONE_MAPPED, NULL)    \
  X(STATUS_TOO_MANY_LUIDS_REQUESTED, 0xC0000074, NTIX_EUNKNOWN,                \
    ERROR_TOO_MANY_LUIDS_REQUESTED, NULL)                                      \
  X(STATUS_LUIDS_EXHAUSTED, 0xC0000075, NTIX_EUNKNOWN, ERROR_LUIDS_EXHAUSTED,  \
    NULL)                                                                      \
  X(STATUS_INVALID_SUB_AUTHORITY, 0xC0000076, NTIX_EUNKNOWN,                   \
    ERROR_INVALID_SUB_AUTHORITY, NULL)                                         \
  X(STATUS_INVALID_ACL, 0xC0000077, NTIX_EINVAL, ERROR_INVALID_ACL, NULL)      \
  X(STATUS_INVALID_SID, 0xC0000078, NTIX_EINVAL, ERROR_INVALID_SID, NULL)      \
  X(STATUS_INVALID_SECURITY_DESCR, 0xC0000079, NTIX_EINVAL,                    \
    ERROR_INVALID_SECURITY_DESCR, NULL)                                        \
  X(STATUS_PROCEDURE_NOT_FOUND, 0xC000007A, NTIX_ENOSYS, ERROR_PROC_NOT_FOUND, \
    NULL)                                                                      \
  X(STATUS_INVALID_IMAGE_FORMAT, 0xC000007B, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_NO_TOKEN, 0xC000007C, NTIX_EPERM, ERROR_NO_TOKEN, NULL)             \
  X(STATUS_BAD_INHERITANCE_ACL, 0xC000007D, NTIX_EUNKNOWN,                     \
    ERROR_BAD_INHERITANCE_ACL, NULL)                                           \
  X(STATUS_RANGE_NOT_LOCKED, 0xC000007E, NTIX_EACCES, ERROR_NOT_LOCKED, NULL)  \
  X(STATUS_DISK_FULL, 0xC000007F, NTIX_ENOSPC, ERROR_DISK_FULL, NULL)          \
  X(STATUS_SERVER_DISABLED, 0xC0000080, NTIX_EUNKNOWN, ERROR_SERVER_DISABLED,  \
    NULL)                                                                      \
  X(STATUS_SERVER_NOT_DISABLED, 0xC0000081, NTIX_EUNKNOWN,                     \
    ERROR_SERVER_NOT_DISABLED, NULL)                                           \
  X(STATUS_TOO_MANY_GUIDS_REQUESTED, 0xC0000082, NTIX_EUNKNOWN,                \
    ERROR_TOO_MANY_NAMES, NULL)                                                \
  X(STATUS_GUIDS_EXHAUSTED, 0xC0000083, NTIX_ENODATA, ERROR_NO_MORE_ITEMS,     \
    NULL)                                                                      \
  X(STATUS_INVALID_ID_AUTHORITY, 0xC0000084, NTIX_EUNKNOWN,                    \
    ERROR_INVALID_ID_AUTHORITY, NULL)                                          \
  X(STATUS_AGENTS_EXHAUSTED, 0xC0000085, NTIX_ENODATA, ERROR_NO_MORE_ITEMS,    \
    NULL)                                                                      \
  X(STATUS_INVALID_VOLUME_LABEL, 0xC0000086, NTIX_EINVAL,                      \
    ERROR_LABEL_TOO_LONG, NULL)                                                \
  X(STATUS_SECTION_NOT_EXTENDED, 0xC0000087, NTIX_ENOMEM, ERROR_OUTOFMEMORY,   \
    NULL)                                                                      \
  X(STATUS_NOT_MAPPED_DATA, 0xC0000088, NTIX_EINVAL, ERROR_INVALID_ADDRESS,    \
    NULL)                                                                      \
  X(STATUS_RESOURCE_DATA_NOT_FOUND, 0xC0000089, NTIX_EUNKNOWN,                 \
    ERROR_RESOURCE_DATA_NOT_FOUND, NULL)                                       \
  X(STATUS_RESOURCE_TYPE_NOT_FOUND, 0xC000008A, NTIX_EUNKNOWN,                 \
    ERROR_RESOURCE_TYPE_NOT_FOUND, NULL)                                       \
  X(STATUS_RESOURCE_NAME_NOT_FOUND, 0xC000008B, NTIX_EUNKNOWN,                 \
    ERROR_RESOURCE_NAME_NOT_FOUND, NULL)                                       \
  X(STATUS_INTEGER_OVERFLOW, 0xC0000095, NTIX_EOVERFLOW,                       \
    ERROR_ARITHMETIC_OVERFLOW, NULL)                                           \
  X(STATUS_TOO_MANY_PAGING_FILES, 0xC0000097, NTIX_ENOMEM,                     \
    ERROR_NOT_ENOUGH_MEMORY, NULL)                                             \
  X(STATUS_FILE_INVALID, 0xC0000098, NTIX_ESTALE, ERROR_FILE_INVALID, NULL)    \
  X(STATUS_ALLOTTED_SPACE_EXCEEDED, 0xC0000099, NTIX_EUNKNOWN,                 \
    ERROR_ALLOTTED_SPACE_EXCEEDED, NULL)                                       \
  X(STATUS_INSUFFICIENT_RESOURCES, 0xC000009A, NTIX_ENOMEM,                    \
    ERROR_NO_SYSTEM_RESOURCES, NULL)                                           \
  X(STATUS_DFS_EXIT_PATH_FOUND, 0xC000009B, NTIX_ENOENT, ERROR_PATH_NOT_FOUND, \
    NULL)                                                                      \
  X(STATUS_DEVICE_DATA_ERROR, 0xC000009C, NTIX_EIO, ERROR_CRC, NULL)           \
  X(STATUS_DEVICE_NOT_CONNECTED, 0xC000009D, NTIX_ENODEV,                      \
    ERROR_DEVICE_NOT_CONNECTED, NULL)                                          \
  X(STATUS_DEVICE_POWER_FAILURE, 0xC000009E, NTIX_EIO, ERROR_NOT_READY, NULL)  \
  X(STATUS_FREE_VM_NOT_AT_BASE, 0xC000009F, NTIX_EINVAL,                       \
    ERROR_INVALID_ADDRESS, NULL)                                               \
  X(STATUS_MEMORY_NOT_ALLOCATED, 0xC00000A0, NTIX_EINVAL,                      \
    ERROR_INVALID_ADDRESS, NULL)                                               \
  X(STATUS_WORKING_SET_QUOTA, 0xC00000A1, NTIX_ENOMEM,                         \
    ERROR_WORKING_SET_QUOTA, NULL)                                             \
  X(STATUS_MEDIA_WRITE_PROTECTED, 0xC00000A2, NTIX_EROFS, ERROR_WRITE_PROTECT, \
    NULL)                                                                      \
  X(STATUS_DEVICE_NOT_READY, 0xC00000A3, NTIX_EIO, ERROR_NOT_READY, NULL)      \
  X(STATUS_INVALID_GROUP_ATTRIBUTES, 0xC00000A4, NTIX_EUNKNOWN,                \
    ERROR_INVALID_GROUP_ATTRIBUTES, NULL)                                      \
  X(STATUS_BAD_IMPERSONATION_LEVEL, 0xC00000A5, NTIX_EPERM,                    \
    ERROR_BAD_IMPERSONATION_LEVEL, NULL)                                       \
  X(STATUS_CANT_OPEN_ANONYMOUS, 0xC00000A6, NTIX_EUNKNOWN,                     \
    ERROR_CANT_OPEN_ANONYMOUS, NULL)                                           \
  X(STATUS_BAD_VALIDATION_CLASS, 0xC00000A7, NTIX_EUNKNOWN,                    \
    ERROR_BAD_VALIDATION_CLASS, NULL)                                          \
  X(STATUS_BAD_TOKEN_TYPE, 0xC00000A8, NTIX_EUNKNOWN, ERROR_BAD_TOKEN_TYPE,    \
    NULL)                                                                      \
  X(STATUS_BAD_MASTER_BOOT_RECORD, 0xC00000A9, NTIX_EINVAL,                    \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INSTANCE_NOT_AVAILABLE, 0xC00000AB, NTIX_EBUSY, ERROR_PIPE_BUSY,    \
    NULL)                                                                      \
  X(STATUS_PIPE_NOT_AVAILABLE, 0xC00000AC, NTIX_EBUSY, ERROR_PIPE_BUSY, NULL)  \
  X(STATUS_INVALID_PIPE_STATE, 0xC00000AD, NTIX_EPIPE, ERROR_BAD_PIPE, NULL)   \
  X(STATUS_PIPE_BUSY, 0xC00000AE, NTIX_EBUSY, ERROR_PIPE_BUSY, NULL)           \
  X(STATUS_ILLEGAL_FUNCTION, 0xC00000AF, NTIX_EINVAL, ERROR_INVALID_FUNCTION,  \
    "An operation the object does not support (Win32 says "                    \
    "ERROR_INVALID_FUNCTION, which libuv turns into EISDIR).")                 \
  X(STATUS_PIPE_DISCONNECTED, 0xC00000B0, NTIX_EPIPE,                          \
    ERROR_PIPE_NOT_CONNECTED, NULL)                                            \
  X(STATUS_PIPE_CLOSING, 0xC00000B1, NTIX_EPIPE, ERROR_NO_DATA,                \
    "Writing to a pipe whose reader is closed: EPIPE, without any signal.")    \
  X(STATUS_PIPE_CONNECTED, 0xC00000B2, NTIX_EISCONN, ERROR_PIPE_CONNECTED,     \
    NULL)                                                                      \
  X(STATUS_PIPE_LISTENING, 0xC00000B3, NTIX_ENOTCONN, ERROR_PIPE_LISTENING,    \
    NULL)                                                                      \
  X(STATUS_INVALID_READ_MODE, 0xC00000B4, NTIX_EPIPE, ERROR_BAD_PIPE, NULL)    \
  X(STATUS_IO_TIMEOUT, 0xC00000B5, NTIX_ETIMEDOUT, ERROR_SEM_TIMEOUT,          \
    "The device or the network timed the request out (Win32 says "             \
    "ERROR_SEM_TIMEOUT).")                                                     \
  X(STATUS_FILE_FORCED_CLOSED, 0xC00000B6, NTIX_ENODATA, ERROR_HANDLE_EOF,     \
    NULL)                                                                      \
  X(STATUS_FILE_IS_A_DIRECTORY, 0xC00000BA, NTIX_EISDIR, ERROR_ACCESS_DENIED,  \
    "A file operation on a directory (Win32 says ERROR_ACCESS_DENIED).")       \
  X(STATUS_NOT_SUPPORTED, 0xC00000BB, NTIX_EOPNOTSUPP, ERROR_NOT_SUPPORTED,    \
    "The request is not supported by this file system or device.")             \
  X(STATUS_REMOTE_NOT_LISTENING, 0xC00000BC, NTIX_EUNKNOWN,                    \
    ERROR_REM_NOT_LIST, NULL)                                                  \
  X(STATUS_DUPLICATE_NAME, 0xC00000BD, NTIX_EADDRINUSE, ERROR_DUP_NAME, NULL)  \
  X(STATUS_BAD_NETWORK_PATH, 0xC00000BE, NTIX_ENOENT, ERROR_BAD_NETPATH, NULL) \
  X(STATUS_NETWORK_BUSY, 0xC00000BF, NTIX_EBUSY, ERROR_NETWORK_BUSY, NULL)     \
  X(STATUS_DEVICE_DOES_NOT_EXIST, 0xC00000C0, NTIX_ENODEV,                     \
    ERROR_DEV_NOT_EXIST, NULL)                                                 \
  X(STATUS_TOO_MANY_COMMANDS, 0xC00000C1, NTIX_EUNKNOWN, ERROR_TOO_MANY_CMDS,  \
    NULL)                                                                      \
  X(STATUS_ADAPTER_HARDWARE_ERROR, 0xC00000C2, NTIX_EIO, ERROR_ADAP_HDW_ERR,   \
    NULL)                                                                      \
  X(STATUS_INVALID_NETWORK_RESPONSE, 0xC00000C3, NTIX_EPROTO,                  \
    ERROR_BAD_NET_RESP, NULL)                                                  \
  X(STATUS_UNEXPECTED_NETWORK_ERROR, 0xC00000C4, NTIX_EIO,                     \
    ERROR_UNEXP_NET_ERR, NULL)                                                 \
  X(STATUS_BAD_REMOTE_ADAPTER, 0xC00000C5, NTIX_EUNKNOWN, ERROR_BAD_REM_ADAP,  \
    NULL)                                                                      \
  X(STATUS_PRINT_QUEUE_FULL, 0xC00000C6, NTIX_EUNKNOWN, ERROR_PRINTQ_FULL,     \
    NULL)                                                                      \
  X(STATUS_NO_SPOOL_SPACE, 0xC00000C7, NTIX_EUNKNOWN, ERROR_NO_SPOOL_SPACE,    \
    NULL)                                                                      \
  X(STATUS_PRINT_CANCELLED, 0xC00000C8, NTIX_EUNKNOWN, ERROR_PRINT_CANCELLED,  \
    NULL)                                                                      \
  X(STATUS_NETWORK_NAME_DELETED, 0xC00000C9, NTIX_ECONNRESET,                  \
    ERROR_NETNAME_DELETED, NULL)                                               \
  X(STATUS_NETWORK_ACCESS_DENIED, 0xC00000CA, NTIX_EACCES,                     \
    ERROR_NETWORK_ACCESS_DENIED, NULL)                                         \
  X(STATUS_BAD_DEVICE_TYPE, 0xC00000CB, NTIX_ENODEV, ERROR_BAD_DEV_TYPE, NULL) \
  X(STATUS_BAD_NETWORK_NAME, 0xC00000CC, NTIX_ENOENT, ERROR_BAD_NET_NAME,      \
    NULL)                                                                      \
  X(STATUS_TOO_MANY_NAMES, 0xC00000CD, NTIX_EUNKNOWN, ERROR_TOO_MANY_NAMES,    \
    NULL)                                                                      \
  X(STATUS_TOO_MANY_SESSIONS, 0xC00000CE, NTIX_EUNKNOWN, ERROR_TOO_MANY_SESS,  \
    NULL)                                                                      \
  X(STATUS_SHARING_PAUSED, 0xC00000CF, NTIX_EUNKNOWN, ERROR_SHARING_PAUSED,    \
    NULL)                                                                      \
  X(STATUS_REQUEST_NOT_ACCEPTED, 0xC00000D0, NTIX_EUNKNOWN,                    \
    ERROR_REQ_NOT_ACCEP, NULL)                                                 \
  X(STATUS_REDIRECTOR_PAUSED, 0xC00000D1, NTIX_EUNKNOWN, ERROR_REDIR_PAUSED,   \
    NULL)                                                                      \
  X(STATUS_NET_WRITE_FAULT, 0xC00000D2, NTIX_EIO, ERROR_NET_WRITE_FAULT, NULL) \
  X(STATUS_NOT_SAME_DEVICE, 0xC00000D4, NTIX_EXDEV, ERROR_NOT_SAME_DEVICE,     \
    "Rename or hard link across volumes.")                                     \
  X(STATUS_FILE_RENAMED, 0xC00000D5, NTIX_EACCES, ERROR_ACCESS_DENIED, NULL)   \
  X(STATUS_VIRTUAL_CIRCUIT_CLOSED, 0xC00000D6, NTIX_ECONNABORTED,              \
    ERROR_VC_DISCONNECTED, NULL)                                               \
  X(STATUS_NO_SECURITY_ON_OBJECT, 0xC00000D7, NTIX_EUNKNOWN,                   \
    ERROR_NO_SECURITY_ON_OBJECT, NULL)                                         \
  X(STATUS_PIPE_EMPTY, 0xC00000D9, NTIX_EAGAIN, ERROR_NO_DATA,                 \
    "A non-blocking read found no data: EAGAIN (the Win32 code, "              \
    "ERROR_NO_DATA, means a closing pipe elsewhere).")                         \
  X(STATUS_CANT_ACCESS_DOMAIN_INFO, 0xC00000DA, NTIX_EUNKNOWN,                 \
    ERROR_CANT_ACCESS_DOMAIN_INFO, NULL)                                       \
  X(STATUS_INVALID_SERVER_STATE, 0xC00000DC, NTIX_EUNKNOWN,                    \
    ERROR_INVALID_SERVER_STATE, NULL)                                          \
  X(STATUS_INVALID_DOMAIN_STATE, 0xC00000DD, NTIX_EUNKNOWN,                    \
    ERROR_INVALID_DOMAIN_STATE, NULL)                                          \
  X(STATUS_INVALID_DOMAIN_ROLE, 0xC00000DE, NTIX_EUNKNOWN,                     \
    ERROR_INVALID_DOMAIN_ROLE, NULL)                                           \
  X(STATUS_NO_SUCH_DOMAIN, 0xC00000DF, NTIX_EUNKNOWN, ERROR_NO_SUCH_DOMAIN,    \
    NULL)                                                                      \
  X(STATUS_DOMAIN_EXISTS, 0xC00000E0, NTIX_EUNKNOWN, ERROR_DOMAIN_EXISTS,      \
    NULL)                                                                      \
  X(STATUS_DOMAIN_LIMIT_EXCEEDED, 0xC00000E1, NTIX_EUNKNOWN,                   \
    ERROR_DOMAIN_LIMIT_EXCEEDED, NULL)                                         \
  X(STATUS_OPLOCK_NOT_GRANTED, 0xC00000E2, NTIX_EUNKNOWN,                      \
    ERROR_OPLOCK_NOT_GRANTED, NULL)                                            \
  X(STATUS_INVALID_OPLOCK_PROTOCOL, 0xC00000E3, NTIX_EUNKNOWN,                 \
    ERROR_INVALID_OPLOCK_PROTOCOL, NULL)                                       \
  X(STATUS_INTERNAL_DB_CORRUPTION, 0xC00000E4, NTIX_EUNKNOWN,                  \
    ERROR_INTERNAL_DB_CORRUPTION, NULL)                                        \
  X(STATUS_INTERNAL_ERROR, 0xC00000E5, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL)   \
  X(STATUS_GENERIC_NOT_MAPPED, 0xC00000E6, NTIX_EUNKNOWN,                      \
    ERROR_GENERIC_NOT_MAPPED, NULL)                                            \
  X(STATUS_BAD_DESCRIPTOR_FORMAT, 0xC00000E7, NTIX_EUNKNOWN,                   \
    ERROR_BAD_DESCRIPTOR_FORMAT, NULL)                                         \
  X(STATUS_INVALID_USER_BUFFER, 0xC00000E8, NTIX_EINVAL,                       \
    ERROR_INVALID_USER_BUFFER, NULL)                                           \
  X(STATUS_UNEXPECTED_IO_ERROR, 0xC00000E9, NTIX_EIO, ERROR_IO_DEVICE, NULL)   \
  X(STATUS_NOT_LOGON_PROCESS, 0xC00000ED, NTIX_EUNKNOWN,                       \
    ERROR_NOT_LOGON_PROCESS, NULL)                                             \
  X(STATUS_LOGON_SESSION_EXISTS, 0xC00000EE, NTIX_EUNKNOWN,                    \
    ERROR_LOGON_SESSION_EXISTS, NULL)                                          \
  X(STATUS_INVALID_PARAMETER_1, 0xC00000EF, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_2, 0xC00000F0, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_3, 0xC00000F1, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_4, 0xC00000F2, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_5, 0xC00000F3, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_6, 0xC00000F4, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_7, 0xC00000F5, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_8, 0xC00000F6, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_9, 0xC00000F7, NTIX_EINVAL,                       \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_10, 0xC00000F8, NTIX_EINVAL,                      \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_11, 0xC00000F9, NTIX_EINVAL,                      \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_INVALID_PARAMETER_12, 0xC00000FA, NTIX_EINVAL,                      \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_REDIRECTOR_NOT_STARTED, 0xC00000FB, NTIX_ENOENT,                    \
    ERROR_PATH_NOT_FOUND, NULL)                                                \
  X(STATUS_REDIRECTOR_STARTED, 0xC00000FC, NTIX_EUNKNOWN,                      \
    ERROR_SERVICE_ALREADY_RUNNING, NULL)                                       \
  X(STATUS_STACK_OVERFLOW, 0xC00000FD, NTIX_ENOMEM, ERROR_STACK_OVERFLOW,      \
    NULL)                                                                      \
  X(STATUS_NO_SUCH_PACKAGE, 0xC00000FE, NTIX_EUNKNOWN, ERROR_NO_SUCH_PACKAGE,  \
    NULL)                                                                      \
  /* end of NTIX_NTSTATUS_LIST_LO */

#include "err-ntstatus-hi.h"

#define NTIX_NTSTATUS_LIST(X) NTIX_NTSTATUS_LIST_LO(X) NTIX_NTSTATUS_LIST_HI(X)

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
 * neutral: success and informational values are 0 (NT_SUCCESS is true for
 * them); warnings and errors are what a POSIX program should see, taken
 * from the Win32 row unless the note gives a status-specific reason.
 */
#define NTIX_NTSTATUS_LIST(X)                                                  \
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
  X(STATUS_VARIABLE_NOT_FOUND, 0xC0000100, NTIX_ENOENT,                        \
    ERROR_ENVVAR_NOT_FOUND, NULL)                                              \
  X(STATUS_DIRECTORY_NOT_EMPTY, 0xC0000101, NTIX_ENOTEMPTY,                    \
    ERROR_DIR_NOT_EMPTY, NULL)                                                 \
  X(STATUS_FILE_CORRUPT_ERROR, 0xC0000102, NTIX_EUCLEAN, ERROR_FILE_CORRUPT,   \
    NULL)                                                                      \
  X(STATUS_NOT_A_DIRECTORY, 0xC0000103, NTIX_ENOTDIR, ERROR_DIRECTORY,         \
    "A directory was required (Win32 says ERROR_DIRECTORY, which libuv "       \
    "turns into ENOENT).")                                                     \
  X(STATUS_BAD_LOGON_SESSION_STATE, 0xC0000104, NTIX_EUNKNOWN,                 \
    ERROR_BAD_LOGON_SESSION_STATE, NULL)                                       \
  X(STATUS_LOGON_SESSION_COLLISION, 0xC0000105, NTIX_EUNKNOWN,                 \
    ERROR_LOGON_SESSION_COLLISION, NULL)                                       \
  X(STATUS_NAME_TOO_LONG, 0xC0000106, NTIX_ENAMETOOLONG,                       \
    ERROR_FILENAME_EXCED_RANGE,                                                \
    "A name or path beyond the file system's limit (Win32 says "               \
    "ERROR_FILENAME_EXCED_RANGE).")                                            \
  X(STATUS_FILES_OPEN, 0xC0000107, NTIX_EBUSY, ERROR_OPEN_FILES, NULL)         \
  X(STATUS_CONNECTION_IN_USE, 0xC0000108, NTIX_EBUSY, ERROR_DEVICE_IN_USE,     \
    NULL)                                                                      \
  X(STATUS_MESSAGE_NOT_FOUND, 0xC0000109, NTIX_EUNKNOWN,                       \
    ERROR_MR_MID_NOT_FOUND, NULL)                                              \
  X(STATUS_PROCESS_IS_TERMINATING, 0xC000010A, NTIX_ESRCH,                     \
    ERROR_ACCESS_DENIED,                                                       \
    "The process is exiting: as for a process that is gone (Win32 says "       \
    "ERROR_ACCESS_DENIED).")                                                   \
  X(STATUS_INVALID_LOGON_TYPE, 0xC000010B, NTIX_EUNKNOWN,                      \
    ERROR_INVALID_LOGON_TYPE, NULL)                                            \
  X(STATUS_CANNOT_IMPERSONATE, 0xC000010D, NTIX_EPERM,                         \
    ERROR_CANNOT_IMPERSONATE, NULL)                                            \
  X(STATUS_IMAGE_ALREADY_LOADED, 0xC000010E, NTIX_EUNKNOWN,                    \
    ERROR_SERVICE_ALREADY_RUNNING, NULL)                                       \
  X(STATUS_NO_LDT, 0xC0000117, NTIX_ESRCH, ERROR_INVALID_THREAD_ID, NULL)      \
  X(STATUS_INVALID_IMAGE_NE_FORMAT, 0xC000011B, NTIX_ENOEXEC,                  \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_RXACT_INVALID_STATE, 0xC000011C, NTIX_EUNKNOWN,                     \
    ERROR_RXACT_INVALID_STATE, NULL)                                           \
  X(STATUS_RXACT_COMMIT_FAILURE, 0xC000011D, NTIX_EUNKNOWN,                    \
    ERROR_RXACT_COMMIT_FAILURE, NULL)                                          \
  X(STATUS_MAPPED_FILE_SIZE_ZERO, 0xC000011E, NTIX_ESTALE, ERROR_FILE_INVALID, \
    NULL)                                                                      \
  X(STATUS_TOO_MANY_OPENED_FILES, 0xC000011F, NTIX_EMFILE,                     \
    ERROR_TOO_MANY_OPEN_FILES, NULL)                                           \
  X(STATUS_CANCELLED, 0xC0000120, NTIX_ECANCELED, ERROR_OPERATION_ABORTED,     \
    "The I/O was cancelled (NtCancelIoFileEx or closed handle).")              \
  X(STATUS_CANNOT_DELETE, 0xC0000121, NTIX_EACCES, ERROR_ACCESS_DENIED,        \
    "The file cannot be deleted (read-only attribute, a mapped image, a "      \
    "volume root): EACCES.")                                                   \
  X(STATUS_INVALID_COMPUTER_NAME, 0xC0000122, NTIX_EUNKNOWN,                   \
    ERROR_INVALID_COMPUTERNAME, NULL)                                          \
  X(STATUS_FILE_DELETED, 0xC0000123, NTIX_ENOENT, ERROR_ACCESS_DENIED,         \
    "The file was already deleted (Win32 says ERROR_ACCESS_DENIED).")          \
  X(STATUS_SPECIAL_ACCOUNT, 0xC0000124, NTIX_EUNKNOWN, ERROR_SPECIAL_ACCOUNT,  \
    NULL)                                                                      \
  X(STATUS_SPECIAL_GROUP, 0xC0000125, NTIX_EUNKNOWN, ERROR_SPECIAL_GROUP,      \
    NULL)                                                                      \
  X(STATUS_SPECIAL_USER, 0xC0000126, NTIX_EUNKNOWN, ERROR_SPECIAL_USER, NULL)  \
  X(STATUS_MEMBERS_PRIMARY_GROUP, 0xC0000127, NTIX_EUNKNOWN,                   \
    ERROR_MEMBERS_PRIMARY_GROUP, NULL)                                         \
  X(STATUS_FILE_CLOSED, 0xC0000128, NTIX_EBADF, ERROR_INVALID_HANDLE, NULL)    \
  X(STATUS_TOO_MANY_THREADS, 0xC0000129, NTIX_EAGAIN, ERROR_TOO_MANY_THREADS,  \
    NULL)                                                                      \
  X(STATUS_TOKEN_ALREADY_IN_USE, 0xC000012B, NTIX_EUNKNOWN,                    \
    ERROR_TOKEN_ALREADY_IN_USE, NULL)                                          \
  X(STATUS_COMMITMENT_LIMIT, 0xC000012D, NTIX_ENOMEM, ERROR_COMMITMENT_LIMIT,  \
    NULL)                                                                      \
  X(STATUS_INVALID_IMAGE_LE_FORMAT, 0xC000012E, NTIX_ENOEXEC,                  \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_INVALID_IMAGE_NOT_MZ, 0xC000012F, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_INVALID_IMAGE_PROTECT, 0xC0000130, NTIX_ENOEXEC,                    \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_INVALID_IMAGE_WIN_16, 0xC0000131, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_TIME_DIFFERENCE_AT_DC, 0xC0000133, NTIX_EUNKNOWN, ERROR_TIME_SKEW,  \
    NULL)                                                                      \
  X(STATUS_DLL_NOT_FOUND, 0xC0000135, NTIX_ENOENT, ERROR_MOD_NOT_FOUND, NULL)  \
  X(STATUS_ORDINAL_NOT_FOUND, 0xC0000138, NTIX_ENOEXEC, ERROR_INVALID_ORDINAL, \
    NULL)                                                                      \
  X(STATUS_ENTRYPOINT_NOT_FOUND, 0xC0000139, NTIX_ENOSYS,                      \
    ERROR_PROC_NOT_FOUND, NULL)                                                \
  X(STATUS_LOCAL_DISCONNECT, 0xC000013B, NTIX_ECONNRESET,                      \
    ERROR_NETNAME_DELETED, NULL)                                               \
  X(STATUS_REMOTE_DISCONNECT, 0xC000013C, NTIX_ECONNRESET,                     \
    ERROR_NETNAME_DELETED, NULL)                                               \
  X(STATUS_REMOTE_RESOURCES, 0xC000013D, NTIX_EUNKNOWN, ERROR_REM_NOT_LIST,    \
    NULL)                                                                      \
  X(STATUS_LINK_FAILED, 0xC000013E, NTIX_EIO, ERROR_UNEXP_NET_ERR, NULL)       \
  X(STATUS_LINK_TIMEOUT, 0xC000013F, NTIX_EIO, ERROR_UNEXP_NET_ERR, NULL)      \
  X(STATUS_INVALID_CONNECTION, 0xC0000140, NTIX_EIO, ERROR_UNEXP_NET_ERR,      \
    NULL)                                                                      \
  X(STATUS_INVALID_ADDRESS, 0xC0000141, NTIX_EIO, ERROR_UNEXP_NET_ERR, NULL)   \
  X(STATUS_DLL_INIT_FAILED, 0xC0000142, NTIX_ENOEXEC, ERROR_DLL_INIT_FAILED,   \
    NULL)                                                                      \
  X(STATUS_INVALID_LEVEL, 0xC0000148, NTIX_EINVAL, ERROR_INVALID_LEVEL, NULL)  \
  X(STATUS_WRONG_PASSWORD_CORE, 0xC0000149, NTIX_EACCES,                       \
    ERROR_INVALID_PASSWORD, NULL)                                              \
  X(STATUS_PIPE_BROKEN, 0xC000014B, NTIX_EPIPE, ERROR_BROKEN_PIPE,             \
    "The other end of the pipe is closed. Reads turn it into end of file "     \
    "(0); writes report EPIPE.")                                               \
  X(STATUS_REGISTRY_CORRUPT, 0xC000014C, NTIX_EUNKNOWN, ERROR_BADDB, NULL)     \
  X(STATUS_REGISTRY_IO_FAILED, 0xC000014D, NTIX_EIO, ERROR_REGISTRY_IO_FAILED, \
    NULL)                                                                      \
  X(STATUS_UNRECOGNIZED_VOLUME, 0xC000014F, NTIX_EUNKNOWN,                     \
    ERROR_UNRECOGNIZED_VOLUME, NULL)                                           \
  X(STATUS_SERIAL_NO_DEVICE_INITED, 0xC0000150, NTIX_ENODEV,                   \
    ERROR_SERIAL_NO_DEVICE, NULL)                                              \
  X(STATUS_NO_SUCH_ALIAS, 0xC0000151, NTIX_EUNKNOWN, ERROR_NO_SUCH_ALIAS,      \
    NULL)                                                                      \
  X(STATUS_MEMBER_NOT_IN_ALIAS, 0xC0000152, NTIX_EUNKNOWN,                     \
    ERROR_MEMBER_NOT_IN_ALIAS, NULL)                                           \
  X(STATUS_MEMBER_IN_ALIAS, 0xC0000153, NTIX_EUNKNOWN, ERROR_MEMBER_IN_ALIAS,  \
    NULL)                                                                      \
  X(STATUS_ALIAS_EXISTS, 0xC0000154, NTIX_EUNKNOWN, ERROR_ALIAS_EXISTS, NULL)  \
  X(STATUS_LOGON_NOT_GRANTED, 0xC0000155, NTIX_EUNKNOWN,                       \
    ERROR_LOGON_NOT_GRANTED, NULL)                                             \
  X(STATUS_TOO_MANY_SECRETS, 0xC0000156, NTIX_EUNKNOWN,                        \
    ERROR_TOO_MANY_SECRETS, NULL)                                              \
  X(STATUS_SECRET_TOO_LONG, 0xC0000157, NTIX_EUNKNOWN, ERROR_SECRET_TOO_LONG,  \
    NULL)                                                                      \
  X(STATUS_INTERNAL_DB_ERROR, 0xC0000158, NTIX_EUNKNOWN,                       \
    ERROR_INTERNAL_DB_ERROR, NULL)                                             \
  X(STATUS_FULLSCREEN_MODE, 0xC0000159, NTIX_EUNKNOWN, ERROR_FULLSCREEN_MODE,  \
    NULL)                                                                      \
  X(STATUS_TOO_MANY_CONTEXT_IDS, 0xC000015A, NTIX_EUNKNOWN,                    \
    ERROR_TOO_MANY_CONTEXT_IDS, NULL)                                          \
  X(STATUS_LOGON_TYPE_NOT_GRANTED, 0xC000015B, NTIX_EUNKNOWN,                  \
    ERROR_LOGON_TYPE_NOT_GRANTED, NULL)                                        \
  X(STATUS_NOT_REGISTRY_FILE, 0xC000015C, NTIX_EUNKNOWN,                       \
    ERROR_NOT_REGISTRY_FILE, NULL)                                             \
  X(STATUS_NT_CROSS_ENCRYPTION_REQUIRED, 0xC000015D, NTIX_EUNKNOWN,            \
    ERROR_NT_CROSS_ENCRYPTION_REQUIRED, NULL)                                  \
  X(STATUS_FT_MISSING_MEMBER, 0xC000015F, NTIX_EIO, ERROR_IO_DEVICE, NULL)     \
  X(STATUS_ILL_FORMED_SERVICE_ENTRY, 0xC0000160, NTIX_EUNKNOWN,                \
    ERROR_SERVICE_NOT_FOUND, NULL)                                             \
  X(STATUS_UNMAPPABLE_CHARACTER, 0xC0000162, NTIX_EILSEQ,                      \
    ERROR_NO_UNICODE_TRANSLATION, NULL)                                        \
  X(STATUS_FLOPPY_ID_MARK_NOT_FOUND, 0xC0000165, NTIX_EIO,                     \
    ERROR_FLOPPY_ID_MARK_NOT_FOUND, NULL)                                      \
  X(STATUS_FLOPPY_WRONG_CYLINDER, 0xC0000166, NTIX_EIO,                        \
    ERROR_FLOPPY_WRONG_CYLINDER, NULL)                                         \
  X(STATUS_FLOPPY_UNKNOWN_ERROR, 0xC0000167, NTIX_EIO,                         \
    ERROR_FLOPPY_UNKNOWN_ERROR, NULL)                                          \
  X(STATUS_FLOPPY_BAD_REGISTERS, 0xC0000168, NTIX_EIO,                         \
    ERROR_FLOPPY_BAD_REGISTERS, NULL)                                          \
  X(STATUS_DISK_RECALIBRATE_FAILED, 0xC0000169, NTIX_EIO,                      \
    ERROR_DISK_RECALIBRATE_FAILED, NULL)                                       \
  X(STATUS_DISK_OPERATION_FAILED, 0xC000016A, NTIX_EIO,                        \
    ERROR_DISK_OPERATION_FAILED, NULL)                                         \
  X(STATUS_DISK_RESET_FAILED, 0xC000016B, NTIX_EIO, ERROR_DISK_RESET_FAILED,   \
    NULL)                                                                      \
  X(STATUS_SHARED_IRQ_BUSY, 0xC000016C, NTIX_EBUSY, ERROR_IRQ_BUSY, NULL)      \
  X(STATUS_FT_ORPHANING, 0xC000016D, NTIX_EIO, ERROR_IO_DEVICE, NULL)          \
  X(STATUS_PARTITION_FAILURE, 0xC0000172, NTIX_EIO, ERROR_PARTITION_FAILURE,   \
    NULL)                                                                      \
  X(STATUS_INVALID_BLOCK_LENGTH, 0xC0000173, NTIX_EIO,                         \
    ERROR_INVALID_BLOCK_LENGTH, NULL)                                          \
  X(STATUS_DEVICE_NOT_PARTITIONED, 0xC0000174, NTIX_EIO,                       \
    ERROR_DEVICE_NOT_PARTITIONED, NULL)                                        \
  X(STATUS_UNABLE_TO_LOCK_MEDIA, 0xC0000175, NTIX_EIO,                         \
    ERROR_UNABLE_TO_LOCK_MEDIA, NULL)                                          \
  X(STATUS_UNABLE_TO_UNLOAD_MEDIA, 0xC0000176, NTIX_EIO,                       \
    ERROR_UNABLE_TO_UNLOAD_MEDIA, NULL)                                        \
  X(STATUS_EOM_OVERFLOW, 0xC0000177, NTIX_EIO, ERROR_EOM_OVERFLOW, NULL)       \
  X(STATUS_NO_MEDIA, 0xC0000178, NTIX_ENOMEDIUM, ERROR_NO_MEDIA_IN_DRIVE,      \
    NULL)                                                                      \
  X(STATUS_NO_SUCH_MEMBER, 0xC000017A, NTIX_EUNKNOWN, ERROR_NO_SUCH_MEMBER,    \
    NULL)                                                                      \
  X(STATUS_INVALID_MEMBER, 0xC000017B, NTIX_EUNKNOWN, ERROR_INVALID_MEMBER,    \
    NULL)                                                                      \
  X(STATUS_KEY_DELETED, 0xC000017C, NTIX_ENOENT, ERROR_KEY_DELETED, NULL)      \
  X(STATUS_NO_LOG_SPACE, 0xC000017D, NTIX_ENOSPC, ERROR_NO_LOG_SPACE, NULL)    \
  X(STATUS_TOO_MANY_SIDS, 0xC000017E, NTIX_EUNKNOWN, ERROR_TOO_MANY_SIDS,      \
    NULL)                                                                      \
  X(STATUS_LM_CROSS_ENCRYPTION_REQUIRED, 0xC000017F, NTIX_EUNKNOWN,            \
    ERROR_LM_CROSS_ENCRYPTION_REQUIRED, NULL)                                  \
  X(STATUS_KEY_HAS_CHILDREN, 0xC0000180, NTIX_EUNKNOWN,                        \
    ERROR_KEY_HAS_CHILDREN, NULL)                                              \
  X(STATUS_CHILD_MUST_BE_VOLATILE, 0xC0000181, NTIX_EUNKNOWN,                  \
    ERROR_CHILD_MUST_BE_VOLATILE, NULL)                                        \
  X(STATUS_DEVICE_CONFIGURATION_ERROR, 0xC0000182, NTIX_EINVAL,                \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_DRIVER_INTERNAL_ERROR, 0xC0000183, NTIX_EIO, ERROR_IO_DEVICE, NULL) \
  X(STATUS_INVALID_DEVICE_STATE, 0xC0000184, NTIX_EIO, ERROR_BAD_COMMAND,      \
    NULL)                                                                      \
  X(STATUS_IO_DEVICE_ERROR, 0xC0000185, NTIX_EIO, ERROR_IO_DEVICE, NULL)       \
  X(STATUS_DEVICE_PROTOCOL_ERROR, 0xC0000186, NTIX_EIO, ERROR_IO_DEVICE, NULL) \
  X(STATUS_LOG_FILE_FULL, 0xC0000188, NTIX_ENOSPC, ERROR_LOG_FILE_FULL, NULL)  \
  X(STATUS_TOO_LATE, 0xC0000189, NTIX_EROFS, ERROR_WRITE_PROTECT, NULL)        \
  X(STATUS_NO_TRUST_LSA_SECRET, 0xC000018A, NTIX_EUNKNOWN,                     \
    ERROR_NO_TRUST_LSA_SECRET, NULL)                                           \
  X(STATUS_NO_TRUST_SAM_ACCOUNT, 0xC000018B, NTIX_EUNKNOWN,                    \
    ERROR_NO_TRUST_SAM_ACCOUNT, NULL)                                          \
  X(STATUS_TRUSTED_DOMAIN_FAILURE, 0xC000018C, NTIX_EUNKNOWN,                  \
    ERROR_TRUSTED_DOMAIN_FAILURE, NULL)                                        \
  X(STATUS_TRUSTED_RELATIONSHIP_FAILURE, 0xC000018D, NTIX_EUNKNOWN,            \
    ERROR_TRUSTED_RELATIONSHIP_FAILURE, NULL)                                  \
  X(STATUS_EVENTLOG_FILE_CORRUPT, 0xC000018E, NTIX_EUNKNOWN,                   \
    ERROR_EVENTLOG_FILE_CORRUPT, NULL)                                         \
  X(STATUS_EVENTLOG_CANT_START, 0xC000018F, NTIX_EUNKNOWN,                     \
    ERROR_EVENTLOG_CANT_START, NULL)                                           \
  X(STATUS_TRUST_FAILURE, 0xC0000190, NTIX_EUNKNOWN, ERROR_TRUST_FAILURE,      \
    NULL)                                                                      \
  X(STATUS_NETLOGON_NOT_STARTED, 0xC0000192, NTIX_EUNKNOWN,                    \
    ERROR_NETLOGON_NOT_STARTED, NULL)                                          \
  X(STATUS_ACCOUNT_EXPIRED, 0xC0000193, NTIX_EACCES, ERROR_ACCOUNT_EXPIRED,    \
    NULL)                                                                      \
  X(STATUS_POSSIBLE_DEADLOCK, 0xC0000194, NTIX_EDEADLK,                        \
    ERROR_POSSIBLE_DEADLOCK, NULL)                                             \
  X(STATUS_NETWORK_CREDENTIAL_CONFLICT, 0xC0000195, NTIX_EUNKNOWN,             \
    ERROR_SESSION_CREDENTIAL_CONFLICT, NULL)                                   \
  X(STATUS_REMOTE_SESSION_LIMIT, 0xC0000196, NTIX_EUNKNOWN,                    \
    ERROR_REMOTE_SESSION_LIMIT_EXCEEDED, NULL)                                 \
  X(STATUS_EVENTLOG_FILE_CHANGED, 0xC0000197, NTIX_EUNKNOWN,                   \
    ERROR_EVENTLOG_FILE_CHANGED, NULL)                                         \
  X(STATUS_NOLOGON_INTERDOMAIN_TRUST_ACCOUNT, 0xC0000198, NTIX_EUNKNOWN,       \
    ERROR_NOLOGON_INTERDOMAIN_TRUST_ACCOUNT, NULL)                             \
  X(STATUS_NOLOGON_WORKSTATION_TRUST_ACCOUNT, 0xC0000199, NTIX_EUNKNOWN,       \
    ERROR_NOLOGON_WORKSTATION_TRUST_ACCOUNT, NULL)                             \
  X(STATUS_NOLOGON_SERVER_TRUST_ACCOUNT, 0xC000019A, NTIX_EUNKNOWN,            \
    ERROR_NOLOGON_SERVER_TRUST_ACCOUNT, NULL)                                  \
  X(STATUS_DOMAIN_TRUST_INCONSISTENT, 0xC000019B, NTIX_EUNKNOWN,               \
    ERROR_DOMAIN_TRUST_INCONSISTENT, NULL)                                     \
  X(STATUS_IMAGE_ALREADY_LOADED_AS_DLL, 0xC000019D, NTIX_EUNKNOWN,             \
    ERROR_SERVICE_ALREADY_RUNNING, NULL)                                       \
  X(STATUS_INVALID_LOCK_RANGE, 0xC00001A1, NTIX_EINVAL,                        \
    ERROR_INVALID_LOCK_RANGE, NULL)                                            \
  X(STATUS_NETWORK_OPEN_RESTRICTION, 0xC0000201, NTIX_EACCES,                  \
    ERROR_NETWORK_ACCESS_DENIED, NULL)                                         \
  X(STATUS_NO_USER_SESSION_KEY, 0xC0000202, NTIX_EUNKNOWN,                     \
    ERROR_NO_USER_SESSION_KEY, NULL)                                           \
  X(STATUS_USER_SESSION_DELETED, 0xC0000203, NTIX_EIO, ERROR_UNEXP_NET_ERR,    \
    NULL)                                                                      \
  X(STATUS_RESOURCE_LANG_NOT_FOUND, 0xC0000204, NTIX_EUNKNOWN,                 \
    ERROR_RESOURCE_LANG_NOT_FOUND, NULL)                                       \
  X(STATUS_INSUFF_SERVER_RESOURCES, 0xC0000205, NTIX_ENOMEM,                   \
    ERROR_NOT_ENOUGH_SERVER_MEMORY, NULL)                                      \
  X(STATUS_INVALID_BUFFER_SIZE, 0xC0000206, NTIX_EINVAL,                       \
    ERROR_INVALID_USER_BUFFER, NULL)                                           \
  X(STATUS_INVALID_ADDRESS_COMPONENT, 0xC0000207, NTIX_EINVAL,                 \
    ERROR_INVALID_NETNAME, NULL)                                               \
  X(STATUS_INVALID_ADDRESS_WILDCARD, 0xC0000208, NTIX_EINVAL,                  \
    ERROR_INVALID_NETNAME, NULL)                                               \
  X(STATUS_TOO_MANY_ADDRESSES, 0xC0000209, NTIX_EUNKNOWN,                      \
    ERROR_TOO_MANY_NAMES, NULL)                                                \
  X(STATUS_ADDRESS_ALREADY_EXISTS, 0xC000020A, NTIX_EADDRINUSE,                \
    ERROR_DUP_NAME, "Bind to an address in use (Win32 says ERROR_DUP_NAME).")  \
  X(STATUS_ADDRESS_CLOSED, 0xC000020B, NTIX_ECONNRESET, ERROR_NETNAME_DELETED, \
    NULL)                                                                      \
  X(STATUS_CONNECTION_DISCONNECTED, 0xC000020C, NTIX_ECONNRESET,               \
    ERROR_NETNAME_DELETED, NULL)                                               \
  X(STATUS_CONNECTION_RESET, 0xC000020D, NTIX_ECONNRESET,                      \
    ERROR_NETNAME_DELETED, "The peer reset the connection (RST).")             \
  X(STATUS_TOO_MANY_NODES, 0xC000020E, NTIX_EUNKNOWN, ERROR_TOO_MANY_NAMES,    \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_ABORTED, 0xC000020F, NTIX_EIO, ERROR_UNEXP_NET_ERR,     \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_TIMED_OUT, 0xC0000210, NTIX_EIO, ERROR_UNEXP_NET_ERR,   \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_NO_RELEASE, 0xC0000211, NTIX_EIO, ERROR_UNEXP_NET_ERR,  \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_NO_MATCH, 0xC0000212, NTIX_EIO, ERROR_UNEXP_NET_ERR,    \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_RESPONDED, 0xC0000213, NTIX_EIO, ERROR_UNEXP_NET_ERR,   \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_INVALID_ID, 0xC0000214, NTIX_EIO, ERROR_UNEXP_NET_ERR,  \
    NULL)                                                                      \
  X(STATUS_TRANSACTION_INVALID_TYPE, 0xC0000215, NTIX_EIO,                     \
    ERROR_UNEXP_NET_ERR, NULL)                                                 \
  X(STATUS_NOT_SERVER_SESSION, 0xC0000216, NTIX_EOPNOTSUPP,                    \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_NOT_CLIENT_SESSION, 0xC0000217, NTIX_EOPNOTSUPP,                    \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_NO_BROWSER_SERVERS_FOUND, 0xC000021C, NTIX_EUNKNOWN,                \
    ERROR_NO_BROWSER_SERVERS_FOUND, NULL)                                      \
  X(STATUS_MAPPED_ALIGNMENT, 0xC0000220, NTIX_EINVAL, ERROR_MAPPED_ALIGNMENT,  \
    NULL)                                                                      \
  X(STATUS_IMAGE_CHECKSUM_MISMATCH, 0xC0000221, NTIX_ENOEXEC,                  \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_PASSWORD_MUST_CHANGE, 0xC0000224, NTIX_EUNKNOWN,                    \
    ERROR_PASSWORD_MUST_CHANGE, NULL)                                          \
  X(STATUS_NOT_FOUND, 0xC0000225, NTIX_ENOENT, ERROR_NOT_FOUND, NULL)          \
  X(STATUS_RECOVERY_FAILURE, 0xC0000227, NTIX_EUNKNOWN,                        \
    ERROR_RECOVERY_FAILURE, NULL)                                              \
  X(STATUS_FAIL_CHECK, 0xC0000229, NTIX_EINVAL, ERROR_INVALID_PARAMETER, NULL) \
  X(STATUS_DUPLICATE_OBJECTID, 0xC000022A, NTIX_EEXIST,                        \
    ERROR_OBJECT_ALREADY_EXISTS, NULL)                                         \
  X(STATUS_OBJECTID_EXISTS, 0xC000022B, NTIX_EEXIST,                           \
    ERROR_OBJECT_ALREADY_EXISTS, NULL)                                         \
  X(STATUS_RETRY, 0xC000022D, NTIX_EAGAIN, ERROR_RETRY, NULL)                  \
  X(STATUS_PROPSET_NOT_FOUND, 0xC0000230, NTIX_EUNKNOWN, ERROR_SET_NOT_FOUND,  \
    NULL)                                                                      \
  X(STATUS_DOMAIN_CONTROLLER_NOT_FOUND, 0xC0000233, NTIX_EUNKNOWN,             \
    ERROR_DOMAIN_CONTROLLER_NOT_FOUND, NULL)                                   \
  X(STATUS_ACCOUNT_LOCKED_OUT, 0xC0000234, NTIX_EACCES,                        \
    ERROR_ACCOUNT_LOCKED_OUT, NULL)                                            \
  X(STATUS_HANDLE_NOT_CLOSABLE, 0xC0000235, NTIX_EBADF, ERROR_INVALID_HANDLE,  \
    NULL)                                                                      \
  X(STATUS_CONNECTION_REFUSED, 0xC0000236, NTIX_ECONNREFUSED,                  \
    ERROR_CONNECTION_REFUSED,                                                  \
    "Also the per-socket status of a failed connect in an AFD poll.")          \
  X(STATUS_GRACEFUL_DISCONNECT, 0xC0000237, NTIX_EPIPE,                        \
    ERROR_GRACEFUL_DISCONNECT, NULL)                                           \
  X(STATUS_ADDRESS_ALREADY_ASSOCIATED, 0xC0000238, NTIX_EADDRINUSE,            \
    ERROR_ADDRESS_ALREADY_ASSOCIATED, NULL)                                    \
  X(STATUS_ADDRESS_NOT_ASSOCIATED, 0xC0000239, NTIX_EINVAL,                    \
    ERROR_ADDRESS_NOT_ASSOCIATED, NULL)                                        \
  X(STATUS_CONNECTION_INVALID, 0xC000023A, NTIX_ENOTCONN,                      \
    ERROR_CONNECTION_INVALID, NULL)                                            \
  X(STATUS_CONNECTION_ACTIVE, 0xC000023B, NTIX_EISCONN,                        \
    ERROR_CONNECTION_ACTIVE, NULL)                                             \
  X(STATUS_NETWORK_UNREACHABLE, 0xC000023C, NTIX_ENETUNREACH,                  \
    ERROR_NETWORK_UNREACHABLE, NULL)                                           \
  X(STATUS_HOST_UNREACHABLE, 0xC000023D, NTIX_EHOSTUNREACH,                    \
    ERROR_HOST_UNREACHABLE, NULL)                                              \
  X(STATUS_PROTOCOL_UNREACHABLE, 0xC000023E, NTIX_ENOPROTOOPT,                 \
    ERROR_PROTOCOL_UNREACHABLE, NULL)                                          \
  X(STATUS_PORT_UNREACHABLE, 0xC000023F, NTIX_ECONNREFUSED,                    \
    ERROR_PORT_UNREACHABLE, NULL)                                              \
  X(STATUS_REQUEST_ABORTED, 0xC0000240, NTIX_ECANCELED, ERROR_REQUEST_ABORTED, \
    NULL)                                                                      \
  X(STATUS_CONNECTION_ABORTED, 0xC0000241, NTIX_ECONNABORTED,                  \
    ERROR_CONNECTION_ABORTED, "The connection was aborted by the local side.") \
  X(STATUS_USER_MAPPED_FILE, 0xC0000243, NTIX_EBUSY, ERROR_USER_MAPPED_FILE,   \
    NULL)                                                                      \
  X(STATUS_CONNECTION_COUNT_LIMIT, 0xC0000246, NTIX_EAGAIN,                    \
    ERROR_CONNECTION_COUNT_LIMIT, NULL)                                        \
  X(STATUS_LOGIN_TIME_RESTRICTION, 0xC0000247, NTIX_EUNKNOWN,                  \
    ERROR_LOGIN_TIME_RESTRICTION, NULL)                                        \
  X(STATUS_LOGIN_WKSTA_RESTRICTION, 0xC0000248, NTIX_EUNKNOWN,                 \
    ERROR_LOGIN_WKSTA_RESTRICTION, NULL)                                       \
  X(STATUS_IMAGE_MP_UP_MISMATCH, 0xC0000249, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_LPC_REPLY_LOST, 0xC0000253, NTIX_ECONNABORTED,                      \
    ERROR_CONNECTION_ABORTED, NULL)                                            \
  X(STATUS_PATH_NOT_COVERED, 0xC0000257, NTIX_EHOSTUNREACH,                    \
    ERROR_HOST_UNREACHABLE, NULL)                                              \
  X(STATUS_LICENSE_QUOTA_EXCEEDED, 0xC0000259, NTIX_EUNKNOWN,                  \
    ERROR_LICENSE_QUOTA_EXCEEDED, NULL)                                        \
  X(STATUS_PLUGPLAY_NO_DEVICE, 0xC000025E, NTIX_EUNKNOWN,                      \
    ERROR_SERVICE_DISABLED, NULL)                                              \
  X(STATUS_DRIVER_ORDINAL_NOT_FOUND, 0xC0000262, NTIX_ENOEXEC,                 \
    ERROR_INVALID_ORDINAL, NULL)                                               \
  X(STATUS_DRIVER_ENTRYPOINT_NOT_FOUND, 0xC0000263, NTIX_ENOSYS,               \
    ERROR_PROC_NOT_FOUND, NULL)                                                \
  X(STATUS_RESOURCE_NOT_OWNED, 0xC0000264, NTIX_EPERM, ERROR_NOT_OWNER, NULL)  \
  X(STATUS_TOO_MANY_LINKS, 0xC0000265, NTIX_EMLINK, ERROR_TOO_MANY_LINKS,      \
    NULL)                                                                      \
  X(STATUS_FILE_IS_OFFLINE, 0xC0000267, NTIX_EIO, ERROR_FILE_OFFLINE, NULL)    \
  X(STATUS_LICENSE_VIOLATION, 0xC000026A, NTIX_EUNKNOWN,                       \
    ERROR_CTX_LICENSE_NOT_AVAILABLE, NULL)                                     \
  X(STATUS_DRIVER_UNABLE_TO_LOAD, 0xC000026C, NTIX_ENODEV, ERROR_BAD_DRIVER,   \
    NULL)                                                                      \
  X(STATUS_DFS_UNAVAILABLE, 0xC000026D, NTIX_ENOTCONN,                         \
    ERROR_CONNECTION_UNAVAIL, NULL)                                            \
  X(STATUS_VOLUME_DISMOUNTED, 0xC000026E, NTIX_EIO, ERROR_NOT_READY, NULL)     \
  X(STATUS_NO_MATCH, 0xC0000272, NTIX_EUNKNOWN, ERROR_NO_MATCH, NULL)          \
  X(STATUS_NOT_A_REPARSE_POINT, 0xC0000275, NTIX_EINVAL,                       \
    ERROR_NOT_A_REPARSE_POINT,                                                 \
    "readlink on a file that is not a link: EINVAL.")                          \
  X(STATUS_IO_REPARSE_TAG_INVALID, 0xC0000276, NTIX_EINVAL,                    \
    ERROR_REPARSE_TAG_INVALID, NULL)                                           \
  X(STATUS_IO_REPARSE_TAG_MISMATCH, 0xC0000277, NTIX_EINVAL,                   \
    ERROR_REPARSE_TAG_MISMATCH, NULL)                                          \
  X(STATUS_IO_REPARSE_DATA_INVALID, 0xC0000278, NTIX_ENOENT,                   \
    ERROR_INVALID_REPARSE_DATA, NULL)                                          \
  X(STATUS_IO_REPARSE_TAG_NOT_HANDLED, 0xC0000279, NTIX_EINVAL,                \
    ERROR_CANT_ACCESS_FILE, NULL)                                              \
  X(STATUS_REPARSE_POINT_NOT_RESOLVED, 0xC0000280, NTIX_ELOOP,                 \
    ERROR_CANT_RESOLVE_FILENAME, NULL)                                         \
  X(STATUS_DIRECTORY_IS_A_REPARSE_POINT, 0xC0000281, NTIX_ENOENT,              \
    ERROR_BAD_PATHNAME, NULL)                                                  \
  X(STATUS_SOURCE_ELEMENT_EMPTY, 0xC0000283, NTIX_EUNKNOWN,                    \
    ERROR_SOURCE_ELEMENT_EMPTY, NULL)                                          \
  X(STATUS_DESTINATION_ELEMENT_FULL, 0xC0000284, NTIX_EUNKNOWN,                \
    ERROR_DESTINATION_ELEMENT_FULL, NULL)                                      \
  X(STATUS_ILLEGAL_ELEMENT_ADDRESS, 0xC0000285, NTIX_EUNKNOWN,                 \
    ERROR_ILLEGAL_ELEMENT_ADDRESS, NULL)                                       \
  X(STATUS_MAGAZINE_NOT_PRESENT, 0xC0000286, NTIX_EUNKNOWN,                    \
    ERROR_MAGAZINE_NOT_PRESENT, NULL)                                          \
  X(STATUS_REINITIALIZATION_NEEDED, 0xC0000287, NTIX_EUNKNOWN,                 \
    ERROR_DEVICE_REINITIALIZATION_NEEDED, NULL)                                \
  X(STATUS_ENCRYPTION_FAILED, 0xC000028A, NTIX_EACCES, ERROR_ACCESS_DENIED,    \
    NULL)                                                                      \
  X(STATUS_DECRYPTION_FAILED, 0xC000028B, NTIX_EACCES, ERROR_ACCESS_DENIED,    \
    NULL)                                                                      \
  X(STATUS_NO_RECOVERY_POLICY, 0xC000028D, NTIX_EACCES, ERROR_ACCESS_DENIED,   \
    NULL)                                                                      \
  X(STATUS_NO_EFS, 0xC000028E, NTIX_EACCES, ERROR_ACCESS_DENIED, NULL)         \
  X(STATUS_WRONG_EFS, 0xC000028F, NTIX_EACCES, ERROR_ACCESS_DENIED, NULL)      \
  X(STATUS_NO_USER_KEYS, 0xC0000290, NTIX_EACCES, ERROR_ACCESS_DENIED, NULL)   \
  X(STATUS_FILE_NOT_ENCRYPTED, 0xC0000291, NTIX_EUNKNOWN,                      \
    ERROR_FILE_NOT_ENCRYPTED, NULL)                                            \
  X(STATUS_NOT_EXPORT_FORMAT, 0xC0000292, NTIX_EUNKNOWN,                       \
    ERROR_NOT_EXPORT_FORMAT, NULL)                                             \
  X(STATUS_FILE_ENCRYPTED, 0xC0000293, NTIX_EACCES, ERROR_FILE_ENCRYPTED,      \
    NULL)                                                                      \
  X(STATUS_WMI_GUID_NOT_FOUND, 0xC0000295, NTIX_EUNKNOWN,                      \
    ERROR_WMI_GUID_NOT_FOUND, NULL)                                            \
  X(STATUS_WMI_INSTANCE_NOT_FOUND, 0xC0000296, NTIX_EUNKNOWN,                  \
    ERROR_WMI_INSTANCE_NOT_FOUND, NULL)                                        \
  X(STATUS_WMI_ITEMID_NOT_FOUND, 0xC0000297, NTIX_EUNKNOWN,                    \
    ERROR_WMI_ITEMID_NOT_FOUND, NULL)                                          \
  X(STATUS_WMI_TRY_AGAIN, 0xC0000298, NTIX_EUNKNOWN, ERROR_WMI_TRY_AGAIN,      \
    NULL)                                                                      \
  X(STATUS_SHARED_POLICY, 0xC0000299, NTIX_EUNKNOWN, ERROR_SHARED_POLICY,      \
    NULL)                                                                      \
  X(STATUS_POLICY_OBJECT_NOT_FOUND, 0xC000029A, NTIX_EUNKNOWN,                 \
    ERROR_POLICY_OBJECT_NOT_FOUND, NULL)                                       \
  X(STATUS_POLICY_ONLY_IN_DS, 0xC000029B, NTIX_EUNKNOWN,                       \
    ERROR_POLICY_ONLY_IN_DS, NULL)                                             \
  X(STATUS_VOLUME_NOT_UPGRADED, 0xC000029C, NTIX_EISDIR,                       \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_REMOTE_STORAGE_NOT_ACTIVE, 0xC000029D, NTIX_EUNKNOWN,               \
    ERROR_REMOTE_STORAGE_NOT_ACTIVE, NULL)                                     \
  X(STATUS_REMOTE_STORAGE_MEDIA_ERROR, 0xC000029E, NTIX_EIO,                   \
    ERROR_REMOTE_STORAGE_MEDIA_ERROR, NULL)                                    \
  X(STATUS_NO_TRACKING_SERVICE, 0xC000029F, NTIX_EUNKNOWN,                     \
    ERROR_NO_TRACKING_SERVICE, NULL)                                           \
  X(STATUS_DS_NO_ATTRIBUTE_OR_VALUE, 0xC00002A1, NTIX_EUNKNOWN,                \
    ERROR_DS_NO_ATTRIBUTE_OR_VALUE, NULL)                                      \
  X(STATUS_DS_INVALID_ATTRIBUTE_SYNTAX, 0xC00002A2, NTIX_EUNKNOWN,             \
    ERROR_DS_INVALID_ATTRIBUTE_SYNTAX, NULL)                                   \
  X(STATUS_DS_ATTRIBUTE_TYPE_UNDEFINED, 0xC00002A3, NTIX_EUNKNOWN,             \
    ERROR_DS_ATTRIBUTE_TYPE_UNDEFINED, NULL)                                   \
  X(STATUS_DS_ATTRIBUTE_OR_VALUE_EXISTS, 0xC00002A4, NTIX_EUNKNOWN,            \
    ERROR_DS_ATTRIBUTE_OR_VALUE_EXISTS, NULL)                                  \
  X(STATUS_DS_BUSY, 0xC00002A5, NTIX_EBUSY, ERROR_DS_BUSY, NULL)               \
  X(STATUS_DS_UNAVAILABLE, 0xC00002A6, NTIX_EUNKNOWN, ERROR_DS_UNAVAILABLE,    \
    NULL)                                                                      \
  X(STATUS_DS_NO_RIDS_ALLOCATED, 0xC00002A7, NTIX_EUNKNOWN,                    \
    ERROR_DS_NO_RIDS_ALLOCATED, NULL)                                          \
  X(STATUS_DS_NO_MORE_RIDS, 0xC00002A8, NTIX_EUNKNOWN, ERROR_DS_NO_MORE_RIDS,  \
    NULL)                                                                      \
  X(STATUS_DS_INCORRECT_ROLE_OWNER, 0xC00002A9, NTIX_EUNKNOWN,                 \
    ERROR_DS_INCORRECT_ROLE_OWNER, NULL)                                       \
  X(STATUS_DS_RIDMGR_INIT_ERROR, 0xC00002AA, NTIX_EUNKNOWN,                    \
    ERROR_DS_RIDMGR_INIT_ERROR, NULL)                                          \
  X(STATUS_DS_OBJ_CLASS_VIOLATION, 0xC00002AB, NTIX_EUNKNOWN,                  \
    ERROR_DS_OBJ_CLASS_VIOLATION, NULL)                                        \
  X(STATUS_DS_CANT_ON_NON_LEAF, 0xC00002AC, NTIX_EUNKNOWN,                     \
    ERROR_DS_CANT_ON_NON_LEAF, NULL)                                           \
  X(STATUS_DS_CANT_ON_RDN, 0xC00002AD, NTIX_EUNKNOWN, ERROR_DS_CANT_ON_RDN,    \
    NULL)                                                                      \
  X(STATUS_DS_CANT_MOD_OBJ_CLASS, 0xC00002AE, NTIX_EUNKNOWN,                   \
    ERROR_DS_CANT_MOD_OBJ_CLASS, NULL)                                         \
  X(STATUS_DS_CROSS_DOM_MOVE_FAILED, 0xC00002AF, NTIX_EUNKNOWN,                \
    ERROR_DS_CROSS_DOM_MOVE_ERROR, NULL)                                       \
  X(STATUS_DS_GC_NOT_AVAILABLE, 0xC00002B0, NTIX_EUNKNOWN,                     \
    ERROR_DS_GC_NOT_AVAILABLE, NULL)                                           \
  X(STATUS_DIRECTORY_SERVICE_REQUIRED, 0xC00002B1, NTIX_EUNKNOWN,              \
    ERROR_DS_DS_REQUIRED, NULL)                                                \
  X(STATUS_REPARSE_ATTRIBUTE_CONFLICT, 0xC00002B2, NTIX_EINVAL,                \
    ERROR_REPARSE_ATTRIBUTE_CONFLICT, NULL)                                    \
  X(STATUS_DEVICE_REMOVED, 0xC00002B6, NTIX_ENODEV, ERROR_DEVICE_REMOVED,      \
    NULL)                                                                      \
  X(STATUS_JOURNAL_DELETE_IN_PROGRESS, 0xC00002B7, NTIX_EUNKNOWN,              \
    ERROR_JOURNAL_DELETE_IN_PROGRESS, NULL)                                    \
  X(STATUS_JOURNAL_NOT_ACTIVE, 0xC00002B8, NTIX_EUNKNOWN,                      \
    ERROR_JOURNAL_NOT_ACTIVE, NULL)                                            \
  X(STATUS_DS_ADMIN_LIMIT_EXCEEDED, 0xC00002C1, NTIX_EUNKNOWN,                 \
    ERROR_DS_ADMIN_LIMIT_EXCEEDED, NULL)                                       \
  X(STATUS_MUTUAL_AUTHENTICATION_FAILED, 0xC00002C3, NTIX_EUNKNOWN,            \
    ERROR_MUTUAL_AUTH_FAILED, NULL)                                            \
  X(STATUS_DATATYPE_MISALIGNMENT_ERROR, 0xC00002C5, NTIX_EFAULT,               \
    ERROR_NOACCESS,                                                            \
    "A misaligned caller buffer: EFAULT (Win32 says ERROR_NOACCESS).")         \
  X(STATUS_WMI_READ_ONLY, 0xC00002C6, NTIX_EUNKNOWN, ERROR_WMI_READ_ONLY,      \
    NULL)                                                                      \
  X(STATUS_WMI_SET_FAILURE, 0xC00002C7, NTIX_EUNKNOWN, ERROR_WMI_SET_FAILURE,  \
    NULL)                                                                      \
  X(STATUS_COMMITMENT_MINIMUM, 0xC00002C8, NTIX_ENOMEM,                        \
    ERROR_COMMITMENT_MINIMUM, NULL)                                            \
  X(STATUS_REG_NAT_CONSUMPTION, 0xC00002C9, NTIX_EUNKNOWN,                     \
    ERROR_REG_NAT_CONSUMPTION, NULL)                                           \
  X(STATUS_TRANSPORT_FULL, 0xC00002CA, NTIX_EUNKNOWN, ERROR_TRANSPORT_FULL,    \
    NULL)                                                                      \
  X(STATUS_DS_SAM_INIT_FAILURE, 0xC00002CB, NTIX_EUNKNOWN,                     \
    ERROR_DS_SAM_INIT_FAILURE, NULL)                                           \
  X(STATUS_ONLY_IF_CONNECTED, 0xC00002CC, NTIX_EUNKNOWN,                       \
    ERROR_ONLY_IF_CONNECTED, NULL)                                             \
  X(STATUS_DS_SENSITIVE_GROUP_VIOLATION, 0xC00002CD, NTIX_EUNKNOWN,            \
    ERROR_DS_SENSITIVE_GROUP_VIOLATION, NULL)                                  \
  X(STATUS_JOURNAL_ENTRY_DELETED, 0xC00002CF, NTIX_EUNKNOWN,                   \
    ERROR_JOURNAL_ENTRY_DELETED, NULL)                                         \
  X(STATUS_DS_CANT_MOD_PRIMARYGROUPID, 0xC00002D0, NTIX_EUNKNOWN,              \
    ERROR_DS_CANT_MOD_PRIMARYGROUPID, NULL)                                    \
  X(STATUS_POWER_STATE_INVALID, 0xC00002D3, NTIX_EIO, ERROR_NOT_READY, NULL)   \
  X(STATUS_DS_INVALID_GROUP_TYPE, 0xC00002D4, NTIX_EUNKNOWN,                   \
    ERROR_DS_INVALID_GROUP_TYPE, NULL)                                         \
  X(STATUS_DS_NO_NEST_GLOBALGROUP_IN_MIXEDDOMAIN, 0xC00002D5, NTIX_EUNKNOWN,   \
    ERROR_DS_NO_NEST_GLOBALGROUP_IN_MIXEDDOMAIN, NULL)                         \
  X(STATUS_DS_NO_NEST_LOCALGROUP_IN_MIXEDDOMAIN, 0xC00002D6, NTIX_EUNKNOWN,    \
    ERROR_DS_NO_NEST_LOCALGROUP_IN_MIXEDDOMAIN, NULL)                          \
  X(STATUS_DS_GLOBAL_CANT_HAVE_LOCAL_MEMBER, 0xC00002D7, NTIX_EUNKNOWN,        \
    ERROR_DS_GLOBAL_CANT_HAVE_LOCAL_MEMBER, NULL)                              \
  X(STATUS_DS_GLOBAL_CANT_HAVE_UNIVERSAL_MEMBER, 0xC00002D8, NTIX_EUNKNOWN,    \
    ERROR_DS_GLOBAL_CANT_HAVE_UNIVERSAL_MEMBER, NULL)                          \
  X(STATUS_DS_UNIVERSAL_CANT_HAVE_LOCAL_MEMBER, 0xC00002D9, NTIX_EUNKNOWN,     \
    ERROR_DS_UNIVERSAL_CANT_HAVE_LOCAL_MEMBER, NULL)                           \
  X(STATUS_DS_GLOBAL_CANT_HAVE_CROSSDOMAIN_MEMBER, 0xC00002DA, NTIX_EUNKNOWN,  \
    ERROR_DS_GLOBAL_CANT_HAVE_CROSSDOMAIN_MEMBER, NULL)                        \
  X(STATUS_DS_LOCAL_CANT_HAVE_CROSSDOMAIN_LOCAL_MEMBER, 0xC00002DB,            \
    NTIX_EUNKNOWN, ERROR_DS_LOCAL_CANT_HAVE_CROSSDOMAIN_LOCAL_MEMBER, NULL)    \
  X(STATUS_DS_HAVE_PRIMARY_MEMBERS, 0xC00002DC, NTIX_EUNKNOWN,                 \
    ERROR_DS_HAVE_PRIMARY_MEMBERS, NULL)                                       \
  X(STATUS_WMI_NOT_SUPPORTED, 0xC00002DD, NTIX_EOPNOTSUPP,                     \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_SAM_NEED_BOOTKEY_PASSWORD, 0xC00002DF, NTIX_EUNKNOWN,               \
    ERROR_DS_SAM_NEED_BOOTKEY_PASSWORD, NULL)                                  \
  X(STATUS_SAM_NEED_BOOTKEY_FLOPPY, 0xC00002E0, NTIX_EUNKNOWN,                 \
    ERROR_DS_SAM_NEED_BOOTKEY_FLOPPY, NULL)                                    \
  X(STATUS_DS_CANT_START, 0xC00002E1, NTIX_EUNKNOWN, ERROR_DS_CANT_START,      \
    NULL)                                                                      \
  X(STATUS_DS_INIT_FAILURE, 0xC00002E2, NTIX_EUNKNOWN, ERROR_DS_INIT_FAILURE,  \
    NULL)                                                                      \
  X(STATUS_SAM_INIT_FAILURE, 0xC00002E3, NTIX_EUNKNOWN,                        \
    ERROR_SAM_INIT_FAILURE, NULL)                                              \
  X(STATUS_DS_GC_REQUIRED, 0xC00002E4, NTIX_EUNKNOWN, ERROR_DS_GC_REQUIRED,    \
    NULL)                                                                      \
  X(STATUS_DS_LOCAL_MEMBER_OF_LOCAL_ONLY, 0xC00002E5, NTIX_EUNKNOWN,           \
    ERROR_DS_LOCAL_MEMBER_OF_LOCAL_ONLY, NULL)                                 \
  X(STATUS_DS_NO_FPO_IN_UNIVERSAL_GROUPS, 0xC00002E6, NTIX_EUNKNOWN,           \
    ERROR_DS_NO_FPO_IN_UNIVERSAL_GROUPS, NULL)                                 \
  X(STATUS_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED, 0xC00002E7, NTIX_EUNKNOWN,       \
    ERROR_DS_MACHINE_ACCOUNT_QUOTA_EXCEEDED, NULL)                             \
  X(STATUS_CURRENT_DOMAIN_NOT_ALLOWED, 0xC00002E9, NTIX_EUNKNOWN,              \
    ERROR_CURRENT_DOMAIN_NOT_ALLOWED, NULL)                                    \
  X(STATUS_CANNOT_MAKE, 0xC00002EA, NTIX_ENOSPC, ERROR_CANNOT_MAKE, NULL)      \
  X(STATUS_DS_INIT_FAILURE_CONSOLE, 0xC00002EC, NTIX_EUNKNOWN,                 \
    ERROR_DS_INIT_FAILURE_CONSOLE, NULL)                                       \
  X(STATUS_DS_SAM_INIT_FAILURE_CONSOLE, 0xC00002ED, NTIX_EUNKNOWN,             \
    ERROR_DS_SAM_INIT_FAILURE_CONSOLE, NULL)                                   \
  X(STATUS_OBJECTID_NOT_FOUND, 0xC00002F0, NTIX_ENOENT, ERROR_FILE_NOT_FOUND,  \
    NULL)                                                                      \
  X(STATUS_SHUTDOWN_IN_PROGRESS, 0xC00002FE, NTIX_ESHUTDOWN,                   \
    ERROR_SHUTDOWN_IN_PROGRESS, NULL)                                          \
  X(STATUS_SERVER_SHUTDOWN_IN_PROGRESS, 0xC00002FF, NTIX_EUNKNOWN,             \
    ERROR_SERVER_SHUTDOWN_IN_PROGRESS, NULL)                                   \
  X(STATUS_NOT_SUPPORTED_ON_SBS, 0xC0000300, NTIX_EUNKNOWN,                    \
    ERROR_NOT_SUPPORTED_ON_SBS, NULL)                                          \
  X(STATUS_WMI_GUID_DISCONNECTED, 0xC0000301, NTIX_EUNKNOWN,                   \
    ERROR_WMI_GUID_DISCONNECTED, NULL)                                         \
  X(STATUS_WMI_ALREADY_DISABLED, 0xC0000302, NTIX_EUNKNOWN,                    \
    ERROR_WMI_ALREADY_DISABLED, NULL)                                          \
  X(STATUS_WMI_ALREADY_ENABLED, 0xC0000303, NTIX_EUNKNOWN,                     \
    ERROR_WMI_ALREADY_ENABLED, NULL)                                           \
  X(STATUS_MFT_TOO_FRAGMENTED, 0xC0000304, NTIX_ENOSPC,                        \
    ERROR_DISK_TOO_FRAGMENTED, NULL)                                           \
  X(STATUS_PKINIT_FAILURE, 0xC0000320, NTIX_EUNKNOWN, ERROR_PKINIT_FAILURE,    \
    NULL)                                                                      \
  X(STATUS_SMARTCARD_SUBSYSTEM_FAILURE, 0xC0000321, NTIX_EUNKNOWN,             \
    ERROR_SMARTCARD_SUBSYSTEM_FAILURE, NULL)                                   \
  X(STATUS_HOST_DOWN, 0xC0000350, NTIX_EHOSTDOWN, ERROR_HOST_DOWN, NULL)       \
  X(STATUS_EFS_ALG_BLOB_TOO_BIG, 0xC0000352, NTIX_EUNKNOWN,                    \
    ERROR_EFS_ALG_BLOB_TOO_BIG, NULL)                                          \
  X(STATUS_DEBUGGER_INACTIVE, 0xC0000354, NTIX_EUNKNOWN,                       \
    ERROR_DEBUGGER_INACTIVE, NULL)                                             \
  X(STATUS_PRENT4_MACHINE_ACCOUNT, 0xC0000357, NTIX_EUNKNOWN,                  \
    ERROR_DS_MACHINE_ACCOUNT_CREATED_PRENT4, NULL)                             \
  X(STATUS_DS_AG_CANT_HAVE_UNIVERSAL_MEMBER, 0xC0000358, NTIX_EUNKNOWN,        \
    ERROR_DS_AG_CANT_HAVE_UNIVERSAL_MEMBER, NULL)                              \
  X(STATUS_INVALID_IMAGE_WIN_32, 0xC0000359, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_INVALID_IMAGE_WIN_64, 0xC000035A, NTIX_ENOEXEC,                     \
    ERROR_BAD_EXE_FORMAT, NULL)                                                \
  X(STATUS_NETWORK_SESSION_EXPIRED, 0xC000035C, NTIX_EUNKNOWN,                 \
    ERROR_NO_USER_SESSION_KEY, NULL)                                           \
  X(STATUS_APPHELP_BLOCK, 0xC000035D, NTIX_EACCES, ERROR_APPHELP_BLOCK, NULL)  \
  X(STATUS_ACCESS_DISABLED_BY_POLICY_DEFAULT, 0xC0000361, NTIX_EACCES,         \
    ERROR_ACCESS_DISABLED_BY_POLICY, NULL)                                     \
  X(STATUS_ACCESS_DISABLED_BY_POLICY_PATH, 0xC0000362, NTIX_EACCES,            \
    ERROR_ACCESS_DISABLED_BY_POLICY, NULL)                                     \
  X(STATUS_ACCESS_DISABLED_BY_POLICY_PUBLISHER, 0xC0000363, NTIX_EACCES,       \
    ERROR_ACCESS_DISABLED_BY_POLICY, NULL)                                     \
  X(STATUS_ACCESS_DISABLED_BY_POLICY_OTHER, 0xC0000364, NTIX_EACCES,           \
    ERROR_ACCESS_DISABLED_BY_POLICY, NULL)                                     \
  X(STATUS_DRIVER_BLOCKED_CRITICAL, 0xC000036B, NTIX_EACCES,                   \
    ERROR_DRIVER_BLOCKED, NULL)                                                \
  X(STATUS_DRIVER_BLOCKED, 0xC000036C, NTIX_EACCES, ERROR_DRIVER_BLOCKED,      \
    NULL)                                                                      \
  X(STATUS_INVALID_IMPORT_OF_NON_DLL, 0xC000036F, NTIX_ENOEXEC,                \
    ERROR_INVALID_IMPORT_OF_NON_DLL, NULL)                                     \
  X(STATUS_FAILED_STACK_SWITCH, 0xC0000373, NTIX_ENOMEM,                       \
    ERROR_NOT_ENOUGH_MEMORY, NULL)                                             \
  X(STATUS_HEAP_CORRUPTION, 0xC0000374, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL)  \
  X(STATUS_DOWNGRADE_DETECTED, 0xC0000388, NTIX_EUNKNOWN,                      \
    ERROR_DOWNGRADE_DETECTED, NULL)                                            \
  X(STATUS_PER_USER_TRUST_QUOTA_EXCEEDED, 0xC0000401, NTIX_EUNKNOWN,           \
    ERROR_PER_USER_TRUST_QUOTA_EXCEEDED, NULL)                                 \
  X(STATUS_ALL_USER_TRUST_QUOTA_EXCEEDED, 0xC0000402, NTIX_EUNKNOWN,           \
    ERROR_ALL_USER_TRUST_QUOTA_EXCEEDED, NULL)                                 \
  X(STATUS_USER_DELETE_TRUST_QUOTA_EXCEEDED, 0xC0000403, NTIX_EUNKNOWN,        \
    ERROR_USER_DELETE_TRUST_QUOTA_EXCEEDED, NULL)                              \
  X(STATUS_DS_NAME_NOT_UNIQUE, 0xC0000404, NTIX_EUNKNOWN,                      \
    ERROR_DS_NAME_NOT_UNIQUE, NULL)                                            \
  X(STATUS_DS_DUPLICATE_ID_FOUND, 0xC0000405, NTIX_EUNKNOWN,                   \
    ERROR_DS_DUPLICATE_ID_FOUND, NULL)                                         \
  X(STATUS_DS_GROUP_CONVERSION_ERROR, 0xC0000406, NTIX_EUNKNOWN,               \
    ERROR_DS_GROUP_CONVERSION_ERROR, NULL)                                     \
  X(STATUS_USER2USER_REQUIRED, 0xC0000408, NTIX_EACCES, ERROR_LOGON_FAILURE,   \
    NULL)                                                                      \
  X(STATUS_STACK_BUFFER_OVERRUN, 0xC0000409, NTIX_EUNKNOWN,                    \
    ERROR_STACK_BUFFER_OVERRUN, NULL)                                          \
  X(STATUS_PARAMETER_QUOTA_EXCEEDED, 0xC0000410, NTIX_EUNKNOWN,                \
    ERROR_PARAMETER_QUOTA_EXCEEDED, NULL)                                      \
  X(STATUS_DELAY_LOAD_FAILED, 0xC0000412, NTIX_EUNKNOWN,                       \
    ERROR_DELAY_LOAD_FAILED, NULL)                                             \
  X(STATUS_AUTHENTICATION_FIREWALL_FAILED, 0xC0000413, NTIX_EUNKNOWN,          \
    ERROR_AUTHENTICATION_FIREWALL_FAILED, NULL)                                \
  X(STATUS_VDM_DISALLOWED, 0xC0000414, NTIX_EUNKNOWN, ERROR_VDM_DISALLOWED,    \
    NULL)                                                                      \
  X(STATUS_INSUFFICIENT_RESOURCE_FOR_SPECIFIED_SHARED_SECTION_SIZE,            \
    0xC0000416, NTIX_ENOMEM, ERROR_NOT_ENOUGH_MEMORY, NULL)                    \
  X(STATUS_DS_SRC_SID_EXISTS_IN_FOREST, 0xC0000419, NTIX_EUNKNOWN,             \
    ERROR_DS_SRC_SID_EXISTS_IN_FOREST, NULL)                                   \
  X(STATUS_INCOMPATIBLE_DRIVER_BLOCKED, 0xC0000424, NTIX_EACCES,               \
    ERROR_DRIVER_BLOCKED, NULL)                                                \
  X(STATUS_HIVE_UNLOADED, 0xC0000425, NTIX_ENOENT, ERROR_KEY_DELETED, NULL)    \
  X(STATUS_IMPLEMENTATION_LIMIT, 0xC000042B, NTIX_EUNKNOWN,                    \
    ERROR_IMPLEMENTATION_LIMIT, NULL)                                          \
  X(STATUS_ELEVATION_REQUIRED, 0xC000042C, NTIX_EACCES,                        \
    ERROR_ELEVATION_REQUIRED, NULL)                                            \
  X(STATUS_PKU2U_CERT_FAILURE, 0xC000042E, NTIX_EUNKNOWN,                      \
    ERROR_MR_MID_NOT_FOUND, NULL)                                              \
  X(STATUS_ENCOUNTERED_WRITE_IN_PROGRESS, 0xC0000433, NTIX_EBUSY, ERROR_BUSY,  \
    NULL)                                                                      \
  X(STATUS_PTE_CHANGED, 0xC0000434, NTIX_EBUSY, ERROR_BUSY, NULL)              \
  X(STATUS_PURGE_FAILED, 0xC0000435, NTIX_EBUSY, ERROR_USER_MAPPED_FILE, NULL) \
  X(STATUS_AMBIGUOUS_SYSTEM_DEVICE, 0xC0000451, NTIX_EUNKNOWN,                 \
    ERROR_AMBIGUOUS_SYSTEM_DEVICE, NULL)                                       \
  X(STATUS_SYSTEM_DEVICE_NOT_FOUND, 0xC0000452, NTIX_EUNKNOWN,                 \
    ERROR_SYSTEM_DEVICE_NOT_FOUND, NULL)                                       \
  X(STATUS_RESTART_BOOT_APPLICATION, 0xC0000453, NTIX_EUNKNOWN,                \
    ERROR_RESTART_APPLICATION, NULL)                                           \
  X(STATUS_INSUFFICIENT_NVRAM_RESOURCES, 0xC0000454, NTIX_ENOMEM,              \
    ERROR_NO_NVRAM_RESOURCES, NULL)                                            \
  X(STATUS_FILE_NOT_AVAILABLE, 0xC0000467, NTIX_EBUSY,                         \
    ERROR_SHARING_VIOLATION, NULL)                                             \
  X(STATUS_CASE_DIFFERING_NAMES_IN_DIR, 0xC00004B3, NTIX_EUNKNOWN,             \
    ERROR_CASE_DIFFERING_NAMES_IN_DIR, NULL)                                   \
  X(STATUS_INVALID_TASK_NAME, 0xC0000500, NTIX_EUNKNOWN,                       \
    ERROR_INVALID_TASK_NAME, NULL)                                             \
  X(STATUS_INVALID_TASK_INDEX, 0xC0000501, NTIX_EUNKNOWN,                      \
    ERROR_INVALID_TASK_INDEX, NULL)                                            \
  X(STATUS_THREAD_ALREADY_IN_TASK, 0xC0000502, NTIX_EUNKNOWN,                  \
    ERROR_THREAD_ALREADY_IN_TASK, NULL)                                        \
  X(STATUS_CALLBACK_BYPASS, 0xC0000503, NTIX_EIO, ERROR_NOT_READY,             \
    "Windows 10 maps it to ERROR_NOT_READY (the table wepoll generated "       \
    "from its RtlNtStatusToDosError, src/error-map.h of 2017); Wine 10.0 "     \
    "agrees.")                                                                 \
  X(STATUS_PORT_CLOSED, 0xC0000700, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL)      \
  X(STATUS_MESSAGE_LOST, 0xC0000701, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL)     \
  X(STATUS_INVALID_MESSAGE, 0xC0000702, NTIX_EINVAL, ERROR_INVALID_PARAMETER,  \
    NULL)                                                                      \
  X(STATUS_REQUEST_CANCELED, 0xC0000703, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL) \
  X(STATUS_RECURSIVE_DISPATCH, 0xC0000704, NTIX_EOPNOTSUPP,                    \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_LPC_RECEIVE_BUFFER_EXPECTED, 0xC0000705, NTIX_EINVAL,               \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_LPC_INVALID_CONNECTION_USAGE, 0xC0000706, NTIX_EINVAL,              \
    ERROR_INVALID_PARAMETER, NULL)                                             \
  X(STATUS_LPC_REQUESTS_NOT_ALLOWED, 0xC0000707, NTIX_EOPNOTSUPP,              \
    ERROR_NOT_SUPPORTED, NULL)                                                 \
  X(STATUS_RESOURCE_IN_USE, 0xC0000708, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL)  \
  X(STATUS_THREADPOOL_HANDLE_EXCEPTION, 0xC000070A, NTIX_EBADF,                \
    ERROR_INVALID_HANDLE, NULL)                                                \
  X(STATUS_THREADPOOL_SET_EVENT_ON_COMPLETION_FAILED, 0xC000070B, NTIX_EBADF,  \
    ERROR_INVALID_HANDLE, NULL)                                                \
  X(STATUS_THREADPOOL_RELEASE_SEMAPHORE_ON_COMPLETION_FAILED, 0xC000070C,      \
    NTIX_EBADF, ERROR_INVALID_HANDLE, NULL)                                    \
  X(STATUS_THREADPOOL_RELEASE_MUTEX_ON_COMPLETION_FAILED, 0xC000070D,          \
    NTIX_EBADF, ERROR_INVALID_HANDLE, NULL)                                    \
  X(STATUS_THREADPOOL_FREE_LIBRARY_ON_COMPLETION_FAILED, 0xC000070E,           \
    NTIX_EBADF, ERROR_INVALID_HANDLE, NULL)                                    \
  X(STATUS_THREADPOOL_RELEASED_DURING_OPERATION, 0xC000070F, NTIX_EBADF,       \
    ERROR_INVALID_HANDLE, NULL)                                                \
  X(STATUS_CALLBACK_RETURNED_WHILE_IMPERSONATING, 0xC0000710, NTIX_EISDIR,     \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_APC_RETURNED_WHILE_IMPERSONATING, 0xC0000711, NTIX_EISDIR,          \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_PROCESS_IS_PROTECTED, 0xC0000712, NTIX_EPERM,                       \
    ERROR_PROCESS_IS_PROTECTED, NULL)                                          \
  X(STATUS_CERTIFICATE_MAPPING_NOT_UNIQUE, 0xC0000714, NTIX_EACCES,            \
    ERROR_LOGON_FAILURE, NULL)                                                 \
  X(STATUS_SYMLINK_CLASS_DISABLED, 0xC0000715, NTIX_EACCES,                    \
    ERROR_SYMLINK_CLASS_DISABLED, NULL)                                        \
  X(STATUS_INVALID_IDN_NORMALIZATION, 0xC0000716, NTIX_ENOENT,                 \
    ERROR_INVALID_NAME, NULL)                                                  \
  X(STATUS_NO_UNICODE_TRANSLATION, 0xC0000717, NTIX_EILSEQ,                    \
    ERROR_NO_UNICODE_TRANSLATION, NULL)                                        \
  X(STATUS_ALREADY_REGISTERED, 0xC0000718, NTIX_EIO, ERROR_INTERNAL_ERROR,     \
    NULL)                                                                      \
  X(STATUS_CONTEXT_MISMATCH, 0xC0000719, NTIX_EIO, ERROR_INTERNAL_ERROR, NULL) \
  X(STATUS_PORT_ALREADY_HAS_COMPLETION_LIST, 0xC000071A, NTIX_EIO,             \
    ERROR_INTERNAL_ERROR, NULL)                                                \
  X(STATUS_CALLBACK_RETURNED_THREAD_PRIORITY, 0xC000071B, NTIX_EISDIR,         \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_INVALID_THREAD, 0xC000071C, NTIX_EINVAL, ERROR_INVALID_PARAMETER,   \
    NULL)                                                                      \
  X(STATUS_CALLBACK_RETURNED_TRANSACTION, 0xC000071D, NTIX_EISDIR,             \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_CALLBACK_RETURNED_LDR_LOCK, 0xC000071E, NTIX_EISDIR,                \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_CALLBACK_RETURNED_LANG, 0xC000071F, NTIX_EISDIR,                    \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_CALLBACK_RETURNED_PRI_BACK, 0xC0000720, NTIX_EISDIR,                \
    ERROR_INVALID_FUNCTION, NULL)                                              \
  X(STATUS_DS_DOMAIN_RENAME_IN_PROGRESS, 0xC0000801, NTIX_EUNKNOWN,            \
    ERROR_DS_DOMAIN_RENAME_IN_PROGRESS, NULL)                                  \
  X(STATUS_DISK_QUOTA_EXCEEDED, 0xC0000802, NTIX_EDQUOT,                       \
    ERROR_DISK_QUOTA_EXCEEDED, NULL)                                           \
  X(STATUS_FILE_CHECKED_OUT, 0xC0000901, NTIX_EACCES, ERROR_FILE_CHECKED_OUT,  \
    NULL)                                                                      \
  X(STATUS_CHECKOUT_REQUIRED, 0xC0000902, NTIX_EACCES,                         \
    ERROR_CHECKOUT_REQUIRED, NULL)                                             \
  X(STATUS_BAD_FILE_TYPE, 0xC0000903, NTIX_EUNKNOWN, ERROR_BAD_FILE_TYPE,      \
    NULL)                                                                      \
  X(STATUS_FILE_TOO_LARGE, 0xC0000904, NTIX_EFBIG, ERROR_FILE_TOO_LARGE, NULL) \
  X(STATUS_FORMS_AUTH_REQUIRED, 0xC0000905, NTIX_EUNKNOWN,                     \
    ERROR_FORMS_AUTH_REQUIRED, NULL)                                           \
  X(STATUS_WOW_ASSERTION, 0xC0009898, NTIX_EUNKNOWN, ERROR_WOW_ASSERTION,      \
    NULL)                                                                      \
  X(STATUS_IPSEC_QUEUE_OVERFLOW, 0xC000A010, NTIX_EOVERFLOW, ERROR_MORE_DATA,  \
    "Windows 10 maps it to ERROR_MORE_DATA (the table wepoll generated "       \
    "from its RtlNtStatusToDosError, src/error-map.h of 2017); Wine 10.0 "     \
    "agrees.")                                                                 \
  X(STATUS_ND_QUEUE_OVERFLOW, 0xC000A011, NTIX_EOVERFLOW, ERROR_MORE_DATA,     \
    "Windows 10 maps it to ERROR_MORE_DATA (the table wepoll generated "       \
    "from its RtlNtStatusToDosError, src/error-map.h of 2017); Wine 10.0 "     \
    "agrees.")                                                                 \
  X(STATUS_HOPLIMIT_EXCEEDED, 0xC000A012, NTIX_EHOSTUNREACH,                   \
    ERROR_HOST_UNREACHABLE,                                                    \
    "Windows 10 maps it to ERROR_HOST_UNREACHABLE (the table wepoll "          \
    "generated from its RtlNtStatusToDosError, src/error-map.h of 2017); "     \
    "Wine 10.0 agrees.")                                                       \
  X(STATUS_PROTOCOL_NOT_SUPPORTED, 0xC000A013, NTIX_EOPNOTSUPP,                \
    ERROR_NOT_SUPPORTED,                                                       \
    "Windows 10 maps it to ERROR_NOT_SUPPORTED (the table wepoll "             \
    "generated from its RtlNtStatusToDosError, src/error-map.h of 2017); "     \
    "Wine 10.0 agrees.")                                                       \
  X(STATUS_LOST_WRITEBEHIND_DATA_NETWORK_DISCONNECTED, 0xC000A080,             \
    NTIX_EUNKNOWN, ERROR_LOST_WRITEBEHIND_DATA_NETWORK_DISCONNECTED, NULL)     \
  X(STATUS_LOST_WRITEBEHIND_DATA_NETWORK_SERVER_ERROR, 0xC000A081,             \
    NTIX_EUNKNOWN, ERROR_LOST_WRITEBEHIND_DATA_NETWORK_SERVER_ERROR, NULL)     \
  X(STATUS_LOST_WRITEBEHIND_DATA_LOCAL_DISK_ERROR, 0xC000A082, NTIX_EUNKNOWN,  \
    ERROR_LOST_WRITEBEHIND_DATA_LOCAL_DISK_ERROR, NULL)                        \
  X(STATUS_XML_PARSE_ERROR, 0xC000A083, NTIX_EUNKNOWN, ERROR_XML_PARSE_ERROR,  \
    NULL)                                                                      \
  X(STATUS_XMLDSIG_ERROR, 0xC000A084, NTIX_EUNKNOWN, ERROR_XMLDSIG_ERROR,      \
    NULL)                                                                      \
  X(STATUS_WRONG_COMPARTMENT, 0xC000A085, NTIX_EUNKNOWN,                       \
    ERROR_WRONG_COMPARTMENT, NULL)                                             \
  X(STATUS_AUTHIP_FAILURE, 0xC000A086, NTIX_EUNKNOWN, ERROR_AUTHIP_FAILURE,    \
    NULL)                                                                      \
  X(STATUS_DS_OID_MAPPED_GROUP_CANT_HAVE_MEMBERS, 0xC000A087, NTIX_EUNKNOWN,   \
    ERROR_DS_OID_MAPPED_GROUP_CANT_HAVE_MEMBERS, NULL)                         \
  X(STATUS_DS_OID_NOT_FOUND, 0xC000A088, NTIX_EUNKNOWN,                        \
    ERROR_DS_OID_NOT_FOUND, NULL)                                              \
  X(STATUS_HASH_NOT_SUPPORTED, 0xC000A100, NTIX_EUNKNOWN,                      \
    ERROR_HASH_NOT_SUPPORTED, NULL)                                            \
  X(STATUS_HASH_NOT_PRESENT, 0xC000A101, NTIX_EUNKNOWN,                        \
    ERROR_HASH_NOT_PRESENT, NULL)                                              \
  /* end of NTIX_NTSTATUS_LIST */

/* err-ntstatus-hi.h: the NTSTATUS rows from 0xC0000100 on, in ascending
 * order, as err-ntstatus.h's (which includes this file and says what the
 * columns mean). */
#define NTIX_NTSTATUS_LIST_HI(X)                                               \
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
  /* end of NTIX_NTSTATUS_LIST_HI */

/* nt.h: the NT declarations the Windows backend needs and mingw-w64's
 * <winternl.h> lacks: ntdll prototypes (file, directory, volume, memory,
 * time, I/O completion, named pipes), information classes and structures,
 * flags and NTSTATUS values.  Facts from the documented NT interfaces
 * (phnt, ReactOS, Wine headers); never mix with <ddk/ntifs.h>.
 *
 * Sections: 1 headers and statuses, 2 object and process, 3 files,
 * 4 volumes and devices, 5 directories, 6 memory, 7 time, 8 I/O completion,
 * 9 named pipes, 10 Rtl helpers, 11 open section for pipe/mem/time,
 * 12 processes, jobs, named sections and the environment,
 * 13 metadata (reparse points, drive letters, volume facts).
 */
#ifndef NTIX_NT_H
#define NTIX_NT_H

/* ---- 1. headers and statuses -------------------------------------------- */

/* <winnt.h> defines a few STATUS_* values as DWORD; <ntstatus.h> has all
 * of them as NTSTATUS.  WIN32_NO_STATUS keeps the DWORD ones out when
 * nt.h comes first; when <windows.h> came earlier, <ntstatus.h> (a system
 * header) silently redefines them with the NTSTATUS type. */
#define WIN32_NO_STATUS
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
#include <winternl.h>

#ifndef NT_SUCCESS
#define NT_SUCCESS(st) ((NTSTATUS)(st) >= 0)
#endif

/* ---- 2. object and process ---------------------------------------------- */

#define NTIX__CURRENT_PROCESS ((HANDLE)(LONG_PTR)-1)
#ifndef NtCurrentProcess
#define NtCurrentProcess() NTIX__CURRENT_PROCESS
#endif

#ifndef DUPLICATE_SAME_ATTRIBUTES
#define DUPLICATE_SAME_ATTRIBUTES 0x00000004
#endif

NTSTATUS NTAPI NtDuplicateObject(HANDLE SourceProcessHandle,
                                 HANDLE SourceHandle,
                                 HANDLE TargetProcessHandle,
                                 PHANDLE TargetHandle,
                                 ACCESS_MASK DesiredAccess,
                                 ULONG HandleAttributes,
                                 ULONG Options);

/* The real layout of RTL_USER_PROCESS_PARAMETERS up to the current
 * directory; <winternl.h> hides these fields in Reserved arrays. */
typedef struct ntix__curdir {
  UNICODE_STRING DosPath;
  HANDLE Handle;
} ntix__curdir_t;

typedef struct ntix__process_params {
  ULONG MaximumLength;
  ULONG Length;
  ULONG Flags;
  ULONG DebugFlags;
  HANDLE ConsoleHandle;
  ULONG ConsoleFlags;
  HANDLE StandardInput;
  HANDLE StandardOutput;
  HANDLE StandardError;
  ntix__curdir_t CurrentDirectory;
  UNICODE_STRING DllPath;
  UNICODE_STRING ImagePathName;
  UNICODE_STRING CommandLine;
  PVOID Environment; /* NUL-separated UTF-16, ends with an empty string */
} ntix__process_params_t;

/* RtlGetCurrentPeb rather than NtCurrentTeb(): GCC 12 and later warn about
 * mingw's inline gs-relative read as an out-of-bounds access. */
PPEB NTAPI RtlGetCurrentPeb(void);

static inline ntix__process_params_t *
ntix__peb_params(void) {
  return (ntix__process_params_t *)RtlGetCurrentPeb()->ProcessParameters;
}

/* ---- 3. files ------------------------------------------------------------ */

NTSTATUS NTAPI NtReadFile(HANDLE FileHandle,
                          HANDLE Event,
                          PIO_APC_ROUTINE ApcRoutine,
                          PVOID ApcContext,
                          PIO_STATUS_BLOCK IoStatusBlock,
                          PVOID Buffer,
                          ULONG Length,
                          PLARGE_INTEGER ByteOffset,
                          PULONG Key);
NTSTATUS NTAPI NtWriteFile(HANDLE FileHandle,
                           HANDLE Event,
                           PIO_APC_ROUTINE ApcRoutine,
                           PVOID ApcContext,
                           PIO_STATUS_BLOCK IoStatusBlock,
                           PVOID Buffer,
                           ULONG Length,
                           PLARGE_INTEGER ByteOffset,
                           PULONG Key);
NTSTATUS NTAPI NtFlushBuffersFile(HANDLE FileHandle,
                                  PIO_STATUS_BLOCK IoStatusBlock);
NTSTATUS NTAPI NtQueryAttributesFile(POBJECT_ATTRIBUTES ObjectAttributes,
                                     PFILE_BASIC_INFORMATION FileInformation);

/* ByteOffset values for NtWriteFile: append atomically at the end, or use
 * the handle's current position. */
#define NTIX__FILE_WRITE_TO_END_OF_FILE 0xffffffffUL
#define NTIX__FILE_USE_FILE_POINTER_POSITION 0xfffffffeUL

/* Information classes past the end of mingw's FILE_INFORMATION_CLASS. */
#define FileIoCompletionNotificationInformation ((FILE_INFORMATION_CLASS)41)
#define FileReplaceCompletionInformation ((FILE_INFORMATION_CLASS)61)
#define FileDispositionInformationEx ((FILE_INFORMATION_CLASS)64)
#define FileRenameInformationEx ((FILE_INFORMATION_CLASS)65)

/* FileDispositionInformationEx (Windows 10 1607+; Wine 8.0 says
 * STATUS_NOT_IMPLEMENTED). */
typedef struct ntix__file_disposition_ex {
  ULONG Flags;
} ntix__file_disposition_ex_t;

#define FILE_DISPOSITION_DO_NOT_DELETE 0x00000000
#define FILE_DISPOSITION_DELETE 0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS 0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK 0x00000004
#define FILE_DISPOSITION_ON_CLOSE 0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE 0x00000010

/* FileRenameInformationEx (Windows 10 1709+): FILE_RENAME_INFORMATION with
 * a flags word where ReplaceIfExists was. */
typedef struct ntix__file_rename_ex {
  ULONG Flags;
  HANDLE RootDirectory;
  ULONG FileNameLength;
  WCHAR FileName[1];
} ntix__file_rename_ex_t;

#define FILE_RENAME_REPLACE_IF_EXISTS 0x00000001
#define FILE_RENAME_POSIX_SEMANTICS 0x00000002
#define FILE_RENAME_SUPPRESS_PIN_STATE_INHERITANCE 0x00000004
#define FILE_RENAME_SUPPRESS_STORAGE_RESERVE_INHERITANCE 0x00000008
#define FILE_RENAME_NO_INCREASE_AVAILABLE_SPACE 0x00000010
#define FILE_RENAME_NO_DECREASE_AVAILABLE_SPACE 0x00000020
#define FILE_RENAME_IGNORE_READONLY_ATTRIBUTE 0x00000040

/* ---- 4. volumes and devices --------------------------------------------- */

/* FILE_FS_DEVICE_INFORMATION.DeviceType values (<winioctl.h>, which
 * WIN32_LEAN_AND_MEAN leaves out). */
#ifndef FILE_DEVICE_CD_ROM
#define FILE_DEVICE_CD_ROM 0x00000002
#endif
#ifndef FILE_DEVICE_CD_ROM_FILE_SYSTEM
#define FILE_DEVICE_CD_ROM_FILE_SYSTEM 0x00000003
#endif
#ifndef FILE_DEVICE_DISK
#define FILE_DEVICE_DISK 0x00000007
#endif
#ifndef FILE_DEVICE_DISK_FILE_SYSTEM
#define FILE_DEVICE_DISK_FILE_SYSTEM 0x00000008
#endif
#ifndef FILE_DEVICE_NAMED_PIPE
#define FILE_DEVICE_NAMED_PIPE 0x00000011
#endif
#ifndef FILE_DEVICE_NETWORK
#define FILE_DEVICE_NETWORK 0x00000012
#endif
#ifndef FILE_DEVICE_NETWORK_FILE_SYSTEM
#define FILE_DEVICE_NETWORK_FILE_SYSTEM 0x00000014
#endif
#ifndef FILE_DEVICE_NULL
#define FILE_DEVICE_NULL 0x00000015
#endif
#ifndef FILE_DEVICE_SERIAL_PORT
#define FILE_DEVICE_SERIAL_PORT 0x0000001b
#endif
#ifndef FILE_DEVICE_UNKNOWN
#define FILE_DEVICE_UNKNOWN 0x00000022
#endif
#ifndef FILE_DEVICE_CONSOLE
#define FILE_DEVICE_CONSOLE 0x00000050
#endif

/* ---- 5. directories ------------------------------------------------------ */

NTSTATUS NTAPI NtQueryDirectoryFile(HANDLE FileHandle,
                                    HANDLE Event,
                                    PIO_APC_ROUTINE ApcRoutine,
                                    PVOID ApcContext,
                                    PIO_STATUS_BLOCK IoStatusBlock,
                                    PVOID FileInformation,
                                    ULONG Length,
                                    FILE_INFORMATION_CLASS FileInformationClass,
                                    BOOLEAN ReturnSingleEntry,
                                    PUNICODE_STRING FileName,
                                    BOOLEAN RestartScan);

/* ---- 6. memory ----------------------------------------------------------- */

typedef enum ntix__memory_info_class {
  MemoryBasicInformation = 0
} ntix__memory_info_class_t;

NTSTATUS NTAPI NtAllocateVirtualMemory(HANDLE ProcessHandle,
                                       PVOID *BaseAddress,
                                       ULONG_PTR ZeroBits,
                                       PSIZE_T RegionSize,
                                       ULONG AllocationType,
                                       ULONG Protect);
NTSTATUS NTAPI NtFreeVirtualMemory(HANDLE ProcessHandle,
                                   PVOID *BaseAddress,
                                   PSIZE_T RegionSize,
                                   ULONG FreeType);
NTSTATUS NTAPI NtProtectVirtualMemory(HANDLE ProcessHandle,
                                      PVOID *BaseAddress,
                                      PSIZE_T RegionSize,
                                      ULONG NewProtect,
                                      PULONG OldProtect);
NTSTATUS NTAPI NtQueryVirtualMemory(HANDLE ProcessHandle,
                                    PVOID BaseAddress,
                                    ntix__memory_info_class_t InfoClass,
                                    PVOID MemoryInformation,
                                    SIZE_T MemoryInformationLength,
                                    PSIZE_T ReturnLength);

/* ---- 7. time ------------------------------------------------------------- */

NTSTATUS NTAPI NtQueryPerformanceCounter(PLARGE_INTEGER PerformanceCounter,
                                         PLARGE_INTEGER PerformanceFrequency);
NTSTATUS NTAPI NtDelayExecution(BOOLEAN Alertable,
                                PLARGE_INTEGER DelayInterval);

/* ---- 8. I/O completion ports --------------------------------------------- */

#ifndef IO_COMPLETION_ALL_ACCESS
#define IO_COMPLETION_ALL_ACCESS 0x001F0003
#endif

typedef struct ntix__file_completion_info {
  HANDLE Port;
  PVOID Key;
} ntix__file_completion_info_t;

/* Same size and order as OVERLAPPED_ENTRY. */
typedef struct ntix__file_io_completion_info {
  PVOID KeyContext;
  PVOID ApcContext;
  IO_STATUS_BLOCK IoStatusBlock;
} ntix__file_io_completion_info_t;

NTSTATUS NTAPI NtCreateIoCompletion(PHANDLE IoCompletionHandle,
                                    ACCESS_MASK DesiredAccess,
                                    POBJECT_ATTRIBUTES ObjectAttributes,
                                    ULONG NumberOfConcurrentThreads);
NTSTATUS NTAPI
NtRemoveIoCompletionEx(HANDLE IoCompletionHandle,
                       ntix__file_io_completion_info_t *Information,
                       ULONG Count,
                       PULONG Removed,
                       PLARGE_INTEGER Timeout,
                       BOOLEAN Alertable);
NTSTATUS NTAPI NtSetIoCompletion(HANDLE IoCompletionHandle,
                                 PVOID KeyContext,
                                 PVOID ApcContext,
                                 NTSTATUS IoStatus,
                                 ULONG_PTR IoStatusInformation);
NTSTATUS NTAPI NtCancelIoFileEx(HANDLE FileHandle,
                                PIO_STATUS_BLOCK IoRequestToCancel,
                                PIO_STATUS_BLOCK IoStatusBlock);

/* ---- 9. named pipes ------------------------------------------------------ */

#ifndef FILE_PIPE_BYTE_STREAM_TYPE
#define FILE_PIPE_BYTE_STREAM_TYPE 0x00000000
#define FILE_PIPE_MESSAGE_TYPE 0x00000001
#define FILE_PIPE_REJECT_REMOTE_CLIENTS 0x00000002
#define FILE_PIPE_BYTE_STREAM_MODE 0x00000000
#define FILE_PIPE_MESSAGE_MODE 0x00000001
#define FILE_PIPE_QUEUE_OPERATION 0x00000000
#define FILE_PIPE_COMPLETE_OPERATION 0x00000001
#endif

NTSTATUS NTAPI NtCreateNamedPipeFile(PHANDLE FileHandle,
                                     ULONG DesiredAccess,
                                     POBJECT_ATTRIBUTES ObjectAttributes,
                                     PIO_STATUS_BLOCK IoStatusBlock,
                                     ULONG ShareAccess,
                                     ULONG CreateDisposition,
                                     ULONG CreateOptions,
                                     ULONG NamedPipeType,
                                     ULONG ReadMode,
                                     ULONG CompletionMode,
                                     ULONG MaximumInstances,
                                     ULONG InboundQuota,
                                     ULONG OutboundQuota,
                                     PLARGE_INTEGER DefaultTimeout);

/* ---- 10. Rtl helpers ----------------------------------------------------- */

ULONG NTAPI RtlGetCurrentDirectory_U(ULONG BufferLength, PWSTR Buffer);
NTSTATUS NTAPI RtlSetCurrentDirectory_U(PUNICODE_STRING Path);

VOID NTAPI RtlAcquireSRWLockExclusive(PRTL_SRWLOCK Lock);
VOID NTAPI RtlAcquireSRWLockShared(PRTL_SRWLOCK Lock);
VOID NTAPI RtlReleaseSRWLockExclusive(PRTL_SRWLOCK Lock);
VOID NTAPI RtlReleaseSRWLockShared(PRTL_SRWLOCK Lock);

/* ---- 11. pipe, memory and time additions --------------------------------- */

/* time.c: the performance counter read in user mode where the kernel
 * allows it (Windows 7+), and the interpolated system time (Windows 8+). */
BOOLEAN NTAPI RtlQueryPerformanceCounter(PLARGE_INTEGER PerformanceCounter);
BOOLEAN NTAPI RtlQueryPerformanceFrequency(PLARGE_INTEGER Frequency);
LONGLONG NTAPI RtlGetSystemTimePrecise(VOID);

/* mem.c */
NTSTATUS NTAPI NtFlushInstructionCache(HANDLE ProcessHandle,
                                       PVOID BaseAddress,
                                       SIZE_T Length);

/* pipe.c: events to wait for overlapped pipe I/O, and the per-end pipe
 * modes (FilePipeInformation, class 23). */
typedef enum ntix__event_type {
  NtixNotificationEvent = 0,
  NtixSynchronizationEvent = 1
} ntix__event_type_t;

NTSTATUS NTAPI NtCreateEvent(PHANDLE EventHandle,
                             ACCESS_MASK DesiredAccess,
                             POBJECT_ATTRIBUTES ObjectAttributes,
                             ntix__event_type_t EventType,
                             BOOLEAN InitialState);

typedef struct ntix__file_pipe_info {
  ULONG ReadMode;
  ULONG CompletionMode;
} ntix__file_pipe_info_t;

/* ---- AFD poll and completion ports (poll.c, poll-io.c) ------------------- */

/* IOCTL_AFD_POLL: FILE_DEVICE_NETWORK << 12 | function 9 << 2 |
 * METHOD_BUFFERED, sent to a \Device\Afd handle. */
#define NTIX__IOCTL_AFD_POLL 0x00012024

#define NTIX__AFD_POLL_RECEIVE 0x0001
#define NTIX__AFD_POLL_RECEIVE_EXPEDITED 0x0002
#define NTIX__AFD_POLL_SEND 0x0004
#define NTIX__AFD_POLL_DISCONNECT 0x0008
#define NTIX__AFD_POLL_ABORT 0x0010
#define NTIX__AFD_POLL_LOCAL_CLOSE 0x0020
#define NTIX__AFD_POLL_CONNECT 0x0040
#define NTIX__AFD_POLL_ACCEPT 0x0080
#define NTIX__AFD_POLL_CONNECT_FAIL 0x0100

/* One socket of a poll: the base socket handle, the wanted events in and
 * the signalled ones out, and the socket's status (e.g. the connect
 * error with CONNECT_FAIL). */
typedef struct ntix__afd_poll_handle_info {
  HANDLE Handle;
  ULONG Events;
  NTSTATUS Status;
} ntix__afd_poll_handle_info_t;

/* Exclusive is a ULONG (32 bytes in all with one handle on x64), which is
 * what Windows and Wine accept; ReactOS's ULONG_PTR would shift Handles. */
typedef struct ntix__afd_poll_info {
  LARGE_INTEGER Timeout; /* INT64_MAX: no timeout */
  ULONG NumberOfHandles; /* in: the count; out: the signalled entries */
  ULONG Exclusive;
  ntix__afd_poll_handle_info_t Handles[1];
} ntix__afd_poll_info_t;

/* FileIoCompletionNotificationInformation flags. */
#ifndef FILE_SKIP_SET_EVENT_ON_HANDLE
#define FILE_SKIP_SET_EVENT_ON_HANDLE 0x2
#endif

/* FilePipeLocalInformation.NamedPipeState: the other end is gone. */
#ifndef FILE_PIPE_CLOSING_STATE
#define FILE_PIPE_CLOSING_STATE 0x00000004
#endif

/* ---- AFD and sockets (socket*.c, afd.c) --------------------------------- */

/* AFD device controls: FILE_DEVICE_NETWORK << 12 | function << 2 |
 * METHOD_NEITHER.  Function 0 binds, 2 starts listening (the numbering of
 * ReactOS's afd/shared.h and Wine's wine/afd.h). */
#define NTIX__IOCTL_AFD_BIND 0x00012003
#define NTIX__IOCTL_AFD_LISTEN 0x0001200b

/* The first ULONG of the bind input: how the address may be shared.
 * mswsock passes EXCLUSIVE for SO_EXCLUSIVEADDRUSE sockets, WILDCARD for
 * a wildcard address, REUSE for SO_REUSEADDR and UNIQUE otherwise. */
#define NTIX__AFD_SHARE_UNIQUE 0
#define NTIX__AFD_SHARE_REUSE 1
#define NTIX__AFD_SHARE_WILDCARD 2
#define NTIX__AFD_SHARE_EXCLUSIVE 3

/* IOCTL_AFD_LISTEN input: the backlog between two words mswsock sets to
 * zero (the first is a "use SAN" flag on Windows). */
typedef struct ntix__afd_listen_info {
  ULONG Reserved1;
  ULONG Backlog;
  ULONG Reserved2;
} ntix__afd_listen_info_t;

/* NtSetInformationObject(ObjectHandleFlagInformation): makes a handle
 * inheritable or not after the fact (accepted sockets). */
#define NTIX__OBJECT_HANDLE_FLAG_INFORMATION ((OBJECT_INFORMATION_CLASS)4)

typedef struct ntix__object_handle_flag_info {
  BOOLEAN Inherit;
  BOOLEAN ProtectFromClose;
} ntix__object_handle_flag_info_t;

NTSTATUS NTAPI NtSetInformationObject(HANDLE Handle,
                                      OBJECT_INFORMATION_CLASS InfoClass,
                                      PVOID Information,
                                      ULONG Length);

/* ---- 12. processes, jobs, named sections and the environment ---------- */

NTSTATUS NTAPI NtOpenProcess(PHANDLE ProcessHandle,
                             ACCESS_MASK DesiredAccess,
                             POBJECT_ATTRIBUTES ObjectAttributes,
                             CLIENT_ID *ClientId);
NTSTATUS NTAPI NtTerminateProcess(HANDLE ProcessHandle, NTSTATUS ExitStatus);

/* Jobs: a process's exit reaches a completion port as a job message. */
NTSTATUS NTAPI NtCreateJobObject(PHANDLE JobHandle,
                                 ACCESS_MASK DesiredAccess,
                                 POBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS NTAPI NtAssignProcessToJobObject(HANDLE JobHandle,
                                          HANDLE ProcessHandle);
NTSTATUS NTAPI NtSetInformationJobObject(HANDLE JobHandle,
                                         JOBOBJECTINFOCLASS InfoClass,
                                         PVOID Information,
                                         ULONG Length);
/* The message a job posts when a process in it exits (Information of the
 * packet; ApcContext is the pid). */
#define NTIX__JOB_MSG_EXIT_PROCESS 7
#define NTIX__JOB_MSG_ABNORMAL_EXIT_PROCESS 8

/* Named sections in the session's object directory. */
NTSTATUS NTAPI NtOpenDirectoryObject(PHANDLE DirectoryHandle,
                                     ACCESS_MASK DesiredAccess,
                                     POBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS NTAPI NtCreateSection(PHANDLE SectionHandle,
                               ACCESS_MASK DesiredAccess,
                               POBJECT_ATTRIBUTES ObjectAttributes,
                               PLARGE_INTEGER MaximumSize,
                               ULONG SectionPageProtection,
                               ULONG AllocationAttributes,
                               HANDLE FileHandle);
NTSTATUS NTAPI NtOpenSection(PHANDLE SectionHandle,
                             ACCESS_MASK DesiredAccess,
                             POBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS NTAPI NtMapViewOfSection(HANDLE SectionHandle,
                                  HANDLE ProcessHandle,
                                  PVOID *BaseAddress,
                                  ULONG_PTR ZeroBits,
                                  SIZE_T CommitSize,
                                  PLARGE_INTEGER SectionOffset,
                                  PSIZE_T ViewSize,
                                  ULONG InheritDisposition,
                                  ULONG AllocationType,
                                  ULONG Win32Protect);
NTSTATUS NTAPI NtUnmapViewOfSection(HANDLE ProcessHandle, PVOID BaseAddress);
#define NTIX__VIEW_UNMAP 2
#define NTIX__DIRECTORY_TRAVERSE 0x0002
#define NTIX__DIRECTORY_CREATE_OBJECT 0x0004

/* The environment of the process (PEB), guarded by the PEB lock. */
NTSTATUS NTAPI RtlQueryEnvironmentVariable_U(PVOID Environment,
                                             PUNICODE_STRING Name,
                                             PUNICODE_STRING Value);
NTSTATUS NTAPI RtlSetEnvironmentVariable(PVOID *Environment,
                                         PUNICODE_STRING Name,
                                         PUNICODE_STRING Value);
VOID NTAPI RtlAcquirePebLock(VOID);
VOID NTAPI RtlReleasePebLock(VOID);

/* KUSER_SHARED_DATA, mapped at the same address in every process: the
 * Windows directory ("C:\Windows") at offset 0x30. */
#define NTIX__USER_SHARED_DATA ((const BYTE *)(ULONG_PTR)0x7FFE0000)
#define NTIX__NT_SYSTEM_ROOT ((const WCHAR *)(NTIX__USER_SHARED_DATA + 0x30))

/* The PEB's SessionId (x64). */
#define NTIX__PEB_SESSION_ID(peb) \
  (*(const ULONG *)((const BYTE *)(peb) + 0x2C0))

/* ---- 13. metadata: permissions, links, volumes (perm.c, link.c, fsinfo.c) */

/* Attributes FileBasicInformation may set (the others NT keeps itself). */
#define NTIX__ATTR_SETTABLE                                                    \
  (FILE_ATTRIBUTE_READONLY | FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM |   \
   FILE_ATTRIBUTE_ARCHIVE | FILE_ATTRIBUTE_NORMAL | FILE_ATTRIBUTE_TEMPORARY | \
   FILE_ATTRIBUTE_OFFLINE | FILE_ATTRIBUTE_NOT_CONTENT_INDEXED)

/* Reparse points (<winioctl.h>, which WIN32_LEAN_AND_MEAN leaves out, and
 * the layout of <ddk/ntifs.h>'s REPARSE_DATA_BUFFER). */
#define NTIX__FSCTL_SET_REPARSE_POINT 0x000900A4
#define NTIX__FSCTL_GET_REPARSE_POINT 0x000900A8
#define NTIX__REPARSE_MAX (16 * 1024)
#define NTIX__SYMLINK_FLAG_RELATIVE 1
typedef struct ntix__reparse_data {
  ULONG ReparseTag;
  USHORT ReparseDataLength; /* bytes after this header (8 bytes) */
  USHORT Reserved;
  USHORT SubstituteNameOffset; /* bytes into PathBuffer */
  USHORT SubstituteNameLength;
  USHORT PrintNameOffset;
  USHORT PrintNameLength;
  /* Symbolic links have a ULONG Flags here, junctions (mount points) go
   * on with PathBuffer. */
  ULONG Flags;
  WCHAR PathBuffer[1];
} ntix__reparse_data_t;
/* Where a junction's PathBuffer starts (it has no Flags). */
#define NTIX__MOUNT_POINT_PATH_OFFSET 16
#define NTIX__SYMLINK_PATH_OFFSET 20
/* NtFsControlFile itself is in <winternl.h>. */

/* Drive letters: \??\C: is a symbolic link object naming the volume's
 * device (realpath maps device names back to letters). */
NTSTATUS NTAPI NtOpenSymbolicLinkObject(PHANDLE LinkHandle,
                                        ACCESS_MASK DesiredAccess,
                                        POBJECT_ATTRIBUTES ObjectAttributes);
NTSTATUS NTAPI NtQuerySymbolicLinkObject(HANDLE LinkHandle,
                                         PUNICODE_STRING LinkTarget,
                                         PULONG ReturnedLength);
#define NTIX__SYMBOLIC_LINK_QUERY 0x0001

/* Volume information (FileFsFullSizeInformation, FileFsAttributeInformation:
 * mingw names the classes but not the structures). */
typedef struct ntix__fs_full_size {
  LARGE_INTEGER TotalAllocationUnits;
  LARGE_INTEGER CallerAvailableAllocationUnits;
  LARGE_INTEGER ActualAvailableAllocationUnits;
  ULONG SectorsPerAllocationUnit;
  ULONG BytesPerSector;
} ntix__fs_full_size_t;
typedef struct ntix__fs_attribute {
  ULONG FileSystemAttributes;
  LONG MaximumComponentNameLength;
  ULONG FileSystemNameLength;
  WCHAR FileSystemName[1];
} ntix__fs_attribute_t;

#endif /* NTIX_NT_H */

/* nt-file.h: NT declarations for byte-range locks, sections (file
 * mapping) and directory change notification, which mingw-w64's
 * <winternl.h> lacks.  Facts from the documented NT interfaces (phnt,
 * ReactOS and Wine headers).  Included after nt.h.
 */
#ifndef NTIX_NT_FILE_H
#define NTIX_NT_FILE_H

#include "nt.h"

/* ---- byte-range locks ---------------------------------------------------- */

NTSTATUS NTAPI NtLockFile(HANDLE FileHandle,
                          HANDLE Event,
                          PIO_APC_ROUTINE ApcRoutine,
                          PVOID ApcContext,
                          PIO_STATUS_BLOCK IoStatusBlock,
                          PLARGE_INTEGER ByteOffset,
                          PLARGE_INTEGER Length,
                          PULONG Key,
                          BOOLEAN FailImmediately,
                          BOOLEAN ExclusiveLock);
NTSTATUS NTAPI NtUnlockFile(HANDLE FileHandle,
                            PIO_STATUS_BLOCK IoStatusBlock,
                            PLARGE_INTEGER ByteOffset,
                            PLARGE_INTEGER Length,
                            PULONG Key);

/* ---- sections ------------------------------------------------------------ */

#ifndef SEC_COMMIT
#define SEC_COMMIT 0x08000000
#endif

/* NtCreateSection, NtMapViewOfSection and NTIX__VIEW_UNMAP are in nt.h. */
NTSTATUS NTAPI NtFlushVirtualMemory(HANDLE ProcessHandle,
                                    PVOID *BaseAddress,
                                    PSIZE_T RegionSize,
                                    PIO_STATUS_BLOCK IoStatus);

/* ---- directory change notification --------------------------------------- */

NTSTATUS NTAPI NtNotifyChangeDirectoryFile(HANDLE FileHandle,
                                           HANDLE Event,
                                           PIO_APC_ROUTINE ApcRoutine,
                                           PVOID ApcContext,
                                           PIO_STATUS_BLOCK IoStatusBlock,
                                           PVOID Buffer,
                                           ULONG Length,
                                           ULONG CompletionFilter,
                                           BOOLEAN WatchTree);

/* ---- waiting on several objects (pollfds.c) ------------------------------ */

typedef enum ntix__wait_type {
  NtixWaitAll = 0,
  NtixWaitAny = 1
} ntix__wait_type_t;

NTSTATUS NTAPI NtWaitForMultipleObjects(ULONG Count,
                                        HANDLE *Handles,
                                        ntix__wait_type_t WaitType,
                                        BOOLEAN Alertable,
                                        PLARGE_INTEGER Timeout);

#endif /* NTIX_NT_FILE_H */

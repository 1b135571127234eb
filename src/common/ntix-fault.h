/* ntix-fault.h: the fault-injection API of test builds (configure
 * --enable-fault-injection), for tests/check_fault.c; never installed.
 * The library exports these functions only in such builds.  See fault.c
 * for the design and the environment variables.
 */
#ifndef NTIX_FAULT_H
#define NTIX_FAULT_H

#include <stdint.h>

#include "ntix.h"

/* The failure a hook injected. */
typedef struct ntix_fault_info {
  ntix_native_kind_t kind; /* ERRNO (Linux), NTSTATUS, WIN32 or WSA */
  uint32_t status;         /* the native code the call "returned" */
  const char *name;        /* the native function (Windows), else NULL */
  long nr;                 /* the system call number (Linux) */
  const char *site;        /* "file.c:123", where the call is made */
} ntix_fault_info_t;

/* Restarts the count of native calls; the at-th from now (1-based) fails
 * with status (0: the kind's default: EIO, STATUS_IO_DEVICE_ERROR,
 * ERROR_IO_DEVICE, WSAENETDOWN).  at 0 only counts. */
NTIX_API void ntix_fault_arm(uint64_t at, uint32_t status);
/* No further call fails; the count goes on. */
NTIX_API void ntix_fault_disarm(void);
/* Native calls counted since the last ntix_fault_arm. */
NTIX_API uint64_t ntix_fault_count(void);
/* 1 (and *out, if not NULL) once the armed failure was injected, else 0. */
NTIX_API int ntix_fault_fired(ntix_fault_info_t *out);
/* Open native descriptors (Linux) or handles (Windows) of the process,
 * for leak checks; its own calls are not counted.  Windows reads the
 * system's handle list (NtQuerySystemInformation), or with probe set tries
 * each handle value with GetHandleInformation (Wine's GetProcessHandleCount
 * answers 0); Linux lists /proc/self/fd either way. */
NTIX_API int ntix_fault_handles(int probe);

#endif /* NTIX_FAULT_H */

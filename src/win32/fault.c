/* fault.c (Windows): the backend's part of fault injection (test builds
 * only, see src/common/fault.c and fault.h): how an injected failure
 * looks for Winsock and for releases, and the census of the process's
 * handles for leak checks (NtQuerySystemInformation's handle list, or
 * GetHandleInformation on each value).
 */
#include <stdlib.h>

#include "win32-int.h"

#if defined(NTIX_FAULT_INJECTION)

/* Handle values are multiples of 4; the probe stops after this many
 * invalid values in a row (NT hands out the lowest free value, and a test
 * process uses a few hundred handles). */
#define CENSUS_GAP 256

/* SystemExtendedHandleInformation's entries. */
#define NTIX__SYSTEM_EXTENDED_HANDLE_INFORMATION ((SYSTEM_INFORMATION_CLASS)64)

typedef struct ntix__handle_entry {
  PVOID object;
  ULONG_PTR pid;
  ULONG_PTR value;
  ULONG access;
  USHORT backtrace;
  USHORT type;
  ULONG attributes;
  ULONG reserved;
} ntix__handle_entry_t;

typedef struct ntix__handle_list {
  ULONG_PTR count;
  ULONG_PTR reserved;
  ntix__handle_entry_t handles[1];
} ntix__handle_list_t;

NTSTATUS
ntix__fault_nt_after(NTSTATUS st, const char *name, const char *site) {
  if (!ntix__fault_hit(NTIX_NATIVE_NTSTATUS, name, 0, site))
    return st;
  return (NTSTATUS)ntix__fault_status(NTIX_NATIVE_NTSTATUS);
}

int
ntix__fault_wsa_fail(void) {
  WSASetLastError((int)ntix__fault_status(NTIX_NATIVE_WSA));
  return SOCKET_ERROR;
}

BOOL
ntix__fault_win32_fail(void) {
  SetLastError(ntix__fault_status(NTIX_NATIVE_WIN32));
  return FALSE;
}

SOCKET
ntix__fault_wsa_socket(void) {
  ntix__fault_wsa_fail();
  return INVALID_SOCKET;
}

int
ntix__fault_wsa_after(int rc, const char *name, const char *site) {
  if (!ntix__fault_hit(NTIX_NATIVE_WSA, name, 0, site))
    return rc;
  return ntix__fault_wsa_fail();
}

/* The handles of this process in the system's handle list (one call;
 * Wine 8.0 has it), or -1. */
static int
census_list(void) {
  static void *buf;
  static ULONG size = 1 << 16;
  ntix__handle_list_t *list;
  ULONG_PTR pid = GetCurrentProcessId(), i;
  NTSTATUS st;
  int count = 0;

  for (;;) {
    if (buf == NULL && (buf = malloc(size)) == NULL)
      return -1;
    st = NtQuerySystemInformation(NTIX__SYSTEM_EXTENDED_HANDLE_INFORMATION, buf,
                                  size, NULL);
    if (st != STATUS_INFO_LENGTH_MISMATCH && st != STATUS_BUFFER_TOO_SMALL)
      break;
    free(buf);
    buf = NULL;
    size *= 2;
  }
  if (!NT_SUCCESS(st))
    return -1;
  list = buf;
  for (i = 0; i < list->count; i++) count += list->handles[i].pid == pid;
  return count;
}

/* Each handle value probed in turn: Wine's GetProcessHandleCount answers
 * 0.  Slow under Wine (a server call each), so only a cross-check. */
static int
census_probe(void) {
  uintptr_t v;
  DWORD flags;
  int count = 0, gap = 0;

  for (v = 4; gap < CENSUS_GAP; v += 4) {
    if (GetHandleInformation((HANDLE)v, &flags)) {
      count++;
      gap = 0;
    } else {
      gap++;
    }
  }
  return count;
}

int
ntix_fault_handles(int probe) {
  int n;

  ntix__fault_quiet++;
  n = probe ? -1 : census_list();
  if (n < 0)
    n = census_probe();
  ntix__fault_quiet--;
  return n;
}

#else

typedef int ntix__fault_unused_t;

#endif /* NTIX_FAULT_INJECTION */

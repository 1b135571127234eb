/* fault.c (Windows): the backend's part of fault injection (test builds
 * only, see src/common/fault.c and fault.h): how an injected failure
 * looks for Winsock and for releases, and the census of the process's
 * handles for leak checks.
 */
#include "win32-int.h"

#if defined(NTIX_FAULT_INJECTION)

/* Handle values are multiples of 4; the census stops after this many
 * invalid values in a row (a test process uses a few hundred handles). */
#define CENSUS_GAP 1024

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

int
ntix__fault_wsa_after(int rc, const char *name, const char *site) {
  if (!ntix__fault_hit(NTIX_NATIVE_WSA, name, 0, site))
    return rc;
  return ntix__fault_wsa_fail();
}

/* Wine's GetProcessHandleCount answers 0: each value is probed instead. */
int
ntix_fault_handles(void) {
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

#else

typedef int ntix__fault_unused_t;

#endif /* NTIX_FAULT_INJECTION */

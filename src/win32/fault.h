/* fault.h (Windows): the fault-injection hooks of test builds (configure
 * --enable-fault-injection; empty otherwise), included at the end of
 * win32-int.h so that every file of the backend gets them.  Each ntdll,
 * Winsock and kernel32 function the backend calls is redefined as a
 * function-like macro of its own name: the call site asks
 * src/common/fault.c whether this call is the one to fail and, if so,
 * returns the injected status the way the function reports failure,
 * without calling it.  Inside its own expansion a macro's name is not
 * expanded again, so the macro calls the real function.
 *
 * A function the backend starts to call must join one of the lists
 * below; tests/fault-imports.test fails the build's check when an object
 * of the library imports a function that is in neither.
 *
 * Not injected (the reason after each name; the test reads these lines):
 * never: NtWaitForSingleObject - waits for I/O in flight on the caller's stack
 * never: NtCancelIoFileEx - cancels I/O in flight; a failure would leave it
 * never: NtWaitForMultipleObjects - ntix_poll's wait for I/O in flight
 * never: WSAGetOverlappedResult - waits for I/O in flight on the stack
 * never: NtDelayExecution - a sleep
 * never: WSAGetLastError - reads the thread's error
 * never: WSASetLastError - sets the thread's error (the hooks use it)
 * never: RtlAcquireSRWLockExclusive - a lock
 * never: RtlAcquireSRWLockShared - a lock
 * never: RtlReleaseSRWLockExclusive - a lock
 * never: RtlReleaseSRWLockShared - a lock
 * never: RtlInitUnicodeString - fills a structure
 * never: RtlGetCurrentPeb - reads the PEB
 * never: RtlGetCurrentDirectory_U - copies a string, cannot fail
 * never: RtlQueryPerformanceCounter - reads a clock
 * never: RtlQueryPerformanceFrequency - reads a constant
 * never: RtlGetSystemTimePrecise - reads a clock
 * never: GetCurrentProcessId - reads the TEB
 * never: GetModuleHandleW - os.c, finds ntdll to ask for Wine's version
 * never: GetProcAddress - os.c, idem
 * never: GetHandleInformation - fault.c's handle census itself
 * never: GetLastError - reads the thread's error
 * never: SetLastError - sets the thread's error (the hooks use it)
 * never: RtlAcquirePebLock - a lock
 * never: RtlReleasePebLock - a lock
 * never: DeleteProcThreadAttributeList - frees a list, returns nothing
 * never: htonl - byte order
 * never: htons - byte order
 * never: ntohl - byte order
 * never: ntohs - byte order
 */
#ifndef NTIX_WIN32_FAULT_H
#define NTIX_WIN32_FAULT_H

#if defined(NTIX_FAULT_INJECTION)

/* Every header that declares these functions, first: after the macros a
 * prototype would be expanded too. */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <mswsock.h>

#define NTIX__FI_STR2(x) #x
#define NTIX__FI_STR(x) NTIX__FI_STR2(x)
#define NTIX__FI_SITE __FILE__ ":" NTIX__FI_STR(__LINE__)
#define NTIX__FI_HIT(kind, fn) ntix__fault_hit((kind), #fn, 0, NTIX__FI_SITE)

/* NTSTATUS functions: the status instead of the call. */
#define NTIX__FI_NT(fn, ...)                                \
  (NTIX__FI_HIT(NTIX_NATIVE_NTSTATUS, fn)                   \
       ? (NTSTATUS)ntix__fault_status(NTIX_NATIVE_NTSTATUS) \
       : fn(__VA_ARGS__))
/* Handle, memory and view releases are made, then reported failed: as a close,
 * a failure to release cannot be recovered, and a hook that skipped the
 * release would only leak by itself. */
#define NTIX__FI_NT_AFTER(fn, ...) \
  ntix__fault_nt_after(fn(__VA_ARGS__), #fn, NTIX__FI_SITE)
/* Winsock: SOCKET_ERROR (or INVALID_SOCKET for the calls that make a
 * socket) with WSASetLastError. */
#define NTIX__FI_WSA(fn, ...) \
  (NTIX__FI_HIT(NTIX_NATIVE_WSA, fn) ? ntix__fault_wsa_fail() : fn(__VA_ARGS__))
#define NTIX__FI_WSA_SOCKET(fn, ...)                            \
  (NTIX__FI_HIT(NTIX_NATIVE_WSA, fn) ? ntix__fault_wsa_socket() \
                                     : fn(__VA_ARGS__))
#define NTIX__FI_WSA_AFTER(fn, ...) \
  ntix__fault_wsa_after(fn(__VA_ARGS__), #fn, NTIX__FI_SITE)
/* kernel32: FALSE with SetLastError. */
#define NTIX__FI_K32(fn, ...)                                     \
  (NTIX__FI_HIT(NTIX_NATIVE_WIN32, fn) ? ntix__fault_win32_fail() \
                                       : fn(__VA_ARGS__))
/* WSAStartup returns its error. */
#define NTIX__FI_WSA_RET(fn, ...)                 \
  (NTIX__FI_HIT(NTIX_NATIVE_WSA, fn)              \
       ? (int)ntix__fault_status(NTIX_NATIVE_WSA) \
       : fn(__VA_ARGS__))

NTSTATUS ntix__fault_nt_after(NTSTATUS st, const char *name, const char *site);
int ntix__fault_wsa_fail(void);
BOOL ntix__fault_win32_fail(void);
SOCKET ntix__fault_wsa_socket(void);
int ntix__fault_wsa_after(int rc, const char *name, const char *site);

/* ntdll */
#define NtAllocateVirtualMemory(...) \
  NTIX__FI_NT(NtAllocateVirtualMemory, __VA_ARGS__)
#define NtAssignProcessToJobObject(...) \
  NTIX__FI_NT(NtAssignProcessToJobObject, __VA_ARGS__)
#define NtCreateJobObject(...) NTIX__FI_NT(NtCreateJobObject, __VA_ARGS__)
#define NtCreateSection(...) NTIX__FI_NT(NtCreateSection, __VA_ARGS__)
#define NtFsControlFile(...) NTIX__FI_NT(NtFsControlFile, __VA_ARGS__)
#define NtMapViewOfSection(...) NTIX__FI_NT(NtMapViewOfSection, __VA_ARGS__)
#define NtOpenProcess(...) NTIX__FI_NT(NtOpenProcess, __VA_ARGS__)
#define NtOpenSection(...) NTIX__FI_NT(NtOpenSection, __VA_ARGS__)
#define NtOpenSymbolicLinkObject(...) \
  NTIX__FI_NT(NtOpenSymbolicLinkObject, __VA_ARGS__)
#define NtQuerySymbolicLinkObject(...) \
  NTIX__FI_NT(NtQuerySymbolicLinkObject, __VA_ARGS__)
#define NtSetInformationJobObject(...) \
  NTIX__FI_NT(NtSetInformationJobObject, __VA_ARGS__)
#define NtTerminateProcess(...) NTIX__FI_NT(NtTerminateProcess, __VA_ARGS__)
#define NtUnmapViewOfSection(...) \
  NTIX__FI_NT_AFTER(NtUnmapViewOfSection, __VA_ARGS__)
#define RtlQueryEnvironmentVariable_U(...) \
  NTIX__FI_NT(RtlQueryEnvironmentVariable_U, __VA_ARGS__)
#define RtlSetEnvironmentVariable(...) \
  NTIX__FI_NT(RtlSetEnvironmentVariable, __VA_ARGS__)
#define NtClose(...) NTIX__FI_NT_AFTER(NtClose, __VA_ARGS__)
#define NtCreateEvent(...) NTIX__FI_NT(NtCreateEvent, __VA_ARGS__)
#define NtCreateFile(...) NTIX__FI_NT(NtCreateFile, __VA_ARGS__)
#define NtCreateIoCompletion(...) NTIX__FI_NT(NtCreateIoCompletion, __VA_ARGS__)
#define NtCreateNamedPipeFile(...) \
  NTIX__FI_NT(NtCreateNamedPipeFile, __VA_ARGS__)
#define NtDeviceIoControlFile(...) \
  NTIX__FI_NT(NtDeviceIoControlFile, __VA_ARGS__)
#define NtDuplicateObject(...) NTIX__FI_NT(NtDuplicateObject, __VA_ARGS__)
#define NtFlushBuffersFile(...) NTIX__FI_NT(NtFlushBuffersFile, __VA_ARGS__)
#define NtFlushInstructionCache(...) \
  NTIX__FI_NT(NtFlushInstructionCache, __VA_ARGS__)
#define NtFlushVirtualMemory(...) NTIX__FI_NT(NtFlushVirtualMemory, __VA_ARGS__)
#define NtFreeVirtualMemory(...) \
  NTIX__FI_NT_AFTER(NtFreeVirtualMemory, __VA_ARGS__)
#define NtLockFile(...) NTIX__FI_NT(NtLockFile, __VA_ARGS__)
#define NtNotifyChangeDirectoryFile(...) \
  NTIX__FI_NT(NtNotifyChangeDirectoryFile, __VA_ARGS__)
#define NtOpenFile(...) NTIX__FI_NT(NtOpenFile, __VA_ARGS__)
#define NtProtectVirtualMemory(...) \
  NTIX__FI_NT(NtProtectVirtualMemory, __VA_ARGS__)
#define NtQueryAttributesFile(...) \
  NTIX__FI_NT(NtQueryAttributesFile, __VA_ARGS__)
#define NtQueryDirectoryFile(...) NTIX__FI_NT(NtQueryDirectoryFile, __VA_ARGS__)
#define NtQueryInformationFile(...) \
  NTIX__FI_NT(NtQueryInformationFile, __VA_ARGS__)
#define NtQueryInformationProcess(...) \
  NTIX__FI_NT(NtQueryInformationProcess, __VA_ARGS__)
#define NtQueryObject(...) NTIX__FI_NT(NtQueryObject, __VA_ARGS__)
#define NtQuerySystemInformation(...) \
  NTIX__FI_NT(NtQuerySystemInformation, __VA_ARGS__)
#define NtQueryVirtualMemory(...) NTIX__FI_NT(NtQueryVirtualMemory, __VA_ARGS__)
#define NtQueryVolumeInformationFile(...) \
  NTIX__FI_NT(NtQueryVolumeInformationFile, __VA_ARGS__)
#define NtReadFile(...) NTIX__FI_NT(NtReadFile, __VA_ARGS__)
#define NtRemoveIoCompletionEx(...) \
  NTIX__FI_NT(NtRemoveIoCompletionEx, __VA_ARGS__)
#define NtSetInformationFile(...) NTIX__FI_NT(NtSetInformationFile, __VA_ARGS__)
#define NtSetInformationObject(...) \
  NTIX__FI_NT(NtSetInformationObject, __VA_ARGS__)
#define NtSetIoCompletion(...) NTIX__FI_NT(NtSetIoCompletion, __VA_ARGS__)
/* ntix_unlock's own call, on no cleanup path (a close drops the file
 * object's locks with it): failed like any operation, it leaves the lock
 * held, which unlocking again releases. */
#define NtUnlockFile(...) NTIX__FI_NT(NtUnlockFile, __VA_ARGS__)
#define NtWriteFile(...) NTIX__FI_NT(NtWriteFile, __VA_ARGS__)
#define RtlSetCurrentDirectory_U(...) \
  NTIX__FI_NT(RtlSetCurrentDirectory_U, __VA_ARGS__)

/* kernel32 */
#define CreateProcessW(...) NTIX__FI_K32(CreateProcessW, __VA_ARGS__)
#define InitializeProcThreadAttributeList(...) \
  NTIX__FI_K32(InitializeProcThreadAttributeList, __VA_ARGS__)
#define SetConsoleCtrlHandler(...) \
  NTIX__FI_K32(SetConsoleCtrlHandler, __VA_ARGS__)
#define UpdateProcThreadAttribute(...) \
  NTIX__FI_K32(UpdateProcThreadAttribute, __VA_ARGS__)

/* Winsock */
#define WSADuplicateSocketW(...) NTIX__FI_WSA(WSADuplicateSocketW, __VA_ARGS__)
#define WSAIoctl(...) NTIX__FI_WSA(WSAIoctl, __VA_ARGS__)
#define WSARecvFrom(...) NTIX__FI_WSA(WSARecvFrom, __VA_ARGS__)
#define WSASendTo(...) NTIX__FI_WSA(WSASendTo, __VA_ARGS__)
#define WSASocketW(...) NTIX__FI_WSA_SOCKET(WSASocketW, __VA_ARGS__)
#define WSAStartup(...) NTIX__FI_WSA_RET(WSAStartup, __VA_ARGS__)
#define accept(...) NTIX__FI_WSA_SOCKET(accept, __VA_ARGS__)
#define bind(...) NTIX__FI_WSA(bind, __VA_ARGS__)
#define closesocket(...) NTIX__FI_WSA_AFTER(closesocket, __VA_ARGS__)
#define connect(...) NTIX__FI_WSA(connect, __VA_ARGS__)
#define getpeername(...) NTIX__FI_WSA(getpeername, __VA_ARGS__)
#define getsockname(...) NTIX__FI_WSA(getsockname, __VA_ARGS__)
#define getsockopt(...) NTIX__FI_WSA(getsockopt, __VA_ARGS__)
#define ioctlsocket(...) NTIX__FI_WSA(ioctlsocket, __VA_ARGS__)
#define listen(...) NTIX__FI_WSA(listen, __VA_ARGS__)
#define recv(...) NTIX__FI_WSA(recv, __VA_ARGS__)
#define recvfrom(...) NTIX__FI_WSA(recvfrom, __VA_ARGS__)
#define send(...) NTIX__FI_WSA(send, __VA_ARGS__)
#define sendto(...) NTIX__FI_WSA(sendto, __VA_ARGS__)
#define setsockopt(...) NTIX__FI_WSA(setsockopt, __VA_ARGS__)
#define shutdown(...) NTIX__FI_WSA(shutdown, __VA_ARGS__)

#endif /* NTIX_FAULT_INJECTION */

#endif /* NTIX_WIN32_FAULT_H */

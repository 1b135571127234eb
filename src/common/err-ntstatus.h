/* err-ntstatus.h: NTSTATUS values, one X-macro row each, in ascending
 * (unsigned) value order:
 *   X(name, value, neutral NTIX_E* (0: not a failure), Win32 name, note)
 * The Win32 name is what RtlNtStatusToDosError returns for the status and
 * must be a row of err-win32.h.  This is data: src/common/err-tables.c and
 * doc/errors.md are built from it.
 */
#define NTIX_NTSTATUS_LIST(X) \
  X(STATUS_SUCCESS, 0x00000000, 0, ERROR_SUCCESS, NULL) \
  X(STATUS_INVALID_HANDLE, 0xC0000008, NTIX_EBADF, ERROR_INVALID_HANDLE, NULL) \
  X(STATUS_ACCESS_DENIED, 0xC0000022, NTIX_EACCES, ERROR_ACCESS_DENIED, NULL) \
  X(STATUS_OBJECT_NAME_NOT_FOUND, 0xC0000034, NTIX_ENOENT, ERROR_FILE_NOT_FOUND, NULL) \
  X(STATUS_OBJECT_PATH_NOT_FOUND, 0xC000003A, NTIX_ENOENT, ERROR_PATH_NOT_FOUND, NULL)

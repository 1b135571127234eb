/* err-win32.h: Win32 and Winsock error codes, one X-macro row each, in
 * ascending value order:
 *   X(name, value, neutral NTIX_E* (or 0 for ERROR_SUCCESS), note or NULL)
 * This is data: src/common/err-tables.c and doc/errors.md are built from it.
 */
#define NTIX_WIN32_LIST(X) \
  X(ERROR_SUCCESS, 0, 0, NULL) \
  X(ERROR_INVALID_FUNCTION, 1, NTIX_EINVAL, NULL) \
  X(ERROR_FILE_NOT_FOUND, 2, NTIX_ENOENT, NULL) \
  X(ERROR_PATH_NOT_FOUND, 3, NTIX_ENOENT, NULL) \
  X(ERROR_ACCESS_DENIED, 5, NTIX_EACCES, NULL) \
  X(ERROR_INVALID_HANDLE, 6, NTIX_EBADF, NULL) \
  X(ERROR_MR_MID_NOT_FOUND, 317, NTIX_EUNKNOWN, NULL) \
  X(WSAECONNRESET, 10054, NTIX_ECONNRESET, NULL)

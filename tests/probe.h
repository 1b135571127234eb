/* probe.h: the raw native call behind a scenario that ntix refuses.
 *
 * ntix checks its arguments before any system call (a descriptor with no
 * handle, a NULL buffer or path, an empty or over-long name) and then
 * reports no native status.  A probe makes the same operation with the
 * OS's own call and returns what the OS says, so that the semantics report
 * can show errno beside NTSTATUS for these scenarios too.  One file per OS
 * (probe-linux.c: the system call; probe-win32.c: the ntdll call with the
 * arguments ntix would have passed, a NULL handle for a descriptor that has
 * none); suites stay OS-free and use them through NT_PROBE (check-util.h).
 *
 * Each probe returns the native status (kind NTIX_NATIVE_NONE and value 0
 * when the raw call succeeded), the neutral code ntix maps it to, and the
 * native call's name.  A probe that succeeds undoes what it did (closes
 * what it opened, returns to the directory it left).
 */
#ifndef NTIX_PROBE_H
#define NTIX_PROBE_H

#include <stddef.h>
#include <stdint.h>

#include "ntix.h"

ntix_native_t probe_read(int fd, void *buf, size_t len);
ntix_native_t probe_write(int fd, const void *buf, size_t len);
ntix_native_t probe_pread(int fd, void *buf, size_t len, int64_t off);
ntix_native_t probe_pwrite(int fd, const void *buf, size_t len, int64_t off);
ntix_native_t probe_seek(int fd, int64_t off, int whence);
ntix_native_t probe_fstat(int fd);
ntix_native_t probe_ftruncate(int fd, int64_t len);
ntix_native_t probe_fsync(int fd);
ntix_native_t probe_dup(int fd);
ntix_native_t probe_close(int fd);

/* Paths as the suites give them (UTF-8, relative to the current
 * directory); flags are NTIX_O_* flags. */
ntix_native_t probe_open(const char *path, int flags);
ntix_native_t probe_stat(const char *path);
ntix_native_t probe_lstat(const char *path);
ntix_native_t probe_unlink(const char *path);
ntix_native_t probe_rename(const char *from, const char *to);
ntix_native_t probe_mkdir(const char *path);
ntix_native_t probe_rmdir(const char *path);
ntix_native_t probe_chdir(const char *path);
ntix_native_t probe_dir_open(const char *path);

#endif /* NTIX_PROBE_H */

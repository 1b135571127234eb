/* ntix/meta.h: metadata: descriptor flags and duplication, permissions and
 * times, links, file-system facts.  Part of <ntix.h>, which is the header to
 * include. */
#ifndef NTIX_META_H
#define NTIX_META_H

#include "base.h"
#include "file.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Descriptor flags and duplication onto a chosen number
 * ------------------------------------------------------------------------ */

/* The descriptor's flags among NTIX_O_NONBLOCK and NTIX_O_INHERIT (>= 0),
 * for any open descriptor: file, directory, pipe end, socket, poller.
 * NTIX_EBADF if fd is not open.  An adopted Windows socket
 * (ntix_fd_from_native) reads as blocking: Winsock cannot be asked. */
NTIX_API int ntix_fd_flags(int fd);

/* Switches non-blocking mode on (on != 0) or off.  As O_NONBLOCK, the
 * mode belongs to the open file, so descriptors made from fd by ntix_dup,
 * ntix_dup2 or ntix_dup3 change with it.  Windows keeps ntix's record and
 * the handle's own mode equal under the descriptor table's lock (sockets:
 * FIONBIO; the write end of a pipe: its completion mode).  Regular files
 * and directories accept the flag and ignore it, as on Linux; on a
 * poller it changes nothing either.  NTIX_EBADF. */
NTIX_API int ntix_fd_set_nonblock(int fd, int on);

/* Makes fd inherited by child processes (on != 0) or not (the default of
 * every ntix descriptor): FD_CLOEXEC cleared or set on Linux, the handle's
 * inherit flag on Windows.  Per descriptor, not shared with duplicates.
 * NTIX_EBADF. */
NTIX_API int ntix_fd_set_inherit(int fd, int on);

/* Makes newfd a duplicate of fd, closing what newfd held first (errors of
 * that close are not reported, as POSIX dup2 does); no other thread can
 * see newfd free or take it meanwhile.  The new descriptor is not
 * inheritable (ntix's rule for every descriptor; Linux's dup2 would make
 * it inheritable).  fd == newfd returns newfd if fd is open and changes
 * nothing.  Returns newfd, or NTIX_EBADF (fd not open, newfd negative or
 * beyond the descriptor limit), NTIX_EMFILE. */
NTIX_API int ntix_dup2(int fd, int newfd);

/* As ntix_dup2, with flags 0 or NTIX_O_INHERIT (other bits NTIX_EINVAL),
 * and fd == newfd is NTIX_EINVAL, as Linux's dup3. */
NTIX_API int ntix_dup3(int fd, int newfd, int flags);

/* ------------------------------------------------------------------------
 * Permissions and times
 * ------------------------------------------------------------------------ */

/* Sets the permission bits (mode & 07777; higher bits such as a file type
 * are ignored, as Linux ignores them).  Windows has one bit: a file
 * without the owner-write bit (0200) gets the read-only attribute, a file
 * with it loses the attribute; every other bit, and a directory's mode,
 * is accepted and ignored (ntix_stat then reports 0444 / 0644 for files
 * and 0755 for directories).  The read-only attribute refuses opening for
 * writing to every user on Windows, where Linux lets root write whatever
 * the bits say: ntix_access(path, NTIX_W_OK) tells what an open for
 * writing will do on both.  A read-only file can still be unlinked and
 * renamed, as POSIX allows.  Path errors as ntix_open; NTIX_EPERM (not the
 * owner, Linux), NTIX_EACCES. */
NTIX_API int ntix_chmod(const char *path, int mode);

/* As ntix_chmod, on a file or directory descriptor of any access mode.
 * A pipe, socket or poller is NTIX_EINVAL on both OSes.  NTIX_EBADF. */
NTIX_API int ntix_fchmod(int fd, int mode);

/* Special values of an ntix_utimens time: the current time, or leave that
 * time as it is (POSIX's UTIME_NOW and UTIME_OMIT). */
#define NTIX_UTIME_NOW INT64_MIN
#define NTIX_UTIME_OMIT (INT64_MIN + 1)

/* Sets the access (times[0]) and modification (times[1]) times, in
 * nanoseconds since 1970-01-01 UTC (negative before it), or
 * NTIX_UTIME_NOW / NTIX_UTIME_OMIT; times NULL sets both to now.  Follows
 * a final symbolic link.  Windows keeps 100 ns units: a time is rounded
 * down to a multiple of 100 ns there (microseconds survive a round trip
 * on both OSes; Linux keeps what its file system keeps).  Path errors as
 * ntix_open; NTIX_EACCES, NTIX_EPERM. */
NTIX_API int ntix_utimens(const char *path, const int64_t times[2]);

/* As ntix_utimens, on a file or directory descriptor of any access mode.
 * A pipe, socket or poller is NTIX_EINVAL on both OSes.  NTIX_EBADF. */
NTIX_API int ntix_futimens(int fd, const int64_t times[2]);

/* As ntix_ftruncate, by path; the file must be writable by the caller.
 * NTIX_EINVAL for a negative length (checked first), NTIX_EISDIR for a
 * directory, NTIX_EACCES; path errors as ntix_open. */
NTIX_API int ntix_truncate(const char *path, int64_t length);

/* ntix_access modes: existence, or any of read, write, execute. */
#define NTIX_F_OK 0
#define NTIX_X_OK 1
#define NTIX_W_OK 2
#define NTIX_R_OK 4

/* 0 if the caller may access path in every way mode asks, NTIX_EACCES if
 * not; NTIX_EINVAL for mode bits other than these (checked first); path
 * errors as ntix_open.  Linux asks faccessat (the real user; root passes
 * R and W whatever the bits, and X when any execute bit is set).  Windows
 * opens path asking for the rights the mode names, so the answer is the
 * one an open would get, ACLs and the read-only attribute included: R is
 * FILE_READ_DATA (a directory: list it), W FILE_WRITE_DATA (a directory:
 * add a file) and X FILE_EXECUTE (a directory: traverse it).  Windows has
 * no execute bit: X is granted by the ACL alone, so an ordinary file
 * passes X there while Linux wants an execute bit. */
NTIX_API int ntix_access(const char *path, int mode);

/* ------------------------------------------------------------------------
 * Links
 * ------------------------------------------------------------------------ */

/* A new name to for the file from (a hard link; a final symbolic link in
 * from is not followed, as Linux's link).  Windows: FileLinkInformation.
 * NTIX_EEXIST (to exists), NTIX_EPERM (from is a directory), NTIX_EXDEV
 * (another file system), NTIX_EMLINK; path errors as ntix_open. */
NTIX_API int ntix_link(const char *from, const char *to);

/* Creates the symbolic link path holding target (UTF-8; need not exist).
 * A relative target is relative to the link's directory.  Windows: an NT
 * symbolic link (a reparse point; SYMLINK_FLAG_RELATIVE for a relative
 * target), typed as a directory link when target names a directory at
 * creation, else as a file link; '/' in target is stored as '\'.
 * NTIX_EPERM when symbolic links cannot be made: the privilege to create
 * them is missing (Windows, STATUS_PRIVILEGE_NOT_HELD) or the file system
 * has none (Linux vfat; Wine 8.0 and 10.0, which answer
 * STATUS_NOT_SUPPORTED).
 * NTIX_EEXIST (path exists), NTIX_ENOENT (empty target), NTIX_ENAMETOOLONG
 * (target over 4095 bytes on Linux or the reparse point's room on
 * Windows); target and path are checked as paths (NTIX_EFAULT,
 * NTIX_EILSEQ). */
NTIX_API int ntix_symlink(const char *target, const char *path);

/* Writes the target of the symbolic link path into buf, NUL-terminated
 * (unlike POSIX readlink), and returns its length without the NUL.
 * Windows gives '/' for '\', and an absolute target as "C:/x" or
 * "//server/share/x"; a junction reads as a link to its target.
 * NTIX_EFAULT (buf NULL, checked first), NTIX_ERANGE (size too small for
 * the target and its NUL), NTIX_EINVAL (path is not a symbolic link);
 * path errors as ntix_open. */
NTIX_API int64_t ntix_readlink(const char *path, char *buf, size_t size);

/* The absolute path of path with every symbolic link resolved and no "."
 * or ".." (the file must exist), NUL-terminated in buf; returns its length
 * without the NUL.  Linux: "/a/b" (from /proc/self/fd, so /proc must be
 * mounted); Windows: "C:/a/b" with forward slashes, "//server/share/a" on
 * a share.  ".." follows POSIX on Linux (after the link before it is
 * resolved); Windows resolves ".." in the text first, as Windows paths
 * do, so "link/.." is the link's directory there (documented in
 * doc/known-differences.md).  NTIX_EFAULT (buf NULL, checked first),
 * NTIX_ERANGE (size too small), NTIX_ELOOP, NTIX_ENODEV (Windows: a volume
 * without a drive letter); path errors as ntix_open. */
NTIX_API int64_t ntix_realpath(const char *path, char *buf, size_t size);

/* ------------------------------------------------------------------------
 * File system facts
 * ------------------------------------------------------------------------ */

/* The file system (volume) holding a file. */
typedef struct ntix_statfs {
  uint64_t total;    /* bytes in all */
  uint64_t free;     /* bytes free */
  uint64_t avail;    /* bytes free that the caller may use (quotas, root's
                        reserve) */
  uint64_t bsize;    /* the allocation unit in bytes (Linux f_frsize, Windows
                        the cluster size) */
  uint32_t name_max; /* longest name component: bytes on Linux, UTF-16
                        units on Windows (255 on both for most) */
} ntix_statfs_t;

/* Linux statfs; Windows NtQueryVolumeInformationFile
 * (FileFsFullSizeInformation, FileFsAttributeInformation).  NTIX_EFAULT
 * for out NULL (checked first); path errors as ntix_open. */
NTIX_API int ntix_statfs(const char *path, ntix_statfs_t *out);
/* As ntix_statfs, on a file or directory descriptor.  A pipe, socket or
 * poller is NTIX_EINVAL on both OSes (Linux would describe its internal
 * file system).  NTIX_EBADF. */
NTIX_API int ntix_fstatfs(int fd, ntix_statfs_t *out);

/* 1 if fd is a terminal (Windows: a console), 0 if it is open but not
 * one, NTIX_EBADF if it is not open. */
NTIX_API int ntix_isatty(int fd);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_META_H */

/* api-list.h: the public calls that reach the OS, one X-macro row each.
 * The list is the one place that says which calls the backends implement:
 *   - ntix-int.h declares each row's backend function ntix__b_<name>;
 *   - trace.c asserts at compile time that ntix.h's ntix_<name> and the
 *     backend's ntix__b_<name> have the same type;
 *   - tools/gen-calls-md.c writes doc/calls.md from it (one row per call,
 *     and every other function of ntix.h as a call without an OS call).
 * The public entry points themselves are written out in api-<area>.c.
 *
 * A row is X(ret, name, (params), "Linux", "Windows"): the last two are
 * Markdown for doc/calls.md, the system calls and the ntdll (or Winsock)
 * calls behind the call.  doc/calls-linux.md and doc/calls-win32.md give
 * the details.
 */
#ifndef NTIX_API_LIST_H
#define NTIX_API_LIST_H

#define NTIX__API_LIST(X)                                                      \
  /* Descriptors. */                                                           \
  X(int, fd_from_native, (intptr_t native), "`fcntl(F_GETFD)`",                \
    "`NtQueryVolumeInformationFile(FileFsDeviceInformation)`, "                \
    "`NtQueryObject` (classify)")                                              \
  X(intptr_t, fd_native, (int fd), "`fcntl(F_GETFD)`", "- (table lookup)")     \
  X(int, close, (int fd), "`close`", "`NtClose`")                              \
  X(int, dup, (int fd), "`fcntl(F_DUPFD_CLOEXEC)`", "`NtDuplicateObject`")     \
  /* Files. */                                                                 \
  X(int, open, (const char *path, int flags, int mode), "`openat`",            \
    "`NtCreateFile` (+ `NtQueryAttributesFile` to tell `ENOTDIR` from "        \
    "`ENOENT`)")                                                               \
  X(int64_t, read, (int fd, void *buf, size_t len), "`read`", "`NtReadFile`")  \
  X(int64_t, write, (int fd, const void *buf, size_t len), "`write`",          \
    "`NtWriteFile` (append: `FILE_WRITE_TO_END_OF_FILE`)")                     \
  X(int64_t, pread, (int fd, void *buf, size_t len, int64_t offset),           \
    "`pread64`",                                                               \
    "`NtReadFile` with a byte offset, position saved and restored "            \
    "(`FilePositionInformation`)")                                             \
  X(int64_t, pwrite, (int fd, const void *buf, size_t len, int64_t offset),    \
    "`pwrite64`",                                                              \
    "`NtWriteFile` with a byte offset, position saved and restored "           \
    "(`FilePositionInformation`)")                                             \
  X(int64_t, readv, (int fd, const ntix_iovec_t *iov, int iovcnt), "`readv`",  \
    "`NtReadFile` (bounce buffer or one call per element)")                    \
  X(int64_t, writev, (int fd, const ntix_iovec_t *iov, int iovcnt),            \
    "`writev`", "`NtWriteFile` (bounce buffer or one call per element)")       \
  X(int64_t, seek, (int fd, int64_t offset, int whence), "`lseek`",            \
    "`NtQueryInformationFile` / "                                              \
    "`NtSetInformationFile(FilePositionInformation)`")                         \
  X(int, fstat, (int fd, ntix_stat_t *st), "`statx` (`newfstatat` fallback)",  \
    "`NtQueryInformationFile(FileAllInformation)`, "                           \
    "`NtQueryVolumeInformationFile`")                                          \
  X(int, stat, (const char *path, ntix_stat_t *st),                            \
    "`statx` (`newfstatat` fallback)",                                         \
    "`NtCreateFile`, `NtQueryInformationFile(FileAllInformation)`, "           \
    "`NtQueryVolumeInformationFile`")                                          \
  X(int, lstat, (const char *path, ntix_stat_t *st),                           \
    "`statx(AT_SYMLINK_NOFOLLOW)` (`newfstatat` fallback)",                    \
    "as stat, opened with `FILE_OPEN_REPARSE_POINT`")                          \
  X(int, ftruncate, (int fd, int64_t length), "`ftruncate`",                   \
    "`NtSetInformationFile(FileEndOfFileInformation)`")                        \
  X(int, fsync, (int fd), "`fsync`", "`NtFlushBuffersFile`")                   \
  X(int, unlink, (const char *path), "`unlinkat`",                             \
    "`NtCreateFile(DELETE)`, "                                                 \
    "`NtSetInformationFile(FileDispositionInformationEx)`; emulation: "        \
    "`FileRenameInformation` aside + `FileDispositionInformation`")            \
  X(int, rename, (const char *from, const char *to),                           \
    "`renameat2` (`renameat` fallback)",                                       \
    "`NtSetInformationFile(FileRenameInformationEx)`; fallback "               \
    "`FileRenameInformation` (+ target moved aside)")                          \
  X(int, mkdir, (const char *path, int mode), "`mkdirat`",                     \
    "`NtCreateFile(FILE_CREATE, FILE_DIRECTORY_FILE)`")                        \
  X(int, rmdir, (const char *path), "`unlinkat(AT_REMOVEDIR)`",                \
    "`NtCreateFile(DELETE, FILE_DIRECTORY_FILE)` + disposition as unlink")     \
  X(int, chdir, (const char *path), "`chdir`",                                 \
    "`NtOpenFile` + `RtlSetCurrentDirectory_U`")                               \
  X(int64_t, getcwd, (char *buf, size_t size), "`getcwd`",                     \
    "`RtlGetCurrentDirectory_U`")                                              \
  /* Directories. */                                                           \
  X(int, dir_open, (const char *path, ntix_dir_t **out),                       \
    "`openat(O_DIRECTORY)`", "`NtOpenFile`")                                   \
  X(int, dir_read, (ntix_dir_t * dir, ntix_dirent_t * ent), "`getdents64`",    \
    "`NtQueryDirectoryFile(FileIdBothDirectoryInformation)`")                  \
  X(int, dir_close, (ntix_dir_t * dir), "`close`", "`NtClose`")                \
  /* Pipes and memory. */                                                      \
  X(int, pipe, (int fds[2], int flags),                                        \
    "`pipe2` (+ once `rt_sigaction(SIGPIPE)`)",                                \
    "`NtCreateNamedPipeFile` (read end) + `NtCreateFile` (write end); "        \
    "non-blocking: `NtCancelIoFileEx`, "                                       \
    "`NtSetInformationFile(FilePipeInformation)`")                             \
  X(int, mmap_anon, (size_t len, int prot, void **out),                        \
    "`mmap(MAP_PRIVATE\\|MAP_ANONYMOUS)`",                                     \
    "`NtAllocateVirtualMemory(MEM_RESERVE\\|MEM_COMMIT)`")                     \
  X(int, munmap, (void *addr, size_t len), "`munmap`",                         \
    "`NtQueryVirtualMemory`, `NtFreeVirtualMemory(MEM_RELEASE or "             \
    "MEM_DECOMMIT)`")                                                          \
  X(int, mprotect, (void *addr, size_t len, int prot), "`mprotect`",           \
    "`NtProtectVirtualMemory` (+ `NtFlushInstructionCache` when adding exec)") \
  X(size_t, pagesize, (void), "aux vector `AT_PAGESZ`",                        \
    "`NtQuerySystemInformation(SystemBasicInformation)`")                      \
  /* Sockets. */                                                               \
  X(int, socket, (int family, int type, int flags), "`socket`",                \
    "`WSASocketW(WSA_FLAG_OVERLAPPED)`, `setsockopt(SO_EXCLUSIVEADDRUSE)`, "   \
    "`ioctlsocket(FIONBIO)`")                                                  \
  X(int, bind, (int fd, const ntix_sockaddr_t *addr), "`bind`",                \
    "`NtDeviceIoControlFile(IOCTL_AFD_BIND)`; fallback Winsock `bind`")        \
  X(int, listen, (int fd, int backlog), "`listen`",                            \
    "`NtDeviceIoControlFile(IOCTL_AFD_LISTEN)`; fallback `listen`")            \
  X(int, accept, (int fd, ntix_sockaddr_t *peer, int flags), "`accept4`",      \
    "`accept`, `NtSetInformationObject(ObjectHandleFlagInformation)`, "        \
    "`ioctlsocket(FIONBIO)`")                                                  \
  X(int, connect, (int fd, const ntix_sockaddr_t *addr), "`connect`",          \
    "`connect`")                                                               \
  X(int64_t, send, (int fd, const void *buf, size_t len, int flags),           \
    "`sendto`",                                                                \
    "`sendto`; `MSG_DONTWAIT` on a blocking socket: `WSASendTo` overlapped")   \
  X(int64_t, recv, (int fd, void *buf, size_t len, int flags), "`recvfrom`",   \
    "`recvfrom`; `MSG_DONTWAIT` on a blocking socket: `WSARecvFrom` "          \
    "overlapped")                                                              \
  X(int64_t, sendto,                                                           \
    (int fd, const void *buf, size_t len, int flags,                           \
     const ntix_sockaddr_t *to),                                               \
    "`sendto`", "`sendto` (as send)")                                          \
  X(int64_t, recvfrom,                                                         \
    (int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from),         \
    "`recvfrom`", "`recvfrom` (as recv)")                                      \
  X(int, shutdown, (int fd, int how), "`shutdown`", "`shutdown`")              \
  X(int, getsockname, (int fd, ntix_sockaddr_t *out), "`getsockname`",         \
    "`getsockname`")                                                           \
  X(int, getpeername, (int fd, ntix_sockaddr_t *out), "`getpeername`",         \
    "`getpeername`")                                                           \
  X(int, setsockopt, (int fd, int opt, int value), "`setsockopt`",             \
    "`setsockopt`")                                                            \
  X(int, getsockopt, (int fd, int opt, int *value), "`getsockopt`",            \
    "`getsockopt`")                                                            \
  X(int, socketpair, (int type, int flags, int fds[2]),                        \
    "`socketpair(AF_UNIX)`", "listener on 127.0.0.1:0, `connect`, `accept`")   \
  X(int, port_range, (int *lo, int *hi),                                       \
    "`openat` + `read` of `/proc/sys/net/ipv4/ip_local_port_range`",           \
    "under Wine: `NtCreateFile`/`NtReadFile` of the same file; else none")     \
  /* The poller and its timers. */                                             \
  X(int, poll_create, (int flags), "`epoll_create1`, `eventfd2`",              \
    "`NtCreateIoCompletion`, `NtDuplicateObject`")                             \
  X(int, poll_ctl, (int pfd, int op, int fd, uint32_t events, uint64_t data),  \
    "`epoll_ctl`",                                                             \
    "`NtDeviceIoControlFile(IOCTL_AFD_POLL)` on an AFD helper, "               \
    "`NtCancelIoFileEx`; pipes: "                                              \
    "`NtSetInformationFile(FileCompletionInformation)` + zero-byte "           \
    "`NtReadFile`")                                                            \
  X(int, poll_wait,                                                            \
    (int pfd, ntix_poll_event_t *out, int max, int64_t timeout_ns),            \
    "`epoll_pwait2` (`epoll_pwait` fallback), `read` of the eventfd",          \
    "`NtRemoveIoCompletionEx`, resubmission of polls")                         \
  X(int, poll_wake, (int pfd), "`write` of the eventfd",                       \
    "`NtSetIoCompletion`")                                                     \
  X(int, poll_spin, (int pfd, int64_t ns), "none (later waits poll first)",    \
    "none (later waits poll first)")                                           \
  X(int, poll_close, (int pfd), "`close` of the epoll fd and the eventfd",     \
    "`NtCancelIoFileEx`, `NtRemoveIoCompletionEx`, `NtClose`")                 \
  X(int64_t, timer_start,                                                      \
    (int pfd, int64_t delay_ns, int64_t repeat_ns, uint64_t data),             \
    "none (src/common/timer.c); `write` of the eventfd to wake a waiter",      \
    "none (src/common/timer.c); `NtSetIoCompletion` to wake a waiter")         \
  X(int, timer_stop, (int pfd, int64_t id), "none (src/common/timer.c)",       \
    "none (src/common/timer.c)")                                               \
  X(int, timer_restart,                                                        \
    (int pfd, int64_t id, int64_t delay_ns, int64_t repeat_ns),                \
    "as timer_start", "as timer_start")                                        \
  /* Time and process. */                                                      \
  X(int64_t, clock_mono, (void), "vDSO `clock_gettime(CLOCK_MONOTONIC)`",      \
    "`RtlQueryPerformanceCounter`")                                            \
  X(int64_t, clock_real, (void), "vDSO `clock_gettime(CLOCK_REALTIME)`",       \
    "`RtlGetSystemTimePrecise`")                                               \
  X(int, sleep_ns, (int64_t ns), "`clock_nanosleep(CLOCK_MONOTONIC)`",         \
    "`NtDelayExecution`")                                                      \
  X(int, getpid, (void), "`getpid`",                                           \
    "`NtQueryInformationProcess(ProcessBasicInformation)`")                    \
  X(int, cpu_count, (void), "`sched_getaffinity`",                             \
    "`NtQueryInformationProcess` (affinity mask)")                             \
  /* Processes, signals, environment. */                                       \
  X(int, spawn, (const ntix_spawn_t *sp, int *pid),                            \
    "`clone(CLONE_VM\\|CLONE_VFORK\\|CLONE_PIDFD)`, `execve`; in the child "   \
    "`rt_sigaction`, `rt_sigprocmask`, `setpgid`/`setsid`, `dup3`, `chdir`; "  \
    "`waitid` after a failed exec",                                            \
    "`NtCreateFile(FILE_EXECUTE)` (program and `PATH` probe), kernel32 "       \
    "`CreateProcessW` (`PROC_THREAD_ATTRIBUTE_HANDLE_LIST`), "                 \
    "`NtDuplicateObject`")                                                     \
  X(int, proc_wait, (int pfd, ntix_proc_status_t *st, int flags),              \
    "`waitid(P_PIDFD)`",                                                       \
    "`NtWaitForSingleObject`, "                                                \
    "`NtQueryInformationProcess(ProcessBasicInformation)`")                    \
  X(int, proc_kill, (int pfd, int sig),                                        \
    "`waitid(P_PIDFD, WNOWAIT)`, `pidfd_send_signal`",                         \
    "`NtTerminateProcess`, or the target's signal port: `NtOpenSection`, "     \
    "`NtMapViewOfSection`, `NtDuplicateObject`, `NtSetIoCompletion`")          \
  X(int, proc_pid, (int pfd), "- (table lookup)", "- (table lookup)")          \
  X(int, kill, (int pid, int sig), "`waitid(P_PID, WNOWAIT)`, `kill`",         \
    "`NtOpenProcess`, then as `ntix_proc_kill`")                               \
  X(int, signal_open, (int sig, int flags), "`eventfd2`, `rt_sigaction`",      \
    "`NtCreateSection` (named), `NtMapViewOfSection`, kernel32 "               \
    "`SetConsoleCtrlHandler`")                                                 \
  X(int, signal_read, (int sfd), "`read` (the eventfd)",                       \
    "- (an atomic counter)")                                                   \
  X(int64_t, getenv, (const char *name, char *buf, size_t size),               \
    "- (the C library's `environ`)", "`RtlQueryEnvironmentVariable_U`")        \
  X(int, setenv, (const char *name, const char *value),                        \
    "- (`setenv` of the C library)", "`RtlSetEnvironmentVariable`")            \
  X(int, unsetenv, (const char *name), "- (`unsetenv` of the C library)",      \
    "`RtlSetEnvironmentVariable` (NULL value)")                                \
  X(int, env_list, (char ***out), "- (the C library's `environ`)",             \
    "- (the PEB's environment block)")                                         \
  X(int, args, (char ***out), "`openat`, `read` (`/proc/self/cmdline`)",       \
    "- (the PEB's command line, split as the C runtime does)")                 \
  X(int64_t, exe_path, (char *buf, size_t size),                               \
    "`readlinkat(/proc/self/exe)`", "- (the PEB's `ImagePathName`)")           \
  X(void, exit, (int code), "`exit_group`",                                    \
    "`NtTerminateProcess(NtCurrentProcess())`")                                \
  /* Metadata: descriptor flags, permissions and times, links,                 \
   * file system facts. */                                                     \
  X(int, fd_flags, (int fd), "`fcntl(F_GETFL)`, `fcntl(F_GETFD)`",             \
    "- (table lookup)")                                                        \
  X(int, fd_set_nonblock, (int fd, int on), "`ioctl(FIONBIO)`",                \
    "sockets: `ioctlsocket(FIONBIO)`; pipe write ends: "                       \
    "`NtSetInformationFile(FilePipeInformation)`; under the table lock")       \
  X(int, fd_set_inherit, (int fd, int on), "`ioctl(FIOCLEX / FIONCLEX)`",      \
    "`NtSetInformationObject(ObjectHandleFlagInformation)`")                   \
  X(int, dup2, (int fd, int newfd), "`dup3(O_CLOEXEC)` (`fcntl(F_GETFD)`)",    \
    "`NtDuplicateObject`, table slot replaced, old entry closed")              \
  X(int, dup3, (int fd, int newfd, int flags), "`dup3`",                       \
    "as dup2 (+ `NtSetInformationObject` for `O_INHERIT`)")                    \
  X(int, chmod, (const char *path, int mode), "`fchmodat`",                    \
    "`NtCreateFile`, `NtSetInformationFile(FileBasicInformation)` "            \
    "(read-only attribute)")                                                   \
  X(int, fchmod, (int fd, int mode), "`fchmod` (+ `statx` for the kind)",      \
    "`NtSetInformationFile(FileBasicInformation)` (re-open by handle "         \
    "without `FILE_WRITE_ATTRIBUTES`)")                                        \
  X(int, utimens, (const char *path, const int64_t times[2]), "`utimensat`",   \
    "`NtCreateFile`, `NtSetInformationFile(FileBasicInformation)`")            \
  X(int, futimens, (int fd, const int64_t times[2]),                           \
    "`utimensat(fd, NULL)` (+ `statx` for the kind)",                          \
    "`NtSetInformationFile(FileBasicInformation)` (re-open by handle "         \
    "without `FILE_WRITE_ATTRIBUTES`)")                                        \
  X(int, truncate, (const char *path, int64_t length), "`truncate`",           \
    "`NtCreateFile`, `NtSetInformationFile(FileEndOfFileInformation)`")        \
  X(int, access, (const char *path, int mode), "`faccessat`",                  \
    "`NtCreateFile` asking for the rights the mode names")                     \
  X(int, link, (const char *from, const char *to), "`linkat`",                 \
    "`NtCreateFile`, `NtSetInformationFile(FileLinkInformation)`")             \
  X(int, symlink, (const char *target, const char *path), "`symlinkat`",       \
    "`NtCreateFile(FILE_CREATE)`, "                                            \
    "`NtFsControlFile(FSCTL_SET_REPARSE_POINT)`")                              \
  X(int64_t, readlink, (const char *path, char *buf, size_t size),             \
    "`readlinkat`",                                                            \
    "`NtCreateFile(FILE_OPEN_REPARSE_POINT)`, "                                \
    "`NtFsControlFile(FSCTL_GET_REPARSE_POINT)`")                              \
  X(int64_t, realpath, (const char *path, char *buf, size_t size),             \
    "`openat(O_PATH)`, `readlinkat` of `/proc/self/fd/N`",                     \
    "`NtCreateFile`, `NtQueryObject(ObjectNameInformation)`, "                 \
    "`NtQuerySymbolicLinkObject` (drive letters)")                             \
  X(int, statfs, (const char *path, ntix_statfs_t *out), "`statfs`",           \
    "`NtCreateFile`, "                                                         \
    "`NtQueryVolumeInformationFile(FileFsFullSizeInformation, "                \
    "FileFsAttributeInformation)`")                                            \
  X(int, fstatfs, (int fd, ntix_statfs_t *out),                                \
    "`fstatfs` (+ `statx` for the kind)", "as statfs, on the handle")          \
  X(int, isatty, (int fd), "`ioctl(TCGETS)`", "- (descriptor kind: console)")  \
  /* Byte-range locks, file mapping, copying. */                               \
  X(int, lock, (int fd, int64_t offset, int64_t len, int flags),               \
    "`statx`, `fcntl(F_OFD_SETLK / F_OFD_SETLKW)`", "`NtLockFile`")            \
  X(int, unlock, (int fd, int64_t offset, int64_t len),                        \
    "`statx`, `fcntl(F_OFD_SETLK, F_UNLCK)`", "`NtUnlockFile`")                \
  X(size_t, map_granularity, (void), "aux vector `AT_PAGESZ`",                 \
    "`NtQuerySystemInformation(SystemBasicInformation)`")                      \
  X(int, map,                                                                  \
    (int fd, int64_t offset, size_t len, int prot, int flags, void **out),     \
    "`statx`, `mmap`",                                                         \
    "`NtQueryInformationFile`, `NtCreateSection`, `NtMapViewOfSection`")       \
  X(int, unmap, (void *addr, size_t len), "`munmap`",                          \
    "`NtUnmapViewOfSection`")                                                  \
  X(int, msync, (void *addr, size_t len, int flags), "`msync`",                \
    "`NtFlushVirtualMemory` (+ `NtFlushBuffersFile` for `NTIX_MS_SYNC`)")      \
  X(int64_t, sendfile, (int out_fd, int in_fd, int64_t offset, size_t count),  \
    "`sendfile`",                                                              \
    "`NtReadFile` into a bounded buffer + the descriptor's write (`send`)")    \
  X(int64_t, copy_file_range,                                                  \
    (int in_fd, int64_t in_off, int out_fd, int64_t out_off, size_t len),      \
    "`copy_file_range` (fallback `pread64` + `pwrite64`)",                     \
    "`NtReadFile` + `NtWriteFile` through a bounded buffer")                   \
  /* poll(2). */                                                               \
  X(int, poll, (ntix_pollfd_t * fds, size_t nfds, int64_t timeout_ns),         \
    "`ppoll` with a `timespec`",                                               \
    "one `IOCTL_AFD_POLL` for the sockets and a zero-byte `NtReadFile` per "   \
    "pipe read end, each with an event, `NtWaitForMultipleObjects`")           \
  /* Directory change events. */                                               \
  X(int, watch_open, (const char *path, int flags),                            \
    "`inotify_init1`, `inotify_add_watch`",                                    \
    "`NtOpenFile`, `NtNotifyChangeDirectoryFile` (+ `NtCancelIoFileEx`)")      \
  X(int64_t, watch_read, (int wfd, void *buf, size_t len),                     \
    "`read` of the inotify descriptor",                                        \
    "the records the poller took, or `NtNotifyChangeDirectoryFile`")

#endif /* NTIX_API_LIST_H */

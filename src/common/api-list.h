/* api-list.h: the public calls a backend implements, one X-macro row each.
 * ntix-int.h turns the rows into the renaming of the backends' definitions
 * to ntix__b_*; api.c turns them into the public entry points and their
 * traced variants.  The table, error and format helpers of src/common are
 * not listed: they make no system call and are never traced.
 *
 * A row is X(ret, name, (params), (args), result, arg-formats):
 *   result  R_ERR: >= 0 or an NTIX_E* code; R_VAL: a plain value.
 *   formats one item per parameter, no commas between them:
 *     A_FD descriptor, A_INT int, A_HEX flags in hex, A_OFLAGS ntix_open
 *     flags by name, A_MODE octal, A_SIZE size_t, A_I64 int64_t, A_X64
 *     a 64-bit value in hex, A_PTR pointer, A_PATH quoted string (80 bytes
 *     at most), A_SADDR input ntix_sockaddr_t, A_EVENTS poll event bits.
 * The format tokens are only defined where the last column is expanded.
 */
#ifndef NTIX_API_LIST_H
#define NTIX_API_LIST_H

/* The calls a program makes per byte moved.  Where the backend defines
 * NTIX__FAST_ENTRIES (Linux), it defines their public entry points itself:
 * one gate test (ntix-int.h) in front of the system call, and api.c gives
 * them only the slow path, ntix__gate_<name>.  Elsewhere api.c defines
 * their entry points like the rest. */
#define NTIX__API_FAST(X)                                                   \
  X(int, close, (int fd), (fd), R_ERR, A_FD(fd))                            \
  X(int64_t, read, (int fd, void *buf, size_t len), (fd, buf, len), R_ERR, \
    A_FD(fd) A_PTR(buf) A_SIZE(len))                                        \
  X(int64_t, write, (int fd, const void *buf, size_t len), (fd, buf, len), \
    R_ERR, A_FD(fd) A_PTR(buf) A_SIZE(len))                                 \
  X(int64_t, pread, (int fd, void *buf, size_t len, int64_t offset),        \
    (fd, buf, len, offset), R_ERR,                                          \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_I64(offset))                          \
  X(int64_t, pwrite,                                                        \
    (int fd, const void *buf, size_t len, int64_t offset),                  \
    (fd, buf, len, offset), R_ERR,                                          \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_I64(offset))

/* The rest: entry points in api.c on every OS. */
#define NTIX__API_REST(X)                                                   \
  /* Descriptors. */                                                        \
  X(int, fd_from_native, (intptr_t native), (native), R_ERR,               \
    A_X64(native))                                                          \
  X(intptr_t, fd_native, (int fd), (fd), R_VAL, A_FD(fd))                   \
  X(int, dup, (int fd), (fd), R_ERR, A_FD(fd))                              \
  /* Files. */                                                              \
  X(int, open, (const char *path, int flags, int mode),                     \
    (path, flags, mode), R_ERR, A_PATH(path) A_OFLAGS(flags) A_MODE(mode))  \
  X(int64_t, readv, (int fd, const ntix_iovec_t *iov, int iovcnt),          \
    (fd, iov, iovcnt), R_ERR, A_FD(fd) A_PTR(iov) A_INT(iovcnt))            \
  X(int64_t, writev, (int fd, const ntix_iovec_t *iov, int iovcnt),         \
    (fd, iov, iovcnt), R_ERR, A_FD(fd) A_PTR(iov) A_INT(iovcnt))            \
  X(int64_t, seek, (int fd, int64_t offset, int whence),                    \
    (fd, offset, whence), R_ERR, A_FD(fd) A_I64(offset) A_INT(whence))      \
  X(int, fstat, (int fd, ntix_stat_t *st), (fd, st), R_ERR,                 \
    A_FD(fd) A_PTR(st))                                                     \
  X(int, stat, (const char *path, ntix_stat_t *st), (path, st), R_ERR,      \
    A_PATH(path) A_PTR(st))                                                 \
  X(int, lstat, (const char *path, ntix_stat_t *st), (path, st), R_ERR,     \
    A_PATH(path) A_PTR(st))                                                 \
  X(int, ftruncate, (int fd, int64_t length), (fd, length), R_ERR,          \
    A_FD(fd) A_I64(length))                                                 \
  X(int, fsync, (int fd), (fd), R_ERR, A_FD(fd))                            \
  X(int, unlink, (const char *path), (path), R_ERR, A_PATH(path))           \
  X(int, rename, (const char *from, const char *to), (from, to), R_ERR,     \
    A_PATH(from) A_PATH(to))                                                \
  X(int, mkdir, (const char *path, int mode), (path, mode), R_ERR,          \
    A_PATH(path) A_MODE(mode))                                              \
  X(int, rmdir, (const char *path), (path), R_ERR, A_PATH(path))            \
  X(int, chdir, (const char *path), (path), R_ERR, A_PATH(path))            \
  X(int64_t, getcwd, (char *buf, size_t size), (buf, size), R_ERR,          \
    A_PTR(buf) A_SIZE(size))                                                \
  /* Directories. */                                                        \
  X(int, dir_open, (const char *path, ntix_dir_t **out), (path, out),       \
    R_ERR, A_PATH(path) A_PTR(out))                                         \
  X(int, dir_read, (ntix_dir_t *dir, ntix_dirent_t *ent), (dir, ent),       \
    R_ERR, A_PTR(dir) A_PTR(ent))                                           \
  X(int, dir_close, (ntix_dir_t *dir), (dir), R_ERR, A_PTR(dir))            \
  /* Pipes and memory. */                                                   \
  X(int, pipe, (int fds[2], int flags), (fds, flags), R_ERR,                \
    A_PTR(fds) A_HEX(flags))                                                \
  X(int, mmap_anon, (size_t len, int prot, void **out), (len, prot, out),   \
    R_ERR, A_SIZE(len) A_HEX(prot) A_PTR(out))                              \
  X(int, munmap, (void *addr, size_t len), (addr, len), R_ERR,              \
    A_PTR(addr) A_SIZE(len))                                                \
  X(int, mprotect, (void *addr, size_t len, int prot), (addr, len, prot),   \
    R_ERR, A_PTR(addr) A_SIZE(len) A_HEX(prot))                             \
  X(size_t, pagesize, (void), (), R_VAL, )                                  \
  /* Sockets. */                                                            \
  X(int, socket, (int family, int type, int flags), (family, type, flags),  \
    R_ERR, A_INT(family) A_INT(type) A_HEX(flags))                          \
  X(int, bind, (int fd, const ntix_sockaddr_t *addr), (fd, addr), R_ERR,    \
    A_FD(fd) A_SADDR(addr))                                                 \
  X(int, listen, (int fd, int backlog), (fd, backlog), R_ERR,               \
    A_FD(fd) A_INT(backlog))                                                \
  X(int, accept, (int fd, ntix_sockaddr_t *peer, int flags),                \
    (fd, peer, flags), R_ERR, A_FD(fd) A_PTR(peer) A_HEX(flags))            \
  X(int, connect, (int fd, const ntix_sockaddr_t *addr), (fd, addr),        \
    R_ERR, A_FD(fd) A_SADDR(addr))                                          \
  X(int64_t, send, (int fd, const void *buf, size_t len, int flags),        \
    (fd, buf, len, flags), R_ERR,                                           \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_HEX(flags))                           \
  X(int64_t, recv, (int fd, void *buf, size_t len, int flags),              \
    (fd, buf, len, flags), R_ERR,                                           \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_HEX(flags))                           \
  X(int64_t, sendto,                                                        \
    (int fd, const void *buf, size_t len, int flags,                        \
     const ntix_sockaddr_t *to),                                            \
    (fd, buf, len, flags, to), R_ERR,                                       \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_HEX(flags) A_SADDR(to))               \
  X(int64_t, recvfrom,                                                      \
    (int fd, void *buf, size_t len, int flags, ntix_sockaddr_t *from),      \
    (fd, buf, len, flags, from), R_ERR,                                     \
    A_FD(fd) A_PTR(buf) A_SIZE(len) A_HEX(flags) A_PTR(from))               \
  X(int, shutdown, (int fd, int how), (fd, how), R_ERR,                     \
    A_FD(fd) A_INT(how))                                                    \
  X(int, getsockname, (int fd, ntix_sockaddr_t *out), (fd, out), R_ERR,     \
    A_FD(fd) A_PTR(out))                                                    \
  X(int, getpeername, (int fd, ntix_sockaddr_t *out), (fd, out), R_ERR,     \
    A_FD(fd) A_PTR(out))                                                    \
  X(int, setsockopt, (int fd, int opt, int value), (fd, opt, value),        \
    R_ERR, A_FD(fd) A_INT(opt) A_INT(value))                                \
  X(int, getsockopt, (int fd, int opt, int *value), (fd, opt, value),       \
    R_ERR, A_FD(fd) A_INT(opt) A_PTR(value))                                \
  X(int, socketpair, (int type, int flags, int fds[2]),                     \
    (type, flags, fds), R_ERR, A_INT(type) A_HEX(flags) A_PTR(fds))         \
  X(int, port_range, (int *lo, int *hi), (lo, hi), R_ERR,                   \
    A_PTR(lo) A_PTR(hi))                                                    \
  /* The poller and its timers. */                                          \
  X(int, poll_create, (int flags), (flags), R_ERR, A_HEX(flags))            \
  X(int, poll_ctl,                                                          \
    (int pfd, int op, int fd, uint32_t events, uint64_t data),              \
    (pfd, op, fd, events, data), R_ERR,                                     \
    A_FD(pfd) A_INT(op) A_FD(fd) A_EVENTS(events) A_X64(data))              \
  X(int, poll_wait,                                                         \
    (int pfd, ntix_poll_event_t *out, int max, int64_t timeout_ns),         \
    (pfd, out, max, timeout_ns), R_ERR,                                     \
    A_FD(pfd) A_PTR(out) A_INT(max) A_I64(timeout_ns))                      \
  X(int, poll_wake, (int pfd), (pfd), R_ERR, A_FD(pfd))                     \
  X(int, poll_spin, (int pfd, int64_t ns), (pfd, ns), R_ERR,                \
    A_FD(pfd) A_I64(ns))                                                    \
  X(int, poll_close, (int pfd), (pfd), R_ERR, A_FD(pfd))                    \
  X(int64_t, timer_start,                                                   \
    (int pfd, int64_t delay_ns, int64_t repeat_ns, uint64_t data),          \
    (pfd, delay_ns, repeat_ns, data), R_ERR,                                \
    A_FD(pfd) A_I64(delay_ns) A_I64(repeat_ns) A_X64(data))                 \
  X(int, timer_stop, (int pfd, int64_t id), (pfd, id), R_ERR,               \
    A_FD(pfd) A_I64(id))                                                    \
  X(int, timer_restart,                                                     \
    (int pfd, int64_t id, int64_t delay_ns, int64_t repeat_ns),             \
    (pfd, id, delay_ns, repeat_ns), R_ERR,                                  \
    A_FD(pfd) A_I64(id) A_I64(delay_ns) A_I64(repeat_ns))                   \
  /* Time and process. */                                                   \
  X(int64_t, clock_mono, (void), (), R_VAL, )                               \
  X(int64_t, clock_real, (void), (), R_VAL, )                               \
  X(int, sleep_ns, (int64_t ns), (ns), R_ERR, A_I64(ns))                    \
  X(int, getpid, (void), (), R_VAL, )                                       \
  X(int, cpu_count, (void), (), R_VAL, )                                    \
  /* end of NTIX__API_REST */

#define NTIX__API_LIST(X) NTIX__API_FAST(X) NTIX__API_REST(X)

#endif /* NTIX_API_LIST_H */

/* percall.c: loops of N calls for counting user-space instructions per
 * call under callgrind (--toggle-collect=loop_<op>_<impl>): each of read
 * and write (1 byte on a pipe), close (of a fresh dup3), pread (1 byte of
 * a file) and a poll wait returning one event, made through ntix, through
 * an inline syscall instruction (raw) and through glibc's wrapper (libc).
 * loop_empty and loop_dup3 are the baselines the driver subtracts.
 *
 * Usage: percall OP IMPL N   (OP: empty dup3 read write close pread wait;
 *                             IMPL: ntix raw libc, ignored for the two
 *                             baselines).  x86-64 only.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bench-ntix.h"

#define PROG "percall"
#define SPARE_FD 900 /* dup3 target for the close loops */

#if !defined(__x86_64__)
int
main(void) {
  puts("unsupported=1");
  return 0;
}
#else

static int rfd, wfd, filefd, ntix_pfd, epfd, srcfd;
static char byte[1];
static ntix_poll_event_t nev[1];
static struct epoll_event kev[1];

/* The syscall instruction as a C library does it: number in rax,
 * arguments in rdi, rsi, rdx, r10; rcx and r11 clobbered. */
static inline __attribute__((always_inline)) long
raw4(long n, long a, long b, long c, long d) {
  register long r10 __asm__("r10") = d;
  long r;

  __asm__ volatile("syscall"
                   : "=a"(r)
                   : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
                   : "rcx", "r11", "memory");
  return r;
}

#define LOOP(name, body)                               \
  static __attribute__((noinline)) void name(long n) { \
    for (long i = 0; i < n; i++) {                     \
      body;                                            \
    }                                                  \
  }

LOOP(loop_empty, __asm__ volatile("" ::: "memory"))
LOOP(loop_dup3, raw4(SYS_dup3, srcfd, SPARE_FD, 0, 0))
LOOP(loop_read_ntix, ntix_read(rfd, byte, 1))
LOOP(loop_read_raw, raw4(SYS_read, rfd, (long)byte, 1, 0))
LOOP(loop_read_libc, (void)!read(rfd, byte, 1))
LOOP(loop_write_ntix, ntix_write(wfd, byte, 1))
LOOP(loop_write_raw, raw4(SYS_write, wfd, (long)byte, 1, 0))
LOOP(loop_write_libc, (void)!write(wfd, byte, 1))
LOOP(loop_close_ntix, raw4(SYS_dup3, srcfd, SPARE_FD, 0, 0);
     ntix_close(SPARE_FD))
LOOP(loop_close_raw, raw4(SYS_dup3, srcfd, SPARE_FD, 0, 0);
     raw4(SYS_close, SPARE_FD, 0, 0, 0))
LOOP(loop_close_libc, raw4(SYS_dup3, srcfd, SPARE_FD, 0, 0); close(SPARE_FD))
LOOP(loop_pread_ntix, ntix_pread(filefd, byte, 1, 0))
LOOP(loop_pread_raw, raw4(SYS_pread64, filefd, (long)byte, 1, 0))
LOOP(loop_pread_libc, (void)!pread(filefd, byte, 1, 0))
LOOP(loop_wait_ntix, ntix_poll_wait(ntix_pfd, nev, 1, 0))
LOOP(loop_wait_raw, raw4(SYS_epoll_wait, epfd, (long)kev, 1, 0))
LOOP(loop_wait_libc, epoll_wait(epfd, kev, 1, 0))

struct entry {
  const char *op, *impl;
  void (*fn)(long);
};

static const struct entry table[] = {
    {"empty", "", loop_empty},          {"dup3", "", loop_dup3},
    {"read", "ntix", loop_read_ntix},   {"read", "raw", loop_read_raw},
    {"read", "libc", loop_read_libc},   {"write", "ntix", loop_write_ntix},
    {"write", "raw", loop_write_raw},   {"write", "libc", loop_write_libc},
    {"close", "ntix", loop_close_ntix}, {"close", "raw", loop_close_raw},
    {"close", "libc", loop_close_libc}, {"pread", "ntix", loop_pread_ntix},
    {"pread", "raw", loop_pread_raw},   {"pread", "libc", loop_pread_libc},
    {"wait", "ntix", loop_wait_ntix},   {"wait", "raw", loop_wait_raw},
    {"wait", "libc", loop_wait_libc},
};

/* A pipe large enough for N one-byte writes, preloaded with N bytes when
 * the loop reads; a one-byte file; a poller and an epoll set that both
 * see the pipe readable (level-triggered: one event on every wait). */
static void
setup(const char *op, long n) {
  static char fill[1 << 16];
  char path[] = "/tmp/ntix-percall-XXXXXX";
  int fds[2];
  long done;

  bench_check(PROG, "pipe", ntix_pipe(fds, NTIX_O_NONBLOCK));
  rfd = fds[0];
  wfd = fds[1];
  fcntl(wfd, F_SETPIPE_SZ, 1 << 20);
  for (done = 0; strcmp(op, "read") == 0 && done < n;)
    done += write(
        wfd, fill,
        n - done < (long)sizeof(fill) ? (size_t)(n - done) : sizeof(fill));
  if (strcmp(op, "wait") == 0 && write(wfd, fill, 1) != 1)
    bench_die(PROG, "write", "failed");
  filefd = mkstemp(path);
  if (filefd < 0 || write(filefd, "x", 1) != 1)
    bench_die(PROG, "mkstemp", "failed");
  unlink(path);
  srcfd = filefd;
  ntix_pfd = ntix_poll_create(0);
  bench_check(PROG, "poll_ctl",
              ntix_poll_ctl(ntix_pfd, NTIX_POLL_ADD, rfd, NTIX_POLL_IN, 7));
  epfd = epoll_create1(EPOLL_CLOEXEC);
  kev[0] = (struct epoll_event){.events = EPOLLIN, .data.u64 = 7};
  epoll_ctl(epfd, EPOLL_CTL_ADD, rfd, kev);
}

int
main(int argc, char **argv) {
  size_t i;

  if (argc != 4 || atol(argv[3]) < 1 || atol(argv[3]) > (1 << 20)) {
    fprintf(stderr, "usage: %s OP IMPL N (N <= 1048576)\n", PROG);
    return 2;
  }
  for (i = 0; i < sizeof(table) / sizeof(table[0]); i++) {
    if (strcmp(table[i].op, argv[1]) == 0 &&
        (table[i].impl[0] == '\0' || strcmp(table[i].impl, argv[2]) == 0)) {
      setup(argv[1], atol(argv[3]));
      table[i].fn(atol(argv[3]));
      return 0;
    }
  }
  fprintf(stderr, "%s: no loop %s/%s\n", PROG, argv[1], argv[2]);
  return 2;
}
#endif

/* check_stress.c: several threads close, dup, read, write, register and
 * poll the same descriptors at once, for a bounded time (NTIX_STRESS_MS,
 * default 2000).  Descriptor numbers are shared through slots that a
 * thread empties (atomically) before it closes what it took, so no
 * descriptor is closed twice; every other use races with closes and with
 * the reuse of the numbers, as POSIX programs may.  Afterwards: no
 * descriptor leaked, and both pollers still wake and report.  Built with
 * ThreadSanitizer (build/tsan) this is the race test of the poller's
 * registry and close hook.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-util.h"

#define SLOTS 16
#define POLLERS 2

static int slots[SLOTS];
static int pollers[POLLERS];
static int stop;
/* Calls made, by kind, for the log. */
enum { C_CREATE, C_CLOSE, C_DUP, C_IO, C_CTL, C_WAIT, C_COUNT };
static long counts[C_COUNT];

static void
count(int kind) {
  __atomic_fetch_add(&counts[kind], 1, __ATOMIC_RELAXED);
}

/* xorshift, one state per thread. */
static uint32_t
rnd(uint32_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 17;
  *s ^= *s << 5;
  return *s;
}

static int
running(void) {
  return !__atomic_load_n(&stop, __ATOMIC_ACQUIRE);
}

/* Puts fd into a random slot and closes what was there. */
static void
put(uint32_t *s, int fd) {
  int old = __atomic_exchange_n(&slots[rnd(s) % SLOTS], fd, __ATOMIC_ACQ_REL);

  if (old >= 0)
    ntix_close(old);
}

/* A descriptor to use, which another thread may close meanwhile. */
static int
peek(uint32_t *s) {
  return __atomic_load_n(&slots[rnd(s) % SLOTS], __ATOMIC_ACQUIRE);
}

static void *
creator(void *arg) {
  uint32_t s = 1;
  int fds[2];

  (void)arg;
  while (running()) {
    int rc = (rnd(&s) & 1)
                 ? ntix_pipe(fds, NTIX_O_NONBLOCK)
                 : ntix_socketpair(NTIX_SOCK_STREAM, NTIX_SOCK_NONBLOCK, fds);
    if (rc == 0) {
      put(&s, fds[0]);
      put(&s, fds[1]);
    }
    count(C_CREATE);
    ntix_sleep_ns(200000);
  }
  return NULL;
}

static void *
closer(void *arg) {
  uint32_t s = 2;

  (void)arg;
  while (running()) {
    int fd = __atomic_exchange_n(&slots[rnd(&s) % SLOTS], -1, __ATOMIC_ACQ_REL);
    if (fd >= 0) {
      ntix_close(fd);
      count(C_CLOSE);
    }
    ntix_sleep_ns(100000);
  }
  return NULL;
}

static void *
duper(void *arg) {
  uint32_t s = 3;

  (void)arg;
  while (running()) {
    int fd = peek(&s), d;
    if (fd >= 0 && (d = ntix_dup(fd)) >= 0)
      put(&s, d);
    count(C_DUP);
    ntix_sleep_ns(100000);
  }
  return NULL;
}

static void *
io(void *arg) {
  uint32_t s = 4;
  char buf[64];

  (void)arg;
  memset(buf, 'x', sizeof(buf));
  while (running()) {
    int fd = peek(&s);
    if (fd < 0)
      continue;
    if (rnd(&s) & 1)
      ntix_write(fd, buf, 1 + rnd(&s) % sizeof(buf));
    else
      ntix_read(fd, buf, sizeof(buf));
    count(C_IO);
  }
  return NULL;
}

static void *
ctl(void *arg) {
  static const int ops[] = {NTIX_POLL_ADD, NTIX_POLL_MOD, NTIX_POLL_DEL};
  uint32_t s = 5;

  (void)arg;
  while (running()) {
    int fd = peek(&s);
    if (fd >= 0)
      ntix_poll_ctl(pollers[rnd(&s) % POLLERS], ops[rnd(&s) % 3], fd,
                    NTIX_POLL_IN | (rnd(&s) & 1 ? NTIX_POLL_OUT : 0),
                    (uint64_t)fd);
    count(C_CTL);
  }
  return NULL;
}

/* The first failure a thread saw, with its native record: threads must
 * not call ck_assert (without fork, Check's failure jumps back into the
 * main thread's stack), so the main thread asserts it after the join. */
static int wait_failed;
static char wait_failure[256];

static void
thread_failed(const char *what, int rc) {
  ntix_native_t nat;

  ntix_native_last(&nat);
  if (__atomic_exchange_n(&wait_failed, 1, __ATOMIC_ACQ_REL) == 0)
    snprintf(wait_failure, sizeof(wait_failure), "%s: %s (native %s 0x%x)",
             what, ntix_t_name(rc), nat.call != NULL ? nat.call : "-",
             (unsigned)nat.value);
}

static void *
waiter(void *arg) {
  int p = pollers[(intptr_t)arg];
  uint32_t s = 6 + (uint32_t)(intptr_t)arg;
  ntix_poll_event_t ev[16];

  while (running()) {
    int n = ntix_poll_wait(p, ev, 16, 1000000);
    if (n < 0)
      thread_failed("poll_wait", n);
    count(C_WAIT);
    if (rnd(&s) % 8 == 0)
      ntix_poll_wake(pollers[rnd(&s) % POLLERS]);
    if (rnd(&s) % 8 == 0) {
      int64_t id = ntix_timer_start(p, rnd(&s) % 2000000, 0, 1);
      if (id > 0 && (rnd(&s) & 1))
        ntix_timer_stop(p, id);
    }
  }
  return NULL;
}

START_TEST(close_dup_io_poll) {
  void *(*fns[])(void *) = {creator, closer, duper, io, ctl};
  ntix_t_thread_t *t[8];
  ntix_poll_event_t ev[4];
  const char *env = getenv("NTIX_STRESS_MS");
  int64_t ms = env != NULL ? atoi(env) : 2000;
  int before = ntix_t_count_fds(4096), i, n = 0, fds[2];

  for (i = 0; i < SLOTS; i++) slots[i] = -1;
  for (i = 0; i < POLLERS; i++) pollers[i] = (int)NT_OK(ntix_poll_create(0));
  for (i = 0; i < 5; i++) t[n++] = ntix_t_spawn(fns[i], NULL);
  for (i = 0; i < POLLERS; i++)
    t[n++] = ntix_t_spawn(waiter, (void *)(intptr_t)i);
  ntix_sleep_ns(ms * 1000000);
  __atomic_store_n(&stop, 1, __ATOMIC_RELEASE);
  for (i = 0; i < n; i++) ntix_t_join(t[i]);
  ck_assert_msg(!wait_failed, "%s", wait_failure);
  for (i = 0; i < SLOTS; i++)
    if (slots[i] >= 0)
      NT_OK(ntix_close(slots[i]));
  /* The pollers survived: a wake, and a fresh registration, report.  Each
   * poller gets a pipe of its own: on Windows a pipe's read end is refused
   * (EPERM) in a second poller while the first has it registered
   * (doc/known-differences.md, "A pipe in two pollers").  The timers the
   * waiters started (at most 2 ms ahead) have all expired after the pause,
   * so the drain below takes them and none can join the events counted. */
  ntix_sleep_ns(20 * 1000000);
  for (i = 0; i < POLLERS; i++) {
    NT_OK(ntix_pipe(fds, NTIX_O_NONBLOCK));
    NT_OK(ntix_write(fds[1], "x", 1));
    while (ntix_poll_wait(pollers[i], ev, 4, 0) > 0)
      ;
    NT_OK(ntix_poll_wake(pollers[i]));
    ck_assert_int_eq(ntix_poll_wait(pollers[i], ev, 4, 1000000000), 1);
    ck_assert_uint_eq(ev[0].events, NTIX_POLL_WAKE);
    NT_OK(ntix_poll_ctl(pollers[i], NTIX_POLL_ADD, fds[0], NTIX_POLL_IN, 9));
    ck_assert_int_eq(ntix_poll_wait(pollers[i], ev, 4, 1000000000), 1);
    ck_assert_uint_eq(ev[0].data, 9);
    ntix_close(fds[0]);
    ntix_close(fds[1]);
  }
  for (i = 0; i < POLLERS; i++) NT_OK(ntix_poll_close(pollers[i]));
  ck_assert_int_eq(ntix_t_count_fds(4096), before);
  printf(
      "stress: %ld ms: %ld pipes/pairs, %ld closes, %ld dups, %ld reads "
      "and writes, %ld ctl calls, %ld waits\n",
      (long)ms, counts[C_CREATE], counts[C_CLOSE], counts[C_DUP], counts[C_IO],
      counts[C_CTL], counts[C_WAIT]);
  fflush(stdout);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("stress");
  TCase *tc = ntix_t_tcase("stress");

  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, close_dup_io_poll);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "stress");
}

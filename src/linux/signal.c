/* signal.c (Linux): signal descriptors.  ntix_signal_open installs a
 * handler (rt_sigaction) that adds 1 to an eventfd, which the poller
 * watches like any descriptor; ntix_signal_read drains it.  No signal mask
 * changes, so other threads' masks are left alone (signalfd would need the
 * signal blocked in every thread).
 *
 * The handler reads the eventfd from a table; closing the descriptor
 * restores the former action, clears the slot and waits until no handler
 * is between reading the slot and writing, so that a late signal never
 * writes to a descriptor number that has been reused.
 */
#include "linux-int.h"

#define SIG_SLOTS 65
#define SA_RESTART_K 0x10000000UL
#define SA_RESTORER_K 0x04000000UL
#define EFD_FLAGS (O_NONBLOCK | O_CLOEXEC)

struct ksigaction {
  unsigned long handler;
  unsigned long flags;
  unsigned long restorer;
  unsigned long mask;
};

static int slot_fd[SIG_SLOTS]; /* eventfd + 1; 0: none */
static struct ksigaction former[SIG_SLOTS];
static int in_handler;
static int open_lock;

#if defined(__x86_64__)
/* x86-64 returns from a handler through a restorer the process supplies;
 * aarch64 uses the kernel's own (vDSO) when none is given. */
void ntix__sigreturn(void) NTIX__HIDDEN;
__asm__(
    ".text\n"
    ".globl ntix__sigreturn\n"
    ".hidden ntix__sigreturn\n"
    ".type ntix__sigreturn,@function\n"
    "ntix__sigreturn:\n"
    "  mov $15, %eax\n"
    "  syscall\n"
    "  hlt\n"
    ".size ntix__sigreturn, .-ntix__sigreturn\n");
#define RESTORER_FLAG SA_RESTORER_K
#define RESTORER ((unsigned long)ntix__sigreturn)
#else
#define RESTORER_FLAG 0UL
#define RESTORER 0UL
#endif

/* Runs on whichever thread the kernel picks; raw system calls only, and
 * they leave errno alone. */
static void
handler(int sig) {
  uint64_t one = 1;
  int v;

  __atomic_add_fetch(&in_handler, 1, __ATOMIC_SEQ_CST);
  v = __atomic_load_n(&slot_fd[sig], __ATOMIC_SEQ_CST);
  if (v != 0)
    ntix__sys3(__NR_write, v - 1, (long)&one, sizeof(one));
  __atomic_sub_fetch(&in_handler, 1, __ATOMIC_SEQ_CST);
}

static void
take(void) {
  while (__atomic_exchange_n(&open_lock, 1, __ATOMIC_ACQUIRE))
    ntix__sys0(__NR_sched_yield);
}

static void
give(void) {
  __atomic_store_n(&open_lock, 0, __ATOMIC_RELEASE);
}

static int
install(int sig, int efd) {
  struct ksigaction act = {(unsigned long)handler, SA_RESTART_K | RESTORER_FLAG,
                           RESTORER, 0};
  long r;

  __atomic_store_n(&slot_fd[sig], efd + 1, __ATOMIC_SEQ_CST);
  r = ntix__sys4(__NR_rt_sigaction, sig, (long)&act, (long)&former[sig],
                 NTIX__SIGSET_SIZE);
  if (r < 0)
    __atomic_store_n(&slot_fd[sig], 0, __ATOMIC_SEQ_CST);
  return r < 0 ? ntix__fail_errno(r, "rt_sigaction") : 0;
}

int
ntix__b_signal_open(int sig, int flags) {
  long r;
  int rc;

  if ((rc = ntix__signal_check(sig, "ntix_signal_open")) != 0)
    return rc;
  if (flags != 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_signal_open");
  take();
  if (__atomic_load_n(&slot_fd[sig], __ATOMIC_SEQ_CST) != 0) {
    give();
    return ntix__refuse(NTIX_EBUSY, "ntix_signal_open");
  }
  r = ntix__sys2(__NR_eventfd2, 0, EFD_FLAGS);
  if (r < 0) {
    give();
    return ntix__fail_errno(r, "eventfd2");
  }
  rc = ntix__lfd_set((int)r, NTIX__LK_SIGNAL, sig, "ntix_signal_open");
  if (rc == 0)
    rc = install(sig, (int)r);
  give();
  if (rc != 0) {
    ntix__lfd_close_hook((int)r);
    ntix__sys1(__NR_close, r);
    return rc;
  }
  return (int)r;
}

int
ntix__b_signal_read(int sfd) {
  uint64_t v = 0;
  int sig, rc;
  long r;

  if ((rc = ntix__lfd_expect(sfd, NTIX__LK_SIGNAL, &sig, "ntix_signal_read")))
    return rc;
  r = ntix__sys3(__NR_read, sfd, (long)&v, sizeof(v));
  if (r < 0)
    return ntix__fail_errno(r, "read");
  return v > INT32_MAX ? INT32_MAX : (int)v;
}

void
ntix__signal_closing(int fd, int sig) {
  take();
  if (__atomic_load_n(&slot_fd[sig], __ATOMIC_SEQ_CST) == fd + 1) {
    ntix__sys4(__NR_rt_sigaction, sig, (long)&former[sig], 0,
               NTIX__SIGSET_SIZE);
    __atomic_store_n(&slot_fd[sig], 0, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&in_handler, __ATOMIC_SEQ_CST) != 0)
      ntix__sys0(__NR_sched_yield);
  }
  give();
}

/* spawn.c (Linux): ntix_spawn with clone(CLONE_VM | CLONE_VFORK |
 * CLONE_PIDFD) on a stack of its own, execve, and a shared variable that
 * carries an exec failure back to the parent.
 *
 * The child shares the parent's memory until it execs, so it runs only
 * raw system calls on its own stack: no C library, no allocation, nothing
 * instrumented by the sanitizers.  The parent blocks every signal around
 * the clone, so that no handler of the parent runs in the child; the child
 * resets every action to the default and unblocks everything before the
 * exec.  The parent resumes when the child has exec'd or exited
 * (CLONE_VFORK); if the exec failed, the child left its errno behind, the
 * parent reaps it and returns that error as the spawn's own result.
 */
#include <linux/sched.h>
#include <stdlib.h>
#include <string.h>

#include "linux-int.h"

#define STACK_SIZE (128 * 1024)
#define SIGNAL_MAX 64
#define KSIG_DFL 0UL
#define P_PIDFD_K 3
#define WEXITED_K 4
#define PROT_RW 3
#define MAP_ANON_PRIVATE 0x22
#define AT_FDCWD_K (-100)

extern char **environ;

/* The kernel's struct sigaction (see pipe.c). */
struct ksigaction {
  unsigned long handler;
  unsigned long flags;
  unsigned long restorer;
  unsigned long mask;
};

/* The steps of the child that can fail, named for the native record. */
enum step { S_NONE, S_SETPGID, S_SETSID, S_STDIO, S_CHDIR, S_EXECVE };
static const char *const step_call[] = {"clone", "setpgid", "setsid",
                                        "dup3",  "chdir",   "execve"};

/* What the child needs, prepared by the parent (no allocation after the
 * clone).  err and step are written by the child before it exits. */
struct child {
  char *const *paths; /* candidates, NULL-terminated */
  char *const *argv;
  char *const *envp;
  const char *cwd;
  int src[3]; /* -1 inherit, -2 null device, else a parent descriptor */
  int flags;
  int search;
  volatile int err;
  volatile int step;
};

#define CHILD_CODE __attribute__((no_sanitize_address, noinline, used))

long ntix__clone_vfork(unsigned long flags,
                       void *stack_top,
                       int *pidfd,
                       int (*fn)(void *),
                       void *arg) NTIX__HIDDEN;

#if defined(__x86_64__)
/* clone(flags, newsp, parent_tid = pidfd, 0, 0); the child pops arg and
 * fn from its new stack, calls fn and exits with its result. */
__asm__(
    ".text\n"
    ".globl ntix__clone_vfork\n"
    ".hidden ntix__clone_vfork\n"
    ".type ntix__clone_vfork,@function\n"
    "ntix__clone_vfork:\n"
    "  and $-16, %rsi\n"
    "  sub $16, %rsi\n"
    "  mov %rcx, 8(%rsi)\n"
    "  mov %r8, (%rsi)\n"
    "  xor %r10d, %r10d\n"
    "  xor %r8d, %r8d\n"
    "  mov $56, %eax\n"
    "  syscall\n"
    "  test %rax, %rax\n"
    "  jnz 1f\n"
    "  xor %ebp, %ebp\n"
    "  pop %rdi\n"
    "  pop %rax\n"
    "  call *%rax\n"
    "  mov %eax, %edi\n"
    "  mov $231, %eax\n"
    "  syscall\n"
    "  hlt\n"
    "1:\n"
    "  ret\n"
    ".size ntix__clone_vfork, .-ntix__clone_vfork\n");
#define HAVE_CLONE_VFORK 1
#elif defined(__aarch64__)
/* clone(flags, newsp, parent_tid = pidfd, tls 0, child_tid 0). */
__asm__(
    ".text\n"
    ".globl ntix__clone_vfork\n"
    ".hidden ntix__clone_vfork\n"
    ".type ntix__clone_vfork,%function\n"
    "ntix__clone_vfork:\n"
    "  and x1, x1, #-16\n"
    "  stp x3, x4, [x1, #-16]!\n"
    "  mov x3, xzr\n"
    "  mov x4, xzr\n"
    "  mov x8, #220\n"
    "  svc #0\n"
    "  cbnz x0, 1f\n"
    "  ldp x1, x0, [sp], #16\n"
    "  blr x1\n"
    "  mov x8, #94\n"
    "  svc #0\n"
    "1:\n"
    "  ret\n"
    ".size ntix__clone_vfork, .-ntix__clone_vfork\n");
#define HAVE_CLONE_VFORK 1
#endif

/* ---- the child --------------------------------------------------------- */

static CHILD_CODE void
child_signals(void) {
  struct ksigaction dfl = {KSIG_DFL, 0, 0, 0};
  unsigned long empty = 0;
  int sig;

  for (sig = 1; sig <= SIGNAL_MAX; sig++)
    if (sig != 9 && sig != 19) /* SIGKILL and SIGSTOP cannot change */
      ntix__sys4(__NR_rt_sigaction, sig, (long)&dfl, 0, NTIX__SIGSET_SIZE);
  ntix__sys4(__NR_rt_sigprocmask, 2 /* SIG_SETMASK */, (long)&empty, 0,
             NTIX__SIGSET_SIZE);
}

/* Descriptor i of the child becomes src: sources below 3 move up first,
 * so that filling 0..2 in order never overwrites a source. */
static CHILD_CODE long
child_stdio(struct child *c) {
  long r;
  int i, fd;

  for (i = 0; i < 3; i++) {
    if (c->src[i] >= 0 && c->src[i] < 3 && c->src[i] != i) {
      r = ntix__sys3(__NR_fcntl, c->src[i], F_DUPFD_CLOEXEC, 3);
      if (r < 0)
        return r;
      c->src[i] = (int)r;
    }
  }
  for (i = 0; i < 3; i++) {
    fd = c->src[i];
    if (fd == -1 || fd == i) {
      ntix__sys3(__NR_fcntl, i, F_SETFD, 0); /* closed stays closed */
      continue;
    }
    if (fd == -2) {
      r = ntix__sys4(__NR_openat, AT_FDCWD_K, (long)"/dev/null",
                     O_RDWR | O_CLOEXEC, 0);
      if (r < 0)
        return r;
      fd = (int)r;
    }
    if (fd != i && (r = ntix__sys3(__NR_dup3, fd, i, 0)) < 0)
      return r;
    if (fd == i)
      ntix__sys3(__NR_fcntl, i, F_SETFD, 0);
  }
  return 0;
}

/* As execvp: a candidate that is missing is skipped, one that is not
 * permitted too but remembered; any other failure ends the search. */
static CHILD_CODE long
child_exec(struct child *c) {
  int eacces = 0;
  long r = NTIX_ENOENT;
  size_t i;

  for (i = 0; c->paths[i] != NULL; i++) {
    r = ntix__sys3(__NR_execve, (long)c->paths[i], (long)c->argv,
                   (long)c->envp);
    if (!c->search)
      return r;
    if (r == NTIX_EACCES)
      eacces = 1;
    else if (r != NTIX_ENOENT && r != NTIX_ENOTDIR && r != NTIX_ESTALE &&
             r != NTIX_ENODEV && r != NTIX_ETIMEDOUT)
      return r;
  }
  return eacces ? NTIX_EACCES : r;
}

static CHILD_CODE int
child_fail(struct child *c, enum step step, long r) {
  c->step = step;
  c->err = (int)-r;
  return 127;
}

static CHILD_CODE int
child_main(void *arg) {
  struct child *c = arg;
  long r;

  child_signals();
  if ((c->flags & NTIX_SPAWN_PGROUP) &&
      (r = ntix__sys2(__NR_setpgid, 0, 0)) < 0)
    return child_fail(c, S_SETPGID, r);
  if ((c->flags & NTIX_SPAWN_DETACHED) && (r = ntix__sys0(__NR_setsid)) < 0)
    return child_fail(c, S_SETSID, r);
  if ((r = child_stdio(c)) < 0)
    return child_fail(c, S_STDIO, r);
  if (c->cwd != NULL && (r = ntix__sys1(__NR_chdir, (long)c->cwd)) < 0)
    return child_fail(c, S_CHDIR, r);
  return child_fail(c, S_EXECVE, child_exec(c));
}

/* ---- the parent -------------------------------------------------------- */

/* The execvp candidates for file: file itself when it has a '/' or no
 * search is asked, else dir/file for each PATH entry ("" is "."). */
static char **
candidates(const char *file, int search) {
  const char *path = search ? getenv("PATH") : NULL;
  size_t flen = strlen(file), n = 1, plen, i, k = 0;
  const char *p, *end;
  char **v, *s;

  if (!search || strchr(file, '/') != NULL) {
    v = malloc(2 * sizeof(*v) + flen + 1);
    if (v != NULL) {
      v[0] = memcpy((char *)(v + 2), file, flen + 1);
      v[1] = NULL;
    }
    return v;
  }
  if (path == NULL)
    path = "/bin:/usr/bin";
  plen = strlen(path);
  for (i = 0; i < plen; i++) n += path[i] == ':';
  v = malloc((n + 1) * sizeof(*v) + plen + n * (flen + 3));
  if (v == NULL)
    return NULL;
  s = (char *)(v + n + 1);
  for (p = path;; p = end + 1) {
    end = strchr(p, ':');
    if (end == NULL)
      end = p + strlen(p);
    v[k++] = s;
    if (end == p)
      *s++ = '.';
    memcpy(s, p, (size_t)(end - p));
    s += end - p;
    *s++ = '/';
    memcpy(s, file, flen + 1);
    s += flen + 1;
    if (*end == '\0')
      break;
  }
  v[k] = NULL;
  return v;
}

/* The stdio plan, with NTIX_EBADF for a named descriptor not open. */
static int
plan_stdio(const ntix_spawn_t *sp, struct child *c) {
  int i, fd;

  for (i = 0; i < 3; i++) {
    c->src[i] = -1;
    if (sp->stdio[i].how == NTIX_STDIO_NULL) {
      c->src[i] = -2;
    } else if (sp->stdio[i].how == NTIX_STDIO_FD) {
      fd = sp->stdio[i].fd;
      if (fd < 0 || ntix__sys2(__NR_fcntl, fd, F_GETFD) < 0)
        return ntix__refuse(NTIX_EBADF, "ntix_spawn");
      c->src[i] = fd;
    }
  }
  return 0;
}

/* clone with every signal blocked; the pid, or -errno. */
static long
run_clone(struct child *c, int *pidfd) {
  unsigned long all = ~0UL, old = 0;
  void *stack;
  long r;

  stack = (void *)ntix__sys6(__NR_mmap, 0, STACK_SIZE, PROT_RW,
                             MAP_ANON_PRIVATE, -1, 0);
  if (NTIX__SYS_FAILED(stack))
    return (long)stack;
  ntix__sys4(__NR_rt_sigprocmask, 2, (long)&all, (long)&old, NTIX__SIGSET_SIZE);
#ifdef HAVE_CLONE_VFORK
  r = ntix__clone_vfork(CLONE_VM | CLONE_VFORK | CLONE_PIDFD | 17 /*CHLD*/,
                        (char *)stack + STACK_SIZE, pidfd, child_main, c);
#else
  r = NTIX_ENOSYS;
#endif
  ntix__sys4(__NR_rt_sigprocmask, 2, (long)&old, 0, NTIX__SIGSET_SIZE);
  ntix__sys2(__NR_munmap, (long)stack, STACK_SIZE);
  return r;
}

/* The child did not exec: reap it and report its failure. */
static int
child_failed(struct child *c, int pidfd) {
  unsigned char info[128];
  long r;

  do {
    r = ntix__sys5(__NR_waitid, P_PIDFD_K, pidfd, (long)info, WEXITED_K, 0);
  } while (r == NTIX_EINTR);
  ntix__sys1(__NR_close, pidfd);
  return ntix__fail(NTIX_NATIVE_ERRNO, (uint32_t)c->err, -c->err,
                    step_call[c->step]);
}

int
ntix__b_spawn(const ntix_spawn_t *sp, int *pid) {
  struct child c;
  int pidfd = -1, rc;
  long r;

  if ((rc = ntix__spawn_check(sp, "ntix_spawn")) != 0)
    return rc;
  memset(&c, 0, sizeof(c));
  if ((rc = plan_stdio(sp, &c)) != 0)
    return rc;
  c.search = (sp->flags & NTIX_SPAWN_SEARCH) && strchr(sp->file, '/') == NULL;
  c.paths = candidates(sp->file, c.search);
  if (c.paths == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
  c.argv = (char *const *)sp->argv;
  c.envp = sp->envp != NULL ? (char *const *)sp->envp : environ;
  c.cwd = sp->cwd;
  c.flags = sp->flags;
  r = run_clone(&c, &pidfd);
  free((void *)c.paths);
  if (r < 0)
    return ntix__fail_errno(r, "clone");
  if (c.step != S_NONE)
    return child_failed(&c, pidfd);
  if ((rc = ntix__lfd_set(pidfd, NTIX__LK_PROC, (int)r, "ntix_spawn")) != 0) {
    ntix__sys1(__NR_close, pidfd); /* the close hook reaps nothing here */
    return rc;
  }
  if (pid != NULL)
    *pid = (int)r;
  return pidfd;
}

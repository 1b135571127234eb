/* check-util.c: scenario records for the semantics report, scratch
 * directories and the suite runner shared by every Check suite, plus the
 * loopback socket, thread and descriptor-count helpers of the net suites.
 */
/* libtool defines DLL_EXPORT when it compiles this helper library for a
 * DLL build, and winpthreads' header then declares every function as a
 * DLL import; the suites link winpthreads statically, so the plain
 * declarations are the right ones. */
#undef DLL_EXPORT
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check-util.h"

static const char *suite_name = "unknown";
static char scratch[64];
static int scratch_made;

/* semantics/<suite>.tsv, or semantics/<suite>.wine-<version>.tsv under
 * Wine, so that runs under two Wine versions in one build tree keep their
 * own records. */
static void
record_path(char *path, size_t size, const char *suite) {
  const char *wine = ntix_os_wine_version();

  if (wine != NULL)
    snprintf(path, size, "semantics/%s.wine-%s.tsv", suite, wine);
  else
    snprintf(path, size, "semantics/%s.tsv", suite);
}

const char *
ntix_t_name(int64_t rc) {
  static char buf[4][32];
  static int slot;
  const char *name;

  if (rc >= 0)
    return "ok";
  name = ntix_err_name((int)rc);
  if (name != NULL)
    return name;
  slot = (slot + 1) % 4;
  snprintf(buf[slot], sizeof(buf[slot]), "%lld", (long long)rc);
  return buf[slot];
}

static int last_refused;

/* The Win32 code behind a native status: RtlNtStatusToDosError's for an
 * NTSTATUS (from ntix's table), the code itself for Win32 and WSA. */
static void
win32_text(const ntix_native_t *nat, char *buf, size_t size) {
  const ntix_code_info_t *c;
  uint32_t code;

  if (nat->kind == NTIX_NATIVE_NTSTATUS)
    code = ntix_ntstatus_to_win32(nat->value);
  else if (nat->kind == NTIX_NATIVE_WIN32 || nat->kind == NTIX_NATIVE_WSA)
    code = nat->value;
  else {
    snprintf(buf, size, "-");
    return;
  }
  c = ntix_code_lookup(NTIX_SPACE_WIN32, code);
  snprintf(buf, size, "%s (%lu)", c ? c->name : "?", (unsigned long)code);
}

static void
append_row(const char *scenario,
           const char *res,
           const ntix_native_t *nat,
           const char *native,
           const char *call) {
  char path[128], win32[96];
  FILE *f;

  win32_text(nat, win32, sizeof(win32));
  record_path(path, sizeof(path), suite_name);
  f = fopen(path, "ab"); /* binary: no \r before \n on Windows */
  if (f == NULL)
    return; /* the report is a by-product; the assertion still runs */
  fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\n", suite_name, scenario, res, native,
          call, native[0] == '-' ? "-" : win32);
  fclose(f);
}

int
ntix_t_refused(void) {
  return last_refused;
}

void
ntix_t_record_probe(const char *scenario, ntix_native_t nat) {
  char native[128];

  if (nat.kind == NTIX_NATIVE_NONE)
    snprintf(native, sizeof(native), "ok");
  else
    ntix_native_format(nat.kind, nat.value, native, sizeof(native));
  append_row(scenario, "@probe", &nat, native, nat.call ? nat.call : "-");
}

void
ntix_t_record(const char *scenario, int64_t result, int exact) {
  ntix_native_t nat;
  char native[128], res[32];

  ntix_native_last(&nat);
  if (result < 0) {
    snprintf(res, sizeof(res), "%s", ntix_t_name(result));
  } else if (exact) {
    snprintf(res, sizeof(res), "%lld", (long long)result);
  } else {
    snprintf(res, sizeof(res), "ok");
  }
  /* A success leaves the record alone, so only a failure has a status. */
  if (result < 0 && nat.neutral == (int)result)
    ntix_native_format(nat.kind, nat.value, native, sizeof(native));
  else
    snprintf(native, sizeof(native), "-");
  last_refused = result < 0 && nat.kind == NTIX_NATIVE_NONE;
  append_row(scenario, res, &nat, native,
             result < 0 && nat.call != NULL ? nat.call : "-");
}

const char *
ntix_t_expect_text(const char *scenario,
                   const char *text,
                   int64_t got,
                   int64_t want) {
  static char msg[1024];

  snprintf(msg, sizeof(msg), "%s: %s returned %lld (%s), want %lld (%s)",
           scenario, text, (long long)got, ntix_t_name(got), (long long)want,
           ntix_t_name(want));
  return msg;
}

int64_t
ntix_t_ok(const char *scenario, const char *text, int64_t got) {
  if (scenario != NULL)
    ntix_t_record(scenario, got, 0);
  if (got < 0) {
    char msg[1024];

    snprintf(msg, sizeof(msg), "%s%s%s returned %lld (%s)",
             scenario ? scenario : "", scenario ? ": " : "", text,
             (long long)got, ntix_t_name(got));
    ck_abort_msg("%s", msg);
  }
  return got;
}

const char *
ntix_t_dir(void) {
  if (!scratch_made) {
    int rc = ntix_mkdir(scratch, 0755);
    ck_assert_msg(rc == 0 || rc == NTIX_EEXIST, "mkdir %s: %s", scratch,
                  ntix_t_name(rc));
    scratch_made = 1;
  }
  return scratch;
}

const char *
ntix_t_path(const char *name) {
  static char buf[8][512];
  static int slot;

  slot = (slot + 1) % 8;
  snprintf(buf[slot], sizeof(buf[slot]), "%s/%s", ntix_t_dir(), name);
  return buf[slot];
}

void
ntix_t_fill(void *buf, size_t len, uint32_t seed) {
  unsigned char *p = buf;
  uint32_t x = seed * 2654435761u + 1;
  size_t i;

  for (i = 0; i < len; i++) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    p[i] = (unsigned char)x;
  }
}

void
ntix_t_create(const char *path, const void *data, size_t len) {
  int fd = (int)NT_OK(
      ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_TRUNC, 0644));
  int64_t n = len ? ntix_write(fd, data, len) : 0;

  ntix_close(fd);
  if (n != (int64_t)len) {
    char msg[1024];

    snprintf(msg, sizeof(msg), "write %s: %lld (%s) of %llu", path,
             (long long)n, ntix_t_name(n), (unsigned long long)len);
    ck_abort_msg("%s", msg);
  }
}

int64_t
ntix_t_read_all(int fd, void *buf, size_t cap) {
  size_t total = 0;

  while (total < cap) {
    int64_t n = ntix_read(fd, (char *)buf + total, cap - total);
    if (n < 0)
      return n;
    if (n == 0)
      break;
    total += (size_t)n;
  }
  return (int64_t)total;
}

/* Opens path and returns the descriptor, asserting success (set-up). */
int
ntix_t_open(const char *path, int flags) {
  return (int)NT_OK(ntix_open(path, flags, 0644));
}

/* The size fstat reports for fd, or the error. */
int64_t
ntix_t_fd_size(int fd) {
  ntix_stat_t st;
  int rc = ntix_fstat(fd, &st);

  return rc < 0 ? rc : (int64_t)st.size;
}

/* The type stat reports for path, or the error. */
int
ntix_t_path_type(const char *path) {
  ntix_stat_t st;
  int rc = ntix_stat(path, &st);

  return rc < 0 ? rc : (int)st.type;
}

/* Opens path read-only, reads it whole into buf and closes it. */
int64_t
ntix_t_slurp(const char *path, void *buf, size_t cap) {
  int fd = ntix_open(path, NTIX_O_RDONLY, 0);
  int64_t n;

  if (fd < 0)
    return fd;
  n = ntix_t_read_all(fd, buf, cap);
  ntix_close(fd);
  return n;
}

/* Removes a scratch tree left by tests (depth-first, best effort). */
static void
remove_tree(const char *path) {
  ntix_dir_t *d;
  ntix_dirent_t ent;
  char child[2048];

  if (ntix_dir_open(path, &d) < 0) {
    ntix_unlink(path);
    return;
  }
  while (ntix_dir_read(d, &ent) == 1) {
    snprintf(child, sizeof(child), "%s/%s", path, ent.name);
    if (ent.type == NTIX_FT_DIR)
      remove_tree(child);
    else
      ntix_unlink(child);
  }
  ntix_dir_close(d);
  ntix_rmdir(path);
}

/* --- per-test clean-up -----------------------------------------------------
 * Windows runs Check without fork: a failed assertion longjmps out of the
 * test, and whatever it held would stay open for the next one.  Every
 * TCase (ntix_t_tcase) gets this checked fixture, which Check runs around
 * each test in the process that runs the test, after a failure too. */

/* Descriptors are looked for below this (scripts/test.sh raises the
 * descriptor limit to 4096). */
#define FD_SCAN 4096
#define DIRS_MAX 64

static unsigned char fd_base[FD_SCAN]; /* open when the test began */
static ntix_dir_t *dirs[DIRS_MAX];     /* ntix_t_dir_open, not closed yet */
static char cwd_base[4096];

int
ntix_t_dir_open(const char *path, ntix_dir_t **out) {
  int rc = ntix_dir_open(path, out);
  int i;

  if (rc == 0)
    for (i = 0; i < DIRS_MAX; i++)
      if (dirs[i] == NULL) {
        dirs[i] = *out;
        break;
      }
  return rc;
}

int
ntix_t_dir_close(ntix_dir_t *dir) {
  int i;

  for (i = 0; dir != NULL && i < DIRS_MAX; i++)
    if (dirs[i] == dir)
      dirs[i] = NULL;
  return ntix_dir_close(dir);
}

static void
setup(void) {
  int fd;

  ntix_native_clear();
  for (fd = 0; fd < FD_SCAN; fd++) fd_base[fd] = ntix_fd_native(fd) != -1;
  memset(dirs, 0, sizeof(dirs));
  if (ntix_getcwd(cwd_base, sizeof(cwd_base)) < 0)
    cwd_base[0] = '\0';
}

/* Leaves the process as setup found it: tracing off, directory streams
 * closed, the current directory back, pollers and then every other new
 * descriptor closed (a Linux poller's eventfd goes with its poller), and
 * the scratch directory removed. */
static void
teardown(void) {
  char cwd[4096];
  int i, fd;

  ntix_trace_set(NULL, NULL);
  for (i = 0; i < DIRS_MAX; i++)
    if (dirs[i] != NULL) {
      ntix_dir_close(dirs[i]);
      dirs[i] = NULL;
    }
  if (cwd_base[0] != '\0' &&
      (ntix_getcwd(cwd, sizeof(cwd)) < 0 || strcmp(cwd, cwd_base) != 0))
    ntix_chdir(cwd_base);
  for (fd = 0; fd < FD_SCAN; fd++)
    if (!fd_base[fd] && ntix_fd_native(fd) != -1)
      ntix_poll_close(fd); /* NTIX_EINVAL for anything but a poller */
  for (fd = 0; fd < FD_SCAN; fd++)
    if (!fd_base[fd] && ntix_fd_native(fd) != -1)
      ntix_close(fd);
  remove_tree(scratch);
  scratch_made = 0;
  ntix_native_clear();
}

TCase *
ntix_t_tcase(const char *name) {
  TCase *tc = tcase_create(name);

  tcase_add_checked_fixture(tc, setup, teardown);
  return tc;
}

int
ntix_t_run(Suite *s, const char *name) {
  SRunner *sr;
  int failed;
  char path[128];

  suite_name = name;
  /* Each run records afresh; forked tests append to the file. */
  record_path(path, sizeof(path), name);
  remove(path);
  /* Named after this (parent) process, so forked tests share it. */
  snprintf(scratch, sizeof(scratch), "tmp-%s-%d", name, ntix_getpid());
  sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  remove_tree(scratch);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

void
ntix_t_loopback(int family, uint16_t port, ntix_sockaddr_t *out) {
  memset(out, 0, sizeof(*out));
  out->family = (uint16_t)family;
  out->port = port;
  if (family == NTIX_AF_INET6) {
    out->addr[15] = 1;
  } else {
    out->addr[0] = 127;
    out->addr[3] = 1;
  }
}

int
ntix_t_same_addr(const ntix_sockaddr_t *a, const ntix_sockaddr_t *b) {
  size_t len = a->family == NTIX_AF_INET6 ? 16 : 4;

  return a->family == b->family && a->port == b->port &&
         memcmp(a->addr, b->addr, len) == 0;
}

int
ntix_t_listener(int family, int flags, ntix_sockaddr_t *bound) {
  ntix_sockaddr_t any;
  int fd = (int)NT_OK(ntix_socket(family, NTIX_SOCK_STREAM, flags));

  ntix_t_loopback(family, 0, &any);
  NT_OK(ntix_bind(fd, &any));
  NT_OK(ntix_listen(fd, 128));
  NT_OK(ntix_getsockname(fd, bound));
  return fd;
}

void
ntix_t_tcp_pair(int family, int *client, int *server) {
  ntix_sockaddr_t addr;
  int l = ntix_t_listener(family, 0, &addr);

  *client = (int)NT_OK(ntix_socket(family, NTIX_SOCK_STREAM, 0));
  NT_OK(ntix_connect(*client, &addr));
  *server = (int)NT_OK(ntix_accept(l, NULL, 0));
  ntix_close(l);
}

void
ntix_t_closed_port(int family, ntix_sockaddr_t *out) {
  ntix_sockaddr_t any;
  int fd = (int)NT_OK(ntix_socket(family, NTIX_SOCK_STREAM, 0));

  ntix_t_loopback(family, 0, &any);
  NT_OK(ntix_bind(fd, &any));
  NT_OK(ntix_getsockname(fd, out));
  ntix_close(fd);
}

int64_t
ntix_t_send_all(int fd, const void *buf, size_t len) {
  size_t done = 0;

  while (done < len) {
    int64_t n = ntix_send(fd, (const char *)buf + done, len - done, 0);
    if (n < 0)
      return n;
    done += (size_t)n;
  }
  return (int64_t)done;
}

int64_t
ntix_t_recv_all(int fd, void *buf, size_t len) {
  size_t done = 0;

  while (done < len) {
    int64_t n = ntix_recv(fd, (char *)buf + done, len - done, 0);
    if (n < 0)
      return n;
    if (n == 0)
      break;
    done += (size_t)n;
  }
  return (int64_t)done;
}

int64_t
ntix_t_ms(void) {
  return ntix_clock_mono() / 1000000;
}

struct ntix_t_thread {
  pthread_t id;
};

ntix_t_thread_t *
ntix_t_spawn(void *(*fn)(void *), void *arg) {
  ntix_t_thread_t *t = malloc(sizeof(*t));

  ck_assert_msg(t != NULL, "out of memory");
  ck_assert_msg(pthread_create(&t->id, NULL, fn, arg) == 0,
                "pthread_create failed");
  return t;
}

void *
ntix_t_join(ntix_t_thread_t *t) {
  void *ret = NULL;

  ck_assert_msg(pthread_join(t->id, &ret) == 0, "pthread_join failed");
  free(t);
  return ret;
}

int
ntix_t_count_fds(int limit) {
  int fd, n = 0;

  for (fd = 0; fd < limit; fd++) n += ntix_fd_native(fd) != -1;
  return n;
}

/* proc-child.c: the child modes of check_process.  Each writes what the
 * parent checks to descriptor 1 and ends with an exit code the parent
 * asserts.  Arguments are read with ntix_args (UTF-8 on both OSes); main's
 * own argv is compared with it where the C runtime's code page cannot
 * alter the text (ASCII).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix.h"
#include "proc-child.h"

static void
out(const char *s, size_t n) {
  while (n > 0) {
    int64_t w = ntix_write(1, s, n);
    if (w <= 0)
      ntix_exit(120);
    s += w;
    n -= (size_t)w;
  }
}

static void
outs(const char *s) {
  out(s, strlen(s));
}

static int
is_ascii(const char *s) {
  for (; *s != '\0'; s++)
    if ((unsigned char)*s >= 0x80)
      return 0;
  return 1;
}

/* Each argument after the mode as one line of hex; "MISMATCH i" where
 * main's argv disagrees with ntix_args. */
static int
child_echo(int argc, char **argv, char **args, int n) {
  static const char hex[] = "0123456789abcdef";
  char buf[3];
  int i;

  if (n != argc)
    outs("MISMATCH count\n");
  for (i = 2; i < n; i++) {
    const unsigned char *p = (const unsigned char *)args[i];

    if (i < argc && is_ascii(args[i]) && strcmp(args[i], argv[i]) != 0) {
      snprintf(buf, sizeof(buf), "%d", i % 100);
      outs("MISMATCH ");
      outs(buf);
    }
    for (; *p != '\0'; p++) {
      buf[0] = hex[*p >> 4];
      buf[1] = hex[*p & 15];
      out(buf, 2);
    }
    outs("\n");
  }
  return 0;
}

/* Copies 0 to 1 until end of file. */
static int
child_cat(void) {
  char buf[4096];
  int64_t n;

  while ((n = ntix_read(0, buf, sizeof(buf))) > 0) out(buf, (size_t)n);
  return n == 0 ? 0 : 3;
}

/* Writes count bytes of a pattern. */
static int
child_output(long count) {
  char buf[4096];
  long i, done = 0;

  while (done < count) {
    long k =
        count - done < (long)sizeof(buf) ? count - done : (long)sizeof(buf);
    for (i = 0; i < k; i++) buf[i] = (char)('a' + (done + i) % 26);
    out(buf, (size_t)k);
    done += k;
  }
  return 0;
}

static int
child_getenv(const char *name) {
  char buf[1024];
  int64_t n = ntix_getenv(name, buf, sizeof(buf));

  outs(n >= 0 ? buf : "<unset>");
  return 0;
}

static int
child_cwd(void) {
  char buf[4096];

  if (ntix_getcwd(buf, sizeof(buf)) < 0)
    return 4;
  outs(buf);
  return 0;
}

/* Watches SIGINT in a poller, says "ready", and exits 42 when it came. */
static int
child_sigint(void) {
  ntix_poll_event_t ev;
  int p = ntix_poll_create(0), s = ntix_signal_open(NTIX_SIGINT, 0);

  if (p < 0 || s < 0 || ntix_poll_ctl(p, NTIX_POLL_ADD, s, NTIX_POLL_IN, 7))
    return 5;
  outs("ready\n");
  if (ntix_poll_wait(p, &ev, 1, 20000000000LL) != 1 || ev.data != 7 ||
      !(ev.events & NTIX_POLL_IN))
    return 6;
  return ntix_signal_read(s) >= 1 ? 42 : 7;
}

/* Reads 0 until end of file: returns whether it was at once empty. */
static int
child_drain(void) {
  char buf[256];
  int64_t n, total = 0;

  while ((n = ntix_read(0, buf, sizeof(buf))) > 0) total += n;
  return n < 0 ? 8 : total == 0 ? 0 : 9;
}

static int
dispatch(int argc, char **argv, char **args, int n) {
  const char *mode = args[1] + strlen(CHILD_TAG);

  if (strcmp(mode, "exit") == 0 && n > 2)
    ntix_exit(atoi(args[2]));
  if (strcmp(mode, "echo") == 0)
    return child_echo(argc, argv, args, n);
  if (strcmp(mode, "cat") == 0)
    return child_cat();
  if (strcmp(mode, "output") == 0 && n > 2)
    return child_output(atol(args[2]));
  if (strcmp(mode, "getenv") == 0 && n > 2)
    return child_getenv(args[2]);
  if (strcmp(mode, "cwd") == 0)
    return child_cwd();
  if (strcmp(mode, "sleep") == 0)
    return ntix_sleep_ns(30000000000LL) == 0 ? 10 : 11;
  if (strcmp(mode, "sigint") == 0)
    return child_sigint();
  if (strcmp(mode, "drain") == 0)
    return child_drain();
  return 99;
}

int
proc_child_main(int argc, char **argv) {
  char **args = NULL;
  int n = ntix_args(&args), rc;

  if (n < 2)
    return 98;
  rc = dispatch(argc, argv, args, n);
  ntix_strv_free(args);
  return rc;
}

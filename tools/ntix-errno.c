/* ntix-errno.c: looks error codes up in ntix's tables (neutral NTIX_E*,
 * Linux errno, NTSTATUS, Win32/WSA) and prints every correspondence, as
 * text or as tab-separated rows.  It uses only the public table API and
 * writes through ntix_write, never stdio, so that the bytes it prints are
 * the same on Linux and Windows (no CRT text mode, no CRT number parsing).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ntix.h"

#define PROG "ntix-errno"

/* Exit statuses: 1 when some code was not found, 2 for a usage error. */
enum { EXIT_NOTFOUND = 1, EXIT_USAGE = 2 };

/* What a query names: a neutral code, or one row of a native table. */
enum qkind { Q_NEUTRAL, Q_STATUS, Q_WIN32 };

static int tsv_mode;     /* -t: tab-separated rows instead of text */
static int text_blocks;  /* text blocks printed so far, for blank lines */
static int write_failed; /* some write to stdout or stderr failed */

/* ------------------------------------------------------------------------
 * Output: everything goes through ntix_write; stdout is buffered.
 * ------------------------------------------------------------------------ */

static char obuf[8192];
static size_t olen;

static void
write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    int64_t w = ntix_write(fd, p, n);

    /* A write of 0 bytes would loop for ever; count it as a failure. */
    if (w <= 0) {
      write_failed = 1;
      return;
    }
    p += w;
    n -= (size_t)w;
  }
}

static void
out_flush(void) {
  write_all(1, obuf, olen);
  olen = 0;
}

static void
out_bytes(const char *p, size_t n) {
  if (n > sizeof(obuf) - olen) {
    out_flush();
    if (n > sizeof(obuf)) {
      write_all(1, p, n);
      return;
    }
  }
  memcpy(obuf + olen, p, n);
  olen += n;
}

/* Formats into a stack buffer, or into a heap one for a long line (a long
 * table note), and sends it to stdout's buffer or straight to stderr.
 * stdout is flushed before stderr so that the two keep their order when
 * they share a terminal. */
static void
vemit(int fd, const char *fmt, va_list ap) {
  char small[512];
  char *p = small;
  va_list again;
  int n;

  va_copy(again, ap);
  n = vsnprintf(small, sizeof(small), fmt, ap);
  if (n >= 0 && (size_t)n >= sizeof(small)) {
    p = malloc((size_t)n + 1);
    if (p != NULL)
      vsnprintf(p, (size_t)n + 1, fmt, again);
    else {
      p = small;
      n = (int)sizeof(small) - 1;
    }
  }
  va_end(again);
  if (n < 0)
    return;
  if (fd == 1)
    out_bytes(p, (size_t)n);
  else {
    out_flush();
    write_all(fd, p, (size_t)n);
  }
  if (p != small)
    free(p);
}

static void out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void
out(const char *fmt, ...) {
  va_list ap;

  va_start(ap, fmt);
  vemit(1, fmt, ap);
  va_end(ap);
}

/* A message about one argument on stderr: "ntix-errno: ...\n". */
static void err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void
err(const char *fmt, ...) {
  va_list ap;

  out_flush();
  write_all(2, PROG ": ", sizeof(PROG ": ") - 1);
  va_start(ap, fmt);
  vemit(2, fmt, ap);
  va_end(ap);
  write_all(2, "\n", 1);
}

/* ------------------------------------------------------------------------
 * Parsing: numbers by hand, so that no CRT decides what a number is.
 * ------------------------------------------------------------------------ */

enum { NUM_OK, NUM_BAD, NUM_RANGE };

static int
digit_value(char c, unsigned base) {
  unsigned d;

  if (c >= '0' && c <= '9')
    d = (unsigned)(c - '0');
  else if (c >= 'a' && c <= 'f')
    d = (unsigned)(c - 'a') + 10;
  else if (c >= 'A' && c <= 'F')
    d = (unsigned)(c - 'A') + 10;
  else
    return -1;
  return d < base ? (int)d : -1;
}

static int
has_hex_prefix(const char *s) {
  return s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
}

/* Decimal, or hexadecimal after 0x/0X, into 32 bits; no sign, no spaces.
 * NUM_RANGE is only given for a well-formed number that is too large. */
static int
parse_u32(const char *s, uint32_t *out) {
  unsigned base = has_hex_prefix(s) ? 16 : 10;
  uint64_t v = 0;
  int range = 0;

  if (base == 16)
    s += 2;
  if (*s == '\0')
    return NUM_BAD;
  for (; *s != '\0'; s++) {
    int d = digit_value(*s, base);
    if (d < 0)
      return NUM_BAD;
    v = v * base + (unsigned)d;
    if (v > UINT32_MAX) {
      range = 1;
      v = UINT32_MAX; /* keep scanning for bad characters */
    }
  }
  *out = (uint32_t)v;
  return range ? NUM_RANGE : NUM_OK;
}

static int
is_digit(char c) {
  return c >= '0' && c <= '9';
}

/* ------------------------------------------------------------------------
 * Names and small formatting helpers
 * ------------------------------------------------------------------------ */

/* The errno row behind a neutral code, or NULL (0, EUNKNOWN). */
static const ntix_code_info_t *
errno_row(int neutral) {
  if (neutral >= 0)
    return NULL;
  return ntix_code_lookup(NTIX_SPACE_ERRNO, (uint32_t)(-(int64_t)neutral));
}

/* "ENOENT (-2)", "EUNKNOWN (-4094)", "0 (not a failure)". */
static const char *
neutral_text(int neutral, char *buf, size_t size) {
  const char *name = ntix_err_name(neutral);

  if (neutral == 0)
    snprintf(buf, size, "0 (not a failure)");
  else if (name != NULL)
    snprintf(buf, size, "%s (%d)", name, neutral);
  else
    snprintf(buf, size, "%d", neutral);
  return buf;
}

/* "ERROR_FILE_NOT_FOUND (2)"; an unnamed code keeps its number. */
static const char *
win32_text(uint32_t code, char *buf, size_t size) {
  const ntix_code_info_t *w = ntix_code_lookup(NTIX_SPACE_WIN32, code);

  snprintf(buf, size, "%s (%u)", w != NULL ? w->name : "Win32 error",
           (unsigned)code);
  return buf;
}

static const char *
win32_label(const ntix_code_info_t *w) {
  return strncmp(w->name, "WSA", 3) == 0 ? "WSA" : "Win32";
}

/* ------------------------------------------------------------------------
 * TSV rows: neutral name, neutral value, errno name, errno number,
 * NTSTATUS name, NTSTATUS value, Win32 name, Win32 number; "-" for none.
 * ------------------------------------------------------------------------ */

static void
tsv_row(int neutral,
        const ntix_code_info_t *st,
        const ntix_code_info_t *w,
        uint32_t w32) {
  const ntix_code_info_t *e = errno_row(neutral);
  const char *nname = ntix_err_name(neutral);

  out("%s\t%d\t", nname != NULL ? nname : "-", neutral);
  if (e != NULL)
    out("%s\t%u\t", e->name, (unsigned)e->value);
  else
    out("-\t-\t");
  if (st != NULL)
    out("%s\t0x%08X\t", st->name, (unsigned)st->value);
  else
    out("-\t-\t");
  if (w != NULL)
    out("%s\t%u\n", w->name, (unsigned)w->value);
  else if (st != NULL)
    out("-\t%u\n", (unsigned)w32);
  else
    out("-\t-\n");
}

/* Whether some status mapping to neutral gives Win32 code w32. */
static int
status_gives(int neutral, uint32_t w32) {
  const ntix_code_info_t *st;
  size_t i;

  for (i = 0; (st = ntix_code_at(NTIX_SPACE_NTSTATUS, i)) != NULL; i++)
    if (st->neutral == neutral && st->win32 == w32)
      return 1;
  return 0;
}

/* A neutral code's rows: one per status mapping to it (with that status's
 * Win32 code), then one per Win32 code mapping to it that none of those
 * statuses gives; one row of "-" if there is neither. */
static void
tsv_neutral(int neutral) {
  const ntix_code_info_t *r;
  size_t i;
  int rows = 0;

  for (i = 0; (r = ntix_code_at(NTIX_SPACE_NTSTATUS, i)) != NULL; i++) {
    if (r->neutral != neutral)
      continue;
    tsv_row(neutral, r, ntix_code_lookup(NTIX_SPACE_WIN32, r->win32), r->win32);
    rows++;
  }
  for (i = 0; (r = ntix_code_at(NTIX_SPACE_WIN32, i)) != NULL; i++) {
    if (r->neutral != neutral || status_gives(neutral, r->value))
      continue;
    tsv_row(neutral, NULL, r, 0);
    rows++;
  }
  if (rows == 0)
    tsv_row(neutral, NULL, NULL, 0);
}

/* ------------------------------------------------------------------------
 * Text blocks
 * ------------------------------------------------------------------------ */

static void
text_start(void) {
  if (text_blocks++ > 0)
    out("\n");
}

static void
text_neutral_lines(int neutral) {
  const ntix_code_info_t *e = errno_row(neutral);
  const ntix_code_info_t *r;
  size_t i;
  int n = 0;
  char buf[160];

  if (e != NULL)
    out("  errno     %s (%u): %s\n", e->name, (unsigned)e->value, e->message);
  else
    out("  errno     none\n");
  for (i = 0; (r = ntix_code_at(NTIX_SPACE_NTSTATUS, i)) != NULL; i++) {
    if (r->neutral != neutral)
      continue;
    out("  NTSTATUS  %s (0x%08X) -> %s\n", r->name, (unsigned)r->value,
        win32_text(r->win32, buf, sizeof(buf)));
    n++;
  }
  if (n == 0)
    out("  NTSTATUS  none\n");
  n = 0;
  for (i = 0; (r = ntix_code_at(NTIX_SPACE_WIN32, i)) != NULL; i++) {
    if (r->neutral != neutral)
      continue;
    out("  %-9s %s (%u)\n", win32_label(r), r->name, (unsigned)r->value);
    n++;
  }
  if (n == 0)
    out("  Win32     none\n");
}

static void
text_neutral(int neutral) {
  const char *name = ntix_err_name(neutral);

  if (name != NULL)
    out("neutral   %s (%d): %s\n", name, neutral, ntix_strerror(neutral));
  else
    out("neutral   %d: %s\n", neutral, ntix_strerror(neutral));
  text_neutral_lines(neutral);
}

/* The looked-up native code itself, before its neutral code's block. */
static void
text_native(enum qkind kind, const ntix_code_info_t *r) {
  char buf[160];

  if (kind == Q_STATUS)
    out("NTSTATUS  %s (0x%08X)\n", r->name, (unsigned)r->value);
  else
    out("%-9s %s (%u)\n", win32_label(r), r->name, (unsigned)r->value);
  out("  neutral   %s\n", neutral_text(r->neutral, buf, sizeof(buf)));
  if (kind == Q_STATUS)
    out("  Win32     %s\n", win32_text(r->win32, buf, sizeof(buf)));
  if (r->note != NULL)
    out("  note      %s\n", r->note);
}

/* Prints one query's result in the current mode.  For a native code, TSV
 * gives that code's one row; text gives the code, then its neutral code's
 * block. */
static void
show(enum qkind kind, int neutral, const ntix_code_info_t *r) {
  if (tsv_mode) {
    if (kind == Q_NEUTRAL)
      tsv_neutral(neutral);
    else if (kind == Q_STATUS)
      tsv_row(r->neutral, r, ntix_code_lookup(NTIX_SPACE_WIN32, r->win32),
              r->win32);
    else
      tsv_row(r->neutral, NULL, r, 0);
    return;
  }
  text_start();
  if (kind != Q_NEUTRAL) {
    text_native(kind, r);
    neutral = r->neutral;
  }
  text_neutral(neutral);
}

static void
list_all(void) {
  const ntix_code_info_t *e;
  size_t i;

  for (i = 0; (e = ntix_code_at(NTIX_SPACE_ERRNO, i)) != NULL; i++)
    show(Q_NEUTRAL, e->neutral, NULL);
  show(Q_NEUTRAL, NTIX_EUNKNOWN, NULL);
  /* Last the native values that are no failure, so that the list holds
   * every row of the NTSTATUS and Win32 tables. */
  show(Q_NEUTRAL, 0, NULL);
}

/* ------------------------------------------------------------------------
 * Queries.  Each returns 0 when it printed a result, 1 when it printed a
 * message on stderr instead.
 * ------------------------------------------------------------------------ */

/* Shows NTSTATUS v; for one the table does not list, says so on stderr
 * together with what ntix still makes of it (EUNKNOWN, or the mapping of
 * the Win32 code a facility 7 status carries). */
static int
status_by_value(const char *shown, uint32_t v) {
  const ntix_code_info_t *r = ntix_code_lookup(NTIX_SPACE_NTSTATUS, v);
  char nbuf[160], wbuf[160];

  if (r != NULL) {
    show(Q_STATUS, 0, r);
    return 0;
  }
  err("%s: NTSTATUS 0x%08X is not in the table (ntix maps it to %s, "
      "Win32 %s)",
      shown, (unsigned)v,
      neutral_text(ntix_err_from_ntstatus(v), nbuf, sizeof(nbuf)),
      win32_text(ntix_ntstatus_to_win32(v), wbuf, sizeof(wbuf)));
  return 1;
}

/* Shows Win32/WSA code v, or says on stderr that the table lacks it. */
static int
win32_by_value(const char *shown, const char *kind, uint32_t v) {
  const ntix_code_info_t *r = ntix_code_lookup(NTIX_SPACE_WIN32, v);
  char nbuf[160];

  if (r != NULL) {
    show(Q_WIN32, 0, r);
    return 0;
  }
  err("%s: %s code %u is not in the table (ntix maps it to %s)", shown, kind,
      (unsigned)v, neutral_text(ntix_err_from_win32(v), nbuf, sizeof(nbuf)));
  return 1;
}

/* A bare number: decimal is a Linux errno number, 0x... an NTSTATUS. */
static int
query_number(const char *arg) {
  uint32_t v;
  int rc = parse_u32(arg, &v);
  int hex = has_hex_prefix(arg);

  if (rc == NUM_BAD) {
    err("'%s': not a %s number", arg, hex ? "hexadecimal" : "decimal");
    return 1;
  }
  if (rc == NUM_RANGE) {
    err("'%s': number out of range (32-bit codes)", arg);
    return 1;
  }
  if (hex) {
    char shown[200];
    snprintf(shown, sizeof(shown), "'%s'", arg);
    return status_by_value(shown, v);
  }
  if (ntix_code_lookup(NTIX_SPACE_ERRNO, v) == NULL) {
    err("'%s': no Linux errno has this number (for a Win32 code use "
        "--win32, for a WSA code --wsa)",
        arg);
    return 1;
  }
  show(Q_NEUTRAL, -(int)v, NULL);
  return 0;
}

/* "-N": a neutral NTIX_E* code. */
static int
query_neutral_number(const char *arg) {
  uint32_t v;
  int rc = parse_u32(arg + 1, &v);

  if (rc == NUM_OK && has_hex_prefix(arg + 1))
    rc = NUM_BAD;
  if (rc == NUM_BAD) {
    err("'%s': not a decimal number", arg);
    return 1;
  }
  if (rc == NUM_RANGE || v > 4095 || ntix_err_name(-(int)v) == NULL) {
    err("'%s': not a neutral NTIX_E* code", arg);
    return 1;
  }
  show(Q_NEUTRAL, -(int)v, NULL);
  return 0;
}

/* Copies name in upper case into buf; 0 if it does not fit.  Every name in
 * the tables is upper case and ASCII, so case is ignored. */
static int
upper_copy(const char *name, char *buf, size_t size) {
  size_t i;

  for (i = 0; name[i] != '\0'; i++) {
    char c = name[i];
    if (i + 1 >= size)
      return 0;
    buf[i] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
  }
  buf[i] = '\0';
  return 1;
}

static int
query_name(const char *arg) {
  char up[128];
  const char *name = up;
  const ntix_code_info_t *r;
  int neutral;

  if (!upper_copy(arg, up, sizeof(up))) {
    err("'%s': unknown name", arg);
    return 1;
  }
  /* "NTIX_ENOENT" names the same code as "ENOENT". */
  if (strncmp(name, "NTIX_E", 6) == 0)
    name += 5;
  r = ntix_code_by_name(0, name);
  if (r != NULL && r->space != NTIX_SPACE_ERRNO) {
    show(r->space == NTIX_SPACE_NTSTATUS ? Q_STATUS : Q_WIN32, 0, r);
    return 0;
  }
  /* errno names, their aliases (EWOULDBLOCK...) and EUNKNOWN. */
  neutral = ntix_err_from_name(name);
  if (neutral == NTIX_EINVAL && strcmp(name, "EINVAL") != 0) {
    err("'%s': unknown name", arg);
    return 1;
  }
  show(Q_NEUTRAL, neutral, NULL);
  return 0;
}

static int
query_arg(const char *arg) {
  if (arg[0] == '\0') {
    err("'': empty argument");
    return 1;
  }
  if (is_digit(arg[0]))
    return query_number(arg);
  if (arg[0] == '-' && is_digit(arg[1]))
    return query_neutral_number(arg);
  return query_name(arg);
}

/* --win32 N, --wsa N, --ntstatus N: N decimal or 0x hexadecimal. */
static int
query_option(const char *opt, const char *val) {
  char shown[200];
  uint32_t v;
  int rc = parse_u32(val, &v);

  snprintf(shown, sizeof(shown), "%s '%s'", opt, val);
  if (rc != NUM_OK) {
    err("%s: %s", shown,
        rc == NUM_BAD ? "not a number" : "number out of range (32-bit codes)");
    return 1;
  }
  if (strcmp(opt, "--ntstatus") == 0)
    return status_by_value(shown, v);
  if (strcmp(opt, "--win32") == 0)
    return win32_by_value(shown, "Win32", v);
  if (v < 10000) {
    err("%s: not a WSA code (WSA codes are 10000 and up)", shown);
    return 1;
  }
  return win32_by_value(shown, "WSA", v);
}

/* ------------------------------------------------------------------------
 * Command line
 * ------------------------------------------------------------------------ */

static const char usage_text[] =
    "Usage: ntix-errno [-t] [-l] [CODE]... [--win32 N] [--wsa N] "
    "[--ntstatus N]\n"
    "Show how an error code maps between ntix's neutral NTIX_E* codes,\n"
    "Linux errno values, NTSTATUS values and Win32/WSA error codes.\n"
    "\n"
    "CODE is one of:\n"
    "  NAME          ENOENT, EWOULDBLOCK, EUNKNOWN, NTIX_ENOENT,\n"
    "                STATUS_ACCESS_DENIED, ERROR_FILE_NOT_FOUND,\n"
    "                WSAECONNRESET (case is ignored)\n"
    "  N             a Linux errno number (2)\n"
    "  -N            a neutral NTIX_E* code (-2)\n"
    "  0xHHHHHHHH    an NTSTATUS value (0xC0000034)\n"
    "\n"
    "Options:\n"
    "  --win32 N     look up Win32 error code N (decimal or 0x hex)\n"
    "  --wsa N       look up Winsock error code N (10000 and up)\n"
    "  --ntstatus N  look up NTSTATUS N (0x hex or decimal)\n"
    "  -l, --list    list every neutral code with its correspondences\n"
    "  -t, --tsv     tab-separated rows: neutral name, neutral value,\n"
    "                errno name, errno number, NTSTATUS name, NTSTATUS\n"
    "                value, Win32 name, Win32 number (\"-\" for none)\n"
    "  -h, --help    show this help and exit\n"
    "  --version     show the version and exit\n"
    "\n"
    "Exit status: 0 if every code was found, 1 if one was not, 2 for a\n"
    "usage error.\n";

static int
usage_error(const char *fmt, const char *what) {
  err(fmt, what);
  err("try '" PROG " --help'");
  return EXIT_USAGE;
}

static int
is_value_option(const char *a) {
  return strcmp(a, "--win32") == 0 || strcmp(a, "--wsa") == 0 ||
         strcmp(a, "--ntstatus") == 0;
}

/* "--win32=5": the option's length before '=', or 0 if a is not one. */
static size_t
value_option_eq(const char *a) {
  const char *eq = strchr(a, '=');
  char head[16];
  size_t n;

  if (eq == NULL || (n = (size_t)(eq - a)) >= sizeof(head))
    return 0;
  memcpy(head, a, n);
  head[n] = '\0';
  return is_value_option(head) ? n : 0;
}

/* Whether argument a is an option (not a query), given no "--" before. */
static int
is_option(const char *a) {
  return a[0] == '-' && a[1] != '\0' && !is_digit(a[1]);
}

/* "-t", "-l", "-h" and bundles of them ("-tl"). */
static int
short_flags_ok(const char *a) {
  size_t i;

  if (a[0] != '-' || a[1] == '-')
    return 0;
  for (i = 1; a[i] != '\0'; i++)
    if (strchr("tlh", a[i]) == NULL)
      return 0;
  return 1;
}

static int
has_flag(const char *a, char f, const char *longname) {
  return strcmp(a, longname) == 0 || (short_flags_ok(a) && strchr(a, f));
}

/* First pass: checks every option and sets the modes, so that a usage
 * error stops the run before anything is printed.  Returns -1 to go on,
 * or the exit status. */
static int
check_options(int argc, char **argv, int *queries) {
  int i;

  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      *queries += argc - i - 1;
      break;
    }
    if (!is_option(a)) {
      ++*queries;
      continue;
    }
    if (has_flag(a, 'h', "--help")) {
      out("%s", usage_text);
      return 0;
    }
    if (strcmp(a, "--version") == 0) {
      out(PROG " (ntix) %d.%d.%d\n", NTIX_VERSION_MAJOR, NTIX_VERSION_MINOR,
          NTIX_VERSION_PATCH);
      return 0;
    }
    if (is_value_option(a)) {
      if (++i == argc)
        return usage_error("option '%s' needs a value", a);
      ++*queries;
    } else if (value_option_eq(a) > 0)
      ++*queries;
    else if (has_flag(a, 't', "--tsv") || has_flag(a, 'l', "--list")) {
      tsv_mode |= has_flag(a, 't', "--tsv");
      *queries += has_flag(a, 'l', "--list");
    } else
      return usage_error("unknown option '%s'", a);
  }
  return -1;
}

/* Second pass: runs the queries in command-line order. */
static int
run_queries(int argc, char **argv) {
  int i, failed = 0, opts = 1;

  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    size_t eq;
    if (opts && strcmp(a, "--") == 0)
      opts = 0;
    else if (!opts || !is_option(a))
      failed |= query_arg(a);
    else if (is_value_option(a)) {
      failed |= query_option(a, argv[i + 1]);
      i++;
    } else if ((eq = value_option_eq(a)) > 0) {
      char opt[16];
      memcpy(opt, a, eq);
      opt[eq] = '\0';
      failed |= query_option(opt, a + eq + 1);
    } else if (has_flag(a, 'l', "--list"))
      list_all();
  }
  return failed ? EXIT_NOTFOUND : 0;
}

int
main(int argc, char **argv) {
  int queries = 0;
  int status = check_options(argc, argv, &queries);

  if (status < 0 && queries == 0)
    status = usage_error("%s", "no code to look up");
  if (status < 0)
    status = run_queries(argc, argv);
  out_flush();
  /* A failed write cannot be reported on a stream that failed; stderr
   * may still work. */
  if (write_failed && status == 0)
    status = EXIT_NOTFOUND;
  return status;
}

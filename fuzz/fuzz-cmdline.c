/* fuzz-cmdline.c: the Windows command-line builder (src/common/cmdline.c).
 * The oracle is an independent copy of the MSVCRT/UCRT startup code's
 * splitting (parse_cmdline: argv[0] toggles quotes without escapes; then
 * 2n backslashes + '"' give n backslashes and a quote toggle, 2n+1 give n
 * and a literal '"', "" inside quotes a literal '"').  Input: a flags byte
 * (bit 0: batch file), then arguments separated by NUL bytes.
 *   - what the builder accepts splits back into exactly argv;
 *   - it refuses only a '"' in argv[0] (and for a batch file an argument
 *     cmd.exe would not pass literally), and then every such one;
 *   - a batch line is argv[0], then each argument as it is, quoted when
 *     it holds a space or is empty;
 *   - the length query agrees, a buffer one byte short is NTIX_ERANGE;
 *   - the input taken as a command line splits the same way with ntix's
 *     own parser (the tests' oracle) as with this copy, except a line
 *     whose argv[0] has a quote inside it or text after its closing
 *     quote: CommandLineToArgvW, whose rule ntix's parser follows for
 *     argv[0], splits those otherwise than the C runtime. */
#include "cmdline.h"
#include "fuzz.h"

#define MAX_ARGS 16

/* The C runtime's split of line into buf (NUL-separated), argv[]: the
 * count. */
static size_t
ref_parse(const char *p, char *buf, char **argv) {
  size_t argc = 0, n = 0, bs;
  int in_quotes = 0, copy;
  char c;

  /* argv[0]: quotes toggle, nothing is escaped. */
  argv[argc++] = buf;
  do {
    if (*p == '"') {
      in_quotes = !in_quotes;
      c = *p++;
      continue;
    }
    buf[n++] = *p;
    c = *p++;
  } while (c != '\0' && (in_quotes || (c != ' ' && c != '\t')));
  /* The character that ended argv[0] was copied: a NUL already, or a
   * blank that becomes one. */
  if (c == '\0')
    p--;
  else
    buf[n - 1] = '\0';
  in_quotes = 0;
  for (;;) {
    while (*p == ' ' || *p == '\t') p++;
    if (*p == '\0')
      break;
    argv[argc++] = buf + n;
    for (;;) {
      copy = 1;
      for (bs = 0; *p == '\\'; p++) bs++;
      if (*p == '"') {
        if (bs % 2 == 0) {
          if (in_quotes && p[1] == '"')
            p++;
          else {
            copy = 0;
            in_quotes = !in_quotes;
          }
        }
        bs /= 2;
      }
      while (bs-- > 0) buf[n++] = '\\';
      if (*p == '\0' || (!in_quotes && (*p == ' ' || *p == '\t')))
        break;
      if (copy)
        buf[n++] = *p;
      p++;
    }
    buf[n++] = '\0';
  }
  return argc;
}

/* Empty, or a space in it: cmd.exe needs quotes. */
static int
ascii_space(const char *a) {
  return a[0] == '\0' || strchr(a, ' ') != NULL;
}

static void
check_build(char **argv, size_t argc, int batch) {
  char *line, *buf, **pargv;
  size_t i, n;
  int64_t got, want_len;
  int refuse = strchr(argv[0], '"') != NULL;

  for (i = 1; i < argc && batch; i++) refuse |= !ntix__batch_arg_ok(argv[i]);
  want_len =
      ntix__cmdline_build((const char *const *)argv, argc, batch, NULL, 0);
  if (refuse) {
    FUZZ_CHECK(want_len == NTIX_EINVAL);
    return;
  }
  FUZZ_CHECK(want_len >= 0);
  line = malloc((size_t)want_len + 1);
  FUZZ_CHECK(ntix__cmdline_build((const char *const *)argv, argc, batch, line,
                                 (size_t)want_len) == NTIX_ERANGE);
  got = ntix__cmdline_build((const char *const *)argv, argc, batch, line,
                            (size_t)want_len + 1);
  FUZZ_CHECK(got == want_len && strlen(line) == (size_t)got);
  if (batch) {
    /* argv[0] quoted when empty or blank inside, then each argument
     * literally, quoted when empty or holding a space. */
    char *want = malloc((size_t)got + 1), *w = want;
    const char *q0 =
        argv[0][0] == '\0' || strpbrk(argv[0], " \t\n\v") ? "\"" : "";

    w += sprintf(w, "%s%s%s", q0, argv[0], q0);
    for (i = 1; i < argc; i++) {
      const char *q = ascii_space(argv[i]) ? "\"" : "";

      w += sprintf(w, " %s%s%s", q, argv[i], q);
    }
    FUZZ_CHECK(strcmp(line, want) == 0);
    free(want);
  } else {
    buf = malloc(2 * (size_t)got + 2);
    pargv = malloc(((size_t)got + 2) * sizeof(*pargv));
    n = ref_parse(line, buf, pargv);
    FUZZ_CHECK(n == argc);
    for (i = 0; i < argc; i++) FUZZ_CHECK(strcmp(pargv[i], argv[i]) == 0);
    free(pargv);
    free(buf);
  }
  free(line);
}

/* The input as a command line: ntix's parser and this copy agree. */
static void
check_parse(const char *line) {
  size_t len = strlen(line), i, n;
  char *a = malloc(2 * len + 2), *b = malloc(2 * len + 2);
  char **av = malloc((len + 2) * sizeof(*av));
  char **bv = malloc((len + 2) * sizeof(*bv));
  const char *q;
  int64_t m;

  n = ref_parse(line, a, av);
  m = ntix__cmdline_parse(line, b, 2 * len + 2, bv, len + 2);
  {
    /* argv[0] with a quote inside it, or text after its closing quote:
     * the runtimes differ there (the builder never writes either). */
    q = line[0] == '"' ? strchr(line + 1, '"') : NULL;
    if (line[0] == '"'
            ? q == NULL || q[1] == '\0' || q[1] == ' ' || q[1] == '\t'
            : memchr(line, '"', strcspn(line, " \t")) == NULL) {
      FUZZ_CHECK(m == (int64_t)n);
      for (i = 0; i < n; i++) FUZZ_CHECK(strcmp(av[i], bv[i]) == 0);
    }
  }
  free(av);
  free(bv);
  free(a);
  free(b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *copy, *argv[MAX_ARGS + 1];
  size_t argc = 0, i, start = 0;
  int batch;

  if (size == 0)
    return 0;
  batch = data[0] & 1;
  copy = fuzz_strdup(data + 1, size - 1);
  size--;
  for (i = 0; i <= size && argc < MAX_ARGS; i++) {
    if (i == size || copy[i] == '\0') {
      copy[i] = '\0';
      argv[argc++] = copy + start;
      start = i + 1;
    }
  }
  argv[argc] = NULL;
  check_build(argv, argc, batch);
  check_parse(copy);
  free(copy);
  return 0;
}

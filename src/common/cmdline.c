/* cmdline.c: building a Windows command line from argv and splitting one
 * back, the way the child's C runtime does (see cmdline.h).  No OS call.
 *
 * The builder never emits "" inside quotes (whose meaning changed between
 * C runtimes in 2008), so that the old msvcrt.dll, the UCRT and
 * CommandLineToArgvW all give back the same argv.
 */
#include <string.h>

#include "cmdline.h"
#include "ntix-int.h"

/* A bounded writer that counts past the end (for the length query). */
typedef struct sink {
  char *out;
  size_t cap;
  size_t len;
} sink_t;

static void
emit(sink_t *s, char c) {
  if (s->out != NULL && s->len + 1 < s->cap)
    s->out[s->len] = c;
  s->len++;
}

static void
emit_n(sink_t *s, char c, size_t n) {
  while (n-- > 0) emit(s, c);
}

static int
needs_quotes(const char *a) {
  return a[0] == '\0' || strpbrk(a, " \t\n\v\"") != NULL;
}

/* argv[0]: no escapes exist in the program name, so a quote cannot pass. */
static int
emit_program(sink_t *s, const char *a) {
  size_t n = strlen(a);
  int q = a[0] == '\0' || strpbrk(a, " \t\n\v") != NULL;

  if (strchr(a, '"') != NULL)
    return NTIX_EINVAL;
  if (q)
    emit(s, '"');
  while (n-- > 0) emit(s, *a++);
  if (q)
    emit(s, '"');
  return 0;
}

/* A backslash run before a quote (or the closing quote) is doubled. */
static void
emit_quoted(sink_t *s, const char *a) {
  size_t bs = 0;

  emit(s, '"');
  for (; *a != '\0'; a++) {
    if (*a == '\\') {
      bs++;
      continue;
    }
    if (*a == '"') {
      emit_n(s, '\\', 2 * bs + 1);
    } else {
      emit_n(s, '\\', bs);
    }
    bs = 0;
    emit(s, *a);
  }
  emit_n(s, '\\', 2 * bs);
  emit(s, '"');
}

static void
emit_plain(sink_t *s, const char *a) {
  while (*a != '\0') emit(s, *a++);
}

/* cmd.exe: quotes when there is a space (or nothing), never escapes. */
static int
emit_batch_arg(sink_t *s, const char *a) {
  int q = a[0] == '\0' || strchr(a, ' ') != NULL;

  if (!ntix__batch_arg_ok(a))
    return NTIX_EINVAL;
  if (q)
    emit(s, '"');
  emit_plain(s, a);
  if (q)
    emit(s, '"');
  return 0;
}

int64_t
ntix__cmdline_build(
    const char *const *argv, size_t argc, int batch, char *out, size_t cap) {
  sink_t s = {out, cap, 0};
  size_t i;
  int rc;

  if (argc == 0)
    return NTIX_EINVAL;
  if ((rc = emit_program(&s, argv[0])) < 0)
    return rc;
  for (i = 1; i < argc; i++) {
    emit(&s, ' ');
    if (batch) {
      if ((rc = emit_batch_arg(&s, argv[i])) < 0)
        return rc;
    } else if (needs_quotes(argv[i])) {
      emit_quoted(&s, argv[i]);
    } else {
      emit_plain(&s, argv[i]);
    }
  }
  if (out != NULL) {
    if (s.len >= cap)
      return NTIX_ERANGE;
    out[s.len] = '\0';
  }
  return (int64_t)s.len;
}

/* ---- the parser (the oracle) -------------------------------------------- */

typedef struct parse {
  const char *p;
  sink_t buf;
  char **argv;
  size_t max;
  size_t argc;
} parse_t;

static int
is_blank(char c) {
  return c == ' ' || c == '\t';
}

static int
start_arg(parse_t *ps) {
  if (ps->argc >= ps->max)
    return NTIX_ERANGE;
  ps->argv[ps->argc++] =
      ps->buf.out + (ps->buf.len < ps->buf.cap ? ps->buf.len : 0);
  return 0;
}

static void
parse_program(parse_t *ps) {
  const char *p = ps->p;

  if (*p == '"') {
    for (p++; *p != '\0' && *p != '"'; p++) emit(&ps->buf, *p);
    if (*p == '"')
      p++;
  } else {
    for (; *p != '\0' && !is_blank(*p); p++) emit(&ps->buf, *p);
  }
  emit(&ps->buf, '\0');
  ps->p = p;
}

/* One argument after argv[0]; ps->p is at its first character. */
static void
parse_arg(parse_t *ps) {
  const char *p = ps->p;
  int quoted = 0;
  size_t bs;

  while (*p != '\0' && (quoted || !is_blank(*p))) {
    for (bs = 0; *p == '\\'; p++) bs++;
    if (*p != '"') {
      emit_n(&ps->buf, '\\', bs);
      if (*p != '\0' && (quoted || !is_blank(*p)))
        emit(&ps->buf, *p++);
      continue;
    }
    emit_n(&ps->buf, '\\', bs / 2);
    if (bs % 2 == 1) {
      emit(&ps->buf, '"');
    } else if (quoted && p[1] == '"') {
      emit(&ps->buf, '"');
      p++;
    } else {
      quoted = !quoted;
    }
    p++;
  }
  emit(&ps->buf, '\0');
  ps->p = p;
}

int64_t
ntix__cmdline_parse(
    const char *cmdline, char *buf, size_t cap, char **argv, size_t max) {
  parse_t ps = {cmdline, {buf, cap, 0}, argv, max, 0};

  if (start_arg(&ps) < 0)
    return NTIX_ERANGE;
  parse_program(&ps);
  for (;;) {
    while (is_blank(*ps.p)) ps.p++;
    if (*ps.p == '\0')
      break;
    if (start_arg(&ps) < 0)
      return NTIX_ERANGE;
    parse_arg(&ps);
  }
  return ps.buf.len > cap ? NTIX_ERANGE : (int64_t)ps.argc;
}

/* ---- batch files ----------------------------------------------------------
 */

static int
lower(char c) {
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

int
ntix__is_batch_name(const char *path) {
  size_t n = strlen(path);
  const char *ext;

  while (n > 0 && (path[n - 1] == '.' || path[n - 1] == ' ')) n--;
  if (n < 4 || path[n - 4] != '.')
    return 0;
  ext = path + n - 3;
  if (n > 4 && (path[n - 5] == '/' || path[n - 5] == '\\'))
    return 0; /* ".bat" alone is a hidden name, not an extension */
  return (lower(ext[0]) == 'b' && lower(ext[1]) == 'a' &&
          lower(ext[2]) == 't') ||
         (lower(ext[0]) == 'c' && lower(ext[1]) == 'm' && lower(ext[2]) == 'd');
}

int
ntix__batch_arg_ok(const char *arg) {
  for (; *arg != '\0'; arg++) {
    char c = *arg;

    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9'))
      continue;
    if (strchr(" -_.,:/\\+=@~", c) == NULL)
      return 0;
  }
  return 1;
}

int
ntix__batch_path_ok(const char *path) {
  for (; *path != '\0'; path++)
    if ((unsigned char)*path < 0x20 || strchr("\"%!^&|<>", *path) != NULL)
      return 0;
  return 1;
}

/* trace-fmt.c: the text of a trace: one argument by its format letter
 * (ntix-int.h) and the line NTIX_TRACE=1 prints for a record.  Bounded
 * buffers, no C library formatting and no locale, so that the bytes are
 * the same on every OS; no OS interface.  Fuzzed (fuzz/fuzz-trace.c).
 */
#include <stdio.h>
#include <string.h>

#include "ntix-int.h"

typedef ntix__text_t text_t;

/* Bytes of a path argument shown before "...". */
#define PATH_SHOWN 80

/* ------------------------------------------------------------------------
 * Text: a bounded buffer, always NUL-terminated.
 * ------------------------------------------------------------------------ */

void
ntix__text_init(text_t *t, char *buf, size_t cap) {
  t->buf = buf;
  t->cap = cap;
  t->len = 0;
  t->items = 0;
  buf[0] = '\0';
}

static void
put(text_t *t, const char *s, size_t n) {
  size_t room = t->cap - 1 - t->len;

  if (n > room)
    n = room;
  memcpy(t->buf + t->len, s, n);
  t->len += n;
  t->buf[t->len] = '\0';
}

static void
put_str(text_t *t, const char *s) {
  put(t, s, strlen(s));
}

/* v in base 8, 10 or 16 (upper-case digits). */
static void
put_u64(text_t *t, uint64_t v, unsigned base) {
  char tmp[24];
  size_t i = sizeof(tmp);

  do {
    tmp[--i] = "0123456789ABCDEF"[v % base];
    v /= base;
  } while (v != 0);
  put(t, tmp + i, sizeof(tmp) - i);
}

static void
put_i64(text_t *t, int64_t v) {
  if (v < 0) {
    put(t, "-", 1);
    put_u64(t, 0 - (uint64_t)v, 10);
  } else {
    put_u64(t, (uint64_t)v, 10);
  }
}

static void
put_hex(text_t *t, uint64_t v) {
  put(t, "0x", 2);
  put_u64(t, v, 16);
}

/* "812ns", "4.1us", "3.0ms", "2.5s": tenths, rounded down. */
static void
put_duration(text_t *t, int64_t ns) {
  static const struct {
    int64_t div;
    const char *unit;
  } units[] = {{1000000000, "s"}, {1000000, "ms"}, {1000, "us"}};
  size_t i;

  for (i = 0; i < NTIX__ARRAY_SIZE(units); i++) {
    if (ns >= units[i].div) {
      int64_t tenths = ns / (units[i].div / 10);
      put_i64(t, tenths / 10);
      put(t, ".", 1);
      put_i64(t, tenths % 10);
      put_str(t, units[i].unit);
      return;
    }
  }
  put_i64(t, ns);
  put_str(t, "ns");
}

/* ------------------------------------------------------------------------
 * Argument formats (the letters of ntix-int.h)
 * ------------------------------------------------------------------------ */

typedef struct flag_name {
  uint32_t bit;
  const char *name;
} flag_name_t;

static const flag_name_t open_flags[] = {
    {NTIX_O_CREAT, "O_CREAT"},       {NTIX_O_EXCL, "O_EXCL"},
    {NTIX_O_TRUNC, "O_TRUNC"},       {NTIX_O_APPEND, "O_APPEND"},
    {NTIX_O_NONBLOCK, "O_NONBLOCK"}, {NTIX_O_DIRECTORY, "O_DIRECTORY"},
    {NTIX_O_NOFOLLOW, "O_NOFOLLOW"}, {NTIX_O_INHERIT, "O_INHERIT"},
};

static const flag_name_t poll_flags[] = {
    {NTIX_POLL_IN, "IN"},           {NTIX_POLL_PRI, "PRI"},
    {NTIX_POLL_OUT, "OUT"},         {NTIX_POLL_ERR, "ERR"},
    {NTIX_POLL_HUP, "HUP"},         {NTIX_POLL_RDHUP, "RDHUP"},
    {NTIX_POLL_ONESHOT, "ONESHOT"},
};

static void
arg_sep(text_t *t) {
  if (t->items++ > 0)
    put(t, ", ", 2);
}

static void
arg_int(text_t *t, int64_t v) {
  arg_sep(t);
  put_i64(t, v);
}

static void
arg_hex(text_t *t, uint64_t v) {
  arg_sep(t);
  put_hex(t, v);
}

static void
arg_mode(text_t *t, int mode) {
  arg_sep(t);
  if (mode < 0) {
    put_i64(t, mode);
    return;
  }
  put(t, "0", 1);
  if (mode != 0)
    put_u64(t, (uint64_t)mode, 8);
}

static void
arg_ptr(text_t *t, const void *p) {
  arg_sep(t);
  if (p == NULL)
    put_str(t, "NULL");
  else
    put_hex(t, (uint64_t)(uintptr_t)p);
}

/* Names joined by '|', then whatever bits no name covers, in hex. */
static void
put_flags(
    text_t *t, uint32_t v, const flag_name_t *names, size_t count, int first) {
  size_t i;

  for (i = 0; i < count; i++) {
    if ((v & names[i].bit) == 0)
      continue;
    if (!first)
      put(t, "|", 1);
    put_str(t, names[i].name);
    v &= ~names[i].bit;
    first = 0;
  }
  if (v != 0 || first) {
    if (!first)
      put(t, "|", 1);
    put_hex(t, v);
  }
}

static void
arg_oflags(text_t *t, int flags) {
  static const char *const modes[] = {"O_RDONLY", "O_WRONLY", "O_RDWR",
                                      "O_ACCMODE"};
  uint32_t v = (uint32_t)flags;

  arg_sep(t);
  put_str(t, modes[v & NTIX_O_ACCMODE]);
  put_flags(t, v & ~(uint32_t)NTIX_O_ACCMODE, open_flags,
            NTIX__ARRAY_SIZE(open_flags), 0);
  /* put_flags prints "|0x0" for no further bits; take it back. */
  if (t->len >= 4 && memcmp(t->buf + t->len - 4, "|0x0", 4) == 0)
    t->buf[t->len -= 4] = '\0';
}

static void
arg_events(text_t *t, uint32_t events) {
  arg_sep(t);
  put_flags(t, events, poll_flags, NTIX__ARRAY_SIZE(poll_flags), 1);
}

/* Quoted, control bytes escaped, bytes from 0x80 kept (UTF-8 stays
 * readable), cut after PATH_SHOWN bytes. */
static void
arg_path(text_t *t, const char *s) {
  size_t i;

  arg_sep(t);
  if (s == NULL) {
    put_str(t, "NULL");
    return;
  }
  put(t, "\"", 1);
  for (i = 0; s[i] != '\0' && i < PATH_SHOWN; i++) {
    unsigned char c = (unsigned char)s[i];
    char esc[4] = {'\\', 'x', "0123456789abcdef"[c >> 4],
                   "0123456789abcdef"[c & 15]};

    if (c == '"' || c == '\\') {
      esc[1] = (char)c;
      put(t, esc, 2);
    } else if (c < 0x20 || c == 0x7f) {
      put(t, esc, 4);
    } else {
      put(t, (const char *)&c, 1);
    }
  }
  put(t, "\"", 1);
  if (s[i] != '\0')
    put(t, "...", 3);
}

static void
arg_saddr(text_t *t, const ntix_sockaddr_t *sa) {
  char buf[NTIX_SOCKADDR_STRLEN];

  arg_sep(t);
  if (sa == NULL) {
    put_str(t, "NULL");
  } else if (ntix_sockaddr_format(sa, buf, sizeof(buf)) >= 0) {
    put_str(t, buf);
  } else {
    put_str(t, "{family=");
    put_i64(t, sa->family);
    put(t, "}", 1);
  }
}

int
ntix__trace_arg(text_t *t, char letter, ntix__trace_arg_t v) {
  switch (letter) {
    case 'd':
    case 'l':
      arg_int(t, v.i);
      return 0;
    case 'z':
      arg_int(t, (int64_t)v.u);
      return 0;
    case 'x':
    case 'X':
      arg_hex(t, v.u);
      return 0;
    case 'p':
      arg_ptr(t, v.p);
      return 0;
    case 's':
      arg_path(t, (const char *)v.p);
      return 0;
    case 'O':
      arg_oflags(t, (int)v.i);
      return 0;
    case 'm':
      arg_mode(t, (int)v.i);
      return 0;
    case 'a':
      arg_saddr(t, (const ntix_sockaddr_t *)v.p);
      return 0;
    case 'e':
      arg_events(t, (uint32_t)v.u);
      return 0;
    default:
      arg_sep(t);
      put_str(t, "?");
      return -1;
  }
}

/* ------------------------------------------------------------------------
 * The line of the default printer
 * ------------------------------------------------------------------------ */

/* ntix_open("a", O_RDONLY, 0) = -2 ENOENT [openat -> ENOENT (2)] 4.1us */
size_t
ntix__trace_line(const ntix_trace_record_t *rec, char *line, size_t cap) {
  char native[128];
  text_t t;
  const char *name;

  /* One byte is kept back for the newline. */
  ntix__text_init(&t, line, cap - 1);
  put_str(&t, rec->call);
  put(&t, "(", 1);
  put_str(&t, rec->args);
  put(&t, ") = ", 4);
  put_i64(&t, rec->result);
  if (rec->native_call != NULL) {
    name = ntix_err_name((int)rec->result);
    put(&t, " ", 1);
    put_str(&t, name != NULL ? name : "?");
    put(&t, " [", 2);
    put_str(&t, rec->native_call);
    if (rec->native_kind == NTIX_NATIVE_NONE) {
      put_str(&t, ": refused]");
    } else {
      if (ntix_native_format(rec->native_kind, rec->native_value, native,
                             sizeof(native)) < 0)
        snprintf(native, sizeof(native), "kind %d", (int)rec->native_kind);
      put(&t, " -> ", 4);
      put_str(&t, native);
      put(&t, "]", 1);
    }
  }
  put(&t, " ", 1);
  put_duration(&t, rec->duration_ns);
  line[t.len++] = '\n';
  line[t.len] = '\0';
  return t.len;
}

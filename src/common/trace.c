/* trace.c: call tracing (ntix_trace_set, NTIX_TRACE=1).  The entry points
 * (api-<area>.c) hand a traced call's arguments here with a format
 * (ntix-int.h); this file formats them, times the call with the monotonic
 * clock and gives the callback a record.  No OS interface of its own.
 */
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "ntix-int.h"

/* Longest argument text and trace line; longer ones are cut. */
#define ARGS_MAX 1024
#define LINE_MAX (ARGS_MAX + 256)
/* Bytes of a path argument shown before "...". */
#define PATH_SHOWN 80

static _Atomic(ntix_trace_fn) trace_fn;
static _Atomic(void *) trace_arg;
/* The entry points' one test (ntix__tracing): non-zero while a callback
 * is installed. */
int ntix__trace_on;

/* Every row of the list has a public prototype in ntix.h of the same type
 * as its backend function. */
#define SAME_TYPE(ret, name, params, linux_calls, win32_calls)             \
  _Static_assert(__builtin_types_compatible_p(__typeof__(ntix_##name),     \
                                              __typeof__(ntix__b_##name)), \
                 "ntix_" #name " and ntix__b_" #name " differ");
NTIX__API_LIST(SAME_TYPE)
#undef SAME_TYPE

void
ntix_trace_set(ntix_trace_fn fn, void *arg) {
  /* arg first, so that a call seeing the new fn mostly sees its arg too;
   * the header documents that this is not a guarantee. */
  atomic_store_explicit(&trace_arg, arg, memory_order_relaxed);
  atomic_store_explicit(&trace_fn, fn, memory_order_release);
  __atomic_store_n(&ntix__trace_on, fn != NULL, __ATOMIC_RELAXED);
  ntix__b_trace_changed(fn != NULL);
}

/* ------------------------------------------------------------------------
 * Text: a bounded buffer, always NUL-terminated; no C library formatting,
 * so that the bytes are the same on every OS and no locale is involved.
 * ------------------------------------------------------------------------ */

typedef struct text {
  char *buf;
  size_t cap; /* including the NUL */
  size_t len;
  int items; /* arguments so far, for the separators */
} text_t;

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

/* ------------------------------------------------------------------------
 * The traced path
 * ------------------------------------------------------------------------ */

/* One traced call in progress per thread: calls that a traced call makes
 * (its callback's, a signal handler's) are not traced. */
typedef struct trace_ctx {
  int busy;
  const char *call;
  ntix_trace_fn fn;
  void *arg;
  ntix_native_t saved; /* the caller's record before the call */
  int64_t t0;
  text_t args;
  char buf[ARGS_MAX];
} trace_ctx_t;

static _Thread_local trace_ctx_t ctx;

static int
native_is_clear(const ntix_native_t *n) {
  return n->kind == NTIX_NATIVE_NONE && n->value == 0 && n->neutral == 0 &&
         n->call == NULL;
}

static void
native_set(const ntix_native_t *n) {
  if (native_is_clear(n))
    ntix_native_clear();
  else
    ntix__fail(n->kind, n->value, n->neutral, n->call);
}

static void
format_args(text_t *t, const char *fmt, va_list ap) {
  for (; *fmt != '\0'; fmt++) {
    switch (*fmt) {
      case 'd':
        arg_int(t, va_arg(ap, int));
        break;
      case 'l':
        arg_int(t, va_arg(ap, int64_t));
        break;
      case 'z':
        arg_int(t, (int64_t)va_arg(ap, size_t));
        break;
      case 'x':
        arg_hex(t, va_arg(ap, unsigned));
        break;
      case 'X':
        arg_hex(t, va_arg(ap, uint64_t));
        break;
      case 'p':
        arg_ptr(t, va_arg(ap, const void *));
        break;
      case 's':
        arg_path(t, va_arg(ap, const char *));
        break;
      case 'O':
        arg_oflags(t, va_arg(ap, int));
        break;
      case 'm':
        arg_mode(t, va_arg(ap, int));
        break;
      case 'a':
        arg_saddr(t, va_arg(ap, const ntix_sockaddr_t *));
        break;
      case 'e':
        arg_events(t, va_arg(ap, uint32_t));
        break;
      default:
        /* A letter the list above lacks: a bug of the entry point, and
         * the rest of the arguments cannot be read safely. */
        arg_sep(t);
        put_str(t, "?");
        return;
    }
  }
}

int
ntix__trace_begin(const char *call, const char *fmt, ...) {
  trace_ctx_t *c = &ctx;
  va_list ap;

  c->fn = atomic_load_explicit(&trace_fn, memory_order_acquire);
  if (c->fn == NULL || c->busy)
    return 0;
  c->busy = 1;
  c->call = call;
  c->arg = atomic_load_explicit(&trace_arg, memory_order_relaxed);
  ntix_native_last(&c->saved);
  c->args.buf = c->buf;
  c->args.cap = sizeof(c->buf);
  c->args.len = 0;
  c->args.items = 0;
  c->buf[0] = '\0';
  va_start(ap, fmt);
  format_args(&c->args, fmt, ap);
  va_end(ap);
  /* After the arguments are formatted (formatting a bad address writes
   * the record too): the record is cleared so that a failure of this call
   * can be told from an older one. */
  ntix_native_clear();
  c->t0 = ntix__b_clock_mono();
  return 1;
}

int64_t
ntix__trace_end(int64_t result, int err) {
  trace_ctx_t *c = &ctx;
  int64_t t1 = ntix__b_clock_mono();
  ntix_trace_record_t rec;
  ntix_native_t after;

  ntix_native_last(&after);
  memset(&rec, 0, sizeof(rec));
  rec.call = c->call;
  rec.args = c->buf;
  rec.result = result;
  rec.native_kind = NTIX_NATIVE_NONE;
  rec.duration_ns = t1 > c->t0 ? t1 - c->t0 : 0;
  if (err && result < 0 && after.call != NULL) {
    rec.native_kind = after.kind;
    rec.native_value = after.value;
    rec.native_call = after.call;
  }
  /* The caller must see what an untraced call leaves: the call's own
   * record if it wrote one, else the record from before, whatever the
   * callback's own calls write. */
  if (native_is_clear(&after))
    after = c->saved;
  c->fn(&rec, c->arg);
  native_set(&after);
  c->busy = 0;
  return result;
}

/* ------------------------------------------------------------------------
 * NTIX_TRACE=1: the default printer
 * ------------------------------------------------------------------------ */

/* ntix_open("a", O_RDONLY, 0) = -2 ENOENT [openat -> ENOENT (2)] 4.1us */
static void
print_record(const ntix_trace_record_t *rec, void *arg) {
  char line[LINE_MAX], native[128];
  text_t t = {line, sizeof(line) - 1, 0, 0};
  const char *name;
  size_t off = 0;

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
      ntix_native_format(rec->native_kind, rec->native_value, native,
                         sizeof(native));
      put(&t, " -> ", 4);
      put_str(&t, native);
      put(&t, "]", 1);
    }
  }
  put(&t, " ", 1);
  put_duration(&t, rec->duration_ns);
  /* The buffer kept a byte back for the newline. */
  line[t.len++] = '\n';
  /* One write per line when it fits, so that lines from several threads
   * do not mix; the callback guard keeps this write untraced anyway. */
  while (off < t.len) {
    int64_t n = ntix__b_write(2, line + off, t.len - off);
    if (n <= 0)
      return;
    off += (size_t)n;
  }
}

/* The environment is read with the C library's getenv on both OSes: on
 * Windows the C runtime has built its copy of the process environment
 * before constructors run (a program's at the start of main, a DLL's in
 * its attach routine). */
static void __attribute__((constructor)) trace_from_env(void) {
  const char *v = getenv("NTIX_TRACE");

  if (v != NULL && v[0] != '\0' && strcmp(v, "0") != 0)
    ntix_trace_set(print_record, NULL);
}

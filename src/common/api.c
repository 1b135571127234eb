/* api.c: the public entry points of every call in api-list.h and call
 * tracing (ntix_trace_set, NTIX_TRACE=1).  Each entry point calls the
 * backend's ntix__b_<name> directly when no callback is installed; the
 * traced variant formats the arguments, times the call with the monotonic
 * clock and hands a record to the callback.  No OS interface of its own.
 */
#define NTIX__NO_RENAME 1

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
/* Set while this thread runs the callback: its own ntix calls go straight
 * to the backend instead of recursing into the callback. */
static _Thread_local int in_callback;

#ifdef NTIX__FAST_ENTRIES
/* The fast entries' gates (ntix-int.h), open while nothing traces. */
uintptr_t ntix__gate_buf = 0;
uint32_t ntix__gate_fd = NTIX__FD_WATCH_MAX;
#endif

void
ntix_trace_set(ntix_trace_fn fn, void *arg) {
  /* arg first, so that a call seeing the new fn mostly sees its arg too;
   * the header documents that this is not a guarantee. */
  atomic_store_explicit(&trace_arg, arg, memory_order_relaxed);
  atomic_store_explicit(&trace_fn, fn, memory_order_release);
#ifdef NTIX__FAST_ENTRIES
  __atomic_store_n(&ntix__gate_buf, fn != NULL ? UINTPTR_MAX : 0,
                   __ATOMIC_RELAXED);
  __atomic_store_n(&ntix__gate_fd, fn != NULL ? 0 : NTIX__FD_WATCH_MAX,
                   __ATOMIC_RELAXED);
#endif
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
 * Argument formats (the A_* items of api-list.h)
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

typedef struct trace_ctx {
  ntix_trace_fn fn;
  void *arg;
  ntix_native_t saved; /* the caller's record before the call */
  int64_t t0;
  text_t args;
  char buf[ARGS_MAX];
} trace_ctx_t;

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

/* 0 when the call is not to be traced after all: tracing was turned off
 * meanwhile, or this thread is inside the callback. */
static int
trace_begin(trace_ctx_t *c) {
  c->fn = atomic_load_explicit(&trace_fn, memory_order_acquire);
  if (c->fn == NULL || in_callback)
    return 0;
  c->arg = atomic_load_explicit(&trace_arg, memory_order_relaxed);
  ntix_native_last(&c->saved);
  c->args.buf = c->buf;
  c->args.cap = sizeof(c->buf);
  c->args.len = 0;
  c->args.items = 0;
  c->buf[0] = '\0';
  return 1;
}

/* After the arguments are formatted (formatting a bad address writes the
 * record too): the record is cleared so that a failure of this call can be
 * told from an older one. */
static void
trace_start(trace_ctx_t *c) {
  ntix_native_clear();
  c->t0 = ntix__b_clock_mono();
}

static void
trace_end(trace_ctx_t *c, const char *call, int64_t result, int err) {
  int64_t t1 = ntix__b_clock_mono();
  ntix_trace_record_t rec;
  ntix_native_t after;

  ntix_native_last(&after);
  memset(&rec, 0, sizeof(rec));
  rec.call = call;
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
  in_callback = 1;
  c->fn(&rec, c->arg);
  in_callback = 0;
  native_set(&after);
}

#define R_ERR 1
#define R_VAL 0
#define A_FD(x) arg_int(&c.args, (int64_t)(x));
#define A_INT(x) arg_int(&c.args, (int64_t)(x));
#define A_I64(x) arg_int(&c.args, (int64_t)(x));
#define A_SIZE(x) arg_int(&c.args, (int64_t)(x));
#define A_HEX(x) arg_hex(&c.args, (uint32_t)(x));
#define A_X64(x) arg_hex(&c.args, (uint64_t)(x));
#define A_OFLAGS(x) arg_oflags(&c.args, (x));
#define A_MODE(x) arg_mode(&c.args, (x));
#define A_PTR(x) arg_ptr(&c.args, (const void *)(x));
#define A_PATH(x) arg_path(&c.args, (x));
#define A_SADDR(x) arg_saddr(&c.args, (x));
#define A_EVENTS(x) arg_events(&c.args, (x));

/* Out of line and cold: the entry points below stay a test and a jump. */
#define TRACED(ret, name, params, args, result, fmt)  \
  static NTIX__COLD ret traced_##name params {        \
    trace_ctx_t c;                                    \
    ret r;                                            \
                                                      \
    if (!trace_begin(&c))                             \
      return ntix__b_##name args;                     \
    fmt trace_start(&c);                              \
    r = ntix__b_##name args;                          \
    trace_end(&c, "ntix_" #name, (int64_t)r, result); \
    return r;                                         \
  }
NTIX__API_LIST(TRACED)
#undef TRACED

/* The one test on the fast path.  A relaxed load is a plain load; the
 * traced path loads again with acquire before using the callback. */
#define ENTRY(ret, name, params, args, result, fmt)                           \
  ret ntix_##name params {                                                    \
    if (NTIX__LIKELY(atomic_load_explicit(&trace_fn, memory_order_relaxed) == \
                     NULL))                                                   \
      return ntix__b_##name args;                                             \
    return traced_##name args;                                                \
  }
#ifdef NTIX__FAST_ENTRIES
NTIX__API_REST(ENTRY)

/* The slow path of a fast entry whose gate test failed: tracing, or an
 * argument the test sends here (NULL buffer, long length, a watched fd). */
#define GATE(ret, name, params, args, result, fmt)                            \
  ret ntix__gate_##name params {                                              \
    if (atomic_load_explicit(&trace_fn, memory_order_relaxed) == NULL)        \
      return ntix__b_##name args;                                             \
    return traced_##name args;                                                \
  }
NTIX__API_FAST(GATE)
#undef GATE
#else
NTIX__API_LIST(ENTRY)
#endif
#undef ENTRY

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

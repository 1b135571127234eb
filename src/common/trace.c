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
  ntix__text_t args;
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

/* Each argument is read with its letter's type (ntix-int.h). */
static void
format_args(ntix__text_t *t, const char *fmt, va_list ap) {
  ntix__trace_arg_t v;

  for (; *fmt != '\0'; fmt++) {
    memset(&v, 0, sizeof(v));
    switch (*fmt) {
      case 'd':
      case 'O':
      case 'm':
        v.i = va_arg(ap, int);
        break;
      case 'l':
        v.i = va_arg(ap, int64_t);
        break;
      case 'z':
        v.u = va_arg(ap, size_t);
        break;
      case 'x':
        v.u = va_arg(ap, unsigned);
        break;
      case 'X':
        v.u = va_arg(ap, uint64_t);
        break;
      case 'e':
        v.u = va_arg(ap, uint32_t);
        break;
      case 'p':
      case 's':
      case 'a':
        v.p = va_arg(ap, const void *);
        break;
      default:
        break;
    }
    /* A letter the list lacks is a bug of the entry point, and the rest
     * of the arguments cannot be read safely. */
    if (ntix__trace_arg(t, *fmt, v) != 0)
      return;
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
  ntix__text_init(&c->args, c->buf, sizeof(c->buf));
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

static void
print_record(const ntix_trace_record_t *rec, void *arg) {
  char line[LINE_MAX];
  size_t len = ntix__trace_line(rec, line, sizeof(line)), off = 0;

  /* One write per line when it fits, so that lines from several threads
   * do not mix; the callback guard keeps this write untraced anyway. */
  while (off < len) {
    int64_t n = ntix__b_write(2, line + off, len - off);
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

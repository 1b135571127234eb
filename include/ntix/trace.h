/* ntix/trace.h: tracing.  Part of <ntix.h>, which is the header to include. */
#ifndef NTIX_TRACE_H
#define NTIX_TRACE_H

#include "base.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Tracing
 *
 * A callback sees every call the application makes to a call of this
 * interface that reaches the OS (not the table, error and format helpers),
 * after it returns.  Calls ntix makes internally, and calls the callback
 * itself makes, are not traced.  When no callback is installed the cost
 * is one predictable branch per call.  See doc/tracing.md.
 * ------------------------------------------------------------------------ */

typedef struct ntix_trace_record {
  const char *call; /* "ntix_open" */
  const char *args; /* the arguments as text: "\"a.txt\", O_RDONLY, 0" */
  int64_t result;   /* what the call returned, as int64_t */
  /* The failure behind a negative result: kind, value and the native call
   * that failed ("openat", "NtCreateFile", or the refusing ntix call with
   * kind NTIX_NATIVE_NONE); NTIX_NATIVE_NONE, 0 and NULL on success. */
  ntix_native_kind_t native_kind;
  uint32_t native_value;
  const char *native_call;
  int64_t duration_ns; /* monotonic time spent in the call, >= 0 */
} ntix_trace_record_t;

/* Called on the thread that made the call; rec and its strings are valid
 * only during the callback.  The callback may call ntix (untraced); the
 * caller's ntix_native_last record is what the call left, whatever the
 * callback does. */
typedef void (*ntix_trace_fn)(const ntix_trace_record_t *rec, void *arg);

/* Installs fn (with arg) for every thread; NULL turns tracing off.  Not
 * synchronised with calls in flight: a call running on another thread
 * while fn changes may still be reported to the old callback (or not at
 * all), so keep the old callback's arg valid until such calls are over.
 * Setting NTIX_TRACE=1 in the environment installs, when the library is
 * loaded, a printer writing one line per call to descriptor 2. */
NTIX_API void ntix_trace_set(ntix_trace_fn fn, void *arg);

#ifdef __cplusplus
}
#endif

#endif /* NTIX_TRACE_H */

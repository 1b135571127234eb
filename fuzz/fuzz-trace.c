/* fuzz-trace.c: the trace text (src/common/trace-fmt.c): arguments by
 * format letter and the NTIX_TRACE=1 line of a record.  The input is a
 * list of (letter, value) items; paths and native call names come from
 * the input too.  Oracles: the line ends in one newline and holds no other
 * control byte; it fits the buffer, whatever its size; a path argument
 * reads back (unescaped) as the path's first bytes. */
#include "fuzz.h"

typedef struct in {
  const uint8_t *p;
  size_t n;
} in_t;

static uint64_t
take(in_t *in, size_t bytes) {
  uint64_t v = 0;
  size_t i;

  for (i = 0; i < bytes && in->n > 0; i++, in->p++, in->n--)
    v |= (uint64_t)in->p[0] << (8 * i);
  return v;
}

/* A string of up to 255 bytes from the input, NUL-terminated. */
static char *
take_str(in_t *in) {
  size_t len = (size_t)take(in, 1);
  char *s;

  if (len > in->n)
    len = in->n;
  s = fuzz_strdup(in->p, len);
  in->p += len;
  in->n -= len;
  return s;
}

/* Undoes arg_path's escapes of the quoted text at q (after the opening
 * quote) into out; returns the bytes read back. */
static size_t
unquote(const char *q, char *out) {
  size_t n = 0;

  while (*q != '"') {
    if (q[0] == '\\' && q[1] == 'x') {
      out[n++] = (char)strtol((char[]){q[2], q[3], 0}, NULL, 16);
      q += 4;
    } else if (q[0] == '\\') {
      out[n++] = q[1];
      q += 2;
    } else {
      out[n++] = *q++;
    }
  }
  return n;
}

static void
check_line(const char *line, size_t len, size_t cap) {
  size_t i;

  FUZZ_CHECK(len < cap && strlen(line) == len && line[len - 1] == '\n');
  for (i = 0; i + 1 < len; i++)
    FUZZ_CHECK((unsigned char)line[i] >= 0x20 && line[i] != 0x7f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char letters[] = "dlzxXpsOmae?";
  char buf[1024], *strs[16], *call, *line;
  ntix_sockaddr_t sas[16];
  ntix_trace_record_t rec;
  ntix__text_t t;
  in_t in = {data, size};
  size_t ns = 0, na = 0, cap, len, k;
  int items = 0;

  ntix__text_init(&t, buf, sizeof(buf));
  while (in.n > 0 && items < 16) {
    char letter = letters[take(&in, 1) % (sizeof(letters) - 1)];
    ntix__trace_arg_t v;

    v.u = take(&in, 8);
    if (letter == 's' && (v.u & 1)) {
      char back[300], *q;
      size_t before = t.len, got;

      strs[ns] = take_str(&in);
      v.p = strs[ns];
      ntix__trace_arg(&t, 's', v);
      /* Unless the buffer cut it, the text reads back as the path. */
      q = strchr(t.buf + before, '"');
      if (q != NULL && t.len < sizeof(buf) - 1) {
        got = unquote(q + 1, back);
        FUZZ_CHECK(got == strlen(strs[ns]) || got == 80);
        FUZZ_CHECK(memcmp(back, strs[ns], got) == 0);
      }
      ns++;
    } else if (letter == 'a' && (v.u & 1)) {
      memset(&sas[na], 0, sizeof(sas[na]));
      sas[na].family = (uint16_t)take(&in, 2);
      sas[na].port = (uint16_t)take(&in, 2);
      sas[na].scope_id = (uint32_t)take(&in, 4);
      for (k = 0; k < 16; k++) sas[na].addr[k] = (uint8_t)take(&in, 1);
      v.p = &sas[na++];
      ntix__trace_arg(&t, 'a', v);
    } else {
      if (letter == 's' || letter == 'a')
        v.p = NULL; /* a pointer the formatter would read */
      ntix__trace_arg(&t, letter, v);
    }
    FUZZ_CHECK(t.len < sizeof(buf) && t.buf[t.len] == '\0');
    items++;
  }
  memset(&rec, 0, sizeof(rec));
  call = take_str(&in);
  rec.call = "ntix_fuzz";
  rec.args = buf;
  rec.result = (int64_t)take(&in, 8);
  rec.native_kind = (ntix_native_kind_t)take(&in, 1);
  rec.native_value = (uint32_t)take(&in, 4);
  rec.native_call = (take(&in, 1) & 1) ? call : NULL;
  rec.duration_ns = (int64_t)take(&in, 8);
  cap = 2 + (size_t)take(&in, 2) % 1400;
  line = malloc(cap);
  len = ntix__trace_line(&rec, line, cap);
  /* Control bytes in the native call's name are the caller's (ntix's own
   * names are literals); everything else is the formatter's. */
  if (rec.native_call == NULL)
    check_line(line, len, cap);
  else
    FUZZ_CHECK(len < cap && line[len - 1] == '\n' && line[len] == '\0');
  free(line);
  free(call);
  while (ns > 0) free(strs[--ns]);
  return 0;
}

/* fuzz-utf.c: UTF-8 <-> UTF-16 (src/common/utf.c).  Oracles: an
 * independent WTF-8 validator decides which inputs convert; UTF-16 ->
 * UTF-8 -> UTF-16 gives the input back for every unit sequence, UTF-8 ->
 * UTF-16 -> UTF-8 for every accepted byte sequence; too small buffers are
 * refused, never overrun (buffers are allocated to the exact size). */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* Well-formed UTF-8 after the Unicode standard's Table 3-7, with the
 * surrogate range ED A0..BF allowed as WTF-8 does, except a high
 * surrogate directly followed by a low one (that pair is CESU-8). */
static int
ref_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  int prev_high = 0;

  while (i < n) {
    uint8_t c = s[i];
    size_t k, len;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t cp;

    if (c < 0x80) {
      i++;
      prev_high = 0;
      continue;
    }
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
      len = 3;
    else if (c >= 0xF0 && c <= 0xF4)
      len = 4;
    else
      return 0;
    if (c == 0xE0)
      lo = 0xA0;
    else if (c == 0xF0)
      lo = 0x90;
    else if (c == 0xF4)
      hi = 0x8F;
    if (n - i < len || s[i + 1] < lo || s[i + 1] > hi)
      return 0;
    for (k = 2; k < len; k++)
      if ((s[i + k] & 0xC0) != 0x80)
        return 0;
    cp = len == 2 ? 0 : (uint32_t)(c & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6;
    if (c == 0xED && cp >= 0xDC00 && prev_high)
      return 0;
    prev_high = c == 0xED && cp >= 0xD800 && cp < 0xDC00;
    i += len;
  }
  return 1;
}

static void
check_utf8(const uint8_t *data, size_t size) {
  uint16_t *u = malloc((size + 1) * sizeof(*u));
  char *back, *z;
  int64_t n, m, k;
  int ok = ref_valid(data, size);
  size_t cap;

  n = ntix__utf8_to_utf16((const char *)data, size, u, size + 1);
  FUZZ_CHECK(ok ? n >= 0 : n == NTIX_EILSEQ);
  z = fuzz_strdup(data, size);
  if (strlen(z) == size)
    FUZZ_CHECK(ntix__utf8_valid(z) == ok);
  free(z);
  if (n < 0) {
    free(u);
    return;
  }
  FUZZ_CHECK(u[n] == 0);
  /* Each unit needs at most three bytes (a pair four for two units). */
  back = malloc((size_t)n * 3 + 1);
  m = ntix__utf16_to_utf8(u, (size_t)n, back, (size_t)n * 3 + 1, 0);
  FUZZ_CHECK(m == (int64_t)size && memcmp(back, data, size) == 0);
  free(back);
  /* Every capacity below the need is refused without overrunning. */
  for (cap = 0; cap <= (size_t)n && cap < 8; cap++) {
    uint16_t *small = malloc(cap ? cap * sizeof(*small) : 1);
    k = ntix__utf8_to_utf16((const char *)data, size, small, cap);
    FUZZ_CHECK(k == NTIX_ENAMETOOLONG);
    free(small);
  }
  free(u);
}

static void
check_utf16(const uint8_t *data, size_t size) {
  size_t n = size / 2, i;
  uint16_t *u = malloc((n + 1) * sizeof(*u)), *again;
  char *s;
  int64_t m, k;

  for (i = 0; i < n; i++) u[i] = (uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
  s = malloc(n * 3 + 1);
  m = ntix__utf16_to_utf8(u, n, s, n * 3 + 1, 0);
  FUZZ_CHECK(m >= 0 && (size_t)m <= n * 3 && s[m] == '\0');
  FUZZ_CHECK(ref_valid((const uint8_t *)s, (size_t)m));
  again = malloc((n + 1) * sizeof(*again));
  k = ntix__utf8_to_utf16(s, (size_t)m, again, n + 1);
  FUZZ_CHECK(k == (int64_t)n && memcmp(again, u, n * sizeof(*u)) == 0);
  /* The exact size fits; one byte less is refused, with ERANGE if asked. */
  k = ntix__utf16_to_utf8(u, n, s, (size_t)m + 1, 1);
  FUZZ_CHECK(k == m);
  FUZZ_CHECK(ntix__utf16_to_utf8(u, n, s, (size_t)m, 1) == NTIX_ERANGE);
  FUZZ_CHECK(ntix__utf16_to_utf8(u, n, s, (size_t)m, 0) == NTIX_ENAMETOOLONG);
  free(again);
  free(s);
  free(u);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  check_utf8(data, size);
  check_utf16(data, size);
  return 0;
}

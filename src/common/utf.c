/* utf.c: UTF-8 <-> UTF-16 for Windows paths and names.  OS-free so that it
 * is tested on both OSes.  Lone surrogates travel as WTF-8 so that every
 * name a directory listing returns can be opened again.
 */
#include <string.h>

#include "ntix-int.h"

/* Decodes one sequence at s[*i], advancing *i; returns the code point or -1
 * for invalid input. */
static int32_t
utf8_next(const unsigned char *s, size_t len, size_t *i) {
  unsigned char c = s[*i];
  int32_t cp, min;
  size_t n, k;

  if (c < 0x80) {
    *i += 1;
    return c;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return -1; /* continuation byte, C0/C1 overlong lead, or F5..FF */
  }
  if (len - *i <= n)
    return -1;
  for (k = 1; k <= n; k++) {
    unsigned char cc = s[*i + k];
    if ((cc & 0xC0) != 0x80)
      return -1;
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF)
    return -1;
  *i += n + 1;
  return cp;
}

int64_t
ntix__utf8_to_utf16(const char *s, size_t len, uint16_t *out, size_t cap) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, o = 0;
  int prev_high = 0;

  while (i < len) {
    int32_t cp = utf8_next(u, len, &i);
    if (cp < 0)
      return NTIX_EILSEQ;
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      /* A high surrogate followed by a low one, each encoded on its own, is
       * a pair in disguise (CESU-8): not UTF-8, not WTF-8. */
      if (cp >= 0xDC00 && prev_high)
        return NTIX_EILSEQ;
      prev_high = cp < 0xDC00;
    } else {
      prev_high = 0;
    }
    if (cp >= 0x10000) {
      if (o + 2 >= cap)
        return NTIX_ENAMETOOLONG;
      cp -= 0x10000;
      out[o++] = (uint16_t)(0xD800 + (cp >> 10));
      out[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      if (o + 1 >= cap)
        return NTIX_ENAMETOOLONG;
      out[o++] = (uint16_t)cp;
    }
  }
  if (cap == 0)
    return NTIX_ENAMETOOLONG;
  out[o] = 0;
  return (int64_t)o;
}

int64_t
ntix__utf16_to_utf8(
    const uint16_t *s, size_t len, char *out, size_t cap, int range) {
  int too_long = range ? NTIX_ERANGE : NTIX_ENAMETOOLONG;
  size_t i = 0, o = 0;

  while (i < len) {
    uint32_t cp = s[i++];
    size_t n;

    if (cp >= 0xD800 && cp <= 0xDBFF && i < len && s[i] >= 0xDC00 &&
        s[i] <= 0xDFFF)
      cp = 0x10000 + ((cp - 0xD800) << 10) + (s[i++] - 0xDC00);
    n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (o + n >= cap)
      return too_long;
    switch (n) {
      case 1:
        out[o++] = (char)cp;
        break;
      case 2:
        out[o++] = (char)(0xC0 | (cp >> 6));
        out[o++] = (char)(0x80 | (cp & 0x3F));
        break;
      case 3:
        out[o++] = (char)(0xE0 | (cp >> 12));
        out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[o++] = (char)(0x80 | (cp & 0x3F));
        break;
      default:
        out[o++] = (char)(0xF0 | (cp >> 18));
        out[o++] = (char)(0x80 | ((cp >> 12) & 0x3F));
        out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[o++] = (char)(0x80 | (cp & 0x3F));
        break;
    }
  }
  if (cap == 0)
    return too_long;
  out[o] = '\0';
  return (int64_t)o;
}

int
ntix__utf8_valid(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, len = strlen(s);
  int prev_high = 0;

  while (i < len) {
    int32_t cp = utf8_next(u, len, &i);
    if (cp < 0)
      return 0;
    if (cp >= 0xDC00 && cp <= 0xDFFF && prev_high)
      return 0;
    prev_high = cp >= 0xD800 && cp <= 0xDBFF;
  }
  return 1;
}

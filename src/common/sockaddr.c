/* sockaddr.c: ntix_sockaddr_parse and ntix_sockaddr_format, the numeric
 * text forms "a.b.c.d:port" and "[ipv6%scope]:port".  IPv6 is read in every
 * RFC 4291 text form and written in the RFC 5952 canonical one.  Also the
 * text of Linux's ip_local_port_range, which both backends read (Windows
 * under Wine).  Pure functions: no OS call, no resolver, the same result
 * on every OS.
 */
#include <string.h>

#include "ntix-int.h"

/* A decimal number of at most maxdig digits and value at most max, without
 * sign or leading zeros (so "010" cannot be mistaken for octal).  Advances
 * *p past it; -1 if there is none. */
static int64_t
parse_dec(const char **p, int maxdig, int64_t max) {
  const char *s = *p;
  int64_t v = 0;
  int n = 0;

  while (s[n] >= '0' && s[n] <= '9') {
    if (n == maxdig)
      return -1;
    v = v * 10 + (s[n] - '0');
    n++;
  }
  if (n == 0 || (n > 1 && s[0] == '0') || v > max)
    return -1;
  *p = s + n;
  return v;
}

/* Four dotted decimal octets into out[4]. */
static int
parse_v4(const char **p, uint8_t *out) {
  const char *s = *p;
  int i;

  for (i = 0; i < 4; i++) {
    int64_t v;
    if (i > 0 && *s++ != '.')
      return -1;
    if ((v = parse_dec(&s, 3, 255)) < 0)
      return -1;
    out[i] = (uint8_t)v;
  }
  *p = s;
  return 0;
}

static int
hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* One group of 1-4 hex digits; -1 if there is none. */
static int32_t
parse_group(const char **p) {
  const char *s = *p;
  int32_t v = 0;
  int n, d;

  for (n = 0; (d = hex_value(s[n])) >= 0; n++) {
    if (n == 4)
      return -1;
    v = v << 4 | d;
  }
  if (n == 0)
    return -1;
  *p = s + n;
  return v;
}

/* True if a dotted IPv4 tail starts at s: digits then '.' before any ':'. */
static int
v4_tail_ahead(const char *s) {
  while (hex_value(*s) >= 0) s++;
  return *s == '.';
}

/* Reads groups into words[] from *p until the end of the address (any
 * character that is neither a group nor ':').  Returns the count of 16-bit
 * words written, sets *gap to the word index of "::" (or -1).  An embedded
 * IPv4 address is taken as the last two words. */
static int
parse_v6_words(const char **p, uint16_t *words, int *gap) {
  const char *s = *p;
  int n = 0;

  *gap = -1;
  if (s[0] == ':' && s[1] == ':') {
    *gap = 0;
    s += 2;
    if (hex_value(*s) < 0)
      goto done; /* "::" alone */
  }
  for (;;) {
    int32_t g;
    if (n <= 6 && v4_tail_ahead(s)) {
      uint8_t b[4];
      if (parse_v4(&s, b) < 0)
        return -1;
      words[n++] = (uint16_t)(b[0] << 8 | b[1]);
      words[n++] = (uint16_t)(b[2] << 8 | b[3]);
      break;
    }
    if (n == 8 || (g = parse_group(&s)) < 0)
      return -1;
    words[n++] = (uint16_t)g;
    if (s[0] != ':')
      break;
    if (s[1] == ':') {
      if (*gap >= 0)
        return -1; /* a second "::" */
      *gap = n;
      s += 2;
      if (hex_value(*s) < 0)
        break; /* "::" at the end */
    } else {
      s++;
    }
  }
done:
  *p = s;
  return n;
}

/* An RFC 4291 address into out[16]: eight groups, or fewer with exactly
 * one "::" standing for at least one zero group. */
static int
parse_v6(const char **p, uint8_t *out) {
  uint16_t words[8];
  int gap, n, i, j;

  if ((n = parse_v6_words(p, words, &gap)) < 0)
    return -1;
  if (gap < 0 ? n != 8 : n > 7)
    return -1;
  memset(out, 0, 16);
  for (i = 0, j = 0; i < n; i++, j++) {
    if (i == gap)
      j += 8 - n;
    out[2 * j] = (uint8_t)(words[i] >> 8);
    out[2 * j + 1] = (uint8_t)words[i];
  }
  return 0;
}

/* "[addr]" or "[addr%scope]" with a decimal scope. */
static int
parse_bracketed(const char **p, ntix_sockaddr_t *sa) {
  const char *s = *p + 1;
  int64_t scope = 0;

  if (parse_v6(&s, sa->addr) < 0)
    return -1;
  if (*s == '%') {
    s++;
    if ((scope = parse_dec(&s, 10, UINT32_MAX)) < 0)
      return -1;
  }
  if (*s++ != ']')
    return -1;
  sa->family = NTIX_AF_INET6;
  sa->scope_id = (uint32_t)scope;
  *p = s;
  return 0;
}

int
ntix_sockaddr_parse(const char *text, ntix_sockaddr_t *out) {
  ntix_sockaddr_t sa;
  const char *s = text;
  int64_t port;
  int rc;

  if (text == NULL || out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_sockaddr_parse");
  memset(&sa, 0, sizeof(sa));
  if (*s == '[') {
    rc = parse_bracketed(&s, &sa);
  } else {
    sa.family = NTIX_AF_INET;
    rc = parse_v4(&s, sa.addr);
  }
  /* The port is required, and nothing may follow it. */
  if (rc < 0 || *s++ != ':' || (port = parse_dec(&s, 5, 65535)) < 0 ||
      *s != '\0')
    return ntix__refuse(NTIX_EINVAL, "ntix_sockaddr_parse");
  sa.port = (uint16_t)port;
  *out = sa;
  return 0;
}

/* ---- formatting ---- */

/* Appends text to a buffer that counts what it would need beyond its
 * size, so the caller learns the length in one pass. */
typedef struct out {
  char *buf;
  size_t size;
  size_t len;
} out_t;

static void
put_str(out_t *o, const char *s) {
  for (; *s != '\0'; s++, o->len++)
    if (o->len < o->size)
      o->buf[o->len] = *s;
}

static void
put_dec(out_t *o, uint32_t v) {
  char tmp[11];
  int i = (int)sizeof(tmp) - 1;

  tmp[i] = '\0';
  do {
    tmp[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  put_str(o, tmp + i);
}

static void
put_hex(out_t *o, uint32_t v) {
  static const char digits[] = "0123456789abcdef";
  char tmp[5];
  int i = (int)sizeof(tmp) - 1;

  tmp[i] = '\0';
  do {
    tmp[--i] = digits[v & 15];
    v >>= 4;
  } while (v != 0);
  put_str(o, tmp + i);
}

static void
put_v4(out_t *o, const uint8_t *b) {
  int i;

  for (i = 0; i < 4; i++) {
    if (i > 0)
      put_str(o, ".");
    put_dec(o, b[i]);
  }
}

/* The longest run of at least two zero words (the first on ties) in
 * words[0..n): its start, or -1; its length in *len. */
static int
longest_zero_run(const uint16_t *words, int n, int *len) {
  int best = -1, best_len = 1, i, j;

  for (i = 0; i < n; i = j + 1) {
    for (j = i; j < n && words[j] == 0; j++)
      ;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
  }
  *len = best_len;
  return best;
}

static int
is_v4_mapped(const uint8_t *a) {
  static const uint8_t prefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

  return memcmp(a, prefix, sizeof(prefix)) == 0;
}

/* RFC 5952: lowercase hex without leading zeros, the longest run of two
 * or more zero groups as "::", and ::ffff:a.b.c.d for v4-mapped. */
static void
put_v6(out_t *o, const uint8_t *a) {
  uint16_t words[8];
  int n = 8, i, run, run_len;

  for (i = 0; i < 8; i++) words[i] = (uint16_t)(a[2 * i] << 8 | a[2 * i + 1]);
  if (is_v4_mapped(a))
    n = 6;
  run = longest_zero_run(words, n, &run_len);
  for (i = 0; i < n; i++) {
    if (i == run) {
      put_str(o, "::");
      i += run_len - 1;
      continue;
    }
    if (i > 0 && i != run + run_len)
      put_str(o, ":");
    put_hex(o, words[i]);
  }
  if (n == 6) {
    if (run + run_len != 6)
      put_str(o, ":");
    put_v4(o, a + 12);
  }
}

int
ntix_sockaddr_format(const ntix_sockaddr_t *sa, char *buf, size_t size) {
  out_t o = {buf, size, 0};

  if (sa == NULL || buf == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_sockaddr_format");
  if (sa->family == NTIX_AF_INET) {
    put_v4(&o, sa->addr);
  } else if (sa->family == NTIX_AF_INET6) {
    put_str(&o, "[");
    put_v6(&o, sa->addr);
    if (sa->scope_id != 0) {
      put_str(&o, "%");
      put_dec(&o, sa->scope_id);
    }
    put_str(&o, "]");
  } else {
    return ntix__refuse(NTIX_EINVAL, "ntix_sockaddr_format");
  }
  put_str(&o, ":");
  put_dec(&o, sa->port);
  if (o.len >= size) {
    /* Leave no unterminated fragment behind for a careless caller. */
    if (size > 0)
      buf[0] = '\0';
    return ntix__refuse(NTIX_ERANGE, "ntix_sockaddr_format");
  }
  buf[o.len] = '\0';
  return (int)o.len;
}

/* A decimal number after blanks, at most 7 digits; -1 if there is none. */
static long
range_num(const char **p) {
  long v = -1;

  while (**p == ' ' || **p == '\t') (*p)++;
  while (**p >= '0' && **p <= '9' && v < 1000000)
    v = (v < 0 ? 0 : v * 10) + (*(*p)++ - '0');
  return v;
}

int
ntix__port_range_parse(const char *s, int *lo, int *hi) {
  long a = range_num(&s);
  long b = range_num(&s);

  if (a < 1 || b < a || b > 65535)
    return -1;
  *lo = (int)a;
  *hi = (int)b;
  return 0;
}

/* fuzz-sockaddr.c: ntix_sockaddr_parse and ntix_sockaddr_format
 * (src/common/sockaddr.c).  Oracles: the round trip (text that parses
 * formats to a canonical text that parses to the same address, and the
 * canonical text formats to itself); every address formats within
 * NTIX_SOCKADDR_STRLEN and parses back; a buffer one byte short is
 * refused with an empty string; the C library's inet_pton agrees on
 * which IPv4 and bracketed IPv6 texts are addresses and what they are. */
#include <arpa/inet.h>

#include "fuzz.h"

static int
same(const ntix_sockaddr_t *a, const ntix_sockaddr_t *b) {
  return a->family == b->family && a->port == b->port &&
         a->scope_id == b->scope_id && memcmp(a->addr, b->addr, 16) == 0;
}

/* Formats sa, checks the length contract, parses it back. */
static void
round_trip(const ntix_sockaddr_t *sa) {
  char buf[NTIX_SOCKADDR_STRLEN], again[NTIX_SOCKADDR_STRLEN], *small;
  ntix_sockaddr_t back;
  int n;

  n = ntix_sockaddr_format(sa, buf, sizeof(buf));
  FUZZ_CHECK(n > 0 && (size_t)n < sizeof(buf) && strlen(buf) == (size_t)n);
  FUZZ_CHECK(ntix_sockaddr_parse(buf, &back) == 0);
  FUZZ_CHECK(same(sa, &back));
  FUZZ_CHECK(ntix_sockaddr_format(&back, again, sizeof(again)) == n);
  FUZZ_CHECK(strcmp(buf, again) == 0);
  small = malloc((size_t)n);
  memset(small, 'x', (size_t)n);
  FUZZ_CHECK(ntix_sockaddr_format(sa, small, (size_t)n) == NTIX_ERANGE);
  FUZZ_CHECK(small[0] == '\0');
  free(small);
}

/* What inet_pton makes of the address part of text ("a.b.c.d:port" or
 * "[v6]:port", no scope): 1 with the bytes, 0 if it refuses, -1 when the
 * text has no such shape. */
static int
ref_parse(const char *text, ntix_sockaddr_t *ref) {
  const char *colon = strrchr(text, ':');
  char addr[128];
  size_t len;
  int v6 = text[0] == '[';

  memset(ref, 0, sizeof(*ref));
  if (colon == NULL)
    return -1;
  if (v6) {
    if (colon == text || colon[-1] != ']')
      return -1;
    text++;
    len = (size_t)(colon - 1 - text);
  } else {
    len = (size_t)(colon - text);
  }
  if (len >= sizeof(addr) || memchr(text, '%', len) != NULL)
    return -1;
  memcpy(addr, text, len);
  addr[len] = '\0';
  ref->family = v6 ? NTIX_AF_INET6 : NTIX_AF_INET;
  return inet_pton(v6 ? AF_INET6 : AF_INET, addr, ref->addr) == 1;
}

/* A port as ntix reads it: 1-5 digits, no leading zero, <= 65535. */
static int
port_ok(const char *p) {
  size_t n = strlen(p), i;
  long v = 0;

  if (n == 0 || n > 5 || (n > 1 && p[0] == '0'))
    return 0;
  for (i = 0; i < n; i++) {
    if (p[i] < '0' || p[i] > '9')
      return 0;
    v = v * 10 + (p[i] - '0');
  }
  return v <= 65535;
}

static void
check_text(const uint8_t *data, size_t size) {
  char *text = fuzz_strdup(data, size);
  ntix_sockaddr_t sa, ref;
  int rc = ntix_sockaddr_parse(text, &sa), want;

  FUZZ_CHECK(rc == 0 || rc == NTIX_EINVAL);
  if (rc == 0)
    round_trip(&sa);
  want = ref_parse(text, &ref);
  if (want >= 0 && port_ok(strrchr(text, ':') + 1)) {
    FUZZ_CHECK((rc == 0) == (want == 1));
    if (rc == 0)
      FUZZ_CHECK(memcmp(sa.addr, ref.addr, 16) == 0 && sa.family == ref.family);
  }
  free(text);
}

static void
check_struct(const uint8_t *data, size_t size) {
  ntix_sockaddr_t sa;

  if (size < 23)
    return;
  memset(&sa, 0, sizeof(sa));
  sa.family = (data[0] & 1) ? NTIX_AF_INET6 : NTIX_AF_INET;
  sa.port = (uint16_t)(data[1] | data[2] << 8);
  memcpy(sa.addr, data + 3, sa.family == NTIX_AF_INET6 ? 16 : 4);
  if (sa.family == NTIX_AF_INET6)
    memcpy(&sa.scope_id, data + 19, 4);
  round_trip(&sa);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  check_text(data, size);
  check_struct(data, size);
  return 0;
}

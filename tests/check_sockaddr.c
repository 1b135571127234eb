/* check_sockaddr.c: the numeric address text forms on both OSes:
 * ntix_sockaddr_parse takes strict dotted IPv4 and every RFC 4291 IPv6
 * form with a required port; ntix_sockaddr_format writes RFC 5952 and
 * round-trips; what each refuses.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

/* "sockaddr: <what> <text>" in a static buffer, for one scenario row. */
static const char *
scenario(const char *what, const char *text) {
  static char buf[160];

  snprintf(buf, sizeof(buf), "sockaddr: %s %s", what, text);
  return buf;
}

/* Parses text, formats the result and compares with want. */
static void
expect_canonical(const char *text, const char *want) {
  ntix_sockaddr_t sa;
  char out[NTIX_SOCKADDR_STRLEN];

  NT_EXPECT(scenario("parse", text), ntix_sockaddr_parse(text, &sa), 0);
  NT_EXPECT(scenario("format", text),
            ntix_sockaddr_format(&sa, out, sizeof(out)), (int)strlen(want));
  ck_assert_msg(strcmp(out, want) == 0, "%s formatted as %s, want %s", text,
                out, want);
}

START_TEST(parse_ipv4) {
  ntix_sockaddr_t sa;
  static const uint8_t lo[4] = {127, 0, 0, 1};

  memset(&sa, 0xee, sizeof(sa));
  NT_EXPECT("sockaddr: parse 127.0.0.1:8080",
            ntix_sockaddr_parse("127.0.0.1:8080", &sa), 0);
  ck_assert_uint_eq(sa.family, NTIX_AF_INET);
  ck_assert_uint_eq(sa.port, 8080);
  ck_assert_uint_eq(sa.scope_id, 0);
  ck_assert(memcmp(sa.addr, lo, 4) == 0);
  ck_assert(sa.addr[4] == 0 && sa.addr[15] == 0);
  expect_canonical("0.0.0.0:0", "0.0.0.0:0");
  expect_canonical("255.255.255.255:65535", "255.255.255.255:65535");
  expect_canonical("10.0.100.9:443", "10.0.100.9:443");
}
END_TEST

START_TEST(parse_ipv6) {
  ntix_sockaddr_t sa;

  NT_EXPECT("sockaddr: parse [fe80::1%3]:80",
            ntix_sockaddr_parse("[fe80::1%3]:80", &sa), 0);
  ck_assert_uint_eq(sa.family, NTIX_AF_INET6);
  ck_assert_uint_eq(sa.port, 80);
  ck_assert_uint_eq(sa.scope_id, 3);
  ck_assert(sa.addr[0] == 0xfe && sa.addr[1] == 0x80 && sa.addr[15] == 1);
  NT_EXPECT("sockaddr: parse [::ffff:1.2.3.4]:443",
            ntix_sockaddr_parse("[::ffff:1.2.3.4]:443", &sa), 0);
  ck_assert(sa.addr[10] == 0xff && sa.addr[11] == 0xff && sa.addr[12] == 1 &&
            sa.addr[15] == 4 && sa.addr[9] == 0);
  expect_canonical("[::1]:0", "[::1]:0");
  expect_canonical("[::]:80", "[::]:80");
  expect_canonical("[1:2:3:4:5:6:7:8]:1", "[1:2:3:4:5:6:7:8]:1");
  expect_canonical("[1::]:1", "[1::]:1");
  expect_canonical("[1:2:3:4:5:6:7::]:1", "[1:2:3:4:5:6:7:0]:1");
  expect_canonical("[::2:3:4:5:6:7:8]:1", "[0:2:3:4:5:6:7:8]:1");
  expect_canonical("[2001:DB8::A]:1", "[2001:db8::a]:1");
  expect_canonical("[0000:0000::0001]:1", "[::1]:1");
  expect_canonical("[1:2:3:4:5:6:1.2.3.4]:1", "[1:2:3:4:5:6:102:304]:1");
  expect_canonical("[::1.2.3.4]:1", "[::102:304]:1");
  expect_canonical("[::FFFF:10.0.0.1]:1", "[::ffff:10.0.0.1]:1");
  expect_canonical("[::ffff:0:0]:1", "[::ffff:0.0.0.0]:1");
  expect_canonical("[fe80::1%4294967295]:65535", "[fe80::1%4294967295]:65535");
  expect_canonical("[fe80::1%0]:1", "[fe80::1]:1");
}
END_TEST

/* RFC 5952 section 4: the canonical form. */
START_TEST(format_rfc5952) {
  expect_canonical("[2001:0db8:0:0:1:0:0:1]:1", "[2001:db8::1:0:0:1]:1");
  expect_canonical("[2001:db8:0:0:0:0:2:1]:1", "[2001:db8::2:1]:1");
  expect_canonical("[2001:db8:0:1:1:1:1:1]:1", "[2001:db8:0:1:1:1:1:1]:1");
  expect_canonical("[2001:db8:0:0:1:0:0:0]:1", "[2001:db8:0:0:1::]:1");
  expect_canonical("[1:0:0:2:0:0:0:3]:1", "[1:0:0:2::3]:1");
  expect_canonical("[0:0:1:0:0:0:0:0]:1", "[0:0:1::]:1");
  expect_canonical("[0:1:0:1:0:1:0:1]:1", "[0:1:0:1:0:1:0:1]:1");
  expect_canonical("[ABCD:EF01:2345:6789:ABCD:EF01:2345:6789]:9",
                   "[abcd:ef01:2345:6789:abcd:ef01:2345:6789]:9");
  expect_canonical("[0:0:0:0:0:1:0:0]:1", "[::1:0:0]:1");
  expect_canonical("[::fffe:1.2.3.4]:1", "[::fffe:102:304]:1");
}
END_TEST

START_TEST(parse_rejects) {
  static const char *const bad[] = {
      "",
      "127.0.0.1",
      "127.0.0.1:",
      "127.0.0.1:65536",
      "127.0.0.1:-1",
      "127.0.0.1:+80",
      "+127.0.0.1:80",
      "256.0.0.1:80",
      "1.2.3:80",
      "1.2.3.4.5:80",
      "01.2.3.4:80",
      "1.2.3.010:80",
      "1.2.3.4:80x",
      " 1.2.3.4:80",
      "1.2.3.4 :80",
      "1.2.3.4: 80",
      "0x7f.0.0.1:80",
      "1.2.3.4:00080",
      "1.2.3.4:123456",
      "1..3.4:80",
      "1.2.3.4::80",
      "localhost:80",
      "[::1]",
      "[::1]:",
      "::1:80",
      "[::1:80",
      "::1]:80",
      "[1:2:3:4:5:6:7:8:9]:1",
      "[1:2:3:4:5:6:7]:1",
      "[1::2::3]:1",
      "[12345::]:1",
      "[:1]:1",
      "[1:]:1",
      "[1:2:3:4:5:6:7:8::]:1",
      "[::1:2:3:4:5:6:7:8]:1",
      "[::1%]:1",
      "[::1%eth0]:1",
      "[::1%4294967296]:1",
      "[::1%-1]:1",
      "[1:2:3:4:5:6:7:1.2.3.4]:1",
      "[::1.2.3]:1",
      "[::1.2.3.4:5]:1",
      "[::256.1.1.1]:1",
      "[1.2.3.4]:1",
      "[]:1",
      "[:::]:1",
      "[:]:1",
      "[fe80::1%3]",
      "[::g]:1",
      "[ ::1]:1",
      "[::1] :1",
      "[::1]:80 ",
      "[1:2:3:4:5:6:7:8%1%2]:1",
      "[::1]]:1",
      "[[::1]:1",
      "[::01.2.3.4]:1",
  };
  ntix_sockaddr_t sa;
  size_t i;

  for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
    NT_EXPECT(scenario("parse rejects", bad[i]),
              ntix_sockaddr_parse(bad[i], &sa), NTIX_EINVAL);
  NT_EXPECT("sockaddr: parse NULL text", ntix_sockaddr_parse(NULL, &sa),
            NTIX_EFAULT);
  NT_EXPECT("sockaddr: parse into NULL", ntix_sockaddr_parse("1.2.3.4:5", NULL),
            NTIX_EFAULT);
}
END_TEST

START_TEST(format_refusals) {
  ntix_sockaddr_t sa;
  char buf[NTIX_SOCKADDR_STRLEN];
  const char *longest =
      "[ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff%4294967295]:65535";
  int len = (int)strlen(longest);

  NT_OK(ntix_sockaddr_parse(longest, &sa));
  NT_EXPECT("sockaddr: format the longest text",
            ntix_sockaddr_format(&sa, buf, sizeof(buf)), len);
  ck_assert(len < NTIX_SOCKADDR_STRLEN);
  NT_EXPECT("sockaddr: format into exactly enough",
            ntix_sockaddr_format(&sa, buf, (size_t)len + 1), len);
  ck_assert_str_eq(buf, longest);
  NT_EXPECT("sockaddr: format one byte short",
            ntix_sockaddr_format(&sa, buf, (size_t)len), NTIX_ERANGE);
  ck_assert_str_eq(buf, "");
  NT_EXPECT("sockaddr: format into size 0", ntix_sockaddr_format(&sa, buf, 0),
            NTIX_ERANGE);
  NT_EXPECT("sockaddr: format NULL address",
            ntix_sockaddr_format(NULL, buf, sizeof(buf)), NTIX_EFAULT);
  NT_EXPECT("sockaddr: format into NULL", ntix_sockaddr_format(&sa, NULL, 64),
            NTIX_EFAULT);
  sa.family = 1;
  NT_EXPECT("sockaddr: format a bad family",
            ntix_sockaddr_format(&sa, buf, sizeof(buf)), NTIX_EINVAL);
  sa.family = 0;
  NT_EXPECT("sockaddr: format family 0",
            ntix_sockaddr_format(&sa, buf, sizeof(buf)), NTIX_EINVAL);
}
END_TEST

/* Random addresses, zero groups likely, must survive format then parse. */
START_TEST(round_trip) {
  uint32_t seed = 12345;
  int i, j, bad = 0;

  for (i = 0; i < 20000; i++) {
    ntix_sockaddr_t a, b;
    char buf[NTIX_SOCKADDR_STRLEN];

    memset(&a, 0, sizeof(a));
    seed = seed * 1103515245u + 12345u;
    a.family = (seed >> 8) & 1 ? NTIX_AF_INET6 : NTIX_AF_INET;
    a.port = (uint16_t)(seed >> 12);
    for (j = 0; j < (a.family == NTIX_AF_INET ? 4 : 16); j += 2) {
      seed = seed * 1103515245u + 12345u;
      if ((seed >> 16) % 3 != 0) {
        a.addr[j] = (uint8_t)(seed >> 8);
        a.addr[j + 1] = (uint8_t)(seed >> 20);
      }
    }
    if (a.family == NTIX_AF_INET6 && i % 5 == 0)
      a.scope_id = seed >> 4;
    if (a.family == NTIX_AF_INET6 && i % 7 == 0)
      memcpy(a.addr, "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12);
    bad += ntix_sockaddr_format(&a, buf, sizeof(buf)) != (int)strlen(buf) ||
           ntix_sockaddr_parse(buf, &b) != 0 || memcmp(&a, &b, sizeof(a));
  }
  NT_EXPECT("sockaddr: 20000 random addresses round-trip", bad, 0);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("sockaddr");
  TCase *tc = ntix_t_tcase("sockaddr");

  tcase_add_test(tc, parse_ipv4);
  tcase_add_test(tc, parse_ipv6);
  tcase_add_test(tc, format_rfc5952);
  tcase_add_test(tc, parse_rejects);
  tcase_add_test(tc, format_refusals);
  tcase_add_test(tc, round_trip);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "sockaddr");
}

/* check_mem.c: conformance of anonymous memory on both OSes: page size,
 * zero fill, protection changes (executing generated code on x86-64),
 * unmapping and argument errors.
 */
#include <string.h>

#include "check-util.h"

static int
all_zero(const unsigned char *p, size_t len) {
  size_t i;

  for (i = 0; i < len; i++)
    if (p[i] != 0)
      return 0;
  return 1;
}

START_TEST(pagesize) {
  size_t ps = ntix_pagesize();

  NT_EXPECT("pagesize: power of two of at least 4096",
            ps >= 4096 && (ps & (ps - 1)) == 0, 1);
}
END_TEST

START_TEST(anon_rw) {
  size_t len = 4 * ntix_pagesize() + 1;
  static unsigned char pat[5 * 65536];
  unsigned char *p = NULL;
  void *v = NULL;

  NT_EXPECT("mmap_anon: read-write",
            ntix_mmap_anon(len, NTIX_PROT_READ | NTIX_PROT_WRITE, &v), 0);
  p = v;
  NT_EXPECT("mmap_anon: not NULL", p != NULL, 1);
  NT_EXPECT("mmap_anon: page aligned",
            ((uintptr_t)p & (ntix_pagesize() - 1)) == 0, 1);
  NT_EXPECT("mmap_anon: zero-filled", all_zero(p, len), 1);
  ck_assert_uint_le(len, sizeof(pat));
  ntix_t_fill(pat, len, 21);
  memcpy(p, pat, len);
  ck_assert(memcmp(p, pat, len) == 0);
  NT_EXPECT("munmap: mapping", ntix_munmap(p, len), 0);
}
END_TEST

START_TEST(anon_large) {
  size_t len = (size_t)64 << 20;
  unsigned char *p;
  void *v = NULL;

  NT_EXPECT("mmap_anon: 64 MiB",
            ntix_mmap_anon(len, NTIX_PROT_READ | NTIX_PROT_WRITE, &v), 0);
  p = v;
  p[0] = 1;
  p[len / 2] = 2;
  p[len - 1] = 3;
  NT_EXPECT("mmap_anon: 64 MiB touched at both ends",
            p[0] + p[len / 2] + p[len - 1] + p[len - 2], 6);
  NT_EXPECT("munmap: 64 MiB", ntix_munmap(p, len), 0);
}
END_TEST

START_TEST(write_only_means_rw) {
  size_t len = ntix_pagesize();
  unsigned char *p;
  void *v = NULL;

  NT_EXPECT("mmap_anon: write without read",
            ntix_mmap_anon(len, NTIX_PROT_WRITE, &v), 0);
  p = v;
  p[10] = 0x5a;
  NT_EXPECT("mmap_anon: write without read is readable", p[10], 0x5a);
  ntix_munmap(p, len);
}
END_TEST

#if defined(__x86_64__) || defined(_M_X64)
/* Calls code, which starts with 0xC3 ("ret").  Only on x86-64: an
 * architecture choice, not an OS one; elsewhere the call is skipped. */
static int
call_ret(void *code) {
  void (*fn)(void);

  memcpy(&fn, &code, sizeof(fn));
  fn();
  return 1;
}
#else
static int
call_ret(void *code) {
  (void)code;
  return 1;
}
#endif

START_TEST(protections) {
  size_t len = 2 * ntix_pagesize();
  unsigned char *p;
  void *v = NULL;

  NT_OK(ntix_mmap_anon(len, NTIX_PROT_READ | NTIX_PROT_WRITE, &v));
  p = v;
  p[0] = 0xC3;
  p[len - 1] = 0x77;
  NT_EXPECT("mprotect: NONE", ntix_mprotect(p, len, NTIX_PROT_NONE), 0);
  NT_EXPECT("mprotect: READ", ntix_mprotect(p, len, NTIX_PROT_READ), 0);
  NT_EXPECT("mprotect: READ keeps the contents", p[0] + p[len - 1],
            0xC3 + 0x77);
  NT_EXPECT("mprotect: READ|WRITE",
            ntix_mprotect(p, len, NTIX_PROT_READ | NTIX_PROT_WRITE), 0);
  p[1] = 0xC3;
  NT_EXPECT("mprotect: READ|EXEC",
            ntix_mprotect(p, len, NTIX_PROT_READ | NTIX_PROT_EXEC), 0);
  NT_EXPECT("mprotect: READ|EXEC runs code", call_ret(p), 1);
  NT_EXPECT(
      "mprotect: READ|WRITE|EXEC",
      ntix_mprotect(p, len, NTIX_PROT_READ | NTIX_PROT_WRITE | NTIX_PROT_EXEC),
      0);
  p[2] = 0xC3;
  NT_EXPECT("mprotect: READ|WRITE|EXEC runs code", call_ret(p + 2), 1);
  NT_EXPECT("mprotect: one page of two",
            ntix_mprotect(p + ntix_pagesize(), ntix_pagesize(), NTIX_PROT_READ),
            0);
  NT_EXPECT("munmap: after mprotect", ntix_munmap(p, len), 0);
}
END_TEST

START_TEST(exec_mapping) {
  size_t len = ntix_pagesize();
  void *v = NULL;

  NT_EXPECT("mmap_anon: READ|WRITE|EXEC",
            ntix_mmap_anon(
                len, NTIX_PROT_READ | NTIX_PROT_WRITE | NTIX_PROT_EXEC, &v),
            0);
  ((unsigned char *)v)[0] = 0xC3;
  NT_EXPECT("mmap_anon: READ|WRITE|EXEC runs code", call_ret(v), 1);
  ntix_munmap(v, len);
  NT_EXPECT("mmap_anon: NONE", ntix_mmap_anon(len, NTIX_PROT_NONE, &v), 0);
  NT_EXPECT("munmap: NONE mapping", ntix_munmap(v, len), 0);
}
END_TEST

START_TEST(bad_arguments) {
  size_t len = ntix_pagesize();
  void *v = NULL, *p = NULL;

  NT_EXPECT("mmap_anon: length 0", ntix_mmap_anon(0, NTIX_PROT_READ, &v),
            NTIX_EINVAL);
  NT_EXPECT("mmap_anon: unknown prot bit 8", ntix_mmap_anon(len, 8, &v),
            NTIX_EINVAL);
  NT_EXPECT("mmap_anon: negative prot", ntix_mmap_anon(len, -1, &v),
            NTIX_EINVAL);
  NT_EXPECT("mmap_anon: out NULL", ntix_mmap_anon(len, NTIX_PROT_READ, NULL),
            NTIX_EFAULT);
  NT_EXPECT("mmap_anon: huge length",
            ntix_mmap_anon(SIZE_MAX - len, NTIX_PROT_READ, &v), NTIX_ENOMEM);
  NT_OK(ntix_mmap_anon(len, NTIX_PROT_READ | NTIX_PROT_WRITE, &p));
  NT_EXPECT("mprotect: unknown prot bit 8", ntix_mprotect(p, len, 8),
            NTIX_EINVAL);
  NT_EXPECT("mprotect: unaligned address",
            ntix_mprotect((char *)p + 1, len - 1, NTIX_PROT_READ), NTIX_EINVAL);
  NT_EXPECT("munmap: length 0", ntix_munmap(p, 0), NTIX_EINVAL);
  NT_EXPECT("munmap: unaligned address", ntix_munmap((char *)p + 1, len - 1),
            NTIX_EINVAL);
  NT_EXPECT("munmap: valid after refusals", ntix_munmap(p, len), 0);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("mem");
  TCase *tc = ntix_t_tcase("mem");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, pagesize);
  tcase_add_test(tc, anon_rw);
  tcase_add_test(tc, anon_large);
  tcase_add_test(tc, write_only_means_rw);
  tcase_add_test(tc, protections);
  tcase_add_test(tc, exec_mapping);
  tcase_add_test(tc, bad_arguments);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "mem");
}

/* check_map.c: conformance of file mapping on both OSes: the granularity
 * of offsets, the argument and descriptor checks, a shared mapping's
 * writes seen by read() and a write() seen through the mapping, a private
 * mapping not written back, the last partial page, a mapping outliving its
 * descriptor, truncating a mapped file, whole-mapping unmap and msync.
 */
#include <string.h>

#include "check-util.h"

#define RW (NTIX_PROT_READ | NTIX_PROT_WRITE)

static size_t
gran(void) {
  return ntix_map_granularity();
}

/* A file of len bytes of pattern seed, opened with flags. */
static int
pattern_file(const char *name, size_t len, uint32_t seed, int flags) {
  static unsigned char buf[4 * 65536 + 4096];

  ck_assert_uint_le(len, sizeof(buf));
  ntix_t_fill(buf, len, seed);
  ntix_t_create(ntix_t_path(name), buf, len);
  return (int)NT_OK(ntix_open(ntix_t_path(name), flags, 0));
}

START_TEST(granularity) {
  size_t g = gran(), ps = ntix_pagesize();

  NT_EXPECT("map_granularity: a power of two", g != 0 && (g & (g - 1)) == 0, 1);
  NT_EXPECT("map_granularity: a multiple of the page size",
            g >= ps && g % ps == 0, 1);
}
END_TEST

START_TEST(arguments) {
  int f, r, w, d, fds[2], s, closed, e;
  void *p = NULL;

  f = pattern_file("args", 100, 1, NTIX_O_RDWR);
  r = (int)NT_OK(ntix_open(ntix_t_path("args"), NTIX_O_RDONLY, 0));
  w = (int)NT_OK(ntix_open(ntix_t_path("args"), NTIX_O_WRONLY, 0));
  d = (int)NT_OK(ntix_open(ntix_t_dir(), NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_OK(ntix_pipe(fds, 0));
  s = (int)NT_OK(ntix_socket(NTIX_AF_INET, NTIX_SOCK_STREAM, 0));
  e = pattern_file("empty", 0, 1, NTIX_O_RDWR);
  closed = (int)NT_OK(ntix_open(ntix_t_path("args"), NTIX_O_RDWR, 0));
  NT_OK(ntix_close(closed));

  NT_EXPECT("map: out NULL",
            ntix_map(f, 0, 100, NTIX_PROT_READ, NTIX_MAP_SHARED, NULL),
            NTIX_EFAULT);
  NT_EXPECT("map: out NULL on a closed descriptor (EFAULT first)",
            ntix_map(closed, 0, 100, NTIX_PROT_READ, NTIX_MAP_SHARED, NULL),
            NTIX_EFAULT);
  NT_EXPECT("map: length 0",
            ntix_map(f, 0, 0, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_EINVAL);
  NT_EXPECT(
      "map: negative offset",
      ntix_map(f, -(int64_t)gran(), 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
      NTIX_EINVAL);
  NT_EXPECT(
      "map: offset half the granularity",
      ntix_map(f, (int64_t)gran() / 2, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
      NTIX_EINVAL);
  NT_EXPECT("map: prot NONE", ntix_map(f, 0, 10, 0, NTIX_MAP_SHARED, &p),
            NTIX_EINVAL);
  NT_EXPECT("map: prot WRITE alone",
            ntix_map(f, 0, 10, NTIX_PROT_WRITE, NTIX_MAP_SHARED, &p),
            NTIX_EINVAL);
  NT_EXPECT(
      "map: prot EXEC",
      ntix_map(f, 0, 10, NTIX_PROT_READ | NTIX_PROT_EXEC, NTIX_MAP_PRIVATE, &p),
      NTIX_EINVAL);
  NT_EXPECT("map: flags 0", ntix_map(f, 0, 10, NTIX_PROT_READ, 0, &p),
            NTIX_EINVAL);
  NT_EXPECT("map: SHARED and PRIVATE",
            ntix_map(f, 0, 10, NTIX_PROT_READ,
                     NTIX_MAP_SHARED | NTIX_MAP_PRIVATE, &p),
            NTIX_EINVAL);
  NT_EXPECT("map: descriptor -1",
            ntix_map(-1, 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_EBADF);
  NT_EXPECT("map: closed descriptor",
            ntix_map(closed, 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_EBADF);
  NT_EXPECT("map: pipe",
            ntix_map(fds[0], 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_ENODEV);
  NT_EXPECT("map: socket",
            ntix_map(s, 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_ENODEV);
  NT_EXPECT("map: directory",
            ntix_map(d, 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_ENODEV);
  NT_EXPECT("map: past the end of the file",
            ntix_map(f, 0, 101, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_ENXIO);
  NT_EXPECT(
      "map: offset past the end of the file",
      ntix_map(f, (int64_t)gran(), 1, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
      NTIX_ENXIO);
  NT_EXPECT("map: empty file",
            ntix_map(e, 0, 1, NTIX_PROT_READ, NTIX_MAP_SHARED, &p), NTIX_ENXIO);
  NT_EXPECT("map: write-only descriptor",
            ntix_map(w, 0, 10, NTIX_PROT_READ, NTIX_MAP_SHARED, &p),
            NTIX_EACCES);
  NT_EXPECT("map: SHARED read-write on a read-only descriptor",
            ntix_map(r, 0, 10, RW, NTIX_MAP_SHARED, &p), NTIX_EACCES);
  NT_EXPECT("map: PRIVATE read-write on a read-only descriptor",
            ntix_map(r, 0, 10, RW, NTIX_MAP_PRIVATE, &p), 0);
  NT_EXPECT("unmap: the private mapping", ntix_unmap(p, 10), 0);
  ntix_close(f);
  ntix_close(r);
  ntix_close(w);
  ntix_close(d);
  ntix_close(e);
  ntix_close(fds[0]);
  ntix_close(fds[1]);
  ntix_close(s);
}
END_TEST

/* Writes through a shared mapping are what read() returns, and a write()
 * is seen through the mapping. */
START_TEST(shared_write_read_back) {
  size_t g = gran(), len = g + 100;
  unsigned char buf[8], *m;
  void *p = NULL;
  int f, o;

  f = pattern_file("shared", 2 * g + 100, 2, NTIX_O_RDWR);
  o = (int)NT_OK(ntix_open(ntix_t_path("shared"), NTIX_O_RDONLY, 0));
  NT_EXPECT("map: shared read-write at one granule",
            ntix_map(f, (int64_t)g, len, RW, NTIX_MAP_SHARED, &p), 0);
  m = p;
  NT_EXPECT("map: address aligned to a page",
            ((uintptr_t)m & (ntix_pagesize() - 1)) == 0, 1);
  memcpy(m, "MAPPED", 6);
  memcpy(m + len - 3, "END", 3);
  NT_EXPECT("pread: another descriptor sees a write through the mapping",
            ntix_pread(o, buf, 6, (int64_t)g) == 6 && !memcmp(buf, "MAPPED", 6),
            1);
  NT_EXPECT("pread: the mapping's last bytes",
            ntix_pread(o, buf, 3, (int64_t)(g + len - 3)) == 3 &&
                !memcmp(buf, "END", 3),
            1);
  NT_OK(ntix_pwrite(f, "pw", 2, (int64_t)g + 10));
  NT_EXPECT("map: a pwrite is seen through the shared mapping",
            !memcmp(m + 10, "pw", 2), 1);
  NT_EXPECT("msync: SYNC", ntix_msync(m, len, NTIX_MS_SYNC), 0);
  NT_EXPECT("msync: ASYNC", ntix_msync(m, len, NTIX_MS_ASYNC), 0);
  NT_EXPECT("msync: part of the mapping",
            ntix_msync(m + ntix_pagesize(), 10, NTIX_MS_SYNC), 0);
  NT_EXPECT("unmap: shared mapping", ntix_unmap(m, len), 0);
  NT_EXPECT("pread: the write is in the file after unmap",
            ntix_pread(o, buf, 6, (int64_t)g) == 6 && !memcmp(buf, "MAPPED", 6),
            1);
  ntix_close(f);
  ntix_close(o);
}
END_TEST

/* A private mapping's writes stay in it. */
START_TEST(private_not_written_back) {
  unsigned char orig[64], buf[64], *m;
  void *p = NULL;
  int f;

  f = pattern_file("private", 5000, 3, NTIX_O_RDWR);
  NT_OK(ntix_pread(f, orig, sizeof(orig), 0));
  NT_EXPECT("map: private read-write",
            ntix_map(f, 0, 5000, RW, NTIX_MAP_PRIVATE, &p), 0);
  m = p;
  NT_EXPECT("map: private mapping shows the file",
            memcmp(m, orig, sizeof(orig)), 0);
  memset(m, 'P', 64);
  NT_EXPECT("map: private mapping shows its own write", m[63], 'P');
  NT_EXPECT("msync: private mapping", ntix_msync(m, 5000, NTIX_MS_SYNC), 0);
  NT_EXPECT("pread: a private write is not in the file",
            ntix_pread(f, buf, sizeof(buf), 0) == 64 &&
                !memcmp(buf, orig, sizeof(orig)),
            1);
  NT_EXPECT("unmap: private mapping", ntix_unmap(m, 5000), 0);
  NT_EXPECT("pread: still not in the file after unmap",
            ntix_pread(f, buf, sizeof(buf), 0) == 64 &&
                !memcmp(buf, orig, sizeof(orig)),
            1);
  ntix_close(f);
}
END_TEST

/* The bytes of the last page past the end of the file read as zeros; the
 * mapping stays usable after its descriptor is closed. */
START_TEST(tail_and_close) {
  size_t ps = ntix_pagesize(), i;
  unsigned char buf[4], *m;
  void *p = NULL;
  int f, zeros = 1;

  f = pattern_file("tail", 100, 4, NTIX_O_RDWR);
  NT_EXPECT("map: 100-byte file, shared",
            ntix_map(f, 0, 100, RW, NTIX_MAP_SHARED, &p), 0);
  m = p;
  for (i = 100; i < ps; i++) zeros &= m[i] == 0;
  NT_EXPECT("map: the rest of the last page reads as zeros", zeros, 1);
  NT_EXPECT("close: the mapped file's descriptor", ntix_close(f), 0);
  memcpy(m, "after", 5);
  NT_EXPECT("map: readable and writable after close", m[4], 'r');
  NT_EXPECT("msync: after close", ntix_msync(m, 100, NTIX_MS_SYNC), 0);
  NT_EXPECT("unmap: after close", ntix_unmap(m, 100), 0);
  f = (int)NT_OK(ntix_open(ntix_t_path("tail"), NTIX_O_RDONLY, 0));
  NT_EXPECT("pread: a write made after close reached the file",
            ntix_pread(f, buf, 4, 0) == 4 && !memcmp(buf, "afte", 4), 1);
  ntix_close(f);
}
END_TEST

/* Shrinking a mapped file is refused on both (NT cannot); growing works. */
START_TEST(truncate_mapped) {
  ntix_stat_t st;
  void *p = NULL;
  int f;

  f = pattern_file("trunc", 8192, 5, NTIX_O_RDWR);
  NT_OK(ntix_map(f, 0, 8192, RW, NTIX_MAP_SHARED, &p));
  NT_EXPECT("ftruncate: shrinking a shared-mapped file", ntix_ftruncate(f, 10),
            NTIX_EBUSY);
  NT_EXPECT("truncate: shrinking a shared-mapped file by path",
            ntix_truncate(ntix_t_path("trunc"), 10), NTIX_EBUSY);
  NT_EXPECT("ftruncate: growing a shared-mapped file", ntix_ftruncate(f, 20000),
            0);
  NT_OK(ntix_fstat(f, &st));
  NT_EXPECT("fstat: the grown size", (int64_t)st.size, 20000);
  NT_OK(ntix_unmap(p, 8192));
  NT_EXPECT("ftruncate: shrinking once unmapped", ntix_ftruncate(f, 10), 0);
  NT_OK(ntix_ftruncate(f, 8192));
  NT_OK(ntix_map(f, 0, 8192, NTIX_PROT_READ, NTIX_MAP_PRIVATE, &p));
  NT_EXPECT("ftruncate: shrinking a privately mapped file",
            ntix_ftruncate(f, 10), NTIX_EBUSY);
  NT_OK(ntix_unmap(p, 8192));
  ntix_close(f);
}
END_TEST

START_TEST(unmap_and_msync_rules) {
  size_t ps = ntix_pagesize();
  unsigned char *m;
  void *p = NULL, *anon = NULL;
  int f;

  f = pattern_file("rules", 3 * ps, 6, NTIX_O_RDWR);
  NT_OK(ntix_map(f, 0, 3 * ps, RW, NTIX_MAP_SHARED, &p));
  m = p;
  NT_EXPECT("unmap: NULL", ntix_unmap(NULL, ps), NTIX_EINVAL);
  NT_EXPECT("unmap: length 0", ntix_unmap(m, 0), NTIX_EINVAL);
  NT_EXPECT("unmap: part of a mapping (its first page)", ntix_unmap(m, ps),
            NTIX_EINVAL);
  NT_EXPECT("unmap: part of a mapping (from its second page)",
            ntix_unmap(m + ps, 2 * ps), NTIX_EINVAL);
  NT_EXPECT("unmap: more than the mapping", ntix_unmap(m, 4 * ps), NTIX_EINVAL);
  NT_OK(ntix_mmap_anon(ps, RW, &anon));
  NT_EXPECT("unmap: anonymous memory", ntix_unmap(anon, ps), NTIX_EINVAL);
  NT_OK(ntix_munmap(anon, ps));
  NT_EXPECT("msync: address not page-aligned",
            ntix_msync(m + 1, 10, NTIX_MS_SYNC), NTIX_EINVAL);
  NT_EXPECT("msync: flags 0", ntix_msync(m, 10, 0), NTIX_EINVAL);
  NT_EXPECT("msync: SYNC and ASYNC",
            ntix_msync(m, 10, NTIX_MS_SYNC | NTIX_MS_ASYNC), NTIX_EINVAL);
  NT_EXPECT("msync: past the end of the mapping",
            ntix_msync(m, 4 * ps, NTIX_MS_SYNC), NTIX_ENOMEM);
  NT_EXPECT("msync: length 0 inside the mapping",
            ntix_msync(m, 0, NTIX_MS_SYNC), 0);
  NT_EXPECT("unmap: a whole mapping, length not a page multiple",
            ntix_unmap(m, 3 * ps - 5), 0);
  NT_EXPECT("unmap: twice", ntix_unmap(m, 3 * ps), NTIX_EINVAL);
  NT_EXPECT("msync: an unmapped range", ntix_msync(m, ps, NTIX_MS_SYNC),
            NTIX_ENOMEM);
  ntix_close(f);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("map");
  TCase *tc = tcase_create("map");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, granularity);
  tcase_add_test(tc, arguments);
  tcase_add_test(tc, shared_write_read_back);
  tcase_add_test(tc, private_not_written_back);
  tcase_add_test(tc, tail_and_close);
  tcase_add_test(tc, truncate_mapped);
  tcase_add_test(tc, unmap_and_msync_rules);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "map");
}

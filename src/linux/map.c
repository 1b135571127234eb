/* map.c (Linux): file mapping with mmap(2), munmap(2) and msync(2).
 *
 * ntix keeps the mappings it made in a small table (address, length,
 * file), for three rules the kernel alone would not give, because NT has
 * them: ntix_unmap takes only a whole mapping; ntix_msync only a range
 * inside one; and ntix_ftruncate refuses to shrink a file this process
 * has mapped (NT: STATUS_USER_MAPPED_FILE) instead of leaving pages that
 * raise SIGBUS.
 */
#include <linux/mman.h>
#include <stdlib.h>

#include "fsargs.h"
#include "linux-int.h"

struct mapping {
  uintptr_t addr;
  size_t len; /* whole pages */
  uint64_t dev, ino;
};

static int map_lock; /* 0 free, 1 held, 2 held with waiters */
static struct mapping *maps;
static size_t nmaps, capmaps;
/* Read without the lock by ntix__b_ftruncate: 0 means nothing to check. */
int ntix__map_live;

static void
lock_take(void) {
  ntix__lock_take(&map_lock);
}

static void
lock_give(void) {
  ntix__lock_give(&map_lock);
}

static size_t
page_round(size_t len) {
  size_t ps = ntix__b_pagesize();

  return len > SIZE_MAX - (ps - 1) ? 0 : (len + ps - 1) & ~(ps - 1);
}

/* Adds a mapping; lock held.  0 or NTIX_ENOMEM. */
static int
table_add(const struct mapping *m) {
  struct mapping *n;
  size_t cap;

  if (nmaps == capmaps) {
    cap = capmaps ? capmaps * 2 : 16;
    n = realloc(maps, cap * sizeof(*n));
    if (n == NULL)
      return NTIX_ENOMEM;
    maps = n;
    capmaps = cap;
  }
  maps[nmaps++] = *m;
  __atomic_store_n(&ntix__map_live, (int)(nmaps != 0), __ATOMIC_RELAXED);
  return 0;
}

/* The mapping that starts at addr with exactly len, or that contains
 * [addr, addr + len) when exact is 0; lock held.  -1 if none. */
static long
table_find(uintptr_t addr, size_t len, int exact) {
  size_t i;

  for (i = 0; i < nmaps; i++) {
    if (exact ? maps[i].addr == addr && maps[i].len == len
              : addr >= maps[i].addr && len <= maps[i].len &&
                    addr - maps[i].addr <= maps[i].len - len)
      return (long)i;
  }
  return -1;
}

size_t
ntix__b_map_granularity(void) {
  return ntix__b_pagesize();
}

/* The file behind fd, if it can be mapped at [offset, offset + len):
 * EBADF, ENODEV (not a regular file), ENXIO (past its end). */
static int
map_file(int fd, int64_t offset, size_t len, ntix_stat_t *st) {
  int rc = ntix__b_fstat(fd, st);

  if (rc < 0)
    return rc;
  if (st->type != NTIX_FT_REG)
    return ntix__refuse(NTIX_ENODEV, "ntix_map");
  if ((uint64_t)offset > st->size || len > st->size - (uint64_t)offset)
    return ntix__refuse(NTIX_ENXIO, "ntix_map");
  return 0;
}

int
ntix__b_map(
    int fd, int64_t offset, size_t len, int prot, int flags, void **out) {
  struct mapping m;
  ntix_stat_t st;
  long r;
  int rc;

  rc = ntix__check_map(offset, len, prot, flags, out, ntix__b_pagesize(),
                       "ntix_map");
  if (rc < 0 || (rc = map_file(fd, offset, len, &st)) < 0)
    return rc;
  /* NTIX_PROT_* and the kernel's PROT_* are equal (mem.c). */
  r = ntix__sys6(__NR_mmap, 0, (long)len, prot,
                 flags == NTIX_MAP_SHARED ? MAP_SHARED : MAP_PRIVATE, fd,
                 (long)offset);
  if (NTIX__SYS_FAILED(r))
    return ntix__fail_errno(r, "mmap");
  m.addr = (uintptr_t)r;
  m.len = page_round(len);
  m.dev = st.dev;
  m.ino = st.ino;
  lock_take();
  rc = table_add(&m);
  lock_give();
  if (rc < 0) {
    ntix__sys2(__NR_munmap, r, (long)len);
    return ntix__refuse(rc, "ntix_map");
  }
  *out = (void *)r;
  return 0;
}

int
ntix__b_unmap(void *addr, size_t len) {
  size_t size = page_round(len);
  long i, r;

  /* The entry goes only once munmap succeeded: a failed unmap leaves the
   * mapping in place, and it must stay known, to be unmapped again and to
   * keep ntix_ftruncate from shrinking its file under it. */
  lock_take();
  i = size == 0 ? -1 : table_find((uintptr_t)addr, size, 1);
  r = i < 0 ? 0 : ntix__sys2(__NR_munmap, (long)addr, (long)size);
  if (i >= 0 && !NTIX__SYS_FAILED(r)) {
    maps[i] = maps[--nmaps];
    __atomic_store_n(&ntix__map_live, (int)(nmaps != 0), __ATOMIC_RELAXED);
  }
  lock_give();
  if (i < 0)
    return ntix__refuse(NTIX_EINVAL, "ntix_unmap");
  return (int)NTIX__SYS_RESULT(r, "munmap");
}

int
ntix__b_msync(void *addr, size_t len, int flags) {
  long i, r;

  if (((uintptr_t)addr & (ntix__b_pagesize() - 1)) != 0 ||
      (flags != NTIX_MS_ASYNC && flags != NTIX_MS_SYNC))
    return ntix__refuse(NTIX_EINVAL, "ntix_msync");
  lock_take();
  i = table_find((uintptr_t)addr, len, 0);
  lock_give();
  if (i < 0)
    return ntix__refuse(NTIX_ENOMEM, "ntix_msync");
  r = ntix__sys3(__NR_msync, (long)addr, (long)len,
                 flags == NTIX_MS_SYNC ? MS_SYNC : MS_ASYNC);
  return (int)NTIX__SYS_RESULT(r, "msync");
}

/* Shrinking the file st describes to length while this process has it
 * mapped: NTIX_EBUSY (refused as call), as NT refuses it; else 0. */
static int
truncate_check(const ntix_stat_t *st, int64_t length, const char *call) {
  size_t i;
  int busy = 0;

  if (length < 0 || (uint64_t)length >= st->size)
    return 0; /* the truncate itself reports a bad length */
  lock_take();
  for (i = 0; i < nmaps && !busy; i++)
    busy = maps[i].dev == st->dev && maps[i].ino == st->ino;
  lock_give();
  return busy ? ntix__refuse(NTIX_EBUSY, call) : 0;
}

/* ntix__b_ftruncate's and ntix__b_truncate's checks while a mapping
 * exists; a descriptor or path that cannot be looked at is left to the
 * truncate itself. */
int
ntix__map_truncate_check(int fd, int64_t length) {
  ntix_stat_t st;

  if (ntix__b_fstat(fd, &st) < 0)
    return 0;
  return truncate_check(&st, length, "ntix_ftruncate");
}

int
ntix__map_truncate_path_check(const char *path, int64_t length) {
  ntix_stat_t st;

  if (ntix__b_stat(path, &st) < 0)
    return 0;
  return truncate_check(&st, length, "ntix_truncate");
}

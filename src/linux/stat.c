/* stat.c (Linux): ntix__b_fstat, ntix__b_stat and ntix__b_lstat through
 * statx(2), which also reports the birth time where the file system keeps one;
 * newfstatat(2) serves kernels (or seccomp filters) without statx.
 */
#include <asm/stat.h>
#include <linux/stat.h>

#include "linux-int.h"

/* File type bits of st_mode; glibc hides <linux/stat.h>'s S_IF* copies. */
#define MODE_FMT 0170000
#define MODE_SOCK 0140000
#define MODE_LNK 0120000
#define MODE_REG 0100000
#define MODE_BLK 0060000
#define MODE_DIR 0040000
#define MODE_CHR 0020000
#define MODE_FIFO 0010000

static ntix_ftype_t
ftype_from_mode(uint32_t mode) {
  switch (mode & MODE_FMT) {
    case MODE_REG:
      return NTIX_FT_REG;
    case MODE_DIR:
      return NTIX_FT_DIR;
    case MODE_LNK:
      return NTIX_FT_LNK;
    case MODE_FIFO:
      return NTIX_FT_FIFO;
    case MODE_SOCK:
      return NTIX_FT_SOCK;
    case MODE_CHR:
      return NTIX_FT_CHR;
    case MODE_BLK:
      return NTIX_FT_BLK;
    default:
      return NTIX_FT_UNKNOWN;
  }
}

/* The dev_t encoding glibc's makedev uses, so dev matches what stat(2)
 * reports in st_dev. */
static uint64_t
dev_encode(uint32_t major, uint32_t minor) {
  return ((uint64_t)(major & 0xfffff000u) << 32) |
         ((uint64_t)(major & 0xfffu) << 8) |
         ((uint64_t)(minor & 0xffffff00u) << 12) | (minor & 0xffu);
}

static int64_t
ts_ns(const struct statx_timestamp *ts) {
  return ts->tv_sec * 1000000000LL + ts->tv_nsec;
}

static void
from_statx(const struct statx *sx, ntix_stat_t *st) {
  st->type = ftype_from_mode(sx->stx_mode);
  st->mode = sx->stx_mode & 07777;
  st->size = sx->stx_size;
  st->nlink = sx->stx_nlink;
  st->dev = dev_encode(sx->stx_dev_major, sx->stx_dev_minor);
  st->ino = sx->stx_ino;
  st->atime_ns = ts_ns(&sx->stx_atime);
  st->mtime_ns = ts_ns(&sx->stx_mtime);
  st->ctime_ns = ts_ns(&sx->stx_ctime);
  st->btime_ns = (sx->stx_mask & STATX_BTIME) ? ts_ns(&sx->stx_btime) : -1;
}

static void
from_stat(const struct stat *ks, ntix_stat_t *st) {
  st->type = ftype_from_mode(ks->st_mode);
  st->mode = ks->st_mode & 07777;
  st->size = ks->st_size;
  st->nlink = ks->st_nlink;
  st->dev = ks->st_dev;
  st->ino = ks->st_ino;
  st->atime_ns = (int64_t)ks->st_atime * 1000000000LL + ks->st_atime_nsec;
  st->mtime_ns = (int64_t)ks->st_mtime * 1000000000LL + ks->st_mtime_nsec;
  st->ctime_ns = (int64_t)ks->st_ctime * 1000000000LL + ks->st_ctime_nsec;
  st->btime_ns = -1;
}

/* newfstatat for kernels before 4.11, and for container filters that
 * answer ENOSYS to the newer call. */
static int
stat_old(int dirfd, const char *path, int atflags, ntix_stat_t *st) {
  struct stat ks;
  long r;

  r = ntix__sys4(__NR_newfstatat, dirfd, (long)path, (long)&ks, atflags);
  if (r < 0)
    return ntix__fail_errno(r, "newfstatat");
  from_stat(&ks, st);
  return 0;
}

static int
stat_at(int dirfd, const char *path, int atflags, ntix_stat_t *st) {
  struct statx sx;
  long r;

  r = ntix__sys5(__NR_statx, dirfd, (long)path, atflags | AT_STATX_SYNC_AS_STAT,
                 STATX_BASIC_STATS | STATX_BTIME, (long)&sx);
  if (NTIX__UNLIKELY(r < 0)) {
    if (r == NTIX_ENOSYS)
      return stat_old(dirfd, path, atflags, st);
    return ntix__fail_errno(r, "statx");
  }
  from_statx(&sx, st);
  return 0;
}

int
ntix__b_fstat(int fd, ntix_stat_t *st) {
  if (st == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_fstat");
  /* With AT_EMPTY_PATH the fd is a dirfd, and AT_FDCWD (-100) would stat
   * the current directory instead of failing: no negative fd is valid. */
  if (fd < 0)
    return ntix__refuse(NTIX_EBADF, "ntix_fstat");
  return stat_at(fd, "", AT_EMPTY_PATH, st);
}

int
ntix__b_stat(const char *path, ntix_stat_t *st) {
  int rc;

  /* A NULL record is refused before the path is looked at. */
  if (st == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_stat");
  if ((rc = ntix__check_path(path, "ntix_stat")) < 0)
    return rc;
  return stat_at(AT_FDCWD, path, 0, st);
}

int
ntix__b_lstat(const char *path, ntix_stat_t *st) {
  int rc;

  if (st == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_lstat");
  if ((rc = ntix__check_path(path, "ntix_lstat")) < 0)
    return rc;
  return stat_at(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, st);
}

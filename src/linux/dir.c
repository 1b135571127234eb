/* dir.c (Linux): directory iteration with openat(O_DIRECTORY) and
 * getdents64 into a buffer the ntix_dir_t owns; src/common/dir.c walks
 * the buffer (ntix_dir_read).
 */
#include <stdlib.h>
#include <string.h>

#include "linux-int.h"

/* getdents64's record; the kernel pads reclen to 8 bytes. */
struct kdirent64 {
  uint64_t d_ino;
  int64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

#define DIR_BUF_SIZE 32768

struct ntix_dir {
  ntix__dir_head_t head; /* first: src/common/dir.c's view */
  int fd;
  _Alignas(8) char buf[DIR_BUF_SIZE];
};

/* d_type (DT_*) to ntix_ftype_t; DT_UNKNOWN stays unknown, as the
 * header allows, rather than costing a stat per entry. */
static ntix_ftype_t
ftype_from_dtype(unsigned char t) {
  switch (t) {
    case 1:
      return NTIX_FT_FIFO;
    case 2:
      return NTIX_FT_CHR;
    case 4:
      return NTIX_FT_DIR;
    case 6:
      return NTIX_FT_BLK;
    case 8:
      return NTIX_FT_REG;
    case 10:
      return NTIX_FT_LNK;
    case 12:
      return NTIX_FT_SOCK;
    default:
      return NTIX_FT_UNKNOWN;
  }
}

int
ntix__b_dir_open(const char *path, ntix_dir_t **out) {
  ntix_dir_t *dir;
  long r;
  int rc;

  if (out == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_dir_open");
  if ((rc = ntix__check_path(path, "ntix_dir_open")) < 0)
    return rc;
  dir = malloc(sizeof(*dir));
  if (dir == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_dir_open");
  r = ntix__sys4(__NR_openat, AT_FDCWD, (long)path,
                 NTIX__O_BASE | O_RDONLY | O_DIRECTORY, 0);
  if (r < 0) {
    free(dir);
    return ntix__fail_errno(r, "openat");
  }
  dir->fd = (int)r;
  dir->head.pos = dir->head.end = 0;
  *out = dir;
  return 0;
}

int
ntix__dir_fill(ntix_dir_t *dir) {
  long r = ntix__sys3(__NR_getdents64, dir->fd, (long)dir->buf, DIR_BUF_SIZE);

  if (r < 0)
    return ntix__fail_errno(r, "getdents64");
  dir->head.pos = 0;
  dir->head.end = (size_t)r;
  return r > 0;
}

void
ntix__dir_decode(const ntix_dir_t *dir, size_t pos, ntix__dir_rec_t *r) {
  const struct kdirent64 *d = (const struct kdirent64 *)(dir->buf + pos);

  r->next = pos + d->d_reclen;
  r->name = d->d_name;
  r->type = ftype_from_dtype(d->d_type);
  r->ino = d->d_ino;
  r->hidden = 0;
}

int
ntix__b_dir_close(ntix_dir_t *dir) {
  long r;

  if (dir == NULL)
    return ntix__refuse(NTIX_EINVAL, "ntix_dir_close");
  r = ntix__sys1(__NR_close, dir->fd);
  free(dir);
  /* The fd is gone whatever close says (EINTR included, see fd.c). */
  if (r < 0 && r != NTIX_EINTR)
    return ntix__fail_errno(r, "close");
  return 0;
}

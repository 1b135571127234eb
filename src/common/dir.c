/* dir.c (common): the OS-free half of ntix_dir_read.  A backend's
 * ntix_dir_t holds a buffer of the OS's directory records (getdents64,
 * NtQueryDirectoryFile); this file walks it, skips "." and ".." and what
 * the backend hides, and fills the neutral entry.  The backend refills
 * the buffer (ntix__dir_fill) and decodes one record (ntix__dir_decode).
 */
#include <string.h>

#include "ntix-int.h"

int
ntix__dir_dots16(const uint16_t *s, size_t len) {
  return (len == 1 && s[0] == '.') || (len == 2 && s[0] == '.' && s[1] == '.');
}

static int
dots(const ntix__dir_rec_t *r) {
  const char *s = r->name;

  if (s == NULL)
    return ntix__dir_dots16(r->name16, r->len16);
  return s[0] == '.' && (s[1] == '\0' || (s[1] == '.' && s[2] == '\0'));
}

/* The record's name as UTF-8 in ent: 0 or NTIX_ENAMETOOLONG (or
 * NTIX_EILSEQ from the conversion). */
static int
copy_name(const ntix__dir_rec_t *r, ntix_dirent_t *ent) {
  int64_t got;
  size_t len;

  if (r->name == NULL) {
    got = ntix__utf16_to_utf8(r->name16, r->len16, ent->name, sizeof(ent->name),
                              0);
    return got < 0 ? (int)got : 0;
  }
  /* Linux names are at most 255 bytes; the check only guards ent. */
  len = strnlen(r->name, NTIX_NAME_MAX + 1);
  if (len > NTIX_NAME_MAX)
    return NTIX_ENAMETOOLONG;
  memcpy(ent->name, r->name, len + 1);
  return 0;
}

int
ntix__b_dir_read(ntix_dir_t *dir, ntix_dirent_t *ent) {
  ntix__dir_head_t *h = (ntix__dir_head_t *)dir;
  ntix__dir_rec_t r;
  int rc;

  /* A NULL handle is no directory (EINVAL); a NULL entry is a bad
   * buffer (EFAULT). */
  if (dir == NULL)
    return ntix__refuse(NTIX_EINVAL, "ntix_dir_read");
  if (ent == NULL)
    return ntix__refuse(NTIX_EFAULT, "ntix_dir_read");
  do {
    if (h->pos >= h->end && (rc = ntix__dir_fill(dir)) <= 0)
      return rc;
    ntix__dir_decode(dir, h->pos, &r);
    h->pos = r.next;
  } while (r.hidden || dots(&r));
  if ((rc = copy_name(&r, ent)) < 0)
    return ntix__refuse(rc, "ntix_dir_read");
  ent->type = r.type;
  ent->ino = r.ino;
  return 1;
}

/* check_dir.c: conformance of directory iteration on both OSes: exact
 * names and types, no "." or "..", empty directories, many entries across
 * several reads of the OS's buffer, errors and reads after the end.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

/* Reads d to its end; returns the entry count or the first error, and
 * counts "." and ".." in *dots. */
static int
count_entries(ntix_dir_t *d, int *dots) {
  ntix_dirent_t ent;
  int n = 0, rc;

  *dots = 0;
  while ((rc = ntix_dir_read(d, &ent)) == 1) {
    if (strcmp(ent.name, ".") == 0 || strcmp(ent.name, "..") == 0)
      (*dots)++;
    n++;
  }
  return rc < 0 ? rc : n;
}

START_TEST(listing) {
  const char *dir = ntix_t_path("ls-dir");
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int seen_a = 0, seen_b = 0, seen_c = 0, other = 0, dots = 0, rc;

  NT_OK(ntix_mkdir(dir, 0755));
  ntix_t_create(ntix_t_path("ls-dir/alpha.txt"), "a", 1);
  ntix_t_create(ntix_t_path("ls-dir/beta"), NULL, 0);
  NT_OK(ntix_mkdir(ntix_t_path("ls-dir/gamma"), 0755));
  NT_EXPECT("dir_open: directory", ntix_t_dir_open(dir, &d), 0);
  while ((rc = ntix_dir_read(d, &ent)) == 1) {
    if (strcmp(ent.name, "alpha.txt") == 0 && ent.type == NTIX_FT_REG)
      seen_a++;
    else if (strcmp(ent.name, "beta") == 0 && ent.type == NTIX_FT_REG)
      seen_b++;
    else if (strcmp(ent.name, "gamma") == 0 && ent.type == NTIX_FT_DIR)
      seen_c++;
    else if (strcmp(ent.name, ".") == 0 || strcmp(ent.name, "..") == 0)
      dots++;
    else
      other++;
  }
  NT_EXPECT("dir_read: end of listing", rc, 0);
  NT_EXPECT("dir_read: regular file with its type", seen_a, 1);
  NT_EXPECT("dir_read: empty regular file with its type", seen_b, 1);
  NT_EXPECT("dir_read: subdirectory with its type", seen_c, 1);
  NT_EXPECT("dir_read: no . or ..", dots, 0);
  NT_EXPECT("dir_read: no other entries", other, 0);
  NT_EXPECT("dir_read: after the end", ntix_dir_read(d, &ent), 0);
  NT_EXPECT("dir_read: after the end again", ntix_dir_read(d, &ent), 0);
  NT_EXPECT("dir_close: directory", ntix_t_dir_close(d), 0);
}
END_TEST

START_TEST(empty_dir) {
  const char *dir = ntix_t_path("em-dir");
  ntix_dir_t *d;
  ntix_dirent_t ent;

  NT_OK(ntix_mkdir(dir, 0755));
  NT_OK(ntix_t_dir_open(dir, &d));
  NT_EXPECT("dir_read: empty directory", ntix_dir_read(d, &ent), 0);
  NT_EXPECT("dir_read: empty directory after the end", ntix_dir_read(d, &ent),
            0);
  ntix_t_dir_close(d);
}
END_TEST

START_TEST(ino_matches_stat) {
  const char *dir = ntix_t_path("in-dir");
  ntix_dir_t *d;
  ntix_dirent_t ent;
  ntix_stat_t st;

  NT_OK(ntix_mkdir(dir, 0755));
  ntix_t_create(ntix_t_path("in-dir/file"), "x", 1);
  NT_OK(ntix_stat(ntix_t_path("in-dir/file"), &st));
  NT_OK(ntix_t_dir_open(dir, &d));
  NT_EXPECT("dir_read: one entry", ntix_dir_read(d, &ent), 1);
  NT_EXPECT("dir_read: ino equals stat's", ent.ino == st.ino, 1);
  ntix_t_dir_close(d);
}
END_TEST

/* Enough entries with long names that no OS returns them in one batch. */
#define MANY 300

static void
many_name(char *buf, size_t size, int i) {
  snprintf(buf, size, "entry-with-a-rather-long-name-number-%04d", i);
}

START_TEST(many_entries) {
  const char *dir = ntix_t_path("mn-dir");
  static unsigned char seen[MANY];
  char name[64], path[128];
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int i, rc, bad = 0, dups = 0, missing = 0;

  NT_OK(ntix_mkdir(dir, 0755));
  for (i = 0; i < MANY; i++) {
    many_name(name, sizeof(name), i);
    snprintf(path, sizeof(path), "%s/%s", dir, name);
    ntix_t_create(path, NULL, 0);
  }
  NT_OK(ntix_t_dir_open(dir, &d));
  while ((rc = ntix_dir_read(d, &ent)) == 1) {
    int k;
    if (sscanf(ent.name, "entry-with-a-rather-long-name-number-%4d", &k) != 1 ||
        k < 0 || k >= MANY) {
      bad++;
      continue;
    }
    many_name(name, sizeof(name), k);
    if (strcmp(name, ent.name) != 0 || ent.type != NTIX_FT_REG)
      bad++;
    else if (seen[k]++)
      dups++;
  }
  ntix_t_dir_close(d);
  for (i = 0; i < MANY; i++) missing += !seen[i];
  NT_EXPECT("dir_read: 300 entries end", rc, 0);
  NT_EXPECT("dir_read: 300 entries none missing", missing, 0);
  NT_EXPECT("dir_read: 300 entries none repeated", dups, 0);
  NT_EXPECT("dir_read: 300 entries nothing else", bad, 0);
}
END_TEST

START_TEST(open_errors) {
  const char *file = ntix_t_path("oe-file");
  ntix_dir_t *d = NULL;

  ntix_t_create(file, "x", 1);
  NT_EXPECT("dir_open: a file", ntix_t_dir_open(file, &d), NTIX_ENOTDIR);
  NT_EXPECT("dir_open: missing", ntix_t_dir_open(ntix_t_path("oe-no"), &d),
            NTIX_ENOENT);
  NT_EXPECT("dir_open: under a missing directory",
            ntix_t_dir_open(ntix_t_path("oe-no/sub"), &d), NTIX_ENOENT);
  NT_EXPECT("dir_open: under a file",
            ntix_t_dir_open(ntix_t_path("oe-file/sub"), &d), NTIX_ENOTDIR);
}
END_TEST

START_TEST(dot_paths) {
  const char *dir = ntix_t_path("dp-dir");
  ntix_dir_t *d;
  int dots = 0;

  NT_OK(ntix_mkdir(dir, 0755));
  NT_OK(ntix_mkdir(ntix_t_path("dp-dir/sub"), 0755));
  ntix_t_create(ntix_t_path("dp-dir/sub/f"), "x", 1);
  /* "sub/.." is dp-dir itself: one entry, sub. */
  NT_EXPECT("dir_open: path through ..",
            ntix_t_dir_open(ntix_t_path("dp-dir/sub/.."), &d), 0);
  NT_EXPECT("dir_read: path through .. lists the parent",
            count_entries(d, &dots), 1);
  ntix_t_dir_close(d);
  NT_EXPECT("dir_open: path ending in .",
            ntix_t_dir_open(ntix_t_path("dp-dir/sub/."), &d), 0);
  NT_EXPECT("dir_read: path ending in . lists the directory",
            count_entries(d, &dots), 1);
  NT_EXPECT("dir_read: no . or .. in a subdirectory", dots, 0);
  ntix_t_dir_close(d);
}
END_TEST

START_TEST(unlinked_open_file) {
  const char *dir = ntix_t_path("uo-dir");
  const char *file = ntix_t_path("uo-dir/one");
  ntix_stat_t st;
  ntix_dir_t *d;
  int dots = 0, fd;

  NT_OK(ntix_mkdir(dir, 0755));
  ntix_t_create(file, "1", 1);
  fd = (int)NT_OK(ntix_open(file, NTIX_O_RDONLY, 0));
  NT_OK(ntix_unlink(file));
  /* The name is gone from the listing while the file is still open. */
  NT_OK(ntix_t_dir_open(dir, &d));
  NT_EXPECT("dir_read: unlinked open file not listed", count_entries(d, &dots),
            0);
  ntix_t_dir_close(d);
  NT_EXPECT("rmdir: directory whose unlinked file is open", ntix_rmdir(dir), 0);
  NT_EXPECT("stat: removed directory whose unlinked file is open",
            ntix_stat(dir, &st), NTIX_ENOENT);
  ntix_close(fd);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("dir");
  TCase *tc = ntix_t_tcase("dir");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, listing);
  tcase_add_test(tc, empty_dir);
  tcase_add_test(tc, ino_matches_stat);
  tcase_add_test(tc, many_entries);
  tcase_add_test(tc, open_errors);
  tcase_add_test(tc, dot_paths);
  tcase_add_test(tc, unlinked_open_file);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "dir");
}

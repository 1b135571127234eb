/* check_name.c: conformance of names on both OSes: unlink and rename of
 * open files, directory creation and removal, long, non-ASCII and dotted
 * names, and the current directory.
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

#define RW_CREAT (NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_TRUNC)

/* --- unlink and rename of open files ---------------------------------- */

START_TEST(unlink_open_file) {
  const char *path = ntix_t_path("uo-file");
  char buf[16];
  int fd, fd2;

  ntix_t_create(path, "old data", 8);
  fd = ntix_t_open(path, NTIX_O_RDONLY);
  NT_EXPECT("unlink: open file", ntix_unlink(path), 0);
  NT_EXPECT("stat: unlinked name is gone", ntix_t_path_type(path), NTIX_ENOENT);
  fd2 = (int)NT_EXPECT_OK(
      "open: re-create unlinked name with CREAT|EXCL",
      ntix_open(path, NTIX_O_RDWR | NTIX_O_CREAT | NTIX_O_EXCL, 0644));
  NT_OK(ntix_write(fd2, "new", 3));
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: descriptor of unlinked file", ntix_t_read_all(fd, buf, 16),
            8);
  ck_assert(memcmp(buf, "old data", 8) == 0);
  NT_EXPECT("fstat: unlinked file keeps its size", ntix_t_fd_size(fd), 8);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: re-created file", ntix_t_slurp(path, buf, sizeof(buf)), 3);
  ck_assert(memcmp(buf, "new", 3) == 0);
  ntix_close(fd);
  ntix_close(fd2);
  NT_EXPECT("unlink: re-created file", ntix_unlink(path), 0);
}
END_TEST

START_TEST(unlink_twice_open) {
  const char *path = ntix_t_path("ut-file");
  int fd, i;

  /* The name must be reusable again and again while old copies are open. */
  int fds[3];
  for (i = 0; i < 3; i++) {
    ntix_t_create(path, "abc", 3);
    fds[i] = ntix_t_open(path, NTIX_O_RDONLY);
    NT_OK(ntix_unlink(path));
  }
  NT_EXPECT("stat: name free after repeated unlink", ntix_t_path_type(path),
            NTIX_ENOENT);
  for (i = 0; i < 3; i++) ntix_close(fds[i]);
  fd = (int)NT_EXPECT_OK(
      "open: name free after unlinked copies closed",
      ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL, 0644));
  ntix_close(fd);
}
END_TEST

START_TEST(rename_over_open) {
  const char *src = ntix_t_path("ro-src");
  const char *dst = ntix_t_path("ro-dst");
  char buf[16];
  int fd;

  ntix_t_create(src, "new contents", 12);
  ntix_t_create(dst, "old", 3);
  fd = ntix_t_open(dst, NTIX_O_RDONLY);
  NT_EXPECT("rename: over an open file", ntix_rename(src, dst), 0);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: open descriptor of replaced file",
            ntix_t_read_all(fd, buf, sizeof(buf)), 3);
  ck_assert(memcmp(buf, "old", 3) == 0);
  memset(buf, 0, sizeof(buf));
  NT_EXPECT("read: new open of rename target",
            ntix_t_slurp(dst, buf, sizeof(buf)), 12);
  ck_assert(memcmp(buf, "new contents", 12) == 0);
  NT_EXPECT("stat: rename source gone", ntix_t_path_type(src), NTIX_ENOENT);
  ntix_close(fd);
}
END_TEST

START_TEST(rename_errors) {
  const char *file = ntix_t_path("re-file");
  const char *dir = ntix_t_path("re-dir");

  ntix_t_create(file, "x", 1);
  NT_OK(ntix_mkdir(dir, 0755));
  NT_EXPECT("rename: missing source",
            ntix_rename(ntix_t_path("re-missing"), ntix_t_path("re-to")),
            NTIX_ENOENT);
  NT_EXPECT("rename: file onto a directory", ntix_rename(file, dir),
            NTIX_EISDIR);
  NT_EXPECT("rename: directory onto a file", ntix_rename(dir, file),
            NTIX_ENOTDIR);
  NT_EXPECT("rename: into a missing directory",
            ntix_rename(file, ntix_t_path("re-nodir/x")), NTIX_ENOENT);
  NT_EXPECT("rename: file onto itself", ntix_rename(file, file), 0);
  NT_EXPECT("stat: file renamed onto itself stays", ntix_t_path_type(file),
            NTIX_FT_REG);
}
END_TEST

START_TEST(rename_directories) {
  const char *a = ntix_t_path("rd-a");
  const char *full = ntix_t_path("rd-full");
  const char *empty = ntix_t_path("rd-empty");

  NT_OK(ntix_mkdir(a, 0755));
  ntix_t_create(ntix_t_path("rd-a/inner"), "in", 2);
  NT_OK(ntix_mkdir(full, 0755));
  ntix_t_create(ntix_t_path("rd-full/keep"), "k", 1);
  NT_OK(ntix_mkdir(empty, 0755));
  NT_EXPECT("rename: directory onto non-empty directory", ntix_rename(a, full),
            NTIX_ENOTEMPTY);
  NT_EXPECT("rename: directory onto empty directory", ntix_rename(a, empty), 0);
  NT_EXPECT("stat: renamed directory content",
            ntix_t_path_type(ntix_t_path("rd-empty/inner")), NTIX_FT_REG);
  NT_EXPECT("stat: renamed directory source gone", ntix_t_path_type(a),
            NTIX_ENOENT);
}
END_TEST

/* --- directories ------------------------------------------------------ */

START_TEST(dir_errors) {
  const char *dir = ntix_t_path("de-dir");
  const char *file = ntix_t_path("de-file");

  NT_EXPECT("mkdir: new directory", ntix_mkdir(dir, 0755), 0);
  ntix_t_create(ntix_t_path("de-dir/f"), "x", 1);
  ntix_t_create(file, "x", 1);
  NT_EXPECT("mkdir: existing directory", ntix_mkdir(dir, 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: existing file", ntix_mkdir(file, 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: missing parent",
            ntix_mkdir(ntix_t_path("de-none/sub"), 0755), NTIX_ENOENT);
  NT_EXPECT("rmdir: non-empty directory", ntix_rmdir(dir), NTIX_ENOTEMPTY);
  NT_EXPECT("rmdir: a file", ntix_rmdir(file), NTIX_ENOTDIR);
  NT_EXPECT("rmdir: missing", ntix_rmdir(ntix_t_path("de-missing")),
            NTIX_ENOENT);
  NT_EXPECT("unlink: a directory", ntix_unlink(dir), NTIX_EISDIR);
  NT_EXPECT("unlink: missing", ntix_unlink(ntix_t_path("de-missing")),
            NTIX_ENOENT);
  NT_OK(ntix_unlink(ntix_t_path("de-dir/f")));
  NT_EXPECT("rmdir: emptied directory", ntix_rmdir(dir), 0);
  NT_EXPECT("stat: removed directory", ntix_t_path_type(dir), NTIX_ENOENT);
}
END_TEST

/* The type fstat reports for fd, or the error. */
static int
name_fd_type(int fd) {
  ntix_stat_t st;
  int rc = ntix_fstat(fd, &st);

  return rc < 0 ? rc : (int)st.type;
}

/* "." and ".." as the last component name no entry of their own: Linux
 * refuses to remove, create or rename them (each call with its own code)
 * and never acts on the directory they resolve to. */
START_TEST(dot_last_component) {
  char e[512], file[512]; /* ntix_t_path's buffers rotate */

  snprintf(e, sizeof(e), "%s", ntix_t_path("dl-d/e"));
  snprintf(file, sizeof(file), "%s", ntix_t_path("dl-d/file"));

  NT_OK(ntix_mkdir(ntix_t_path("dl-d"), 0755));
  NT_OK(ntix_mkdir(e, 0755));
  NT_OK(ntix_mkdir(ntix_t_path("dl-d/f"), 0755));
  ntix_t_create(file, "x", 1);
  NT_EXPECT("rmdir: path ending in /.", ntix_rmdir(ntix_t_path("dl-d/e/.")),
            NTIX_EINVAL);
  NT_EXPECT("rmdir: path ending in /./", ntix_rmdir(ntix_t_path("dl-d/e/./")),
            NTIX_EINVAL);
  NT_EXPECT("rmdir: path ending in /..", ntix_rmdir(ntix_t_path("dl-d/e/..")),
            NTIX_ENOTEMPTY);
  NT_EXPECT("rmdir: .", ntix_rmdir("."), NTIX_EINVAL);
  NT_EXPECT("rmdir: ..", ntix_rmdir(".."), NTIX_ENOTEMPTY);
  NT_EXPECT("rmdir: the root directory", ntix_rmdir("/"), NTIX_EBUSY);
  NT_EXPECT("rmdir: /. under a file", ntix_rmdir(ntix_t_path("dl-d/file/.")),
            NTIX_ENOTDIR);
  NT_EXPECT("rmdir: /. under a missing directory",
            ntix_rmdir(ntix_t_path("dl-d/missing/.")), NTIX_ENOENT);
  NT_EXPECT("stat: directory named through /. stays", ntix_t_path_type(e),
            NTIX_FT_DIR);
  NT_EXPECT("unlink: path ending in /.", ntix_unlink(ntix_t_path("dl-d/e/.")),
            NTIX_EISDIR);
  NT_EXPECT("unlink: path ending in /..", ntix_unlink(ntix_t_path("dl-d/e/..")),
            NTIX_EISDIR);
  NT_EXPECT("mkdir: path ending in /.",
            ntix_mkdir(ntix_t_path("dl-d/e/."), 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: path ending in /..",
            ntix_mkdir(ntix_t_path("dl-d/e/.."), 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: /. under a missing directory",
            ntix_mkdir(ntix_t_path("dl-d/new/."), 0755), NTIX_ENOENT);
  NT_EXPECT("rename: source ending in /.",
            ntix_rename(ntix_t_path("dl-d/e/."), ntix_t_path("dl-d/x")),
            NTIX_EBUSY);
  NT_EXPECT("rename: source ending in /..",
            ntix_rename(ntix_t_path("dl-d/e/.."), ntix_t_path("dl-d/x")),
            NTIX_EBUSY);
  NT_EXPECT("rename: target ending in /.",
            ntix_rename(ntix_t_path("dl-d/f"), ntix_t_path("dl-d/e/.")),
            NTIX_EBUSY);
  NT_EXPECT("rename: file onto a path ending in /..",
            ntix_rename(file, ntix_t_path("dl-d/e/..")), NTIX_EBUSY);
  NT_EXPECT("rename: the root directory",
            ntix_rename("/", ntix_t_path("dl-d/x")), NTIX_EBUSY);
  NT_EXPECT("stat: directories named through dots stay",
            ntix_t_path_type(e) == NTIX_FT_DIR &&
                ntix_t_path_type(ntix_t_path("dl-d/f")) == NTIX_FT_DIR &&
                ntix_t_path_type(file) == NTIX_FT_REG,
            1);
  NT_EXPECT("rmdir: path ending in / still removes",
            ntix_rmdir(ntix_t_path("dl-d/e/")), 0);
}
END_TEST

/* rmdir frees the name at once, even while the directory is open or holds
 * a file unlinked while open, as unlink does for files. */
START_TEST(rmdir_open_directory) {
  const char *dir = ntix_t_path("rx-dir");
  const char *held = ntix_t_path("rx-held");
  const char *inner = ntix_t_path("rx-held/f");
  char buf[4];
  int fd, ffd, hfd;

  NT_OK(ntix_mkdir(dir, 0755));
  fd = (int)NT_OK(ntix_open(dir, NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_EXPECT("rmdir: directory open as a descriptor", ntix_rmdir(dir), 0);
  NT_EXPECT("stat: removed open directory is gone", ntix_t_path_type(dir),
            NTIX_ENOENT);
  NT_EXPECT("mkdir: name of a removed open directory", ntix_mkdir(dir, 0755),
            0);
  NT_EXPECT("fstat: descriptor of a removed directory", name_fd_type(fd),
            NTIX_FT_DIR);
  ntix_close(fd);
  NT_OK(ntix_rmdir(dir));

  NT_OK(ntix_mkdir(held, 0755));
  ntix_t_create(inner, "in", 2);
  hfd = (int)NT_OK(ntix_open(held, NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  ffd = ntix_t_open(inner, NTIX_O_RDONLY);
  NT_OK(ntix_unlink(inner));
  NT_EXPECT("rmdir: open directory whose unlinked file is open",
            ntix_rmdir(held), 0);
  NT_EXPECT("stat: removed directory of an open unlinked file is gone",
            ntix_t_path_type(held), NTIX_ENOENT);
  NT_EXPECT("read: unlinked file of a removed directory",
            ntix_read(ffd, buf, sizeof(buf)), 2);
  NT_EXPECT("mkdir: name of a removed directory that held an open file",
            ntix_mkdir(held, 0755), 0);
  ntix_close(ffd);
  ntix_close(hfd);
}
END_TEST

/* --- names ------------------------------------------------------------ */

START_TEST(long_component) {
  char name[301];
  char path[512];
  ntix_stat_t st;

  memset(name, 'n', 300);
  name[300] = '\0';
  snprintf(path, sizeof(path), "%s/%s", ntix_t_dir(), name);
  NT_EXPECT("open: 300-byte name",
            ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644),
            NTIX_ENAMETOOLONG);
  NT_EXPECT("stat: 300-byte name", ntix_stat(path, &st), NTIX_ENAMETOOLONG);
  NT_EXPECT("mkdir: 300-byte name", ntix_mkdir(path, 0755), NTIX_ENAMETOOLONG);
  /* 255 bytes is the longest name both OSes take. */
  name[255] = '\0';
  snprintf(path, sizeof(path), "%s/%s", ntix_t_dir(), name);
  ntix_close(
      (int)NT_EXPECT_OK("open: 255-byte name",
                        ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644)));
  NT_EXPECT("unlink: 255-byte name", ntix_unlink(path), 0);
}
END_TEST

START_TEST(long_path) {
  static char path[1024];
  static unsigned char data[3000], got[3000];
  ntix_stat_t st;
  size_t len;
  int fd, i;

  /* Six 60-byte levels: past Windows' 260-character MAX_PATH. */
  len = (size_t)snprintf(path, sizeof(path), "%s/lp", ntix_t_dir());
  NT_OK(ntix_mkdir(path, 0755));
  for (i = 0; i < 6; i++) {
    path[len++] = '/';
    memset(path + len, (char)('a' + i), 59);
    len += 59;
    path[len] = '\0';
    NT_OK(ntix_mkdir(path, 0755));
  }
  memcpy(path + len, "/file", 6);
  ck_assert_uint_gt(strlen(path), 360);
  ntix_t_fill(data, sizeof(data), 9);
  fd = (int)NT_EXPECT_OK("open: path beyond 260 characters",
                         ntix_open(path, RW_CREAT, 0644));
  NT_EXPECT("write: path beyond 260 characters",
            ntix_write(fd, data, sizeof(data)), (int64_t)sizeof(data));
  ntix_close(fd);
  NT_EXPECT("read: path beyond 260 characters",
            ntix_t_slurp(path, got, sizeof(got)), (int64_t)sizeof(data));
  ck_assert(memcmp(got, data, sizeof(data)) == 0);
  NT_OK(ntix_stat(path, &st));
  NT_EXPECT("stat: path beyond 260 characters", (int64_t)st.size,
            (int64_t)sizeof(data));
  NT_EXPECT("unlink: path beyond 260 characters", ntix_unlink(path), 0);
  path[len] = '\0';
  NT_EXPECT("rmdir: path beyond 260 characters", ntix_rmdir(path), 0);
}
END_TEST

/* U+00EF, U+65E5 U+672C (three bytes each), U+1F600 (four bytes: a
 * surrogate pair in UTF-16). */
#define UTF8_NAME "na\xc3\xafve-\xe6\x97\xa5\xe6\x9c\xac-\xf0\x9f\x98\x80.txt"

START_TEST(utf8_name) {
  const char *dir = ntix_t_path("u8-dir");
  char path[512];
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int found = 0, count = 0, rc;
  char buf[8];

  NT_OK(ntix_mkdir(dir, 0755));
  snprintf(path, sizeof(path), "%s/%s", dir, UTF8_NAME);
  ntix_t_create(path, "utf8", 4);
  NT_OK(ntix_t_dir_open(dir, &d));
  while ((rc = ntix_dir_read(d, &ent)) == 1) {
    count++;
    if (strcmp(ent.name, UTF8_NAME) == 0)
      found++;
  }
  ntix_t_dir_close(d);
  ck_assert_int_eq(rc, 0);
  NT_EXPECT("dir_read: UTF-8 name round trip", found == 1 && count == 1, 1);
  NT_EXPECT("open: UTF-8 name", ntix_t_slurp(path, buf, sizeof(buf)), 4);
  ck_assert(memcmp(buf, "utf8", 4) == 0);
}
END_TEST

START_TEST(dot_components) {
  char path[512], buf[8];
  const char *d = ntix_t_dir();

  NT_OK(ntix_mkdir(ntix_t_path("dc-dir"), 0755));
  NT_OK(ntix_mkdir(ntix_t_path("dc-dir/sub"), 0755));
  ntix_t_create(ntix_t_path("dc-dir/file"), "dots", 4);
  snprintf(path, sizeof(path), "%s/dc-dir/sub/../file", d);
  NT_EXPECT("open: path through ..", ntix_t_slurp(path, buf, sizeof(buf)), 4);
  snprintf(path, sizeof(path), "%s/./dc-dir//./file", d);
  NT_EXPECT("open: path with ./ and //", ntix_t_slurp(path, buf, sizeof(buf)),
            4);
  snprintf(path, sizeof(path), "%s/dc-dir/file/", d);
  NT_EXPECT("stat: regular file with a trailing slash", ntix_t_path_type(path),
            NTIX_ENOTDIR);
  /* As POSIX, ".." is looked up in the directory before it, which must
   * exist: no lexical shortening. */
  snprintf(path, sizeof(path), "%s/dc-dir/missing/../file", d);
  NT_EXPECT("open: .. after a missing directory",
            ntix_t_slurp(path, buf, sizeof(buf)), NTIX_ENOENT);
}
END_TEST

/* Names that mean something else to Win32 path parsing but are ordinary
 * names to NT and to Linux. */
START_TEST(plain_names) {
  static const char *const names[] = {"con", "nul", "aux.txt", "trail."};
  static const char *const scen[] = {
      "open: file named con", "open: file named nul",
      "open: file named aux.txt", "open: name ending in a dot"};
  char path[512];
  ntix_dir_t *d;
  ntix_dirent_t ent;
  int i, listed = 0;

  NT_OK(ntix_mkdir(ntix_t_path("pn-dir"), 0755));
  for (i = 0; i < 4; i++) {
    snprintf(path, sizeof(path), "%s/%s", ntix_t_path("pn-dir"), names[i]);
    ntix_close((int)NT_EXPECT_OK(
        scen[i], ntix_open(path, NTIX_O_WRONLY | NTIX_O_CREAT, 0644)));
  }
  NT_EXPECT("stat: file named nul is a regular file",
            ntix_t_path_type(ntix_t_path("pn-dir/nul")), NTIX_FT_REG);
  NT_OK(ntix_t_dir_open(ntix_t_path("pn-dir"), &d));
  while (ntix_dir_read(d, &ent) == 1)
    for (i = 0; i < 4; i++) listed += strcmp(ent.name, names[i]) == 0;
  ntix_t_dir_close(d);
  NT_EXPECT("dir_read: con, nul, aux.txt and trail. listed as named", listed,
            4);
}
END_TEST

/* --- current directory ------------------------------------------------ */

/* The directory the suite runs in; the fixture (ntix_t_tcase) restores it
 * after a failed test. */
static char saved_cwd[4096];

START_TEST(chdir_relative) {
  char cwd[4096];
  const char *dir = ntix_t_path("cw-dir");
  int64_t n;
  size_t dl = strlen("cw-dir");
  int fd;

  NT_OK(ntix_mkdir(dir, 0755));
  n = NT_EXPECT_OK("getcwd: current directory",
                   ntix_getcwd(saved_cwd, sizeof(saved_cwd)));
  NT_EXPECT("getcwd: length is strlen", (int64_t)strlen(saved_cwd) == n, 1);
  NT_EXPECT("chdir: scratch subdirectory", ntix_chdir(dir), 0);
  fd = (int)NT_EXPECT_OK("open: relative after chdir",
                         ntix_open("rel-file", RW_CREAT, 0644));
  NT_OK(ntix_write(fd, "rel", 3));
  ntix_close(fd);
  n = NT_EXPECT_OK("getcwd: after chdir", ntix_getcwd(cwd, sizeof(cwd)));
  NT_EXPECT("getcwd: ends with /cw-dir",
            (size_t)n > dl && cwd[n - (int64_t)dl - 1] == '/' &&
                strcmp(cwd + n - (int64_t)dl, "cw-dir") == 0,
            1);
  NT_EXPECT("getcwd: extends the old directory",
            strncmp(cwd, saved_cwd, strlen(saved_cwd)) == 0, 1);
  NT_EXPECT("chdir: dot-dot", ntix_chdir(".."), 0);
  NT_EXPECT("chdir: missing", ntix_chdir("cw-missing"), NTIX_ENOENT);
  NT_EXPECT("chdir: back", ntix_chdir(saved_cwd), 0);
  NT_EXPECT("stat: file opened relative to new cwd",
            ntix_t_path_type(ntix_t_path("cw-dir/rel-file")), NTIX_FT_REG);
  NT_EXPECT("getcwd: 1-byte buffer", ntix_getcwd(cwd, 1), NTIX_ERANGE);
  NT_EXPECT("getcwd: exact-length buffer too small by the NUL",
            ntix_getcwd(cwd, strlen(saved_cwd)), NTIX_ERANGE);
  NT_EXPECT(
      "getcwd: buffer with room for the NUL",
      ntix_getcwd(cwd, strlen(saved_cwd) + 1) == (int64_t)strlen(saved_cwd), 1);
}
END_TEST

/* The current directory opens through ntix as on Linux (Windows keeps
 * its handle without FILE_SHARE_DELETE; check_file.c has the same for a
 * file the C library holds open). */
START_TEST(open_current_directory) {
  const char *dir = ntix_t_path("oc-dir");
  char cwd[4096];
  int fd;

  NT_OK(ntix_mkdir(dir, 0755));
  NT_OK(ntix_getcwd(saved_cwd, sizeof(saved_cwd)));
  NT_OK(ntix_chdir(dir));
  fd = (int)NT_EXPECT_OK("open: . after chdir",
                         ntix_open(".", NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  NT_EXPECT("fstat: . after chdir", name_fd_type(fd), NTIX_FT_DIR);
  ntix_close(fd);
  NT_OK(ntix_getcwd(cwd, sizeof(cwd)));
  fd = (int)NT_EXPECT_OK("open: current directory by its full name",
                         ntix_open(cwd, NTIX_O_RDONLY | NTIX_O_DIRECTORY, 0));
  ntix_close(fd);
  NT_OK(ntix_chdir(saved_cwd));
}
END_TEST

START_TEST(chdir_file) {
  const char *file = ntix_t_path("cf-file");

  ntix_t_create(file, "x", 1);
  NT_EXPECT("chdir: a regular file", ntix_chdir(file), NTIX_ENOTDIR);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("name");
  TCase *tc = ntix_t_tcase("name");
  TCase *cwd = ntix_t_tcase("cwd");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, unlink_open_file);
  tcase_add_test(tc, unlink_twice_open);
  tcase_add_test(tc, rename_over_open);
  tcase_add_test(tc, rename_errors);
  tcase_add_test(tc, rename_directories);
  tcase_add_test(tc, dir_errors);
  tcase_add_test(tc, dot_last_component);
  tcase_add_test(tc, rmdir_open_directory);
  tcase_add_test(tc, long_component);
  tcase_add_test(tc, long_path);
  tcase_add_test(tc, utf8_name);
  tcase_add_test(tc, dot_components);
  tcase_add_test(tc, plain_names);
  suite_add_tcase(s, tc);
  tcase_set_timeout(cwd, 60);
  tcase_add_test(cwd, chdir_relative);
  tcase_add_test(cwd, chdir_file);
  tcase_add_test(cwd, open_current_directory);
  suite_add_tcase(s, cwd);
  return ntix_t_run(s, "name");
}

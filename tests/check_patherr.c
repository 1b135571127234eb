/* check_patherr.c: every path-taking call on names that fail on both OSes:
 * a missing name, a name under a missing directory or under a file, a
 * component longer than any file system allows, and names of the wrong
 * kind (a directory where a file is wanted, a non-empty directory).
 */
#include <stdio.h>
#include <string.h>

#include "check-util.h"

/* The path calls, in the order of each row of the table below. */
enum {
  PC_OPEN,
  PC_OPEN_CREAT,
  PC_STAT,
  PC_LSTAT,
  PC_UNLINK,
  PC_RENAME_FROM,
  PC_RENAME_TO,
  PC_MKDIR,
  PC_RMDIR,
  PC_CHDIR,
  PC_DIR_OPEN,
  PC_COUNT
};

static const char *const call_names[PC_COUNT] = {
    "open",      "open CREAT", "stat",  "lstat", "unlink",  "rename from",
    "rename to", "mkdir",      "rmdir", "chdir", "dir_open"};

/* Opens path and closes the descriptor if the call succeeded. */
static int
open_closed(const char *path, int flags) {
  int fd = ntix_open(path, flags, 0644);

  if (fd >= 0)
    ntix_close(fd);
  return fd;
}

static int
dir_open_closed(const char *path) {
  ntix_dir_t *d;
  int rc = ntix_t_dir_open(path, &d);

  if (rc >= 0)
    ntix_t_dir_close(d);
  return rc;
}

static int
path_call(int call, const char *path) {
  ntix_stat_t st;

  switch (call) {
    case PC_OPEN:
      return open_closed(path, NTIX_O_RDONLY);
    case PC_OPEN_CREAT:
      return open_closed(path, NTIX_O_WRONLY | NTIX_O_CREAT);
    case PC_STAT:
      return ntix_stat(path, &st);
    case PC_LSTAT:
      return ntix_lstat(path, &st);
    case PC_UNLINK:
      return ntix_unlink(path);
    case PC_RENAME_FROM:
      return ntix_rename(path, ntix_t_path("pe-to"));
    case PC_RENAME_TO:
      return ntix_rename(ntix_t_path("pe-src"), path);
    case PC_MKDIR:
      return ntix_mkdir(path, 0755);
    case PC_RMDIR:
      return ntix_rmdir(path);
    case PC_CHDIR:
      return ntix_chdir(path);
    default:
      return dir_open_closed(path);
  }
}

/* The same operation as the raw native call, for the calls ntix refuses
 * (probe.h). */
static ntix_native_t
path_probe(int call, const char *path) {
  switch (call) {
    case PC_OPEN:
      return probe_open(path, NTIX_O_RDONLY);
    case PC_OPEN_CREAT:
      return probe_open(path, NTIX_O_WRONLY | NTIX_O_CREAT);
    case PC_STAT:
      return probe_stat(path);
    case PC_LSTAT:
      return probe_lstat(path);
    case PC_UNLINK:
      return probe_unlink(path);
    case PC_RENAME_FROM:
      return probe_rename(path, ntix_t_path("pe-to"));
    case PC_RENAME_TO:
      return probe_rename(ntix_t_path("pe-src"), path);
    case PC_MKDIR:
      return probe_mkdir(path);
    case PC_RMDIR:
      return probe_rmdir(path);
    case PC_CHDIR:
      return probe_chdir(path);
    default:
      return probe_dir_open(path);
  }
}

/* Runs every call whose want is not 0 on path; what names the path. */
static void
expect_calls(const char *path, const char *what, const int want[PC_COUNT]) {
  char name[128];
  int call;

  ntix_t_create(ntix_t_path("pe-src"), "s", 1);
  for (call = 0; call < PC_COUNT; call++) {
    if (want[call] == 0)
      continue;
    snprintf(name, sizeof(name), "%s: %s", call_names[call], what);
    NT_EXPECT(name, path_call(call, path), want[call]);
    NT_PROBE(name, path_probe(call, path));
  }
}

/* Every call, the same code. */
static void
expect_all(const char *path, const char *what, int want) {
  int w[PC_COUNT], i;

  for (i = 0; i < PC_COUNT; i++) w[i] = want;
  expect_calls(path, what, w);
}

#define E_NOENT NTIX_ENOENT

START_TEST(missing_name) {
  /* open CREAT, rename to and mkdir would succeed. */
  static const int w[PC_COUNT] = {E_NOENT, 0,       E_NOENT, E_NOENT,
                                  E_NOENT, E_NOENT, 0,       0,
                                  E_NOENT, E_NOENT, E_NOENT};

  expect_calls(ntix_t_path("pe-missing"), "missing name", w);
}
END_TEST

START_TEST(missing_parent) {
  expect_all(ntix_t_path("pe-nodir/x"), "under a missing directory",
             NTIX_ENOENT);
  expect_all(ntix_t_path("pe-nodir/a/b/c"),
             "three levels under a missing "
             "directory",
             NTIX_ENOENT);
}
END_TEST

START_TEST(file_as_parent) {
  ntix_t_create(ntix_t_path("pe-file"), "f", 1);
  expect_all(ntix_t_path("pe-file/x"), "under a file", NTIX_ENOTDIR);
  expect_all(ntix_t_path("pe-file/a/b"), "two levels under a file",
             NTIX_ENOTDIR);
}
END_TEST

/* A 300-byte component: longer than the 255 that Linux file systems and
 * NTFS allow. */
START_TEST(long_component) {
  char comp[301], path[512];

  memset(comp, 'n', 300);
  comp[300] = '\0';
  snprintf(path, sizeof(path), "%s/%s", ntix_t_dir(), comp);
  expect_all(path, "300-byte name", NTIX_ENAMETOOLONG);
  snprintf(path, sizeof(path), "%s/%s/x", ntix_t_dir(), comp);
  expect_all(path, "under a 300-byte name", NTIX_ENAMETOOLONG);
}
END_TEST

/* An existing file where a directory is wanted, or the reverse. */
START_TEST(wrong_kind) {
  const char *file = ntix_t_path("pe-kind-file");
  const char *dir = ntix_t_path("pe-kind-dir");
  const char *full = ntix_t_path("pe-kind-full");

  ntix_t_create(file, "f", 1);
  NT_OK(ntix_mkdir(dir, 0755));
  NT_OK(ntix_mkdir(full, 0755));
  ntix_t_create(ntix_t_path("pe-kind-full/in"), "i", 1);
  NT_EXPECT("mkdir: an existing file", ntix_mkdir(file, 0755), NTIX_EEXIST);
  NT_EXPECT("mkdir: an existing directory", ntix_mkdir(dir, 0755), NTIX_EEXIST);
  NT_EXPECT("open CREAT|EXCL: an existing file",
            open_closed(file, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL),
            NTIX_EEXIST);
  NT_EXPECT("open CREAT|EXCL: an existing directory",
            open_closed(dir, NTIX_O_WRONLY | NTIX_O_CREAT | NTIX_O_EXCL),
            NTIX_EEXIST);
  NT_EXPECT("rmdir: a file", ntix_rmdir(file), NTIX_ENOTDIR);
  NT_EXPECT("chdir: a file", ntix_chdir(file), NTIX_ENOTDIR);
  NT_EXPECT("dir_open: a file", dir_open_closed(file), NTIX_ENOTDIR);
  NT_EXPECT("open DIRECTORY: a file",
            open_closed(file, NTIX_O_RDONLY | NTIX_O_DIRECTORY), NTIX_ENOTDIR);
  NT_EXPECT("open WRONLY: a directory", open_closed(dir, NTIX_O_WRONLY),
            NTIX_EISDIR);
  NT_EXPECT("open RDWR: a directory", open_closed(dir, NTIX_O_RDWR),
            NTIX_EISDIR);
  NT_EXPECT("open CREAT: a directory",
            open_closed(dir, NTIX_O_WRONLY | NTIX_O_CREAT), NTIX_EISDIR);
  NT_EXPECT("rename: a file onto a directory", ntix_rename(file, dir),
            NTIX_EISDIR);
  NT_EXPECT("rename: a directory onto a file", ntix_rename(dir, file),
            NTIX_ENOTDIR);
  NT_EXPECT("rmdir: a non-empty directory", ntix_rmdir(full), NTIX_ENOTEMPTY);
  NT_EXPECT("rename: a directory onto a non-empty directory",
            ntix_rename(dir, full), NTIX_ENOTEMPTY);
  NT_EXPECT("rmdir: still there after refusals", ntix_rmdir(dir), 0);
}
END_TEST

/* The same failures through absolute paths (from ntix_getcwd). */
START_TEST(absolute_paths) {
  static const int w[PC_COUNT] = {E_NOENT, 0,       E_NOENT, E_NOENT,
                                  E_NOENT, E_NOENT, 0,       0,
                                  E_NOENT, E_NOENT, E_NOENT};
  char cwd[1024], path[1200];

  NT_OK(ntix_getcwd(cwd, sizeof(cwd)));
  ntix_t_create(ntix_t_path("pe-file"), "f", 1);
  snprintf(path, sizeof(path), "%s/%s", cwd, ntix_t_path("pe-missing"));
  expect_calls(path, "missing name, absolute path", w);
  snprintf(path, sizeof(path), "%s/%s", cwd, ntix_t_path("pe-nodir/x"));
  expect_all(path, "under a missing directory, absolute path", NTIX_ENOENT);
  snprintf(path, sizeof(path), "%s/%s", cwd, ntix_t_path("pe-file/x"));
  expect_all(path, "under a file, absolute path", NTIX_ENOTDIR);
}
END_TEST

int
main(void) {
  Suite *s = suite_create("patherr");
  TCase *tc = ntix_t_tcase("patherr");

  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, missing_name);
  tcase_add_test(tc, missing_parent);
  tcase_add_test(tc, file_as_parent);
  tcase_add_test(tc, long_component);
  tcase_add_test(tc, wrong_kind);
  tcase_add_test(tc, absolute_paths);
  suite_add_tcase(s, tc);
  return ntix_t_run(s, "patherr");
}

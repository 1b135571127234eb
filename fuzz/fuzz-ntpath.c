/* fuzz-ntpath.c: UTF-8 paths to NT paths (src/common/ntpath.c) in every
 * form: drive, drive-relative, relative, root-relative, UNC, devices,
 * "\\?\" and "\??\", "." and "..", repeated and trailing separators, long
 * paths.  The input is "cwd\0path" (a missing cwd means "C:\w").  A fake
 * file system answers the "." / ".." checks: a prefix whose last component
 * starts with 'f' is a file, with 'm' missing, anything else a directory.
 *
 * Oracles: a success is "\??\" + at most 32,767 units, NUL-terminated; a
 * non-verbatim result has no '/', no empty, "." or ".." component and none
 * longer than 255 units, keeps the root of an absolute input, and is a
 * fixed point: its DOS form converts to itself.  Failures are the
 * documented codes only. */
#include "fuzz.h"

typedef struct fake {
  const uint16_t *cwd;
  size_t cwdn;
  int checks;
} fake_t;

static uint16_t *
fake_cwd(void *ctx, size_t *n) {
  fake_t *f = ctx;
  uint16_t *s = malloc((f->cwdn + 1) * sizeof(*s));

  memcpy(s, f->cwd, f->cwdn * sizeof(*s));
  s[f->cwdn] = 0;
  *n = f->cwdn;
  return s;
}

static int
fake_dir_check(void *ctx, const uint16_t *s, size_t n) {
  fake_t *f = ctx;
  size_t i = n;

  f->checks++;
  FUZZ_CHECK(n >= 4 && s[0] == '\\' && s[1] == '?' && s[2] == '?');
  while (i > 0 && s[i - 1] != '\\') i--;
  if (i < n && s[i] == 'f')
    return NTIX_ENOTDIR;
  if (i < n && s[i] == 'm')
    return NTIX_ENOENT;
  return 0;
}

static int
is_sep(uint16_t c) {
  return c == '/' || c == '\\';
}

static int
starts(const uint16_t *s, size_t n, const char *lit) {
  size_t i;

  for (i = 0; lit[i] != '\0'; i++)
    if (i >= n || s[i] != (uint16_t)lit[i])
      return 0;
  return 1;
}

/* Components of a normalised result after its root. */
static void
check_components(const uint16_t *s, size_t n, size_t root) {
  size_t i = root, c;

  while (i < n) {
    FUZZ_CHECK(s[i] == '\\');
    i++;
    if (i == n)
      break; /* the root's own trailing backslash */
    for (c = 0; i + c < n && s[i + c] != '\\'; c++) FUZZ_CHECK(s[i + c] != '/');
    FUZZ_CHECK(c > 0 && c <= 255);
    FUZZ_CHECK(!(c == 1 && s[i] == '.'));
    FUZZ_CHECK(!(c == 2 && s[i] == '.' && s[i + 1] == '.'));
    i += c;
  }
}

/* "\??\UNC\srv\share..." (a server and a share). */
static int
is_unc(const uint16_t *s, size_t n) {
  size_t i = 8;

  if (!starts(s, n, "\\??\\UNC\\"))
    return 0;
  while (i < n && s[i] != '\\') i++;
  return i + 1 < n;
}

/* "\??\C:\..." */
static int
is_drive(const uint16_t *s, size_t n) {
  return n >= 7 && ntix__is_letter(s[4]) && s[5] == ':' && s[6] == '\\';
}

/* The result's DOS form ("C:\x", "\\srv\sh\x", "\\.\dev") as UTF-8. */
static char *
dos_form(const uint16_t *s, size_t n) {
  uint16_t *d = malloc((n + 2) * sizeof(*d));
  size_t k = 0;
  char *u;
  int64_t m;

  if (is_unc(s, n)) {
    d[k++] = '\\';
    d[k++] = '\\';
    memcpy(d + k, s + 8, (n - 8) * sizeof(*s));
    k += n - 8;
  } else if (is_drive(s, n)) {
    memcpy(d, s + 4, (n - 4) * sizeof(*s));
    k = n - 4;
  } else {
    d[k++] = '\\';
    d[k++] = '\\';
    d[k++] = '.';
    memcpy(d + k, s + 3, (n - 3) * sizeof(*s));
    k += n - 3;
  }
  u = malloc(k * 3 + 1);
  m = ntix__utf16_to_utf8(d, k, u, k * 3 + 1, 0);
  FUZZ_CHECK(m >= 0);
  free(d);
  return u;
}

/* What RtlGetCurrentDirectory_U can hold after ntix_chdir (cwd.c): "C:\x",
 * "\\srv\share\x", "\\?\C:\x" or "\\?\UNC\srv\share\x", normalised (no
 * empty, "." or ".." component); '/' is made '\' here. */
static int
cwd_plausible(uint16_t *c, size_t n) {
  size_t i, at, len;

  for (i = 0; i < n; i++)
    if (c[i] == '/')
      c[i] = '\\';
  if (starts(c, n, "\\\\?\\UNC\\"))
    at = 8;
  else if (starts(c, n, "\\\\?\\") && n >= 7 && ntix__is_letter(c[4]) &&
           c[5] == ':' && c[6] == '\\')
    at = 7;
  else if (n >= 3 && ntix__is_letter(c[0]) && c[1] == ':' && c[2] == '\\')
    at = 3;
  else if (n >= 3 && c[0] == '\\' && c[1] == '\\')
    at = 2;
  else
    return 0;
  for (i = at; i < n; i += len + 1) {
    for (len = 0; i + len < n && c[i + len] != '\\'; len++)
      ;
    if (len == 0 && i + len < n)
      return 0;
    if ((len == 1 && c[i] == '.') ||
        (len == 2 && c[i] == '.' && c[i + 1] == '.'))
      return 0;
  }
  return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const uint16_t default_cwd[] = {'C', ':', '\\', 'w'};
  const uint8_t *nul = memchr(data, 0, size);
  uint16_t *cwd = NULL, *out, *again;
  size_t outn, againn, root, plen;
  ntix__ntpath_env_t env = {fake_cwd, fake_dir_check, NULL};
  fake_t f = {default_cwd, 4, 0};
  char *path, *dos;
  int rc, verbatim, device;

  if (nul != NULL) {
    size_t cn = (size_t)(nul - data);
    int64_t got;

    cwd = malloc((cn + 1) * sizeof(*cwd));
    got = ntix__utf8_to_utf16((const char *)data, cn, cwd, cn + 1);
    if (got > 0 && cwd_plausible(cwd, (size_t)got)) {
      f.cwd = cwd;
      f.cwdn = (size_t)got;
    }
    size -= cn + 1;
    data = nul + 1;
  }
  env.ctx = &f;
  path = fuzz_strdup(data, size);
  plen = strlen(path);
  if (plen == 0 || !ntix__utf8_valid(path)) {
    free(path);
    free(cwd);
    return 0; /* ntix__check_path refuses these first */
  }
  rc = ntix__ntpath(path, &env, &out, &outn);
  if (rc != 0) {
    FUZZ_CHECK(out == NULL);
    FUZZ_CHECK(rc == NTIX_ENAMETOOLONG || rc == NTIX_ENOENT ||
               rc == NTIX_ENOTDIR);
    FUZZ_CHECK(rc != NTIX_ENOTDIR || f.checks > 0);
    free(path);
    free(cwd);
    return 0;
  }
  FUZZ_CHECK(outn <= 32767 && out[outn] == 0 && starts(out, outn, "\\??\\"));
  verbatim = plen >= 4 && path[0] == '\\' && path[3] == '\\' &&
             ((path[1] == '\\' && path[2] == '?') ||
              (path[1] == '?' && path[2] == '?'));
  /* "\\.\x", "//?/x": the device's name is kept as given, so its DOS
   * form may convert otherwise (a drive root gains its backslash). */
  device = plen >= 3 && is_sep((uint8_t)path[0]) && is_sep((uint8_t)path[1]) &&
           (path[2] == '.' || path[2] == '?') &&
           (plen == 3 || is_sep((uint8_t)path[3]));
  if (!verbatim && strcmp(path, "/dev/null") != 0) {
    if (!device && is_unc(out, outn)) {
      root = 8;
      while (out[root] != '\\') root++;
      root++;
      while (root < outn && out[root] != '\\') root++;
    } else if (!device && is_drive(out, outn)) {
      root = 6;
      /* A drive form keeps its drive, upper-cased. */
      if (plen >= 3 && ntix__is_letter((uint8_t)path[0]) && path[1] == ':' &&
          is_sep((uint8_t)path[2]))
        FUZZ_CHECK(out[4] == (path[0] & ~0x20));
    } else {
      /* A device: "\??\NUL" or "\??\?\x", from "\\.\" or "//?/". */
      root = 4;
      while (root < outn && out[root] != '\\') root++;
    }
    /* A device is named without a backslash ("\\.\C:" is the volume);
     * anything after its name makes it the root directory ("\\.\C:\"). */
    if (device && plen > 4) {
      size_t i = 4;

      while (i < plen && !is_sep((uint8_t)path[i])) i++;
      FUZZ_CHECK(i == plen ? outn == root : outn > root && out[root] == '\\');
    }
    check_components(out, outn, root);
    /* A server named "." or "?" has no DOS form: "\\.\x" is a device. */
    if (device || (is_unc(out, outn) && out[9] == '\\' &&
                   (out[8] == '.' || out[8] == '?')))
      goto done;
    /* The normal form is a fixed point. */
    dos = dos_form(out, outn);
    f.checks = 0;
    rc = ntix__ntpath(dos, &env, &again, &againn);
    FUZZ_CHECK(rc == 0 && againn == outn);
    /* A drive that came through a device form keeps its case ("\\.\c:"
     * as current directory); NT looks drive names up without case. */
    if (is_drive(out, outn) && (again[4] | 0x20) == (out[4] | 0x20))
      again[4] = out[4];
    FUZZ_CHECK(memcmp(again, out, outn * sizeof(*out)) == 0);
    free(again);
    free(dos);
  }
done:
  free(out);
  free(path);
  free(cwd);
  return 0;
}

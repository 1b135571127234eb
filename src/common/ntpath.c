/* ntpath.c: UTF-8 paths to NT paths ("\??\C:\dir\name"), the computation
 * behind the Windows backend's path conversion.  Our own conversion, not
 * RtlDosPathNameToNtPathName_U, so that every form reaches the NT limit of
 * 32,767 units.  OS-free: the current directory and the one question about
 * the file system ("is this prefix a directory?") come from the caller
 * (src/win32/path.c), so that the whole of it is built and fuzzed natively.
 */
#include <stdlib.h>
#include <string.h>

#include "ntix-int.h"

/* UNICODE_STRING counts bytes in a USHORT: 32,767 units at most. */
#define NT_MAX_UNITS 32767
/* Longest component NTFS accepts. */
#define NAME_MAX_UNITS 255

typedef enum path_form {
  FORM_VERBATIM,  /* "\\?\x" or "\??\x": handed to NT unchanged */
  FORM_DRIVE,     /* "C:\x" */
  FORM_UNC,       /* "\\server\share\x" */
  FORM_DEVICE,    /* "\\.\NUL", "//?/C:/x" */
  FORM_DRIVE_REL, /* "C:x" */
  FORM_ROOT_REL,  /* "\x": the current drive's root */
  FORM_REL        /* "x" */
} path_form_t;

typedef struct pbuf {
  uint16_t *s;
  size_t len;
  size_t cap;
  size_t root;    /* components never go above s[0..root) */
  size_t checked; /* s[0..checked) is known to be an existing directory */
  int cut;        /* something did not fit (a bug: see put) */
  const ntix__ntpath_env_t *env;
} pbuf_t;

static inline int
is_sep(uint16_t c) {
  return c == '/' || c == '\\';
}

static inline uint16_t
upper(uint16_t c) {
  return (c >= 'a' && c <= 'z') ? (uint16_t)(c - 'a' + 'A') : c;
}

static path_form_t
classify(const uint16_t *p, size_t n) {
  if (n >= 4 && p[0] == '\\' && p[3] == '\\' &&
      ((p[1] == '\\' && p[2] == '?') || (p[1] == '?' && p[2] == '?')))
    return FORM_VERBATIM;
  if (n >= 2 && ntix__is_letter(p[0]) && p[1] == ':')
    return (n > 2 && is_sep(p[2])) ? FORM_DRIVE : FORM_DRIVE_REL;
  if (n >= 2 && is_sep(p[0]) && is_sep(p[1])) {
    if (n >= 3 && (p[2] == '.' || p[2] == '?') && (n == 3 || is_sep(p[3])))
      return FORM_DEVICE;
    return FORM_UNC;
  }
  if (n >= 1 && is_sep(p[0]))
    return FORM_ROOT_REL;
  return FORM_REL;
}

/* The capacity is computed from the inputs, so nothing should ever be
 * cut; a cut path would name another file, so if it happens the whole
 * conversion fails (and a fuzzing build stops on the spot). */
static void
cut(pbuf_t *b) {
  b->cut = 1;
  NTIX__FUZZ_TRAP();
}

static void
put(pbuf_t *b, const uint16_t *s, size_t n) {
  if (b->len + n > b->cap) {
    cut(b);
    return;
  }
  memcpy(b->s + b->len, s, n * sizeof(*s));
  b->len += n;
}

static void
put_ascii(pbuf_t *b, const char *s) {
  for (; *s != '\0'; s++) {
    if (b->len >= b->cap) {
      cut(b);
      return;
    }
    b->s[b->len++] = (uint16_t)*s;
  }
}

/* Length of the component at p (up to a separator or n). */
static size_t
comp_len(const uint16_t *p, size_t n) {
  size_t i = 0;

  while (i < n && !is_sep(p[i])) i++;
  return i;
}

/* POSIX looks "." and ".." up in the directory before them, which must
 * exist: "missing/../x" is ENOENT and "file/.." ENOTDIR, where a purely
 * textual resolution would find x.  So before "." or ".." takes effect
 * the prefix built so far is checked, once. */
static int
check_prefix(pbuf_t *b) {
  int rc;

  if (b->len <= b->checked)
    return 0;
  rc = b->env->dir_check(b->env->ctx, b->s, b->len);
  if (rc != 0)
    return rc;
  b->checked = b->len;
  return 0;
}

/* 1 for ".", 2 for "..", 0 for any other component p[0..c). */
static int
dots(const uint16_t *p, size_t c) {
  if (c == 1 && p[0] == '.')
    return 1;
  return (c == 2 && p[0] == '.' && p[1] == '.') ? 2 : 0;
}

/* Appends the components of p[0..n), resolving "." and ".." (".." never
 * climbs above the root).  0, NTIX_ENAMETOOLONG, or with verify (the
 * caller's own components) NTIX_ENOENT / NTIX_ENOTDIR from check_prefix. */
static int
put_components(pbuf_t *b, const uint16_t *p, size_t n, int verify) {
  size_t i = 0, c;
  int d, rc;

  while (i < n) {
    if (is_sep(p[i])) {
      i++;
      continue;
    }
    c = comp_len(p + i, n - i);
    d = dots(p + i, c);
    if (d != 0 && verify && (rc = check_prefix(b)) != 0)
      return rc;
    if (d == 2) {
      while (b->len > b->root && b->s[b->len - 1] != '\\') b->len--;
      if (b->len > b->root)
        b->len--;
      if (b->checked > b->len)
        b->checked = b->len;
    } else if (d == 0) {
      if (c > NAME_MAX_UNITS)
        return NTIX_ENAMETOOLONG;
      put_ascii(b, "\\");
      put(b, p + i, c);
    }
    i += c;
  }
  return 0;
}

/* Writes "\??\UNC\server\share" for p = "server\share..." and returns
 * the units used, or NTIX_ENOENT if either name is missing. */
static int64_t
put_unc_root(pbuf_t *b, const uint16_t *p, size_t n) {
  size_t s1 = comp_len(p, n), s2;

  s2 = s1 < n ? comp_len(p + s1 + 1, n - s1 - 1) : 0;
  if (s1 == 0 || s2 == 0)
    return NTIX_ENOENT;
  put_ascii(b, "\\??\\UNC\\");
  put(b, p, s1);
  put_ascii(b, "\\");
  put(b, p + s1 + 1, s2);
  b->root = b->len;
  return (int64_t)(s1 + 1 + s2);
}

/* Writes the NT root of an absolute DOS path p (form DRIVE, DRIVE_REL, UNC
 * or DEVICE) and returns how many units of p it used, or NTIX_ENOENT for a
 * UNC or device path without its server/share or device name. */
static int64_t
put_root(pbuf_t *b, const uint16_t *p, size_t n, path_form_t form) {
  uint16_t drive[2];
  int64_t used;
  size_t c;

  if (form == FORM_UNC) {
    used = put_unc_root(b, p + 2, n - 2);
    return used < 0 ? used : used + 2;
  }
  put_ascii(b, "\\??\\");
  if (form == FORM_DEVICE) {
    c = n > 4 ? comp_len(p + 4, n - 4) : 0;
    if (c == 0)
      return NTIX_ENOENT;
    put(b, p + 4, c);
    b->root = b->len;
    return (int64_t)(4 + c);
  }
  drive[0] = upper(p[0]);
  drive[1] = ':';
  put(b, drive, 2);
  b->root = b->len;
  return 2;
}

/* Appends the current directory (root and components) to b. */
static int
put_cwd(pbuf_t *b, const uint16_t *cwd, size_t n) {
  path_form_t form;
  int64_t used;

  /* A current directory set through "\\?\" keeps that prefix. */
  if (n >= 4 && cwd[0] == '\\' && cwd[1] == '\\' && cwd[2] == '?' &&
      cwd[3] == '\\') {
    if (n >= 8 && cwd[4] == 'U' && cwd[5] == 'N' && cwd[6] == 'C' &&
        cwd[7] == '\\') {
      used = put_unc_root(b, cwd + 8, n - 8);
      if (used < 0)
        return (int)used;
      return put_components(b, cwd + 8 + used, n - 8 - (size_t)used, 0);
    }
    cwd += 4;
    n -= 4;
  }
  form = classify(cwd, n);
  if (form != FORM_DRIVE && form != FORM_UNC && form != FORM_DEVICE)
    return NTIX_ENOENT;
  used = put_root(b, cwd, n, form);
  if (used < 0)
    return (int)used;
  return put_components(b, cwd + used, n - (size_t)used, 0);
}

/* Builds the NT form of p[0..n) into b, using cwd where p is relative. */
static int
build(
    pbuf_t *b, const uint16_t *p, size_t n, const uint16_t *cwd, size_t cwdn) {
  path_form_t form = classify(p, n);
  int64_t used = 0;
  int rc;

  switch (form) {
    case FORM_VERBATIM:
      put_ascii(b, "\\??\\");
      put(b, p + 4, n - 4);
      return 0;
    case FORM_DRIVE:
    case FORM_UNC:
    case FORM_DEVICE:
      used = put_root(b, p, n, form);
      break;
    case FORM_DRIVE_REL:
      /* Win32 keeps one current directory per drive; ntix keeps only the
       * process's, so "D:x" on another drive means "D:\x". */
      if (cwdn >= 2 && upper(cwd[0]) == upper(p[0]) && cwd[1] == ':') {
        rc = put_cwd(b, cwd, cwdn);
        used = rc < 0 ? rc : 2;
      } else {
        used = put_root(b, p, n, form);
      }
      break;
    case FORM_ROOT_REL:
    case FORM_REL:
      rc = put_cwd(b, cwd, cwdn);
      if (rc < 0)
        return rc;
      if (form == FORM_ROOT_REL)
        b->len = b->root;
      break;
  }
  if (used < 0)
    return (int)used;
  /* The root and the current directory are taken as existing. */
  b->checked = b->len;
  rc = put_components(b, p + used, n - (size_t)used, 1);
  if (rc < 0)
    return rc;
  /* The root itself is a directory: "\??\C:\", "\??\UNC\srv\share\"; a
   * device ("\\.\NUL", "\\.\C:") is named without a backslash, unless
   * something followed its name: "\\.\C:\" is the root directory of the
   * volume "\\.\C:", as Win32 reads it. */
  if (b->len == b->root && (form != FORM_DEVICE || (size_t)used < n))
    put_ascii(b, "\\");
  return 0;
}

static int
path_fail(int rc, uint16_t *in, uint16_t *cwd, pbuf_t *b) {
  free(in);
  free(cwd);
  free(b->s);
  return rc;
}

int
ntix__ntpath(const char *path,
             const ntix__ntpath_env_t *env,
             uint16_t **out,
             size_t *outn) {
  uint16_t *in = NULL, *cwd = NULL;
  size_t len, cwdn = 0, n;
  pbuf_t b = {0};
  int64_t got;
  int rc;

  *out = NULL;
  *outn = 0;
  b.env = env;
  if (strcmp(path, "/dev/null") == 0)
    path = "\\\\.\\NUL";
  len = strlen(path);
  n = len < NT_MAX_UNITS ? len : NT_MAX_UNITS;
  in = malloc((n + 1) * sizeof(*in));
  if (in == NULL)
    return path_fail(NTIX_ENOMEM, in, cwd, &b);
  got = ntix__utf8_to_utf16(path, len, in, n + 1);
  if (got < 0)
    return path_fail((int)got, in, cwd, &b);
  n = (size_t)got;
  if (classify(in, n) >= FORM_DRIVE_REL) {
    cwd = env->cwd(env->ctx, &cwdn);
    if (cwd == NULL)
      return path_fail(NTIX_ENOMEM, in, cwd, &b);
  }
  b.cap = 8 + cwdn + 1 + n + 1;
  b.s = malloc((b.cap + 1) * sizeof(*b.s));
  if (b.s == NULL)
    return path_fail(NTIX_ENOMEM, in, cwd, &b);
  rc = build(&b, in, n, cwd, cwdn);
  if (rc == 0 && (b.cut || b.len > NT_MAX_UNITS))
    rc = NTIX_ENAMETOOLONG;
  if (rc != 0)
    return path_fail(rc, in, cwd, &b);
  free(in);
  free(cwd);
  b.s[b.len] = 0;
  *out = b.s;
  *outn = b.len;
  return 0;
}

int
ntix__path_trailing_slash(const char *path) {
  size_t n = strlen(path);

  return n > 1 && (path[n - 1] == '/' || path[n - 1] == '\\') &&
         path[n - 2] != ':' && path[n - 2] != '/' && path[n - 2] != '\\';
}

/* spawn.c (Windows): ntix_spawn with kernel32's CreateProcessW, the one
 * documented exception to the NT-only rule here (NtCreateUserProcess has
 * no stable interface that Windows and Wine drive alike).  Around it, NT:
 * the program is probed with NtCreateFile (missing, a directory, PATH
 * search), the child's three handles are inheritable duplicates
 * (NtDuplicateObject) passed with PROC_THREAD_ATTRIBUTE_HANDLE_LIST, so
 * that nothing else is inherited, and the command line is built by
 * src/common/cmdline.c so that the child's C runtime splits it back into
 * argv.  A .bat or .cmd program runs under cmd.exe with arguments
 * restricted to what cmd.exe cannot reinterpret (proc-args.c).
 *
 * Map: 1 paths, 2 command line and environment, 3 handles, 4 the call.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cmdline.h"
#include "win32-int.h"

#define CMDLINE_MAX 32767 /* UTF-16 units, NUL included */

typedef struct spawn_ctx {
  WCHAR *app;     /* the program, Win32 form */
  WCHAR *cmdline; /* mutable, as CreateProcessW wants */
  WCHAR *env;     /* NULL: inherit */
  WCHAR *cwd;     /* NULL: inherit */
  HANDLE std[3];  /* inheritable duplicates (or NULL) */
  int batch;
} spawn_ctx_t;

static void
ctx_free(spawn_ctx_t *c) {
  int i;

  free(c->app);
  free(c->cmdline);
  free(c->env);
  free(c->cwd);
  for (i = 0; i < 3; i++)
    if (c->std[i] != NULL)
      NtClose(c->std[i]);
}

/* ---- 1. paths ---------------------------------------------------------- */

static WCHAR *
wdup(const WCHAR *s, size_t n, const WCHAR *prefix) {
  size_t p = prefix != NULL ? wcslen(prefix) : 0;
  WCHAR *w = malloc((p + n + 1) * sizeof(*w));

  if (w == NULL)
    return NULL;
  if (p > 0)
    memcpy(w, prefix, p * sizeof(*w));
  memcpy(w + p, s, n * sizeof(*w));
  w[p + n] = 0;
  return w;
}

/* "\??\C:\x" -> "C:\x", "\??\UNC\srv\x" -> "\\srv\x"; long ones keep the
 * "\\?\" form, which CreateProcessW accepts past MAX_PATH. */
static WCHAR *
win32_path(const UNICODE_STRING *nt) {
  const WCHAR *s = nt->Buffer;
  size_t n = nt->Length / sizeof(WCHAR);

  if (n >= 8 && wcsncmp(s, L"\\??\\UNC\\", 8) == 0)
    return n - 8 + 2 >= MAX_PATH ? wdup(s + 8, n - 8, L"\\\\?\\UNC\\")
                                 : wdup(s + 8, n - 8, L"\\\\");
  if (n >= 4 && wcsncmp(s, L"\\??\\", 4) == 0)
    return n - 4 >= MAX_PATH ? wdup(s + 4, n - 4, L"\\\\?\\")
                             : wdup(s + 4, n - 4, NULL);
  return wdup(s, n, L"\\\\?\\GLOBALROOT");
}

/* Opens the program as CreateProcess will: 0, or the failure recorded
 * (a directory is NTIX_EACCES, as execve says). */
static int
probe(const UNICODE_STRING *nt, int record) {
  HANDLE h;
  NTSTATUS st;

  st = ntix__nt_create(&h, nt, FILE_EXECUTE | SYNCHRONIZE, 0, FILE_OPEN,
                       FILE_NON_DIRECTORY_FILE, 0, NULL);
  if (NT_SUCCESS(st)) {
    NtClose(h);
    return 0;
  }
  if (!record)
    return st == STATUS_FILE_IS_A_DIRECTORY ? NTIX_EACCES : NTIX_ENOENT;
  if (st == STATUS_FILE_IS_A_DIRECTORY)
    return ntix__fail(NTIX_NATIVE_NTSTATUS, (uint32_t)st, NTIX_EACCES,
                      "NtCreateFile");
  return ntix__fail_open(st, nt, "NtCreateFile");
}

/* Tries dir/file (and dir/file.exe when file has no extension). */
static int
try_dir(const char *dir, size_t dlen, const char *file, WCHAR **app) {
  static const char *const ext[] = {"", ".exe"};
  UNICODE_STRING nt;
  int i, rc = NTIX_ENOENT, r;
  size_t flen = strlen(file);
  char *p;

  if ((p = malloc(dlen + flen + 6)) == NULL)
    return NTIX_ENOMEM;
  for (i = 0; i < 2 && rc != 0; i++) {
    if (i == 1 && strrchr(file, '.') != NULL)
      break;
    memcpy(p, dir, dlen);
    p[dlen] = '/';
    memcpy(p + dlen + 1, file, flen);
    strcpy(p + dlen + 1 + flen, ext[i]);
    if (ntix__path_to_nt(p, &nt, "ntix_spawn") != 0)
      continue;
    r = probe(&nt, 0);
    if (r == 0 && (*app = win32_path(&nt)) == NULL)
      r = NTIX_ENOMEM;
    if (r == 0 || r == NTIX_ENOMEM || (r == NTIX_EACCES && rc == NTIX_ENOENT))
      rc = r;
    ntix__path_free(&nt);
  }
  free(p);
  return rc;
}

/* As execvp: missing candidates are skipped, a directory is remembered
 * (NTIX_EACCES if nothing else is found). */
static int
search(const char *file, WCHAR **app) {
  char *path = ntix__env_utf8("PATH"), *p, *end;
  int rc = NTIX_ENOENT, eacces = 0;

  for (p = path; p != NULL && rc != 0; p = *end != '\0' ? end + 1 : NULL) {
    end = strchr(p, ';');
    if (end == NULL)
      end = p + strlen(p);
    if (end == p)
      continue;
    if (*p == '"' && end - p >= 2 && end[-1] == '"')
      rc = try_dir(p + 1, (size_t)(end - p - 2), file, app);
    else
      rc = try_dir(p, (size_t)(end - p), file, app);
    if (rc == NTIX_EACCES)
      eacces = 1;
    if (rc == NTIX_ENOMEM)
      break;
  }
  free(path);
  if (rc == 0)
    return 0;
  if (rc != NTIX_ENOMEM)
    rc = eacces ? NTIX_EACCES : NTIX_ENOENT;
  return ntix__refuse(rc, "ntix_spawn");
}

static int
resolve(const ntix_spawn_t *sp, spawn_ctx_t *c) {
  UNICODE_STRING nt;
  int rc;

  if ((sp->flags & NTIX_SPAWN_SEARCH) && strpbrk(sp->file, "/\\:") == NULL)
    rc = search(sp->file, &c->app);
  else if ((rc = ntix__path_to_nt(sp->file, &nt, "ntix_spawn")) == 0) {
    rc = probe(&nt, 1);
    if (rc == 0 && (c->app = win32_path(&nt)) == NULL)
      rc = ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
    ntix__path_free(&nt);
  }
  if (rc == 0 && (c->batch = ntix__is_batch_name(sp->file)) &&
      wcspbrk(c->app, L"\"%!^&|<>") != NULL)
    rc = ntix__refuse(NTIX_EINVAL, "ntix_spawn");
  return rc;
}

/* The directory must exist: CreateProcessW would say ERROR_DIRECTORY. */
static int
resolve_cwd(const char *cwd, spawn_ctx_t *c) {
  UNICODE_STRING nt;
  HANDLE h;
  NTSTATUS st;
  int rc;

  if (cwd == NULL)
    return 0;
  if ((rc = ntix__path_to_nt(cwd, &nt, "ntix_spawn")) != 0)
    return rc;
  st = ntix__nt_create(&h, &nt, FILE_TRAVERSE | SYNCHRONIZE, 0, FILE_OPEN,
                       FILE_DIRECTORY_FILE, 0, NULL);
  if (NT_SUCCESS(st)) {
    NtClose(h);
    if ((c->cwd = win32_path(&nt)) == NULL)
      rc = ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
  } else {
    rc = ntix__fail_open(st, &nt, "NtCreateFile");
  }
  ntix__path_free(&nt);
  return rc;
}

/* ---- 2. command line and environment ----------------------------------- */

/* UTF-8 to a new UTF-16 string, NTIX_E2BIG past max units. */
static int
to_wide(const char *s, size_t max, WCHAR **out) {
  size_t len = strlen(s);
  int64_t n;

  if ((*out = malloc((len + 1) * sizeof(WCHAR))) == NULL)
    return NTIX_ENOMEM;
  n = ntix__utf8_to_utf16(s, len, (uint16_t *)*out, len + 1);
  if (n < 0 || (size_t)n >= max) {
    free(*out);
    *out = NULL;
    return n < 0 ? (int)n : NTIX_E2BIG;
  }
  return 0;
}

/* cmd.exe /d /e:ON /v:OFF /s /c ""<program>"<args>": /s takes the outer
 * quotes off and leaves the rest as it is; args starts with a space. */
static int
batch_line(spawn_ctx_t *c, const char *args) {
  static const WCHAR exe[] = L"\\System32\\cmd.exe";
  static const WCHAR opts[] = L"\" /d /e:ON /v:OFF /s /c \"\"";
  const WCHAR *root = NTIX__NT_SYSTEM_ROOT;
  WCHAR *wargs, *line, *app;
  size_t n, an = wcslen(root) + wcslen(exe);
  int rc;

  if ((rc = to_wide(args, CMDLINE_MAX, &wargs)) != 0)
    return rc;
  n = 1 + an + wcslen(opts) + wcslen(c->app) + 1 + wcslen(wargs) + 1;
  line = n < CMDLINE_MAX ? malloc((n + 1) * sizeof(WCHAR)) : NULL;
  app = malloc((an + 1) * sizeof(WCHAR));
  if (line != NULL && app != NULL) {
    _snwprintf(app, an + 1, L"%ls%ls", root, exe);
    _snwprintf(line, n + 1, L"\"%ls%ls%ls\"%ls\"", app, opts, c->app, wargs);
    free(c->app);
    c->app = app;
    c->cmdline = line;
  } else {
    free(line);
    free(app);
    rc = n >= CMDLINE_MAX ? NTIX_E2BIG : NTIX_ENOMEM;
  }
  free(wargs);
  return rc;
}

/* The command line the child's C runtime splits back into argv; for a
 * batch file, its arguments after the quoted program (cmd.exe rules). */
static int
build_cmdline(const ntix_spawn_t *sp, spawn_ctx_t *c) {
  size_t argc = ntix__argv_count(sp->argv);
  const char *const *argv = c->batch ? sp->argv + 1 : sp->argv;
  size_t count = c->batch ? argc - 1 : argc;
  int64_t n = 0;
  char *line;
  int rc;

  if (count > 0 &&
      (n = ntix__cmdline_build(argv, count, c->batch, NULL, 0)) < 0)
    return ntix__refuse((int)n, "ntix_spawn");
  if ((line = malloc((size_t)n + 2)) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
  line[0] = '\0';
  if (c->batch && count > 0) {
    /* The builder's first word is argv[1] here: no escapes, as cmd.exe
     * wants, and the batch rules allow no quote in it. */
    line[0] = ' ';
    ntix__cmdline_build(argv, count, 1, line + 1, (size_t)n + 1);
  } else if (count > 0) {
    ntix__cmdline_build(argv, count, 0, line, (size_t)n + 1);
  }
  rc = c->batch ? batch_line(c, line) : to_wide(line, CMDLINE_MAX, &c->cmdline);
  free(line);
  return rc != 0 ? ntix__refuse(rc, "ntix_spawn") : 0;
}

static int
build_env(const char *const *envp, spawn_ctx_t *c) {
  size_t total = 1, i, off = 0;
  int64_t n;

  if (envp == NULL)
    return 0;
  for (i = 0; envp[i] != NULL; i++) total += strlen(envp[i]) + 1;
  if ((c->env = malloc(total * sizeof(WCHAR))) == NULL)
    return ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
  for (i = 0; envp[i] != NULL; i++) {
    n = ntix__utf8_to_utf16(envp[i], strlen(envp[i]), (uint16_t *)c->env + off,
                            total - off);
    if (n < 0)
      return ntix__refuse((int)n, "ntix_spawn");
    off += (size_t)n + 1;
  }
  c->env[off] = 0;
  return 0;
}

/* ---- 3. handles -----------------------------------------------------------
 */

static NTSTATUS
inheritable(HANDLE h, HANDLE *out) {
  return NtDuplicateObject(NTIX__CURRENT_PROCESS, h, NTIX__CURRENT_PROCESS, out,
                           0, OBJ_INHERIT, DUPLICATE_SAME_ACCESS);
}

static int
null_device(HANDLE *out) {
  UNICODE_STRING nt;
  NTSTATUS st;
  int rc;

  if ((rc = ntix__path_to_nt("/dev/null", &nt, "ntix_spawn")) != 0)
    return rc;
  st = ntix__nt_create(out, &nt, GENERIC_READ | GENERIC_WRITE | SYNCHRONIZE, 0,
                       FILE_OPEN, 0, OBJ_INHERIT, NULL);
  ntix__path_free(&nt);
  return NT_SUCCESS(st) ? 0 : ntix__fail_nt((uint32_t)st, "NtCreateFile");
}

/* The parent's descriptor i, if open; a closed one stays closed. */
static HANDLE
parent_std(int i) {
  ntix_native_t saved;
  ntix__fdent_t e;

  ntix_native_last(&saved);
  if (ntix__fd_get(i, &e, "ntix_spawn") == 0)
    return e.handle;
  if (saved.call == NULL)
    ntix_native_clear();
  else
    ntix__fail(saved.kind, saved.value, saved.neutral, saved.call);
  return NULL;
}

static int
std_handles(const ntix_spawn_t *sp, spawn_ctx_t *c) {
  ntix__fdent_t e;
  HANDLE h;
  NTSTATUS st;
  int i, rc;

  for (i = 0; i < 3; i++) {
    if (sp->stdio[i].how == NTIX_STDIO_NULL) {
      if ((rc = null_device(&c->std[i])) != 0)
        return rc;
      continue;
    }
    if (sp->stdio[i].how == NTIX_STDIO_FD) {
      if ((rc = ntix__fd_get(sp->stdio[i].fd, &e, "ntix_spawn")) != 0)
        return rc;
      h = e.handle;
    } else if ((h = parent_std(i)) == NULL) {
      continue;
    }
    if (!NT_SUCCESS(st = inheritable(h, &c->std[i])))
      return ntix__fail_nt((uint32_t)st, "NtDuplicateObject");
  }
  return 0;
}

/* ---- 4. the call ------------------------------------------------------------
 */

static DWORD
creation_flags(const ntix_spawn_t *sp, int attrs) {
  DWORD f = CREATE_UNICODE_ENVIRONMENT;

  if (attrs)
    f |= EXTENDED_STARTUPINFO_PRESENT;
  if (sp->flags & (NTIX_SPAWN_PGROUP | NTIX_SPAWN_DETACHED))
    f |= CREATE_NEW_PROCESS_GROUP;
  if (sp->flags & NTIX_SPAWN_DETACHED)
    f |= DETACHED_PROCESS;
  return f;
}

/* Only the three handles are inherited, whatever else is inheritable. */
static int
create(const ntix_spawn_t *sp, spawn_ctx_t *c, PROCESS_INFORMATION *pi) {
  LPPROC_THREAD_ATTRIBUTE_LIST al = NULL;
  STARTUPINFOEXW si;
  HANDLE list[3];
  SIZE_T size = 0;
  const char *call = "CreateProcessW";
  DWORD n = 0, err = 0;
  BOOL ok;
  int i;

  memset(&si, 0, sizeof(si));
  si.StartupInfo.cb = sizeof(si);
  si.StartupInfo.dwFlags = STARTF_USESTDHANDLES;
  si.StartupInfo.hStdInput = c->std[0];
  si.StartupInfo.hStdOutput = c->std[1];
  si.StartupInfo.hStdError = c->std[2];
  for (i = 0; i < 3; i++)
    if (c->std[i] != NULL)
      list[n++] = c->std[i];
  if (n > 0) {
    /* The size query fails as it should with ERROR_INSUFFICIENT_BUFFER;
     * any other failure is reported, not taken for a size. */
    if (!InitializeProcThreadAttributeList(NULL, 1, 0, &size) &&
        (err = GetLastError()) != ERROR_INSUFFICIENT_BUFFER) {
      call = "InitializeProcThreadAttributeList";
    } else if ((al = malloc(size)) == NULL) {
      return ntix__refuse(NTIX_ENOMEM, "ntix_spawn");
    } else if (!InitializeProcThreadAttributeList(al, 1, 0, &size)) {
      err = GetLastError();
      call = "InitializeProcThreadAttributeList";
      free(al); /* nothing to delete */
      al = NULL;
    } else if (!UpdateProcThreadAttribute(
                   al, 0, PROC_THREAD_ATTRIBUTE_HANDLE_LIST, list,
                   n * sizeof(HANDLE), NULL, NULL)) {
      err = GetLastError();
      call = "UpdateProcThreadAttribute";
    } else {
      err = 0;
    }
    si.lpAttributeList = al;
  }
  ok = err == 0 && CreateProcessW(c->app, c->cmdline, NULL, NULL, n > 0,
                                  creation_flags(sp, n > 0), c->env, c->cwd,
                                  &si.StartupInfo, pi);
  if (!ok && err == 0)
    err = GetLastError();
  if (al != NULL) {
    DeleteProcThreadAttributeList(al);
    free(al);
  }
  return ok ? 0 : ntix__fail_win32(err, call);
}

int
ntix__b_spawn(const ntix_spawn_t *sp, int *pid) {
  PROCESS_INFORMATION pi;
  spawn_ctx_t c;
  int rc, fd;

  if ((rc = ntix__spawn_check(sp, "ntix_spawn")) != 0)
    return rc;
  memset(&c, 0, sizeof(c));
  if ((rc = std_handles(sp, &c)) != 0 || (rc = resolve(sp, &c)) != 0 ||
      (rc = resolve_cwd(sp->cwd, &c)) != 0 ||
      (rc = build_cmdline(sp, &c)) != 0 ||
      (rc = build_env(sp->envp, &c)) != 0 || (rc = create(sp, &c, &pi)) != 0) {
    ctx_free(&c);
    return rc;
  }
  ctx_free(&c);
  NtClose(pi.hThread);
  fd = ntix__proc_adopt(pi.hProcess, (int)pi.dwProcessId);
  if (fd < 0) {
    NtClose(pi.hProcess);
    return fd;
  }
  if (pid != NULL)
    *pid = (int)pi.dwProcessId;
  return fd;
}

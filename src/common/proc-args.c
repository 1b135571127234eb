/* proc-args.c: the argument checks of the process, signal and environment
 * calls, shared by both backends so that bad input gets the same NTIX_E*
 * on every OS before any system call.  No OS call.
 */
#include <string.h>

#include "cmdline.h"
#include "ntix-int.h"

#define SPAWN_FLAGS \
  (NTIX_SPAWN_SEARCH | NTIX_SPAWN_PGROUP | NTIX_SPAWN_DETACHED)

/* NTIX_EILSEQ if a string of the NULL-terminated list is not UTF-8. */
static int
check_list(const char *const *list) {
  size_t i;

  for (i = 0; list[i] != NULL; i++)
    if (!ntix__utf8_valid(list[i]))
      return NTIX_EILSEQ;
  return 0;
}

static int
check_env_entries(const char *const *envp) {
  size_t i;
  const char *eq;

  for (i = 0; envp[i] != NULL; i++) {
    eq = strchr(envp[i], '=');
    if (eq == NULL || eq == envp[i])
      return NTIX_EINVAL;
  }
  return 0;
}

static int
check_shape(const ntix_spawn_t *sp) {
  int i;

  if (sp == NULL || sp->file == NULL || sp->argv == NULL)
    return NTIX_EFAULT;
  if (sp->argv[0] == NULL || (sp->flags & ~SPAWN_FLAGS) != 0)
    return NTIX_EINVAL;
  for (i = 0; i < 3; i++)
    if (sp->stdio[i].how < NTIX_STDIO_INHERIT ||
        sp->stdio[i].how > NTIX_STDIO_FD)
      return NTIX_EINVAL;
  return 0;
}

static int
check_text(const ntix_spawn_t *sp) {
  int rc;

  if (!ntix__utf8_valid(sp->file) ||
      (sp->cwd != NULL && !ntix__utf8_valid(sp->cwd)))
    return NTIX_EILSEQ;
  if ((rc = check_list(sp->argv)) != 0)
    return rc;
  /* Windows has no escape for a quote in the program name (cmdline.c);
   * refused everywhere, so that a program gets one answer. */
  if (strchr(sp->argv[0], '"') != NULL)
    return NTIX_EINVAL;
  if (sp->envp != NULL && (rc = check_list(sp->envp)) != 0)
    return rc;
  if (sp->envp != NULL && (rc = check_env_entries(sp->envp)) != 0)
    return rc;
  return 0;
}

/* A batch file runs under cmd.exe, on Windows; the rule applies on every
 * OS so that one program gets one answer (ntix.h, doc/processes.md). */
static int
check_batch(const ntix_spawn_t *sp) {
  size_t i;

  if (!ntix__is_batch_name(sp->file))
    return 0;
  if (!ntix__batch_path_ok(sp->file))
    return NTIX_EINVAL;
  for (i = 1; sp->argv[i] != NULL; i++)
    if (!ntix__batch_arg_ok(sp->argv[i]))
      return NTIX_EINVAL;
  return 0;
}

int
ntix__spawn_check(const ntix_spawn_t *sp, const char *call) {
  int rc;

  if ((rc = check_shape(sp)) != 0 || (rc = check_text(sp)) != 0 ||
      (rc = check_batch(sp)) != 0)
    return ntix__refuse(rc, call);
  if (sp->file[0] == '\0')
    return ntix__refuse(NTIX_ENOENT, call);
  return 0;
}

size_t
ntix__argv_count(const char *const *argv) {
  size_t n = 0;

  while (argv[n] != NULL) n++;
  return n;
}

int
ntix__env_name_check(const char *name, const char *call) {
  if (name == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  if (name[0] == '\0' || strchr(name, '=') != NULL)
    return ntix__refuse(NTIX_EINVAL, call);
  if (!ntix__utf8_valid(name))
    return ntix__refuse(NTIX_EILSEQ, call);
  return 0;
}

int
ntix__env_value_check(const char *value, const char *call) {
  if (value == NULL)
    return ntix__refuse(NTIX_EFAULT, call);
  if (!ntix__utf8_valid(value))
    return ntix__refuse(NTIX_EILSEQ, call);
  return 0;
}

static int
watchable(int sig) {
  return sig == NTIX_SIGINT || sig == NTIX_SIGTERM || sig == NTIX_SIGHUP;
}

int
ntix__signal_check(int sig, const char *call) {
  return watchable(sig) ? 0 : ntix__refuse(NTIX_EINVAL, call);
}

int
ntix__kill_check(int sig, const char *call) {
  if (sig == 0 || sig == NTIX_SIGKILL || watchable(sig))
    return 0;
  return ntix__refuse(NTIX_EINVAL, call);
}

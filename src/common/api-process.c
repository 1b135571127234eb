/* api-process.c: the public entry points of processes, signals, the
 * environment and the running program.  Each one calls its backend
 * function, or traces it while tracing is on (ntix-int.h); ntix_exit is
 * not traced (it never returns a result to report), and ntix_strv_free
 * makes no OS call.
 */
#include <stdlib.h>

#include "ntix-int.h"

int
ntix_spawn(const ntix_spawn_t *sp, int *pid) {
  if (!NTIX__TRACE_BEGIN("ntix_spawn", "sp", sp != NULL ? sp->file : NULL, pid))
    return ntix__b_spawn(sp, pid);
  return (int)ntix__trace_end(ntix__b_spawn(sp, pid), 1);
}

int
ntix_proc_wait(int pfd, ntix_proc_status_t *st, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_proc_wait", "dpx", pfd, st, flags))
    return ntix__b_proc_wait(pfd, st, flags);
  return (int)ntix__trace_end(ntix__b_proc_wait(pfd, st, flags), 1);
}

int
ntix_proc_kill(int pfd, int sig) {
  if (!NTIX__TRACE_BEGIN("ntix_proc_kill", "dd", pfd, sig))
    return ntix__b_proc_kill(pfd, sig);
  return (int)ntix__trace_end(ntix__b_proc_kill(pfd, sig), 1);
}

int
ntix_proc_pid(int pfd) {
  if (!NTIX__TRACE_BEGIN("ntix_proc_pid", "d", pfd))
    return ntix__b_proc_pid(pfd);
  return (int)ntix__trace_end(ntix__b_proc_pid(pfd), 1);
}

int
ntix_kill(int pid, int sig) {
  if (!NTIX__TRACE_BEGIN("ntix_kill", "dd", pid, sig))
    return ntix__b_kill(pid, sig);
  return (int)ntix__trace_end(ntix__b_kill(pid, sig), 1);
}

int
ntix_signal_open(int sig, int flags) {
  if (!NTIX__TRACE_BEGIN("ntix_signal_open", "dx", sig, flags))
    return ntix__b_signal_open(sig, flags);
  return (int)ntix__trace_end(ntix__b_signal_open(sig, flags), 1);
}

int
ntix_signal_read(int sfd) {
  if (!NTIX__TRACE_BEGIN("ntix_signal_read", "d", sfd))
    return ntix__b_signal_read(sfd);
  return (int)ntix__trace_end(ntix__b_signal_read(sfd), 1);
}

int64_t
ntix_getenv(const char *name, char *buf, size_t size) {
  if (!NTIX__TRACE_BEGIN("ntix_getenv", "spz", name, buf, size))
    return ntix__b_getenv(name, buf, size);
  return ntix__trace_end(ntix__b_getenv(name, buf, size), 1);
}

int
ntix_setenv(const char *name, const char *value) {
  if (!NTIX__TRACE_BEGIN("ntix_setenv", "ss", name, value))
    return ntix__b_setenv(name, value);
  return (int)ntix__trace_end(ntix__b_setenv(name, value), 1);
}

int
ntix_unsetenv(const char *name) {
  if (!NTIX__TRACE_BEGIN("ntix_unsetenv", "s", name))
    return ntix__b_unsetenv(name);
  return (int)ntix__trace_end(ntix__b_unsetenv(name), 1);
}

int
ntix_env_list(char ***out) {
  if (!NTIX__TRACE_BEGIN("ntix_env_list", "p", out))
    return ntix__b_env_list(out);
  return (int)ntix__trace_end(ntix__b_env_list(out), 1);
}

int
ntix_args(char ***out) {
  if (!NTIX__TRACE_BEGIN("ntix_args", "p", out))
    return ntix__b_args(out);
  return (int)ntix__trace_end(ntix__b_args(out), 1);
}

int64_t
ntix_exe_path(char *buf, size_t size) {
  if (!NTIX__TRACE_BEGIN("ntix_exe_path", "pz", buf, size))
    return ntix__b_exe_path(buf, size);
  return ntix__trace_end(ntix__b_exe_path(buf, size), 1);
}

void
ntix_exit(int code) {
  ntix__b_exit(code);
}

void
ntix_strv_free(char **list) {
  free(list);
}

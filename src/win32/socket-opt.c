/* socket-opt.c (Windows): ntix_setsockopt and ntix_getsockopt through
 * Winsock, with the neutral rules of src/common/args.c.
 */
#include <string.h>

#include "socket-int.h"

/* Winsock's level and name of each neutral option (the neutral rules are
 * src/common/args.c's).  NTIX_SO_REUSEADDR has none: Winsock's
 * SO_REUSEADDR means something else, so ntix keeps the Linux meaning in
 * the descriptor's flags and applies it at bind. */
#define NTIX__SO_REUSEADDR_NAME 0
#include "optmap.h"

/* The option checks Linux makes before the socket is asked: an IPv6
 * option on an IPv4 socket, TCP_NODELAY on UDP. */
static int
opt_applies(const ntix__fdent_t *e,
            const struct ntix__optmap *m,
            const char *call) {
  if (m->level == IPPROTO_IPV6 && !(e->flags & NTIX__F_SOCK_INET6))
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  if (m->level == IPPROTO_TCP && (e->flags & NTIX__F_SOCK_DGRAM))
    return ntix__refuse(NTIX_ENOPROTOOPT, call);
  return 0;
}

int
ntix__b_setsockopt(int fd, int opt, int value) {
  const struct ntix__optmap *m;
  struct linger lg;
  ntix__fdent_t e;
  int rc;

  if ((rc = ntix__opt_check_set(opt, value, "ntix_setsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if ((rc = ntix__socket_get(fd, &e, "ntix_setsockopt")) != 0 ||
      (rc = opt_applies(&e, m, "ntix_setsockopt")) != 0)
    return rc;
  if (opt == NTIX_SO_REUSEADDR)
    return ntix__fd_set_flags(fd, value ? NTIX__F_SOCK_REUSE : 0,
                              value ? 0 : NTIX__F_SOCK_REUSE);
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    /* u_short seconds: longer lingers are clamped. */
    lg.l_onoff = value >= 0;
    lg.l_linger = (u_short)(value > 65535 ? 65535 : value < 0 ? 0 : value);
    rc = setsockopt(ntix__socket_of(&e), m->level, m->name, (const char *)&lg,
                    (int)sizeof(lg));
  } else {
    rc = ntix__socket_set_int_opt(ntix__socket_of(&e), m->level, m->name,
                                  ntix__opt_int(opt, value));
  }
  return rc == 0 ? 0 : ntix__socket_fail_wsa("setsockopt");
}

/* Linux clears the pending error when SO_ERROR reads it; Winsock keeps
 * answering the error of a failed connect.  So a descriptor remembers that
 * its error was read and answers 0 from then on, until the next connect
 * (the only call that can give a socket a new pending error after an
 * earlier one). */
static void
so_error_clear(int fd, const ntix__fdent_t *e, int *value) {
  if (e->flags & NTIX__F_SOCK_ERRSEEN)
    *value = 0;
  else if (*value != 0)
    ntix__fd_set_flags(fd, NTIX__F_SOCK_ERRSEEN, 0);
}

int
ntix__b_getsockopt(int fd, int opt, int *value) {
  const struct ntix__optmap *m;
  struct linger lg = {0, 0};
  ntix__fdent_t e;
  int v = 0, len, rc;

  if ((rc = ntix__opt_check_get(opt, value, "ntix_getsockopt")) != 0)
    return rc;
  m = &ntix__optmap[opt];
  if ((rc = ntix__socket_get(fd, &e, "ntix_getsockopt")) != 0 ||
      (rc = opt_applies(&e, m, "ntix_getsockopt")) != 0)
    return rc;
  if (opt == NTIX_SO_REUSEADDR) {
    *value = (e.flags & NTIX__F_SOCK_REUSE) != 0;
    return 0;
  }
  if (ntix__opt_kind(opt) == NTIX__OPT_LINGER) {
    len = (int)sizeof(lg);
    rc = getsockopt(ntix__socket_of(&e), m->level, m->name, (char *)&lg, &len);
  } else {
    len = (int)sizeof(v);
    rc = getsockopt(ntix__socket_of(&e), m->level, m->name, (char *)&v, &len);
  }
  if (rc != 0)
    return ntix__socket_fail_wsa("getsockopt");
  if (opt == NTIX_SO_ERROR) {
    /* A WSA code, mapped through the table (0 stays 0). */
    *value = v == 0 ? 0 : ntix_err_from_win32((uint32_t)v);
    so_error_clear(fd, &e, value);
  } else {
    *value = ntix__opt_neutral(opt, v, lg.l_onoff, lg.l_linger);
  }
  return 0;
}

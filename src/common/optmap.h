/* optmap.h: the OS level and name of each neutral socket option, spelled
 * with the names that <linux/socket.h>-style headers and <winsock2.h> both
 * define.  Each backend includes it after its own socket headers and
 * defines NTIX__SO_REUSEADDR_NAME first: Windows gives 0, as Winsock's
 * SO_REUSEADDR means something else (src/win32/socket-opt.c).  The neutral
 * rules (kinds, refusals) are src/common/args.c's.
 */
#ifndef NTIX_OPTMAP_H
#define NTIX_OPTMAP_H

#include "ntix-int.h"

static const struct ntix__optmap {
  int level;
  int name;
} ntix__optmap[NTIX__OPT_COUNT] = {
    [NTIX_SO_REUSEADDR] = {SOL_SOCKET, NTIX__SO_REUSEADDR_NAME},
    [NTIX_SO_KEEPALIVE] = {SOL_SOCKET, SO_KEEPALIVE},
    [NTIX_SO_RCVBUF] = {SOL_SOCKET, SO_RCVBUF},
    [NTIX_SO_SNDBUF] = {SOL_SOCKET, SO_SNDBUF},
    [NTIX_SO_ERROR] = {SOL_SOCKET, SO_ERROR},
    [NTIX_SO_TYPE] = {SOL_SOCKET, SO_TYPE},
    [NTIX_SO_BROADCAST] = {SOL_SOCKET, SO_BROADCAST},
    [NTIX_SO_LINGER] = {SOL_SOCKET, SO_LINGER},
    [NTIX_TCP_NODELAY] = {IPPROTO_TCP, TCP_NODELAY},
    [NTIX_IPV6_V6ONLY] = {IPPROTO_IPV6, IPV6_V6ONLY},
};

#endif /* NTIX_OPTMAP_H */

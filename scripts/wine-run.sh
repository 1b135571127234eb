#!/bin/sh
# wine-run.sh: runs a Windows program under one of the two Wine runtimes of
# the tests; the cross tree's LOG_COMPILER (Makefile.am).
#   NTIX_WINE=wine8    the system's Wine (8.0 on Debian 12): NTIX_WINE8 is
#                      its loader, NTIX_WINE8_SERVER its wineserver
#   NTIX_WINE=wine10   Debian 13's Wine 10.0 in the tree scripts/setup.sh
#                      makes (NTIX_WINE10_ROOT, default
#                      /opt/ntix-deps/trixie), run through chroot
#
# Usage: wine-run.sh PROGRAM.exe [ARG]...   also `wineboot --init`, `--version`
#        wine-run.sh wineserver [ARG]...    the runtime's wineserver
#
# WINEPREFIX (required) is the runtime's private prefix; XDG_RUNTIME_DIR is
# a private directory beside it.  For wine10, NTIX_WINE_SHARE (default: the
# current directory) is the directory the program may use: it must hold the
# current directory and the prefix.  It is bind-mounted at the same path
# inside the chroot, with /proc and /dev, in a mount namespace of this
# command's own (unshare): the mounts exist only while this program or a
# wineserver it started runs, are never visible outside it, and never need
# cleaning up.  A wineserver left running (wineserver -p) keeps its own
# namespace, which holds the same mounts, so later programs that connect to
# it see the same files.
set -eu

[ $# -gt 0 ] || { echo "usage: wine-run.sh PROGRAM [ARG]..." >&2; exit 2; }
: "${WINEPREFIX:?wine-run.sh: WINEPREFIX is not set}"
WINEDEBUG=${WINEDEBUG:--all}
XDG_RUNTIME_DIR=$WINEPREFIX.xdg
export WINEPREFIX WINEDEBUG XDG_RUNTIME_DIR
mkdir -p "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

case ${NTIX_WINE:-wine8} in
  wine8)
    if [ "$1" = wineserver ]; then
      shift
      exec "${NTIX_WINE8_SERVER:?wine-run.sh: no wineserver for wine8}" "$@"
    fi
    exec "${NTIX_WINE8:?wine-run.sh: no Wine for wine8}" "$@" ;;
  wine10) ;;
  *)
    echo "wine-run.sh: unknown runtime NTIX_WINE=$NTIX_WINE (wine8, wine10)" >&2
    exit 99 ;;
esac

root=${NTIX_WINE10_ROOT:-/opt/ntix-deps/trixie}
share=$(cd "${NTIX_WINE_SHARE:-.}" && pwd -P)
here=$(pwd -P)
if [ ! -x "$root/usr/lib/wine/wine64" ]; then
  echo "wine-run.sh: no Wine 10.0 in $root: run scripts/setup.sh" >&2
  exit 99
fi
case $here/ in "$share"/*) ;; *)
  echo "wine-run.sh: $here is outside NTIX_WINE_SHARE=$share" >&2; exit 99 ;;
esac
case $WINEPREFIX in "$share"/*) ;; *)
  echo "wine-run.sh: WINEPREFIX is outside NTIX_WINE_SHARE=$share" >&2
  exit 99 ;;
esac

if [ "$1" = wineserver ]; then
  shift
  set -- /usr/lib/wine/wineserver64 "$@"
else
  set -- /usr/lib/wine/wine64 "$@"
fi
# The directories made here inside the tree stay empty on the host.
mkdir -p "$root$share"
# shellcheck disable=SC2016
exec unshare --mount --propagation private sh -ec '
  root=$1 share=$2 here=$3
  shift 3
  mount --rbind /proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount --bind "$share" "$root$share"
  exec chroot "$root" /usr/bin/env -C "$here" "$@"' \
  sh "$root" "$share" "$here" "$@"

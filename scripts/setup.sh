#!/bin/sh
# Install everything ntix needs on Debian 12, from Debian's own archive only:
# the native toolchain, the mingw-w64 cross toolchain, Wine, Check and libuv,
# and Check cross-built for mingw from Debian's `check` source package.
# Idempotent and quiet when everything is already present.
#
# Environment: NTIX_DEPS (default /opt/ntix-deps) is where the mingw Check goes.
set -eu

NTIX_DEPS=${NTIX_DEPS:-/opt/ntix-deps}
MINGW_PREFIX="$NTIX_DEPS/mingw"
HOST=x86_64-w64-mingw32
PKGS="build-essential gcc-mingw-w64-x86-64 mingw-w64-tools wine64 check \
autoconf automake libtool libuv1-dev pkg-config dpkg-dev valgrind clang-format"

SUDO=
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi

log() { printf 'setup: %s\n' "$*" >&2; }

missing=
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
    missing="$missing $p"
done

if [ -n "$missing" ]; then
  log "installing:$missing"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >/dev/null
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ -f "$MINGW_PREFIX/lib/libcheck.a" ] &&
   [ -f "$MINGW_PREFIX/include/check_stdint.h" ]; then
  exit 0
fi

# Check for mingw: Debian ships no package, so build it from the source
# package of the very version installed natively.
src_list=/etc/apt/sources.list.d/ntix-deb-src.sources
if [ ! -f "$src_list" ]; then
  log "enabling Debian source lines"
  sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
    $SUDO tee "$src_list" >/dev/null
  $SUDO apt-get update -qq >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building Check for $HOST into $MINGW_PREFIX"
build_check() {
  cd "$work"
  apt-get source check
  cd check-*/
  ./configure --host=$HOST --prefix="$MINGW_PREFIX" \
    --disable-shared --enable-static
  # Only lib/ and src/: the documentation does not cross-build.
  make -C lib
  make -C src
  $SUDO make -C lib install
  $SUDO make -C src install
  $SUDO install -m 644 check_stdint.h "$MINGW_PREFIX/include/"
}
if ! (build_check) >"$work/log" 2>&1; then
  tail -40 "$work/log" >&2
  log "building Check for $HOST failed"
  exit 1
fi
log "Check for $HOST installed"

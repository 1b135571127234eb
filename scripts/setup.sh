#!/bin/sh
# Install everything ntix needs on Debian 12, from Debian's own archive only:
# the native toolchain, the mingw-w64 cross toolchain, Wine, Check, libuv,
# curl (the HTTP client of tests/http-server.test), clang with libFuzzer
# (the fuzz targets), Check cross-built for mingw from Debian's `check`
# source package, and a second Windows runtime for the tests: Wine 10.0
# from Debian 13 (trixie), installed by debootstrap into its own tree and
# run there through chroot (scripts/wine-run.sh).  Idempotent and quiet
# when everything is already present.
#
# Environment: NTIX_DEPS (default /opt/ntix-deps) is where the mingw Check
# (NTIX_DEPS/mingw) and the trixie tree (NTIX_DEPS/trixie) go.
set -eu

NTIX_DEPS=${NTIX_DEPS:-/opt/ntix-deps}
MINGW_PREFIX="$NTIX_DEPS/mingw"
TRIXIE="$NTIX_DEPS/trixie"
# The Debian archive this machine's apt already uses, for the trixie root.
MIRROR=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources \
  2>/dev/null | head -n 1)
[ -n "$MIRROR" ] ||
  MIRROR=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)
HOST=x86_64-w64-mingw32
PKGS="build-essential gcc-mingw-w64-x86-64 mingw-w64-tools wine64 check \
autoconf automake libtool libuv1-dev pkg-config dpkg-dev valgrind clang-format \
debootstrap curl clang libclang-rt-14-dev"

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

# Check for mingw: Debian ships no package, so build it from the source
# package of the very version installed natively.
setup_mingw_check() {
  if [ -f "$MINGW_PREFIX/lib/libcheck.a" ] &&
     [ -f "$MINGW_PREFIX/include/check_stdint.h" ]; then
    return 0
  fi
  src_list=/etc/apt/sources.list.d/ntix-deb-src.sources
  if [ ! -f "$src_list" ]; then
    log "enabling Debian source lines"
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources |
      $SUDO tee "$src_list" >/dev/null
    $SUDO apt-get update -qq >/dev/null
  fi

  log "building Check for $HOST into $MINGW_PREFIX"
  if ! (build_check) >"$work/check.log" 2>&1; then
    tail -40 "$work/check.log" >&2
    log "building Check for $HOST failed"
    exit 1
  fi
  log "Check for $HOST installed"
}

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

# Wine 10.0: a minimal Debian 13 tree with Debian's wine packages in it.
# debootstrap deletes TRIXIE/debootstrap when it has finished, so a tree
# that still has it was interrupted and debootstrap runs again over it.
# One setup at a time (flock): test runs in other checkouts share the tree.
setup_wine10() {
  [ -x "$TRIXIE/usr/lib/wine/wine64" ] && return 0
  $SUDO mkdir -p "$NTIX_DEPS"
  (
    flock 9
    [ -x "$TRIXIE/usr/lib/wine/wine64" ] && exit 0
    if [ ! -x "$TRIXIE/usr/bin/apt-get" ] || [ -d "$TRIXIE/debootstrap" ]; then
      log "debootstrap trixie into $TRIXIE"
      if ! $SUDO debootstrap --variant=minbase trixie "$TRIXIE" "$MIRROR" \
          >"$work/debootstrap.log" 2>&1; then
        tail -40 "$work/debootstrap.log" >&2
        log "debootstrap failed"
        exit 1
      fi
    fi
    log "installing Wine 10.0 into $TRIXIE"
    # /proc and /dev only for the maintainer scripts, in a mount namespace
    # of their own: nothing stays mounted in the tree afterwards.
    # shellcheck disable=SC2016
    if ! $SUDO unshare --mount --propagation private sh -ec '
        mount --rbind /proc "$1/proc"
        mount --rbind /dev "$1/dev"
        export DEBIAN_FRONTEND=noninteractive
        chroot "$1" apt-get update -qq
        chroot "$1" apt-get install -y -qq --no-install-recommends wine wine64
        chroot "$1" apt-get clean' sh "$TRIXIE" >"$work/wine10.log" 2>&1 ||
       [ ! -x "$TRIXIE/usr/lib/wine/wine64" ]; then
      tail -40 "$work/wine10.log" >&2
      log "installing Wine 10.0 into $TRIXIE failed"
      exit 1
    fi
    log "Wine 10.0 installed in $TRIXIE"
  ) 9>"$NTIX_DEPS/.trixie.lock"
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
setup_mingw_check
setup_wine10

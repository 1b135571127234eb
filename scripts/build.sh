#!/bin/sh
# Configure (once) and build ntix out of tree:
#   build/linux   the Linux backend, native
#   build/asan    the Linux backend with AddressSanitizer + UBSan
#   build/win32   the Windows backend, cross-built with mingw-w64; its
#                 `make check` runs the same tests as .exe files under Wine
# Usage: scripts/build.sh [linux|asan|win32]...   (default: linux win32)
set -eu
cd "$(dirname "$0")/.."
top=$(pwd)
NTIX_DEPS=${NTIX_DEPS:-/opt/ntix-deps}
M="$NTIX_DEPS/mingw"
jobs=$(nproc 2>/dev/null || echo 2)


if [ ! -x configure ] || [ configure.ac -nt configure ] ||
   [ Makefile.am -nt Makefile.in ]; then
  autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
fi

configure_tree() {
  dir=build/$1
  shift
  mkdir -p "$dir"
  if [ ! -f "$dir/Makefile" ]; then
    (cd "$dir" && "$top/configure" -q --enable-werror "$@")
  fi
}

build() {
  case $1 in
    linux) configure_tree linux ;;
    asan) configure_tree asan --enable-sanitizers --disable-shared ;;
    win32)
      configure_tree win32 --host=x86_64-w64-mingw32 \
        "CHECK_CFLAGS=-I$M/include" \
        "CHECK_LIBS=-L$M/lib -lcheck -lpthread" ;;
    *) echo "build.sh: unknown tree '$1' (linux, asan, win32)" >&2; exit 2 ;;
  esac
  make -s -C "build/$1" -j"$jobs" >/dev/null
  echo "build.sh: build/$1 built" >&2
}

[ $# -gt 0 ] || set -- linux win32
for t in "$@"; do build "$t"; done

#!/bin/sh
# Configure (once) and build ntix out of tree:
#   build/linux   the Linux backend, native
#   build/asan    the Linux backend with AddressSanitizer + UBSan, and the
#                 fault-injection hooks (tests/check_fault runs in its check)
#   build/tsan    the Linux backend with ThreadSanitizer
#   build/win32   the Windows backend, cross-built with mingw-w64; its
#                 `make check` runs the same tests as .exe files under Wine
#   build/win32-fault  the Windows backend with the fault-injection hooks
#                 (scripts/test.sh runs only tests/check_fault there)
# Usage: scripts/build.sh [linux|asan|tsan|win32|win32-fault]...
#        (default: linux win32)
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

# Configures build/<tree> with the options given, again (and cleans it)
# when they changed since the last time.
configure_tree() {
  dir=build/$1
  shift
  mkdir -p "$dir"
  args="--enable-werror $*"
  if [ ! -f "$dir/Makefile" ] ||
     [ "$(cat "$dir/.configure-args" 2>/dev/null)" != "$args" ]; then
    [ -f "$dir/Makefile" ] && make -s -C "$dir" clean >/dev/null 2>&1 || :
    (cd "$dir" && "$top/configure" -q --enable-werror "$@")
    printf '%s\n' "$args" >"$dir/.configure-args"
  fi
}

build() {
  case $1 in
    linux) configure_tree linux ;;
    asan) configure_tree asan --enable-sanitizers --enable-fault-injection \
            --disable-shared ;;
    tsan) configure_tree tsan --enable-sanitizers=thread --disable-shared ;;
    win32)
      configure_tree win32 --host=x86_64-w64-mingw32 \
        "CHECK_CFLAGS=-I$M/include" \
        "CHECK_LIBS=-L$M/lib -lcheck -lpthread" ;;
    win32-fault)
      configure_tree win32-fault --host=x86_64-w64-mingw32 \
        --enable-fault-injection --disable-shared \
        "CHECK_CFLAGS=-I$M/include" \
        "CHECK_LIBS=-L$M/lib -lcheck -lpthread" ;;
    *) echo "build.sh: unknown tree '$1'" \
         "(linux, asan, tsan, win32, win32-fault)" >&2; exit 2 ;;
  esac
  make -s -C "build/$1" -j"$jobs" >/dev/null
  echo "build.sh: build/$1 built" >&2
}

[ $# -gt 0 ] || set -- linux win32
for t in "$@"; do build "$t"; done

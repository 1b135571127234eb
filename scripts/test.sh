#!/bin/sh
# Every test on both backends: the Check suites natively, with ASan+UBSan,
# and as .exe files under Wine; the generated docs are current; and
# `make distcheck` of the native and of the cross tree.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh linux asan win32
jobs=$(nproc 2>/dev/null || echo 2)
# The load test holds about 2,100 descriptors at once.
ulimit -n 4096 2>/dev/null || :
status=0

# The load test's connection count: 1000 natively, its default (200)
# under the sanitizers and Wine.
check() {
  if make -s -C "build/$1" -j"$jobs" check ${2:+"$2"} >"build/$1/check.log" 2>&1; then
    echo "test.sh: $1: $(grep -E '^# PASS' "build/$1/check.log" | tr -s ' ')"
  else
    cat "build/$1/check.log"
    for f in build/"$1"/tests/*.log build/"$1"/tests/win32/*.log; do
      [ -f "$f" ] && grep -qE '^(FAIL|ERROR)' "${f%.log}.trs" 2>/dev/null && cat "$f"
    done
    echo "test.sh: $1: FAILED" >&2
    status=1
  fi
}
check linux NTIX_LOAD_CONNECTIONS=1000
check asan
check win32

# Every C file of the tree is formatted by .clang-format.
# shellcheck disable=SC2046
if clang-format --dry-run --Werror $(git ls-files '*.c' '*.h') \
     >build/clang-format.log 2>&1; then
  echo "test.sh: clang-format: every C file is formatted"
else
  grep -o '^[^:]*: error' build/clang-format.log | sort -u >&2
  echo "test.sh: clang-format: files above not formatted (clang-format -i)" >&2
  status=1
fi

# doc/errors.md is generated from the tables: it must be current.
make -s -C build/linux gen-errors-md >/dev/null
if build/linux/gen-errors-md | cmp -s - doc/errors.md; then
  echo "test.sh: doc/errors.md is current"
else
  echo "test.sh: doc/errors.md is stale: run 'make -C build/linux errors-md'" >&2
  status=1
fi

# distcheck natively, and for the cross tree (its Makefile passes the host
# and Check flags to the copy it configures; the copy's tests run under
# Wine again).
for t in linux win32; do
  if make -s -C "build/$t" -j"$jobs" distcheck >"build/$t/distcheck.log" 2>&1; then
    echo "test.sh: distcheck ($t): $(grep -E 'archives ready' -A2 "build/$t/distcheck.log" | grep tar | tr -s ' ')"
  else
    tail -60 "build/$t/distcheck.log"
    echo "test.sh: distcheck ($t) FAILED" >&2
    status=1
  fi
done
exit $status

#!/bin/sh
# Every test on both backends: the Check suites natively, with ASan+UBSan
# (plus every native call made to fail, tests/check_fault), with
# ThreadSanitizer, and as .exe files under two Windows runtimes (the
# system's Wine 8.0 and Debian 13's Wine 10.0, one build for both), plus
# check_fault in a fault-injection build under Wine 8.0; a short run of
# every fuzz target; the generated docs are current; and `make distcheck`
# of the native and of the cross tree.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh linux asan tsan win32 win32-fault
jobs=$(nproc 2>/dev/null || echo 2)
# The load test holds about 2,100 descriptors at once.
ulimit -n 4096 2>/dev/null || :
status=0

# check TREE LOG LABEL [MAKE ARGUMENT]...: runs the tree's suites, keeps
# their output in build/TREE/LOG and reports the counts under LABEL.
check() {
  t=$1 log=build/$1/$2 label=$3
  shift 3
  if make -s -C "build/$t" -j"$jobs" check "$@" >"$log" 2>&1; then
    echo "test.sh: $label: $(grep -E '^# PASS' "$log" | tr -s ' ')"
  else
    cat "$log"
    for f in build/"$t"/tests/*.log build/"$t"/tests/win32/*.log; do
      [ -f "$f" ] && grep -qE '^(FAIL|ERROR)' "${f%.log}.trs" 2>/dev/null && cat "$f"
    done
    echo "test.sh: $label: FAILED" >&2
    status=1
  fi
}
# The load test's connection count: 1000 natively, its default (200)
# under the sanitizers and Wine.
# The count of failures injected, from check_fault's log.
fault_summary() {
  f=build/$1/tests/check_fault.log
  [ -f "$f" ] || return 0
  echo "test.sh: $1: check_fault: $(grep -c '^fault: .* #' "$f") native" \
    "calls failed one at a time, at $(grep '^fault: .* #' "$f" |
      awk '{ print $4 }' | sort -u | wc -l) call sites"
}
check linux check.log linux NTIX_LOAD_CONNECTIONS=1000
check asan check.log asan
fault_summary asan
# ThreadSanitizer slows the suites some tenfold: the load test keeps its
# default size.
check tsan check.log tsan
# The same cross build under each Windows runtime in turn (NTIX_WINE); the
# second run needs no compiling.
for rt in wine8 wine10; do
  ver=$(make -s -C build/win32 wine-version NTIX_WINE=$rt 2>/dev/null) || :
  check win32 "check-$rt.log" "win32 (${ver:-$rt, not installed})" \
    NTIX_WINE=$rt
done
# The suites ran in build/win32; the fault-injection build runs only the
# fault driver and its import check, under the default runtime.
check win32-fault check.log win32-fault \
  "TESTS=tests/check_fault.exe tests/fault-imports.test" \
  "check_PROGRAMS=tests/check_fault.exe"
fault_summary win32-fault

# Every fuzz target replays its corpus (inputs that once found bugs
# included) and runs a few seconds of new inputs.
if make -s -C build/linux fuzz FUZZ_RUNS=20000 >build/linux/fuzz.log 2>&1; then
  grep '^fuzz:' build/linux/fuzz.log | sed 's/^/test.sh: /'
else
  cat build/linux/fuzz.log
  echo "test.sh: fuzz: FAILED" >&2
  status=1
fi

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

# doc/calls.md is generated from api-list.h and the headers: it must be current
# (the generator also fails when ntix.h declares a call it does not know).
make -s -C build/linux gen-calls-md >/dev/null
# The area headers in the order ntix.h includes them, as the Makefile's
# calls-md target passes them.
areas=$(sed -n 's|^#include "\(ntix/.*\.h\)"$|include/\1|p' include/ntix.h)
# shellcheck disable=SC2086
if build/linux/gen-calls-md include/ntix.h $areas >build/calls.md &&
   cmp -s build/calls.md doc/calls.md; then
  echo "test.sh: doc/calls.md is current"
else
  echo "test.sh: doc/calls.md is stale: run 'make -C build/linux calls-md'" >&2
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

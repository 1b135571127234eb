#!/bin/sh
# The main job: set up, build both backends, run the conformance scenarios
# natively and under both Windows runtimes (Wine 8.0 and Wine 10.0), write
# doc/semantics.md from the runs, and show ntix-errno answering the same
# lookups on Linux and under each runtime.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh linux win32

# The suites record every scenario's neutral result and native status; the
# records of a Wine run carry its version in their file names.
rm -rf build/linux/semantics build/win32/semantics
run_check() {
  t=$1
  shift
  log=build/$t/check${1:+-${1#NTIX_WINE=}}.log
  make -s -C "build/$t" -j"$(nproc)" check "$@" >"$log" 2>&1 ||
    { cat "$log"; echo "run.sh: tests failed in build/$t $*" >&2; exit 1; }
  grep -E '^# (TOTAL|PASS|FAIL|ERROR)' "$log" | sed "s|^|$t${1:+ ($1)}: |"
}
run_check linux
run_check win32 NTIX_WINE=wine8
run_check win32 NTIX_WINE=wine10

# doc/semantics.tsv is the same table for scripts (columns in the
# Markdown's header).
NTIX_REPORT_LINUX="Linux $(uname -r) ($(uname -m))" \
  tools/semantics-report.sh --tsv doc/semantics.tsv build/linux/semantics \
  build/win32/semantics doc/known-differences.md >doc/semantics.md
echo "run.sh: wrote doc/semantics.md ($(grep -c '^| ' doc/semantics.md) table lines) and doc/semantics.tsv ($(($(wc -l <doc/semantics.tsv) - 1)) rows)"
grep -E '^[0-9]+ scenarios' doc/semantics.md

# ntix-errno: the same lookups, the same bytes, on Linux and under each
# runtime.  wine_run RUNTIME ARG... runs scripts/wine-run.sh in the cross
# tree with the variables its Makefile gives that runtime.
wine_run() {
  rt=$1
  shift
  (cd build/win32 && eval "export $(make -s wine-env NTIX_WINE="$rt")" &&
    exec sh ../../scripts/wine-run.sh "$@")
}
# One server per runtime for all the short runs below (see Makefile.am).
for rt in wine8 wine10; do
  wine_run $rt wineserver -p 30 >/dev/null 2>&1 || :
done
set -- ENOENT 2 0xC0000034 STATUS_OBJECT_NAME_NOT_FOUND "--win32 5" "--wsa 10054"
for q in "$@"; do
  # shellcheck disable=SC2086
  build/linux/ntix-errno $q >build/linux/errno.out
  same=
  for rt in wine8 wine10; do
    # shellcheck disable=SC2086
    wine_run $rt ./ntix-errno.exe $q >build/win32/errno.out
    if cmp -s build/linux/errno.out build/win32/errno.out; then
      same="$same $rt: same"
    else
      same="$same $rt: DIFFERENT"
    fi
  done
  printf '\n$ ntix-errno %s        (Windows output against Linux:%s)\n' "$q" \
    "$same"
  cat build/linux/errno.out
done

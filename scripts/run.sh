#!/bin/sh
# The main job: set up, build both backends, run the conformance scenarios
# natively and under Wine, write doc/semantics.md from the two runs, and
# show ntix-errno answering the same lookups on both OSes.
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh linux win32

# The suites record every scenario's neutral result and native status.
for t in linux win32; do
  rm -rf "build/$t/semantics"
  make -s -C "build/$t" -j"$(nproc)" check >"build/$t/check.log" 2>&1 ||
    { cat "build/$t/check.log"; echo "run.sh: tests failed in build/$t" >&2; exit 1; }
  grep -E '^# (TOTAL|PASS|FAIL|ERROR)' "build/$t/check.log" | sed "s|^|$t: |"
done

WINE=$(sed -n 's/^WINE = //p' build/win32/Makefile)
WINESERVER=$(sed -n 's/^WINESERVER = //p' build/win32/Makefile)
export WINEDEBUG=-all WINEPREFIX="$(pwd)/build/win32/wineprefix"
# One server for all the short runs below (see Makefile.am).
[ -z "$WINESERVER" ] || "$WINESERVER" -p 30 >/dev/null 2>&1 || :
NTIX_REPORT_LINUX="Linux $(uname -r) ($(uname -m))" \
NTIX_REPORT_WINDOWS="Wine $("$WINE" --version 2>/dev/null | sed 's/^wine-//')" \
  tools/semantics-report.sh build/linux/semantics build/win32/semantics \
  doc/known-differences.md >doc/semantics.md
echo "run.sh: wrote doc/semantics.md ($(grep -c '^| ' doc/semantics.md) table lines)"
tail -n +1 doc/semantics.md | grep -E '^[0-9]+ scenarios'

# ntix-errno: the same lookups, the same bytes, on both OSes.
set -- ENOENT 2 0xC0000034 STATUS_OBJECT_NAME_NOT_FOUND "--win32 5" "--wsa 10054"
for q in "$@"; do
  # shellcheck disable=SC2086
  build/linux/ntix-errno $q >build/linux/errno.out
  # shellcheck disable=SC2086
  "$WINE" build/win32/ntix-errno.exe $q >build/win32/errno.out
  if cmp -s build/linux/errno.out build/win32/errno.out; then same=same; else same=DIFFERENT; fi
  printf '\n$ ntix-errno %s        (Linux and Windows output: %s)\n' "$q" "$same"
  cat build/linux/errno.out
done

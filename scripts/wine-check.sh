#!/bin/sh
# wine-check.sh: the cross tree's LOG_COMPILER (Makefile.am): runs one test
# program through wine-run.sh, and once more if the Wine runtime itself
# left it stuck.
#
# Wine 8.0's wineserver can die on an assertion of its own
# ("server/fd.c:1644: set_fd_events: Assertion `poll_users[user] == fd'
# failed", reported against Wine by others too; tests/check_stress, whose
# threads close, duplicate and poll the same sockets at once, hits it in
# one run of ten to thirty).  The program's process is then never ended:
# its main thread has exited (a zombie) while the others wait for the
# server.  Without this watch the test would hang until CI's time limit.
# A process whose main thread has been a zombie for 10 s is taken for that
# case: it is killed, the server's log (wineserver-RUNTIME.log in the
# build tree) is shown, and the program is run again, at most twice more.
# A third stuck run, like any failure of the program, is the test's
# result.
#
# Usage: wine-check.sh PROGRAM.exe [ARG]...   (environment as wine-run.sh)
set -u

here=$(dirname "$0")

# run PROGRAM...: its exit status, or 253 if its process was stuck.
run() {
  sh "$here/wine-run.sh" "$@" &
  pid=$!
  zombie=0
  while kill -0 "$pid" 2>/dev/null; do
    state=$(sed -n 's/^State:[[:space:]]*\([A-Z]\).*/\1/p' \
      "/proc/$pid/status" 2>/dev/null)
    if [ "$state" = Z ] && [ -d "/proc/$pid/task" ] &&
       [ "$(ls "/proc/$pid/task" | wc -l)" -gt 1 ]; then
      zombie=$((zombie + 1))
    else
      zombie=0
    fi
    if [ "$zombie" -ge 10 ]; then
      kill -9 "$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      return 253
    fi
    sleep 1
  done
  wait "$pid"
}

# Up to two more runs, each only after a run left stuck in that way.
tries=1
run "$@"
rc=$?
while [ "$rc" = 253 ] && [ "$tries" -lt 3 ]; do
  echo "wine-check.sh: $1: the process did not end after its main thread" \
    "did (the Wine server stopped under it); running it once more" >&2
  log=${NTIX_WINE_SHARE:-.}/wineserver-${NTIX_WINE:-wine8}.log
  [ -f "$log" ] && tail -n 5 "$log" >&2
  tries=$((tries + 1))
  run "$@"
  rc=$?
done
[ "$rc" = 253 ] &&
  echo "wine-check.sh: $1: stuck $tries times; failing the test" >&2
exit "$rc"

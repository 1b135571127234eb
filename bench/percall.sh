# percall.sh: section 5 of doc/benchmarks.md, per-call user-space
# instructions under callgrind (bench/percall.c).  Sourced by bench/run.sh,
# whose helpers (say, ratio, yesno, ge) it uses.  `make bench` runs it with
# the other sections; `make bench-percall` (run.sh BUILDDIR SRCDIR percall)
# runs it alone and puts the new section, its target row and its note into
# the existing document, leaving the rest as it was.

N=100000

# ir OP IMPL: instructions collected in loop_OP[_IMPL] for N calls.
ir() {
  fn=loop_$1
  [ -n "$2" ] && fn=${fn}_$2
  valgrind --tool=callgrind --toggle-collect="$fn" \
    --callgrind-out-file="$TMP/cg.$1.$2" "$B/percall" "$1" "${2:-x}" "$N" \
    >/dev/null 2>"$TMP/cg.$1.$2.log" || { echo nan; return; }
  sed -n 's/^summary: //p' "$TMP/cg.$1.$2"
}

bench_percall() {
  echo "## 5. Per-call overhead (callgrind)"
  echo
  if [ -n "${PERCALL_STAMP:-}" ]; then
    echo "$PERCALL_STAMP"
    echo
  fi
  if ! command -v valgrind >/dev/null 2>&1; then
    echo "Skipped: valgrind is not installed (scripts/setup.sh installs it)."
    echo
    return
  fi
  if [ "$("$B/percall" empty x 1)" = unsupported=1 ]; then
    echo "Skipped: the raw-syscall loops are written for x86-64 only."
    echo
    return
  fi
  empty=$(ir empty "")
  dup3=$(ir dup3 "")
  echo "User-space instructions per call: (Ir of a loop of $N calls - Ir of"
  echo "the same loop without the call) / $N, with callgrind's"
  echo "--toggle-collect on the loop function (bench/percall.c).  raw is the"
  echo "syscall instruction inline in the loop; glibc is $(ldd --version 2>/dev/null | head -n 1 | sed 's/.* //')'s"
  echo "wrapper.  read/write: 1 byte on a pipe; close: of a descriptor just"
  echo "made with dup3 (the baseline loop does the dup3 alone; a poller exists"
  echo "in the process, as in any event-driven program); pread: 1 byte of a"
  echo "file; wait: a wait (timeout 0) that returns one event (ntix_poll_wait;"
  echo "epoll_wait).  Exact counts: one run each."
  echo
  echo "| call | ntix | raw syscall | glibc | ntix/raw | within 10% of raw | below glibc |"
  echo "|---|---|---|---|---|---|---|"
  MISSED_CALLS=
  for op in read write close pread wait; do
    base=$empty
    [ $op = close ] && base=$dup3
    for impl in ntix raw libc; do
      v=$(ir $op $impl)
      v=$(awk -v a="$v" -v b="$base" -v n=$N \
        'BEGIN { printf "%.1f", (a - b) / n }')
      eval "c_$impl=\$v"
    done
    q=$(ratio "$c_ntix" "$c_raw")
    ok1=$(yesno ge 1.10 "$q")
    ok2=$(yesno awk -v a="$c_ntix" -v b="$c_libc" 'BEGIN { exit !(a < b) }')
    echo "| $op | $c_ntix | $c_raw | $c_libc | $q | $ok1 | $ok2 |"
    [ "$ok1" = yes ] && [ "$ok2" = yes ] || MISSED_CALLS="$MISSED_CALLS $op"
  done
  echo
  [ -n "$MISSED_CALLS" ] || return
  echo "Where ntix spends the instructions (callgrind_annotate, functions by"
  echo "self Ir over the $N calls of the ntix loop):"
  echo
  for op in $MISSED_CALLS; do
    echo "$op:"
    echo
    echo '```'
    callgrind_annotate --auto=no "$TMP/cg.$op.ntix" 2>/dev/null |
      grep -E '^ *[0-9,]+ \(.*:' | grep -v 'PROGRAM TOTALS' | head -n 6 |
      sed -E 's/ \[[^]]*\]$//; s#[^ ]*/(src|bench|include)/#\1/#'
    echo '```'
    echo
  done
}

percall_note() {
  echo "### Per-call instructions: target missed"
  echo
  echo "The raw column is the syscall instruction inline in the loop: the"
  echo "argument loads and nothing else.  A function call alone (call and"
  echo "return) costs more than 10% of that, so \"within 10% of raw\" can hold"
  echo "only for a call inlined into its caller; ntix's calls are functions,"
  echo "as glibc's are, and the comparison that means something is glibc's."
  echo
  echo "read, write, pread, pwrite and close are fast entries"
  echo "(src/linux/entry.c): the public function tests one gate and enters the"
  echo "kernel; the checked path, tracing included, is out of line behind the"
  echo "gate.  ntix_read is eight instructions: a load of the gate, a compare"
  echo "and branch (a buffer at or below the gate: NULL, or any buffer while"
  echo "tracing), the call number, syscall, a sign test and branch on the"
  echo "result (a failure is recorded for ntix_native_last), ret.  glibc's read"
  echo "is seven: a compare with its single-thread flag in memory (for"
  echo "cancellation) and a branch instead of the gate's load, compare and"
  echo "branch -- the gate is an atomic load, which the compiler does not fold"
  echo "into the compare -- then the call number, syscall, a compare and"
  echo "branch on the result for errno, ret.  The length goes to the kernel as"
  echo "it is: the kernel checks the range and cuts it to NTIX_IO_MAX, as the"
  echo "contract says (doc/design.md, \"The length contract\").  close adds the"
  echo "watched-descriptor test (is fd a poller, or registered in one) that"
  echo "keeps a registration from outliving its descriptor, which glibc's close"
  echo "does not know about."
  echo
  echo "ntix_poll_wait does what epoll_wait does not: it finds the poller"
  echo "behind pfd, looks up each returned event's registration under the"
  echo "poller's lock (an event of a descriptor deleted or closed meanwhile is"
  echo "dropped, never reported with stale data), converts it to the neutral"
  echo "event and checks for armed timers; with no timer armed it reads no"
  echo "clock and takes no lock before the kernel call.  (Under valgrind the"
  echo "wait goes through epoll_pwait: valgrind 3.19 does not know"
  echo "epoll_pwait2.)  Closing the rest of the gap would mean dropping those"
  echo "guarantees, or inlining the calls into every program (header fast"
  echo "paths), which would freeze the gate and the error recording into"
  echo "programs' binaries; ntix keeps them in the library."
  echo
}

# percall_target_row: the per-call row of the targets table.
percall_target_row() {
  if [ -n "${MISSED_CALLS+set}" ]; then
    echo "| per call: within 10% of the raw syscall and below glibc | missed for:${MISSED_CALLS:- none} | $(yesno test -z "$MISSED_CALLS") |"
  else
    echo "| per call: within 10% of the raw syscall and below glibc | not measured (no valgrind) | - |"
  fi
}

# percall_only: measures section 5 alone and puts it into $DOC in place of
# the old one: the section (stamped with its own date and commit), its row
# of the targets table and its note before the Wine section.  Everything
# else, the date and commit at the top included, stays as it was.
percall_only() {
  [ -f "$DOC" ] || { say "no $DOC: run make bench first"; return 1; }
  grep -q '^## 5\. ' "$DOC" || { say "$DOC has no section 5"; return 1; }
  [ -x "$B/percall" ] || { say "$B/percall missing"; return 1; }
  commit=$(git -C "$S" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git -C "$S" status --porcelain 2>/dev/null | head -n 1)" ]; then
    commit="$commit (with uncommitted changes)"
  fi
  PERCALL_STAMP="Measured alone (\`make bench-percall\`) on $(date -u '+%Y-%m-%d %H:%M UTC'),
commit $commit; the other sections are from the commit and date at the top."
  bench_percall >"$TMP/s5.md" || return 1
  : >"$TMP/note.md"
  [ -z "${MISSED_CALLS:-}" ] || percall_note >"$TMP/note.md"
  awk -v s5="$TMP/s5.md" -v note="$TMP/note.md" -v row="$(percall_target_row)" '
    function put(f,  l) { while ((getline l < f) > 0) print l; close(f) }
    skip && (/^##/ || /^<!-- wine -->$/) { skip = 0 }
    /^## 5\. / { put(s5); skip = 1; next }
    /^### Per-call instructions/ { skip = 1; next }
    /^<!-- wine -->$/ && !noted { put(note); noted = 1 }
    /^\| per call: / { print row; next }
    !skip { print }
    END { if (!noted) put(note) }
  ' "$DOC" >"$TMP/doc.md" && mv "$TMP/doc.md" "$DOC"
  say "replaced section 5 of $DOC"
}

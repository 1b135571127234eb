#!/bin/sh
# run.sh: runs the benchmark programs of one build tree and writes
# doc/benchmarks.md.  It builds nothing (`make bench` builds, then calls it).
#
# Usage: run.sh BUILDDIR SRCDIR [percall]
#   Native tree: every ntix/libuv pair, each round running the ntix program
#   and then the libuv one (ROUNDS rounds, interleaved), medians and ratios;
#   the document is rewritten (an existing Wine section is kept).
#   Cross tree (NTIX_OS=win32, WINE set): the portable ntix programs under
#   Wine; only the Wine section of the document is replaced.
#   percall (native tree): only section 5, per-call instructions, is
#   measured and replaced (bench/percall.sh).
# Environment: NTIX_BENCH_ROUNDS (5; the pump and idle connections 7),
#   NTIX_BENCH_SECONDS (2; the pump runs half as long),
#   NTIX_BENCH_TIMERS_10M (1: also 10,000,000 timers, one run each),
#   NTIX_BENCH_SPIN_NS (50000: the ping-pong's ntix_poll_spin time).
set -u

B=$1/bench
S=$2
DOC=$S/doc/benchmarks.md
OS=${NTIX_OS:-linux}
ROUNDS=${NTIX_BENCH_ROUNDS:-5}
SECS=${NTIX_BENCH_SECONDS:-2}
T10M=${NTIX_BENCH_TIMERS_10M:-1}
SPIN_NS=${NTIX_BENCH_SPIN_NS:-50000}
unset NTIX_BENCH_SPIN_NS
SEED=20261123
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ntix-bench.XXXXXX") || exit 1
SPID=
trap 'test -n "$SPID" && kill "$SPID" 2>/dev/null; rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM

if [ "$OS" = win32 ]; then
  EXE=.exe
  RUN="$WINE"
  export WINEDEBUG=-all
else
  EXE=
  RUN=
fi

say() {
  echo "bench: $*" >&2
}

# key VALUE-LINE: the value of key=value in a program's output line.
key() {
  printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p" | head -n 1
}

# The median of the arguments (numbers).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) print "nan";
          else if (NR % 2) print v[(NR + 1) / 2];
          else printf "%.6g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# ratio A B [DIGITS]: A/B.
ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-2}" 'BEGIN {
    if (b + 0 == 0 || a == "nan" || b == "nan") print "n/a";
    else printf "%.*f\n", d, a / b }'
}

# Is A >= B (numbers)?  Exit status.
ge() {
  awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "n/a" && a + 0 >= b + 0) }'
}

yesno() {
  if "$@"; then echo "yes"; else echo "**no**"; fi
}

# start_server PROG: runs PROG --server in the background; sets SPID, PORT.
start_server() {
  $RUN "$B/$1$EXE" --server >"$TMP/port" 2>"$TMP/server.err" &
  SPID=$!
  i=0
  while [ ! -s "$TMP/port" ] && [ $i -lt 300 ]; do
    sleep 0.1
    i=$((i + 1))
  done
  PORT=$(head -n 1 "$TMP/port" | tr -d '\r')
  [ -n "$PORT" ] || { say "$1: server did not start"; cat "$TMP/server.err" >&2; }
}

stop_server() {
  kill "$SPID" 2>/dev/null
  wait "$SPID" 2>/dev/null
  SPID=
  : >"$TMP/port"
}

# client NAME IMPL ARGS...: one client run against a fresh server; prints
# the client's output line.
client() {
  name=$1 impl=$2
  shift 2
  start_server "$name-$impl"
  $RUN "$B/$name-$impl$EXE" "$PORT" "$@" | tr -d '\r'
  stop_server
}

# ---- machine -------------------------------------------------------------------

machine() {
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  cores=$(grep -c '^processor' /proc/cpuinfo)
  commit=$(git -C "$S" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git -C "$S" status --porcelain 2>/dev/null | head -n 1)" ]; then
    commit="$commit (with uncommitted changes)"
  fi
  echo "- Machine: $cpu, $cores logical CPUs, Linux $(uname -r) ($(uname -m))"
  echo "- Commit: $commit"
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}

# ---- 1. ping-pong --------------------------------------------------------------

bench_pingpong() {
  echo "## 1. TCP ping-pong"
  echo
  echo "One loopback connection, one message in flight, echoed by a server"
  echo "process (the same program with --server); ${SECS} s per run, round trips"
  echo "per second, median of $ROUNDS runs each (ntix, ntix spinning and libuv"
  echo "alternating).  Both sides set TCP_NODELAY; the libuv programs send with"
  echo "uv_try_write.  \"ntix spin\": both processes call"
  echo "ntix_poll_spin(pfd, $SPIN_NS) (busy polling, off by default); CPU is the"
  echo "client process's CPU time over the run's wall time."
  echo
  echo "| message | ntix (round trips/s) | ntix spin (round trips/s) | libuv (round trips/s) | ntix/libuv | ntix spin/libuv | client CPU: ntix / spin / libuv |"
  echo "|---|---|---|---|---|---|---|"
  for size in 1 64; do
    n= sp= u= cn= cs= cu=
    r=0
    while [ $r -lt "$ROUNDS" ]; do
      ln=$(client pingpong ntix "$size" "$SECS")
      export NTIX_BENCH_SPIN_NS=$SPIN_NS
      ls=$(client pingpong ntix "$size" "$SECS")
      unset NTIX_BENCH_SPIN_NS
      lu=$(client pingpong uv "$size" "$SECS")
      n="$n $(key roundtrips_per_s "$ln")" cn="$cn $(key cpu_pct "$ln")"
      sp="$sp $(key roundtrips_per_s "$ls")" cs="$cs $(key cpu_pct "$ls")"
      u="$u $(key roundtrips_per_s "$lu")" cu="$cu $(key cpu_pct "$lu")"
      r=$((r + 1))
    done
    mn=$(median $n) ms=$(median $sp) mu=$(median $u)
    q=$(ratio "$mn" "$mu") qs=$(ratio "$ms" "$mu")
    say "pingpong $size B: ntix$n / spin$sp / uv$u"
    echo "| $size B | $mn | $ms | $mu | $q | $qs | $(median $cn)% / $(median $cs)% / $(median $cu)% |"
    eval "PP_$size=\$q PS_$size=\$qs"
  done
  echo
}

# ---- 2. pump -------------------------------------------------------------------

# Loopback throughput varies from run to run on a shared machine more than
# anything else here, so the pump makes more, shorter runs: PUMP_ROUNDS
# pairs of half the usual length, the order within a pair alternating.
PUMP_ROUNDS=${NTIX_BENCH_ROUNDS:-7}
PUMP_SECS=$(awk -v s="$SECS" 'BEGIN { print s / 2 }')

# range_of NUMBERS...: "min - max".
range_of() {
  printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd' ' - |
    awk '{ print $1 " - " ($2 == "" ? $1 : $2) }'
}

# pump_setup: the sender on the first CPU this script may use, the
# receiver on the last (taskset), the same for both libraries; sets
# PIN_SEND, PIN_RECV and PUMP_PIN_NOTE (which also tells the receive
# buffer the programs fix).
pump_setup() {
  PIN_SEND= PIN_RECV=
  cpus=$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status |
    tr ',' '\n' | awk -F- '{ for (i = $1; i <= ($2 == "" ? $1 : $2); i++) print i }')
  first=$(printf '%s\n' "$cpus" | head -n 1)
  last=$(printf '%s\n' "$cpus" | tail -n 1)
  rcv=$(sed -n 's/^#define BENCH_PUMP_RCVBUF (1 << 20)$/1 MiB/p' "$S/bench/bench.h")
  [ -n "$rcv" ] || rcv="BENCH_PUMP_RCVBUF (bench/bench.h)"
  if command -v taskset >/dev/null 2>&1 && [ -n "$first" ] &&
    [ "$first" != "$last" ]; then
    PIN_SEND="taskset -c $first" PIN_RECV="taskset -c $last"
    PUMP_PIN_NOTE="The sender runs on CPU $first and the receiver on CPU $last
(taskset), for both libraries, so the scheduler's placement of the two
does not vary between runs.  The receivers set SO_RCVBUF to
$rcv (the kernel doubles it) on their listener: left to Linux's autotuning,
the receive buffer ended at sizes from 0.4 to 32 MB, different in each
run, and that size rather than the library decided the
one-connection throughput."
  else
    PUMP_PIN_NOTE="The processes are not pinned to CPUs (no taskset, or one CPU).
The receivers set SO_RCVBUF to $rcv (the kernel doubles it) on their
listener, so that Linux's autotuning does not pick a different receive
buffer in each run."
  fi
}

# pump_once IMPL CONNS: one sender run against a fresh receiver; prints the
# sender's line and the receiver's (which it writes after the last close).
pump_once() {
  run0=$RUN
  RUN=$PIN_RECV
  start_server "pump-$1"
  RUN=$run0
  line=$($PIN_SEND "$B/pump-$1" "$PORT" "$2" "$PUMP_SECS")
  i=0
  while [ "$(wc -l <"$TMP/port")" -lt 2 ] && [ $i -lt 100 ]; do
    sleep 0.02
    i=$((i + 1))
  done
  echo "$line $(sed -n 2p "$TMP/port")"
  stop_server
}

# The pump programs' uncounted warm-up (bench/bench.h).
warmup_ms() {
  sed -n 's/^#define BENCH_WARMUP_MS \([0-9]*\).*/\1/p' "$S/bench/bench.h"
}

# us NS-PER-MB: microseconds, no decimals.
us() {
  awk -v v="$1" 'BEGIN { if (v == "" || v == "nan") print "?"; else printf "%.0f\n", v / 1000 }'
}

bench_pump() {
  pump_setup
  echo "## 2. TCP pump"
  echo
  echo "64 KiB writes as fast as a receiver process reads them; after a"
  echo "$(warmup_ms) ms warm-up that is not counted, ${PUMP_SECS} s of sending, then the"
  echo "sender shuts its side down and waits for the receiver's close, so the"
  echo "time covers every byte's arrival.  MB/s (10^6 bytes).  $PUMP_ROUNDS rounds,"
  echo "each one run of ntix and one of libuv, back to back, which one first"
  echo "alternating; ntix/libuv is the median of the rounds' ratios (the"
  echo "pairing cancels a drift of the machine's load), with the range of"
  echo "the rounds' ratios.  $PUMP_PIN_NOTE"
  echo
  echo "Both programs make the same system calls in the same order:"
  echo "pump-ntix.c follows libuv 1.44's uv_try_write, uv__write and"
  echo "uv__read call for call (64 KiB sends until the socket is full, the"
  echo "rest of that chunk first when it is writable again; 64 KiB reads"
  echo "until one comes back short, at most 32).  CPU per MB: user + system"
  echo "time of the sender over the counted bytes, and of the receiver from"
  echo "its first accept to its last close over the bytes it read; medians."
  echo
  echo "| connections | ntix (MB/s) | (runs: min - max) | libuv (MB/s) | (runs: min - max) | ntix/libuv | (rounds: min - max) | CPU us/MB ntix: sender / receiver | libuv: sender / receiver | target >= 1.0 |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for conns in 1 8; do
    n= u= q= sn= rn= su= ru= wins=0
    r=0
    while [ $r -lt "$PUMP_ROUNDS" ]; do
      if [ $((r % 2)) = 0 ]; then
        ln=$(pump_once ntix "$conns")
        lu=$(pump_once uv "$conns")
      else
        lu=$(pump_once uv "$conns")
        ln=$(pump_once ntix "$conns")
      fi
      say "pump $conns round $((r + 1)): ntix $ln / uv $lu"
      a=$(key mb_per_s "$ln") b=$(key mb_per_s "$lu")
      n="$n $a" u="$u $b" q="$q $(ratio "$a" "$b" 3)"
      ge "$a" "$b" && wins=$((wins + 1))
      sn="$sn $(key send_cpu_ns_per_mb "$ln")" rn="$rn $(key recv_cpu_ns_per_mb "$ln")"
      su="$su $(key send_cpu_ns_per_mb "$lu")" ru="$ru $(key recv_cpu_ns_per_mb "$lu")"
      r=$((r + 1))
    done
    mq=$(ratio "$(median $q)" 1)
    say "pump $conns: ntix$n / uv$u / ratios$q"
    csn=$(us "$(median $sn)") crn=$(us "$(median $rn)")
    csu=$(us "$(median $su)") cru=$(us "$(median $ru)")
    echo "| $conns | $(median $n) | $(range_of $n) | $(median $u) | $(range_of $u) | $mq | $(range_of $q) | $csn / $crn | $csu / $cru | $(yesno ge "$mq" 1.0) |"
    eval "PU_$conns=\$mq PUR_$conns=\"\$(range_of \$q)\" PUW_$conns=\$wins"
    eval "PUC_$conns=\"\$csn \$crn \$csu \$cru\""
  done
  echo
}

# pump_note: why a pump row missed, from what the runs measured.
pump_note() {
  echo "### Pump: target missed"
  echo
  for conns in 1 8; do
    eval "q=\$PU_$conns qr=\$PUR_$conns w=\$PUW_$conns c=\$PUC_$conns"
    ge "$q" 1.0 && continue
    set -- $c
    echo "- $conns connection(s): ntix/libuv $q (the rounds' ratios: $qr);"
    echo "  ntix ahead in $w of $PUMP_ROUNDS rounds.  CPU per MB (us): ntix's sender $1,"
    echo "  receiver $2; libuv's $3 and $4."
    if [ "$w" -gt 0 ]; then
      echo "  In some rounds ntix was ahead and in others behind: the median"
      echo "  below 1.0 is within the spread of two runs of the same work on"
      echo "  this machine, not a shortfall every run shows."
    else
      echo "  ntix was behind in every round: a consistent shortfall, not"
      echo "  run-to-run variation."
    fi
    tn=$(awk -v a="$1" -v b="$2" 'BEGIN { print a + b }')
    tu=$(awk -v a="$3" -v b="$4" 'BEGIN { print a + b }')
    if awk -v a="$tn" -v b="$tu" 'BEGIN { exit !(a <= b) }'; then
      echo "  ntix's two processes used no more CPU per MB than libuv's"
      echo "  (sender plus receiver: $tn against $tu us), so ntix's own work is"
      echo "  not what held its throughput back in this row."
    else
      echo "  ntix's two processes used more CPU per MB than libuv's (sender"
      echo "  plus receiver: $tn against $tu us); with the same system calls on"
      echo "  both sides, that difference is ntix's own work around the calls"
      echo "  (or, if small, the variation of these figures too)."
    fi
  done
  echo
  echo "Both programs make the same system calls in the same order, each"
  echo "moving up to 64 KiB, so most of the time is the kernel's: copying"
  echo "the bytes in and out of the socket buffers and TCP's processing,"
  echo "the same for both libraries; what the libraries add is the code"
  echo "around each call (CPU per MB above).  The machine has 2 logical"
  echo "CPUs shared with other work, and the rounds' ratios show how far"
  echo "two runs can differ there.  The per-run values are in the make"
  echo "output."
  echo
}

# ---- 3. timers -----------------------------------------------------------------

# timer_row COUNT ROUNDS: runs both programs and writes the table rows.
timer_row() {
  count=$1 rounds=$2
  for f in start dispatch dispatch_cpu cleanup peak_rss; do
    eval "n_$f= u_$f="
  done
  r=0
  while [ $r -lt "$rounds" ]; do
    for impl in ntix uv; do
      line=$($RUN "$B/timers-$impl$EXE" "$count" "$SEED" | tr -d '\r')
      say "timers $count $impl: $line"
      p=n
      [ $impl = uv ] && p=u
      eval "${p}_start=\"\$${p}_start $(key start_ms "$line")\""
      eval "${p}_dispatch=\"\$${p}_dispatch $(key dispatch_ms "$line")\""
      eval "${p}_dispatch_cpu=\"\$${p}_dispatch_cpu $(key dispatch_cpu_ms "$line")\""
      eval "${p}_cleanup=\"\$${p}_cleanup $(key cleanup_ms "$line")\""
      eval "${p}_peak_rss=\"\$${p}_peak_rss $(key peak_rss_mib "$line")\""
    done
    r=$((r + 1))
  done
  for f in start dispatch dispatch_cpu cleanup peak_rss; do
    eval "mn=\$(median \$n_$f) mu=\$(median \$u_$f)"
    eval "M_n_$f=\$mn M_u_$f=\$mu"
  done
  tn=$(awk -v a="$M_n_start" -v b="$M_n_dispatch_cpu" -v c="$M_n_cleanup" \
    'BEGIN { printf "%.1f", a + b + c }')
  tu=$(awk -v a="$M_u_start" -v b="$M_u_dispatch_cpu" -v c="$M_u_cleanup" \
    'BEGIN { printf "%.1f", a + b + c }')
  qt=$(ratio "$tn" "$tu")
  qm=$(ratio "$M_n_peak_rss" "$M_u_peak_rss")
  label="$count"
  [ "$rounds" -gt 1 ] || label="$count (one run each)"
  for f in start dispatch dispatch_cpu cleanup; do
    eval "echo \"| $label | $f (ms) | \$M_n_$f | \$M_u_$f | \$(ratio \$M_n_$f \$M_u_$f) | |\""
  done
  echo "| $label | **time: start + dispatch CPU + cleanup (ms)** | $tn | $tu | $qt | $(yesno ge 0.7 "$qt") |"
  echo "| $label | **peak RSS (MiB)** | $M_n_peak_rss | $M_u_peak_rss | $qm | $(yesno ge 0.7 "$qm") |"
  eval "TT_$count=\$qt TM_$count=\$qm"
}

bench_timers() {
  echo "## 3. Timers"
  echo
  echo "One-shot timers with random deadlines in [0, 1000) ms (xorshift64,"
  echo "seed $SEED, the same deadlines on both sides), started on one"
  echo "poller / loop and run to completion.  start: wall time of the start"
  echo "loop; dispatch: wall time until the last one fired (bounded below by"
  echo "the latest deadline) and its CPU time (user + system); cleanup:"
  echo "ntix_poll_close, or uv_close of every handle plus uv_run and"
  echo "uv_loop_close and freeing the uv_timer_t array; peak RSS of the"
  echo "process (ru_maxrss).  Medians of $ROUNDS runs each, alternating."
  echo
  echo "| timers | measure | ntix | libuv | ntix/libuv | target <= 0.7 |"
  echo "|---|---|---|---|---|---|"
  timer_row 1000000 "$ROUNDS"
  if [ "$T10M" = 1 ]; then
    timer_row 10000000 1
  fi
  echo
  if [ "$T10M" != 1 ]; then
    echo "10,000,000 timers were not run (NTIX_BENCH_TIMERS_10M=0)."
    echo
  else
    echo "10,000,000 timers ran once each (libuv alone takes over a minute per"
    echo "run), so that row is one measurement, not a median."
    echo
  fi
}

# ---- 4. idle connections -------------------------------------------------------

# More rounds than the other benchmarks (a size's runs are spread over the
# whole benchmark, so more of them even out the machine's load); the ntix
# program's probe phase runs half as long as its comparison phase.
IDLE_ROUNDS=${NTIX_BENCH_ROUNDS:-7}
IDLE_PROBE_SECS=$(awk -v s="$SECS" 'BEGIN { print s / 2 }')
IDLE_COUNT=20000

# idle_ir IDLE: user-space instructions of one wait that returns one event
# with IDLE idle registrations (idle-ntix --count under callgrind); "?"
# without valgrind.
idle_ir() {
  command -v valgrind >/dev/null 2>&1 || { echo "?"; return; }
  rm -f "$TMP"/cgi.*
  valgrind --tool=callgrind --toggle-collect=count_wait \
    --callgrind-out-file="$TMP/cgi.%p" "$B/idle-ntix" --count "$1" \
    "$IDLE_COUNT" >/dev/null 2>"$TMP/cgi.log" || { echo "?"; return; }
  # The forked peer writes a file too, with nothing collected.
  cat "$TMP"/cgi.* 2>/dev/null | sed -n 's/^summary: //p' | sort -g | tail -n 1 |
    awk -v n="$IDLE_COUNT" '{ printf "%.1f\n", $1 / n }'
}

bench_idle() {
  idle_max=$(echo $IDLE_SIZES | sed 's/.* //')
  echo "## 4. Idle connections"
  echo
  echo "One process (one poller / loop) holds IDLE idle connections and 100"
  echo "active ones doing 1-byte ping-pong with a peer process (plain epoll"
  echo "and POSIX sockets, forked by the program, the same for both)."
  echo "$IDLE_ROUNDS rounds; each runs every size once, ntix then libuv."
  echo
  echo "- Against libuv: ${SECS} s of the ping-pong, the loop blocking in its wait"
  echo "  as libuv's does; the loop's CPU time per round trip (thread CPU"
  echo "  clock read before and after the loop, so blocked time is not"
  echo "  counted) and round trips per second.  libuv polls and runs its"
  echo "  callbacks in one step, so only these compare the two."
  echo "- ntix's wait alone: then, for ${IDLE_PROBE_SECS} s more, each turn of the loop"
  echo "  first calls ntix_poll_wait with timeout 0 and room for one event,"
  echo "  timed with CLOCK_MONOTONIC (vDSO) around the call; the calls that"
  echo "  returned an event are the samples, less the clock's own empty"
  echo "  interval.  No sleep or wake-up is in them (when the poll finds"
  echo "  nothing, the loop then blocks, untimed), and each returned exactly"
  echo "  one event, since a wait's cost grows with the events it returns.  For"
  echo "  this phase the process and the peer are pinned to different CPUs."
  echo "  wait: the median over runs of each run's median; p90: the same of"
  echo "  each run's 90th percentile."
  echo
  echo "$IDLE_NOTE"
  echo
  echo "| idle | ntix wait (ns) | (runs: min - max) | ntix wait p90 (ns) | ntix CPU/round trip (ns) | libuv CPU/round trip (ns) | ntix round trips/s | libuv round trips/s | throughput ntix/libuv |"
  echo "|---|---|---|---|---|---|---|---|---|"
  # Rounds outermost, so that a drift of the machine's load over the
  # minutes of this benchmark does not masquerade as an effect of size.
  r=0
  while [ $r -lt "$IDLE_ROUNDS" ]; do
    for idle in $IDLE_SIZES; do
      ln=$($B/idle-ntix "$idle" 100 "$SECS" "$IDLE_PROBE_SECS")
      lu=$($B/idle-uv "$idle" 100 "$SECS")
      say "idle $idle: $ln / $lu"
      eval "w_$idle=\"\${w_$idle:-} $(key wait_ns "$ln")\""
      eval "p_$idle=\"\${p_$idle:-} $(key wait_p90_ns "$ln")\""
      eval "cn_$idle=\"\${cn_$idle:-} $(key cpu_per_trip_ns "$ln")\""
      eval "cu_$idle=\"\${cu_$idle:-} $(key cpu_per_trip_ns "$lu")\""
      eval "tn_$idle=\"\${tn_$idle:-} $(key roundtrips_per_s "$ln")\""
      eval "tu_$idle=\"\${tu_$idle:-} $(key roundtrips_per_s "$lu")\""
    done
    r=$((r + 1))
  done
  IDLE_W0=
  for idle in $IDLE_SIZES; do
    eval "w=\$w_$idle p=\$p_$idle cn=\$cn_$idle cu=\$cu_$idle tn=\$tn_$idle tu=\$tu_$idle"
    mw=$(median $w)
    if [ -z "$IDLE_W0" ]; then
      IDLE_W0=$mw IDLE_P0=$(median $p) IDLE_C0=$(median $cn)
      IDLE_R0=$(range_of $w)
    fi
    IDLE_WN=$mw IDLE_PN=$(median $p) IDLE_CN=$(median $cn)
    IDLE_RN=$(range_of $w)
    echo "| $idle | $mw | $(range_of $w) | $(median $p) | $(median $cn) | $(median $cu) | $(median $tn) | $(median $tu) | $(ratio "$(median $tn)" "$(median $tu)") |"
  done
  IDLE_FLAT=$(ratio "$IDLE_WN" "$IDLE_W0")
  IDLE_IR0=$(idle_ir 100)
  IDLE_IRN=$(idle_ir "$idle_max")
  say "idle: instructions per wait, 100 idle: $IDLE_IR0, $idle_max idle: $IDLE_IRN"
  echo
  echo "Wait at $idle_max idle connections over the wait at 100: $IDLE_FLAT (the"
  echo "target, flat, is taken here as <= 1.25); the 90th percentiles, the"
  echo "same ratio: $(ratio "$IDLE_PN" "$IDLE_P0"); ntix's CPU time per round trip: $(ratio "$IDLE_CN" "$IDLE_C0")."
  if [ "$IDLE_IR0" != "?" ]; then
    echo "User-space instructions of one such wait (callgrind, idle-ntix"
    echo "--count: $IDLE_COUNT waits that each return one event, a timer armed):"
    echo "$IDLE_IR0 at 100 idle connections, $IDLE_IRN at $idle_max."
  fi
  echo
}

# overlaps "A - B" "C - D": do the two ranges share a value?
overlaps() {
  echo "$1 $2" | awk '{ exit !($1 <= $6 && $4 <= $3) }'
}

# idle_note: why the flatness target missed, from what the runs measured.
idle_note() {
  idle_max=$(echo $IDLE_SIZES | sed 's/.* //')
  echo "### Idle connections: target missed"
  echo
  echo "The wait at $idle_max idle connections was $IDLE_FLAT times the wait at"
  echo "100 (medians over runs: $IDLE_WN ns against $IDLE_W0 ns; the runs ranged"
  echo "$IDLE_RN and $IDLE_R0 ns), more than the 1.25 taken as flat."
  if [ "$IDLE_IR0" = "?" ]; then
    echo "Instruction counts were not taken (valgrind is not installed), so"
    echo "this run cannot tell ntix's own work from the kernel's."
  elif awk -v a="$IDLE_IR0" -v b="$IDLE_IRN" \
    'BEGIN { exit !(b <= a * 1.01) }'; then
    echo "ntix's user-space instructions per wait were the same at both sizes"
    echo "($IDLE_IR0 and $IDLE_IRN): its code does no more per wait with more"
    echo "registrations.  What grew is the rest of the call -- the kernel's"
    echo "epoll_pwait2 with a zero timeout -- or the machine's state around"
    echo "it: a larger working set (every idle connection's socket and epoll"
    echo "item in both processes), so more cache misses, and the load of"
    echo "whatever else the shared CPUs run."
    if overlaps "$IDLE_R0" "$IDLE_RN"; then
      echo "The two sizes' runs overlap, so the difference is within the"
      echo "run-to-run variation of this machine."
    else
      echo "The two sizes' runs do not overlap, so the difference is more than"
      echo "run-to-run variation."
    fi
  else
    echo "ntix's user-space instructions per wait grew from $IDLE_IR0 to"
    echo "$IDLE_IRN: the wait itself does more work with more registrations."
    echo "That is the poller's cost following the total, the thing the target"
    echo "rules out."
  fi
  echo
}

# The descriptor limit: the measured process and the peer each hold one end
# of every connection, so each needs IDLE + 100 plus a few descriptors.
idle_setup() {
  IDLE_SIZES="100 1000 10000"
  if ulimit -n 32768 2>/dev/null; then
    IDLE_NOTE="ulimit -n 32768 accepted."
  else
    hard=$(ulimit -Hn)
    [ "$hard" = unlimited ] && hard=32768
    ulimit -n "$hard" 2>/dev/null
    lim=$(ulimit -n)
    IDLE_NOTE="ulimit -n 32768 was refused (hard limit $hard); the limit is $lim."
    max=$((lim - 200))
    if [ "$max" -lt 10000 ]; then
      IDLE_SIZES="100 1000 $max"
      IDLE_NOTE="$IDLE_NOTE That is too few for 10,000 idle connections: $max idle at most."
    else
      IDLE_NOTE="$IDLE_NOTE That is enough: the peer ends live in the second process."
    fi
  fi
}

# ---- targets -----------------------------------------------------------------------

targets_summary() {
  echo "## Targets"
  echo
  echo "| target | measured | holds |"
  echo "|---|---|---|"
  echo "| ping-pong >= 1.15x libuv, default (no spinning) | 1 B: ${PP_1}x, 64 B: ${PP_64}x | $(yesno ge "$PP_1" 1.15) / $(yesno ge "$PP_64" 1.15) |"
  echo "| ping-pong >= 1.15x libuv, ntix_poll_spin $((SPIN_NS / 1000)) us | 1 B: ${PS_1}x, 64 B: ${PS_64}x | $(yesno ge "$PS_1" 1.15) / $(yesno ge "$PS_64" 1.15) |"
  echo "| pump >= 1.0x libuv (median of paired runs) | 1 conn: ${PU_1}x, 8 conns: ${PU_8}x | $(yesno ge "$PU_1" 1.0) / $(yesno ge "$PU_8" 1.0) |"
  echo "| timers (1,000,000) <= 0.7x libuv's time and peak memory | time ${TT_1000000}x, memory ${TM_1000000}x | $(yesno ge 0.7 "$TT_1000000") / $(yesno ge 0.7 "$TM_1000000") |"
  if [ -n "${TT_10000000:-}" ]; then
    echo "| timers (10,000,000, one run) <= 0.7x | time ${TT_10000000}x, memory ${TM_10000000}x | $(yesno ge 0.7 "$TT_10000000") / $(yesno ge 0.7 "$TM_10000000") |"
  fi
  echo "| idle: wait cost flat (<= 1.25x), 100 to $(echo $IDLE_SIZES | sed 's/.* //') idle | ${IDLE_FLAT}x | $(yesno ge 1.25 "$IDLE_FLAT") |"
  percall_target_row
}

# usersys NAME IMPL ARG: "user s / system s" of one client run.
usersys() {
  start_server "$1-$2"
  /usr/bin/time -f '%U %S' -o "$TMP/time" "$B/$1-$2" "$PORT" "$3" "$SECS" \
    >/dev/null
  stop_server
  awk '{ printf "%s s user, %s s system (%.0f%% system)", $1, $2,
    (($1 + $2) > 0 ? 100 * $2 / ($1 + $2) : 0) }' "$TMP/time"
}

# syscalls IMPL: the system calls of one 1-byte ping-pong client run per
# round trip (strace -c), the three most frequent.
syscalls() {
  start_server "pingpong-$1"
  line=$(strace -f -c -o "$TMP/strace" "$B/pingpong-$1" "$PORT" 1 1)
  stop_server
  trips=$(key roundtrips_per_s "$line")
  awk '$4 ~ /^[0-9]+$/ && NF >= 5 && $NF != "total" { print $4, $NF }' \
    "$TMP/strace" | sort -rn | head -n 3 |
    awk -v t="$trips" '{ printf "%s%s %.2f", (NR > 1 ? ", " : ""), $2, $1 / t }'
}

pingpong_note() {
  echo "### Ping-pong: where a round trip goes"
  echo
  echo "A round trip is two loopback TCP segments and, in each process, one"
  echo "wait, one receive and one send.  System calls per round trip in the"
  echo "client (strace -c over a 1 s run, calls / round trips):"
  echo
  if command -v strace >/dev/null 2>&1; then
    echo "- ntix: $(syscalls ntix)"
    echo "- libuv: $(syscalls uv)"
  else
    echo "- (strace is not installed)"
  fi
  echo
  echo "CPU time of one ${SECS} s client run, 1-byte messages (getrusage via"
  echo "/usr/bin/time):"
  echo
  echo "- ntix: $(usersys pingpong ntix 1)"
  echo "- libuv: $(usersys pingpong uv 1)"
  echo
  echo "Without spinning both libraries make the same system calls per round"
  echo "trip, and the kernel's part -- loopback TCP, putting the waiting"
  echo "process to sleep and waking it -- is most of the time (above), the"
  echo "same for both; ntix's smaller user-space part cannot make 15% of the"
  echo "round trip.  So the default stays at about libuv's rate (first target"
  echo "row).  The sleep and the wake-up are what ntix_poll_spin removes: a"
  echo "wait first polls for up to the spin time and sleeps only if nothing"
  echo "came, so the answer that arrives within it is picked up without the"
  echo "scheduler.  The price is CPU: a spinning process keeps its CPU busy"
  echo "while it waits (client CPU column), and on a machine with fewer free"
  echo "CPUs than spinning processes it slows everything down; it is an"
  echo "opt-in for latency-bound programs with a CPU to spare, which is why it"
  echo "is off by default and why both rows are shown.  libuv has no"
  echo "equivalent setting."
  echo
}

missed_notes() {
  pingpong_note
  if ! ge "$PU_1" 1.0 || ! ge "$PU_8" 1.0; then
    pump_note
  fi
  if ! ge 0.7 "$TT_1000000" || ! ge 0.7 "$TM_1000000"; then
    echo "### Timers: target missed"
    echo
    echo "See the table: the start loop costs one heap insertion per timer;"
    echo "a cheaper start needs a timer wheel or a lazily heapified array."
    echo
  fi
  if ! ge 1.25 "$IDLE_FLAT"; then
    idle_note
  fi
  [ -z "${MISSED_CALLS:-}" ] || percall_note
}

# ---- document --------------------------------------------------------------------

wine_section() {
  ver=$($WINE --version 2>/dev/null | sed 's/^wine-//; s/ .*//')
  echo "## Indicative only: ntix under Wine $ver"
  echo
  echo "The ntix programs cross-built for Windows and run under Wine on the"
  echo "machine above (no libuv side: libuv is not built for the cross"
  echo "target).  Wine's socket and timer paths are not Windows', so these"
  echo "figures say nothing about performance on Windows; they show that the"
  echo "programs run there.  Medians of $ROUNDS runs, ${SECS} s each."
  echo
  echo "| benchmark | ntix under Wine |"
  echo "|---|---|"
  for size in 1 64; do
    v=
    r=0
    while [ $r -lt "$ROUNDS" ]; do
      v="$v $(key roundtrips_per_s "$(client pingpong ntix "$size" "$SECS")")"
      r=$((r + 1))
    done
    say "wine pingpong $size:$v"
    echo "| ping-pong, $size B | $(median $v) round trips/s |"
  done
  for conns in 1 8; do
    v=
    r=0
    while [ $r -lt "$ROUNDS" ]; do
      v="$v $(key mb_per_s "$(client pump ntix "$conns" "$SECS")")"
      r=$((r + 1))
    done
    say "wine pump $conns:$v"
    echo "| pump, $conns connection(s) | $(median $v) MB/s |"
  done
  s= d= c= m=
  r=0
  while [ $r -lt "$ROUNDS" ]; do
    line=$($RUN "$B/timers-ntix$EXE" 1000000 "$SEED" | tr -d '\r')
    if [ -z "$line" ]; then
      # Seen once: a run under Wine whose output never arrived; one retry.
      say "wine timers: no output, running again"
      line=$($RUN "$B/timers-ntix$EXE" 1000000 "$SEED" | tr -d '\r')
    fi
    say "wine timers: $line"
    s="$s $(key start_ms "$line")"
    d="$d $(key dispatch_cpu_ms "$line")"
    c="$c $(key cleanup_ms "$line")"
    m="$m $(key peak_rss_mib "$line")"
    r=$((r + 1))
  done
  echo "| 1,000,000 timers: start / dispatch CPU / cleanup | $(median $s) / $(median $d) / $(median $c) ms |"
  echo "| 1,000,000 timers: peak working set | $(median $m) MiB |"
  echo
}

. "$S/bench/percall.sh"

if [ "${3:-}" = percall ]; then
  [ "$OS" != win32 ] || { say "percall: native trees only"; exit 1; }
  percall_only
  exit $?
fi

if [ "$OS" = win32 ]; then
  [ -n "${WINE:-}" ] || { say "no Wine: nothing to run"; exit 1; }
  [ -f "$DOC" ] || { say "run make bench in a native tree first"; exit 1; }
  wine_section >"$TMP/wine.md" || exit 1
  sed '/^<!-- wine -->$/,$d' "$DOC" >"$TMP/doc.md"
  { cat "$TMP/doc.md"; echo "<!-- wine -->"; cat "$TMP/wine.md"; } >"$DOC"
  say "appended the Wine section to $DOC"
  exit 0
fi

for p in pingpong pump timers idle; do
  for impl in ntix uv; do
    [ -x "$B/$p-$impl" ] || { say "$B/$p-$impl missing (libuv not found by configure?)"; exit 1; }
  done
done
idle_setup
{
  bench_pingpong
  bench_pump
  bench_timers
  bench_idle
  bench_percall
} >"$TMP/body.md" || exit 1
{
  echo "# Benchmarks: ntix against libuv"
  echo
  echo "Written by \`make bench\` (bench/run.sh) from one run; do not edit by"
  echo "hand.  Linux, native build; libuv $(pkg-config --modversion libuv 2>/dev/null || echo '?') from the system."
  echo
  machine
  echo "- Build: the configure flags of the tree (-O2 -g by default); the ntix"
  echo "  programs link libntix statically, the libuv ones the shared libuv."
  echo
  targets_summary
  echo
  cat "$TMP/body.md"
  missed_notes
  if [ -f "$DOC" ] && grep -q '^<!-- wine -->$' "$DOC"; then
    sed -n '/^<!-- wine -->$/,$p' "$DOC"
  else
    echo "<!-- wine -->"
    echo "## Indicative only: ntix under Wine"
    echo
    echo "Not run yet: \`make bench\` in a cross (mingw-w64) tree appends it."
  fi
} >"$TMP/doc.md" && mv "$TMP/doc.md" "$DOC"
say "wrote $DOC"

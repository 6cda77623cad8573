#!/usr/bin/env bash
# Runs the benchmark scenarios against a fresh embedded Ties (H2 file store) on this machine and keeps
# every output under $OUT. Usage (from the repository root, after ./mvnw -q -B -o install -DskipTests):
#
#   load-driver/bench.sh [writes|seed|queries|rebuild|integrity|dates|all]
#
#   writes   fresh store: commands (60 s warm-up, 60 s), then lag at 20, 100 and the target 200/s
#   seed     fresh store: seed-events (100,000 events); keeps the store in $OUT/store-100k
#   queries  the store 'seed' left: queries at 20/s, then at the target 200/s; as-of (auditor)
#   dates    a fresh store: date previews (GET /api/dates) at 20/s to warm up, then at the target 200/s
#   rebuild  the store 'seed' left: blue/green rebuilds of the board and the timeline, each right after
#            the service replayed the same store into a handler that does nothing (the reference; admin)
#   integrity  the store 'seed' left: verifies it through the API (three times) and exports it; then,
#            with the server stopped, verifies it from the command line, and the export offline
#
#
# Environment: PORT (18080), OUT (/tmp/ties-bench-out), QUIET_PCT (15): before each scenario the
# script waits (up to QUIET_WAIT_S, 900) until the machine is at most QUIET_PCT % busy, because the
# driver and the server share the cores with whatever else runs; the driver reports the machine's
# busy share during each measurement, so a noisy run shows in its figures.
set -euo pipefail

MODE=${1:-all}
PORT=${PORT:-18080}
OUT=${OUT:-/tmp/ties-bench-out}
QUIET_PCT=${QUIET_PCT:-15}
QUIET_WAIT_S=${QUIET_WAIT_S:-900}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
URL=http://127.0.0.1:$PORT
mkdir -p "$OUT"
# The server runs from a copy of the jar under a name of its own, so that someone on the same machine
# stopping "their" Ties by name (pkill -f ties.jar) does not stop the benchmark's.
SERVER_JAR=$OUT/bench-server.jar
cp "$ROOT/app/target/ties.jar" "$SERVER_JAR"
# The driver too runs from a copy, so that rebuilding it meanwhile cannot disturb a run.
cp "$ROOT/load-driver/target/load-driver.jar" "$OUT/load-driver.jar"
DRIVER="java -jar $OUT/load-driver.jar"
SERVER_PID=

log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$OUT/bench.log" >&2; }

busy_pct() { # machine-wide busy share over 5 s, from /proc/stat
  read -r _ u n s i w q sq st _ < /proc/stat; local b1=$((u+n+s+q+sq+st)) t1=$((u+n+s+i+w+q+sq+st))
  sleep 5
  read -r _ u n s i w q sq st _ < /proc/stat; local b2=$((u+n+s+q+sq+st)) t2=$((u+n+s+i+w+q+sq+st))
  echo $(( 100 * (b2-b1) / (t2-t1) ))
}

wait_quiet() {
  local deadline=$((SECONDS + QUIET_WAIT_S)) pct
  while :; do
    pct=$(busy_pct)
    if (( pct <= QUIET_PCT )); then log "machine ${pct}% busy: go"; return; fi
    if (( SECONDS >= deadline )); then log "machine still ${pct}% busy after ${QUIET_WAIT_S} s: running anyway"; return; fi
    log "machine ${pct}% busy, waiting for <= ${QUIET_PCT}%"; sleep 10
  done
}

start_server() { # $1 data dir
  log "starting Ties on port $PORT with data dir $1"
  setsid java -jar "$SERVER_JAR" --server.port="$PORT" --ties.data-dir="$1" >"$OUT/server-$(basename "$1").log" 2>&1 </dev/null &
  SERVER_PID=$!
  echo "$SERVER_PID" >"$OUT/server.pid"
}

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    log "stopping Ties (pid $SERVER_PID)"; kill "$SERVER_PID"
    for _ in $(seq 1 60); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
  fi
  SERVER_PID=
}
trap stop_server EXIT

run() { # $1 scenario, rest: options
  local scenario=$1; shift
  wait_quiet
  log "driver: $scenario $*"
  $DRIVER "$scenario" --url="$URL" --wait-s=180 "$@" 2> >(tee -a "$OUT/$scenario.err" >&2) | tee -a "$OUT/$scenario.out" \
    || log "driver exit status ${PIPESTATUS[0]} ($scenario $*)"
}

machine_facts() {
  { echo "## nproc"; nproc; echo "## free -h"; free -h; echo "## java -version"; java -version 2>&1
    echo "## lscpu"; lscpu | grep -E 'Model name|^CPU\(s\)|Thread|MHz' || true; } >"$OUT/machine.txt"
}

writes() {
  local dir=/tmp/ties-bench-writes-$$; rm -rf "$dir"
  start_server "$dir"
  # A 60 s warm-up: on two cores the C2 compiler is still working through its queue minutes after
  # start-up, and figures taken before that measure the JIT as much as Ties.
  run commands --warmup-s=60 --duration-s=60
  run lag --rate=20 --warmup-s=10    # below saturation: the projection lag itself
  run lag --rate=100 --warmup-s=10
  run lag --warmup-s=10              # the target rate, 200/s
  stop_server
  rm -rf "$dir"
}

seed() {
  local dir=$OUT/store-100k; rm -rf "$dir"
  start_server "$dir"
  run seed-events --events=100000 --max-duration-s=3600
  stop_server
}

queries() {
  local dir=$OUT/store-100k
  [[ -d "$dir" ]] || { echo "run 'seed' first" >&2; exit 1; }
  start_server "$dir"
  run queries --rate=20 --duration-s=60  # warms the query path, and per-request latency without queueing
  run queries                            # the target rate
  run as-of --token=ties_demo_auditor_token
  stop_server
}

dates() {
  local dir=$OUT/store-dates; rm -rf "$dir"
  start_server "$dir"
  run dates --rate=20 --duration-s=30 --token=ties_demo_viewer_token  # warms the resolver and the JSON path
  run dates --token=ties_demo_viewer_token                           # the target rate
  stop_server
}

rebuild() {
  local dir=$OUT/store-100k
  [[ -d "$dir" ]] || { echo "run 'seed' first" >&2; exit 1; }
  start_server "$dir"
  run queries --rate=20 --duration-s=30  # the server answers and has warmed up a little
  run rebuild --token=ties_demo_admin_token --reference --read-model=initiative-board
  run rebuild --token=ties_demo_admin_token --reference --read-model=timeline
  stop_server
}

await_up() { # the server answers its health check
  for _ in $(seq 1 180); do curl -sf "$URL/actuator/health" >/dev/null && return; sleep 1; done
  log "the server did not answer within 180 s"; exit 1
}

timed() { # $1 name, rest: the command; logs its wall time and exit status, keeps its output in $OUT/$1.out
  local name=$1 start end rc=0; shift
  start=$(date +%s%N)
  "$@" >"$OUT/$name.out" 2>&1 || rc=$?
  end=$(date +%s%N)
  log "$name: $(( (end - start) / 1000000 )) ms, exit status $rc, output $OUT/$name.out"
}

integrity() {
  local dir=$OUT/store-100k auditor=(-H "Authorization: Bearer ties_demo_auditor_token")
  [[ -d "$dir" ]] || { echo "run 'seed' first" >&2; exit 1; }
  start_server "$dir"
  await_up
  wait_quiet
  for i in 1 2 3; do
    timed "verify-api-$i" curl -sS -f "${auditor[@]}" "$URL/api/audit/integrity"
  done
  timed export curl -sS -f "${auditor[@]}" -o "$OUT/export.ndjson" "$URL/api/audit/export"
  log "export: $(stat -c %s "$OUT/export.ndjson") bytes, $(wc -l <"$OUT/export.ndjson") lines"
  stop_server
  timed verify-cli java -jar "$SERVER_JAR" verify --ties.data-dir="$dir"
  timed verify-export java -jar "$SERVER_JAR" verify-export "$OUT/export.ndjson"
}

machine_facts
case "$MODE" in
  writes) writes ;;
  seed) seed ;;
  queries) queries ;;
  rebuild) rebuild ;;
  integrity) integrity ;;
  dates) dates ;;
  all) writes; dates; seed; queries; rebuild; integrity ;;
  *) echo "usage: $0 [writes|seed|queries|rebuild|integrity|dates|all]" >&2; exit 1 ;;
esac
log "done; outputs in $OUT"

#!/usr/bin/env bash
# Compares the embedded store's commit settings (docs/durability.md) side by side: one server per
# candidate, each on a fresh store and its own port, all started together and driven by the same
# scenario in the same minutes, so that whatever else loads the machine loads them all alike.
# Usage (from the repository root, after ./mvnw -B -DskipTests package):
#
#   load-driver/durability.sh [commands|seed]
#
#   commands  `commands --warmup-s=10 --duration-s=$DURATION` (120) against every server at once
#   seed      `seed-events --events=$EVENTS` (10000) against every server at once: file growth
#
# For each candidate it prints the events stored, the store file's size while the server ran and
# after a clean stop, and the driver's JSON line. Environment: OUT (/tmp/ties-durability), DURATION,
# EVENTS, BASE_PORT (18491), CANDIDATES (default all four: "deferred write-delay-0 write sync").
set -uo pipefail

MODE=${1:-commands}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/app/target/ties.jar
DRIVER=$ROOT/load-driver/target/load-driver.jar
OUT=${OUT:-/tmp/ties-durability}
DURATION=${DURATION:-120}
EVENTS=${EVENTS:-10000}
BASE_PORT=${BASE_PORT:-18491}
H2=$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' | sort | tail -n 1)
read -r -a CANDIDATES <<< "${CANDIDATES:-deferred write-delay-0 write sync}"
mkdir -p "$OUT"

declare -A PORT SERVER DRIVERS
n=0
for cand in "${CANDIDATES[@]}"; do
  PORT[$cand]=$((BASE_PORT + n)); n=$((n + 1))
  dir=$OUT/data-$cand; rm -rf "$dir"; mkdir -p "$dir"
  args=(--server.port="${PORT[$cand]}" --ties.data-dir="$dir")
  case $cand in
    deferred) args+=(--ties.storage.embedded-commit=deferred) ;;
    write-delay-0) args+=(--ties.storage.embedded-commit=deferred
        "--spring.datasource.url=jdbc:h2:file:$dir/ties;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128;WRITE_DELAY=0") ;;
    *) args+=(--ties.storage.embedded-commit="$cand") ;;
  esac
  java -Xmx768m -jar "$JAR" "${args[@]}" > "$OUT/server-$cand.log" 2>&1 &
  SERVER[$cand]=$!
done
echo "$(date -u +%T) servers started; load $(cut -d' ' -f1-3 /proc/loadavg)"
for cand in "${CANDIDATES[@]}"; do
  until curl -fs "http://127.0.0.1:${PORT[$cand]}/actuator/health" > /dev/null; do sleep 2; done
done
echo "$(date -u +%T) all healthy; load $(cut -d' ' -f1-3 /proc/loadavg)"
for cand in "${CANDIDATES[@]}"; do
  url=http://127.0.0.1:${PORT[$cand]}
  case $MODE in
    commands) java -jar "$DRIVER" commands --url="$url" --warmup-s=10 --duration-s="$DURATION" --clients=8 ;;
    seed) java -jar "$DRIVER" seed-events --url="$url" --events="$EVENTS" ;;
  esac > "$OUT/driver-$cand.log" 2>&1 &
  DRIVERS[$cand]=$!
done
wait "${DRIVERS[@]}"
echo "$(date -u +%T) drivers done; load $(cut -d' ' -f1-3 /proc/loadavg)"
for cand in "${CANDIDATES[@]}"; do
  file=$OUT/data-$cand/ties.mv.db
  running=$(stat -c %s "$file")
  kill -TERM "${SERVER[$cand]}"; wait "${SERVER[$cand]}"
  stopped=$(stat -c %s "$file")
  events=$(java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$OUT/data-$cand/ties" -user sa -password "" \
      -sql "select count(*) from domain_event_entry" | sed -n 2p | tr -d ' ')
  echo "$cand events=$events bytes_running=$running bytes_stopped=$stopped :: $(tail -n 1 "$OUT/driver-$cand.log")" \
      | tee -a "$OUT/results.txt"
done

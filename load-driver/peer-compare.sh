#!/usr/bin/env bash
# Issue 15's benchmark: Ties side by side with a bare Axon application (../shared/peer-baseline), then
# the disk each kept per event. Usage, from the repository root after ./mvnw -B -DskipTests package:
#
#   load-driver/peer-compare.sh [h2|pg|both] [pairs]     (default: both 3)
#
# Runs the peer baseline's compare.sh (interleaved runs on fresh stores, one JSON line per run and the
# median ratios Ties ÷ peer; read its README), then measures the stores the last pair left behind:
# bytes per table (indexes included) and all tables ÷ the event table, for Ties and for the peer.
# Environment: as compare.sh (WORK, WARM, DUR, QUIET_WAIT, TIES_ARGS, BASE_ARGS); PEER_DIR (default
# ../shared/peer-baseline), H2_JAR (default: the H2 jar in the local Maven repository), DISK_ONLY=1
# (measure the stores of an earlier run under WORK without running again), PEER_H2 (below).
#
# The peer's H2 store keeps what Ties's embedded default keeps, as the peer baseline's README asks
# (give the peer the store options Ties sets): Ties writes every command to the file before answering
# it (docs/durability.md), and the peer's nearest option is H2's WRITE_DELAY=0 (every commit written,
# though not forced to disk as Ties's are). As it ships, the peer answers commands that a kill -9 within
# the next 500 ms loses. PEER_H2=as-shipped runs it that way; BASE_ARGS, when set, is used as given.
#
# Two defaults differ from compare.sh's, both so that the window measures warmed code (docs/benchmarks.md,
# "Issue 15, eighth pass"):
# - WARM=180: Ties's C2 compiler stays busy for 100–120 s of load (it compiles the methods a command runs
#   once as they pass 5,000-15,000 calls), so after 20-60 s the window still holds a core of compiling.
# - JFR starts with each JVM (JVM_OPTS, both apps): run-one.sh starts its allocation recording with jcmd
#   when the window begins, and a JVM in which JFR starts late throws away all its compiled code (JDK 17:
#   JFR's agent asks to retransform classes, JDK-8324241), so the window ran interpreted and recompiling.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STORES=${1:-both}; PAIRS=${2:-3}
export WARM=${WARM:-180}
if [[ -z ${BASE_ARGS+x} && ${PEER_H2:-durable} == durable ]]; then
  export BASE_ARGS='--baseline.h2-options=;WRITE_DELAY=0'
fi
echo "peer arguments: ${BASE_ARGS:-(none)}" >&2
PEER_DIR=${PEER_DIR:-$ROOT/../shared/peer-baseline}
if [[ ${JVM_OPTS:-} != *StartFlightRecording* ]]; then
  export JVM_OPTS="${JVM_OPTS:-} -XX:StartFlightRecording=name=from-launch,settings=$PEER_DIR/alloc.jfc"
fi
echo "warm-up ${WARM} s; JVM options: $JVM_OPTS" >&2
export WORK=${WORK:-/tmp/peer-compare}
export TIES_JAR=${TIES_JAR:-$ROOT/app/target/ties.jar}
H2_JAR=${H2_JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*[0-9].jar 2>/dev/null | sort -V | tail -1)}
if [[ ${DISK_ONLY:-} != 1 ]]; then
  # compare.sh appends to $WORK/results.jsonl and takes its medians over the whole file: an earlier
  # invocation's runs (another jar) would be mixed into this one's. Keep them, apart.
  [[ -f $WORK/results.jsonl ]] && mv "$WORK/results.jsonl" "$WORK/results-before-$(date -u +%Y%m%dT%H%M%S).jsonl"
  "$PEER_DIR/compare.sh" "$STORES" "$PAIRS" || exit $?
fi
case $STORES in both) STORES="h2 pg";; esac

# One JSON line per store and app: {table: bytes}, total, event table, ratio.
report() { python3 -c '
import json, sys
store, app, rows = sys.argv[1], sys.argv[2], [l.split("|") for l in sys.stdin.read().split("\n") if "|" in l]
sizes = {name.strip().lower(): int(size) for name, size in rows if size.strip().isdigit()}
file = sizes.pop("(whole file)", None)
events = sizes.get("domain_event_entry", 0); total = sum(sizes.values())
ratio = lambda n: round(n / events, 2) if events else None
print(json.dumps({"disk": store, "app": app, "total_bytes": total, "event_table_bytes": events,
                  "all_tables_per_event_table": ratio(total), "file_bytes": file, "file_per_event_table": ratio(file) if file else None,
                  "tables": dict(sorted(sizes.items(), key=lambda kv: -kv[1]))}))' "$@"; }

for store in $STORES; do
  for app in ties base; do
    if [[ $store == pg ]]; then
      db=perf_ties; [[ $app == base ]] && db=perf_baseline
      psql -h 127.0.0.1 -U postgres -d $db -Atc "select relname || '|' || pg_total_relation_size(oid) from pg_class
          where relkind = 'r' and relnamespace = 'public'::regnamespace" | report pg $app
    else
      dir=$WORK/data/h2-$app-$PAIRS; file=$(ls "$dir"/*.mv.db 2>/dev/null | head -1)
      [[ -n $file ]] || { echo "no H2 store under $dir" >&2; continue; }
      # H2's DISK_SPACE_USED leaves indexes out, so the whole file counts too, as the run left it (opening
      # it compacts it); the server is stopped, so the file is free to open.
      size=$(stat -c %s "$file")
      { java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:${file%.mv.db}" -user sa -password "" -sql \
          "select table_name || '|' || disk_space_used('\"' || table_schema || '\".\"' || table_name || '\"') as x
             from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'"
        echo "(whole file)|$size"; } | report h2 $app
    fi
  done
done

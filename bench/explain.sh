#!/usr/bin/env bash
# EXPLAIN ANALYZE of the slowest statements behind the load test's pages: starts OpenProbation on the
# data bench/load.sh generated, has PostgreSQL's auto_explain log the analysed plan of every statement
# slower than EXPLAIN_MS while the load test's journeys run briefly, then turns auto_explain off again.
# Plans: bench/results/explain-<dataset>/plans.txt, the slowest first.
# Usage: bash bench/explain.sh [london|national]   EXPLAIN_MS=10  USERS=20  MINUTES=2
# (auto_explain's timing slows the statements it watches: these runs are for the plans, not the figures)
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=${1:-london}
USERS=${USERS:-20}
MINUTES=${MINUTES:-2}
EXPLAIN_MS=${EXPLAIN_MS:-10}
DATA=bench/load-data-$DATASET
RESULTS=bench/results/explain-$DATASET
if [ "$DATASET" = national ]; then PORT=${BENCH_PORT:-18091}; HEAP=4g; else PORT=${BENCH_PORT:-18090}; HEAP=2g; fi
[ -d "$DATA/postgres" ] || { echo "No $DATASET data in $DATA: run bash bench/load.sh $DATASET first"; exit 1; }
mkdir -p "$RESULTS"
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package
  JAR=$(ls target/openprobation-*.jar | head -1)
fi

psql_() { psql -q -X -h localhost -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres -d postgres "$@"; }
PID=
start() {
  OPENPROBATION_DATA_DIR=$DATA SERVER_PORT=$PORT java -Xmx$HEAP -jar "$JAR" >> "$RESULTS/app.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then return; fi
    kill -0 $PID 2>/dev/null || { echo "OpenProbation stopped; see $RESULTS/app.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; }
settings() {
  psql_ -v ON_ERROR_STOP=1 <<SQL > /dev/null
alter system $1 logging_collector $2;
alter system $1 log_directory $3;
alter system $1 session_preload_libraries $4;
alter system $1 auto_explain.log_min_duration $5;
alter system $1 auto_explain.log_analyze $6;
alter system $1 auto_explain.log_buffers $6;
alter system $1 auto_explain.log_nested_statements $6;
SQL
}
off() { settings reset "" "" "" "" "" ""; stop; }
: > "$RESULTS/app.log"
rm -rf "$DATA/postgres/explain-log"

# PostgreSQL's own log (the logging collector) and auto_explain take effect on its next start
start
trap off EXIT
settings set "= on" "= 'explain-log'" "= 'auto_explain'" "= '${EXPLAIN_MS}ms'" "= on"
stop
start
echo "auto_explain on (statements over $EXPLAIN_MS ms); the journeys at $USERS users for $MINUTES minutes..."
./mvnw -q -B -ntp -f bench/gatling/pom.xml test-compile gatling:test -DbaseUrl="http://localhost:$PORT" \
  -Dusers="$USERS" -Dminutes="$MINUTES" -Dofficers="${OFFICERS:-200}" > "$RESULTS/gatling.log" 2>&1 || true
off
trap - EXIT

# each plan runs from its "duration:" line to the next message of the log; slowest first
cat "$DATA"/postgres/explain-log/*.log | awk '
  /^[0-9-]+ [0-9:.]+ UTC \[[0-9]+\] / { if (plan != "") print d "\t" plan; plan = ""
    if (match($0, /LOG:  duration: [0-9.]+ ms/)) { d = substr($0, RSTART + 16, RLENGTH - 19); plan = substr($0, RSTART + 6) }
    next }
  plan != "" { plan = plan "\\n" $0 }
  END { if (plan != "") print d "\t" plan }' \
  | sort -t$'\t' -k1,1 -g -r | cut -f2- | sed 's/\\n/\n/g' > "$RESULTS/plans.txt"
rm -rf "$DATA/postgres/explain-log"
echo "$(grep -c "^duration:" "$RESULTS/plans.txt" || true) statements over $EXPLAIN_MS ms; plans in $RESULTS/plans.txt, the slowest first:"
grep "^duration:" "$RESULTS/plans.txt" | head -10 || true

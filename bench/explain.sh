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
source bench/platform.sh
RESULTS=bench/results/explain-$DATASET
[ -d "$DATA/postgres" ] || { echo "No $DATASET data in $DATA: run bash bench/load.sh $DATASET first"; exit 1; }
mkdir -p "$RESULTS"
platform_jar

settings() {
  bench_psql <<SQL > /dev/null
alter system $1 logging_collector $2;
alter system $1 log_directory $3;
alter system $1 session_preload_libraries $4;
alter system $1 auto_explain.log_min_duration $5;
alter system $1 auto_explain.log_analyze $6;
alter system $1 auto_explain.log_buffers $6;
alter system $1 auto_explain.log_nested_statements $6;
SQL
}
off() { settings reset "" "" "" "" "" ""; stop_platform; }
: > "$RESULTS/app.log"
rm -rf "$DATA/postgres/explain-log"

# PostgreSQL's own log (the logging collector) and auto_explain take effect on its next start
start_platform "$RESULTS/app.log"
trap off EXIT
settings set "= on" "= 'explain-log'" "= 'auto_explain'" "= '${EXPLAIN_MS}ms'" "= on"
stop_platform
start_platform "$RESULTS/app.log"
echo "auto_explain on (statements over $EXPLAIN_MS ms); the journeys at $USERS users for $MINUTES minutes..."
journeys "$USERS" "$MINUTES" "$RESULTS/gatling.log"
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

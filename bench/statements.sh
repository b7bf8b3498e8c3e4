#!/usr/bin/env bash
# Diagnostic, not a benchmark: which SQL statements the platform spends PostgreSQL's time on under the load test.
# Starts the platform on the data bench/load.sh made (bench/load-data-<dataset>) with pg_stat_statements loaded, runs
# the Gatling load for a warm-up, resets the statistics, runs it again and writes the statements by total execution
# time, with calls, mean time, rows and buffer hits per call, to bench/results/statements-<dataset>.txt; then unloads
# pg_stat_statements again, so later load runs are measured without it.
# Usage: bash bench/statements.sh [london|national]   USERS=200 MINUTES=3 WARMUP_MINUTES=2 OFFICERS=200 JAR=target/...jar
# (the start-up and journeys are bench/explain.sh's and bench/load.sh's, with the same ports and officers)
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=${1:-london}
USERS=${USERS:-200}
MINUTES=${MINUTES:-3}
WARMUP_MINUTES=${WARMUP_MINUTES:-2}
DATA=bench/load-data-$DATASET
OUT=bench/results/statements-$DATASET.txt
if [ "$DATASET" = national ]; then PORT=${BENCH_PORT:-18091}; HEAP=4g; else PORT=${BENCH_PORT:-18090}; HEAP=2g; fi
[ -d "$DATA/postgres" ] || { echo "No $DATASET data in $DATA: run bash bench/load.sh $DATASET first"; exit 1; }
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package
  JAR=$(ls target/openprobation-*.jar | head -1)
fi
mkdir -p bench/results

AUTO=$DATA/postgres/postgresql.auto.conf
unload() { sed -i '/pg_stat_statements/d' "$AUTO"; }
grep -q pg_stat_statements "$AUTO" || echo "shared_preload_libraries = 'pg_stat_statements'" >> "$AUTO"
OPENPROBATION_DATA_DIR=$DATA OPENPROBATION_DEMO_SIZE=$DATASET SERVER_PORT=$PORT java -Xmx$HEAP -jar "$JAR" \
  > bench/results/statements-app.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; unload' EXIT
for _ in $(seq 1 9000); do
  curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { echo "OpenProbation stopped; see bench/results/statements-app.log"; exit 1; }
  sleep 0.2
done
P="psql -q -X -h localhost -p $(sed -n 4p "$DATA/postgres/postmaster.pid") -U postgres -d postgres -v ON_ERROR_STOP=1"
$P -c "create extension if not exists pg_stat_statements"
load() {
  ./mvnw -q -B -ntp -f bench/gatling/pom.xml test-compile gatling:test -DbaseUrl="http://localhost:$PORT" \
    -Dusers="$USERS" -Dminutes="$1" -Dofficers="${OFFICERS:-200}" > bench/results/statements-gatling.log 2>&1 || true
}
if [ "$WARMUP_MINUTES" != 0 ]; then
  echo "Warm-up: $USERS users for $WARMUP_MINUTES minutes"
  load "$WARMUP_MINUTES"
fi
$P -c "select pg_stat_statements_reset()" > /dev/null
echo "Measured: $USERS users for $MINUTES minutes"
load "$MINUTES"
$P > "$OUT" <<'SQL'
select sum(calls) as calls, round(sum(total_exec_time)) as total_ms from pg_stat_statements;
select calls, round(total_exec_time::numeric) as total_ms, round((total_exec_time / calls)::numeric, 2) as mean_ms,
       rows / calls as rows_per_call, shared_blks_hit / calls as hits_per_call,
       left(regexp_replace(query, '\s+', ' ', 'g'), 220) as query
from pg_stat_statements order by total_exec_time desc limit 40;
SQL
$P -c "drop extension pg_stat_statements"
echo "Written to $OUT"

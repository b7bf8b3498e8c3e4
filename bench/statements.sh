#!/usr/bin/env bash
# Diagnostic, not a benchmark: which SQL statements the platform spends PostgreSQL's time on under the load test.
# Starts the platform on the data bench/load.sh made (bench/load-data-<dataset>) with pg_stat_statements loaded, runs
# the Gatling load for a warm-up, resets the statistics, runs it again and writes the statements by total execution
# time, with calls, mean time, rows and buffer hits per call, to bench/results/statements-<dataset>.txt; then unloads
# pg_stat_statements again, so later load runs are measured without it.
# Usage: bash bench/statements.sh [london|national]   USERS=200 MINUTES=3 WARMUP_MINUTES=2 OFFICERS=200 JAR=target/...jar
# (the start-up and the journeys are bench/platform.sh's, as in bench/load.sh and bench/explain.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=${1:-london}
USERS=${USERS:-200}
MINUTES=${MINUTES:-3}
WARMUP_MINUTES=${WARMUP_MINUTES:-2}
source bench/platform.sh
OUT=bench/results/statements-$DATASET.txt
LOG=bench/results/statements-app.log
[ -d "$DATA/postgres" ] || { echo "No $DATASET data in $DATA: run bash bench/load.sh $DATASET first"; exit 1; }
platform_jar
mkdir -p bench/results

AUTO=$DATA/postgres/postgresql.auto.conf
unload() { sed -i '/pg_stat_statements/d' "$AUTO"; }
grep -q pg_stat_statements "$AUTO" || echo "shared_preload_libraries = 'pg_stat_statements'" >> "$AUTO"
: > "$LOG"
trap 'stop_platform; unload' EXIT
start_platform "$LOG"
bench_psql -c "create extension if not exists pg_stat_statements"
if [ "$WARMUP_MINUTES" != 0 ]; then
  echo "Warm-up: $USERS users for $WARMUP_MINUTES minutes"
  journeys "$USERS" "$WARMUP_MINUTES" bench/results/statements-gatling.log
fi
bench_psql -c "select pg_stat_statements_reset()" > /dev/null
echo "Measured: $USERS users for $MINUTES minutes"
journeys "$USERS" "$MINUTES" bench/results/statements-gatling.log
bench_psql > "$OUT" <<'SQL'
select sum(calls) as calls, round(sum(total_exec_time)) as total_ms from pg_stat_statements;
select calls, round(total_exec_time::numeric) as total_ms, round((total_exec_time / calls)::numeric, 2) as mean_ms,
       rows / calls as rows_per_call, shared_blks_hit / calls as hits_per_call,
       left(regexp_replace(query, '\s+', ' ', 'g'), 220) as query
from pg_stat_statements order by total_exec_time desc limit 40;
SQL
bench_psql -c "drop extension pg_stat_statements"
echo "Written to $OUT"

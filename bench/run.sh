#!/usr/bin/env bash
# Measures: London demo data generation, start-up with existing data, and page response times.
# Usage: bash bench/run.sh   (builds the jar, uses bench/data and port 18080, cleans up after)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
DATA=bench/data
RESULTS=bench/results
mkdir -p "$RESULTS"

./mvnw -q -B -ntp -Dmaven.test.skip=true package
JAR=$(ls target/openprobation-*.jar | head -1)

start() {
  OPENPROBATION_DATA_DIR=$DATA SERVER_PORT=$PORT java -Xmx2g -jar "$JAR" > "$RESULTS/$1.log" 2>&1 &
  PID=$!
  local t0=$(date +%s%N)
  for _ in $(seq 1 600); do
    if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
    sleep 0.2
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; }

rm -rf "$DATA"
start first-start
echo "First start (embedded PostgreSQL initdb + London generation): ready in ${READY_MS} ms"
grep -o "Demo data: tiers recomputed for [0-9,]* cases in [0-9]* ms" "$RESULTS/first-start.log"
grep -o "Demo data: [0-9,]* people generated in [0-9]* ms" "$RESULTS/first-start.log"
stop

start restart
echo "Start-up with existing data: ready in ${READY_MS} ms ($(grep -o 'Started OpenProbationApplication in [0-9.]* seconds' "$RESULTS/restart.log"))"
java bench/PageLatency.java "http://localhost:$PORT" "${BENCH_REQUESTS:-1000}"
stop
rm -rf "$DATA"

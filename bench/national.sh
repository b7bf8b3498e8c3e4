#!/usr/bin/env bash
# Measures the national view and a provider's dashboard on the national demo data (28 providers, about 260,000 people).
# Usage: bash bench/national.sh   (builds the jar, uses bench/national-data and port 18081, cleans up after)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
DATA=bench/national-data
RESULTS=bench/results
mkdir -p "$RESULTS"

./mvnw -q -B -ntp -Dmaven.test.skip=true package
JAR=$(ls target/openprobation-*.jar | head -1)

rm -rf "$DATA"
t0=$(date +%s%N)
OPENPROBATION_DATA_DIR=$DATA OPENPROBATION_DEMO_SIZE=national SERVER_PORT=$PORT java -Xmx4g -jar "$JAR" \
  > "$RESULTS/national.log" 2>&1 &
PID=$!
for _ in $(seq 1 9000); do
  if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
  sleep 0.2
done
echo "First start with the national data: ready in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
grep -o "Demo data: [0-9,]* people generated in [0-9]* ms" "$RESULTS/national.log" || true
grep -o "Demo data: [0-9,]* monthly oversight figures in [0-9]* ms" "$RESULTS/national.log" || true
java bench/NationalLatency.java "http://localhost:$PORT" "${BENCH_REQUESTS:-200}"
kill "$PID"; wait "$PID" 2>/dev/null || true
rm -rf "$DATA"

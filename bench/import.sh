#!/usr/bin/env bash
# The London round trip and the import's speed (issue 27: import in no more than twice the demo generator's time).
# Starts the platform on a fresh data directory (embedded PostgreSQL, London demo generated: its time is read from the
# log), exports LDN, starts a second instance on an empty database (no demo, a first administrator), imports the set
# with POST /api/v1/imports and follows it to DONE, imports it again (answered as already imported), exports again
# and compares the two manifests (rows and SHA-256 of every file), then compares the API answers and pages of 20
# cases on both. Usage: bash bench/import.sh   (builds the jar, uses bench/data-import-a and -b, ports 18081 and 18082)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_A=${BENCH_PORT:-18081}
PORT_B=$((PORT_A + 1))
DATA_A=bench/data-import-a
DATA_B=bench/data-import-b
RESULTS=bench/results
OPERATOR="operator:correct horse battery"
mkdir -p "$RESULTS"

./mvnw -q -B -ntp -Dmaven.test.skip=true package
JAR=$(ls target/openprobation-*.jar | head -1)

rm -rf "$DATA_A" "$DATA_B"
OPENPROBATION_DATA_DIR=$DATA_A SERVER_PORT=$PORT_A java -Xmx2g -jar "$JAR" > "$RESULTS/import-a.log" 2>&1 &
PID_A=$!
OPENPROBATION_DATA_DIR=$DATA_B SERVER_PORT=$PORT_B OPENPROBATION_DEMO_GENERATE=never \
  OPENPROBATION_ADMIN_USERNAME=operator OPENPROBATION_ADMIN_PASSWORD="correct horse battery" \
  java -Xmx2g -jar "$JAR" > "$RESULTS/import-b.log" 2>&1 &
PID_B=$!
trap 'kill $PID_A $PID_B 2>/dev/null; wait $PID_A $PID_B 2>/dev/null || true; rm -rf "$DATA_A" "$DATA_B"' EXIT
for port in $PORT_A $PORT_B; do
  for _ in $(seq 1 3000); do
    if curl -sf "http://localhost:$port/actuator/health" > /dev/null 2>&1; then break; fi
    sleep 0.2
  done
done
echo "demo generator: $(grep -o 'Demo data: [0-9,]* people generated in [0-9]* ms' "$RESULTS/import-a.log")"

manifest() { python3 -c "import zipfile,sys; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('manifest.csv'))" "$1"; }
curl -sf -u admin:demo "http://localhost:$PORT_A/api/v1/exports?provider=LDN" -o "$RESULTS/import-ldn.zip"
manifest "$RESULTS/import-ldn.zip" > "$RESULTS/import-ldn-1.manifest.csv"

follow() {
  local id=$1 body status
  while true; do
    body=$(curl -sf -u "$OPERATOR" "http://localhost:$PORT_B/api/v1/imports/$id")
    status=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['status'])" "$body")
    if [ "$status" = DONE ] || [ "$status" = FAILED ]; then
      python3 -c "import json,sys; d=json.loads(sys.argv[1]); print(' ', d['status'] + ':', d['message']); [print('   ', e) for e in d['errors'][:20]]" "$body"
      [ "$status" = DONE ]
      return
    fi
    sleep 0.5
  done
}
for run in 1 2; do
  t0=$(date +%s%N)
  id=$(curl -sf -u "$OPERATOR" -H 'Content-Type: application/zip' --data-binary @"$RESULTS/import-ldn.zip" \
    "http://localhost:$PORT_B/api/v1/imports" | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")
  follow "$id"
  echo "import $run: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
done

curl -sf -u "$OPERATOR" "http://localhost:$PORT_B/api/v1/exports?provider=LDN" -o "$RESULTS/import-ldn-again.zip"
manifest "$RESULTS/import-ldn-again.zip" > "$RESULTS/import-ldn-2.manifest.csv"
if cmp -s "$RESULTS/import-ldn-1.manifest.csv" "$RESULTS/import-ldn-2.manifest.csv"; then
  echo "round trip: the export of the imported provider is the original's, same rows and checksums for all $(($(wc -l < "$RESULTS/import-ldn-1.manifest.csv") - 1)) files"
else
  echo "round trip: the exports differ:"; diff "$RESULTS/import-ldn-1.manifest.csv" "$RESULTS/import-ldn-2.manifest.csv" || true
fi
crns=$(python3 -c "
import csv, io, random, sys, zipfile
rows = list(csv.DictReader(io.TextIOWrapper(zipfile.ZipFile(sys.argv[1]).open('person.csv'), 'utf-8')))
random.seed(27); print(','.join(r['crn'].strip() for r in random.sample(rows, 20)))" "$RESULTS/import-ldn.zip")
python3 bench/compare_cases.py "http://localhost:$PORT_A" admin:demo "http://localhost:$PORT_B" "$OPERATOR" "$crns"
rm -f "$RESULTS"/import-ldn*.zip

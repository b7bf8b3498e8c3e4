#!/usr/bin/env bash
# Measures the export of the London demo provider (issue 27: under 60 s on two cores): starts the platform on a fresh
# data directory (embedded PostgreSQL, London demo), streams GET /api/v1/exports?provider=LDN twice, and reports the
# time, the size, the rows of the largest files and whether the two exports' manifests (rows and SHA-256 of every
# file) are identical. Usage: bash bench/export.sh   (builds the jar, uses bench/data-export and port 18081)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18081}
DATA=bench/data-export
RESULTS=bench/results
mkdir -p "$RESULTS"

./mvnw -q -B -ntp -Dmaven.test.skip=true package
JAR=$(ls target/openprobation-*.jar | head -1)

rm -rf "$DATA"
OPENPROBATION_DATA_DIR=$DATA SERVER_PORT=$PORT java -Xmx2g -jar "$JAR" > "$RESULTS/export-platform.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 1800); do
  if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then break; fi
  sleep 0.2
done

for run in 1 2; do
  t0=$(date +%s%N)
  curl -sf -u admin:demo "http://localhost:$PORT/api/v1/exports?provider=LDN" -o "$RESULTS/export-ldn-$run.zip"
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "export $run: ${ms} ms, $(stat -c %s "$RESULTS/export-ldn-$run.zip") bytes"
  python3 -c "import zipfile,sys; open(sys.argv[2],'wb').write(zipfile.ZipFile(sys.argv[1]).read('manifest.csv'))" \
    "$RESULTS/export-ldn-$run.zip" "$RESULTS/export-ldn-$run.manifest.csv"
done
echo "largest files (rows):"
sort -t, -k2 -rn "$RESULTS/export-ldn-1.manifest.csv" | head -6 | cut -d, -f1,2
if cmp -s "$RESULTS/export-ldn-1.manifest.csv" "$RESULTS/export-ldn-2.manifest.csv"; then
  echo "the two exports' manifests are identical: same rows and checksums for all $(($(wc -l < "$RESULTS/export-ldn-1.manifest.csv") - 1)) files"
else
  echo "the two exports differ:"; diff "$RESULTS/export-ldn-1.manifest.csv" "$RESULTS/export-ldn-2.manifest.csv" || true
fi
rm -f "$RESULTS"/export-ldn-*.zip

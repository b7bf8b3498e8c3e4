#!/usr/bin/env bash
# The demo generator's rate beside a raw PostgreSQL COPY of the same rows: dumps the data that
# bench/load.sh generated (bench/load-data-<dataset>, the app stopped) table by table with binary COPY,
# restores it into a fresh embedded PostgreSQL (binary COPY into the migrated schema, one transaction),
# and prints generation time / COPY time (the ratio is the figure).
# Usage: bash bench/copy-ratio.sh [london|national]
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=${1:-london}
DATA=bench/load-data-$DATASET
DUMP=bench/results/copy-$DATASET/dump
RESTORED=bench/results/copy-$DATASET/restored
LOGS=bench/results/copy-$DATASET
[ -d "$DATA/postgres" ] || { echo "No $DATASET data in $DATA: run bash bench/load.sh $DATASET first"; exit 1; }
if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -ntp -Dmaven.test.skip=true package
  JAR=$(ls target/openprobation-*.jar | head -1)
fi
GENERATION_MS=$(grep -ho "people generated in [0-9]* ms" "$DATA"/logs/openprobation*.log 2>/dev/null | tail -1 | grep -o "[0-9]* ms" | grep -o "[0-9]*")
PEOPLE=$(grep -ho "Demo data: [0-9,]* people generated" "$DATA"/logs/openprobation*.log | tail -1 | grep -o "[0-9,]*" | head -1)
rm -rf "$DUMP" "$RESTORED"; mkdir -p "$LOGS"
OPENPROBATION_DATA_DIR=$DATA SERVER_PORT=0 java -Xmx2g -jar "$JAR" --openprobation.backup.dump-to="$DUMP" > "$LOGS/dump.log" 2>&1
grep -o "Backup: .*" "$LOGS/dump.log"
OPENPROBATION_DATA_DIR=$RESTORED OPENPROBATION_DEMO_GENERATE=never SERVER_PORT=0 java -Xmx2g -jar "$JAR" \
  --openprobation.backup.restore-from="$DUMP" > "$LOGS/restore.log" 2>&1
RESTORE=$(grep -o "Restore: .*" "$LOGS/restore.log")
echo "$RESTORE"
COPY_MS=$(echo "$RESTORE" | grep -o "in [0-9]* ms" | grep -o "[0-9]*")
ROWS=$(echo "$RESTORE" | grep -o "[0-9]* rows restored" | grep -o "[0-9]*")
awk -v g="$GENERATION_MS" -v c="$COPY_MS" -v r="$ROWS" -v p="$PEOPLE" 'BEGIN {
  printf "Generation of %s people (%d rows): %.1f s, %.0f rows a second\n", p, r, g / 1000, r * 1000 / g;
  printf "Raw binary COPY of the same rows:  %.1f s, %.0f rows a second\n", c / 1000, r * 1000 / c;
  printf "Ratio generation / COPY: %.2f\n", g / c }'
rm -rf "$DUMP" "$RESTORED"

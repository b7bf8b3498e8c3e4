# Sourced, not run: what bench/load.sh, bench/explain.sh and bench/statements.sh share. They run OpenProbation on the
# load test's data (bench/load-data-<dataset>, kept between runs) and drive it with the Gatling journeys.
# Expects DATASET (london or national); sets DATA, PORT (18090 london, 18091 national, or BENCH_PORT), HEAP, OFFICERS.
DATA=bench/load-data-$DATASET
if [ "$DATASET" = national ]; then PORT=${BENCH_PORT:-18091}; HEAP=4g; else PORT=${BENCH_PORT:-18090}; HEAP=2g; fi
OFFICERS=${OFFICERS:-200}
PID=

# The platform's jar: JAR if given, otherwise built now without the tests.
platform_jar() {
  if [ -z "${JAR:-}" ]; then
    ./mvnw -q -B -ntp -Dmaven.test.skip=true package
    JAR=$(ls target/openprobation-*.jar | head -1)
  fi
}

# start_platform LOG: starts the platform in the background (its pid in PID), generating the dataset first when
# DATA has none (the national data takes about 13 minutes), and waits until it answers its health check.
start_platform() {
  OPENPROBATION_DATA_DIR=$DATA OPENPROBATION_DEMO_SIZE=$DATASET SERVER_PORT=$PORT java -Xmx$HEAP -jar "$JAR" \
    >> "$1" 2>&1 &
  PID=$!
  for _ in $(seq 1 9000); do
    if curl -sf "http://localhost:$PORT/actuator/health" > /dev/null 2>&1; then return; fi
    kill -0 "$PID" 2>/dev/null || { echo "OpenProbation stopped; see $1"; exit 1; }
    sleep 0.2
  done
  echo "OpenProbation did not answer within 30 minutes; see $1"; exit 1
}

stop_platform() { kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; }

# psql on the platform's embedded PostgreSQL (its port is line 4 of postmaster.pid), ignoring a user's .psqlrc.
bench_psql() {
  psql -q -X -h localhost -p "$(sed -n 4p "$DATA/postgres/postmaster.pid")" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 "$@"
}

# journeys USERS MINUTES LOG: the Gatling load test's journeys against the running platform.
journeys() {
  ./mvnw -q -B -ntp -f bench/gatling/pom.xml test-compile gatling:test -DbaseUrl="http://localhost:$PORT" \
    -Dusers="$1" -Dminutes="$2" -Dofficers="$OFFICERS" > "$3" 2>&1 || true
}

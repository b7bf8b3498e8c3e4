#!/usr/bin/env bash
# The load test: Gatling (bench/gatling, Java DSL) against the London or the national demo data,
# at each number of concurrent users in turn, then a summary of every run (bench/LoadSummary.java).
# Usage: bash bench/load.sh [london|national]
#   USERS="50 100 200" (concurrent users, one run each)  MINUTES=10 (per run)
#   WARMUP_MINUTES=0: first a load of the first USERS for so many minutes, not reported, so that
#   every reported run finds the platform compiled and its caches and figures warm
#   FRESH=1 regenerates the data (kept in bench/load-data-<dataset> between runs: the national
#   generation takes about 13 minutes). Port 18090 (london) or 18091 (national), or BENCH_PORT.
#   The start-up, psql and the journeys are bench/platform.sh's.
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=${1:-london}
USERS=${USERS:-"50 100 200"}
MINUTES=${MINUTES:-10}
source bench/platform.sh
RESULTS=bench/results/load-$DATASET
mkdir -p "$RESULTS"
platform_jar
[ "${FRESH:-0}" = 1 ] && rm -rf "$DATA"

: > "$RESULTS/app.log"
trap stop_platform EXIT
echo "Starting OpenProbation with the $DATASET data on port $PORT (generating it first if needed)..."
start_platform "$RESULTS/app.log"

# One sign-in per responsible officer for the practitioners' journeys (load-officer-1..N), spread over
# the whole dataset, with the demo password; made once, kept with the data.
bench_psql -v officers="$OFFICERS" <<'SQL'
insert into access.app_user (username, password_hash, display_name, staff_id)
select 'load-officer-' || row_number() over (order by md5(st.id::text)), u.password_hash,
       'Load test: ' || st.forename || ' ' || st.surname, st.id
from organisation.staff st cross join (select password_hash from access.app_user where username = 'practitioner') u
where st.grade in ('PROBATION_OFFICER', 'PROBATION_SERVICES_OFFICER')
  and exists (select 1 from people.responsible_officer ro where ro.staff_id = st.id and ro.to_date is null)
  and not exists (select 1 from access.app_user a where a.staff_id = st.id)
order by md5(st.id::text)
limit greatest(0, :officers - (select count(*) from access.app_user where username like 'load-officer-%'))
on conflict (username) do nothing;
insert into access.user_role (user_id, role)
select id, 'PRACTITIONER' from access.app_user where username like 'load-officer-%'
on conflict do nothing;
SQL

# CPU seconds used so far by the platform's JVM and by every PostgreSQL process of its data (the
# postmaster and its backends): read before and after each run, so each run reports CPU per request.
TICKS=$(getconf CLK_TCK)
cpu_seconds() {
  local pids=$1 total=0 v
  for p in $pids; do
    v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + ${v:-0}))
  done
  awk -v t="$total" -v hz="$TICKS" 'BEGIN { printf "%.1f", t / hz }'
}
# PostgreSQL's: the postmaster, its live backends and (cutime, cstime) the backends that have ended, which the
# postmaster reaps. Backends end during a run (the pool replaces each connection after 30 minutes, a parallel worker
# ends with its query), and without the reaped ones their CPU left the sum with them: the 100- and 200-user runs of a
# 50-100-200 series once reported a fifth of PostgreSQL's CPU per request.
postgres_cpu_seconds() {
  local postmaster total v
  postmaster=$(sed -n 1p "$DATA/postgres/postmaster.pid")
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$postmaster/stat" 2>/dev/null || echo 0)
  for p in $(pgrep -P "$postmaster"); do
    v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + ${v:-0}))
  done
  awk -v t="$total" -v hz="$TICKS" 'BEGIN { printf "%.1f", t / hz }'
}

# Every run (and the warm-up) starts from the same diaries: the appointments the load officers booked in earlier runs
# are removed and the outcomes they recorded are undone. Without this, each run added about 5,000 bookings to the same
# officers' diaries, so later runs met more clashes (66% of bookings after a day of runs, 47% at first) and fewer
# appointments awaiting an outcome than earlier ones.
undo_earlier_runs() {
  bench_psql <<'SQL'
delete from contacts.contact where booked_by like 'load-officer-%';
update contacts.contact
set outcome = null, outcome_reason = null, outcome_evidence = null, outcome_recorded_by = null,
    outcome_recorded_at = null, version = version + 1
where outcome_recorded_by like 'load-officer-%';
vacuum (analyze) contacts.contact;
SQL
}

WARMUP_MINUTES=${WARMUP_MINUTES:-0}
if [ "$WARMUP_MINUTES" != 0 ]; then
  first=${USERS%% *}
  echo "Warm-up (not reported): $first concurrent users for $WARMUP_MINUTES minutes"
  undo_earlier_runs
  journeys "$first" "$WARMUP_MINUTES" "$RESULTS/gatling-warm-up.log"
fi

for users in $USERS; do
  echo "Load: $users concurrent users for $MINUTES minutes against the $DATASET data"
  undo_earlier_runs
  app_before=$(cpu_seconds $PID); pg_before=$(postgres_cpu_seconds)
  journeys "$users" "$MINUTES" "$RESULTS/gatling-$users.log"
  run=$(ls -td bench/gatling/target/gatling/supervisionload-* | head -1)
  app_after=$(cpu_seconds $PID); pg_after=$(postgres_cpu_seconds)
  rm -rf "$RESULTS/$users-users"; cp -r "$run" "$RESULTS/$users-users"
  # Maven and Gatling are processes of their own: these seconds are the platform's and PostgreSQL's alone
  awk -v a="$app_after" -v b="$app_before" -v c="$pg_after" -v d="$pg_before" \
    'BEGIN { printf "app %.1f postgres %.1f\n", a - b, c - d }' \
    > "$RESULTS/$users-users/cpu-seconds.txt"
done
java bench/LoadSummary.java bench/results

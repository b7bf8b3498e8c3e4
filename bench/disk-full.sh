#!/usr/bin/env bash
# Fault, on a real full disk: OpenProbation's database on a small file system (a tmpfs, so run it as root) that is then
# filled to the last byte. Writes that need a table or index to grow fail in the operating system (ENOSPC); the
# platform must answer them with its clear 503 (a page and application/problem+json), keep every write it confirmed,
# confirm none it did not keep, and carry on by itself once space is freed, with every index still matching its table.
# (The test suite's DatabaseReadOnlyTest raises PostgreSQL's disk_full error in a trigger instead: making a file
# system needs privileges a test cannot count on.)
# Usage: bash bench/disk-full.sh   PEOPLE=2000 (people in the small London data it generates)  TRIES=2000
# Port 18092 (or BENCH_PORT). Prints what it saw; exits 1 if any check fails. Leaves nothing mounted.
set -euo pipefail
cd "$(dirname "$0")/.."
DATASET=london
source bench/platform.sh
PORT=${BENCH_PORT:-18092}
TRIES=${TRIES:-2000}
RESULTS=bench/results/disk-full
mkdir -p "$RESULTS"
platform_jar

MNT=$(mktemp -d /tmp/openprobation-disk-full.XXXXXX)
mount -t tmpfs -o size="${DISK_SIZE:-3g}" openprobation-disk-full "$MNT" \
  || { echo "Could not mount a tmpfs on $MNT (this needs root)"; rmdir "$MNT"; exit 1; }
DATA=$MNT/data
COOKIES=$RESULTS/cookies.txt
cleanup() { stop_platform; umount "$MNT" 2>/dev/null || umount -l "$MNT"; rmdir "$MNT"; rm -f "$COOKIES"; }
trap cleanup EXIT
: > "$RESULTS/app.log"
echo "Generating a small London dataset (${PEOPLE:-2000} people) on a tmpfs at $MNT..."
OPENPROBATION_DEMO_LONDONPEOPLE=${PEOPLE:-2000} OPENPROBATION_DEMO_LONDONPRACTITIONERS=40 \
  OPENPROBATION_DEMO_BATCHSIZE=500 start_platform "$RESULTS/app.log"

FAILED=0
check() { if eval "$2"; then echo "  ok: $1"; else echo "  FAILED: $1"; FAILED=1; fi; }
BASE=http://localhost:$PORT
CRN=$(bench_psql -At -c "
  select p.crn from people.person p
  join people.responsible_officer ro on ro.person_id = p.id and ro.to_date is null
  join access.app_user u on u.staff_id = ro.staff_id and u.username = 'practitioner'
  where not p.restricted order by p.crn limit 1")
contacts() { bench_psql -At -c "select count(*) from contacts.contact where purpose = 'Disk full check'"; }

# the practitioner signs in to the pages while there is still room for the session
csrf=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4)
curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=practitioner" \
  --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" "$BASE/login"
page() { curl -s -o "$RESULTS/page.html" -w '%{http_code}' -b "$COOKIES" -c "$COOKIES" "$BASE/cases/$CRN"; }
check "the practitioner's case $CRN opens before the disk is full" '[ "$(page)" = 200 ]'

# Bookings are made through the API (HTTP Basic), each at its own time, so each is a new row.
book() {
  local n=$1 month day hour minute start end
  month=$(( 1 + n / (28 * 24) % 12 )); day=$(( 1 + n / 24 % 28 )); hour=$(( 8 + n % 24 / 3 )); minute=$(( n % 3 * 20 ))
  printf -v start '2027-%02d-%02dT%02d:%02d:00' "$month" "$day" "$hour" "$minute"
  printf -v end '2027-%02d-%02dT%02d:%02d:00' "$month" "$day" "$hour" $(( minute + 15 ))
  curl -s -o "$RESULTS/answer.json" -D "$RESULTS/answer.headers" -w '%{http_code}' -u practitioner:demo \
    -H 'Content-Type: application/json' -X POST "$BASE/api/v1/people/$CRN/appointments" \
    -d "{\"type\": \"TELEPHONE\", \"start\": \"$start\", \"end\": \"$end\", \"purpose\": \"Disk full check\",
         \"overrideReason\": \"Disk full check: any clash is expected\"}"
}
check "a booking is saved before the disk is full" '[ "$(book 0)" = 201 ]'

# The WAL is written into segments PostgreSQL recycles, so a full disk meets the tables and indexes first (a WAL
# segment that cannot be created stops PostgreSQL altogether: a different fault, not this one).
bench_psql -c "checkpoint" -c "select pg_switch_wal()" > /dev/null
echo "Filling the file system to the last byte..."
dd if=/dev/zero of="$MNT/filler" bs=1M status=none 2>/dev/null || true
dd if=/dev/zero of="$MNT/filler-tail" bs=4k status=none 2>/dev/null || true
df -h "$MNT" | tail -1

confirmed=1; refused=0; other=0; tries=0
for n in $(seq 1 "$TRIES"); do
  tries=$n
  code=$(book "$n")
  case $code in
    201) confirmed=$((confirmed + 1)) ;;
    503) refused=1; cp "$RESULTS/answer.json" "$RESULTS/refused.json"; cp "$RESULTS/answer.headers" "$RESULTS/refused.headers"; break ;;
    *) other=$((other + 1)); echo "  booking $n answered $code: $(head -c 300 "$RESULTS/answer.json")" ;;
  esac
done
echo "Bookings on the full disk: $((confirmed - 1)) saved in the pages' free space, then refused at try $tries"
check "a booking is refused with 503 once a table must grow" '[ "$refused" = 1 ]'
check "nothing else than 201 or 503 was answered" '[ "$other" = 0 ]'
if [ "$refused" = 1 ]; then
  check "the refusal is application/problem+json" 'grep -qi "^content-type: application/problem+json" "$RESULTS/refused.headers"'
  check "the refusal says the database ran out of space" 'grep -q "run out of space" "$RESULTS/refused.json"'
  check "the refusal asks to retry later" 'grep -qi "^retry-after: 10" "$RESULTS/refused.headers"'
  check "the refusal shows no stack trace" '! grep -qi "exception\|at org\." "$RESULTS/refused.json"'
  check "the operators' log has an error saying so" 'grep -q "Database out of space" "$RESULTS/app.log"'
fi
check "every booking confirmed is saved, and none that was refused ($(contacts) of $confirmed)" '[ "$(contacts)" = "$confirmed" ]'
pages=0; page_code=200
while [ "$pages" -lt 200 ] && [ "$page_code" = 200 ]; do page_code=$(page); pages=$((pages + 1)); done
echo "Case page on the full disk: $((pages - 1)) views answered 200 (each is audited), then $page_code"
if [ "$page_code" = 503 ]; then
  check "the case page's refusal is the plain 503 page saying so" 'grep -q "run out of space" "$RESULTS/page.html" && ! grep -qi "exception" "$RESULTS/page.html"'
else
  check "the case page answers 200 or 503 only" '[ "$page_code" = 200 ]'
fi

echo "Freeing the space..."
rm -f "$MNT/filler" "$MNT/filler-tail"
df -h "$MNT" | tail -1
check "the case page opens again, without a restart" '[ "$(page)" = 200 ]'
check "a booking is saved again" '[ "$(book $((TRIES + 1)))" = 201 ]'
check "the bookings now number $((confirmed + 1))" '[ "$(contacts)" = "$((confirmed + 1))" ]'
# amcheck: every B-tree index of the tables the full disk refused is consistent and holds every row of its table
bench_psql -c "create extension if not exists amcheck" > /dev/null
broken=$(bench_psql -At -c "
  select count(*) from (
    select bt_index_check(c.oid, true) from pg_index i join pg_class c on c.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace join pg_am a on a.oid = c.relam
    where a.amname = 'btree' and n.nspname in ('contacts', 'access')) checked" 2>&1 | grep -v '^[0-9]*$' || true)
check "every index of the contacts and access tables matches its table (amcheck)" '[ -z "$broken" ]'
[ -z "$broken" ] || echo "$broken"
[ "$FAILED" = 0 ] && echo "Every check passed." || { echo "Some checks failed; see $RESULTS/app.log"; exit 1; }

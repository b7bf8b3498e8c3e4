#!/usr/bin/env bash
# The shape of the code (issue 25's measures): the five largest files, the share of code in domain/, the lines in
# shell, the string comparisons of workflow states left in Java and templates, and the controller parameters that
# are not bound to records. Usage: bash bench/architecture.sh [tree]  (default: this checkout)
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"
J=src/main/java/org/openprobation
echo "five largest files:"; find $J -name '*.java' | xargs wc -l | grep -v total | sort -rn | head -5 | sed "s#$J/##"
total=$(find $J -name '*.java' | xargs cat | wc -l)
domain=$(find $J -path '*/domain/*.java' | xargs cat | wc -l)
shell=$(find $J/shell -name '*.java' | xargs cat | wc -l)
shellt=$(find src/main/resources/templates/shell -name '*.html' | xargs cat | wc -l)
echo "main java lines: $total; in domain/: $domain ($(awk -v d=$domain -v t=$total 'BEGIN{printf "%.1f", 100*d/t}')%); shell java: $shell; shell templates: $shellt"
all=$(grep -rnoE "(equals\(\"[A-Z_]{4,}\"\)|\"[A-Z_]{4,}\"\.equals|== '[A-Z_]{4,}'|!= '[A-Z_]{4,}'|case \"[A-Z_]{4,}\")" $J src/main/resources/templates | grep -v "/demo/" | wc -l || true)
wf=$(grep -rnoE "(equals\(\"[A-Z_]{4,}\"\)|\"[A-Z_]{4,}\"\.equals|== '[A-Z_]{4,}'|!= '[A-Z_]{4,}'|case \"[A-Z_]{4,}\")" $J src/main/resources/templates | grep -v "/demo/" | grep -E "ISSUED|PROPOSED|COUNTERSIGNED|SUBMITTED|RETURNED|DECIDED|WARNING|BREACH|RECALL|ATTENDED|ACCEPTABLE_ABSENCE|UNACCEPTABLE_ABSENCE|STOOD_DOWN|ACCEPTED|REJECTED|ESCALATION|ALLOCATION|SENT|STARTED|COMPLETED|WITHDRAWN" | wc -l || true)
echo "string comparisons with upper-case constants (Java + templates, not demo): $all; of workflow states and kinds: $wf"
echo "controller parameters MultiValueMap: $(grep -rn 'MultiValueMap<String, String> ' $J --include=*.java | grep -v shared/ | wc -l || true); JsonNode bodies: $(grep -rn 'JsonNode body' $J --include=*.java | wc -l || true)"
echo "SQL naming another module's schema: ModuleSqlTests (./mvnw test -Dtest=ModuleSqlTests) fails on any"

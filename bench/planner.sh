#!/usr/bin/env bash
# Unpaid work planner: hours delivered against the first-come baseline, then JMH time for a week of 3,000 people.
# Usage: bash bench/planner.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
CP=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$CP" org.openprobation.unpaidwork.PlannerBenchmark
java -cp "target/test-classes:target/classes:$CP" org.openjdk.jmh.Main PlannerBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s

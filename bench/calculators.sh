#!/usr/bin/env bash
# JMH throughput of the OGRS3 and tier calculators' domain code.
# Usage: bash bench/calculators.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
CP=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$CP" org.openjdk.jmh.Main CalculatorBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s

#!/usr/bin/env bash
# JMH time of one password check with the platform's encoder (BCrypt, strength 10): the part of a
# sign-in that is slow by design (docs/adr/0014-sign-in-keeps-its-password-cost.md).
# Usage: bash bench/password.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -DskipTests test-compile
CP=$(./mvnw -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -cp "target/test-classes:target/classes:$CP" org.openjdk.jmh.Main PasswordCheckBenchmark -f 1 -wi 3 -w 2s -i 5 -r 3s

#!/bin/bash
# Times the things-to-do list of a running OpenProbation: bash bench/tasks.sh http://localhost:8080 manager /tasks 20
# (signs in as the user with the demo password, then reports the median, 90th percentile and slowest of N requests)
B=$1; U=$2; P=$3; N=${4:-20}
J=$(mktemp)
T=$(curl -s -c $J -b $J $B/login | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -c $J -b $J -o /dev/null -d "username=$U&password=demo&_csrf=$T" $B/login
curl -s -c $J -b $J -o /dev/null $B$P
for i in $(seq $N); do curl -s -b $J -o /dev/null -w '%{time_total}\n' "$B$P"; done | sort -n | awk '{a[NR]=$1} END {printf "median %.0f ms, p90 %.0f ms, max %.0f ms\n", a[int(NR/2)+1]*1000, a[int(NR*0.9)]*1000, a[NR]*1000}'
curl -s -b $J "$B$P" | grep -o '<caption[^>]*>[^<]*' | head -2 | sed 's/<caption[^>]*>//'

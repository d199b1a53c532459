#!/usr/bin/env bash
# Start-up to ready and JVM RSS of two variants measured in turns (A, B, A, B...), so a change in the machine's
# load during the run hits both alike; prints every run and the median and range of each variant.
# Usage: bench/density-compare.sh <rounds> "<label>|<quarkus-app dir>|<java>|<JVM options>" "<label>|..."
# e.g. bench/density-compare.sh 8 "base|$A|java|" "appcds|$A|java|-XX:SharedArchiveFile=$A/app-cds.jsa"
# Each start has an existing data directory (embedded PostgreSQL, schema migrated); RSS is read 2 s after ready.
set -euo pipefail
rounds=$1; shift
data=${BENCH_DATA:-target/bench-compare-data}
port=${BENCH_PORT:-18084}

start() {  # dir, java, options
  local dir=$1 java=$2; shift 2
  # shellcheck disable=SC2086
  "$java" $* -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
    -jar "$dir/quarkus-run.jar" > target/bench-compare.log 2>&1 &
  echo $!
}
measure() {  # label|dir|java|options; prints label,ready_ms,rss_mb
  IFS='|' read -r label dir java options <<< "$1"
  local t0 t1 pid
  t0=$(date +%s%N); pid=$(start "$dir" "$java" $options)
  for _ in $(seq 1 2400); do curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready && break; sleep 0.05; done
  t1=$(date +%s%N)
  sleep 2
  echo "$label,$(( (t1 - t0) / 1000000 )),$(ps -o rss= -p "$pid" | awk '{print int($1/1024)}'),$(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if grep -qi "unable to use shared archive\|not the one used\|AOT cache.*not\|error.*shared archive" target/bench-compare.log; then
    echo "warning: $label did not use its cache: $(grep -i -m1 'shared archive\|AOT cache' target/bench-compare.log)" >&2
  fi
}

rm -rf "$data"
for variant in "$@"; do measure "$variant" > /dev/null; done   # first starts (schema, caches warm): not counted
echo "variant,ready_ms,jvm_rss_mb,load1"
results=$(for _ in $(seq 1 "$rounds"); do for variant in "$@"; do measure "$variant"; done; done | tee /dev/stderr)
echo "$results"
echo "variant,runs,ready_median_ms,ready_min_ms,ready_max_ms,rss_median_mb,rss_min_mb,rss_max_mb"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)}'; }
range() { sort -n | awk 'NR == 1 {min = $1} {max = $1} END {print min "," max}'; }
for variant in "$@"; do
  label=${variant%%|*}
  ready=$(echo "$results" | awk -F, -v l="$label" '$1 == l {print $2}')
  rss=$(echo "$results" | awk -F, -v l="$label" '$1 == l {print $3}')
  echo "$label,$(echo "$ready" | wc -l),$(echo "$ready" | median),$(echo "$ready" | range),$(echo "$rss" | median),$(echo "$rss" | range)"
done

#!/usr/bin/env bash
# Start-up to ready and resident memory of one packaged build, to compare the JVM's density levers (AppCDS, the
# JDK 25 AOT cache). Usage: bench/density.sh <quarkus-app dir> <java binary> <runs> [extra JVM options...]
# e.g. bench/density.sh target/quarkus-app java 5
#      bench/density.sh target/quarkus-app java 5 -XX:SharedArchiveFile=target/quarkus-app/app-cds.jsa
# Caches are written by bench/train.sh (a training run); bench/density-compare.sh measures two variants in turns.
# e.g. bench/density.sh <aot-jar dir> <JDK 25 java> 7 -XX:AOTCache=<dir>/app.aot
# The embedded PostgreSQL runs beside it (its RSS is reported apart).
set -euo pipefail
app=$1; java=$2; runs=$3; shift 3
data=${BENCH_DATA:-target/bench-density-data}
port=${BENCH_PORT:-18081}

start() {
  "$java" "$@" -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
    -jar "$app/quarkus-run.jar" > target/bench-density.log 2>&1 &
  echo $!
}
wait_ready() {
  for _ in $(seq 1 2400); do
    curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready && return 0
    sleep 0.05
  done
  echo "not ready after 120 s" >&2; return 1
}

# first start creates the data directory and the schema; it is not measured
pid=$(start "$@"); wait_ready; kill $pid; wait $pid 2>/dev/null || true

echo "run,ready_ms,jvm_rss_mb"
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N); pid=$(start "$@"); wait_ready; t1=$(date +%s%N)
  sleep 2
  jvm=$(ps -o rss= -p "$pid" | awk '{print int($1/1024)}')
  echo "$i,$(( (t1 - t0) / 1000000 )),$jvm"
  kill $pid; wait $pid 2>/dev/null || true
done

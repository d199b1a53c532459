#!/usr/bin/env bash
# Start-up time to ready (GET /q/health/ready answers 200) with an existing data directory, and resident
# memory of the JVM and of the embedded PostgreSQL after start. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data=target/bench-data
port=18080
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

start() {
  java -Dquarkus.http.port=$port -Dvlos.data-dir=$data -jar target/quarkus-app/quarkus-run.jar > target/bench-run.log 2>&1 &
  echo $!
}
wait_ready() {
  until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do sleep 0.05; done
}

# first start creates the data directory, the schema and the demo tenant; it is not measured
rm -rf $data; pid=$(start); wait_ready; kill $pid; wait $pid 2>/dev/null || true

echo "run,ready_ms,jvm_rss_mb,postgres_rss_mb"
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N); pid=$(start); wait_ready; t1=$(date +%s%N)
  sleep 2
  jvm=$(ps -o rss= -p "$pid" | awk '{print int($1/1024)}')
  pg=$(ps -eo rss,comm | awk '$2 ~ /^postgres/ {s+=$1} END {print int(s/1024)}')
  echo "$i,$(( (t1 - t0) / 1000000 )),$jvm,$pg"
  kill $pid; wait $pid 2>/dev/null || true
done

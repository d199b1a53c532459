#!/usr/bin/env bash
# Cost per request of Micrometer's HTTP timings and OpenTelemetry tracing: the same authenticated read
# (GET /api/v1/tenant: JWT check, one tenant query) against two builds, alternating A/B/A/B so drift on a shared
# machine hits both alike. Needs `hey` (apt-get install hey).
# Usage: bench/metrics-overhead.sh <quarkus-app dir, metrics and tracing on> <quarkus-app dir, off> [rounds] [requests] [concurrency]
# The "off" build: ./mvnw package -DskipTests -Dquarkus.otel.enabled=false -Dquarkus.micrometer.binder.http-server.enabled=false
#   -Dquarkus.micrometer.binder.http-client.enabled=false -Dquarkus.micrometer.binder.vertx.enabled=false
# (all build-time properties; the product meters stay, they are not on the request path).
set -euo pipefail
on=$1; off=$2; rounds=${3:-3}; n=${4:-4000}; c=${5:-20}
port=${BENCH_PORT:-18083}

run() {  # $1 = label, $2 = quarkus-app dir
  local data=target/bench-metrics-$1
  rm -rf "$data"
  java -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.rate-limit.enabled=false \
    -jar "$2/quarkus-run.jar" > target/bench-metrics-$1.log 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready; do sleep 0.1; done
  local pw; pw=$(grep -o 'password: [^ ]*' target/bench-metrics-$1.log | head -1 | awk '{print $2}')
  local token; token=$(curl -s http://127.0.0.1:$port/api/v1/auth/login -H 'content-type: application/json' \
    -d "{\"email\":\"owner@glow-salon.demo\",\"password\":\"$pw\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  hey -n 2000 -c "$c" -H "Authorization: Bearer $token" http://127.0.0.1:$port/api/v1/tenant > /dev/null  # warm-up
  local out; out=$(hey -n "$n" -c "$c" -H "Authorization: Bearer $token" http://127.0.0.1:$port/api/v1/tenant)
  local rps; rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  local p50; p50=$(echo "$out" | awk '/ 50% in/ {print $3 * 1000}')
  local p99; p99=$(echo "$out" | awk '/ 99% in/ {print $3 * 1000}')
  local ok; ok=$(echo "$out" | awk '/\[200\]/ {print $2}')
  echo "$1,$round,$rps,$p50,$p99,$ok,$(cut -d' ' -f1 /proc/loadavg)"
  kill $pid; wait $pid 2>/dev/null || true
}

echo "build,round,requests_per_s,p50_ms,p99_ms,ok_200,load1"
for round in $(seq 1 "$rounds"); do
  run on "$on"
  run off "$off"
done

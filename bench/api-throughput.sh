#!/usr/bin/env bash
# Throughput and latency of an authenticated read (GET /api/v1/tenant) with the PostgreSQL-backed hourly
# rate limiter on and off, so its cost per request is visible. Needs `hey` (apt-get install hey).
# Usage: bench/api-throughput.sh [requests] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}; c=${2:-20}; port=18081; data=target/bench-throughput
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q package -DskipTests

run() {  # $1 = rate limiter enabled (true/false)
  rm -rf $data
  java -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.rate-limit.enabled=$1 \
    -jar target/quarkus-app/quarkus-run.jar > target/bench-throughput.log 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do sleep 0.1; done
  local pw; pw=$(grep -o 'password: [^ ]*' target/bench-throughput.log | awk '{print $2}')
  local token; token=$(curl -s http://localhost:$port/api/v1/auth/login -H 'content-type: application/json' \
    -d "{\"email\":\"owner@glow-salon.demo\",\"password\":\"$pw\"}" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
  hey -n 500 -c "$c" -H "Authorization: Bearer $token" http://localhost:$port/api/v1/tenant > /dev/null  # warm-up
  echo "== rate limiter enabled=$1, $n requests, concurrency $c"
  hey -n "$n" -c "$c" -H "Authorization: Bearer $token" http://localhost:$port/api/v1/tenant \
    | grep -E 'Requests/sec|Average|50%|95%|99%|\[200\]|\[429\]'
  kill $pid; wait $pid 2>/dev/null || true
}
run false
run true

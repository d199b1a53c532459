#!/usr/bin/env bash
# Dashboard reads at a fixed arrival rate over a year of data (issue 20): starts the packaged service (embedded
# PostgreSQL, fresh data directory), signs up one tenant through the API, clones it into N tenants and seeds each with
# a year of ledger, deliveries, sales and daily plans in SQL (bench/DashboardBench.java), then sends
# GET /businesses/{id}/metrics, GET /businesses/{id}/daily-plan and GET /api/v1/home at R requests/s, each for a
# random tenant. The hourly API rate limiter is off (its cost per request is measured in docs/benchmarks.md).
# Usage: [JAVA_OPTS=...] [APP=target/quarkus-app] bench/dashboard.sh [seconds per phase, default 30] [tenants, default 1000] [requests/s, default 1000]
# KEEP=1 reuses the data directory and its seeded data (e.g. the same data before and after a change; Flyway migrates it on start).
# A JFR profile: JAVA_OPTS="-Xmx512m -XX:StartFlightRecording=filename=target/bench/dashboard.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}; tenants=${2:-1000}; rate=${3:-1000}
port=${PORT:-18093}; data=${DATA:-target/bench-dashboard}; app=${APP:-target/quarkus-app}
[ -f $app/quarkus-run.jar ] || ./mvnw -q package -DskipTests -Dskip.ui=true
[ -n "${KEEP:-}" ] || rm -rf $data; mkdir -p target/bench
java ${JAVA_OPTS--Xmx512m} -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -Dvlos.rate-limit.enabled=false -jar $app/quarkus-run.jar > target/bench-dashboard.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do
  kill -0 $pid 2>/dev/null || { tail -50 target/bench-dashboard.log; exit 1; }
  sleep 0.2
done
rm -rf target/bench-classes-dashboard && javac -nowarn -d target/bench-classes-dashboard -cp "$app/lib/main/*" bench/BenchService.java bench/DashboardBench.java
java -Xmx512m -cp "target/bench-classes-dashboard:$app/lib/main/*" DashboardBench http://localhost:$port $pid $data "$seconds" "$tenants" "$rate" \
  | tee target/bench/dashboard.md
echo "service RSS: $(grep VmRSS /proc/$pid/status)"

#!/usr/bin/env bash
# Predictions of a deployed forecast through the API of the packaged service (issue 18: >= 10,000 a minute with p99
# < 20 ms on 2 cores). Starts the packaged service (embedded PostgreSQL, fresh data directory), then
# bench/PredictionLoadBench.java trains and deploys a revenue forecast through the API and drives one client, then an
# open load at the given rate and at twice it.
# Usage: [JAVA_OPTS=-Xmx256m] [APP=target/quarkus-app] bench/predictions.sh [per minute, default 10000] [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-10000}; seconds=${2:-30}
port=${PORT:-18093}; data=target/bench-predictions; app=${APP:-target/quarkus-app}
[ -f $app/quarkus-run.jar ] || ./mvnw -q package -DskipTests -Dskip.ui=true
rm -rf $data
java ${JAVA_OPTS--Xmx256m} -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -jar $app/quarkus-run.jar > target/bench-predictions.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do
  kill -0 $pid 2>/dev/null || { tail -50 target/bench-predictions.log; exit 1; }
  sleep 0.2
done
mkdir -p target/bench
rm -rf target/bench-classes-predictions && javac -nowarn -d target/bench-classes-predictions -cp "$app/lib/main/*" \
  bench/BenchService.java bench/PredictionLoadBench.java
java -cp "target/bench-classes-predictions:$app/lib/main/*" PredictionLoadBench http://localhost:$port $pid $data "$rate" "$seconds" \
  | tee target/bench/predictions.md

#!/usr/bin/env bash
# The channel gateway's fan-out (issue 20): POST /api/v1/actions with three signed-webhook actions to a local stub
# answering after 100 ms, each a durable delivery row. Starts the packaged service (embedded PostgreSQL, fresh data
# directory), then bench/ActionsFanoutBench.java drives 1, 50 and 200 clients with one tenant and 50 clients over
# 10, 50 and 100 tenants, 200 over 100.
# Usage: [JAVA_OPTS=-Xmx256m] [APP=target/quarkus-app] bench/actions-fanout.sh [seconds per phase, default 20] [extra -D settings...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}; shift || true
port=${PORT:-18092}; data=target/bench-fanout; app=${APP:-target/quarkus-app}
[ -f $app/quarkus-run.jar ] || ./mvnw -q package -DskipTests -Dskip.ui=true
rm -rf $data
# the stub listens on localhost: allow private addresses (an operator setting); the API's hourly rate limit is off so
# the benchmark measures the gateway, not the limiter
java ${JAVA_OPTS--Xmx256m} -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -Dvlos.channels.allow-private-addresses=true -Dvlos.rate-limit.enabled=false "$@" \
  -jar $app/quarkus-run.jar > target/bench-fanout.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do
  kill -0 $pid 2>/dev/null || { tail -50 target/bench-fanout.log; exit 1; }
  sleep 0.2
done
mkdir -p target/bench
rm -rf target/bench-fanout-classes && javac -nowarn -d target/bench-fanout-classes -cp "$app/lib/main/*" bench/BenchService.java \
  bench/WorkflowWebhookBench.java bench/ActionsFanoutBench.java
java -Dsun.net.httpserver.nodelay=true -Dsun.net.httpserver.maxIdleConnections=2000 ${BENCH_OPTS:-} -cp "target/bench-fanout-classes:$app/lib/main/*" ActionsFanoutBench \
  http://localhost:$port $pid $data "$seconds" | tee target/bench/actions-fanout.md

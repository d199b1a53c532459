#!/usr/bin/env bash
# The workflow engine on the n8n comparison (issue 14): webhook trigger with a synchronous answer → parallel step of
# three external API steps to a local stub answering after 100 ms → answer with the three outputs; every execution
# and step run stored. Starts the packaged service (embedded PostgreSQL, fresh data directory), then
# bench/WorkflowWebhookBench.java drives 1, 50 and 200 clients with one tenant and 50 and 200 with 100 tenants.
# Usage: [JAVA_OPTS=-Xmx256m] [APP=target/quarkus-app] bench/workflow-webhook.sh [seconds per phase, default 20] [extra -D settings...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}; shift || true
port=${PORT:-18091}; data=target/bench-workflow; app=${APP:-target/quarkus-app}
[ -f $app/quarkus-run.jar ] || ./mvnw -q package -DskipTests -Dskip.ui=true
rm -rf $data
# the stub listens on localhost: allow private addresses (an operator setting); the webhook's hourly limit is raised
# so the benchmark measures the engine, not the limiter
java ${JAVA_OPTS--Xmx256m} -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -Dvlos.channels.allow-private-addresses=true -Dvlos.workflows.webhook-max-per-hour=100000000 \
  -Dvlos.rate-limit.enabled=false "$@" \
  -jar $app/quarkus-run.jar > target/bench-workflow.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do
  kill -0 $pid 2>/dev/null || { tail -50 target/bench-workflow.log; exit 1; }
  sleep 0.2
done
mkdir -p target/bench
rm -rf target/bench-classes && javac -nowarn -d target/bench-classes -cp "$app/lib/main/*" bench/BenchService.java bench/WorkflowWebhookBench.java
java -Dsun.net.httpserver.nodelay=true -Dsun.net.httpserver.maxIdleConnections=2000 ${BENCH_OPTS:-} -cp "target/bench-classes:$app/lib/main/*" WorkflowWebhookBench http://localhost:$port $pid $data "$seconds" \
  | tee target/bench/workflow-webhook.md

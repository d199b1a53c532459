#!/usr/bin/env bash
# The notification centre's WebSocket under many clients (issue 19): starts the packaged service (embedded
# PostgreSQL, fresh data directory), then bench/NotificationSocketBench.java opens the sockets and times deliveries.
# Usage: [JAVA_OPTS=-Xmx256m] [APP=target/quarkus-app] bench/notification-sockets.sh [sockets, default 5000]
#        [owners, default 50] [notifications/s, default 500] [seconds, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
sockets=${1:-5000}; tenants=${2:-50}; rate=${3:-500}; seconds=${4:-20}
port=${PORT:-18092}; data=target/bench-sockets; app=${APP:-target/quarkus-app}
[ -f $app/quarkus-run.jar ] || ./mvnw -q package -DskipTests -Dskip.ui=true
rm -rf $data
# the per-tenant hourly request limit is off and the sockets per person raised (100 per owner here) so the
# benchmark measures the sockets, not the limits
java ${JAVA_OPTS--Xmx256m} -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -Dvlos.rate-limit.enabled=false -Dvlos.notifications.max-sockets-per-person=100000 -jar $app/quarkus-run.jar \
  > target/bench-sockets.log 2>&1 8>&- 9>&- &
pid=$!
# the service never keeps /work/benchslot's locks (fds 8 and 9 closed above), and is stopped however this ends
stop() { kill $pid 2>/dev/null || true; for _ in $(seq 1 30); do kill -0 $pid 2>/dev/null || return 0; sleep 1; done; kill -9 $pid 2>/dev/null || true; }
trap stop EXIT
until curl -sf -o /dev/null http://localhost:$port/q/health/ready; do
  kill -0 $pid 2>/dev/null || { tail -50 target/bench-sockets.log; exit 1; }
  sleep 0.2
done
mkdir -p target/bench
rm -rf target/bench-classes-sockets && javac -nowarn -d target/bench-classes-sockets bench/BenchService.java bench/NotificationSocketBench.java
java -cp target/bench-classes-sockets NotificationSocketBench http://localhost:$port $pid $data "$sockets" "$tenants" "$rate" "$seconds" \
  | tee target/bench/notification-sockets.md

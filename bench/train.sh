#!/usr/bin/env bash
# A training run that writes a class cache for a packaged build: start with the given JVM option, wait until ready,
# make a few calls, stop with SIGTERM (the JVM writes the cache as it exits). The cache is only accepted by a JVM
# started with the same java, the same jar path (bench/density.sh uses <dir>/quarkus-run.jar) and the same jar
# files (a copy with new timestamps is refused: "A jar file is not the one used while building the shared archive").
# Usage: bench/train.sh <quarkus-app dir> <java> <option>
#   JDK 25 AOT cache (JEP 483/514), aot-jar build:  bench/train.sh <dir> <JDK 25 java> -XX:AOTCacheOutput=<dir>/app.aot
#     build: JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw package -DskipTests -Dquarkus.package.jar.type=aot-jar
#   AppCDS, JDK 17 (dynamic archive):               bench/train.sh <dir> java -XX:ArchiveClassesAtExit=<dir>/app-cds.jsa
# Quarkus's own ways (-Dquarkus.package.jar.appcds.enabled=true at build, or the AOT cache recorded during
# @QuarkusIntegrationTest runs) write the same kinds of files; the build-time AppCDS archive is bound to the
# build's own target/quarkus-app (see docs/benchmarks.md).
set -euo pipefail
app=$1; java=$2; option=$3
data=${BENCH_DATA:-target/bench-train-data}
port=${BENCH_PORT:-18082}
"$java" "$option" -Dquarkus.http.port=$port -Dvlos.data-dir=$data -Dvlos.demo.enabled=false \
  -jar "$app/quarkus-run.jar" > target/bench-train.log 2>&1 &
pid=$!
for _ in $(seq 1 2400); do
  curl -sf -o /dev/null http://127.0.0.1:$port/q/health/ready && break
  sleep 0.05
done
for path in /q/health/ready /q/health/live /q/metrics /api/v1/tenant /q/openapi; do
  for _ in 1 2 3; do curl -s -o /dev/null http://127.0.0.1:$port$path || true; done
done
curl -s -o /dev/null -H 'content-type: application/json' -d '{"email":"nobody@example.com","password":"wrong-password"}' \
  http://127.0.0.1:$port/api/v1/auth/login || true
kill -TERM $pid; wait $pid 2>/dev/null || true
tail -n 2 target/bench-train.log

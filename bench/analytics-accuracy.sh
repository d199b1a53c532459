#!/bin/sh
# Prints the accuracy figures of docs/analytics.md (synthetic generator, 20 seeds per method).
# Needs compiled classes: /work/mvnslot ./mvnw -Dskip.ui=true test-compile (or any test run) first.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -Dskip.ui=true dependency:build-classpath -Dmdep.outputFile=target/analytics-cp.txt
java -cp "target/classes:target/test-classes:$(cat target/analytics-cp.txt)" bench/AnalyticsAccuracy.java

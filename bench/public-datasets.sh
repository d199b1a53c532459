#!/bin/sh
# Accuracy of the analytics methods on public data (docs/analytics.md, Accuracy, "On public data").
# The Chicago series is in src/test/resources/datasets; the Telco churn set is taken from Debian's
# r-cran-modeldata package (MIT) into target/datasets, with R only to read its data files.
set -e
cd "$(dirname "$0")/.."
mkdir -p target/datasets
if [ ! -f target/datasets/wa_churn.csv ]; then
  command -v Rscript >/dev/null || { apt-get update && apt-get install -y --no-install-recommends r-base-core; }
  (cd target/datasets && rm -rf modeldata-deb && { apt-get download r-cran-modeldata || { apt-get update && apt-get download r-cran-modeldata; }; } && dpkg -x r-cran-modeldata_*.deb modeldata-deb)
  Rscript bench/datasets/modeldata-export.R target/datasets/modeldata-deb/usr/lib/R/site-library/modeldata target/datasets
  # the committed Chicago series must be the one the package holds
  cmp target/datasets/chicago-clark-lake.csv src/test/resources/datasets/chicago-clark-lake.csv
fi
./mvnw -q test -Pbench -Dskip.ui=true -Dtest=PublicDatasetBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/public-datasets.md

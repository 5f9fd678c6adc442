#!/usr/bin/env bash
# Issue 13's benchmark: builds this application and the bare Camunda baseline (bench/bare), starts each alone on a
# fresh PostgreSQL database with -Xmx512m, measures both, prints the table and appends it with the machine to
# docs/benchmarks.md. Run from anywhere; see docs/benchmarks.md, "Against the bare engine", for the settings:
#   BENCH_ACTIONS=1200 bench/run.sh
# PostgreSQL: BENCH_PG_HOST, BENCH_PG_PORT, BENCH_PG_USER (default 127.0.0.1, 5432, postgres; trust auth).
# BENCH_LAUNCH=cds starts both jars extracted with a class data sharing archive (docs/operations.md, "Start-up
# time"); the default, jar, is `java -jar`. BENCH_SKIP_BUILD=true reuses the jars already built. Maven runs offline
# first (-o), then online once if an artifact is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  mvn -o -q "$@" || mvn -q "$@"
}
if [ "${BENCH_SKIP_BUILD:-}" != "true" ]; then
  build package -DskipTests -Djacoco.skip=true
  build -f bench/bare/pom.xml package -DskipTests
fi
OURS=$(ls target/review-action-tracker-*.jar | grep -v original | head -1)
BARE=bench/bare/target/bare-camunda.jar
exec python3 bench/bench.py "$(realpath "$OURS")" "$(realpath "$BARE")" "$(pwd)"

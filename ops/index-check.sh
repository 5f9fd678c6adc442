#!/usr/bin/env bash
# Builds a throw-away PostgreSQL database as an installation has it (the engine's tables from Camunda's own
# create scripts, the application's from the Flyway migrations), fills it to 50,000 actions and prints the plan
# and time of every query the application runs (docs/operations.md, "Indexes"). Run from the project folder:
#   ops/index-check.sh            (PGHOST, PGPORT, PGUSER as for psql; default 127.0.0.1, postgres)
# The database is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
DB=rat_index_check_$$
ENGINE=$(ls ~/.m2/repository/org/camunda/bpm/camunda-engine/7.24.0/camunda-engine-7.24.0.jar)
PSQL="psql -X -q -v ON_ERROR_STOP=1"
$PSQL -d postgres -c "create database $DB"
trap '$PSQL -d postgres -c "drop database if exists $DB with (force)"' EXIT
for part in engine history identity case.engine case.history decision.engine decision.history; do
  unzip -p "$ENGINE" "org/camunda/bpm/engine/db/create/activiti.postgres.create.$part.sql" | $PSQL -d $DB
done
# The indexes the application adds to the engine's job table at start (operations/JobAcquisitionIndex).
$PSQL -d $DB -c "create index if not exists RAT_IDX_JOB_DUEDATE on ACT_RU_JOB (DUEDATE_)" \
  -c "create index if not exists RAT_IDX_JOB_NO_RETRIES on ACT_RU_JOB (RETRIES_) where RETRIES_ = 0"
for migration in $(ls src/main/resources/db/migration/V*.sql | sort -V); do
  $PSQL -d $DB -f "$migration"
done
$PSQL -d $DB -f ops/index-check-data.sql
$PSQL -d $DB -f ops/index-check-explain.sql

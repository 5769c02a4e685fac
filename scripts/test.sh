#!/usr/bin/env bash
# The whole test suite: unit, then integration on a temp SQLite file, then integration on
# PostgreSQL when TEST_DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--experimental-vm-modules --no-deprecation"
npx jest --selectProjects unit
TEST_DATABASE_URL= npx jest --selectProjects int --runInBand --forceExit
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PostgreSQL =="
  npx jest --selectProjects int --runInBand --forceExit
fi

#!/usr/bin/env bash
# The whole test suite:
#   type check (with generated Payload types and import map up to date), migrations up to date,
#   unit tests, integration tests on a temp SQLite file, and on PostgreSQL when
#   TEST_DATABASE_URL is set (a server where the role may create databases).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--experimental-vm-modules --no-deprecation"

echo "== generated files up to date"
generated=(src/payload-types.ts 'src/app/(payload)/admin/importMap.js')
snapshot=$(mktemp -d)
cp "${generated[@]}" "$snapshot/"
node scripts/payload-bin.mjs generate:types >/dev/null
node scripts/payload-bin.mjs generate:importmap >/dev/null
for file in "${generated[@]}"; do
  if ! cmp -s "$file" "$snapshot/$(basename "$file")"; then
    echo "$file was out of date with the config; it has been regenerated: review and commit it." >&2
    exit 1
  fi
done
rm -rf "$snapshot"

echo "== type check"
NODE_OPTIONS= npx tsc --noEmit

echo "== migrations"
bash scripts/migrations.sh check

echo "== unit tests"
npx jest --selectProjects unit

echo "== integration tests on SQLite"
TEST_DATABASE_URL= npx jest --selectProjects int --runInBand --forceExit

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "== integration tests on PostgreSQL"
  npx jest --selectProjects int --runInBand --forceExit
else
  echo "== integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL to run them)"
fi

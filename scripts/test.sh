#!/usr/bin/env bash
# The whole test suite:
#   1. generated Payload types and import map up to date, type check, migrations up to date;
#   2. unit tests; integration tests on a temp SQLite file, and on PostgreSQL when
#      TEST_DATABASE_URL is set (a server whose role may create databases);
#   3. the minimal app (examples/minimal-app): the plugin packages packed and installed from
#      their tarballs, its import map and types, its integration test (SQLite, PostgreSQL);
#   4. production build, `next start` on fresh databases, end-to-end tests in Chromium, and the
#      minimal app's admin in Chromium (skip with SKIP_BUILD=1 for a quick run).
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
  echo "== integration tests on ${TEST_DATABASE_URL%%:*}"
  npx jest --selectProjects int --runInBand --forceExit
else
  echo "== integration tests on PostgreSQL: skipped (set TEST_DATABASE_URL to run them)"
fi

bash examples/minimal-app/scripts/test.sh

if [ "${SKIP_BUILD:-}" = 1 ]; then
  echo "== build, production start and end-to-end tests: skipped (SKIP_BUILD=1)"
  exit 0
fi

echo "== production build"
export NODE_OPTIONS=--no-deprecation
PAYLOAD_SECRET=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('hex'))") npm run build >/tmp/jaarverslag-build.log 2>&1 \
  || { tail -50 /tmp/jaarverslag-build.log >&2; exit 1; }

echo "== production start on fresh databases, end-to-end tests"
fresh_postgres=
if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  fresh_postgres=$(node scripts/fresh-postgres-db.mjs "$TEST_DATABASE_URL")
fi
bash scripts/smoke-production.sh $fresh_postgres

echo "== the minimal app's admin in Chromium (next dev, the packed packages)"
node examples/minimal-app/test/admin.e2e.mjs

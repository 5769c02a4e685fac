#!/usr/bin/env bash
# The minimal app's checks, against the plugin packages as a registry would deliver them:
#   1. `npm pack` the packages and unpack them into node_modules (scripts/install-packages.mjs);
#   2. its import map from the installed package (generated, must equal the committed one), and a
#      type check against the packages' shipped declarations;
#   3. its integration test on a temp SQLite file, and on PostgreSQL when TEST_DATABASE_URL is set.
# The admin in Chromium is test/admin.e2e.mjs (`next dev`; the repository's npm test runs it after
# its own end-to-end tests), or pass --browser here.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=../..

echo "== minimal app: install the packed packages"
node scripts/install-packages.mjs

echo "== minimal app: import map and types"
cp 'src/app/(payload)/admin/importMap.js' /tmp/minimal-app-importMap.js
node "$repo/scripts/payload-bin.mjs" generate:importmap >/dev/null
if ! cmp -s 'src/app/(payload)/admin/importMap.js' /tmp/minimal-app-importMap.js; then
  echo "examples/minimal-app: the import map was out of date; it has been regenerated: review and commit it." >&2
  exit 1
fi
NODE_OPTIONS= node "$repo/node_modules/typescript/bin/tsc" --noEmit -p tsconfig.json

jest() { NODE_OPTIONS="--experimental-vm-modules --no-deprecation" node "$repo/node_modules/jest/bin/jest.js" -c jest.config.js --runInBand --forceExit "$@"; }
echo "== minimal app: integration test on SQLite"
TEST_DATABASE_URL= jest
if [[ "${TEST_DATABASE_URL:-}" == postgres* ]]; then
  echo "== minimal app: integration test on PostgreSQL"
  jest
fi

if [ "${1:-}" = --browser ]; then
  echo "== minimal app: the admin in Chromium (next dev)"
  node test/admin.e2e.mjs
fi

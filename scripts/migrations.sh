#!/usr/bin/env bash
# Migrations are per SQL dialect (src/migrations/sqlite, src/migrations/postgres).
#   scripts/migrations.sh create <name>   writes a migration for both dialects from the current schema
#   scripts/migrations.sh check           fails when the schema has changes no committed migration holds
# Creating a migration compares the schema with the last snapshot on disk; it connects to no database.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS=--no-deprecation PAYLOAD_JOBS_AUTORUN=false
dialect_urls=("file:./data/migrations-scratch.db" "postgres://unused:unused@127.0.0.1:1/unused")
case "${1:-}" in
  create)
    name=${2:?usage: scripts/migrations.sh create <name>}
    for url in "${dialect_urls[@]}"; do
      DATABASE_URL=$url node node_modules/payload/bin.js migrate:create "$name" --skip-empty
    done
    ;;
  check)
    before=$(git status --porcelain --untracked-files=all -- src/migrations)
    for url in "${dialect_urls[@]}"; do
      DATABASE_URL=$url node node_modules/payload/bin.js migrate:create schema-drift --skip-empty >/dev/null
    done
    after=$(git status --porcelain --untracked-files=all -- src/migrations)
    if [ "$before" != "$after" ]; then
      echo "The schema has changed without a migration. New files:" >&2
      diff <(echo "$before") <(echo "$after") >&2 || true
      git clean -fq -- src/migrations && git checkout -q -- src/migrations
      echo "Run: scripts/migrations.sh create <name>, and commit the result." >&2
      exit 1
    fi
    echo "migrations: up to date with the schema"
    ;;
  *)
    echo "usage: scripts/migrations.sh create <name> | check" >&2
    exit 2
    ;;
esac

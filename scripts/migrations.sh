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
      DATABASE_URL=$url node scripts/payload-bin.mjs migrate:create "$name" --skip-empty
    done
    ;;
  check)
    # Writes a throwaway migration when the schema differs from the last snapshot, then removes
    # exactly what it wrote (uncommitted migrations of yours are left alone).
    backup=$(mktemp -d)
    cp -r src/migrations "$backup/"
    for url in "${dialect_urls[@]}"; do
      DATABASE_URL=$url node scripts/payload-bin.mjs migrate:create schema-drift --skip-empty >/dev/null
    done
    drift=$(find src/migrations -name '*_schema_drift.*' | sort)
    rm -rf src/migrations && cp -r "$backup/migrations" src/ && rm -rf "$backup"
    if [ -n "$drift" ]; then
      echo "The schema has changed without a migration (a check would have written: $(echo $drift))." >&2
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

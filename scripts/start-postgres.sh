#!/usr/bin/env bash
# Starts Debian's PostgreSQL on localhost and makes sure the test role and database exist.
# Prints the connection URL. Used by .ci/run; handy locally too (run as root).
set -euo pipefail
PGUSER_NAME=${PGUSER_NAME:-jaarverslag}
PGPASS=${PGPASS:-jaarverslag}
PGDB=${PGDB:-jaarverslag_test}

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q online; then
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -q && break
  sleep 1
done
as_postgres() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA -c \"$1\"" ; }
if [ "$(as_postgres "SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'")" != "1" ]; then
  as_postgres "CREATE ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'" >&2
fi
if [ "$(as_postgres "SELECT 1 FROM pg_database WHERE datname='$PGDB'")" != "1" ]; then
  as_postgres "CREATE DATABASE $PGDB OWNER $PGUSER_NAME" >&2
fi
echo "postgres://$PGUSER_NAME:$PGPASS@127.0.0.1:5432/$PGDB"

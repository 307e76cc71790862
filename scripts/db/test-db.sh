#!/usr/bin/env bash
# Prove the schema with Sqitch: deploy to a fresh database, verify, run the schema tests,
# revert, redeploy. SQLite always: the pristine file is left at SQLITE_TEST_DB_PATH for the
# integration tests to copy.
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in sqitch sqlite3 prove; do
  command -v "$tool" >/dev/null || {
    echo "test-db: $tool not found; install sqitch and sqlite3 (see db/README.md)" >&2
    exit 1
  }
done
export SQITCH_FULLNAME="${SQITCH_FULLNAME:-test-db}" SQITCH_EMAIL="${SQITCH_EMAIL:-test-db@localhost}"

# Deploy with each change verified, verify the whole plan once more, run the schema tests
# (the command after the target), revert everything and deploy again: the revert scripts
# are proved and the database is left pristine.
prove_schema() { # <engine dir> <target URI> <test command...>
  sqitch -C "$1" deploy --verify "$2"
  sqitch -C "$1" verify "$2"
  "${@:3}"
  sqitch -C "$1" revert -y "$2"
  sqitch -C "$1" deploy --verify "$2"
}

echo "test-db: SQLite"
sqlite_target="${SQLITE_TEST_DB_PATH:-var/test.sqlite}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sqlite_uri="db:sqlite:$work/app.sqlite"
prove_schema db/sqlite "$sqlite_uri" \
  prove --exec "sqlite3 -bail $work/app.sqlite -init" db/sqlite/test/*.sql </dev/null
mkdir -p "$(dirname "$sqlite_target")"
cp "$work/app.sqlite" "$sqlite_target.new"
mv "$sqlite_target.new" "$sqlite_target"
echo "test-db: pristine SQLite database at $sqlite_target"

# PostgreSQL only: when TEST_DATABASE_URL is set. That database is dropped and recreated,
# so never point it at data you want to keep.
if [[ -z "${TEST_DATABASE_URL:-}" ]]; then
  echo "test-db: PostgreSQL skipped (TEST_DATABASE_URL is not set)"
  exit 0
fi
for tool in psql pg_prove; do
  command -v "$tool" >/dev/null || {
    echo "test-db: $tool not found; install postgresql-client and pg_prove (see db/README.md)" >&2
    exit 1
  }
done
case "$TEST_DATABASE_URL" in
  postgresql://* | postgres://*) ;;
  *)
    echo "test-db: TEST_DATABASE_URL must start with postgresql://, got ${TEST_DATABASE_URL%%://*}://" >&2
    exit 1
    ;;
esac
pg_url="${TEST_DATABASE_URL%%\?*}"
pg_name="${pg_url##*/}"
admin_url="${pg_url%/*}/postgres"
echo "test-db: PostgreSQL database $pg_name (dropped and created fresh)"
psql --quiet --no-psqlrc -v ON_ERROR_STOP=1 --dbname "$admin_url" \
  -c "DROP DATABASE IF EXISTS \"$pg_name\" WITH (FORCE)" -c "CREATE DATABASE \"$pg_name\""
pg_uri="db:pg:${pg_url#*:}"
prove_schema db/postgres "$pg_uri" pg_prove --dbname "$pg_url" db/postgres/test/*.sql
echo "test-db: PostgreSQL database $pg_name deployed and pristine"

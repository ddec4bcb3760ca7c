#!/usr/bin/env bash
# Start (or reuse) a throwaway PostgreSQL server for the registry tests.
#
# Usage:  eval "$(scripts/start-postgres.sh)"
#
# stdout carries exactly one line, `export INOVASI_TEST_PG_URL=...`, so that the
# caller can eval it; every other message goes to stderr. Running it again while
# the server is up only prints the line again. The cluster lives under /tmp with
# trust authentication on 127.0.0.1: for tests only, never for real data.
# Environment: INOVASI_PG_PORT (54329), INOVASI_PG_DIR (/tmp/inovasi-pg), INOVASI_PG_DB (inovasi_test).
set -euo pipefail

PORT="${INOVASI_PG_PORT:-54329}"
DIR="${INOVASI_PG_DIR:-/tmp/inovasi-pg}"
DB="${INOVASI_PG_DB:-inovasi_test}"
DATA="$DIR/data"
LOG="$DIR/server.log"

log() { echo "start-postgres: $*" >&2; }

BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  log "no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)"
  exit 1
fi

# PostgreSQL refuses to run as root, so root (CI) runs it as the `postgres` user.
if [ "$(id -u)" -eq 0 ]; then
  RUN_USER=postgres
  as_pg() { runuser -u postgres -- "$@"; }
else
  RUN_USER="$(id -un)"
  as_pg() { "$@"; }
fi

mkdir -p "$DIR"
if [ "$(id -u)" -eq 0 ]; then chown "$RUN_USER" "$DIR"; fi
cd /  # the postgres user may not be able to read the caller's directory

if [ ! -s "$DATA/PG_VERSION" ]; then
  log "initdb $DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
fi

if ! as_pg "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  log "starting server on 127.0.0.1:$PORT (log: $LOG)"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off" start >&2
fi

if ! as_pg "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  log "creating database $DB"
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB" >&2
fi

echo "export INOVASI_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PORT/$DB"

#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server: exports TRIANGULATE_TEST_PG, exits with the command's status.
#
#   scripts/with-postgres.sh npm test
#
# The server lives in a temporary folder (data, unix socket, log) on a free loopback port and
# is stopped and removed when the command ends, however it ends. As root the server runs as
# the `postgres` user. PG_BIN overrides where initdb and pg_ctl are found.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/with-postgres.sh CMD [ARGS...]" >&2
  exit 2
fi

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl; do
  if [ ! -x "$PG_BIN/$tool" ]; then
    echo "with-postgres: $PG_BIN/$tool not found (install postgresql-15 or set PG_BIN)" >&2
    exit 2
  fi
done

TMP="$(mktemp -d "${TMPDIR:-/tmp}/triangulate-pg.XXXXXX")"
DATA="$TMP/data"
SOCK="$TMP/sock"
LOG="$TMP/server.log"
mkdir -p "$DATA" "$SOCK"

# Runs a server tool as the user that owns the data folder.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root needs a 'postgres' user to run the server as" >&2
    rm -rf "$TMP"
    exit 2
  fi
  chmod 755 "$TMP"
  chown -R postgres "$TMP"
fi

cleanup() {
  local status=$?
  as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A free loopback port, chosen by the kernel.
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$TMP/initdb.log" 2>&1 || {
  cat "$TMP/initdb.log" >&2
  exit 2
}
# Settings for a disposable test server: durability off, enough connections for several workers.
cat >>"$DATA/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCK'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 128MB
EOF

as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 start >/dev/null || {
  cat "$LOG" >&2
  exit 2
}

export TRIANGULATE_TEST_PG="postgres://postgres@127.0.0.1:$PORT/postgres"
# A shell command that restarts the server, for tests of recovery from a database restart.
if [ "$(id -u)" -eq 0 ]; then RUN_AS="runuser -u postgres -- "; else RUN_AS=""; fi
export TRIANGULATE_TEST_PG_RESTART="$RUN_AS$(printf '%q ' "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -m fast restart)"

set +e
"$@"
status=$?
set -e
exit "$status"

#!/usr/bin/env bash
# Runs the whole test suite:
#   1. eng/bootstrap.sh (Debian packages, NuGet stand-ins, dotnet tools),
#   2. a private PostgreSQL cluster under artifacts/pg on 127.0.0.1:$GOVERNANCE_PG_PORT (55432),
#      stopped again on exit,
#   3. `dotnet test Governance.sln` with TRX results in artifacts/test-results,
#   4. one summary line "N passed, N failed[, N skipped]"; the exit status is non-zero on any failure.
# Extra arguments are passed to `dotnet test` (e.g. --filter ...).
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly ROOT
readonly PG_PORT="${GOVERNANCE_PG_PORT:-55432}"
readonly PG_DIR="$ROOT/artifacts/pg"
readonly RESULTS_DIR="$ROOT/artifacts/test-results"
readonly CHROMIUM=/usr/bin/chromium

PG_STARTED=false
PG_BIN=""
PG_DATA=""
PG_SOCKET_DIR=""

die() { echo "test.sh: ERROR: $*" >&2; exit 1; }

# PostgreSQL refuses to run as root: run its tools as the postgres user when we are root.
as_postgres() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)"
    [[ -x "$dir/pg_ctl" ]] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
    echo "$dir"
}

stop_postgres() {
    if [[ $PG_STARTED == true ]]; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 ||
            echo "test.sh: warning: could not stop PostgreSQL in $PG_DATA" >&2
        PG_STARTED=false
    fi
    # The fallback socket folder (see start_postgres) is per run.
    if [[ $PG_SOCKET_DIR == /tmp/governance-pg.* ]]; then rm -rf "$PG_SOCKET_DIR"; fi
}

# Creates (once) and starts the private cluster, then makes sure role and database exist.
start_postgres() {
    PG_BIN="$(pg_bin_dir)"
    mkdir -p "$PG_DIR"
    ((EUID == 0)) && chown postgres:postgres "$PG_DIR"
    as_postgres test -w "$PG_DIR" ||
        die "the postgres user cannot write to $PG_DIR (a parent folder is not accessible to it)"
    PG_DATA="$PG_DIR/data"
    PG_SOCKET_DIR="$PG_DIR/run"
    # Unix socket paths are limited to 107 bytes; deep checkouts fall back to a private temp folder.
    if ((${#PG_SOCKET_DIR} > 80)); then
        PG_SOCKET_DIR="$(as_postgres mktemp -d /tmp/governance-pg.XXXXXX)"
    fi
    as_postgres mkdir -p "$PG_SOCKET_DIR"
    as_postgres chmod 700 "$PG_SOCKET_DIR"

    if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
        echo "test.sh: creating PostgreSQL cluster in $PG_DATA"
        as_postgres rm -rf "$PG_DATA"
        # Socket connections (postgres user only, socket folder is 0700) are trusted; TCP needs a password.
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$PG_DIR/initdb.log" 2>&1 ||
            { tail -n 20 "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
    fi

    # A cluster left running by an interrupted run would block the start: stop it first.
    if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null
    fi

    # Durability settings are off: this cluster only ever holds throw-away test data.
    PG_STARTED=true
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/postgres.log" -w -t 60 \
        -o "-p $PG_PORT -k $PG_SOCKET_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        PG_STARTED=false
        tail -n 20 "$PG_DIR/postgres.log" >&2
        die "PostgreSQL did not start on 127.0.0.1:$PG_PORT (port in use? set GOVERNANCE_PG_PORT)"
    fi

    # The password is generated once per cluster and kept next to it (artifacts/ is git-ignored).
    local password_file="$PG_DIR/governance.password"
    if [[ ! -s "$password_file" ]]; then
        local password
        # Read a fixed amount first: `tr </dev/urandom | head` would die of SIGPIPE under pipefail.
        password="$(head -c 512 /dev/urandom | tr -dc 'A-Za-z0-9')"
        (umask 077 && printf '%s' "${password:0:24}" >"$password_file")
    fi
    PG_PASSWORD="$(cat "$password_file")"

    # psql variables (:'pw') are only interpolated in script input, hence stdin. Nothing is echoed.
    as_postgres "$PG_BIN/psql" -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres -q -X \
        -v ON_ERROR_STOP=1 -v pw="$PG_PASSWORD" >/dev/null <<'SQL'
SELECT NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'governance') AS create_role \gset
\if :create_role
CREATE ROLE governance LOGIN CREATEDB;
\endif
ALTER ROLE governance WITH LOGIN CREATEDB PASSWORD :'pw';
SELECT 'CREATE DATABASE governance OWNER governance'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'governance') \gexec
SQL
}

# Prints the value of counter $2 of a TRX <Counters .../> element $1 (0 when absent).
trx_counter() {
    local value
    value="$(grep -o " $2=\"[0-9]*\"" <<<"$1" | grep -o '[0-9]\+' || true)"
    echo "${value:-0}"
}

# Prints "N passed, N failed[, N skipped]" from the TRX files and returns 1 when tests failed.
summarize() {
    local passed=0 failed=0 total=0 executed=0 file counters
    shopt -s nullglob
    for file in "$RESULTS_DIR"/*.trx; do
        counters="$(grep -o '<Counters [^>]*>' "$file" | head -n1 || true)"
        # A TRX without counters means the test run itself broke: count it as a failure.
        if [[ -z "$counters" ]]; then failed=$((failed + 1)); continue; fi
        total=$((total + $(trx_counter "$counters" total)))
        executed=$((executed + $(trx_counter "$counters" executed)))
        passed=$((passed + $(trx_counter "$counters" passed)))
        failed=$((failed + $(trx_counter "$counters" failed) + $(trx_counter "$counters" error) \
            + $(trx_counter "$counters" timeout) + $(trx_counter "$counters" aborted)))
    done
    shopt -u nullglob
    # Skipped tests are counted in "total" but not in "executed".
    local skipped=$((total - executed))
    local line="$passed passed, $failed failed"
    ((skipped > 0)) && line+=", $skipped skipped"
    echo "$line"
    ((failed == 0))
}

main() {
    cd "$ROOT"
    trap stop_postgres EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM

    "$ROOT/eng/bootstrap.sh"
    start_postgres

    export GOVERNANCE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=governance;Password=$PG_PASSWORD;Database=governance"
    export GOVERNANCE_TEST_CHROMIUM="$CHROMIUM"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

    rm -rf "$RESULTS_DIR"
    local status=0
    dotnet test "$ROOT/Governance.sln" --logger trx --results-directory "$RESULTS_DIR" "$@" || status=$?

    stop_postgres
    if ((status != 0)) && ! compgen -G "$RESULTS_DIR/*.trx" >/dev/null; then
        echo "test.sh: no test results were written (see the build or restore errors above)" >&2
    fi
    echo
    summarize || status=1
    return "$status"
}

main "$@"

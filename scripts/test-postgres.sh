#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throwaway PostgreSQL 15 server for the tests: a new cluster in a temporary folder, reached
# only through a Unix socket in that folder, on a random port, with fsync off (a test server
# holds nothing worth keeping). CTest starts it as a fixture before the PostgreSQL tests and
# stops it after them, whatever their result.
#
#   test-postgres.sh start DIR   create and start a server in DIR (must not exist or be empty);
#                                prints the connection URI and writes it to DIR/uri
#   test-postgres.sh stop DIR    stop the server and remove DIR
#
# As root (CI's fresh root) the server runs as the 'postgres' user, because PostgreSQL refuses
# to run as root; otherwise as the current user. TEST_POSTGRES_DURABLE=1 keeps fsync and
# synchronous commits on, as a real server has them (benchmarks/import/server.sh).
# TEST_POSTGRES_LISTEN=127.0.0.1 also listens on TCP at that address and the same port, with
# no password, for a benchmark that goes through a network relay (benchmarks/latency/run.sh).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop DIR" >&2
    exit 2
fi

bindir=$(pg_config --bindir 2>/dev/null || true)
for candidate in "$bindir" /usr/lib/postgresql/15/bin; do
    if [[ -n "$candidate" && -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
        bindir=$candidate
        break
    fi
done
if [[ ! -x "$bindir/initdb" ]]; then
    echo "test-postgres: PostgreSQL 15's server programs are not installed (package postgresql-15)" >&2
    exit 1
fi

as_server_user=()
if [[ $EUID -eq 0 ]]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "test-postgres: running as root but there is no 'postgres' user to run the server" >&2
        exit 1
    fi
    as_server_user=(runuser -u postgres --)
fi

case "$command" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [[ -n "$(ls -A "$dir")" ]]; then
        echo "test-postgres: $dir is not empty" >&2
        exit 1
    fi
    [[ ${#as_server_user[@]} -gt 0 ]] && chown postgres: "$dir"
    "${as_server_user[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    # A random free port: the socket file's name carries it, so two runs never collide.
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 30000))
        [[ -e "$dir/.s.PGSQL.$port" ]] || break
    done
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [[ "${TEST_POSTGRES_DURABLE:-}" == 1 ]] && durability=""
    if ! "${as_server_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-c listen_addresses='${TEST_POSTGRES_LISTEN:-}' -c unix_socket_directories='$dir' -p $port $durability \
            -c max_connections=200" \
        start >/dev/null; then
        cat "$dir/server.log" >&2
        exit 1
    fi
    uri="postgresql://postgres@/postgres?host=$dir&port=$port"
    echo "$uri" >"$dir/uri"
    echo "$uri"
    ;;
stop)
    if [[ -d "$dir/data" ]]; then
        "${as_server_user[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

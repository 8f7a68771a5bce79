#!/bin/sh
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times `lachealth import` of the same synthetic SSDA903 export into an SQLite file and into a
# database on a local PostgreSQL 15 server (a throwaway one, started here with fsync and
# synchronous commits on, reached through its Unix socket), in the same run, and prints the
# ratio server / SQLite for the first and the repeat import of each size.
#   benchmarks/import/server.sh BUILD_DIR [SIZES...]   (default sizes: 100000 1000000)
set -eu
build=${1:?usage: server.sh BUILD_DIR [SIZES...]}
shift
sizes=${*:-100000 1000000}
here=$(cd "$(dirname "$0")" && pwd)
lachealth="$build/src/app/lachealth"
generate="$build/benchmarks/import/bench_import_generate"
work=$(mktemp -d)
server=$(mktemp -d /tmp/lachealth-bench-pg.XXXXXX) # its own folder: the server's user enters it
trap 'bash "$here/../../scripts/test-postgres.sh" stop "$server" >/dev/null; rm -rf "$work"' EXIT
TEST_POSTGRES_DURABLE=1 bash "$here/../../scripts/test-postgres.sh" start "$server" >/dev/null
uri=$(cat "$server/uri")

seconds() { # the wall-clock seconds of a command; its output goes to $work/out
    /usr/bin/time -f "%e" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        echo "FAILED: $*" >&2; tail -5 "$work/err" >&2; exit 1; }
    cat "$work/time"
}

printf "%-10s %-7s %10s %10s %7s\n" episodes import sqlite_s server_s ratio
for n in $sizes; do
    "$generate" "$n" "$work/export-$n" >/dev/null
    psql -q "$uri" -c "CREATE DATABASE bench_$n" >/dev/null
    target=$(echo "$uri" | sed "s|/postgres?|/bench_$n?|")
    for pass in first repeat; do
        a=$(seconds "$lachealth" import --db "$work/db-$n.sqlite" --ssda903 "$work/export-$n")
        cp "$work/out" "$work/out-sqlite"
        b=$(seconds "$lachealth" import --db "$target" --ssda903 "$work/export-$n")
        printf "%-10s %-7s %10s %10s %7.2f\n" "$n" "$pass" "$a" "$b" "$(echo "$b / $a" | bc -l)"
        # Both must have done the same: the command prints the same counts.
        cmp -s "$work/out" "$work/out-sqlite" || {
            echo "the two imports differ:" >&2; cat "$work/out-sqlite" "$work/out" >&2; exit 1; }
    done
    rm -rf "$work/export-$n" "$work/db-$n.sqlite"
done

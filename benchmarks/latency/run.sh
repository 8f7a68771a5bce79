#!/bin/sh
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times the product against a PostgreSQL server across a network: the same local server
# reached over TCP straight and through bench_delay_relay, which adds ROUND_TRIP_MS to every
# round trip, in the same run, and prints each figure with the ratio delayed / straight:
#   - the round trip itself (psql, SELECT 1), to show the relay adds what it says;
#   - every admin-workspace view and the children list on the demo county copied to the server
#     (bench_workspace, bench_children: opening, sorting, filtering, scrolling);
#   - `lachealth import` of EPISODES synthetic episodes into an empty server database (and into
#     an SQLite file, for reference).
# Targets (issue 13): a view opens in under 300 ms, 100,000 episodes import in under 60 s,
# with 2 ms per round trip. The server runs with fsync and synchronous commits on.
#   benchmarks/latency/run.sh BUILD_DIR [CHILDREN] [EPISODES] [ROUND_TRIP_MS]
#   (defaults: 100000 children, 100000 episodes, 2 ms)
set -eu
build=$(cd "${1:?usage: run.sh BUILD_DIR [CHILDREN] [EPISODES] [ROUND_TRIP_MS]}" && pwd)
children=${2:-100000}
episodes=${3:-100000}
rtt=${4:-2}
here=$(cd "$(dirname "$0")" && pwd)
lachealth="$build/src/app/lachealth"
work=$(mktemp -d)
server=$(mktemp -d /tmp/lachealth-bench-pg.XXXXXX) # its own folder: the server's user enters it
relay_pid=
cleanup() {
    [ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null || true
    bash "$here/../../scripts/test-postgres.sh" stop "$server" >/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
TEST_POSTGRES_DURABLE=1 TEST_POSTGRES_LISTEN=127.0.0.1 \
    bash "$here/../../scripts/test-postgres.sh" start "$server" >/dev/null
port=$(sed 's/.*port=//' "$server/uri")
relay_port=$((port + 1))
"$build/benchmarks/latency/bench_delay_relay" "$relay_port" 127.0.0.1 "$port" "$rtt" \
    >"$work/relay.out" 2>&1 &
relay_pid=$!
for _ in $(seq 1 50); do grep -q ready "$work/relay.out" 2>/dev/null && break; sleep 0.1; done
grep -q ready "$work/relay.out" || { cat "$work/relay.out" >&2; exit 1; }
straight="postgresql://postgres@127.0.0.1:$port"
delayed="postgresql://postgres@127.0.0.1:$relay_port"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
ratio() { echo "$1 $2" | awk '{ if ($1 > 0) printf "%.2f", $2 / $1; else print "-" }'; }

echo "== round trip: 500 x SELECT 1 through psql (ms per round trip), ${rtt} ms added"
yes 'SELECT 1;' | head -500 >"$work/ping.sql"
for target in straight delayed; do
    eval "uri=\$$target/postgres"
    t0=$(now_ms); psql -qAt "$uri" -f "$work/ping.sql" >/dev/null; t1=$(now_ms)
    eval "ping_$target=$(echo "$t0 $t1" | awk '{ printf "%.3f", ($2 - $1) / 500 }')"
done
printf "%-60s %9s %9s %6s\n" "" straight delayed ratio
printf "%-60s %9s %9s %6s\n" "one round trip (ms)" "$ping_straight" "$ping_delayed" \
    "$(ratio "$ping_straight" "$ping_delayed")"

echo
echo "== views on the demo county ($children children) copied to the server"
t0=$(now_ms)
"$lachealth" demo --db "$work/demo.sqlite" --children "$children" >/dev/null
psql -q "$straight/postgres" -c 'CREATE DATABASE county' >/dev/null
"$lachealth" copy --from "$work/demo.sqlite" --to "$straight/county" >/dev/null
echo "(demo built and copied in $(( ($(now_ms) - t0) / 1000 )) s)"
for prog in bench_workspace bench_children; do
    dir=$(echo "$prog" | sed 's/bench_//')
    for target in straight delayed; do
        eval "uri=\$$target/county"
        # bench_workspace exits 1 when anything took 200 ms or more; the figures are the point.
        QT_QPA_PLATFORM=offscreen "$build/benchmarks/$dir/$prog" "$uri" \
            >"$work/$prog-$target" 2>&1 || true
    done
    # Same program, same data: the same lines in the same order; keep those with a time.
    paste -d '\t' "$work/$prog-straight" "$work/$prog-delayed" | awk -F '\t' '
        function ms(s,   m) { if (match(s, /[0-9.]+ ms/)) { m = substr(s, RSTART, RLENGTH); sub(/ ms/, "", m); return m } return "" }
        { a = ms($1); b = ms($2); if (a == "" || b == "") next
          a += 0; b += 0
          label = $1; sub(/[ :]*[0-9.]+ ms.*/, "", label)
          if (label ~ /^worst/) next
          printf "%-60.60s %9.1f %9.1f %6s\n", label, a, b, (a > 0 ? sprintf("%.2f", b / a) : "-")
          if (label ~ /open/ && b > worst_open) { worst_open = b; worst_label = label }
          if (b > worst) worst = b }
        END { printf "worst with delay: %.1f ms; slowest open with delay: %.1f ms (%s)\n",
                     worst, worst_open, worst_label }'
done

echo
echo "== import of $episodes episodes (wall-clock seconds, first import into an empty database)"
"$build/benchmarks/import/bench_import_generate" "$episodes" "$work/export" >/dev/null
seconds() {
    t0=$(now_ms)
    "$@" >"$work/import.out" 2>&1 || { echo "FAILED: $*" >&2; cat "$work/import.out" >&2; exit 1; }
    echo "$(($(now_ms) - t0))" | awk '{ printf "%.1f", $1 / 1000 }'
}
psql -q "$straight/postgres" -c 'CREATE DATABASE import_straight' -c 'CREATE DATABASE import_delayed' >/dev/null
on_file=$(seconds "$lachealth" import --db "$work/import.sqlite" --ssda903 "$work/export")
on_straight=$(seconds "$lachealth" import --db "$straight/import_straight" --ssda903 "$work/export")
on_delayed=$(seconds "$lachealth" import --db "$delayed/import_delayed" --ssda903 "$work/export")
printf "%-60s %9s %9s %6s\n" "" straight delayed ratio
printf "%-60s %9s %9s %6s\n" "import into the server (s)" "$on_straight" "$on_delayed" \
    "$(ratio "$on_straight" "$on_delayed")"
printf "%-60s %9s\n" "import into an SQLite file, for reference (s)" "$on_file"
for db in import_straight import_delayed; do
    printf "%-60s %s\n" "episodes in $db" \
        "$(psql -qAt "$straight/$db" -c 'SELECT count(*) FROM episodes')"
done

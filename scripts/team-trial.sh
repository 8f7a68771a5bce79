#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A team of three on one machine (docs/deployment.md, "Trying it on one machine"): a throwaway
# PostgreSQL 15 server, the demo county copied onto it, the DBA's roles script run, and three
# logins, each in one of the team's roles:
#   amy  health admin       (lachealth_health_admin: case work and imports)
#   nia  designated nurse   (lachealth_designated_nurse: clinical need, doctor's sign-off)
#   max  manager            (lachealth_viewer: reads and reports only)
#
#   team-trial.sh start DIR [CHILDREN]   set it up (default 800 children) and print how to
#                                        open one window per person
#   team-trial.sh check DIR              three `lachealth` processes, one per login, at once;
#                                        then what each role may and may not do
#   team-trial.sh stop DIR               stop the server and remove DIR
#
# LACHEALTH names the program (default: build/src/app/lachealth of this checkout). The server
# takes no passwords (a Unix socket in DIR, for this machine's users only).
set -euo pipefail

command=${1:-}
dir=${2:-}
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start DIR [CHILDREN] | check DIR | stop DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
lachealth=${LACHEALTH:-$here/../build/src/app/lachealth}
logins=(amy nia max)
declare -A group=([amy]=lachealth_health_admin [nia]=lachealth_designated_nurse
    [max]=lachealth_viewer)

# The team database's URI for one login, from the server's own URI.
uri_for() { sed -e "s|//postgres@|//$1@|" -e 's|/postgres?|/county?|' "$dir/server/uri"; }

case "$command" in
start)
    children=${3:-800}
    [[ -x "$lachealth" ]] || { echo "team-trial: build the program first ($lachealth)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    chmod 755 "$dir" # as root, the server runs as 'postgres', which must reach its folder
    bash "$here/test-postgres.sh" start "$dir/server" >/dev/null
    admin_uri=$(cat "$dir/server/uri")
    "$lachealth" demo --db "$dir/demo.sqlite" --children "$children" >/dev/null
    psql -q "$admin_uri" -c 'CREATE DATABASE county'
    county=$(sed 's|/postgres?|/county?|' <<<"$admin_uri")
    "$lachealth" copy --from "$dir/demo.sqlite" --to "$county" >/dev/null
    "$lachealth" server-setup --print-sql >"$dir/team-setup.sql"
    PGOPTIONS='-c client_min_messages=warning' psql -q -v ON_ERROR_STOP=1 "$county" -f "$dir/team-setup.sql" >/dev/null
    for login in "${logins[@]}"; do
        psql -q "$county" -c "CREATE ROLE $login LOGIN IN ROLE ${group[$login]}"
    done
    echo "A team database with $children children is ready. One window per person:"
    for login in "${logins[@]}"; do
        printf "  %-4s (%s): %s --db '%s'\n" "$login" "${group[$login]#lachealth_}" \
            "$lachealth" "$(uri_for "$login")"
    done
    echo "Then: $0 stop $dir"
    ;;
check)
    dir=$(cd "$dir" && pwd)
    failed=0
    # expect ok|refused WHAT WHY COMMAND...: runs it and says whether it did as expected; a
    # refusal must also give the reason WHY (an extended regular expression), not any error.
    expect() {
        local want=$1 what=$2 why=$3
        shift 3
        if "$@" >"$dir/out" 2>&1; then got=ok; else got=refused; fi
        if [[ $got == refused && -n $why ]] && ! grep -qE "$why" "$dir/out"; then
            got="refused for another reason"
        fi
        if [[ $got == "$want" ]]; then
            printf "  as expected (%s): %s\n" "$got" "$what"
        else
            printf "  WRONG (%s, expected %s): %s\n" "$got" "$want" "$what"
            sed 's/^/      /' "$dir/out"
            failed=1
        fi
    }
    # Three copies of the program at once, one per login, each reading the whole county.
    pids=()
    for login in "${logins[@]}"; do
        "$lachealth" report --db "$(uri_for "$login")" --from 2025-04 --to 2026-03 --format csv \
            --out "$dir/report-$login.csv" >"$dir/report-$login.log" 2>&1 &
        pids+=($!)
    done
    for i in "${!logins[@]}"; do
        if wait "${pids[$i]}" && [[ -s "$dir/report-${logins[$i]}.csv" ]]; then
            echo "  as expected (ok): ${logins[$i]}'s report, run at the same time as the others'"
        else
            echo "  WRONG: ${logins[$i]}'s report failed"
            sed 's/^/      /' "$dir/report-${logins[$i]}.log"
            failed=1
        fi
    done
    # The same figures for all three; carers' medicals (adults' records) and the host caseload
    # (other authorities' children) only for those who may read them, so the viewer's report
    # goes without those rows.
    if ! cmp -s "$dir/report-amy.csv" "$dir/report-nia.csv" ||
        ! cmp -s <(grep -v -e ',carer_medicals_' -e ',host_' "$dir/report-amy.csv") \
            "$dir/report-max.csv" ||
        ! grep -q ',carer_medicals_' "$dir/report-amy.csv" ||
        ! grep -q ',host_requests_received,' "$dir/report-amy.csv"; then
        echo "  WRONG: the three logins see different figures"
        failed=1
    fi
    # The program reads each person's role from the server: only the admin may import.
    import=$here/../tests/import/data/base
    expect ok "amy (health admin) may import" "" \
        "$lachealth" import --db "$(uri_for amy)" --ssda903 "$import" --dry-run
    expect refused "nia (designated nurse) may not import" "role \\(designated_nurse\\)" \
        "$lachealth" import --db "$(uri_for nia)" --ssda903 "$import" --dry-run
    expect refused "max (manager) may not import" "role \\(viewer\\)" \
        "$lachealth" import --db "$(uri_for max)" --ssda903 "$import" --dry-run
    # And the server refuses what the window would not offer, even as hand-written SQL.
    expect refused "max cannot change a child with psql" "permission denied" \
        psql -v ON_ERROR_STOP=1 -q "$(uri_for max)" -c "UPDATE children SET notes = 'x'"
    expect ok "amy can, with psql (the server allows her role's writes)" "" \
        psql -v ON_ERROR_STOP=1 -q "$(uri_for amy)" -c "UPDATE children SET notes = notes"
    expect refused "nobody deletes, not even amy" "permission denied|appended to" \
        psql -v ON_ERROR_STOP=1 -q "$(uri_for amy)" -c "DELETE FROM audit_log"
    exit $failed
    ;;
stop)
    bash "$here/test-postgres.sh" stop "$dir/server"
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start DIR [CHILDREN] | check DIR | stop DIR" >&2
    exit 2
    ;;
esac

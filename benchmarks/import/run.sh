#!/bin/sh
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times `lachealth import` on synthetic SSDA903 exports of growing size and on the fake
# corpus; prints wall-clock seconds and peak resident memory for each, first and repeat import.
#   benchmarks/import/run.sh BUILD_DIR [SIZES...]   (default sizes: 10000 100000 1000000)
set -eu
build=${1:?usage: run.sh BUILD_DIR [SIZES...]}
shift
sizes=${*:-10000 100000 1000000}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lachealth="$build/src/app/lachealth"
generate="$build/benchmarks/import/bench_import_generate"

measure() { # label, then the command
    label=$1
    shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || {
        echo "$label: FAILED"; tail -5 "$work/err"; return 1; }
    set -- $(cat "$work/time")
    printf "%-32s %7.1f s wall %7.1f s cpu %7d KB peak RSS  %s\n" "$label" "$1" "$(echo "$3 + $4" | bc)" "$2" "$(head -c 90 "$work/out")"
}

corpus="$here/../../tests/data/ssda903-fake"
if [ -d "$corpus" ]; then
    measure "corpus 5,050 episodes (first)" "$lachealth" import --db "$work/corpus.sqlite" \
        --ssda903 "$corpus" --skip-invalid --rejected "$work/rejected"
    measure "corpus 5,050 episodes (repeat)" "$lachealth" import --db "$work/corpus.sqlite" \
        --ssda903 "$corpus" --skip-invalid --rejected "$work/rejected2"
fi
for n in $sizes; do
    "$generate" "$n" "$work/export-$n" >/dev/null
    ls -l "$work/export-$n/episodes.csv" | awk '{printf "episodes.csv %s bytes\n", $5}'
    measure "$n episodes (first import)" "$lachealth" import --db "$work/db-$n.sqlite" \
        --ssda903 "$work/export-$n"
    measure "$n episodes (repeat import)" "$lachealth" import --db "$work/db-$n.sqlite" \
        --ssda903 "$work/export-$n"
    measure "$n episodes (dry run)" "$lachealth" import --db "$work/db-$n.sqlite" \
        --ssda903 "$work/export-$n" --dry-run
    rm -rf "$work/export-$n" "$work/db-$n.sqlite"
done

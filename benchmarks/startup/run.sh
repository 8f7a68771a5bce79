#!/bin/sh
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Times launch to window: `lachealth --db FILE` as a person starts it, whole process, from the
# moment the shell starts it to the moment the window has been shown and painted (the program
# prints the time when LACHEALTH_STARTUP_PROBE is set, then quits). For each demo county size,
# RUNS runs of the first start of the day (no backup yet today) and RUNS of a later start,
# medians, each beside the same figure on the smallest county in the same run, so that the
# ratios survive a noisy machine. Target (issue 18): under 0.8 s at 100,000 children, under
# 1 s at 300,000, flat with size, the first start of the day included.
#   benchmarks/startup/run.sh BUILD_DIR [SIZES] [RUNS]   (defaults: "10 100000", 5)
# With COUNTIES=DIR, a county DIR/county-N.sqlite made before by `lachealth demo` is copied
# instead of made again (300,000 children take about 20 minutes to make).
set -eu
build=$(cd "${1:?usage: run.sh BUILD_DIR [SIZES] [RUNS]}" && pwd)
sizes=${2:-10 100000}
runs=${3:-5}
lachealth="$build/src/app/lachealth"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A home of its own: no remembered database, layout or tab from the person's own use.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local"
mkdir -p "$XDG_CONFIG_HOME"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} LACHEALTH_STARTUP_PROBE=1

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One start: milliseconds from launch to the window shown.
start_once() {
    t0=$(now_ms)
    shown=$("$lachealth" --db "$1" 2>"$work/stderr" | sed -n 's/^window shown at //p')
    [ -n "$shown" ] || { cat "$work/stderr" >&2; exit 1; }
    echo $((shown - t0))
}

printf "%-34s %12s %12s %8s %8s\n" "county" "first (ms)" "later (ms)" "ratio" "ratio"
base_first=
base_later=
for n in $sizes; do
    db="$work/county-$n.sqlite"
    if [ -n "${COUNTIES:-}" ] && [ -f "$COUNTIES/county-$n.sqlite" ]; then
        cp "$COUNTIES/county-$n.sqlite" "$db"
    else
        "$lachealth" demo --db "$db" --children "$n" >/dev/null
    fi
    "$lachealth" --db "$db" >/dev/null 2>&1 || true # the upgrade and first open, not timed
    : >"$work/first"
    : >"$work/later"
    for _ in $(seq 1 "$runs"); do
        rm -rf "$work/backups" # so that this start is the first of the day
        start_once "$db" >>"$work/first"
        start_once "$db" >>"$work/later"
    done
    first=$(median <"$work/first")
    later=$(median <"$work/later")
    [ -n "$base_first" ] || { base_first=$first; base_later=$later; }
    printf "%-34s %12s %12s %8s %8s\n" "$n children" "$first" "$later" \
        "$(echo "$base_first $first" | awk '{ printf "%.2f", $2 / $1 }')" \
        "$(echo "$base_later $later" | awk '{ printf "%.2f", $2 / $1 }')"
    rm -f "$db"
done
echo "(medians of $runs runs; ratios against the first size in the same run)"

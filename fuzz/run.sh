#!/bin/sh
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the libFuzzer targets with clang-14 (ASan + UBSan) and runs each for a bounded time.
#   fuzz/run.sh [SECONDS_PER_TARGET]     default 60; CI: fuzz/run.sh 120
# Needs: clang-14, libfuzzer-14-dev (or clang's compiler-rt), qt6-base-dev, pkg-config.
# A crash leaves crash-* in fuzz/out/crashes-<target>/; copy it into fuzz/regressions/<date|csv>/
# (tests/trust/tst_hostileinput replays that folder on every test run) and fix the cause.
set -eu
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
src="$here/../src/core"
out="$here/out"
mkdir -p "$out/bin"
qt=$(pkg-config --cflags --libs Qt6Core)
cxx=${CXX_FUZZ:-clang++-14}
flags="-std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I$src"

build() {
    name=$1; shift
    # shellcheck disable=SC2086
    $cxx $flags "$here/$name.cpp" "$@" $qt -o "$out/bin/$name"
}
build fuzz_import_date "$src/import/ImportDate.cpp"
build fuzz_csv_reader "$src/import/CsvReader.cpp"
build fuzz_csv_roundtrip "$src/import/CsvReader.cpp" "$src/common/CsvWriter.cpp"

status=0
for target in fuzz_import_date:date fuzz_csv_reader:csv fuzz_csv_roundtrip:csv; do
    name=${target%%:*}; kind=${target##*:}
    corpus="$out/corpus-$name"
    mkdir -p "$corpus" "$out/crashes-$name"
    echo "== $name for ${seconds}s"
    (cd "$out/crashes-$name" && "$out/bin/$name" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
        -print_final_stats=1 "$corpus" "$here/seeds/$kind" "$here/regressions/$kind") \
        2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY|Test unit written" \
        || status=1
done
exit $status

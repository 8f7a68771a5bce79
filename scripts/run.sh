#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs what is missing, builds the application in ./build, creates a demo database on the
# first run and opens the window on it. Extra arguments go to lachealth.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=build
demo_db="$HOME/.local/share/lachealth-demo.sqlite"

bash scripts/install-deps.sh
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target lachealth
lachealth="$build_dir/src/app/lachealth"

if [[ ! -f "$demo_db" ]]; then
    echo "run: creating the demo database $demo_db"
    mkdir -p "$(dirname "$demo_db")"
    # Built under a temporary name so that an interrupted run never leaves half a database.
    rm -f "$demo_db.partial"
    "$lachealth" demo --db "$demo_db.partial"
    mv "$demo_db.partial" "$demo_db"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run: no display; start it from a desktop session, or on a server:" >&2
    echo "     xvfb-run -a bash scripts/run.sh" >&2
    exit 1
fi
exec "$lachealth" --db "$demo_db" "$@"

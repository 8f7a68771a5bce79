#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every test: installs missing packages, configures the build in ./build if it is not
# configured yet, builds everything and runs CTest. CI (.ci/run) runs exactly this script.
# Extra arguments go to ctest, e.g. `bash scripts/test.sh -R layering`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=build

bash scripts/install-deps.sh
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --parallel "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure "$@"

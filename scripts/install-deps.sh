#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages needed to build, test, run and package LAC Health Tracker.
# Shared by scripts/run.sh, scripts/test.sh and .ci/run so that there is one package list.
# If every package is already installed it does nothing (and needs no root) unless --update is
# given (CI always refreshes the package lists first); otherwise it runs apt-get as root, through
# sudo when started as a normal user. --print lists the packages.
set -euo pipefail

packages=(
    # Tool chain
    build-essential cmake ninja-build ccache
    # Qt 6.4 development files: Core/Gui/Widgets/Sql/PrintSupport/Test, Charts, Svg,
    # Linguist tools (lupdate/lrelease) and the CMake LinguistTools package
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl1-mesa-dev libqt6opengl6-dev
    # SQLite's own headers: bulk import statements use the library Qt's driver already loads
    libsqlite3-dev
    # Qt runtime pieces loaded as plugins (not found by the linker): SQL drivers, Qt's own
    # translated dialogs, a font so that text renders (PDF and GUI tests)
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n fonts-dejavu-core
    # Test tools: pdftotext for report tests, sqlite3 for inspecting databases, a virtual X
    # server for looking at the window, clang + libFuzzer for the fuzz targets
    poppler-utils sqlite3 xvfb xauth clang-14 libfuzzer-14-dev
    # GLPK: the linear programs of the board paper's disclosure audit
    libglpk-dev
    # PostgreSQL 15: the team server's client library, and the server itself, which the
    # database tests start as a throwaway cluster of their own (scripts/test-postgres.sh)
    postgresql-15 libpq-dev
    # Checks and packaging: clang-format, AppStream and .desktop validators, CPack DEB
    clang-format appstream desktop-file-utils file dpkg-dev fakeroot
)

update=false
case "${1:-}" in
    "") ;;
    --update) update=true ;;
    --print) printf '%s\n' "${packages[@]}"; exit 0 ;;
    *) echo "usage: $0 [--update | --print]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done

if [[ ${#missing[@]} -eq 0 && "$update" == false ]]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

if [[ $EUID -eq 0 ]]; then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
    echo "install-deps: installing ${missing[*]:-(refresh only)} with sudo"
else
    echo "install-deps: missing packages: ${missing[*]}" >&2
    echo "install-deps: run this script as root (sudo is not installed)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${packages[@]}"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The part of scripts/fresh-root-check.sh that runs inside the fresh Debian 12 root, as root, on
# a clean checkout in /root/lachealth: exactly the README's two commands, then the .deb built,
# installed with apt-get (dependencies resolved by apt) and run. Step times and the failing step
# go to /root/ci-artifacts for the host side to print.
set -euo pipefail

cd /root/lachealth
artifacts=/root/ci-artifacts
mkdir -p "$artifacts"
: >"$artifacts/inside-timings.txt"
started=$SECONDS
current=""
step_started=$SECONDS

end_step() {
    if [[ -n "$current" ]]; then
        printf '%5ds  [root] %s\n' $((SECONDS - step_started)) "$current" \
            >>"$artifacts/inside-timings.txt"
        current=""
    fi
}
step() {
    end_step
    current="$*"
    step_started=$SECONDS
    echo "$current" >"$artifacts/failed-step.txt"
    printf '\n=== [root] %s (at %ds)\n' "$current" $((SECONDS - started))
}
# The database tests' throwaway PostgreSQL servers (scripts/test-postgres.sh) are started and
# stopped by CTest; if CTest itself is killed, one would outlive the root, so stop any left.
stop_test_servers() {
    local d
    for d in /tmp/lachealth-pgtest-*; do
        [[ -d "$d" ]] && bash scripts/test-postgres.sh stop "$d"
    done
    return 0
}
trap 'stop_test_servers; end_step' EXIT

step "apt-get update in the fresh root"
# A chroot has no init system: Debian's policy-rc.d convention (exit 101) stops package scripts
# from starting services here. Without it, installing postgresql-15 would start its "main"
# cluster inside the root and leave it running after the check.
printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
chmod 755 /usr/sbin/policy-rc.d
apt-get update -qq

step "README test command: bash scripts/test.sh"
bash scripts/test.sh

step "README run command: xvfb-run -a bash scripts/run.sh (bounded, window looked for)"
# Tools for the check itself, not for the README's commands: they must not hide a missing
# package, so they are installed only after the test command has run.
apt-get install -y -qq --no-install-recommends x11-utils >/dev/null
display=97
auth=/tmp/lachealth-xauth
rm -f "$auth"
demo_db="$HOME/.local/share/lachealth-demo.sqlite"
rm -f "$demo_db"
xvfb-run -n "$display" -f "$auth" -s "-screen 0 1280x800x24" \
    timeout 120 bash scripts/run.sh >"$artifacts/run.log" 2>&1 &
run_pid=$!
found=""
for _ in $(seq 1 90); do
    if ! kill -0 "$run_pid" 2>/dev/null; then
        break
    fi
    found="$(XAUTHORITY="$auth" DISPLAY=":$display" xwininfo -root -tree 2>/dev/null |
        grep -o '"LAC Health Tracker[^"]*"' | head -1 || true)"
    [[ -n "$found" ]] && break
    sleep 1
done
if [[ -n "$found" ]]; then
    # Let it draw, then record what the window shows.
    sleep 3
    XAUTHORITY="$auth" DISPLAY=":$display" xwininfo -root -tree >"$artifacts/windows.txt" 2>&1 ||
        true
fi
kill "$run_pid" 2>/dev/null || true
wait "$run_pid" 2>/dev/null || true
cat "$artifacts/run.log"
if [[ -z "$found" ]]; then
    echo "fresh-root-inside: the window never appeared under xvfb-run (see run.log above)" >&2
    exit 1
fi
echo "  window found: $found"
if [[ ! -s "$demo_db" ]]; then
    echo "fresh-root-inside: scripts/run.sh did not create the demo database $demo_db" >&2
    exit 1
fi
children="$(build/src/app/lachealth check --db "$demo_db" >/dev/null 2>&1 && echo ok || echo bad)"
if [[ "$children" != ok ]]; then
    echo "fresh-root-inside: 'lachealth check' refuses the demo database" >&2
    exit 1
fi
echo "  demo database created and checked: $demo_db ($(stat -c %s "$demo_db") bytes)"

step "Package: cpack -G DEB"
rm -f build/lachealth_*.deb
(cd build && cpack -G DEB >/dev/null)
debs=(build/lachealth_*.deb)
deb="${debs[0]}"
dpkg-deb --field "$deb" Package Version Depends
cp "$deb" "$artifacts/"

step "apt-get install ./$(basename "$deb") and run /usr/bin/lachealth"
apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
[[ "$(command -v lachealth)" == /usr/bin/lachealth ]]
/usr/bin/lachealth --version
workdays="$(/usr/bin/lachealth workdays 2025-12-22 20)"
if [[ "$workdays" != 2026-01-22 ]]; then
    echo "fresh-root-inside: 'lachealth workdays 2025-12-22 20' printed '$workdays'" >&2
    exit 1
fi
echo "  lachealth workdays 2025-12-22 20 -> $workdays"
end_step
rm -f "$artifacts/failed-step.txt"

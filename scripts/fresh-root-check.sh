#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds, tests, runs and packages the committed checkout inside a brand-new Debian 12 root, so
# that nothing already installed on this machine can hide a package missing from
# scripts/install-deps.sh. Run as root from a clone: `sudo bash scripts/fresh-root-check.sh`.
# .ci/run calls it; docs/deployment.md describes it.
#
# Steps (timed): mmdebstrap --variant=apt bookworm, with the Debian mirror taken from this
# machine's apt sources at run time; `git archive HEAD` copied in (no build folder, no caches);
# /proc, /dev, /dev/shm and a tmpfs /tmp mounted (and this machine's apt archive cache, unless
# --no-apt-cache); then scripts/fresh-root-inside.sh runs in the root: the README's two commands,
# the .deb built, installed with apt-get and run. Everything is unmounted and removed on
# every exit path (--keep leaves the unmounted root for a look).
#
# Options: --keep, --no-apt-cache, --artifacts DIR (screenshot, logs, .deb; default
# /var/tmp/lachealth-fresh-root-artifacts), --workdir DIR (where the roots go; default /var/tmp).
set -euo pipefail

keep=false
apt_cache=true
artifacts=/var/tmp/lachealth-fresh-root-artifacts
workdir=/var/tmp
while [[ $# -gt 0 ]]; do
    case "$1" in
        --keep) keep=true ;;
        --no-apt-cache) apt_cache=false ;;
        --artifacts) artifacts="$2"; shift ;;
        --workdir) workdir="$2"; shift ;;
        *) echo "usage: $0 [--keep] [--no-apt-cache] [--artifacts DIR] [--workdir DIR]" >&2
           exit 2 ;;
    esac
    shift
done

if [[ $EUID -ne 0 ]]; then
    echo "fresh-root-check: run as root (mmdebstrap, mount and chroot need it)" >&2
    exit 1
fi

# A private mount namespace: nothing mounted here shows on the machine, and the kernel drops
# every mount if this script is killed outright. The trap below still unmounts in order, so that
# the roots can be deleted safely.
if [[ "${LACHEALTH_FRESH_ROOT_NS:-}" != 1 ]]; then
    LACHEALTH_FRESH_ROOT_NS=1 exec unshare --mount --propagation private -- \
        bash "$(readlink -f "${BASH_SOURCE[0]}")" \
        $([[ $keep == true ]] && echo --keep) $([[ $apt_cache == false ]] && echo --no-apt-cache) \
        --artifacts "$artifacts" --workdir "$workdir"
fi

export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
source_dir="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
started=$SECONDS
timings=()
current_step=""
step_started=$SECONDS

step() {
    end_step
    current_step="$*"
    step_started=$SECONDS
    printf '\n=== [host] %s (at %ds)\n' "$current_step" $((SECONDS - started))
}
end_step() {
    if [[ -n "$current_step" ]]; then
        timings+=("$(printf '%5ds  [host] %s' $((SECONDS - step_started)) "$current_step")")
        current_step=""
    fi
}

root=""
package_root=""
mounted=()

# Every mount point under a directory, deepest first, as this namespace sees them.
mounts_under() {
    awk -v d="$1" '$5 == d || index($5, d "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

# Ends the processes still running inside a root (a test's server, a stuck Xvfb): ours, by id.
stop_processes_in() {
    local dir="$1" p pid
    for p in /proc/[0-9]*; do
        pid="${p#/proc/}"
        if [[ "$(readlink "$p/root" 2>/dev/null)" == "$dir" ]]; then
            kill -TERM "$pid" 2>/dev/null || true
        fi
    done
    sleep 1
    for p in /proc/[0-9]*; do
        pid="${p#/proc/}"
        if [[ "$(readlink "$p/root" 2>/dev/null)" == "$dir" ]]; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
}

unmount_all() {
    local dir="$1" m
    [[ -n "$dir" && -d "$dir" ]] || return 0
    stop_processes_in "$dir"
    while read -r m; do
        [[ -n "$m" ]] && { umount "$m" 2>/dev/null || umount -l "$m" || true; }
    done < <(mounts_under "$dir")
}

remove_root() {
    local dir="$1"
    [[ -n "$dir" && -d "$dir" ]] || return 0
    unmount_all "$dir"
    if [[ -n "$(mounts_under "$dir")" ]]; then
        echo "fresh-root-check: still mounted, NOT removing $dir:" >&2
        mounts_under "$dir" >&2
        return 1
    fi
    if [[ "$keep" == true ]]; then
        echo "fresh-root-check: kept $dir (unmounted)"
    else
        rm -rf --one-file-system "$dir"
    fi
}

finish() {
    local status=$?
    set +e
    end_step
    remove_root "$root"
    remove_root "$package_root"
    printf '\n=== Step times\n'
    printf '%s\n' "${timings[@]}"
    if [[ -f "$artifacts/inside-timings.txt" ]]; then
        cat "$artifacts/inside-timings.txt"
    fi
    printf '%5ds  total\n' $((SECONDS - started))
    if [[ $status -eq 0 ]]; then
        echo "fresh-root-check: PASSED"
    else
        echo "fresh-root-check: FAILED (exit $status) in: ${failed_step:-see above}" >&2
    fi
    exit "$status"
}
trap 'failed_step="$current_step"' ERR
trap finish EXIT
trap 'exit 130' INT TERM HUP

# The Debian 12 entries of this machine's apt sources, as one-line "deb URI SUITE main" entries:
# /etc/apt/sources.list and sources.list.d/*.list (one-line format), sources.list.d/*.sources
# (deb822). Only bookworm, bookworm-updates and bookworm-security with the main component;
# third-party repositories (other suites or components) are left out.
debian_sources() {
    local suite_re='^bookworm(-updates|-security)?$'
    local files=() f
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f "$f" ]] && files+=("$f")
    done
    if [[ ${#files[@]} -gt 0 ]]; then
        awk -v re="$suite_re" '
            /^[ \t]*deb[ \t]/ {
                line = $0; sub(/#.*/, "", line); gsub(/\[[^]]*\]/, "", line)
                n = split(line, w, /[ \t]+/); i = (w[1] == "" ? 2 : 1)
                uri = w[i + 1]; suite = w[i + 2]; main = 0
                for (j = i + 3; j <= n; j++) if (w[j] == "main") main = 1
                if (suite ~ re && main) print "deb " uri " " suite " main"
            }' "${files[@]}"
    fi
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -f "$f" ]] || continue
        awk -v re="$suite_re" '
            function flush(   n, m, i, j, U, S) {
                if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled != "no" &&
                    comps ~ /(^|[ \t])main([ \t]|$)/) {
                    n = split(uris, U, /[ \t]+/); m = split(suites, S, /[ \t]+/)
                    for (i = 1; i <= n; i++) for (j = 1; j <= m; j++)
                        if (U[i] != "" && S[j] ~ re) print "deb " U[i] " " S[j] " main"
                }
                types = uris = suites = comps = enabled = last = ""
            }
            /^[ \t]*#/ { next }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]/ { v = $0; sub(/^[ \t]+/, "", v)
                       if (last == "uris") uris = uris " " v
                       else if (last == "suites") suites = suites " " v
                       else if (last == "components") comps = comps " " v
                       next }
            { key = tolower($0); sub(/:.*/, "", key); v = $0; sub(/^[^:]*:[ \t]*/, "", v)
              last = key
              if (key == "types") types = v; else if (key == "uris") uris = v
              else if (key == "suites") suites = v; else if (key == "components") comps = v
              else if (key == "enabled") enabled = tolower(v) }
            END { flush() }' "$f"
    done
}

in_root() {
    chroot "$1" /usr/bin/env -i HOME=/root USER=root LOGNAME=root CI=true LANG=C.UTF-8 \
        TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive "${@:2}" </dev/null
}

step "mmdebstrap on this machine"
if ! command -v mmdebstrap >/dev/null; then
    apt-get update
    apt-get install -y --no-install-recommends mmdebstrap
fi
mmdebstrap --version

step "Debian 12 mirror from this machine's apt sources"
mapfile -t sources < <(debian_sources | awk '!seen[$0]++')
if [[ ${#sources[@]} -eq 0 ]]; then
    echo "fresh-root-check: no Debian bookworm entry (with main) in /etc/apt/sources.list or" \
         "/etc/apt/sources.list.d/*.{list,sources}" >&2
    exit 1
fi
printf '  %s\n' "${sources[@]}"

step "Fresh Debian 12 root (mmdebstrap --variant=apt bookworm)"
mkdir -p "$workdir" "$artifacts"
rm -f "$artifacts"/*.png "$artifacts"/*.log "$artifacts"/*.txt "$artifacts"/*.deb
root="$(mktemp -d "$workdir/lachealth-fresh-root.XXXXXX")"
chmod 755 "$root"
mmdebstrap --variant=apt --quiet bookworm "$root" "${sources[@]}"

step "Clean checkout copied in (git archive HEAD)"
git -C "$source_dir" log -1 --format='  commit %h %s'
if [[ -n "$(git -C "$source_dir" status --porcelain --untracked-files=no)" ]]; then
    echo "  note: uncommitted changes are not checked; only HEAD is copied"
fi
mkdir -p "$root/root/lachealth"
git -C "$source_dir" archive --format=tar HEAD | tar -x -C "$root/root/lachealth"

step "Mounts: /proc, /dev, /dev/shm, tmpfs /tmp$([[ $apt_cache == true ]] && echo ', apt archive cache')"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
mount -t tmpfs -o mode=1777 tmp "$root/tmp"
if [[ "$apt_cache" == true ]]; then
    # Downloaded .debs only (no build output): saves fetching the same packages every run.
    mkdir -p /var/cache/apt/archives/partial
    mount --bind /var/cache/apt/archives "$root/var/cache/apt/archives"
fi
mounts_under "$root" | sort | sed "s/^/  /"

end_step
printf '\n=== [root] scripts/fresh-root-inside.sh\n'
inside_status=0
in_root "$root" bash /root/lachealth/scripts/fresh-root-inside.sh || inside_status=$?
cp -a "$root/root/ci-artifacts/." "$artifacts/" 2>/dev/null || true
if [[ $inside_status -ne 0 ]]; then
    current_step="inside the fresh root: $(tail -1 "$artifacts/failed-step.txt" 2>/dev/null || echo '?')"
    failed_step="$current_step"
    exit "$inside_status"
fi
remove_root "$root"
root=""

end_step

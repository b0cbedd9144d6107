# shellcheck shell=bash
# Sourced by the clean-root checks (check-deb-install.sh, check-appdir.sh): a minimal Debian 12
# root made by debootstrap from the mirror this machine uses, cached as a tarball, and a way to
# run commands in a fresh copy of it.
#
#   cleanroot_make DIR            unpack a fresh copy of the cached root into DIR (builds the
#                                 cache first: debootstrap --variant=minbase, about 2 min)
#   cleanroot_run DIR CMD...      run CMD as root inside DIR
#   cleanroot_user DIR CMD...     run CMD as the ordinary user "agent" (uid 1000) inside DIR
#   CLEANROOT_BWRAP_ARGS=(...)    extra bubblewrap arguments for both (binds, namespaces)
#
# Commands run under bubblewrap: a private mount namespace whose root is DIR (pivot_root, not
# chroot, so Chromium's sandbox can create its user namespace, which the kernel refuses inside a
# chroot), with /proc, a minimal /dev and a /tmp of its own. Every mount lives in that namespace
# and disappears with it, on every exit path; nothing is mounted on the host.
#
# Cache: ${OPC_CLEANROOT_CACHE:-~/.cache/operator-console} (the home of the user, not $HOME,
# which the test runner points at a throw-away folder). The tarball's name is a hash of what it
# is made of; downloaded .debs are kept in apt-archives/ next to it and reused.

CLEANROOT_SUITE=bookworm
# Packages on top of minbase. Nothing graphical and no Qt: the checks must bring their own.
CLEANROOT_INCLUDE=ca-certificates
CLEANROOT_FORMAT=1 # bump when the recipe below changes
CLEANROOT_BWRAP_ARGS=()
CLEANROOT_CACHE=${OPC_CLEANROOT_CACHE:-$(getent passwd "$(id -u)" | cut -d: -f6)/.cache/operator-console}

# The Debian mirror apt uses on this machine (deb822 or one-line sources), else deb.debian.org.
cleanroot_mirror() {
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        sed -n 's/^URIs:[[:space:]]*\(\S*\/debian\)\/\?$/\1/p' | head -n 1)
    [[ -n $uri ]] || uri=$(sed -n 's/^deb[[:space:]]\+\(\S*\/debian\)\/\?[[:space:]]\+bookworm[[:space:]].*/\1/p' /etc/apt/sources.list 2>/dev/null | head -n 1)
    echo "${uri:-http://deb.debian.org/debian}"
}

cleanroot_tarball() {
    local key
    key=$(printf '%s\n' "$CLEANROOT_FORMAT" "$CLEANROOT_SUITE" "$(cleanroot_mirror)" "$CLEANROOT_INCLUDE" |
        sha256sum | cut -c1-16)
    echo "$CLEANROOT_CACHE/debian-$CLEANROOT_SUITE-minbase-$key.tar.zst"
}

# Runs debootstrap in a mount namespace of its own, so the /proc it mounts in the target goes away
# even when it fails halfway.
cleanroot_build_cache() {
    local tarball=$1 mirror work status=0
    mirror=$(cleanroot_mirror)
    work=$(mktemp -d "${TMPDIR:-/tmp}/opc-debootstrap.XXXXXX")
    echo "cleanroot: debootstrap $CLEANROOT_SUITE (minbase) from $mirror into the cache"
    mkdir -p "$CLEANROOT_CACHE/debootstrap-debs"
    unshare --mount --propagation private \
        debootstrap --variant=minbase --include="$CLEANROOT_INCLUDE" --cache-dir="$CLEANROOT_CACHE/debootstrap-debs" \
        "$CLEANROOT_SUITE" "$work/root" "$mirror" \
        >"$work/debootstrap.log" 2>&1 || status=$?
    if ((status == 0)); then
        cat >"$work/root/etc/apt/sources.list" <<EOF
deb $mirror $CLEANROOT_SUITE main
deb $mirror $CLEANROOT_SUITE-updates main
deb ${mirror%/debian}/debian-security $CLEANROOT_SUITE-security main
EOF
        # An ordinary user for the programs under test; apt keeps downloaded .debs for the cache.
        cleanroot_run "$work/root" useradd --create-home --uid 1000 --user-group --shell /bin/bash agent &&
            rm -f "$work/root/etc/apt/apt.conf.d/docker-clean" &&
            echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' \
                >"$work/root/etc/apt/apt.conf.d/01keep-debs" &&
            cleanroot_run "$work/root" apt-get -qq update >>"$work/debootstrap.log" 2>&1 &&
            rm -rf "$work/root/var/cache/apt/archives/"*.deb &&
            mkdir -p "$CLEANROOT_CACHE" &&
            tar --numeric-owner -C "$work/root" -I 'zstd -T0 -3' -cf "$tarball.part" . &&
            mv "$tarball.part" "$tarball" || status=$?
    fi
    ((status == 0)) || tail -n 30 "$work/debootstrap.log" >&2
    rm -rf "$work"
    return "$status"
}

cleanroot_make() {
    local dir=$1 tarball
    tarball=$(cleanroot_tarball)
    if [[ ! -f $tarball ]]; then
        cleanroot_build_cache "$tarball" || return
    fi
    mkdir -p "$dir" "$CLEANROOT_CACHE/apt-archives/partial"
    tar --numeric-owner -C "$dir" -I zstd -xf "$tarball"
}

cleanroot_run() {
    local dir=$1
    shift
    local archives=()
    [[ -d $CLEANROOT_CACHE/apt-archives ]] &&
        archives=(--bind "$CLEANROOT_CACHE/apt-archives" /var/cache/apt/archives)
    bwrap --bind "$dir" / --proc /proc --dev /dev --perms 1777 --tmpfs /dev/shm --perms 1777 --tmpfs /tmp \
        --ro-bind /etc/resolv.conf /etc/resolv.conf "${archives[@]}" \
        --unshare-pid --unshare-ipc --unshare-uts --die-with-parent "${CLEANROOT_BWRAP_ARGS[@]}" \
        /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# The user's environment: offscreen Qt, no session bus (the keychain falls back to memory and
# says so), a private runtime folder.
cleanroot_user() {
    local dir=$1
    shift
    cleanroot_run "$dir" /usr/bin/setpriv --reuid=1000 --regid=1000 --clear-groups \
        /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME=/home/agent USER=agent LOGNAME=agent \
        QT_QPA_PLATFORM=offscreen "$@"
}

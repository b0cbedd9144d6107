#!/usr/bin/env bash
# The .deb installs into a clean Debian 12 root with `apt-get install ./operator-console_….deb`
# (its dependencies from Debian's archive), then, as an ordinary user: --version, an offscreen
# --demo start that binds the 17 call-card events with Chromium's sandbox on, --export-log of
# what that run logged. The desktop entry and the icons are where menus look, the program is on
# PATH. Finally `apt-get purge --autoremove` leaves no file behind but the user's own data.
# Needs root (debootstrap, bubblewrap) and the network (the root and the .debs are cached).
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=tests/packaging/cleanroot.sh
source "$SOURCE_DIR/tests/packaging/cleanroot.sh"
require_tools "cmake" cpack
require_tools dpkg-dev dpkg-deb
require_tools debootstrap debootstrap
require_tools bubblewrap bwrap
require_tools zstd zstd
((EUID == 0)) || { echo "SKIP: needs root (debootstrap, bubblewrap)"; exit 0; }
[[ -f $BUILD_DIR/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $BUILD_DIR (configure first)"

make_temp_dir
start=$SECONDS
quiet cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$TMP/pkg"
deb=$(find "$TMP/pkg" -maxdepth 1 -name 'operator-console_*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no operator-console_*.deb"
echo ".deb built in $((SECONDS - start)) s: $(basename "$deb") $(du -h "$deb" | cut -f1)"

start=$SECONDS
cleanroot_make "$TMP/root"
echo "clean root ready in $((SECONDS - start)) s"
root=$TMP/root
# Every file of the clean root except state that apt, dpkg and the user change by design.
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./dev -o -path ./tmp -o -path ./home \
        -o -path ./var/lib/dpkg -o -path ./var/lib/apt -o -path ./var/cache -o -path ./var/log \
        -o -path ./etc/ld.so.cache -o -path ./root \) -prune -o -print | sort)
}
install -m 755 "$SOURCE_DIR/tests/packaging/demo-binds.sh" "$root/usr/local/bin/demo-binds"
snapshot >"$TMP/before"
mkdir -p "$root/root/pkg"
cp "$deb" "$root/root/pkg/"

start=$SECONDS
apt_install() { cleanroot_run "$root" apt-get install -y -q --no-install-recommends "/root/pkg/$(basename "$deb")"; }
if ! apt_install >"$TMP/apt.log" 2>&1; then
    # The cached package lists may be older than the archive: refresh once.
    quiet cleanroot_run "$root" apt-get -q update
    apt_install >"$TMP/apt.log" 2>&1 || { tail -n 30 "$TMP/apt.log" >&2; fail "apt-get install ./$(basename "$deb") failed"; }
fi
echo "apt-get install in $((SECONDS - start)) s ($(grep -c '^Setting up' "$TMP/apt.log") packages set up)"

# Where a menu looks: the .desktop file under /usr/share/applications, its Exec on PATH, its
# Icon in the hicolor theme at the sizes menus ask for.
app_id=$APP_ID
[[ -f $root/usr/share/applications/$app_id.desktop ]] || fail "no /usr/share/applications/$app_id.desktop"
exec_line=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/$app_id.desktop" | head -n 1)
cleanroot_user "$root" sh -c "command -v $exec_line" >/dev/null || fail "Exec=$exec_line is not on PATH"
icon=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$app_id.desktop")
for size in 32x32 64x64 128x128 256x256 scalable; do
    compgen -G "$root/usr/share/icons/hicolor/$size/apps/$icon.*" >/dev/null || fail "no $size icon $icon"
done
# hicolor's index.theme comes with any desktop (hicolor-icon-theme), not with this package.
echo "menu entry and icons in place; hicolor index.theme $([[ -f $root/usr/share/icons/hicolor/index.theme ]] && echo present || echo 'absent (no desktop in the root)')"
[[ -f $root/usr/share/man/man1/operator-console.1.gz ]] || fail "no manual page"
[[ -f $root/usr/share/doc/operator-console/copyright ]] || fail "no copyright file"

version=$(cleanroot_user "$root" operator-console --version) || fail "--version failed"
[[ $version == "operator-console $VERSION" ]] || fail "--version printed '$version'"
echo "installed: $version"

start=$SECONDS
cleanroot_user "$root" /usr/local/bin/demo-binds /home/agent/data /usr/bin/operator-console || fail "the demo did not bind"
echo "demo ran in $((SECONDS - start)) s"
cleanroot_user "$root" operator-console --data-dir /home/agent/data --export-log /home/agent/events.csv ||
    fail "--export-log failed"
header=$(head -n 1 "$root/home/agent/events.csv")
[[ $header == *,* ]] || fail "--export-log wrote no CSV header: '$header'"
echo "export: $(($(wc -l <"$root/home/agent/events.csv") - 1)) event(s), header $header"

start=$SECONDS
quiet cleanroot_run "$root" apt-get purge -y -q --autoremove operator-console
snapshot >"$TMP/after"
if ! diff -u "$TMP/before" "$TMP/after" >"$TMP/diff"; then
    cat "$TMP/diff" >&2
    fail "files left behind after apt-get purge --autoremove"
fi
echo "purged in $((SECONDS - start)) s, no files left"
echo "PASS: $(basename "$deb") installs, runs as a user with the sandbox on and purges cleanly"

#!/usr/bin/env bash
# The self-contained AppDir (packaging/appimage/build-appdir.sh) runs in a clean Debian 12 root
# that has no Qt, no X11 and no fonts: --version, then an offscreen --demo start that binds the
# 17 call-card events as an ordinary user with Chromium's sandbox on. Then the same from a
# read-only squashfs image of the AppDir (what the AppImage runtime mounts), and once more on a
# system that blocks user namespaces, where AppRun must turn the sandbox off by itself.
# Needs root (debootstrap, bubblewrap, mount) and the network the first time (the root is cached).
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=tests/packaging/cleanroot.sh
source "$SOURCE_DIR/tests/packaging/cleanroot.sh"
require_tools debootstrap debootstrap
require_tools bubblewrap bwrap
require_tools patchelf patchelf
require_tools squashfs-tools mksquashfs
require_tools zstd zstd
((EUID == 0)) || { echo "SKIP: needs root (debootstrap, bubblewrap, mount)"; exit 0; }
[[ -x $BUILD_DIR/app/operator-console ]] || fail "build operator-console first"

# Everything mounted below lives in this private mount namespace and goes away with it.
if [[ -z ${OPC_PRIVATE_MOUNTS:-} ]]; then
    OPC_PRIVATE_MOUNTS=1 exec unshare --mount --propagation private bash "$0" "$@"
fi

make_temp_dir
start=$SECONDS
quiet "$SOURCE_DIR/packaging/appimage/build-appdir.sh" "$BUILD_DIR" "$TMP/AppDir"
echo "AppDir built in $((SECONDS - start)) s: $(du -sh "$TMP/AppDir" | cut -f1), $(find "$TMP/AppDir/usr/lib" -name '*.so*' | wc -l) libraries"

# The AppDir is complete when nothing it loads is missing on this machine either.
for elf in "$TMP/AppDir/usr/bin/operator-console" "$TMP/AppDir/usr/libexec/QtWebEngineProcess" \
    "$TMP"/AppDir/usr/plugins/*/*.so; do
    # shellcheck disable=SC2016 # a literal $ORIGIN
    patchelf --print-rpath "$elf" | grep -q '^\$ORIGIN' || fail "$elf has no \$ORIGIN rpath"
done
for conf in usr/bin/qt.conf usr/libexec/qt.conf; do
    [[ -f $TMP/AppDir/$conf ]] || fail "no $conf"
done

start=$SECONDS
cleanroot_make "$TMP/root"
echo "clean root ready in $((SECONDS - start)) s"
if compgen -G "$TMP/root/usr/lib/x86_64-linux-gnu/libQt6*" >/dev/null ||
    [[ -e $TMP/root/etc/fonts/fonts.conf ]]; then
    fail "the clean root has Qt or fontconfig: the check would prove nothing"
fi
install -m 755 "$SOURCE_DIR/tests/packaging/demo-binds.sh" "$TMP/root/usr/local/bin/demo-binds"

# run_appdir DIR_IN_ROOT LABEL: --version and the demo, as the user "agent".
run_appdir() {
    local appdir=$1 label=$2 version
    version=$(cleanroot_user "$TMP/root" "$appdir/AppRun" --version) ||
        fail "$label: AppRun --version failed"
    [[ $version == "operator-console $VERSION" ]] || fail "$label: --version printed '$version'"
    cleanroot_user "$TMP/root" /usr/local/bin/demo-binds "/home/agent/data-$label" "$appdir/AppRun" ||
        fail "$label: the demo did not bind"
}

start=$SECONDS
CLEANROOT_BWRAP_ARGS=(--ro-bind "$TMP/AppDir" /opt/AppDir)
run_appdir /opt/AppDir appdir
echo "AppDir ran in the clean root in $((SECONDS - start)) s"

# The AppImage runtime mounts its squashfs read-only, nosuid, nodev; do the same.
start=$SECONDS
# zstd at level 1: mksquashfs's default level 15 takes minutes here; the release job's
# appimagetool chooses its own compression.
mksquashfs "$TMP/AppDir" "$TMP/AppDir.squashfs" -comp zstd -Xcompression-level 1 -root-owned -noappend -quiet >/dev/null ||
    fail "mksquashfs failed"
mkdir -p "$TMP/mnt"
if mount -t squashfs -o loop,ro,nosuid,nodev "$TMP/AppDir.squashfs" "$TMP/mnt" 2>/dev/null; then
    how="loop mount"
elif command -v squashfuse >/dev/null && squashfuse -o ro "$TMP/AppDir.squashfs" "$TMP/mnt"; then
    how=squashfuse
else
    fail "cannot mount the squashfs (no loop device, no squashfuse)"
fi
trap 'umount "$TMP/mnt" 2>/dev/null; rm -rf "$TMP"' EXIT
CLEANROOT_BWRAP_ARGS=(--ro-bind "$TMP/mnt" /opt/squashfs)
run_appdir /opt/squashfs squashfs
echo "squashfs ($how) ran in the clean root in $((SECONDS - start)) s"

# A host that blocks unprivileged user namespaces: bubblewrap's --disable-userns. AppRun must
# notice and start the web view without the sandbox rather than let the renderer crash.
start=$SECONDS
CLEANROOT_BWRAP_ARGS=(--ro-bind "$TMP/mnt" /opt/squashfs --unshare-user --disable-userns --uid 1000 --gid 1000)
output=$(cleanroot_run "$TMP/root" /usr/bin/env HOME=/tmp QT_QPA_PLATFORM=offscreen EXPECT_SANDBOX=off \
    /usr/local/bin/demo-binds /tmp/data /opt/squashfs/AppRun 2>&1) || { echo "$output" >&2; fail "no-userns: the demo did not bind"; }
grep -q "blocks unprivileged user namespaces" <<<"$output" || { echo "$output" >&2; fail "AppRun did not say that the sandbox is off"; }
echo "${output##*$'\n'}"
echo "no-userns run in $((SECONDS - start)) s"

echo "PASS: AppDir $(du -sh "$TMP/AppDir" | cut -f1), squashfs $(du -h "$TMP/AppDir.squashfs" | cut -f1) (what the AppImage carries, without its runtime)"

#!/usr/bin/env bash
# cpack builds the .deb from the build tree; it holds the program, the desktop integration files
# and the dependencies that dpkg-shlibdeps cannot see. Needs operator-console to be built.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools "cmake" cpack
require_tools dpkg-dev dpkg-deb dpkg-shlibdeps

[[ -f $BUILD_DIR/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $BUILD_DIR (configure first)"
make_temp_dir
quiet cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$TMP"
deb=$(find "$TMP" -maxdepth 1 -name 'operator-console_*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no operator-console_*.deb in $TMP"

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
expect_file() {
    grep -qx "\./$1" <<<"$contents" || fail "$(basename "$deb") lacks /$1"
}
expect_file usr/bin/operator-console
expect_file "usr/share/applications/$APP_ID.desktop"
expect_file "usr/share/metainfo/$APP_ID.metainfo.xml"
for size in 32 64 128 256; do
    expect_file "usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
expect_file "usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

[[ $(dpkg-deb -f "$deb" Package) == operator-console ]] || fail "Package is not operator-console"
[[ $(dpkg-deb -f "$deb" Version) == "$VERSION" ]] || fail "Version is not $VERSION"
depends=$(dpkg-deb -f "$deb" Depends)
# Split "a (>= 1), b | c" into one package name a line.
names=$(tr ',|' '\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g' | sed '/^$/d')
for package in libsecret-1-0 libqt6webenginecore6 libqt6webenginecore6-bin libqt6sql6-sqlite; do
    grep -qx "$package" <<<"$names" || fail "Depends lacks $package: $depends"
done
grep -qw gnome-keyring <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks gnome-keyring"
grep -qw qt6-translations-l10n <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks qt6-translations-l10n"
echo "PASS: $(basename "$deb"), Depends: $depends"

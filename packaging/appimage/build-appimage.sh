#!/usr/bin/env bash
# Builds Operator Console-x86_64.AppImage with linuxdeploy and linuxdeploy-plugin-qt.
#
#   packaging/appimage/build-appimage.sh [BUILD_DIR] [OUT_DIR]
#
# NEEDS A NETWORKED BUILD HOST. linuxdeploy, linuxdeploy-plugin-qt and the AppImage runtime are
# not packaged in Debian 12 and are downloaded from their dated GitHub releases below (the release
# workflow fetches and extracts them itself with packaging/ci/fetch-linuxdeploy.sh); the machine
# this project is developed on cannot reach GitHub, so this script has never been run there and
# tests/packaging does not run it. Build on the oldest distribution you support (glibc).
# Extra environment: LINUXDEPLOY / LINUXDEPLOY_PLUGIN_QT point at local copies of the tools;
# QMAKE=/usr/lib/qt6/bin/qmake (Debian) tells the Qt plugin which Qt to bundle.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$src/build-appimage}
out=${2:-$PWD}
appid=io.github.operatorconsole.OperatorConsole
tools=${TOOLS_DIR:-$build/appimage-tools}
appdir=$build/AppDir

fetch() { # url file
    [[ -x $2 ]] && return
    curl -fL --retry 3 -o "$2" "$1"
    chmod +x "$2"
}
mkdir -p "$tools"
LINUXDEPLOY=${LINUXDEPLOY:-$tools/linuxdeploy-x86_64.AppImage}
LINUXDEPLOY_PLUGIN_QT=${LINUXDEPLOY_PLUGIN_QT:-$tools/linuxdeploy-plugin-qt-x86_64.AppImage}
fetch https://github.com/linuxdeploy/linuxdeploy/releases/download/"${LINUXDEPLOY_VERSION:-1-alpha-20250213-2}"/linuxdeploy-x86_64.AppImage "$LINUXDEPLOY"
fetch https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/"${LINUXDEPLOY_PLUGIN_QT_VERSION:-1-alpha-20250213-1}"/linuxdeploy-plugin-qt-x86_64.AppImage "$LINUXDEPLOY_PLUGIN_QT"
# linuxdeploy finds plugins on PATH as linuxdeploy-plugin-<name>.
ln -sf "$LINUXDEPLOY_PLUGIN_QT" "$tools/linuxdeploy-plugin-qt"
export PATH="$tools:$PATH"

cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DOPC_BUILD_TESTS=OFF -DOPC_BUILD_BENCH=OFF
cmake --build "$build" --target operator-console
rm -rf "$appdir"
DESTDIR=$appdir cmake --install "$build"
# The AppImage ships Qt: the license, the notices and the LGPL/GPL texts go with it.
install -Dm644 -t "$appdir/usr/share/doc/operator-console" "$src/LICENSE" \
    "$src/resources/legal/third-party-notices.md" "$src/resources/legal/LGPL-3.0.txt" \
    "$src/resources/legal/GPL-3.0.txt"

# The hook (apprun-hook.sh, also used by build-appdir.sh's AppRun) turns Chromium's sandbox off
# only for root and on hosts that block unprivileged user namespaces, where it cannot start;
# ordinary users elsewhere keep it. It also points fontconfig at a bundled configuration on hosts
# that have none (linuxdeploy bundles no font, so that part only acts in build-appdir.sh's tree).
mkdir -p "$appdir/apprun-hooks"
cp "$src/packaging/appimage/apprun-hook.sh" "$appdir/apprun-hooks/operator-console-webengine.sh"

export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
# The Qt plugin bundles QtWebEngineProcess with its resources and locales, and the SQL drivers.
# QtKeychain dlopens libsecret, which no ELF dependency reveals, so it is named here.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
export OUTPUT=operator-console-$version-x86_64.AppImage
libsecret=$(ldconfig -p | awk '/libsecret-1\.so\.0 / && !found {print $NF; found = 1}')
cd "$out"
"$LINUXDEPLOY" --appdir "$appdir" \
    --executable "$appdir/usr/bin/operator-console" \
    --desktop-file "$appdir/usr/share/applications/$appid.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$appid.png" \
    ${libsecret:+--library "$libsecret"} \
    --plugin qt \
    --output appimage

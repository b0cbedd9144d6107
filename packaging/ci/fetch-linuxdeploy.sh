#!/usr/bin/env bash
# Fetches linuxdeploy, linuxdeploy-plugin-qt and linuxdeploy-plugin-appimage at the dated releases
# named in the environment (set in .github/workflows/release.yml), extracts each AppImage with
# --appimage-extract (no FUSE needed) and writes a launcher per tool into DIR:
#
#   packaging/ci/fetch-linuxdeploy.sh DIR     then: PATH=DIR:$PATH LINUXDEPLOY=DIR/linuxdeploy ...
#
# linuxdeploy finds its plugins on PATH as linuxdeploy-plugin-<name>.
set -euo pipefail
dir=${1:?usage: fetch-linuxdeploy.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# tool REPO TAG NAME: downloads NAME-x86_64.AppImage of REPO's release TAG
tool() {
    local repo=$1 tag=$2 name=$3
    local url="https://github.com/$repo/releases/download/$tag/$name-x86_64.AppImage"
    mkdir -p "$dir/$name.d"
    curl -fsSL --retry 3 -o "$dir/$name.d/$name.AppImage" "$url"
    chmod +x "$dir/$name.d/$name.AppImage"
    (cd "$dir/$name.d" && ./"$name.AppImage" --appimage-extract >/dev/null)
    printf '#!/bin/sh\nexec "%s/squashfs-root/AppRun" "$@"\n' "$dir/$name.d" >"$dir/$name"
    chmod +x "$dir/$name"
    echo "$name $tag: $(sha256sum "$dir/$name.d/$name.AppImage" | cut -d' ' -f1)"
}

tool linuxdeploy/linuxdeploy "${LINUXDEPLOY_VERSION:?}" linuxdeploy
tool linuxdeploy/linuxdeploy-plugin-qt "${LINUXDEPLOY_PLUGIN_QT_VERSION:?}" linuxdeploy-plugin-qt
tool linuxdeploy/linuxdeploy-plugin-appimage "${LINUXDEPLOY_PLUGIN_APPIMAGE_VERSION:?}" linuxdeploy-plugin-appimage

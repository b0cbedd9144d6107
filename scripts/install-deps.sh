#!/usr/bin/env bash
# Installs what building, running and testing the console needs on Debian 12. Idempotent: when
# everything is present it returns at once without touching apt.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build ccache clang-format
    qt6-base-dev qt6-webengine-dev qt6-webchannel-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libqt6sql6-sqlite
    qt6-translations-l10n
    libxkbcommon-dev libsecret-1-0
    xvfb xauth dbus gnome-keyring libsecret-tools
    desktop-file-utils appstream dpkg-dev wixl msitools
    # The packaging checks in a clean Debian root (tests/packaging/check-deb-install.sh, check-appdir.sh)
    # and lintian's and man's checks of the .deb.
    debootstrap bubblewrap zstd patchelf squashfs-tools squashfuse lintian man-db
    openssl
    # The fuzz targets (scripts/run-fuzzers.sh): clang, its sanitizer and libFuzzer runtimes
    # (libclang_rt.fuzzer), and llvm-symbolizer for readable reports.
    clang libclang-rt-14-dev llvm
)
if [[ "${1:-}" == "--with-node" ]]; then
    command -v npm >/dev/null 2>&1 || PACKAGES+=(nodejs npm)
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

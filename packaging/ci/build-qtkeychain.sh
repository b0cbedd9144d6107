#!/usr/bin/env bash
# Builds QtKeychain (not part of the official Qt) as a static library against the Qt on PATH and
# installs it into PREFIX, for the release jobs of .github/workflows/release.yml.
#
#   packaging/ci/build-qtkeychain.sh VERSION PREFIX     e.g. 0.15.0 "$RUNNER_TEMP/qtkeychain"
#
# Static, so no extra library has to be deployed next to the program (windeployqt, macdeployqt
# and linuxdeploy-plugin-qt only know Qt's). CMAKE_OSX_ARCHITECTURES from the environment applies.
# On Linux it uses libsecret (libsecret-1-dev), loaded by the console at run time.
set -euo pipefail
version=${1:?usage: build-qtkeychain.sh VERSION PREFIX}
prefix=${2:?usage: build-qtkeychain.sh VERSION PREFIX}
src="$prefix.src"
rm -rf "$src"
trap 'rm -rf "$src"' EXIT
git clone --quiet --depth 1 --branch "$version" https://github.com/frankosterfeld/qtkeychain.git "$src"
cmake -S "$src" -B "$src/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=OFF -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
cmake --build "$src/build"
cmake --install "$src/build"

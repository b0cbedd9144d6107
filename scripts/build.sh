#!/usr/bin/env bash
# Configures and builds into build/ (or $OPC_BUILD_DIR) with Ninja: the directory the README commands
# and scripts/run-tests.sh use. CMakePresets.json presets build into build-<preset> instead, so the two
# never reconfigure each other's tree. With CI=true it is the "ci" preset's configuration.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${OPC_BUILD_DIR:-build}"
BUILD_TYPE="${OPC_BUILD_TYPE:-RelWithDebInfo}"
EXTRA=()
[[ "${CI:-}" == "true" ]] && EXTRA+=(-DOPC_WARNINGS_AS_ERRORS=ON)
# ccache makes a rebuild in a fresh clone (CI) cheap when the machine has built this before.
command -v ccache >/dev/null 2>&1 && EXTRA+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" "${EXTRA[@]}" "$@" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"

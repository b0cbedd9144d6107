# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this
# Sourced by the packaging checks. $1 of every check is the build tree (${PROJECT_BINARY_DIR}).
set -euo pipefail

SOURCE_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${1:?usage: $0 BUILD_DIR}
BUILD_DIR=$(cd "$BUILD_DIR" && pwd)
APP_ID=io.github.operatorconsole.OperatorConsole
VERSION=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")

# Skips (exit 0, "SKIP: …", which ctest reports as skipped) when a tool is not installed. Only
# for tools: any other problem is a failure.
require_tools() { # package tool...
    local package=$1 tool
    shift
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (apt-get install $package)"
            exit 0
        fi
    done
}

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# Run a command quietly; on failure show its output.
quiet() {
    local log
    log=$(mktemp)
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        fail "command failed: $*"
    fi
    rm -f "$log"
}

make_temp_dir() {
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/opc-packaging.XXXXXX")
    trap 'rm -rf "$TMP"' EXIT
}

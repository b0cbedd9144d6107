#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the console. Arguments are passed to
# operator-console (for example --portal https://example.bitrix24.com); with no portal configured
# it opens the built-in demo portal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting the console under Xvfb (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1440x900x24" "${OPC_BUILD_DIR:-build}/app/operator-console" "$@"
fi
exec "${OPC_BUILD_DIR:-build}/app/operator-console" "$@"

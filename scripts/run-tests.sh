#!/usr/bin/env bash
# README command 2: install what is missing (apt packages, the pinned npm fixtures), check the
# formatting, build, and run the whole ctest suite headless, inside a private D-Bus session with an
# unlocked gnome-keyring and a throw-away HOME, so keychain tests use a real Secret Service and touch
# nothing of yours. Each stage prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."

# stage NAME COMMAND...: runs one stage and reports its duration, also when it fails.
stage() {
    local name="$1" start=$SECONDS status=0
    shift
    "$@" || status=$?
    if ((status == 0)); then
        echo "== stage $name: $((SECONDS - start)) s"
    else
        echo "== stage $name: FAILED (exit $status) after $((SECONDS - start)) s" >&2
        exit "$status"
    fi
}

install_npm_fixtures() {
    if [[ ! -f tests/e2e/node_modules/.package-lock.json ]] ||
        ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.opc-lock-copy; then
        (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.opc-lock-copy)
    fi
}

run_ctest() {
    SANDBOX="$(mktemp -d /tmp/opc-test.XXXXXX)"
    trap 'rm -rf "$SANDBOX"' EXIT
    mkdir -p "$SANDBOX/home" "$SANDBOX/runtime"
    chmod 700 "$SANDBOX/runtime"
    (
        export HOME="$SANDBOX/home" XDG_RUNTIME_DIR="$SANDBOX/runtime"
        export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
        unset DISPLAY WAYLAND_DISPLAY
        export OPC_BUILD_DIR_ABS="$PWD/${OPC_BUILD_DIR:-build}"
        dbus-run-session -- bash -c '
            echo -n opc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
            ctest --test-dir "$OPC_BUILD_DIR_ABS" --output-on-failure --timeout 300 -j "$(nproc)"
        '
    )
}

stage install scripts/install-deps.sh --with-node
# Right after the tools are in: a formatting diff fails CI before minutes of building.
stage format-check scripts/check-format.sh
stage npm install_npm_fixtures
stage build scripts/build.sh
stage tests run_ctest

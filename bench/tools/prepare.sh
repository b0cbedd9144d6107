# Sourced by bench/footprint, bench/latency and bench/soak: installs what is missing (the build
# dependencies, Debian's chromium, the pinned npm fixtures that hold the official b24jssdk) and builds
# the given targets in Release into $OPC_BENCH_BUILD_DIR (default build-release, with ccache). Every
# step is idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
BENCH_BUILD_DIR="${OPC_BENCH_BUILD_DIR:-build-release}"

bench_install() {
    bash scripts/install-deps.sh --with-node
    local missing=()
    for pkg in chromium xvfb xauth; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        local sudo=""
        [[ $(id -u) -ne 0 ]] && sudo="sudo"
        echo "Installing: ${missing[*]}"
        $sudo apt-get -o DPkg::Lock::Timeout=900 update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=900 install -y -qq \
            --no-install-recommends "${missing[@]}" >/dev/null
    fi
    if [[ ! -f tests/e2e/node_modules/.package-lock.json ]] ||
        ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.opc-lock-copy; then
        (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.opc-lock-copy)
    fi
}

# bench_build TARGET...: Release, no tests (faster), its own build directory.
bench_build() {
    local extra=()
    command -v ccache >/dev/null 2>&1 && extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    if [[ -z "${OPC_BENCH_NO_BUILD:-}" ]]; then
        cmake -S . -B "$BENCH_BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DOPC_BUILD_TESTS=OFF \
            -DOPC_BUILD_BENCH=ON "${extra[@]}" >/dev/null
        cmake --build "$BENCH_BUILD_DIR" --parallel "$(nproc)" --target "$@"
    fi
    grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$BENCH_BUILD_DIR/CMakeCache.txt" ||
        echo "warning: $BENCH_BUILD_DIR is not a Release build" >&2
}

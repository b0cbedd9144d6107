#!/usr/bin/env bash
# scripts/run-fuzzers.sh [SECONDS]: builds the libFuzzer targets of tests/fuzz (preset fuzz: clang,
# ASan + UBSan, into build-fuzz with ccache) and runs each for SECONDS (default 60) on a fresh copy
# of its seed corpus (tests/fuzz/corpus/<target>). Any crash, leak, UB report, timeout or
# out-of-memory fails the run; every target runs either way, and each one's time is printed.
# A finding is saved under build-fuzz/findings/ and printed as base64, so a CI log alone is enough
# to reproduce it: base64 -d > input; build-fuzz/tests/fuzz/fuzz_<target> input
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-60}"
BUILD_DIR=build-fuzz

EXTRA=()
command -v ccache >/dev/null 2>&1 && EXTRA+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
start=$SECONDS
cmake --preset fuzz "${EXTRA[@]}" >/dev/null
if ! cmake --build --preset fuzz --parallel "$(nproc)" >"$BUILD_DIR/build.log" 2>&1; then
    cat "$BUILD_DIR/build.log" >&2
    exit 1
fi
echo "fuzz build: $((SECONDS - start)) s"

export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1
symbolizer="$(command -v llvm-symbolizer || true)"
[[ -n "$symbolizer" ]] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

failed=()
for corpus in tests/fuzz/corpus/*/; do
    target="$(basename "$corpus")"
    work="$BUILD_DIR/corpus/$target"
    findings="$BUILD_DIR/findings"
    rm -rf "$work" "$findings/$target"-*
    mkdir -p "$work" "$findings"
    cp -r "$corpus". "$work"
    log="$BUILD_DIR/fuzz_$target.log"
    start=$SECONDS
    status=0
    # -timeout: one input running longer than 10 s is a finding (a hang) too.
    "$BUILD_DIR/tests/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/$target-" "$work" >"$log" 2>&1 ||
        status=$?
    runs="$(grep -o '^Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo '?')"
    if ((status == 0)); then
        echo "fuzz_$target: $((SECONDS - start)) s, $runs runs, no finding"
    else
        failed+=("$target")
        echo "fuzz_$target: FINDING (exit $status) after $((SECONDS - start)) s" >&2
        # From the report on: the sanitizer's or the target's own message, stack, the saved input.
        awk '/ERROR|runtime error|^fuzz_[a-z]+:|deadly signal/ { found = 1 } found' "$log" | head -100 >&2
        grep -q '^Base64:' "$log" && continue # libFuzzer printed the input itself (small ones)
        for input in "$findings/$target"-*; do
            [[ -f "$input" ]] || continue
            echo "input $input (base64):" >&2
            head -c 65536 "$input" | base64 -w 0 >&2
            echo >&2
        done
    fi
done
if ((${#failed[@]})); then
    echo "fuzzers with findings: ${failed[*]}" >&2
    exit 1
fi

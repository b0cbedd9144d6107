#!/usr/bin/env bash
# The manual page documents every option `operator-console --help` lists, and no option the
# program does not have; man renders it without warnings. Needs operator-console to be built.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools man-db man

page=$SOURCE_DIR/packaging/linux/operator-console.1
program=$BUILD_DIR/app/operator-console
[[ -x $program ]] || fail "build operator-console first"
help=$(QT_QPA_PLATFORM=offscreen "$program" --help) || fail "--help failed"
# Option lines of --help start with "  -x, --name" or "  --name".
from_help=$(sed -n 's/^  \(-[a-zA-Z], \)\?\(--[a-z-]*\).*/\2/p' <<<"$help" | sort -u)
# In the page, options are written \-\-name in .B/.BI/.BR lines.
from_page=$(grep -E '^\.(B|BI|BR) ' "$page" | grep -oE '\\-\\-[a-zA-Z\\-]+' | sed 's/\\//g' | sort -u |
    grep -vx -e '--webEngineArgs')
[[ -n $from_help ]] || fail "no options found in --help"
if [[ $from_help != "$from_page" ]]; then
    diff <(echo "$from_help") <(echo "$from_page") >&2 || true
    fail "the options of $page differ from --help (< only in --help, > only in the page)"
fi
grep -q "^\.TH OPERATOR-CONSOLE 1 .* \"Operator Console $VERSION\"" "$page" || fail ".TH does not name version $VERSION"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
[[ -z $warnings ]] || { echo "$warnings" >&2; fail "man warns about $page"; }
echo "PASS: $page documents $(wc -l <<<"$from_help") options"

#!/usr/bin/env bash
# The .desktop file passes desktop-file-validate and names the installed icon and program.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools desktop-file-utils desktop-file-validate

desktop=$SOURCE_DIR/packaging/linux/$APP_ID.desktop
[[ -f $desktop ]] || fail "missing $desktop"
# Errors make it exit non-zero; hints (several main categories) are printed and accepted.
desktop-file-validate "$desktop" || fail "desktop-file-validate rejected $desktop"

grep -qx "Icon=$APP_ID" "$desktop" || fail "Icon= must be the app id $APP_ID"
grep -qx "Exec=operator-console" "$desktop" || fail "Exec= must be operator-console"
for lang in ru de; do
    grep -q "^Name\[$lang\]=" "$desktop" || fail "no Name[$lang]"
    grep -q "^Comment\[$lang\]=" "$desktop" || fail "no Comment[$lang]"
done
echo "PASS: $desktop"

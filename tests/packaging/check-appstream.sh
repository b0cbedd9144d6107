#!/usr/bin/env bash
# The AppStream metainfo validates offline, launches our .desktop file and lists this version.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools appstream appstreamcli

metainfo=$SOURCE_DIR/packaging/linux/$APP_ID.metainfo.xml
[[ -f $metainfo ]] || fail "missing $metainfo"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejected $metainfo"

grep -q "<id>$APP_ID</id>" "$metainfo" || fail "<id> must be $APP_ID"
grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$metainfo" \
    || fail "<launchable> must name $APP_ID.desktop"
# Software centres show the newest <release>; a version without one looks unreleased.
grep -q "<release version=\"$VERSION\"" "$metainfo" \
    || fail "no <release version=\"$VERSION\"> for project version $VERSION"
echo "PASS: $metainfo"

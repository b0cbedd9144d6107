#!/usr/bin/env bash
# lintian finds nothing in the .deb, down to pedantic tags: copyright file (DEP-5, the MIT/Expat
# text of LICENSE), changelog, manual page, maintainer, hardening. Deliberate tags are overridden
# in packaging/linux/operator-console.lintian-overrides, each with its reason.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools "cmake" cpack
require_tools dpkg-dev dpkg-deb
require_tools lintian lintian

[[ -f $BUILD_DIR/CPackConfig.cmake ]] || fail "no CPackConfig.cmake in $BUILD_DIR (configure first)"
make_temp_dir
quiet cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$TMP"
deb=$(find "$TMP" -maxdepth 1 -name 'operator-console_*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no operator-console_*.deb in $TMP"

maintainer=$(sed -n 's/^OPC_PACKAGE_MAINTAINER:STRING=//p' "$BUILD_DIR/CMakeCache.txt")
[[ $(dpkg-deb -f "$deb" Maintainer) == "$maintainer" ]] || fail "Maintainer is not OPC_PACKAGE_MAINTAINER ($maintainer)"
changelog_signer=$(dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/doc/operator-console/changelog.gz | gzip -dc |
    sed -n 's/^ -- \(.*>\)  .*/\1/p' | head -n 1)
[[ $changelog_signer == "$maintainer" ]] || fail "the changelog is signed by '$changelog_signer', not the maintainer"

# --fail-on covers every level that --display-level shows; overridden tags do not count.
status=0
lintian --display-level '>=pedantic' --fail-on error,warning,info,pedantic "$deb" >"$TMP/lintian.txt" 2>&1 || status=$?
if ((status != 0)) || grep -qE '^[EWIPX]: ' "$TMP/lintian.txt"; then
    cat "$TMP/lintian.txt" >&2
    fail "lintian (exit $status) reports tags in $(basename "$deb")"
fi
echo "PASS: lintian has nothing to say about $(basename "$deb") (maintainer $maintainer)"

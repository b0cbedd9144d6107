#!/usr/bin/env bash
# wixl builds the MSI from packaging/windows/operator-console.wxs and a staged install; its tables
# hold the Start menu shortcut (with the AppUserModelID) and the fixed upgrade code. The staged
# program is the Linux build standing in for operator-console.exe: this checks the installer's
# structure, not that it installs or runs on Windows.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools "cmake" cmake
require_tools wixl wixl wixl-heat
require_tools msitools msiinfo

make_temp_dir
quiet cmake --install "$BUILD_DIR" --prefix "$TMP/stage"
quiet "$SOURCE_DIR/packaging/windows/build-msi.sh" "$TMP/stage" "$TMP/operator-console.msi" "$VERSION"
msi=$TMP/operator-console.msi

table() { msiinfo export "$msi" "$1" | tr -d '\r'; } # rows end in CRLF
# Whole tables in variables: with pipefail, `msiinfo | grep -q` could fail on SIGPIPE.
condition=$(table Condition)
customaction=$(table CustomAction)
directory=$(table Directory)
feature=$(table Feature)
file=$(table File)
installexecutesequence=$(table InstallExecuteSequence)
msishortcutproperty=$(table MsiShortcutProperty)
property=$(table Property)
upgrade=$(table Upgrade)
# Shortcut rows: Shortcut Directory_ Name Component_ Target Arguments …
shortcuts=$(table Shortcut)
grep -P '^StartMenuShortcut\tProgramMenuFolder\tOperator Console\tStartMenuShortcut\t\[#OperatorConsoleExe\]\t\[SHORTCUTARGS\]\t' \
    <<<"$shortcuts" >/dev/null || { echo "$shortcuts" >&2; fail "no Start menu shortcut to operator-console.exe"; }
grep -P '^DesktopShortcut\tDesktopFolder\t' <<<"$shortcuts" >/dev/null || fail "no desktop shortcut"
grep -P "\tStartMenuShortcut\tSystem\.AppUserModel\.ID\t$APP_ID" <<<"$msishortcutproperty" >/dev/null \
    || fail "the Start menu shortcut has no System.AppUserModel.ID $APP_ID"
# CONFIGFILE=<ini> on the msiexec command line becomes the shortcuts' --config argument.
grep -P '^SetShortcutArgs\t\d+\tSHORTCUTARGS\t--config "\[CONFIGFILE\]"' <<<"$customaction" >/dev/null \
    || fail "no action setting SHORTCUTARGS from CONFIGFILE"
grep -P '^SetShortcutArgs\tCONFIGFILE\t' <<<"$installexecutesequence" >/dev/null \
    || fail "SetShortcutArgs is not sequenced on CONFIGFILE"
grep -P '^DesktopShortcutFeature\t1\tDESKTOPSHORTCUT = "1"' <<<"$condition" >/dev/null \
    || fail "DESKTOPSHORTCUT=1 does not turn on the desktop shortcut feature"
grep -P '^DesktopShortcutFeature\t.*\t1000\t' <<<"$feature" >/dev/null || fail "the desktop shortcut is not off by default"

# The upgrade code of the .wxs must be the one CPack's WiX generator uses.
upgrade_code=$(sed -n 's/^set(CPACK_WIX_UPGRADE_GUID "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
[[ -n $upgrade_code ]] || fail "CPACK_WIX_UPGRADE_GUID not set in $BUILD_DIR/CPackConfig.cmake"
grep -qi "^{$upgrade_code}" <<<"$upgrade" || { echo "$upgrade" >&2; fail "Upgrade table lacks {$upgrade_code}"; }
grep -qi "^UpgradeCode	{$upgrade_code}" <<<"$property" || fail "UpgradeCode property is not {$upgrade_code}"
grep -q "^ProductVersion	$VERSION$" <<<"$property" || fail "ProductVersion is not $VERSION"
grep -q "^ARPPRODUCTICON	" <<<"$property" || fail "no Add/Remove Programs icon"
grep -q "^ALLUSERS	1$" <<<"$property" || fail "not a per-machine install (ALLUSERS=1)"
grep -q "^SecureCustomProperties	.*CONFIGFILE" <<<"$property" || fail "CONFIGFILE is not a secure property"
grep -q "operator-console.exe" <<<"$file" || fail "File table lacks operator-console.exe"
grep -q "ProgramFiles64Folder" <<<"$directory" || fail "not installed under ProgramFiles64Folder"
echo "PASS: $(du -h "$msi" | cut -f1) MSI, Start menu shortcut and upgrade code {$upgrade_code}"

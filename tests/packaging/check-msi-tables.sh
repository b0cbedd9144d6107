#!/usr/bin/env bash
# TABLE CHECK of the WiX source, not an installer test. wixl compiles
# packaging/windows/operator-console.wxs with a staged Linux install tree (build-msi.sh
# --table-check, the Linux program standing in for operator-console.exe), and msiinfo asserts its
# tables: Shortcut (Start menu, AppUserModelID, desktop shortcut off by default), Upgrade (the
# fixed UpgradeCode), Property (per-machine, PORTAL_URL, CONFIGFILE, AUTOSTART, all secure) and
# Registry (the machine-wide PortalUrl and ConfigFile under the key the console reads, the Run
# value for AUTOSTART). The MSI made here is thrown away; the release MSI is built on Windows.
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
require_tools "cmake" cmake
require_tools wixl wixl wixl-heat
require_tools msitools msiinfo

make_temp_dir
quiet cmake --install "$BUILD_DIR" --prefix "$TMP/stage"
# Without --table-check a Linux stage is refused: such an MSI must never pass for an installer.
if "$SOURCE_DIR/packaging/windows/build-msi.sh" "$TMP/stage" "$TMP/refused.msi" "$VERSION" >/dev/null 2>&1; then
    fail "build-msi.sh built an MSI from a Linux stage without --table-check"
fi
quiet "$SOURCE_DIR/packaging/windows/build-msi.sh" --table-check "$TMP/stage" "$TMP/table-check.msi" "$VERSION"
msi=$TMP/table-check.msi

table() { msiinfo export "$msi" "$1" | tr -d '\r'; } # rows end in CRLF
# Whole tables in variables: with pipefail, `msiinfo | grep -q` could fail on SIGPIPE.
condition=$(table Condition)
directory=$(table Directory)
feature=$(table Feature)
file=$(table File)
msishortcutproperty=$(table MsiShortcutProperty)
property=$(table Property)
registry=$(table Registry)
upgrade=$(table Upgrade)
# Shortcut rows: Shortcut Directory_ Name Component_ Target Arguments …
shortcuts=$(table Shortcut)
grep -P '^StartMenuShortcut\tProgramMenuFolder\tOperator Console\tStartMenuShortcut\t\[#OperatorConsoleExe\]\t\t' \
    <<<"$shortcuts" >/dev/null || { echo "$shortcuts" >&2; fail "no Start menu shortcut to operator-console.exe"; }
grep -P '^DesktopShortcut\tDesktopFolder\t' <<<"$shortcuts" >/dev/null || fail "no desktop shortcut"
grep -P "\tStartMenuShortcut\tSystem\.AppUserModel\.ID\t$APP_ID" <<<"$msishortcutproperty" >/dev/null \
    || fail "the Start menu shortcut has no System.AppUserModel.ID $APP_ID"
# PORTAL_URL and CONFIGFILE become machine-wide values under the key the console reads
# (MachineConfig::systemLocation() in lib/config/machineconfig.cpp). Registry rows:
# Registry Root(2 = HKLM) Key Name Value Component_
key=$(sed -n 's/.*return u"HKEY_LOCAL_MACHINE\\\\\(.*\)"_s;/\1/p' "$SOURCE_DIR/lib/config/machineconfig.cpp" | sed 's/\\\\/\\/g')
[[ -n $key ]] || fail "no HKEY_LOCAL_MACHINE key found in lib/config/machineconfig.cpp"
for pair in PortalUrl=PORTAL_URL ConfigFile=CONFIGFILE; do
    grep -qF "	2	$key	${pair%=*}	[${pair#*=}]	MachineConfig" <<<"$registry" ||
        { echo "$registry" >&2; fail "no HKLM\\$key ${pair%=*} = [${pair#*=}] in the Registry table"; }
done
grep -P '^Complete\tMachineConfig$' <<<"$(table FeatureComponents)" >/dev/null || fail "MachineConfig is not always installed"
# AUTOSTART=1: the machine-wide Run value, in a feature that is off unless AUTOSTART=1.
grep -qF '	2	Software\Microsoft\Windows\CurrentVersion\Run	Operator Console	"[#OperatorConsoleExe]"	Autostart' <<<"$registry" ||
    { echo "$registry" >&2; fail "no Run value for AUTOSTART"; }
grep -P '^AutostartFeature\t1\tAUTOSTART = "1"' <<<"$condition" >/dev/null || fail "AUTOSTART=1 does not turn on autostart"
grep -P '^AutostartFeature\t.*\t1000\t' <<<"$feature" >/dev/null || fail "autostart is not off by default"
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
for name in PORTAL_URL CONFIGFILE AUTOSTART DESKTOPSHORTCUT; do
    grep -qP "^SecureCustomProperties\t(.*;)?$name(;|$)" <<<"$property" || fail "$name is not a secure property"
done
grep -q "operator-console.exe" <<<"$file" || fail "File table lacks operator-console.exe"
grep -q "ProgramFiles64Folder" <<<"$directory" || fail "not installed under ProgramFiles64Folder"
echo "PASS (table check, not an installer): Shortcut, Upgrade {$upgrade_code}, Property and Registry tables of operator-console.wxs"

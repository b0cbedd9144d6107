#!/usr/bin/env bash
# Builds operator-console.msi from a staged install tree with wixl (Debian: apt-get install wixl).
#
#   packaging/windows/build-msi.sh [--table-check] STAGE_DIR OUT.msi [VERSION]
#
# STAGE_DIR is what `cmake --install <build> --prefix STAGE_DIR` produced on Windows, after
# windeployqt on STAGE_DIR/bin/operator-console.exe. Every file under STAGE_DIR except the program
# itself is harvested with wixl-heat into the "Payload" component group.
#
# --table-check: STAGE_DIR is a Linux stage (tests/packaging/check-msi-tables.sh), and
# bin/operator-console stands in for the .exe so that the database's tables can be asserted with
# msiinfo. The result is NOT an installer (its program is a Linux ELF file): never publish it.
# Without the option, a stage without bin/operator-console.exe is refused. The release MSI is
# built on Windows with WiX 3 candle/light from the same .wxs (packaging/README.md).
set -euo pipefail

table_check=false
if [[ ${1:-} == --table-check ]]; then
    table_check=true
    shift
fi
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
stage=${1:?usage: build-msi.sh [--table-check] STAGE_DIR OUT.msi [VERSION]}
out=${2:?usage: build-msi.sh [--table-check] STAGE_DIR OUT.msi [VERSION]}
version=${3:-0.1.0}
stage=$(cd "$stage" && pwd)

if [[ -f "$stage/bin/operator-console.exe" ]]; then
    exe=operator-console.exe
elif $table_check && [[ -f "$stage/bin/operator-console" ]]; then
    exe=operator-console
    echo "build-msi.sh: table check only: bin/operator-console stands in for the .exe; this MSI is not an installer" >&2
else
    echo "build-msi.sh: no bin/operator-console.exe in $stage (a Linux stage needs --table-check)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$stage" && find . -type f ! -path "./bin/$exe" | sed 's|^\./||' | sort) >"$work/files"
# wixl-heat strips the prefix given with -p; feed it paths relative to the stage. Its components
# say Win64="$(var.Win64)", a variable of the other file, so it is written out here.
# shellcheck disable=SC2016
(cd "$stage" && wixl-heat -p '' --directory-ref INSTALLDIR --component-group Payload \
    --var var.StageDir --win64 <"$work/files") | sed 's/\$(var\.Win64)/yes/' >"$work/payload.wxs"

# wixl warns that it ignores Package/@Platform (-a x64 sets it) and Property/@Secure (WiX 3 uses it).
# wixl 0.101 only finds Source files by relative paths, so it runs in $work with links.
ln -s "$stage" "$work/stage"
ln -s "$here/operator-console.ico" "$work/operator-console.ico"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
cd "$work"
wixl -a x64 -o "$out" \
    -D StageDir=stage -D ExeSource="$exe" -D Version="$version" \
    -D IconFile=operator-console.ico -D Toolset=wixl \
    "$here/operator-console.wxs" "$work/payload.wxs" 2> >(grep -v -e '^$' -e "no property named 'Platform'" -e "no property named 'Secure'" >&2)

# Rows that WiX 3 makes from the .wxs (Toolset=wix3) and wixl 0.101 cannot: the AppUserModelID
# of the Start menu shortcut (<ShortcutProperty>), under which Windows groups the taskbar button
# and the notifications, and the <Feature><Condition>s by which DESKTOPSHORTCUT=1 and
# AUTOSTART=1 turn on their features.
msibuild "$out" -q "CREATE TABLE \`MsiShortcutProperty\` (\`MsiShortcutProperty\` CHAR(72) NOT NULL, \`Shortcut_\` CHAR(72) NOT NULL, \`PropertyKey\` LONGCHAR NOT NULL, \`PropVariantValue\` LONGCHAR NOT NULL PRIMARY KEY \`MsiShortcutProperty\`)"
msibuild "$out" -q "INSERT INTO \`MsiShortcutProperty\` (\`MsiShortcutProperty\`, \`Shortcut_\`, \`PropertyKey\`, \`PropVariantValue\`) VALUES ('StartMenuShortcutAumid', 'StartMenuShortcut', 'System.AppUserModel.ID', 'io.github.operatorconsole.OperatorConsole')"
msibuild "$out" -q "CREATE TABLE \`Condition\` (\`Feature_\` CHAR(38) NOT NULL, \`Level\` SHORT NOT NULL, \`Condition\` CHAR(255) PRIMARY KEY \`Feature_\`, \`Level\`)"
msibuild "$out" -q "INSERT INTO \`Condition\` (\`Feature_\`, \`Level\`, \`Condition\`) VALUES ('DesktopShortcutFeature', 1, 'DESKTOPSHORTCUT = \"1\"')"
msibuild "$out" -q "INSERT INTO \`Condition\` (\`Feature_\`, \`Level\`, \`Condition\`) VALUES ('AutostartFeature', 1, 'AUTOSTART = \"1\"')"
# Property/@Secure is what WiX 3 turns into SecureCustomProperties; wixl ignores it. Secure
# properties reach the elevated part of a managed (GPO, SCCM, Intune) install.
secure=$(msiinfo export "$out" Property | sed -n 's/^SecureCustomProperties\t//p' | tr -d '\r')
msibuild "$out" -q "UPDATE \`Property\` SET \`Value\` = '${secure:+$secure;}AUTOSTART;CONFIGFILE;DESKTOPSHORTCUT;PORTAL_URL' WHERE \`Property\` = 'SecureCustomProperties'"
echo "build-msi.sh: wrote $out"

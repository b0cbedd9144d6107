#!/usr/bin/env bash
# Renders the macOS icon set from resources/icons/operator-console.svg and packs it into
# operator-console.icns (both committed; run again after the SVG changes):
#
#   packaging/macos/make-icns.sh          needs rsvg-convert (Debian: librsvg2-bin)
#
# operator-console.iconset holds the ten images `iconutil` expects (16-512 pt at 1x and @2x, up to
# 1024 px). The .icns gets each as PNG data under the type macOS looks up for that size and scale,
# the same as `iconutil -c icns` writes; tests/packaging/check-icns.sh lists them with icns2png -l.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg=$here/../../resources/icons/operator-console.svg
set_dir=$here/operator-console.iconset
out=$here/operator-console.icns

# name pixels icns-type
entries=(
    "icon_16x16.png 16 icp4" "icon_16x16@2x.png 32 ic11"
    "icon_32x32.png 32 icp5" "icon_32x32@2x.png 64 ic12"
    "icon_128x128.png 128 ic07" "icon_128x128@2x.png 256 ic13"
    "icon_256x256.png 256 ic08" "icon_256x256@2x.png 512 ic14"
    "icon_512x512.png 512 ic09" "icon_512x512@2x.png 1024 ic10"
)

# shellcheck disable=SC2059  # the inner printf builds the escapes the outer one turns into bytes
be32() { # big-endian 32-bit length
    printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(($1 >> 24 & 255)) $(($1 >> 16 & 255)) $(($1 >> 8 & 255)) $(($1 & 255)))"
}

rm -rf "$set_dir"
mkdir -p "$set_dir"
body=$(mktemp)
trap 'rm -f "$body"' EXIT
for entry in "${entries[@]}"; do
    read -r name px type <<<"$entry"
    rsvg-convert -w "$px" -h "$px" "$svg" -o "$set_dir/$name"
    size=$(($(stat -c %s "$set_dir/$name") + 8))
    { printf '%s' "$type"; be32 "$size"; cat "$set_dir/$name"; } >>"$body"
done
{ printf 'icns'; be32 $(($(stat -c %s "$body") + 8)); cat "$body"; } >"$out"
echo "wrote $out ($(stat -c %s "$out") bytes) and $set_dir"

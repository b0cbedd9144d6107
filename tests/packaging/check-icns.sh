#!/usr/bin/env bash
# The macOS bundle icon (packaging/macos/operator-console.icns, made by make-icns.sh) holds the full
# set macOS asks for: 16, 32, 128, 256 and 512 pt at 1x and @2x, each a PNG of the right size under
# the type iconutil uses. icns2png -l (Debian icnsutils) must list all ten; the PNG header of each
# entry must give its pixel size.
source "$(dirname "$0")/common.sh"
require_tools icnsutils icns2png
icns=$SOURCE_DIR/packaging/macos/operator-console.icns

declare -A expected=([icp4]=16 [ic11]=32 [icp5]=32 [ic12]=64 [ic07]=128 [ic13]=256 [ic08]=256
    [ic14]=512 [ic09]=512 [ic10]=1024)
listing=$(icns2png -l "$icns" 2>/dev/null)
for type in "${!expected[@]}"; do
    grep -q "'$type'" <<<"$listing" || fail "icns2png -l does not list '$type' in $icns"
done

# Walk the entries: 4-byte type, 4-byte big-endian length (with its 8-byte header), PNG data whose
# IHDR width is at bytes 16..19.
u32() { od -An -tu1 -j "$2" -N4 "$1" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}'; }
[[ $(head -c4 "$icns") == icns ]] || fail "$icns does not start with 'icns'"
total=$(u32 "$icns" 4)
[[ $total -eq $(stat -c %s "$icns") ]] || fail "header length $total is not the file size"
offset=8 seen=0
while ((offset < total)); do
    type=$(dd if="$icns" bs=1 skip="$offset" count=4 2>/dev/null)
    length=$(u32 "$icns" $((offset + 4)))
    [[ $(dd if="$icns" bs=1 skip=$((offset + 9)) count=3 2>/dev/null) == PNG ]] || fail "'$type' is not PNG data"
    width=$(u32 "$icns" $((offset + 8 + 16)))
    height=$(u32 "$icns" $((offset + 8 + 20)))
    want=${expected[$type]:-}
    [[ -n $want ]] || fail "unexpected entry '$type'"
    [[ $width -eq $want && $height -eq $want ]] || fail "'$type' is ${width}x$height, expected ${want}x$want"
    seen=$((seen + 1))
    offset=$((offset + length))
done
((seen == ${#expected[@]})) || fail "$seen entries, expected ${#expected[@]}"
echo "PASS: $icns has the ten icon sizes 16-1024 (1x and @2x)"

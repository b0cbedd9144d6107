# shellcheck shell=sh
# Sourced with APPDIR set, before the program starts: by AppRun (build-appdir.sh) and by
# linuxdeploy's AppRun from apprun-hooks/ (build-appimage.sh). It handles what the host decides
# at run time; libraries are found through rpaths.
#  - Fonts: a host without a fontconfig setup (containers, minimal systems) gets the bundled
#    configuration and font, when the AppDir has them; every other host keeps its own.
#  - Chromium's sandbox: QtWebEngine's renderers run sandboxed in user namespaces. Where the host
#    blocks unprivileged user namespaces (user.max_user_namespaces=0, Debian's
#    kernel.unprivileged_userns_clone=0, Ubuntu 24.04's AppArmor restriction) the sandbox cannot
#    start and the renderers would crash; an AppImage cannot ship the setuid chrome-sandbox helper
#    either (its squashfs is mounted nosuid). Only then, and for root, the sandbox is turned off,
#    and this is said on stderr. QTWEBENGINE_DISABLE_SANDBOX set by the caller always wins.

if [ -z "${FONTCONFIG_FILE:-}" ] && [ ! -e /etc/fonts/fonts.conf ] && [ -e "$APPDIR/usr/etc/fonts/fonts.conf" ]; then
    FONTCONFIG_FILE=$APPDIR/usr/etc/fonts/fonts.conf
    export FONTCONFIG_FILE
fi

opc_userns_blocked() {
    [ "$(cat /proc/sys/user/max_user_namespaces 2>/dev/null || echo 1)" = 0 ] && return 0
    [ "$(cat /proc/sys/kernel/unprivileged_userns_clone 2>/dev/null || echo 1)" = 0 ] && return 0
    [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)" = 1 ] && return 0
    # The sandbox needs a user namespace in which it may create a mount namespace (chroot).
    if command -v unshare >/dev/null 2>&1; then
        unshare --user --map-root-user --mount true >/dev/null 2>&1 || return 0
    fi
    return 1
}

if [ -z "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        QTWEBENGINE_DISABLE_SANDBOX=1
        export QTWEBENGINE_DISABLE_SANDBOX
    elif opc_userns_blocked; then
        echo "operator-console: this system blocks unprivileged user namespaces; the web view runs without Chromium's sandbox" >&2
        QTWEBENGINE_DISABLE_SANDBOX=1
        export QTWEBENGINE_DISABLE_SANDBOX
    fi
fi

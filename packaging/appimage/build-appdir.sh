#!/usr/bin/env bash
# shellcheck disable=SC2016 # the single-quoted $ORIGIN is for the dynamic linker, not the shell
# Builds a self-contained AppDir from a build tree and this machine's Qt (Debian's), without
# linuxdeploy and without network: the tree linuxdeploy + linuxdeploy-plugin-qt would make, so that
# tests/packaging/check-appdir.sh can run it in a Debian root that has no Qt. The release job
# (build-appimage.sh) still uses linuxdeploy and adds the AppImage runtime; this script adds none.
#
#   packaging/appimage/build-appdir.sh BUILD_DIR APPDIR
#
# Layout (Prefix = usr, as linuxdeploy-plugin-qt lays it out):
#   AppRun                          the entry point (packaging/appimage/AppRun)
#   apprun-hooks/operator-console.sh   fonts and Chromium's sandbox (apprun-hook.sh)
#   <appid>.desktop, <appid>.png    what appimagetool and desktop integration look for
#   usr/bin/operator-console        rpath $ORIGIN/../lib
#   usr/libexec/QtWebEngineProcess  rpath $ORIGIN/../lib
#   usr/bin/qt.conf, usr/libexec/qt.conf   Prefix = .. for both executables
#   usr/lib/                        every library they need, rpath $ORIGIN, plus the ones loaded
#                                   with dlopen: libsecret (QtKeychain), OpenSSL 3 (the Qt TLS
#                                   plugin), NSS's softokn3/freebl3/nssckbi (Chromium)
#   usr/plugins/                    platforms, input contexts, image formats, SQLite, TLS, ...
#   usr/resources/                  QtWebEngine's .pak files
#   usr/translations/qtwebengine_locales/
#   usr/share/fonts/, usr/etc/fonts/fonts.conf   a fallback font, used only by hosts without fontconfig setup
#
# Not bundled: glibc (ld-linux, libc, libm, libdl, libpthread, librt, ...), libstdc++ and libgcc_s,
# which every host has and which must match the host's own GPU drivers. So the glibc of the build
# host is the floor. Everything else is bundled, X11, xcb, EGL/GLX dispatch (libglvnd), fontconfig
# and freetype included, so that the AppDir also starts on a minimal system (offscreen).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=$(cd "${1:?usage: build-appdir.sh BUILD_DIR APPDIR}" && pwd)
appdir=${2:?usage: build-appdir.sh BUILD_DIR APPDIR}
appid=io.github.operatorconsole.OperatorConsole
for tool in patchelf ldd; do
    command -v "$tool" >/dev/null || { echo "build-appdir.sh: $tool is missing" >&2; exit 1; }
done
qmake=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
qt() { "$qmake" -query "$1"; }
qt_libs=$(qt QT_INSTALL_LIBS)
qt_plugins=$(qt QT_INSTALL_PLUGINS)
qt_libexec=$(qt QT_INSTALL_LIBEXECS)
qt_data=$(qt QT_INSTALL_DATA)
qt_translations=$(qt QT_INSTALL_TRANSLATIONS)

rm -rf "$appdir"
mkdir -p "$appdir"
appdir=$(cd "$appdir" && pwd)
DESTDIR=$appdir cmake --install "$build" --prefix /usr --strip >/dev/null
usr=$appdir/usr
mkdir -p "$usr/lib" "$usr/libexec" "$usr/plugins" "$usr/resources" "$usr/translations"

# --- Qt's run-time pieces ------------------------------------------------------------------------
cp "$qt_libexec/QtWebEngineProcess" "$usr/libexec/"
cp "$qt_data"/resources/*.pak "$usr/resources/"
[[ -f $qt_data/resources/icudtl.dat ]] && cp "$qt_data/resources/icudtl.dat" "$usr/resources/"
cp -r "$qt_translations/qtwebengine_locales" "$usr/translations/"
# Qt's own translations (dialog buttons) for the console's languages, when installed.
for lang in ru de; do
    cp "$qt_translations"/qt*_"$lang".qm "$usr/translations/" 2>/dev/null || true
done
plugin_dirs=(platforms platforminputcontexts imageformats iconengines tls networkinformation
    xcbglintegrations egldeviceintegrations wayland-shell-integration wayland-decoration-client
    wayland-graphics-integration-client platformthemes)
for dir in "${plugin_dirs[@]}"; do
    [[ -d $qt_plugins/$dir ]] && cp -r "$qt_plugins/$dir" "$usr/plugins/"
done
# Only the driver the event log uses.
mkdir -p "$usr/plugins/sqldrivers"
cp "$qt_plugins/sqldrivers/libqsqlite.so" "$usr/plugins/sqldrivers/"
# The GTK platform theme would drag in GTK; Qt falls back to its own look without it.
rm -f "$usr/plugins/platformthemes/libqgtk3.so"

for exe in "$usr/bin" "$usr/libexec"; do
    cat >"$exe/qt.conf" <<'EOF'
; Qt looks here for its plugins, QtWebEngine for its process, resources and locales.
[Paths]
Prefix = ..
ArchData = .
Data = .
Libraries = lib
LibraryExecutables = libexec
Plugins = plugins
Translations = translations
EOF
done

# --- Libraries -----------------------------------------------------------------------------------
# Loaded with dlopen, so no ELF dependency names them.
# awk reads to the end: an early exit would kill ldconfig with SIGPIPE, which pipefail turns into a failure.
find_lib() { ldconfig -p | awk -v name="$1" '$1 == name && !found {print $NF; found = 1}'; }
dlopened=()
for name in libsecret-1.so.0 libssl.so.3 libcrypto.so.3 libsoftokn3.so libfreebl3.so libfreeblpriv3.so \
    libnssckbi.so libnssdbm3.so; do
    path=$(find_lib "$name")
    [[ -z $path && -f $qt_libs/$name ]] && path=$qt_libs/$name
    [[ -n $path ]] || { echo "build-appdir.sh: $name not found on this machine" >&2; exit 1; }
    cp -L "$path" "$usr/lib/$name"
    dlopened+=("$usr/lib/$name")
done
# NSS checks its softoken against these signature files when they are next to it.
cp "$qt_libs"/lib{softokn3,freebl3,freeblpriv3,nssdbm3}.chk "$usr/lib/" 2>/dev/null || true

# Left to the host: glibc, the C++ runtime (must match the host's GPU drivers).
excluded() {
    case $1 in
    ld-linux*.so* | libc.so* | libm.so* | libdl.so* | libpthread.so* | librt.so* | libresolv.so* | \
        libutil.so* | libanl.so* | libnsl.so* | libmvec.so* | libnss_*.so* | libthread_db.so* | \
        libBrokenLocale.so* | libstdc++.so* | libgcc_s.so* | linux-vdso.so*) return 0 ;;
    esac
    return 1
}
# Copies the dependency closure of the given ELF files into usr/lib.
bundle_deps() {
    local queue=("$@") file name path
    while ((${#queue[@]})); do
        file=${queue[0]}
        queue=("${queue[@]:1}")
        while read -r name path; do
            excluded "$name" && continue
            [[ -e $usr/lib/$name ]] && continue
            [[ $path == /* ]] || { echo "build-appdir.sh: $file needs $name, not found" >&2; exit 1; }
            cp -L "$path" "$usr/lib/$name"
            queue+=("$usr/lib/$name")
        done < <(ldd "$file" | awk '$2 == "=>" {print $1, $3}')
    done
}
mapfile -t plugins < <(find "$usr/plugins" -name '*.so')
bundle_deps "$usr/bin/operator-console" "$usr/libexec/QtWebEngineProcess" "${plugins[@]}" "${dlopened[@]}"

# rpaths instead of LD_LIBRARY_PATH: each file finds usr/lib relative to itself. dlopen() also
# searches the caller's RUNPATH, which is how libsecret, OpenSSL and nssckbi are found.
patchelf --set-rpath '$ORIGIN/../lib' "$usr/bin/operator-console" "$usr/libexec/QtWebEngineProcess"
for lib in "$usr"/lib/*.so*; do
    patchelf --set-rpath '$ORIGIN' "$lib"
done
for plugin in "${plugins[@]}"; do
    patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"
done

# --- Fallback font ---------------------------------------------------------------------------------
# A host without /etc/fonts/fonts.conf (a container, a minimal system) gets this configuration
# and one font from AppRun; every other host keeps its own fonts.
mkdir -p "$usr/share/fonts" "$usr/etc/fonts"
font=$(fc-match -f '%{file}' 'DejaVu Sans' 2>/dev/null || true)
[[ -f $font ]] || font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
cp "$font" "$usr/share/fonts/"
cat >"$usr/etc/fonts/fonts.conf" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Used by AppRun only when the host has no /etc/fonts/fonts.conf. -->
<fontconfig>
  <dir prefix="relative">../../share/fonts</dir>
  <cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
EOF

# --- AppDir root -----------------------------------------------------------------------------------
install -m 755 "$here/AppRun" "$appdir/AppRun"
install -D -m 644 "$here/apprun-hook.sh" "$appdir/apprun-hooks/operator-console.sh"
cp "$usr/share/applications/$appid.desktop" "$appdir/"
cp "$usr/share/icons/hicolor/256x256/apps/$appid.png" "$appdir/"
ln -sf "$appid.png" "$appdir/.DirIcon"
echo "build-appdir.sh: $appdir, $(du -sh "$appdir" | cut -f1)"

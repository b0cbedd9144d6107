# CPack settings for every platform; included from packaging/CMakeLists.txt after all install rules.
#   Linux:   cpack -G "DEB;TGZ"   (tested by tests/packaging)
#   Windows: cpack -G WIX         (WiX Toolset 3 on the build host; not tested here)
#   macOS:   cpack -G DragNDrop   (not tested here; .github/workflows/release.yml builds all three)
# The hand-written MSI with more admin options is packaging/windows/operator-console.wxs.

set(CPACK_PACKAGE_NAME "Operator Console")
set(CPACK_PACKAGE_VENDOR "Operator Console contributors")
set(CPACK_PACKAGE_CONTACT "${OPC_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Bitrix24 portal window with a call-card event log")
# Wrapped by hand: the .deb control field keeps the line breaks (lines under 80 columns).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Operator Console shows a Bitrix24 portal in a desktop window and records every"
    "call-card event in a local, searchable log that can be exported to CSV or JSON"
    "Lines. Sign-in uses OAuth, and the tokens are kept in the system keychain.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
# No spaces in file names: operator-console-0.1.0-Linux.tar.gz, …-Windows.msi, …-Darwin.dmg.
set(CPACK_PACKAGE_FILE_NAME "operator-console-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}")
# Also the folder under Program Files, the same as the hand-written .wxs so upgrades keep the path.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Operator Console")
set(CPACK_PACKAGE_EXECUTABLES "operator-console;Operator Console")
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

if(WIN32)
    set(CPACK_GENERATOR "WIX;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- DEB ---------------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "operator-console")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${OPC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds the linked Qt libraries, WebEngine included, and adds
# libqt6webenginecore6-bin (QtWebEngineProcess, checked by tests/packaging). It cannot see what
# is loaded with dlopen, so those are listed by hand:
#   libsecret-1-0      QtKeychain 0.13 dlopens libsecret (qt-platform-notes §1)
#   libqt6sql6-sqlite  the QSQLITE driver plugin of the event log
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite")
# A Secret Service provider; without one the tokens stay in memory and the app says so.
# qt6-translations-l10n: Qt's own strings (dialog buttons, context menus) in Russian and German;
# without it they stay English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")

# --- WiX (Windows) -----------------------------------------------------------------------------
# Same UpgradeCode as packaging/windows/operator-console.wxs: one product, either MSI upgrades it.
set(CPACK_WIX_UPGRADE_GUID "629A4F32-86C8-40D6-BE7D-2B8B9986FE86")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/operator-console.ico")
# "." puts the shortcut straight into the Start menu, as the .wxs does (no one-item folder).
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Operator Console")

# --- DragNDrop (macOS) -------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Operator Console")
set(CPACK_DMG_FORMAT "UDBZ")
# The /Applications link to drag the bundle onto is on by default; no license agreement dialog.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
# Signs the staged bundle (hardened runtime, entitlements) before the DMG is made, when
# OPC_CODESIGN_IDENTITY is set in the environment; a no-op otherwise.
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/macos/codesign.cmake)

include(CPack)

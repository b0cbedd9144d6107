# Info.plist values of operator-console.app, set from packaging/ (the target lives in app/).
# Only read on macOS; packaging/README.md says what the DMG needs and that it is built there.
set_target_properties(operator-console PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Operator Console"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${OPC_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_LONG_VERSION_STRING "Operator Console ${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "Operator Console contributors"
    MACOSX_BUNDLE_ICON_FILE operator-console.icns)

# The .icns was made from resources/icons with png2icns (Debian icnsutils); it goes into
# Contents/Resources, where CFBundleIconFile points.
set(opc_icns ${CMAKE_CURRENT_LIST_DIR}/operator-console.icns)
set_source_files_properties(${opc_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
target_sources(operator-console PRIVATE ${opc_icns})

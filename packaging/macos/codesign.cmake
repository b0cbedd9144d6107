# CPack pre-build script (CPACK_PRE_BUILD_SCRIPTS, macOS): runs after macdeployqt has filled the
# staged operator-console.app and before the DMG is made. When OPC_CODESIGN_IDENTITY is set in the
# environment (.github/workflows/release.yml sets it from a secret) it signs, inside out and with the
# hardened runtime and a secure timestamp: every framework and dylib, QtWebEngineProcess with its
# JIT entitlements, then the app with its own. Without the variable it does nothing.
set(identity "$ENV{OPC_CODESIGN_IDENTITY}")
if(identity STREQUAL "")
    message(STATUS "codesign: OPC_CODESIGN_IDENTITY not set, the bundle stays unsigned")
    return()
endif()

file(GLOB_RECURSE plists LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*operator-console.app/Contents/Info.plist")
list(LENGTH plists count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "codesign: expected one operator-console.app in ${CPACK_TEMPORARY_INSTALL_DIRECTORY}, found ${count}")
endif()
get_filename_component(app "${plists}" DIRECTORY)
get_filename_component(app "${app}" DIRECTORY)
set(here "${CMAKE_CURRENT_LIST_DIR}")

function(sign path)
    execute_process(COMMAND codesign --force --timestamp --options runtime --sign "${identity}" ${ARGN} "${path}"
                    COMMAND_ERROR_IS_FATAL ANY)
endfunction()

file(GLOB_RECURSE dylibs "${app}/Contents/*.dylib")
foreach(lib IN LISTS dylibs)
    sign("${lib}")
endforeach()
set(helper "${app}/Contents/Frameworks/QtWebEngineCore.framework/Versions/A/Helpers/QtWebEngineProcess.app")
sign("${helper}" --entitlements "${here}/QtWebEngineProcess.entitlements")
file(GLOB frameworks LIST_DIRECTORIES true "${app}/Contents/Frameworks/*.framework")
foreach(framework IN LISTS frameworks)
    sign("${framework}")
endforeach()
sign("${app}" --entitlements "${here}/operator-console.entitlements")
execute_process(COMMAND codesign --verify --deep --strict --verbose=2 "${app}" COMMAND_ERROR_IS_FATAL ANY)

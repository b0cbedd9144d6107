# opc_add_library(NAME SOURCES ... [PUBLIC_LIBS ...] [LIBS ...]): a static library of one area under
# lib/. PUBLIC_LIBS are what its headers include, so every consumer needs them too; LIBS only its
# .cpp files use (private: a consumer that needs one links it itself).
function(opc_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_LIBS})
endfunction()

# Sanitizer builds run several times slower; the asan preset raises every test's timeout with this.
set(OPC_TEST_TIMEOUT_FACTOR 1 CACHE STRING "Multiplies the timeout of every opc_add_test test")

# opc_add_test(NAME SOURCES ... LIBS ... LABELS ... [SERIAL] [TIMEOUT s] [KEYCHAIN])
# One Qt Test executable registered with ctest. WebEngine tests run offscreen and serially;
# KEYCHAIN tests expect the session bus and unlocked gnome-keyring that scripts/test.sh provides.
function(opc_add_test name)
    cmake_parse_arguments(ARG "SERIAL" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        OPC_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        OPC_BINARY_DIR="${PROJECT_BINARY_DIR}")
    # Qt6::Test puts the absolute build folder into every test's QTEST_MAIN (QT_TESTCASE_BUILDDIR, only
    # used by QFINDTESTDATA), so ccache could not reuse a test's object in another checkout and every
    # fresh CI clone compiled all tests again. ctest runs each test in that folder anyway.
    set_target_properties(${name} PROPERTIES QT_TESTCASE_BUILDDIR ".")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${OPC_TEST_TIMEOUT_FACTOR}")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1;QT_LOGGING_RULES=qt.webenginecontext.info=false;${ARG_ENVIRONMENT}")
    if(ARG_SERIAL)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()

# What Debian policy (and lintian) expects under /usr/share: the copyright file in the
# machine-readable format with the license from LICENSE, the changelog and the manual page, both
# gzipped with -n (no time stamp, reproducible). Made at configure time into the build tree.
set(opc_debian_out ${CMAKE_CURRENT_BINARY_DIR}/debian-docs)
file(MAKE_DIRECTORY ${opc_debian_out})
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_LIST_DIR}/changelog.in ${CMAKE_CURRENT_LIST_DIR}/operator-console.1)

# copyright: DEP-5. LICENSE is "MIT License", a blank line, the copyright line, then the text,
# which becomes the indented License paragraph (blank lines as " .").
file(STRINGS ${PROJECT_SOURCE_DIR}/LICENSE opc_license_lines)
list(GET opc_license_lines 2 opc_copyright_line)
string(REGEX REPLACE "^Copyright \\(c\\) " "" opc_copyright_holder "${opc_copyright_line}")
list(SUBLIST opc_license_lines 4 -1 opc_license_text)
set(opc_license_body "")
foreach(line IN LISTS opc_license_text)
    if(line STREQUAL "")
        string(APPEND opc_license_body " .\n")
    else()
        string(APPEND opc_license_body " ${line}\n")
    endif()
endforeach()
file(WRITE ${opc_debian_out}/copyright
"Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: operator-console
Upstream-Contact: ${OPC_PACKAGE_MAINTAINER}
Source: ${PROJECT_HOMEPAGE_URL}

Files: *
Copyright: ${opc_copyright_holder}
License: Expat

License: Expat
${opc_license_body}")

# The version is native (no Debian revision), so the changelog is changelog.gz, not
# changelog.Debian.gz.
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.in ${opc_debian_out}/changelog @ONLY)
foreach(file changelog)
    execute_process(COMMAND gzip -9nf ${opc_debian_out}/${file} COMMAND_ERROR_IS_FATAL ANY)
endforeach()
execute_process(COMMAND gzip -9n -c ${CMAKE_CURRENT_LIST_DIR}/operator-console.1
                OUTPUT_FILE ${opc_debian_out}/operator-console.1.gz COMMAND_ERROR_IS_FATAL ANY)

install(FILES ${opc_debian_out}/copyright ${opc_debian_out}/changelog.gz
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/operator-console)
install(FILES ${opc_debian_out}/operator-console.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Tags lintian reports on purpose, each with its reason.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/operator-console.lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME operator-console)

# Full RELRO: the GOT read-only after start-up (lintian hardening-no-bindnow). Debian's GCC
# already links with -z relro.
target_link_options(operator-console PRIVATE LINKER:-z,now)

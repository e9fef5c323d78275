# A Debian package of everything `cmake --install` installs: `cpack -G DEB` in the build folder
# writes theeye-desktop_<version>_<arch>.deb. Included last, so every install() rule is known.
#
# The package depends on what dpkg-shlibdeps finds in the executables (needs dpkg-dev) plus the
# Qt plugins that are loaded at run time and that no executable links, so shlibdeps cannot see
# them. Desktop, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme; the package needs no maintainer scripts.
set(THEEYE_PACKAGE_MAINTAINER "TheEye Desktop contributors <theeye-desktop@example.invalid>"
    CACHE STRING "Maintainer field of the Debian package")

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/theeye-desktop
    RENAME copyright)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME theeye-desktop)
set(CPACK_PACKAGE_VENDOR "TheEye Desktop contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "administration app for TheEye task automation")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${THEEYE_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# CPack writes the summary as the first line of the Description field and this text, indented,
# below it; an empty line becomes the " ." paragraph break.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "TheEye Desktop lists, edits, exports, imports and runs TheEye tasks (scripts
bound to a bot, with arguments, environment, timeout and triggers) and
follows their jobs while they run.

It talks to a TheEye supervisor over HTTP, or works offline with a local
supervisor it hosts itself. The package also holds theeye-supervisor, the
same local supervisor as a headless server.")

find_program(THEEYE_DPKG dpkg)
if(THEEYE_DPKG)
    execute_process(COMMAND ${THEEYE_DPKG} --print-architecture
        OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE
        OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Run-time plugins: the SVG icon engine draws every icon, the SQLite driver holds the local
# supervisor's data.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)

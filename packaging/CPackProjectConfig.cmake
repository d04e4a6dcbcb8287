# Included by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
#
# CPackDeb silently drops CPACK_DEBIAN_PACKAGE_SHLIBDEPS when dpkg-shlibdeps is
# missing and writes a package that depends on nothing; stop instead.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    find_program(AUDITBENCH_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(NOT AUDITBENCH_DPKG_SHLIBDEPS)
        message(FATAL_ERROR
            "dpkg-shlibdeps not found: install the Debian package dpkg-dev, "
            "without it the .deb would declare no library dependencies.")
    endif()
endif()

# cmake -DVERSION=<x.y.z> -DMETAINFO=<file> -DDEB_CHANGELOG=<file> -DDEB_RELEASE=<n>
#       -P CheckReleaseEntries.cmake
#
# Fails when the AppStream metainfo or the Debian changelog has no entry for the
# project's version, so that a version bump cannot ship stale release metadata.
string(REPLACE "." "\\." version_re "${VERSION}")

file(READ "${METAINFO}" metainfo)
if(NOT metainfo MATCHES "<release[^>]+version=\"${version_re}\"")
    message(FATAL_ERROR
        "${METAINFO} has no <release version=\"${VERSION}\"> entry: add one "
        "(newest first) with its date.")
endif()

# Only the top entry counts: dpkg takes the package version from it.
file(STRINGS "${DEB_CHANGELOG}" first_line LIMIT_COUNT 1)
if(NOT first_line MATCHES "^auditbench \\(${version_re}-${DEB_RELEASE}\\) ")
    message(FATAL_ERROR
        "${DEB_CHANGELOG} starts with '${first_line}', expected an entry for "
        "auditbench (${VERSION}-${DEB_RELEASE}) on top.")
endif()

message(STATUS "release entries found for ${VERSION}")

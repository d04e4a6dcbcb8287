#!/usr/bin/env bash
# Set-up, build, launch and test AuditBench on Debian 12.
#
#   ./build.sh run [ARGS…]   install what is missing, build, launch the workbench
#   ./build.sh test          install what is missing, build, run the whole test suite
#
# Works as root or as a user with sudo; safe to run again (it only installs
# missing packages and rebuilds what changed).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build="$here/build"

# Debian 12 packages the build, the tests and the packaging need.
packages=(
    build-essential cmake ninja-build pkg-config dpkg-dev file
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libspdlog-dev libfmt-dev catch2 libsqlite3-dev sqlite3 libgraphviz-dev libssl-dev
    clang libclang-rt-14-dev
    fonts-noto-cjk fontconfig poppler-utils
    desktop-file-utils appstream
    libqt6sql6-psql postgresql-15 # team mode; its tests start a throwaway server
    qtkeychain-qt6-dev            # team-server passwords in the system keychain
)

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "build.sh: $1 needs root; run as root or install sudo" >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "build.sh: installing ${missing[*]}" >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

configure_and_build() {
    if [ ! -f "$build/CMakeCache.txt" ]; then
        cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$build" -j "$(nproc)"
}

[ $# -ge 1 ] || usage
command=$1
shift
case "$command" in
    run)
        install_missing
        configure_and_build
        exec "$build/app/gui/auditbench" "$@"
        ;;
    test)
        install_missing
        configure_and_build
        cd "$build"
        QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
            ctest --output-on-failure -j "$(nproc)" "$@"
        ;;
    *) usage ;;
esac

# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, then configure and build.
# Sourced, not executed.

RAPPORT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RAPPORT_BUILD="${RAPPORT_BUILD_DIR:-$RAPPORT_ROOT/build}"

# Debian 12 / Ubuntu package names for everything the build, the tests, the screenshots and the .deb
# check use (file and dpkg-dev for CPack's dependency scan, appstream and desktop-file-utils to validate).
RAPPORT_APT_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-5compat-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl1-mesa-dev libxkbcommon-dev
    catch2 sqlite3 xvfb xauth poppler-utils fonts-noto-cjk
    file dpkg-dev appstream desktop-file-utils
    python3-vobject python3-icalendar
)

rapport_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

rapport_install_deps() {
    case "$(uname -s)" in
    Linux)
        if ! command -v apt-get >/dev/null 2>&1; then
            rapport_log "Not a Debian/Ubuntu system: install Qt 6 (Widgets, Sql, Charts, Svg), Catch2, CMake and Ninja yourself (see README.md)."
            return 0
        fi
        local missing=()
        local pkg
        for pkg in "${RAPPORT_APT_PACKAGES[@]}"; do
            dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
        done
        if [ ${#missing[@]} -gt 0 ]; then
            rapport_log "Installing: ${missing[*]}"
            local sudo=""
            [ "$(id -u)" -ne 0 ] && sudo="sudo"
            $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
            DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
        fi
        ;;
    Darwin)
        if ! command -v brew >/dev/null 2>&1; then
            rapport_log "Homebrew is required on macOS: https://brew.sh"
            return 1
        fi
        local formula
        for formula in qt catch2 cmake ninja sqlite poppler; do
            brew list --formula "$formula" >/dev/null 2>&1 || brew install "$formula"
        done
        export CMAKE_PREFIX_PATH="$(brew --prefix qt):${CMAKE_PREFIX_PATH:-}"
        ;;
    *)
        rapport_log "On Windows, install Qt 6.5+ (MSVC), CMake, Ninja and Catch2 first (see README.md)."
        ;;
    esac
}

rapport_jobs() {
    if command -v nproc >/dev/null 2>&1; then nproc; else sysctl -n hw.ncpu 2>/dev/null || echo 2; fi
}

rapport_build() {
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f "$RAPPORT_BUILD/CMakeCache.txt" ]; then
        rapport_log "Configuring in $RAPPORT_BUILD"
        cmake -S "$RAPPORT_ROOT" -B "$RAPPORT_BUILD" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    fi
    rapport_log "Building"
    cmake --build "$RAPPORT_BUILD" --parallel "$(rapport_jobs)"
}

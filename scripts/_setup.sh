# Shared set-up for scripts/start and scripts/test: system packages (Debian/Ubuntu),
# a virtual environment in .venv, and Postvakt installed into it.
# Sourced, not run. Expects ROOT to be the checkout.

set -euo pipefail

PY=${PYTHON:-python3}
VENV="$ROOT/.venv"

# Qt's offscreen and xcb platforms need a few shared libraries that a bare Debian lacks.
QT_DEBS="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 fonts-dejavu-core"

apt_install() {
    # Installs the named Debian packages that are missing. Quiet when nothing is needed.
    command -v dpkg-query >/dev/null 2>&1 || return 0
    command -v apt-get >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
            echo "Mangler systempakker: ${missing[*]}. Installer dem som root (apt-get install ${missing[*]})." >&2
            return 1
        fi
    fi
    echo "Installerer systempakker: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$PY" -m venv "$VENV" 2>/dev/null; then
            # Debian splits venv out of python3.
            rm -rf "$VENV"
            local ver
            ver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
            apt_install "python${ver}-venv" || apt_install python3-venv
            "$PY" -m venv "$VENV"
        fi
    fi
    quiet_pip install --upgrade pip
}

quiet_pip() {
    # pip's own chatter goes to a log; it is shown only when something fails.
    local log="$VENV/pip-install.log"
    if ! "$VENV/bin/python" -m pip --disable-pip-version-check "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "Installasjonen feilet (se over). Sjekk nettforbindelsen og prøv igjen." >&2
        return 1
    fi
}

install_postvakt() {
    # $1: extras, e.g. "test" or ""
    local spec="$ROOT"
    [ -n "${1:-}" ] && spec="$ROOT[$1]"
    echo "Installerer Postvakt i $VENV …"
    quiet_pip install -e "$spec"
}

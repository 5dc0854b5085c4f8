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
    local missing=() installed
    # One dpkg-query for all of them (a package dpkg has never heard of is simply not listed).
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "$@" 2>/dev/null \
        | awk '/ install ok installed$/ {sub(/:.*/, "", $1); print $1}' || true)
    for pkg in "$@"; do
        grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
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

# Dependencies, and the build backend, come from a lock file with hashes (requirements/README.md
# says how to refresh it); Postvakt itself is installed editable on top, with nothing more.
# A stamp in .venv remembers what was installed, so a second start installs nothing.
_lock_for() {  # $1: "" (the program) or "test" (the program and the test tools)
    if [ "${1:-}" = test ]; then echo "$ROOT/requirements/lock-test.txt"; else echo "$ROOT/requirements/lock.txt"; fi
}

_stamp_for() {
    echo "$VENV/.postvakt-installed-${1:-app}"
}

_install_hash() {  # what an installation of kind $1 depends on
    { "$VENV/bin/python" -c 'import sys; print(sys.version)'
      cat "$ROOT/pyproject.toml" "$ROOT/scripts/_setup.sh" "$(_lock_for "${1:-}")"
    } | sha256sum | cut -d' ' -f1
}

_installed() {  # is an installation of kind $1 in place and up to date?
    local stamp
    stamp=$(_stamp_for "${1:-}")
    [ -f "$stamp" ] && [ -x "$VENV/bin/postvakt" ] && [ "$(cat "$stamp")" = "$(_install_hash "${1:-}")" ]
}

install_postvakt() {
    # $1: "" (what scripts/start needs) or "test" (that and the test tools)
    _installed "${1:-}" && return 0
    # The test installation holds everything the program needs.
    [ -z "${1:-}" ] && _installed test && return 0
    echo "Installerer Postvakt i $VENV …"
    rm -f "$VENV"/.postvakt-installed-*
    quiet_pip install --upgrade pip
    quiet_pip install --require-hashes -r "$(_lock_for "${1:-}")"
    quiet_pip install --no-deps --no-build-isolation -e "$ROOT"
    _install_hash "${1:-}" > "$(_stamp_for "${1:-}")"
}

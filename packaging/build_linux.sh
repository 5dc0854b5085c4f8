#!/usr/bin/env bash
# Builds the Linux one-folder application: dist/Postvakt (postvakt, postvakt-cli, _internal/).
#
#     packaging/build_linux.sh
#
# Works from a clean checkout: makes .venv and installs Postvakt there if needed (as
# scripts/start does), installs PyInstaller into .venv if it is missing, then runs
# packaging/postvakt.spec. Check the result with packaging/check_bundle.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}

source "$ROOT/scripts/_setup.sh"
# binutils: PyInstaller reads shared-library dependencies with objdump.
apt_install $QT_DEBS binutils
make_venv
if ! "$VENV/bin/python" -c "import desktop_app, keyring, PySide6" 2>/dev/null; then
    install_postvakt ""
fi
if ! "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null; then
    echo "Installerer PyInstaller i $VENV …"
    quiet_pip install "$PYINSTALLER_SPEC"
fi

cd "$ROOT"
rm -rf "$ROOT/build/pyinstaller" "$ROOT/dist/Postvakt"
start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/postvakt.spec"
elapsed=$(( $(date +%s) - start ))

echo "Ferdig på ${elapsed} s: $ROOT/dist/Postvakt ($(du -sh "$ROOT/dist/Postvakt" | cut -f1))"
echo "Kontroller med: packaging/check_bundle.sh"

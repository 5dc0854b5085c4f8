#!/usr/bin/env bash
# Installs a built Postvakt folder with its menu entry and icon.
#
#     packaging/linux/install.sh [dist/Postvakt]      # as a user: for that user only
#     sudo packaging/linux/install.sh [dist/Postvakt] # as root: for everyone on the machine
#     packaging/linux/install.sh --uninstall          # removes what the same mode installed
#
# User:  ~/.local/opt/postvakt, ~/.local/bin/postvakt{,-cli}, ~/.local/share/{applications,icons}
# Root:  /opt/postvakt, /usr/local/bin/postvakt{,-cli}, /usr/local/share/{applications,icons}
# User data (workspaces, log) and keyring entries are never touched.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ICONS="$HERE/../icons"
APP_ID=no.postvakt.Postvakt

if [ "$(id -u)" = 0 ]; then
    DEST=/opt/postvakt; BIN=/usr/local/bin; SHARE=/usr/local/share
else
    DEST="$HOME/.local/opt/postvakt"; BIN="$HOME/.local/bin"; SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
fi

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DEST"
    rm -f "$BIN/postvakt" "$BIN/postvakt-cli" "$SHARE/applications/$APP_ID.desktop"
    rm -f "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in 48 128 256; do rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
    refresh
    echo "Postvakt er fjernet fra $DEST."
    exit 0
fi

SRC=$(cd "${1:-$HERE/../../dist/Postvakt}" && pwd)
[ -x "$SRC/postvakt" ] || { echo "Fant ikke $SRC/postvakt. Bygg først: packaging/build_linux.sh" >&2; exit 1; }

mkdir -p "$(dirname "$DEST")" "$BIN" "$SHARE/applications" "$SHARE/icons/hicolor/scalable/apps"
rm -rf "$DEST.new"
cp -a "$SRC" "$DEST.new"
rm -rf "$DEST"
mv "$DEST.new" "$DEST"
ln -sf "$DEST/postvakt" "$BIN/postvakt"
ln -sf "$DEST/postvakt-cli" "$BIN/postvakt-cli"
# The menu entry gets the full path, so it works even when $BIN is not on PATH.
sed -e "s|^Exec=postvakt$|Exec=$DEST/postvakt|" -e "s|^TryExec=postvakt$|TryExec=$DEST/postvakt|" \
    "$HERE/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
install -m 644 "$ICONS/postvakt.svg" "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in 48 128 256; do
    install -D -m 644 "$ICONS/postvakt-$size.png" "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
refresh
echo "Postvakt er installert i $DEST (start fra menyen, eller: $BIN/postvakt)."

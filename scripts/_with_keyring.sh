#!/usr/bin/env bash
# Runs the given command with an unlocked gnome-keyring Secret Service in this D-Bus session.
# Used by scripts/test inside dbus-run-session; the keyring lives in a throw-away home.
set -euo pipefail
KEYRING_HOME=$(mktemp -d)
export XDG_DATA_HOME="$KEYRING_HOME/data"
mkdir -p "$XDG_DATA_HOME"
eval "$(printf 'postvakt-test\n' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL POSTVAKT_SECRET_SERVICE=1
set +e
"$@"
status=$?
rm -rf "$KEYRING_HOME"
exit $status

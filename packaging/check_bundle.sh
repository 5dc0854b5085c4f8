#!/usr/bin/env bash
# Checks the built Linux bundle (dist/Postvakt) the way an installed copy would run:
# copied to a temporary folder outside the source tree, started from / with a clean
# environment and a throw-away POSTVAKT_HOME. Not part of CI; run it after build_linux.sh:
#
#     packaging/check_bundle.sh [path/to/Postvakt]
#
# When dbus-run-session and gnome-keyring-daemon are installed (scripts/test installs them),
# the check runs inside a private D-Bus session with an unlocked keyring, and a secret is
# stored, read and deleted through the bundled keyring/SecretStorage/jeepney.
#
# What it checks:
#   1. the bundle holds the resources (desktop_app/_resources: translations, demo data,
#      guides, icons), keyring's entry points, the SecretService backend, stdnum's data files
#      and Qt's SVG plug-in;
#   2. `postvakt --render-views` exits 0 and writes a PNG of every page, in bokmål and with
#      --language en (the English pages must differ, and no catalogue may fail to load);
#   3. inside the frozen program (through keyring's own config file, see
#      packaging/check/postvakt_bundle_probe.py): keyring finds its backends, the Secret
#      Service works, cryptography, python-calamine, truststore and stdnum's data files
#      load from the bundle, and every export is written: Excel (openpyxl, read back with
#      python-calamine), CSV, PDF, ODT and .eml;
#   4. postvakt-cli: --version, workspaces list (the demo workspace from the demo data),
#      workspaces create (valid and invalid org.nr), unopened with --out .xlsx and .csv,
#      audit verify.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)

if [ -z "${_POSTVAKT_CHECK_INNER:-}" ] && command -v dbus-run-session >/dev/null 2>&1 \
        && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    export _POSTVAKT_CHECK_INNER=1
    exec dbus-run-session -- "$0" "$@"
fi

BUNDLE=$(cd "${1:-$ROOT/dist/Postvakt}" && pwd)
VERSION=$(sed -n 's/^__version__ *= *"\(.*\)"/\1/p' "$ROOT/desktop_app/__init__.py")
TMP=$(mktemp -d /tmp/postvakt-check.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
failures=0
ok()   { echo "  ok    $*"; }
fail() { echo "  FEIL  $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@" >/dev/null; then ok "$what"; else fail "$what"; fi; }

echo "Kontrollerer $BUNDLE (Postvakt $VERSION) i $TMP"
cp -a "$BUNDLE" "$TMP/Postvakt"
APP="$TMP/Postvakt"
INT="$APP/_internal"
echo "  størrelse: $(du -sh "$APP" | cut -f1)"

echo "== innhold"
RES="$INT/desktop_app/_resources"
check "ressursene: translations/qt_nb.qm og postvakt_en.qm" \
    test -f "$RES/translations/qt_nb.qm" -a -f "$RES/translations/postvakt_en.qm"
check "ressursene: demo (demo-kommune.json, svarut-eksport-demo.csv)" \
    test -f "$RES/demo/demo-kommune.json" -a -f "$RES/demo/svarut-eksport-demo.csv"
check "ressursene: veiledninger (content/*/*.toml) og ikoner" \
    bash -c 'compgen -G "$1/content/dpi_onboarding/*.toml" && test -f "$1/icons/postvakt.svg"' _ "$RES"
check "Qt-tillegget for SVG (imageformats/libqsvg)" \
    compgen -G "$INT/PySide6/Qt/plugins/imageformats/*qsvg*"
check "keyring-*.dist-info/entry_points.txt" compgen -G "$INT/keyring-*.dist-info/entry_points.txt"
check "stdnum-datafiler (*.dat)" compgen -G "$INT/stdnum/*.dat"
check "ingen kildetre i pakken (desktop_app/*.py)" bash -c "! compgen -G '$INT/desktop_app/*.py'"
if [ -x "$ROOT/.venv/bin/pyi-archive_viewer" ]; then
    listing=$("$ROOT/.venv/bin/pyi-archive_viewer" --list --recursive "$APP/postvakt" 2>/dev/null || true)
    check "keyring.backends.SecretService i postvakt" grep -q "keyring.backends.SecretService" <<<"$listing"
    check "secretstorage og jeepney.io.blocking i postvakt" \
        bash -c 'grep -q "secretstorage.collection" <<<"$1" && grep -q "jeepney.io.blocking" <<<"$1"' _ "$listing"
fi

# A clean environment: nothing from this shell, the source tree not importable.
mkdir -p "$TMP/user" "$TMP/home" "$TMP/xdg-config/python_keyring" "$TMP/runtime"
chmod 700 "$TMP/runtime"
cat > "$TMP/xdg-config/python_keyring/keyringrc.cfg" <<CFG
[backend]
keyring-path = $HERE/check
default-keyring = postvakt_bundle_probe.Probe
CFG
ENV=(env -i HOME="$TMP/user" PATH=/usr/bin:/bin LANG=C.UTF-8 XDG_RUNTIME_DIR="$TMP/runtime"
     XDG_CONFIG_HOME="$TMP/xdg-config" POSTVAKT_HOME="$TMP/home" QT_QPA_PLATFORM=offscreen
     POSTVAKT_PROBE_OUT="$TMP/probe.json")

if [ -n "${_POSTVAKT_CHECK_INNER:-}" ]; then
    # gnome-keyring-daemon wants a password on stdin to create and unlock the login keyring.
    mkdir -p "$TMP/user/.local/share"
    eval "$(printf 'postvakt-kontroll\n' | XDG_DATA_HOME="$TMP/user/.local/share" \
        gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    ENV+=(DBUS_SESSION_BUS_ADDRESS="$DBUS_SESSION_BUS_ADDRESS" POSTVAKT_PROBE_ROUNDTRIP=1)
    echo "  (med Secret Service fra gnome-keyring i en egen D-Bus-økt)"
else
    echo "  (uten D-Bus/gnome-keyring: nøkkelringen kontrolleres uten lagring)"
fi

run() {  # run NAME COMMAND...: from /, in the clean environment; stdout+stderr to $TMP/NAME.log
    local name=$1; shift
    local status=0
    (cd / && "${ENV[@]}" "$@") >"$TMP/$name.log" 2>&1 || status=$?
    return $status
}

echo "== vinduet (bokmål)"
start=$(date +%s)
if run gui-nb "$APP/postvakt" --language nb --render-views "$TMP/shots-nb"; then
    ok "postvakt --render-views avsluttet med 0 ($(( $(date +%s) - start )) s)"
else
    fail "postvakt --render-views avsluttet med $? (se under)"; cat "$TMP/gui-nb.log"
fi
count=$(find "$TMP/shots-nb" -name '*.png' 2>/dev/null | wc -l)
check "$count sider lagret som PNG" test "$count" -ge 1
check "ingen Python-feil i utskriften" bash -c "! grep -q 'Traceback' '$TMP/gui-nb.log'"
check "oversettelsene lastet (bokmål)" bash -c "! grep -q 'Could not load translation' '$TMP/gui-nb.log'"

echo "== inne i programmet (keyring, biblioteker)"
if [ -f "$TMP/probe.json" ]; then
    python3 - "$TMP/probe.json" <<'PY' || failures=$((failures + 1))
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
bad = 0
for name, result in report.items():
    detail = result["detail"]
    if isinstance(detail, list):
        detail = ", ".join(detail)
    print(f"  {'ok  ' if result['ok'] else 'FEIL'}  {name}: {detail}")
    bad += not result["ok"]
backends = " ".join(report["keyring_backends"]["detail"] or [])
if "SecretService" not in " ".join(report["keyring_entry_points"]["detail"] or []):
    print("  FEIL  keyring's SecretService backend is not among the entry points"); bad += 1
sys.exit(1 if bad else 0)
PY
else
    fail "probe.json ble ikke skrevet (keyring ble ikke lastet i programmet?)"
fi

echo "== vinduet (engelsk)"
if run gui-en "$APP/postvakt" --language en --render-views "$TMP/shots-en"; then
    ok "postvakt --language en --render-views avsluttet med 0"
else
    fail "postvakt --language en avsluttet med feil"; cat "$TMP/gui-en.log"
fi
check "oversettelsene lastet (engelsk)" bash -c "! grep -q 'Could not load translation' '$TMP/gui-en.log'"
first=$(cd "$TMP/shots-nb" 2>/dev/null && ls *.png | head -1)
if [ -n "$first" ] && [ -f "$TMP/shots-en/$first" ]; then
    check "engelsk $first er ulik bokmål" bash -c "! cmp -s '$TMP/shots-nb/$first' '$TMP/shots-en/$first'"
else
    fail "fant ikke samme side på begge språk"
fi

echo "== postvakt-cli"
if run cli-version "$APP/postvakt-cli" --version && grep -qx "Postvakt $VERSION" "$TMP/cli-version.log"; then
    ok "postvakt-cli --version: $(cat "$TMP/cli-version.log")"
else
    fail "postvakt-cli --version: $(cat "$TMP/cli-version.log")"
fi
if run cli-list "$APP/postvakt-cli" workspaces list && grep -q "Fjordvik" "$TMP/cli-list.log"; then
    ok "workspaces list viser øvingskommunen fra demodataene"
else
    fail "workspaces list:"; cat "$TMP/cli-list.log"
fi
if run cli-create "$APP/postvakt-cli" workspaces create --navn "Kontrollvik kommune" --orgnr 974760673; then
    ok "workspaces create (gyldig org.nr)"
else
    fail "workspaces create:"; cat "$TMP/cli-create.log"
fi
# The unopened check on the demo export, saved as Excel (openpyxl) and as CSV, as a user
# would run it: exit code 3 means letters at risk were found and the list was written.
for ext in xlsx csv; do
    status=0
    run "cli-unopened-$ext" "$APP/postvakt-cli" unopened --workspace 1 --svar 1a \
        --import "$RES/demo/svarut-eksport-demo.csv" --out "$TMP/uapnet.$ext" || status=$?
    if [ "$status" -eq 3 ] && [ -s "$TMP/uapnet.$ext" ]; then
        ok "unopened --out uapnet.$ext (kode 3, $(wc -c < "$TMP/uapnet.$ext") byte)"
    else
        fail "unopened --out uapnet.$ext ga kode $status:"; cat "$TMP/cli-unopened-$ext.log"
    fi
done
check "uapnet.xlsx er en Excel-fil (zip)" bash -c 'head -c 2 "$1" | grep -q PK' _ "$TMP/uapnet.xlsx"
status=0; run cli-bad "$APP/postvakt-cli" workspaces create --navn "Feil" --orgnr 974760674 || status=$?
check "workspaces create med ugyldig org.nr gir kode 2 ($(head -1 "$TMP/cli-bad.log"))" test "$status" -eq 2
if run cli-audit "$APP/postvakt-cli" audit verify; then
    ok "audit verify: $(cat "$TMP/cli-audit.log")"
else
    fail "audit verify:"; cat "$TMP/cli-audit.log"
fi

if [ -n "${POSTVAKT_CHECK_KEEP:-}" ]; then
    mkdir -p "$POSTVAKT_CHECK_KEEP"
    cp -r "$TMP/shots-nb" "$TMP/shots-en" "$TMP"/*.log "$TMP/probe.json" "$POSTVAKT_CHECK_KEEP/" 2>/dev/null || true
    echo "Bilder og logger er kopiert til $POSTVAKT_CHECK_KEEP"
fi

if [ "$failures" -ne 0 ]; then
    echo "Pakken er IKKE i orden: $failures feil."
    exit 1
fi
echo "Pakken er i orden."

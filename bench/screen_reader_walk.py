"""A keyboard walk through Postvakt as a Linux screen reader meets it (AT-SPI), with Orca's words.

Not part of the test run: it needs Xvfb, a D-Bus session, the AT-SPI bus and pyatspi. On Debian
or Ubuntu, as root:

    apt-get install -y --no-install-recommends xvfb xdotool python3-pyatspi orca at-spi2-core dbus
    /usr/bin/python3 bench/screen_reader_walk.py [--no-orca] [--keep DIR]

(the system ``python3``, which has pyatspi; Postvakt itself runs from ``.venv`` as a separate
process). The script starts Xvfb, a D-Bus session with the accessibility bus, Postvakt with a new
``POSTVAKT_HOME`` (the demo workspace, Øving) and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``, and —
unless ``--no-orca`` — Orca with its debug log (speech has no synthesizer here; the log says what
Orca would have spoken). It then opens each page with Ctrl+1 … Ctrl+9 and Ctrl+0, reads the
page's accessible tree over AT-SPI and Tabs through it, and prints per page: the controls that can
take focus, those without a name, those with a role a screen reader cannot use (filler, panel,
unknown), headings, tables without row/column counts or column headers, and the announcements
(``object:announcement``) that arrived. On «Virksomheter» it types an organisation number with
a wrong check digit: the error must be announced. Last come the lines Orca would have spoken.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = ":93"
PAGES = [  # (key, page name as in the navigation)
    ("ctrl+1", "Oversikt"),
    ("ctrl+2", "Virksomheter"),
    ("ctrl+3", "DPI-oppsett"),
    ("ctrl+4", "Taushetsbelagt post"),
    ("ctrl+5", "Varsling"),
    ("ctrl+6", "Uåpnet post"),
    ("ctrl+7", "Varslingsplan"),
    ("ctrl+8", "Rapporter"),
    ("ctrl+9", "Logg"),
    ("ctrl+0", "Innstillinger"),
]
USELESS_ROLES = {"filler", "panel", "unknown", "redundant object", "layered pane", "invalid"}
TABS_PER_PAGE = 40


def outer(args: argparse.Namespace) -> int:
    """Start Xvfb and run this script again inside a new D-Bus session."""
    xvfb = subprocess.Popen(
        ["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1.0)
        env = dict(os.environ, DISPLAY=DISPLAY, SCREEN_READER_WALK_INNER="1")
        cmd = ["dbus-run-session", "--", sys.executable, __file__, *sys.argv[1:]]
        return subprocess.call(
            cmd, env=env, stderr=subprocess.DEVNULL if not args.verbose else None
        )
    finally:
        xvfb.terminate()
        xvfb.wait()


def key(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=False)


def pump(seconds: float) -> None:
    from gi.repository import GLib

    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


def inner(args: argparse.Namespace) -> int:
    import pyatspi

    work = Path(args.keep or tempfile.mkdtemp(prefix="postvakt-sr-"))
    work.mkdir(parents=True, exist_ok=True)
    home = work / "home"
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir()
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1.0)
    subprocess.run(
        ["gsettings", "set", "org.gnome.desktop.interface", "toolkit-accessibility", "true"],
        check=False,
        stderr=subprocess.DEVNULL,
    )
    app_env = dict(
        os.environ,
        POSTVAKT_HOME=str(home),
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_QPA_PLATFORM="xcb",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    app_log = open(work / "postvakt.log", "w")  # noqa: SIM115 - closed at the end
    app = subprocess.Popen(
        [str(ROOT / ".venv/bin/postvakt")], env=app_env, stdout=app_log, stderr=app_log
    )
    orca = None
    orca_log = work / "orca.debug"
    try:
        frame = wait_for_frame(pyatspi, 60)
        if frame is None:
            print("Postvakt kom ikke fram på AT-SPI-bussen; se", work / "postvakt.log")
            return 1
        if not args.no_orca and shutil.which("orca"):
            orca = subprocess.Popen(
                ["orca", "--replace", f"--debug-file={orca_log}"],
                stdout=subprocess.DEVNULL,
                stderr=open(work / "orca.stderr", "w"),  # noqa: SIM115
            )
            time.sleep(6.0)
        focus_window()
        rows = walk(pyatspi, frame, orca_log if orca is not None else None)
        print_table(rows)
        if orca is not None:
            print_orca(rows, orca_log)
    finally:
        for proc in (orca, app, bus):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
        app_log.close()
    print(f"\nLogger: {work}")
    return 0


def wait_for_frame(pyatspi, seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == "Postvakt" and app.childCount:
                frame = app.getChildAtIndex(0)
                if frame is not None and frame.name.startswith("Postvakt"):
                    time.sleep(4.0)  # the first page settles
                    return frame
        time.sleep(0.5)
    return None


def focus_window() -> None:
    found = subprocess.run(
        ["xdotool", "search", "--name", "^Postvakt"], capture_output=True, text=True, check=False
    ).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=False)


def describe(acc) -> tuple[str, str]:
    try:
        return acc.getRoleName(), (acc.name or "").strip()
    except Exception:  # the object went away
        return "gone", ""


def shown_page(pyatspi, frame):
    """The page the main window shows: the showing child of the page stack."""
    stack = find(pyatspi, frame, lambda a: describe(a)[0] == "layered pane")
    if stack is None:
        return None
    for i in range(stack.childCount):
        child = stack.getChildAtIndex(i)
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            return child
    return None


def find(pyatspi, root, test, depth: int = 0):
    if depth > 30 or root is None:
        return None
    if test(root):
        return root
    for i in range(root.childCount):
        hit = find(pyatspi, root.getChildAtIndex(i), test, depth + 1)
        if hit is not None:
            return hit
    return None


def descendants(pyatspi, root, depth: int = 0):
    if root is None or depth > 30:
        return
    yield root
    role = describe(root)[0]
    if role in ("table", "tree table", "tree", "list") and root.childCount > 20:
        return  # the cells are checked through the table interface
    for i in range(root.childCount):
        yield from descendants(pyatspi, root.getChildAtIndex(i), depth + 1)


def check_tables(pyatspi, page) -> list[str]:
    problems = []
    for acc in descendants(pyatspi, page):
        role, name = describe(acc)
        if role not in ("table", "tree table", "tree"):
            continue
        if not acc.getState().contains(pyatspi.STATE_SHOWING):
            continue
        try:
            table = acc.queryTable()
        except NotImplementedError:
            problems.append(f"{role} «{name}» uten tabellgrensesnitt")
            continue
        headers = [
            (table.getColumnHeader(c).name if table.getColumnHeader(c) else "")
            for c in range(table.nColumns)
        ]
        if not headers or not all(h.strip() for h in headers):
            problems.append(f"{role} «{name}»: kolonner uten overskrift {headers}")
        problems.append(f"ok: {role} «{name}» {table.nRows}×{table.nColumns}")
    return problems


class Events:
    def __init__(self, pyatspi) -> None:
        self.announcements: list[str] = []
        self.focus: list[tuple[str, str]] = []
        self.pyatspi = pyatspi
        pyatspi.Registry.registerEventListener(self.on_event, "object:announcement")
        pyatspi.Registry.registerEventListener(self.on_event, "object:state-changed:focused")

    def on_event(self, event) -> None:
        if event.type.startswith("object:announcement"):
            self.announcements.append(str(event.any_data))
        elif event.detail1:
            self.focus.append(describe(event.source))


def log_size(log: Path | None) -> int:
    return log.stat().st_size if log is not None and log.exists() else 0


def walk(pyatspi, frame, orca_log: Path | None) -> list[dict]:
    events = Events(pyatspi)
    rows = []
    for keys, title in PAGES:
        start = log_size(orca_log)
        key(keys)
        pump(2.0)
        page = shown_page(pyatspi, frame)
        row = {"page": title, "seen": 0, "unnamed": [], "wrong": [], "headings": 0, "tables": []}
        if page is None:
            row["unnamed"].append("(fant ikke siden)")
            rows.append(row)
            continue
        focusable = [
            a
            for a in descendants(pyatspi, page)
            if a.getState().contains(pyatspi.STATE_FOCUSABLE)
            and a.getState().contains(pyatspi.STATE_SHOWING)
        ]
        row["seen"] = len(focusable)
        for acc in focusable:
            role, name = describe(acc)
            if role in ("table cell", "list item", "tree item"):
                continue
            if not name:
                parent = describe(acc.parent) if acc.parent is not None else ("", "")
                row["unnamed"].append(f"{role} i {parent[0]} «{parent[1][:40]}»")
            if role in USELESS_ROLES:
                row["wrong"].append(f"{role} «{name}»")
        row["headings"] = sum(1 for a in descendants(pyatspi, page) if describe(a)[0] == "heading")
        row["tables"] = check_tables(pyatspi, page)
        # the Tab walk: what a screen reader hears on each stop
        events.focus.clear()
        before = len(events.announcements)
        for _ in range(TABS_PER_PAGE):
            key("Tab")
            pump(0.15)
        row["stops"] = list(events.focus)
        if title == "Virksomheter":
            try:
                provoke_error(pyatspi, shown_page(pyatspi, frame))
            except Exception as error:  # reported; the walk goes on
                row["unnamed"].append(f"(kunne ikke skrive feil org.nr: {error})")
        pump(1.5)
        row["announcements"] = events.announcements[before:]
        row["orca"] = (start, log_size(orca_log))
        rows.append(row)
    return rows


def provoke_error(pyatspi, page) -> None:
    """A wrong organisation number typed by hand: the error must be said."""
    field = find(pyatspi, page, lambda a: describe(a) == ("text", "Organisasjonsnummer"))
    button = find(pyatspi, page, lambda a: describe(a) == ("push button", "Legg til"))
    if field is None or button is None:
        return
    field.queryComponent().grabFocus()
    pump(0.3)
    # nine digits with a wrong check digit
    # («Legg til» stays disabled; the message comes as the ninth digit is typed)
    subprocess.run(["xdotool", "type", "--delay", "50", "123456789"], check=False)
    pump(1.5)


def print_table(rows: list[dict]) -> None:
    print(
        f"{'Side':<22}{'fokus':>6}{'uten navn':>10}{'feil rolle':>11}{'overskr.':>9}  kunngjøringer"
    )
    for row in rows:
        print(
            f"{row['page']:<22}{row['seen']:>6}{len(row['unnamed']):>10}{len(row['wrong']):>11}"
            f"{row['headings']:>9}  {len(row.get('announcements', []))}"
        )
    print()
    for row in rows:
        details = []
        if row["unnamed"]:
            details.append("  uten navn: " + ", ".join(row["unnamed"]))
        if row["wrong"]:
            details.append("  feil rolle: " + "; ".join(row["wrong"]))
        details += [f"  tabell: {t}" for t in row["tables"]]
        unnamed_stops = [r for r, n in row.get("stops", []) if not n]
        if unnamed_stops:
            details.append(f"  Tab-stopp uten navn: {unnamed_stops}")
        details += [f"  sagt: «{a}»" for a in row.get("announcements", [])]
        if details:
            print(row["page"])
            print("\n".join(details))


def print_orca(rows: list[dict], log: Path) -> None:
    print("\nOrca ville ha sagt (fra feilsøkingsloggen; «tab» er tasten):")
    if not log.exists():
        print("  (ingen logg: Orca startet ikke)")
        return
    data = log.read_bytes()
    for row in rows:
        start, end = row["orca"]
        said = [
            line.split("SPEECH OUTPUT:", 1)[1].strip().split("{")[0].strip()
            for line in data[start:end].decode(errors="replace").splitlines()
            if "SPEECH OUTPUT:" in line
        ]
        print(f"-- {row['page']}")
        for line in said:
            if line.strip("' ") != "tab":
                print("  ", line)
        if not said:
            print("   (ingen talelinjer)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-orca", action="store_true", help="bare AT-SPI, uten Orca")
    parser.add_argument(
        "--keep", help="mappe for logger og arbeidsflate (ellers en ny midlertidig)"
    )
    parser.add_argument("--verbose", action="store_true", help="vis D-Bus og Qt sine meldinger")
    args = parser.parse_args()
    if os.environ.get("SCREEN_READER_WALK_INNER"):
        return inner(args)
    return outer(args)


if __name__ == "__main__":
    sys.exit(main())

"""Start-up: logging, settings, QApplication, translations, the store, the main window.

``postvakt`` starts the program; ``postvakt FIL`` also opens a task or receipt file
(«Til daglig leder»). ``postvakt --render-views DIR`` renders every main page
to PNG (offscreen) for the README and for review, and exits.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from desktop_app import __version__
from desktop_app.settings import Settings
from desktop_app.storage.paths import app_paths

log = logging.getLogger(__name__)


def _parse_args(argv: list[str]) -> argparse.Namespace:
    from desktop_app.argparse_nb import BokmalParser

    parser = BokmalParser(
        prog="postvakt",
        description="Postvakt: veiviser for kommunal post gjennom SvarUt, Altinn og DPI.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Postvakt {__version__}",
        help="vis versjonen og avslutt",
    )
    parser.add_argument(
        "--render-views",
        metavar="MAPPE",
        type=Path,
        help="lagre et bilde (PNG) av hver side i MAPPE og avslutt",
    )
    parser.add_argument(
        "--text-scale",
        metavar="PROSENT",
        type=int,
        default=100,
        help="tekststørrelse i prosent, for eksempel 200 (for --render-views: "
        "se at sidene virker med stor tekst på 1280×800)",
    )
    parser.add_argument(
        "--window-size",
        metavar="BxH",
        type=_window_size,
        default=(1280, 800),
        help="vindusstørrelse for --render-views, for eksempel 1024x640 (standard 1280x800)",
    )
    parser.add_argument(
        "--language",
        choices=["nb", "nn", "en"],
        help="språk for denne kjøringen (ellers fra innstillingene)",
    )
    parser.add_argument(
        "--varsle",
        action="store_true",
        help="vis det en fast kontroll fant, i systemstatusfeltet (startes av kontrollen)",
    )
    parser.add_argument(
        "fil",
        nargs="?",
        type=Path,
        metavar="FIL",
        help="en oppgave (.postvakt-oppgave) eller kvittering "
        "(.postvakt-kvittering) som skal åpnes",
    )
    parser.add_argument(
        "--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS
    )  # used by bench/startup.py
    return parser.parse_args(argv)


def command(name: str) -> str:
    """How to type the program ``name`` (``postvakt``, ``postvakt-cli``) so that it runs from
    here: the bare name when PATH finds this installation's copy, else its path (relative
    when it is under the current folder, e.g. ``.venv/bin/postvakt-cli``)."""
    import shlex
    import shutil

    exe = name + (".exe" if sys.platform == "win32" else "")
    # a venv's scripts and a PyInstaller bundle's programs sit next to sys.executable
    here = Path(sys.executable).parent / exe
    if not here.exists():
        return name
    found = shutil.which(name)
    if found and Path(found).resolve() == here.resolve():
        return name
    try:
        shown = str(here.absolute().relative_to(Path.cwd()))
        if os.sep not in shown:
            shown = os.path.join(".", shown)
    except ValueError:
        shown = str(here.absolute())
    return shlex.quote(shown) if sys.platform != "win32" else f'"{shown}"'


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window_size(text: str) -> tuple[int, int]:
    """«1024x640» → (1024, 640)."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    try:
        size = (int(width), int(height))
    except ValueError:
        size = (0, 0)
    if not sep or min(size) < 200 or max(size) > 10000:
        raise argparse.ArgumentTypeError(
            f"«{text}» er ikke en vindusstørrelse. Skriv bredde x høyde, for eksempel 1024x640."
        )
    return size


def open_context(settings: Settings):
    """Runs in the background at start-up: open the store and make sure there is a workspace."""
    from desktop_app.logs import setup_logging
    from desktop_app.storage.database import Database
    from desktop_app.storage.secrets import SecretStore

    paths = app_paths().ensure(writable=True)  # DataFolderError says which and what to do
    setup_logging(paths.log_dir)
    db = Database.open(paths.database, backup=True)  # checked first; reported if hurt
    secrets = SecretStore()
    from desktop_app.services.workspaces import WorkspaceService

    WorkspaceService(db).ensure_demo_workspace()
    return db, secrets


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    if args.render_views:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not _has_display():
        print(
            "Postvakt fant ingen skjerm å vise vinduet på (DISPLAY er ikke satt).\n"
            "Start Postvakt fra skrivebordet, eller bruk kommandolinjen: "
            f"{command('postvakt-cli')} --help\n"
            f"For bilder av sidene uten skjerm: {command('postvakt')} --render-views MAPPE",
            file=sys.stderr,
        )
        return 2

    # Logging is set up by open_context, in the background, right after the first paint.
    settings = Settings.load(app_paths().settings_file)
    language = args.language or settings.language

    from PySide6.QtWidgets import QApplication

    from desktop_app.i18n import install_translators

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Postvakt")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Postvakt")
    app.setDesktopFileName("no.postvakt.Postvakt")  # matches packaging/linux/*.desktop
    # The PNG is there from the first paint; the SVG (its icon engine is a plugin that takes a
    # while to load) joins right after it.
    _set_window_icon(app, ("postvakt-256.png",))
    install_translators(app, language)
    if args.text_scale != 100:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * max(50, min(args.text_scale, 400)) / 100)
        app.setFont(font)

    windows: list = []
    if args.varsle:
        # Started by a scheduled run that found something: the tray first, a window on a click.
        from desktop_app.views.notifier import NotifierMode

        app.setQuitOnLastWindowClosed(False)  # the tray menu closing is no reason to end

        def open_window(finding) -> None:
            app.setQuitOnLastWindowClosed(True)
            window = _open_window(app, args, settings)
            windows.append(window)
            window.open_finding(finding)

        notifier = NotifierMode(open_window, _pending_notices)
        notifier.finished.connect(lambda: None if windows else app.quit())
        notifier.start()
    else:
        windows.append(_open_window(app, args, settings))
    code = app.exec()
    from desktop_app.tasks import shutdown

    shutdown()
    for window in windows:
        if window.ctx is not None:
            window.ctx.close()
    try:
        settings.save()
    except OSError as exc:
        print(f"Innstillingene ble ikke lagret ({type(exc).__name__}).", file=sys.stderr)
    return code


def _pending_notices() -> list:
    """Runs in the background (``--varsle``): the log, and what scheduled runs found."""
    from desktop_app.logs import setup_logging
    from desktop_app.services.routines import read_pending_notices

    paths = app_paths()
    setup_logging(paths.log_dir)
    return read_pending_notices(paths.database)


def _open_window(app, args: argparse.Namespace, settings: Settings):
    """The main window, shown at once; the store is opened in the background after its first
    paint."""
    from desktop_app.views.main_window import MainWindow

    window = MainWindow()
    if args.render_views:
        window.resize(*args.window_size)  # 1280×800: a common laptop screen
    _install_excepthook(window)

    if args.quit_after_first_paint:
        from desktop_app.views.first_paint import report_first_paint

        report_first_paint(window)

    def opened(result: tuple) -> None:
        from desktop_app.cli import practice
        from desktop_app.views.context import AppContext

        db, secrets = result
        window.attach(AppContext(db, settings, secrets, practice=practice()))

    def failed(exc: BaseException) -> None:
        window.show_startup_error(exc)

    def start_open() -> None:
        from desktop_app.tasks import run_task

        run_task(open_context, settings, pass_state=False, on_result=opened, on_error=failed)

    window.retry_requested.connect(start_open)

    if args.render_views:
        from desktop_app.views.render import render_all_views

        window.ready.connect(lambda: render_all_views(window, args.render_views, app.quit))

    if args.fil is not None and not args.render_views:
        # «postvakt FIL»: a task or receipt, opened once the store is open
        window.ready.connect(lambda: window.open_handover(args.fil.absolute()))

    from desktop_app.views.first_paint import on_first_paint

    on_first_paint(window, start_open)
    on_first_paint(window, lambda: _set_window_icon(app))
    window.show()
    return window


def _set_window_icon(app, names: tuple[str, ...] = ("postvakt.svg", "postvakt-256.png")) -> None:
    from PySide6.QtGui import QIcon

    from desktop_app.resources import resources_dir

    icons = resources_dir() / "icons"
    icon = QIcon()
    for name in names:
        if (icons / name).exists():
            icon.addFile(str(icons / name))
    app.setWindowIcon(icon)


def _install_excepthook(window) -> None:
    """An unhandled exception is logged and explained; the program and the workspace go on."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        # (Imported here: PySide's Qt namespace is not needed before the first paint.)
        from PySide6.QtCore import QMetaObject, Qt

        from desktop_app.logs import log_exception

        log_exception(exc_type, exc, tb)
        window._pending_error = exc  # shown on the GUI thread
        QMetaObject.invokeMethod(window, "show_unhandled_error", Qt.ConnectionType.QueuedConnection)

    def thread_hook(hook_args: threading.ExceptHookArgs) -> None:
        hook(
            hook_args.exc_type, hook_args.exc_value or hook_args.exc_type(), hook_args.exc_traceback
        )

    sys.excepthook = hook
    threading.excepthook = thread_hook


if __name__ == "__main__":
    raise SystemExit(main())

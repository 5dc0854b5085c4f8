"""Fast kontroll tells the user: a scheduled run that found letters at risk (or a review past
its date) is shown in the tray by ``postvakt --varsle``, or by the Postvakt that is open, and
on Oversikt until the user opens it; a click opens the workspace and the page that fixes it.
Oversikt's card says when the routine ran, when it runs next, and what is late, in words.

The offscreen platform has no system tray: tests hand in the tray factory (a real
``QSystemTrayIcon`` object, or none)."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from desktop_app.domain.routines import Finding, Frequency, Schedule
from desktop_app.services.routines import LAST_RUN_KEY, RoutineService, SystemdScheduler
from desktop_app.views.notifier import InstanceServer, NotifierMode, TrayNotice

from .conftest import PATIENT_MS, settle
from .test_main_window import make_window

# Offscreen Qt has no tray window to follow, cannot raise a window or grab the keyboard for a
# menu: its words, not Postvakt's.
pytestmark = pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise", "does not support grabbing the keyboard"
)

FOUND = Finding(41, "Fjordvik kommune", "2026-12-07T06:31:00+00:00", 3, "")


class Trays:
    """A tray factory: hands out real tray icons (or none) and keeps them for the test."""

    def __init__(self, available: bool = True) -> None:
        self.available = available
        self.made: list[QSystemTrayIcon] = []

    def __call__(self, parent):
        if not self.available:
            return None
        tray = QSystemTrayIcon(parent)
        self.made.append(tray)
        return tray


def _name(tmp_path: Path) -> str:
    return f"postvakt-test-{abs(hash(str(tmp_path))) % 10**12}"


def test_with_a_tray_the_notifier_shows_the_finding_and_a_click_opens_it(qtbot, tmp_path):
    opened: list[Finding] = []
    trays = Trays()
    mode = NotifierMode(opened.append, lambda: [FOUND], trays, _name(tmp_path))
    mode.start()
    qtbot.waitUntil(lambda: mode.how == "systemstatusfelt", timeout=PATIENT_MS)
    [tray] = trays.made
    assert tray.isVisible()
    assert "3 taushetsbelagte brev" in tray.toolTip() and "Fjordvik kommune" in tray.toolTip()
    labels = [a.text() for a in tray.contextMenu().actions() if a.text()]
    assert labels == ["Åpne Uåpnet post for Fjordvik kommune", "Lukk varselet"]
    tray.messageClicked.emit()  # the user clicks the message
    assert opened == [FOUND] and not tray.isVisible()


def test_the_tray_menu_opens_and_closes_without_a_mouse(qtbot, tmp_path):
    opened: list[Finding] = []
    trays = Trays()
    mode = NotifierMode(opened.append, lambda: [FOUND], trays, _name(tmp_path))
    mode.start()
    qtbot.waitUntil(lambda: mode.how == "systemstatusfelt", timeout=PATIENT_MS)
    menu = trays.made[0].contextMenu()
    menu.popup(menu.pos())
    qtbot.waitExposed(menu)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # «Åpne …», chosen from the keyboard
    assert opened == [FOUND]
    with qtbot.waitSignal(mode.finished, timeout=PATIENT_MS):
        mode.notice.close()  # «Lukk varselet»


def test_without_a_tray_the_notifier_ends_and_leaves_it_to_oversikt(qtbot, tmp_path):
    opened: list[Finding] = []
    mode = NotifierMode(opened.append, lambda: [FOUND], Trays(available=False), _name(tmp_path))
    with qtbot.waitSignal(mode.finished, timeout=PATIENT_MS):
        mode.start()
    assert mode.how == "oversikt" and opened == []


def test_an_open_postvakt_is_told_instead(qtbot, tmp_path):
    server = InstanceServer(_name(tmp_path))
    loads: list[bool] = []
    mode = NotifierMode(lambda f: None, lambda: loads.append(True) or [FOUND], Trays(), server.name)
    with qtbot.waitSignals([server.notice, mode.finished], timeout=PATIENT_MS):
        mode.start()
    assert mode.how == "vindu" and loads == []  # the open window reads the store itself
    server.server.close()


def _found(ctx, workspace, at_risk=2) -> Finding:
    finding = Finding(workspace.id, workspace.name, datetime.now(UTC).isoformat(), at_risk, "")
    report = Path("svarut-eksport.csv")
    RoutineService(ctx.db, ctx.audit).ran(workspace.id, report, at_risk, finding=finding)
    return finding


def test_oversikt_shows_what_a_run_found_and_opens_its_workspace_and_page(qtbot, ctx):
    other = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    _found(ctx, other)
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.notices.isVisible(), timeout=PATIENT_MS)
    label = view.notices.findChildren(type(view.title))[0].text()
    assert "Fjordvik kommune: 2 taushetsbelagte brev er ikke åpnet" in label
    [open_button] = [
        b for b in view.notices.findChildren(type(view.schedule_button)) if "Åpne" in b.text()
    ]
    open_button.setFocus()
    qtbot.keyClick(open_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.current_page_key() == "uapnet", timeout=PATIENT_MS)
    qtbot.waitUntil(lambda: ctx.workspace.id == other.id, timeout=PATIENT_MS)
    settle(qtbot)
    assert ctx.services.routines.pending_notices() == []  # opened: put aside
    window.show_page("oversikt")
    qtbot.waitUntil(lambda: not view.notices.isVisible(), timeout=PATIENT_MS)


def test_skjul_puts_a_notice_aside(qtbot, ctx):
    _found(ctx, ctx.workspaces.list_workspaces()[0])
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.notices.isVisible(), timeout=PATIENT_MS)
    [hide] = [
        b for b in view.notices.findChildren(type(view.schedule_button)) if b.text() == "Skjul"
    ]
    hide.click()
    qtbot.waitUntil(lambda: not view.notices.isVisible(), timeout=PATIENT_MS)
    assert ctx.services.routines.pending_notices() == []


@pytest.mark.parametrize("tray", [True, False], ids=["med-systemstatusfelt", "uten"])
def test_the_open_window_shows_a_new_finding_itself(qtbot, ctx, tmp_path, tray):
    window = make_window(qtbot, ctx)
    trays = Trays(available=tray)
    window.routine_notices.tray_factory = trays
    _found(ctx, ctx.workspace)
    # what ``postvakt --varsle`` does when it finds this window
    mode = NotifierMode(lambda f: None, lambda: [], Trays(), window.routine_notices.server.name)
    with qtbot.waitSignal(mode.finished, timeout=PATIENT_MS):
        mode.start()
    assert mode.how == "vindu"
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.notices.isVisible(), timeout=PATIENT_MS)
    if tray:
        qtbot.waitUntil(lambda: len(trays.made) == 1, timeout=PATIENT_MS)
        [icon] = trays.made
        assert icon.isVisible() and "2 taushetsbelagte brev" in icon.toolTip()
        window.show_page("logg")
        icon.messageClicked.emit()
        qtbot.waitUntil(lambda: window.current_page_key() == "uapnet", timeout=PATIENT_MS)
    else:
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=PATIENT_MS)
        message = window.statusBar().currentMessage()
        assert "Fast kontroll: " in message and "Se Oversikt" in message
    settle(qtbot)
    assert isinstance(window.routine_notices.notice, TrayNotice) == tray


# --- the card ---------------------------------------------------------------------------------


def _scheduled(ctx, tmp_path):
    def runner(argv, stdin=None):
        return subprocess.CompletedProcess(list(argv), 0, "", "")

    program = tmp_path / "postvakt-cli"
    program.write_text("")
    ctx.services.routines = RoutineService(
        ctx.db, ctx.audit, SystemdScheduler(tmp_path / "units", runner), lambda: (str(program),)
    )
    ws = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    folder = tmp_path / "rapporter"
    folder.mkdir()
    ctx.services.routines.save(ws.id, Schedule(Frequency.WEEKLY, weekday=0), folder)
    ctx.set_workspace(ws)
    return ws


def test_the_card_says_when_it_ran_and_when_it_runs_next(qtbot, ctx, tmp_path):
    ws = _scheduled(ctx, tmp_path)
    ctx.db.set_meta(LAST_RUN_KEY + str(ws.id), datetime.now(UTC).isoformat())
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.schedule_card.value.text() == "I rute", timeout=PATIENT_MS)
    detail = view.schedule_card.detail.text()
    assert detail.startswith("Hver mandag kl. 07:30. Sist kjørt: ")
    assert "Neste: " in detail and "ikke kjørt ennå" not in detail
    with qtbot.waitSignal(view.schedule_button.clicked):
        qtbot.keyClick(view.schedule_button, Qt.Key.Key_Space)
    dialog = view.routine_dialog
    qtbot.waitUntil(lambda: "Lagt inn i systemd" in dialog.state.text(), timeout=PATIENT_MS)
    dialog.reject()
    settle(qtbot)


def test_a_late_run_is_said_in_words(qtbot, ctx, tmp_path):
    ws = _scheduled(ctx, tmp_path)
    three_weeks_ago = datetime.now(UTC) - timedelta(days=21)
    ctx.db.set_meta(LAST_RUN_KEY + str(ws.id), three_weeks_ago.isoformat())
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.schedule_card.value.text() == "Forfalt", timeout=PATIENT_MS)
    assert "skulle ha kjørt" in view.schedule_card.detail.text()
    assert three_weeks_ago.astimezone().strftime("%d.%m.%Y") in view.schedule_card.detail.text()


def test_no_routine_says_so_and_the_button_sets_one_up(qtbot, ctx):
    ws = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    ctx.set_workspace(ws)
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    qtbot.waitUntil(lambda: view.schedule_card.value.text() == "Ikke satt opp", timeout=PATIENT_MS)
    assert view.schedule_button.text() == "Sett opp fast kontroll"
    assert view.schedule_button.isEnabled()


@pytest.mark.slow
def test_postvakt_varsle_without_a_tray_ends_and_the_notice_waits(tmp_path):
    """The program the scheduled run starts, as a process: offscreen there is no tray, so it
    ends at once (it never hangs a scheduler) and leaves the finding for Oversikt."""
    import os
    import sys

    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    with Database.open(app_paths().database) as db:
        RoutineService(db).ran(41, Path("rapport.csv"), 3, finding=FOUND)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--varsle"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with Database.open(app_paths().database) as db:
        assert RoutineService(db).pending_notices() == [FOUND]
    log = app_paths().log_file.read_text(encoding="utf-8")
    assert "Skrivebordet har ikke systemstatusfelt" in log


def test_the_notice_on_oversikt_is_named_readable_and_fits_200_percent(qtbot, ctx):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication
    from support.accessibility_checks import clipped, low_contrast, unnamed_widgets

    other = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    _found(ctx, other)
    app = QApplication.instance()
    before = app.font()
    large = QFont(before)
    large.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(large)
    try:
        window = make_window(qtbot, ctx)
        window.resize(1280, 800)
        view = window.pages["oversikt"]
        qtbot.waitUntil(lambda: view.notices.isVisible(), timeout=PATIENT_MS)
        settle(qtbot)
        problems = unnamed_widgets(view.notices) + low_contrast(view.notices)
        problems += clipped(window)
        assert not problems, "\n".join(problems)
        assert view.notices.width() <= window.page_scroll.viewport().width()
    finally:
        app.setFont(before)

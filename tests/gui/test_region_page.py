"""Regionoversikt in the window: a row per municipality, filtered, saved, and a row opens
its workspace at the page that needs work."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QMessageBox

from desktop_app.services.composition import Services
from desktop_app.services.confidential_access import READ_HOLDERS
from desktop_app.storage.database import Database

from .conftest import PATIENT_MS, settle
from .test_main_window import make_window


def _close_boxes(window):
    for box in window.findChildren(QMessageBox):
        box.done(0)


def _names(page):
    return [page.proxy.index(i, 0).data() for i in range(page.proxy.rowCount())]


def test_rows_filter_and_a_row_opens_the_page_that_needs_work(qtbot, ctx, tmp_path):
    fjordvik = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    ctx.services.access.repo.mark_read(
        fjordvik.id, "987654325", READ_HOLDERS, "2026-11-20T08:00:00+00:00"
    )
    window = make_window(qtbot, ctx)
    window.show_page("region")
    page = window.pages["region"]
    page.refresh()
    qtbot.waitUntil(lambda: "Fjordvik kommune" in _names(page), timeout=PATIENT_MS)
    assert len(_names(page)) == 2  # and the demo municipality
    todo = page.model.COLUMNS.index("todo")
    row = _names(page).index("Fjordvik kommune")
    assert "uten noen som kan lese" in page.proxy.index(row, todo).data()

    page.search.setText("987 654")
    assert _names(page) == ["Fjordvik kommune"]
    assert "1 av 2 kommuner vises" in page.status.text()

    page.table.selectRow(0)
    page.open_row(page.table.currentIndex())
    assert ctx.workspace.id == fjordvik.id
    assert window.current_page_key() == "taushetsbelagt"

    target = tmp_path / "region.xlsx"
    page.save_to(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=PATIENT_MS)
    settle(qtbot)
    _close_boxes(window)
    sheet = openpyxl.load_workbook(target)["Regionoversikt"]
    assert [c.value for c in sheet[2]][:2] == ["Fjordvik kommune", "987 654 325"]
    assert sheet.max_row == 2  # only what the filter shows


def test_a_status_file_is_imported_after_the_fingerprint_is_accepted(
    qtbot, ctx, tmp_path, monkeypatch
):
    other = Services(Database.open(tmp_path / "havbygd.sqlite3"))
    ws = other.workspaces.create_workspace("Havbygd kommune", "964965226")
    path = tmp_path / "havbygd.json"
    status = other.status_files.export(ws.id, path)
    other.db.close()
    asked = []

    def confirm(_parent, _title, text, on_yes, danger=False):
        asked.append(text)
        on_yes()

    from desktop_app.views import dialogs

    monkeypatch.setattr(dialogs, "confirm", confirm)
    window = make_window(qtbot, ctx)
    window.show_page("region")
    page = window.pages["region"]
    page.import_file(path)
    qtbot.waitUntil(lambda: "Havbygd kommune (statusfil)" in _names(page), timeout=PATIENT_MS)
    assert status.fingerprint in asked[0] and "viser ikke at tallene stemmer" in asked[0]
    settle(qtbot)
    _close_boxes(window)


def test_routine_dialog_saves_shows_and_repairs_a_moved_program(qtbot, ctx, tmp_path):
    import subprocess

    from desktop_app.services.routines import RoutineService, SystemdScheduler

    def runner(argv, stdin=None):
        return subprocess.CompletedProcess(list(argv), 0, "", "")

    program = tmp_path / "v1" / "postvakt-cli"
    program.parent.mkdir()
    program.write_text("")
    current = [(str(program),)]
    ctx.services.routines = RoutineService(
        ctx.db, ctx.audit, SystemdScheduler(tmp_path / "units", runner), lambda: current[0]
    )
    ws = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    folder = tmp_path / "rapporter"
    folder.mkdir()
    window = make_window(qtbot, ctx)
    window.show_page("region")
    page = window.pages["region"]
    page.refresh()
    qtbot.waitUntil(lambda: "Fjordvik kommune" in _names(page), timeout=PATIENT_MS)
    page.table.selectRow(_names(page).index("Fjordvik kommune"))
    page.open_routine()
    dialog = page.routine_dialog
    qtbot.waitUntil(lambda: "Ingen fast kontroll" in dialog.state.text(), timeout=PATIENT_MS)
    dialog.frequency.setCurrentIndex(1)  # every other week
    dialog.weekday.setCurrentIndex(2)
    dialog.folder.setText(str(folder))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "Lagt inn i systemd" in dialog.state.text(), timeout=PATIENT_MS)
    assert "Annenhver onsdag" in dialog.state.text()
    assert not dialog.repair_button.isVisible()
    routine_column = page.model.COLUMNS.index("routine")
    qtbot.waitUntil(
        lambda: any(
            "Annenhver onsdag" in (page.proxy.index(i, routine_column).data() or "")
            for i in range(page.proxy.rowCount())
        ),
        timeout=PATIENT_MS,
    )

    program.unlink()  # Postvakt moved
    moved = tmp_path / "v2" / "postvakt-cli"
    moved.parent.mkdir()
    moved.write_text("")
    current[0] = (str(moved),)
    dialog.load()
    qtbot.waitUntil(lambda: "finnes ikke lenger" in dialog.state.text(), timeout=PATIENT_MS)
    assert dialog.repair_button.isVisible()
    dialog.repair_button.click()
    qtbot.waitUntil(lambda: "Lagt inn i systemd" in dialog.state.text(), timeout=PATIENT_MS)
    assert str(moved) in (tmp_path / "units" / f"postvakt-kontroll-{ws.id}.service").read_text()
    dialog.reject()


def test_the_page_shows_this_machines_fingerprint_once_a_status_file_is_made(qtbot, ctx, tmp_path):
    ws = ctx.services.workspaces.create_workspace("Fjordvik kommune", "987654325")
    window = make_window(qtbot, ctx)
    ctx.set_workspace(ws)
    window.show_page("region")
    page = window.pages["region"]
    settle(qtbot)
    assert page.own_key.isHidden()
    page.export_status(tmp_path / "status.json")
    qtbot.waitUntil(lambda: (tmp_path / "status.json").exists(), timeout=PATIENT_MS)
    settle(qtbot)
    _close_boxes(window)
    page.refresh()
    qtbot.waitUntil(lambda: page.own_key.isVisible(), timeout=PATIENT_MS)
    from desktop_app.services.status_file import read_status_file

    assert read_status_file(tmp_path / "status.json").fingerprint in page.own_key.text()


def test_the_overview_pdf_fits_its_page(qtbot, ctx):
    from desktop_app.views.pdf import lay_out

    ctx.services.workspaces.ensure_demo_workspace()
    for name, orgnr in (("Fjordvik kommune", "987654325"), ("Bergheim kommune", "974760673")):
        ws = ctx.services.workspaces.create_workspace(name, orgnr)
        ctx.services.access.repo.mark_read(
            ws.id, orgnr, READ_HOLDERS, "2026-11-20T08:00:00+00:00"
        )  # nobody can read
    rows = ctx.services.region.rows()
    assert len(rows) == 3
    layout = lay_out(ctx.services.region.overview_html(rows), "Regionoversikt")
    assert layout.fits and layout.font_pt >= 9  # no word broken, still readable


def test_older_rows_that_fail_late_say_nothing(qtbot, ctx, monkeypatch, two_pool_threads):
    """The rows asked for twice (a change while they were read): the older question fails
    after the newer one is answered. No error box for a question nobody asks now."""
    import threading

    from desktop_app.wizards.region import page as region_page

    window = make_window(qtbot, ctx)
    window.show_page("region")
    page = window.pages["region"]
    settle(qtbot)
    errors: list[str] = []
    ctx.error.connect(lambda title, _exc: errors.append(title))
    release = threading.Event()
    real_rows = region_page.load_rows

    def stuck_then_fails(_ctx):
        release.wait(PATIENT_MS / 1000)
        raise OSError("disken svarte ikke")

    monkeypatch.setattr(region_page, "load_rows", stuck_then_fails)
    page.refresh()  # the older question, stuck on the pool
    monkeypatch.setattr(region_page, "load_rows", real_rows)
    page.refresh()
    qtbot.waitUntil(lambda: page.proxy.rowCount() >= 1, timeout=PATIENT_MS)
    release.set()
    settle(qtbot)
    assert errors == []
    assert page.proxy.rowCount() >= 1

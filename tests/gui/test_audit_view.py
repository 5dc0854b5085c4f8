"""Logg: entries listed, filtered, exported; tampering shown in red."""

from __future__ import annotations

import csv
import sqlite3

from desktop_app.storage.paths import app_paths
from desktop_app.views.audit_log import AuditLogView

from .conftest import settle


def make_view(qtbot, ctx) -> AuditLogView:
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    return view


def test_lists_filters_and_exports(qtbot, ctx, tmp_path):
    ws = ctx.workspaces.list_workspaces()[0]
    ctx.audit.append("check.done", {"sjekk": "første"}, ws)
    ctx.audit.append("check.done", {"sjekk": "zqxandre"}, ws)
    ctx.audit.append("environment.changed", {"miljø": "test"}, None)
    view = make_view(qtbot, ctx)
    total = view.proxy.rowCount()
    assert total >= 3
    assert "hel" in view.status.text()
    qtbot.keyClicks(view.filter, "zqxandre")
    assert view.proxy.rowCount() == 1
    view.filter.clear()
    index = view.action_filter.findData("check.done")
    view.action_filter.setCurrentIndex(index)
    assert view.proxy.rowCount() == 2
    target = tmp_path / "logg.csv"
    view.export_to(target)
    settle(qtbot)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 3  # header + the two filtered entries
    for box in view.findChildren(__import__("PySide6.QtWidgets").QtWidgets.QMessageBox):
        box.close()


def test_tampering_is_shown(qtbot, ctx):
    ws = ctx.workspaces.list_workspaces()[0]
    entry = ctx.audit.append("check.done", {"sjekk": "original"}, ws)
    ctx.audit.append("check.done", {"sjekk": "senere"}, ws)
    con = sqlite3.connect(app_paths().database)
    triggers = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
        )
    ]
    for name in triggers:
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute(
        "UPDATE audit_log SET details=? WHERE seq=?", ('{"sjekk": "forfalsket"}', entry.seq)
    )
    con.commit()
    con.close()
    view = make_view(qtbot, ctx)
    assert "ikke hel" in view.status.text()
    assert str(entry.seq) in view.status.text()

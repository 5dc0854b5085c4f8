"""Logg says what the log can and cannot prove, and whether it is sealed here."""

from __future__ import annotations

from desktop_app.views.audit_log import AuditLogView

from .conftest import settle


def test_the_log_says_it_is_sealed_and_what_it_cannot_prove(qtbot, ctx):
    ctx.audit.append("check.done", {"sjekk": "første"}, None)
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    assert "forseglet med en nøkkel i nøkkelringen" in view.status.text()
    page = " ".join(label.text() for label in view.findChildren(type(view.status)))
    assert "eldre kopi" in page and "audit verify --mot" in page

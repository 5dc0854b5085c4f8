"""«Sjekk oppsettet» under Innstillinger: the checks run in the background, the table says
what each found and whom to ask, and the user can cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.cancellation import TaskState
from desktop_app.views.settings_view import SettingsView

from .conftest import settle


@pytest.fixture
def view(qtbot, ctx):
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=10_000)
    settle(qtbot)
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot)
    return widget


def open_dialog(qtbot, view):
    qtbot.mouseClick(view.setup_check_button, Qt.MouseButton.LeftButton)
    dialog = view.setup_check_dialog
    assert dialog.isVisible()
    return dialog


def rows(dialog) -> dict[str, tuple[str, str, str]]:
    t = dialog.table
    return {
        t.item(r, 1).text(): (t.item(r, 0).text(), t.item(r, 2).text(), t.item(r, 3).text())
        for r in range(t.rowCount())
    }


def test_signed_in_with_the_municipality_chosen_everything_is_ok(qtbot, ctx, view):
    workspace = ctx.workspaces.ensure_demo_workspace()
    ctx.set_workspace(workspace)
    ctx.session.complete_sign_in(TaskState(), ctx.session.prepare_sign_in())
    dialog = open_dialog(qtbot, view)
    assert "Øving" in dialog.heading.text() and workspace.name in dialog.heading.text()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    found = rows(dialog)
    assert {status for status, _, _ in found.values()} == {"OK"}
    assert "Alt er klart." in dialog.summary.text()
    assert any(e.action == "setup_check.run" for e in ctx.audit.entries())
    dialog.close()
    settle(qtbot)


def test_a_failure_says_what_and_whom_to_ask_and_not_signed_in_is_explained(qtbot, ctx, view):
    ctx.sandbox.set_switches(maskinporten_key_refused=True)
    dialog = open_dialog(qtbot, view)
    assert "ikke logget inn" in dialog.heading.text()
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    found = rows(dialog)
    status, message, ask = found["Maskinporten godtar kommunens nøkkel"]
    assert status == "Feil" and "nøkkel" in message and ask.startswith("Digdir")
    assert found["SvarUt godtar kontoen og integrasjonen"][0] == "Ikke sjekket"
    assert found["Innloggingen gir tilgang til Altinn"][0] == "Ikke sjekket"
    assert "1 feil" in dialog.summary.text()
    dialog.close()
    settle(qtbot)


def test_cancel_stops_and_says_so(qtbot, ctx, view):
    ctx.sandbox.set_faults(latency_ms=300)  # slow enough to cancel on a busy machine too
    dialog = open_dialog(qtbot, view)
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled() and not dialog.run_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.report is not None and dialog.report.cancelled
    assert "Du avbrøt sjekken." in dialog.summary.text()
    assert "Ikke sjekket" in {s for s, _, _ in rows(dialog).values()}
    assert dialog.run_button.isEnabled()
    ctx.sandbox.clear_faults()
    dialog.close()
    settle(qtbot)

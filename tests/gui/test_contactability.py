"""Kan mottakerne varsles? From Varslingsplan: import a KRR list or look people up in Øving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.sandbox import _fiction
from desktop_app.wizards.notice_plan import ContactabilityDialog, NoticePlannerPage

from .conftest import PATIENT_MS, settle

PID = _fiction.PEOPLE[0].pid


def texts(dialog, column):
    model = dialog.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_planner_opens_the_check_and_says_how_to_get_lookups(qtbot, ctx):
    ctx.settings.set("environment", "test")  # no Maskinporten client set up there
    page = NoticePlannerPage(ctx)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    dialog = page.contact_dialog
    assert dialog.isVisible()
    assert not dialog.lookup_button.isEnabled()
    assert "Maskinporten" in dialog.lookup_note.text()
    assert dialog.import_button.isEnabled()
    dialog.close()
    settle(qtbot)  # the planner's own background loads end before the page goes


def test_an_exported_list_shows_who_can_be_notified_with_numbers_masked(qtbot, ctx, tmp_path):
    path = tmp_path / "krr.csv"
    path.write_text(
        "Fødselsnummer;Reservert;E-post;E-post oppdatert;Mobil;Mobil oppdatert;Postkasse\n"
        f"{PID};NEI;a@example.no;01.10.2026;+4791234567;01.01.2020;digipost#1\n"
        "12345678901;NEI;b@example.no;01.10.2026;;;\n",
        encoding="utf-8",
    )
    dialog = ContactabilityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.import_file(path)
    settle(qtbot)
    assert texts(dialog, 0) == ["120371 *****"]
    assert texts(dialog, 1) == ["Ja"] and texts(dialog, 2) == ["Nei"]
    assert "18 måneder" in texts(dialog, 4)[0]
    assert dialog.summary.text().startswith("1 person fra")
    assert dialog.errors_list.count() == 1 and "Linje 3" in dialog.errors_list.item(0).text()
    dialog.show_full.setChecked(True)
    assert texts(dialog, 0) == [PID]


def test_a_lookup_in_practice_mode_reads_the_sandbox_register(qtbot, ctx):
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox_url is not None, timeout=PATIENT_MS)
    dialog = ContactabilityDialog(ctx, krr_token=lambda: "ovingstoken")
    qtbot.addWidget(dialog)
    dialog.pid_edit.setPlainText("\n".join(p.pid for p in _fiction.PEOPLE) + "\n123")
    qtbot.mouseClick(dialog.lookup_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.model.rowCount() == len(_fiction.PEOPLE)
    assert "reservert" in dialog.summary.text()
    assert "Linje 7" in dialog.errors_list.item(0).text()


def test_a_practice_lookup_uses_the_contexts_maskinporten_token_source(qtbot, ctx):
    """Øving: ``ctx.krr_token_provider()`` (what the planner hands the check) asks the sandbox
    Maskinporten for a token with the KRR scopes, with the practice client the SvarUt refresh
    uses, and the register answers."""
    from desktop_app.integrations.krr import SCOPES
    from desktop_app.sandbox.maskinporten import PRACTICE_CLIENT_ID, state

    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox_url is not None, timeout=PATIENT_MS)
    provider = ctx.krr_token_provider()
    assert provider is not None
    dialog = ContactabilityDialog(ctx, krr_token=provider)
    qtbot.addWidget(dialog)
    assert dialog.lookup_button.isEnabled()
    dialog.pid_edit.setPlainText("\n".join(p.pid for p in _fiction.PEOPLE[:3]))
    qtbot.mouseClick(dialog.lookup_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.model.rowCount() == 3
    assert "reservert" in dialog.summary.text()
    issued = list(state(ctx.sandbox).tokens.values())
    assert any(t.client_id == PRACTICE_CLIENT_ID and set(SCOPES) <= set(t.scopes) for t in issued)

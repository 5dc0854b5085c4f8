"""«Hent ny status fra SvarUt» and the event log dialog, as a user meets them.

In Øving the step runs against the sandbox with its practice credentials; in Test without a
set-up it says what to fill in and lets the user go on.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QWizard, QWizardPage

from desktop_app.domain.environments import Environment
from desktop_app.domain.svarut import Shipment, ShipmentStatus
from desktop_app.sandbox import svarut as sandbox_svarut
from desktop_app.views.shipments.events import ShipmentEventsDialog, mask_person_numbers
from desktop_app.wizards.unopened.refresh_statuses import RefreshStatusesPage

from .conftest import PATIENT_MS, settle

UNKNOWN = "00000000-0000-4000-8000-000000000000"


def demo_shipments() -> list[Shipment]:
    """The demo export as imported: every letter «varslet» (the file is old)."""
    return [
        Shipment(s.id, None, ShipmentStatus.VARSLET, "VARSLET")
        for s in sandbox_svarut.demo_shipments()
    ] + [Shipment(UNKNOWN, None, ShipmentStatus.VARSLET, "VARSLET")]


def practice(qtbot, ctx):
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    return ctx.sandbox


def make_wizard(qtbot, ctx, shipments):
    wizard = QWizard()
    page = RefreshStatusesPage(ctx, lambda: shipments)
    wizard.addPage(page)
    after = QWizardPage()
    after.setTitle("Neste steg")
    wizard.addPage(after)
    qtbot.addWidget(wizard)
    wizard.resize(720, 520)
    wizard.show()
    settle(qtbot)
    return wizard, page


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_practice_refresh_updates_statuses_and_reports_the_unknown_one(qtbot, ctx):
    practice(qtbot, ctx)
    wizard, page = make_wizard(qtbot, ctx, demo_shipments())
    assert "Øving" in page.setup_label.text()
    assert page.start_button.isEnabled()
    with qtbot.waitSignal(page.shipments_refreshed, timeout=PATIENT_MS) as signal:
        page.start_button.click()
    settle(qtbot)
    refreshed = signal.args[0]
    assert refreshed == page.refreshed_shipments()
    by_id = {s.id: s for s in refreshed}
    truth = {s.id: s.status for s in sandbox_svarut.demo_shipments()}
    assert all(by_id[i].status is status for i, status in truth.items())
    assert by_id[UNKNOWN].status is ShipmentStatus.VARSLET  # kept from the file
    summary = page.summary.text()
    assert "Ny status for 40 av 41" in summary and "1 fikk ikke ny status" in summary
    assert "kjenner ikke" in page.reasons.item(0).text()
    assert not page.retry_button.isVisible()  # an unknown ID is not worth retrying
    actions = [e.action for e in ctx.audit.entries()]
    assert "svarut.status_refreshed" in actions
    next_button(wizard).click()
    assert wizard.currentId() == 1


def test_failed_batch_can_be_retried_alone(qtbot, ctx, monkeypatch):
    from desktop_app.integrations import http

    monkeypatch.setattr(http, "_backoff_delay", lambda *_args: 0.01)  # keep the test quick
    sandbox = practice(qtbot, ctx)
    _wizard, page = make_wizard(qtbot, ctx, demo_shipments())
    sandbox.set_faults(force_503=10, path_contains="status-sok")
    with qtbot.waitSignal(page.shipments_refreshed, timeout=PATIENT_MS):
        page.start_button.click()
    settle(qtbot)
    assert "41 fikk ikke ny status" in page.summary.text()
    assert "Prøv igjen om litt" in page.reasons.item(0).text()
    assert page.retry_button.isVisible()
    assert all(s.status is ShipmentStatus.VARSLET for s in page.refreshed_shipments())
    sandbox.clear_faults()
    with qtbot.waitSignal(page.shipments_refreshed, timeout=PATIENT_MS):
        page.retry_button.click()
    settle(qtbot)
    assert "Ny status for 40 av 41" in page.summary.text()
    assert sum(s.status is ShipmentStatus.LEST for s in page.refreshed_shipments()) > 10


def test_cancel_keeps_what_was_fetched_and_next_still_works(qtbot, ctx):
    sandbox = practice(qtbot, ctx)
    many = sandbox_svarut.state(sandbox).generate(1200)
    shipments = [Shipment(i, None, None, "") for i in many]
    wizard, page = make_wizard(qtbot, ctx, shipments)
    sandbox.set_faults(latency_ms=200, path_contains="status-sok")
    page.start_button.click()
    assert not page.isComplete()  # Neste waits while a run is going on
    qtbot.waitUntil(lambda: page.progress.value() >= 100, timeout=PATIENT_MS)
    with qtbot.waitSignal(page.shipments_refreshed, timeout=PATIENT_MS):
        page.cancel_button.click()
    settle(qtbot)
    result = page.last_result()
    assert result.cancelled and 100 <= result.updated < 1200
    assert "Du avbrøt" in page.summary.text()
    assert page.retry_button.isVisible()
    assert page.isComplete()
    next_button(wizard).click()
    assert wizard.currentId() == 1


def test_missing_setup_says_what_to_fill_in_and_can_be_skipped(qtbot, ctx):
    ctx.settings.set("environment", Environment.TEST.value)
    wizard, page = make_wizard(qtbot, ctx, demo_shipments())
    text = page.setup_label.text()
    assert "Innstillinger" in text and "SvarUt konto-ID" in text
    assert "Maskinporten klient-ID" in text and "IntegrasjonPassord" in text
    assert "hoppe over" in text
    assert not page.start_button.isVisible()
    kept = page.refreshed_shipments()
    assert len(kept) == 41 and all(s.status is ShipmentStatus.VARSLET for s in kept)
    next_button(wizard).click()
    assert wizard.currentId() == 1


def test_events_dialog_shows_the_log_with_person_numbers_cut(qtbot, ctx):
    practice(qtbot, ctx)
    read = next(
        s
        for s in sandbox_svarut.demo_shipments()
        if any("Lest eksternt" in text for _at, text in sandbox_svarut.events_for(s))
    )
    dialog = ShipmentEventsDialog(ctx, read.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=PATIENT_MS)
    settle(qtbot)
    rows = dialog.events()
    assert rows[0][1] == "Mottatt, og tildelt forsendelse-id"
    last = rows[-1][1]
    assert "Lest eksternt" in last
    # The fødselsnummer shows as on every other screen: birth date, then the rest hidden.
    assert re.search(r"(?<!\d)\d{6} \*{5}", last) and not re.search(r"\d{11}", last)
    assert "hendelser, eldste først" in dialog.state_label.text()


def test_events_dialog_explains_an_unknown_shipment(qtbot, ctx):
    practice(qtbot, ctx)
    dialog = ShipmentEventsDialog(ctx, UNKNOWN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "ikke hentet" in dialog.state_label.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert "fant ikke denne forsendelsen" in dialog.state_label.text()
    assert dialog.table.rowCount() == 0
    assert not dialog.retry_button.isVisible()  # a wrong ID does not get better by retrying


def test_events_dialog_retries_after_an_outage(qtbot, ctx, monkeypatch):
    from desktop_app.integrations import http

    monkeypatch.setattr(http, "_backoff_delay", lambda *_args: 0.01)
    sandbox = practice(qtbot, ctx)
    sandbox.set_faults(force_503=4, path_contains="hendelser")
    dialog = ShipmentEventsDialog(ctx, sandbox_svarut.demo_shipments()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.retry_button.isVisible(), timeout=PATIENT_MS)
    assert "Prøv igjen om litt" in dialog.state_label.text()
    # The outage is over (on a busy machine a slow answer may have used an attempt, so the
    # test does not count on every 503 having been used up).
    sandbox.clear_faults()
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=PATIENT_MS)
    settle(qtbot)
    assert not dialog.retry_button.isVisible()


def test_open_shipment_events_does_not_block(qtbot, ctx):
    from desktop_app.views.shipments.events import open_shipment_events

    practice(qtbot, ctx)
    dialog = open_shipment_events(ctx, sandbox_svarut.demo_shipments()[0].id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=PATIENT_MS)
    settle(qtbot)
    with qtbot.waitSignal(dialog.destroyed, timeout=PATIENT_MS):
        dialog.close()


def test_mask_person_numbers():
    assert mask_person_numbers("av 01029400470 hos") == "av 010294 ***** hos"
    assert mask_person_numbers("org 971032146 og 2023") == "org 971032146 og 2023"


def test_settings_page_keeps_the_svarut_and_maskinporten_values(qtbot, ctx):
    from desktop_app.settings import Settings
    from desktop_app.views.settings_view import SettingsView

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot)
    field = view.svarut_fields["svarut_konto_id"]
    field.setText("  d6b23522-ddf3-462a-8140-16e59e1f476d ")
    field.editingFinished.emit()
    view.svarut_fields["maskinporten_kid"].setText("nokkel-2026")
    view.svarut_fields["maskinporten_kid"].editingFinished.emit()
    settle(qtbot)
    saved = Settings.load(ctx.settings.path)
    assert saved.get("svarut_konto_id") == "d6b23522-ddf3-462a-8140-16e59e1f476d"
    assert saved.get("maskinporten_kid") == "nokkel-2026"
    assert view.svarut_fields["maskinporten_scope"].text() == "ks:fiks"
    details = [e.details for e in ctx.audit.entries() if e.action == "settings.changed"]
    assert {"innstilling": "svarut_konto_id"} in details


def test_a_hung_svarut_is_given_up_and_said_plainly(qtbot, ctx, monkeypatch):
    """SvarUt takes every status call and never answers: the step stops asking after a few
    silent tries (a short timeout here, never a long wait), keeps the file's statuses and
    says that SvarUt did not answer and to try again later."""
    from desktop_app.integrations import http
    from desktop_app.services import status_refresh

    monkeypatch.setattr(http, "_backoff_delay", lambda *_args: 0.01)
    real = status_refresh.open_connection
    monkeypatch.setattr(
        status_refresh, "open_connection", lambda setup, **kw: real(setup, **{**kw, "timeout": 0.2})
    )
    sandbox = practice(qtbot, ctx)
    _wizard, page = make_wizard(qtbot, ctx, demo_shipments())
    sandbox.set_faults(hang_count=100, hang_seconds=10, path_contains="status-sok")
    with qtbot.waitSignal(page.shipments_refreshed, timeout=PATIENT_MS):
        page.start_button.click()
    settle(qtbot)
    sandbox.clear_faults()
    summary = page.summary.text()
    assert "SvarUt svarte ikke" in summary and "Prøv igjen senere" in summary
    assert "41 fikk ikke ny status" in summary
    asked = [r for r in sandbox.requests if "status-sok" in r.path]
    assert len(asked) == status_refresh.MAX_NO_ANSWER
    assert all(s.status is ShipmentStatus.VARSLET for s in page.refreshed_shipments())
    assert page.retry_button.isVisible()


def test_events_retry_works_the_moment_the_error_is_shown(qtbot, ctx, monkeypatch):
    """The error (and «Prøv igjen») can reach the window before the task's end does; a
    click right then must start a new load, not be ignored."""
    from desktop_app.integrations import http
    from desktop_app.integrations.http import ServiceError

    monkeypatch.setattr(http, "_backoff_delay", lambda *_args: 0.01)
    practice(qtbot, ctx)
    dialog = ShipmentEventsDialog(ctx, sandbox_svarut.demo_shipments()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=PATIENT_MS)
    settle(qtbot)
    dialog._task = object()  # as if the earlier load's end had not arrived yet
    dialog._failed(ServiceError("SvarUt svarte ikke i tide. Prøv igjen om litt.", retryable=True))
    dialog.table.setRowCount(0)
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=PATIENT_MS)
    settle(qtbot)
    assert not dialog.retry_button.isVisible()

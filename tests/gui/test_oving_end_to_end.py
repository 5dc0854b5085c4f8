"""Øving from end to end, as a daglig leder meets it: the whole main window, real HTTP to the
sandbox, sign-in through Innstillinger, then the wizards that use Altinn through the session.

Each test signs in by clicking «Logg inn» (the practice ID-porten signs in the daglig leder,
Ingrid Fjell Berg), so the Altinn adapters the pages get are the ones a user gets; what each
flow changed is then read back from the sandbox itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop_app.domain.access import PACKAGE_CODE
from desktop_app.domain.checklist import Verification
from desktop_app.domain.dpi_onboarding import KS_ORGNR, Step, WhoDelegates
from desktop_app.domain.svarut import ShipmentStatus
from desktop_app.domain.unopened import DigitalOnlySetting
from desktop_app.resources import resources_dir
from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import party_uuid, person_uuid, state_of
from desktop_app.sandbox.altinn_access import CONFIDENTIAL, access_state
from desktop_app.services.dpi_onboarding import DpiOnboardingService
from desktop_app.storage.runs import RunRepository
from desktop_app.views.main_window import MainWindow
from desktop_app.wizards.confidential_access import GrantDialog
from desktop_app.wizards.dpi_onboarding import seams as dpi_seams
from desktop_app.wizards.unopened.check_steps import (
    PAGE_IMPORT,
    PAGE_REFRESH,
    PAGE_RESULT,
    PAGE_RISK,
)

from .conftest import PATIENT_MS, settle
from .test_confidential_access import answer_box, click

MUNICIPALITY = _fiction.MUNICIPALITY_ORGNR
HELSE = "310100005"
SARA = _fiction.PEOPLE[2]
DEMO_EXPORT = resources_dir() / "demo" / "svarut-eksport-demo.csv"
NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def window(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(dpi_seams, "open_url", lambda _url: None)  # no real browser
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    win.attach(ctx)
    qtbot.waitUntil(
        lambda: ctx.sandbox is not None and ctx.workspace is not None, timeout=PATIENT_MS
    )
    settle(qtbot)
    assert ctx.workspace.orgnr == MUNICIPALITY  # the demo workspace: Fjordvik
    return win


def sign_in(qtbot, ctx, win: MainWindow) -> None:
    assert win.banner.session_button.text() == "Ikke logget inn"
    qtbot.mouseClick(win.banner.session_button, Qt.MouseButton.LeftButton)
    assert win.current_page_key() == "innstillinger"
    panel = win.pages["innstillinger"].signin
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.altinn.adapters is not None, timeout=PATIENT_MS)
    settle(qtbot)
    assert win.banner.session_button.text() == f"Logget inn som {_fiction.DAGLIG_LEDER.name}"


def open_delegation_step(qtbot, win: MainWindow):
    win.show_page("dpi")
    page = win.pages["dpi"]
    qtbot.waitUntil(lambda: Step.DELEGER_KS in page.step_pages, timeout=PATIENT_MS)
    settle(qtbot)
    step = page.step_pages[Step.DELEGER_KS]
    while page.wizard.currentPage() is not step:
        click(qtbot, page.wizard.button(NEXT))
    return step


# ---------------------------------------------------------------------------- DPI
def test_dpi_step_three_delegates_to_ks_through_altinn_and_reads_it_back(qtbot, ctx, window):
    step = open_delegation_step(qtbot, window)
    assert not step.api_button.isVisible()  # not signed in yet: the guided path only
    # Enhetsregisteret (open, no sign-in) names the daglig leder.
    qtbot.waitUntil(lambda: _fiction.DAGLIG_LEDER.name in step.leader.text(), timeout=PATIENT_MS)

    sign_in(qtbot, ctx, window)
    window.show_page("dpi")
    assert step.api_button.isVisible() and "Du er logget inn" in step.api_text.text()
    step.who_buttons[WhoDelegates.DAGLIG_LEDER].setChecked(True)
    click(qtbot, step.api_button)
    qtbot.waitUntil(lambda: step.record.confirmed, timeout=PATIENT_MS)
    settle(qtbot)

    assert "Lest tilbake fra Altinn" in step.state_label.text()
    saved = DpiOnboardingService(ctx.db).load(ctx.workspace.id).record(Step.DELEGER_KS)
    assert saved.verification is Verification.API and saved.fields["lest_tilbake"] is True
    assert saved.fields["daglig_leder"] == _fiction.DAGLIG_LEDER.name
    entry = [e for e in ctx.audit.entries() if e.action == "step.confirmed"][-1]
    assert entry.details["verifisert"] == Verification.API.label_nb
    # Altinn itself now has KS as supplier with the DPI resource found in the registry.
    access = access_state(ctx.sandbox)
    delegated = access.supplier_resources[(party_uuid(MUNICIPALITY), party_uuid(KS_ORGNR))]
    # (the one with scope digitalpostinnbygger:send, not the similar «send-test» one)
    assert delegated == {"sandkasse-dpi-send"}


def test_dpi_falls_back_to_the_portal_when_the_api_is_off_and_logs_the_path(qtbot, ctx, window):
    sign_in(qtbot, ctx, window)
    state_of(ctx.sandbox).features["maskinportensuppliers"] = False  # not switched on
    step = open_delegation_step(qtbot, window)
    click(qtbot, step.api_button)
    qtbot.waitUntil(lambda: "selv i Altinn" in step.api_result.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert "Altinn-portalen" in step.api_result.text()
    assert not step.record.confirmed and step.confirm_button.isVisible()
    logged = [e for e in ctx.audit.entries() if e.action == "altinn.api_unavailable"]
    assert len(logged) == 1
    assert logged[0].details == {
        "path": "manual",
        "feature": "maskinportensuppliers",
        "reason": "not_enabled",
        "status": 404,
        "veiviser": "dpi",
    }


# ---------------------------------------------------------------------------- access
def holder_rows(page) -> list[tuple[str, str]]:
    t = page.holders_table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def test_confidential_post_read_grant_and_revoke_in_altinn(qtbot, ctx, window):
    sign_in(qtbot, ctx, window)
    window.show_page("taushetsbelagt")
    page = window.pages["taushetsbelagt"]
    settle(qtbot)
    assert "Koblet til Altinn" in page.api_status.text()

    # Read who holds access from Altinn: the sandbox's starting data for the municipality.
    page.tabs.setCurrentIndex(2)
    click(qtbot, page.refresh_button)
    assert "lest fra Altinn" in page.import_status.text()
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(MUNICIPALITY))
    settle(qtbot)
    names = [n for n, _ in holder_rows(page)]
    assert "Jonas Bakken" in names and "Per Lunde" in names

    # Approve Sara Holm for Helse og omsorg, then give her the package through Altinn.
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(HELSE))
    settle(qtbot)
    page.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.reader_name, SARA.name)
    qtbot.keyClicks(page.reader_email, SARA.email)
    page.reader_reason.setCurrentIndex(1)
    click(qtbot, page.add_reader_button)
    page.approved_table.selectRow(0)
    click(qtbot, page.grant_button)
    dialog = page.grant_dialog
    assert isinstance(dialog, GrantDialog) and dialog.last_name.text() == "Holm"
    qtbot.keyClicks(dialog.identifier, SARA.pid)
    dialog.accept()
    qtbot.waitUntil(
        lambda: any(e.action == "access.granted" for e in ctx.audit.entries()), timeout=PATIENT_MS
    )
    settle(qtbot)
    links = access_state(ctx.sandbox).links
    assert CONFIDENTIAL in links[(party_uuid(HELSE), person_uuid(SARA.pid))].packages
    assert page.approved_table.item(0, 3).text() == "Ja"
    page.tabs.setCurrentIndex(2)
    assert [n for n, _ in holder_rows(page)] == [SARA.name]

    # Revoke: asked first; «Nei» keeps it in Altinn, «Ja» removes it there.
    page.holders_table.selectRow(0)
    click(qtbot, page.revoke_button)
    assert SARA.name in answer_box(qtbot, page, QMessageBox.StandardButton.No)
    assert CONFIDENTIAL in links[(party_uuid(HELSE), person_uuid(SARA.pid))].packages
    page.holders_table.selectRow(0)
    click(qtbot, page.revoke_button)
    answer_box(qtbot, page, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: page.holders_table.rowCount() == 0, timeout=PATIENT_MS)
    assert CONFIDENTIAL not in links[(party_uuid(HELSE), person_uuid(SARA.pid))].packages
    revoked = [e for e in ctx.audit.entries() if e.action == "access.revoked"][-1]
    assert revoked.details["via"] == "altinn" and revoked.details["tilgang"] == [PACKAGE_CODE]


# ---------------------------------------------------------------------------- varsling
def test_notification_addresses_listed_added_and_removed_in_altinn(qtbot, ctx, window):
    sign_in(qtbot, ctx, window)
    window.show_page("varsling")
    page = window.pages["varsling"]
    settle(qtbot)
    assert "Koblet til Altinn" in page.api_status.text()
    click(qtbot, page.refresh_button)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(MUNICIPALITY))
    settle(qtbot)
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "postmottak@fjordvik.example" in shown

    def in_altinn() -> list[str]:
        return [a.value for a in window.altinn.adapters.notifications.list_addresses(MUNICIPALITY)]

    qtbot.keyClicks(page.address_edit, "varsel@fjordvik.example")
    click(qtbot, page.add_button)
    assert page.error.text() == ""
    assert "varsel@fjordvik.example" in in_altinn()
    row = next(
        r
        for r in range(page.table.rowCount())
        if page.table.item(r, 0).text() == "varsel@fjordvik.example"
    )
    page.table.selectRow(row)
    click(qtbot, page.remove_button)
    answer_box(qtbot, page, QMessageBox.StandardButton.Yes)
    assert page.error.text() == ""
    assert "varsel@fjordvik.example" not in in_altinn()
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "varsel@fjordvik.example" not in shown
    logged = {e.action: e.details for e in ctx.audit.entries()}
    assert logged["notification.address_added"]["via"] == "altinn"
    assert logged["notification.address_removed"]["via"] == "altinn"


# ---------------------------------------------------------------------------- sign-out
def test_signing_out_withdraws_altinn_from_every_page(qtbot, ctx, window):
    sign_in(qtbot, ctx, window)
    assert window.pages["dpi"].delegation_api is not None
    assert window.pages["taushetsbelagt"].api is not None
    assert window.pages["varsling"].api is not None
    panel = window.pages["innstillinger"].signin
    window.show_page("innstillinger")
    click(qtbot, panel.sign_out_button)
    qtbot.waitUntil(lambda: window.altinn.adapters is None, timeout=PATIENT_MS)
    assert window.pages["dpi"].delegation_api is None
    assert window.pages["taushetsbelagt"].api is None
    assert window.pages["varsling"].api is None
    assert window.banner.session_button.text() == "Ikke logget inn"


# ---------------------------------------------------------------------------- unopened
def test_unopened_check_result_shows_the_refreshed_statuses(qtbot, ctx, window):
    window.show_page("uapnet")
    page = window.pages["uapnet"]
    wizard = page.wizard
    assert PAGE_REFRESH in wizard.pageIds()
    wizard.page(PAGE_RISK).choose(DigitalOnlySetting.DIGITAL_ONLY)
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == PAGE_IMPORT
    wizard.page(PAGE_IMPORT).import_file(DEMO_EXPORT)
    settle(qtbot)
    from_file = wizard.outcome.result.at_risk_count
    first_run = wizard.outcome.run.id

    click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == PAGE_REFRESH
    refresh = wizard.page(PAGE_REFRESH)
    qtbot.waitUntil(refresh.start_button.isEnabled, timeout=PATIENT_MS)
    with qtbot.waitSignal(refresh.shipments_refreshed, timeout=PATIENT_MS):
        click(qtbot, refresh.start_button)
    qtbot.waitUntil(lambda: wizard.outcome.run.refreshed_at is not None, timeout=PATIENT_MS)
    settle(qtbot)
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == PAGE_RESULT
    fresh = wizard.outcome.result
    # The sandbox says some «varslet» letters were read since the export was made.
    assert 0 < fresh.at_risk_count < from_file
    headline = wizard.page(PAGE_RESULT).headline.text()
    assert f"{fresh.at_risk_count} brev til" in headline
    assert any("Status hentet fra SvarUt" in n for n in wizard.outcome.notes)
    # One check, two steps: the import's check is updated, not saved a second time, and it
    # keeps what it found before the statuses were fetched.
    (run,) = wizard.service.check.list_runs(ctx.workspace.id)
    assert run.id == first_run == wizard.outcome.run.id
    assert (run.at_risk_before, run.at_risk_count) == (from_file, fresh.at_risk_count)
    stored = RunRepository(ctx.db).letters(first_run)
    assert stored.before  # the letters whose status changed, with the status from the file
    assert all(status is ShipmentStatus.VARSLET for status, _text in stored.before.values())
    assert all(stored.shipments[i].status is not ShipmentStatus.VARSLET for i in stored.before)
    window.show_page("rapporter")
    reports = window.pages["rapporter"]
    qtbot.waitUntil(lambda: reports.runs_table.rowCount() == 1, timeout=PATIENT_MS)
    assert len(reports.chart.runs) == 1
    assert f"{from_file} før" in reports.runs_table.item(0, 3).toolTip()


def test_an_access_api_that_is_off_is_said_on_the_page_not_just_in_a_message(qtbot, ctx, window):
    sign_in(qtbot, ctx, window)
    state_of(ctx.sandbox).features["connections"] = False  # Altinn has it switched off
    window.show_page("taushetsbelagt")
    page = window.pages["taushetsbelagt"]
    settle(qtbot)
    assert "Koblet til Altinn" in page.api_status.text()
    page.tabs.setCurrentIndex(2)
    page.refresh_button.click()
    qtbot.waitUntil(lambda: "Koblet til Altinn" not in page.api_status.text(), timeout=PATIENT_MS)
    settle(qtbot)
    assert "stegene for portalen" in page.api_status.text()
    for box in page.findChildren(QMessageBox):
        box.close()


# ------------------------------------------------------------ reading by itself after sign-in
def test_after_sign_in_every_unit_is_read_and_hand_typed_addresses_stay(qtbot, ctx, window):
    # Before sign-in: the user types in an address as it stands in the portal, and one
    # Altinn does not have.
    window.show_page("varsling")
    page = window.pages["varsling"]
    page.unit_combo.setCurrentIndex(page.unit_combo.findData(MUNICIPALITY))
    settle(qtbot)
    for typed in ("postmottak@fjordvik.example", "leder@fjordvik.example"):
        qtbot.keyClicks(page.address_edit, typed)
        click(qtbot, page.add_button)

    def sources() -> dict[str, str]:
        return {
            page.table.item(r, 0).text(): page.table.item(r, 3).text()
            for r in range(page.table.rowCount())
        }

    assert sources() == {
        "postmottak@fjordvik.example": "Ført inn for hånd",
        "leder@fjordvik.example": "Ført inn for hånd",
    }

    sign_in(qtbot, ctx, window)  # nothing else pressed: Postvakt reads by itself
    assert "alle" in window.altinn.status_line.label.text()
    assert window.altinn.status_line.isVisible()
    shown = sources()
    assert shown["postmottak@fjordvik.example"] == "Altinn"  # confirmed by Altinn
    assert shown["leder@fjordvik.example"] == "Ført inn for hånd"  # kept
    window.show_page("taushetsbelagt")
    access = window.pages["taushetsbelagt"]
    access.unit_combo.setCurrentIndex(access.unit_combo.findData(MUNICIPALITY))
    settle(qtbot)
    assert "Jonas Bakken" in [n for n, _ in holder_rows(access)]
    units = {u.orgnr for u in ctx.services.access.units(ctx.workspace.id)}
    assert set(ctx.services.access.repo.reads(ctx.workspace.id, "tilgang")) == units
    # Oversikt says what the banner says, and its cards now count what was read.
    dashboard = window.pages["oversikt"]
    assert dashboard.signin_card.value.text() == f"Logget inn som {_fiction.DAGLIG_LEDER.name}"
    assert not dashboard.sign_in_here.isVisible()
    assert dashboard.notification_card.value.text() != "Ukjent"
    assert dashboard.access_card.value.text() != "Ukjent"


# --------------------------------------------------------- sign in where it is needed
def test_dpi_step_three_signs_in_with_one_click_where_it_says_so(qtbot, ctx, window):
    step = open_delegation_step(qtbot, window)
    here = step.sign_in_here
    assert here.isVisible() and not step.api_button.isVisible()
    assert here.button.text() == "Logg inn i Altinn"
    click(qtbot, here.button)  # the same sign-in as Innstillinger → Pålogging
    qtbot.waitUntil(lambda: window.altinn.adapters is not None, timeout=PATIENT_MS)
    settle(qtbot)
    assert window.current_page_key() == "dpi"  # the user stays where they were
    assert window.banner.session_button.text() == f"Logget inn som {_fiction.DAGLIG_LEDER.name}"
    assert not here.isVisible()
    assert step.api_button.isVisible()
    assert [e.action for e in ctx.audit.entries()].count("session.signed_in") == 1


def test_confidential_post_offers_sign_in_and_is_connected_after(qtbot, ctx, window):
    window.show_page("taushetsbelagt")
    page = window.pages["taushetsbelagt"]
    settle(qtbot)
    assert "Ikke logget inn" in page.api_status.text()
    assert page.sign_in_here.isVisible()
    page.sign_in_here.button.setFocus()
    qtbot.keyClick(page.sign_in_here.button, Qt.Key.Key_Space)  # from the keyboard
    qtbot.waitUntil(lambda: window.altinn.adapters is not None, timeout=PATIENT_MS)
    settle(qtbot)
    assert "Koblet til Altinn" in page.api_status.text()
    assert not page.sign_in_here.isVisible()

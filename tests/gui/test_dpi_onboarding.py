"""DPI-oppsett as a daglig leder meets it: seven steps by clicking, evidence kept, the KS
delegation read back through a (fake) Altinn API, progress that survives a restart, and the
summary PDF."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from desktop_app.domain.checklist import Progress, Verification
from desktop_app.domain.dpi_onboarding import KS_ORGNR, STEP_ORDER, Step, WhoDelegates
from desktop_app.services.dpi_onboarding import DpiOnboardingService
from desktop_app.storage.database import Database
from desktop_app.views.context import AppContext
from desktop_app.wizards.dpi_onboarding import DpiOnboardingPage, OverviewPage, SummaryPage, seams
from desktop_app.wizards.dpi_onboarding.widgets import ClickLabel

from .conftest import PATIENT_MS, settle

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton


class FakeAltinn:
    """Answers like the four Altinn calls; ``fail_with`` makes one stage raise."""

    def __init__(
        self, fail_with: tuple[str, Exception] | None = None, reads_back: bool = True
    ) -> None:
        self.calls: list[tuple] = []
        self.fail_with = fail_with
        self.reads_back = reads_back

    def _maybe_fail(self, stage: str) -> None:
        if self.fail_with and self.fail_with[0] == stage:
            raise self.fail_with[1]

    def add_supplier(self, orgnr, supplier_orgnr):
        self.calls.append(("add_supplier", orgnr, supplier_orgnr))
        self._maybe_fail("add_supplier")

    def check(self, orgnr):
        self.calls.append(("check", orgnr))
        self._maybe_fail("check")
        return True

    def delegate(self, orgnr, supplier_orgnr):
        self.calls.append(("delegate", orgnr, supplier_orgnr))
        self._maybe_fail("delegate")

    def read_back(self, orgnr, supplier_orgnr):
        self.calls.append(("read_back", orgnr, supplier_orgnr))
        return self.reads_back


class Problem(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.problem_code = code


@pytest.fixture
def workspace(ctx, qtbot):
    ws = ctx.workspaces.list_workspaces()[0]
    ctx.set_workspace(ws)
    settle(qtbot)
    return ws


@pytest.fixture
def no_outside_world(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(seams, "open_url", opened.append)
    return opened


def open_page(qtbot, ctx, **kwargs) -> DpiOnboardingPage:
    page = DpiOnboardingPage(ctx, **kwargs)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    settle(qtbot)
    return page


def click(qtbot, page: DpiOnboardingPage, which=NEXT) -> None:
    page.wizard.button(which).click()
    settle(qtbot)


def confirm(qtbot, page: DpiOnboardingPage, key: str) -> None:
    step = page.step_pages[key]
    assert page.wizard.currentPage() is step
    step.confirm_button.click()
    settle(qtbot)


def yesterday() -> QDate:
    return QDate.currentDate().addDays(-1)


def fill_and_confirm_all(qtbot, page, tmp_path, *, delegation_by_hand=True):
    """Steps 1–7 as a user fills them in; returns the evidence file used in step 3."""
    click(qtbot, page)  # overview → step 1
    p = page.step_pages[Step.KONTAKT_DIGDIR]
    p.new_sender.setChecked(True)
    p.form_sent.setChecked(True)
    p.sent.edit.setDate(yesterday())
    p.answer.setPlainText("Kommunen er opprettet som avsender.")
    confirm(qtbot, page, Step.KONTAKT_DIGDIR)
    click(qtbot, page)

    p = page.step_pages[Step.BRUKSVILKAR]
    p.day.today.click()
    p.who.setText("Kari Nordmann")
    confirm(qtbot, page, Step.BRUKSVILKAR)
    click(qtbot, page)

    evidence = tmp_path / "altinn-kvittering.png"
    evidence.write_bytes(b"\x89PNG fake screenshot of Altinn")
    if delegation_by_hand:
        p = page.step_pages[Step.DELEGER_KS]
        p.who_buttons[WhoDelegates.DAGLIG_LEDER].setChecked(True)
        p.performer.setText("Kari Nordmann")
        p.checked_box.setChecked(True)
        p.set_evidence(evidence)
        confirm(qtbot, page, Step.DELEGER_KS)
    click(qtbot, page)

    p = page.step_pages[Step.AKTIVER_SVARUT]
    p.day.today.click()
    p.filled.setChecked(True)
    p.indicator.setChecked(True)
    confirm(qtbot, page, Step.AKTIVER_SVARUT)
    click(qtbot, page)

    p = page.step_pages[Step.ROS]
    p.where.setText("Sak 2026/123")
    p.approved.edit.setDate(yesterday())
    confirm(qtbot, page, Step.ROS)
    click(qtbot, page)

    p = page.step_pages[Step.INNBYGGERE]
    first_label = p.findChildren(ClickLabel)[0]
    qtbot.mouseClick(first_label, Qt.MouseButton.LeftButton)  # the text ticks its box
    assert p.items[0].isChecked()
    for box in p.items[1:]:
        box.setChecked(True)
    confirm(qtbot, page, Step.INNBYGGERE)
    click(qtbot, page)

    p = page.step_pages[Step.KOSTNADER]
    p.letters.setValue(12000)
    p.price.setText("0,80")
    assert "9\u00a0600,00" in p.result.text()
    p.known.setChecked(True)
    confirm(qtbot, page, Step.KOSTNADER)
    click(qtbot, page)
    return evidence


def test_full_run_by_hand_then_reopen_shows_it_finished(
    qtbot, ctx, workspace, tmp_path, monkeypatch, no_outside_world
):
    page = open_page(qtbot, ctx)
    assert isinstance(page.wizard.currentPage(), OverviewPage)
    assert "Ikke startet" in page.overview.status.text()

    evidence = fill_and_confirm_all(qtbot, page, tmp_path)

    summary = page.wizard.currentPage()
    assert isinstance(summary, SummaryPage)
    assert "Alt er gjort" in summary.status.text()
    # Every step is in the log, with how it was verified.
    entries = [e for e in ctx.audit.entries() if e.action == "step.confirmed"]
    assert len(entries) == 7
    delegation = next(e for e in entries if "KS" in e.details["steg"])
    assert delegation.details["verifisert"] == Verification.MANUAL_WITH_FILE.label_nb
    assert delegation.details["sha256"] == hashlib.sha256(evidence.read_bytes()).hexdigest()
    # The evidence is copied into the app's data folder.
    state = DpiOnboardingService(ctx.db).load(workspace.id)
    record = state.record(Step.DELEGER_KS)
    kept = DpiOnboardingService(ctx.db).evidence_path(record.evidence)
    assert kept.read_bytes() == evidence.read_bytes()
    assert kept.parent != evidence.parent

    # The PDF for the archive.
    target = tmp_path / "oppsummering.pdf"
    monkeypatch.setattr(seams, "choose_pdf_path", lambda *_a: target)
    summary.pdf_button.click()
    settle(qtbot)
    assert target.read_bytes().startswith(b"%PDF-")
    assert "Lagret" in summary.pdf_status.text()

    # «Fullfør» goes back to the overview, which says it is done.
    click(qtbot, page, FINISH)
    assert isinstance(page.wizard.currentPage(), OverviewPage)
    assert "Ferdig" in page.overview.status.text()

    # A fresh start of Postvakt on the same database shows the finished state.
    db2 = Database.open(ctx.db.path)
    try:
        ctx2 = AppContext(db2, ctx.settings, ctx.secrets, practice=ctx.practice)
        ctx2.set_workspace(workspace)
        again = open_page(qtbot, ctx2)
        assert isinstance(again.wizard.currentPage(), OverviewPage)
        assert "Ferdig" in again.overview.status.text()
        assert all(again.step_pages[k].record.confirmed for k in STEP_ORDER)
        assert "Bekreftet" in again.step_pages[Step.DELEGER_KS].state_label.text()
        assert again.step_pages[Step.ROS].where.text() == "Sak 2026/123"
        again.close()
        settle(qtbot)
    finally:
        db2.close()


def test_delegation_read_back_through_the_api(qtbot, ctx, workspace, no_outside_world):
    altinn = FakeAltinn()
    page = open_page(
        qtbot, ctx, delegation_api=altinn, daglig_leder_lookup=lambda orgnr: "Kari Nordmann"
    )
    for _ in range(3):
        click(qtbot, page)
    step = page.step_pages[Step.DELEGER_KS]
    assert page.wizard.currentPage() is step
    assert "Kari Nordmann" in step.leader.text()
    assert step.api_button.isVisible()
    step.who_buttons[WhoDelegates.DAGLIG_LEDER].setChecked(True)
    step.api_button.click()
    settle(qtbot)

    assert [c[0] for c in altinn.calls] == ["add_supplier", "check", "delegate", "read_back"]
    assert altinn.calls[0] == ("add_supplier", workspace.orgnr, KS_ORGNR)
    assert step.record.verification is Verification.API
    assert "Lest tilbake fra Altinn" in step.state_label.text()
    # A confirmation by hand cannot replace the read-back.
    assert not step.confirm_button.isVisible() and not step.form_box.isVisible()
    saved = DpiOnboardingService(ctx.db).load(workspace.id).record(Step.DELEGER_KS)
    assert saved.verification is Verification.API and saved.fields["lest_tilbake"] is True
    assert saved.fields["hvem_delegerer"] == WhoDelegates.DAGLIG_LEDER
    assert saved.fields["daglig_leder"] == "Kari Nordmann"
    entry = [e for e in ctx.audit.entries() if e.action == "step.confirmed"][-1]
    assert entry.details["verifisert"] == Verification.API.label_nb


def test_an_altinn_refusal_is_said_plainly_and_the_step_stays_open(
    qtbot, ctx, workspace, no_outside_world
):
    altinn = FakeAltinn(fail_with=("delegate", Problem("AM-00028")))
    page = open_page(qtbot, ctx, delegation_api=altinn)
    for _ in range(3):
        click(qtbot, page)
    step = page.step_pages[Step.DELEGER_KS]
    step.api_button.click()
    settle(qtbot)
    text = step.api_result.text()
    assert "ikke lov til å delegere" in text
    assert "selv i Altinn" in text
    assert not step.record.confirmed
    assert not [e for e in ctx.audit.entries() if e.action == "step.confirmed"]


def test_without_sign_in_the_page_says_why_and_offers_the_guided_path(
    qtbot, ctx, workspace, no_outside_world
):
    page = open_page(qtbot, ctx)
    for _ in range(3):
        click(qtbot, page)
    step = page.step_pages[Step.DELEGER_KS]
    assert not step.api_button.isVisible()
    assert "ikke logget inn" in step.api_text.text()
    assert "Sist kontrollert 06.12.2026" in step.checked.text()
    assert step.practice_note.isVisible()  # Øving: the links go to the real portals
    # Only today's path (the older screens are gone); each value is one click to copy.
    assert not hasattr(step, "other_paths_toggle")
    ks_row = next(r for r, _t in step.copy_rows if r.value == KS_ORGNR)
    ks_row.button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == KS_ORGNR
    # The portal opens by link.
    step.findChild(type(step.confirm_button), "guideLink").click()
    assert no_outside_world == ["https://www.altinn.no/"]


def test_a_step_with_something_missing_is_not_confirmed(qtbot, ctx, workspace, no_outside_world):
    page = open_page(qtbot, ctx)
    click(qtbot, page)
    step = page.step_pages[Step.KONTAKT_DIGDIR]
    step.sent.edit.setDate(QDate.currentDate().addDays(3))
    step.confirm_button.click()
    settle(qtbot)
    assert step.confirm_error.isVisible()
    assert "svarte" in step.confirm_error.text()
    assert "fram i tid" in step.confirm_error.text()
    assert not step.record.confirmed
    assert not [e for e in ctx.audit.entries() if e.action == "step.confirmed"]


def test_half_finished_reopens_at_the_step_with_what_was_typed(
    qtbot, ctx, workspace, no_outside_world
):
    page = open_page(qtbot, ctx)
    click(qtbot, page)
    first = page.step_pages[Step.KONTAKT_DIGDIR]
    first.sent.edit.setDate(yesterday())
    first.answer.setPlainText("Opprettet.")
    confirm(qtbot, page, Step.KONTAKT_DIGDIR)
    click(qtbot, page)
    click(qtbot, page)  # on to step 3, then back to step 2 to type
    click(qtbot, page, BACK)
    page.step_pages[Step.BRUKSVILKAR].who.setText("Ola Hansen")
    qtbot.waitUntil(lambda: not page.step_pages[Step.BRUKSVILKAR]._save_timer.isActive())
    settle(qtbot)
    page.close()
    settle(qtbot)

    db2 = Database.open(ctx.db.path)
    try:
        ctx2 = AppContext(db2, ctx.settings, ctx.secrets, practice=ctx.practice)
        ctx2.set_workspace(workspace)
        again = open_page(qtbot, ctx2)
        assert again.wizard.currentPage() is again.step_pages[Step.BRUKSVILKAR]
        assert again.step_pages[Step.BRUKSVILKAR].who.text() == "Ola Hansen"
        assert again.step_pages[Step.KONTAKT_DIGDIR].record.confirmed
        assert again.state.progress is Progress.IN_PROGRESS
        again.close()
        settle(qtbot)
    finally:
        db2.close()


def test_dashboard_shows_the_dpi_status_with_the_oldest_open_step(
    qtbot, ctx, workspace, no_outside_world
):
    from desktop_app.views.dashboard import DashboardView

    dashboard = DashboardView(ctx)
    qtbot.addWidget(dashboard)
    settle(qtbot)
    assert dashboard.dpi_card.value.text() == "Ikke startet"
    DpiOnboardingService(ctx.db).confirm(
        workspace.id,
        Step.KONTAKT_DIGDIR,
        {"dato_sendt": date.today().isoformat(), "svar": "Opprettet"},
    )
    dashboard.refresh()
    settle(qtbot)
    assert dashboard.dpi_card.value.text() == "I gang"
    assert "Godta bruksvilkårene" in dashboard.dpi_card.detail.text()


def test_the_overview_opens_any_step_directly(qtbot, ctx, workspace, no_outside_world):
    page = open_page(qtbot, ctx)
    page.overview.steps.linkActivated.emit(f"#{Step.ROS}")
    settle(qtbot)
    assert page.wizard.currentPage() is page.step_pages[Step.ROS]
    click(qtbot, page, BACK)
    assert page.wizard.currentPage() is page.step_pages[Step.AKTIVER_SVARUT]


def test_a_change_to_a_confirmed_step_waits_for_a_new_confirmation(
    qtbot, ctx, workspace, no_outside_world
):
    page = open_page(qtbot, ctx)
    for _ in range(2):
        click(qtbot, page)
    step = page.step_pages[Step.BRUKSVILKAR]
    step.day.today.click()
    step.who.setText("Kari Nordmann")
    confirm(qtbot, page, Step.BRUKSVILKAR)
    step.who.setText("Ola Hansen")
    # The draft is saved after a short delay; wait for what the user sees, not the clock.
    qtbot.waitUntil(lambda: "Bekreft på nytt" in step.state_label.text(), timeout=PATIENT_MS)
    settle(qtbot)
    service = DpiOnboardingService(ctx.db)
    assert service.load(workspace.id).record(Step.BRUKSVILKAR).fields["hvem"] == "Kari Nordmann"
    confirm(qtbot, page, Step.BRUKSVILKAR)
    assert service.load(workspace.id).record(Step.BRUKSVILKAR).fields["hvem"] == "Ola Hansen"
    assert len([e for e in ctx.audit.entries() if e.action == "step.confirmed"]) == 2


def test_an_older_load_that_fails_late_leaves_the_newer_one_on_screen(
    qtbot, ctx, workspace, no_outside_world, two_pool_threads, monkeypatch
):
    """Two loads in a row (a quick workspace switch): the older one answers last, with a
    failure. The page keeps the steps it loaded last; no error from the old question."""
    import threading

    page = open_page(qtbot, ctx)
    assert page.wizard.isVisible() and not page.message.isVisible()
    release = threading.Event()
    real_load = page.service.load

    def stuck_then_fails(_workspace_id):
        release.wait(PATIENT_MS / 1000)
        raise OSError("disken svarte ikke")

    monkeypatch.setattr(page.service, "load", stuck_then_fails)
    page.reload()  # the older question, stuck on the pool
    monkeypatch.setattr(page.service, "load", real_load)
    with qtbot.waitSignal(page.loaded, timeout=PATIENT_MS):
        page.reload()  # the newer one answers first
    release.set()
    settle(qtbot)
    assert page.wizard.isVisible() and not page.message.isVisible()

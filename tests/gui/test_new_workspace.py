"""Creating a real workspace: a few clicks, the org.nr checked as the user types."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from desktop_app.i18n import install_translators
from desktop_app.tasks import running_tasks
from desktop_app.views.main_window import MainWindow
from desktop_app.wizards.workspaces import NewWorkspaceWizard

from .conftest import PATIENT_MS, settle

VALID = "987654325"  # a valid org.nr (check digit) that belongs to no fictional unit


def open_wizard(qtbot, ctx) -> NewWorkspaceWizard:
    wizard = NewWorkspaceWizard(ctx)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def test_buttons_read_in_bokmal(qtbot, ctx, qapp):
    translators = install_translators(qapp, "nb")
    try:
        wizard = open_wizard(qtbot, ctx)
        wizard.retranslateUi() if hasattr(wizard, "retranslateUi") else None
        texts = {
            wizard.button(b).text().replace("&", "")
            for b in (
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CancelButton,
                QWizard.WizardButton.FinishButton,
            )
        }
        assert "Neste >" in texts and "Avbryt" in texts and "Fullfør" in texts
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_bad_org_number_blocks_next_with_a_clear_message(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx)
    next_button(wizard).click()
    page = wizard.details
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.name, "Testvik kommune")
    qtbot.keyClicks(page.orgnr, "971032147")  # wrong check digit
    assert not next_button(wizard).isEnabled()
    assert "Kontrollsifferet" in page.orgnr_message.text()
    page.orgnr.clear()
    qtbot.keyClicks(page.orgnr, "9710")  # still typing: no scolding yet
    assert page.orgnr_message.text() == ""
    assert not next_button(wizard).isEnabled()
    page.orgnr.clear()
    qtbot.keyClicks(page.orgnr, "987 654 325")
    assert next_button(wizard).isEnabled()
    assert "Gyldig" in page.orgnr_message.text()


def test_finishing_creates_and_selects_the_workspace(qtbot, ctx):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    window.open_new_workspace()
    wizard = window.new_workspace_wizard
    qtbot.waitUntil(wizard.isVisible)
    next_button(wizard).click()
    qtbot.keyClicks(wizard.details.name, "Testvik kommune")
    qtbot.keyClicks(wizard.details.orgnr, VALID)
    next_button(wizard).click()
    assert "987\u00a0654\u00a0325" in wizard.currentPage().summary.text()
    with qtbot.waitSignal(wizard.created, timeout=PATIENT_MS):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    settle(qtbot)
    assert ctx.workspace is not None and ctx.workspace.name == "Testvik kommune"
    assert not ctx.workspace.is_demo
    assert window.banner.workspace.currentText() == "Testvik kommune"
    assert "Testvik kommune" in window.windowTitle()
    created = [e for e in ctx.audit.entries() if e.action == "workspace.created"]
    assert created and created[-1].workspace_name == "Testvik kommune"
    # Survives a restart: a fresh store on the same file sees it.
    from desktop_app.services.workspaces import WorkspaceService
    from desktop_app.storage.database import Database
    from desktop_app.storage.paths import app_paths

    other = Database.open(app_paths().database)
    try:
        names = [w.name for w in WorkspaceService(other).list_workspaces()]
    finally:
        other.close()
    assert "Testvik kommune" in names
    for box in window.findChildren(QMessageBox):
        box.close()


def test_duplicate_org_number_is_refused_and_user_can_fix_it(qtbot, ctx):
    ctx.workspaces.create_workspace("Testvik kommune", VALID)
    wizard = open_wizard(qtbot, ctx)
    next_button(wizard).click()
    qtbot.keyClicks(wizard.details.name, "Testvik igjen")
    qtbot.keyClicks(wizard.details.orgnr, VALID)
    next_button(wizard).click()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in wizard.findChildren(QMessageBox)))
    box = next(b for b in wizard.findChildren(QMessageBox) if b.isVisible())
    assert "971" in box.text() or "finnes" in box.text()
    box.close()
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.details
    assert len([w for w in ctx.workspaces.list_workspaces() if w.orgnr == VALID]) == 1


def test_cannot_close_or_go_back_while_saving(qtbot, ctx, monkeypatch):
    import threading

    release = threading.Event()
    original = ctx.workspaces.create_workspace

    def slow_create(name, orgnr):
        release.wait(5)
        return original(name, orgnr)

    monkeypatch.setattr(ctx.workspaces, "create_workspace", slow_create)
    wizard = open_wizard(qtbot, ctx)
    next_button(wizard).click()
    qtbot.keyClicks(wizard.details.name, "Testvik kommune")
    qtbot.keyClicks(wizard.details.orgnr, VALID)
    next_button(wizard).click()
    created = []
    wizard.created.connect(created.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()
    wizard.close()
    assert wizard.isVisible()
    release.set()
    qtbot.waitUntil(lambda: bool(created), timeout=PATIENT_MS)
    assert created[0].name == "Testvik kommune"


def test_ks_is_refused_and_the_registry_is_asked_before_finishing(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx)
    next_button(wizard).click()
    page = wizard.details
    qtbot.keyClicks(page.name, "KS")
    qtbot.keyClicks(page.orgnr, "971 032 146")
    assert "KS-Kommunesektorens organisasjon" in page.orgnr_message.text()
    assert not next_button(wizard).isEnabled()
    page.orgnr.clear()
    page.name.clear()
    qtbot.keyClicks(page.name, "Helse og omsorg")
    qtbot.keyClicks(page.orgnr, "310100005")  # an organisasjonsledd in Øving's register
    ctx.sync_sandbox()  # Øving: the main window starts it; here the test does
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    next_button(wizard).click()
    qtbot.waitUntil(lambda: "Sjekker" not in wizard.confirm.registry.text(), timeout=PATIENT_MS)
    assert "ikke en kommune eller fylkeskommune" in wizard.confirm.registry.text()


def test_the_registry_answer_for_an_earlier_number_never_shows(qtbot, ctx, monkeypatch):
    """Back, a new number, forward: the slow answer about the first number arrives last and
    is dropped; the page says what Enhetsregisteret said about the number shown."""
    import threading

    import desktop_app.wizards.workspaces.new_workspace as module
    from desktop_app.services.organizations import RegistryAnswer

    release = threading.Event()

    def check(orgnr, _urls):
        if orgnr == "310100005":
            release.wait(PATIENT_MS / 1000)  # the first question is slow
            return RegistryAnswer(True, "Fjordvik kommune Helse og omsorg", "ORGL", "gammelt")
        return RegistryAnswer(True, "Fjordvik kommune", "KOMM", None)

    monkeypatch.setattr(module, "check_municipality", check)
    wizard = open_wizard(qtbot, ctx)
    ctx.sync_sandbox()
    qtbot.waitUntil(lambda: ctx.sandbox is not None, timeout=PATIENT_MS)
    confirm = wizard.confirm
    try:
        confirm.check_registry("310100005")
        confirm.check_registry("310000000")
        qtbot.waitUntil(
            lambda: "Fjordvik kommune (KOMM)" in confirm.registry.text(), timeout=PATIENT_MS
        )
    finally:
        release.set()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    settle(qtbot)
    assert "Fjordvik kommune (KOMM)" in confirm.registry.text()

""":class:`DpiOnboardingPage`, the page of DPI-oppsett: loads the state per workspace off the GUI
thread and embeds :class:`DpiWizard` (overview, the seven steps, summary).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard

from desktop_app.domain.checklist import ChecklistState, Progress, StepRecord
from desktop_app.domain.dpi_onboarding import STEP_ORDER, Step
from desktop_app.domain.guides import GuideStep
from desktop_app.domain.organizations import Workspace
from desktop_app.services.dpi_onboarding import (
    DagligLederLookup,
    DelegationApi,
    DpiOnboardingService,
)
from desktop_app.services.handover import HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.widgets import page_header
from desktop_app.wizards import printouts
from desktop_app.wizards.dpi_onboarding.delegation import DelegationPage
from desktop_app.wizards.dpi_onboarding.overview import OverviewPage, SummaryPage
from desktop_app.wizards.dpi_onboarding.step_page import StepPage
from desktop_app.wizards.dpi_onboarding.steps import (
    CitizensPage,
    ContactDigdirPage,
    CostsPage,
    RosPage,
    SvarUtPage,
    TermsPage,
)
from desktop_app.wizards.dpi_onboarding.widgets import SerialSaver, wrapping_label


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


PAGE_CLASSES: dict[str, type[StepPage]] = {
    Step.KONTAKT_DIGDIR: ContactDigdirPage,
    Step.BRUKSVILKAR: TermsPage,
    Step.DELEGER_KS: DelegationPage,
    Step.AKTIVER_SVARUT: SvarUtPage,
    Step.ROS: RosPage,
    Step.INNBYGGERE: CitizensPage,
    Step.KOSTNADER: CostsPage,
}


def _load(
    service: DpiOnboardingService, workspace_id: int | None
) -> tuple[dict[str, GuideStep], ChecklistState | None]:
    guides = service.guides()
    return guides, service.load(workspace_id) if workspace_id is not None else None


class DpiWizard(QWizard):
    """The steps, embedded in the page (not a dialog). «Fullfør» goes back to the overview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        # «Fullfør» would sound like the onboarding is done; it only goes back to the start.
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Til oversikten"))

    def accept(self) -> None:
        self.restart()

    def reject(self) -> None:
        """Escape must not close the embedded wizard."""


class DpiOnboardingPage(QWidget):
    """The «DPI-oppsett» page of the main window."""

    loaded = Signal()
    step_saved = Signal(str)  # step key, after a confirmation

    def __init__(
        self,
        ctx: AppContext,
        delegation_api: DelegationApi | None = None,
        daglig_leder_lookup: DagligLederLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.dpi
        self.saver = SerialSaver(ctx)
        self.delegation_api = delegation_api
        self.leader_lookup = daglig_leder_lookup
        self.workspace: Workspace | None = None
        self.state: ChecklistState | None = None
        self.guides: dict[str, GuideStep] = {}
        self.step_pages: dict[str, StepPage] = {}
        self.copied_values: list[str] = []
        self._restoring = False
        self.pending_task: HandoverTask | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.title, self.lead = page_header(
            layout,
            tr("DPI-oppsett"),
            tr("Ta i bruk Digital postkasse til innbyggere gjennom SvarUt, ett steg om gangen."),
        )
        self.message = wrapping_label(tr("Henter veiledningen …"))
        layout.addWidget(self.message)
        self.wizard = DpiWizard()
        self.wizard.setVisible(False)
        layout.addWidget(self.wizard, 1)
        self.wizard.currentIdChanged.connect(self._page_changed)
        ctx.workspace_changed.connect(self.reload)
        self.reload()

    # -- wiring from the other parts (sign-in, Enhetsregisteret) ------------------------
    def set_delegation_api(self, api: DelegationApi | None) -> None:
        """Signed in (an API) or signed out (None): the delegation step follows."""
        self.delegation_api = api
        page = self.step_pages.get(Step.DELEGER_KS)
        if isinstance(page, DelegationPage):
            page.update_api()

    def printable(self) -> printouts.Printable | None:  # Ctrl+P: the summary, from any step
        return printouts.dpi_summary(self)

    def open_task(self, task: HandoverTask) -> None:
        """A task file was opened: straight to the delegation step, with the task on top
        (once the task's workspace is loaded)."""
        self.pending_task = task
        self.reload()

    def _show_pending_task(self) -> None:
        task, self.pending_task = self.pending_task, None
        page = self.step_pages.get(Step.DELEGER_KS)
        if task is None or not isinstance(page, DelegationPage):
            return
        if self.workspace is None or self.workspace.orgnr != task.orgnr:
            self.pending_task = task  # the task's workspace is still on its way
            return
        self.go_to(Step.DELEGER_KS)
        page.show_task(task)

    def set_daglig_leder_lookup(self, lookup: DagligLederLookup | None) -> None:
        self.leader_lookup = lookup
        self._look_up_leader()

    # -- loading -----------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        self.flush_drafts()  # what was typed belongs to the workspace it was typed in
        self.workspace = self.ctx.workspace
        ws_id = self.workspace.id if self.workspace else None

        def failed(exc: BaseException) -> None:
            self.message.setText(dialogs.user_message(exc))
            self.message.setVisible(True)
            self.wizard.setVisible(False)

        self.ctx.run(
            _load,
            self.service,
            ws_id,
            pass_state=False,
            owner=self,
            latest="load",  # newest wins: an older load (or its failure) never arrives
            on_result=self._loaded,
            on_error=failed,
        )

    def _loaded(self, result: tuple[dict[str, GuideStep], ChecklistState | None]) -> None:
        guides, state = result
        if not self.step_pages:
            self._build(guides)
        self.guides = guides
        self.state = state
        if self.workspace is None or state is None:
            self.message.setText(tr("Velg eller lag en arbeidsflate for kommunen først."))
            self.message.setVisible(True)
            self.wizard.setVisible(False)
            self.loaded.emit()
            return
        self.message.setVisible(False)
        self.wizard.setVisible(True)
        self._restoring = True
        try:
            for key, page in self.step_pages.items():
                page.show_record(state.record(key))
                page.refresh_copies()
            self._refresh_overview()
            self.wizard.restart()
            resume = state.resume_step()
            if resume in STEP_ORDER and state.progress is not Progress.NOT_STARTED:
                self.go_to(resume)
        finally:
            self._restoring = False
        self._look_up_leader()
        self._show_pending_task()
        self.loaded.emit()

    def _build(self, guides: dict[str, GuideStep]) -> None:
        self.overview = OverviewPage(self)
        self.wizard.addPage(self.overview)
        for number, key in enumerate(STEP_ORDER, start=1):
            page = PAGE_CLASSES[key](self, key, number, guides[key])
            self.step_pages[key] = page
            self.wizard.addPage(page)
        self.summary = SummaryPage(self)
        self.wizard.addPage(self.summary)

    def _look_up_leader(self) -> None:
        page = self.step_pages.get(Step.DELEGER_KS)
        ws, lookup = self.workspace, self.leader_lookup
        if not isinstance(page, DelegationPage):
            return
        if ws is None or lookup is None:
            page.update_leader(None)
            return
        page.update_leader(None, pending=True)
        wanted = ws.id
        self.ctx.run(
            lookup,
            ws.orgnr,
            pass_state=False,
            on_result=lambda name: self._leader_found(name, wanted),
            on_error=lambda _exc: page.update_leader(None, failed=True),
        )

    def _leader_found(self, name: str | None, workspace_id: int) -> None:
        page = self.step_pages.get(Step.DELEGER_KS)
        if (
            isinstance(page, DelegationPage)
            and self.workspace
            and self.workspace.id == workspace_id
        ):
            page.update_leader(name)

    # -- navigation --------------------------------------------------------------------
    def page_id(self, key: str) -> int:
        return STEP_ORDER.index(key) + 1

    def go_to(self, key: str) -> None:
        """Straight to a step (from the overview or the summary)."""
        if key not in STEP_ORDER:
            return
        target = self.page_id(key)
        while self.wizard.currentId() < target:
            self.wizard.next()
        while self.wizard.currentId() > target:
            self.wizard.back()

    def current_step(self) -> str | None:
        page = self.wizard.currentPage()
        return page.key if isinstance(page, StepPage) else None

    def _page_changed(self, page_id: int) -> None:
        if self._restoring or self.workspace is None or self.state is None:
            return
        self.flush_drafts()
        page = self.wizard.page(page_id)
        if isinstance(page, OverviewPage | SummaryPage):
            page.refresh(self.state, self.guides)
        key = page.key if isinstance(page, StepPage) else None
        self.state = ChecklistState(self.state.order, self.state.records, key)
        self.saver.save(
            "current",
            self.service.set_current,
            self.workspace.id,
            key,
            error_title=tr("Postvakt fikk ikke lagret hvor du var"),
        )

    def flush_drafts(self) -> None:
        for page in self.step_pages.values():
            if page._save_timer.isActive():
                page.save_draft()

    def _refresh_overview(self) -> None:
        if self.state is not None and self.step_pages:
            self.overview.refresh(self.state, self.guides)
            self.summary.refresh(self.state, self.guides)

    # -- from the pages ----------------------------------------------------------------
    def record_changed(self, record: StepRecord) -> None:
        if self.state is None:
            return
        records = dict(self.state.records)
        records[record.key] = record
        self.state = ChecklistState(self.state.order, records, self.state.current_step)

    def step_confirmed(self, record: StepRecord) -> None:
        self.record_changed(record)
        self._refresh_overview()
        self.step_saved.emit(record.key)  # the service saved and recorded it

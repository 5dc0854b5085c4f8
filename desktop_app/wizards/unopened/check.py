"""Uåpnet post: the guided check for confidential letters to businesses that nobody opened.

The steps, in :data:`PAGE_ORDER`:

1. the risk question (does SvarUt print letters to businesses that nobody opens?);
2. import a SvarUt export (CSV/XLSX) or a pasted list of forsendelse-IDs (in Øving also the
   made-up example export, «Prøv med eksempelfilen»), with a column
   mapping dialog for unknown headers that is remembered;
3. (reserved) refresh the statuses from SvarUt: :data:`PAGE_REFRESH`, built by another page
   module and passed in as ``refresh_page_factory``;
4. the result: letters at risk, grouped by recipient org.nr, with how urgent they are;
5. follow-up: a draft message per business, to copy, open as e-mail, save as .eml or export
   for mail merge, and the follow-up state per business;
6. the municipality's own incoming post, answered per own org.nr.

Step 1 is in :mod:`.risk_page`, 2 in :mod:`.import_page`, 3 in :mod:`.refresh_statuses`, 4 in
:mod:`.result_page`, 5 in :mod:`.followup`, 6 in :mod:`.own_inbox`; the step ids in
:mod:`.check_steps`. The check itself (import, classify, save the run with an audit entry)
is :class:`~desktop_app.services.unopened_check.UnopenedCheckService`; everything here calls
services through ``ctx.run``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from desktop_app.domain.svarut import Shipment
from desktop_app.domain.unopened import DigitalOnlySetting
from desktop_app.services.status_refresh import reuse
from desktop_app.services.unopened_check import CheckOutcome
from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header
from desktop_app.wizards.unopened.check_steps import (
    PAGE_FOLLOWUP,
    PAGE_IMPORT,
    PAGE_ORDER,
    PAGE_OWN_INBOX,
    PAGE_REFRESH,
    PAGE_RESULT,
    PAGE_RISK,
    RefreshPageFactory,
)
from desktop_app.wizards.unopened.followup import FollowupPage
from desktop_app.wizards.unopened.import_page import ImportPage
from desktop_app.wizards.unopened.own_inbox import OwnInboxPage
from desktop_app.wizards.unopened.result_page import ResultPage
from desktop_app.wizards.unopened.risk_page import RiskPage


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


class UnopenedWizard(QWizard):
    """The steps; shared state (the answer, the outcome) lives here for every page."""

    outcome_changed = Signal(object)  # CheckOutcome | None
    reclassify_changed = Signal(bool)  # a check with refreshed statuses started/ended

    def __init__(
        self,
        ctx: AppContext,
        refresh_page_factory: RefreshPageFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.followup
        self.risk_answer: DigitalOnlySetting | None = None
        self.outcome: CheckOutcome | None = None
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Neste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Tilbake"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Ferdig"))
        builders: dict[int, Callable[[], QWizardPage]] = {
            PAGE_RISK: lambda: RiskPage(ctx),
            PAGE_IMPORT: lambda: ImportPage(ctx),
            PAGE_RESULT: lambda: ResultPage(ctx),
            PAGE_FOLLOWUP: lambda: FollowupPage(ctx),
            PAGE_OWN_INBOX: lambda: OwnInboxPage(ctx),
        }
        for page_id in PAGE_ORDER:
            if page_id == PAGE_REFRESH:
                if refresh_page_factory is not None:
                    self.setPage(page_id, refresh_page_factory(ctx, self.shipments))
                continue
            self.setPage(page_id, builders[page_id]())
        self.reclassifying = False
        refreshed = getattr(self.page(PAGE_REFRESH), "shipments_refreshed", None)
        if refreshed is not None:
            refreshed.connect(lambda _shipments: self.reclassify())
        self.finished.connect(lambda _result: self.start_over())

    def reclassify(self) -> None:
        """After «Hent status»: sort the letters of this check again with the fresh statuses.

        The check was saved at import; this updates it (one check, two steps: the counts and
        statuses from before the fetch are kept beside the new ones) and its result and
        follow-up list show the statuses SvarUt gave."""
        refresh_page = self.page(PAGE_REFRESH)
        last = refresh_page.last_result() if hasattr(refresh_page, "last_result") else None
        outcome = self.outcome
        if last is None or outcome is None:
            return
        self.reclassifying = True
        self.reclassify_changed.emit(True)

        def done(updated: CheckOutcome) -> None:
            self.set_outcome(updated)
            self.ctx.audit_changed.emit()

        def finished() -> None:
            self.reclassifying = False
            self.reclassify_changed.emit(False)

        self.ctx.run(
            self.service.check.refresh_check,
            outcome,
            reuse(last),
            on_result=done,
            on_finished=finished,
            error_title=tr("Brevene ble ikke sortert med de nye statusene"),
        )

    def shipments(self) -> list[Shipment]:
        """The letters of the current import (for the status refresh)."""
        outcome = self.outcome
        if outcome is None:
            return []
        if outcome.import_result is not None:
            return outcome.import_result.shipments
        return [*outcome.result.at_risk, *(s for s, _r in outcome.result.unknown)]

    def set_outcome(self, outcome: CheckOutcome | None) -> None:
        self.outcome = outcome
        self.outcome_changed.emit(outcome)

    def start_over(self) -> None:
        self.set_outcome(None)
        self.restart()


class UnopenedCheckPage(QWidget):
    """The «Uåpnet post» page of the main window: a short header and the wizard."""

    def __init__(
        self,
        ctx: AppContext,
        refresh_page_factory: RefreshPageFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        page_header(
            layout,
            tr("Uåpnet post"),
            tr(
                "Finn taushetsbelagte brev fra kommunen som virksomheter aldri har åpnet "
                "i Altinn, og følg dem opp. Du kan kjøre kontrollen så ofte du vil; hver "
                "kjøring blir lagret."
            ),
        )
        self.step = QLabel()
        self.step.setObjectName("stepIndicator")
        self.step.setStyleSheet(f"color: {STATUS_COLOURS['muted']}; font-weight: 600;")
        layout.addWidget(self.step)
        self.wizard = UnopenedWizard(ctx, refresh_page_factory, self)
        self.wizard.currentIdChanged.connect(self._show_step)
        layout.addWidget(self.wizard, 1)
        self._show_step(self.wizard.startId())
        ctx.workspace_changed.connect(self._workspace_changed)

    def _workspace_changed(self, _workspace: object) -> None:
        self.wizard.start_over()

    def _show_step(self, page_id: int) -> None:
        ids = self.wizard.pageIds()
        if page_id in ids:
            self.step.setText(
                tr("Steg {n} av {total}").format(n=ids.index(page_id) + 1, total=len(ids))
            )


# --- 1. The risk question ------------------------------------------------------------------------

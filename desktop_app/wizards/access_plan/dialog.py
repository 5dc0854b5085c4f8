"""«Mange på en gang»: say once who should read confidential post (or which notification
address every org number should have), for all units or a selection, see the plan, apply it
with progress and a stop button, and retry what is left.

Three steps in one dialog: what should be (typed once, or a list from Excel/CSV) → the plan
(each change with org number, who and why, read from Altinn first when signed in) → the
results per item. The rules are in :mod:`desktop_app.domain.access_plan`; reading, applying
and recording are :class:`~desktop_app.services.access_plan.AccessPlanService`'s.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access_plan import Change, ItemResult, Plan, PlanUnit
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.access_plan import WantedList
from desktop_app.services.handover import HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.handover import TaskBanner
from desktop_app.wizards.access_plan.common import TILGANG, fill_table, readonly_table
from desktop_app.wizards.access_plan.results import ResultsStep
from desktop_app.wizards.access_plan.wanted import WantedStep


def tr(text: str) -> str:
    return QCoreApplication.translate("access_plan", text)


class PlanDialog(WantedStep, ResultsStep, QDialog):
    """Give one person the package, or one address, for many org numbers at once."""

    def __init__(
        self, ctx: AppContext, kind: str, api: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.kind, self.api = ctx, kind, api
        self.service = ctx.services.access_plan
        self.units: list[PlanUnit] = []
        self.plan: Plan | None = None
        self.results: list[ItemResult] = []
        self._task = None
        self.setWindowTitle(
            tr("Gi tilgang til mange organisasjonsnumre")
            if kind == TILGANG
            else tr("Varslingsadresse for mange organisasjonsnumre")
        )
        self.setMinimumWidth(560)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_wanted())
        self.stack.addWidget(self._build_plan())
        self.stack.addWidget(self._build_results())
        self.task: HandoverTask | None = None
        self.task_banner: TaskBanner | None = None
        self.outer = layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._load_units()

    # -- step 2: the plan ----------------------------------------------------------------
    def _build_plan(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.plan_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.plan_summary.setObjectName("planSummary")
        layout.addWidget(self.plan_summary)
        self.plan_basis = QLabel()
        self.plan_basis.setWordWrap(True)
        layout.addWidget(self.plan_basis)
        self.plan_table = readonly_table(
            [tr("Endring"), tr("Hvem"), tr("Virksomhet"), tr("Org.nr"), tr("Hvorfor")], tr("Planen")
        )
        layout.addWidget(self.plan_table, 1)
        row = QHBoxLayout()
        back = QPushButton(tr("&Tilbake"))
        back.setAutoDefault(False)
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        row.addWidget(back)
        row.addStretch(1)
        self.handover_button = QPushButton(tr("Til &daglig leder …"))
        self.handover_button.setObjectName("toDagligLeder")
        self.handover_button.setToolTip(
            tr(
                "Lag et brev, et e-postutkast og en oppgavefil til "
                "den som kan gi tilgangene i Altinn"
            )
        )
        self.handover_button.setAutoDefault(False)
        self.handover_button.setVisible(self.kind == TILGANG)
        self.handover_button.clicked.connect(self.hand_over)
        row.addWidget(self.handover_button)
        self.apply_button = QPushButton(tr("&Utfør i Altinn"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(lambda: self.apply())
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        return w

    def show_plan(self) -> None:
        wanted = self.typed()
        if wanted is not None:
            self.wanted_error.setText("")
            self._plan(wanted)

    def _plan(self, wanted: WantedList) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.stack.setCurrentIndex(1)
        self.plan_summary.setText(
            tr("Leser hva Altinn har nå …") if self.api is not None else tr("Lager planen …")
        )
        self.plan_table.setRowCount(0)
        self.apply_button.setEnabled(False)
        kind, api = self.kind, self.api

        def work(state: Any) -> tuple[Plan, list[tuple[str, str]]]:
            failed: list[tuple[str, str]] = []
            if api is not None and kind == TILGANG:
                failed = self.service.access.refresh_holders(api, ws.id, state)
            elif api is not None:
                failed = self.service.notifications.refresh(api, ws.id)
            if kind == TILGANG:
                return self.service.plan_access(ws.id, wanted.readers), failed
            return self.service.plan_addresses(ws.id, wanted.addresses), failed

        self.ctx.run(
            work,
            owner=self,
            on_result=self._show_plan,
            on_error=lambda exc: self.plan_summary.setText(dialogs.user_message(exc)),
        )

    def _show_plan(self, result: tuple[Plan, list[tuple[str, str]]]) -> None:
        plan, failed = result
        self.plan = plan
        self.plan_summary.setText(dtr(plan.summary()))
        if self.api is None:
            basis = tr(
                "Planen bygger på det Postvakt sist leste fra Altinn eller fikk ført inn. "
                "Logg inn i Altinn (øverst i vinduet) for å lese på nytt og utføre den."
            )
        elif failed:
            basis = tr(
                "Lest fra Altinn nå, unntatt {n} organisasjonsnumre som ikke svarte; for "
                "dem bygger planen på det Postvakt hadde fra før."
            ).format(n=len(failed))
        else:
            basis = tr(
                "Lest fra Altinn nå. {env}: endringene gjøres når du trykker «Utfør i Altinn»."
            ).format(env=self.ctx.environment.label)
        self.plan_basis.setText(basis)
        rows = [
            [
                dtr(i.label),
                i.who,
                i.unit_name,
                format_orgnr(i.orgnr),
                dtr(i.why) + (" " + dtr(i.missing) if i.missing else ""),
            ]
            for i in plan.items
        ]
        fill_table(self.plan_table, rows)
        self.apply_button.setText(tr("&Utfør i Altinn ({n} endringer)").format(n=len(plan.items)))
        self.apply_button.setEnabled(bool(plan.items) and self.api is not None)
        self.handover_button.setEnabled(plan.count(Change.GRANT) > 0)
        (self.apply_button if self.apply_button.isEnabled() else self.plan_table).setFocus()

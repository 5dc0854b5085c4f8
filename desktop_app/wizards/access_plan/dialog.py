"""«Mange på en gang»: say once who should read confidential post (or which notification
address every org number should have), for all units or a selection, see the plan, apply it
with progress and a stop button, and retry what is left.

Three steps in one dialog: what should be (typed once, or a list from Excel/CSV) → the plan
(each change with org number, who and why, read from Altinn first when signed in) → the
results per item. The rules are in :mod:`desktop_app.domain.access_plan`; reading, applying
and recording are :class:`~desktop_app.services.access_plan.AccessPlanService`'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import REASON_LABELS, Reason, check_person_identifier
from desktop_app.domain.access_plan import (
    Change,
    ItemResult,
    Outcome,
    Plan,
    PlanUnit,
    WantedAddress,
    WantedReader,
    failed_keys,
    results_summary,
)
from desktop_app.domain.contacts import check_address, check_email
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.access_plan import WantedList
from desktop_app.services.handover import HandoverTask, granted_lines, task_persons
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.handover import TaskBanner, start_handover

TILGANG, VARSLING = "tilgang", "varsling"


def tr(text: str) -> str:
    return QCoreApplication.translate("access_plan", text)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for c in range(len(headers) - 1):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class PlanDialog(QDialog):
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

    # -- step 1: what should be ----------------------------------------------------------
    def _build_wanted(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        lead = QLabel(
            tr(
                "Skriv inn personen én gang og velg organisasjonsnumrene. Postvakt viser hva som må "
                "endres før noe skjer i Altinn."
            )
            if self.kind == TILGANG
            else tr(
                "Skriv inn adressen én gang og velg organisasjonsnumrene. Postvakt viser hva som må "
                "endres før noe skjer i Altinn."
            )
        )
        lead.setWordWrap(True)
        layout.addWidget(lead)
        form = QFormLayout()
        if self.kind == TILGANG:
            self.name = QLineEdit()
            self.name.setAccessibleName(tr("Navn"))
            self.identifier = QLineEdit()
            self.identifier.setAccessibleName(tr("Fødselsnummer"))
            self.identifier.setPlaceholderText(
                tr("11 siffer – Altinn trenger det for å gi tilgangen")
            )
            self.email = QLineEdit()
            self.email.setAccessibleName(tr("E-post"))
            self.reason = QComboBox()
            self.reason.setAccessibleName(tr("Hvorfor"))
            for reason in Reason:
                self.reason.addItem(dtr(REASON_LABELS[reason]), reason)
            form.addRow(tr("&Navn:"), self.name)
            form.addRow(tr("&Fødselsnummer:"), self.identifier)
            form.addRow(tr("&E-post:"), self.email)
            form.addRow(tr("&Hvorfor:"), self.reason)
        else:
            self.address = QLineEdit()
            self.address.setAccessibleName(tr("Varslingsadresse"))
            self.address.setPlaceholderText(tr("E-post eller mobilnummer"))
            form.addRow(tr("&Adresse:"), self.address)
        layout.addLayout(form)
        self.all_units = QRadioButton()
        self.all_units.setChecked(True)
        self.some_units = QRadioButton(tr("Bare &disse:"))
        self.unit_list = QListWidget()
        self.unit_list.setAccessibleName(tr("Organisasjonsnumre å ta med"))
        self.unit_list.setEnabled(False)
        self.some_units.toggled.connect(self.unit_list.setEnabled)
        layout.addWidget(self.all_units)
        layout.addWidget(self.some_units)
        layout.addWidget(self.unit_list, 1)
        self.wanted_error = QLabel()
        self.wanted_error.setWordWrap(True)
        self.wanted_error.setObjectName("error")
        self.wanted_error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.wanted_error)
        row = QHBoxLayout()
        self.list_button = QPushButton(tr("Bruk en &liste (Excel eller CSV) …"))
        self.list_button.setAutoDefault(False)
        self.list_button.clicked.connect(self.ask_list)
        row.addWidget(self.list_button)
        row.addStretch(1)
        cancel = QPushButton(tr("Avbryt"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.plan_button = QPushButton(tr("&Vis planen"))
        self.plan_button.setDefault(True)
        self.plan_button.clicked.connect(self.show_plan)
        row.addWidget(self.plan_button)
        layout.addLayout(row)
        return w

    def _load_units(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.ctx.run(
            self.service.units, ws.id, pass_state=False, owner=self, on_result=self._show_units
        )

    # -- «Til daglig leder» -------------------------------------------------------------
    def hand_over(self) -> None:
        plan = self.plan
        if plan is None:
            return
        env, names = self.ctx.environment.value, {u.orgnr: u.name for u in self.units}
        people = task_persons(plan)
        start_handover(
            self,
            self.ctx,
            lambda ws: self.ctx.services.handover.access_task(ws, env, people, names),
        )

    def use_task(self, task: HandoverTask) -> None:
        """Opened from a task file: the strip on top, the first person filled in (a choice
        when there are more), their org numbers ticked; the fødselsnummer is typed here."""
        self.task = task
        self.task_banner = TaskBanner(self.ctx, task)
        self.outer.insertWidget(0, self.task_banner)
        self.task_person = QComboBox()
        self.task_person.setAccessibleName(tr("Person fra oppgaven"))
        for person in task.persons:
            self.task_person.addItem(f"{person.name} ({len(person.orgnrs)} org.nr)", person)
        self.task_person.currentIndexChanged.connect(lambda _i: self._fill_from_task())
        self.task_person.setVisible(len(task.persons) > 1)
        self.stack.widget(0).layout().insertWidget(1, self.task_person)
        self.next_person = QPushButton(tr("&Neste person i oppgaven"))
        self.next_person.setAutoDefault(False)
        self.next_person.setVisible(False)
        self.next_person.clicked.connect(self._next_person)
        results = self.stack.widget(2).layout()
        results.itemAt(results.count() - 1).layout().insertWidget(1, self.next_person)
        if self.units:
            self._fill_from_task()

    def _next_person(self) -> None:
        self.task_person.setCurrentIndex(self.task_person.currentIndex() + 1)
        self.stack.setCurrentIndex(0)

    def _fill_from_task(self) -> None:
        person = self.task_person.currentData() if self.task is not None else None
        if person is None:
            return
        self.name.setText(person.name)
        self.email.setText(person.email)
        self.identifier.clear()
        self.reason.setCurrentIndex(max(self.reason.findData(Reason(person.reason)), 0))
        wanted = set(person.orgnrs)
        self.some_units.setChecked(True)
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
        self.wanted_error.setText(
            tr("Skriv fødselsnummeret til {name}; det står ikke i oppgaven.").format(
                name=person.name
            )
        )
        self.identifier.setFocus()

    def _show_units(self, units: list[PlanUnit]) -> None:
        self.units = units
        self.all_units.setText(
            tr("&Alle organisasjonsnumre i arbeidsflaten ({n})").format(n=len(units))
        )
        self.unit_list.clear()
        for unit in units:
            indent = "    " if unit.parent_orgnr else ""
            item = QListWidgetItem(f"{indent}{unit.name} ({format_orgnr(unit.orgnr)})")
            item.setData(Qt.ItemDataRole.UserRole, unit.orgnr)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.unit_list.addItem(item)
        if self.task is not None:
            self._fill_from_task()

    def chosen_orgnrs(self) -> list[str]:
        if self.all_units.isChecked():
            return [u.orgnr for u in self.units]
        return [
            self.unit_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.unit_list.count())
            if self.unit_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def typed(self) -> WantedList | None:
        """What the form says, for every chosen org number; None after showing the problem
        next to the form."""
        orgnrs = self.chosen_orgnrs()
        if not self.units:
            return self._refuse(
                tr("Organisasjonsnumrene er ikke lest ennå. Vent litt, og prøv igjen."),
                self.plan_button,
            )
        if not orgnrs:
            return self._refuse(tr("Velg minst ett organisasjonsnummer."), self.unit_list)
        wanted = WantedList(source_name=tr("skrevet inn"))
        if self.kind == TILGANG:
            name = " ".join(self.name.text().split())
            if not name:
                return self._refuse(tr("Skriv inn navnet på personen."), self.name)
            ident, error = check_person_identifier(self.identifier.text())
            if ident is None:
                return self._refuse(dtr(error or ""), self.identifier)
            email = self.email.text().strip()
            if email:
                checked = check_email(email)
                if not checked.ok:
                    return self._refuse(dtr(checked.error or ""), self.email)
                email = checked.value or email
            reason = Reason(self.reason.currentData())
            wanted.readers = [WantedReader(o, name, email, ident, "", reason) for o in orgnrs]
        else:
            checked = check_address(self.address.text())
            if not checked.ok or checked.kind is None or checked.value is None:
                return self._refuse(dtr(checked.error or ""), self.address)
            wanted.addresses = [WantedAddress(o, checked.kind, checked.value) for o in orgnrs]
        return wanted

    def _refuse(self, message: str, field: QWidget) -> None:
        self.wanted_error.setText(message)
        field.setFocus()
        return None

    def ask_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Velg listen"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.use_list(Path(path))

    def use_list(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.wanted_error.setText(tr("Leser «{name}» …").format(name=path.name))

        def read(wanted: WantedList) -> None:
            if wanted.errors:
                lines = "\n".join(dtr(e.reason) for e in wanted.errors[:10])
                self.wanted_error.setText(tr("Disse linjene ble hoppet over:") + "\n" + lines)
            else:
                self.wanted_error.setText("")
            self._plan(wanted)

        def failed(exc: BaseException) -> None:
            self.wanted_error.setText(dialogs.user_message(exc))

        self.ctx.run(
            self.service.read_list,
            ws.id,
            path,
            path.name,
            pass_state=False,
            owner=self,
            on_result=read,
            on_error=failed,
        )

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
        self.plan_table = _table(
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
        _fill(self.plan_table, rows)
        self.apply_button.setText(tr("&Utfør i Altinn ({n} endringer)").format(n=len(plan.items)))
        self.apply_button.setEnabled(bool(plan.items) and self.api is not None)
        self.handover_button.setEnabled(plan.count(Change.GRANT) > 0)
        (self.apply_button if self.apply_button.isEnabled() else self.plan_table).setFocus()

    # -- step 3: applying and the results -------------------------------------------------
    def _build_results(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Fremdrift"))
        layout.addWidget(self.progress)
        self.progress_text = QLabel()
        self.progress_text.setWordWrap(True)
        self.progress_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.progress_text)
        self.result_table = _table(
            [
                tr("Resultat"),
                tr("Endring"),
                tr("Hvem"),
                tr("Virksomhet"),
                tr("Org.nr"),
                tr("Melding"),
            ],
            tr("Resultat per endring"),
        )
        layout.addWidget(self.result_table, 1)
        row = QHBoxLayout()
        self.stop_button = QPushButton(tr("&Stopp"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.retry_button = QPushButton(tr("&Prøv de som gjenstår på nytt"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.close_button = QPushButton(tr("&Lukk"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        return w

    def apply(self, only: set[str] | None = None) -> None:
        ws, plan = self.ctx.workspace, self.plan
        if ws is None or plan is None or self.api is None or self._task is not None:
            return
        self.stack.setCurrentIndex(2)
        self.progress.setRange(0, len(plan.items) if only is None else len(only))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.stop_button.setVisible(True)
        self.retry_button.setVisible(False)
        self.close_button.setEnabled(False)
        self.progress_text.setText(tr("Gjør endringene i Altinn …"))
        access_api = self.api if self.kind == TILGANG else None
        notification_api = self.api if self.kind == VARSLING else None
        self._task = self.ctx.run(
            self.service.apply,
            ws.id,
            plan,
            access_api=access_api,
            notification_api=notification_api,
            only=only,
            owner=self,
            on_progress=self._progressed,
            on_result=self._applied,
            on_error=lambda exc: self.progress_text.setText(dialogs.user_message(exc)),
            on_finished=self._finished,
        )
        self.stop_button.setFocus()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_text.setText(dtr(text))

    def _applied(self, results: list[ItemResult]) -> None:
        before = {r.item.key: r for r in self.results}
        before.update({r.item.key: r for r in results})
        self.results = list(before.values())
        marks = {
            Outcome.DONE: "✓ " + tr("Utført"),
            Outcome.FAILED: "✗ " + tr("Feilet"),
            Outcome.SKIPPED: "– " + tr("Ikke utført"),
        }
        _fill(
            self.result_table,
            [
                [
                    marks[r.outcome],
                    dtr(r.item.label),
                    r.item.who,
                    r.item.unit_name,
                    format_orgnr(r.item.orgnr),
                    dtr(r.message),
                ]
                for r in self.results
            ],
        )
        self.progress_text.setText(dtr(results_summary(self.results)))
        if self.task_banner is not None:
            self.task_banner.set_done(granted_lines(self.results))
            self.next_person.setVisible(
                self.task_person.currentIndex() < self.task_person.count() - 1
            )
        self.retry_button.setVisible(bool(failed_keys(self.results)))

    def _finished(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.close_button.setEnabled(True)
        (self.retry_button if self.retry_button.isVisible() else self.close_button).setFocus()

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress_text.setText(tr("Stopper etter endringen som pågår …"))

    def retry(self) -> None:
        keys = failed_keys(self.results)
        if keys:
            self.apply(only=keys)

    def reject(self) -> None:
        if self._task is not None:  # never close over work in progress: stop it first
            self.stop()
            return
        super().reject()

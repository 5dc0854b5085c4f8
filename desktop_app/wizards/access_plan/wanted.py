"""Step 1 of the access plan, what should be: typed once, or a list from Excel/CSV, for all
units or a selection; or taken from a hand-over. A part of :class:`PlanDialog`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import REASON_LABELS, Reason, check_person_identifier
from desktop_app.domain.access_plan import PlanUnit, WantedAddress, WantedReader
from desktop_app.domain.contacts import check_address, check_email
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.access_plan import WantedList
from desktop_app.services.handover import HandoverTask, task_persons
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr
from desktop_app.views.handover import TaskBanner, start_handover
from desktop_app.wizards.access_plan.common import TILGANG


def tr(text: str) -> str:
    return QCoreApplication.translate("access_plan", text)


class WantedStep:
    """Builds and reads step 1 (what should be)."""

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

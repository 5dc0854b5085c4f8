"""Uåpnet post, step 6: the municipality's own incoming post in Altinn, answered per own org.nr.

A page of :class:`~desktop_app.wizards.unopened.check.UnopenedWizard`; it calls its service
through ``ctx.run``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWizardPage,
)

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import OrgUnit
from desktop_app.storage.own_inbox import InboxAnswer, OwnInboxCheck
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.guide_view import GuidePanel, page_guides
from desktop_app.wizards.unopened.parts import pydate, qdate, scrolled_body, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_followup", text)


class OwnInboxPage(QWizardPage):
    loaded = Signal()
    COL_NAME, COL_ORGNR, COL_ANSWER, COL_DATE, COL_NOTE, COL_SAVE = range(6)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.units: list[OrgUnit] = []
        self.checks: dict[str, OwnInboxCheck] = {}
        self.setTitle(tr("Kommunens egen innkommende post"))
        self.setSubTitle(
            tr("Sjekk i Altinn om kommunen selv har taushetsbelagte brev som ingen har åpnet.")
        )
        layout = scrolled_body(self)
        later = wrapped_label(
            tr(
                "Dette sjekker du selv i Altinn: logg inn på altinn.no, se i innboksen til hvert "
                "av kommunens organisasjonsnumre, og svar her for hvert av dem. Du ser de "
                "taushetsbelagte brevene bare hvis du har tilgang til taushetsbelagt post for "
                "nummeret; veiledningen under viser hvordan."
            )
        )
        later.setObjectName("apiLater")
        later.setStyleSheet("background: #fff4d6; border: 1px solid #c98a00; padding: 8px;")
        layout.addWidget(later)
        # A broken content file is logged and the panel says the guide is missing, as on
        # the other pages; the page works without it.
        self.guide = GuidePanel()
        self.guide.show_step(page_guides("unopened").get("egen-innkommende-post"))
        layout.addWidget(self.guide)
        self.progress_label = wrapped_label()
        self.progress_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.progress_label)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Enhet"),
                tr("Org.nr"),
                tr("Uåpnet taushetsbelagt post?"),
                tr("Sjekket"),
                tr("Notat"),
                "",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setMinimumHeight(220)
        self.table.setAccessibleName(tr("Svar for hvert organisasjonsnummer"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        workspace = self.ctx.workspace
        if workspace is None:
            return
        service = self.wizard().service

        def load() -> tuple[list[OrgUnit], dict[str, OwnInboxCheck]]:
            units = [u for u in self.ctx.workspaces.list_org_units(workspace.id) if not u.deleted]
            if not any(u.orgnr == workspace.orgnr for u in units):
                units.insert(0, OrgUnit(workspace.orgnr, workspace.name, "KOMM"))
            return units, service.own_inbox_checks(workspace.id)

        self.ctx.run(
            load,
            pass_state=False,
            on_result=self._loaded,
            error_title=tr("Enhetene kunne ikke leses"),
        )

    def _loaded(self, data: tuple[list[OrgUnit], dict[str, OwnInboxCheck]]) -> None:
        self.units, self.checks = data
        self.table.setRowCount(len(self.units))
        for row, unit in enumerate(self.units):
            check = self.checks.get(unit.orgnr)
            name = QTableWidgetItem(unit.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.COL_NAME, name)
            orgnr = QTableWidgetItem(format_orgnr(unit.orgnr))
            orgnr.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, self.COL_ORGNR, orgnr)
            combo = QComboBox()
            for answer in InboxAnswer:
                combo.addItem(dtr(answer.label_nb), answer.value)
            combo.setCurrentIndex(
                combo.findData((check.answer if check else InboxAnswer.NOT_CHECKED).value)
            )
            combo.setAccessibleName(tr("Svar for {name}").format(name=unit.name))
            self.table.setCellWidget(row, self.COL_ANSWER, combo)
            day = QDateEdit()
            day.setCalendarPopup(True)
            day.setDisplayFormat("dd.MM.yyyy")
            day.setDate(qdate(check.checked_on if check and check.checked_on else date.today()))
            day.setAccessibleName(tr("Sjekket dato for {name}").format(name=unit.name))
            day.setEnabled(combo.currentData() != InboxAnswer.NOT_CHECKED.value)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, d=day: d.setEnabled(
                    c.currentData() != InboxAnswer.NOT_CHECKED.value
                )
            )
            self.table.setCellWidget(row, self.COL_DATE, day)
            note = QLineEdit(check.note if check else "")
            note.setAccessibleName(tr("Notat for {name}").format(name=unit.name))
            self.table.setCellWidget(row, self.COL_NOTE, note)
            button = QPushButton(tr("Lagre"))
            button.setAccessibleName(tr("Lagre svaret for {name}").format(name=unit.name))
            button.clicked.connect(lambda _c=False, r=row: self.save_row(r))
            self.table.setCellWidget(row, self.COL_SAVE, button)
        self.table.resizeColumnToContents(self.COL_ORGNR)
        self.table.resizeColumnToContents(self.COL_ANSWER)
        self.table.resizeColumnToContents(self.COL_DATE)
        self.table.resizeColumnToContents(self.COL_SAVE)
        self.table.resizeRowsToContents()
        shown = min(len(self.units), 12)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + 4
            + sum(self.table.rowHeight(r) for r in range(shown))
        )
        self._count()
        self.loaded.emit()

    def _count(self) -> None:
        answers = [c.answer for u in self.units if (c := self.checks.get(u.orgnr))]
        answered = sum(1 for a in answers if a is not InboxAnswer.NOT_CHECKED)
        found = sum(1 for a in answers if a is InboxAnswer.YES)
        text = tr("{done} av {total} organisasjonsnumre er sjekket.").format(
            done=answered, total=len(self.units)
        )
        if found:
            text += " " + tr(
                "{n} har uåpnet taushetsbelagt post: gi noen tilgang til å lese "
                "den, og åpne brevene."
            ).format(n=found)
        self.progress_label.setText(text)

    def set_answer(self, row: int, answer: InboxAnswer, note: str = "") -> None:
        """Fill in one row as the user would (tests, and keyboard users through the table)."""
        combo = self.table.cellWidget(row, self.COL_ANSWER)
        combo.setCurrentIndex(combo.findData(answer.value))
        if note:
            self.table.cellWidget(row, self.COL_NOTE).setText(note)

    def save_row(self, row: int) -> None:
        workspace = self.ctx.workspace
        if workspace is None or not 0 <= row < len(self.units):
            return
        unit = self.units[row]
        answer = InboxAnswer(self.table.cellWidget(row, self.COL_ANSWER).currentData())
        day = pydate(self.table.cellWidget(row, self.COL_DATE).date())
        note = self.table.cellWidget(row, self.COL_NOTE).text()
        button = self.table.cellWidget(row, self.COL_SAVE)
        button.setEnabled(False)

        def saved(check: OwnInboxCheck) -> None:
            self.checks[check.orgnr] = check
            self.ctx.audit_changed.emit()
            button.setText(tr("Lagret"))
            self._count()

        self.ctx.run(
            self.wizard().service.set_own_inbox_check,
            workspace,
            unit.orgnr,
            answer,
            None if answer is InboxAnswer.NOT_CHECKED else day,
            note,
            pass_state=False,
            on_result=saved,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Svaret ble ikke lagret")),
            on_finished=lambda: button.setEnabled(True),
        )

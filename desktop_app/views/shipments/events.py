"""Hendelser for én forsendelse: SvarUt's event log of one shipment, fetched in the background.

``ShipmentEventsDialog(ctx, forsendelse_id, parent)`` opens at once with "Henter …", fills a
table (time, event) when SvarUt answers, and says in plain words what went wrong otherwise,
with a button to try again. Event lines are free text from SvarUt and may contain a
fødselsnummer ("Lest eksternt … av 01029400470 …"); the dialog shows only its first six
digits (the birth date), since nobody needs the rest here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.identifiers import mask_person_numbers
from desktop_app.domain.svarut import OSLO
from desktop_app.services.status_refresh import Event, load_events
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("shipment_events", text)


class ShipmentEventsDialog(QDialog):
    def __init__(self, ctx: AppContext, forsendelse_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.forsendelse_id = forsendelse_id
        self._task: Task | None = None
        self._loads = 0  # numbers each load, so an old one ending never clears a new one
        self.setWindowTitle(tr("Hendelser for forsendelsen"))
        self.setMinimumSize(640, 380)
        layout = QVBoxLayout(self)
        heading = QLabel(
            tr("Hendelsesloggen i SvarUt for forsendelse {id}").format(id=forsendelse_id)
        )
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.state_label = QLabel(tr("Henter hendelsene fra SvarUt …"))
        self.state_label.setObjectName("eventsState")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([tr("Tidspunkt"), tr("Hendelse")])
        self.table.setAccessibleName(tr("Hendelser"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        note = QLabel(
            tr(
                "Teksten i hver hendelse kommer fra SvarUt. Fødselsnumre vises bare "
                "med fødselsdatoen."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.retry_button = QPushButton(tr("Prøv igjen"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.load)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        if self._task is not None:
            return
        self.retry_button.setVisible(False)
        self.state_label.setText(tr("Henter hendelsene fra SvarUt …"))
        self.state_label.setStyleSheet("")
        try:
            urls = self.ctx.service_urls()
        except ValueError:
            self._failed(ValueError())
            self.state_label.setText(
                tr("Øvingssandkassen kjører ikke ennå. Vent litt og trykk «Prøv igjen».")
            )
            return
        self._loads += 1
        load = self._loads
        self._task = self.ctx.run(
            load_events,
            self.ctx.settings,
            self.ctx.secrets,
            urls,
            self.forsendelse_id,
            self.ctx.practice,
            on_result=self._show,
            on_error=self._failed,
            on_finished=lambda: self._finished(load),
            environment_bound=True,
        )

    def _finished(self, load: int) -> None:
        if load == self._loads:  # not a later load started from «Prøv igjen» meanwhile
            self._task = None

    def events(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (for tests and copying)."""
        return [
            (self.table.item(r, 0).text(), self.table.item(r, 1).text())
            for r in range(self.table.rowCount())
        ]

    def _show(self, events: list[Event]) -> None:
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            when = (
                event.at.astimezone(OSLO).strftime("%d.%m.%Y %H:%M:%S")
                if event.at is not None
                else event.at_text
            )
            self.table.setItem(row, 0, QTableWidgetItem(when))
            self.table.setItem(row, 1, QTableWidgetItem(mask_person_numbers(event.text)))
        self.table.resizeRowsToContents()
        if events:
            self.state_label.setText(
                tr("1 hendelse.")
                if len(events) == 1
                else tr("{n} hendelser, eldste først.").format(n=len(events))
            )
        else:
            self.state_label.setText(tr("SvarUt har ingen hendelser for denne forsendelsen."))

    def _failed(self, exc: BaseException) -> None:
        self._task = None  # done: «Prøv igjen» may start a new load at once
        self.state_label.setText(
            tr("Hendelsene ble ikke hentet: {why}").format(why=dialogs.user_message(exc))
        )
        self.state_label.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        # Trying again helps after network trouble or a set-up change, not for a wrong ID.
        self.retry_button.setVisible(getattr(exc, "status", None) not in (400, 404))

    def done(self, result: int) -> None:
        if self._task is not None:
            self._task.cancel()
        super().done(result)


def open_shipment_events(
    ctx: AppContext, forsendelse_id: str, parent: QWidget | None = None
) -> ShipmentEventsDialog:
    """Show the event log without blocking (deleted when closed): the call for a table's
    "Vis hendelser" action."""
    dialog = ShipmentEventsDialog(ctx, forsendelse_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog

"""The plan as a table: one row per notice; a cell's text is made only when the view asks for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from desktop_app.domain.notices import OSLO
from desktop_app.services.notice_plan import PlanRow, RowStatus
from desktop_app.views.domain_text import dtr
from desktop_app.views.row_model import RowTableModel
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.notice_plan.texts import channel_label, day_text, moment_text


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


class PlanTableModel(RowTableModel[PlanRow]):
    """One row per notice; the text of a cell is made only when the view asks for it."""

    COLUMNS = ("letter", "day", "channel", "from", "to", "receipt", "why")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                tr("Brev"),
                tr("Varsel"),
                tr("Kanal"),
                tr("Kan sendes fra"),
                tr("til"),
                tr("Feilkvittering senest"),
                tr("Hvorfor"),
            ],
            parent,
        )

    def role_data(self, row: PlanRow, column: str, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "why" or row.status is not RowStatus.PLANNED:
                return full_reason(row)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is RowStatus.ERROR:
                return QBrush(QColor(STATUS_COLOURS["bad"]))
            if row.status is RowStatus.READ:
                return QBrush(QColor(STATUS_COLOURS["muted"]))
            return None
        if role == Qt.ItemDataRole.FontRole and row.shifted and column == "from":
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def cell_text(row: PlanRow, column: str) -> str:
        if column == "letter":
            return row.reference
        if row.status is RowStatus.ERROR:
            return {"day": "–", "from": tr("Kan ikke planlegges"), "why": dtr(row.reason_nb)}.get(
                column, ""
            )
        if column == "day":
            if row.shifted:
                return tr("Dag {n}, flyttet").format(n=row.day_index)
            return tr("Dag {n}").format(n=row.day_index)
        if column == "channel":
            return channel_label(row.channel)
        if column == "why":
            return row.reason_nb
        if row.status is RowStatus.READ:
            return tr("Sendes ikke: brevet er lest") if column == "from" else ""
        if column == "from" and row.window_start is not None:
            return moment_text(row.window_start)
        if column == "to" and row.window_end is not None and row.window_start is not None:
            end = row.window_end.astimezone(OSLO)
            if end.date() == row.window_start.astimezone(OSLO).date():
                return tr("kl. {time}").format(time=end.strftime("%H.%M"))
            return moment_text(end)
        if column == "receipt" and row.receipt_by is not None:
            return day_text(row.receipt_by)
        return ""


def full_reason(row: PlanRow) -> str:
    parts = [row.reason_nb]
    if row.note_nb:
        parts.append(row.note_nb)
    return "\n\n".join(p for p in parts if p)


# --- Timeline ------------------------------------------------------------------------------------

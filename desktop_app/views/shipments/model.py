""":class:`ShipmentTableModel` holds the letters (:class:`ReviewLetters`, with the verdicts of the
check's classification) and makes a cell's text only when the view asks for it: opening a check
formats no date and no org.nr in advance, and makes no search column (they are made on the pool
when the user starts typing a search, see :meth:`ShipmentTableModel.prepare_search`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from desktop_app.domain.unopened import RiskLevel
from desktop_app.services.unopened_check import ReviewLetter, ReviewLetters
from desktop_app.tasks import run_task
from desktop_app.views.domain_text import dtr
from desktop_app.views.shipments.formatting import (
    COLUMNS,
    NUMERIC_COLUMNS,
    Labels,
    LetterRole,
    Role,
    orgnr_text,
    sent_text,
    shown_status,
)
from desktop_app.views.shipments.prepared import (
    SENT_AT,
    LazySearch,
    PreparedLetters,
    SearchColumns,
    prepare_letters,
    rows_in_order,
    sort_keys,
)
from desktop_app.views.style import STATUS_COLOURS


class ShipmentTableModel(QAbstractTableModel):
    """All letters of one check or report; the text of a cell is made when it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = Labels.current()
        self.letters: ReviewLetters = ReviewLetters.of([])
        self._search = LazySearch.made(SearchColumns([], []))
        self._keys: dict[int, list[Any]] = {}
        self._orders: dict[int, list[int]] = {}  # ascending row order per column, once made
        self._sent_texts: list[str] | None = None

    def set_letters(self, letters: Sequence[ReviewLetter] | PreparedLetters) -> None:
        prepared = (letters if isinstance(letters, PreparedLetters)
                    else prepare_letters(letters, self.labels))  # fmt: skip
        self.beginResetModel()
        self.letters = prepared.letters
        self._search = prepared.search
        risk = COLUMNS.index("risk")
        self._keys = {risk: prepared.risk_keys}
        self._orders = {risk: prepared.risk_order}
        self._sent_texts = None
        self.endResetModel()

    def search_columns(self) -> SearchColumns:
        """What a search looks in: made now unless :meth:`prepare_search` made it already
        (or is making it: then this waits for it)."""
        return self._search.columns()

    def search_ready(self) -> bool:
        return self._search.ready

    def prepare_search(self) -> None:
        """Make the search columns on the pool, unless they are made already: called when the
        user starts typing, so that the filter after the debounce delay finds them ready."""
        if not self._search.ready:
            run_task(self._search.columns, name="søkekolonner", pass_state=False)

    def sent_texts(self) -> list[str]:
        """The date column as shown, one text per letter, for searching by date; made on the
        first search that may hold a date (a term with a digit), then kept."""
        if self._sent_texts is None:
            memo: dict[Any, str] = {}
            texts = []
            append = texts.append
            for sent in map(SENT_AT, self.letters.shipments):
                text = memo.get(sent)
                if text is None:
                    text = memo[sent] = sent_text(sent)
                append(text)
            self._sent_texts = texts
        return self._sent_texts

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.letters)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return self.labels.columns[COLUMNS[section]]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Role.DisplayRole):
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Role.DisplayRole):
        letter = self.letters[row]
        key = COLUMNS[column]
        if role == Role.DisplayRole:
            return self.text(letter, key)
        if role == LetterRole:
            return letter
        if role == Role.ToolTipRole and key in ("risk", "status"):
            return dtr(letter.reason)
        if role == Role.ForegroundRole and key == "risk":
            if letter.level is RiskLevel.AT_RISK:
                return QBrush(QColor(STATUS_COLOURS["bad"]))
            if letter.level is RiskLevel.UNKNOWN:
                return QBrush(QColor(STATUS_COLOURS["warn"]))
            return QBrush(QColor(STATUS_COLOURS["muted"]))
        if role == Role.TextAlignmentRole and key in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def text(self, letter: ReviewLetter, key: str) -> str:
        s = letter.shipment
        labels = self.labels
        if key == "risk":
            return labels.levels[letter.level]
        if key == "urgency":
            return dtr(letter.urgency.label_nb) if letter.urgency is not None else ""
        if key == "status":
            return shown_status(s.status, s.status_text, labels.no_status)
        if key == "sent":
            return sent_text(s.sent_at)
        if key == "age":
            return "" if letter.age_days is None else str(letter.age_days)
        if key == "recipient":
            return s.recipient_name
        if key == "orgnr":
            return labels.person if letter.person else orgnr_text(s.recipient_id)
        if key == "title":
            return s.title
        if key == "ref":
            return s.external_ref
        if key in ("confidential", "digital_only"):
            value = s.confidential if key == "confidential" else s.digital_only
            return labels.unknown if value is None else labels.yes if value else labels.no
        if key == "id":
            return s.id
        if key == "line":
            return "" if s.source_line is None else str(s.source_line)
        return ""

    def sorted_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Every row in the order of ``column``: ascending, or descending (rows that compare
        equal keep the file's order both ways). Letters without a date come last when sorted
        by date ascending, as if they were sent at the end of time."""
        descending = order == Qt.SortOrder.DescendingOrder
        if not descending and column in self._orders:
            return list(self._orders[column])
        rows = rows_in_order(self.sort_keys(column), COLUMNS[column], descending)
        if not descending:
            self._orders[column] = rows
            return list(rows)
        return rows

    def sort_keys(self, column: int) -> list[Any]:
        """One comparable key per letter for ``column``; made on first use, then kept."""
        keys = self._keys.get(column)
        if keys is None:
            keys = self._keys[column] = sort_keys(self.letters, COLUMNS[column], self.labels)
        return keys

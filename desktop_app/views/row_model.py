"""A read-only table over a Python list: one row object per line, columns named by key.

Subclasses give ``COLUMNS`` (keys) and the translated headers; a cell shows the row's
attribute of the column's name unless ``cell_text(row, column)`` says otherwise, and
``role_data(row, column, role)`` may add colour, tooltips, fonts and sort keys.
Replacing the rows is one model reset, so a view with thousands of rows stays quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
_ROOT = QModelIndex()


class RowTableModel(QAbstractTableModel, Generic[Row]):
    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert len(headers) == len(self.COLUMNS), "one header per column"
        self.rows: list[Row] = []
        self._headers = list(headers)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        return self.role_data(row, column, role)

    def cell_text(self, row: Row, column: str) -> str:
        """The row's attribute named like the column, as text ("" for none)."""
        value = getattr(row, column, None)
        return "" if value is None else str(value)

    def role_data(self, row: Row, column: str, role: int) -> Any:
        return None

""":class:`ShipmentFilterProxy`, a flat proxy that keeps the visible rows as a list of source rows.

Filtering tests the search columns (:class:`SearchColumns`: one lower-case list per column; texts
that repeat are tested once per distinct text), so "varslet 320" finds what the user sees;
sorting uses a key list per column, made on first use, and keeps each ascending order it has
made. Neither calls Python once per row from C++, which is what makes QSortFilterProxyModel slow
at this size.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, repeat
from operator import and_, contains, is_, not_, or_

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.domain.unopened import RiskLevel
from desktop_app.services.unopened_check import ReviewLetter
from desktop_app.views.shipments.formatting import COLUMNS, Role
from desktop_app.views.shipments.model import ShipmentTableModel
from desktop_app.views.shipments.prepared import filter_terms


class ShipmentFilterProxy(QAbstractProxyModel):
    """Filter (text and verdict) and sort over a :class:`ShipmentTableModel`, flat."""

    filtered = Signal()  # the visible rows changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[int] = []  # visible source rows, in display order
        self._sorted: list[int] = []  # every source row, in display order
        self._inverse: dict[int, int] | None = None
        self._terms: list[str] = []
        self._level: RiskLevel | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- wiring ----------------------------------------------------------------------
    def setSourceModel(self, model: ShipmentTableModel) -> None:  # type: ignore[override]
        self.beginResetModel()
        super().setSourceModel(model)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._rebuild()
        self.endResetModel()

    def source(self) -> ShipmentTableModel:
        return self.sourceModel()  # type: ignore[return-value]

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()
        self.filtered.emit()

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        inverse = self._inverse_map()
        for row in range(top.row(), bottom.row() + 1):
            mine = inverse.get(row)
            if mine is not None:
                self.dataChanged.emit(self.index(mine, top.column()),
                                      self.index(mine, bottom.column()), roles)  # fmt: skip

    def _rebuild(self) -> None:
        n = self.source().rowCount()
        if 0 <= self._sort_column < len(COLUMNS):
            self._sorted = self.source().sorted_rows(self._sort_column, self._sort_order)
        else:
            self._sorted = list(range(n))
        self._rows = self._matching(self._sorted)
        self._inverse = None

    # -- filter and sort ---------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show the letters whose text (any column) has every word of ``text``."""
        terms = filter_terms(text)
        if terms == self._terms:
            return
        narrower = bool(self._terms) and all(
            any(before in now for now in terms) for before in self._terms
        )  # every row with the new words also has the earlier ones
        old, self._terms = self._terms, terms
        self.beginResetModel()
        if narrower:  # the rows shown already hold the earlier words: test only new ones
            self._rows = self._matching(self._rows, [t for t in terms if t not in old])
        else:
            self._rows = self._matching(self._sorted)
        self._inverse = None
        self.endResetModel()
        self.filtered.emit()

    def set_level(self, level: RiskLevel | None) -> None:
        """Show only letters with this verdict (``None``: all)."""
        if level is self._level:
            return
        self._level = level
        self.beginResetModel()
        self._rows = self._matching(self._sorted)
        self._inverse = None
        self.endResetModel()
        self.filtered.emit()

    def _matching(self, rows: list[int], terms: list[str] | None = None) -> list[int]:
        """The rows that pass the verdict choice and contain every term. The test runs in C
        (map/compress), not once per row in Python. A term with a digit may be a date: the
        date column (not in the search texts) is searched for it as well."""
        source = self.source()
        if self._level is not None:
            level = self._level
            review = source.letters
            keep = list(map(and_, map(is_, map(review.levels.__getitem__, rows), repeat(level)),
                            map(not_, map(review.persons.__getitem__, rows))))  # fmt: skip
            rows = list(compress(rows, keep))
        for term in self._terms if terms is None else terms:
            rows = self._with_term(rows, term)
        if rows is self._sorted:
            return list(rows)
        return rows

    def _with_term(self, rows: list[int], term: str) -> list[int]:
        """The rows with ``term`` in any column: one pass in C per column that can hold it."""
        source = self.source()
        search = source.search_columns()
        tests: list[Iterator[bool]] = []
        for per_row, distinct in search.repeated:
            hits = frozenset(t for t in distinct if term in t)
            if hits == distinct:
                return rows  # every row has it
            if hits:
                tests.append(map(hits.__contains__, map(per_row.__getitem__, rows)))
        columns = list(search.unique)
        if any(c.isdigit() for c in term):
            columns.append(source.sent_texts())
        tests += [map(contains, map(col.__getitem__, rows), repeat(term)) for col in columns]
        if not tests:
            return []
        found = tests[0]
        for test in tests[1:]:
            found = map(or_, found, test)
        return list(compress(rows, found))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0 or column >= len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._rows[p.row()] if 0 <= p.row() < len(self._rows) else -1
                   for p in persistent]  # fmt: skip
        self._sort_column, self._sort_order = column, order
        self._sorted = self.source().sorted_rows(column, order)
        if self._terms or self._level is not None:
            self._rows = self._matching(self._sorted)
        else:  # nothing filtered: every row, in the new order
            self._rows = list(self._sorted)
        self._inverse = None
        if persistent:
            inverse = self._inverse_map()
            moved = []
            for p, src in zip(persistent, sources, strict=True):
                row = inverse.get(src, -1)
                moved.append(self.index(row, p.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- QAbstractProxyModel ------------------------------------------------------------
    def _inverse_map(self) -> dict[int, int]:
        if self._inverse is None:
            self._inverse = {src: i for i, src in enumerate(self._rows)}
        return self._inverse

    def index(
        self,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _index: QModelIndex | QPersistentModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid()

    def mapToSource(self, proxy: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not proxy.isValid() or proxy.row() >= len(self._rows):
            return QModelIndex()
        return self.source().index(self._rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not source.isValid():
            return QModelIndex()
        row = self._inverse_map().get(source.row())
        return QModelIndex() if row is None else self.index(row, source.column())

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Role.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.source().cell(self._rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            return self.source().headerData(section, orientation, role)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- for the widget -----------------------------------------------------------------
    def letter_at(self, row: int) -> ReviewLetter | None:
        if 0 <= row < len(self._rows):
            return self.source().letters[self._rows[row]]
        return None

    def source_row(self, row: int) -> int | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_source(self, source_row: int) -> int | None:
        """The visible row of a letter (by its source row), or None when it is filtered out."""
        try:
            return self._rows.index(source_row)  # a C loop over ints
        except ValueError:
            return None

    def visible_letters(self) -> list[ReviewLetter]:
        letters = self.source().letters
        return [letters[i] for i in self._rows]

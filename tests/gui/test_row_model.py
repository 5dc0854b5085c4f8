"""The shared read-only table model: a cell shows the row's attribute of the column's name
unless the model says otherwise."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop_app.views.row_model import RowTableModel


@dataclass
class Unit:
    name: str
    readers: int
    note: str | None = None


class Units(RowTableModel[Unit]):
    COLUMNS = ("name", "readers", "note")


def test_a_cell_shows_the_rows_attribute_by_default(qapp):
    model = Units(["Navn", "Lesere", "Merknad"])
    model.set_rows([Unit("Fjordvik skole", 0), Unit("NAV Fjordvik", 2, "ny")])
    shown = [
        [model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) for c in range(3)]
        for r in range(model.rowCount())
    ]
    assert shown == [["Fjordvik skole", "0", ""], ["NAV Fjordvik", "2", "ny"]]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Lesere"

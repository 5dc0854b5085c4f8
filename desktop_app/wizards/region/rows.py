"""The rows of Regionoversikt: one per municipality, read on the pool (:func:`load_rows`), shown
by :class:`RegionModel` and filtered by :class:`RegionProxy`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.dates import local_date
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.region import (
    SOURCE_FILE,
    Filter,
    RegionRow,
    check_text,
    needs,
    review_text,
    severity,
    source_text,
)
from desktop_app.views.context import AppContext
from desktop_app.views.row_model import RowTableModel
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("region", text)


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def load_rows(ctx: AppContext) -> list[RegionRow]:
    """Runs in the background."""
    services = ctx.services
    return services.region.rows(date.today(), imported=services.status_files.imported_rows())


class RegionModel(RowTableModel[RegionRow]):
    COLUMNS = (
        "name",
        "todo",
        "dpi",
        "without_reader",
        "unknown",
        "without_notification",
        "check",
        "review",
        "read",
        "routine",
    )

    def __init__(self) -> None:
        super().__init__([
            tr("Kommune"), tr("Hva må gjøres først"), tr("DPI-oppsett"), tr("Uten leser"),
            tr("Ukjent"), tr("Uten varsling"), tr("Siste kontroll"), tr("Gjennomgang"),
            tr("Lest fra Altinn"), tr("Fast kontroll")])  # fmt: skip
        self.today = date.today()

    def cell_text(self, row: RegionRow, column: str) -> str:
        if column == "name":
            return (
                row.name
                if row.source != SOURCE_FILE
                else tr("{name} (statusfil)").format(name=row.name)
            )
        if column == "dpi":
            return f"{row.dpi_done}/{row.dpi_total}, " + (
                tr("KS lest tilbake") if row.ks_read_back else tr("KS ikke lest")
            )
        if column == "unknown":
            return str(row.reader_unknown)
        if column == "check":
            return check_text(row)
        if column == "review":
            return review_text(row)
        if column == "read":
            return local_date(row.altinn_read_newest) or tr("Aldri")
        if column == "routine":
            return row.routine or tr("Ingen")
        if column == "todo":
            found = needs(row, self.today)
            return found[0][1] if found else tr("Ingenting å gjøre")
        return super().cell_text(row, column)  # the counts: without_reader, without_notification

    def role_data(self, row: RegionRow, column: str, role: int) -> Any:
        if role == SORT_ROLE:
            return {
                "name": row.name.casefold(),
                "dpi": row.dpi_done + (0.5 if row.ks_read_back else 0),
                "without_reader": row.without_reader,
                "unknown": row.reader_unknown,
                "without_notification": row.without_notification,
                "check": row.last_check_at or "",
                "review": row.review_next or "9999",
                "read": row.altinn_read_newest or "",
                "routine": row.routine,
                "todo": {"bad": 0, "warn": 1, "ok": 2}[severity(row, self.today)],
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            level = severity(row, self.today)
            if (
                column == "todo"
                or (column == "without_reader" and row.without_reader)
                or (column == "check" and row.last_check_at_risk)
            ):
                return QBrush(QColor(STATUS_COLOURS[level]))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{row.name}, org.nr {format_orgnr(row.orgnr)}", source_text(row)]
            lines += [text for _page, text in needs(row, self.today)]
            if row.altinn_read_oldest and row.altinn_read_oldest != row.altinn_read_newest:
                lines.append(
                    tr("Eldste lesing fra Altinn: {d}").format(d=local_date(row.altinn_read_oldest))
                )
            if row.source == SOURCE_FILE:
                lines.append(tr("Fingeravtrykk: {f}").format(f=row.fingerprint))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.cell_text(row, column)
        return None


class RegionProxy(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.wanted = Filter()
        self.setSortRole(SORT_ROLE)

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RegionModel)
        return self.wanted.keep(model.rows[source_row], model.today)

"""Logg: every confirmed action, checked for tampering, filterable and exportable."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.audit import ACTION_LABELS, AuditEntry, AuditProblem
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import plain_tooltip, rich
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("audit_log", text)


@dataclass(frozen=True)
class AuditSnapshot:
    entries: list[AuditEntry]
    problems: list[AuditProblem]
    seal: str = ""  # what the log can prove here (sealed or not), bokmål


def load_audit(ctx: AppContext) -> AuditSnapshot:
    return AuditSnapshot(ctx.audit.entries(), ctx.audit.verify(), ctx.audit.seal().message)


def format_details(details: dict | None) -> str:
    """``{"øvingsdata": True, "fil": "x.csv"}`` → ``øvingsdata: ja, fil: x.csv``."""

    def value(v: object) -> str:
        if isinstance(v, bool):
            return tr("ja") if v else tr("nei")
        return str(v)

    return ", ".join(f"{k}: {value(v)}" for k, v in (details or {}).items())


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return iso


ALL_ACTIONS = "__alle__"


class ExportError(Exception):
    """A file could not be written; the message says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message_nb = message


class AuditFilter(QSortFilterProxyModel):
    """Free text over the visible columns, one action, and optionally one workspace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._action: str | None = None
        self._workspace_only = False
        self._workspace_id: int | None = None

    def set_filters(
        self, text: str, action: str | None, workspace_id: int | None, workspace_only: bool
    ) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self._action = None if action in (None, ALL_ACTIONS) else action
        self._workspace_id = workspace_id
        self._workspace_only = workspace_only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        if self._action is not None and (
            model.index(row, 4, parent).data(Qt.ItemDataRole.UserRole) != self._action
        ):
            return False
        if self._workspace_only and (
            model.index(row, 0, parent).data(Qt.ItemDataRole.UserRole) != self._workspace_id
        ):
            return False
        if self._text:
            return any(
                self._text in str(model.index(row, col, parent).data() or "").casefold()
                for col in range(1, 6)
            )
        return True


class AuditLogView(QWidget):
    ALL = ALL_ACTIONS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.snapshot = AuditSnapshot([], [])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        page_header(
            layout,
            tr("Logg"),
            tr(
                "Alt du bekrefter i Postvakt skrives her, med tid, bruker og arbeidsflate. "
                "Oppføringene er lenket sammen og forseglet med en nøkkel i nøkkelringen på "
                "denne maskinen, så en endret eller slettet oppføring blir oppdaget. Loggen "
                "kan ikke alene vise at noen har fjernet de nyeste oppføringene eller lagt "
                "tilbake en eldre kopi av hele filen. Det viser kontrollpunktet i en eksportert "
                "fil: postvakt-cli audit verify --mot FIL. Uten nøkkelring er loggen ikke "
                "forseglet, og da kan den som har tilgang til filen, skrive den om."
            ),
        )
        self.status = rich(QLabel())  # every value in it is escaped
        self.status.setWordWrap(True)
        self.status.setObjectName("auditStatus")
        layout.addWidget(self.status)

        bar = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Søk i loggen …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Søk i loggen"))
        self.action_filter = QComboBox()
        self.action_filter.setAccessibleName(tr("Vis bare handling"))
        self.scope = QComboBox()
        self.scope.addItem(tr("Alle arbeidsflater"), "alle")
        self.scope.addItem(tr("Bare denne arbeidsflaten"), "denne")
        self.export_button = QPushButton(tr("Eksporter til CSV …"))
        self.refresh_button = QPushButton(tr("Kontroller på nytt"))
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.action_filter, 1)
        bar.addWidget(self.scope, 1)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Nr."), tr("Tid"), tr("Bruker"), tr("Arbeidsflate"), tr("Handling"), tr("Detaljer")]
        )
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Loggoppføringer"))
        layout.addWidget(self.table, 1)

        self.filter.textChanged.connect(self._apply_filters)
        self.action_filter.currentIndexChanged.connect(self._apply_filters)
        self.scope.currentIndexChanged.connect(self._apply_filters)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export)
        ctx.audit_changed.connect(self.reload)
        ctx.workspace_changed.connect(lambda _ws: self._apply_filters())
        self.reload()

    # -- data ------------------------------------------------------------------------
    def reload(self) -> None:
        self.ctx.run(
            load_audit,
            self.ctx,
            pass_state=False,
            owner=self,
            latest="reload",
            on_result=self._show,
        )  # newest wins: an older answer is dropped

    def _show(self, snapshot: AuditSnapshot) -> None:
        self.snapshot = snapshot
        bad = {p.seq: p for p in snapshot.problems}
        self.model.removeRows(0, self.model.rowCount())
        actions: set[str] = set()
        for entry in snapshot.entries:
            actions.add(entry.action)
            details = format_details(entry.details)
            cells = [
                QStandardItem(),
                QStandardItem(_local_time(entry.at)),
                QStandardItem(entry.user),
                QStandardItem(entry.workspace_name or ""),
                QStandardItem(dtr(ACTION_LABELS.get(entry.action, entry.action))),
                QStandardItem(details),
            ]
            cells[0].setData(entry.seq, Qt.ItemDataRole.DisplayRole)
            cells[0].setData(entry.workspace_id, Qt.ItemDataRole.UserRole)
            cells[4].setData(entry.action, Qt.ItemDataRole.UserRole)
            if entry.seq in bad:
                for cell in cells:
                    cell.setBackground(QBrush(QColor("#f9d6d3")))
                    cell.setToolTip(plain_tooltip(bad[entry.seq].message))
            self.model.appendRow(cells)
        self._fill_actions(actions)
        self._show_status()
        self._apply_filters()
        self.table.resizeColumnsToContents()

    def _fill_actions(self, actions: set[str]) -> None:
        current = self.action_filter.currentData()
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(tr("Alle handlinger"), self.ALL)
        for action in sorted(actions, key=lambda a: dtr(ACTION_LABELS.get(a, a))):
            self.action_filter.addItem(dtr(ACTION_LABELS.get(action, action)), action)
        index = self.action_filter.findData(current)
        self.action_filter.setCurrentIndex(max(index, 0))
        self.action_filter.blockSignals(False)

    def _show_status(self) -> None:
        problems = self.snapshot.problems
        if problems:
            lines = "".join(f"<li>{html.escape(p.message)}</li>" for p in problems[:10])
            more = len(problems) - 10
            if more > 0:
                lines += "<li>" + tr("… og {n} til.").format(n=more) + "</li>"
            self.status.setText(
                "<b>"
                + tr("Loggen er ikke hel: noen har endret eller slettet oppføringer.")
                + "</b><ul>"
                + lines
                + "</ul>"
                + tr("Ta vare på en kopi av databasen og si fra til IT-avdelingen.")
            )
            self.status.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        else:
            n = len(self.snapshot.entries)
            if n == 0:
                text = tr("Loggen er tom ennå.")
            elif n == 1:
                text = tr("Loggen er hel: oppføringen er kontrollert og uendret.")
            else:
                text = tr("Loggen er hel: alle {n} oppføringene er kontrollert og uendret.").format(
                    n=n
                )
            self.status.setText(" ".join(t for t in (text, dtr(self.snapshot.seal)) if t))
            self.status.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")

    # -- filtering -------------------------------------------------------------------
    def _apply_filters(self) -> None:
        # With no workspace chosen, "only this workspace" matches nothing rather than the
        # entries that belong to no workspace.
        self.proxy.set_filters(
            self.filter.text(),
            self.action_filter.currentData(),
            self.ctx.workspace.id if self.ctx.workspace else -1,
            self.scope.currentData() == "denne",
        )

    def visible_entries(self) -> list[AuditEntry]:
        by_seq = {e.seq: e for e in self.snapshot.entries}
        return [
            by_seq[self.proxy.index(row, 0).data(Qt.ItemDataRole.DisplayRole)]
            for row in range(self.proxy.rowCount())
        ]

    # -- export ----------------------------------------------------------------------
    def ask_export(self) -> None:
        default = str(Path.home() / f"postvakt-logg-{datetime.now():%Y-%m-%d}.csv")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Eksporter loggen"), default, tr("CSV for Excel (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        entries = self.visible_entries()

        def done(_result: object) -> None:
            dialogs.inform(
                self,
                tr("Loggen er eksportert"),
                (
                    tr("Én oppføring er lagret i {path}.")
                    if len(entries) == 1
                    else tr("{n} oppføringer er lagret i {path}.")
                ).format(n=len(entries), path=path),
            )

        def export() -> int:
            try:
                return self.ctx.audit.export_recorded(path, entries)
            except OSError:
                raise ExportError(
                    tr(
                        "Loggen ble ikke lagret i {path}. Velg en mappe du kan skrive i (for "
                        "eksempel Dokumenter) og prøv igjen."
                    ).format(path=path)
                ) from None

        self.ctx.run(
            export, pass_state=False, on_result=done, on_error=lambda e: dialogs.show_error(self, e)
        )


def details_json(entry: AuditEntry) -> str:
    return json.dumps(entry.details, ensure_ascii=False)

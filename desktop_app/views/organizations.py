"""Virksomheter: the org numbers of the current workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import OrgUnit, Workspace, org_form_label, sort_units
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.widgets import not_ready_notice, page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


class OrganizationsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        page_header(
            layout,
            tr("Virksomheter"),
            tr("Alle organisasjonsnumrene i kommunen: kommunen selv, organisasjonsleddene og "
               "underenhetene. Hvert av dem trenger en som kan lese taushetsbelagt post."),
        )
        layout.addWidget(not_ready_notice(
            tr("Henting fra Enhetsregisteret og registrering for hånd er ikke klart ennå. "
               "Listen under viser det som er lagret i arbeidsflaten.")
        ))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filtrer på navn eller org.nr …"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filtrer virksomheter"))
        layout.addWidget(self.filter)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [tr("Org.nr"), tr("Navn"), tr("Type"), tr("Hører til")]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Keep the natural order (the municipality first) until the user sorts.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(tr("Virksomheter i arbeidsflaten"))
        layout.addWidget(self.table, 1)

        ctx.workspace_changed.connect(self.reload)
        self.reload(ctx.workspace)

    def reload(self, workspace: Workspace | None) -> None:
        if workspace is None:
            self._fill([])
            return
        self.ctx.run(self.ctx.workspaces.list_org_units, workspace.id, pass_state=False,
                     on_result=lambda units: self._fill(units, workspace.id))

    def _fill(self, units: list[OrgUnit], workspace_id: int | None = None) -> None:
        current = self.ctx.workspace
        if workspace_id is not None and (current is None or current.id != workspace_id):
            return  # the user has moved on to another workspace meanwhile
        self.model.removeRows(0, self.model.rowCount())
        for unit in sort_units(units):
            name = unit.name + (tr(" (slettet)") if unit.deleted else "")
            row = [
                QStandardItem(format_orgnr(unit.orgnr)),
                QStandardItem(name),
                QStandardItem(dtr(org_form_label(unit.org_form))),
                QStandardItem(format_orgnr(unit.parent_orgnr) if unit.parent_orgnr else ""),
            ]
            self.model.appendRow(row)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

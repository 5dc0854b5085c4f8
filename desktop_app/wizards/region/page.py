"""Regionoversikt: every municipality as one row (this machine's workspaces and imported
status files), sortable and filterable, saved as Excel or PDF; a row opens its workspace at
the page that needs work. The rows come from :mod:`desktop_app.services.region`; this page
only shows them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import local_date
from desktop_app.services.region import (
    PAGE_OVERVIEW,
    SOURCE_FILE,
    Filter,
    RegionRow,
    needs,
    page_for,
)
from desktop_app.views import dialogs
from desktop_app.views.columns import fit_columns
from desktop_app.views.context import AppContext
from desktop_app.views.freshness import Freshness
from desktop_app.views.printing import print_button
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import button_row, page_header
from desktop_app.wizards.region.file_actions import FileActions
from desktop_app.wizards.region.rows import RegionModel, RegionProxy, load_rows


def tr(text: str) -> str:
    return QCoreApplication.translate("region", text)


class RegionPage(FileActions, QWidget):
    navigate = Signal(str)  # the page key to show (after the workspace is chosen)
    rows_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        page_header(
            layout,
            tr("Regionoversikt"),
            tr(
                "Alle kommunene som én rad: DPI-oppsett, taushetsbelagt post, varsling, siste "
                "kontroll av uåpnet post og gjennomgang av tilgangene. Bare antall og datoer, ingen "
                "personopplysninger. «Ukjent» betyr ikke lest fra Altinn, ikke at noe er galt. "
                "Dobbeltklikk en rad for å gå dit det må gjøres noe."
            ),
        )

        tools = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Søk etter kommune eller org.nr"))
        self.search.setAccessibleName(tr("Søk i regionoversikten"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        tools.addWidget(self.search, 2)
        self.only_work = QCheckBox(tr("Bare de med noe å gjøre"))
        self.only_work.toggled.connect(self._filter_changed)
        tools.addWidget(self.only_work)
        tools.addStretch(1)
        layout.addLayout(tools)
        files = QHBoxLayout()  # a row of its own, so the page reflows at large text sizes
        self.import_button = QPushButton(tr("&Hent inn statusfil …"))
        self.import_button.setToolTip(tr("En statusfil fra en kommune som har sin egen Postvakt."))
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(tr("&Lag statusfil …"))
        self.export_button.setToolTip(
            tr("Statusen for arbeidsflaten som er valgt, til koordinatoren i regionen.")
        )
        self.export_button.clicked.connect(self.ask_export_status)
        for button in (self.import_button, self.export_button):
            files.addWidget(button)
        files.addStretch(1)
        layout.addLayout(files)

        self.model = RegionModel()
        self.proxy = RegionProxy()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Kommunene i regionen"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegionModel.COLUMNS.index("todo"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        todo = RegionModel.COLUMNS.index("todo")
        header.setSectionResizeMode(todo, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(todo, 330)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        fit_columns(self.table, (0, todo))
        self.table.activated.connect(self.open_row)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.status)
        self.own_key = QLabel()
        self.own_key.setWordWrap(True)
        self.own_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_key.setAccessibleName(tr("Fingeravtrykket til denne maskinens statusnøkkel"))
        self.own_key.hide()
        layout.addWidget(self.own_key)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Å&pne der det må gjøres noe"))
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex()))
        self.routine_button = QPushButton(tr("&Fast kontroll …"))
        self.routine_button.setToolTip(
            tr(
                "Planlegg kontrollen av uåpnet post for kommunen, så "
                "den kjører av seg selv også når Postvakt er lukket."
            )
        )
        self.routine_button.clicked.connect(self.open_routine)
        self.remove_button = QPushButton(tr("Fjern statusfilen"))
        self.remove_button.clicked.connect(self.ask_remove)
        self.xlsx_button = QPushButton(tr("Lagre som &Excel …"))
        self.xlsx_button.clicked.connect(lambda: self.ask_save(".xlsx"))
        self.pdf_button = QPushButton(tr("Lagre som P&DF …"))
        self.pdf_button.clicked.connect(lambda: self.ask_save(".pdf"))
        for button in (self.open_button, self.routine_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.print_button = print_button(self.printable, self, ctx)
        # a row of its own, stacked when it does not fit
        layout.addWidget(button_row(self.xlsx_button, self.pdf_button, self.print_button))

        ctx.workspaces_changed.connect(self.refresh)
        # Every workspace is a row: a change to any of them reads the rows again (at once while
        # shown, else when shown next), not every show.
        self.freshness = Freshness(self, ctx, None, self.refresh, live=True, all_workspaces=True)
        self._selection_changed()
        self.refresh()

    # -- rows ----------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        self.freshness.read()
        from desktop_app.services.status_file import StatusFileError, own_fingerprint

        def fingerprint() -> str | None:  # the keyring may be slow: in the background
            try:
                return own_fingerprint(create=False)
            except StatusFileError:
                return None

        self.ctx.run(
            fingerprint,
            pass_state=False,
            owner=self,
            on_result=self._show_own_key,
            on_error=lambda _exc: self.own_key.hide(),
        )
        self.ctx.run(
            load_rows,
            self.ctx,
            pass_state=False,
            owner=self,
            latest="rows",  # newest wins: older rows (or their error) never arrive
            on_result=self._fill,
            error_title=tr("Regionoversikten kunne ikke lages"),
        )

    def _fill(self, rows: list[RegionRow]) -> None:
        chosen = self.selected_row()
        self.model.today = date.today()
        self.model.set_rows(rows)
        if chosen is not None:
            for i in range(self.proxy.rowCount()):
                row = self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                if row.key == chosen.key:
                    self.table.selectRow(i)
        self._show_count()
        self._selection_changed()
        self.rows_shown.emit()

    def _show_own_key(self, fingerprint: str | None) -> None:
        self.own_key.setVisible(bool(fingerprint))
        if fingerprint:
            self.own_key.setText(
                tr(
                    "Statusfilene fra denne maskinen er signert med nøkkelen med fingeravtrykk "
                    "<b>{fp}</b>. Les det opp for koordinatoren når de spør."
                ).format(fp=fingerprint)
            )

    def _show_count(self) -> None:
        total, shown = len(self.model.rows), self.proxy.rowCount()
        work = sum(1 for r in self.model.rows if needs(r, self.model.today))
        if not total:
            text = tr("Ingen kommuner ennå. Lag en arbeidsflate, eller hent inn en statusfil.")
        else:
            text = tr("{shown} av {total} kommuner vises. {work} har noe som må gjøres.").format(
                shown=shown, total=total, work=work
            )
        self.status.setText(text)

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.beginFilterChange()
        self.proxy.wanted = Filter(
            text=self.search.text(), only_needing_work=self.only_work.isChecked()
        )
        self.proxy.endFilterChange()
        self._show_count()

    def selected_row(self) -> RegionRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected_row()
        local = row is not None and row.source != SOURCE_FILE
        self.open_button.setEnabled(local)
        self.routine_button.setEnabled(local and not (row is not None and row.is_demo))
        self.remove_button.setVisible(row is not None and row.source == SOURCE_FILE)
        self.export_button.setEnabled(
            self.ctx.workspace is not None and not self.ctx.workspace.is_demo
        )

    # -- opening -------------------------------------------------------------------------
    def open_row(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        if row.source == SOURCE_FILE:
            dialogs.inform(
                self,
                row.name,
                tr(
                    "{name} kjører sin egen Postvakt. Det som må gjøres, gjøres der:\n\n{todo}\n\n"
                    "Statusfilen ble laget {made}. Fingeravtrykk: {fp}."
                ).format(
                    name=row.name,
                    todo="\n".join(t for _p, t in needs(row, self.model.today)) or tr("Ingenting."),
                    made=local_date(row.made_at),
                    fp=row.fingerprint,
                ),
            )
            return
        workspace = self.ctx.workspaces.get_workspace(row.workspace_id or 0)
        if workspace is None:
            self.refresh()
            return
        key = page_for(row, self.model.today)
        self.ctx.set_workspace(workspace)
        self.ctx.workspaces_changed.emit()
        self.navigate.emit(key if key != PAGE_OVERVIEW else "oversikt")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._selection_changed()

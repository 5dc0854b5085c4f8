"""Rapporter: the saved checks of unopened confidential post, their history, and review.

Top: the workspace's saved runs (date, file, risk answer, counts) and a chart of letters at
risk over time. Below: the opened run or report with every letter in a
:class:`~desktop_app.views.shipments.ShipmentTable`, and export to Excel, CSV and a PDF
summary for the archive. Everything here works offline; the work runs on the pool with
progress and cancel (:class:`~desktop_app.services.unopened_check.UnopenedCheckService`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.domain.organizations import Workspace
from desktop_app.importers.svarut_export import ImportResult
from desktop_app.services.unopened_check import CheckOutcome, UnopenedCheckService, run_moment
from desktop_app.storage.runs import CheckRun
from desktop_app.views.column_mapping import ColumnMappingDialog
from desktop_app.views.context import AppContext
from desktop_app.views.freshness import Freshness
from desktop_app.views.plain_text import plain_tooltip, rich
from desktop_app.views.printing import print_button
from desktop_app.views.shipments import ShipmentTable
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import button_row, page_header
from desktop_app.wizards.unopened.history_chart import HistoryChart
from desktop_app.wizards.unopened.report_actions import ReportActions
from desktop_app.wizards.unopened.report_parts import (
    answer_label,
    answer_short,
    before_and_after,
    local_text,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportsPage(ReportActions, QWidget):
    """Saved runs, history and the review of one run or report."""

    report_shown = Signal()  # a run or report is on screen (or failed to open)
    runs_shown = Signal()

    RUN_COLUMNS = 6

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.followup = ctx.services.followup  # remembers the columns of files
        self.service: UnopenedCheckService = self.followup.check
        self.runs: list[CheckRun] = []
        # The report file last opened (or being opened), and what reading it found (its
        # headers and the columns used), for the column dialog.
        self._file: Path | None = None
        self._file_read: ImportResult | None = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self.outcome: CheckOutcome | None = None
        self._task = None
        self._exporting = False

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        page_header(
            outer,
            tr("Rapporter"),
            tr(
                "Kontrollene av uåpnet taushetsbelagt post som er lagret, med utviklingen over "
                "tid. Åpne en kontroll for å se alle brevene, eller åpne en rapport fra SvarUt "
                "direkte. Alt her virker uten nett."
            ),
        )

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_runs())
        splitter.addWidget(self._build_report())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 520])
        outer.addWidget(splitter, 1)

        ctx.workspace_changed.connect(self._workspace_changed)
        # A check saved, refreshed or exported anywhere: the list reads again (at once while
        # shown); a change to another flow leaves it alone.
        self.freshness = Freshness(self, ctx, ("unopened",), self.refresh_runs, live=True)
        self.refresh_runs()
        self._show_outcome(None)

    # -- building ----------------------------------------------------------------------
    def _build_runs(self) -> QWidget:
        panel = QWidget()
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 6)

        left = QVBoxLayout()
        heading = rich(QLabel(tr("<b>Lagrede kontroller</b>")))
        left.addWidget(heading)
        self.runs_table = QTableWidget(0, self.RUN_COLUMNS)
        self.runs_table.setHorizontalHeaderLabels([
            tr("Dato"), tr("Fil"), tr("Utskrift"), tr("I faresonen"),
            tr("Virksomheter"), tr("Rader")])  # fmt: skip
        self.runs_table.setAccessibleName(tr("Lagrede kontroller"))
        self.runs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runs_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runs_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runs_table.verticalHeader().setVisible(False)
        self.runs_table.verticalHeader().setDefaultSectionSize(
            self.runs_table.fontMetrics().height() + 8
        )
        self.runs_table.setWordWrap(False)
        self.runs_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.runs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.runs_table.itemActivated.connect(lambda _item: self.open_selected())  # Enter too
        self.runs_table.itemSelectionChanged.connect(self._run_selection_changed)
        left.addWidget(self.runs_table, 1)
        self.runs_status = QLabel()
        self.runs_status.setWordWrap(True)
        self.runs_status.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        left.addWidget(self.runs_status)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Å&pne kontrollen"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.file_button = QPushButton(tr("Åpne &rapport …"))
        self.file_button.setToolTip(
            tr(
                "Se gjennom en eksport fra SvarUt (CSV eller Excel) uten "
                "å lagre den som en kontroll."
            )
        )
        self.file_button.clicked.connect(self.ask_open_file)
        self.mapping_button = QPushButton(tr("Velg &kolonner …"))
        self.mapping_button.setToolTip(
            tr(
                "Velg hvilken kolonne i rapportfilen som er hva. "
                "Valget huskes for filer med de samme kolonnene."
            )
        )
        self.mapping_button.clicked.connect(self.ask_mapping)
        self.mapping_button.hide()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.mapping_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        layout.addLayout(left, 5)

        self.chart = HistoryChart()
        self.chart.setMinimumWidth(300)
        layout.addWidget(self.chart, 3)
        return panel

    def _build_report(self) -> QWidget:
        panel = QFrame()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.progress.setAccessibleName(tr("Framdrift"))
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress_label, 1)
        progress_row.addWidget(self.progress)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self._set_busy(False)

        head = QHBoxLayout()
        self.summary = rich(QLabel())  # every value in it is escaped
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        self.xlsx_button = QPushButton(tr("Lagre som &Excel …"))
        self.csv_button = QPushButton(tr("Lagre som &CSV …"))
        self.pdf_button = QPushButton(tr("Lagre &PDF-sammendrag …"))
        self.pdf_button.setToolTip(
            tr(
                "Et sammendrag for arkivet: tall, svar og virksomheter, "
                "uten brevtitler og personopplysninger."
            )
        )
        self.xlsx_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.ask_export(".csv"))
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.print_button = print_button(self.printable, self, self.ctx)
        self.print_button.setEnabled(False)
        layout.addLayout(head)
        # a row of its own (the summary keeps its width at large text), stacked when narrow
        layout.addWidget(
            button_row(self.xlsx_button, self.csv_button, self.pdf_button, self.print_button)
        )
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.notes)

        self.table = ShipmentTable(self.ctx, "rapporter")
        layout.addWidget(self.table, 1)
        return panel

    # -- saved runs --------------------------------------------------------------------
    def _workspace_changed(self, workspace: Workspace | None) -> None:
        """Another municipality: its own runs, and nothing of the other one left on screen."""
        shown = self.outcome
        if shown is not None and (workspace is None or shown.workspace.id != workspace.id):
            self.table.set_letters([])
            self._show_outcome(None)
        self.refresh_runs()

    def refresh_runs(self) -> None:
        self.freshness.read()
        workspace = self.ctx.workspace
        if workspace is None:
            self.ctx.drop_latest("runs", owner=self)  # an older list is no longer wanted
            self._fill_runs([])
            return
        self.ctx.run(
            self.service.list_runs,
            workspace.id,
            pass_state=False,
            owner=self,
            latest="runs",  # newest wins: an older list (or its error) never arrives
            on_result=self._fill_runs,
            error_title=tr("Kontrollene kunne ikke hentes"),
        )

    def _fill_runs(self, runs: list[CheckRun]) -> None:
        selected = self.selected_run()
        self.runs = runs
        table = self.runs_table
        table.setRowCount(len(runs))
        for row, run in enumerate(runs):
            values = [
                local_text(run_moment(run)),
                run.source_name,
                answer_short(run.risk_answer),
                count_text(run.at_risk_count),
                count_text(run.recipients_at_risk),
                count_text(run.rows_read),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 3 and run.at_risk_count:
                    item.setForeground(QColor(STATUS_COLOURS["bad"]))
                if column == 3 and run.at_risk_before is not None:
                    item.setToolTip(before_and_after(run))
                if column == 2:
                    item.setToolTip(answer_label(run.risk_answer))
                if column == 1:
                    item.setToolTip(plain_tooltip(run.source_name))
                item.setData(Qt.ItemDataRole.UserRole, run.id)
                table.setItem(row, column, item)
            if selected is not None and run.id == selected.id:
                table.selectRow(row)
        self.chart.set_runs(list(reversed(runs)))
        if self.ctx.workspace is None:
            self.runs_status.setText(tr("Velg en arbeidsflate for å se kontrollene."))
        elif not runs:
            self.runs_status.setText(
                tr(
                    "Ingen lagrede kontroller ennå. Kjør veiviseren «Uåpnet "
                    "post», eller åpne en rapport fra SvarUt."
                )
            )
        else:
            self.runs_status.setText(tr("Dobbeltklikk en kontroll for å se brevene."))
        self._run_selection_changed()
        self.runs_shown.emit()

    def selected_run(self) -> CheckRun | None:
        rows = self.runs_table.selectionModel().selectedRows() if self.runs else []
        if not rows or rows[0].row() >= len(self.runs):
            return None
        return self.runs[rows[0].row()]

    def _run_selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_run() is not None and self._task is None)

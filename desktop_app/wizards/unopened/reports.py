"""Rapporter: the saved checks of unopened confidential post, their history, and review.

Top: the workspace's saved runs (date, file, risk answer, counts) and a chart of letters at
risk over time. Below: the opened run or report with every letter in a
:class:`~desktop_app.views.shipments.ShipmentTable`, and export to Excel, CSV and a PDF
summary for the archive. Everything here works offline; the work runs on the pool with
progress and cancel (:class:`~desktop_app.services.unopened_check.UnopenedCheckService`).
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.domain.organizations import Workspace
from desktop_app.domain.svarut import OSLO
from desktop_app.importers.svarut_export import ImportResult
from desktop_app.services.unopened_check import (
    CheckError,
    CheckOutcome,
    UnopenedCheckService,
    run_moment,
)
from desktop_app.services.unopened_followup import UnopenedFollowupService
from desktop_app.storage.runs import CheckRun
from desktop_app.views import dialogs
from desktop_app.views.column_mapping import ColumnMappingDialog, ask_columns
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.freshness import Freshness
from desktop_app.views.pdf import write_pdf
from desktop_app.views.plain_text import plain_tooltip, rich
from desktop_app.views.shipments import Labels, PreparedLetters, ShipmentTable, prepare_letters
from desktop_app.views.style import CHART_AXIS, CHART_GRID, STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def _local(moment: datetime | None, with_time: bool = True) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(OSLO)
    if not with_time:
        return local.strftime("%d.%m.%Y")
    return tr("{date} kl. {time}").format(
        date=local.strftime("%d.%m.%Y"), time=local.strftime("%H.%M")
    )


def answer_label(answer: str) -> str:
    return {
        "1a": tr("1a: bare digitalt"),
        "1b": tr("1b: skrives ut hvis uåpnet"),
    }.get(answer, tr("ukjent"))


def before_and_after(run: CheckRun) -> str:
    """A check whose statuses were fetched from SvarUt after the import: what it found
    before and after (one check, two steps)."""
    return tr("{before} før status ble hentet fra SvarUt, {after} etter").format(
        before=count_text(run.at_risk_before or 0), after=count_text(run.at_risk_count)
    )


def answer_short(answer: str) -> str:
    return answer if answer in ("1a", "1b") else tr("Ukjent")


# --- Work on the pool -----------------------------------------------------------------------------


def _open_run(
    state: TaskState, service: UnopenedCheckService, run_id: int, labels: Labels
) -> tuple[CheckOutcome, PreparedLetters]:
    outcome = service.load_run(run_id, state)
    state.check()
    return outcome, prepare_letters(outcome.letters, labels)


def _open_file(
    state: TaskState,
    service: UnopenedFollowupService,
    workspace: Workspace,
    path: Path,
    answer: str | None,
    mapping: dict[str, str | None] | None,
    labels: Labels,
) -> tuple[CheckOutcome, PreparedLetters]:
    outcome = service.review_file(state, workspace, path, answer, mapping)
    state.check()
    return outcome, prepare_letters(outcome.letters, labels)


def _write_summary(
    service: UnopenedCheckService, outcome: CheckOutcome, path: Path, title: str
) -> Path:
    return service.export_summary(
        outcome, path, lambda html, target: write_pdf(html, target, title=title)
    )


# --- History chart --------------------------------------------------------------------------------


class HistoryChart(QWidget):
    """Letters at risk per saved run, oldest to the left. Hover a bar for the numbers."""

    BAR_COLOUR = QColor(STATUS_COLOURS["bad"])  # 6.5:1 on the white plot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[CheckRun] = []
        self.setMinimumHeight(150)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Brev i faresonen over tid"))

    def sizeHint(self) -> QSize:
        return QSize(420, max(190, 8 * self.fontMetrics().height()))

    def set_runs(self, runs: list[CheckRun]) -> None:
        """``runs`` oldest first."""
        self.runs = list(runs)
        if runs:
            last = runs[-1]
            self.setAccessibleDescription(
                tr("{n} kontroller. Den siste, {date}, fant {count} brev i faresonen.").format(
                    n=len(runs),
                    date=_local(run_moment(last), False),
                    count=count_text(last.at_risk_count),
                )
            )
        else:
            self.setAccessibleDescription(tr("Ingen kontroller ennå."))
        self.update()

    def _plot(self) -> QRectF:
        # room for the title, the values over the bars and the dates, in the user's font size
        line = self.fontMetrics().height()
        left = self.fontMetrics().horizontalAdvance("00000") + 8
        top = 2 * line + 14
        return QRectF(
            left, top, max(self.width() - left - 12, 10), max(self.height() - top - line - 10, 10)
        )

    def _run_at(self, x: float) -> CheckRun | None:
        plot = self._plot()
        if not self.runs or not plot.left() <= x <= plot.right():
            return None
        slot = plot.width() / len(self.runs)
        return self.runs[min(int((x - plot.left()) / slot), len(self.runs) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            run = self._run_at(event.pos().x())  # type: ignore[attr-defined]
            if run is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    tr(  # type: ignore[attr-defined]
                        "{date}: {count} brev i faresonen hos {recipients} virksomheter ({file})"
                    ).format(
                        date=_local(run_moment(run)),
                        count=count_text(run.at_risk_count),
                        recipients=count_text(run.recipients_at_risk),
                        file=run.source_name,
                    )
                    + ("" if run.at_risk_before is None else f"\n{before_and_after(run)}"),
                    self,
                )
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor(CHART_GRID)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        line = painter.fontMetrics().height()
        painter.drawText(
            QRectF(10, 4, self.width() - 20, line + 4),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("Brev i faresonen per kontroll"),
        )
        if not self.runs:
            painter.drawText(
                self.rect().adjusted(12, 24, -12, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                tr(
                    "Ingen kontroller ennå. Når kontrollen av uåpnet post er kjørt, "
                    "ser du utviklingen her."
                ),
            )
            return
        plot = self._plot()
        peak = max(r.at_risk_count for r in self.runs) or 1
        slot = plot.width() / len(self.runs)
        bar = min(max(slot * 0.6, 2.0), 36.0)
        metrics = painter.fontMetrics()

        painter.setPen(QPen(QColor(CHART_AXIS)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(0, plot.top() - line / 2, plot.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text(peak),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - line / 2, plot.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        show_values = slot >= metrics.horizontalAdvance("00000") + 4
        for i, run in enumerate(self.runs):
            x = plot.left() + i * slot + (slot - bar) / 2
            h = plot.height() * run.at_risk_count / peak
            if run.at_risk_count:
                h = max(h, 2.0)
            painter.fillRect(QRectF(x, plot.bottom() - h, bar, h), self.BAR_COLOUR)
            if show_values:
                painter.drawText(
                    QRectF(x - 20, plot.bottom() - h - line - 1, bar + 40, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    count_text(run.at_risk_count),
                )
        label_width = metrics.horizontalAdvance("00.00.0000") + 10
        step = max(1, int(label_width / slot) + 1)
        for i in range(0, len(self.runs), step):
            x = plot.left() + i * slot + slot / 2
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 3, label_width, line),
                Qt.AlignmentFlag.AlignHCenter,
                _local(run_moment(self.runs[i]), False),
            )


# --- The page ------------------------------------------------------------------------------------


class ReportsPage(QWidget):
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
        layout.addLayout(head)
        exports = QHBoxLayout()  # a row of its own: the summary keeps its width at large text
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            exports.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        exports.addStretch(1)
        layout.addLayout(exports)
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
                _local(run_moment(run)),
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

    # -- opening -----------------------------------------------------------------------
    def open_selected(self) -> None:
        run = self.selected_run()
        if run is not None and run.id is not None:
            self.open_run(run.id)

    def open_run(self, run_id: int) -> None:
        if self._task is not None:
            return
        self._start(tr("Åpner kontrollen …"), _open_run, self.service, run_id, Labels.current())

    def ask_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Åpne rapport fra SvarUt"),
            str(Path.home()),
            tr("Eksport fra SvarUt (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path, mapping: dict[str, str | None] | None = None) -> None:
        """Read a report file for review. ``mapping``: the columns the user chose; without
        it, the columns remembered for files with the same headers, else the known names."""
        if self._task is not None:
            return
        workspace = self.ctx.workspace
        if workspace is None:
            dialogs.warn(
                self,
                tr("Velg en arbeidsflate"),
                tr("Velg eller lag en arbeidsflate øverst før du åpner en rapport."),
            )
            return
        # The municipality's answer from its latest saved check (a setting that seldom
        # changes); without one, unknown.
        answer = self.runs[0].risk_answer if self.runs else None
        self._file, self._file_read = path, None
        self._start(
            tr("Leser «{name}» …").format(name=path.name),
            _open_file,
            self.followup,
            workspace,
            path,
            answer,
            mapping,
            Labels.current(),
        )

    # -- columns of a report file ------------------------------------------------------
    def ask_mapping(self) -> None:
        """The column dialog for the report file; on «Bruk og husk» the choice is saved for
        files with these headers and the file is read again with it."""
        path, imported = self._file, self._file_read
        if path is None or imported is None or self.mapping_dialog is not None:
            return
        self.mapping_dialog = ask_columns(
            self, self.ctx, self.followup, imported, lambda mapping: self.open_file(path, mapping)
        )
        self.mapping_dialog.finished.connect(self._mapping_closed)

    def _mapping_closed(self, *_result: object) -> None:
        self.mapping_dialog = None

    def _start(self, text: str, fn, *args) -> None:
        self._set_busy(True, text)

        def failed(exc: BaseException) -> None:
            imported = exc.import_result if isinstance(exc, CheckError) else None
            if imported is not None and imported.headers and self._file is not None:
                # The file is read, but Postvakt does not know which column is what: ask.
                self._file_read = imported
                self.progress_label.setText(
                    tr(
                        "Postvakt fant ikke alle kolonnene den trenger i «{name}». Velg hvilken "
                        "kolonne som er hva."
                    ).format(name=self._file.name)
                )
                self.progress_label.show()
                self.mapping_button.show()
                self.ask_mapping()
            else:
                dialogs.show_error(self, exc, tr("Rapporten kunne ikke åpnes"))
            self.report_shown.emit()

        def cancelled() -> None:
            self.progress_label.setText(tr("Avbrutt. Det som var åpent fra før, vises fortsatt."))

        def finished() -> None:
            self._task = None
            self._set_busy(False)
            self._run_selection_changed()

        self._task = self.ctx.run(
            fn,
            *args,
            on_result=self._opened,
            on_error=failed,
            on_progress=self._progress,
            on_cancelled=cancelled,
            on_finished=finished,
        )
        self._run_selection_changed()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress_label.setText(tr("Avbryter …"))

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if text:
            self.progress_label.setText(dtr(text))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.file_button.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)
            self.progress_label.setText(text)
        self.progress_label.setVisible(busy or bool(self.progress_label.text()))

    def _opened(self, result: tuple[CheckOutcome, PreparedLetters]) -> None:
        outcome, prepared = result
        self.progress_label.setText("")
        imported = outcome.import_result if outcome.run.id is None else None  # a report file
        self._file_read = imported
        # A report file with columns Postvakt does not know: the user may say what they are.
        self.mapping_button.setVisible(imported is not None and bool(imported.unknown_headers))
        self.table.set_letters(prepared)
        self._show_outcome(outcome)
        self.report_shown.emit()

    def _show_outcome(self, outcome: CheckOutcome | None) -> None:
        self.outcome = outcome
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(outcome is not None)
        if outcome is None:
            self.summary.setText(
                tr(
                    "Ingen kontroll er åpnet. Velg en kontroll over, eller åpne "
                    "en rapport fra SvarUt."
                )
            )
            self.notes.setText("")
            self.notes.setVisible(False)
            return
        run, result = outcome.run, outcome.result
        if run.id is None:
            where = tr("Rapport «{file}» (ikke lagret)").format(file=run.source_name)
        else:
            where = tr("Kontroll {date}, «{file}»").format(
                date=_local(run_moment(run)), file=run.source_name
            )
        if result.at_risk_count:
            finding = tr(
                "<span style='color:{colour}'><b>{count} brev i faresonen</b></span> "
                "hos {recipients} virksomheter"
            ).format(
                colour=STATUS_COLOURS["bad"],
                count=count_text(result.at_risk_count),
                recipients=count_text(len(result.groups)),
            )
        else:
            finding = tr(
                "<span style='color:{colour}'><b>Ingen brev i faresonen</b></span>"
            ).format(colour=STATUS_COLOURS["ok"])
        untied = len(result.untied)
        if untied:  # first: unopened letters without a recipient, so no all-clear
            letters = (
                tr("Ett uåpnet brev")
                if untied == 1
                else tr("{n} uåpnede brev").format(n=count_text(untied))
            )
            lead = tr(
                "<span style='color:{colour}'><b>{letters} kan ikke knyttes til en "
                "mottaker</b></span> (filen har ikke et gyldig organisasjonsnummer for "
                "dem), så kontrollen kan ikke si at alt er i orden"
            ).format(colour=STATUS_COLOURS["bad"], letters=letters)
            # «No letters at risk» would read as an all-clear: the finding replaces it.
            finding = lead + "<br>" + finding if result.at_risk_count else lead
        parts = [f"<b>{html.escape(where)}</b><br>{finding}"]
        if result.unknown:
            parts.append(
                tr("{n} kan ikke vurderes ut fra filen").format(n=count_text(len(result.unknown)))
            )
        parts.append(
            tr("svar om utskrift: {answer}").format(
                answer=html.escape(answer_label(run.risk_answer))
            )
        )
        self.summary.setText(" · ".join(parts))
        self.notes.setText("\n".join(dtr(note) for note in outcome.notes))
        self.notes.setVisible(bool(outcome.notes))

    # -- export ------------------------------------------------------------------------
    def ask_export(self, suffix: str) -> None:
        if self.outcome is None:
            return
        stem = Path(self.outcome.run.source_name).stem or "rapport"
        filters = {
            ".xlsx": tr("Excel-arbeidsbok (*.xlsx)"),
            ".csv": tr("CSV for Excel (*.csv)"),
            ".pdf": tr("PDF (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Lagre rapporten"),
            str(Path.home() / f"uapnet-post-{stem}{suffix}"),
            filters[suffix],
        )
        if path:
            chosen = Path(path)
            if chosen.suffix.casefold() != suffix:
                chosen = chosen.with_name(chosen.name + suffix)
            self.export_to(chosen)

    def export_to(self, path: Path) -> None:
        """Write the open run or report to ``path`` (.xlsx, .csv or .pdf) on the pool."""
        outcome = self.outcome
        if outcome is None or self._exporting:
            return
        self._exporting = True
        for button in (self.xlsx_button, self.csv_button, self.pdf_button):
            button.setEnabled(False)

        def done(written) -> None:
            files = written if isinstance(written, list) else [written]
            self.ctx.audit_changed.emit()
            dialogs.inform(
                self,
                tr("Lagret"),
                tr("Lagret:\n{files}").format(files="\n".join(str(f) for f in files)),
            )

        def finished() -> None:
            self._exporting = False
            for button in (self.xlsx_button, self.csv_button, self.pdf_button):
                button.setEnabled(self.outcome is not None)

        def failed(exc: BaseException) -> None:
            dialogs.show_error(self, exc, tr("Rapporten ble ikke lagret"))

        if path.suffix.casefold() == ".pdf":
            title = tr("Uåpnet taushetsbelagt post – {name}").format(name=outcome.workspace.name)
            self.ctx.run(
                _write_summary,
                self.service,
                outcome,
                path,
                title,
                pass_state=False,
                on_result=done,
                on_error=failed,
                on_finished=finished,
            )
        else:
            self.ctx.run(
                self.service.export,
                outcome,
                path,
                pass_state=False,
                on_result=done,
                on_error=failed,
                on_finished=finished,
            )

"""Opening in Rapporter (a saved check or a report file, with the column mapping for unknown
headers), on the pool with progress and cancel, and the export to Excel, CSV and PDF. A part of
:class:`ReportsPage`.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.services.unopened_check import CheckError, CheckOutcome, run_moment
from desktop_app.views import dialogs
from desktop_app.views.column_mapping import ask_columns
from desktop_app.views.domain_text import dtr
from desktop_app.views.printing import Printable
from desktop_app.views.shipments import Labels, PreparedLetters
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.unopened.report_parts import (
    answer_label,
    file_for_table,
    local_text,
    run_for_table,
    write_summary,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class ReportActions:
    """Open, cancel, show and export."""

    # -- opening -----------------------------------------------------------------------
    def open_selected(self) -> None:
        run = self.selected_run()
        if run is not None and run.id is not None:
            self.open_run(run.id)

    def open_run(self, run_id: int) -> None:
        if self._task is not None:
            return
        self._start(tr("Åpner kontrollen …"), run_for_table, self.service, run_id, Labels.current())

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
            file_for_table,
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
        for button in (self.xlsx_button, self.csv_button, self.pdf_button, self.print_button):
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
                date=local_text(run_moment(run)), file=run.source_name
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

    def printable(self) -> Printable | None:
        """The open run's PDF summary, to print (Ctrl+P)."""
        outcome = self.outcome
        if outcome is None:
            return None
        title = tr("Uåpnet taushetsbelagt post – {name}").format(name=outcome.workspace.name)
        service = self.service
        return Printable(
            title,
            lambda: service.summary_document(outcome),
            printed=lambda pages: service.record_printed(outcome, pages),
        )

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
                write_summary,
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

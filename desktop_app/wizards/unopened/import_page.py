"""Step 2 of Uåpnet post: import a SvarUt export (CSV/XLSX) or a pasted list of forsendelse-IDs,
in the background with progress and cancel, with a column mapping dialog for unknown headers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.domain.environments import Environment
from desktop_app.importers.svarut_export import ImportResult
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import CheckError, CheckNotSaved, CheckOutcome
from desktop_app.views import dialogs
from desktop_app.views.column_mapping import ColumnMappingDialog, ask_columns
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.unopened.check_steps import EXAMPLE_EXPORT, MAX_ERRORS_SHOWN
from desktop_app.wizards.unopened.parts import num, scrolled_body, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


class ImportPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.task = None
        self.mapping_dialog: ColumnMappingDialog | None = None
        self._source: Path | str | None = None  # what was imported last, to run again
        self._mapping: dict[str, str | None] | None = None
        self.setTitle(tr("Importer rapporten fra SvarUt"))
        self.setSubTitle(
            tr("Velg en fil som er eksportert fra SvarUt, eller lim inn forsendelse-ID-er.")
        )
        layout = scrolled_body(self)
        # The steps in SvarUt: DigiVestland's letter to the municipalities (18.08.2023,
        # seed 000, point 2a).
        layout.addWidget(
            wrapped_label(
                tr(
                    "Slik får du rapporten: Gå inn i Fiks-portalen og åpne SvarUt. Velg «avsender for "
                    "meldinger», søk etter taushetsbelagt post som ikke er åpnet og lest, og hent "
                    "resultatet ut som en rapport (Excel eller CSV). Filen kan ha norske eller engelske "
                    "overskrifter."
                )
            )
        )
        row = QHBoxLayout()
        self.file_button = QPushButton(tr("Velg fil …"))
        self.file_button.clicked.connect(self.ask_file)
        row.addWidget(self.file_button)
        # Øving: a made-up export of the practice municipality, to see the whole check.
        self.example_button = QPushButton(tr("Prøv med eksempelfilen"))
        self.example_button.setObjectName("tryExampleFile")
        self.example_button.setToolTip(
            tr(
                "Kjør kontrollen på en oppdiktet eksport fra SvarUt for øvingskommunen Fjordvik. "
                "Finnes bare i Øving."
            )
        )
        self.example_button.clicked.connect(self.import_example)
        row.addWidget(self.example_button)
        row.addStretch(1)
        layout.addLayout(row)

        paste_box = QGroupBox(tr("Eller lim inn forsendelse-ID-er, én per linje"))
        paste_layout = QVBoxLayout(paste_box)
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText("d6b23522-ddf3-462a-8140-16e59e1f476d")
        self.paste.setFixedHeight(80)
        self.paste.setAccessibleName(tr("Forsendelse-ID-er"))
        paste_layout.addWidget(self.paste)
        self.paste_button = QPushButton(tr("Bruk ID-ene"))
        self.paste_button.clicked.connect(lambda: self.import_pasted(self.paste.toPlainText()))
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_button)
        paste_row.addStretch(1)
        paste_layout.addLayout(paste_row)
        paste_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(paste_box)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.status = wrapped_label()
        self.status.setObjectName("importStatus")
        self.status.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.status)
        self.mapping_button = QPushButton(tr("Velg kolonner …"))
        self.mapping_button.clicked.connect(self.ask_mapping)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(self.mapping_button)
        # A check read and sorted but not saved (store busy, disk full): save it again.
        self._unsaved: CheckOutcome | None = None
        self.save_again_button = QPushButton(tr("Lagre på nytt"))
        self.save_again_button.setObjectName("saveCheckAgain")
        self.save_again_button.clicked.connect(self.save_again)
        self.save_again_button.hide()
        mapping_row.addWidget(self.save_again_button)
        mapping_row.addStretch(1)
        layout.addLayout(mapping_row)
        self.errors = QListWidget()
        self.errors.setAccessibleName(tr("Rader som ikke kunne leses"))
        self.errors.setWordWrap(True)
        self.errors.setMinimumHeight(120)
        layout.addWidget(self.errors, 4)
        layout.addStretch(1)
        self._show_busy(False)
        self.mapping_button.hide()
        self.errors.hide()
        self._show_example()
        ctx.environment_changed.connect(self._show_example)

    # -- state -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.task is not None

    def _outcome(self) -> CheckOutcome | None:
        return self.wizard().outcome if self.wizard() is not None else None

    def initializePage(self) -> None:
        outcome = self._outcome()
        answer = self.wizard().risk_answer
        if (
            outcome is not None
            and answer is not None
            and self._source is not None
            and outcome.run.risk_answer != answer.value
            and not self.running
        ):
            # The answer changed: check the same letters again, so the run has the new answer.
            self._start(self._source, self._mapping)

    def isComplete(self) -> bool:
        outcome = self._outcome()
        answer = self.wizard().risk_answer if self.wizard() is not None else None
        return (
            not self.running
            and outcome is not None
            and answer is not None
            and outcome.run.risk_answer == answer.value
        )

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.file_button.setEnabled(not busy)
        self.paste_button.setEnabled(not busy)
        self.example_button.setEnabled(not busy)

    # -- starting ----------------------------------------------------------------------
    def ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Velg eksporten fra SvarUt"),
            str(Path.home()),
            tr("SvarUt-eksport (*.csv *.xlsx *.xls *.ods *.txt);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, mapping: dict[str, str | None] | None = None) -> None:
        self._start(Path(path), mapping)

    def import_example(self) -> None:
        """Øving: run the check on the demo export (made up: the practice municipality)."""
        if self.ctx.environment is Environment.OVING:
            self.import_file(demo_dir() / EXAMPLE_EXPORT)

    def _show_example(self, *_args: object) -> None:
        self.example_button.setVisible(self.ctx.environment is Environment.OVING)

    def import_pasted(self, text: str) -> None:
        self._start(text, None)

    def _start(self, source: Path | str, mapping: dict[str, str | None] | None) -> None:
        workspace = self.ctx.workspace
        answer = self.wizard().risk_answer
        if workspace is None or answer is None or self.running:
            return
        self._source, self._mapping = source, mapping
        self.wizard().set_outcome(None)
        self.errors.clear()
        self.errors.hide()
        self.mapping_button.hide()
        self.status.setStyleSheet("font-weight: 600;")
        self.status.setText(tr("Leser …"))
        self.progress.setRange(0, 0)
        self._show_busy(True)
        self.task = self.ctx.run(
            self.wizard().service.run_check,
            workspace,
            source,
            answer,
            mapping=mapping,
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
            on_finished=self._finished,
        )
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    # -- results -----------------------------------------------------------------------
    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(dtr(text) if text else "")

    def _finished(self) -> None:
        self.task = None
        self._show_busy(False)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.status.setText(
            tr("Importen ble avbrutt. Ingenting er lagret; velg filen på nytt når du vil.")
        )

    def save_again(self) -> None:
        """Save the check kept from a save that failed, without reading the file again."""
        unsaved = self._unsaved
        if unsaved is None or self.running:
            return
        self.save_again_button.hide()
        self.status.setStyleSheet("font-weight: 600;")
        self.status.setText(tr("Lagrer …"))
        self._show_busy(True)
        self.task = self.ctx.run(
            self.wizard().service.check.save_check,
            unsaved,
            pass_state=False,
            on_result=self._done,
            on_error=self._failed,
            on_finished=self._finished,
        )

    def _failed(self, exc: BaseException) -> None:
        self._unsaved = exc.outcome if isinstance(exc, CheckNotSaved) else None
        self.save_again_button.setVisible(self._unsaved is not None)
        imported = getattr(exc, "import_result", None)
        if isinstance(exc, CheckNotSaved):
            imported = None  # the file was fine: only the save failed
        if isinstance(exc, CheckError) and imported is not None and imported.headers:
            self.status.setText(
                tr(
                    "Postvakt fant ikke alle kolonnene den trenger i filen. "
                    "Velg hvilken kolonne som er hva."
                )
            )
            self.mapping_button.show()
            self.open_mapping(imported)
            return
        self.status.setStyleSheet(f"font-weight: 600; color: {STATUS_COLOURS['bad']};")
        self.status.setText(dialogs.user_message(exc))

    def _done(self, outcome: CheckOutcome) -> None:
        self._unsaved = None
        self.save_again_button.hide()
        self.wizard().set_outcome(outcome)
        self.ctx.audit_changed.emit()  # the run is saved with a «check.done» entry
        name = outcome.run.source_name
        lines = [
            tr("Lest inn {n} forsendelser fra {name}.").format(
                n=num(len(self.wizard().shipments())), name=name
            )
        ]
        if outcome.rows_with_errors == 1:
            lines.append(tr("Én rad hadde feil; den er listet under. Resten er lest inn."))
        elif outcome.rows_with_errors:
            lines.append(
                tr("{n} rader hadde feil; de er listet under. Resten er lest inn.").format(
                    n=num(outcome.rows_with_errors)
                )
            )
        lines.extend(outcome.notes)
        self.status.setText("\n".join(lines))
        for error in outcome.errors[:MAX_ERRORS_SHOWN]:
            where = (
                tr("Linje {n}").format(n=error.line) if error.line is not None else tr("Hele filen")
            )
            item = QListWidgetItem(f"{where}: {error.reason}")
            if error.skipped and error.line is not None:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.errors.addItem(item)
        if len(outcome.errors) > MAX_ERRORS_SHOWN:
            self.errors.addItem(
                tr("… og {n} til. Rett de første og importer på nytt.").format(
                    n=num(len(outcome.errors) - MAX_ERRORS_SHOWN)
                )
            )
        self.errors.setVisible(bool(outcome.errors))
        imported = outcome.import_result
        self.mapping_button.setVisible(bool(imported and imported.unknown_headers))

    # -- column mapping ----------------------------------------------------------------
    def ask_mapping(self) -> None:
        outcome = self._outcome()
        if outcome is not None and outcome.import_result is not None:
            self.open_mapping(outcome.import_result)
        elif self._source is not None and not isinstance(self._source, str):
            self._start(self._source, self._mapping)

    def open_mapping(self, imported: ImportResult) -> None:
        source = self._source
        if source is None or isinstance(source, str):
            return  # pasted IDs have no columns
        self.mapping_dialog = ask_columns(
            self,
            self.ctx,
            self.wizard().service,
            imported,
            lambda mapping: self._start(source, mapping),
        )
        self.mapping_dialog.finished.connect(self._mapping_closed)

    def _mapping_closed(self, *_result: object) -> None:
        self.mapping_dialog = None


# --- 4. The result -------------------------------------------------------------------------------

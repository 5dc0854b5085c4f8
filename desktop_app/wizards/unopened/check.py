"""Uåpnet post: the guided check for confidential letters to businesses that nobody opened.

The steps, in :data:`PAGE_ORDER`:

1. the risk question (does SvarUt print letters to businesses that nobody opens?);
2. import a SvarUt export (CSV/XLSX) or a pasted list of forsendelse-IDs (in Øving also the
   made-up example export, «Prøv med eksempelfilen»), with a column
   mapping dialog for unknown headers that is remembered;
3. (reserved) refresh the statuses from SvarUt: :data:`PAGE_REFRESH`, built by another page
   module and passed in as ``refresh_page_factory``;
4. the result: letters at risk, grouped by recipient org.nr, with how urgent they are;
5. follow-up: a draft message per business, to copy, open as e-mail, save as .eml or export
   for mail merge, and the follow-up state per business;
6. the municipality's own incoming post, answered per own org.nr.

Steps 5 and 6 are in :mod:`desktop_app.wizards.unopened.followup`. The check itself (import,
classify, save the run with an audit entry) is
:class:`~desktop_app.services.unopened_check.UnopenedCheckService`; everything here calls
services through ``ctx.run``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.svarut import Shipment
from desktop_app.domain.unopened import STALE_NOTIFIED_DAYS, DigitalOnlySetting, Urgency
from desktop_app.importers.svarut_export import ImportResult
from desktop_app.resources import demo_dir
from desktop_app.services.status_refresh import reuse
from desktop_app.services.unopened_check import CheckError, CheckNotSaved, CheckOutcome
from desktop_app.storage.runs import FollowupStatus
from desktop_app.views import dialogs
from desktop_app.views.accessibility import announce
from desktop_app.views.column_mapping import ColumnMappingDialog, ask_columns
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header
from desktop_app.wizards.unopened.followup import FollowupPage, OwnInboxPage
from desktop_app.wizards.unopened.parts import (
    nb_date,
    num,
    plain_table,
    scrolled_body,
    wrapped_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


# Page ids, in the order the wizard shows them. QWizard goes to the next higher id.
PAGE_RISK = 10
PAGE_IMPORT = 20
# Reserved for the status refresh from SvarUt (another module: refresh_statuses.py,
# ``RefreshStatusesPage(ctx, shipments_provider)``). Built only when a factory is given.
PAGE_REFRESH = 30
PAGE_RESULT = 40
PAGE_FOLLOWUP = 50
PAGE_OWN_INBOX = 60
EXAMPLE_EXPORT = "svarut-eksport-demo.csv"  # under resources/demo
MAX_ERRORS_SHOWN = 500  # problem rows listed on the import page; the rest are counted
PAGE_ORDER = (PAGE_RISK, PAGE_IMPORT, PAGE_REFRESH, PAGE_RESULT, PAGE_FOLLOWUP, PAGE_OWN_INBOX)

RefreshPageFactory = Callable[[AppContext, Callable[[], list[Shipment]]], QWizardPage]

URGENCY_COLOURS = {
    Urgency.HIGH: STATUS_COLOURS["bad"],
    Urgency.MEDIUM: STATUS_COLOURS["warn"],
    Urgency.LOW: STATUS_COLOURS["muted"],
}


def risk_text(setting: DigitalOnlySetting) -> str:
    """What the answer to the risk question means for the result (plain bokmål)."""
    if setting is DigitalOnlySetting.DIGITAL_ONLY:
        return tr(
            "Kommunen sender brev til virksomheter bare digitalt (1a). Brev som ingen "
            "åpner, blir aldri skrevet ut og sendt i posten. Det er sannsynlig at brev "
            "ligger uåpnet, og alle brevene i listen haster."
        )
    if setting is DigitalOnlySetting.PRINT_WHEN_UNREAD:
        return tr(
            "Kommunen skriver ut brev som ikke åpnes digitalt (1b). De fleste brevene "
            "har da kommet fram på papir. Brev som ikke kunne leveres, og brev som "
            "fortsatt står som varslet etter {days} dager, bør likevel sjekkes."
        ).format(days=STALE_NOTIFIED_DAYS)
    return tr(
        "Du vet ikke om kommunen skriver ut brev som ikke åpnes. Postvakt regner brevene "
        "som «bør sjekkes snart» til du vet. Sjekk innstillingen i SvarUt og kjør "
        "kontrollen på nytt."
    )


# --- The wizard ----------------------------------------------------------------------------------


class UnopenedWizard(QWizard):
    """The steps; shared state (the answer, the outcome) lives here for every page."""

    outcome_changed = Signal(object)  # CheckOutcome | None
    reclassify_changed = Signal(bool)  # a check with refreshed statuses started/ended

    def __init__(
        self,
        ctx: AppContext,
        refresh_page_factory: RefreshPageFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.followup
        self.risk_answer: DigitalOnlySetting | None = None
        self.outcome: CheckOutcome | None = None
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Neste >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Tilbake"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Ferdig"))
        builders: dict[int, Callable[[], QWizardPage]] = {
            PAGE_RISK: lambda: RiskPage(ctx),
            PAGE_IMPORT: lambda: ImportPage(ctx),
            PAGE_RESULT: lambda: ResultPage(ctx),
            PAGE_FOLLOWUP: lambda: FollowupPage(ctx),
            PAGE_OWN_INBOX: lambda: OwnInboxPage(ctx),
        }
        for page_id in PAGE_ORDER:
            if page_id == PAGE_REFRESH:
                if refresh_page_factory is not None:
                    self.setPage(page_id, refresh_page_factory(ctx, self.shipments))
                continue
            self.setPage(page_id, builders[page_id]())
        self.reclassifying = False
        refreshed = getattr(self.page(PAGE_REFRESH), "shipments_refreshed", None)
        if refreshed is not None:
            refreshed.connect(lambda _shipments: self.reclassify())
        self.finished.connect(lambda _result: self.start_over())

    def reclassify(self) -> None:
        """After «Hent status»: sort the letters of this check again with the fresh statuses.

        The check was saved at import; this updates it (one check, two steps: the counts and
        statuses from before the fetch are kept beside the new ones) and its result and
        follow-up list show the statuses SvarUt gave."""
        refresh_page = self.page(PAGE_REFRESH)
        last = refresh_page.last_result() if hasattr(refresh_page, "last_result") else None
        outcome = self.outcome
        if last is None or outcome is None:
            return
        self.reclassifying = True
        self.reclassify_changed.emit(True)

        def done(updated: CheckOutcome) -> None:
            self.set_outcome(updated)
            self.ctx.audit_changed.emit()

        def finished() -> None:
            self.reclassifying = False
            self.reclassify_changed.emit(False)

        self.ctx.run(
            self.service.check.refresh_check,
            outcome,
            reuse(last),
            on_result=done,
            on_finished=finished,
            error_title=tr("Brevene ble ikke sortert med de nye statusene"),
        )

    def shipments(self) -> list[Shipment]:
        """The letters of the current import (for the status refresh)."""
        outcome = self.outcome
        if outcome is None:
            return []
        if outcome.import_result is not None:
            return outcome.import_result.shipments
        return [*outcome.result.at_risk, *(s for s, _r in outcome.result.unknown)]

    def set_outcome(self, outcome: CheckOutcome | None) -> None:
        self.outcome = outcome
        self.outcome_changed.emit(outcome)

    def start_over(self) -> None:
        self.set_outcome(None)
        self.restart()


class UnopenedCheckPage(QWidget):
    """The «Uåpnet post» page of the main window: a short header and the wizard."""

    def __init__(
        self,
        ctx: AppContext,
        refresh_page_factory: RefreshPageFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        page_header(
            layout,
            tr("Uåpnet post"),
            tr(
                "Finn taushetsbelagte brev fra kommunen som virksomheter aldri har åpnet "
                "i Altinn, og følg dem opp. Du kan kjøre kontrollen så ofte du vil; hver "
                "kjøring blir lagret."
            ),
        )
        self.step = QLabel()
        self.step.setObjectName("stepIndicator")
        self.step.setStyleSheet(f"color: {STATUS_COLOURS['muted']}; font-weight: 600;")
        layout.addWidget(self.step)
        self.wizard = UnopenedWizard(ctx, refresh_page_factory, self)
        self.wizard.currentIdChanged.connect(self._show_step)
        layout.addWidget(self.wizard, 1)
        self._show_step(self.wizard.startId())
        ctx.workspace_changed.connect(self._workspace_changed)

    def _workspace_changed(self, _workspace: object) -> None:
        self.wizard.start_over()

    def _show_step(self, page_id: int) -> None:
        ids = self.wizard.pageIds()
        if page_id in ids:
            self.step.setText(
                tr("Steg {n} av {total}").format(n=ids.index(page_id) + 1, total=len(ids))
            )


# --- 1. The risk question ------------------------------------------------------------------------


class RiskPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("Skriver SvarUt ut brev som ingen åpner?"))
        self.setSubTitle(tr("Svaret avgjør hvor mye det haster med brevene Postvakt finner."))
        layout = scrolled_body(self)
        layout.addWidget(
            wrapped_label(
                tr(
                    "Kommunen sender brev til virksomheter gjennom SvarUt. De havner i virksomhetens "
                    "innboks i Altinn. Taushetsbelagte brev kan bare leses av den som har fått tilgang "
                    "til dem i Altinn, og mange virksomheter har ikke gitt noen den tilgangen. Da blir "
                    "brevene liggende uåpnet. Bergen kommune fant 1 307 slike brev til 162 virksomheter "
                    "i 2023."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                tr(
                    "Hvor alvorlig det er, kommer an på én innstilling i SvarUt: Får virksomheter "
                    "brevene bare digitalt, eller skrives brevet ut og sendes i posten når ingen åpner "
                    "det? Innstillingen finner du i SvarUt på Fiks-plattformen. Spør den som "
                    "administrerer SvarUt-kontoen hvis du ikke finner den."
                )
            )
        )
        self.choices = QButtonGroup(self)
        options = (
            (
                DigitalOnlySetting.DIGITAL_ONLY,
                tr("1a: Bare digitalt"),
                tr(
                    "Virksomheter får brevene bare i Altinn. Brev som ingen åpner, blir aldri "
                    "skrevet ut."
                ),
            ),
            (
                DigitalOnlySetting.PRINT_WHEN_UNREAD,
                tr("1b: Digitalt, og på papir hvis ingen åpner"),
                tr(
                    "SvarUt skriver ut brevet og sender det i posten når det ikke er åpnet innen "
                    "fristen."
                ),
            ),
            (
                DigitalOnlySetting.UNKNOWN,
                tr("Vet ikke ennå"),
                tr("Du kan gå videre og svare senere; kjør da kontrollen på nytt."),
            ),
        )
        self.buttons: dict[DigitalOnlySetting, QRadioButton] = {}
        box = QGroupBox(tr("Hvordan er innstillingen hos dere?"))
        box_layout = QVBoxLayout(box)
        for setting, text, detail in options:
            button = QRadioButton(text)
            button.setStyleSheet("QRadioButton { font-weight: 600; }")
            self.choices.addButton(button)
            self.buttons[setting] = button
            box_layout.addWidget(button)
            explanation = wrapped_label(detail)
            explanation.setContentsMargins(24, 0, 0, 6)
            explanation.setBuddy(button)
            box_layout.addWidget(explanation)
            button.toggled.connect(self._chosen)
        layout.addWidget(box)
        self.previous = wrapped_label()
        self.previous.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.previous)
        self.meaning = wrapped_label()
        self.meaning.setObjectName("riskMeaning")
        self.meaning.setStyleSheet(
            "QLabel#riskMeaning { background: #e3effa; border: 1px solid #1a5fb4; padding: 8px; }"
        )
        layout.addWidget(self.meaning)
        self.no_workspace = wrapped_label(
            tr("Velg eller lag en arbeidsflate først (øverst i vinduet).")
        )
        self.no_workspace.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        layout.addWidget(self.no_workspace)
        layout.addStretch(1)
        ctx.workspace_changed.connect(self._chosen)

    def choose(self, setting: DigitalOnlySetting) -> None:
        self.buttons[setting].setChecked(True)

    def selected(self) -> DigitalOnlySetting | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def initializePage(self) -> None:
        self._chosen()
        workspace = self.ctx.workspace
        if workspace is not None and self.selected() is None:
            self.ctx.run(
                self.wizard().service.check.list_runs,
                workspace.id,
                pass_state=False,
                on_result=self._last_answer,
                error_title=tr("Tidligere kontroller kunne ikke leses"),
            )

    def _last_answer(self, runs) -> None:
        """Start from what the user answered last time (they can change it)."""
        if runs and self.selected() is None:
            try:
                self.choose(DigitalOnlySetting(runs[0].risk_answer))
            except ValueError:
                return
            self.previous.setText(
                tr("Valgt ut fra forrige kontroll. Endre det hvis innstillingen er endret siden.")
            )

    def _chosen(self, *_args) -> None:
        setting = self.selected()
        self.meaning.setText(risk_text(setting) if setting is not None else "")
        self.meaning.setVisible(setting is not None)
        self.no_workspace.setVisible(self.ctx.workspace is None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.selected() is not None and self.ctx.workspace is not None

    def validatePage(self) -> bool:
        self.wizard().risk_answer = self.selected()
        return True


# --- 2. Import -----------------------------------------------------------------------------------


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


class ResultPage(QWizardPage):
    COLUMNS = ("orgnr", "name", "count", "oldest", "age", "urgency", "followup")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("Brev som ingen har åpnet"))
        self.setSubTitle(tr("Taushetsbelagte brev til virksomheter, samlet per mottaker."))
        layout = QVBoxLayout(self)
        self.headline = wrapped_label()
        self.headline.setObjectName("resultHeadline")
        self.headline.setStyleSheet("font-weight: 600;")
        headline_font = self.headline.font()
        headline_font.setPointSizeF(headline_font.pointSizeF() * 1.25)
        self.headline.setFont(headline_font)
        layout.addWidget(self.headline)
        self.urgency = wrapped_label()
        layout.addWidget(self.urgency)
        layout.addWidget(
            wrapped_label(
                tr(
                    "«I faresonen» betyr: brevet er taushetsbelagt, gikk til en virksomhet, og statusen "
                    "i SvarUt viser at ingen har åpnet det (varslet, sendt digitalt eller ikke levert). "
                    "Da har trolig ingen i virksomheten tilgang til å lese taushetsbelagt post i "
                    "Altinn. Brev til personer er ikke med."
                )
            )
        )
        self.table = plain_table(
            [
                tr("Org.nr"),
                tr("Mottaker"),
                tr("Brev"),
                tr("Eldste sendt"),
                tr("Dager siden"),
                tr("Hastegrad"),
                tr("Oppfølging"),
            ]
        )
        self.table.setAccessibleName(tr("Virksomheter med uåpnede brev"))
        layout.addWidget(self.table, 3)
        self.unknown_title = wrapped_label()
        self.unknown_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.unknown_title)
        self.unknown = plain_table([tr("Brev"), tr("Hva det betyr, og hva du gjør")])
        self.unknown.setWordWrap(True)
        self.unknown.setAccessibleName(tr("Brev som ikke kan vurderes"))
        layout.addWidget(self.unknown, 1)
        self.notes = wrapped_label()
        layout.addWidget(self.notes)
        self._connected = False

    def _outcome_changed(self, *_args: object) -> None:
        """A check with refreshed statuses finished while this step is shown: show it."""
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            self.initializePage()

    def initializePage(self) -> None:
        wizard = self.wizard()
        if not self._connected:
            self._connected = True
            wizard.outcome_changed.connect(self._outcome_changed)
            wizard.reclassify_changed.connect(self._outcome_changed)
        if wizard.reclassifying:
            self.headline.setText(tr("Sorterer brevene med statusene fra SvarUt …"))
            self.table.setVisible(False)
            return
        outcome: CheckOutcome | None = wizard.outcome
        if outcome is None:
            return
        result = outcome.result
        groups = result.groups
        untied = len(result.untied)
        if untied:  # first: the check cannot say that all is well
            letters = (
                tr("Ett uåpnet brev")
                if untied == 1
                else tr("{n} uåpnede brev").format(n=num(untied))
            )
            self.headline.setText(
                tr(
                    "{letters} kan ikke knyttes til en mottaker, fordi filen ikke har et gyldig "
                    "organisasjonsnummer for dem. Kontrollen kan derfor ikke si at alt er i "
                    "orden. Velg kolonnen med organisasjonsnummeret (forrige steg) hvis filen har "
                    "en, eller finn brevene i SvarUt."
                ).format(letters=letters)
                + (
                    " "
                    + tr("{n} brev til {m} virksomheter er i faresonen.").format(
                        n=num(result.at_risk_count), m=num(len(groups))
                    )
                    if groups
                    else ""
                )
            )
        elif groups:
            self.headline.setText(
                tr("{n} brev til {m} virksomheter er i faresonen.").format(
                    n=num(result.at_risk_count), m=num(len(groups))
                )
            )
        elif result.unknown:
            self.headline.setText(
                tr(
                    "Ingen brev er funnet i faresonen, men {n} brev kan ikke "
                    "vurderes. Se under hva du gjør."
                ).format(n=num(len(result.unknown)))
            )
        else:
            self.headline.setText(
                tr("Ingen taushetsbelagte brev til virksomheter ligger uåpnet i denne rapporten.")
            )
        self.table.setVisible(bool(groups))
        announce(self.headline, self.headline.text())  # the result, said at once
        self.urgency.setText(risk_text(result.setting))
        followups = outcome.followups
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(groups))
        for row, group in enumerate(groups):
            followup = followups.get(group.orgnr)
            status = followup.status if followup else FollowupStatus.NOT_CONTACTED
            cells = [
                format_orgnr(group.orgnr),
                group.name or tr("(navn mangler)"),
                group.count,
                nb_date(group.oldest_sent.date() if group.oldest_sent else None),
                group.age_days if group.age_days is not None else "",
                dtr(group.urgency.label_nb),
                dtr(status.label_nb)
                + (
                    f" {nb_date(followup.status_date)}" if followup and followup.status_date else ""
                ),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if column == 5:
                    item.setForeground(QColor(URGENCY_COLOURS[group.urgency]))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Sortable by a click on a header; shown most urgent first until then.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)

        reasons = Counter(risk.reason for _shipment, risk in result.unknown)
        self.unknown_title.setText(
            tr("{n} brev kan ikke vurderes ut fra rapporten:").format(n=num(len(result.unknown)))
            if result.unknown
            else tr("Alle brevene i rapporten kunne vurderes.")
        )
        self.unknown.setVisible(bool(reasons))
        self.unknown.setRowCount(len(reasons))
        for row, (reason, count) in enumerate(reasons.most_common()):
            self.unknown.setItem(row, 0, QTableWidgetItem(num(count)))
            self.unknown.setItem(row, 1, QTableWidgetItem(reason))
        self.unknown.resizeColumnToContents(0)
        self.unknown.resizeRowsToContents()
        notes = [
            tr(
                "{n} brev er åpnet, skrevet ut, gikk til personer eller er ikke taushetsbelagt."
            ).format(n=num(result.not_at_risk_count))
        ]
        notes.extend(outcome.notes)
        self.notes.setText("\n".join(notes))

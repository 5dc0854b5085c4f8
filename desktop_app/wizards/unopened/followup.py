"""Uåpnet post, step 5: follow up each business (drafts and follow-up state).

A page of :class:`~desktop_app.wizards.unopened.check.UnopenedWizard`; it reads the outcome of
the check from the wizard and calls its services through ``ctx.run``. Step 6 (the
municipality's own incoming post) is in :mod:`.own_inbox`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.domain.followup_drafts import FollowupDraft, mailto_url
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.unopened_check import CheckOutcome
from desktop_app.storage.runs import Followup, FollowupStatus
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.wizards.unopened.parts import nb_date, pydate, qdate, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_followup", text)


# --- 5. Follow up --------------------------------------------------------------------------------


class FollowupPage(QWizardPage):
    followups_loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.drafts: list[FollowupDraft] = []
        self.followups: dict[str, Followup] = {}
        self.setTitle(tr("Følg opp virksomhetene"))
        self.setSubTitle(
            tr("Et utkast til melding for hver virksomhet. Send det, og noter hva som er gjort.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                tr(
                    "Meldingen sier hvor mange brev virksomheten har fått, når de ble sendt, og hvilken "
                    "tilgang de må gi i Altinn. Den har ingen titler eller andre opplysninger fra "
                    "brevene. Rapporten har ikke virksomhetens e-postadresse, så den fyller du inn selv."
                )
            )
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.recipients = QListWidget()
        self.recipients.setAccessibleName(tr("Virksomheter"))
        self.recipients.setSpacing(3)
        self.recipients.setWordWrap(True)
        self.recipients.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recipients.currentRowChanged.connect(self._show_draft)
        splitter.addWidget(self.recipients)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.subject = wrapped_label()
        self.subject.setStyleSheet("font-weight: 600;")
        right_layout.addWidget(self.subject)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(tr("Utkast til melding"))
        right_layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(tr("Kopier teksten"))
        self.copy_button.clicked.connect(self.copy_draft)
        self.mail_button = QPushButton(tr("Åpne som e-post"))
        self.mail_button.clicked.connect(self.open_mail)
        self.eml_button = QPushButton(tr("Lagre som .eml …"))
        self.eml_button.clicked.connect(self.ask_eml)
        for button in (self.copy_button, self.mail_button, self.eml_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)

        state_box = QGroupBox(tr("Oppfølging av denne virksomheten"))
        grid = QGridLayout(state_box)
        self.state_combo = QComboBox()
        for status in FollowupStatus:
            self.state_combo.addItem(dtr(status.label_nb), status.value)
        self.state_combo.setAccessibleName(tr("Status"))
        self.state_date = QDateEdit()
        self.state_date.setCalendarPopup(True)
        self.state_date.setDisplayFormat("dd.MM.yyyy")
        self.state_date.setDate(qdate(date.today()))
        self.state_date.setAccessibleName(tr("Dato"))
        self.state_note = QLineEdit()
        self.state_note.setPlaceholderText(tr("For eksempel hvem du snakket med"))
        self.state_note.setAccessibleName(tr("Notat"))
        self.save_state_button = QPushButton(tr("Lagre oppfølging"))
        self.save_state_button.clicked.connect(self.save_followup)
        self.state_saved = wrapped_label()
        grid.addWidget(QLabel(tr("Status")), 0, 0)
        grid.addWidget(self.state_combo, 0, 1)
        grid.addWidget(QLabel(tr("Dato")), 0, 2)
        grid.addWidget(self.state_date, 0, 3)
        grid.addWidget(QLabel(tr("Notat")), 1, 0)
        grid.addWidget(self.state_note, 1, 1, 1, 3)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_state_button)
        save_row.addWidget(self.state_saved, 1)
        grid.addLayout(save_row, 2, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        right_layout.addWidget(state_box)
        splitter.addWidget(right)
        splitter.setSizes([300, 600])
        layout.addWidget(splitter, 1)
        export_row = QHBoxLayout()
        self.export_button = QPushButton(tr("Eksporter alle utkast for fletting (CSV) …"))
        self.export_button.clicked.connect(self.ask_export)
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout.addLayout(export_row)

    # -- loading -----------------------------------------------------------------------
    def initializePage(self) -> None:
        outcome: CheckOutcome | None = self.wizard().outcome
        workspace = self.ctx.workspace
        if outcome is None or workspace is None:
            return
        self.drafts = self.wizard().service.drafts(outcome.result, workspace)
        self.followups = dict(outcome.followups)
        self._fill()
        self.ctx.run(
            self.wizard().service.check.followups,
            workspace.id,
            pass_state=False,
            on_result=self._loaded,
            error_title=tr("Oppfølgingen kunne ikke leses"),
        )

    def _loaded(self, followups: dict[str, Followup]) -> None:
        self.followups = followups
        self._fill()
        self.followups_loaded.emit()

    def _fill(self) -> None:
        current = self.recipients.currentRow()
        self.recipients.blockSignals(True)
        self.recipients.clear()
        for draft in self.drafts:
            followup = self.followups.get(draft.orgnr)
            status = followup.status if followup else FollowupStatus.NOT_CONTACTED
            when = f" {nb_date(followup.status_date)}" if followup and followup.status_date else ""
            item = QListWidgetItem(
                tr("{name}\n{orgnr} · {n} brev · {status}").format(
                    name=draft.recipient_label,
                    orgnr=format_orgnr(draft.orgnr),
                    n=draft.letters,
                    status=dtr(status.label_nb) + when,
                )
            )
            self.recipients.addItem(item)
        self.recipients.blockSignals(False)
        has = bool(self.drafts)
        for widget in (
            self.copy_button,
            self.mail_button,
            self.eml_button,
            self.save_state_button,
            self.export_button,
        ):
            widget.setEnabled(has)
        if has:
            self.recipients.setCurrentRow(min(max(current, 0), len(self.drafts) - 1))
            self._show_draft(self.recipients.currentRow())
        else:
            self.subject.setText(tr("Ingen virksomheter å følge opp i denne rapporten."))
            self.body.clear()

    def current_draft(self) -> FollowupDraft | None:
        row = self.recipients.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def _show_draft(self, row: int) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        self.subject.setText(tr("Emne: {subject}").format(subject=draft.subject))
        self.body.setPlainText(draft.body)
        followup = self.followups.get(draft.orgnr)
        status = followup.status if followup else FollowupStatus.NOT_CONTACTED
        self.state_combo.setCurrentIndex(self.state_combo.findData(status.value))
        self.state_date.setDate(
            qdate(followup.status_date if followup and followup.status_date else date.today())
        )
        self.state_note.setText(followup.note if followup else "")
        self.state_saved.setText("")

    # -- actions -----------------------------------------------------------------------
    def copy_draft(self) -> None:
        draft = self.current_draft()
        if draft is not None:
            QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}")
            self.state_saved.setText(tr("Teksten er kopiert."))

    def open_mail(self) -> None:
        draft = self.current_draft()
        if draft is not None and not QDesktopServices.openUrl(QUrl(mailto_url(draft))):
            dialogs.warn(
                self,
                tr("Fant ikke e-postprogrammet"),
                tr(
                    "Postvakt fikk ikke åpnet et e-postprogram. Kopier teksten, eller "
                    "lagre den som .eml og åpne filen."
                ),
            )

    def ask_eml(self) -> None:
        draft = self.current_draft()
        if draft is None:
            return
        default = Path.home() / f"oppfolging-{draft.orgnr}.eml"
        path, _f = QFileDialog.getSaveFileName(
            self, tr("Lagre utkastet"), str(default), tr("E-post (*.eml)")
        )
        if path:
            target = Path(path)
            self.save_eml(
                target
                if target.suffix.lower() == ".eml"
                else target.with_name(target.name + ".eml")
            )

    def save_eml(self, path: Path) -> None:
        draft, workspace = self.current_draft(), self.ctx.workspace
        if draft is None or workspace is None:
            return
        self.ctx.run(
            self.wizard().service.save_eml,
            workspace,
            draft,
            path,
            pass_state=False,
            on_result=lambda written: self._saved_file(
                tr("Utkastet er lagret i {path}.").format(path=written)
            ),
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Utkastet ble ikke lagret")),
        )

    def ask_export(self) -> None:
        default = Path.home() / f"oppfolging-uapnet-post-{date.today():%Y-%m-%d}.csv"
        path, _f = QFileDialog.getSaveFileName(
            self, tr("Eksporter utkastene"), str(default), tr("CSV for Excel og fletting (*.csv)")
        )
        if path:
            target = Path(path)
            self.export_drafts(
                target
                if target.suffix.lower() == ".csv"
                else target.with_name(target.name + ".csv")
            )

    def export_drafts(self, path: Path) -> None:
        workspace = self.ctx.workspace
        if workspace is None or not self.drafts:
            return
        self.ctx.run(
            self.wizard().service.export_mail_merge,
            workspace,
            list(self.drafts),
            path,
            pass_state=False,
            on_result=lambda rows: self._saved_file(
                tr("{n} utkast er lagret i {path}.").format(n=rows, path=path)
            ),
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Utkastene ble ikke lagret")),
        )

    def _saved_file(self, text: str) -> None:
        self.ctx.audit_changed.emit()
        self.state_saved.setText(text)

    def save_followup(self) -> None:
        draft, workspace = self.current_draft(), self.ctx.workspace
        if draft is None or workspace is None:
            return
        status = FollowupStatus(self.state_combo.currentData())
        day = pydate(self.state_date.date())
        self.save_state_button.setEnabled(False)

        def saved(followup: Followup) -> None:
            self.followups[followup.orgnr] = followup
            self.ctx.audit_changed.emit()
            self._fill()
            self.state_saved.setText(tr("Lagret."))

        self.ctx.run(
            self.wizard().service.check.set_followup,
            workspace,
            draft.orgnr,
            status,
            day,
            self.state_note.text(),
            pass_state=False,
            on_result=saved,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Oppfølgingen ble ikke lagret")),
            on_finished=lambda: self.save_state_button.setEnabled(True),
        )

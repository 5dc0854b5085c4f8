"""Kan de varsles? Which citizens can get a § 8 notice, by e-mail or SMS, and why not.

Opened from Varslingsplan. Two ways in: a lookup in Kontaktregisteret (KRR, needs Maskinporten
access; up to 1,000 people a call) or a list exported from KRR earlier (CSV, Excel or KRR's JSON
answer), which works offline. Fødselsnumre are masked unless the user asks to see them, and they
are never logged. The rules are in :mod:`desktop_app.domain.contactability`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.contactability import Contactability, Reason
from desktop_app.domain.notices import Channel
from desktop_app.domain.numbers import group_digits as _num
from desktop_app.services.contactability import (
    ContactCheck,
    import_contact_list,
    lookup_in_register,
    read_pids,
)
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.row_model import RowTableModel
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("contactability", text)


def reason_texts(result: Contactability) -> list[str]:
    """The reasons in the user's language (channel reasons name the channel)."""
    if result.person_reasons:
        return [dtr(r.label_nb) for r in result.person_reasons]  # most important first
    texts = []
    for verdict in result.channels:
        channel = tr("e-post") if verdict.channel is Channel.EPOST else tr("SMS")
        texts += [f"{channel}: {dtr(r.label_nb)}" for r in verdict.reasons]
    return texts


class ContactTableModel(RowTableModel[Contactability]):
    COLUMNS = ("pid", "epost", "sms", "mailbox", "why")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                tr("Fødselsnummer"),
                tr("E-post"),
                tr("SMS"),
                tr("Digital postkasse"),
                tr("Hvorfor ikke"),
            ],
            parent,
        )
        self.show_full = False

    def set_show_full(self, on: bool) -> None:
        self.show_full = on
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def role_data(self, row: Contactability, column: str, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column in ("epost", "sms"):
            ok = row.can(Channel.EPOST if column == "epost" else Channel.SMS)
            return QColor(STATUS_COLOURS["ok" if ok else "bad"])
        if role == Qt.ItemDataRole.ToolTipRole and column == "why":
            return "\n".join(reason_texts(row)) or None  # every reason, the cell the first
        return None

    def cell_text(self, row: Contactability, column: str) -> str:
        if column == "pid":
            return row.pid if self.show_full else row.masked
        if column in ("epost", "sms"):
            return (
                tr("Ja")
                if row.can(Channel.EPOST if column == "epost" else Channel.SMS)
                else tr("Nei")
            )
        if column == "mailbox":
            return {True: tr("Ja"), False: tr("Nei"), None: tr("Ukjent")}[row.digital_post]
        reasons = reason_texts(row)
        if row.person_reasons:
            return reasons[0]  # one closed door is enough to say; the tooltip has them all
        return "; ".join(reasons)


class ContactabilityDialog(QDialog):
    """Look up or import; see who can be notified, by which channel, and why not."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        krr_token: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.krr_token = krr_token
        self._stopped_by_switch = False
        self.check: ContactCheck | None = None
        self._task: Task | None = None
        self.setWindowTitle(tr("Kan mottakerne varsles?"))
        self.resize(860, 620)

        layout = QVBoxLayout(self)
        page_header(
            layout,
            tr("Kan mottakerne varsles?"),
            tr(
                "Varsler etter § 8 går til e-postadressen og mobilnummeret personen har i "
                "Kontaktregisteret (KRR). En kanal kan bare brukes når personen ikke har "
                "reservert seg, har en digital postkasse, og adressen er oppdatert eller "
                "bekreftet de siste 18 månedene."
            ),
        )

        sources = QHBoxLayout()
        ask = QGroupBox(tr("Slå opp i Kontaktregisteret"))
        ask_layout = QVBoxLayout(ask)
        self.pid_edit = QPlainTextEdit()
        self.pid_edit.setPlaceholderText(tr("Lim inn fødselsnumre, ett per linje"))
        self.pid_edit.setAccessibleName(tr("Fødselsnumre å slå opp"))
        self.pid_edit.setMaximumHeight(90)
        self.lookup_button = QPushButton(tr("&Slå opp"))
        self.lookup_note = QLabel()
        self.lookup_note.setWordWrap(True)
        ask_layout.addWidget(self.pid_edit)
        row = QHBoxLayout()
        row.addWidget(self.lookup_button)
        row.addWidget(self.lookup_note, 1)
        ask_layout.addLayout(row)
        sources.addWidget(ask, 3)

        offline = QGroupBox(tr("Uten nett"))
        offline_layout = QVBoxLayout(offline)
        offline_text = QLabel(
            tr(
                "Har du en liste eksportert fra Kontaktregisteret, kan du "
                "lese den inn her (CSV, Excel eller JSON)."
            )
        )
        offline_text.setWordWrap(True)
        self.import_button = QPushButton(tr("&Importer liste …"))
        offline_layout.addWidget(offline_text)
        offline_layout.addWidget(self.import_button)
        offline_layout.addStretch(1)
        sources.addWidget(offline, 2)
        layout.addLayout(sources)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Avbryt"))
        self.cancel_button.setVisible(False)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        self.summary = QLabel(tr("Ingen personer ennå."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.model = ContactTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Hvem kan varsles"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 70, 60, 120)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout.addWidget(self.table, 1)

        self.errors_label = QLabel()
        self.errors_list = QListWidget()
        self.errors_list.setMaximumHeight(90)
        self.errors_label.setVisible(False)
        self.errors_list.setVisible(False)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors_list)

        bottom = QHBoxLayout()
        self.show_full = QCheckBox(tr("Vis hele fødselsnumre"))
        self.show_full.setToolTip(
            tr(
                "Fødselsnumre er personopplysninger. Vis dem bare når du "
                "trenger det, og ikke når andre ser skjermen."
            )
        )
        bottom.addWidget(self.show_full)
        bottom.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.lookup_button.clicked.connect(self.start_lookup)
        self.import_button.clicked.connect(self.ask_import)
        self.cancel_button.clicked.connect(self.cancel)
        self.show_full.toggled.connect(self.model.set_show_full)
        ctx.environment_changed.connect(self._environment_changed)
        self._update_lookup_state()

    # -- state ---------------------------------------------------------------------------
    def _environment_changed(self, _env: object) -> None:
        """The lookup belongs to the environment it started in: stop it, and look up in the
        new environment only with that environment's own Maskinporten access."""
        if self._task is not None:
            self._task.cancel()
            self._stopped_by_switch = True
        self.krr_token = self.ctx.krr_token_provider()
        self._update_lookup_state()

    def _update_lookup_state(self) -> None:
        available = self.krr_token is not None
        self.lookup_button.setEnabled(available and self._task is None)
        self.pid_edit.setEnabled(available)
        self.lookup_note.setText(
            ""
            if available
            else tr(
                "Oppslag krever Maskinporten-tilgang til Kontaktregisteret (legg inn nøkkelen i "
                "Innstillinger). Du kan importere en liste i stedet."
            )
        )
        self.lookup_note.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")

    def _busy(self, on: bool, text: str = "") -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.import_button.setEnabled(not on)
        self.progress.setRange(0, 0)
        self.progress.setFormat(text)
        if not on:
            self._task = None
        self._update_lookup_state()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    # -- actions -------------------------------------------------------------------------
    def start_lookup(self) -> None:
        if self.krr_token is None or self._task is not None:
            return
        pids, errors = read_pids(self.pid_edit.toPlainText())
        if not pids:
            dialogs.warn(
                self,
                tr("Ingen fødselsnumre"),
                tr("Lim inn minst ett gyldig fødselsnummer (11 siffer), ett per linje."),
            )
            self._show_errors(errors)
            return
        # Where to ask and with which token are fixed now, for the whole lookup: a source
        # bound to an environment (ctx.krr_token_provider) says where its tokens may go.
        token = self.krr_token
        urls = getattr(token, "urls", None) or self.ctx.service_urls()
        self._stopped_by_switch = False

        def done(check: ContactCheck) -> None:
            if self._stopped_by_switch:
                return
            check.errors[:0] = errors
            self._show(check)

        def failed(exc: BaseException) -> None:
            if not self._stopped_by_switch:
                dialogs.show_error(self, exc, tr("Oppslaget ble ikke gjort"))

        def finished() -> None:
            self._busy(False)
            if self._stopped_by_switch:
                self.summary.setText(
                    tr(
                        "Oppslaget ble stoppet fordi du byttet miljø. Slå opp på nytt for å "
                        "spørre Kontaktregisteret i det nye miljøet."
                    )
                )

        self._busy(True, tr("Slår opp %v av %m …"))
        self._task = self.ctx.run(
            lookup_in_register,
            pids,
            urls,
            token,
            on_result=done,
            on_progress=self._progress,
            on_error=failed,
            on_finished=finished,
            environment_bound=True,
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer liste fra Kontaktregisteret"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods *.json);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self._task is not None:
            return
        self._busy(True, tr("Leser «{name}» …").format(name=path.name))
        self._task = self.ctx.run(
            import_contact_list,
            path,
            on_result=self._show,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Listen ble ikke lest inn")),
            on_finished=lambda: self._busy(False),
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def reject(self) -> None:
        self.cancel()
        super().reject()

    # -- result --------------------------------------------------------------------------
    def _show(self, check: ContactCheck) -> None:
        self.check = check
        self.model.set_rows(check.results)
        s = check.summary
        people = tr("1 person") if s.people == 1 else tr("{n} personer").format(n=_num(s.people))
        text = tr(
            "{people} fra {source}: {email} kan varsles på e-post, {sms} på SMS, "
            "{nobody} kan ikke varsles."
        ).format(
            people=people,
            source=check.source,
            email=_num(s.by_email),
            sms=_num(s.by_sms),
            nobody=_num(s.nobody),
        )
        if s.stale:
            text += " " + tr(
                "{n} har en adresse som er eldre enn 18 måneder; den brukes ikke "
                "til varsler etter § 8."
            ).format(n=_num(s.stale))
        reserved = s.reasons.get(Reason.RESERVED, 0)
        if reserved:
            text += " " + tr("{n} har reservert seg og får brevet på papir.").format(
                n=_num(reserved)
            )
        self.summary.setText(text)
        self._show_errors(check.errors)

    def _show_errors(self, errors) -> None:
        self.errors_list.clear()
        self.errors_label.setVisible(bool(errors))
        self.errors_list.setVisible(bool(errors))
        if not errors:
            return
        self.errors_label.setText(
            tr("1 linje ble hoppet over. De andre er med:")
            if len(errors) == 1
            else tr("{n} linjer ble hoppet over. De andre er med:").format(n=_num(len(errors)))
        )
        for error in errors[:500]:
            prefix = tr("Linje {line}: ").format(line=error.line) if error.line else ""
            self.errors_list.addItem(prefix + dtr(error.reason))

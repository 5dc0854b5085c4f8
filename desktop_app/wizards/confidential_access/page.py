"""Taushetsbelagt post: for every org number, who should read it, who can, and what to fix.

Four steps as tabs: 1 the coverage matrix (red/amber/green with words), 2 the approved list,
3 who actually has access (typed in, imported, or read from Altinn; grant and revoke), 4 the
routine document and its review reminder. Rules are in :mod:`desktop_app.domain.access`;
storage, import, Altinn calls and the routine text in
:mod:`desktop_app.services.confidential_access`, run through ``ctx.run``.

Altinn is reached only when an :class:`AccessApi` is set (:meth:`set_access_api`, after
sign-in); without one, the guided portal steps are shown and the user records what they did.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import (
    LEGACY_ROLES,
    PACKAGE_CODE,
    PACKAGE_NAME,
    REASON_LABELS,
    SOURCE_LABELS,
    ApprovedReader,
    CoverageCounts,
    CoverageRow,
    Holder,
    Level,
    Reason,
    RoutineSettings,
    UnitRef,
    coverage_counts,
    same_person,
)
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.confidential_access import (
    AccessApi,
    AccessError,
    GrantPerson,
    HolderImport,
    RoutineState,
    default_export_name,
)
from desktop_app.services.handover import HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.accessibility import MessageLabel, reflowing
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr, failures_text
from desktop_app.views.guide_view import GuidePanel, page_guides
from desktop_app.views.pdf import write_pdf
from desktop_app.views.plain_text import plain, plain_tooltip
from desktop_app.views.signin_panel import SignInHere
from desktop_app.views.widgets import page_header
from desktop_app.wizards.access_plan import TILGANG, PlanDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


# Text colour, background per level: never colour alone, the cell also says it in words.
LEVEL_STYLE = {
    Level.OK: ("#1e5e24", "#e6f4e7"),
    Level.WARN: ("#5c3d00", "#fff4d6"),
    Level.BAD: ("#8c1d18", "#fbe9e7"),
    Level.UNKNOWN: ("#33404d", "#eef1f4"),
}


def level_text(level: Level) -> str:
    return {
        Level.OK: tr("I orden"),
        Level.WARN: tr("Bør sjekkes"),
        Level.BAD: tr("Ingen kan lese"),
        Level.UNKNOWN: tr("Ukjent"),
    }[level]


def level_symbol(level: Level) -> str:
    return {Level.OK: "✔", Level.WARN: "!", Level.BAD: "✖", Level.UNKNOWN: "?"}[level]


def read_note(read_at: str | None) -> str:
    """«\nLest fra Altinn 06.12.2026 11:40», or nothing when never read."""
    if not read_at:
        return ""
    try:
        moment = datetime.fromisoformat(read_at).astimezone()
    except ValueError:
        return ""
    return "\n" + tr("Lest fra Altinn {time}").format(time=moment.strftime("%d.%m.%Y %H:%M"))


def coverage_summary(c: CoverageCounts) -> str:
    """The one sentence about the coverage: what is known, what is not, and from when."""
    if not c.total:
        return tr("Arbeidsflaten har ingen virksomheter ennå. Legg dem til under Virksomheter.")
    if c.unknown == c.total:
        return tr(
            "Ukjent: Postvakt har ikke lest fra Altinn hvem som har tilgang for de {n} "
            "organisasjonsnumrene. Logg inn og les tilgangene, eller før dem inn."
        ).format(n=c.total)
    if c.bad == c.known:
        text = (
            tr(
                "Ingen av de {n} organisasjonsnumrene Postvakt kjenner tilgangene for, har "
                "noen som kan lese taushetsbelagt post."
            ).format(n=c.known)
            if c.unknown
            else tr(
                "Ingen av de {n} organisasjonsnumrene har noen som kan lese taushetsbelagt post."
            ).format(n=c.total)
        )
    elif c.bad:
        text = tr("{bad} av {n} organisasjonsnumre: ingen kan lese taushetsbelagt post.").format(
            bad=c.bad, n=c.total
        )
    elif c.unknown:
        text = tr(
            "Alle {n} organisasjonsnumre Postvakt kjenner tilgangene for, har noen som "
            "kan lese taushetsbelagt post."
        ).format(n=c.known)
    else:
        text = tr("Alle {n} organisasjonsnumre har noen som kan lese taushetsbelagt post.").format(
            n=c.total
        )
    if c.warn and c.ok:
        text += " " + tr("{warn} bør sjekkes, {ok} er i orden.").format(warn=c.warn, ok=c.ok)
    elif c.warn:
        text += " " + tr("{warn} bør sjekkes.").format(warn=c.warn)
    elif c.ok and c.bad:
        text += " " + tr("De andre {ok} er i orden.").format(ok=c.ok)
    elif c.ok:
        text += " " + tr("Alt er i orden.")
    if c.unknown:
        text += " " + tr("{n} er ukjent: ikke lest fra Altinn ennå.").format(n=c.unknown)
    if c.oldest_read:
        text += (
            read_note(c.oldest_read)
            .replace("\n", " ")
            .replace(tr("Lest fra Altinn"), tr("Eldste lesing fra Altinn:"))
            + "."
        )
    return text


def grant_text(code: str) -> str:
    if code == PACKAGE_CODE:
        return tr("Tilgangspakken")
    return tr("Rolle {code}").format(code=code)


def reason_text(reason: Reason) -> str:
    return dtr(REASON_LABELS[reason])


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    return item


def save_odt(html: str, path: Path | str, title: str) -> Path:
    """The routine as an OpenDocument text file (LibreOffice, Word): Qt writes ODT itself."""
    import os
    import tempfile

    from PySide6.QtGui import QTextDocument, QTextDocumentWriter

    from desktop_app.views.pdf import PDF_STYLE

    target = Path(path)
    doc = QTextDocument()
    doc.setDefaultStyleSheet(PDF_STYLE)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    fd, tmp = tempfile.mkstemp(prefix=".postvakt-", suffix=".odt", dir=target.parent)
    os.close(fd)
    writer = QTextDocumentWriter(tmp, b"odf")
    ok = writer.write(doc)
    del writer
    if not ok:
        Path(tmp).unlink(missing_ok=True)
        raise AccessError(
            f"Postvakt fikk ikke skrevet «{target.name}». Sjekk at mappen finnes "
            "og at du har skrivetilgang."
        )
    os.replace(tmp, target)
    return target


class GrantDialog(QDialog):
    """What Altinn needs to give one person access: fødselsnummer (or username) and last name.
    Nothing typed here is saved."""

    def __init__(self, reader: ApprovedReader, unit_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Gi tilgang i Altinn"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Gi {name} tilgangspakken «{package}» for {unit}. Altinn trenger "
                "fødselsnummer og etternavn. Postvakt lagrer ikke fødselsnummeret."
            ).format(name=reader.name, package=dtr(PACKAGE_NAME), unit=unit_name)
        )
        plain(text)  # the names come from files and Altinn
        text.setWordWrap(True)
        layout.addWidget(text)
        self.text = text
        form = QFormLayout()
        self.identifier = QLineEdit()
        self.identifier.setPlaceholderText(tr("11 siffer, eller brukernavn i Altinn"))
        self.last_name = QLineEdit(reader.name.split()[-1] if reader.name.split() else "")
        form.addRow(tr("Fødselsnummer:"), self.identifier)
        form.addRow(tr("Etternavn:"), self.last_name)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Gi tilgang"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reader = reader


class ConfidentialAccessPage(QWidget):
    changed = Signal()  # the store changed and the page shows the new state

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.access
        self.api: AccessApi | None = None
        self.units: list[UnitRef] = []
        self.rows: list[CoverageRow] = []
        self.shown_rows: list[CoverageRow] = []
        self.approved: list[ApprovedReader] = []
        self.holders: list[Holder] = []
        self.routine_state: RoutineState | None = None
        self.guides = page_guides("tilgang")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        page_header(
            outer,
            tr("Taushetsbelagt post"),
            tr(
                "Hvert organisasjonsnummer trenger minst én navngitt person som kan lese "
                "taushetsbelagt post i Altinn, og bare de med tjenstlig behov skal ha "
                "tilgangen. Ingen har den fra før, heller ikke daglig leder."
            ),
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("accessSummary")
        outer.addWidget(self.summary)

        unit_row = QHBoxLayout()
        unit_row.addWidget(QLabel(tr("Virksomhet:")))
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumWidth(360)
        self.unit_combo.setAccessibleName(tr("Virksomhet"))
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        unit_row.addWidget(self.unit_combo)
        self.api_status = QLabel()
        self.api_status.setWordWrap(True)
        self.many_button = QPushButton(tr("Gi tilgang til &mange …"))
        self.many_button.setToolTip(
            tr("Én person, eller en liste, for alle eller flere organisasjonsnumre på en gang")
        )
        self.many_button.clicked.connect(self.open_plan)
        unit_row.addWidget(self.many_button)
        unit_row.addStretch(1)
        outer.addLayout(unit_row)
        outer.addWidget(self.api_status)  # its own line: it wraps at large text sizes
        self.sign_in_here = SignInHere(ctx)  # «Logg inn i Altinn», only while signed out
        outer.addWidget(self.sign_in_here)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_matrix(), tr("1. Oversikt"))
        self.tabs.addTab(self._build_approved(), tr("2. Hvem skal lese"))
        self.tabs.addTab(self._build_holders(), tr("3. Hvem har tilgang"))
        self.tabs.addTab(self._build_routine(), tr("4. Rutine"))
        outer.addWidget(self.tabs, 1)

        self._shown_once = False
        ctx.workspace_changed.connect(self.reload)
        self._show_api_status()
        self.reload()

    def showEvent(self, event) -> None:
        """Units, readers or addresses may have changed on another page: read them again."""
        super().showEvent(event)
        if self._shown_once:
            self.reload()
        self._shown_once = True

    # -- Altinn ---------------------------------------------------------------------------
    def set_access_api(self, api: AccessApi | None) -> None:
        """Use Altinn through ``api`` (after sign-in), or the portal steps (``None``)."""
        self.api = api
        self._show_api_status()
        self._update_buttons()

    def show_api_unavailable(self, exc: BaseException) -> None:
        """Signed in, but Altinn's API for this is off or the sign-in lacks the scope."""
        self.api_status.setText(
            tr(
                "Logget inn, men Altinn lar ikke Postvakt gjøre dette direkte: {why} Bruk stegene "
                "for portalen."
            ).format(why=dialogs.user_message(exc))
        )

    def _show_api_status(self) -> None:
        self.api_status.setText(
            tr("Koblet til Altinn: tilganger leses og endres direkte.")
            if self.api
            else tr(
                "Ikke logget inn i Altinn: skriv inn eller importer tilgangene, og følg "
                "stegene for portalen."
            )
        )
        self.api_status.setWordWrap(True)

    # -- building -------------------------------------------------------------------------
    def _build_matrix(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(tr("Vis:")))
        self.matrix_filter = QComboBox()
        self.matrix_filter.setAccessibleName(tr("Vis"))
        self.matrix_filter.addItem(tr("Alle organisasjonsnumre"), "all")
        self.matrix_filter.addItem(tr("Bare der ingen kan lese"), "bad")
        self.matrix_filter.addItem(tr("Alt som bør rettes"), "problems")
        self.matrix_filter.currentIndexChanged.connect(lambda _i: self._fill_matrix())
        filter_row.addWidget(self.matrix_filter)
        filter_row.addStretch(1)
        self.matrix_export_button = QPushButton(tr("Eksporter oversikten …"))
        self.matrix_export_button.setToolTip(
            tr("Som Excel (XLSX) eller CSV, til å dele med enhetene.")
        )
        self.matrix_export_button.clicked.connect(self.ask_export_matrix)
        filter_row.addWidget(self.matrix_export_button)
        layout.addLayout(filter_row)
        self.matrix = QTableWidget(0, 8)
        self.matrix.setObjectName("coverageMatrix")
        self.matrix.setAccessibleName(tr("Oversikt over tilgang per organisasjonsnummer"))
        self.matrix.setHorizontalHeaderLabels(
            [
                tr("Virksomhet"),
                tr("Org.nr"),
                tr("Godkjent leser"),
                tr("Kan lese"),
                tr("Andre med tilgang"),
                tr("Varsling"),
                tr("Status"),
                tr("Hva må gjøres"),
            ]
        )
        self.matrix.setWordWrap(True)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.verticalHeader().setVisible(False)
        header = self.matrix.horizontalHeader()
        for c in range(1, 7):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 230)  # long unit names wrap instead of squeezing «Hva må gjøres»
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the wrapped «Hva må gjøres» text at its real width: measured
        # again whenever the columns change size (not once, while the page was hidden).
        self._row_fit = QTimer(self)
        self._row_fit.setSingleShot(True)
        self._row_fit.setInterval(0)
        self._row_fit.timeout.connect(self.matrix.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_fit.start())
        self.matrix.cellDoubleClicked.connect(self._matrix_open)
        self.matrix.itemSelectionChanged.connect(self._matrix_selected)
        layout.addWidget(self.matrix)
        legend = QLabel(
            tr(
                "✖ Ingen kan lese: rød. ! Bør sjekkes: gul. ✔ I orden: grønn. "
                "Pek på en status for å se hva som mangler; dobbeltklikk for å "
                "rette det."
            )
        )
        legend.setWordWrap(True)
        layout.addWidget(legend)
        return w

    def _build_approved(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        intro = QLabel(
            tr(
                "Før opp hvem som skal kunne lese taushetsbelagt post for "
                "virksomheten, og hvorfor. Listen er grunnlaget for å gi og fjerne "
                "tilganger."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(tr("Legg til godkjent leser"))
        form = QFormLayout(box)
        self.reader_name = QLineEdit()
        self.reader_name.setPlaceholderText(tr("For eksempel Sara Holm"))
        self.reader_email = QLineEdit()
        self.reader_email.setPlaceholderText(tr("navn@kommune.no"))
        self.reader_mobile = QLineEdit()
        self.reader_mobile.setPlaceholderText(tr("+47 912 34 567 (valgfritt)"))
        self.reader_reason = QComboBox()
        for reason in Reason:
            self.reader_reason.addItem(reason_text(reason), reason)
        self.reader_by = QLineEdit()
        self.reader_by.setPlaceholderText(tr("Hvem godkjente (valgfritt)"))
        form.addRow(tr("Navn:"), self.reader_name)
        form.addRow(tr("E-post eller brukernavn:"), self.reader_email)
        form.addRow(tr("Mobil:"), self.reader_mobile)
        form.addRow(tr("Hvorfor:"), self.reader_reason)
        form.addRow(tr("Godkjent av:"), self.reader_by)
        self.add_reader_button = QPushButton(tr("Legg til på godkjent-listen"))
        self.add_reader_button.clicked.connect(self.add_reader)
        self.cancel_edit_button = QPushButton(tr("Avbryt endringen"))
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.cancel_edit_button.setVisible(False)
        self.editing: ApprovedReader | None = None  # the reader the form is changing
        self.reader_box = box
        self.reader_error = MessageLabel(self.reader_name)
        self.reader_error.setWordWrap(True)
        self.reader_error.setStyleSheet("color: #8c1d18;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_reader_button)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.reader_error, 1)
        form.addRow(buttons)
        layout.addWidget(box)
        self.approved_table = QTableWidget(0, 5)
        self.approved_table.setAccessibleName(tr("Godkjente lesere"))
        self.approved_table.setHorizontalHeaderLabels(
            [tr("Navn"), tr("E-post"), tr("Hvorfor"), tr("Har tilgang i Altinn"), tr("Godkjent")]
        )
        self.approved_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.approved_table.verticalHeader().setVisible(False)
        self.approved_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.approved_table.itemSelectionChanged.connect(self._update_buttons)
        self.approved_table.cellDoubleClicked.connect(lambda *_: self.edit_selected_reader())
        layout.addWidget(self.approved_table, 1)
        row = QHBoxLayout()
        self.edit_reader_button = QPushButton(tr("Endre …"))
        self.edit_reader_button.setToolTip(
            tr("Hent personen opp i skjemaet over for å rette navn, adresse eller hvorfor.")
        )
        self.edit_reader_button.clicked.connect(self.edit_selected_reader)
        row.addWidget(self.edit_reader_button)
        self.remove_reader_button = QPushButton(tr("Fjern fra godkjent-listen"))
        self.remove_reader_button.clicked.connect(self.remove_reader)
        self.grant_button = QPushButton(tr("Gi tilgang …"))
        self.grant_button.clicked.connect(self.grant_selected)
        row.addWidget(self.grant_button)
        row.addWidget(self.remove_reader_button)
        row.addStretch(1)
        layout.addLayout(row)
        return w

    def _build_holders(self) -> QWidget:
        w = QWidget()
        layout = reflowing(QHBoxLayout(w))  # the form goes under the table when text is large
        left = QVBoxLayout()
        self.holders_table = QTableWidget(0, 5)
        self.holders_table.setAccessibleName(tr("Har tilgang i Altinn"))
        self.holders_table.setHorizontalHeaderLabels(
            [tr("Navn"), tr("E-post"), tr("Tilgang"), tr("Kilde"), tr("På godkjent-listen")]
        )
        self.holders_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holders_table.verticalHeader().setVisible(False)
        self.holders_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.holders_table.itemSelectionChanged.connect(self._update_buttons)
        left.addWidget(self.holders_table, 1)
        buttons = QHBoxLayout()
        self.refresh_button = QPushButton(tr("Les tilganger fra Altinn"))
        self.refresh_button.clicked.connect(self.refresh_from_altinn)
        self.import_button = QPushButton(tr("Importer liste …"))
        self.import_button.setToolTip(
            tr("CSV eller Excel med kolonnene Organisasjonsnummer, Navn, E-post og Tilgang.")
        )
        self.import_button.clicked.connect(self.ask_import)
        self.revoke_button = QPushButton(tr("Fjern tilgang …"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.approve_button = QPushButton(tr("Sett på godkjent-listen …"))
        self.approve_button.setToolTip(tr("For en som har tilgang og skal beholde den."))
        self.approve_button.clicked.connect(self.approve_selected_holder)
        # two rows: reading the list, and acting on the chosen person (fits at large text)
        for b in (self.refresh_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left.addLayout(buttons)
        acting = QHBoxLayout()
        for b in (self.approve_button, self.revoke_button):
            acting.addWidget(b)
        acting.addStretch(1)
        left.addLayout(acting)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.import_status)

        box = QGroupBox(tr("Skriv inn en som har tilgang (sett i Altinn)"))
        form = QFormLayout(box)
        self.holder_name = QLineEdit()
        self.holder_email = QLineEdit()
        self.holder_grant = QComboBox()
        self.holder_grant.addItem(
            tr("Tilgangspakken «{p}»").format(p=dtr(PACKAGE_NAME)), PACKAGE_CODE
        )
        for code in LEGACY_ROLES:
            self.holder_grant.addItem(tr("Eldre rolle {code}").format(code=code), code)
        form.addRow(tr("Navn:"), self.holder_name)
        form.addRow(tr("E-post:"), self.holder_email)
        form.addRow(tr("Tilgang:"), self.holder_grant)
        self.add_holder_button = QPushButton(tr("Legg til"))
        self.add_holder_button.clicked.connect(self.add_holder)
        self.holder_error = MessageLabel(self.holder_name)
        self.holder_error.setWordWrap(True)
        self.holder_error.setStyleSheet("color: #8c1d18;")
        form.addRow(self.add_holder_button, self.holder_error)
        left.addWidget(box)
        layout.addLayout(left, 3)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The guide wraps to the panel's width; it never scrolls sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        guides = QWidget()
        gl = QVBoxLayout(guides)
        self.grant_guide = GuidePanel()
        self.grant_guide.show_step(self.guides.get("gi-tilgang"))
        self.revoke_guide = GuidePanel()
        self.revoke_guide.show_step(self.guides.get("fjern-tilgang"))
        gl.addWidget(self.grant_guide)
        gl.addWidget(self.revoke_guide)
        gl.addStretch(1)
        scroll.setWidget(guides)
        layout.addWidget(scroll, 2)
        return w

    def _build_routine(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        intro = QLabel(
            tr(
                "Svarene under blir en rutine for å gi og gå gjennom tilganger, som "
                "dere kan dele som PDF eller ODT (åpnes i Word og LibreOffice)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        # at large text sizes a field goes under its label instead of beside it
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.approver_title = QLineEdit()
        self.approver_title.setPlaceholderText(tr("For eksempel kommunedirektør"))
        self.approver_name = QLineEdit()
        self.administrator = QLineEdit()
        self.administrator.setPlaceholderText(tr("For eksempel IT-koordinator"))
        self.review_months = QSpinBox()
        self.review_months.setRange(1, 24)
        self.review_months.setValue(6)
        self.review_months.setSuffix(tr(" måneder"))
        self.reviewer = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        form.addRow(tr("Hvem godkjenner (stilling):"), self.approver_title)
        form.addRow(tr("Navn på den som godkjenner:"), self.approver_name)
        form.addRow(tr("Hvem gir tilgangen i Altinn:"), self.administrator)
        form.addRow(tr("Gå gjennom tilgangene hver:"), self.review_months)
        form.addRow(tr("Hvem går gjennom:"), self.reviewer)
        form.addRow(tr("Merknader:"), self.notes)
        layout.addLayout(form)
        self.routine_error = MessageLabel()
        self.routine_error.setStyleSheet("color: #8c1d18;")
        self.routine_error.setWordWrap(True)
        layout.addWidget(self.routine_error)
        row = QHBoxLayout()
        self.save_routine_button = QPushButton(tr("Lagre rutinen"))
        self.save_routine_button.clicked.connect(self.save_routine)
        self.pdf_button = QPushButton(tr("Eksporter som PDF …"))
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.odt_button = QPushButton(tr("Eksporter som ODT …"))
        self.odt_button.clicked.connect(lambda: self.ask_export(".odt"))
        self.review_button = QPushButton(tr("Registrer gjennomgang i dag"))
        self.review_button.clicked.connect(self.record_review)
        # two rows, so that they fit beside the navigation at large text sizes
        for b in (self.save_routine_button, self.review_button):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        exports = QHBoxLayout()
        for b in (self.pdf_button, self.odt_button):
            exports.addWidget(b)
        exports.addStretch(1)
        layout.addLayout(exports)
        self.routine_status = QLabel()
        self.routine_status.setWordWrap(True)
        self.routine_status.setObjectName("routineStatus")
        layout.addWidget(self.routine_status)
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_status)
        layout.addStretch(1)
        return w

    # -- loading --------------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        ws = self.ctx.workspace
        if ws is None:
            self._show(None)
            return
        wanted = ws.id
        self.ctx.run(
            self.service.overview,
            wanted,
            pass_state=False,
            owner=self,
            on_result=lambda d: self._show(d, wanted),
            error_title=tr("Tilgangene ble ikke lest inn"),
        )

    def _show(self, data: dict | None, workspace_id: int | None = None) -> None:
        if data is not None and (
            self.ctx.workspace is None or self.ctx.workspace.id != workspace_id
        ):
            return
        data = data or {"units": [], "rows": [], "approved": [], "holders": [], "routine": None}
        current = self.current_orgnr()
        self.units, self.rows = data["units"], data["rows"]
        self.approved, self.holders = data["approved"], data["holders"]
        self.routine_state = data["routine"]
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        for u in self.units:
            self.unit_combo.addItem(f"{u.name} ({format_orgnr(u.orgnr)})", u.orgnr)
        index = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(index, 0))
        self.unit_combo.blockSignals(False)
        self._fill_matrix()
        self._fill_unit()
        self._fill_routine()
        self.changed.emit()

    def current_orgnr(self) -> str | None:
        return self.unit_combo.currentData()

    def _unit_name(self, orgnr: str | None) -> str:
        return next((u.name for u in self.units if u.orgnr == orgnr), orgnr or "")

    def _fill_matrix(self) -> None:
        self.summary.setText(coverage_summary(coverage_counts(self.rows)))
        wanted = self.matrix_filter.currentData()
        self.shown_rows = [
            r
            for r in self.rows
            if wanted == "all"
            or r.level is Level.BAD
            or (wanted == "problems" and r.level in (Level.WARN, Level.UNKNOWN))
        ]
        self.matrix.setRowCount(len(self.shown_rows))
        yes, no = tr("Ja"), tr("Nei")
        for i, r in enumerate(self.shown_rows):
            approved = ", ".join(a.name for a in r.approved)
            holders = ", ".join(
                h.name + (tr(" (via hovedenheten)") if h in r.inherited else "") for h in r.holders
            )
            extras = ", ".join(h.name for h in r.extras)
            cells = [
                _item(r.name),
                _item(format_orgnr(r.orgnr)),
                _item(f"{yes} ({len(r.approved)})" if r.approved else no, approved),
                _item(
                    f"{yes} ({len(r.holders)})"
                    if r.holders
                    else (no if r.holders_known else tr("Ukjent")),
                    holders + read_note(r.holders_read_at),
                ),
                _item(tr("{n} til").format(n=len(r.extras)) if r.extras else tr("Ingen"), extras),
                _item(
                    f"{yes} ({len(r.addresses)})"
                    if r.addresses
                    else (no if r.addresses_known else tr("Ukjent")),
                    read_note(r.addresses_read_at).strip(),
                ),
                _item(
                    f"{level_symbol(r.level)} {level_text(r.level)}",
                    "\n".join(dtr(p) for p in r.problems) or dtr(r.summary),
                ),
                _item(" ".join(dtr(p) for p in r.problems) or dtr(r.summary)),
            ]
            fg, bg = LEVEL_STYLE[r.level]
            for c, item in enumerate(cells):
                if r.level is Level.UNKNOWN and c in (3, 6):
                    fg, bg = LEVEL_STYLE[Level.UNKNOWN]
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                elif (
                    c == 6
                    or (c == 3 and not r.holders)
                    or (c == 4 and r.extras)
                    or (c == 5 and not r.addresses)
                    or (c == 2 and not r.approved)
                ):
                    level = r.level if c == 6 else (Level.BAD if c == 3 else Level.WARN)
                    if c == 5 and not r.addresses_known:
                        level = Level.UNKNOWN
                    fg, bg = LEVEL_STYLE[level]
                    item.setForeground(QBrush(QColor(fg)))
                    item.setBackground(QBrush(QColor(bg)))
                self.matrix.setItem(i, c, item)
            self.matrix.item(i, 0).setData(Qt.ItemDataRole.UserRole, r.orgnr)
        self._row_fit.start()

    def _fill_unit(self) -> None:
        orgnr = self.current_orgnr()
        approved = [a for a in self.approved if a.orgnr == orgnr]
        holders = [h for h in self.holders if h.orgnr == orgnr]
        self.approved_table.setRowCount(len(approved))
        for i, a in enumerate(approved):
            has = any(same_person(a, h) for h in holders)
            has_item = _item(tr("Ja") if has else tr("Nei, ikke ennå"))
            if not has:
                has_item.setForeground(QBrush(QColor(LEVEL_STYLE[Level.WARN][0])))
            self.approved_table.setItem(i, 0, _item(a.name))
            self.approved_table.setItem(i, 1, _item(a.email))
            self.approved_table.setItem(i, 2, _item(reason_text(a.reason)))
            self.approved_table.setItem(i, 3, has_item)
            when = a.approved_on.strftime("%d.%m.%Y") if a.approved_on else ""
            self.approved_table.setItem(
                i, 4, _item(" ".join(x for x in (when, a.approved_by) if x))
            )
        self._approved_shown = approved
        self.holders_table.setRowCount(len(holders))
        for i, h in enumerate(holders):
            on_list = any(same_person(h, a) for a in approved)
            listed = _item(tr("Ja") if on_list else tr("Nei: fjern eller godkjenn"))
            if not on_list:
                listed.setForeground(QBrush(QColor(LEVEL_STYLE[Level.BAD][0])))
            self.holders_table.setItem(i, 0, _item(h.name))
            self.holders_table.setItem(i, 1, _item(h.email))
            self.holders_table.setItem(i, 2, _item(", ".join(grant_text(g) for g in h.grants)))
            self.holders_table.setItem(i, 3, _item(dtr(SOURCE_LABELS[h.source])))
            self.holders_table.setItem(i, 4, listed)
        self._holders_shown = holders
        self._update_buttons()

    def _fill_routine(self) -> None:
        st = self.routine_state
        if st is None:
            self.routine_status.setText("")
            return
        s = st.settings
        self.approver_title.setText(s.approver_title)
        self.approver_name.setText(s.approver_name)
        self.administrator.setText(s.administrator)
        self.review_months.setValue(s.review_months)
        self.reviewer.setText(s.reviewer)
        self.notes.setPlainText(s.notes)
        if not st.saved:
            text = tr("Rutinen er ikke lagret ennå. Fyll inn og trykk «Lagre rutinen».")
        else:
            parts = []
            if st.last_review:
                parts.append(
                    tr("Siste gjennomgang: {d}.").format(d=st.last_review.strftime("%d.%m.%Y"))
                )
            if st.next_due:
                parts.append(
                    tr("Neste gjennomgang: {d}.").format(d=st.next_due.strftime("%d.%m.%Y"))
                )
            if st.due:
                parts.append(tr("Gjennomgangen er forfalt: gå gjennom tilgangene nå."))
            text = " ".join(parts)
        self.routine_status.setText(text)
        self.routine_status.setStyleSheet("color: #8c1d18; font-weight: 600;" if st.due else "")

    def _unit_changed(self, _index: int) -> None:
        if self.editing is not None and self.editing.orgnr != self.current_orgnr():
            self.cancel_edit()  # the form belongs to a reader of another unit
        self._fill_unit()

    def _update_buttons(self) -> None:
        has_unit = self.current_orgnr() is not None
        self.add_reader_button.setEnabled(has_unit)
        self.add_holder_button.setEnabled(has_unit)
        self.import_button.setEnabled(self.ctx.workspace is not None)
        self.refresh_button.setEnabled(self.api is not None and bool(self.units))
        self.remove_reader_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.edit_reader_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.grant_button.setEnabled(bool(self.approved_table.selectedItems()))
        self.revoke_button.setEnabled(bool(self.holders_table.selectedItems()))
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        self.approve_button.setEnabled(
            isinstance(holder, Holder)
            and not any(same_person(holder, a) for a in self.approved if a.orgnr == holder.orgnr)
        )

    def _matrix_selected(self) -> None:
        rows = self.matrix.selectionModel().selectedRows()
        if rows:
            orgnr = self.matrix.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(orgnr))

    def _matrix_open(self, row: int, _column: int) -> None:
        r = self.shown_rows[row]
        self.tabs.setCurrentIndex(2 if r.extras or r.has_reader else 1)

    # -- actions --------------------------------------------------------------------------
    def open_plan(self) -> None:
        """Many org numbers at once: typed once (or a list), planned, then applied."""
        if self.ctx.workspace is None:
            return
        dialog = PlanDialog(self.ctx, TILGANG, self.api, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(lambda _r: self.reload())
        self.plan_dialog = dialog
        dialog.open()

    def open_task(self, task: HandoverTask) -> None:
        """A task file was opened: «Gi tilgang til mange …» with the task filled in."""
        self.open_plan()
        dialog = getattr(self, "plan_dialog", None)
        if isinstance(dialog, PlanDialog):
            dialog.use_task(task)

    def _after(self, *_result: object) -> None:
        self.reload()  # the service recorded the change

    def edit_selected_reader(self) -> None:
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if not isinstance(reader, ApprovedReader) or reader.id is None:
            return
        self.editing = reader
        self.reader_name.setText(reader.name)
        self.reader_email.setText(reader.email)
        self.reader_mobile.setText(reader.mobile)
        self.reader_by.setText(reader.approved_by)
        self.reader_reason.setCurrentIndex(self.reader_reason.findData(reader.reason))
        self.reader_box.setTitle(tr("Endre godkjent leser: {name}").format(name=reader.name))
        self.add_reader_button.setText(tr("Lagre endringen"))
        self.cancel_edit_button.setVisible(True)
        self.reader_error.setText("")
        self.reader_name.setFocus()

    def cancel_edit(self) -> None:
        self.editing = None
        for field in (self.reader_name, self.reader_email, self.reader_mobile):
            field.clear()
        self.reader_box.setTitle(tr("Legg til godkjent leser"))
        self.add_reader_button.setText(tr("Legg til på godkjent-listen"))
        self.cancel_edit_button.setVisible(False)
        self.reader_error.setText("")

    def add_reader(self) -> None:
        ws, orgnr = self.ctx.workspace, self.current_orgnr()
        if ws is None or orgnr is None:
            return
        if self.editing is not None:
            self._save_edit(ws.id)
            return
        reason = self.reader_reason.currentData()
        args = (
            ws.id,
            orgnr,
            self.reader_name.text(),
            self.reader_email.text(),
            reason,
            self.reader_mobile.text(),
            self.reader_by.text(),
        )

        def done(reader: ApprovedReader) -> None:
            self.reader_error.setText("")
            for field in (self.reader_name, self.reader_email, self.reader_mobile):
                field.clear()
            self._after(reader)

        self.ctx.run(
            self.service.add_approved,
            *args,
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.reader_error.setText(dialogs.user_message(exc)),
        )

    def _save_edit(self, workspace_id: int) -> None:
        before = self.editing
        assert before is not None and before.id is not None

        def done(reader: ApprovedReader) -> None:
            self.cancel_edit()
            self._after(reader)

        self.ctx.run(
            self.service.update_approved,
            workspace_id,
            before.id,
            self.reader_name.text(),
            self.reader_email.text(),
            self.reader_reason.currentData(),
            self.reader_mobile.text(),
            self.reader_by.text(),
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=lambda exc: self.reader_error.setText(dialogs.user_message(exc)),
        )

    def _selected(self, table: QTableWidget, shown: list) -> object | None:
        rows = table.selectionModel().selectedRows()
        return shown[rows[0].row()] if rows and rows[0].row() < len(shown) else None

    def remove_reader(self) -> None:
        ws = self.ctx.workspace
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if ws is None or not isinstance(reader, ApprovedReader) or reader.id is None:
            return

        def go() -> None:
            self.ctx.run(
                self.service.remove_approved,
                ws.id,
                reader.id,
                pass_state=False,
                on_result=self._after,
            )

        dialogs.confirm(
            self,
            tr("Fjern fra godkjent-listen"),
            tr(
                "Fjerne {name} fra godkjent-listen for {unit}? Tilgangen i Altinn "
                "fjernes ikke av dette."
            ).format(name=reader.name, unit=self._unit_name(reader.orgnr)),
            go,
            danger=True,
        )

    def approve_selected_holder(self) -> None:
        """Fill in the approved-list form with the selected holder; the user picks why."""
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        if not isinstance(holder, Holder):
            return
        self.reader_name.setText(holder.name)
        self.reader_email.setText(holder.email)
        self.reader_error.setText(
            tr(
                "Velg hvorfor {name} skal ha tilgangen, og trykk «Legg til på godkjent-listen»."
            ).format(name=holder.name)
        )
        self.tabs.setCurrentIndex(1)
        self.reader_reason.setFocus()

    def add_holder(self) -> None:
        ws, orgnr = self.ctx.workspace, self.current_orgnr()
        if ws is None or orgnr is None:
            return

        def done(holder: Holder) -> None:
            self.holder_error.setText("")
            self.holder_name.clear()
            self.holder_email.clear()
            self._after(holder)

        self.ctx.run(
            self.service.add_holder,
            ws.id,
            orgnr,
            self.holder_name.text(),
            self.holder_email.text(),
            [self.holder_grant.currentData()],
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.holder_error.setText(dialogs.user_message(exc)),
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer liste over tilganger"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.import_status.setText(tr("Leser «{name}» …").format(name=path.name))

        def done(result: HolderImport) -> None:
            text = tr("{n} tilganger lest inn fra «{name}».").format(
                n=len(result.holders), name=path.name
            )
            if result.errors:
                text += " " + tr("{n} linjer ble hoppet over:").format(n=len(result.errors))
                text += "\n" + "\n".join(dtr(e.reason) for e in result.errors[:20])
            self.import_status.setText(text)
            self._after(result)

        def failed(exc: BaseException) -> None:
            self.import_status.setText(tr("Listen ble ikke lest inn."))
            dialogs.show_error(self, exc, tr("Listen ble ikke lest inn"))

        self.ctx.run(
            lambda state: self.service.import_holders(ws.id, path, state, path.name),
            on_result=done,
            on_error=failed,
        )

    def refresh_from_altinn(self) -> None:
        ws, api = self.ctx.workspace, self.api
        if ws is None or api is None:
            return
        self.import_status.setText(tr("Leser tilganger fra Altinn …"))

        def done(failed: list[tuple[str, str]]) -> None:
            if failed:
                self.import_status.setText(
                    tr("Tilgangene er lest for {ok} virksomheter. Ikke lest for:").format(
                        ok=len(self.units) - len(failed)
                    )
                    + "\n"
                    + failures_text(failed)
                )
            else:
                self.import_status.setText(tr("Tilgangene er lest fra Altinn."))
            self._after(failed)

        self.ctx.run(
            lambda state: self.service.refresh_holders(api, ws.id, state),
            on_result=done,
            error_title=tr("Tilgangene ble ikke lest fra Altinn"),
            environment_bound=True,
        )

    def grant_selected(self) -> None:
        reader = self._selected(self.approved_table, getattr(self, "_approved_shown", []))
        if not isinstance(reader, ApprovedReader):
            return
        if self.api is None:
            self.tabs.setCurrentIndex(2)
            dialogs.inform(
                self,
                tr("Gi tilgang i Altinn-portalen"),
                tr(
                    "Du er ikke logget inn i Altinn fra Postvakt. Følg stegene til "
                    "høyre for å gi {name} tilgangen, og før den opp her etterpå."
                ).format(name=reader.name),
            )
            return
        dialog = GrantDialog(reader, self._unit_name(reader.orgnr), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(
            lambda: self.grant(reader, dialog.identifier.text(), dialog.last_name.text())
        )
        self.grant_dialog = dialog
        dialog.open()

    def grant(self, reader: ApprovedReader, identifier: str, last_name: str) -> None:
        ws, api = self.ctx.workspace, self.api
        if ws is None or api is None:
            return
        person = GrantPerson(identifier, last_name, reader.name, reader.email)

        self.ctx.run(
            self.service.grant,
            api,
            ws.id,
            reader.orgnr,
            person,
            pass_state=False,
            on_result=self._after,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Tilgangen ble ikke gitt")),
        )

    def revoke_selected(self) -> None:
        ws = self.ctx.workspace
        holder = self._selected(self.holders_table, getattr(self, "_holders_shown", []))
        if ws is None or not isinstance(holder, Holder):
            return
        api = self.api
        if api is not None:
            text = tr(
                "Fjerne tilgangen til taushetsbelagt post for {name} i {unit}? Altinn "
                "fjerner den med en gang, og {name} ser ikke lenger posten."
            )
        else:
            text = tr(
                "Har du fjernet tilgangen for {name} i {unit} i Altinn-portalen? Da "
                "fjernes {name} fra listen her. (Stegene står til høyre.)"
            )

        def go() -> None:
            self.ctx.run(
                self.service.revoke,
                api,
                ws.id,
                holder,
                pass_state=False,
                on_result=self._after,
                on_error=lambda exc: dialogs.show_error(
                    self, exc, tr("Tilgangen ble ikke fjernet")
                ),
            )

        dialogs.confirm(
            self,
            tr("Fjern tilgang"),
            text.format(name=holder.name, unit=self._unit_name(holder.orgnr)),
            go,
            danger=True,
        )

    def ask_export_matrix(self) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        xlsx, csv = tr("Excel-arbeidsbok (*.xlsx)"), tr("CSV for Excel (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Eksporter oversikten"),
            str(Path.home() / "taushetsbelagt-post-oversikt.xlsx"),
            f"{xlsx};;{csv}",
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if chosen == csv else ".xlsx")
            self.export_matrix_to(target)

    def export_matrix_to(self, path: Path) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        self.ctx.run(
            self.service.export_matrix,
            ws.id,
            path,
            pass_state=False,
            on_result=lambda n: self.summary.setText(
                self.summary.text().split("\n")[0]
                + "\n"
                + tr("Oversikten ({n} organisasjonsnumre) er lagret i {path}.").format(
                    n=n, path=path
                )
            ),
            on_error=lambda exc: dialogs.show_error(
                self, exc, tr("Oversikten ble ikke eksportert")
            ),
        )

    # -- routine --------------------------------------------------------------------------
    def routine_settings(self) -> RoutineSettings:
        return RoutineSettings(
            self.approver_title.text().strip(),
            self.approver_name.text().strip(),
            self.administrator.text().strip(),
            self.review_months.value(),
            self.reviewer.text().strip(),
            self.notes.toPlainText().strip(),
        )

    def save_routine(self, then=None) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        settings = self.routine_settings()

        def done(state: RoutineState) -> None:
            self.routine_error.setText("")
            self.routine_state = state
            self._fill_routine()
            if then is not None:
                then()

        self.ctx.run(
            self.service.save_routine,
            ws.id,
            settings,
            pass_state=False,
            on_result=done,
            on_error=lambda exc: self.routine_error.setText(dialogs.user_message(exc)),
        )

    def record_review(self) -> None:
        ws = self.ctx.workspace
        if ws is None or self.routine_state is None or not self.routine_state.saved:
            self.routine_error.setText(tr("Lagre rutinen først."))
            return
        reviewer = self.reviewer.text().strip() or self.approver_name.text().strip()

        def done(state: RoutineState) -> None:
            self.routine_state = state
            self._fill_routine()

        self.ctx.run(self.service.record_review, ws.id, reviewer, pass_state=False, on_result=done)

    def ask_export(self, suffix: str) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        name = default_export_name(ws.name, suffix)
        filt = tr("PDF (*.pdf)") if suffix == ".pdf" else tr("OpenDocument-tekst (*.odt)")
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Eksporter rutinen"), str(Path.home() / name), filt
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != suffix:
                target = target.with_suffix(suffix)
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        """Save the routine as it stands in the form, then write it to ``path``."""
        ws = self.ctx.workspace
        if ws is None:
            return
        title = tr("Rutine for taushetsbelagt post")

        def writer(html: str, target: Path) -> Path:
            if target.suffix.lower() == ".odt":
                return save_odt(html, target, title)
            return write_pdf(html, target, title=title)

        def write() -> None:
            self.ctx.run(
                self.service.export_routine,
                ws.id,
                path,
                writer,
                pass_state=False,
                on_result=lambda p: self.export_status.setText(
                    tr("Rutinen er lagret i {path}.").format(path=p)
                ),
                on_error=lambda exc: dialogs.show_error(
                    self, exc, tr("Rutinen ble ikke eksportert")
                ),
            )

        self.save_routine(then=write)

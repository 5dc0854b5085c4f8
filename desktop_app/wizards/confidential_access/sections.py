"""The four tabs of Taushetsbelagt post as they are built: the coverage matrix, the approved
list, who has access, and the routine. A part of :class:`ConfidentialAccessPage`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import (
    LEGACY_ROLES,
    PACKAGE_CODE,
    PACKAGE_NAME,
    ApprovedReader,
    Reason,
)
from desktop_app.views.accessibility import MessageLabel, reflowing
from desktop_app.views.columns import fit_columns
from desktop_app.views.domain_text import dtr
from desktop_app.views.guide_view import GuidePanel
from desktop_app.wizards import printouts
from desktop_app.wizards.confidential_access.portal_read import portal_read_row
from desktop_app.wizards.confidential_access.texts import reason_text


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


class AccessSections:
    """Builds the tabs; the page fills them (:mod:`.page`)."""

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
        # as wide as its longest choice (a few words; the row has room for them)
        self.matrix_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.matrix_filter.setMinimumContentsLength(
            max(len(self.matrix_filter.itemText(i)) for i in range(self.matrix_filter.count()))
        )
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
        fit_columns(self.matrix, (0, 1, 6, 7))  # a small screen: Status, Hva må gjøres in view
        # Row heights follow the wrapped «Hva må gjøres» text at its real width: measured
        # again whenever the columns change size (not once, while the page was hidden).
        self._row_fit = QTimer(self)
        self._row_fit.setSingleShot(True)
        self._row_fit.setInterval(0)
        self._row_fit.timeout.connect(self.matrix.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_fit.start())
        # Enter on a row, or a double click: the tab that fixes it (activated is both)
        self.matrix.activated.connect(lambda index: self._matrix_open(index.row(), index.column()))
        self.matrix.itemSelectionChanged.connect(self._matrix_selected)
        layout.addWidget(self.matrix)
        legend = QLabel(
            tr(
                "✖ Ingen kan lese: rød. ! Bør sjekkes: gul. ✔ I orden: grønn. "
                "«Hva må gjøres» sier hva som mangler; Enter eller dobbeltklikk på en rad "
                "åpner fanen som retter det."
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
        self.approved_table.activated.connect(lambda _index: self.edit_selected_reader())
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
        left.addLayout(portal_read_row(self, self.ctx, self._after))
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
        for b in (self.pdf_button, printouts.access_routine_button(self), self.odt_button):
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

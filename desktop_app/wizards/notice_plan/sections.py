"""The two halves of Varslingsplan as they are built: the notice order (left) and the letters,
timeline and plan (right). A part of :class:`NoticePlannerPage`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.notices import SECTION8_LABEL_NB, Provider
from desktop_app.views.columns import fit_columns
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import rich
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.notice_plan.table import PlanTableModel
from desktop_app.wizards.notice_plan.texts import DEFAULT_EMAIL_TEXT, DEFAULT_SMS_TEXT
from desktop_app.wizards.notice_plan.timeline import NoticeTimeline


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


class PlannerSections:
    """Builds the two halves; the page reads and fills them (:mod:`.page`)."""

    # -- building ----------------------------------------------------------------------
    def _build_settings(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 12, 0)

        order = QGroupBox(tr("Varselet dere bestiller"))
        form = QFormLayout(order)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.days_edit = QLineEdit("0, 7")
        self.days_edit.setPlaceholderText(tr("for eksempel 0, 7"))
        self.days_edit.setAccessibleName(tr("Dager etter at brevet kom fram"))
        self.days_edit.setToolTip(
            tr(
                "Dag 0 er dagen brevet kommer i postkassen. Velg 1–10 ulike dager fra 0 til 25, "
                "med komma mellom."
            )
        )
        days_help = QLabel(tr("0 = samme dag som brevet kommer. 1–10 dager, fra 0 til 25."))
        days_help.setWordWrap(True)
        days_help.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        days_box = QVBoxLayout()
        days_box.setSpacing(2)
        days_box.addWidget(self.days_edit)
        days_box.addWidget(days_help)
        form.addRow(tr("&Dager:"), days_box)
        days_label = form.labelForField(days_box)
        if isinstance(days_label, QLabel):
            days_label.setBuddy(self.days_edit)

        channels = QHBoxLayout()
        self.email_check = QCheckBox(tr("&E-post"))
        self.email_check.setChecked(True)
        self.sms_check = QCheckBox(tr("&SMS"))
        channels.addWidget(self.email_check)
        channels.addWidget(self.sms_check)
        channels.addStretch(1)
        form.addRow(tr("Kanal:"), channels)

        self.provider_combo = QComboBox()
        for provider in Provider:
            self.provider_combo.addItem(provider.label_nb, provider)
        self.provider_combo.setAccessibleName(tr("Postkasseleverandør"))
        form.addRow(tr("&Leverandør:"), self.provider_combo)
        self._buddy(form, self.provider_combo)
        self.provider_note = QLabel()
        self.provider_note.setWordWrap(True)
        self.provider_note.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        form.addRow(self.provider_note)

        self.section8_check = QCheckBox(tr("Brevet krever varsel etter § 8"))
        self.section8_check.setChecked(True)
        self.section8_check.setToolTip(
            tr(
                "Enkeltvedtak og andre brev der {section} krever varsel. Da anbefales dag 0 og 7 "
                "med e-post."
            ).format(section=dtr(SECTION8_LABEL_NB))
        )
        form.addRow(self.section8_check)
        layout.addWidget(order)

        texts = QGroupBox(tr("Varslingstekster"))
        texts_layout = QVBoxLayout(texts)
        self.email_text = QPlainTextEdit(DEFAULT_EMAIL_TEXT)
        self.email_text.setAccessibleName(tr("Varslingstekst for e-post"))
        self.email_text.setTabChangesFocus(True)
        self.email_text.setFixedHeight(64)
        self.email_counter = QLabel()
        self.sms_text = QPlainTextEdit(DEFAULT_SMS_TEXT)
        self.sms_text.setAccessibleName(tr("Varslingstekst for SMS"))
        self.sms_text.setTabChangesFocus(True)
        self.sms_text.setFixedHeight(52)
        self.sms_counter = QLabel()
        for title, editor, counter in (
            (tr("Tekst i e-posten:"), self.email_text, self.email_counter),
            (tr("Tekst i SMS-en:"), self.sms_text, self.sms_counter),
        ):
            head = QHBoxLayout()
            label = QLabel(title)
            label.setBuddy(editor)
            head.addWidget(label)
            head.addStretch(1)
            head.addWidget(counter)
            texts_layout.addLayout(head)
            texts_layout.addWidget(editor)
        privacy = QLabel(
            tr("Varsler sendes ukryptert. Skriv ikke navn, fødselsnummer eller hva saken gjelder.")
        )
        privacy.setWordWrap(True)
        privacy.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        texts_layout.addWidget(privacy)
        layout.addWidget(texts)

        check = QGroupBox(tr("Kontroll av innstillingene"))
        self.findings_layout = QVBoxLayout(check)
        self.findings_layout.setSpacing(6)
        layout.addWidget(check)
        layout.addStretch(1)

        for signal in (
            self.days_edit.textChanged,
            self.email_text.textChanged,
            self.sms_text.textChanged,
        ):
            signal.connect(self._settings_changed)
        for box in (self.email_check, self.sms_check, self.section8_check):
            box.toggled.connect(self._settings_changed)
        self.provider_combo.currentIndexChanged.connect(self._settings_changed)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(360)
        return scroll

    @staticmethod
    def _buddy(form: QFormLayout, field: QWidget) -> None:
        label = form.labelForField(field)
        if isinstance(label, QLabel):
            label.setBuddy(field)

    def _build_letters(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 0, 0, 0)

        letters = QGroupBox(tr("Brev"))
        grid = QVBoxLayout(letters)
        self.source_group = QButtonGroup(self)
        self.single_radio = QRadioButton(tr("Ett brev"))
        self.single_radio.setChecked(True)
        self.list_radio = QRadioButton(tr("Liste fra fil"))
        self.list_radio.setEnabled(False)
        self.source_group.addButton(self.single_radio)
        self.source_group.addButton(self.list_radio)

        single = QHBoxLayout()
        single.addWidget(self.single_radio)
        single.addSpacing(8)
        available_label = QLabel(tr("&Tilgjengelig i postkassen:"))
        self.available_edit = QDateTimeEdit()
        self.available_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.available_edit.setCalendarPopup(True)
        now = QDateTime.currentDateTime()
        self.available_edit.setDateTime(now.addSecs(-now.time().second()))
        self.available_edit.setAccessibleName(tr("Tilgjengelig i postkassen"))
        available_label.setBuddy(self.available_edit)
        self.available_edit.setToolTip(
            tr("Når brevet kom i den digitale postkassen (norsk tid). Dag 0 er denne dagen.")
        )
        self.read_check = QCheckBox(tr("Lest:"))
        self.read_edit = QDateTimeEdit()
        self.read_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.read_edit.setCalendarPopup(True)
        self.read_edit.setDateTime(self.available_edit.dateTime().addSecs(3600))
        self.read_edit.setEnabled(False)
        self.read_edit.setAccessibleName(tr("Lest"))
        single.addWidget(available_label)
        single.addWidget(self.available_edit)
        single.addStretch(1)
        grid.addLayout(single)
        read = QHBoxLayout()  # a line of its own: the row fits beside the settings at large text
        read.addSpacing(self.single_radio.sizeHint().width() + 8)
        read.addWidget(self.read_check)
        read.addWidget(self.read_edit)
        read.addStretch(1)
        grid.addLayout(read)

        many = QHBoxLayout()
        many.addWidget(self.list_radio)
        self.import_button = QPushButton(tr("&Importer liste …"))
        self.import_button.setToolTip(
            tr(
                "CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest "
                "(dd.mm.åååå tt:mm, norsk tid)."
            )
        )
        self.import_status = QLabel(
            tr("CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.")
        )
        self.import_status.setWordWrap(True)
        self.import_status.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        many.addWidget(self.import_button)
        many.addWidget(self.import_status, 1)
        grid.addLayout(many)
        reach = QHBoxLayout()
        self.contact_button = QPushButton(tr("&Kan mottakerne varsles? …"))
        self.contact_button.setToolTip(
            tr(
                "Sjekk i Kontaktregisteret (eller en eksportert liste) hvem som kan få varsel på "
                "e-post eller SMS, og hvem som har for gamle kontaktopplysninger."
            )
        )
        self.contact_button.clicked.connect(self.open_contactability)
        reach.addWidget(self.contact_button)
        reach.addStretch(1)
        grid.addLayout(reach)
        layout.addWidget(letters)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("planSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.timeline = NoticeTimeline()

        self.model = PlanTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Planlagte varsler"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 95, 55, 160, 70, 150)):
            header.resizeSection(column, width)
        fit_columns(self.table, (0, 1, 2, 3, 6))  # a small screen: «Hvorfor» stays in view

        self.detail = rich(QLabel(tr("Velg en rad for å se hele begrunnelsen.")))
        self.detail.setObjectName("planDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("QLabel#planDetail { background: #f3f5f7; padding: 6px; }")
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        detail_scroll.setWidget(self.detail)
        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.setChildrenCollapsible(False)
        self.results.addWidget(self.timeline)
        self.results.addWidget(self.table)
        self.results.addWidget(detail_scroll)
        self.results.setStretchFactor(1, 1)
        self.results.setSizes([100, 1000, 70])
        layout.addWidget(self.results, 1)

        self.errors_label = QLabel()
        self.errors_label.setWordWrap(True)
        self.errors_label.setStyleSheet(f"color: {STATUS_COLOURS['bad']}; font-weight: 600;")
        self.errors_list = QListWidget()
        self.errors_list.setAccessibleName(tr("Rader som ikke ble lest inn"))
        self.errors_list.setWordWrap(True)
        self.errors_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.errors_list.setFixedHeight(self.errors_list.fontMetrics().lineSpacing() * 3 + 10)
        self.errors_label.setVisible(False)
        self.errors_list.setVisible(False)
        layout.addWidget(self.errors_label)
        layout.addWidget(self.errors_list)

        bar = QHBoxLayout()
        self.clear_button = QPushButton(tr("Fjern listen"))
        self.clear_button.setVisible(False)
        self.export_button = QPushButton(tr("E&ksporter plan …"))
        self.export_button.setEnabled(False)
        self.export_button.setToolTip(tr("Lagre planen som CSV (åpnes i Excel) eller Excel-fil."))
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.available_edit.dateTimeChanged.connect(self._single_changed)
        self.read_edit.dateTimeChanged.connect(self._single_changed)
        self.read_check.toggled.connect(self.read_edit.setEnabled)
        self.read_check.toggled.connect(self._read_toggled)
        self.read_check.toggled.connect(self._single_changed)
        self.source_group.buttonToggled.connect(lambda _b, on: on and self._request_plan())
        self.import_button.clicked.connect(self.ask_import)
        self.clear_button.clicked.connect(self.clear_list)
        self.export_button.clicked.connect(self.ask_export)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        return panel

"""Varslingsplan: when each DPI notice of a letter (or of an imported list) can go out, and why.

Left: the notice order (days, channels, provider, texts) with a live check of it. Right: the
letters (one typed in, or a list imported from CSV/Excel), a timeline of notices per day, the
plan as a table, and an export. The rules are in :mod:`desktop_app.domain.notices`; import,
planning and export are in :mod:`desktop_app.services.notice_plan` and run in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
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
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.notices import (
    EMAIL_TEXT_MAX,
    OSLO,
    PROVIDER_NOTES_NB,
    SECTION8_LABEL_NB,
    SMS_TEXT_MAX,
    Channel,
    Finding,
    Letter,
    NoticeSettings,
    Provider,
    Severity,
    check_settings,
    sms_count,
)
from desktop_app.domain.numbers import group_digits as _num
from desktop_app.services.notice_plan import (
    ImportedLetters,
    NoticePlan,
    PlanRow,
    RowStatus,
    build_plan,
    import_letters,
    parse_days,
)
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import rich
from desktop_app.views.row_model import RowTableModel
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


SEVERITY_COLOURS = {  # text, background, border
    Severity.FEIL: ("#8c1d18", "#fbe9e7", "#b3261e"),
    Severity.ADVARSEL: ("#5c3d00", "#fff4d6", "#c98a00"),
    Severity.ANBEFALING: ("#0b3d66", "#e3effa", "#1a5fb4"),
}
CHANNEL_COLOURS = {Channel.EPOST: QColor("#1a5fb4"), Channel.SMS: QColor("#2a9d8f")}

DEFAULT_EMAIL_TEXT = (
    "Du har fått et nytt brev fra kommunen i den digitale postkassen din. Logg inn for å lese det."
)
DEFAULT_SMS_TEXT = "Du har fått et nytt brev fra kommunen i den digitale postkassen din."


def _date(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _moment(moment: datetime) -> str:
    local = moment.astimezone(OSLO)
    return tr("{date} kl. {time}").format(date=_date(local.date()), time=local.strftime("%H.%M"))


def severity_label(severity: Severity) -> str:
    return {
        Severity.FEIL: tr("Feil"),
        Severity.ADVARSEL: tr("Advarsel"),
        Severity.ANBEFALING: tr("Anbefaling"),
    }[severity]


def channel_label(channel: Channel | None) -> str:
    if channel is None:
        return ""
    return tr("E-post") if channel is Channel.EPOST else tr("SMS")


# --- The plan as a table -------------------------------------------------------------------------


class PlanTableModel(RowTableModel[PlanRow]):
    """One row per notice; the text of a cell is made only when the view asks for it."""

    COLUMNS = ("letter", "day", "channel", "from", "to", "receipt", "why")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                tr("Brev"),
                tr("Varsel"),
                tr("Kanal"),
                tr("Kan sendes fra"),
                tr("til"),
                tr("Feilkvittering senest"),
                tr("Hvorfor"),
            ],
            parent,
        )

    def role_data(self, row: PlanRow, column: str, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "why" or row.status is not RowStatus.PLANNED:
                return full_reason(row)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is RowStatus.ERROR:
                return QBrush(QColor(STATUS_COLOURS["bad"]))
            if row.status is RowStatus.READ:
                return QBrush(QColor(STATUS_COLOURS["muted"]))
            return None
        if role == Qt.ItemDataRole.FontRole and row.shifted and column == "from":
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def cell_text(row: PlanRow, column: str) -> str:
        if column == "letter":
            return row.reference
        if row.status is RowStatus.ERROR:
            return {"day": "–", "from": tr("Kan ikke planlegges"), "why": dtr(row.reason_nb)}.get(
                column, ""
            )
        if column == "day":
            if row.shifted:
                return tr("Dag {n}, flyttet").format(n=row.day_index)
            return tr("Dag {n}").format(n=row.day_index)
        if column == "channel":
            return channel_label(row.channel)
        if column == "why":
            return row.reason_nb
        if row.status is RowStatus.READ:
            return tr("Sendes ikke: brevet er lest") if column == "from" else ""
        if column == "from" and row.window_start is not None:
            return _moment(row.window_start)
        if column == "to" and row.window_end is not None and row.window_start is not None:
            end = row.window_end.astimezone(OSLO)
            if end.date() == row.window_start.astimezone(OSLO).date():
                return tr("kl. {time}").format(time=end.strftime("%H.%M"))
            return _moment(end)
        if column == "receipt" and row.receipt_by is not None:
            return _date(row.receipt_by)
        return ""


def full_reason(row: PlanRow) -> str:
    parts = [row.reason_nb]
    if row.note_nb:
        parts.append(row.note_nb)
    return "\n\n".join(p for p in parts if p)


# --- Timeline ------------------------------------------------------------------------------------


class NoticeTimeline(QWidget):
    """Notices that can go out, per day, as bars over the batch's date range (e-post and SMS
    stacked). Hover a bar for the day and the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_day: dict[date, dict[Channel, int]] = {}
        self.setMinimumHeight(100)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Tidslinje: varsler per dag"))

    def sizeHint(self) -> QSize:
        return QSize(600, 140)

    def set_counts(self, per_day: dict[date, dict[Channel, int]]) -> None:
        self.per_day = dict(per_day)
        if self.per_day:
            busiest = max(self.per_day, key=lambda d: sum(self.per_day[d].values()))
            self.setAccessibleDescription(
                tr("Varsler fra {first} til {last}. Flest varsler {day}: {n}.").format(
                    first=_date(min(self.per_day)),
                    last=_date(max(self.per_day)),
                    day=_date(busiest),
                    n=_num(sum(self.per_day[busiest].values())),
                )
            )
        else:
            self.setAccessibleDescription(tr("Ingen varsler å vise."))
        self.update()

    def _days(self) -> list[date]:
        if not self.per_day:
            return []
        first, last = min(self.per_day), max(self.per_day)
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]

    def _plot(self) -> QRectF:
        return QRectF(44, 22, max(self.width() - 56, 10), max(self.height() - 48, 10))

    def _day_at(self, x: float) -> date | None:
        days = self._days()
        plot = self._plot()
        if not days or not plot.left() <= x <= plot.right():
            return None
        i = int((x - plot.left()) / (plot.width() / len(days)))
        return days[min(i, len(days) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self._day_at(event.pos().x())  # type: ignore[attr-defined]
            if day is None:
                QToolTip.hideText()
            else:
                counts = self.per_day.get(day, {})
                text = tr("{day}: {n} varsler (e-post {e}, SMS {s})").format(
                    day=_date(day),
                    n=_num(sum(counts.values())),
                    e=_num(counts.get(Channel.EPOST, 0)),
                    s=_num(counts.get(Channel.SMS, 0)),
                )
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor("#d0d4d9")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        days = self._days()
        text_pen = QPen(self.palette().text().color())
        if not days:
            painter.setPen(text_pen)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Ingen varsler å vise ennå.")
            )
            return
        plot = self._plot()
        peak = max(sum(c.values()) for c in self.per_day.values()) or 1
        slot = plot.width() / len(days)
        bar = min(max(slot * 0.7, 1.0), 28.0)
        metrics = painter.fontMetrics()

        # Axis and scale.
        painter.setPen(QPen(QColor("#9aa0a6")))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(0, plot.top() - 8, plot.left() - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _num(peak),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - 8, plot.left() - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )

        # Bars, e-mail at the bottom and SMS on top.
        for i, day in enumerate(days):
            counts = self.per_day.get(day)
            if not counts:
                continue
            x = plot.left() + i * slot + (slot - bar) / 2
            y = plot.bottom()
            for channel in (Channel.EPOST, Channel.SMS):
                n = counts.get(channel, 0)
                if not n:
                    continue
                h = max(plot.height() * n / peak, 1.0)
                painter.fillRect(QRectF(x, y - h, bar, h), CHANNEL_COLOURS[channel])
                y -= h

        # Date labels where they fit.
        label_width = metrics.horizontalAdvance("00.00.00") + 12
        step = max(1, int(label_width / slot) + 1)
        painter.setPen(text_pen)
        for i in range(0, len(days), step):
            x = plot.left() + i * slot + slot / 2
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 3, label_width, 18),
                Qt.AlignmentFlag.AlignHCenter,
                days[i].strftime("%d.%m.%y"),
            )

        # Legend.
        x = plot.left()
        for channel in (Channel.EPOST, Channel.SMS):
            painter.fillRect(QRectF(x, 6, 10, 10), CHANNEL_COLOURS[channel])
            painter.drawText(
                QRectF(x + 14, 1, 120, 20), Qt.AlignmentFlag.AlignVCenter, channel_label(channel)
            )
            x += 24 + metrics.horizontalAdvance(channel_label(channel)) + 12
        painter.drawText(
            QRectF(x, 1, plot.right() - x, 20),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            tr("Varsler per dag (pek på en stolpe for tallene)"),
        )


# --- The page ------------------------------------------------------------------------------------


@dataclass
class _Letters:
    letters: list[Letter]
    lines: list[int | None]
    source: str  # "single" or "list"


class NoticePlannerPage(QWidget):
    plan_shown = Signal()  # a new plan (or none) is on screen
    REPLAN_DELAY_MS = 120

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.findings: list[Finding] = []
        self.plan: NoticePlan | None = None
        self.imported: ImportedLetters | None = None
        self._generation = 0
        self._plan_running = False
        self._plan_pending = False
        self._importing = False
        self._exporting = False
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(self.REPLAN_DELAY_MS)
        self._replan_timer.timeout.connect(self._start_plan)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        page_header(
            outer,
            tr("Varslingsplan"),
            tr(
                "Se nøyaktig når hvert varsel om et digitalt brev kan gå ut, hos Digipost og "
                "e-Boks, og hvorfor. Varsler går bare på dagtid, og bare hvis brevet ikke er "
                "lest. Gjelder brev som krever varsling etter {section}."
            ).format(section=dtr(SECTION8_LABEL_NB)),
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_settings())
        splitter.addWidget(self._build_letters())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 800])
        outer.addWidget(splitter, 1)

        self._settings_changed()

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

    # -- settings ----------------------------------------------------------------------
    def current_settings(self) -> tuple[NoticeSettings, list[Finding]]:
        days, problems = parse_days(self.days_edit.text())
        channels = {
            c
            for c, box in ((Channel.EPOST, self.email_check), (Channel.SMS, self.sms_check))
            if box.isChecked()
        }
        settings = NoticeSettings(
            days, frozenset(channels), self.email_text.toPlainText(), self.sms_text.toPlainText()
        )
        findings = problems + check_settings(settings, self.section8_check.isChecked())
        order = {Severity.FEIL: 0, Severity.ADVARSEL: 1, Severity.ANBEFALING: 2}
        findings.sort(key=lambda f: order[f.severity])
        if problems and not days:  # "not a whole number" says it; drop "choose a day"
            findings = [f for f in findings if f.field != "days" or f in problems]
        return settings, findings

    def current_provider(self) -> Provider:
        return self.provider_combo.currentData()

    def _settings_changed(self) -> None:
        _settings, self.findings = self.current_settings()
        self.email_text.setEnabled(self.email_check.isChecked())
        self.sms_text.setEnabled(self.sms_check.isChecked())
        self._update_counters()
        self._show_findings()
        bad_days = any(f.severity is Severity.FEIL and f.field == "days" for f in self.findings)
        self.days_edit.setStyleSheet(
            f"QLineEdit {{ border: 2px solid {STATUS_COLOURS['bad']}; }}" if bad_days else ""
        )
        for field_, editor in (("email_text", self.email_text), ("sms_text", self.sms_text)):
            worst = next((f.severity for f in self.findings if f.field == field_), None)
            editor.setStyleSheet(
                f"QPlainTextEdit {{ border: 2px solid {SEVERITY_COLOURS[worst][2]}; }}"
                if worst is not None and editor.isEnabled()
                else ""
            )
        notes = PROVIDER_NOTES_NB.get(self.current_provider(), ())
        self.provider_note.setText(" ".join(dtr(n) for n in notes))
        self._request_plan()

    def _update_counters(self) -> None:
        email = len(self.email_text.toPlainText())
        email_count = sms_count(self.email_text.toPlainText())
        self._set_counter(
            self.email_counter,
            tr("{n} av {max} tegn").format(
                n=_num(email_count.schema_length or email), max=EMAIL_TEXT_MAX
            ),
            "bad" if email_count.schema_length > EMAIL_TEXT_MAX else None,
        )
        count = sms_count(self.sms_text.toPlainText())
        parts = max(count.parts, 1) if count.characters else 0
        text = tr("{n} av {max} tegn ({parts} SMS)").format(
            n=count.schema_length, max=SMS_TEXT_MAX, parts=parts
        )
        if count.encoding == "UCS-2" and count.characters:
            text += " – " + tr("spesialtegn: {per} tegn per SMS").format(per=count.per_sms_limit)
        state = "bad" if count.schema_length > SMS_TEXT_MAX else "warn" if count.parts > 1 else None
        self._set_counter(self.sms_counter, text, state)

    @staticmethod
    def _set_counter(label: QLabel, text: str, state: str | None) -> None:
        label.setText(text)
        colour = STATUS_COLOURS[state] if state else STATUS_COLOURS["muted"]
        weight = "font-weight: 600;" if state else ""
        label.setStyleSheet(f"color: {colour}; {weight}")

    def _show_findings(self) -> None:
        while self.findings_layout.count():
            item = self.findings_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        if not self.findings:
            ok = QLabel(tr("Innstillingene er i orden."))
            ok.setObjectName("finding_ok")
            ok.setStyleSheet(f"color: {STATUS_COLOURS['ok']}; font-weight: 600;")
            self.findings_layout.addWidget(ok)
            if self.isVisible():
                ok.show()
            return
        for finding in self.findings:
            fg, bg, border = SEVERITY_COLOURS[finding.severity]
            label = QLabel(
                f"<b>{severity_label(finding.severity)}:</b> {_escape(dtr(finding.message_nb))}"
            )
            label.setObjectName(f"finding_{finding.severity.value}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet(
                f"QLabel {{ color: {fg}; background: {bg}; border-left: 4px solid {border}; "
                "padding: 5px 6px; }"
            )
            label.setAccessibleName(f"{severity_label(finding.severity)}: {finding.message_nb}")
            self.findings_layout.addWidget(label)
            if self.isVisible():
                label.show()  # at once, not after the next layout pass

    def finding_texts(self) -> list[str]:
        """What the findings box shows, one text per finding (for tests and screen readers)."""
        return [f"{severity_label(f.severity)}: {dtr(f.message_nb)}" for f in self.findings]

    # -- letters -----------------------------------------------------------------------
    def _single_changed(self) -> None:
        if not self.single_radio.isChecked():
            self.single_radio.setChecked(True)  # editing the letter shows its plan
        else:
            self._request_plan()

    def _read_toggled(self, on: bool) -> None:
        available = self.available_edit.dateTime()
        if on and self.read_edit.dateTime() < available:
            self.read_edit.setDateTime(available.addSecs(3600))

    def single_letter(self) -> Letter:
        available = _oslo(self.available_edit.dateTime())
        read = _oslo(self.read_edit.dateTime()) if self.read_check.isChecked() else None
        return Letter(tr("Brevet"), sent_at=available, available_at=available, read_at=read)

    def current_letters(self) -> _Letters:
        if self.list_radio.isChecked() and self.imported is not None:
            return _Letters(self.imported.letters, list(self.imported.lines), "list")
        return _Letters([self.single_letter()], [None], "single")

    def open_contactability(self) -> None:
        from desktop_app.wizards.notice_plan.contactability import ContactabilityDialog

        dialog = ContactabilityDialog(self.ctx, self, krr_token=self.ctx.krr_token_provider())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.contact_dialog = dialog
        dialog.show()

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Importer liste over brev"),
            str(Path.home()),
            tr("Lister (*.csv *.txt *.xlsx *.xls *.ods);;Alle filer (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        if self._importing:
            return
        self._importing = True
        self.import_button.setEnabled(False)
        self.import_status.setText(tr("Leser «{name}» …").format(name=path.name))

        def finished() -> None:
            self._importing = False
            self.import_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.import_status.setText(tr("Listen ble ikke lest inn."))
            dialogs.show_error(self, exc, tr("Listen ble ikke lest inn"))

        self.ctx.run(
            import_letters,
            path,
            pass_state=False,
            owner=self,
            on_result=self._imported,
            on_error=failed,
            on_finished=finished,
        )

    def _imported(self, result: ImportedLetters) -> None:
        self.imported = result
        n = len(result.letters)
        text = tr("{n} brev fra «{name}».").format(n=_num(n), name=result.file_name)
        if result.notes:
            text += " " + " ".join(dtr(note) for note in result.notes)
        self.import_status.setText(text)
        self.import_status.setStyleSheet("")
        self._show_import_errors(result)
        self.list_radio.setEnabled(bool(result.letters))
        self.clear_button.setVisible(True)
        if result.letters:
            if self.list_radio.isChecked():
                self._request_plan()
            else:
                self.list_radio.setChecked(True)

    def _show_import_errors(self, result: ImportedLetters | None) -> None:
        self.errors_list.clear()
        errors = result.errors if result is not None else []
        if not errors:
            self.errors_label.setVisible(False)
            self.errors_list.setVisible(False)
            return
        skipped = sum(1 for e in errors if e.skipped)
        if skipped == 1:
            title = tr("1 rad ble ikke lest inn. De andre radene er med i planen:")
        else:
            title = tr("{n} rader ble ikke lest inn. De andre radene er med i planen:").format(
                n=_num(skipped)
            )
        self.errors_label.setText(title)
        shown = errors[:500]
        self.errors_list.addItems([dtr(e.reason) for e in shown])
        if len(errors) > len(shown):
            self.errors_list.addItem(tr("… og {n} til.").format(n=_num(len(errors) - len(shown))))
        self.errors_label.setVisible(True)
        self.errors_list.setVisible(True)

    def clear_list(self) -> None:
        self.imported = None
        self.single_radio.setChecked(True)
        self.list_radio.setEnabled(False)
        self.clear_button.setVisible(False)
        self.import_status.setText(
            tr("CSV eller Excel med kolonnene Referanse, Sendt, Tilgjengelig og Lest.")
        )
        self.import_status.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        self._show_import_errors(None)
        self._request_plan()

    # -- planning ----------------------------------------------------------------------
    def _request_plan(self) -> None:
        self._generation += 1
        self._replan_timer.start()

    def _start_plan(self) -> None:
        if self._plan_running:
            self._plan_pending = True
            return
        settings, findings = self.current_settings()
        blocking = [
            f for f in findings if f.severity is Severity.FEIL and f.field in ("days", "channels")
        ]
        letters = self.current_letters()
        generation = self._generation
        if blocking:
            self._show_plan(
                None,
                generation,
                tr("Rett feilene i innstillingene til venstre, så vises planen her."),
            )
            return
        self._plan_running = True
        self._plan_pending = False

        def finished() -> None:
            self._plan_running = False
            if self._plan_pending:
                self._plan_pending = False
                self._start_plan()

        def failed(exc: BaseException) -> None:
            self._show_plan(None, generation, dialogs.user_message(exc))

        self.ctx.run(
            build_plan,
            letters.letters,
            settings,
            self.current_provider(),
            letters.lines,
            pass_state=False,
            owner=self,
            on_result=lambda plan: self._show_plan(plan, generation),
            on_error=failed,
            on_finished=finished,
        )

    def _show_plan(self, plan: NoticePlan | None, generation: int, message: str = "") -> None:
        if generation != self._generation:
            return  # the settings or letters changed since; a newer plan is coming
        self.plan = plan
        self.model.set_rows(plan.rows if plan is not None else [])
        self.timeline.set_counts(plan.per_day if plan is not None else {})
        self.export_button.setEnabled(plan is not None and bool(plan.rows))
        self.detail.setText(tr("Velg en rad for å se hele begrunnelsen."))
        if plan is None:
            self.summary.setText(message)
            self.summary.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        else:
            self.summary.setText(self._summary_text(plan))
            self.summary.setStyleSheet("")
            if self.model.rowCount():
                self.table.selectRow(0)
        self.plan_shown.emit()

    def _summary_text(self, plan: NoticePlan) -> str:
        provider = plan.provider.label_nb
        planned = plan.notice_count
        if plan.letter_count == 1:
            text = tr("{n} varsler for brevet hos {provider}.").format(
                n=_num(planned), provider=provider
            )
        else:
            text = tr("{n} varsler for {letters} brev hos {provider}.").format(
                n=_num(planned), letters=_num(plan.letter_count), provider=provider
            )
        if plan.first_day is not None and plan.last_day is not None:
            if plan.first_day == plan.last_day:
                text += " " + tr("Alle {day}.").format(day=_date(plan.first_day))
            else:
                text += " " + tr("Fra {first} til {last}.").format(
                    first=_date(plan.first_day), last=_date(plan.last_day)
                )
        read = sum(1 for r in plan.rows if r.status is RowStatus.READ)
        if read:
            text += " " + tr("{n} sendes ikke fordi brevet alt er lest.").format(n=_num(read))
        if plan.failed_letters:
            text += " " + tr("{n} brev kan ikke planlegges (rødt i tabellen).").format(
                n=_num(plan.failed_letters)
            )
        text += " " + tr("Velg en rad for å se hvorfor.")
        return text

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or current.row() >= len(self.model.rows):
            return
        row = self.model.rows[current.row()]
        where = tr(" (linje {line})").format(line=row.line) if row.line else ""
        head = f"<b>{_escape(row.reference)}{where}"
        if row.day_index is not None:
            what = tr("dag {n}, {channel}").format(
                n=row.day_index, channel=channel_label(row.channel)
            )
            head += f" – {_escape(what)}"
        head += ":</b> "
        self.detail.setText(head + _escape(full_reason(row)).replace("\n", "<br>"))

    # -- export ------------------------------------------------------------------------
    def ask_export(self) -> None:
        if self.plan is None:
            return
        default = str(Path.home() / f"varslingsplan-{date.today():%Y-%m-%d}.csv")
        csv_filter = tr("CSV for Excel (*.csv)")
        xlsx_filter = tr("Excel-arbeidsbok (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(
            self, tr("Eksporter planen"), default, f"{csv_filter};;{xlsx_filter}"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_name(target.name + (".xlsx" if chosen == xlsx_filter else ".csv"))
        self.export_to(target)

    def export_to(self, path: Path) -> None:
        plan = self.plan
        if plan is None or self._exporting:
            return
        self._exporting = True
        self.export_button.setEnabled(False)

        def done(rows: int) -> None:
            dialogs.inform(
                self,
                tr("Planen er eksportert"),
                tr("{n} rader er lagret i {path}.").format(n=_num(rows), path=path),
            )

        def finished() -> None:
            self._exporting = False
            self.export_button.setEnabled(self.plan is not None and bool(self.plan.rows))

        ws = self.ctx.workspace
        self.ctx.run(
            self.ctx.services.notice_plan.export,
            plan,
            path,
            ws.id if ws is not None else None,
            pass_state=False,
            owner=self,
            on_result=done,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("Planen ble ikke lagret")),
            on_finished=finished,
        )


def _oslo(value: QDateTime) -> datetime:
    """The wall-clock time in an edit, read as Norwegian time."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=OSLO)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""DPI-oppsett: the onboarding to Digital postkasse til innbyggere via SvarUt, one page per step.

An overview, the seven steps of :mod:`desktop_app.domain.dpi_onboarding` and a summary with
the PDF for the archive. What the user types is saved as they type (per workspace), so the
wizard reopens where it was left; «Bekreft steget» confirms a step (with an audit entry).
Step texts and links come from ``resources/content/dpi/*.toml``. Everything works offline
except the Altinn calls of the delegation step, which need a :class:`DelegationApi`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.checklist import ChecklistState, Progress, StepRecord, Verification
from desktop_app.domain.dpi_onboarding import (
    KS_NAME,
    KS_ORGNR,
    STEP_ORDER,
    DelegationOutcome,
    Step,
    WhoDelegates,
    fill_placeholders,
    format_kr,
    parse_price,
    portal_link,
    yearly_cost,
)
from desktop_app.domain.environments import Environment
from desktop_app.domain.guides import GuideStep
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.services.dpi_onboarding import (
    DagligLederLookup,
    DelegationApi,
    DpiOnboardingService,
)
from desktop_app.services.handover import READ_BACK_DONE, HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.accessibility import announce, wrapping_choice
from desktop_app.views.context import AppContext
from desktop_app.views.date_field import DateField
from desktop_app.views.domain_text import dtr
from desktop_app.views.handover import TaskBanner, start_handover
from desktop_app.views.pdf import write_pdf
from desktop_app.views.plain_text import rich
from desktop_app.views.signin_panel import SignInHere
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


STALE_AFTER_DAYS = 180  # older guidance gets a gentle «the portal may look different» note
CHECKLIST_TITLE = "Sjekkliste"  # the [[paths]] entry of step 6 that is ticked, not read


# --- seams for tests (the outside world) ------------------------------------------------------


def open_url(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


def choose_evidence_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        tr("Velg skjermbilde eller kvittering"),
        str(Path.home()),
        tr("Bilder og dokumenter (*.png *.jpg *.jpeg *.pdf *.gif *.bmp *.webp);;Alle filer (*)"),
    )
    return Path(path) if path else None


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Lagre oppsummeringen"), str(Path.home() / suggested), tr("PDF (*.pdf)")
    )
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


# --- small widgets ---------------------------------------------------------------------------


def _muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
    return label


def _wrap(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _box(text: str, kind: str) -> QLabel:
    """A coloured notice: ``warn`` (yellow), ``info`` (blue) or ``ok`` (green)."""
    colours = {
        "warn": ("#4d3b00", "#fff4d6", "#c98a00"),
        "info": ("#0b3d66", "#e3effa", "#1a5fb4"),
        "ok": ("#0f4d1c", "#e6f4ea", "#1e7d32"),
        "bad": ("#8c1d18", "#fbe9e7", "#b3261e"),
    }
    fg, bg, border = colours[kind]
    label = _wrap(text)
    label.setObjectName(f"notice_{kind}")
    label.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-left: 4px solid "
        f"{border}; padding: 7px 9px; }}"
    )
    return label


def _ordered(steps: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:3px'>{_escape(s)}</li>" for s in steps)
    return f"<ol>{items}</ol>"


def _bullets(steps: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:3px'>{_escape(s)}</li>" for s in steps)
    return f"<ul>{items}</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


class ClickLabel(QLabel):
    """A wrapping label that ticks its check box when clicked."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class CopyRow(QWidget):
    """A value to type in a portal: shown as it is, with one button that copies it."""

    copied = Signal(str)

    def __init__(self, label: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(label + ":")
        name.setMinimumWidth(170)
        name.setWordWrap(True)
        layout.addWidget(name, 2)
        if "\n" in value:
            shown: QWidget = QPlainTextEdit(value)
            shown.setReadOnly(True)
            lines = value.count("\n") + 3
            shown.setMinimumHeight(min(lines * shown.fontMetrics().lineSpacing() + 16, 320))
        else:
            shown = QLineEdit(value)
            shown.setReadOnly(True)
            shown.setCursorPosition(0)
        shown.setAccessibleName(label)
        self.shown = shown
        layout.addWidget(shown, 5)
        self.button = QPushButton(tr("Kopier"))
        self.button.setAccessibleName(tr("Kopier {what}").format(what=label))
        self.button.clicked.connect(self.copy)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_value(self, value: str) -> None:
        self.value = value
        if isinstance(self.shown, QLineEdit):
            self.shown.setText(value)
            self.shown.setCursorPosition(0)
        elif isinstance(self.shown, QPlainTextEdit):
            self.shown.setPlainText(value)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.button.setText(tr("Kopiert ✓"))
        QTimer.singleShot(2000, self.button, lambda: self.button.setText(tr("Kopier")))
        self.copied.emit(self.value)


class SerialSaver:
    """Background saves that must land in order: one at a time per key, and while one runs
    only the newest waiting save is kept (older ones would be overwritten anyway)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._running: set[str] = set()
        self._waiting: dict[str, tuple[Any, tuple, str]] = {}

    def save(self, key: str, fn: Any, *args: Any, error_title: str) -> None:
        if key in self._running:
            self._waiting[key] = (fn, args, error_title)
            return
        self._running.add(key)

        def finished() -> None:
            self._running.discard(key)
            waiting = self._waiting.pop(key, None)
            if waiting is not None:
                self.save(key, waiting[0], *waiting[1], error_title=waiting[2])

        self.ctx.run(fn, *args, pass_state=False, error_title=error_title, on_finished=finished)

    def busy(self) -> bool:
        return bool(self._running or self._waiting)


# --- pages -----------------------------------------------------------------------------------


class OverviewPage(QWizardPage):
    def __init__(self, owner: DpiOnboardingPage) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(tr("Slik tar kommunen i bruk digital post til innbyggere"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _wrap(
                tr(
                    "Med Digital postkasse til innbyggere (DPI) kan SvarUt sende brev rett til "
                    "innbyggernes e-Boks eller Digipost. Det krever sju steg. Postvakt viser deg hva "
                    "du skal gjøre i hvert steg, og du krysser av når det er gjort."
                )
            )
        )
        self.status = QLabel()
        self.status.setObjectName("dpiOverallStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.steps = _wrap("", rich=True)
        self.steps.setObjectName("dpiStepList")
        self.steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.steps.linkActivated.connect(lambda href: owner.go_to(href.lstrip("#")))
        layout.addWidget(self.steps)
        layout.addWidget(_muted(tr("Klikk på et steg for å gå rett dit.")))
        layout.addWidget(
            _box(
                tr(
                    "Du kan ta pause når som helst. Alt du skriver, lagres med en gang, og neste gang "
                    "du åpner DPI-oppsett, kommer du tilbake dit du var. Noen steg venter på svar fra "
                    "andre; da går du videre og kommer tilbake senere."
                ),
                "info",
            )
        )
        layout.addStretch(1)

    def refresh(self, state: ChecklistState, guides: dict[str, GuideStep]) -> None:
        self.status.setText(progress_sentence(state, guides))
        self.status.setStyleSheet(
            f"font-weight: 600; color: {STATUS_COLOURS['ok']};"
            if state.progress is Progress.DONE
            else "font-weight: 600;"
        )
        self.steps.setText(step_list_html(state, guides))


def progress_sentence(state: ChecklistState, guides: dict[str, GuideStep]) -> str:
    total = len(state.order)
    if state.progress is Progress.DONE:
        return tr("Ferdig: alle {n} stegene er bekreftet.").format(n=total)
    if state.progress is Progress.NOT_STARTED:
        return tr("Ikke startet. Trykk «Neste» for å begynne med steg 1.")
    oldest = state.oldest_open_step() or ""
    title = guides[oldest].title if oldest in guides else oldest
    return tr(
        "I gang: {done} av {total} steg er bekreftet. Eldste steg som gjenstår: {title}."
    ).format(done=state.confirmed_count, total=total, title=title)


def step_list_html(state: ChecklistState, guides: dict[str, GuideStep]) -> str:
    """The steps with ✓ (confirmed), ◐ (begun) or ○; each title opens its step."""
    rows = []
    for number, key in enumerate(state.order, start=1):
        record = state.record(key)
        title = _escape(guides[key].title) if key in guides else key
        if record.confirmed:
            mark = f"<span style='color:{STATUS_COLOURS['ok']}'>✓</span>"
            note = tr("bekreftet {date}").format(date=_date_text(record.confirmed_at))
        elif record.touched:
            mark, note = "◐", tr("påbegynt")
        else:
            mark, note = "○", tr("ikke gjort")
        title = f"<a href='#{key}'>{title}</a>"
        rows.append(
            f"<tr><td style='padding:2px 8px 2px 0'>{mark}</td>"
            f"<td style='padding:2px 12px 2px 0'>{number}. {title}</td>"
            f"<td style='color:{STATUS_COLOURS['muted']}'>{note}</td></tr>"
        )
    return "<table>" + "".join(rows) + "</table>"


class StepPage(QWizardPage):
    """One step: the guide (text, steps, values to copy, links, warnings), what the user did,
    and «Bekreft steget»."""

    def __init__(self, owner: DpiOnboardingPage, key: str, number: int, guide: GuideStep) -> None:
        super().__init__()
        self.owner = owner
        self.key = key
        self.guide = guide
        self.record = StepRecord(key)
        self.copy_rows: list[tuple[CopyRow, str]] = []
        self._loading = False
        self.setTitle(
            tr("Steg {n} av {total}: {title}").format(
                n=number, total=len(STEP_ORDER), title=guide.title
            )
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self.body.addWidget(_wrap(guide.lead))
        self.checked = _muted(self._checked_text())
        self.checked.setObjectName("lastChecked")
        self.body.addWidget(self.checked)
        self.practice_note = _box(
            tr(
                "Du øver nå. Lenkene på denne siden åpner de ekte nettsidene: gjør bare noe der "
                "når det gjelder din egen kommune."
            ),
            "warn",
        )
        self.practice_note.setObjectName("practiceNote")
        self.practice_note.setVisible(False)
        self.body.addWidget(self.practice_note)
        self.add_before_guide()
        self.add_guide()
        self.form_box = QGroupBox(tr("Det du har gjort"))
        self.form = QFormLayout(self.form_box)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.build_form()
        self.body.addWidget(self.form_box)
        self.add_confirm_row()
        self.body.addStretch(1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_draft)

    # -- the guide ---------------------------------------------------------------------
    def _checked_text(self) -> str:
        if self.guide.last_checked is None:
            return tr("Veiledningen er ikke kontrollert mot nettsidene.")
        text = tr("Sist kontrollert {date}.").format(
            date=self.guide.last_checked.strftime("%d.%m.%Y")
        )
        age = self.guide.age_days(date.today())
        if age is not None and age > STALE_AFTER_DAYS:
            text += " " + tr("Nettsidene kan ha endret seg siden; se etter de samme ordene.")
        return text

    def add_before_guide(self) -> None:
        """Room for a step's own part above the guide (the delegation step's «who»)."""

    def add_guide(self) -> None:
        paths = self.guide_paths()
        if paths:
            first = paths[0]
            heading = rich(QLabel(f"<b>{_escape(first.title)}</b>"))
            self.body.addWidget(heading)
            self.body.addWidget(_wrap(_ordered(first.steps), rich=True))
            if len(paths) > 1:
                self.add_other_paths(paths[1:])
        if self.guide.links:
            links = QHBoxLayout()
            for link in self.guide.links:
                button = QPushButton(link.label + " ↗")
                button.setToolTip(link.url)
                button.setAccessibleName(link.label)
                button.setObjectName("guideLink")
                button.clicked.connect(lambda _c=False, u=link.url: self.open_link(u))
                links.addWidget(button)
            links.addStretch(1)
            self.body.addLayout(links)
        for value in self.guide.copy_values:
            row = CopyRow(value.label, self.fill(value.value))
            row.copied.connect(self._copied)
            self.copy_rows.append((row, value.value))
            self.body.addWidget(row)
        for warning in self.guide.warnings:
            self.body.addWidget(_box(warning, "warn"))

    def guide_paths(self) -> tuple:
        return self.guide.paths

    def open_link(self, url: str) -> None:
        open_url(portal_link(url, self.owner.ctx.environment))

    def initializePage(self) -> None:
        self.practice_note.setVisible(
            bool(self.guide.links) and self.owner.ctx.environment is Environment.OVING
        )

    def add_other_paths(self, others: tuple) -> None:
        toggle = QToolButton()
        toggle.setText(tr("Vis to eldre måter (fra tiden før Altinn 3)"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setObjectName("otherPathsToggle")
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(16, 0, 0, 0)
        for path in others:
            inner.addWidget(rich(QLabel(f"<b>{_escape(path.title)}</b>")))
            inner.addWidget(_wrap(_ordered(path.steps), rich=True))
        holder.setVisible(False)

        def flip(on: bool) -> None:
            holder.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(flip)
        self.other_paths = holder
        self.other_paths_toggle = toggle
        self.body.addWidget(toggle)
        self.body.addWidget(holder)

    def refresh_copies(self) -> None:
        """Values with {kommune} and {orgnr} follow the workspace."""
        for row, template in self.copy_rows:
            row.set_value(self.fill(template))

    def fill(self, text: str) -> str:
        ws = self.owner.workspace
        if ws is None:
            return text
        return fill_placeholders(text, ws.name, ws.orgnr)

    def _copied(self, value: str) -> None:
        self.owner.copied_values.append(value)

    # -- the form ----------------------------------------------------------------------
    def build_form(self) -> None:
        """Each step adds its fields (and connects their change signals to changed())."""

    def fields(self) -> dict[str, Any]:
        return {}

    def set_fields(self, fields: dict[str, Any]) -> None:
        """Put saved values into the widgets."""

    def changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.confirm_error.setVisible(False)
        if self.record.confirmed:
            # What was confirmed stays as it was until the user confirms the change.
            self.state_label.setText(
                tr(
                    "Du har endret noe i et steg som er bekreftet. Trykk «Bekreft på nytt» for å "
                    "lagre endringen; ellers gjelder det som ble bekreftet."
                )
            )
            self.state_label.setStyleSheet(f"color: {STATUS_COLOURS['warn']}; font-weight: 600;")
            return
        self._save_timer.start()

    def save_draft(self) -> None:
        ws = self.owner.workspace
        if ws is None:
            return
        self._save_timer.stop()
        fields = self.fields()
        self.record = StepRecord(
            self.key,
            fields,
            self.record.confirmed_at,
            self.record.confirmed_by,
            self.record.verification,
            self.record.evidence,
        )
        self.owner.saver.save(
            f"fields:{self.key}",
            self.owner.service.save_fields,
            ws.id,
            self.key,
            fields,
            error_title=tr("Det du skrev, ble ikke lagret"),
        )
        self.owner.record_changed(self.record)

    # -- confirming --------------------------------------------------------------------
    def add_confirm_row(self) -> None:
        row = QHBoxLayout()
        self.confirm_button = QPushButton(tr("Bekreft steget"))
        self.confirm_button.setObjectName("confirmStep")
        self.confirm_button.setStyleSheet("QPushButton { font-weight: 600; padding: 5px 14px; }")
        self.confirm_button.setDefault(False)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.state_label = QLabel()
        self.state_label.setObjectName("stepState")
        self.state_label.setWordWrap(True)
        row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.state_label, 1)
        self.body.addLayout(row)
        self.confirm_error = _box("", "bad")
        self.confirm_error.setObjectName("confirmError")
        self.confirm_error.setVisible(False)
        self.body.addWidget(self.confirm_error)

    def evidence_file(self) -> Path | None:
        return None

    def checklist(self) -> tuple[str, ...]:
        return ()

    def confirm(self) -> None:
        ws = self.owner.workspace
        if ws is None:
            return
        self._save_timer.stop()
        self.confirm_button.setEnabled(False)
        fields = self.fields()

        def done(record: StepRecord) -> None:
            self.confirm_error.setVisible(False)
            self.show_record(record)
            self.owner.step_confirmed(record)
            announce(self.confirm_button, self.state_label.text())

        def failed(exc: BaseException) -> None:
            self.confirm_error.setText(dialogs.user_message(exc))
            self.confirm_error.setVisible(True)
            announce(self.confirm_button, self.confirm_error.text(), assertive=True)
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(self.confirm_error))

        self.owner.ctx.run(
            self.owner.service.confirm,
            ws.id,
            self.key,
            fields,
            evidence_file=self.evidence_file(),
            checklist=self.checklist(),
            pass_state=False,
            on_result=done,
            on_error=failed,
            on_finished=lambda: self.confirm_button.setEnabled(True),
        )

    def show_record(self, record: StepRecord) -> None:
        self.record = record
        self._loading = True
        try:
            self.set_fields(dict(record.fields))
        finally:
            self._loading = False
        if record.confirmed:
            how = dtr(record.verification.label_nb) if record.verification else ""
            self.state_label.setText(
                "✓ "
                + tr("Bekreftet {date} av {who}. {how}.").format(
                    date=_date_text(record.confirmed_at), who=record.confirmed_by, how=how
                )
            )
            self.state_label.setStyleSheet(f"color: {STATUS_COLOURS['ok']}; font-weight: 600;")
            self.confirm_button.setText(tr("Bekreft på nytt"))
        else:
            self.state_label.setText(
                tr(
                    "Ikke bekreftet ennå. Det du har skrevet, er lagret. Trykk «Bekreft steget» "
                    "når steget er gjort."
                )
            )
            self.state_label.setStyleSheet("")
            self.confirm_button.setText(tr("Bekreft steget"))


class ContactDigdirPage(StepPage):
    def build_form(self) -> None:
        self.new_sender = QCheckBox(tr("Kommunen er ny avsender av digital post"))
        self.form_sent = QCheckBox(tr("Skjemaet for DPI er sendt"))
        self.sent = DateField(tr("Datoen e-posten ble sendt"))
        self.answer = QPlainTextEdit()
        self.answer.setPlaceholderText(
            tr("For eksempel: «Kommunen er opprettet som avsender» (svar fra Digdir 12.11.2026)")
        )
        self.answer.setMaximumHeight(70)
        self.answer.setAccessibleName(tr("Svar fra Digdir"))
        self.form.addRow(wrapping_choice(self.new_sender))
        self.form.addRow(wrapping_choice(self.form_sent))
        self.form.addRow(tr("E-posten ble sendt:"), self.sent)
        self.form.addRow(tr("Svar fra Digdir:"), self.answer)
        self.new_sender.toggled.connect(self.form_sent.setEnabled)
        self.form_sent.setEnabled(False)
        for signal in (
            self.new_sender.toggled,
            self.form_sent.toggled,
            self.sent.changed,
            self.answer.textChanged,
        ):
            signal.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {
            "ny_avsender": self.new_sender.isChecked(),
            "skjema_sendt": self.form_sent.isChecked(),
            "dato_sendt": self.sent.value(),
            "svar": self.answer.toPlainText().strip(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.new_sender.setChecked(bool(fields.get("ny_avsender")))
        self.form_sent.setChecked(bool(fields.get("skjema_sendt")))
        self.sent.set_value(str(fields.get("dato_sendt", "")))
        if self.answer.toPlainText() != fields.get("svar", ""):
            self.answer.setPlainText(str(fields.get("svar", "")))


class TermsPage(StepPage):
    def build_form(self) -> None:
        self.day = DateField(tr("Datoen bruksvilkårene ble signert"))
        self.who = QLineEdit()
        self.who.setPlaceholderText(tr("Navn på den som signerte"))
        self.who.setAccessibleName(tr("Hvem signerte"))
        self.form.addRow(tr("Signert:"), self.day)
        self.form.addRow(tr("Signert av:"), self.who)
        self.day.changed.connect(self.changed)
        self.who.textChanged.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {"dato": self.day.value(), "hvem": self.who.text().strip()}

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.day.set_value(str(fields.get("dato", "")))
        self.who.setText(str(fields.get("hvem", "")))


class DelegationPage(StepPage):
    """Who may do it, the API path (when signed in), the guided path, and the verification."""

    def add_before_guide(self) -> None:
        who_box = QGroupBox(tr("Hvem kan gjøre dette?"))
        who = QVBoxLayout(who_box)
        self.leader = _wrap("")
        self.leader.setObjectName("dagligLeder")
        who.addWidget(self.leader)
        self.who_group = QButtonGroup(self)
        self.who_buttons: dict[WhoDelegates, QRadioButton] = {}
        for choice, text in (
            (WhoDelegates.DAGLIG_LEDER, tr("Ja, jeg er daglig leder")),
            (
                WhoDelegates.HAR_RETT,
                tr("Nei, men jeg har fått rett til å delegere API-tilganger i Altinn for kommunen"),
            ),
            (WhoDelegates.MA_SPORRE, tr("Nei, og jeg har ikke den retten")),
        ):
            button = QRadioButton(text)
            self.who_group.addButton(button)
            self.who_buttons[choice] = button
            who.addWidget(wrapping_choice(button))
            button.toggled.connect(self._who_changed)
        self.ask_leader = _box(
            tr(
                "Da må daglig leder gjøre dette steget, eller gi deg tilgangspakkene «Maskinporten "
                "administrator» og en pakke under området «Integrasjoner» i Altinn. Vis daglig "
                "leder denne siden. "
                "Du kan gå videre til de andre stegene i mellomtiden."
            ),
            "info",
        )
        self.ask_leader.setVisible(False)
        who.addWidget(self.ask_leader)
        self.handover_button = QPushButton(tr("Til &daglig leder …"))
        self.handover_button.setObjectName("toDagligLeder")
        self.handover_button.setToolTip(
            tr(
                "Lag et brev, et e-postutkast og en oppgavefil med "
                "alt daglig leder trenger for dette steget"
            )
        )
        self.handover_button.setAutoDefault(False)
        self.handover_button.clicked.connect(self.hand_over)
        who.addWidget(self.handover_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.task_banner: TaskBanner | None = None
        self.body.addWidget(who_box)

        api_box = self.api_box = QGroupBox()
        api = QVBoxLayout(api_box)
        self.api_text = _wrap("")
        self.api_text.setObjectName("apiText")
        api.addWidget(self.api_text)
        self.sign_in_here = SignInHere(self.owner.ctx)  # shown only while signed out
        api.addWidget(self.sign_in_here)
        row = QHBoxLayout()
        self.api_button = QPushButton(tr("Gi KS retten nå"))
        self.api_button.setObjectName("delegateViaApi")
        self.api_button.setAutoDefault(False)
        self.api_button.clicked.connect(self.delegate_via_api)
        row.addWidget(self.api_button)
        row.addStretch(1)
        api.addLayout(row)
        self.api_result = _wrap("")
        self.api_result.setObjectName("apiResult")
        self.api_result.setVisible(False)
        api.addWidget(self.api_result)
        self.body.addWidget(api_box)
        self.body.addWidget(
            rich(QLabel("<b>" + _escape(tr("Slik gjør du det selv i Altinn")) + "</b>"))
        )
        self.update_api()
        self.update_leader(None, pending=False)

    def update_leader(
        self, name: str | None, *, pending: bool = False, failed: bool = False
    ) -> None:
        if pending:
            text = tr("Slår opp daglig leder i Enhetsregisteret …")
        elif name:
            text = tr(
                "Ifølge Enhetsregisteret er daglig leder i kommunen: {name}. Er det deg?"
            ).format(name=name)
        elif failed:
            text = tr(
                "Postvakt fikk ikke slått opp daglig leder i Enhetsregisteret akkurat "
                "nå. Er du daglig leder i kommunen?"
            )
        elif self.owner.leader_lookup is None:
            text = tr(
                "Daglig leder eller den som har rett til å delegere API-tilganger i "
                "Altinn, gjør dette. Er du daglig leder i kommunen?"
            )
        else:
            text = tr(
                "Enhetsregisteret har ingen daglig leder registrert for kommunen. Er du "
                "daglig leder, eller har du fått rett til å delegere i Altinn?"
            )
        self.leader.setText(text)
        self.leader_name = name

    def update_api(self) -> None:
        if self.owner.delegation_api is None:
            self.api_box.setTitle(tr("Postvakt kan gjøre det for deg når du er logget inn"))
            self.api_text.setText(
                tr(
                    "Du er ikke logget inn i Altinn gjennom Postvakt. Logg inn, så kan Postvakt "
                    "gjøre dette for deg, eller gjør det selv i Altinn med stegene under; det tar "
                    "noen minutter."
                )
            )
            self.api_button.setVisible(False)
        else:
            self.api_box.setTitle(tr("La Postvakt gjøre det i Altinn"))
            if self.record.verification is Verification.API:
                self.api_text.setText(
                    tr(
                        "Postvakt har gitt {ks} (org.nr {orgnr}) retten i Altinn og lest den "
                        "tilbake. Du trenger ikke gjøre mer i dette steget."
                    ).format(ks=KS_NAME, orgnr=format_orgnr(KS_ORGNR))
                )
                self.api_button.setVisible(False)
                return
            self.api_text.setText(
                tr(
                    "Du er logget inn. Postvakt kan gi {ks} (org.nr {orgnr}) retten for kommunen i "
                    "Altinn, og så lese den tilbake for å kontrollere at den er på plass."
                ).format(ks=KS_NAME, orgnr=format_orgnr(KS_ORGNR))
            )
            self.api_button.setVisible(True)

    def _who_changed(self, *_args: object) -> None:
        self._show_ask_leader()
        self.changed()

    def _show_ask_leader(self) -> None:
        self.ask_leader.setVisible(
            self.who_buttons[WhoDelegates.MA_SPORRE].isChecked() and not self.record.confirmed
        )

    def delegate_via_api(self) -> None:
        ws, api = self.owner.workspace, self.owner.delegation_api
        if ws is None or api is None:
            return
        self.api_button.setEnabled(False)
        self.api_result.setVisible(True)
        self.api_result.setStyleSheet("")
        self.api_result.setTextFormat(Qt.TextFormat.PlainText)  # rich only for the outcome
        self.api_result.setText(tr("Arbeider i Altinn …"))
        performer = self.performer.text().strip() or (self.leader_name or "")

        def progress(_done: int, _total: int, text: str) -> None:
            self.api_result.setText(dtr(text))

        def done(result: tuple[DelegationOutcome, StepRecord | None]) -> None:
            outcome, record = result
            lines = "".join(f"✓ {_escape(dtr(t))}<br>" for t in outcome.done)
            colour = STATUS_COLOURS["ok"] if outcome.read_back else STATUS_COLOURS["bad"]
            self.api_result.setTextFormat(Qt.TextFormat.RichText)
            self.api_result.setText(
                f"{lines}<span style='color:{colour}; font-weight:600'>"
                f"{_escape(dtr(outcome.message_nb))}</span>"
            )
            if not outcome.read_back:
                self.api_result.setText(
                    self.api_result.text()
                    + "<br>"
                    + _escape(
                        tr("Du kan gjøre det selv i Altinn med stegene under, og så bekrefte her.")
                    )
                )
            if record is not None:
                self.show_record(record)
                self.owner.step_confirmed(record)
            if outcome.read_back and self.task_banner is not None:
                self.task_banner.set_done([READ_BACK_DONE])

        self._save_timer.stop()  # the fields go with the confirmation itself
        self.owner.ctx.run(
            self.owner.service.delegate_via_api,
            ws,
            api,
            performer,
            self.fields(),
            on_result=done,
            on_progress=progress,
            on_error=self._api_failed,
            on_finished=lambda: self.api_button.setEnabled(True),
        )

    def hand_over(self) -> None:
        """«Til daglig leder …»: the letter, the e-mail draft and the task file."""
        env = self.owner.ctx.environment.value
        start_handover(
            self, self.owner.ctx, lambda ws: self.owner.ctx.services.handover.dpi_task(ws, env)
        )

    def show_task(self, task: HandoverTask) -> None:
        """Opened from a task file: the strip on top, «daglig leder» chosen."""
        if self.task_banner is not None:
            self.task_banner.deleteLater()
        self.task_banner = TaskBanner(self.owner.ctx, task)
        self.body.insertWidget(0, self.task_banner)
        if not self.record.confirmed:
            self.who_buttons[WhoDelegates.DAGLIG_LEDER].setChecked(True)
        elif self.record.verification is Verification.API:
            self.task_banner.set_done([READ_BACK_DONE])

    def _api_failed(self, exc: BaseException) -> None:
        self.api_result.setTextFormat(Qt.TextFormat.PlainText)
        self.api_result.setText(dialogs.user_message(exc))

    def build_form(self) -> None:
        self.performer = QLineEdit()
        self.performer.setPlaceholderText(tr("Navn på den som gjorde det i Altinn"))
        self.performer.setAccessibleName(tr("Utført av"))
        self.checked_box = QCheckBox(
            tr("Jeg har sett i Altinn at {ks} står oppført med retten").format(ks=KS_NAME)
        )
        self.evidence: Path | None = None
        self.evidence_label = _muted(tr("Ingen fil valgt (valgfritt)."))
        self.evidence_label.setObjectName("evidenceLabel")
        self.attach_button = QPushButton(tr("Legg ved skjermbilde eller kvittering …"))
        self.attach_button.setObjectName("attachEvidence")
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.ask_evidence)
        self.remove_button = QPushButton(tr("Fjern"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(lambda: self.set_evidence(None))
        self.remove_button.setVisible(False)
        attach = QHBoxLayout()
        attach.addWidget(self.attach_button)
        attach.addWidget(self.remove_button)
        attach.addWidget(self.evidence_label, 1)
        self.form.addRow(tr("Utført av:"), self.performer)
        self.form.addRow(wrapping_choice(self.checked_box))
        self.form.addRow(tr("Dokumentasjon:"), attach)
        self.form.addRow(
            _muted(
                tr(
                    "Et skjermbilde av Altinn-siden som viser KS med retten, er god dokumentasjon. "
                    "Postvakt tar vare på en kopi og et fingeravtrykk (SHA-256) av filen."
                )
            )
        )
        self.performer.textChanged.connect(self.changed)
        self.checked_box.toggled.connect(self.changed)

    def ask_evidence(self) -> None:
        path = choose_evidence_file(self)
        if path is not None:
            self.set_evidence(path)

    def set_evidence(self, path: Path | None) -> None:
        self.evidence = path
        self.remove_button.setVisible(path is not None)
        self.evidence_label.setText(
            tr("Valgt: {name}. Lagres når du bekrefter.").format(name=path.name)
            if path
            else tr("Ingen fil valgt (valgfritt).")
        )

    def evidence_file(self) -> Path | None:
        return self.evidence

    def fields(self) -> dict[str, Any]:
        who = next((k.value for k, b in self.who_buttons.items() if b.isChecked()), "")
        fields: dict[str, Any] = {
            "hvem_delegerer": who,
            "utfort_av": self.performer.text().strip(),
            "sjekket_i_altinn": self.checked_box.isChecked(),
        }
        if self.leader_name:
            fields["daglig_leder"] = self.leader_name
        return fields

    def set_fields(self, fields: dict[str, Any]) -> None:
        choice = fields.get("hvem_delegerer")
        for key, button in self.who_buttons.items():
            if key.value == choice:
                button.setChecked(True)
        self.performer.setText(str(fields.get("utfort_av", "")))
        self.checked_box.setChecked(bool(fields.get("sjekket_i_altinn")))

    def show_record(self, record: StepRecord) -> None:
        super().show_record(record)
        if record.evidence is not None:
            self.evidence = None
            self.remove_button.setVisible(False)
            self.evidence_label.setText(
                tr("Lagret: {name} (SHA-256 {sha}…)").format(
                    name=record.evidence.original_name, sha=record.evidence.sha256[:12]
                )
            )
        self._show_ask_leader()
        by_api = record.verification is Verification.API
        # Read back from Altinn is the strongest proof: a confirmation by hand must not
        # replace it, so the manual part goes away.
        self.form_box.setVisible(not by_api)
        self.confirm_button.setVisible(not by_api)
        self.update_api()  # done through Altinn: no button to do it again


class SvarUtPage(StepPage):
    def build_form(self) -> None:
        self.day = DateField(tr("Datoen DPI ble slått på i SvarUt"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(tr("Navnet på avsenderkontoen (valgfritt)"))
        self.account.setAccessibleName(tr("Avsenderkonto"))
        self.own_text = QLineEdit()
        self.own_text.setPlaceholderText(tr("Teksten dere la inn, om noen (valgfritt)"))
        self.own_text.setAccessibleName(tr("Egen tekst i meldingsboksen"))
        self.filled = QCheckBox(tr("Kommunens organisasjonsnummer og navn er lagt inn"))
        self.indicator = QCheckBox(
            tr("Feltet «avsenderindikator» står tomt (eller er fylt ut etter avtale med Digdir)")
        )
        self.form.addRow(tr("Slått på:"), self.day)
        self.form.addRow(tr("Avsenderkonto:"), self.account)
        self.form.addRow(tr("Egen tekst:"), self.own_text)
        self.form.addRow(wrapping_choice(self.filled))
        self.form.addRow(wrapping_choice(self.indicator))
        for signal in (
            self.day.changed,
            self.account.textChanged,
            self.own_text.textChanged,
            self.filled.toggled,
            self.indicator.toggled,
        ):
            signal.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {
            "dato": self.day.value(),
            "avsenderkonto": self.account.text().strip(),
            "egen_tekst": self.own_text.text().strip(),
            "felter_fylt": self.filled.isChecked(),
            "avsenderindikator_ok": self.indicator.isChecked(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.day.set_value(str(fields.get("dato", "")))
        self.account.setText(str(fields.get("avsenderkonto", "")))
        self.own_text.setText(str(fields.get("egen_tekst", "")))
        self.filled.setChecked(bool(fields.get("felter_fylt")))
        self.indicator.setChecked(bool(fields.get("avsenderindikator_ok")))


class RosPage(StepPage):
    def build_form(self) -> None:
        self.where = QLineEdit()
        self.where.setPlaceholderText(tr("For eksempel: sak 2026/123 i arkivsystemet"))
        self.where.setAccessibleName(tr("Hvor ROS-analysen er arkivert"))
        self.approved = DateField(tr("Datoen ROS-analysen ble godkjent"))
        self.form.addRow(tr("Arkivert i:"), self.where)
        self.form.addRow(tr("Godkjent:"), self.approved)
        self.where.textChanged.connect(self.changed)
        self.approved.changed.connect(self.changed)

    def fields(self) -> dict[str, Any]:
        return {"arkivert": self.where.text().strip(), "godkjent_dato": self.approved.value()}

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.where.setText(str(fields.get("arkivert", "")))
        self.approved.set_value(str(fields.get("godkjent_dato", "")))


class CitizensPage(StepPage):
    def _checklist_path(self):
        return next((p for p in self.guide.paths if p.title.startswith(CHECKLIST_TITLE)), None)

    def guide_paths(self) -> tuple:
        return tuple(p for p in self.guide.paths if not p.title.startswith(CHECKLIST_TITLE))

    def add_guide(self) -> None:
        for path in self.guide_paths():
            self.body.addWidget(rich(QLabel(f"<b>{_escape(path.title)}</b>")))
            self.body.addWidget(_wrap(_bullets(path.steps), rich=True))
        saved = self.guide
        self.guide = GuideStep(
            saved.key,
            saved.title,
            saved.lead,
            saved.last_checked,
            saved.source,
            saved.links,
            saved.copy_values,
            (),
            saved.warnings,
        )
        super().add_guide()
        self.guide = saved

    def build_form(self) -> None:
        self.form_box.setTitle(tr("Sjekkliste"))
        path = self._checklist_path()
        self.items: list[QCheckBox] = []
        for text in path.steps if path else ():
            box = QCheckBox(text)
            box.setStyleSheet("QCheckBox { padding: 2px 0; }")
            box.toggled.connect(self.changed)
            self.items.append(box)
            label = ClickLabel(text)  # wraps where a check box would not
            label.clicked.connect(box.toggle)
            box.setText("")
            box.setAccessibleName(text)
            row = QHBoxLayout()
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            self.form.addRow(row)

    def checklist(self) -> tuple[str, ...]:
        return tuple(b.accessibleName() for b in self.items)

    def fields(self) -> dict[str, Any]:
        return {"sjekkliste": [b.accessibleName() for b in self.items if b.isChecked()]}

    def set_fields(self, fields: dict[str, Any]) -> None:
        ticked = set(fields.get("sjekkliste") or ())
        for box in self.items:
            box.setChecked(box.accessibleName() in ticked)


class CostsPage(StepPage):
    def build_form(self) -> None:
        self.form_box.setTitle(tr("Anslag"))
        self.letters = QSpinBox()
        self.letters.setRange(0, 10_000_000)
        self.letters.setSingleStep(100)
        self.letters.setGroupSeparatorShown(True)
        self.letters.setAccessibleName(tr("Brev per år"))
        self.letters.setMaximumWidth(160)
        self.price = QLineEdit()
        self.price.setPlaceholderText(tr("For eksempel 0,80"))
        self.price.setAccessibleName(tr("Pris per brev i kroner"))
        self.price.setMaximumWidth(140)
        self.result = QLabel()
        self.result.setObjectName("costResult")
        self.result.setWordWrap(True)
        self.known = QCheckBox(tr("Den som har budsjettet, vet hva hvert brev koster"))
        self.form.addRow(tr("Brev per år til e-Boks og Digipost:"), self.letters)
        self.form.addRow(tr("Pris per brev (kr):"), self.price)
        self.form.addRow(tr("Anslag per år:"), self.result)
        self.form.addRow(wrapping_choice(self.known))
        self.letters.valueChanged.connect(self.changed)
        self.price.textChanged.connect(self.changed)
        self.known.toggled.connect(self.changed)
        self._update_result()

    def changed(self, *args: object) -> None:
        self._update_result()
        super().changed(*args)

    def _estimate(self) -> str:
        price = parse_price(self.price.text())
        if price is None or not self.letters.value():
            return ""
        return format_kr(yearly_cost(self.letters.value(), price))

    def _update_result(self) -> None:
        if self.price.text().strip() and parse_price(self.price.text()) is None:
            self.result.setText(tr("Skriv prisen som et tall, for eksempel 0,80."))
            self.result.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
            return
        estimate = self._estimate()
        self.result.setStyleSheet("font-weight: 600;" if estimate else "")
        self.result.setText(
            tr("ca. {amount} per år").format(amount=estimate)
            if estimate
            else tr("Fyll inn antall brev og pris.")
        )

    def fields(self) -> dict[str, Any]:
        return {
            "brev_per_ar": self.letters.value(),
            "pris_per_brev": self.price.text().strip(),
            "arlig_kostnad": self._estimate(),
            "kjent": self.known.isChecked(),
        }

    def set_fields(self, fields: dict[str, Any]) -> None:
        self.letters.setValue(int(fields.get("brev_per_ar") or 0))
        self.price.setText(str(fields.get("pris_per_brev", "")))
        self.known.setChecked(bool(fields.get("kjent")))
        self._update_result()


class SummaryPage(QWizardPage):
    def __init__(self, owner: DpiOnboardingPage) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(tr("Oppsummering"))
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.steps = _wrap("", rich=True)
        self.steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.steps.linkActivated.connect(lambda href: owner.go_to(href.lstrip("#")))
        layout.addWidget(self.steps)
        layout.addWidget(
            _wrap(
                tr(
                    "Lagre en oppsummering som PDF for arkivet og ROS-dokumentasjonen. Den viser datoene, "
                    "hvem som gjorde hva, og hvordan hvert steg er kontrollert."
                )
            )
        )
        row = QHBoxLayout()
        self.pdf_button = QPushButton(tr("Lagre oppsummering som PDF …"))
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.ask_pdf)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.pdf_status = _wrap("")
        self.pdf_status.setObjectName("pdfStatus")
        layout.addWidget(self.pdf_status)
        layout.addStretch(1)
        self.setFinalPage(True)

    def refresh(self, state: ChecklistState, guides: dict[str, GuideStep]) -> None:
        if state.progress is Progress.DONE:
            self.status.setText(
                tr(
                    "Alt er gjort. Kommunen er klar til å sende digital post til "
                    "innbyggere gjennom SvarUt."
                )
            )
            self.status.setStyleSheet(f"font-weight: 600; color: {STATUS_COLOURS['ok']};")
        else:
            self.status.setText(
                tr(
                    "{n} av {total} steg er ikke bekreftet ennå (○ og ◐ i "
                    "listen). Klikk på et steg for å gå dit, eller kom tilbake "
                    "senere; alt er lagret."
                ).format(n=len(state.open_steps()), total=len(state.order))
            )
            self.status.setStyleSheet("font-weight: 600;")
        self.steps.setText(step_list_html(state, guides))

    def ask_pdf(self) -> None:
        ws = self.owner.workspace
        if ws is None:
            return
        target = choose_pdf_path(self, f"DPI-oppsett {ws.name} {date.today():%Y-%m-%d}.pdf")
        if target is not None:
            self.write_pdf(target)

    def write_pdf(self, path: Path) -> None:
        ws, state = self.owner.workspace, self.owner.state
        if ws is None or state is None:
            return
        self.pdf_button.setEnabled(False)
        guides = self.owner.guides

        def done(written: Path) -> None:
            self.pdf_status.setText(tr("Lagret: {path}").format(path=written))
            self.pdf_status.setStyleSheet(f"color: {STATUS_COLOURS['ok']};")

        title = tr("DPI-oppsett – {name}").format(name=ws.name)

        def work(task: Any) -> Path:
            return self.owner.service.export_summary(
                ws,
                state,
                guides,
                path,
                lambda html, target: write_pdf(html, target, title=title, state=task),
            )

        self.owner.ctx.run(
            work,
            on_result=done,
            on_error=lambda exc: dialogs.show_error(self, exc, tr("PDF-en ble ikke lagret")),
            on_finished=lambda: self.pdf_button.setEnabled(True),
        )


PAGE_CLASSES: dict[str, type[StepPage]] = {
    Step.KONTAKT_DIGDIR: ContactDigdirPage,
    Step.BRUKSVILKAR: TermsPage,
    Step.DELEGER_KS: DelegationPage,
    Step.AKTIVER_SVARUT: SvarUtPage,
    Step.ROS: RosPage,
    Step.INNBYGGERE: CitizensPage,
    Step.KOSTNADER: CostsPage,
}


def _load(
    service: DpiOnboardingService, workspace_id: int | None
) -> tuple[dict[str, GuideStep], ChecklistState | None]:
    guides = service.guides()
    return guides, service.load(workspace_id) if workspace_id is not None else None


class DpiWizard(QWizard):
    """The steps, embedded in the page (not a dialog). «Fullfør» goes back to the overview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        # «Fullfør» would sound like the onboarding is done; it only goes back to the start.
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Til oversikten"))

    def accept(self) -> None:
        self.restart()

    def reject(self) -> None:
        """Escape must not close the embedded wizard."""


class DpiOnboardingPage(QWidget):
    """The «DPI-oppsett» page of the main window."""

    loaded = Signal()
    step_saved = Signal(str)  # step key, after a confirmation

    def __init__(
        self,
        ctx: AppContext,
        delegation_api: DelegationApi | None = None,
        daglig_leder_lookup: DagligLederLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.dpi
        self.saver = SerialSaver(ctx)
        self.delegation_api = delegation_api
        self.leader_lookup = daglig_leder_lookup
        self.workspace: Workspace | None = None
        self.state: ChecklistState | None = None
        self.guides: dict[str, GuideStep] = {}
        self.step_pages: dict[str, StepPage] = {}
        self.copied_values: list[str] = []
        self._generation = 0
        self._restoring = False
        self.pending_task: HandoverTask | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        self.title, self.lead = page_header(
            layout,
            tr("DPI-oppsett"),
            tr("Ta i bruk Digital postkasse til innbyggere gjennom SvarUt, ett steg om gangen."),
        )
        self.message = _wrap(tr("Henter veiledningen …"))
        layout.addWidget(self.message)
        self.wizard = DpiWizard()
        self.wizard.setVisible(False)
        layout.addWidget(self.wizard, 1)
        self.wizard.currentIdChanged.connect(self._page_changed)
        ctx.workspace_changed.connect(self.reload)
        self.reload()

    # -- wiring from the other parts (sign-in, Enhetsregisteret) ------------------------
    def set_delegation_api(self, api: DelegationApi | None) -> None:
        """Signed in (an API) or signed out (None): the delegation step follows."""
        self.delegation_api = api
        page = self.step_pages.get(Step.DELEGER_KS)
        if isinstance(page, DelegationPage):
            page.update_api()

    def open_task(self, task: HandoverTask) -> None:
        """A task file was opened: straight to the delegation step, with the task on top
        (once the task's workspace is loaded)."""
        self.pending_task = task
        self.reload()

    def _show_pending_task(self) -> None:
        task, self.pending_task = self.pending_task, None
        page = self.step_pages.get(Step.DELEGER_KS)
        if task is None or not isinstance(page, DelegationPage):
            return
        if self.workspace is None or self.workspace.orgnr != task.orgnr:
            self.pending_task = task  # the task's workspace is still on its way
            return
        self.go_to(Step.DELEGER_KS)
        page.show_task(task)

    def set_daglig_leder_lookup(self, lookup: DagligLederLookup | None) -> None:
        self.leader_lookup = lookup
        self._look_up_leader()

    # -- loading -----------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        self.flush_drafts()  # what was typed belongs to the workspace it was typed in
        self._generation += 1
        generation = self._generation
        self.workspace = self.ctx.workspace
        ws_id = self.workspace.id if self.workspace else None

        def failed(exc: BaseException) -> None:
            self.message.setText(dialogs.user_message(exc))
            self.message.setVisible(True)
            self.wizard.setVisible(False)

        self.ctx.run(
            _load,
            self.service,
            ws_id,
            pass_state=False,
            on_result=lambda result: self._loaded(result, generation),
            on_error=failed,
        )

    def _loaded(
        self, result: tuple[dict[str, GuideStep], ChecklistState | None], generation: int
    ) -> None:
        if generation != self._generation:
            return
        guides, state = result
        if not self.step_pages:
            self._build(guides)
        self.guides = guides
        self.state = state
        if self.workspace is None or state is None:
            self.message.setText(tr("Velg eller lag en arbeidsflate for kommunen først."))
            self.message.setVisible(True)
            self.wizard.setVisible(False)
            self.loaded.emit()
            return
        self.message.setVisible(False)
        self.wizard.setVisible(True)
        self._restoring = True
        try:
            for key, page in self.step_pages.items():
                page.show_record(state.record(key))
                page.refresh_copies()
            self._refresh_overview()
            self.wizard.restart()
            resume = state.resume_step()
            if resume in STEP_ORDER and state.progress is not Progress.NOT_STARTED:
                self.go_to(resume)
        finally:
            self._restoring = False
        self._look_up_leader()
        self._show_pending_task()
        self.loaded.emit()

    def _build(self, guides: dict[str, GuideStep]) -> None:
        self.overview = OverviewPage(self)
        self.wizard.addPage(self.overview)
        for number, key in enumerate(STEP_ORDER, start=1):
            page = PAGE_CLASSES[key](self, key, number, guides[key])
            self.step_pages[key] = page
            self.wizard.addPage(page)
        self.summary = SummaryPage(self)
        self.wizard.addPage(self.summary)

    def _look_up_leader(self) -> None:
        page = self.step_pages.get(Step.DELEGER_KS)
        ws, lookup = self.workspace, self.leader_lookup
        if not isinstance(page, DelegationPage):
            return
        if ws is None or lookup is None:
            page.update_leader(None)
            return
        page.update_leader(None, pending=True)
        wanted = ws.id
        self.ctx.run(
            lookup,
            ws.orgnr,
            pass_state=False,
            on_result=lambda name: self._leader_found(name, wanted),
            on_error=lambda _exc: page.update_leader(None, failed=True),
        )

    def _leader_found(self, name: str | None, workspace_id: int) -> None:
        page = self.step_pages.get(Step.DELEGER_KS)
        if (
            isinstance(page, DelegationPage)
            and self.workspace
            and self.workspace.id == workspace_id
        ):
            page.update_leader(name)

    # -- navigation --------------------------------------------------------------------
    def page_id(self, key: str) -> int:
        return STEP_ORDER.index(key) + 1

    def go_to(self, key: str) -> None:
        """Straight to a step (from the overview or the summary)."""
        if key not in STEP_ORDER:
            return
        target = self.page_id(key)
        while self.wizard.currentId() < target:
            self.wizard.next()
        while self.wizard.currentId() > target:
            self.wizard.back()

    def current_step(self) -> str | None:
        page = self.wizard.currentPage()
        return page.key if isinstance(page, StepPage) else None

    def _page_changed(self, page_id: int) -> None:
        if self._restoring or self.workspace is None or self.state is None:
            return
        self.flush_drafts()
        page = self.wizard.page(page_id)
        if isinstance(page, OverviewPage | SummaryPage):
            page.refresh(self.state, self.guides)
        key = page.key if isinstance(page, StepPage) else None
        self.state = ChecklistState(self.state.order, self.state.records, key)
        self.saver.save(
            "current",
            self.service.set_current,
            self.workspace.id,
            key,
            error_title=tr("Postvakt fikk ikke lagret hvor du var"),
        )

    def flush_drafts(self) -> None:
        for page in self.step_pages.values():
            if page._save_timer.isActive():
                page.save_draft()

    def _refresh_overview(self) -> None:
        if self.state is not None and self.step_pages:
            self.overview.refresh(self.state, self.guides)
            self.summary.refresh(self.state, self.guides)

    # -- from the pages ----------------------------------------------------------------
    def record_changed(self, record: StepRecord) -> None:
        if self.state is None:
            return
        records = dict(self.state.records)
        records[record.key] = record
        self.state = ChecklistState(self.state.order, records, self.state.current_step)

    def step_confirmed(self, record: StepRecord) -> None:
        self.record_changed(record)
        self._refresh_overview()
        self.step_saved.emit(record.key)  # the service saved and recorded it

""":class:`StepPage`, one step of DPI-oppsett: the guide (text, steps, values to copy, links,
warnings), what the user did (saved as they type) and «Bekreft steget». Each step's own form is
in :mod:`.steps` and :mod:`.delegation`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.domain.checklist import StepRecord
from desktop_app.domain.dates import local_date
from desktop_app.domain.dpi_onboarding import STEP_ORDER, fill_placeholders, portal_link
from desktop_app.domain.environments import Environment
from desktop_app.domain.guides import GuideStep
from desktop_app.views import dialogs
from desktop_app.views.accessibility import announce
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import rich
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.dpi_onboarding import seams
from desktop_app.wizards.dpi_onboarding.widgets import (
    STALE_AFTER_DAYS,
    CopyRow,
    escape_html,
    muted_label,
    note_box,
    ordered_html,
    wrapping_label,
)

if TYPE_CHECKING:
    from desktop_app.wizards.dpi_onboarding.page import DpiOnboardingPage


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


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

        self.body.addWidget(wrapping_label(guide.lead))
        self.checked = muted_label(self._checked_text())
        self.checked.setObjectName("lastChecked")
        self.body.addWidget(self.checked)
        self.practice_note = note_box(
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
            heading = rich(QLabel(f"<b>{escape_html(first.title)}</b>"))
            self.body.addWidget(heading)
            self.body.addWidget(wrapping_label(ordered_html(first.steps), rich=True))
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
            self.body.addWidget(note_box(warning, "warn"))

    def guide_paths(self) -> tuple:
        return self.guide.paths

    def open_link(self, url: str) -> None:
        seams.open_url(portal_link(url, self.owner.ctx.environment))

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
            inner.addWidget(rich(QLabel(f"<b>{escape_html(path.title)}</b>")))
            inner.addWidget(wrapping_label(ordered_html(path.steps), rich=True))
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
        self.confirm_error = note_box("", "bad")
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
                    date=local_date(record.confirmed_at), who=record.confirmed_by, how=how
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

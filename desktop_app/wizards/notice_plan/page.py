"""Varslingsplan: when each DPI notice of a letter (or of an imported list) can go out, and why.

Left: the notice order (days, channels, provider, texts) with a live check of it. Right: the
letters (one typed in, or a list imported from CSV/Excel), a timeline of notices per day, the
plan as a table, and an export. The rules are in :mod:`desktop_app.domain.notices`; import,
planning and export are in :mod:`desktop_app.services.notice_plan` and run in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.domain.notices import (
    EMAIL_TEXT_MAX,
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
    RowStatus,
    build_plan,
    parse_days,
)
from desktop_app.views import dialogs
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import page_header
from desktop_app.wizards.notice_plan.letter_actions import LetterActions, Letters
from desktop_app.wizards.notice_plan.sections import PlannerSections
from desktop_app.wizards.notice_plan.table import full_reason
from desktop_app.wizards.notice_plan.texts import (
    SEVERITY_COLOURS,
    channel_label,
    day_text,
    escape_html,
    oslo_time,
    severity_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


class NoticePlannerPage(PlannerSections, LetterActions, QWidget):
    plan_shown = Signal()  # a new plan (or none) is on screen
    REPLAN_DELAY_MS = 120

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.findings: list[Finding] = []
        self.plan: NoticePlan | None = None
        self.imported: ImportedLetters | None = None
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
                f"<b>{severity_label(finding.severity)}:</b> {escape_html(dtr(finding.message_nb))}"
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
        available = oslo_time(self.available_edit.dateTime())
        read = oslo_time(self.read_edit.dateTime()) if self.read_check.isChecked() else None
        return Letter(tr("Brevet"), sent_at=available, available_at=available, read_at=read)

    def current_letters(self) -> Letters:
        if self.list_radio.isChecked() and self.imported is not None:
            return Letters(self.imported.letters, list(self.imported.lines), "list")
        return Letters([self.single_letter()], [None], "single")

    # -- planning ----------------------------------------------------------------------
    def _request_plan(self) -> None:
        # The question changed: an answer to the old one is no use (newest wins), and the
        # new plan is made once the typing pauses.
        self.ctx.drop_latest("plan", self)
        self._replan_timer.start()

    def _start_plan(self) -> None:
        settings, findings = self.current_settings()
        blocking = [
            f for f in findings if f.severity is Severity.FEIL and f.field in ("days", "channels")
        ]
        letters = self.current_letters()
        if blocking:
            self._show_plan(
                None, tr("Rett feilene i innstillingene til venstre, så vises planen her.")
            )
            return

        def failed(exc: BaseException) -> None:
            self._show_plan(None, dialogs.user_message(exc))

        self.ctx.run(
            build_plan,
            letters.letters,
            settings,
            self.current_provider(),
            letters.lines,
            pass_state=False,
            owner=self,
            latest="plan",
            on_result=self._show_plan,
            on_error=failed,
        )

    def _show_plan(self, plan: NoticePlan | None, message: str = "") -> None:
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
                text += " " + tr("Alle {day}.").format(day=day_text(plan.first_day))
            else:
                text += " " + tr("Fra {first} til {last}.").format(
                    first=day_text(plan.first_day), last=day_text(plan.last_day)
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
        head = f"<b>{escape_html(row.reference)}{where}"
        if row.day_index is not None:
            what = tr("dag {n}, {channel}").format(
                n=row.day_index, channel=channel_label(row.channel)
            )
            head += f" – {escape_html(what)}"
        head += ":</b> "
        self.detail.setText(head + escape_html(full_reason(row)).replace("\n", "<br>"))

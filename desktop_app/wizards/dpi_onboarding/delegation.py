"""Step 3 of DPI-oppsett, give KS the right: who may do it, the API path (when signed in), the
guided path and the hand-over, and the verification.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop_app.domain.checklist import StepRecord, Verification
from desktop_app.domain.dpi_onboarding import KS_NAME, KS_ORGNR, DelegationOutcome, WhoDelegates
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.services.handover import READ_BACK_DONE, HandoverTask
from desktop_app.views import dialogs
from desktop_app.views.accessibility import wrapping_choice
from desktop_app.views.domain_text import dtr
from desktop_app.views.handover import TaskBanner, start_handover
from desktop_app.views.plain_text import rich
from desktop_app.views.signin_panel import SignInHere
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.dpi_onboarding import seams
from desktop_app.wizards.dpi_onboarding.step_page import StepPage
from desktop_app.wizards.dpi_onboarding.widgets import (
    escape_html,
    muted_label,
    note_box,
    wrapping_label,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


class DelegationPage(StepPage):
    """Who may do it, the API path (when signed in), the guided path, and the verification."""

    def add_before_guide(self) -> None:
        who_box = QGroupBox(tr("Hvem kan gjøre dette?"))
        who = QVBoxLayout(who_box)
        self.leader = wrapping_label("")
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
        self.ask_leader = note_box(
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
        self.api_text = wrapping_label("")
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
        self.api_result = wrapping_label("")
        self.api_result.setObjectName("apiResult")
        self.api_result.setVisible(False)
        api.addWidget(self.api_result)
        self.body.addWidget(api_box)
        self.body.addWidget(
            rich(QLabel("<b>" + escape_html(tr("Slik gjør du det selv i Altinn")) + "</b>"))
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
            lines = "".join(f"✓ {escape_html(dtr(t))}<br>" for t in outcome.done)
            colour = STATUS_COLOURS["ok"] if outcome.read_back else STATUS_COLOURS["bad"]
            self.api_result.setTextFormat(Qt.TextFormat.RichText)
            self.api_result.setText(
                f"{lines}<span style='color:{colour}; font-weight:600'>"
                f"{escape_html(dtr(outcome.message_nb))}</span>"
            )
            if not outcome.read_back:
                self.api_result.setText(
                    self.api_result.text()
                    + "<br>"
                    + escape_html(
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
        self.evidence_label = muted_label(tr("Ingen fil valgt (valgfritt)."))
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
            muted_label(
                tr(
                    "Et skjermbilde av Altinn-siden som viser KS med retten, er god dokumentasjon. "
                    "Postvakt tar vare på en kopi og et fingeravtrykk (SHA-256) av filen."
                )
            )
        )
        self.performer.textChanged.connect(self.changed)
        self.checked_box.toggled.connect(self.changed)

    def ask_evidence(self) -> None:
        path = seams.choose_evidence_file(self)
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

"""Step 1 of Uåpnet post: the risk question (does SvarUt print letters to businesses that nobody
opens?), with the last answer remembered per workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWizardPage

from desktop_app.domain.unopened import DigitalOnlySetting
from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards.unopened.check_steps import risk_text
from desktop_app.wizards.unopened.parts import scrolled_body, wrapped_label


def tr(text: str) -> str:
    return QCoreApplication.translate("unopened_check", text)


class RiskPage(QWizardPage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setTitle(tr("Skriver SvarUt ut brev som ingen åpner?"))
        self.setSubTitle(tr("Svaret avgjør hvor mye det haster med brevene Postvakt finner."))
        layout = scrolled_body(self)
        layout.addWidget(
            wrapped_label(
                tr(
                    "Kommunen sender brev til virksomheter gjennom SvarUt. De havner i virksomhetens "
                    "innboks i Altinn. Taushetsbelagte brev kan bare leses av den som har fått tilgang "
                    "til dem i Altinn, og mange virksomheter har ikke gitt noen den tilgangen. Da blir "
                    "brevene liggende uåpnet. Bergen kommune fant 1 307 slike brev til 162 virksomheter "
                    "i 2023."
                )
            )
        )
        layout.addWidget(
            wrapped_label(
                tr(
                    "Hvor alvorlig det er, kommer an på én innstilling i SvarUt: Får virksomheter "
                    "brevene bare digitalt, eller skrives brevet ut og sendes i posten når ingen åpner "
                    "det? Innstillingen finner du i SvarUt på Fiks-plattformen. Spør den som "
                    "administrerer SvarUt-kontoen hvis du ikke finner den."
                )
            )
        )
        self.choices = QButtonGroup(self)
        options = (
            (
                DigitalOnlySetting.DIGITAL_ONLY,
                tr("1a: Bare digitalt"),
                tr(
                    "Virksomheter får brevene bare i Altinn. Brev som ingen åpner, blir aldri "
                    "skrevet ut."
                ),
            ),
            (
                DigitalOnlySetting.PRINT_WHEN_UNREAD,
                tr("1b: Digitalt, og på papir hvis ingen åpner"),
                tr(
                    "SvarUt skriver ut brevet og sender det i posten når det ikke er åpnet innen "
                    "fristen."
                ),
            ),
            (
                DigitalOnlySetting.UNKNOWN,
                tr("Vet ikke ennå"),
                tr("Du kan gå videre og svare senere; kjør da kontrollen på nytt."),
            ),
        )
        self.buttons: dict[DigitalOnlySetting, QRadioButton] = {}
        box = QGroupBox(tr("Hvordan er innstillingen hos dere?"))
        box_layout = QVBoxLayout(box)
        for setting, text, detail in options:
            button = QRadioButton(text)
            button.setStyleSheet("QRadioButton { font-weight: 600; }")
            self.choices.addButton(button)
            self.buttons[setting] = button
            box_layout.addWidget(button)
            explanation = wrapped_label(detail)
            explanation.setContentsMargins(24, 0, 0, 6)
            explanation.setBuddy(button)
            box_layout.addWidget(explanation)
            button.toggled.connect(self._chosen)
        layout.addWidget(box)
        self.previous = wrapped_label()
        self.previous.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
        layout.addWidget(self.previous)
        self.meaning = wrapped_label()
        self.meaning.setObjectName("riskMeaning")
        self.meaning.setStyleSheet(
            "QLabel#riskMeaning { background: #e3effa; border: 1px solid #1a5fb4; padding: 8px; }"
        )
        layout.addWidget(self.meaning)
        self.no_workspace = wrapped_label(
            tr("Velg eller lag en arbeidsflate først (øverst i vinduet).")
        )
        self.no_workspace.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        layout.addWidget(self.no_workspace)
        layout.addStretch(1)
        ctx.workspace_changed.connect(self._chosen)

    def choose(self, setting: DigitalOnlySetting) -> None:
        self.buttons[setting].setChecked(True)

    def selected(self) -> DigitalOnlySetting | None:
        return next((s for s, b in self.buttons.items() if b.isChecked()), None)

    def initializePage(self) -> None:
        self._chosen()
        workspace = self.ctx.workspace
        if workspace is not None and self.selected() is None:
            self.ctx.run(
                self.wizard().service.check.list_runs,
                workspace.id,
                pass_state=False,
                on_result=self._last_answer,
                error_title=tr("Tidligere kontroller kunne ikke leses"),
            )

    def _last_answer(self, runs) -> None:
        """Start from what the user answered last time (they can change it)."""
        if runs and self.selected() is None:
            try:
                self.choose(DigitalOnlySetting(runs[0].risk_answer))
            except ValueError:
                return
            self.previous.setText(
                tr("Valgt ut fra forrige kontroll. Endre det hvis innstillingen er endret siden.")
            )

    def _chosen(self, *_args) -> None:
        setting = self.selected()
        self.meaning.setText(risk_text(setting) if setting is not None else "")
        self.meaning.setVisible(setting is not None)
        self.no_workspace.setVisible(self.ctx.workspace is None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.selected() is not None and self.ctx.workspace is not None

    def validatePage(self) -> bool:
        self.wizard().risk_answer = self.selected()
        return True


# --- 2. Import -----------------------------------------------------------------------------------

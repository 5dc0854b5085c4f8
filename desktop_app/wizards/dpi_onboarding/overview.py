"""The first and last pages of DPI-oppsett: the overview of the seven steps, and the summary with
the PDF for the archive.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWizardPage

from desktop_app.domain.checklist import ChecklistState, Progress
from desktop_app.domain.dates import local_date
from desktop_app.domain.guides import GuideStep
from desktop_app.views import dialogs
from desktop_app.views.pdf import write_pdf
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.wizards import printouts
from desktop_app.wizards.dpi_onboarding import seams
from desktop_app.wizards.dpi_onboarding.widgets import (
    escape_html,
    muted_label,
    note_box,
    wrapping_label,
)

if TYPE_CHECKING:
    from desktop_app.wizards.dpi_onboarding.page import DpiOnboardingPage


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


class OverviewPage(QWizardPage):
    def __init__(self, owner: DpiOnboardingPage) -> None:
        super().__init__()
        self.owner = owner
        self.setTitle(tr("Slik tar kommunen i bruk digital post til innbyggere"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapping_label(
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
        self.steps = wrapping_label("", rich=True)
        self.steps.setObjectName("dpiStepList")
        self.steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.steps.linkActivated.connect(lambda href: owner.go_to(href.lstrip("#")))
        layout.addWidget(self.steps)
        layout.addWidget(muted_label(tr("Klikk på et steg for å gå rett dit.")))
        layout.addWidget(
            note_box(
                tr(
                    "Du kan ta pause når som helst. Alt du skriver, lagres med en gang, og neste gang "
                    "du åpner DPI-oppsett, kommer du tilbake dit du var. Noen steg venter på svar fra "
                    "andre; da går du videre og kommer tilbake senere."
                ),
                "info",
            )
        )
        layout.addWidget(printouts.dpi_checklist_button(self))  # «Skriv ut sjekkliste …»
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
        title = escape_html(guides[key].title) if key in guides else key
        if record.confirmed:
            mark = f"<span style='color:{STATUS_COLOURS['ok']}'>✓</span>"
            note = tr("bekreftet {date}").format(date=local_date(record.confirmed_at))
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
        self.steps = wrapping_label("", rich=True)
        self.steps.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.steps.linkActivated.connect(lambda href: owner.go_to(href.lstrip("#")))
        layout.addWidget(self.steps)
        layout.addWidget(
            wrapping_label(
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
        row.addWidget(printouts.dpi_summary_button(self))  # «Skriv ut …»
        row.addStretch(1)
        layout.addLayout(row)
        self.pdf_status = wrapping_label("")
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
        target = seams.choose_pdf_path(self, f"DPI-oppsett {ws.name} {date.today():%Y-%m-%d}.pdf")
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

"""Oversikt: the state of the current workspace at a glance."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import CoverageCounts
from desktop_app.domain.checklist import Progress
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.services.confidential_access import RoutineState
from desktop_app.services.dpi_onboarding import DpiStatus
from desktop_app.storage.secrets import keyring_status
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.style import STATUS_COLOURS
from desktop_app.views.widgets import Card, page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


@dataclass(frozen=True)
class DashboardData:
    unit_count: int
    audit_count: int
    audit_problems: int
    keyring_usable: bool
    keyring_message: str


def load_dashboard(ctx: AppContext, workspace: Workspace | None) -> DashboardData:
    """Runs in the background: counts and checks from the store and the keyring."""
    units = ctx.workspaces.list_org_units(workspace.id) if workspace else []
    entries = ctx.audit.entries()
    problems = ctx.audit.verify()
    status = keyring_status()
    return DashboardData(
        len(units), len(entries), len(problems), status.usable, dtr(status.message)
    )


def load_access_status(ctx: AppContext, workspace_id: int) -> tuple[CoverageCounts, RoutineState]:
    """Runs in the background: the coverage as Taushetsbelagt post counts it, and the
    routine's state."""
    service = ctx.services.access
    return service.counts(workspace_id), service.routine(workspace_id)


class DashboardView(QWidget):
    navigate = Signal(str)  # page key
    new_workspace_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title, self.lead = page_header(layout, tr("Oversikt"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.workspace_card = Card(tr("Arbeidsflate"))
        self.units_card = Card(tr("Virksomheter"))
        self.log_card = Card(tr("Logg"))
        self.keyring_card = Card(tr("Innlogging og nøkler"))
        for i, card in enumerate(
            (self.workspace_card, self.units_card, self.log_card, self.keyring_card)
        ):
            grid.addWidget(card, i // 2, i % 2)
        # Row 3: the DPI onboarding; taushetsbelagt post (who can read, the review reminder).
        self.access_card = Card(tr("Taushetsbelagt post"))
        self.access_card.setAccessibleName(tr("Taushetsbelagt post"))
        grid.addWidget(self.access_card, 2, 1)
        self.dpi_card = Card(tr("DPI-oppsett"))
        self.dpi_button = QPushButton(tr("Åpne DPI-oppsett"))
        self.dpi_button.clicked.connect(lambda: self.navigate.emit("dpi"))
        self.dpi_card.layout().addWidget(self.dpi_button)
        grid.addWidget(self.dpi_card, 2, 0)
        layout.addLayout(grid)

        self.demo_hint = QLabel(
            tr(
                "Dette er en øvingskommune med oppdiktede data, så du kan se deg om uten å "
                "gjøre noe i ekte tjenester. Når du er klar, lager du en arbeidsflate for din "
                "egen kommune."
            )
        )
        self.demo_hint.setWordWrap(True)
        self.new_button = QPushButton(tr("Lag arbeidsflate for din kommune …"))
        self.new_button.clicked.connect(self.new_workspace_requested)
        layout.addSpacing(8)
        layout.addWidget(self.demo_hint)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(8)

        layout.addStretch(1)

        ctx.workspace_changed.connect(self.refresh)
        ctx.audit_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        ws = self.ctx.workspace
        if ws is None:
            self.workspace_card.set(tr("Ingen valgt"), tr("Lag eller velg en arbeidsflate."))
        else:
            detail = tr("Org.nr {orgnr}").format(orgnr=format_orgnr(ws.orgnr))
            if ws.is_demo:
                detail += " · " + tr("øvingsdata")
            self.workspace_card.set(ws.name, detail)
        is_demo = bool(ws and ws.is_demo)
        self.demo_hint.setVisible(is_demo)
        self.new_button.setVisible(is_demo or ws is None)
        wanted = ws.id if ws else None
        self.ctx.run(
            load_dashboard,
            self.ctx,
            ws,
            pass_state=False,
            on_result=lambda data: self._show(data, wanted),
        )
        if ws is not None:
            self.ctx.run(
                load_access_status,
                self.ctx,
                ws.id,
                pass_state=False,
                on_result=lambda data: self._show_access(data, wanted),
            )
        else:
            self.access_card.set("–", tr("Lag eller velg en arbeidsflate."))
        if ws is None:
            self.dpi_card.set("–", tr("Lag eller velg en arbeidsflate."))
        else:
            self.ctx.run(
                self.ctx.services.dpi.status,
                ws.id,
                pass_state=False,
                on_result=lambda status: self._show_dpi(status, wanted),
            )

    def _show_access(self, data: tuple[CoverageCounts, RoutineState], workspace_id: int) -> None:
        if self.ctx.workspace is None or self.ctx.workspace.id != workspace_id:
            return
        counts, routine = data
        total, nobody = counts.total, counts.bad
        colour: str | None
        if total and counts.unknown == total:
            value = tr("Ukjent")
            detail = tr("Tilgangene er ikke lest fra Altinn ennå. Se Taushetsbelagt post.")
            colour = None
        elif nobody:
            value = tr("{n} av {total} uten leser").format(n=nobody, total=total)
            detail = tr(
                "organisasjonsnumre der ingen kan lese taushetsbelagt post. Se Taushetsbelagt post."
            )
            colour = STATUS_COLOURS["bad"]
        elif counts.unknown:
            value = tr("{n} av {total} har leser").format(n=counts.known, total=total)
            detail = tr("{n} er ukjent: ikke lest fra Altinn ennå.").format(n=counts.unknown)
            colour = STATUS_COLOURS["warn"]
        else:
            value = tr("Alle {total} har leser").format(total=total)
            detail = tr("Alle organisasjonsnumre har minst én som kan lese taushetsbelagt post.")
            colour = STATUS_COLOURS["ok"]
        if counts.warn:
            detail += " " + tr("{n} bør sjekkes (se Taushetsbelagt post).").format(n=counts.warn)
            if colour == STATUS_COLOURS["ok"]:
                colour = STATUS_COLOURS["warn"]
        if routine.due and routine.next_due is not None:
            detail += " " + tr(
                "Gjennomgang av tilgangene var planlagt {d}: den er forfalt."
            ).format(d=routine.next_due.strftime("%d.%m.%Y"))
            colour = colour if nobody else STATUS_COLOURS["warn"]
        elif not routine.saved:
            detail += " " + tr("Rutinen for tilganger er ikke laget ennå.")
        self.access_card.set(value, detail, colour)

    def _show_dpi(self, status: DpiStatus, workspace_id: int | None) -> None:
        current = self.ctx.workspace.id if self.ctx.workspace else None
        if workspace_id != current:
            return
        colour = {
            Progress.DONE: STATUS_COLOURS["ok"],
            Progress.IN_PROGRESS: STATUS_COLOURS["warn"],
            Progress.NOT_STARTED: None,
        }[status.progress]
        if status.progress is Progress.DONE:
            detail = tr("Alle {n} steg er bekreftet.").format(n=status.total)
        elif status.progress is Progress.IN_PROGRESS:
            detail = tr("{done} av {total} steg bekreftet. Eldste åpne steg: {step}.").format(
                done=status.confirmed, total=status.total, step=status.oldest_open_title or ""
            )
        else:
            detail = tr("Digital postkasse til innbyggere via SvarUt: {n} steg.").format(
                n=status.total
            )
        self.dpi_card.set(dtr(status.progress.label_nb), detail, colour)

    def _show(self, data: DashboardData, workspace_id: int | None = None) -> None:
        current = self.ctx.workspace.id if self.ctx.workspace else None
        if workspace_id != current:
            return  # an answer for a workspace the user has left
        self.units_card.set(
            str(data.unit_count),
            tr("organisasjonsnummer i arbeidsflaten (inkludert kommunen selv)"),
        )
        if data.audit_problems:
            self.log_card.set(
                tr("{n} avvik").format(n=data.audit_problems),
                tr("Noen har endret eller slettet oppføringer i loggen. Se Logg."),
                STATUS_COLOURS["bad"],
            )
        else:
            self.log_card.set(
                str(data.audit_count),
                tr("oppføringer, alle kontrollert og uendret"),
                STATUS_COLOURS["ok"],
            )
        if data.keyring_usable:
            self.keyring_card.set(
                tr("Klar"),
                tr("Passord og nøkler lagres i maskinens nøkkelring."),
                STATUS_COLOURS["ok"],
            )
        else:
            self.keyring_card.set(
                tr("Ikke tilgjengelig"), data.keyring_message, STATUS_COLOURS["warn"]
            )

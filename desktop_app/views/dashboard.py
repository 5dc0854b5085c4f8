"""Oversikt: the state of the current workspace at a glance.

One card per flow (DPI, Taushetsbelagt post, Varsling, Uåpnet post, Rutine), each with a
button to the page that fixes what it says. The numbers come from the same service calls as
the pages (``ConfidentialAccessService.counts`` and ``routine``, the DPI status, the saved
unopened checks), so the two never disagree. The sign-in card reads ``ctx.session.info``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.access import CoverageCounts
from desktop_app.domain.checklist import Progress
from desktop_app.domain.dates import local_date
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.services.confidential_access import RoutineState
from desktop_app.services.dpi_onboarding import DpiStatus
from desktop_app.services.session import SessionInfo
from desktop_app.storage.runs import CheckRun
from desktop_app.storage.secrets import keyring_status
from desktop_app.views.context import AppContext
from desktop_app.views.domain_text import dtr
from desktop_app.views.routine_overview import RoutineNotices, load_routine_status, schedule_card
from desktop_app.views.signin_panel import SignInHere, when
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


@dataclass(frozen=True)
class FlowStatus:
    """What the flow cards show, from the services the pages use."""

    counts: CoverageCounts
    routine: RoutineState
    last_check: CheckRun | None


def load_access_status(ctx: AppContext, workspace_id: int) -> FlowStatus:
    """Runs in the background: the coverage as Taushetsbelagt post and Varsling count it, the
    routine's state, and the newest saved check of unopened post."""
    service = ctx.services.access
    runs = ctx.services.unopened.list_runs(workspace_id)
    return FlowStatus(
        service.counts(workspace_id), service.routine(workspace_id), runs[0] if runs else None
    )


class CardGrid(QWidget):
    """The cards in up to three columns: fewer when the page is narrow (a small screen, large
    text), so a card is never cut off at the side; the page scrolls down instead."""

    MAX_COLUMNS = 3

    def __init__(self, grid: QGridLayout, cards: tuple[QWidget, ...]) -> None:
        super().__init__()
        self.grid, self.cards = grid, cards
        grid.setSpacing(12)
        self.columns = 0
        self._place(self.MAX_COLUMNS)

    def _narrowest_card(self) -> int:
        """A card is as narrow as its widest button allows (buttons do not wrap)."""
        widest = max(
            (b.sizeHint().width() for card in self.cards for b in card.findChildren(QPushButton)),
            default=0,
        )
        return widest + 2 * 16 + 4  # the card's margins and frame

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for i, card in enumerate(self.cards):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(self.MAX_COLUMNS):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        room = event.size().width() + self.grid.spacing()
        need = self._narrowest_card() + self.grid.spacing()
        self._place(max(1, min(self.MAX_COLUMNS, room // max(need, 1))))


class DashboardView(QWidget):
    navigate = Signal(str)  # page key
    new_workspace_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._keyring_note = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title, self.lead = page_header(layout, tr("Oversikt"))
        self.notices = RoutineNotices()  # what scheduled runs found (Fast kontroll)
        self.notices.dismiss_requested.connect(self._dismiss_notice)
        layout.addWidget(self.notices)  # above the cards, as wide as the page
        grid = QGridLayout()
        grid.setSpacing(12)
        self.workspace_card = Card(tr("Arbeidsflate"))
        self.units_card = Card(tr("Virksomheter"))
        # The sign-in as the banner says it (ctx.session.info); the keyring in its detail.
        self.signin_card = Card(tr("Innlogging"))
        self.signin_card.setAccessibleName(tr("Innlogging"))
        self.sign_in_here = SignInHere(ctx)
        self.signin_card.layout().addWidget(self.sign_in_here)
        self.keyring_card = self.signin_card  # (the keyring is said on the sign-in card)
        self.log_card = Card(tr("Logg"))
        # One card per flow, each with the button to the page that fixes what it says.
        self.dpi_card, self.dpi_button = self._flow_card(
            tr("DPI-oppsett"), tr("Åpne DPI-oppsett"), "dpi"
        )
        self.access_card, self.access_button = self._flow_card(
            tr("Taushetsbelagt post"), tr("Åpne Taushetsbelagt post"), "taushetsbelagt"
        )
        self.notification_card, self.notification_button = self._flow_card(
            tr("Varsling"), tr("Åpne Varsling"), "varsling"
        )
        self.unopened_card, self.unopened_button = self._flow_card(
            tr("Uåpnet post"), tr("Åpne Uåpnet post"), "uapnet"
        )
        self.routine_card, self.routine_button = self._flow_card(
            tr("Rutine for tilganger"), tr("Åpne rutinen"), "taushetsbelagt"
        )
        self.schedule_card = Card(tr("Fast kontroll"))  # the scheduled unopened-post check
        self.schedule_card.setAccessibleName(tr("Fast kontroll"))
        self.schedule_button = QPushButton(tr("Åpne fast kontroll"))
        self.schedule_button.setAccessibleDescription(tr("Fast kontroll"))
        self.schedule_button.clicked.connect(self.open_schedule)
        self.schedule_card.layout().addWidget(self.schedule_button)
        cards = (
            self.dpi_card,
            self.access_card,
            self.notification_card,
            self.unopened_card,
            self.schedule_card,
            self.routine_card,
            self.signin_card,
            self.workspace_card,
            self.units_card,
            self.log_card,
        )
        for card in cards:
            card.value.setWordWrap(True)  # a long name wraps; the columns fit a small screen
        cards_box = CardGrid(grid, cards)
        box = QVBoxLayout(cards_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        box.addStretch(1)  # cards keep their height on a tall screen
        scroll = QScrollArea()  # a small screen scrolls; nothing is cut off
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(cards_box)
        layout.addWidget(scroll, 1)

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
        ctx.workspace_changed.connect(self.refresh)
        ctx.audit_changed.connect(self.refresh)
        ctx.session_changed.connect(self._show_session)
        self.refresh()

    def _flow_card(self, title: str, button_text: str, page: str) -> tuple[Card, QPushButton]:
        card = Card(title)
        card.setAccessibleName(title)
        button = QPushButton(button_text)
        button.setAccessibleDescription(title)
        button.clicked.connect(lambda: self.navigate.emit(page))
        card.layout().addWidget(button)
        return card, button

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
        self._show_session()
        # Newest wins for each card: an answer for a workspace the user has left (or an older
        # read of this one) is dropped by ctx.run, so the cards need no check of their own.
        self.ctx.run(
            load_dashboard,
            self.ctx,
            ws,
            pass_state=False,
            owner=self,
            latest="counts",
            on_result=self._show,
        )
        if ws is not None:
            self.ctx.run(
                load_access_status,
                self.ctx,
                ws.id,
                pass_state=False,
                owner=self,
                latest="flows",
                on_result=self._show_flows,
            )
            self.ctx.run(
                load_routine_status,
                self.ctx,
                ws.id,
                pass_state=False,
                owner=self,
                latest="schedule",
                on_result=self._show_schedule,
            )
        else:
            for name in ("flows", "schedule", "dpi"):
                self.ctx.drop_latest(name, self)
            for card in (
                self.access_card,
                self.notification_card,
                self.unopened_card,
                self.routine_card,
                self.schedule_card,
            ):
                card.set("–", tr("Lag eller velg en arbeidsflate."))
        if ws is None:
            self.dpi_card.set("–", tr("Lag eller velg en arbeidsflate."))
        else:
            self.ctx.run(
                self.ctx.services.dpi.status,
                ws.id,
                pass_state=False,
                owner=self,
                latest="dpi",
                on_result=self._show_dpi,
            )

    def _show_flows(self, data: FlowStatus) -> None:
        self._show_access(data.counts)
        self._show_notification(data.counts)
        self._show_unopened(data.last_check)
        self._show_routine(data.routine)

    def _show_schedule(self, data) -> None:
        ws = self.ctx.workspace
        if ws is None:
            return
        overview, notices = data
        self.schedule_card.set(*schedule_card(overview, ws.is_demo))
        self.schedule_button.setEnabled(not ws.is_demo)
        self.schedule_button.setText(
            tr("Åpne fast kontroll") if overview is not None else tr("Sett opp fast kontroll")
        )
        self.notices.show_findings(notices)

    def open_schedule(self) -> None:
        """The dialog that sets up, repairs or changes the workspace's Fast kontroll."""
        ws = self.ctx.workspace
        if ws is None:
            return
        from desktop_app.views.routine_dialog import RoutineDialog

        dialog = RoutineDialog(self.ctx, ws.id, ws.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.changed.connect(self.refresh)
        dialog.open()
        self.routine_dialog = dialog

    def _dismiss_notice(self, finding) -> None:
        self.ctx.run(
            self.ctx.services.routines.dismiss_notice,
            finding,
            pass_state=False,
            on_result=lambda _r: self.refresh(),
        )

    def _show_access(self, counts: CoverageCounts) -> None:
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
        self.access_card.set(value, detail, colour)

    def _show_notification(self, counts: CoverageCounts) -> None:
        total, without, unknown = counts.total, counts.no_address, counts.addresses_unknown
        if total and unknown == total:
            self.notification_card.set(
                tr("Ukjent"),
                tr(
                    "Varslingsadressene er ikke lest fra Altinn ennå. Logg inn, eller før dem "
                    "inn under Varsling."
                ),
            )
        elif without:
            detail = tr("organisasjonsnumre der ingen får beskjed om ny post.")
            if unknown:
                detail += " " + tr("{n} er ukjent: ikke lest fra Altinn ennå.").format(n=unknown)
            self.notification_card.set(
                tr("{n} av {total} uten adresse").format(n=without, total=total),
                detail,
                STATUS_COLOURS["bad"],
            )
        elif unknown:
            self.notification_card.set(
                tr("{n} av {total} har adresse").format(n=total - unknown, total=total),
                tr("{n} er ukjent: ikke lest fra Altinn ennå.").format(n=unknown),
                STATUS_COLOURS["warn"],
            )
        else:
            self.notification_card.set(
                tr("Alle {total} har adresse").format(total=total),
                tr("Alle organisasjonsnumre har minst én varslingsadresse."),
                STATUS_COLOURS["ok"],
            )

    def _show_unopened(self, run: CheckRun | None) -> None:
        if run is None:
            self.unopened_card.set(
                tr("Ikke sjekket"),
                tr(
                    "Sjekk om taushetsbelagte brev fra SvarUt er uåpnet, med en eksport fra SvarUt."
                ),
            )
        elif run.at_risk_count:
            self.unopened_card.set(
                tr("{n} brev i fare").format(n=run.at_risk_count),
                tr("uåpnede brev ved siste kontroll {day}. Følg dem opp under Uåpnet post.").format(
                    day=local_date(run.finished_at)
                ),
                STATUS_COLOURS["bad"],
            )
        else:
            self.unopened_card.set(
                tr("Ingen brev i fare"),
                tr("ved siste kontroll {day}.").format(day=local_date(run.finished_at)),
                STATUS_COLOURS["ok"],
            )

    def _show_routine(self, routine: RoutineState) -> None:
        if not routine.saved:
            self.routine_card.set(
                tr("Ikke laget"),
                tr(
                    "Rutinen for tilganger er ikke laget ennå. Den lages på siste fane under "
                    "Taushetsbelagt post."
                ),
                STATUS_COLOURS["warn"],
            )
        elif routine.due and routine.next_due is not None:
            self.routine_card.set(
                tr("Gjennomgang forfalt"),
                tr("Gjennomgang av tilgangene var planlagt {d}: den er forfalt.").format(
                    d=routine.next_due.strftime("%d.%m.%Y")
                ),
                STATUS_COLOURS["warn"],
            )
        elif routine.next_due is not None:
            self.routine_card.set(
                tr("I rute"),
                tr("Neste gjennomgang: {d}.").format(d=routine.next_due.strftime("%d.%m.%Y")),
                STATUS_COLOURS["ok"],
            )
        else:
            self.routine_card.set(tr("Laget"), "", STATUS_COLOURS["ok"])

    def _show_session(self, *_args: object) -> None:
        """As the banner says it: who is signed in, from ``ctx.session.info``."""
        info: SessionInfo | None = self.ctx.session.info
        keyring = self._keyring_note
        if info is None:
            self.signin_card.set(
                tr("Ikke logget inn"),
                " ".join(
                    x
                    for x in (
                        tr(
                            "Logg inn, så leser Postvakt tilganger og varslingsadresser fra Altinn for "
                            "alle virksomhetene."
                        ),
                        keyring,
                    )
                    if x
                ),
            )
        else:
            self.signin_card.set(
                tr("Logget inn som {name}").format(name=info.name),
                " ".join(
                    x
                    for x in (
                        tr("{env}, til {end}.").format(
                            env=dtr(info.environment.label),
                            end=when(info.session_ends_at or info.access_expires_at),
                        ),
                        keyring,
                    )
                    if x
                ),
                STATUS_COLOURS["ok"],
            )

    def _show_dpi(self, status: DpiStatus) -> None:
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

    def _show(self, data: DashboardData) -> None:
        self.units_card.set(
            str(data.unit_count),
            tr("organisasjonsnummer i arbeidsflaten (kommunen selv)")
            if data.unit_count == 1
            else tr("organisasjonsnumre i arbeidsflaten (inkludert kommunen selv)"),
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
                tr("oppføring, kontrollert og uendret")
                if data.audit_count == 1
                else tr("oppføringer, alle kontrollert og uendret"),
                STATUS_COLOURS["ok"],
            )
        # The keyring is said on the sign-in card; «not available» is about the keyring,
        # never about the sign-in.
        self._keyring_note = (
            ""
            if data.keyring_usable
            else tr("Nøkkelringen er ikke tilgjengelig: {why}").format(why=data.keyring_message)
        )
        self._show_session()

"""Fast kontroll on Oversikt: the card (sist kjørt, neste, what is late, in words as well as
colour) and the notices that scheduled runs left (letters at risk, a review past its date),
each with the button that opens the page that fixes it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.dates import local_date
from desktop_app.domain.routines import Finding
from desktop_app.services.routines import RoutineOverview
from desktop_app.views.domain_text import dtr
from desktop_app.views.notifier import notice_text, open_label
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("routine_overview", text)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return tr("ikke kjørt ennå")
    return tr("{day} kl. {time}").format(
        day=moment.strftime("%d.%m.%Y"), time=moment.strftime("%H:%M")
    )


def page_label(finding: Finding) -> str:
    return tr("Åpne Uåpnet post") if finding.at_risk else tr("Åpne Taushetsbelagt post")


def schedule_card(overview: RoutineOverview | None, is_demo: bool) -> tuple[str, str, str | None]:
    """(value, detail, colour) for the Fast kontroll card."""
    if overview is None:
        if is_demo:
            return (
                tr("Ikke for øvingskommunen"),
                tr("Fast kontroll av uåpnet post settes opp for en ekte arbeidsflate."),
                None,
            )
        return (
            tr("Ikke satt opp"),
            tr(
                "Ingen fast kontroll av uåpnet post. Sett den opp, så kjører maskinen kontrollen "
                "av seg selv, også når Postvakt er lukket."
            ),
            STATUS_COLOURS["warn"],
        )
    timing = overview.timing
    times = tr("Sist kjørt: {last}. Neste: {next}.").format(
        last=_when(timing.last_run),
        # a routine the scheduler does not have (or whose program is gone) will not run
        next=tr("ingen før den er reparert") if overview.problem else _when(timing.next_run),
    )
    if overview.at_risk:
        times += " " + tr("Ved siste kjøring: {n} brev i faresonen.").format(n=overview.at_risk)
    if timing.overdue and timing.due is not None:
        times = (
            tr("Forfalt: kontrollen skulle ha kjørt {due}, men har ikke kjørt.").format(
                due=_when(timing.due)
            )
            + " "
            + times
        )
    if overview.problem:
        return tr("Må repareres"), dtr(overview.problem) + " " + times, STATUS_COLOURS["bad"]
    if overview.failure and overview.failed_at is not None:
        return (
            tr("Siste kjøring feilet"),
            tr("{when}: {why}").format(when=_when(overview.failed_at), why=dtr(overview.failure))
            + " "
            + times,
            STATUS_COLOURS["bad"],
        )
    if timing.overdue:
        return (
            tr("Forfalt"),
            times
            + " "
            + tr("Maskinen må være på, og du logget inn på den, når kontrollen skal gå."),
            STATUS_COLOURS["bad"],
        )
    return tr("I rute"), overview.routine.schedule.text + ". " + times, STATUS_COLOURS["ok"]


class RoutineNotices(QFrame):
    """What scheduled runs found and the user has not yet opened: one line each, «Åpne …»
    (the workspace and page that fix it) and «Skjul» (seen; the run stays in the history)."""

    open_requested = Signal(object)  # Finding
    dismiss_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routineNotices")
        self.setStyleSheet(
            f"QFrame#routineNotices {{ border: 2px solid {STATUS_COLOURS['bad']}; "
            "border-radius: 6px; }"
        )
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(12, 8, 12, 8)
        self.setAccessibleName(tr("Varsler fra fast kontroll"))
        self.findings: list[Finding] = []
        self.setVisible(False)

    def show_findings(self, findings: list[Finding]) -> None:
        if [(f.workspace_id, f.found_at) for f in findings] == [
            (f.workspace_id, f.found_at) for f in self.findings
        ]:
            return
        self.findings = list(findings)
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                row = item.layout()
                while row.count():
                    child = row.takeAt(0).widget()
                    if child is not None:
                        child.deleteLater()
        for finding in self.findings:
            label = QLabel(
                tr("Fast kontroll {day}: {text}").format(
                    day=local_date(finding.found_at), text=notice_text(finding)
                )
            )
            label.setWordWrap(True)
            self.rows.addWidget(label)
            row = QHBoxLayout()  # the buttons under the text: it keeps the width at large text
            open_button = QPushButton(page_label(finding))
            open_button.setAccessibleName(open_label(finding))
            open_button.clicked.connect(lambda _c=False, f=finding: self.open_requested.emit(f))
            hide = QPushButton(tr("Skjul"))
            hide.setAccessibleName(
                tr("Skjul varselet for {name}").format(name=finding.workspace_name)
            )
            hide.clicked.connect(lambda _c=False, f=finding: self.dismiss_requested.emit(f))
            row.addWidget(open_button)
            row.addWidget(hide)
            row.addStretch(1)
            self.rows.addLayout(row)
        self.setVisible(bool(self.findings))


def load_routine_status(ctx, workspace_id: int) -> tuple[RoutineOverview | None, list[Finding]]:
    """Runs in the background: the workspace's routine as the scheduler has it, and what runs
    found (every workspace) that waits for the user. A scheduler that cannot be asked leaves
    the card empty, never the notices."""
    from desktop_app.domain.routines import RoutineError

    routines = ctx.services.routines
    try:
        overview = routines.overview(workspace_id)
    except (RoutineError, OSError):
        overview = None
    return overview, routines.pending_notices()

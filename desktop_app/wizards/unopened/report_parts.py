"""What Rapporter says about a saved check (dates, the risk answer, before and after), and its
work on the pool: open a saved run or a report file, write the PDF summary.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.domain.organizations import Workspace
from desktop_app.domain.svarut import OSLO
from desktop_app.services.unopened_check import CheckOutcome, UnopenedCheckService
from desktop_app.services.unopened_followup import UnopenedFollowupService
from desktop_app.storage.runs import CheckRun
from desktop_app.views.pdf import write_pdf
from desktop_app.views.shipments import Labels, PreparedLetters, prepare_letters


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


def local_text(moment: datetime | None, with_time: bool = True) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(OSLO)
    if not with_time:
        return local.strftime("%d.%m.%Y")
    return tr("{date} kl. {time}").format(
        date=local.strftime("%d.%m.%Y"), time=local.strftime("%H.%M")
    )


def answer_label(answer: str) -> str:
    return {
        "1a": tr("1a: bare digitalt"),
        "1b": tr("1b: skrives ut hvis uåpnet"),
    }.get(answer, tr("ukjent"))


def before_and_after(run: CheckRun) -> str:
    """A check whose statuses were fetched from SvarUt after the import: what it found
    before and after (one check, two steps)."""
    return tr("{before} før status ble hentet fra SvarUt, {after} etter").format(
        before=count_text(run.at_risk_before or 0), after=count_text(run.at_risk_count)
    )


def answer_short(answer: str) -> str:
    return answer if answer in ("1a", "1b") else tr("Ukjent")


# --- Work on the pool -----------------------------------------------------------------------------


def run_for_table(
    state: TaskState, service: UnopenedCheckService, run_id: int, labels: Labels
) -> tuple[CheckOutcome, PreparedLetters]:
    outcome = service.load_run(run_id, state)
    state.check()
    return outcome, prepare_letters(outcome.letters, labels)


def file_for_table(
    state: TaskState,
    service: UnopenedFollowupService,
    workspace: Workspace,
    path: Path,
    answer: str | None,
    mapping: dict[str, str | None] | None,
    labels: Labels,
) -> tuple[CheckOutcome, PreparedLetters]:
    outcome = service.review_file(state, workspace, path, answer, mapping)
    state.check()
    return outcome, prepare_letters(outcome.letters, labels)


def write_summary(
    service: UnopenedCheckService, outcome: CheckOutcome, path: Path, title: str
) -> Path:
    return service.export_summary(
        outcome, path, lambda html, target: write_pdf(html, target, title=title)
    )

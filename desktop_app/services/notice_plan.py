"""The notice planner's flow (Varslingsplan): import a list of letters, plan their DPI notices,
export the plan. Shared by the planner page and the command line; no Qt.

* :func:`import_letters` reads a CSV or spreadsheet (``read_table``) with columns such as
  «Referanse», «Sendt», «Tilgjengelig» and «Lest». Dates are ``dd.mm.åååå tt:mm`` or ISO 8601;
  a time without a zone is Norwegian time (Europe/Oslo). A row that cannot be read is reported
  with its line and a bokmål reason; the other rows are kept.
* :func:`build_plan` runs :func:`~desktop_app.domain.notices.plan_batch` and flattens the result
  into one row per notice (and one per letter that could not be planned), with the count of
  notices per day for a timeline.
* :func:`export_plan` writes the plan as CSV for Excel (UTF-8 with BOM, ``;``, formulas
  neutralised) or as XLSX, through a temporary file moved into place.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.notices import (
    Channel,
    Finding,
    InvalidNoticeSettings,
    Letter,
    NoticeSettings,
    Provider,
    Severity,
    plan_batch,
)
from desktop_app.exporters.tables import ExportError as TableExportError
from desktop_app.exporters.tables import write_csv, write_xlsx
from desktop_app.importers.svarut_export import normalise_header, parse_datetime
from desktop_app.importers.tabular import RowError, TableError, read_table
from desktop_app.language import t
from desktop_app.services.recording import Recorder
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database

__all__ = [
    "HEADER_SYNONYMS",
    "MAX_LETTERS",
    "STATUS_NB",
    "ExportError",
    "ImportedLetters",
    "InvalidNoticeSettings",
    "LetterField",
    "LetterImportError",
    "NoticePlan",
    "PlanRow",
    "RowError",
    "RowStatus",
    "build_plan",
    "export_plan",
    "import_letters",
    "parse_days",
]

MAX_LETTERS = 200_000  # a larger list is cut here, and the user is told


class LetterImportError(Exception):
    """The file cannot be used as a list of letters. ``message_nb`` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message_nb = message


class ExportError(Exception):
    """The plan could not be written. ``message_nb`` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message_nb = message


# --- Days ----------------------------------------------------------------------------------------

_DAY_SEPARATORS = re.compile(r"[\s,;]+")


def parse_days(text: str) -> tuple[tuple[int, ...], list[Finding]]:
    """``"0, 7"`` → ``((0, 7), [])``. Commas, semicolons or spaces separate the days. A word
    that is not a whole number gives an error finding (field ``"days"``) and is left out."""
    days: list[int] = []
    bad: list[str] = []
    for token in _DAY_SEPARATORS.split(text.strip()):
        if not token:
            continue
        if re.fullmatch(r"[+-]?\d{1,4}", token):
            days.append(int(token))
        else:
            bad.append(token)
    findings: list[Finding] = []
    if bad:
        listed = ", ".join(f"«{t}»" for t in bad[:3])
        findings.append(
            Finding(
                Severity.FEIL,
                "days",
                f"Dagene må være hele tall med komma mellom, for eksempel 0, 7. Dette er ikke et "
                f"helt tall: {listed}.",
            )
        )
    return tuple(days), findings


# --- Import --------------------------------------------------------------------------------------


class LetterField(StrEnum):
    REFERENCE = "reference"
    SENT_AT = "sent_at"
    AVAILABLE_AT = "available_at"
    READ_AT = "read_at"


# Header texts recognised for each field, compared after normalise_header() (case, spaces,
# hyphens and æøå do not matter). Our choice [I]: extend when a real list is seen.
HEADER_SYNONYMS: dict[LetterField, tuple[str, ...]] = {
    LetterField.REFERENCE: (
        "Referanse",
        "Ref",
        "Ref.",
        "Brev",
        "Brev-ID",
        "Brevreferanse",
        "Ekstern referanse",
        "Forsendelse-ID",
        "ForsendelseId",
        "Melding-ID",
        "ID",
        "Reference",
    ),
    LetterField.SENT_AT: (
        "Sendt",
        "Sendt dato",
        "Sendt tidspunkt",
        "Sendetidspunkt",
        "Dato sendt",
        "Sent",
        "Sent at",
    ),
    LetterField.AVAILABLE_AT: (
        "Tilgjengelig",
        "Tilgjengelig i postkassen",
        "Tilgjengelig fra",
        "Tilgjengeliggjort",
        "Levert",
        "Levert dato",
        "Virkningstidspunkt",
        "Virkningsdato",
        "Available",
        "Available at",
        "Delivered",
    ),
    LetterField.READ_AT: (
        "Lest",
        "Lest dato",
        "Lest tidspunkt",
        "Åpnet",
        "Åpnet dato",
        "Read",
        "Read at",
        "Opened",
    ),
}

_FIELD_BY_HEADER: dict[str, LetterField] = {
    normalise_header(name): field_ for field_, names in HEADER_SYNONYMS.items() for name in names
}

_FIELD_NAMES_NB = {
    LetterField.SENT_AT: "Sendt",
    LetterField.AVAILABLE_AT: "Tilgjengelig",
    LetterField.READ_AT: "Lest",
}


@dataclass
class ImportedLetters:
    """The letters that could be read, each with its line in the file, and the rows that could
    not (``errors``, in file order)."""

    file_name: str
    letters: list[Letter]
    lines: list[int]
    errors: list[RowError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # about the whole file (bokmål)

    @property
    def skipped(self) -> int:
        return sum(1 for e in self.errors if e.skipped)


def import_letters(
    source: str | os.PathLike[str] | bytes, state: TaskState | None = None, *, name: str = ""
) -> ImportedLetters:
    """Read a list of letters. Raises :class:`LetterImportError` when the file is not a list
    of letters at all (no date column, not a table); bad rows are reported, not raised."""
    file_name = name or (Path(source).name if not isinstance(source, bytes | bytearray) else "")
    try:
        table = read_table(source)
    except TableError as exc:
        raise LetterImportError(str(exc)) from None

    columns: dict[LetterField, int] = {}
    for index, header in enumerate(table.headers):
        field_ = _FIELD_BY_HEADER.get(normalise_header(header)) if header else None
        if field_ is not None and field_ not in columns:
            columns[field_] = index
    if LetterField.SENT_AT not in columns and LetterField.AVAILABLE_AT not in columns:
        shown = ", ".join(f"«{h}»" for h in table.headers if h) or "ingen"
        raise LetterImportError(
            "Fant ingen kolonne med tidspunkt. Listen må ha en kolonne «Sendt» eller "
            "«Tilgjengelig» (når brevet kom i postkassen), og gjerne «Referanse» og «Lest». "
            f"Kolonnene i filen er: {shown}."
        )

    result = ImportedLetters(file_name, [], [])
    if LetterField.REFERENCE not in columns:
        result.notes.append(
            "Fant ingen kolonne «Referanse», så brevene heter etter linjen de står på."
        )
    if LetterField.AVAILABLE_AT not in columns:
        result.notes.append(
            "Fant ingen kolonne «Tilgjengelig», så Postvakt regner med at brevene kom i "
            "postkassen da de ble sendt."
        )

    ref_col = columns.get(LetterField.REFERENCE)
    date_cols = [
        (f, columns[f])
        for f in (LetterField.SENT_AT, LetterField.AVAILABLE_AT, LetterField.READ_AT)
        if f in columns
    ]
    for count, (line, cells) in enumerate(table.rows):
        if count % 2000 == 0 and state is not None:
            state.check()
            state.progress(count, 0, "Leser brevlisten")
        if len(result.letters) >= MAX_LETTERS:
            result.notes.append(
                f"Listen har mer enn {MAX_LETTERS:,} brev. Postvakt tok med de første "
                f"{MAX_LETTERS:,}; del listen i flere filer.".replace(",", " ")
            )
            break
        if not any(c for c in cells if c.__class__ is not str or c.strip()):
            continue
        reference = _cell(cells, ref_col) if ref_col is not None else ""
        reference = reference.strip() or f"Linje {line}"
        values: dict[LetterField, datetime | None] = {}
        problem = ""
        for field_, col in date_cols:
            raw = cells[col] if col < len(cells) else ""
            text = raw.strip() if raw.__class__ is str else raw
            if text in ("", None):
                values[field_] = None
                continue
            parsed = parse_datetime(text)
            if parsed is None:
                problem = (
                    f"«{_FIELD_NAMES_NB[field_]}» er «{_short(text)}», som ikke kan leses som et "
                    "tidspunkt. Skriv det som dd.mm.åååå tt:mm, for eksempel 24.06.2017 23:30."
                )
                break
            values[field_] = parsed
        if not problem:
            sent = values.get(LetterField.SENT_AT)
            available = values.get(LetterField.AVAILABLE_AT)
            read = values.get(LetterField.READ_AT)
            if sent is None and available is None:
                problem = (
                    "Mangler tidspunkt. Fyll inn når brevet ble sendt («Sendt») eller kom i "
                    "postkassen («Tilgjengelig»)."
                )
            elif read is not None and read.astimezone(UTC) < (available or sent).astimezone(UTC):  # type: ignore[union-attr]
                problem = (
                    "Brevet står som lest før det kom i postkassen. Sjekk tidspunktene i "
                    "«Lest» og «Tilgjengelig»/«Sendt»."
                )
        if problem:
            result.errors.append(RowError(line, f"Linje {line} ({_short(reference)}): {problem}"))
            continue
        result.letters.append(
            Letter(
                reference,
                sent_at=sent or available,  # type: ignore[arg-type]
                available_at=available,
                read_at=read,
            )
        )
        result.lines.append(line)
    result.errors.extend(table.problems)  # a broken quote ends the file: reported last
    result.errors.sort(key=lambda e: e.line or 0)
    if not result.letters and not result.errors:
        raise LetterImportError("Listen har ingen brev under overskriftene.")
    return result


def _cell(cells: list[object], index: int) -> str:
    if index >= len(cells):
        return ""
    value = cells[index]
    return value if value.__class__ is str else str(value)


def _short(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- Plan ----------------------------------------------------------------------------------------


class RowStatus(StrEnum):
    PLANNED = "planlagt"  # the notice goes out in the window unless the letter is read first
    READ = "lest"  # the letter was read before the window opened: no notice
    ERROR = "feil"  # the letter could not be planned


STATUS_NB = {
    RowStatus.PLANNED: "Planlagt",
    RowStatus.READ: "Sendes ikke (brevet er lest)",
    RowStatus.ERROR: "Kan ikke planlegges",
}


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One notice of one letter (or, with ``status`` ERROR, one letter that failed)."""

    letter_index: int
    reference: str
    line: int | None  # the letter's line in the imported file
    status: RowStatus
    reason_nb: str
    day_index: int | None = None
    channel: Channel | None = None
    window_start: datetime | None = None  # Europe/Oslo
    window_end: datetime | None = None
    receipt_by: date | None = None
    shifted: bool = False
    note_nb: str = ""


@dataclass
class NoticePlan:
    settings: NoticeSettings
    provider: Provider
    letter_count: int
    rows: list[PlanRow]
    # Notices that can go out, per calendar day: {day: {channel: count}}; read letters left out.
    per_day: dict[date, dict[Channel, int]]
    failed_letters: int = 0

    @property
    def notice_count(self) -> int:
        return sum(1 for r in self.rows if r.status is RowStatus.PLANNED)

    @property
    def first_day(self) -> date | None:
        return min(self.per_day) if self.per_day else None

    @property
    def last_day(self) -> date | None:
        return max(self.per_day) if self.per_day else None


def build_plan(
    letters: Iterable[Letter],
    settings: NoticeSettings,
    provider: Provider,
    lines: Iterable[int | None] | None = None,
    state: TaskState | None = None,
) -> NoticePlan:
    """Plan every letter. Raises :class:`InvalidNoticeSettings` when the days cannot be
    planned; a letter that cannot be planned becomes one ERROR row."""
    letters = list(letters)
    line_list = list(lines) if lines is not None else [None] * len(letters)
    if state is not None:
        state.check()
    plans = plan_batch(letters, settings, provider)
    rows: list[PlanRow] = []
    per_day: dict[date, dict[Channel, int]] = {}
    failed = 0
    for index, (plan, line) in enumerate(zip(plans, line_list, strict=True)):
        if state is not None and index % 2000 == 0:
            state.check()
        reference = plan.letter.reference
        if not plan.ok:
            failed += 1
            rows.append(PlanRow(index, reference, line, RowStatus.ERROR, plan.error_nb))
            continue
        for notice in plan.notices:
            status = RowStatus.READ if notice.cancelled_because_read else RowStatus.PLANNED
            rows.append(
                PlanRow(
                    index,
                    reference,
                    line,
                    status,
                    notice.reason_nb,
                    notice.day_index,
                    notice.channel,
                    notice.window_start,
                    notice.window_end,
                    notice.failure_receipt_by,
                    notice.shifted_to_next_day,
                    plan.note_nb,
                )
            )
            if status is RowStatus.PLANNED:
                counts = per_day.setdefault(notice.notice_date, {})
                counts[notice.channel] = counts.get(notice.channel, 0) + 1
    return NoticePlan(settings, provider, len(letters), rows, per_day, failed)


# --- Export --------------------------------------------------------------------------------------

EXPORT_HEADER = (
    "Brev",
    "Linje i listen",
    "Leverandør",
    "Varsel (dag)",
    "Kanal",
    "Kan sendes fra",
    "Kan sendes til",
    "Feilkvittering senest",
    "Status",
    "Hvorfor",
    "Merknad",
)

_CHANNEL_NB = {Channel.EPOST: "E-post", Channel.SMS: "SMS"}


def _export_values(row: PlanRow, provider: Provider) -> list[object]:
    return [
        row.reference,
        row.line,
        provider.label_nb,
        row.day_index,
        t(_CHANNEL_NB.get(row.channel, "")) if row.channel else "",
        row.window_start,
        row.window_end,
        row.receipt_by,
        t(STATUS_NB[row.status]),
        row.reason_nb,
        row.note_nb,
    ]


class NoticePlanService:
    """Exports of a notice plan, each recorded in the audit log (with the workspace it was
    made in, when one is open)."""

    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self.recorder = Recorder(db, audit)

    def export(
        self, plan: NoticePlan, path: str | os.PathLike[str], workspace_id: int | None = None
    ) -> int:
        rows = export_plan(plan, path)
        self.recorder.write(
            workspace_id, "notice_plan.exported", {"fil": Path(path).name, "rader": rows}
        )
        return rows


def export_plan(plan: NoticePlan, path: str | os.PathLike[str]) -> int:
    """Write the plan to ``path``: XLSX when the name ends in ``.xlsx``, otherwise CSV for
    Excel (through the shared writers: BOM, ``;``, formulas neutralised, atomic). Returns the
    number of rows written (without the header)."""
    target = Path(path)
    rows = [_export_values(row, plan.provider) for row in plan.rows]
    header = [t(h) for h in EXPORT_HEADER]  # in the user's language
    try:
        if target.suffix.lower() == ".xlsx":
            return write_xlsx(target, {t("Varslingsplan"): (header, rows)})
        return write_csv(target, header, rows)
    except TableExportError as exc:
        raise ExportError(exc.message) from None

"""The unopened-check flow: SvarUt export → classification → saved run → Excel/CSV list.

One place for the whole flow, shared by the wizard (through the task layer) and
``postvakt-cli unopened``:

1. read the export (or a pasted list of forsendelse-IDs) with the importer;
2. classify every letter with the domain rules (:mod:`desktop_app.domain.unopened`);
3. save the run and an audit entry ``check.done`` in one transaction: counts only, never a
   recipient's name or number;
4. on request, write the follow-up list: sheet «Mottakere» (one row per recipient org.nr, with
   the follow-up state the user has recorded) and sheet «Brev» (one row per letter at risk).

Letters to persons (fødselsnummer) are never at risk in this check and never exported.
Status refresh from SvarUt is optional: pass ``refresh`` (see
:func:`desktop_app.services.status_refresh.refresher`) and the imported statuses are replaced
by SvarUt's where it answers, before the classification; where it does not, the file's stay.

No Qt. Progress and cancel go through :class:`~desktop_app.domain.cancellation.TaskState`;
a cancelled check saves nothing.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.domain.svarut import RecipientKind, Shipment
from desktop_app.domain.unopened import (
    DigitalOnlySetting,
    UnopenedResult,
    classify,
    risk_of,
    urgency_of,
)
from desktop_app.exporters.tables import ExportError, write_csv, write_xlsx
from desktop_app.importers.svarut_export import (
    ExportField,
    ImportResult,
    Mapping,
    RowError,
    import_export,
    parse_id_list,
)
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.runs import (
    CheckRun,
    Followup,
    FollowupStatus,
    RunRepository,
    check_followup_status,
)

__all__ = [
    "LETTER_HEADERS",
    "LETTER_SHEET",
    "RECIPIENT_HEADERS",
    "RECIPIENT_SHEET",
    "CheckError",
    "CheckOutcome",
    "ExportError",
    "UnopenedCheckService",
    "parse_risk_answer",
]

RUN_KIND = "unopened"
RECIPIENT_SHEET = "Mottakere"
LETTER_SHEET = "Brev"
RECIPIENT_HEADERS = [
    "Org.nr",
    "Mottaker",
    "Brev i faresonen",
    "Eldste sendt",
    "Alder (dager)",
    "Hastegrad",
    "Oppfølging",
    "Oppfølgingsdato",
    "Notat",
]
LETTER_HEADERS = [
    "Forsendelse-ID",
    "Tittel",
    "Mottakers org.nr",
    "Mottaker",
    "Status",
    "Sendt",
    "Alder (dager)",
    "Hastegrad",
    "Ekstern referanse",
    "Linje i filen",
    "Hvorfor, og hva du gjør",
]
MAX_ERROR_LINES = 20  # error lines kept in a run's summary
_CHECK_EVERY = 2000  # letters classified between two cancel checks

_STEPS = 4
PASTED_IDS_NAME = "innlimte forsendelse-ID-er"
UPLOADED_NAME = "fil uten navn"


class CheckError(Exception):
    """The check could not be run. ``message`` (bokmål) says what to do. ``import_result``
    is set when the file was read but could not be used (e.g. a required column is missing,
    so the wizard can offer the column mapping)."""

    def __init__(self, message: str, import_result: ImportResult | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.import_result = import_result


def parse_risk_answer(answer: DigitalOnlySetting | str | None) -> DigitalOnlySetting:
    """``"1a"``, ``"1b"``, ``"ukjent"``/``"unknown"``/``None`` → the setting."""
    if isinstance(answer, DigitalOnlySetting):
        return answer
    text = (answer or "").strip().casefold()
    if text in ("", "ukjent", "unknown", "vet ikke"):
        return DigitalOnlySetting.UNKNOWN
    try:
        return DigitalOnlySetting(text)
    except ValueError:
        raise CheckError(
            f"Ukjent svar «{answer}». Svar 1a (virksomheter får bare digital post), 1b (brevet "
            "skrives ut hvis det ikke åpnes) eller ukjent."
        ) from None


@dataclass
class CheckOutcome:
    run: CheckRun  # as saved, with its id
    workspace: Workspace
    result: UnopenedResult
    errors: list[RowError]  # from reading the file, each with its line and what to do
    notes: list[str] = field(default_factory=list)  # bokmål: what limits this check
    followups: dict[str, Followup] = field(default_factory=dict)  # by org.nr, at run time
    import_result: ImportResult | None = None  # None for pasted IDs
    person_letters: int = 0  # letters to persons: left out of the check

    @property
    def rows_read(self) -> int:
        return self.run.rows_read

    @property
    def rows_with_errors(self) -> int:
        return self.run.rows_with_errors

    @property
    def at_risk_count(self) -> int:
        return self.run.at_risk_count

    @property
    def recipients_at_risk(self) -> int:
        return self.run.recipients_at_risk

    @property
    def unknown_count(self) -> int:
        return len(self.result.unknown)

    @property
    def error_lines(self) -> list[int]:
        """The lines with a problem, in file order, each once."""
        return sorted({e.line for e in self.errors if e.line is not None})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _source_name(source: Path | bytes | str | os.PathLike[str]) -> str:
    if isinstance(source, bytes | bytearray):
        return UPLOADED_NAME
    if isinstance(source, str):
        return PASTED_IDS_NAME
    return Path(source).name


class UnopenedCheckService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.runs = RunRepository(db)
        self.audit = AuditLog(db)

    # -- the check -------------------------------------------------------------------
    def run_check(
        self,
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | str | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None,
        now: datetime | None = None,
        mapping: dict[str, str | None] | Mapping | None = None,
        source_name: str | None = None,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
        | None = None,
    ) -> CheckOutcome:
        """Import, classify, save. ``source``: a path to a CSV/XLSX export, the file's bytes,
        or a ``str`` of pasted forsendelse-IDs. ``mapping``: a saved header → field mapping.

        Raises :class:`CheckError` when nothing can be checked (file missing, unreadable or
        without the needed columns), ``Cancelled`` when the user stopped it; in both cases
        nothing is saved."""
        setting = parse_risk_answer(risk_answer)
        started = _now()
        moment = now or datetime.now(UTC)
        name = source_name or _source_name(source)

        state.progress(0, _STEPS, "Leser filen …")
        state.check()
        notes: list[str] = []
        imported: ImportResult | None = None
        if isinstance(source, str):
            shipments, errors = self._pasted(source, notes, refreshed=refresh is not None)
            kind = "id-liste"
            skipped = 0
        else:
            imported = import_export(source, mapping)
            if imported.file_error is not None:
                raise CheckError(imported.file_error, imported)
            shipments, errors = imported.shipments, list(imported.errors)
            kind = imported.kind or "ukjent"
            skipped = imported.skipped_rows
            notes.extend(_column_notes(imported))

        if refresh is not None:
            state.check()
            shipments, refresh_notes = refresh(state, shipments)
            notes.extend(refresh_notes)

        state.progress(1, _STEPS, "Sorterer forsendelsene …")
        state.check()
        result = classify(_checked(shipments, state), moment, setting)
        persons = sum(1 for s in shipments if s.recipient_kind is RecipientKind.PERSON)
        if persons:
            notes.append(
                f"{persons} brev gikk til personer (fødselsnummer). De er ikke med i "
                "kontrollen, som bare gjelder taushetsbelagt post til virksomheter."
            )

        error_lines = sorted({e.line for e in errors if e.line is not None})
        summary: dict[str, Any] = {
            "kilde": kind,
            "forsendelser": len(shipments),
            "hoppet_over": skipped,
            "i_faresonen": result.at_risk_count,
            "ikke_i_faresonen": result.not_at_risk_count,
            "uavklart": len(result.unknown),
            "til_personer": persons,
            "i_faresonen_per_status": dict(
                sorted(Counter(str(s.status) for s in result.at_risk).items())
            ),
            "mottakere_per_hastegrad": dict(
                sorted(Counter(g.urgency.name.lower() for g in result.groups).items())
            ),
            "feillinjer": error_lines[:MAX_ERROR_LINES],
            "mangler_kolonner": [f.value for f in imported.missing_recommended] if imported else [],
        }
        run = CheckRun(
            workspace_id=workspace.id,
            started_at=started,
            finished_at="",
            source_name=name,
            risk_answer=setting.value,
            rows_read=len(shipments) + skipped,
            rows_with_errors=len(error_lines),
            at_risk_count=result.at_risk_count,
            recipients_at_risk=len(result.groups),
            summary=summary,
            kind=RUN_KIND,
        )

        state.progress(2, _STEPS, "Lagrer kontrollen …")
        state.check()  # the last chance to stop: from here the run is saved whole or not at all
        try:
            with self.db.transaction():
                saved = self.runs.save_run(_finished(run))
                self.audit.append(
                    "check.done",
                    {
                        "kontroll": "uåpnet taushetsbelagt post",
                        "kjøring": saved.id,
                        "svar": setting.value,
                        "rader_lest": saved.rows_read,
                        "rader_med_feil": saved.rows_with_errors,
                        "brev_i_faresonen": saved.at_risk_count,
                        "mottakere_i_faresonen": saved.recipients_at_risk,
                        "uavklart": len(result.unknown),
                    },
                    workspace,
                )
        except sqlite3.IntegrityError as exc:  # the workspace was deleted meanwhile
            raise CheckError(
                "Fant ikke arbeidsflaten. Den kan være slettet i et annet vindu; velg en "
                "arbeidsflate og kjør kontrollen på nytt."
            ) from exc

        state.progress(3, _STEPS, "Henter oppfølging …")
        followups = self.runs.followups(workspace.id)
        state.progress(_STEPS, _STEPS, "Ferdig.")
        return CheckOutcome(
            run=saved,
            workspace=workspace,
            result=result,
            errors=errors,
            notes=notes,
            followups=followups,
            import_result=imported,
            person_letters=persons,
        )

    @staticmethod
    def _pasted(text: str, notes: list[str],
                refreshed: bool = False) -> tuple[list[Shipment], list[RowError]]:
        ids, errors = parse_id_list(text)
        if not ids:
            raise CheckError(
                "Fant ingen forsendelse-ID-er i teksten. Lim inn ID-ene fra SvarUt, én per "
                "linje (de ser slik ut: d6b23522-ddf3-462a-8140-16e59e1f476d)."
            )
        if not refreshed:
            notes.append(
                "Du limte inn forsendelse-ID-er uten status, og status ble ikke hentet fra "
                "SvarUt, så ingen av brevene kan vurderes. Hent status fra SvarUt, eller "
                "eksporter forsendelsene med status fra SvarUt og importer filen i stedet."
            )
        return [Shipment(sid, None, None, "") for sid in ids], errors

    # -- runs and follow-up ----------------------------------------------------------
    def list_runs(self, workspace_id: int) -> list[CheckRun]:
        return self.runs.list_runs(workspace_id, RUN_KIND)

    def followups(self, workspace_id: int) -> dict[str, Followup]:
        return self.runs.followups(workspace_id)

    def set_followup(
        self,
        workspace: Workspace,
        orgnr: str,
        status: FollowupStatus | str,
        status_date: date | None = None,
        note: str = "",
    ) -> Followup:
        """Record what was done about a recipient, with an audit entry (org.nr and status;
        the note stays out of the log, as it may name people)."""
        chosen = check_followup_status(status)
        with self.db.transaction():
            followup = self.runs.set_followup(workspace.id, orgnr, chosen, status_date, note)
            self.audit.append(
                "check.followup",
                {"orgnr": orgnr, "status": chosen.value, "dato": _iso(status_date)},
                workspace,
            )
        return followup

    # -- export ----------------------------------------------------------------------
    def export(self, outcome: CheckOutcome, path: Path | str) -> list[Path]:
        """Write the follow-up list. ``.xlsx``: one workbook with the sheets «Mottakere» and
        «Brev». ``.csv``: two files, ``NAME.csv`` (recipients) and ``NAME-brev.csv`` (letters).
        The follow-up state is read fresh, so changes since the run are included. Returns
        the files written; raises :class:`ExportError`."""
        path = Path(path)
        suffix = path.suffix.casefold()
        if suffix not in (".xlsx", ".csv"):
            raise ExportError(
                f"Postvakt kan ikke lagre som «{path.suffix or path.name}». Velg et filnavn "
                "som slutter på .xlsx (Excel) eller .csv."
            )
        followups = self.runs.followups(outcome.workspace.id)
        recipients = list(recipient_rows(outcome.result, followups))
        letters = list(letter_rows(outcome.result))
        if suffix == ".xlsx":
            write_xlsx(
                path,
                {
                    RECIPIENT_SHEET: (RECIPIENT_HEADERS, recipients),
                    LETTER_SHEET: (LETTER_HEADERS, letters),
                },
            )
            written = [path]
        else:
            letters_path = letters_csv_path(path)
            write_csv(path, RECIPIENT_HEADERS, recipients)
            write_csv(letters_path, LETTER_HEADERS, letters)
            written = [path, letters_path]
        self.audit.append(
            "check.exported",
            {
                "kjøring": outcome.run.id,
                "filer": [p.name for p in written],
                "mottakere": len(recipients),
                "brev": len(letters),
            },
            outcome.workspace,
        )
        return written


def letters_csv_path(path: Path) -> Path:
    """Where the «Brev» table goes when the list is saved as CSV."""
    return path.with_name(f"{path.stem}-brev{path.suffix}")


# --- Rows for the export -------------------------------------------------------------------------


def recipient_rows(result: UnopenedResult, followups: dict[str, Followup]) -> Iterator[list[Any]]:
    """One row per recipient org.nr with letters at risk, most urgent first."""
    for group in result.groups:
        if len(group.orgnr) != 9:  # never happens (the rules need an org.nr); never leak
            continue
        followup = followups.get(group.orgnr)
        yield [
            format_orgnr(group.orgnr),
            group.name,
            group.count,
            group.oldest_sent,
            group.age_days,
            group.urgency.label_nb,
            (followup.status if followup else FollowupStatus.NOT_CONTACTED).label_nb,
            followup.status_date if followup else None,
            followup.note if followup else "",
        ]


def letter_rows(result: UnopenedResult) -> Iterator[list[Any]]:
    """One row per letter at risk, grouped by recipient in the order of the recipients."""
    now = result.now
    for group in result.groups:
        for shipment in group.shipments:
            if shipment.recipient_kind is not RecipientKind.ORGANIZATION:
                continue  # never a fødselsnummer in an export
            status = shipment.status
            yield [
                shipment.id,
                shipment.title,
                format_orgnr(shipment.recipient_id),
                shipment.recipient_name,
                status.label_nb if status is not None else shipment.status_text,
                shipment.sent_at,
                (now - shipment.sent_at).days if shipment.sent_at is not None else None,
                urgency_of(shipment, result.setting, now).label_nb,
                shipment.external_ref,
                shipment.source_line,
                risk_of(shipment).reason,
            ]


# --- Helpers -------------------------------------------------------------------------------------


def _finished(run: CheckRun) -> CheckRun:
    return replace(run, finished_at=_now())


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _checked(shipments: Iterable[Shipment], state: TaskState) -> Iterator[Shipment]:
    """The shipments, with a cancel check and a progress report every few thousand."""
    items = shipments if isinstance(shipments, list) else list(shipments)
    total = len(items)
    for start in range(0, total, _CHECK_EVERY):
        state.check()
        if start:
            state.progress(1, _STEPS, f"Sorterer forsendelsene … {start} av {total}")
        yield from items[start : start + _CHECK_EVERY]


_COLUMN_NOTES = {
    ExportField.CONFIDENTIAL: "Filen har ingen kolonne som sier om brevet er taushetsbelagt, så "
    "Postvakt regner alle uåpnede brev til virksomheter som taushetsbelagte.",
    ExportField.RECIPIENT_ID: "Filen har ingen kolonne med mottakers organisasjonsnummer, så "
    "uåpnede brev kan ikke knyttes til en virksomhet. Ta med kolonnen i eksporten fra SvarUt.",
    ExportField.SENT_AT: "Filen har ingen kolonne med dato, så Postvakt kan ikke si hvor gamle "
    "brevene er. Ta med datoen i eksporten fra SvarUt.",
}


def _column_notes(imported: ImportResult) -> list[str]:
    notes = [_COLUMN_NOTES[f] for f in imported.missing_recommended if f in _COLUMN_NOTES]
    if imported.unknown_headers:
        names = ", ".join(f"«{h}»" for h in imported.unknown_headers[:10])
        notes.append(f"Disse kolonnene er ikke brukt: {names}.")
    return notes

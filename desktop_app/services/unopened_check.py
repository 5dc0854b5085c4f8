"""The unopened-check flow: SvarUt export → classification → saved run → Excel/CSV list.

One place for the whole flow, shared by the wizard (through the task layer) and
``postvakt-cli unopened``:

1. read the export (or a pasted list of forsendelse-IDs) with the importer;
2. classify every letter with the domain rules (:mod:`desktop_app.domain.unopened`);
3. save the run, its letters and an audit entry ``check.done`` in one transaction (the audit
   entry holds counts only, never a recipient's name or number; letters to persons keep only
   their ID, date and status);
4. on request, write the follow-up list: sheet «Mottakere» (one row per recipient org.nr, with
   the follow-up state the user has recorded) and sheet «Brev» (one row per letter at risk);
   as CSV one table of the letters with their recipient's state beside them; or the PDF
   summary for the archive (:func:`summary_html`, printed by the view).

A saved run is opened again with :meth:`UnopenedCheckService.load_run`; any export can be
read for review without saving a run with :meth:`UnopenedCheckService.review_file`, or with
no store at all with :func:`review_source` (the command line's offline review).

Letters to persons (fødselsnummer) are never at risk in this check and never exported.
Status refresh from SvarUt is optional: pass ``refresh`` (see
:func:`desktop_app.services.status_refresh.refresher`) and the imported statuses are replaced
by SvarUt's where it answers, before the classification; where it does not, the file's stay.

No Qt. Progress and cancel go through :class:`~desktop_app.domain.cancellation.TaskState`;
a cancelled check saves nothing.
"""

from __future__ import annotations

import contextlib
import html
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from itertools import compress, repeat
from operator import attrgetter, eq, is_
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.organizations import Workspace
from desktop_app.domain.svarut import OSLO, RecipientKind, Shipment
from desktop_app.domain.unopened import _ASSUMED as ASSUMED_NOTE
from desktop_app.domain.unopened import (
    DigitalOnlySetting,
    RecipientGroup,
    RiskLevel,
    UnopenedResult,
    Urgency,
    age_in_days,
    classify,
    risk_of,
    urgency_of,
)
from desktop_app.exporters.tables import ExportError, write_csv, write_xlsx
from desktop_app.importers.svarut_export import (
    FIELD_LABELS_NB,
    ExportField,
    ImportResult,
    MappingChoice,
    RowError,
    import_export,
    parse_id_list,
)
from desktop_app.services.recording import anchor_html
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database, StoreBusyError, StoreFullError
from desktop_app.storage.database import utc_now as _now
from desktop_app.storage.runs import (
    CheckRun,
    Followup,
    FollowupStatus,
    RunRepository,
    check_followup_status,
)

if TYPE_CHECKING:
    from desktop_app.services.status_refresh import RefreshResult, RefreshSetup
from desktop_app.language import t
from desktop_app.storage.workspaces import WorkspaceRepository

__all__ = [
    "CSV_HEADERS",
    "LETTER_HEADERS",
    "LETTER_SHEET",
    "RECIPIENT_HEADERS",
    "RECIPIENT_SHEET",
    "CheckError",
    "CheckOutcome",
    "ExportError",
    "ReviewLetter",
    "ReviewLetters",
    "UnopenedCheckService",
    "parse_risk_answer",
    "review_source",
    "unsaved_workspace",
    "untied_finding",
    "write_list",
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
# The CSV list is one table: the recipient's columns, then the letter's.
CSV_HEADERS = [
    "Org.nr",
    "Mottaker",
    "Hastegrad for mottakeren",
    "Oppfølging",
    "Oppfølgingsdato",
    "Notat",
    "Forsendelse-ID",
    "Tittel",
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


class CheckNotSaved(CheckError):
    """The check was read and sorted, but the store could not save it (busy or disk full).
    ``outcome`` holds the whole result: :meth:`UnopenedCheckService.save_check` saves it
    again without reading the file anew."""

    def __init__(self, reason: str, outcome: CheckOutcome) -> None:
        super().__init__(
            f"Kontrollen er ikke lagret ennå. {reason} Resultatet er tatt vare på, så du "
            "kan lagre det på nytt uten å lese filen igjen.",
            outcome.import_result,
        )
        self.reason = reason
        self.outcome = outcome


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


@dataclass(slots=True)
class ReviewLetter:
    """One letter as the review shows it: the shipment and how the check judged it. For a
    letter to a person, ``shipment`` carries no recipient number, name or title."""

    shipment: Shipment
    level: RiskLevel
    reason: str  # bokmål: what the status means here and what to do
    urgency: Urgency | None  # only for letters at risk
    age_days: int | None  # days from sending to the moment of the check
    person: bool = False


# The reason the rules give for a letter to a person (asked once, with a made-up number).
_PERSON_RISK = risk_of(Shipment("", None, None, "", recipient_id="0" * 11))


def review_letters(
    shipments: list[Shipment],
    persons: list[bool],
    setting: DigitalOnlySetting,
    now: datetime,
) -> list[ReviewLetter]:
    """Every letter with its verdict, in file order, each judged on its own (for a handful of
    letters; a check's own letters come judged from its classification, see
    :class:`ReviewLetters`). Letters to persons lose their number, name and title here, so no
    review table or export can show them."""
    with no_cyclic_gc():
        return [_review_letter(s, p, setting, now)
                for s, p in zip(shipments, persons, strict=True)]  # fmt: skip


def _review_letter(
    shipment: Shipment,
    person: bool,
    setting: DigitalOnlySetting,
    now: datetime,
    level: RiskLevel | None = None,
) -> ReviewLetter:
    """One letter as the review shows it. ``level``: the verdict the classification gave it
    already (then only the reason is looked up, and only its urgency worked out)."""
    sent = shipment.sent_at
    age = age_in_days(now, sent) if sent is not None else None
    if person:
        return ReviewLetter(_without_person(shipment), _PERSON_RISK.level, _PERSON_RISK.reason,
                            None, age, True)  # fmt: skip
    risk = risk_of(shipment)
    urgency = urgency_of(shipment, setting, now) if risk.level is RiskLevel.AT_RISK else None
    return ReviewLetter(shipment, level or risk.level, risk.reason, urgency, age)


def _without_person(shipment: Shipment) -> Shipment:
    if shipment.recipient_id or shipment.title or shipment.recipient_name:
        return replace(shipment, recipient_id="", recipient_name="", title="", external_ref="")
    return shipment


def person_flags(shipments: Sequence[Shipment]) -> list[bool]:
    """For each letter: does it go to a person (an 11-digit fødselsnummer)? Only the numbers
    of 11 characters are looked at closely; in an export they are few."""
    rids = list(map(_RECIPIENT_ID, shipments))
    flags = [False] * len(rids)
    for i in compress(range(len(rids)), map(eq, map(len, rids), repeat(11))):
        rid = rids[i]
        flags[i] = rid.isdigit() and rid.isascii()
    return flags


_RECIPIENT_ID = attrgetter("recipient_id")


class ReviewLetters(Sequence[ReviewLetter]):
    """Every letter of a check with how the check judged it, in file order.

    The verdicts (:attr:`levels`) come from the classification, so no letter is judged
    twice; a letter's :class:`ReviewLetter` (the reason, the urgency, the age) is made when
    something asks for it (a table of 100,000 letters shows a few dozen at a time) and then
    kept, so a row is the same object each time. A letter to a person comes without its
    number, name and title, as :func:`review_letters` gives it; :attr:`shipments` are the
    letters as read, for the table's sort and search, which leave those fields out for the
    rows in :attr:`persons`."""

    def __init__(
        self,
        shipments: list[Shipment],
        levels: list[RiskLevel],
        persons: list[bool],
        setting: DigitalOnlySetting,
        now: datetime,
    ) -> None:
        assert len(shipments) == len(levels) == len(persons)
        self.shipments = shipments
        self.levels = levels
        self.persons = persons
        self.setting = setting
        self.now = now
        self._made: dict[int, ReviewLetter] = {}

    @classmethod
    def judged(
        cls, shipments: list[Shipment], persons: list[bool], result: UnopenedResult
    ) -> ReviewLetters:
        """The letters with the verdicts of ``result`` (the classification of ``shipments``,
        or of those of them that go to businesses: a letter to a person is not at risk)."""
        verdicts = dict.fromkeys(map(id, result.at_risk), RiskLevel.AT_RISK)
        verdicts.update((id(s), RiskLevel.UNKNOWN) for s, _risk in result.unknown)
        levels = list(map(verdicts.get, map(id, shipments), repeat(RiskLevel.NOT_AT_RISK)))
        return cls(shipments, levels, persons, result.setting, result.now)

    @classmethod
    def of(cls, letters: Sequence[ReviewLetter]) -> ReviewLetters:
        """Letters made already (a few, e.g. by :func:`review_letters`)."""
        made = cls([lt.shipment for lt in letters], [lt.level for lt in letters],
                   [lt.person for lt in letters], DigitalOnlySetting.UNKNOWN,
                   datetime.now(UTC))  # fmt: skip
        made._made = dict(enumerate(letters))
        return made

    def __len__(self) -> int:
        return len(self.shipments)

    @overload
    def __getitem__(self, index: int) -> ReviewLetter: ...

    @overload
    def __getitem__(self, index: slice) -> list[ReviewLetter]: ...

    def __getitem__(self, index: int | slice) -> ReviewLetter | list[ReviewLetter]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        letter = self._made.get(index)
        if letter is None:
            if index < 0:
                index += len(self.shipments)
            if not 0 <= index < len(self.shipments):
                raise IndexError(index)
            letter = self._made.get(index)
            if letter is None:
                letter = self._made[index] = _review_letter(
                    self.shipments[index],
                    self.persons[index],
                    self.setting,
                    self.now,
                    self.levels[index],
                )
        return letter

    def __iter__(self) -> Iterator[ReviewLetter]:
        return (self[i] for i in range(len(self.shipments)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReviewLetters | list | tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def urgencies(self) -> list[Urgency | None]:
        """Each letter's urgency (``None`` for a letter not at risk), without making the
        letters: only the letters at risk are looked at."""
        found: list[Urgency | None] = [None] * len(self.shipments)
        made = self._made
        setting, now = self.setting, self.now
        for i in compress(range(len(found)), map(is_, self.levels, repeat(RiskLevel.AT_RISK))):
            letter = made.get(i)
            if letter is not None:
                found[i] = letter.urgency
            elif not self.persons[i]:
                found[i] = urgency_of(self.shipments[i], setting, now)
        return found

    @property
    def made(self) -> int:
        """How many letters have been made so far (the rest exist only as their shipment)."""
        return len(self._made)


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
    # Every letter with its verdict, in file order (made when asked for).
    letters: Sequence[ReviewLetter] = field(default_factory=list)
    shipments: list[Shipment] = field(default_factory=list, repr=False)  # as read, file order

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


def _source_name(source: Path | bytes | str | os.PathLike[str]) -> str:
    if isinstance(source, bytes | bytearray):
        return UPLOADED_NAME
    if isinstance(source, str):
        return PASTED_IDS_NAME
    return Path(source).name


class UnopenedCheckService:
    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self.db = db
        self.runs = RunRepository(db)
        self.audit = audit if audit is not None else AuditLog(db)

    # -- the check -------------------------------------------------------------------
    def run_check(
        self,
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | str | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None,
        now: datetime | None = None,
        mapping: MappingChoice = None,
        source_name: str | None = None,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
        | None = None,
    ) -> CheckOutcome:
        """Import, classify, save (the run, its letters and an audit entry, in one
        transaction). ``source``: a path to a CSV/XLSX export, the file's bytes, or a ``str``
        of pasted forsendelse-IDs. ``mapping``: a saved header → field mapping.

        Raises :class:`CheckError` when nothing can be checked (file missing, unreadable or
        without the needed columns), ``Cancelled`` when the user stopped it; in both cases
        nothing is saved."""
        outcome = self._read_and_classify(
            state, workspace, source, risk_answer, now, mapping, source_name, refresh
        )
        return self.save_check(outcome, state)

    def save_check(self, outcome: CheckOutcome, state: TaskState | None = None) -> CheckOutcome:
        """Save a read and sorted check: the run, its letters and an audit entry, in one
        transaction. Raises :class:`CheckNotSaved` (holding ``outcome``) when the store is
        busy or the disk full; then nothing is saved and this can be called again."""
        state = state or TaskState()
        if outcome.run.id is not None:
            return outcome  # saved already (a retry after a save that went through)
        run, result, workspace = outcome.run, outcome.result, outcome.workspace
        state.progress(2, _STEPS, "Lagrer kontrollen …")
        state.check()  # the last chance to stop: from here the run is saved whole or not at all
        try:
            with self.db.transaction():
                saved = self.runs.save_run(_finished(run))
                assert saved.id is not None
                self.runs.save_letters(saved.id, outcome.shipments)
                self.audit.append(
                    "check.done",
                    {
                        "kontroll": "uåpnet taushetsbelagt post",
                        "kjøring": saved.id,
                        "svar": run.risk_answer,
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
        except (StoreBusyError, StoreFullError) as exc:
            raise CheckNotSaved(exc.message, outcome) from exc

        outcome.run = saved
        return self._with_followups(state, outcome)

    def _with_followups(self, state: TaskState, outcome: CheckOutcome) -> CheckOutcome:
        """The last step: the follow-up state recorded for the workspace's recipients."""
        state.progress(3, _STEPS, "Henter oppfølging …")
        outcome.followups = self.runs.followups(outcome.workspace.id)
        state.progress(_STEPS, _STEPS, "Ferdig.")
        return outcome

    def review_file(
        self,
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None = None,
        now: datetime | None = None,
        mapping: MappingChoice = None,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
        | None = None,
    ) -> CheckOutcome:
        """Read and classify an export for review only: nothing is saved and nothing is
        logged (``outcome.run.id`` is ``None``). Raises like :meth:`run_check`."""
        outcome = review_source(state, workspace, source, risk_answer, now, mapping, refresh)
        return self._with_followups(state, outcome)

    @staticmethod
    def _read_and_classify(
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | str | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None,
        now: datetime | None,
        mapping: MappingChoice,
        source_name: str | None,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
        | None = None,
    ) -> CheckOutcome:
        """Steps 0 and 1: read the source (refreshing statuses from SvarUt when ``refresh``
        is given) and classify every letter; the run is not saved."""
        setting = parse_risk_answer(risk_answer)
        started = _now()
        moment = now or datetime.now(UTC)
        name = source_name or _source_name(source)

        state.progress(0, _STEPS, "Leser filen …")
        state.check()
        notes: list[str] = []
        imported: ImportResult | None = None
        if isinstance(source, str):
            shipments, errors = UnopenedCheckService._pasted(
                source, notes, refreshed=refresh is not None
            )
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
        return UnopenedCheckService._judged(
            state, workspace, shipments, errors, notes, imported, kind, skipped, setting,
            moment,
            CheckRun(workspace_id=workspace.id, started_at=started, finished_at="",
                     source_name=name, risk_answer=setting.value, rows_read=0,
                     rows_with_errors=0, at_risk_count=0, recipients_at_risk=0,
                     kind=RUN_KIND),
        )  # fmt: skip

    @staticmethod
    def _judged(
        state: TaskState,
        workspace: Workspace,
        shipments: list[Shipment],
        errors: list[RowError],
        notes: list[str],
        imported: ImportResult | None,
        kind: str,
        skipped: int,
        setting: DigitalOnlySetting,
        moment: datetime,
        run: CheckRun,
    ) -> CheckOutcome:
        """Step 1: classify every letter as of ``moment``; ``run`` (its id, times and name)
        gets the counts and the summary. Nothing is saved."""
        state.progress(1, _STEPS, "Sorterer forsendelsene …")
        state.check()
        result = classify(_checked(shipments, state), moment, setting)
        flags = person_flags(shipments)
        persons = sum(flags)
        if persons:
            notes.append(_persons_note(persons))
        state.check()
        letters = ReviewLetters.judged(shipments, flags, result)

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
            "vurdert_per": moment.isoformat(),
        }
        run = replace(
            run,
            risk_answer=setting.value,
            rows_read=len(shipments) + skipped,
            rows_with_errors=len(error_lines),
            at_risk_count=result.at_risk_count,
            recipients_at_risk=len(result.groups),
            summary=summary,
        )
        return CheckOutcome(
            run=run,
            workspace=workspace,
            result=result,
            errors=errors,
            notes=notes,
            import_result=imported,
            person_letters=persons,
            letters=letters,
            shipments=shipments,
        )

    def refresh_check(
        self,
        state: TaskState,
        outcome: CheckOutcome,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]],
        now: datetime | None = None,
    ) -> CheckOutcome:
        """The same check with statuses fetched from SvarUt after it was saved: its letters
        are sorted again with the fresh statuses (as of now), and the saved run is updated,
        not saved a second time (the history counts checks, not steps). The run keeps its
        counts from before the fetch, each letter whose status changed its status from
        before, and an audit entry «check.refreshed» says what changed, all in one
        transaction. An unsaved check (a review) is only sorted again."""
        saved = outcome.run
        state.check()
        shipments, refresh_notes = refresh(state, list(outcome.shipments))
        if len(shipments) != len(outcome.shipments):  # never: a refresh keeps every letter
            raise CheckError("Statusene fra SvarUt passet ikke til brevene i kontrollen. "
                             "Kjør kontrollen på nytt.")  # fmt: skip
        setting = parse_risk_answer(saved.risk_answer)
        notes = [n for n in outcome.notes if _PERSONS_NOTE_START not in n]
        notes += [n for n in refresh_notes if n not in notes]
        skipped = outcome.import_result.skipped_rows if outcome.import_result else 0
        fresh = self._judged(state, outcome.workspace, shipments, outcome.errors, notes,
                             outcome.import_result, str(saved.summary.get("kilde", "ukjent")),
                             skipped, setting, now or datetime.now(UTC), saved)  # fmt: skip
        if saved.id is None:
            fresh.run = _finished(fresh.run)
            return self._with_followups(state, fresh)
        changed = [(seq, new) for seq, (old, new)
                   in enumerate(zip(outcome.shipments, shipments, strict=True))
                   if (old.status, old.status_text) != (new.status, new.status_text)]  # fmt: skip
        state.progress(2, _STEPS, "Lagrer kontrollen …")
        state.check()
        try:
            with self.db.transaction():
                updated = self.runs.save_refreshed(_finished(fresh.run), saved, changed)
                self.audit.append(
                    "check.refreshed",
                    {
                        "kontroll": "uåpnet taushetsbelagt post",
                        "kjøring": saved.id,
                        "brev_med_ny_status": len(changed),
                        "brev_i_faresonen_før": saved.at_risk_count,
                        "brev_i_faresonen": updated.at_risk_count,
                        "mottakere_i_faresonen_før": saved.recipients_at_risk,
                        "mottakere_i_faresonen": updated.recipients_at_risk,
                        "uavklart": len(fresh.result.unknown),
                    },
                    outcome.workspace,
                )
        except sqlite3.IntegrityError as exc:  # the run was deleted meanwhile
            raise CheckError(
                "Fant ikke kontrollen. Den kan være slettet sammen med arbeidsflaten sin; kjør "
                "kontrollen på nytt."
            ) from exc
        except (StoreBusyError, StoreFullError) as exc:
            raise CheckError(f"De nye statusene er ikke lagret. {exc.message}") from exc
        fresh.run = updated
        return self._with_followups(state, fresh)

    # -- saved runs, for review --------------------------------------------------------
    def load_run(self, run_id: int, state: TaskState | None = None) -> CheckOutcome:
        """A saved run with its letters, classified again as they were judged then (the same
        moment and risk answer). Works offline. Raises :class:`CheckError` when the run or
        its workspace is gone."""
        state = state or TaskState()
        state.progress(0, 3, "Henter kontrollen …")
        run = self.runs.get_run(run_id)
        workspace = WorkspaceRepository(self.db).get(run.workspace_id) if run else None
        if run is None or workspace is None:
            raise CheckError(
                "Fant ikke kontrollen. Den kan være slettet sammen med arbeidsflaten sin; "
                "oppdater listen og velg en annen."
            )
        state.check()
        try:
            stored = self.runs.letters(run_id, refreshed=run.refreshed_at is not None)
        except ValueError as exc:
            raise CheckError(
                "Brevene i denne kontrollen kan ikke leses; lagringen kan være skadet. Tallene "
                "for kontrollen står i listen. Importer eksporten fra SvarUt på nytt for å se "
                "brevene."
            ) from exc
        state.progress(1, 3, "Sorterer forsendelsene …")
        state.check()
        setting = parse_risk_answer(run.risk_answer)
        moment = run_moment(run)
        persons = sum(stored.persons)
        checked = [s for s, p in zip(stored.shipments, stored.persons, strict=True) if not p]
        result = classify(checked, moment, setting)
        result.not_at_risk_count += persons
        letters = ReviewLetters.judged(stored.shipments, stored.persons, result)
        notes = [
            f"Lagret kontroll. Statusene er slik de var {_nb_datetime(moment)}; importer en "
            "ny eksport fra SvarUt for å se hva som har skjedd siden."
        ]
        if run.refreshed_at is not None and run.at_risk_before is not None:
            notes.append(refreshed_note(run, len(stored.before)))
        if not stored.shipments and run.rows_read:
            notes.append(
                "Denne kontrollen ble lagret av en eldre versjon av Postvakt, som bare tok vare "
                "på tallene. Brevene kan ikke vises; importer eksporten på nytt for å se dem."
            )
        if persons:
            notes.append(_persons_note(persons))
        state.progress(2, 3, "Henter oppfølging …")
        followups = self.runs.followups(workspace.id)
        state.progress(3, 3, "Ferdig.")
        return CheckOutcome(
            run=run,
            workspace=workspace,
            result=result,
            errors=[],
            notes=notes,
            followups=followups,
            person_letters=persons,
            letters=letters,
            shipments=stored.shipments,
        )

    def history(self, workspace_id: int) -> list[CheckRun]:
        """The workspace's runs, oldest first (for the chart over time)."""
        return list(reversed(self.list_runs(workspace_id)))

    @staticmethod
    def _pasted(
        text: str, notes: list[str], refreshed: bool = False
    ) -> tuple[list[Shipment], list[RowError]]:
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
    def summary_html(self, outcome: CheckOutcome) -> str:
        """The PDF summary's HTML, with the follow-up state as it is now."""
        return summary_html(outcome, self.runs.followups(outcome.workspace.id))

    def summary_document(self, outcome: CheckOutcome) -> str:
        """The summary as it is saved and printed: its HTML with the audit log's anchor."""
        return self.summary_html(outcome) + anchor_html(self.db)

    def record_printed(self, outcome: CheckOutcome, pages: int) -> None:
        """The summary went to a printer: as its PDF export, it is recorded."""
        self.audit.append(
            "check.printed", {"kjøring": outcome.run.id, "sider": pages}, outcome.workspace
        )

    def export_summary(
        self, outcome: CheckOutcome, path: Path, writer: Callable[[str, Path], Path]
    ) -> Path:
        """Write the summary with ``writer(html, path)`` (the caller's PDF maker) and record
        the export."""
        written = writer(self.summary_document(outcome), Path(path))
        self.audit.append(
            "check.exported",
            {"kjøring": outcome.run.id, "filer": [written.name], "format": "pdf"},
            outcome.workspace,
        )
        return written

    def refresh_statuses(
        self,
        state: TaskState,
        setup: RefreshSetup,
        shipments: Sequence[Shipment],
        only_ids: Sequence[str] | None = None,
        workspace: Workspace | None = None,
    ) -> RefreshResult:
        """Ask SvarUt for fresh statuses (see :func:`refresh_with_setup`) and record what
        was asked and what came back."""
        from desktop_app.services.status_refresh import refresh_with_setup

        result = refresh_with_setup(state, setup, shipments, only_ids)
        self.audit.append(
            "svarut.status_refreshed",
            {
                "forsendelser": result.asked,
                "oppdatert": result.updated,
                "endret": result.changed,
                "feilet": len(result.failed),
                "avbrutt": result.cancelled,
                "øving": bool(setup.practice),
            },
            workspace,
        )
        return result

    def export(self, outcome: CheckOutcome, path: Path | str) -> list[Path]:
        """Write the follow-up list (:func:`write_list`) with the follow-up state as it is now,
        and an audit entry. Returns the files written; raises :class:`ExportError`."""
        followups = self.runs.followups(outcome.workspace.id)
        written = write_list(outcome, path, followups)
        self.audit.append(
            "check.exported",
            {
                "kjøring": outcome.run.id,
                "filer": [p.name for p in written],
                "mottakere": len(outcome.result.groups),
                "brev": outcome.result.at_risk_count,
            },
            outcome.workspace,
        )
        return written


def review_source(
    state: TaskState,
    workspace: Workspace,
    source: Path | bytes | os.PathLike[str],
    risk_answer: DigitalOnlySetting | str | None = None,
    now: datetime | None = None,
    mapping: MappingChoice = None,
    refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]] | None = None,
) -> CheckOutcome:
    """Read and classify an export for review, with no store at all: nothing is saved or
    logged, and there is no follow-up state. ``workspace`` may be one that is not saved
    (:func:`unsaved_workspace`). Raises :class:`CheckError` like the service."""
    outcome = UnopenedCheckService._read_and_classify(
        state, workspace, source, risk_answer, now, mapping, None, refresh
    )
    outcome.run = _finished(outcome.run)
    outcome.notes.insert(0, REVIEW_NOTE)
    return outcome


REVIEW_NOTE = (
    "Rapporten er åpnet for gjennomsyn og er ikke lagret som en kontroll. Kjør veiviseren for "
    "uåpnet post for å lagre den med svar og oppfølging."
)


def unsaved_workspace(orgnr: str = "", name: str = "") -> Workspace:
    """A workspace that exists only for one review (a file checked without a store)."""
    label = name or (
        t("Org.nr {orgnr}", orgnr=format_orgnr(orgnr)) if orgnr else t("Uten arbeidsflate")
    )
    return Workspace(id=0, name=label, orgnr=orgnr, is_demo=False, created_at="")


def write_list(
    outcome: CheckOutcome, path: Path | str, followups: dict[str, Followup] | None = None
) -> list[Path]:
    """Write the follow-up list, one file. ``.xlsx``: a workbook with the sheets «Mottakere»
    and «Brev». ``.csv``: one table, a row per letter at risk with its recipient's follow-up
    state beside it (:data:`CSV_HEADERS`). Nothing is logged (the service does that).
    Returns the files written; raises :class:`ExportError`."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(
            f"Postvakt kan ikke lagre som «{path.suffix or path.name}». Velg et filnavn "
            "som slutter på .xlsx (Excel) eller .csv."
        )
    follow = outcome.followups if followups is None else followups
    if suffix == ".csv":
        write_csv(path, [t(h) for h in CSV_HEADERS], csv_rows(outcome.result, follow))
        return [path]
    write_xlsx(
        path,
        {
            t(RECIPIENT_SHEET): (
                [t(h) for h in RECIPIENT_HEADERS],
                recipient_rows(outcome.result, follow),
            ),
            t(LETTER_SHEET): ([t(h) for h in LETTER_HEADERS], letter_rows(outcome.result)),
        },
    )
    return [path]


# --- The PDF summary -----------------------------------------------------------------------------

RISK_ANSWER_LABELS = {
    "1a": "1a: virksomheter får bare digital post",
    "1b": "1b: brev som ikke åpnes, skrives ut og sendes i posten",
    "unknown": "Ukjent: kommunen vet ikke hvilken innstilling som gjelder",
}
RISK_ANSWER_MEANINGS = {
    "1a": "Et brev som ingen åpner, blir aldri skrevet ut og sendt på papir. Hvert uåpnet "
    "brev i faresonen må følges opp, for ellers får mottakeren det aldri.",
    "1b": "Brev som ikke åpnes innen lesefristen, skrives ut og sendes i posten. Brev som "
    "fortsatt står som varslet mer enn en uke etter at de ble sendt, er ikke skrevet ut og må "
    "sjekkes. Brev som er sendt digitalt eller ikke levert, kommer aldri på papir.",
    "unknown": "Postvakt vet ikke om uåpnede brev blir skrevet ut. Alle uåpnede brev bør "
    "sjekkes. Spør den som har ansvar for SvarUt i kommunen, og kjør kontrollen på nytt med "
    "riktig svar.",
}


def summary_html(
    outcome: CheckOutcome,
    followups: dict[str, Followup] | None = None,
    printed: datetime | None = None,
) -> str:
    """The archive summary of a check as HTML (printed to PDF by the view): the municipality,
    when, the risk answer and what it means, the counts, and each business with letters at
    risk (count, oldest age, follow-up). No letter titles and no personal data. In the
    user's language (:func:`desktop_app.language.t`)."""
    e = html.escape
    run, result = outcome.run, outcome.result
    follow = outcome.followups if followups is None else followups
    answer = run.risk_answer if run.risk_answer in RISK_ANSWER_LABELS else "unknown"
    judged = run_moment(run)
    printed_at = printed or datetime.now(UTC)
    meta = t(
        "Org.nr {orgnr}. Kontrollen gjelder statusene per {judged}, fra filen «{file}». "
        "Skrevet ut {printed} av Postvakt.",
        orgnr=format_orgnr(outcome.workspace.orgnr),
        judged=_nb_datetime(judged),
        file=run.source_name,
        printed=_nb_datetime(printed_at),
    )
    title = t("Uåpnet taushetsbelagt post – {name}", name=outcome.workspace.name)
    parts = [
        f"<h1>{e(title)}</h1>",
        f"<p class='meta'>{e(meta)}</p>",
        f"<h2>{e(t('Innstillingen i SvarUt'))}</h2>",
        f"<p><b>{e(t(RISK_ANSWER_LABELS[answer]))}.</b> {e(t(RISK_ANSWER_MEANINGS[answer]))}</p>",
        f"<h2>{e(t('Resultat'))}</h2>",
        "<table>",
    ]
    untied = len(result.untied)
    if untied:  # first of all: the check could not show that all is well
        parts.insert(2, f"<p style='color:#b3261e'><b>{e(untied_finding(untied))}</b></p>")
    counts = [
        (t("Rader i filen"), run.rows_read),
        (t("Rader som ikke kunne leses"), run.rows_with_errors),
        (t("Brev i faresonen (uåpnet, taushetsbelagt, til virksomheter)"), result.at_risk_count),
        (t("Virksomheter med brev i faresonen"), len(result.groups)),
        (t("Brev som ikke kan vurderes ut fra filen"), len(result.unknown)),
        (t("Brev som er åpnet, skrevet ut eller ikke i faresonen"), result.not_at_risk_count),
        (t("Av dem: brev til personer (ikke med i kontrollen)"), outcome.person_letters),
    ]
    parts += [f"<tr><td>{e(label)}</td><td align='right'>{n}</td></tr>" for label, n in counts]
    parts.append("</table>")
    parts.append(f"<h2>{e(t('Virksomheter med uåpnede brev'))}</h2>")
    if not result.groups and untied:
        none_tied = t(
            "Ingen av brevene med organisasjonsnummer er i faresonen, men se over: brevene "
            "uten mottaker er ikke vurdert."
        )
        parts.append(f"<p>{e(none_tied)}</p>")
    elif not result.groups:
        parts.append(f"<p>{e(t('Ingen brev i faresonen.'))}</p>")
    else:
        heads = (
            t("Virksomhet"),
            t("Org.nr"),
            t("Brev"),
            t("Eldste brev (dager)"),
            t("Hastegrad"),
            t("Oppfølging"),
        )
        parts.append("<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
        for group in result.groups:
            if len(group.orgnr) != 9:
                continue
            state = follow.get(group.orgnr)
            status = t((state.status if state else FollowupStatus.NOT_CONTACTED).label_nb)
            if state is not None and state.status_date is not None:
                status += f" {state.status_date.strftime('%d.%m.%Y')}"
            age = "" if group.age_days is None else str(group.age_days)
            orgnr = _unbroken(format_orgnr(group.orgnr))
            parts.append(
                f"<tr><td>{e(group.name or '–')}</td><td>{e(orgnr)}</td>"
                f"<td align='right'>{group.count}</td><td align='right'>{age}</td>"
                f"<td>{e(t(group.urgency.label_nb))}</td><td>{e(status)}</td></tr>"
            )
        parts.append("</table>")
        contacted = sum(
            1 for g in result.groups
            if (f := follow.get(g.orgnr)) and f.status is not FollowupStatus.NOT_CONTACTED
        )  # fmt: skip
        done = t(
            "Oppfølging: {contacted} av {total} virksomheter er kontaktet eller har bekreftet "
            "at brevene er åpnet.",
            contacted=contacted,
            total=len(result.groups),
        )
        parts.append(f"<p>{e(done)}</p>")
    closing = t(
        "Sammendraget har ingen brevtitler og ingen opplysninger om personer. Listen over "
        "brevene finnes i Postvakt og i eksporten til Excel."
    )
    parts.append(f"<p class='meta'>{e(closing)}</p>")
    return "\n".join(parts)


def untied_finding(count: int) -> str:
    """The first thing to say when unopened letters cannot be tied to a recipient."""
    letters = t("Ett uåpnet brev") if count == 1 else t("{count} uåpnede brev", count=count)
    return t(
        "{letters} kan ikke knyttes til en mottaker, fordi filen ikke har et gyldig "
        "organisasjonsnummer for dem. Kontrollen kan derfor ikke si at alt er i orden. Velg "
        "kolonnen med organisasjonsnummeret hvis filen har en, eller finn brevene i SvarUt og "
        "sjekk hvem de gikk til.",
        letters=letters,
    )


def reason_text(reason: str) -> str:
    """A letter's risk reason in the user's language; the sentence saying that Postvakt took
    the letter as confidential is translated on its own."""
    if reason.endswith(ASSUMED_NOTE):
        return t(reason[: -len(ASSUMED_NOTE)]) + t(ASSUMED_NOTE)
    return t(reason)


def _unbroken(text: str) -> str:
    """Spaces that must not break a line (inside a number such as «320 135 710»)."""
    return text.replace(" ", "\u00a0")


def run_moment(run: CheckRun) -> datetime:
    """The moment a run's letters were judged (ages count to it): the statuses are as of
    then. For a run made today, the time it was made."""
    for text in (run.summary.get("vurdert_per"), run.finished_at, run.started_at):
        if isinstance(text, str) and text:
            with contextlib.suppress(ValueError):
                moment = datetime.fromisoformat(text)
                return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def _nb_datetime(moment: datetime) -> str:
    return moment.astimezone(OSLO).strftime("%d.%m.%Y kl. %H.%M")


_PERSONS_NOTE_START = "brev gikk til personer"


def refreshed_note(run: CheckRun, changed: int) -> str:
    """What fetching the statuses from SvarUt changed in a saved check."""
    when = ""
    with contextlib.suppress(ValueError, TypeError):
        when = " " + _nb_datetime(datetime.fromisoformat(str(run.refreshed_at)))
    letters = "ett brev" if changed == 1 else f"{changed} brev"
    return (
        f"Statusene ble hentet fra SvarUt{when}, etter importen, og {letters} fikk ny status. "
        f"Brev i faresonen: {run.at_risk_before} før, {run.at_risk_count} etter."
    )


def _persons_note(persons: int) -> str:
    return (
        f"{persons} brev gikk til personer (fødselsnummer). De er ikke med i kontrollen, som "
        "bare gjelder taushetsbelagt post til virksomheter, og Postvakt viser ikke hvem de "
        "gikk til."
    )


# --- Rows for the export -------------------------------------------------------------------------


def recipient_rows(result: UnopenedResult, followups: dict[str, Followup]) -> Iterator[list[Any]]:
    """One row per recipient org.nr with letters at risk, most urgent first."""
    for group in result.groups:
        if len(group.orgnr) != 9:  # never happens (the rules need an org.nr); never leak
            continue
        yield _recipient_row(group, followups)


def _recipient_row(group: RecipientGroup, followups: dict[str, Followup]) -> list[Any]:
    followup = followups.get(group.orgnr)
    return [
        format_orgnr(group.orgnr),
        group.name,
        group.count,
        group.oldest_sent,
        group.age_days,
        t(group.urgency.label_nb),
        t((followup.status if followup else FollowupStatus.NOT_CONTACTED).label_nb),
        followup.status_date if followup else None,
        followup.note if followup else "",
    ]


def letter_rows(result: UnopenedResult) -> Iterator[list[Any]]:
    """One row per letter at risk, grouped by recipient in the order of the recipients."""
    for group in result.groups:
        for shipment in group.shipments:
            if shipment.recipient_kind is not RecipientKind.ORGANIZATION:
                continue  # never a fødselsnummer in an export
            yield _letter_row(shipment, result)


def _letter_row(shipment: Shipment, result: UnopenedResult) -> list[Any]:
    now = result.now
    status = shipment.status
    return [
        shipment.id,
        shipment.title,
        format_orgnr(shipment.recipient_id),
        shipment.recipient_name,
        status.label_nb if status is not None else shipment.status_text,
        shipment.sent_at,
        age_in_days(now, shipment.sent_at) if shipment.sent_at is not None else None,
        t(urgency_of(shipment, result.setting, now).label_nb),
        shipment.external_ref,
        shipment.source_line,
        reason_text(risk_of(shipment).reason),
    ]


def csv_rows(result: UnopenedResult, followups: dict[str, Followup]) -> Iterator[list[Any]]:
    """The CSV list (:data:`CSV_HEADERS`): each letter at risk with its recipient's urgency
    and follow-up state first, so one file can be sorted and filtered in Excel."""
    for group in result.groups:
        if len(group.orgnr) != 9:
            continue
        recipient = _recipient_row(group, followups)
        for shipment in group.shipments:
            if shipment.recipient_kind is not RecipientKind.ORGANIZATION:
                continue
            letter = _letter_row(shipment, result)
            yield [*recipient[:2], recipient[5], *recipient[6:], *letter[:2], *letter[4:]]


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
    notes = []
    for ambiguity in imported.ambiguous:
        label = FIELD_LABELS_NB.get(ExportField(ambiguity.field), ambiguity.field)
        names = " eller ".join(f"«{h}»" for h in ambiguity.headers)
        notes.append(
            f"Postvakt kan ikke avgjøre om {names} er «{label}». Velg kolonnen selv "
            "(«Velg kolonner», eller --kolonne på kommandolinjen)."
        )
    notes += [_COLUMN_NOTES[f] for f in imported.missing_recommended if f in _COLUMN_NOTES]
    if imported.guessed_headers:
        shown = ", ".join(
            f"«{h}» som «{FIELD_LABELS_NB[ExportField(imported.mapping_used[h])]}»"
            for h in imported.guessed_headers
        )
        notes.append(
            f"Kjent igjen ut fra innholdet: {shown}. Stemmer ikke det, velg kolonnene selv."
        )
    if imported.unknown_headers:
        names = ", ".join(f"«{h}»" for h in imported.unknown_headers[:10])
        notes.append(f"Disse kolonnene er ikke brukt: {names}.")
    return notes

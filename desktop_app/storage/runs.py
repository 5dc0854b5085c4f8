"""Check runs and the follow-up state per recipient, in the workspace database (migration 2).

* ``check_runs``: one row per finished check: when, from which file, the municipality's
  answer to the risk question, and counts. ``summary`` is JSON with more counts; it holds no
  recipient data (no names, no numbers), so a run can be shown and kept without care.
* ``check_run_letter_sets`` (migration 11): the letters of a run as they were read, so the run
  can be reviewed again after a restart, as one record: a JSON object with one list per
  field (:func:`_letter_set`). A letter to a person (fødselsnummer) keeps only its ID, date
  and status: its number, name and title are never stored, as the check is about businesses
  only. Runs saved before migration 11 have a row per letter in ``check_run_letters``
  (migration 3), read as before.
* ``recipient_followups``: what the user has done about one recipient org.nr (not contacted,
  contacted, confirmed opened), with a date and a note. Keyed by workspace and org.nr, not by
  run, so it survives restarts and the next import of a fresh export.

No rules here beyond what the schema enforces; the flow lives in
:mod:`desktop_app.services.unopened_check`.
"""

from __future__ import annotations

import json
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from itertools import compress, repeat
from operator import is_
from typing import Any

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.svarut import RecipientKind, Shipment, ShipmentStatus, recipient_kind
from desktop_app.storage.database import Database, Row
from desktop_app.storage.database import utc_now as _now

RISK_ANSWERS = ("1a", "1b", "unknown")


class FollowupStatus(StrEnum):
    NOT_CONTACTED = "ikke_kontaktet"
    CONTACTED = "kontaktet"
    CONFIRMED_OPENED = "bekreftet_åpnet"

    @property
    def label_nb(self) -> str:
        return _FOLLOWUP_LABELS[self]


_FOLLOWUP_LABELS = {
    FollowupStatus.NOT_CONTACTED: "Ikke kontaktet",
    FollowupStatus.CONTACTED: "Kontaktet",
    FollowupStatus.CONFIRMED_OPENED: "Bekreftet åpnet",
}


@dataclass(frozen=True)
class CheckRun:
    workspace_id: int
    started_at: str  # ISO-8601, UTC
    finished_at: str
    source_name: str
    risk_answer: str  # "1a", "1b" or "unknown"
    rows_read: int
    rows_with_errors: int
    at_risk_count: int
    recipients_at_risk: int
    summary: dict[str, Any] = field(default_factory=dict, hash=False)
    kind: str = "unopened"
    id: int | None = None  # set when saved
    # Set when the statuses were fetched from SvarUt after the check was saved (migration
    # 10): when, and the counts the check had before (the counts above are after).
    refreshed_at: str | None = None
    at_risk_before: int | None = None
    recipients_before: int | None = None


@dataclass(frozen=True)
class Followup:
    workspace_id: int
    orgnr: str
    status: FollowupStatus
    status_date: date | None
    note: str
    updated_at: str


@dataclass
class StoredLetters:
    """The letters of one run, in file order. ``persons[i]`` is True for a letter to a person:
    its shipment has no recipient number, name or title (they were never stored).
    ``before``: for each letter (by its place) whose status a fetch from SvarUt changed, the
    status it had before (as ``(status, status text)``)."""

    shipments: list[Shipment]
    persons: list[bool]
    before: dict[int, tuple[ShipmentStatus | None, str]] = field(default_factory=dict)


_LETTER_COLUMNS = (
    "run_id, seq, shipment_id, sent_at, status, status_text, title, recipient_name, "
    "recipient_id, recipient_kind, confidential, digital_only, external_ref, source_line"
)
_INSERT_LETTER = (
    f"INSERT INTO check_run_letters ({_LETTER_COLUMNS}) "  # noqa: S608
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PERSON = RecipientKind.PERSON.value


def _letter_rows(run_id: int, shipments: Iterable[Shipment]) -> Iterable[Row]:
    kinds: dict[str, str] = {}
    for seq, s in enumerate(shipments):
        rid = s.recipient_id
        kind = kinds.get(rid)
        if kind is None:
            kind = kinds[rid] = recipient_kind(rid).value
        sent = s.sent_at.isoformat() if s.sent_at is not None else None
        status = s.status.value if s.status is not None else None
        if kind == _PERSON:  # only what the counts need: never a fødselsnummer, name or title
            yield (run_id, seq, s.id, sent, status, s.status_text, "", "", "", kind,
                   None, None, "", s.source_line)  # fmt: skip
            continue
        conf = None if s.confidential is None else int(s.confidential)
        dig = None if s.digital_only is None else int(s.digital_only)
        yield (run_id, seq, s.id, sent, status, s.status_text, s.title, s.recipient_name,
               rid, kind, conf, dig, s.external_ref, s.source_line)  # fmt: skip


# What reading a run's letters takes: no run_id or seq (the query
# has them), and the kind as a number. Every value fetched from SQLite becomes a Python
# object, and for 100,000 letters that is most of the time it takes to open a saved check.
_READ_COLUMNS = (
    "shipment_id, sent_at, status, status_text, title, recipient_name, recipient_id, "
    f"recipient_kind = '{_PERSON}', confidential, digital_only, external_ref, source_line"
)


def _stored_letters(rows: list[Row]) -> StoredLetters:
    shipments: list[Shipment] = []
    persons: list[bool] = []
    append, person_append = shipments.append, persons.append
    new_shipment = Shipment.fast
    parse = datetime.fromisoformat
    statuses = {s.value: s for s in ShipmentStatus}
    bools = {None: None, 0: False, 1: True}
    for sid, sent, status, status_text, title, name, rid, person, conf, dig, ref, line in rows:
        when = parse(sent).astimezone(UTC) if sent is not None else None  # (see _letter_set)
        shipment = new_shipment(sid, when, statuses.get(status), status_text, title, name, rid,
                                bools.get(conf), bools.get(dig), ref, line)  # fmt: skip
        append(shipment)
        person_append(person == 1)
    return StoredLetters(shipments, persons)


_RUN = (
    "id, workspace_id, kind, started_at, finished_at, source_name, risk_answer, rows_read, "
    "rows_with_errors, at_risk_count, recipients_at_risk, summary, refreshed_at, "
    "at_risk_before, recipients_before"
)
_FOLLOWUP = "workspace_id, orgnr, status, status_date, note, updated_at"


def _run(row: Row) -> CheckRun:
    (id_, workspace_id, kind, started, finished, source, answer, read, errors, at_risk,
     recipients, summary, refreshed, at_risk_before, recipients_before) = row  # fmt: skip
    try:
        parsed = json.loads(summary) if summary else {}
    except ValueError:
        parsed = {}
    return CheckRun(
        workspace_id=int(workspace_id),
        started_at=str(started),
        finished_at=str(finished),
        source_name=str(source),
        risk_answer=str(answer),
        rows_read=int(read),
        rows_with_errors=int(errors),
        at_risk_count=int(at_risk),
        recipients_at_risk=int(recipients),
        summary=parsed if isinstance(parsed, dict) else {},
        kind=str(kind),
        id=int(id_),
        refreshed_at=None if refreshed is None else str(refreshed),
        at_risk_before=None if at_risk_before is None else int(at_risk_before),
        recipients_before=None if recipients_before is None else int(recipients_before),
    )


def _followup(row: Row) -> Followup:
    workspace_id, orgnr, status, status_date, note, updated_at = row
    try:
        day = date.fromisoformat(status_date) if status_date else None
    except ValueError:
        day = None
    return Followup(
        int(workspace_id), str(orgnr), FollowupStatus(status), day, str(note), str(updated_at)
    )


def check_followup_status(status: FollowupStatus | str) -> FollowupStatus:
    try:
        return FollowupStatus(status)
    except ValueError:
        choices = ", ".join(f"«{s.value}»" for s in FollowupStatus)
        raise ValueError(f"Ukjent oppfølgingsstatus «{status}». Velg en av {choices}.") from None


_SET_FORMAT = 2  # the JSON's own "format"; 1: every field a plain list (still read)
_RECORD_FORMAT = 1  # check_run_letter_sets.format (migration 11): one JSON object, any version
_TEXT_FIELDS = ("id", "status_text", "title", "recipient_name", "recipient_id", "external_ref")
_SET_FIELDS = (*_TEXT_FIELDS, "sent_at", "status", "person", "confidential", "digital_only",
               "source_line")  # fmt: skip
# Fields whose values repeat from letter to letter (a status, a recipient): from format 2
# each may be stored as its distinct values and, per letter, the place of its value among
# them (:func:`_coded`). Read back, every letter with the same value shares one text: for
# 100,000 letters that is 400,000 texts fewer to make, and the texts that are left compare
# and hash once (the table's search and the sorting by recipient use that).
_CODED_FIELDS = ("status", "status_text", "recipient_name", "recipient_id", "confidential",
                 "digital_only")  # fmt: skip
_CODE_TYPES = {1: "B", 2: "H"}  # bytes per code → array type (little-endian when stored)
_CODE_WIDTHS: dict[object, int] = {1: 1, 2: 2}  # (any "width" read is looked up)


def _coded(values: list[Any]) -> list[Any] | dict[str, Any]:
    """``values`` as ``{"values": distinct values, "width": bytes per code, "codes": hex}``,
    or as they are when they are too many different ones for two bytes a code."""
    places: dict[Any, int] = {}
    codes = list(map(places.setdefault, values, map(len, repeat(places))))
    if len(places) > 0xFFFF:
        return values
    width = 1 if len(places) <= 0x100 else 2
    packed = array(_CODE_TYPES[width], codes)
    if width > 1 and sys.byteorder != "little":
        packed.byteswap()
    return {"values": list(places), "width": width, "codes": packed.tobytes().hex()}


def _decoded(stored: Any, count: int) -> list[Any]:
    """A field as stored (a list, or :func:`_coded`) as a list. Raises ``ValueError`` (or
    ``TypeError``, ``KeyError``, ``IndexError``) for anything else."""
    if isinstance(stored, list):
        return stored
    if not isinstance(stored, dict) or not isinstance(stored.get("values"), list):
        raise ValueError("ukjent koding")
    packed = array(_CODE_TYPES[stored["width"]], bytes.fromhex(stored["codes"]))
    if packed.itemsize > 1 and sys.byteorder != "little":
        packed.byteswap()
    if len(packed) != count:
        raise ValueError("feil antall koder")
    return list(map(stored["values"].__getitem__, packed))


def _letter_set(shipments: Iterable[Shipment]) -> tuple[int, bytes]:
    """The letters as one record: ``(count, JSON)``, one list per field, in file order, with
    what a letter to a person may not keep left out (as :func:`_letter_rows` leaves it)."""
    letters = shipments if isinstance(shipments, list) else list(shipments)
    rows = list(_letter_rows(0, letters))
    columns: list[Any] = list(zip(*rows, strict=True)) if rows else [()] * 14
    # status, status_text, recipient_name, recipient_id, confidential, digital_only
    for place in (4, 5, 7, 8, 10, 11):
        columns[place] = _coded(list(columns[place]))
    doc = {
        "format": _SET_FORMAT,
        "id": columns[2],
        # In UTC: read back, every date then shares one time zone object, and dates that
        # share one compare (and sort) several times faster than dates that each have their
        # own offset object.
        "sent_at": [
            None if s.sent_at is None else s.sent_at.astimezone(UTC).isoformat() for s in letters
        ],
        "status": columns[4],
        "status_text": columns[5],
        "title": columns[6],
        "recipient_name": columns[7],
        "recipient_id": columns[8],
        "person": [kind == _PERSON for kind in columns[9]],
        "confidential": columns[10],
        "digital_only": columns[11],
        "external_ref": columns[12],
        "source_line": columns[13],
        "before": {},  # place in the file → [status, status text] before a fetch from SvarUt
    }
    return len(rows), json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def _checked(data: bytes | str) -> tuple[dict[str, Any], int]:
    """The record and its number of letters, checked: every field a list with one value per
    letter, or (from format 2, for the fields that repeat) coded; every text a text. Raises
    ``ValueError`` for anything else (a damaged store)."""
    doc = json.loads(data)
    if not isinstance(doc, dict) or doc.get("format") not in (1, _SET_FORMAT):
        raise ValueError("ukjent format")
    count = len(doc.get("id") or [])
    coded = _CODED_FIELDS if doc["format"] != 1 else ()
    for name in _SET_FIELDS:
        value = doc.get(name)
        if name in coded and isinstance(value, dict):
            if not isinstance(value.get("values"), list) or not isinstance(value.get("codes"), str):
                raise ValueError(f"feltet {name} kan ikke leses")
            if len(value["codes"]) != 2 * count * _CODE_WIDTHS.get(value.get("width"), 0):
                raise ValueError(f"feltet {name} har feil lengde")
        elif not isinstance(value, list) or len(value) != count:
            raise ValueError(f"feltet {name} mangler eller har feil lengde")
    for name in _TEXT_FIELDS:
        value = doc[name]
        "".join(value["values"] if isinstance(value, dict) else value)  # TypeError if not texts
    if not isinstance(doc.get("before", {}), dict):
        raise ValueError("feltet before har feil form")
    return doc, count


def _field(doc: dict[str, Any], name: str, count: int, as_read: Any = None) -> list[Any]:
    """One field of a checked record as a list, each value through ``as_read`` (a function)
    if given: for a coded field, once per distinct value."""
    stored = doc[name]
    try:
        if isinstance(stored, dict):
            values = stored["values"]
            if as_read is not None:
                values = list(map(as_read, values))
            return _decoded(dict(stored, values=values), count)
    except (KeyError, IndexError, OverflowError) as exc:
        raise ValueError(f"feltet {name} kan ikke leses") from exc
    return stored if as_read is None else list(map(as_read, stored))


def _set_document(data: bytes | str) -> dict[str, Any]:
    """The record, checked, in the form of format 1 (every field a list). Raises
    ``ValueError`` for a damaged store."""
    doc, count = _checked(data)
    for name in _CODED_FIELDS:
        doc[name] = _field(doc, name, count)
    return doc


def _letters_from_set(data: bytes | str) -> StoredLetters:
    try:
        doc, count = _checked(data)
        statuses = {s.value: s for s in ShipmentStatus}
        bools = {None: None, 0: False, 1: True}
        status = _field(doc, "status", count, statuses.get)
        confidential = _field(doc, "confidential", count, bools.get)
        digital_only = _field(doc, "digital_only", count, bools.get)
    except (TypeError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from exc
    sent = list(doc["sent_at"])
    missing = list(compress(range(len(sent)), map(is_, sent, repeat(None))))
    for i in missing:
        sent[i] = "2000-01-01T00:00:00+00:00"
    when: list[datetime | None] = list(map(datetime.fromisoformat, sent))
    for i in missing:
        when[i] = None
    try:
        shipments = list(map(
            Shipment.fast, doc["id"], when, status, _field(doc, "status_text", count),
            doc["title"], _field(doc, "recipient_name", count),
            _field(doc, "recipient_id", count), confidential, digital_only,
            doc["external_ref"], doc["source_line"]))  # fmt: skip
        before = {int(seq): (statuses.get(old[0]), str(old[1]))
                  for seq, old in doc.get("before", {}).items()}  # fmt: skip
    except (TypeError, IndexError, KeyError) as exc:
        raise ValueError(str(exc)) from exc
    return StoredLetters(shipments, list(map(bool, doc["person"])), before)


def _with_new_statuses(data: bytes | str, changed: Iterable[tuple[int, Shipment]]) -> bytes:
    """The record with new statuses for ``changed`` (place in the file, letter); each keeps
    its status from before the first fetch that changed it."""
    doc = _set_document(data)
    before = doc.setdefault("before", {})
    status, text = doc["status"], doc["status_text"]
    for seq, shipment in changed:
        if str(seq) not in before:
            before[str(seq)] = [status[seq], text[seq]]
        status[seq] = shipment.status.value if shipment.status is not None else None
        text[seq] = shipment.status_text
    doc["format"] = _SET_FORMAT
    for name in _CODED_FIELDS:
        doc[name] = _coded(doc[name])
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


class RunRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- runs ------------------------------------------------------------------------
    def save_run(self, run: CheckRun) -> CheckRun:
        """Store a finished run; returns it with its ``id``. Joins an open transaction."""
        if run.risk_answer not in RISK_ANSWERS:
            raise ValueError(f"risk_answer must be one of {RISK_ANSWERS}, not {run.risk_answer!r}")
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO check_runs (workspace_id, kind, started_at, finished_at, "
                "source_name, risk_answer, rows_read, rows_with_errors, at_risk_count, "
                "recipients_at_risk, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    run.workspace_id,
                    run.kind,
                    run.started_at,
                    run.finished_at,
                    run.source_name,
                    run.risk_answer,
                    run.rows_read,
                    run.rows_with_errors,
                    run.at_risk_count,
                    run.recipients_at_risk,
                    json.dumps(run.summary, ensure_ascii=False, sort_keys=True),
                ),
            )
            new_id = int(cursor.lastrowid or 0)
        return replace(run, id=new_id)

    def list_runs(self, workspace_id: int, kind: str | None = None) -> list[CheckRun]:
        """The workspace's runs, newest first: in the order they were saved, not by their
        time stamps, which follow the machine's clock (a clock set a year ahead would
        otherwise keep one run "newest" for a year)."""
        sql = f"SELECT {_RUN} FROM check_runs WHERE workspace_id = ?"  # noqa: S608
        params: list[Any] = [workspace_id]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        with self.db.read() as conn:
            rows = conn.execute(sql + " ORDER BY id DESC", params).fetchall()
        return [_run(row) for row in rows]

    # -- the letters of a run ----------------------------------------------------------
    def save_letters(self, run_id: int, shipments: Iterable[Shipment]) -> None:
        """Store a run's letters (one record for all of them). Joins an open transaction."""
        count, data = _letter_set(shipments)
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO check_run_letter_sets (run_id, format, letters, data) "
                "VALUES (?, ?, ?, ?)",
                (run_id, _RECORD_FORMAT, count, data),
            )

    def letter_count(self, run_id: int) -> int:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT letters FROM check_run_letter_sets WHERE run_id = ?", (run_id,)
            ).fetchone()
            if row is None:  # saved before migration 11
                row = conn.execute(
                    "SELECT count(*) FROM check_run_letters WHERE run_id = ?", (run_id,)
                ).fetchone()
        return int(row[0])

    def letters(self, run_id: int, refreshed: bool = True) -> StoredLetters:
        """The letters of a run in file order; empty for a run saved before migration 3.
        ``refreshed=False``: the run's statuses were never fetched again (its
        ``refreshed_at`` is not set), so there is no status from before to look for. Raises
        ``ValueError`` when the stored letters cannot be read (a damaged store)."""
        changed: list[tuple[Any, ...]] = []
        with self.db.read() as conn:
            one = conn.execute(
                "SELECT data FROM check_run_letter_sets WHERE run_id = ?", (run_id,)
            ).fetchone()
            if one is not None:
                rows = []
            else:  # saved before migration 11: a row per letter
                rows = conn.execute(
                    f"SELECT {_READ_COLUMNS} FROM check_run_letters "  # noqa: S608
                    "WHERE run_id = ? ORDER BY seq",
                    (run_id,),
                ).fetchall()
            if refreshed and one is None:
                changed = conn.execute(
                    "SELECT seq, status_before, status_text_before FROM check_run_letters "
                    "WHERE run_id = ? AND status_text_before IS NOT NULL",
                    (run_id,),
                ).fetchall()
        with no_cyclic_gc():  # 100,000 shipments and no cycles (see bulk.py)
            if one is not None:
                return _letters_from_set(one[0])
            stored = _stored_letters(rows)
        statuses = {s.value: s for s in ShipmentStatus}
        stored.before = {int(seq): (statuses.get(status), str(text))
                         for seq, status, text in changed}  # fmt: skip
        return stored

    def save_refreshed(
        self, run: CheckRun, before: CheckRun, changed: Iterable[tuple[int, Shipment]]
    ) -> CheckRun:
        """Record fresh statuses from SvarUt on a saved run: ``run`` holds its new counts and
        summary, ``before`` the run as it was; ``changed`` the letters (by their place in the
        file) whose status changed. The counts from before and each letter's status from
        before are kept (from the first fetch, when there are several). Joins an open
        transaction."""
        assert run.id is not None and run.id == before.id
        refreshed = _now()
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE check_runs SET finished_at = ?, rows_read = ?, rows_with_errors = ?, "
                "at_risk_count = ?, recipients_at_risk = ?, summary = ?, refreshed_at = ?, "
                "at_risk_before = coalesce(at_risk_before, ?), "
                "recipients_before = coalesce(recipients_before, ?) WHERE id = ?",
                (run.finished_at, run.rows_read, run.rows_with_errors, run.at_risk_count,
                 run.recipients_at_risk,
                 json.dumps(run.summary, ensure_ascii=False, sort_keys=True), refreshed,
                 before.at_risk_count, before.recipients_at_risk, run.id),
            )  # fmt: skip
            one = conn.execute(
                "SELECT data FROM check_run_letter_sets WHERE run_id = ?", (run.id,)
            ).fetchone()
            if one is not None:
                conn.execute(
                    "UPDATE check_run_letter_sets SET data = ? WHERE run_id = ?",
                    (_with_new_statuses(one[0], changed), run.id),
                )
                changed = []  # (no rows to update)
            conn.executemany(
                "UPDATE check_run_letters SET "
                "status_before = CASE WHEN status_text_before IS NULL THEN status "
                "ELSE status_before END, "
                "status_text_before = coalesce(status_text_before, status_text), "
                "status = ?, status_text = ? WHERE run_id = ? AND seq = ?",
                [
                    (s.status.value if s.status is not None else None, s.status_text, run.id, seq)
                    for seq, s in changed
                ],
            )
            row = conn.execute(f"SELECT {_RUN} FROM check_runs WHERE id = ?",  # noqa: S608
                               (run.id,)).fetchone()  # fmt: skip
        return _run(row)

    def get_run(self, run_id: int) -> CheckRun | None:
        with self.db.read() as conn:
            row = conn.execute(
                f"SELECT {_RUN} FROM check_runs WHERE id = ?",  # noqa: S608
                (run_id,),
            ).fetchone()
        return None if row is None else _run(row)

    # -- follow-up per recipient -----------------------------------------------------
    def set_followup(
        self,
        workspace_id: int,
        orgnr: str,
        status: FollowupStatus | str,
        status_date: date | None = None,
        note: str = "",
    ) -> Followup:
        """Record what was done about one recipient (replaces the earlier state). Raises
        ``ValueError`` (bokmål) for an unknown status or an org.nr that is not 9 digits."""
        chosen = check_followup_status(status)
        if not (len(orgnr) == 9 and orgnr.isdigit() and orgnr.isascii()):
            raise ValueError(f"«{orgnr}» er ikke et organisasjonsnummer (9 siffer).")
        updated = _now()
        day = status_date.isoformat() if status_date is not None else None
        clean_note = (note or "").strip()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO recipient_followups "
                "(workspace_id, orgnr, status, status_date, note, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(workspace_id, orgnr) DO UPDATE SET status = excluded.status, "
                "status_date = excluded.status_date, note = excluded.note, "
                "updated_at = excluded.updated_at",
                (workspace_id, orgnr, chosen.value, day, clean_note, updated),
            )
        return Followup(workspace_id, orgnr, chosen, status_date, clean_note, updated)

    def followups(self, workspace_id: int) -> dict[str, Followup]:
        """The follow-up state of every recipient the user has marked, by org.nr."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_FOLLOWUP} FROM recipient_followups WHERE workspace_id = ? "  # noqa: S608
                "ORDER BY orgnr",
                (workspace_id,),
            ).fetchall()
        return {str(row[1]): _followup(row) for row in rows}

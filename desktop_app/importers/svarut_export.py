"""A SvarUt export (CSV or spreadsheet) → shipments, and a pasted list of forsendelse-IDs → IDs.

No column list for the export is published (svarut.md §8.1, everything there is [G]), so headers
are matched through one synonyms table, ``HEADER_SYNONYMS``, that is easy to correct. A mapping
the user saved earlier (header → field) is passed in by the caller and wins over the table.

Rows that cannot be read are reported with their line and a bokmål reason; the rest loads.
The row loop is the hot path (100,000-row exports): one dict lookup where a regex would do,
memoised status and yes/no texts, a fixed-position fast path for dates, and the IDs (valid,
no duplicates) checked once for the whole file after the loop; only a file with a problem
there goes through them row by row. ``bench/bench_import.py`` measures it.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from enum import Enum, StrEnum
from itertools import chain, islice
from typing import Final

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.identifiers import recipient_number
from desktop_app.domain.svarut import OSLO, Shipment, ShipmentStatus, parse_status
from desktop_app.importers import column_content
from desktop_app.importers.column_content import Ambiguity, is_recipient
from desktop_app.importers.tabular import RowError, Table, TableError, read_table, shorten

__all__ = [
    "FIELD_LABELS_NB",
    "FIELD_NAMES_NB",
    "HEADER_SYNONYMS",
    "RECOMMENDED_FIELDS",
    "REQUIRED_FIELDS",
    "Ambiguity",
    "ExportField",
    "ImportResult",
    "Mapping",
    "MappingChoice",
    "RowError",
    "field_by_name",
    "import_export",
    "normalise_header",
    "parse_bool",
    "parse_datetime",
    "parse_id_list",
    "suggest_mapping",
]


class ExportField(StrEnum):
    ID = "id"
    SENT_AT = "sent_at"
    STATUS = "status"
    STATUS_CHANGED_AT = "status_changed_at"
    TITLE = "title"
    RECIPIENT_NAME = "recipient_name"
    RECIPIENT_ID = "recipient_id"
    SENDER = "sender"
    SOURCE_SYSTEM = "source_system"
    EXTERNAL_REF = "external_ref"
    CORRELATION_ID = "correlation_id"
    ACCOUNTING_CODE = "accounting_code"
    SHIPMENT_TYPE = "shipment_type"
    DIGITAL_ONLY = "digital_only"
    CONFIDENTIAL = "confidential"
    CHANNEL = "channel"


F = ExportField

# What the mapping dialog calls each field.
FIELD_LABELS_NB: dict[ExportField, str] = {
    F.ID: "Forsendelse-ID",
    F.SENT_AT: "Sendt (dato)",
    F.STATUS: "Status",
    F.STATUS_CHANGED_AT: "Siste statusendring",
    F.TITLE: "Tittel",
    F.RECIPIENT_NAME: "Mottaker (navn)",
    F.RECIPIENT_ID: "Mottakers organisasjonsnummer eller fødselsnummer",
    F.SENDER: "Avsender",
    F.SOURCE_SYSTEM: "Avgivende system",
    F.EXTERNAL_REF: "Ekstern referanse",
    F.CORRELATION_ID: "Korrelasjonsid",
    F.ACCOUNTING_CODE: "Konteringskode",
    F.SHIPMENT_TYPE: "Forsendelsestype",
    F.DIGITAL_ONLY: "Kun digital levering",
    F.CONFIDENTIAL: "Taushetsbelagt",
    F.CHANNEL: "Kanal",
}

# Short names for the command line (``--kolonne orgnr=Kunde``); the field's own value
# (``recipient_id``) and its label are accepted too (see :func:`field_by_name`).
FIELD_NAMES_NB: dict[ExportField, str] = {
    F.ID: "id",
    F.SENT_AT: "sendt",
    F.STATUS: "status",
    F.STATUS_CHANGED_AT: "statusendring",
    F.TITLE: "tittel",
    F.RECIPIENT_NAME: "mottaker",
    F.RECIPIENT_ID: "orgnr",
    F.SENDER: "avsender",
    F.SOURCE_SYSTEM: "system",
    F.EXTERNAL_REF: "referanse",
    F.CORRELATION_ID: "korrelasjonsid",
    F.ACCOUNTING_CODE: "konteringskode",
    F.SHIPMENT_TYPE: "type",
    F.DIGITAL_ONLY: "kun-digital",
    F.CONFIDENTIAL: "taushetsbelagt",
    F.CHANNEL: "kanal",
}

# Without these nothing can be checked: the import stops and asks for a mapping.
REQUIRED_FIELDS: tuple[ExportField, ...] = (F.ID, F.STATUS)
# Without these the check is weaker (no age, no org.nr, no confidential flag): the user is told.
RECOMMENDED_FIELDS: tuple[ExportField, ...] = (F.SENT_AT, F.RECIPIENT_ID, F.CONFIDENTIAL)

# -------------------------------------------------------------------------------------------------
# ALL [G] (svarut.md §8.1: no column list is published). Header texts Postvakt recognises, as a
# person would write them; they are compared after normalise_header() (case, spaces, hyphens,
# underscores, dots and æøå do not matter). The English ones are a guess at an English UI.
# Correct or extend this table when a real export is seen.
# -------------------------------------------------------------------------------------------------
HEADER_SYNONYMS: dict[ExportField, tuple[str, ...]] = {
    F.ID: (
        "Forsendelse-ID",
        "ForsendelseId",
        "Forsendelses-ID",
        "Forsendelse ID",
        "ID",
        "Shipment ID",
        "Dispatch ID",
        "Consignment ID",
    ),
    F.SENT_AT: (
        "Sendt",
        "Sendt dato",
        "Dato sendt",
        "Sendt tidspunkt",
        "Dato",
        "Mottatt dato",
        "Opprettet",
        "Opprettet dato",
        "Tidspunkt",
        "Sent",
        "Sent date",
        "Sent at",
        "Date",
        "Created",
    ),
    F.STATUS: ("Status", "Forsendelsesstatus", "Shipment status"),
    F.STATUS_CHANGED_AT: (
        "Siste statusendring",
        "Sist endret",
        "Statusdato",
        "Status endret",
        "Last status change",
        "Status changed",
        "Last changed",
    ),
    F.TITLE: ("Tittel", "Emne", "Dokumenttittel", "Title", "Subject"),
    F.RECIPIENT_NAME: ("Mottaker", "Mottakernavn", "Mottakers navn", "Recipient", "Recipient name"),
    F.RECIPIENT_ID: (
        "Orgnr",
        "Org.nr",
        "Organisasjonsnummer",
        "Mottakers orgnr",
        "Mottaker orgnr",
        "Fødselsnr",
        "Fødselsnummer",
        "Orgnr/fødselsnr",
        "Digital ID",
        "DigitalId",
        "Mottaker-ID",
        "Mottakerid",
        "Org no",
        "Org number",
        "Organization number",
        "Organisation number",
        "Recipient ID",
    ),
    F.SENDER: ("Avsender", "Konto", "Avsenderkonto", "Sender", "Account"),
    F.SOURCE_SYSTEM: ("Avgivende system", "Fagsystem", "Source system", "Sending system"),
    F.EXTERNAL_REF: (
        "Ekstern referanse",
        "Eksternreferanse",
        "Ekstern ref",
        "EksternRef",
        "External reference",
        "External ref",
    ),
    F.CORRELATION_ID: ("Korrelasjonsid", "Korrelasjons-ID", "Correlation ID"),
    F.ACCOUNTING_CODE: ("Konteringskode", "Accounting code"),
    F.SHIPMENT_TYPE: ("Forsendelsestype", "Type", "Shipment type"),
    F.DIGITAL_ONLY: (
        "Kun digital",
        "Kun digital levering",
        "KunDigitalLevering",
        "Digital only",
        "Digital delivery only",
    ),
    F.CONFIDENTIAL: (
        "Taushetsbelagt",
        "Taushetsbelagt post",
        "TaushetsbelagtPost",
        "Confidential",
        "Confidential mail",
    ),
    F.CHANNEL: ("Kanal", "Leveringskanal", "Channel", "Delivery channel"),
}

# Also [G]: how yes/no columns (Kun digital, Taushetsbelagt) may be written. Blank = not known.
_YES = ("ja", "j", "yes", "y", "true", "sann", "1", "x", "✓", "✔")
_NO = ("nei", "n", "no", "false", "usann", "0", "-")

_HEADER_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a"})
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalise_header(header: str) -> str:
    """``"Sendt-dato "`` → ``"sendtdato"``; ``"Fødselsnr."`` → ``"fodselsnr"``."""
    folded = unicodedata.normalize("NFC", header).casefold().translate(_HEADER_FOLD)
    return _NOT_ALNUM.sub("", folded)


_FIELD_BY_HEADER: dict[str, ExportField] = {}
for _field, _names in HEADER_SYNONYMS.items():
    for _name in _names:
        _key = normalise_header(_name)
        assert _FIELD_BY_HEADER.get(_key, _field) is _field, f"synonym used twice: {_name}"
        _FIELD_BY_HEADER[_key] = _field
del _field, _names, _name, _key


# --- Header mapping ------------------------------------------------------------------------------


def field_by_name(name: str) -> ExportField | None:
    """``"orgnr"``, ``"recipient_id"``, ``"Mottakers organisasjonsnummer …"`` → the field."""
    key = normalise_header(name)
    for f, short in FIELD_NAMES_NB.items():
        if key in (
            normalise_header(short),
            normalise_header(f.value),
            normalise_header(FIELD_LABELS_NB[f]),
        ):
            return f
    return None


@dataclass(frozen=True)
class Mapping:
    """Which column gives which field. ``columns`` maps a header text to its field."""

    columns: dict[str, ExportField]
    unknown_headers: tuple[str, ...]  # recognised neither by the table nor a saved mapping
    missing_required: tuple[ExportField, ...]
    missing_recommended: tuple[ExportField, ...]
    ignored_headers: tuple[str, ...] = ()  # the user chose to ignore, or a second column for
    #                                        a field that an earlier column already gives
    guessed: tuple[str, ...] = ()  # headers whose field was recognised from their values
    ambiguous: tuple[Ambiguity, ...] = ()  # fields that two columns fit equally: ask

    @property
    def needs_review(self) -> bool:
        """True when the user should see the mapping dialog."""
        return bool(self.unknown_headers or self.missing_required or self.ambiguous)


# The fields content recognition fills, in the order it tries them; fields in one tuple
# have values that look alike (see column_content).
_CONTENT_GROUPS: tuple[tuple[ExportField, ...], ...] = (
    (F.ID,),
    (F.STATUS,),
    (F.RECIPIENT_ID,),
    (F.SENT_AT, F.STATUS_CHANGED_AT),
    (F.CONFIDENTIAL, F.DIGITAL_ONLY),
)
# Fields whose column a header names, but whose values can still prove it wrong.
_CHECKED_BY_CONTENT = (F.ID, F.STATUS, F.RECIPIENT_ID, F.SENT_AT)
_WRONG_FIT = 0.5  # a named column with fewer fitting values than this gives way


def suggest_mapping(
    headers: list[str],
    saved: dict[str, str | None] | None = None,
    samples: Sequence[Sequence[object]] | None = None,
) -> Mapping:
    """Map headers to fields: a saved mapping first (exact header, then normalised; earlier
    entries first), then the synonyms table, then, with ``samples`` (the first rows), the
    values of the columns still unknown (:mod:`~desktop_app.importers.column_content`). In
    ``saved``, a header mapped to ``None`` or ``""`` is deliberately ignored."""
    saved_exact = dict(saved or {})
    saved_norm: dict[str, str | None] = {}
    for h, v in saved_exact.items():
        saved_norm.setdefault(normalise_header(h), v)
    rank = {h: i for i, h in enumerate(saved_exact)}
    rank_norm: dict[str, int] = {}
    for h, i in rank.items():
        rank_norm.setdefault(normalise_header(h), i)
    columns: dict[str, ExportField] = {}
    by_synonym: set[str] = set()
    unknown: list[str] = []
    ignored: list[str] = []
    taken: set[ExportField] = set()
    chosen_first: list[tuple[int, str, ExportField]] = []
    rest: list[tuple[str, ExportField]] = []
    for header in headers:
        if not header:
            continue  # a column without a header: nothing to map, nothing to ask about
        key = normalise_header(header)
        field_: ExportField | None
        if header in saved_exact or key in saved_norm:
            choice = saved_exact[header] if header in saved_exact else saved_norm[key]
            if not choice:
                ignored.append(header)
                continue
            try:
                field_ = ExportField(choice)
            except ValueError:
                unknown.append(header)
                continue
            chosen_first.append((rank.get(header, rank_norm.get(key, 0)), header, field_))
        else:
            field_ = _FIELD_BY_HEADER.get(key)
            if field_ is None:
                unknown.append(header)
                continue
            rest.append((header, field_))
    # What the user chose wins over the synonyms table, in the order it was given.
    for _rank, header, field_ in sorted(chosen_first, key=lambda t: t[0]):
        if field_ in taken or header in columns:
            ignored.append(header)
            continue
        taken.add(field_)
        columns[header] = field_
    for header, field_ in rest:
        if field_ in taken or header in columns:
            ignored.append(header)
            continue
        taken.add(field_)
        columns[header] = field_
        by_synonym.add(header)
    guessed: tuple[str, ...] = ()
    ambiguous: tuple[Ambiguity, ...] = ()
    if samples is not None and unknown:
        columns, unknown, guessed, ambiguous = _by_content(
            headers, samples, columns, by_synonym, unknown
        )
        taken = set(columns.values())
    order = {h: i for i, h in enumerate(headers)}
    columns = dict(sorted(columns.items(), key=lambda item: order.get(item[0], 0)))
    return Mapping(
        columns,
        tuple(unknown),
        tuple(f for f in REQUIRED_FIELDS if f not in taken),
        tuple(f for f in RECOMMENDED_FIELDS if f not in taken),
        tuple(ignored),
        guessed,
        ambiguous,
    )


def _by_content(
    headers: list[str],
    samples: Sequence[Sequence[object]],
    columns: dict[str, ExportField],
    by_synonym: set[str],
    unknown: list[str],
) -> tuple[dict[str, ExportField], list[str], tuple[str, ...], tuple[Ambiguity, ...]]:
    index = {h: i for i, h in enumerate(headers) if h}

    def values(header: str) -> list[object]:
        i = index[header]
        return [row[i] if i < len(row) else "" for row in samples]

    columns = dict(columns)
    free = {h: values(h) for h in unknown}
    # A column named for a field whose values say otherwise gives way to one whose values fit.
    for header, field_ in list(columns.items()):
        if header not in by_synonym or field_ not in _CHECKED_BY_CONTENT:
            continue
        test = _CONTENT_TESTS[field_]
        own = column_content.fit(values(header), test)
        if own < _WRONG_FIT and any(
            column_content.fit(v, test) >= column_content.MIN_FIT for v in free.values()
        ):
            del columns[header]
            free[header] = values(header)
    taken = set(columns.values())
    groups = [tuple(f.value for f in group if f not in taken) for group in _CONTENT_GROUPS]
    guess = column_content.guess_fields(
        free,
        {h: normalise_header(h) for h in free},
        {f.value: t for f, t in _CONTENT_TESTS.items()},
        [g for g in groups if g],
        order=_earlier_dates,
    )
    for header, value in guess.columns.items():
        columns[header] = ExportField(value)
    still_unknown = [h for h in headers if h in free and h not in guess.columns]
    return columns, still_unknown, tuple(guess.columns), guess.ambiguous


def _earlier_dates(a: str, b: str, columns: dict[str, list[object]]) -> str | None:
    """Of two date columns, the one whose dates come first on every row (sent before the
    status changed), or ``None`` when the rows do not say."""
    a_first = b_first = False
    for x, y in zip(columns[a], columns[b], strict=False):
        dx, dy = _sample_datetime(x), _sample_datetime(y)
        if dx is None or dy is None:
            continue
        if dx < dy:
            a_first = True
        elif dy < dx:
            b_first = True
    if a_first and not b_first:
        return a
    if b_first and not a_first:
        return b
    return None


def _sample_datetime(value: object) -> datetime | None:
    if isinstance(value, datetime | date):
        return _cell_datetime(value)
    if value.__class__ is not str:
        return None
    text = value.strip()
    if _EXCEL_SERIAL.fullmatch(text) and "," not in text and "." not in text:
        return None  # a bare whole number is no proof of a date
    return parse_datetime(text)


def _is_id(value: object) -> bool:
    return value.__class__ is str and _canonical_id(value) is not None


def _is_status(value: object) -> bool:
    return value.__class__ is str and parse_status(value) is not None


def _is_recipient(value: object) -> bool:
    return value.__class__ is str and is_recipient(value)


def _is_date(value: object) -> bool:
    return _sample_datetime(value) is not None


def _is_bool(value: object) -> bool:
    return value.__class__ is str and _BOOL.get(value.strip().casefold(), _NOT_BOOL) not in (
        _NOT_BOOL,
        None,
    )


_CONTENT_TESTS: dict[ExportField, Callable[[object], bool]] = {
    F.ID: _is_id,
    F.STATUS: _is_status,
    F.RECIPIENT_ID: _is_recipient,
    F.SENT_AT: _is_date,
    F.STATUS_CHANGED_AT: _is_date,
    F.CONFIDENTIAL: _is_bool,
    F.DIGITAL_ONLY: _is_bool,
}


# --- Values --------------------------------------------------------------------------------------

_DMY = re.compile(
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?"
)
# Fast path for "dd.mm.yyyy HH:mm[:ss]" and ISO "yyyy-mm-dd[ T]HH:mm[:ss]" without an offset:
# dict lookups and additions, no parsing. The date part (→ local midnight) is looked up in a
# memo, as an export spans few days; the memo is filled by the slow path, which validates
# first. The time of day is looked up in two small tables made once: " HH:MM" and "THH:MM"
# (2 × 1,440 entries) and ":SS" (60), each also with "" for a value without it. Made in one go,
# each table lies close together in memory and stays in the CPU cache; a memo of every time
# seen would grow to tens of thousands of scattered entries for an export with seconds, each
# new one read by the slow path first. Aware + timedelta is wall-clock arithmetic in Python,
# so the sum equals datetime(y, m, d, H, M, S, tzinfo=OSLO). Anything else (an offset, a
# fraction of a second, one-digit fields) goes to the slow path.
_DAYS: dict[str, datetime] = {}
_MEMO_MAX = 100_000
_TIMES: dict[str, timedelta] = {"": timedelta(0)} | {
    f"{sep}{h:02d}:{m:02d}": timedelta(hours=h, minutes=m)
    for sep in " T"
    for h in range(24)
    for m in range(60)
}
_SECONDS: dict[str, timedelta] = {"": timedelta(0)} | {
    f":{s:02d}": timedelta(seconds=s) for s in range(60)
}
# [I] The years a date may have. Python's datetime ends at years 1 and 9999, and a time near
# either end cannot be moved to another time zone (9999-12-31T23:00:00-05:00 is past the end in
# UTC): it would stop the export and the showing of a saved check later. No SvarUt letter is
# older than 1900 or sent after 2199; such a date is a typing error and is refused at import.
YEARS = range(1900, 2200)


def parse_datetime(value) -> datetime | None:
    """``dd.mm.yyyy HH:mm[:ss]``, ``dd.mm.yyyy``, ISO 8601 (offset optional), milliseconds
    since 1970 or a spreadsheet day number → an aware datetime; naive times are Europe/Oslo.
    A spreadsheet datetime is taken as it is.
    ``None`` when it cannot be read."""
    try:
        return _DAYS[value[:10]] + _TIMES[value[10:16]] + _SECONDS[value[16:]]
    except (KeyError, TypeError):
        return _parse_datetime_rest(value)


def _parse_datetime_rest(value) -> datetime | None:
    """:func:`parse_datetime` after its fast path (the row loop tries that inline)."""
    if value.__class__ is not str:
        return _cell_datetime(value)
    return _parse_datetime_slow(value.strip())


# Milliseconds since 1970 (REST v1's ``sisteStatusEndring`` is a number [V] svarut.md §2.4),
# and a spreadsheet's day number (days since 30.12.1899, a fraction for the time of day), as
# a CSV saved from a sheet whose date cells lost their format may hold.
_EPOCH_MS = re.compile(r"1\d{12}")
_EXCEL_SERIAL = re.compile(r"[2-7]\d{4}(?:[.,]\d+)?")
_EXCEL_EPOCH = datetime(1899, 12, 30)


def _parse_datetime_slow(s: str) -> datetime | None:
    if not s:
        return None
    if s[:1].isdigit() and s[-1:].isdigit() and (len(s) == 13 or len(s) <= 16):
        if _EPOCH_MS.fullmatch(s):
            return datetime.fromtimestamp(int(s) / 1000, UTC).astimezone(OSLO)
        if _EXCEL_SERIAL.fullmatch(s):
            moment = _EXCEL_EPOCH + timedelta(days=float(s.replace(",", ".")))
            return moment.replace(microsecond=0, tzinfo=OSLO)
    if s[4:5] == "-":
        if not s[:4].isdigit():
            return None
        try:
            parsed = datetime.fromisoformat(s)
        except ValueError:
            return None
        if parsed.year not in YEARS:
            return None
        if s[7:8] == "-" and s[10:11] in ("", " ", "T") and len(_DAYS) < _MEMO_MAX:
            _DAYS[s[:10]] = datetime(parsed.year, parsed.month, parsed.day, tzinfo=OSLO)
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=OSLO)
    match = _DMY.fullmatch(s)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    if int(year) not in YEARS:
        return None
    try:
        parsed = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            tzinfo=OSLO,
        )  # fmt: skip
    except ValueError:
        return None
    if s[2:3] == "." and s[5:6] == "." and len(_DAYS) < _MEMO_MAX:
        _DAYS[s[:10]] = parsed.replace(hour=0, minute=0, second=0)
    return parsed


def _cell_datetime(value) -> datetime | None:
    if isinstance(value, date) and value.year not in YEARS:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=OSLO)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=OSLO)
    return None


class NotBool(Enum):
    """What :func:`parse_bool` answers for a text that is not yes, no or blank (a member of
    its own type, so a type checker tells it from ``True``/``False``/``None``)."""

    NOT_BOOL = "ikke ja/nei"


_NOT_BOOL: Final = NotBool.NOT_BOOL
_BOOL: dict[str, bool | NotBool | None] = {"": None}
for _text in _YES:
    _BOOL[_text] = True
for _text in _NO:
    _BOOL[_text] = False
del _text


def parse_bool(text: str) -> bool | NotBool | None:
    """Ja/Nei, Yes/No, true/false, 1/0, x → True/False; blank → None; otherwise a sentinel
    (use :func:`is_bool_text`)."""
    value = _BOOL.get(text, _NOT_BOOL)
    if value is _NOT_BOOL:
        value = _BOOL.get(text.strip().casefold(), _NOT_BOOL)
        if len(_BOOL) < 512:
            _BOOL[text] = value  # memo; unknown texts map to the sentinel too
    return value


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


_ID_MIN = 32  # the shortest text that can be a forsendelse-ID: 32 hex digits


def _canonical_id(text: str) -> str | None:
    """A forsendelse-ID as lower-case ``8-4-4-4-12``; braces, ``urn:uuid:`` or no dashes are
    accepted too. ``None`` if it is not a UUID."""
    text = text.strip().strip("\"'")
    if _UUID.fullmatch(text):
        return text.lower()
    if not _ID_MIN <= len(text) <= 45:
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


_clean_digital_id = recipient_number  # "971 032 146" → "971032146"; "1029400470" → "01029400470"


# --- Import --------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    shipments: list[Shipment]
    errors: list[RowError]  # each with its line and a bokmål reason; line None = whole file
    mapping_used: dict[str, str] = field(default_factory=dict)  # header → ExportField value
    encoding: str | None = None
    delimiter: str | None = None
    unknown_headers: list[str] = field(default_factory=list)
    missing_recommended: list[ExportField] = field(default_factory=list)
    kind: str | None = None  # "csv" or "xlsx"
    headers: list[str] = field(default_factory=list)
    guessed_headers: list[str] = field(default_factory=list)  # recognised by their values
    ambiguous: list[Ambiguity] = field(default_factory=list)  # fields two columns fit equally

    @property
    def skipped_rows(self) -> int:
        return sum(1 for e in self.errors if e.skipped and e.line is not None)

    @property
    def file_error(self) -> str | None:
        """The message when the file as a whole could not be read (nothing was loaded)."""
        if self.shipments:
            return None
        return next((e.reason for e in self.errors if e.line is None and e.skipped), None)


# What the caller may say about the columns: a header → field mapping, a Mapping, or a function
# that gives the mapping remembered for these headers (or None), asked once the headers are read.
MappingChoice = (
    dict[str, str | None] | Mapping | Callable[[list[str]], dict[str, str | None] | None] | None
)


def import_export(
    source: str | os.PathLike[str] | bytes,
    mapping: MappingChoice = None,
) -> ImportResult:
    """Read a SvarUt export. ``mapping``: a header → field mapping (or a Mapping) that wins
    over the synonyms table, or a function that looks one up for the file's headers (so a
    remembered choice costs no second reading of the file). Never raises for a bad file: the
    reason is in ``errors``."""
    try:
        table = read_table(source)
    except TableError as exc:
        return ImportResult([], [RowError(None, str(exc))])
    if callable(mapping):
        mapping = mapping(table.headers)
    if isinstance(mapping, Mapping):
        chosen = mapping
        if any(h not in table.headers for h in chosen.columns):
            chosen = suggest_mapping(table.headers, {h: f.value for h, f in chosen.columns.items()})
    else:
        chosen = suggest_mapping(table.headers, mapping)
        if chosen.unknown_headers:
            # Some columns are not known by name: let the first rows say what they hold.
            sample = list(islice(table.rows, column_content.SAMPLE_ROWS))
            table.rows = chain(sample, table.rows)
            chosen = suggest_mapping(table.headers, mapping, [row for _line, row in sample])
    result = ImportResult(
        [],
        [],
        {h: f.value for h, f in chosen.columns.items()},
        table.encoding,
        table.delimiter,
        list(chosen.unknown_headers),
        list(chosen.missing_recommended),
        table.kind,
        table.headers,
        list(chosen.guessed),
        list(chosen.ambiguous),
    )
    if chosen.missing_required:
        result.errors.append(RowError(None, _missing_message(chosen)))
        return result
    with no_cyclic_gc():
        result.shipments = _load_rows(table, chosen, result.errors)
    result.errors.extend(table.problems)
    result.errors.sort(key=lambda e: -1 if e.line is None else e.line)  # the whole file first
    if not result.shipments and not any(e.skipped for e in result.errors):
        result.errors.append(
            RowError(None, "Filen har overskrifter, men ingen forsendelser. Sjekk eksporten.")
        )
    return result


def _missing_message(chosen: Mapping) -> str:
    """What to say when a required field has no column: which columns could be it, if any."""
    tied = {a.field: a.headers for a in chosen.ambiguous}
    parts = []
    for f in chosen.missing_required:
        headers = tied.get(f.value)
        if headers:
            names = " og ".join(f"«{h}»" for h in headers)
            parts.append(f"Kolonnene {names} kan begge være «{FIELD_LABELS_NB[f]}».")
        else:
            parts.append(f"Fant ingen kolonne for «{FIELD_LABELS_NB[f]}».")
    return " ".join(parts) + " Velg hvilken kolonne som inneholder det, og importer på nytt."


_LOADED_FIELDS = frozenset(
    {F.ID, F.STATUS, F.SENT_AT, F.TITLE, F.RECIPIENT_NAME, F.RECIPIENT_ID, F.CONFIDENTIAL,
     F.DIGITAL_ONLY, F.EXTERNAL_REF}
)  # fmt: skip


def _load_rows(table: Table, mapping: Mapping, errors: list[RowError]) -> list[Shipment]:
    """Row by row, while each parsed row is still in the CPU cache. The common case of every
    field costs a dict lookup or a C call; anything unusual goes to a slow path that reports."""
    headers = table.headers
    width = len(headers)
    index = {f: headers.index(h) for h, f in mapping.columns.items()}
    pad = width  # every row gets one "" appended; an unmapped field reads it
    i_id = index[F.ID]
    i_status = index[F.STATUS]
    i_sent = index.get(F.SENT_AT, pad)
    i_title = index.get(F.TITLE, pad)
    i_name = index.get(F.RECIPIENT_NAME, pad)
    i_rid = index.get(F.RECIPIENT_ID, pad)
    i_conf = index.get(F.CONFIDENTIAL, pad)
    i_dig = index.get(F.DIGITAL_ONLY, pad)
    i_ref = index.get(F.EXTERNAL_REF, pad)
    has_sent = F.SENT_AT in index
    needs_pad = not index.keys() >= _LOADED_FIELDS  # some field reads the padding cell
    sent_header = headers[i_sent] if has_sent else ""
    conf_header = headers[i_conf] if i_conf != pad else ""
    dig_header = headers[i_dig] if i_dig != pad else ""

    rows = table.rows
    if table.kind != "csv":
        text_columns = [
            i for i in (i_id, i_status, i_title, i_name, i_rid, i_conf, i_dig, i_ref) if i != pad
        ]
        rows = _cells_as_text(rows, text_columns)

    days, times, seconds = _DAYS, _TIMES, _SECONDS
    bools = _BOOL
    missing = _NOT_BOOL
    statuses: dict[str, tuple[ShipmentStatus | None, str]] = {}
    shipments: list[Shipment] = []
    append = shipments.append
    ids: list[str] = []  # as written; checked and made canonical after the loop
    add_id = ids.append
    new = object.__new__
    report = errors.append
    delimiter = table.delimiter or ";"

    for line, row in rows:
        if len(row) != width:
            n = len(row)
            if n > width:
                if any(str(c).strip() for c in row[width:]):
                    report(RowError(line, _too_many(n, width, delimiter, table.kind)))
                    continue
                del row[width:]
            else:
                row.extend([""] * (width - n))
                if table.kind == "csv" and len(row[i_id]) >= _ID_MIN:
                    report(RowError(line, _too_few(n, headers), skipped=False))
        if len(row[i_id]) < _ID_MIN:
            # No ID in any form (see _canonical_id): skipped at once, and said alone, as
            # _settle_ids does; a sheet of millions of such rows costs little.
            report(RowError(line, _bad_id(row[i_id])))
            continue
        if needs_pad:
            row.append("")

        # The memo also hands back its own copy of the text, so that 100,000 shipments share
        # a dozen status strings instead of each keeping the one the csv module made.
        status_text = row[i_status]
        try:
            status, status_text = statuses[status_text]
        except KeyError:
            status = parse_status(status_text)
            statuses[status_text] = status, status_text
        if status is None:
            report(RowError(line, _unknown_status(status_text), skipped=False))

        value = row[i_sent]
        sent: datetime | None
        try:  # the fast path of parse_datetime, inline; without seconds, one slice less
            if len(value) == 16:
                sent = days[value[:10]] + times[value[10:]]
            else:
                sent = days[value[:10]] + times[value[10:16]] + seconds[value[16:]]
        except (KeyError, TypeError):
            sent = _parse_datetime_rest(value) if value else None
            if sent is None and has_sent:
                reason = _bad_date(value, sent_header) if value else _no_date(sent_header)
                report(RowError(line, reason, skipped=False))

        rid = row[i_rid]
        if not rid.isdigit() or len(rid) == 10:  # separators, or a fødselsnummer's lost 0
            rid = _clean_digital_id(rid)
        conf = bools.get(row[i_conf], missing)
        if conf is missing:
            conf = _slow_bool(row[i_conf], conf_header, line, report)
        dig = bools.get(row[i_dig], missing)
        if dig is missing:
            dig = _slow_bool(row[i_dig], dig_header, line, report)

        # Made here, field by field, rather than by ``Shipment.fast``: the call with eleven
        # arguments took about 10 ms of an import of 100,000 rows (bench/compare_import.py,
        # both ways round). Keep the fields in step with the class; a test checks that the
        # import sets every one.
        add_id(sid := row[i_id])
        shipment = new(Shipment)
        shipment.id = sid
        shipment.sent_at = sent
        shipment.status = status
        shipment.status_text = status_text
        shipment.title = row[i_title]
        shipment.recipient_name = row[i_name].strip()
        shipment.recipient_id = rid
        shipment.confidential = conf
        shipment.digital_only = dig
        shipment.external_ref = row[i_ref]
        shipment.source_line = line
        append(shipment)
    # The IDs are checked once, after the loop, on all of them together (see below); only
    # a file with an ID that is not canonical, or that comes twice, goes through them one by one.
    if len(set(ids)) != len(ids) or not _all_canonical_ids(ids):
        shipments = _settle_ids(shipments, errors)
    return shipments


_HEX = b"0123456789abcdef"


def _all_canonical_ids(ids: list[str]) -> bool:
    """True when every ID is a lower-case ``8-4-4-4-12`` UUID, as SvarUt writes them.

    Fast path: a handful of C-speed operations over the IDs joined together cost about a third
    of a regex match per row (100,000 rows). The IDs are joined with a newline after each but
    the last; when every ID is 36 characters long, those newlines sit at 36 plus a multiple of
    37, and the hyphens of every ID at 8, 13, 18 and 23 plus a multiple of 37. With newlines
    there and nowhere else, exactly four hyphens between them (what is left without the hex
    digits is ``----`` and a newline, ID after ID) and those at their places, each ID matches
    ``_UUID`` in lower case. The IDs go in chunks of :data:`_ID_CHUNK`: a text of all
    of them would be a large block of fresh memory (slow to get from the system) three times
    over, for the join, the encoding and the translation."""
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        count = len(chunk)
        joined = "\n".join(chunk)
        if not (
            len(joined) == 37 * count - 1
            and joined.isascii()
            and joined[36::37] == "\n" * (count - 1)
            and joined.encode("ascii").translate(None, _HEX) == _NOT_HEX[: 5 * count - 1]
            and all(joined[i::37] == "-" * count for i in (8, 13, 18, 23))
        ):
            return False
    return True


_ID_CHUNK = 1024  # 36 KiB of text: small enough to reuse the same memory chunk after chunk
_NOT_HEX = b"----\n" * _ID_CHUNK  # what is left of a chunk of IDs without their hex digits


def _settle_ids(shipments: list[Shipment], errors: list[RowError]) -> list[Shipment]:
    """The slow path for IDs: each shipment gets its canonical ID, or is skipped when it has
    none or the same ID came on an earlier line. A skipped row reports only that, in place of
    anything else reported for its line (as if it had not been read further)."""
    first_line: dict[str, int | None] = {}
    kept: list[Shipment] = []
    skipped: dict[int | None, RowError] = {}
    for shipment in shipments:
        line = shipment.source_line
        sid = _canonical_id(shipment.id)
        if sid is None:
            skipped[line] = RowError(line, _bad_id(shipment.id))
            continue
        first = first_line.setdefault(sid, line)
        if first != line:
            skipped[line] = RowError(line, _duplicate(sid, first))
            continue
        shipment.id = sid
        kept.append(shipment)
    if skipped:
        rest = [e for e in errors if e.line not in skipped]
        errors[:] = sorted([*rest, *skipped.values()], key=lambda e: e.line or 0)
    return kept


def _cells_as_text(rows, columns: list[int]):
    """Spreadsheet rows with a date where text is expected (e.g. an ID column) get the text."""
    for line, row in rows:
        n = len(row)
        for i in columns:
            if i < n and row[i].__class__ is not str:
                row[i] = _cell_as_text(row[i])
        yield line, row


def _slow_bool(text: str, header: str, line: int, report) -> bool | None:
    value = parse_bool(text)
    if value is _NOT_BOOL:
        report(RowError(line, _not_bool(text, header), skipped=False))
        return None
    return value


def _cell_as_text(value) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return "" if value is None else str(value)


def _duplicate(sid: str, first: int | None) -> str:
    return f"Forsendelsen {sid} står også på linje {first}. Bare den første er tatt med."


def _not_bool(text: str, header: str) -> str:
    return (
        f"«{shorten(text)}» i kolonnen «{shorten(header, 40)}» er verken ja eller nei. "
        "Forsendelsen er tatt med, og Postvakt regner verdien som ukjent."
    )


def _too_many(n: int, width: int, delimiter: str, kind: str | None) -> str:
    if kind == "csv":
        shown = "tabulator" if delimiter == "\t" else f"«{delimiter}»"
        return (
            f"Raden har {n} felt, men overskriften har {width}. Trolig står det {shown} i en "
            "tekst uten anførselstegn rundt. Raden er hoppet over; rett den i filen og importer "
            "på nytt."
        )
    return (
        f"Raden har {n} celler med innhold, men overskriften har {width}. Raden er hoppet "
        "over; sjekk kolonnene i regnearket."
    )


def _too_few(n: int, headers: list[str]) -> str:
    missing = ", ".join(f"«{shorten(h, 40)}»" for h in headers[n:][:3] if h)
    more = " med flere" if len(headers) - n > 3 else ""
    names = f" ({missing}{more})" if missing else ""
    if len(headers) - n == 1:
        what = f"Det siste feltet{names} mangler og er lest som tomt"
    else:
        what = f"De siste feltene{names} mangler og er lest som tomme"
    return f"Raden har {n} felt, men overskriften har {len(headers)}. {what}; sjekk raden i filen."


def _bad_id(raw) -> str:
    return _bad_id_text(str(raw))


@functools.lru_cache(maxsize=256)  # a sheet of junk repeats the same few texts
def _bad_id_text(raw: str) -> str:
    text = raw.strip()
    if not text:
        return (
            "Forsendelse-ID mangler. Raden er hoppet over; finn forsendelsen i SvarUt "
            "hvis den er viktig."
        )
    shown = text if len(text) <= 40 else text[:37] + "…"
    return (
        f"«{shown}» er ikke en gyldig forsendelse-ID (den ser slik ut: "
        "d6b23522-ddf3-462a-8140-16e59e1f476d). Raden er hoppet over."
    )


def _unknown_status(text: str) -> str:
    if not text.strip():
        return "Status mangler. Forsendelsen er tatt med som «ukjent status»; sjekk den i SvarUt."
    return (
        f"Statusen «{shorten(text)}» er ukjent for Postvakt. Forsendelsen er tatt med som "
        "«ukjent status»; sjekk den i SvarUt."
    )


def _bad_date(value, header: str) -> str:
    shown = _cell_as_text(value) if isinstance(value, date) else value
    where = f"Datoen «{shorten(shown)}» i kolonnen «{shorten(header, 40)}»"
    if _outside_years(value):
        return (
            f"{where} ligger utenfor årene Postvakt kan regne med ({YEARS[0]}–{YEARS[-1]}). "
            "Forsendelsen er tatt med, men uten alder; rett datoen i filen og importer på nytt."
        )
    return (
        f"{where} kan ikke leses (bruk dd.mm.åååå tt:mm). Forsendelsen er tatt med, men uten alder."
    )


_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _outside_years(value) -> bool:
    """True when a date cannot be read only because of its year."""
    if isinstance(value, date):
        return value.year not in YEARS
    years = _YEAR.findall(str(value)[:40])
    return bool(years) and all(int(year) not in YEARS for year in years)


def _no_date(header: str) -> str:
    return f"Kolonnen «{shorten(header, 40)}» er tom. Forsendelsen er tatt med, men uten alder."


# --- Pasted IDs ----------------------------------------------------------------------------------

_ID_SEPARATORS = re.compile(r"[\s,;]+")


def parse_id_list(text: str) -> tuple[list[str], list[RowError]]:
    """Forsendelse-IDs pasted by a user (one a line, or separated by commas, semicolons or
    spaces) → the IDs in order without duplicates, and the tokens that are not IDs, with their
    line. A header such as "Forsendelse-ID" copied along with the column is passed over."""
    ids: list[str] = []
    seen: set[str] = set()
    errors: list[RowError] = []
    for number, line in enumerate(text.splitlines(), start=1):
        for token in _ID_SEPARATORS.split(line):
            token = token.strip("\"'")
            if not token:
                continue
            sid = _canonical_id(token)
            if sid is None:
                if _FIELD_BY_HEADER.get(normalise_header(token)) is F.ID:
                    continue
                shown = token if len(token) <= 40 else token[:37] + "…"
                errors.append(
                    RowError(
                        number,
                        f"«{shown}» er ikke en forsendelse-ID (den ser slik ut: "
                        "d6b23522-ddf3-462a-8140-16e59e1f476d). Den er hoppet over.",
                    )
                )
            elif sid not in seen:
                seen.add(sid)
                ids.append(sid)
    return ids, errors

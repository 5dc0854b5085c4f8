"""SvarUt shipments (forsendelser) and their statuses.

Statuses come from the SvarUt REST specs v1/v2 and v3 (reference: svarut.md §3, [V]).
Exports and the web UI may show a display text instead of the enum token ("Varslet",
"Sendt digitalt"); the display texts are a guess (svarut.md §8, [G]) and live in ONE table,
``_STATUS_TABLE`` below, so they are easy to correct. Status strings are compared
case-insensitively ([I]: production values are seen in lower case, the API promises nothing).

Plain Python: no Qt, no I/O.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from enum import Enum, StrEnum


class ShipmentStatus(StrEnum):
    """Every status of SvarUt REST v1, v2 and v3 ([V] svarut.md §3). The value is the API token."""

    MOTTATT = "MOTTATT"
    AKSEPTERT = "AKSEPTERT"
    AVVIST = "AVVIST"
    FEILET_UNDER_MOTTAK = "FEILET_UNDER_MOTTAK"
    KLAR_FOR_MOTTAK = "KLAR_FOR_MOTTAK"
    VARSLET = "VARSLET"
    LEST = "LEST"
    SENDT_DIGITALT = "SENDT_DIGITALT"
    SENDT_PRINT = "SENDT_PRINT"
    PRINTET = "PRINTET"
    SENDT_SDP = "SENDT_SDP"
    LEVERT_SDP = "LEVERT_SDP"
    IKKE_LEVERT = "IKKE_LEVERT"
    MANUELT_HANDTERT = "MANUELT_HANDTERT"
    SLETTET = "SLETTET"
    SENDT_NHN_MOTTAKER = "SENDT_NHN_MOTTAKER"
    LEVERT_NHN_MOTTAKER = "LEVERT_NHN_MOTTAKER"

    @property
    def api_versions(self) -> frozenset[int]:
        """The REST API versions that have this status (v1 and v2 share one list)."""
        return _STATUS_INFO[self][0]

    @property
    def label_nb(self) -> str:
        """The display text a user knows from SvarUt, e.g. ``"Sendt digitalt"``."""
        return _STATUS_INFO[self][1]


_V1_V3 = frozenset({1, 2, 3})
_V3 = frozenset({3})

# ---------------------------------------------------------------------------------------------
# THE status table. Token and versions: [V] svarut.md §3. Display texts and aliases: [G], from
# the svarut.no (ACOS) status list (svarut.md §8) and the spelling of the tokens; the English
# aliases are a guess at an English UI/export (no source gives them). Correct them here.
#   status: (versions, Norwegian display text, other texts that mean the same status)
# ---------------------------------------------------------------------------------------------
_STATUS_TABLE: dict[ShipmentStatus, tuple[frozenset[int], str, tuple[str, ...]]] = {
    ShipmentStatus.MOTTATT: (_V1_V3, "Mottatt", ("Received",)),
    ShipmentStatus.AKSEPTERT: (_V1_V3, "Akseptert", ("Accepted",)),
    ShipmentStatus.AVVIST: (_V1_V3, "Avvist", ("Rejected",)),
    ShipmentStatus.FEILET_UNDER_MOTTAK: (_V3, "Feilet under mottak", ("Failed on receipt",)),
    ShipmentStatus.KLAR_FOR_MOTTAK: (
        _V1_V3,
        "Klar for mottak",
        ("Ready for download", "Ready for retrieval"),
    ),
    ShipmentStatus.VARSLET: (_V1_V3, "Varslet", ("Notified",)),
    ShipmentStatus.LEST: (_V1_V3, "Lest", ("Read", "Opened")),
    ShipmentStatus.SENDT_DIGITALT: (_V1_V3, "Sendt digitalt", ("Sent digitally",)),
    ShipmentStatus.SENDT_PRINT: (
        _V1_V3,
        "Sendt til print",
        ("Sendt print", "Sent to print", "Sent print"),
    ),
    ShipmentStatus.PRINTET: (_V1_V3, "Printet", ("Skrevet ut", "Printed")),
    ShipmentStatus.SENDT_SDP: (_V1_V3, "Sendt til SDP", ("Sent to SDP",)),
    ShipmentStatus.LEVERT_SDP: (_V1_V3, "Levert til SDP", ("Delivered to SDP",)),
    ShipmentStatus.IKKE_LEVERT: (_V1_V3, "Ikke levert", ("Not delivered",)),
    ShipmentStatus.MANUELT_HANDTERT: (_V1_V3, "Manuelt håndtert", ("Manually handled",)),
    ShipmentStatus.SLETTET: (_V3, "Slettet", ("Deleted",)),
    ShipmentStatus.SENDT_NHN_MOTTAKER: (
        _V3,
        "Sendt til NHN-mottaker",
        ("Sent to NHN recipient",),
    ),
    ShipmentStatus.LEVERT_NHN_MOTTAKER: (
        _V3,
        "Levert til NHN-mottaker",
        ("Delivered to NHN recipient",),
    ),
}
_STATUS_INFO = {status: (versions, label) for status, (versions, label, _) in _STATUS_TABLE.items()}

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "_": " ", "-": " ", ".": " "})


def _status_key(text: str) -> str:
    """``"Manuelt_HÅNDTERT "`` → ``"manuelt handtert"``: case, æøå, ``_ -`` and spaces folded."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_FOLD)
    return " ".join(folded.split())


_BY_KEY: dict[str, ShipmentStatus] = {}
for _status, (_versions, _label, _aliases) in _STATUS_TABLE.items():
    for _text in (_status.value, _label, *_aliases):
        _BY_KEY[_status_key(_text)] = _status
del _status, _versions, _label, _aliases, _text

# Memo of raw text → status; exports repeat the same few strings, so this is one dict lookup a row.
_PARSED: dict[str, ShipmentStatus | None] = {}
_PARSED_MAX = 4096


def parse_status(text: str | None) -> ShipmentStatus | None:
    """An enum token or a display text, in any case, → the status; ``None`` when not known."""
    if text is None:
        return None
    try:
        return _PARSED[text]
    except KeyError:
        pass
    status = _BY_KEY.get(_status_key(text))
    if len(_PARSED) < _PARSED_MAX:
        _PARSED[text] = status
    return status


# --- Time zone ---------------------------------------------------------------------------------


class _CentralEuropeanTime(tzinfo):
    """Europe/Oslo since 1996 (EU rules), for systems without a tz database (Windows without
    the ``tzdata`` package). Only used when ``zoneinfo`` cannot find Europe/Oslo."""

    def _dst_start_end(self, year: int) -> tuple[datetime, datetime]:
        # Last Sunday of March and October, 01:00 UTC.
        def last_sunday(month: int) -> datetime:
            day = datetime(year, month, 31)
            return day - timedelta(days=(day.weekday() + 1) % 7)

        return last_sunday(3) + timedelta(hours=1), last_sunday(10) + timedelta(hours=1)

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(hours=1)
        start, end = self._dst_start_end(dt.year)
        # Local wall time → UTC with standard offset, good enough at the switch hours.
        as_utc = dt.replace(tzinfo=None) - timedelta(hours=1)
        return timedelta(hours=2) if start <= as_utc < end else timedelta(hours=1)

    def dst(self, dt: datetime | None) -> timedelta:
        return self.utcoffset(dt) - timedelta(hours=1)

    def tzname(self, dt: datetime | None) -> str:
        return "CEST" if self.dst(dt) else "CET"


def _oslo() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo("Europe/Oslo")
        except ZoneInfoNotFoundError:
            return _CentralEuropeanTime()
    except ImportError:  # pragma: no cover - zoneinfo is in the standard library since 3.9
        return _CentralEuropeanTime()


OSLO: tzinfo = _oslo()
"""Local time of SvarUt's users; naive times in exports are read as this."""


# --- Shipments ---------------------------------------------------------------------------------


class RecipientKind(Enum):
    ORGANIZATION = "organisasjon"  # 9 digits: organisasjonsnummer
    PERSON = "person"  # 11 digits: fødselsnummer / d-nummer
    UNKNOWN = "ukjent"  # missing, or neither 9 nor 11 digits


def recipient_kind(digital_id: str) -> RecipientKind:
    """SvarUt's ``digitalId``: 9 digits is an org.nr, 11 digits a person. No checksum check."""
    if digital_id.isdigit() and digital_id.isascii():
        if len(digital_id) == 9:
            return RecipientKind.ORGANIZATION
        if len(digital_id) == 11:
            return RecipientKind.PERSON
    return RecipientKind.UNKNOWN


@dataclass(slots=True, eq=False)
class Shipment:
    """One forsendelse as imported. ``recipient_id`` may be a fødselsnummer: it is left out of
    ``repr`` so it never ends up in a log or an exception message."""

    id: str  # forsendelse-ID, canonical lower-case UUID
    sent_at: datetime | None  # aware; None when the file had no readable date
    status: ShipmentStatus | None  # None: the status text is not one Postvakt knows
    status_text: str  # as written in the file
    title: str = ""
    recipient_name: str = ""
    recipient_id: str = field(default="", repr=False)  # digitalId, digits only when it was
    confidential: bool | None = None  # taushetsbelagtPost; None = the file does not say
    digital_only: bool | None = None  # kunDigitalLevering; None = the file does not say
    external_ref: str = ""
    source_line: int | None = None  # line (CSV) or row (XLSX) where the shipment starts

    @property
    def recipient_kind(self) -> RecipientKind:
        return recipient_kind(self.recipient_id)

    @classmethod
    def fast(
        cls,
        id: str,
        sent_at: datetime | None,
        status: ShipmentStatus | None,
        status_text: str,
        title: str,
        recipient_name: str,
        recipient_id: str,
        confidential: bool | None,
        digital_only: bool | None,
        external_ref: str,
        source_line: int | None,
    ) -> Shipment:
        """The same as ``Shipment(...)`` with every field given, for making many at once
        (the letters of a saved run).

        Calling the class goes through C (``type.__call__``) into the generated ``__init__``,
        which Python 3.11 cannot run inline; a classmethod call is inlined, which makes
        creating 100,000 shipments about twice as fast. The import's row loop goes one step
        further and sets the fields itself (no call at all). Keep the fields of both in step
        with the class above (a test compares each with it)."""
        self = object.__new__(cls)
        self.id = id
        self.sent_at = sent_at
        self.status = status
        self.status_text = status_text
        self.title = title
        self.recipient_name = recipient_name
        self.recipient_id = recipient_id
        self.confidential = confidential
        self.digital_only = digital_only
        self.external_ref = external_ref
        self.source_line = source_line
        return self


# -- the integration's header values ------------------------------------------------------
# IntegrasjonId and IntegrasjonPassord travel as HTTP header values ([V] auth.md §5). The
# SvarUt OpenAPI files say nothing about their character set; RFC 9110 §5.5 lets a server
# treat anything beyond US-ASCII as opaque bytes, so only printable ASCII is sure to arrive
# as typed. ([I] KS's Java client sends header strings through Jetty as ISO-8859-1; whether
# SvarUt decodes æ, ø, å the same way is not documented, so Postvakt does not try.)
def integration_header_problem(value: str, label: str) -> str | None:
    """Why ``value`` cannot be sent as the SvarUt header ``label`` (bokmål), or None.

    Never quotes the value or says where in it the problem is: it may be a password."""
    if value != value.strip(" "):
        return (
            f"{label} begynner eller slutter med et mellomrom, og det kommer ikke fram "
            "til SvarUt. Lim inn verdien på nytt uten mellomrom foran eller bak, under "
            "Innstillinger."
        )
    odd = [char for char in value if not " " <= char <= "~"]
    if not odd:
        return None
    if all(char.isprintable() and not char.isspace() for char in odd):
        what = "en bokstav eller et tegn utenfor A–Z (for eksempel æ, ø, å eller «)"
    else:
        what = "et usynlig tegn (for eksempel et hardt mellomrom eller et linjeskift)"
    return (
        f"{label} inneholder {what}, og SvarUt tar bare imot vanlige tegn: A–Z, a–z, "
        "0–9 og vanlig tegnsetting. Sjekk at du kopierte riktig verdi fra Fiks "
        "forvaltning, og lagre den på nytt under Innstillinger."
    )

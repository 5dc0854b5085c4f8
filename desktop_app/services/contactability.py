"""Who among a batch of citizens can get a § 8 notice: from Kontaktregisteret, or a saved list.

Two ways in, one result (:class:`ContactCheck`):

* :func:`lookup` asks KRR (``KrrClient``, Maskinporten) for up to 1,000 people a call;
* :func:`import_contact_list` reads a list exported earlier: KRR's own JSON answer
  (``{"personer": [...]}``) or a CSV/XLSX with KRR's field names as headers (Norwegian
  variants such as «Fødselsnummer», «E-post», «Mobil» are accepted [I]).

:func:`read_pids` reads the fødselsnumre to look up from pasted text or a file; numbers with
wrong check digits are reported with their line and left out. Fødselsnumre are personal data:
they stay in memory, are never logged (only counts are), and the screen masks them.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contactability import (
    Contactability,
    ContactSummary,
    KrrPerson,
    assess,
    check_pid,
    latest,
    parse_timestamp,
    person_from_krr,
    summarise,
)
from desktop_app.importers.svarut_export import normalise_header, parse_datetime
from desktop_app.importers.tabular import RowError, TableError, read_table
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.integrations.krr import SCOPES, KrrClient
from desktop_app.services.practice import Practice
from desktop_app.services.status_refresh import MaskinportenTokenSource
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretStore

MAX_PEOPLE = 100_000


class ContactListError(Exception):
    """The file cannot be used. ``message_nb`` says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message_nb = message


@dataclass
class ContactCheck:
    results: list[Contactability]
    summary: ContactSummary
    errors: list[RowError] = field(default_factory=list)
    source: str = ""  # "Kontaktregisteret" or the file name
    checked_on: date | None = None


class ContactField(StrEnum):
    PID = "pid"
    RESERVATION = "reservation"
    STATUS = "status"
    NOTIFICATION = "notification_status"
    EMAIL = "email"
    EMAIL_UPDATED = "email_updated"
    EMAIL_VERIFIED = "email_verified"
    MOBILE = "mobile"
    MOBILE_UPDATED = "mobile_updated"
    MOBILE_VERIFIED = "mobile_verified"
    MAILBOX = "mailbox"


# Header texts per field, compared after normalise_header(). KRR's own field names [V]
# (dpi-notifications.md §7); the Norwegian variants are our guess [I]: extend when a real
# exported list is seen.
HEADER_SYNONYMS: dict[ContactField, tuple[str, ...]] = {
    ContactField.PID: (
        "personidentifikator",
        "Fødselsnummer",
        "Fødselsnr",
        "Fnr",
        "Personnummer",
        "D-nummer",
    ),
    ContactField.RESERVATION: ("reservasjon", "Reservert"),
    ContactField.STATUS: ("status", "KRR-status"),
    ContactField.NOTIFICATION: ("varslingsstatus",),
    ContactField.EMAIL: ("epostadresse", "E-post", "E-postadresse", "Epost"),
    ContactField.EMAIL_UPDATED: ("epostadresse_oppdatert", "E-post oppdatert"),
    ContactField.EMAIL_VERIFIED: (
        "epostadresse_sist_verifisert",
        "E-post sist verifisert",
        "E-post bekreftet",
    ),
    ContactField.MOBILE: ("mobiltelefonnummer", "Mobil", "Mobilnummer", "Mobiltelefon"),
    ContactField.MOBILE_UPDATED: ("mobiltelefonnummer_oppdatert", "Mobil oppdatert"),
    ContactField.MOBILE_VERIFIED: (
        "mobiltelefonnummer_sist_verifisert",
        "Mobil sist verifisert",
        "Mobil bekreftet",
    ),
    ContactField.MAILBOX: ("postkasseadresse", "Digital postkasse", "Postkasse"),
}
_FIELD_BY_HEADER = {
    normalise_header(name): f for f, names in HEADER_SYNONYMS.items() for name in names
}
_PID_SEPARATORS = re.compile(r"[\s,;]+")
_SPACED_PID = re.compile(r"(?<!\d)(\d{6}) (\d{5})(?!\d)")  # "120371 40099", as often written


def _finish(
    people: list[KrrPerson], errors: list[RowError], source: str, today: date
) -> ContactCheck:
    results = [assess(p, today) for p in people]
    return ContactCheck(results, summarise(results), errors, source, today)


def read_pids(text: str) -> tuple[list[str], list[RowError]]:
    """Fødselsnumre from pasted text: one or more a line, separated by spaces, commas or
    semicolons (``DDMMÅÅ NNNNN`` with one space counts as one number). Duplicates are
    dropped; wrong ones are reported with their line."""
    pids: dict[str, None] = {}
    errors: list[RowError] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        for token in _PID_SEPARATORS.split(_SPACED_PID.sub(r"\1\2", line.strip())):
            if not token:
                continue
            pid = check_pid(token)
            if pid is None:
                errors.append(
                    RowError(
                        line_no,
                        "Dette er ikke et gyldig fødselsnummer "
                        "(11 siffer med riktige kontrollsifre).",
                    )
                )
            else:
                pids[pid] = None
    return list(pids), errors


def lookup(
    state: TaskState, pids: Sequence[str], client: KrrClient, today: date | None = None
) -> ContactCheck:
    """Ask Kontaktregisteret about every person (batches of 1,000, progress, cancel)."""
    people = list(client.iter_lookup(pids, state))
    return _finish(people, [], "Kontaktregisteret", today or date.today())


def lookup_in_register(
    state: TaskState, pids: Sequence[str], urls: ServiceUrls, token: Callable[[], str]
) -> ContactCheck:
    """:func:`lookup` through a new ``KrrClient`` for ``urls`` and the token provider ``token``
    (see :func:`krr_token_source`). Runs off the GUI thread."""
    with KrrClient(urls, token) as client:
        return lookup(state, pids, client)


def krr_token_source(
    settings: Settings, secrets: SecretStore, urls: ServiceUrls, practice: Practice | None = None
) -> MaskinportenTokenSource:
    """Maskinporten tokens with Kontaktregisteret's scopes, from the same client as the SvarUt
    status refresh (in Øving: the practice client of ``practice``), bound to ``urls``'
    environment for the source's whole life."""
    return MaskinportenTokenSource(settings, secrets, urls, SCOPES, practice=practice)


def import_contact_list(
    state: TaskState, source: str | os.PathLike[str], today: date | None = None
) -> ContactCheck:
    """A saved KRR answer (JSON) or a table of KRR fields (CSV, XLSX)."""
    path = Path(source)
    today = today or date.today()
    if path.suffix.lower() == ".json":
        people, errors = _from_json(path)
    else:
        people, errors = _from_table(path, state)
    if not people and not errors:
        raise ContactListError(
            "Filen inneholder ingen personer. Velg en eksport fra "
            "Kontaktregisteret med én person per rad."
        )
    return _finish(people, errors, path.name, today)


def _from_json(path: Path) -> tuple[list[KrrPerson], list[RowError]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ContactListError(
            f"Filen {path.name} kan ikke leses som et svar fra Kontaktregisteret (JSON). "
            "Sjekk at det er hele filen."
        ) from exc
    people_data = data.get("personer") if isinstance(data, dict) else data
    if not isinstance(people_data, list):
        raise ContactListError(f"Filen {path.name} har ingen liste «personer».")
    people, errors = [], []
    for number, item in enumerate(people_data, start=1):
        if isinstance(item, dict) and item.get("personidentifikator"):
            people.append(person_from_krr(item, asked_digital_post="digital_post" in item))
        else:
            errors.append(
                RowError(
                    None, f"Person nr. {number} mangler personidentifikator og er hoppet over."
                )
            )
    return people, errors


def _when(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    text = str(value or "").strip()
    return parse_datetime(text) or parse_timestamp(text)


def _from_table(path: Path, state: TaskState) -> tuple[list[KrrPerson], list[RowError]]:
    try:
        table = read_table(path)
    except TableError as exc:
        raise ContactListError(str(exc)) from exc
    columns: dict[ContactField, int] = {}
    for index, header in enumerate(table.headers):
        found = _FIELD_BY_HEADER.get(normalise_header(header))
        if found is not None and found not in columns:
            columns[found] = index
    if ContactField.PID not in columns:
        raise ContactListError(
            "Finner ingen kolonne med fødselsnummer. Kall kolonnen «Fødselsnummer» eller "
            "«personidentifikator» og prøv igjen."
        )

    def cell(cells: list, name: ContactField) -> object:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else ""

    def text(cells: list, name: ContactField) -> str:
        return str(cell(cells, name) or "").strip()

    people: list[KrrPerson] = []
    errors: list[RowError] = []
    for count, (line, cells) in enumerate(table.rows, start=1):
        if count % 2000 == 0:
            state.check()
        if len(people) >= MAX_PEOPLE:
            errors.append(
                RowError(line, f"Listen er kuttet etter {MAX_PEOPLE:,} personer.".replace(",", " "))
            )
            break
        raw = text(cells, ContactField.PID)
        pid = check_pid(raw)
        if pid is None:
            errors.append(
                RowError(
                    line,
                    "Fødselsnummeret mangler eller har feil kontrollsifre; raden er hoppet over.",
                )
            )
            continue
        mailbox = (
            None if ContactField.MAILBOX not in columns else bool(text(cells, ContactField.MAILBOX))
        )
        people.append(
            KrrPerson(
                pid=pid,
                reservation=text(cells, ContactField.RESERVATION),
                status=text(cells, ContactField.STATUS) or "AKTIV",
                notification_status=text(cells, ContactField.NOTIFICATION),
                email=text(cells, ContactField.EMAIL),
                email_changed=latest(
                    _when(cell(cells, ContactField.EMAIL_UPDATED)),
                    _when(cell(cells, ContactField.EMAIL_VERIFIED)),
                ),
                mobile=text(cells, ContactField.MOBILE),
                mobile_changed=latest(
                    _when(cell(cells, ContactField.MOBILE_UPDATED)),
                    _when(cell(cells, ContactField.MOBILE_VERIFIED)),
                ),
                digital_post=mailbox,
            )
        )
    errors += table.problems
    return people, errors

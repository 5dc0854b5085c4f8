"""Can a citizen be notified under eForvaltningsforskriften § 8? The Kontaktregisteret (KRR) rules.

Sender-ordered DPI notices go to the e-mail address and mobile number the person has in KRR
(reference dpi-notifications.md §6). A person can be notified on a channel only when

* ``reservasjon`` is ``NEI`` (a reserved person gets paper post, not notices),
* ``status`` is ``AKTIV`` and ``varslingsstatus`` is ``KAN_VARSLES``,
* the channel's address is present, and
* that address was updated or verified within the last 18 months (§ 32, "18-månedersregelen",
  checked per channel: the e-mail can be stale while the mobile number is fresh).

Without ``digital_post`` the letter does not go to a digital mailbox at all (it is printed),
so no sender-ordered notice goes out either; that is reported beside the channels.

Fødselsnumre are personal data: :func:`mask_pid` is what the screen shows unless the user asks,
and nothing here logs. Plain functions, no I/O; the records come from the KRR lookup API
(:mod:`desktop_app.integrations.krr`) or from an exported list (the service).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from stdnum.exceptions import ValidationError
from stdnum.no import fodselsnummer as _fnr

from desktop_app.domain.identifiers import mask_person_numbers
from desktop_app.domain.notices import Channel

STALE_AFTER_MONTHS = 18  # § 32 [V] dpi-notifications.md §7
MAX_PER_LOOKUP = 1000  # KRR: 1..1000 identifiers per call [V] dpi-notifications.md §7


class Reason(Enum):
    """Why a person cannot be notified (on one channel or at all); ``label_nb`` for the user."""

    INVALID_PID = "ugyldig_fnr"
    NOT_FOUND = "ikke_registrert"
    DELETED = "slettet"
    RESERVED = "reservert"
    CANNOT_NOTIFY = "kan_ikke_varsles"
    NO_ADDRESS = "mangler_adresse"
    STALE = "utdatert"
    NO_DIGITAL_POST = "ingen_digital_postkasse"

    @property
    def label_nb(self) -> str:
        return _REASON_NB[self]


_REASON_NB = {
    Reason.INVALID_PID: "fødselsnummeret er ikke gyldig (sjekk sifrene)",
    Reason.NOT_FOUND: "finnes ikke i Kontaktregisteret",
    Reason.DELETED: "slettet i Kontaktregisteret",
    Reason.RESERVED: "har reservert seg mot digital kommunikasjon",
    Reason.CANNOT_NOTIFY: "Kontaktregisteret sier at personen ikke kan varsles",
    Reason.NO_ADDRESS: "ingen adresse registrert",
    Reason.STALE: "adressen er ikke oppdatert eller bekreftet på over 18 måneder",
    Reason.NO_DIGITAL_POST: "har ingen digital postkasse: brevet går på papir, uten varsel",
}


@dataclass(frozen=True, slots=True)
class KrrPerson:
    """What KRR says about one person (only the fields the § 8 check needs)."""

    pid: str
    reservation: str = ""  # JA | NEI
    status: str = ""  # AKTIV | SLETTET | IKKE_REGISTRERT
    notification_status: str = ""  # KAN_VARSLES | KAN_IKKE_VARSLES
    email: str = ""
    email_changed: datetime | None = None  # latest of *_oppdatert and *_sist_verifisert
    mobile: str = ""
    mobile_changed: datetime | None = None
    digital_post: bool | None = None  # None: the list says nothing about it


@dataclass(frozen=True, slots=True)
class ChannelVerdict:
    channel: Channel
    ok: bool
    reasons: tuple[Reason, ...] = ()
    changed: datetime | None = None


@dataclass(frozen=True, slots=True)
class Contactability:
    pid: str
    valid_pid: bool
    channels: tuple[ChannelVerdict, ...]
    person_reasons: tuple[Reason, ...] = ()  # reasons that close every channel
    digital_post: bool | None = None

    def can(self, channel: Channel) -> bool:
        return any(v.ok for v in self.channels if v.channel is channel)

    @property
    def can_notify(self) -> bool:
        return any(v.ok for v in self.channels)

    @property
    def masked(self) -> str:
        return mask_pid(self.pid)

    def reasons_nb(self) -> list[str]:
        """Every reason in plain bokmål, channel reasons prefixed with the channel."""
        texts = [r.label_nb for r in self.person_reasons]
        if texts:
            return texts  # every channel is closed anyway; its own reasons add only noise
        for verdict in self.channels:
            texts += [f"{verdict.channel.label_nb}: {r.label_nb}" for r in verdict.reasons]
        return texts


@dataclass
class ContactSummary:
    people: int = 0
    by_email: int = 0
    by_sms: int = 0
    by_any: int = 0
    nobody: int = 0
    stale: int = 0
    reasons: dict[Reason, int] = field(default_factory=dict)


def mask_pid(pid: str) -> str:
    """``12037140099`` → ``120371 *****``: the birth date stays (to tell people apart), the
    personal number is hidden. Anything not 11 digits is hidden entirely."""
    digits = "".join(ch for ch in pid if ch.isdigit())
    if len(digits) != 11:
        return "*" * max(len(digits), 3)
    return mask_person_numbers(digits)


def check_pid(text: str) -> str | None:
    """The 11-digit fødselsnummer (or D-nummer) when its check digits hold, else ``None``."""
    try:
        return _fnr.validate(text.replace(" ", "").replace(".", ""))
    except ValidationError:
        return None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(changed: datetime | None, today: date) -> bool:
    """Older than 18 months (or unknown): must not be used for § 8 notices."""
    if changed is None:
        return True
    return add_months(changed.date(), STALE_AFTER_MONTHS) < today


def assess(person: KrrPerson, today: date) -> Contactability:
    """Which channels may carry a § 8 notice to this person, and why not."""
    valid = check_pid(person.pid) is not None
    closed: list[Reason] = []  # the clearest reason first
    if not valid:
        closed.append(Reason.INVALID_PID)
    status = person.status.upper()
    if status == "IKKE_REGISTRERT":
        closed.append(Reason.NOT_FOUND)
    elif status == "SLETTET":
        closed.append(Reason.DELETED)
    if person.reservation.upper() in ("JA", "J", "YES", "TRUE"):
        closed.append(Reason.RESERVED)
    if person.notification_status.upper() == "KAN_IKKE_VARSLES":
        closed.append(Reason.CANNOT_NOTIFY)
    if person.digital_post is False:
        closed.append(Reason.NO_DIGITAL_POST)
    verdicts = []
    for channel, address, changed in (
        (Channel.EPOST, person.email, person.email_changed),
        (Channel.SMS, person.mobile, person.mobile_changed),
    ):
        reasons: list[Reason] = []
        if not address.strip():
            reasons.append(Reason.NO_ADDRESS)
        elif is_stale(changed, today):
            reasons.append(Reason.STALE)
        verdicts.append(
            ChannelVerdict(channel, not closed and not reasons, tuple(reasons), changed)
        )
    return Contactability(person.pid, valid, tuple(verdicts), tuple(closed), person.digital_post)


def summarise(results: Iterable[Contactability]) -> ContactSummary:
    summary = ContactSummary()
    for result in results:
        summary.people += 1
        summary.by_email += result.can(Channel.EPOST)
        summary.by_sms += result.can(Channel.SMS)
        summary.by_any += result.can_notify
        summary.nobody += not result.can_notify
        summary.stale += any(Reason.STALE in v.reasons for v in result.channels)
        for reason in set(result.person_reasons).union(*(v.reasons for v in result.channels)):
            summary.reasons[reason] = summary.reasons.get(reason, 0) + 1
    return summary


# --- KRR's JSON (the lookup API and its exported form) -----------------------------------


def parse_timestamp(value: Any) -> datetime | None:
    """KRR timestamps: ISO 8601, offsets like ``+02`` or ``+02:00`` or ``Z``."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    if len(text) >= 3 and text[-3] in "+-" and text[-2:].isdigit() and "T" in text:
        text += ":00"  # "+02" → "+02:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def latest(*moments: datetime | None) -> datetime | None:
    known = [m for m in moments if m is not None]
    if not known:
        return None
    return max(known, key=lambda m: m.timestamp())


def person_from_krr(data: Mapping[str, Any], *, asked_digital_post: bool = True) -> KrrPerson:
    """One element of KRR's ``personer`` list (v1/v2 field names, reference §7).

    ``asked_digital_post``: the lookup had the ``krr:global/digitalpost.read`` scope, so a
    missing ``digital_post`` means the person has no digital mailbox (not "unknown")."""
    contact = data.get("kontaktinformasjon") or {}
    return KrrPerson(
        pid=str(data.get("personidentifikator", "")),
        reservation=str(data.get("reservasjon", "")),
        status=str(data.get("status", "")),
        notification_status=str(data.get("varslingsstatus", "")),
        email=str(contact.get("epostadresse") or ""),
        email_changed=latest(
            parse_timestamp(contact.get("epostadresse_oppdatert")),
            parse_timestamp(contact.get("epostadresse_sist_verifisert")),
        ),
        mobile=str(contact.get("mobiltelefonnummer") or ""),
        mobile_changed=latest(
            parse_timestamp(contact.get("mobiltelefonnummer_oppdatert")),
            parse_timestamp(contact.get("mobiltelefonnummer_sist_verifisert")),
        ),
        digital_post=_has_digital_post(data, asked_digital_post),
    )


def _has_digital_post(data: Mapping[str, Any], asked: bool) -> bool | None:
    """``None`` when the answer cannot say (the lookup lacked the digital-post scope)."""
    if "digital_post" not in data:
        return False if asked and str(data.get("status", "")).upper() == "AKTIV" else None
    digital = data["digital_post"]
    return isinstance(digital, Mapping) and bool(digital.get("postkasseadresse"))


def batches(pids: list[str], size: int = MAX_PER_LOOKUP) -> list[list[str]]:
    return [pids[i : i + size] for i in range(0, len(pids), size)]

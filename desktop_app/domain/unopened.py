"""The unopened check: confidential letters to businesses that nobody has opened.

Rule (from the issue; built on svarut.md §3.1): a shipment is AT RISK when it is confidential
(``taushetsbelagtPost``), goes to an organisation number (9 digits) and its status shows nobody
has opened it: VARSLET, SENDT_DIGITALT or IKKE_LEVERT. LEST, PRINTET, SENDT_PRINT,
MANUELT_HANDTERT (and the other delivered statuses) are not at risk. Statuses still in
transit, failed or deleted cannot be judged from the file: they are UNKNOWN, with what to do.

Urgency is scaled by the municipality's answer to the risk question in the DigiVestland letter
(18.08.2023): 1a "businesses get digital post only" (nothing is ever printed, so an unopened
letter stays unopened) or 1b "print when not opened digitally" (VARSLET letters go to paper
after the lesefrist).

Plain Python: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, IntEnum
from operator import attrgetter

from desktop_app.domain.bulk import no_cyclic_gc
from desktop_app.domain.svarut import Shipment, ShipmentStatus

S = ShipmentStatus

# A VARSLET letter should have gone to print within the lesefrist (40 h to 3 days seen, svarut.md
# §5). Still VARSLET this many days after sending means the paper fallback did not happen. [G]
STALE_NOTIFIED_DAYS = 7


class RiskLevel(Enum):
    AT_RISK = "at_risk"
    NOT_AT_RISK = "not_at_risk"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Risk:
    level: RiskLevel
    reason: str  # bokmål, says what it means and what to do
    # Unopened and maybe confidential, but the file gives no org.nr to tie it to a recipient:
    # the check cannot say it is safe, so it must never read as «nothing found».
    untied: bool = False

    @property
    def at_risk(self) -> bool:
        return self.level is RiskLevel.AT_RISK


class DigitalOnlySetting(Enum):
    """The municipality's SvarUt setting for letters to businesses (DigiVestland question 1)."""

    DIGITAL_ONLY = "1a"  # businesses get digital post only: nothing is printed
    PRINT_WHEN_UNREAD = "1b"  # printed and posted when not opened within the lesefrist
    UNKNOWN = "unknown"


class Urgency(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label_nb(self) -> str:
        return {3: "Haster", 2: "Bør sjekkes snart", 1: "Lav"}[self.value]


# --- Reasons, one per outcome (bokmål) -----------------------------------------------------------

_ASSUMED = (
    " Filen sier ikke om brevet er taushetsbelagt, så Postvakt regner det som taushetsbelagt."
)
_UNOPENED_REASON = {
    S.VARSLET: "Mottakeren er varslet i Altinn, men har ikke åpnet brevet. Kontakt mottakeren og "
    "be dem åpne det; noen må ha tilgang til taushetsbelagt post i Altinn.",
    S.SENDT_DIGITALT: "Lesefristen gikk ut uten at brevet ble åpnet, og det blir ikke sendt på "
    "papir. Kontakt mottakeren og be dem åpne det i Altinn.",
    S.IKKE_LEVERT: "Brevet kunne ikke leveres digitalt og blir ikke sendt på papir. Kontakt "
    "mottakeren og send brevet på nytt på en annen måte.",
}
_DONE_REASON = {
    S.LEST: "Mottakeren har åpnet (lastet ned) brevet.",
    S.PRINTET: "Brevet er skrevet ut og sendt i posten.",
    S.SENDT_PRINT: "Brevet er sendt til utskrift og kommer i posten.",
    S.MANUELT_HANDTERT: "Forsendelsen er avsluttet manuelt i SvarUt. Se forsendelsesloggen "
    "hvis du vil vite hva som ble gjort.",
    S.LEVERT_SDP: "Brevet er levert til mottakerens digitale postkasse.",
    S.LEVERT_NHN_MOTTAKER: "Brevet er levert til mottakeren gjennom Norsk helsenett.",
}
_IN_TRANSIT = (
    "Forsendelsen er ikke kommet fram ennå ({label}). Sjekk den igjen senere; står den slik i "
    "flere dager, kontakt brukerstøtte for SvarUt."
)
_OPEN_REASON = {
    S.MOTTATT: _IN_TRANSIT.format(label="Mottatt"),
    S.AKSEPTERT: _IN_TRANSIT.format(label="Akseptert"),
    S.SENDT_SDP: _IN_TRANSIT.format(label="Sendt til SDP"),
    S.SENDT_NHN_MOTTAKER: _IN_TRANSIT.format(label="Sendt til NHN-mottaker"),
    S.KLAR_FOR_MOTTAK: "Venter på at mottakerens fagsystem henter forsendelsen (SvarInn). "
    "Spør mottakeren hvis den ikke er hentet etter et par dager.",
    S.AVVIST: "SvarUt avviste forsendelsen, så den er aldri sendt. Send brevet på nytt.",
    S.FEILET_UNDER_MOTTAK: "Forsendelsen feilet da SvarUt tok imot den, så den er aldri "
    "sendt. Send brevet på nytt.",
    S.SLETTET: "Forsendelsen er slettet i SvarUt. Se forsendelsesloggen for siste status før "
    "den ble slettet.",
}
assert set(_UNOPENED_REASON) | set(_DONE_REASON) | set(_OPEN_REASON) == set(ShipmentStatus)

UNOPENED_STATUSES = frozenset(_UNOPENED_REASON)
"""Statuses that show nobody has opened the letter."""

_RISK_UNOPENED = {s: Risk(RiskLevel.AT_RISK, r) for s, r in _UNOPENED_REASON.items()}
_RISK_UNOPENED_ASSUMED = {
    s: Risk(RiskLevel.AT_RISK, r + _ASSUMED) for s, r in _UNOPENED_REASON.items()
}
_RISK_DONE = {s: Risk(RiskLevel.NOT_AT_RISK, r) for s, r in _DONE_REASON.items()}
_RISK_OPEN = {s: Risk(RiskLevel.UNKNOWN, r) for s, r in _OPEN_REASON.items()}
_RISK_PERSON = Risk(
    RiskLevel.NOT_AT_RISK,
    "Mottakeren er en person, ikke en virksomhet. Sjekken gjelder bare taushetsbelagt post "
    "til virksomheter.",
)
_RISK_NOT_CONFIDENTIAL = Risk(RiskLevel.NOT_AT_RISK, "Brevet er ikke taushetsbelagt.")
_RISK_NO_RECIPIENT = Risk(
    RiskLevel.UNKNOWN,
    "Brevet er ikke åpnet, men filen mangler mottakerens organisasjonsnummer. Finn "
    "forsendelsen i SvarUt og sjekk hvem den gikk til.",
    untied=True,
)
_RISK_BAD_RECIPIENT = Risk(
    RiskLevel.UNKNOWN,
    "Brevet er ikke åpnet, men mottakerens nummer er verken et organisasjonsnummer (9 siffer) "
    "eller et fødselsnummer (11 siffer). Excel fjerner ofte en null foran; sjekk forsendelsen "
    "i SvarUt.",
    untied=True,
)
_RISK_NO_STATUS = Risk(RiskLevel.UNKNOWN, "Statusen mangler i filen. Sjekk forsendelsen i SvarUt.")


def risk_of(shipment: Shipment) -> Risk:
    """Whether this one letter may lie unopened, and why (in bokmål)."""
    rid = shipment.recipient_id
    if len(rid) == 11 and rid.isdigit():
        return _RISK_PERSON
    confidential = shipment.confidential
    if confidential is False:
        return _RISK_NOT_CONFIDENTIAL
    status = shipment.status
    if status is None:
        if not shipment.status_text.strip():
            return _RISK_NO_STATUS
        return Risk(
            RiskLevel.UNKNOWN,
            f"Postvakt kjenner ikke statusen «{shipment.status_text.strip()}». "
            "Sjekk forsendelsen i SvarUt.",
        )
    risk = _RISK_UNOPENED.get(status)
    if risk is None:
        return _RISK_DONE.get(status) or _RISK_OPEN[status]
    if len(rid) != 9 or not rid.isdigit():
        return _RISK_NO_RECIPIENT if not rid else _RISK_BAD_RECIPIENT
    return risk if confidential else _RISK_UNOPENED_ASSUMED[status]


def urgency_of(
    shipment: Shipment, setting: DigitalOnlySetting, now: datetime | None = None
) -> Urgency:
    """How soon an at-risk letter needs follow-up, given the municipality's setting."""
    status = shipment.status
    if status is not S.VARSLET:
        return Urgency.HIGH  # SENDT_DIGITALT / IKKE_LEVERT: no paper is coming
    if shipment.digital_only or setting is DigitalOnlySetting.DIGITAL_ONLY:
        return Urgency.HIGH  # will never be printed
    if setting is DigitalOnlySetting.PRINT_WHEN_UNREAD:
        sent = shipment.sent_at
        if now is not None and sent is not None and (now - sent).days >= STALE_NOTIFIED_DAYS:
            return Urgency.MEDIUM  # should have been printed by now
        return Urgency.LOW  # goes to print after the lesefrist
    return Urgency.MEDIUM


# --- Classification ------------------------------------------------------------------------------


@dataclass(slots=True)
class RecipientGroup:
    """All at-risk letters to one organisation number."""

    orgnr: str
    name: str
    shipments: list[Shipment]
    urgency: Urgency
    oldest_sent: datetime | None
    age_days: int | None  # days since the oldest letter was sent

    @property
    def count(self) -> int:
        return len(self.shipments)


@dataclass(slots=True)
class UnopenedResult:
    groups: list[RecipientGroup]  # most urgent first
    at_risk: list[Shipment]
    unknown: list[tuple[Shipment, Risk]]  # cannot be judged from the file; each with what to do
    not_at_risk_count: int
    setting: DigitalOnlySetting
    now: datetime

    @property
    def at_risk_count(self) -> int:
        return len(self.at_risk)

    @property
    def untied(self) -> list[Shipment]:
        """Unopened letters that may be confidential but cannot be tied to a recipient (no
        org.nr in the file). While there are any, the check has not shown that all is well."""
        return [s for s, risk in self.unknown if risk.untied]

    @property
    def total(self) -> int:
        return len(self.at_risk) + len(self.unknown) + self.not_at_risk_count


def age_in_days(now: datetime, then: datetime) -> int:
    """Whole days from ``then`` to ``now``, never below 0: a letter dated after the moment of
    the check (a clock that was ahead when it was sent, or is behind now) is 0 days old."""
    return max(0, (now - then).days)


def classify(
    shipments: Iterable[Shipment],
    now: datetime,
    setting: DigitalOnlySetting = DigitalOnlySetting.UNKNOWN,
) -> UnopenedResult:
    """Sort every shipment into at risk / not at risk / unknown, and group the at-risk ones by
    recipient org.nr, most urgent first: urgency, then the oldest letter, then the count.

    Each letter is judged by :func:`risk_of`. One shortcut first: a letter the file marks as
    not confidential is not at risk, whoever it went to (the first two rules of ``risk_of``),
    so only the others are judged one by one; in an export most letters are not confidential."""
    items = shipments if isinstance(shipments, list) else list(shipments)
    judged = [s for s in items if s.confidential is not False]
    not_at_risk = len(items) - len(judged)
    at_risk: list[Shipment] = []
    unknown: list[tuple[Shipment, Risk]] = []
    by_org: dict[str, list[Shipment]] = {}
    AT, NOT = RiskLevel.AT_RISK, RiskLevel.NOT_AT_RISK
    with no_cyclic_gc():
        for shipment in judged:
            risk = risk_of(shipment)
            level = risk.level
            if level is NOT:
                not_at_risk += 1
            elif level is AT:
                at_risk.append(shipment)
                group = by_org.get(shipment.recipient_id)
                if group is None:
                    by_org[shipment.recipient_id] = [shipment]
                else:
                    group.append(shipment)
            else:
                unknown.append((shipment, risk))

    groups = []
    for orgnr, members in by_org.items():
        dates = [s.sent_at for s in members if s.sent_at is not None]
        if len(dates) == len(members):
            members.sort(key=_SENT_AT)  # oldest first
            oldest = members[0].sent_at
        else:  # letters without a date go last
            members.sort(key=lambda s: (s.sent_at is None, s.sent_at or now))
            oldest = min(dates) if dates else None
        name = next((s.recipient_name for s in members if s.recipient_name), "")
        age = age_in_days(now, oldest) if oldest is not None else None
        groups.append(
            RecipientGroup(orgnr, name, members, _urgency(members, setting, now), oldest, age)
        )
    groups.sort(
        key=lambda g: (
            -g.urgency,
            -(g.age_days if g.age_days is not None else -1),
            -g.count,
            g.name.casefold(),
            g.orgnr,
        )
    )
    return UnopenedResult(groups, at_risk, unknown, not_at_risk, setting, now)


_SENT_AT = attrgetter("sent_at")


def _urgency(members: list[Shipment], setting: DigitalOnlySetting, now: datetime) -> Urgency:
    """The most urgent of a recipient's letters (stops at the first HIGH one)."""
    urgency = Urgency.LOW
    for shipment in members:
        this = urgency_of(shipment, setting, now)
        if this > urgency:
            urgency = this
            if this is Urgency.HIGH:
                break
    return urgency

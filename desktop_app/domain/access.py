"""Who may read confidential post ("taushetsbelagt post") for each org number, who actually
can, and who is notified: the rules behind the coverage matrix and its flags.

Nobody has this access by default, not even daglig leder or hovedadministrator
(altinn.md §4). Access comes from the Altinn 3 access package "Post til virksomheten med
taushetsbelagt innhold", or from older roles (A0286, A0287, A0288, SENS01) for services
5504/1-3 where they still show. Each org number is its own Altinn party.

Plain Python, no I/O; texts are bokmål.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from stdnum.no import fodselsnummer

from desktop_app.domain.contacts import NotificationAddress, address_key
from desktop_app.language import t

# --- What gives access (altinn.md §4.2, §4.3) ---------------------------------------------------

PACKAGE_URN = "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold"
PACKAGE_NAME = "Post til virksomheten med taushetsbelagt innhold"
# An older docs page spells the package without hyphens; accept both when reading [I].
PACKAGE_URNS = frozenset(
    {PACKAGE_URN, "urn:altinn:accesspackage:posttilvirksomhetenmedtaushetsbelagtinnhold"}
)

# Older roles that still show in Altinn 3 (provider Altinn 2), with the services they opened.
LEGACY_ROLES: dict[str, str] = {
    "A0286": "Taushetsbelagt post (helse, sosial og omsorg; tjeneste 5504/1)",
    "A0287": "Taushetsbelagt post – oppvekst og utdanning (tjeneste 5504/2)",
    "A0288": "Taushetsbelagt post – administrasjon (tjeneste 5504/3)",
    "SENS01": "Taushetsbelagt post fra kommunen",
}
PACKAGE_CODE = "PAKKE"  # how Postvakt writes the access package in a holder's list of grants


def grant_code(text: str) -> str | None:
    """A grant as written in a list or by the API → ``PAKKE`` or a role code; None when it
    gives no access to confidential post. Accepts URNs, codes and the names."""
    raw = (text or "").strip()
    if not raw:
        return None
    low = raw.casefold()
    if (
        low in PACKAGE_URNS
        or "taushetsbelagt innhold" in low
        or "taushetsbelagt-innhold" in low
        or low in ("pakke", "tilgangspakke")
    ):
        return PACKAGE_CODE
    code = low.rsplit(":", 1)[-1].upper()
    if code in LEGACY_ROLES:
        return code
    for role, name in LEGACY_ROLES.items():
        if low == name.casefold():
            return role
    if low.startswith("5504"):
        return {"5504/1": "A0286", "5504/2": "A0287", "5504/3": "A0288"}.get(low.replace(" ", ""))
    return None


def grant_label(code: str) -> str:
    if code == PACKAGE_CODE:
        return f"Tilgangspakke «{PACKAGE_NAME}»"
    return f"Eldre rolle {code}: {LEGACY_ROLES.get(code, code)}"


# --- People --------------------------------------------------------------------------------------


class Reason(StrEnum):
    BARNEVERN = "barnevern"
    HELSE = "helse"
    SKOLE = "skole"
    ADMINISTRASJON = "administrasjon"
    ANNET = "annet"


REASON_LABELS = {
    Reason.BARNEVERN: "Barnevern",
    Reason.HELSE: "Helse og omsorg",
    Reason.SKOLE: "Skole og oppvekst",
    Reason.ADMINISTRASJON: "Administrasjon",
    Reason.ANNET: "Annet",
}


class HolderSource(StrEnum):
    API = "api"
    MANUAL = "manuell"
    IMPORT = "import"
    PORTAL = "portal"  # read from the portal's own download («Last ned til fil»)


SOURCE_LABELS = {
    HolderSource.API: "Altinn",
    HolderSource.MANUAL: "Ført inn for hånd",
    HolderSource.IMPORT: "Importert",
    HolderSource.PORTAL: "Altinn-portalens nedlasting",
}


def person_key(name: str, contact: str) -> str:
    """What two records of the same person are matched by: the e-mail (or username) when
    there is one, else the name."""
    c = (contact or "").strip()
    if c:
        return address_key(c)
    return " ".join((name or "").casefold().split())


@dataclass(frozen=True)
class ApprovedReader:
    """Someone the municipality has decided should read confidential post for ``orgnr``."""

    id: int | None
    orgnr: str
    name: str
    email: str  # e-mail or another identifier the person is known by
    reason: Reason
    mobile: str = ""
    approved_by: str = ""
    approved_on: date | None = None

    @property
    def key(self) -> str:
        return person_key(self.name, self.email)

    def owns(self, address_value: str) -> bool:
        k = address_key(address_value)
        return bool(k) and k in {address_key(self.email), address_key(self.mobile)} - {""}


@dataclass(frozen=True)
class Holder:
    """Someone who actually has access in Altinn for ``orgnr`` (package or older roles)."""

    id: int | None
    orgnr: str
    name: str
    email: str
    grants: tuple[str, ...]  # PACKAGE_CODE and/or role codes
    source: HolderSource = HolderSource.MANUAL
    party_uuid: str = ""  # the person's party in Altinn, when read from the API

    @property
    def key(self) -> str:
        return person_key(self.name, self.email)


def check_person_identifier(text: str) -> tuple[str | None, str | None]:
    """What Altinn's PersonInput takes as ``personIdentifier``: an 11-digit fødselsnummer
    (checked by its control digits before Altinn counts a failed lookup, altinn.md §2.3
    AM-26) or an Altinn username. Returns (value, None) or (None, bokmål error)."""
    raw = "".join((text or "").split())
    if not raw:
        return None, "Skriv inn fødselsnummeret (11 siffer) eller brukernavnet i Altinn."
    if raw.isdigit():
        if len(raw) != 11:
            return None, (
                f"Et fødselsnummer har 11 siffer; her er det {len(raw)}. Sjekk at du "
                "har fått med alle."
            )
        if not fodselsnummer.is_valid(raw):
            return None, (
                "Kontrollsifrene i fødselsnummeret stemmer ikke. Sjekk at det er skrevet av riktig."
            )
    return raw, None


class Person(Protocol):
    """Anyone with a name and an e-mail address: an approved reader, a holder, a grant."""

    @property
    def name(self) -> str: ...

    @property
    def email(self) -> str: ...


def same_person(a: Person, b: Person) -> bool:
    if a.email.strip() and b.email.strip():
        return address_key(a.email) == address_key(b.email)
    return person_key(a.name, "") == person_key(b.name, "")


# --- The coverage matrix -------------------------------------------------------------------------


class Level(StrEnum):
    OK = "ok"  # green
    WARN = "warn"  # amber
    BAD = "bad"  # red
    UNKNOWN = "unknown"  # not read from Altinn and not recorded by hand: no colour, no verdict


LEVEL_LABELS = {
    Level.OK: "I orden",
    Level.WARN: "Bør sjekkes",
    Level.BAD: "Ingen kan lese",
    Level.UNKNOWN: "Ukjent",
}

UNKNOWN_HOLDERS = "Ukjent: ikke lest fra Altinn ennå. Les tilgangene, eller før dem inn."
UNKNOWN_ADDRESSES = "Varslingsadressene er ikke lest fra Altinn ennå."


# ER registration types whose units inherit packages from the main unit they are registered
# under (the roles "hovedenhet" and "ikke-næringsdrivende hovedenhet"); an organisasjonsledd
# inherits nothing [V: Access Management's RoleSyncService; I: not seen in a live portal].
INHERITING_FORMS = frozenset({"BEDR", "AAFY"})


def inherits_from(org_form: str | None, parent_orgnr: str | None) -> str | None:
    """The main unit whose access packages also apply to a unit, if any."""
    return parent_orgnr if (org_form or "").upper() in INHERITING_FORMS else None


@dataclass(frozen=True)
class UnitRef:
    orgnr: str
    name: str
    deleted: bool = False
    # The main unit whose access packages also apply here: set for sub-units registered
    # under it as BEDR or AAFY, never for an organisasjonsledd (altinn-portal.md §D).
    inherits_from: str | None = None


@dataclass(frozen=True)
class PortalRead:
    """Holders of an org number read from the Altinn portal's own download («Last ned til
    fil»): when Postvakt read the file in (ISO-8601 UTC), the day it was downloaded (ISO
    date, from its name; None: not known) and the file's name."""

    read_at: str
    downloaded_on: str | None
    file_name: str


def portal_read_is_newer(portal: PortalRead | None, api_read_at: str | None) -> bool:
    """Whether what Postvakt holds for a unit came last from the portal's download (each read
    replaces what the other read before)."""
    return portal is not None and (not api_read_at or portal.read_at >= api_read_at)


def older_than_known(
    downloaded_on: str | None, api_read_at: str | None, portal: PortalRead | None
) -> bool:
    """A download is older than what is known when Altinn was read on a later day, or a
    file downloaded later was read in before. Unknown download days are never older."""
    if not downloaded_on:
        return False
    if api_read_at and api_read_at[:10] > downloaded_on:
        return True
    return bool(portal and portal.downloaded_on and portal.downloaded_on > downloaded_on)


@dataclass
class CoverageRow:
    orgnr: str
    name: str
    approved: list[ApprovedReader]
    holders: list[Holder]
    extras: list[Holder]  # holders not on the approved list
    missing: list[ApprovedReader]  # approved but without access yet
    addresses: list[NotificationAddress]
    level: Level = Level.OK
    problems: list[str] = field(default_factory=list)  # bokmål, most serious first
    inherited: list[Holder] = field(default_factory=list)  # hold it through the main unit
    holders_known: bool = True  # read from Altinn, or recorded by hand or from a list
    holders_read_at: str | None = None  # ISO-8601 UTC of the last read from Altinn
    addresses_known: bool = True
    addresses_read_at: str | None = None
    portal_read: PortalRead | None = None  # holders read from the portal's download

    @property
    def holders_from_portal(self) -> bool:
        """What is known of the holders came last from the portal's download."""
        return portal_read_is_newer(self.portal_read, self.holders_read_at)

    @property
    def has_approved(self) -> bool:
        return bool(self.approved)

    @property
    def has_reader(self) -> bool:
        return bool(self.holders)

    @property
    def has_notification(self) -> bool:
        return bool(self.addresses)

    @property
    def summary(self) -> str:
        if self.problems:
            return self.problems[0]
        return "Godkjent leser har tilgang, og varsling er satt opp."


def coverage(
    units: Iterable[UnitRef],
    approved: Iterable[ApprovedReader],
    holders: Iterable[Holder],
    addresses: Iterable[NotificationAddress],
    holders_read: Mapping[str, str] | None = None,
    addresses_read: Mapping[str, str] | None = None,
    portal_reads: Mapping[str, PortalRead] | None = None,
) -> list[CoverageRow]:
    """One row per org number, in the order of ``units``.

    Red: nobody can read confidential post there. Amber: someone can, but the approved list
    is empty, someone not on it has access, an approved reader lacks access, or nobody is
    notified. Green: otherwise. Unknown: Postvakt has neither read the unit's holders from
    Altinn (``holders_read``: org.nr → when) or from the portal's download
    (``portal_reads``) nor had them recorded by hand or from a list, so it says nothing
    about who can read there. Without ``holders_read`` /
    ``addresses_read`` everything given counts as known.
    """
    approved = list(approved)
    holders = list(holders)
    addresses = list(addresses)
    addresses_known = (
        None if addresses_read is None else addresses_known_units(addresses_read, addresses)
    )
    rows = []
    for unit in units:
        portal = portal_reads.get(unit.orgnr) if portal_reads is not None else None
        row = _coverage_row(
            unit,
            approved,
            holders,
            addresses,
            holders_read,
            addresses_read,
            addresses_known,
            portal,
        )
        rows.append(row)
    return rows


def addresses_known_units(
    read: Iterable[str], addresses: Iterable[NotificationAddress]
) -> set[str]:
    """The org numbers whose notification addresses are known: read from Altinn (``read``:
    the org numbers read), or with some address recorded for them. The others are unknown,
    not «without an address»."""
    return set(read) | {a.orgnr for a in addresses}


def _coverage_row(
    unit: UnitRef,
    approved: list[ApprovedReader],
    holders: list[Holder],
    addresses: list[NotificationAddress],
    holders_read: Mapping[str, str] | None,
    addresses_read: Mapping[str, str] | None,
    addresses_known: set[str] | None,
    portal: PortalRead | None = None,
) -> CoverageRow:
    a = [r for r in approved if r.orgnr == unit.orgnr]
    h = [x for x in holders if x.orgnr == unit.orgnr]
    inherited = [
        x
        for x in holders
        if unit.inherits_from
        and x.orgnr == unit.inherits_from
        and PACKAGE_CODE in x.grants
        and not any(same_person(x, y) for y in h)
    ]
    h += inherited
    extras = [x for x in h if not any(same_person(x, r) for r in a)]
    missing = [r for r in a if not any(same_person(x, r) for x in h)]
    ad = [x for x in addresses if x.orgnr == unit.orgnr]
    row = CoverageRow(unit.orgnr, unit.name, a, h, extras, missing, ad, inherited=inherited)
    row.portal_read = portal
    if holders_read is not None:
        row.holders_read_at = holders_read.get(unit.orgnr)
        # Read from Altinn or its portal's download (also when nobody holds it there), or
        # anyone recorded (typed, imported, or through the main unit): a fact.
        row.holders_known = bool(row.holders_read_at) or portal is not None or bool(h)
    if addresses_read is not None and addresses_known is not None:
        row.addresses_read_at = addresses_read.get(unit.orgnr)
        row.addresses_known = unit.orgnr in addresses_known
    if not row.holders_known:
        row.level = Level.UNKNOWN
        row.problems.append(t(UNKNOWN_HOLDERS))
        if not row.addresses_known:
            row.problems.append(t(UNKNOWN_ADDRESSES))
        return row
    if not h:
        row.level = Level.BAD
        row.problems.append(
            t("Ingen kan lese taushetsbelagt post her. Gi tilgang til en godkjent leser.")
            if a
            else t(
                "Ingen kan lese taushetsbelagt post her, og ingen er godkjent som leser. Velg "
                "hvem som skal ha tilgangen."
            )
        )
    if extras:
        names = ", ".join(x.name for x in extras)
        row.problems.append(
            t(
                "Har tilgang uten å stå på godkjent-listen: {names}. Godkjenn eller fjern "
                "tilgangen.",
                names=names,
            )
        )
    if h and not a:
        row.problems.append(t("Ingen står på godkjent-listen. Før opp hvem som skal lese."))
    if h and missing:
        names = ", ".join(r.name for r in missing)
        row.problems.append(t("Godkjent, men har ikke fått tilgang ennå: {names}.", names=names))
    if not row.addresses_known:
        row.problems.append(t(UNKNOWN_ADDRESSES))
    elif not ad:
        row.problems.append(t("Ingen varslingsadresse. Ingen får beskjed om ny post."))
    if row.level is not Level.BAD and row.problems:
        row.level = Level.WARN
    return row


def nobody_can_read(rows: Iterable[CoverageRow]) -> int:
    """How many org numbers are known to have nobody who can read confidential post."""
    return sum(1 for r in rows if r.holders_known and not r.has_reader)


@dataclass(frozen=True)
class CoverageCounts:
    """The one summary of the coverage that every page shows."""

    total: int
    bad: int
    warn: int
    ok: int
    unknown: int
    oldest_read: str | None  # the oldest last read from Altinn among the units read
    # Notification addresses: units known to have none, and units where that is not known
    # (not read from Altinn and none recorded by hand).
    no_address: int = 0
    addresses_unknown: int = 0

    @property
    def known(self) -> int:
        return self.total - self.unknown


def coverage_counts(rows: Sequence[CoverageRow]) -> CoverageCounts:
    reads = [r.holders_read_at for r in rows if r.holders_read_at]
    count = {level: sum(1 for r in rows if r.level is level) for level in Level}
    return CoverageCounts(
        len(rows),
        count[Level.BAD],
        count[Level.WARN],
        count[Level.OK],
        count[Level.UNKNOWN],
        min(reads) if reads else None,
        sum(1 for r in rows if r.addresses_known and not r.addresses),
        sum(1 for r in rows if not r.addresses_known),
    )


# --- Flags about notification addresses ----------------------------------------------------------


class FlagKind(StrEnum):
    NO_ADDRESS = "ingen_adresse"
    NOT_APPROVED = "ikke_godkjent"
    CANNOT_READ = "kan_ikke_lese"


FLAG_LABELS = {
    FlagKind.NO_ADDRESS: "Ingen varslingsadresse",
    FlagKind.NOT_APPROVED: "Adressen tilhører ingen godkjent leser",
    FlagKind.CANNOT_READ: "Varsles uten å kunne lese",
}


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    orgnr: str
    text: str  # bokmål
    address: str = ""


def address_flags(
    units: Iterable[UnitRef],
    approved: Iterable[ApprovedReader],
    holders: Iterable[Holder],
    addresses: Iterable[NotificationAddress],
) -> list[Flag]:
    """What is wrong with the notification set-up, per org number:

    * an org number without any address (nobody hears about new post);
    * an address that belongs to nobody on the workspace's approved list (for example a shared
      mailbox or a person who left);
    * an approved person notified for an org number where they cannot read the post.
    """
    approved = list(approved)
    holders = list(holders)
    addresses = list(addresses)
    flags: list[Flag] = []
    for unit in units:
        mine = [a for a in addresses if a.orgnr == unit.orgnr]
        if not mine:
            flags.append(
                Flag(
                    FlagKind.NO_ADDRESS,
                    unit.orgnr,
                    f"{unit.name} har ingen varslingsadresse. Legg til adressen til "
                    "den som skal lese posten.",
                )
            )
            continue
        readers_here = [h for h in holders if h.orgnr == unit.orgnr]
        for address in mine:
            owners = [r for r in approved if r.owns(address.value)]
            if not owners:
                flags.append(
                    Flag(
                        FlagKind.NOT_APPROVED,
                        unit.orgnr,
                        f"{address.shown} tilhører ingen på godkjent-listen. Sjekk "
                        "hvem som leser denne adressen, eller bytt den ut.",
                        address.value,
                    )
                )
                continue
            owner = owners[0]
            if not any(same_person(owner, h) for h in readers_here):
                flags.append(
                    Flag(
                        FlagKind.CANNOT_READ,
                        unit.orgnr,
                        f"{owner.name} varsles for {unit.name}, men har ikke tilgang "
                        "til å lese taushetsbelagt post der.",
                        address.value,
                    )
                )
    return flags


# --- The routine ---------------------------------------------------------------------------------

REVIEW_INTERVALS = (1, 3, 6, 12)  # months a user can choose between


@dataclass(frozen=True)
class RoutineSettings:
    approver_title: str = ""  # the role that approves access, e.g. "kommunedirektør"
    approver_name: str = ""
    administrator: str = ""  # who carries out grants and revocations in Altinn
    review_months: int = 6
    reviewer: str = ""
    notes: str = ""


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(d, 31))
        except ValueError:
            continue
    return date(year, month, 28)


def next_review(
    settings: RoutineSettings, last_review: date | None, started: date | None = None
) -> date | None:
    """When the next review is due: the interval after the last review (or after the routine
    was set up, when no review has been done)."""
    base = last_review or started
    if base is None:
        return None
    return add_months(base, max(1, settings.review_months))


def review_due(
    settings: RoutineSettings, last_review: date | None, today: date, started: date | None = None
) -> bool:
    due = next_review(settings, last_review, started)
    return due is not None and today >= due

"""Workspaces and the organisation units in them (hovedenhet, organisasjonsledd, underenheter).

A workspace is one municipality. Its org units are the organisation numbers that can receive
post on the municipality's behalf: the kommune itself (KOMM), its organisasjonsledd (ORGL)
and its underenheter (BEDR). Plain data and small rules; no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

# Where an org unit came from.
SOURCE_DEMO = "demo"
SOURCE_MANUAL = "manuell"
SOURCE_REGISTRY = "enhetsregisteret"
SOURCES = (SOURCE_DEMO, SOURCE_MANUAL, SOURCE_REGISTRY)

# Organisasjonsform codes from Enhetsregisteret, in plain bokmål.
ORG_FORM_LABELS: dict[str, str] = {
    "KOMM": "Kommune",
    "FYLK": "Fylkeskommune",
    "ORGL": "Organisasjonsledd",
    "BEDR": "Underenhet (bedrift)",
    "AAFY": "Underenhet (ikke næringsdrivende)",
    "IKS": "Interkommunalt selskap",
    "KF": "Kommunalt foretak",
    "FKF": "Fylkeskommunalt foretak",
    "STAT": "Staten",
    "SF": "Statsforetak",
    "AS": "Aksjeselskap",
    "ASA": "Allmennaksjeselskap",
    "ENK": "Enkeltpersonforetak",
    "STI": "Stiftelse",
    "FLI": "Forening/lag/innretning",
    "SAM": "Tingsrettslig sameie",
    "DA": "Selskap med delt ansvar",
    "ANS": "Ansvarlig selskap",
}

# Forms that are a legal entity of their own (a hovedenhet) in the public sector.
MAIN_UNIT_FORMS = frozenset({"KOMM", "FYLK", "STAT"})
# What a workspace is for: a municipality (KOMM) or a county (FYLK).
WORKSPACE_FORMS = frozenset({"KOMM", "FYLK"})
# KS-Kommunesektorens organisasjon: the supplier the DPI right is delegated to, never a
# workspace of its own (the same number as domain.dpi_onboarding.KS_ORGNR).
KS_ORGNR = "971032146"


# What a new workspace's number may not be, and the warning when it is not a municipality or
# county (bokmål; views translate them through ``dtr``, the warning with its fields).
KS_IS_NOT_A_MUNICIPALITY = (
    "971 032 146 er KS-Kommunesektorens organisasjon, som kommunen gir retten til å "
    "sende DPI. Skriv inn kommunens eget organisasjonsnummer."
)
NOT_A_MUNICIPALITY = (
    "Enhetsregisteret sier at dette er «{name}» ({form}), ikke en kommune eller "
    "fylkeskommune. Sjekk organisasjonsnummeret. Du kan likevel opprette arbeidsflaten."
)
UNKNOWN_TO_THE_REGISTER = (
    "Enhetsregisteret kjenner ikke dette organisasjonsnummeret som hovedenhet. Sjekk "
    "nummeret. Du kan likevel opprette arbeidsflaten."
)


def workspace_orgnr_problem(orgnr: str) -> str | None:
    """Why ``orgnr`` (compact, valid) cannot be a workspace's municipality, or None."""
    return KS_IS_NOT_A_MUNICIPALITY if orgnr == KS_ORGNR else None


def workspace_form_warning(org_form: str | None, name: str) -> str | None:
    """A warning when Enhetsregisteret says the number is not a municipality or county."""
    if not org_form or org_form.upper() in WORKSPACE_FORMS:
        return None
    return NOT_A_MUNICIPALITY.format(name=name, form=org_form.upper())


SUB_UNIT_FORMS = frozenset({"BEDR", "AAFY"})


def org_form_label(code: str | None) -> str:
    """``"ORGL"`` → ``"Organisasjonsledd"``; an unknown code is shown as it is."""
    if not code:
        return "Ukjent"
    return ORG_FORM_LABELS.get(code.upper(), code)


@dataclass(frozen=True)
class Workspace:
    id: int
    name: str
    orgnr: str  # the municipality's own organisation number, 9 digits
    is_demo: bool
    created_at: str  # ISO-8601, UTC


class UnitStatus(StrEnum):
    """What Enhetsregisteret says about a unit (stored as the value)."""

    UNCHECKED = ""  # never looked up (demo data, or added by hand and not refreshed yet)
    ACTIVE = "aktiv"
    DELETED = "slettet"  # slettedato set
    CLOSED = "nedlagt"  # underenhet with nedleggelsesdato
    BANKRUPT = "konkurs"
    WINDING_UP = "under_avvikling"
    FORCED_WINDING_UP = "tvangsavvikling"  # underTvangsavviklingEllerTvangsopplosning
    NOT_FOUND = "ikke_funnet"  # 404/410: the number is not (or no longer) in the register

    @property
    def is_problem(self) -> bool:
        """The unit cannot be relied on to receive post: show it in red."""
        return self not in (UnitStatus.UNCHECKED, UnitStatus.ACTIVE)


@dataclass(frozen=True)
class OrgUnit:
    orgnr: str
    name: str
    org_form: str  # Enhetsregisteret code: KOMM, ORGL, BEDR, …
    parent_orgnr: str | None = None
    source: str = SOURCE_MANUAL
    deleted: bool = False  # deleted in Enhetsregisteret (slettet), kept so history makes sense
    # From the last refresh (empty until then), so the page works offline:
    address: str = ""  # one line: "Rådhusplassen 1, 5999 FJORDVIK"
    status: str = UnitStatus.UNCHECKED.value  # a UnitStatus value
    status_date: str | None = None  # ISO date of slettedato / nedleggelsesdato / konkursdato
    daglig_leder: str | None = None  # the name (hovedenheter only: roles are per enhet)
    fetched_at: str | None = None  # ISO-8601 UTC of the refresh that saw it

    @property
    def unit_status(self) -> UnitStatus:
        try:
            status = UnitStatus(self.status or "")
        except ValueError:
            status = UnitStatus.UNCHECKED
        if self.deleted and status is not UnitStatus.DELETED:
            return UnitStatus.DELETED
        return status

    @property
    def is_main_unit(self) -> bool:
        return self.org_form.upper() in MAIN_UNIT_FORMS or (
            self.parent_orgnr is None and self.org_form.upper() not in SUB_UNIT_FORMS
        )


def _rank(unit: OrgUnit) -> int:
    form = unit.org_form.upper()
    if form in MAIN_UNIT_FORMS:
        return 0
    if form == "ORGL":
        return 1
    if form in SUB_UNIT_FORMS:
        return 2
    return 3


def sort_units(units: Iterable[OrgUnit]) -> list[OrgUnit]:
    """Hovedenhet first, then organisasjonsledd, then underenheter; by name within each.

    Units deleted in Enhetsregisteret come last in their group.
    """
    return sorted(units, key=lambda u: (_rank(u), u.deleted, u.name.casefold(), u.orgnr))


def children_of(units: Iterable[OrgUnit], parent_orgnr: str) -> list[OrgUnit]:
    """The units directly below ``parent_orgnr``, sorted as :func:`sort_units`."""
    return sort_units(u for u in units if u.parent_orgnr == parent_orgnr)

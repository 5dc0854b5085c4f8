"""Who should have what, for many org numbers at once: the difference between what the
municipality wants and what Altinn has, as a plan a person reads before anything changes.

The IT coordinator says once who should read confidential post (and which notification
addresses each org number should have) for all units, a selection, or a unit and its
sub-units. :func:`plan_access` and :func:`plan_addresses` compare that with what was read
from Altinn and return the changes, each with the org number, who and why.

Rules (Altinn 3, read from Access Management's source; ``shared/reference/altinn-portal.md``
§D):

* A package given on a main unit also applies to its sub-units registered under it as
  ``BEDR`` or ``AAFY`` (the ER roles "hovedenhet" and "ikke-næringsdrivende hovedenhet") [V].
  An organisasjonsledd (``ORGL``) inherits nothing and needs its own grant [I: read from
  the code, not seen in a live portal].
* So the plan gives the fewest grants that cover exactly the wanted org numbers: a grant on
  a main unit when the main unit itself is wanted (its wanted sub-units are then covered
  through it), else one grant per wanted unit. It never grants a main unit only to reach
  its sub-units, since that would give the package for every sub-unit, wanted or not.
* An org number named in the list is made exact: anyone who holds the package there
  without being named for it is planned for removal. Units the list does not name are left
  alone.
* Notification addresses: the new ones are added before the old ones are removed, so an
  org number is never left without one (Altinn requires at least one).

Plain Python, no I/O; texts are bokmål.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.domain.access import (
    PACKAGE_CODE,
    ApprovedReader,
    Holder,
    Reason,
    inherits_from,
    person_key,
)
from desktop_app.domain.contacts import AddressKind, NotificationAddress, address_key
from desktop_app.domain.identifiers import format_orgnr


class Change(StrEnum):
    GRANT = "gi"
    REVOKE = "fjern"
    ADD_ADDRESS = "legg_til_adresse"
    REMOVE_ADDRESS = "fjern_adresse"


CHANGE_LABELS = {
    Change.GRANT: "Gi tilgang",
    Change.REVOKE: "Fjern tilgang",
    Change.ADD_ADDRESS: "Legg til varslingsadresse",
    Change.REMOVE_ADDRESS: "Fjern varslingsadresse",
}


@dataclass(frozen=True)
class PlanUnit:
    """An org number as the plan needs it: its name and where it sits."""

    orgnr: str
    name: str
    org_form: str = ""
    parent_orgnr: str | None = None

    @property
    def inherits_from(self) -> str | None:
        """The main unit whose packages also apply here, if any."""
        return inherits_from(self.org_form, self.parent_orgnr)


@dataclass(frozen=True)
class WantedReader:
    """One person who should read confidential post for ``orgnr``."""

    orgnr: str
    name: str
    email: str = ""
    identifier: str = ""  # fødselsnummer or Altinn username; needed only to grant
    last_name: str = ""
    reason: Reason = Reason.ANNET
    line: int | None = None  # where it came from in an imported list

    @property
    def key(self) -> str:
        return person_key(self.name, self.email)


@dataclass(frozen=True)
class WantedAddress:
    orgnr: str
    kind: AddressKind
    value: str  # normalised as NotificationAddress.value
    line: int | None = None


@dataclass(frozen=True)
class PlanItem:
    change: Change
    orgnr: str
    unit_name: str
    who: str  # the person's name, or the address as shown
    why: str  # in bokmål: why this change is in the plan
    covers: tuple[str, ...] = ()  # other wanted org numbers this grant covers (inheritance)
    missing: str = ""  # what must be filled in before it can be done ("" when ready)
    reader: WantedReader | None = None  # for a grant
    holder: Holder | None = None  # for a revocation
    address: NotificationAddress | None = None  # for removing an address
    wanted_address: WantedAddress | None = None  # for adding one

    @property
    def key(self) -> str:
        """Stable across re-planning, so a failed item can be retried alone."""
        target = self.who.casefold()
        if self.reader is not None:
            target = self.reader.key
        elif self.holder is not None:
            target = self.holder.key
        elif self.address is not None:
            target = address_key(self.address.value)
        elif self.wanted_address is not None:
            target = address_key(self.wanted_address.value)
        return f"{self.change.value}:{self.orgnr}:{target}"

    @property
    def label(self) -> str:
        return CHANGE_LABELS[self.change]

    @property
    def ready(self) -> bool:
        return not self.missing


@dataclass(frozen=True)
class Inherited:
    """A wanted org number that needs no grant of its own."""

    orgnr: str
    who: str
    via_orgnr: str


@dataclass(frozen=True)
class Plan:
    items: tuple[PlanItem, ...]
    inherited: tuple[Inherited, ...] = ()
    unchanged: int = 0  # wanted grants or addresses that are already in place
    unknown_units: tuple[str, ...] = ()  # org numbers in the list that are not in the workspace
    # Readers to put on Postvakt's approved list (the municipality's own decision record);
    # done locally, before the changes in Altinn.
    approvals: tuple[WantedReader, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.items and not self.approvals

    def count(self, change: Change) -> int:
        return sum(1 for i in self.items if i.change is change)

    def summary(self) -> str:
        """One line: what the plan will do."""
        if self.empty:
            return "Ingenting å endre: Altinn har allerede det listen sier."
        if not self.items:
            return (
                f"Altinn har allerede det listen sier. {len(self.approvals)} føres opp på "
                "godkjent-listen i Postvakt."
            )
        parts = []
        for change in Change:
            n = self.count(change)
            if n:
                parts.append(f"{CHANGE_LABELS[change].lower()}: {n}")
        text = "Planen har " + _items(len(self.items)) + " (" + ", ".join(parts) + ")."
        if self.inherited:
            text += (
                f" {len(self.inherited)} organisasjonsnumre dekkes gjennom hovedenheten "
                "og trenger ingen egen tildeling."
            )
        if self.approvals:
            text += (
                f" {len(self.approvals)} føres også opp på godkjent-listen i Postvakt, med grunnen."
            )
        return text


def _items(n: int) -> str:
    return "1 endring" if n == 1 else f"{n} endringer"


# --- Confidential-post access -------------------------------------------------------------------


def plan_access(
    units: Sequence[PlanUnit],
    wanted: Iterable[WantedReader],
    holders: Iterable[Holder],
    approved: Iterable[ApprovedReader] = (),
) -> Plan:
    """Grants and revocations that make Altinn match ``wanted`` for the org numbers it names,
    and the wanted readers not yet on the approved list.

    ``holders`` is what was read from Altinn (or recorded by hand) for the workspace."""
    by_orgnr = {u.orgnr: u for u in units}
    wanted = list(wanted)
    unknown = tuple(sorted({w.orgnr for w in wanted if w.orgnr not in by_orgnr}))
    wanted = [w for w in wanted if w.orgnr in by_orgnr]
    holding = [h for h in holders if h.grants]

    def holds(orgnr: str, key: str, name: str, email: str) -> bool:
        return any(
            h.orgnr == orgnr and PACKAGE_CODE in h.grants and _same(h, key, name, email)
            for h in holding
        )

    # Per person, the org numbers they should read for.
    people: dict[str, list[WantedReader]] = {}
    for w in wanted:
        people.setdefault(w.key, []).append(w)

    items: list[PlanItem] = []
    inherited: list[Inherited] = []
    unchanged = 0
    for rows in people.values():
        orgnrs = {w.orgnr for w in rows}
        # Typed once for the person: the identifier and surname serve every org number.
        identifier = next((w.identifier for w in rows if w.identifier), "")
        last_name = next((w.last_name for w in rows if w.last_name), "") or _last_name(rows[0].name)
        for w in _unique_by_orgnr(rows):
            unit = by_orgnr[w.orgnr]
            parent = unit.inherits_from
            if parent is not None and parent in orgnrs:
                inherited.append(Inherited(w.orgnr, w.name, parent))
                continue
            if holds(w.orgnr, w.key, w.name, w.email):
                unchanged += 1
                continue
            covers = tuple(sorted(o for o in orgnrs if by_orgnr[o].inherits_from == w.orgnr))
            why = "Står på listen over dem som skal lese taushetsbelagt post"
            if w.reason is not Reason.ANNET:
                why += f" ({w.reason.value})"
            why += "."
            if covers:
                why += " Gis på hovedenheten og gjelder da også " + _orgnrs(covers) + "."
            missing = ""
            if not identifier:
                missing = "Fødselsnummeret (eller brukernavnet i Altinn) mangler."
            elif not last_name:
                missing = "Etternavnet mangler."
            reader = WantedReader(w.orgnr, w.name, w.email, identifier, last_name, w.reason, w.line)
            items.append(
                PlanItem(
                    Change.GRANT, w.orgnr, unit.name, w.name, why, covers, missing, reader=reader
                )
            )

    named_units = {w.orgnr for w in wanted}
    wanted_keys = {(w.orgnr, w.key) for w in wanted}
    wanted_names = {(w.orgnr, _name_key(w.name)) for w in wanted}
    for h in holding:
        if h.orgnr not in named_units:
            continue
        if (h.orgnr, h.key) in wanted_keys or (h.orgnr, _name_key(h.name)) in wanted_names:
            continue
        unit = by_orgnr[h.orgnr]
        items.append(
            PlanItem(
                Change.REVOKE,
                h.orgnr,
                unit.name,
                h.name,
                "Har tilgangen, men står ikke på listen for dette organisasjonsnummeret.",
                holder=h,
            )
        )
    items.sort(key=lambda i: (i.change is not Change.GRANT, i.orgnr, i.who.casefold()))
    on_list = {(a.orgnr, _name_key(a.name)) for a in approved} | {
        (a.orgnr, a.key) for a in approved if a.email
    }
    approvals: list[WantedReader] = []
    for w in wanted:
        if (w.orgnr, _name_key(w.name)) in on_list or (w.email and (w.orgnr, w.key) in on_list):
            continue
        on_list.add((w.orgnr, _name_key(w.name)))
        approvals.append(w)
    return Plan(tuple(items), tuple(inherited), unchanged, unknown, tuple(approvals))


def _unique_by_orgnr(rows: list[WantedReader]) -> list[WantedReader]:
    seen: set[str] = set()
    out = []
    for w in rows:
        if w.orgnr not in seen:
            seen.add(w.orgnr)
            out.append(w)
    return out


def _same(h: Holder, key: str, name: str, email: str) -> bool:
    """The same person: the same e-mail, or the same name. Altinn often shows another
    e-mail than the one on the list (the person's own profile), and a name is unique
    enough within one org number; matching leniently avoids removing someone by mistake."""
    if h.email.strip() and email.strip() and h.key == key:
        return True
    return _name_key(h.name) == _name_key(name)


def _name_key(name: str) -> str:
    return " ".join((name or "").casefold().split())


def _last_name(name: str) -> str:
    parts = (name or "").split()
    return parts[-1] if len(parts) > 1 else ""


def _orgnrs(orgnrs: Sequence[str]) -> str:
    shown = [format_orgnr(o) for o in orgnrs[:5]]
    more = len(orgnrs) - len(shown)
    return ", ".join(shown) + (f" og {more} til" if more > 0 else "")


# --- Notification addresses ---------------------------------------------------------------------


def plan_addresses(
    units: Sequence[PlanUnit],
    wanted: Iterable[WantedAddress],
    actual: Iterable[NotificationAddress],
) -> Plan:
    """Additions first, then removals, so that no org number is left without an address."""
    by_orgnr = {u.orgnr: u for u in units}
    wanted = list(wanted)
    unknown = tuple(sorted({w.orgnr for w in wanted if w.orgnr not in by_orgnr}))
    wanted = [w for w in wanted if w.orgnr in by_orgnr]
    actual = list(actual)
    have = {(a.orgnr, address_key(a.value)) for a in actual}
    want = {(w.orgnr, address_key(w.value)) for w in wanted}
    adds: list[PlanItem] = []
    unchanged = 0
    seen: set[tuple[str, str]] = set()
    for w in wanted:
        k = (w.orgnr, address_key(w.value))
        if k in seen:
            continue
        seen.add(k)
        if k in have:
            unchanged += 1
            continue
        adds.append(
            PlanItem(
                Change.ADD_ADDRESS,
                w.orgnr,
                by_orgnr[w.orgnr].name,
                NotificationAddress(None, w.orgnr, w.kind, w.value).shown,
                "Står på listen over varslingsadresser.",
                wanted_address=w,
            )
        )
    named_units = {w.orgnr for w in wanted}
    removes = [
        PlanItem(
            Change.REMOVE_ADDRESS,
            a.orgnr,
            by_orgnr[a.orgnr].name,
            a.shown,
            "Står ikke på listen over varslingsadresser for dette organisasjonsnummeret.",
            address=a,
        )
        for a in actual
        if a.orgnr in named_units and (a.orgnr, address_key(a.value)) not in want
    ]
    adds.sort(key=lambda i: (i.orgnr, i.who))
    removes.sort(key=lambda i: (i.orgnr, i.who))
    return Plan(tuple(adds + removes), (), unchanged, unknown)


# --- Results ------------------------------------------------------------------------------------


class Outcome(StrEnum):
    DONE = "utført"
    FAILED = "feilet"
    SKIPPED = "ikke utført"


@dataclass(frozen=True)
class ItemResult:
    item: PlanItem
    outcome: Outcome
    message: str = ""


def failed_keys(results: Iterable[ItemResult]) -> set[str]:
    """The items to offer again: those that failed or were not reached."""
    return {r.item.key for r in results if r.outcome is not Outcome.DONE}


def results_summary(results: Sequence[ItemResult]) -> str:
    done = sum(1 for r in results if r.outcome is Outcome.DONE)
    failed = sum(1 for r in results if r.outcome is Outcome.FAILED)
    skipped = sum(1 for r in results if r.outcome is Outcome.SKIPPED)
    text = f"{done} av {len(results)} endringer er utført."
    if failed:
        text += f" {failed} feilet."
    if skipped:
        text += f" {skipped} ble ikke utført."
    if failed or skipped:
        text += " Du kan prøve de som gjenstår på nytt."
    return text

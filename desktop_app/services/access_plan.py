"""Many org numbers at once: read who should have what, plan the difference from what
Altinn has, apply it with progress and cancel, and report per item.

The rules of the plan are in :mod:`desktop_app.domain.access_plan`. Each change goes
through the access or notification service, which does it in Altinn, reads back and
records it in the audit log in the same transaction as the local record; this service adds
one entry for the plan as a whole. A failed item never stops the others, and what was done
stays done: the failed items can be retried alone.

No Qt; the window and ``postvakt-cli tilgang|varsling`` share it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.access import Reason, check_person_identifier
from desktop_app.domain.access_plan import (
    Change,
    ItemResult,
    Outcome,
    Plan,
    PlanItem,
    PlanUnit,
    WantedAddress,
    WantedReader,
    plan_access,
    plan_addresses,
)
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.contacts import check_address, check_email
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.importers.svarut_export import normalise_header
from desktop_app.importers.tabular import RowError, TableError, read_table
from desktop_app.services.confidential_access import (
    AccessApi,
    AccessError,
    ConfidentialAccessService,
    GrantPerson,
)
from desktop_app.services.notification_contacts import (
    NotificationApi,
    NotificationContactsService,
)
from desktop_app.services.recording import Recorder
from desktop_app.storage.workspaces import WorkspaceRepository

# The columns of a list, with the headings people write for them (the first is shown).
LIST_HEADERS: dict[str, tuple[str, ...]] = {
    "orgnr": ("Organisasjonsnummer", "Orgnr", "Org.nr", "Org nr", "Enhet", "Virksomhet orgnr"),
    "name": ("Navn", "Person", "Leser", "Name"),
    "identifier": ("Fødselsnummer", "Fødselsnr", "Fnr", "Personnummer", "Brukernavn"),
    "last_name": ("Etternavn",),
    "email": ("E-post", "Epost", "E-postadresse", "Email"),
    "reason": ("Grunn", "Hvorfor", "Begrunnelse", "Behov"),
    "address": ("Varslingsadresse", "Adresse", "E-post eller mobil", "Mobil", "Mobilnummer"),
}
_FIELD = {normalise_header(n): f for f, names in LIST_HEADERS.items() for n in names}
ALL_UNITS = ("alle", "*", "alle enheter", "alle organisasjonsnumre")
_REASONS = {r.value: r for r in Reason} | {
    "helse og omsorg": Reason.HELSE,
    "skole og oppvekst": Reason.SKOLE,
    "oppvekst": Reason.SKOLE,
    "admin": Reason.ADMINISTRASJON,
}


class PlanError(Exception):
    """A list that cannot be planned from, with a bokmål message that says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class WantedList:
    readers: list[WantedReader] = field(default_factory=list)
    addresses: list[WantedAddress] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    source_name: str = ""


def expand_units(text: str, units: Sequence[PlanUnit]) -> tuple[list[str], str | None]:
    """An org-number cell → the org numbers it means: one org number, ``alle`` (every unit
    of the workspace), or an org number followed by ``+`` (the unit and the units registered
    under it). Returns (org numbers, None) or ([], bokmål error)."""
    raw = (text or "").strip()
    if raw.casefold() in ALL_UNITS:
        return [u.orgnr for u in units], None
    with_children = raw.endswith("+")
    checked = check_orgnr(raw.rstrip("+ ").strip())
    if not checked.ok or checked.value is None:
        return [], checked.error or "Ugyldig organisasjonsnummer."
    orgnr = checked.value
    if not with_children:
        return [orgnr], None
    return [orgnr] + [u.orgnr for u in units if u.parent_orgnr == orgnr], None


class AccessPlanService:
    def __init__(
        self,
        access: ConfidentialAccessService,
        notifications: NotificationContactsService,
        recorder: Recorder,
    ) -> None:
        self.access = access
        self.notifications = notifications
        self.recorder = recorder
        self.workspaces = WorkspaceRepository(recorder.db)

    # -- the workspace's units ---------------------------------------------------------
    def units(self, workspace_id: int) -> list[PlanUnit]:
        return [
            PlanUnit(u.orgnr, u.name, u.org_form or "", u.parent_orgnr)
            for u in self.workspaces.list_org_units(workspace_id)
            if not u.deleted
        ]

    # -- reading a list ----------------------------------------------------------------
    def read_list(
        self,
        workspace_id: int,
        source: str | os.PathLike[str] | bytes,
        source_name: str | None = None,
    ) -> WantedList:
        """Readers and/or notification addresses from a CSV or Excel list. A bad row is
        reported with its line; the others are read."""
        try:
            table = read_table(source)
        except TableError as exc:
            raise PlanError(str(exc)) from None
        columns: dict[str, int] = {}
        for i, header in enumerate(table.headers):
            f = _FIELD.get(normalise_header(header)) if header else None
            if f and f not in columns:
                columns[f] = i
        if "orgnr" not in columns or not ({"name", "address"} & columns.keys()):
            raise PlanError(
                "Listen må ha kolonnen «Organisasjonsnummer» og enten «Navn» (hvem som skal "
                "lese taushetsbelagt post) eller «Varslingsadresse». Skriv «alle» i "
                "organisasjonsnummer-kolonnen for alle enhetene, eller et nummer med + etter "
                "for enheten og underenhetene."
            )
        units = self.units(workspace_id)
        known = {u.orgnr for u in units}
        name = (
            source_name
            if source_name is not None
            else ("" if isinstance(source, bytes) else Path(os.fsdecode(source)).name)
        )
        result = WantedList(source_name=name)

        def cell(cells: list, key: str) -> str:
            i = columns.get(key)
            if i is None or i >= len(cells):
                return ""
            return str(cells[i] or "").strip()

        for line, cells in table.rows:
            if not any(str(c or "").strip() for c in cells):
                continue
            orgnrs, error = expand_units(cell(cells, "orgnr"), units)
            if error is None:
                outside = [o for o in orgnrs if o not in known]
                if outside:
                    error = (
                        f"{format_orgnr(outside[0])} er ikke en virksomhet i arbeidsflaten. "
                        "Legg den til under Virksomheter, og les listen på nytt."
                    )
            if error is not None:
                result.errors.append(RowError(line, f"Linje {line}: {error}"))
                continue
            value = lambda key, cells=cells: cell(cells, key)  # noqa: E731
            problem = _read_person(value, orgnrs, line, result)
            if problem is None:
                problem = _read_address(value, orgnrs, line, result)
            if problem:
                result.errors.append(RowError(line, f"Linje {line}: {problem}"))
        result.errors.extend(table.problems)
        result.errors.sort(key=lambda e: e.line or 0)
        return result

    # -- planning ----------------------------------------------------------------------
    def plan_access(self, workspace_id: int, wanted: Iterable[WantedReader]) -> Plan:
        """The changes that make what Postvakt last read from Altinn match ``wanted``."""
        return plan_access(
            self.units(workspace_id),
            wanted,
            self.access.holders(workspace_id),
            self.access.approved(workspace_id),
        )

    def plan_addresses(self, workspace_id: int, wanted: Iterable[WantedAddress]) -> Plan:
        return plan_addresses(
            self.units(workspace_id), wanted, self.notifications.addresses(workspace_id)
        )

    # -- applying ----------------------------------------------------------------------
    def apply(
        self,
        state: TaskState,
        workspace_id: int,
        plan: Plan,
        *,
        access_api: AccessApi | None = None,
        notification_api: NotificationApi | None = None,
        only: set[str] | None = None,
    ) -> list[ItemResult]:
        """Do the plan's items (``only``: just the items with these keys, for a retry), one
        at a time. Each is done, read back and recorded by its service; a failure is kept
        with its reason and the rest go on. Cancelling stops before the next item."""
        items = [i for i in plan.items if only is None or i.key in only]
        if only is None and plan.approvals:
            self._approve(workspace_id, plan.approvals)
        results: list[ItemResult] = []
        for n, item in enumerate(items):
            if state.cancelled:
                results.append(ItemResult(item, Outcome.SKIPPED, "Stoppet før den ble gjort."))
                continue
            state.progress(n, len(items), f"{item.label}: {item.who} – {item.unit_name}")
            results.append(self._apply_one(workspace_id, item, access_api, notification_api))
        state.progress(len(items), len(items), "Ferdig")
        counts = {o.value: sum(1 for r in results if r.outcome is o) for o in Outcome}
        self.recorder.write(
            workspace_id,
            "access.plan_applied",
            {
                "endringer": len(results),
                **counts,
                "gi": plan.count(Change.GRANT),
                "fjern": plan.count(Change.REVOKE),
                "legg_til_adresse": plan.count(Change.ADD_ADDRESS),
                "fjern_adresse": plan.count(Change.REMOVE_ADDRESS),
            },
        )
        return results

    def _approve(self, workspace_id: int, readers: Sequence[WantedReader]) -> None:
        """Put the wanted readers on the approved list, all in one transaction (each with its
        own audit entry, written by the access service)."""
        with self.recorder.change():
            for r in readers:
                try:
                    self.access.add_approved(workspace_id, r.orgnr, r.name, r.email, r.reason)
                except AccessError:
                    continue  # already there under another spelling: nothing to add

    def _apply_one(
        self,
        workspace_id: int,
        item: PlanItem,
        access_api: AccessApi | None,
        notification_api: NotificationApi | None,
    ) -> ItemResult:
        if not item.ready:
            return ItemResult(item, Outcome.SKIPPED, item.missing)
        try:
            if item.change is Change.GRANT:
                reader = item.reader
                assert reader is not None
                if access_api is None:
                    return ItemResult(item, Outcome.SKIPPED, NEED_SIGN_IN)
                self.access.grant(
                    access_api,
                    workspace_id,
                    item.orgnr,
                    GrantPerson(reader.identifier, reader.last_name, reader.name, reader.email),
                )
            elif item.change is Change.REVOKE:
                assert item.holder is not None
                if access_api is None:
                    return ItemResult(item, Outcome.SKIPPED, NEED_SIGN_IN)
                self.access.revoke(access_api, workspace_id, item.holder)
            elif item.change is Change.ADD_ADDRESS:
                assert item.wanted_address is not None
                if notification_api is None:
                    return ItemResult(item, Outcome.SKIPPED, NEED_SIGN_IN)
                self.notifications.add(
                    notification_api, workspace_id, item.orgnr, item.wanted_address.value
                )
            else:
                assert item.address is not None
                if notification_api is None:
                    return ItemResult(item, Outcome.SKIPPED, NEED_SIGN_IN)
                self.notifications.remove(notification_api, workspace_id, item.address)
        except AccessError as exc:
            return ItemResult(item, Outcome.FAILED, str(exc))
        except Exception:  # any other failure of one item must not stop the rest
            return ItemResult(item, Outcome.FAILED, UNEXPECTED)
        return ItemResult(item, Outcome.DONE)


def _read_person(
    value: Callable[[str], str], orgnrs: list[str], line: int, result: WantedList
) -> str | None:
    """A reader on this row, for each of ``orgnrs``; the problem when the row is wrong."""
    name = " ".join(value("name").split())
    if not name:
        return None
    identifier = value("identifier")
    if identifier:
        checked_id, error = check_person_identifier(identifier)
        if checked_id is None:
            return error
        identifier = checked_id
    email = value("email")
    if email:
        checked = check_email(email)
        if not checked.ok:
            return checked.error
        email = checked.value or email
    reason_text = value("reason").casefold()
    reason = _REASONS.get(reason_text, Reason.ANNET)
    result.readers += [
        WantedReader(o, name, email, identifier, value("last_name"), reason, line) for o in orgnrs
    ]
    return None


def _read_address(
    value: Callable[[str], str], orgnrs: list[str], line: int, result: WantedList
) -> str | None:
    """A notification address on this row, for each of ``orgnrs``."""
    text = value("address")
    if not text:
        return None
    checked = check_address(text)
    if not checked.ok or checked.kind is None or checked.value is None:
        return checked.error or "Ugyldig varslingsadresse."
    result.addresses += [WantedAddress(o, checked.kind, checked.value, line) for o in orgnrs]
    return None


NEED_SIGN_IN = "Ikke gjort: Postvakt er ikke logget inn i Altinn. Logg inn, og prøv denne på nytt."
UNEXPECTED = (
    "Altinn svarte ikke som ventet. Det som er gjort, er lagret; prøv denne på nytt om litt."
)

"""Virksomheter: the inventory of a workspace's org numbers, shared by the window and the CLI.

* :meth:`OrganizationService.refresh` walks Enhetsregisteret down from the municipality,
  looks up saved units the walk did not find, merges, saves the new copy and the previous
  one with the changes, and logs it: all in one transaction at the end, so a failure or a
  cancel leaves the saved copy as it was.
* :meth:`refresh_from_parties` (Test/TT02): the org numbers Altinn says the signed-in
  person can act for (``authorizedparties``), because Enhetsregisteret's open data are
  production data and do not match TT02's synthetic organisations (Tenor test data) [V]
  altinn.md, citing ks-no.github.io ``content/Tjenester/svarut/testmiljo.md``. Saved the
  same way, in one transaction.
* :meth:`add_unit` and :meth:`import_list` add units by hand (checked by the check digit).
* :meth:`overview` is what the page shows, read from the saved copy (works offline).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypedDict, Unpack

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.inventory import Change, diff_units, manual_unit, merge_refresh
from desktop_app.domain.organizations import (
    SOURCE_MANUAL,
    SOURCE_REGISTRY,
    UNKNOWN_TO_THE_REGISTER,
    OrgUnit,
    UnitStatus,
    Workspace,
    workspace_form_warning,
)
from desktop_app.importers.org_list import OrgListResult, parse_org_list, read_org_list
from desktop_app.importers.tabular import RowError
from desktop_app.integrations.altinn_parties import AuthorizedParty
from desktop_app.integrations.enhetsregisteret import (
    EnhetsregisteretClient,
    daglig_leder,
    fetch_inventory,
    unit_from_json,
)
from desktop_app.integrations.environments import ServiceUrls
from desktop_app.services.workspaces import WorkspaceInputError
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.workspaces import RefreshRecord, WorkspaceRepository

ACTION_REFRESHED = "org_units.refreshed"
ACTION_IMPORTED = "org_units.imported"
ACTION_ADDED = "org_unit.added"
ACTION_REMOVED = "org_unit.removed"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Overview:
    """What the page shows: the saved units and the last refresh (None: never refreshed)."""

    workspace_id: int
    units: list[OrgUnit]
    last_refresh: RefreshRecord | None


@dataclass(frozen=True)
class RefreshResult:
    units: list[OrgUnit]
    changes: list[Change]
    fetched_at: str


@dataclass
class ImportOutcome:
    added: list[OrgUnit] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # org numbers the workspace had
    errors: list[RowError] = field(default_factory=list)


class ClientOptions(TypedDict, total=False):
    """What :class:`OrganizationService` may hand :class:`EnhetsregisteretClient`."""

    page_size: int
    max_attempts: int
    min_interval: float


class OrganizationService:
    def __init__(
        self, db: Database, audit: AuditLog | None = None, **client_options: Unpack[ClientOptions]
    ) -> None:
        """``client_options`` go to :class:`EnhetsregisteretClient` (``page_size``,
        ``max_attempts``, ``min_interval``); the defaults are right for use."""
        self.db = db
        self.repo = WorkspaceRepository(db)
        self.audit = audit if audit is not None else AuditLog(db)
        self._client_options = client_options

    def _workspace(self, workspace_id: int) -> Workspace:
        workspace = self.repo.get(workspace_id)
        if workspace is None:
            raise WorkspaceInputError(
                "workspace", "Fant ikke arbeidsflaten. Den kan være slettet i et annet vindu."
            )
        return workspace

    # -- reading (offline) -----------------------------------------------------------------
    def overview(self, workspace_id: int) -> Overview:
        return Overview(
            workspace_id,
            self.repo.list_org_units(workspace_id),
            self.repo.last_refresh(workspace_id),
        )

    def saved_daglig_leder(self, workspace_id: int, orgnr: str) -> str | None:
        """Daglig leder of ``orgnr`` as the last refresh saved it (offline); None when the
        unit is not in the workspace or has none saved. For a fresh answer use
        :func:`desktop_app.integrations.enhetsregisteret.daglig_leder`."""
        return next(
            (u.daglig_leder for u in self.repo.list_org_units(workspace_id) if u.orgnr == orgnr),
            None,
        )

    # -- refresh from Enhetsregisteret -----------------------------------------------------
    def refresh(self, state: TaskState, workspace_id: int, urls: ServiceUrls) -> RefreshResult:
        """Fetch, merge, save and log. Nothing is saved unless everything was fetched."""
        workspace = self._workspace(workspace_id)
        before = self.repo.list_org_units(workspace_id)
        fetched_at = _now()
        with EnhetsregisteretClient(
            urls, cancel=lambda: state.cancelled, sleep=state.wait, **self._client_options
        ) as er:
            fetched = fetch_inventory(
                er,
                workspace.orgnr,
                progress=state.progress,
                check=state.check,
                fetched_at=fetched_at,
            )
            found = {u.orgnr for u in fetched}
            missing = [u for u in before if u.orgnr not in found]
            looked_up: dict[str, OrgUnit | None] = {}
            for i, unit in enumerate(missing):
                state.check()
                state.progress(i, len(missing), f"Slår opp {format_orgnr(unit.orgnr)}")
                looked_up[unit.orgnr] = er.lookup(unit.orgnr, fetched_at)
        after = merge_refresh(before, fetched, looked_up, fetched_at)
        changes = diff_units(before, after)
        state.check()
        with self.db.transaction():
            self.repo.replace_org_units(workspace_id, after)
            self.repo.save_refresh(workspace_id, fetched_at, len(after), before, changes)
            self.audit.append(
                ACTION_REFRESHED,
                {
                    "antall": len(after),
                    "endringer": len(changes),
                    "endret": [f"{c.kind.value}: {c.orgnr}" for c in changes][:200],
                    "miljø": urls.environment.value,
                },
                workspace,
            )
        return RefreshResult(after, changes, fetched_at)

    # -- refresh from Altinn (Test) ---------------------------------------------------------
    def refresh_from_parties(
        self,
        state: TaskState,
        workspace_id: int,
        parties: Iterable[AuthorizedParty],
        environment: Environment,
    ) -> RefreshResult:
        """The inventory from ``authorizedparties``: every organisation the person can act
        for, subunits under their main unit. Units added by hand are kept as they are; units
        from an earlier refresh that Altinn no longer lists are dropped (the change list
        says so). Saved and logged in one transaction, like :meth:`refresh`."""
        workspace = self._workspace(workspace_id)
        before = self.repo.list_org_units(workspace_id)
        fetched_at = _now()
        fetched: dict[str, OrgUnit] = {}

        def add(party: AuthorizedParty, parent: str | None) -> None:
            state.check()
            orgnr = party.organization_number or ""
            if party.is_organisation and check_orgnr(orgnr).ok and orgnr not in fetched:
                fetched[orgnr] = OrgUnit(
                    orgnr,
                    " ".join(party.name.split()),
                    (party.unit_type or "").upper(),
                    parent,
                    SOURCE_REGISTRY,
                    party.is_deleted,
                    status=(UnitStatus.DELETED if party.is_deleted else UnitStatus.ACTIVE).value,
                    fetched_at=fetched_at,
                )
            for sub in party.subunits:
                add(sub, orgnr if orgnr in fetched else parent)

        for party in parties:
            add(party, None)
        found = set(fetched)
        kept = {u.orgnr: u for u in before if u.source == SOURCE_MANUAL and u.orgnr not in found}
        after = merge_refresh(before, fetched.values(), kept, fetched_at)
        changes = diff_units(before, after)
        state.check()
        with self.db.transaction():
            self.repo.replace_org_units(workspace_id, after)
            self.repo.save_refresh(workspace_id, fetched_at, len(after), before, changes)
            self.audit.append(
                ACTION_REFRESHED,
                {
                    "antall": len(after),
                    "endringer": len(changes),
                    "endret": [f"{c.kind.value}: {c.orgnr}" for c in changes][:200],
                    "miljø": environment.value,
                    "kilde": "altinn authorizedparties",
                },
                workspace,
            )
        return RefreshResult(after, changes, fetched_at)

    # -- by hand -------------------------------------------------------------------------
    def add_unit(
        self, workspace_id: int, orgnr_text: str, name: str = "", parent_orgnr: str | None = None
    ) -> OrgUnit:
        """Add one unit typed in by the user. Raises :class:`WorkspaceInputError`."""
        checked = check_orgnr(orgnr_text)
        if checked.value is None:
            raise WorkspaceInputError("orgnr", checked.error or "Ugyldig organisasjonsnummer.")
        with self.db.transaction():
            workspace = self._workspace(workspace_id)
            existing = {u.orgnr: u for u in self.repo.list_org_units(workspace_id)}
            if checked.value in existing:
                raise WorkspaceInputError(
                    "orgnr",
                    f"{format_orgnr(checked.value)} («{existing[checked.value].name}») er "
                    "allerede med i listen.",
                )
            unit = manual_unit(checked.value, name, parent_orgnr)
            self.repo.add_org_unit(workspace_id, unit)
            self.audit.append(
                ACTION_ADDED,
                {"orgnr": unit.orgnr, "navn": unit.name, "kilde": "for hånd"},
                workspace,
            )
        return unit

    def remove_unit(self, workspace_id: int, orgnr: str) -> OrgUnit:
        """Remove a unit the user added (a wrong number, or one that is no longer needed).
        Units from Enhetsregisteret come back with the next refresh, so they cannot be
        removed here. Raises :class:`WorkspaceInputError`."""
        with self.db.transaction():
            workspace = self._workspace(workspace_id)
            unit = next(
                (u for u in self.repo.list_org_units(workspace_id) if u.orgnr == orgnr), None
            )
            if unit is None:
                raise WorkspaceInputError("orgnr", "Enheten er allerede fjernet fra listen.")
            if unit.orgnr == workspace.orgnr or unit.source != SOURCE_MANUAL:
                raise WorkspaceInputError(
                    "orgnr",
                    "Bare enheter som er lagt til for hånd, kan fjernes. Enheter fra "
                    "Enhetsregisteret følger registeret og kommer tilbake ved neste "
                    "oppdatering.",
                )
            self.repo.remove_org_unit(workspace_id, orgnr)
            self.audit.append(ACTION_REMOVED, {"orgnr": unit.orgnr, "navn": unit.name}, workspace)
        return unit

    def import_list(
        self,
        workspace_id: int,
        source: str | os.PathLike[str] | bytes | None = None,
        *,
        text: str | None = None,
        source_name: str = "",
    ) -> ImportOutcome:
        """Import a file (path or bytes) or pasted ``text``. Bad lines are reported; the
        good ones are added (units already in the workspace are left as they are)."""
        parsed: OrgListResult = (
            parse_org_list(text)
            if text is not None
            else read_org_list(source if source is not None else b"")
        )
        outcome = ImportOutcome(errors=list(parsed.errors))
        with self.db.transaction():
            workspace = self._workspace(workspace_id)
            existing = {u.orgnr for u in self.repo.list_org_units(workspace_id)}
            for listed in parsed.units:
                if listed.orgnr in existing:
                    outcome.already.append(listed.orgnr)
                    continue
                unit = manual_unit(listed.orgnr, listed.name)
                self.repo.add_org_unit(workspace_id, unit)
                outcome.added.append(unit)
            self.audit.append(
                ACTION_IMPORTED,
                {
                    "fil": source_name or ("innlimt liste" if text is not None else ""),
                    "lagt_til": [u.orgnr for u in outcome.added],
                    "fantes_fra_før": len(outcome.already),
                    "linjer_hoppet_over": [e.line for e in outcome.errors if e.skipped],
                },
                workspace,
            )
        return outcome


@dataclass(frozen=True)
class RegistryAnswer:
    """What Enhetsregisteret says about a number a workspace is being made for."""

    found: bool
    name: str = ""
    org_form: str = ""
    warning: str | None = None  # bokmål, when it is not a municipality or county


def check_municipality(orgnr: str, urls: ServiceUrls) -> RegistryAnswer:
    """Look ``orgnr`` up in Enhetsregisteret (open data). Raises ServiceError when the register
    cannot be reached (the caller says «ikke sjekket»). Runs off the GUI thread."""
    with EnhetsregisteretClient(urls) as er:
        data = er.get_enhet(orgnr)
    if data is None:
        return RegistryAnswer(False, warning=UNKNOWN_TO_THE_REGISTER)
    unit = unit_from_json(data)
    return RegistryAnswer(
        True, unit.name, unit.org_form, workspace_form_warning(unit.org_form, unit.name)
    )


def look_up_daglig_leder(orgnr: str, urls: ServiceUrls) -> str | None:
    """The daglig leder of ``orgnr`` from Enhetsregisteret (open data, no sign-in needed);
    None when none is registered. Raises ServiceError when the register cannot be reached.
    Runs off the GUI thread."""
    return daglig_leder(orgnr, urls)

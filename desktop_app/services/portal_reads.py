"""Who holds confidential post, read from the Altinn portal's own download («Last ned til fil»).

Where Postvakt cannot read through the API, an administrator downloads the portal's file and
gives it to Postvakt (:mod:`desktop_app.importers.portal_export`). For each org number of the
workspace the file speaks for, what it says replaces what an earlier read of Altinn said
(through the API or an earlier file), and the unit is shown as «Lest fra portalens nedlasting
<dag> (fil <navn>)», not as read from Altinn and not as typed in by hand. A holder typed in
or imported before is confirmed (and replaced) when the file has the same person with the
same access. The access plan then compares against it like against any read.

A file older than what is known (Altinn read on a later day, or a later file read in before)
changes nothing for that unit. Org numbers not in the workspace are counted, not added.
The whole read is one change with one entry in the log, naming who read it in.
No Qt.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.access import (
    PACKAGE_CODE,
    Holder,
    HolderSource,
    PortalRead,
    older_than_known,
    same_person,
)
from desktop_app.domain.cancellation import TaskState
from desktop_app.importers.portal_export import (
    PORTAL_STEPS_NB,
    PortalExportError,
    read_portal_export,
)
from desktop_app.importers.tabular import RowError
from desktop_app.services.confidential_access import (
    READ_HOLDERS,
    AccessError,
    ConfidentialAccessService,
)
from desktop_app.storage.database import utc_now

__all__ = ["PORTAL_STEPS_NB", "PortalReadResult", "PortalReadService"]


@dataclass
class PortalReadResult:
    file_name: str
    downloaded_on: str | None  # ISO date, when the file says
    read: list[str] = field(default_factory=list)  # org numbers whose holders were replaced
    older: list[str] = field(default_factory=list)  # left alone: Altinn was read later
    outside: list[str] = field(default_factory=list)  # in the file, not in the workspace
    holders: int = 0  # people (or organisations) holding confidential post in what was read
    errors: list[RowError] = field(default_factory=list)
    with_subunits: bool = False  # the sub-units were in the download (said, or seen in it)


class PortalReadService:
    def __init__(self, access: ConfidentialAccessService) -> None:
        self.access = access
        self.repo = access.repo
        self.recorder = access.recorder

    def read(
        self,
        workspace_id: int,
        source: str | os.PathLike[str] | bytes,
        file_name: str | None = None,
        state: TaskState | None = None,
        with_subunits: bool = False,
    ) -> PortalReadResult:
        """Read the download and record its holders per org number. Raises
        :class:`AccessError` for a file that is not the download (nothing is changed).

        A sub-unit where nobody has been given anything has no row in the file. So the
        sub-units of the unit the file was downloaded for (those that inherit from it) count
        as read only when ``with_subunits`` (the user switched on «Inkluder fullmakter i …
        sine underenheter»), or when the file has a row for one of them (then the switch was
        on) [I: Altinn's ``subunits`` of a party taken to be those registered under it as
        BEDR or AAFY]."""
        if file_name is None and not isinstance(source, bytes):
            file_name = Path(os.fsdecode(source)).name
        try:
            export = read_portal_export(source, file_name)
        except PortalExportError as exc:
            raise AccessError(str(exc)) from None
        if state is not None:
            state.check()
        day = export.downloaded_on.isoformat() if export.downloaded_on else None
        result = PortalReadResult(export.file_name, day, errors=export.errors)
        workspace_units = self.access.units(workspace_id)
        units = {u.orgnr for u in workspace_units}
        found = export.holders()
        if export.reportee:
            subunits = {u.orgnr for u in workspace_units if u.inherits_from == export.reportee}
            result.with_subunits = with_subunits or bool(subunits & set(found))
            if result.with_subunits:
                for orgnr in subunits:
                    found.setdefault(orgnr, {})
        api_reads = self.repo.reads(workspace_id, READ_HOLDERS)
        portal_reads = self.repo.portal_reads(workspace_id)
        stored = self.repo.holders(workspace_id)
        now = utc_now()
        read_in = PortalRead(now, day, export.file_name)
        evidence: dict[str, list[str]] = {}
        with self.recorder.change():
            for orgnr in sorted(found):
                if orgnr not in units:
                    result.outside.append(orgnr)
                    continue
                if older_than_known(day, api_reads.get(orgnr), portal_reads.get(orgnr)):
                    result.older.append(orgnr)
                    continue
                holders = [
                    Holder(None, orgnr, name, "", tuple(sorted(codes)), HolderSource.PORTAL)
                    for name, codes in found[orgnr].values()
                ]
                if not export.roles_read:
                    holders = _keep_roles(holders, stored, orgnr)
                self._store(workspace_id, orgnr, holders, stored)
                self.repo.mark_portal_read(workspace_id, orgnr, read_in)
                result.read.append(orgnr)
                result.holders += len(holders)
                evidence[orgnr] = [h.name for h in holders]
            self.recorder.write(
                workspace_id,
                "access.holders_read_portal",
                {
                    "kilde": "portal",
                    "fil": export.file_name,
                    "lastet_ned": day or "ukjent",
                    "lest": len(result.read),
                    "innehavere": evidence,
                    "eldre_enn_lest": result.older,
                    "utenfor_arbeidsflaten": len(result.outside),
                    "feil": len(result.errors),
                },
            )
        return result

    def _store(
        self, workspace_id: int, orgnr: str, holders: list[Holder], stored: list[Holder]
    ) -> None:
        # A holder typed in or imported before is confirmed by the same person with (at
        # least) the same access in the file; one the file does not have stays.
        confirmed = [
            h
            for h in stored
            if h.orgnr == orgnr
            and h.source in (HolderSource.MANUAL, HolderSource.IMPORT)
            and h.id is not None
            and any(same_person(h, x) and set(h.grants) <= set(x.grants) for x in holders)
        ]
        self.repo.replace_read_holders(workspace_id, orgnr, holders)
        for h in confirmed:
            if h.id is not None:
                self.repo.remove_holder(workspace_id, h.id)


def _keep_roles(holders: list[Holder], stored: list[Holder], orgnr: str) -> list[Holder]:
    """Without the list of roles the file says nothing about older roles: keep those read
    before, beside the package from the file."""
    out = list(holders)
    for old in stored:
        if old.orgnr != orgnr or old.source not in (HolderSource.API, HolderSource.PORTAL):
            continue
        roles = tuple(g for g in old.grants if g != PACKAGE_CODE)
        if not roles:
            continue
        same = next((i for i, h in enumerate(out) if same_person(h, old)), None)
        if same is None:
            out.append(Holder(None, orgnr, old.name, old.email, roles, HolderSource.PORTAL))
        else:
            h = out[same]
            grants = tuple(dict.fromkeys((*h.grants, *roles)))
            out[same] = Holder(None, orgnr, h.name, h.email, grants, HolderSource.PORTAL)
    return out

"""Workspaces as the user sees them: create one (checked and logged), the demo municipality
on first start, list and delete. Shared by the window and the command line."""

from __future__ import annotations

import json
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.identifiers import check_orgnr, format_orgnr
from desktop_app.domain.organizations import (
    SOURCE_DEMO,
    SOURCE_MANUAL,
    OrgUnit,
    UnitStatus,
    Workspace,
    workspace_orgnr_problem,
)
from desktop_app.resources import demo_dir
from desktop_app.storage.attachments import attachments_folder, delete_workspace_files
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.database import utc_now as _now
from desktop_app.storage.workspaces import WorkspaceRepository

log = logging.getLogger(__name__)

DEMO_FILE = "demo-kommune.json"
DEMO_META_KEY = "demo_workspace"  # JSON: {"id", "created_at", "files", "deleted_at"}
MAX_NAME_LENGTH = 200


class WorkspaceInputError(ValueError):
    """Something the user typed cannot be used. ``field`` is ``"name"`` or ``"orgnr"``;
    ``message`` says in bokmål what to do."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class DemoDataError(RuntimeError):
    """The shipped demo file is missing or malformed (an installation problem)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class DemoState:
    workspace_id: int
    created_at: str
    files: tuple[str, ...]
    deleted_at: str | None = None


class WorkspaceService:
    def __init__(
        self, db: Database, demo_folder: Path | None = None, audit: AuditLog | None = None
    ) -> None:
        self.db = db
        self.repo = WorkspaceRepository(db)
        self.audit = audit if audit is not None else AuditLog(db)
        self._demo_folder = demo_folder
        self._attachments = attachments_folder(db)

    # -- reading ---------------------------------------------------------------------
    def list_workspaces(self) -> list[Workspace]:
        return self.repo.list()

    def get_workspace(self, workspace_id: int) -> Workspace | None:
        return self.repo.get(workspace_id)

    def list_org_units(self, workspace_id: int) -> list[OrgUnit]:
        return self.repo.list_org_units(workspace_id)

    # -- creating --------------------------------------------------------------------
    @staticmethod
    def check_name(name: str) -> str:
        clean = " ".join((name or "").split())
        if not clean:
            raise WorkspaceInputError(
                "name", "Skriv inn et navn på arbeidsflaten, for eksempel «Fjordvik kommune»."
            )
        if len(clean) > MAX_NAME_LENGTH:
            raise WorkspaceInputError(
                "name", f"Navnet er for langt. Bruk høyst {MAX_NAME_LENGTH} tegn."
            )
        return clean

    def check_orgnr_free(self, orgnr_text: str) -> str:
        """The compact org.nr when it is valid and no workspace has it yet."""
        result = check_orgnr(orgnr_text)
        if not result.ok or result.value is None:
            raise WorkspaceInputError("orgnr", result.error or "Ugyldig organisasjonsnummer.")
        problem = workspace_orgnr_problem(result.value)
        if problem:
            raise WorkspaceInputError("orgnr", problem)
        existing = self.repo.find_by_orgnr(result.value)
        if existing is not None:
            raise self._duplicate(result.value, existing.name)
        return result.value

    @staticmethod
    def _duplicate(orgnr: str, name: str) -> WorkspaceInputError:
        return WorkspaceInputError(
            "orgnr",
            f"Det finnes allerede en arbeidsflate for organisasjonsnummer {format_orgnr(orgnr)} "
            f"(«{name}»). Velg den i listen over arbeidsflater, eller skriv inn et annet "
            "organisasjonsnummer.",
        )

    def create_workspace(self, name: str, orgnr_text: str) -> Workspace:
        """Check the input, create the workspace with the municipality as its first unit,
        and log it, all in one transaction. Raises :class:`WorkspaceInputError`."""
        clean_name = self.check_name(name)
        orgnr = self.check_orgnr_free(orgnr_text)
        try:
            with self.db.transaction():
                workspace = self.repo.create(clean_name, orgnr)
                self.repo.add_org_unit(
                    workspace.id,
                    OrgUnit(orgnr, clean_name, "KOMM", None, SOURCE_MANUAL, False),
                )
                self.audit.append(
                    "workspace.created",
                    {"navn": clean_name, "orgnr": orgnr},
                    workspace,
                )
        except sqlite3.IntegrityError as exc:  # created by another window meanwhile
            existing = self.repo.find_by_orgnr(orgnr)
            raise self._duplicate(orgnr, existing.name if existing else clean_name) from exc
        return workspace

    def rename_workspace(self, workspace_id: int, name: str) -> Workspace:
        clean_name = self.check_name(name)
        with self.db.transaction():
            before = self._require(workspace_id)
            workspace = self.repo.rename(workspace_id, clean_name)
            assert workspace is not None
            self.audit.append(
                "workspace.renamed", {"fra": before.name, "til": clean_name}, workspace
            )
        return workspace

    def delete_workspace(self, workspace_id: int) -> Workspace:
        """Delete the workspace with everything registered in it, its evidence files too (a
        screenshot may show people's names). The log keeps its entries (with the name)."""
        with self.db.transaction():
            workspace = self._require(workspace_id)
            self.repo.delete(workspace_id)
            self.audit.append(
                "workspace.deleted",
                {"navn": workspace.name, "orgnr": workspace.orgnr, "øvingsdata": workspace.is_demo},
                workspace,
            )
            if workspace.is_demo:
                state = self._demo_state()
                if state is not None:
                    self._write_demo_state(
                        DemoState(state.workspace_id, state.created_at, state.files, _now())
                    )
        # After the commit: a delete that failed leaves the files with their rows.
        delete_workspace_files(self._attachments, workspace_id)
        return workspace

    def _require(self, workspace_id: int) -> Workspace:
        workspace = self.repo.get(workspace_id)
        if workspace is None:
            raise WorkspaceInputError(
                "workspace",
                "Fant ikke arbeidsflaten. Den kan være slettet i et annet vindu; "
                "oppdater listen og prøv igjen.",
            )
        return workspace

    # -- the demo municipality -------------------------------------------------------
    def _demo_path(self) -> Path:
        return (self._demo_folder or demo_dir()) / DEMO_FILE

    def _demo_state(self) -> DemoState | None:
        raw = self.db.get_meta(DEMO_META_KEY)
        if not raw:
            return None
        try:
            data = json.loads(raw)
            return DemoState(
                int(data["id"]),
                str(data["created_at"]),
                tuple(str(f) for f in data.get("files", [])),
                data.get("deleted_at"),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def _write_demo_state(self, state: DemoState) -> None:
        self.db.set_meta(
            DEMO_META_KEY,
            json.dumps(
                {
                    "id": state.workspace_id,
                    "created_at": state.created_at,
                    "files": list(state.files),
                    "deleted_at": state.deleted_at,
                },
                ensure_ascii=False,
            ),
        )

    def ensure_demo_workspace(self) -> Workspace | None:
        """On the very first start (no workspace, demo never made), create the practice
        municipality from ``resources/demo``. Afterwards return it if it still exists.
        A demo the user deleted is not created again. Returns ``None`` when there is none
        (also when the demo files are missing: that is logged, and the start goes on)."""
        with self.db.transaction():
            state = self._demo_state()
            if state is not None:
                return None if state.deleted_at else self.repo.get(state.workspace_id)
            if self.repo.count() > 0:
                return None
            try:
                data = self._load_demo()
            except DemoDataError as exc:
                # Not worth stopping the start for: the user can make a real workspace.
                log.warning("%s", exc.message)
                return None
            workspace = self.repo.create(data["name"], data["orgnr"], is_demo=True)
            for unit in data["units"]:
                self.repo.add_org_unit(workspace.id, unit)
            self._write_demo_state(DemoState(workspace.id, workspace.created_at, data["files"]))
            self.audit.append(
                "workspace.demo_created",
                {"navn": workspace.name, "orgnr": workspace.orgnr, "øvingsdata": True},
                workspace,
            )
        return workspace

    def demo_files(self, workspace_id: int) -> list[Path]:
        """The sample files that belong to the demo workspace (empty for other ones)."""
        state = self._demo_state()
        if state is None or state.workspace_id != workspace_id or state.deleted_at:
            return []
        folder = self._demo_path().parent
        return [folder / name for name in state.files]

    def _load_demo(self) -> dict[str, Any]:
        path = self._demo_path()
        broken = (
            f"Øvingsdataene i {path} mangler eller er ødelagt. Installer Postvakt på nytt; "
            "du kan også lage en arbeidsflate for din egen kommune med en gang."
        )
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            space = raw["arbeidsflate"]
            name = self.check_name(space["navn"])
            orgnr = check_orgnr(space["organisasjonsnummer"]).value
            units = []
            for item in raw["enheter"]:
                unit_nr = check_orgnr(item["organisasjonsnummer"]).value
                parent = item.get("overordnet")
                if unit_nr is None or (parent and check_orgnr(parent).value is None):
                    raise ValueError(item)
                deleted = bool(item.get("slettet", False))
                units.append(
                    OrgUnit(
                        unit_nr,
                        str(item["navn"]),
                        str(item["organisasjonsform"]),
                        parent or None,
                        SOURCE_DEMO,
                        deleted,
                        address=str(item.get("adresse") or ""),
                        status=UnitStatus.DELETED.value if deleted else "",
                        status_date=item.get("slettedato") if deleted else None,
                    )
                )
            files = tuple(str(f["fil"]) for f in raw.get("filer", []))
        except (OSError, ValueError, KeyError, TypeError, WorkspaceInputError) as exc:
            raise DemoDataError(broken) from exc
        if orgnr is None:
            raise DemoDataError(broken)
        return {"name": name, "orgnr": orgnr, "units": units, "files": files}

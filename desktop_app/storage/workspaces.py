"""Workspaces and their org units in the database. No rules here beyond what the schema
enforces; validation and the audit trail live in :mod:`desktop_app.services.workspaces`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from desktop_app.domain.inventory import Change
from desktop_app.domain.organizations import SOURCE_MANUAL, OrgUnit, Workspace
from desktop_app.storage.database import Database
from desktop_app.storage.database import utc_now as _now


def _workspace(row: tuple) -> Workspace:
    id_, name, orgnr, is_demo, created_at = row
    return Workspace(int(id_), str(name), str(orgnr), bool(is_demo), str(created_at))


def _unit(row: tuple) -> OrgUnit:
    orgnr, name, org_form, parent, source, deleted, address, status, status_date, leader, at = row
    return OrgUnit(
        str(orgnr),
        str(name),
        str(org_form),
        parent,
        str(source),
        bool(deleted),
        str(address or ""),
        str(status or ""),
        status_date,
        leader,
        at,
    )


def _unit_from_json(data: dict) -> OrgUnit:
    return OrgUnit(**{k: v for k, v in data.items() if k in OrgUnit.__dataclass_fields__})


_WS = "id, name, orgnr, is_demo, created_at"
_UNIT = (
    "orgnr, name, org_form, parent_orgnr, source, deleted, address, status, status_date, "
    "daglig_leder, fetched_at"
)


@dataclass(frozen=True)
class RefreshRecord:
    """One refresh from Enhetsregisteret: when, how many units, the units before it and
    what changed."""

    id: int
    fetched_at: str
    unit_count: int
    previous: list[OrgUnit]
    changes: list[Change]


class WorkspaceRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- workspaces ------------------------------------------------------------------
    def list(self) -> list[Workspace]:
        """All workspaces: real ones by name, the demo last."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_WS} FROM workspaces ORDER BY is_demo, name COLLATE NOCASE, id"  # noqa: S608
            ).fetchall()
        return [_workspace(row) for row in rows]

    def get(self, workspace_id: int) -> Workspace | None:
        with self.db.read() as conn:
            row = conn.execute(
                f"SELECT {_WS} FROM workspaces WHERE id = ?",
                (workspace_id,),  # noqa: S608
            ).fetchone()
        return None if row is None else _workspace(row)

    def find_by_orgnr(self, orgnr: str) -> Workspace | None:
        with self.db.read() as conn:
            row = conn.execute(
                f"SELECT {_WS} FROM workspaces WHERE orgnr = ?",
                (orgnr,),  # noqa: S608
            ).fetchone()
        return None if row is None else _workspace(row)

    def create(self, name: str, orgnr: str, is_demo: bool = False) -> Workspace:
        now = _now()
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO workspaces (name, orgnr, is_demo, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, orgnr, int(is_demo), now, now),
            )
            new_id = int(cursor.lastrowid or 0)
        return Workspace(new_id, name, orgnr, is_demo, now)

    def rename(self, workspace_id: int, name: str) -> Workspace | None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE workspaces SET name = ?, updated_at = ? WHERE id = ?",
                (name, _now(), workspace_id),
            )
        return self.get(workspace_id)

    def delete(self, workspace_id: int) -> bool:
        """Remove the workspace and its org units. True when there was one to remove."""
        with self.db.transaction() as conn:
            cursor = conn.execute("DELETE FROM workspaces WHERE id = ?", (workspace_id,))
            return cursor.rowcount > 0

    def count(self) -> int:
        with self.db.read() as conn:
            return int(conn.execute("SELECT count(*) FROM workspaces").fetchone()[0])

    # -- org units -------------------------------------------------------------------
    def add_org_unit(self, workspace_id: int, unit: OrgUnit) -> OrgUnit:
        """Add a unit, or update it when the workspace already has that org.nr."""
        with self.db.transaction() as conn:
            self._upsert(conn, workspace_id, unit)
            conn.execute(
                "UPDATE workspaces SET updated_at = ? WHERE id = ?", (_now(), workspace_id)
            )
        return unit

    @staticmethod
    def _upsert(conn, workspace_id: int, unit: OrgUnit) -> None:
        conn.execute(
            "INSERT INTO org_units "
            "(workspace_id, orgnr, name, org_form, parent_orgnr, source, deleted, address, "
            "status, status_date, daglig_leder, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(workspace_id, orgnr) DO UPDATE SET name = excluded.name, "
            "org_form = excluded.org_form, parent_orgnr = excluded.parent_orgnr, "
            "source = excluded.source, deleted = excluded.deleted, "
            "address = excluded.address, status = excluded.status, "
            "status_date = excluded.status_date, daglig_leder = excluded.daglig_leder, "
            "fetched_at = excluded.fetched_at",
            (
                workspace_id,
                unit.orgnr,
                unit.name,
                unit.org_form,
                unit.parent_orgnr,
                unit.source or SOURCE_MANUAL,
                int(unit.deleted),
                unit.address or "",
                unit.status or "",
                unit.status_date,
                unit.daglig_leder,
                unit.fetched_at,
            ),
        )

    def replace_org_units(self, workspace_id: int, units: Iterable[OrgUnit]) -> None:
        """Make the workspace's units exactly ``units`` (one transaction; row ids of units
        that stay are kept)."""
        units = list(units)
        keep = {u.orgnr for u in units}
        with self.db.transaction() as conn:
            existing = [
                r[0]
                for r in conn.execute(
                    "SELECT orgnr FROM org_units WHERE workspace_id = ?", (workspace_id,)
                )
            ]
            for orgnr in existing:
                if orgnr not in keep:
                    conn.execute(
                        "DELETE FROM org_units WHERE workspace_id = ? AND orgnr = ?",
                        (workspace_id, orgnr),
                    )
            for unit in units:
                self._upsert(conn, workspace_id, unit)
            conn.execute(
                "UPDATE workspaces SET updated_at = ? WHERE id = ?", (_now(), workspace_id)
            )

    # -- refreshes (the previous snapshot and the changes) -----------------------------
    def save_refresh(
        self,
        workspace_id: int,
        fetched_at: str,
        unit_count: int,
        previous: Iterable[OrgUnit],
        changes: Iterable[Change],
    ) -> int:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO org_unit_refreshes "
                "(workspace_id, fetched_at, unit_count, previous, changes) VALUES (?, ?, ?, ?, ?)",
                (
                    workspace_id,
                    fetched_at,
                    unit_count,
                    json.dumps([asdict(u) for u in previous], ensure_ascii=False),
                    json.dumps([c.as_json() for c in changes], ensure_ascii=False),
                ),
            )
            return int(cursor.lastrowid or 0)

    def last_refresh(self, workspace_id: int) -> RefreshRecord | None:
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT id, fetched_at, unit_count, previous, changes FROM org_unit_refreshes "
                "WHERE workspace_id = ? ORDER BY id DESC LIMIT 1",
                (workspace_id,),
            ).fetchone()
        if row is None:
            return None
        id_, fetched_at, count, previous, changes = row
        return RefreshRecord(
            int(id_),
            str(fetched_at),
            int(count),
            [_unit_from_json(u) for u in json.loads(previous)],
            [Change.from_json(c) for c in json.loads(changes)],
        )

    def list_org_units(self, workspace_id: int) -> list[OrgUnit]:
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_UNIT} FROM org_units WHERE workspace_id = ? ORDER BY id",  # noqa: S608
                (workspace_id,),
            ).fetchall()
        return [_unit(row) for row in rows]

    def remove_org_unit(self, workspace_id: int, orgnr: str) -> bool:
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM org_units WHERE workspace_id = ? AND orgnr = ?",
                (workspace_id, orgnr),
            )
            if cursor.rowcount:
                conn.execute(
                    "UPDATE workspaces SET updated_at = ? WHERE id = ?", (_now(), workspace_id)
                )
            return cursor.rowcount > 0

"""Confidential-post access and notification addresses in the workspace store (migration 3).

No rules here beyond what the schema enforces; they live in
:mod:`desktop_app.services.confidential_access` and
:mod:`desktop_app.services.notification_contacts`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from desktop_app.domain.access import (
    ApprovedReader,
    Holder,
    HolderSource,
    PortalRead,
    Reason,
    RoutineSettings,
)
from desktop_app.domain.contacts import AddressKind, NotificationAddress
from desktop_app.storage.database import Database, Row
from desktop_app.storage.database import utc_now as _now


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


_APPROVED = "id, orgnr, name, email, mobile, reason, approved_by, approved_on"
_HOLDER = "id, orgnr, name, email, grants, source, party_uuid"
_ADDRESS = "id, orgnr, kind, value, remote_id, source"


def _approved(row: Row) -> ApprovedReader:
    id_, orgnr, name, email, mobile, reason, by, on = row
    try:
        reason_ = Reason(reason)
    except ValueError:
        reason_ = Reason.ANNET
    return ApprovedReader(int(id_), orgnr, name, email, reason_, mobile, by, _day(on))


def _holder(row: Row) -> Holder:
    id_, orgnr, name, email, grants, source, party = row
    return Holder(
        int(id_),
        orgnr,
        name,
        email,
        tuple(g for g in grants.split(",") if g),
        HolderSource(source),
        party,
    )


def _address(row: Row) -> NotificationAddress:
    id_, orgnr, kind, value, remote_id, source = row
    return NotificationAddress(int(id_), orgnr, AddressKind(kind), value, remote_id, source)


class AccessRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- approved readers ---------------------------------------------------------------
    def approved(self, workspace_id: int) -> list[ApprovedReader]:
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_APPROVED} FROM access_approved WHERE workspace_id = ? "  # noqa: S608
                "ORDER BY orgnr, name COLLATE NOCASE, id",
                (workspace_id,),
            ).fetchall()
        return [_approved(r) for r in rows]

    def add_approved(self, workspace_id: int, r: ApprovedReader) -> ApprovedReader:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO access_approved (workspace_id, orgnr, name, email, mobile, reason, "
                "approved_by, approved_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    workspace_id,
                    r.orgnr,
                    r.name,
                    r.email,
                    r.mobile,
                    r.reason.value,
                    r.approved_by,
                    r.approved_on.isoformat() if r.approved_on else None,
                    _now(),
                ),
            )
            new_id = int(cur.lastrowid or 0)
        return ApprovedReader(
            new_id, r.orgnr, r.name, r.email, r.reason, r.mobile, r.approved_by, r.approved_on
        )

    def update_approved(
        self, workspace_id: int, reader_id: int, r: ApprovedReader
    ) -> ApprovedReader:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE access_approved SET name = ?, email = ?, mobile = ?, reason = ?, "
                "approved_by = ?, approved_on = ? WHERE workspace_id = ? AND id = ?",
                (
                    r.name,
                    r.email,
                    r.mobile,
                    r.reason.value,
                    r.approved_by,
                    r.approved_on.isoformat() if r.approved_on else None,
                    workspace_id,
                    reader_id,
                ),
            )
        return ApprovedReader(
            reader_id, r.orgnr, r.name, r.email, r.reason, r.mobile, r.approved_by, r.approved_on
        )

    def remove_approved(self, workspace_id: int, reader_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM access_approved WHERE workspace_id = ? AND id = ?",
                (workspace_id, reader_id),
            )

    # -- holders ------------------------------------------------------------------------
    def holders(self, workspace_id: int) -> list[Holder]:
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_HOLDER} FROM access_holders WHERE workspace_id = ? "  # noqa: S608
                "ORDER BY orgnr, name COLLATE NOCASE, id",
                (workspace_id,),
            ).fetchall()
        return [_holder(r) for r in rows]

    def add_holders(self, workspace_id: int, holders: list[Holder]) -> None:
        with self.db.transaction() as conn:
            conn.executemany(
                "INSERT INTO access_holders (workspace_id, orgnr, name, email, grants, source, "
                "party_uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        workspace_id,
                        h.orgnr,
                        h.name,
                        h.email,
                        ",".join(h.grants),
                        h.source.value,
                        h.party_uuid,
                        _now(),
                    )
                    for h in holders
                ],
            )

    # -- when Altinn was read -------------------------------------------------------------
    def mark_read(self, workspace_id: int, orgnr: str, kind: str, at: str) -> None:
        """Note that ``kind`` (``tilgang`` or ``varsling``) of ``orgnr`` was read from
        Altinn at ``at`` (ISO-8601 UTC)."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO altinn_reads(workspace_id, orgnr, kind, read_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(workspace_id, orgnr, kind) "
                "DO UPDATE SET read_at = excluded.read_at",
                (workspace_id, orgnr, kind, at),
            )

    def reads(self, workspace_id: int, kind: str) -> dict[str, str]:
        """org.nr → when ``kind`` was last read from Altinn (ISO-8601 UTC)."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT orgnr, read_at FROM altinn_reads WHERE workspace_id = ? AND kind = ?",
                (workspace_id, kind),
            ).fetchall()
        return {str(o): str(t) for o, t in rows}

    def replace_read_holders(self, workspace_id: int, orgnr: str, holders: list[Holder]) -> None:
        """Replace the holders of one org number that came from a read of Altinn, through the
        API or from the portal's download: the newest read says who holds access now."""
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM access_holders WHERE workspace_id = ? AND orgnr = ? "
                "AND source IN (?, ?)",
                (workspace_id, orgnr, HolderSource.API.value, HolderSource.PORTAL.value),
            )
            self.add_holders(workspace_id, holders)

    def mark_portal_read(self, workspace_id: int, orgnr: str, read: PortalRead) -> None:
        """Note that the holders of ``orgnr`` were read from the portal's download."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO portal_reads(workspace_id, orgnr, read_at, downloaded_on, "
                "file_name) VALUES (?, ?, ?, ?, ?) ON CONFLICT(workspace_id, orgnr) DO UPDATE "
                "SET read_at = excluded.read_at, downloaded_on = excluded.downloaded_on, "
                "file_name = excluded.file_name",
                (workspace_id, orgnr, read.read_at, read.downloaded_on, read.file_name),
            )

    def portal_reads(self, workspace_id: int) -> dict[str, PortalRead]:
        """org.nr → the last read of its holders from the portal's download."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT orgnr, read_at, downloaded_on, file_name FROM portal_reads "
                "WHERE workspace_id = ?",
                (workspace_id,),
            ).fetchall()
        return {
            str(o): PortalRead(str(at), str(day) if day else None, str(name))
            for o, at, day, name in rows
        }

    def remove_holder(self, workspace_id: int, holder_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM access_holders WHERE workspace_id = ? AND id = ?",
                (workspace_id, holder_id),
            )

    # -- notification addresses ---------------------------------------------------------
    def addresses(self, workspace_id: int) -> list[NotificationAddress]:
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_ADDRESS} FROM notification_addresses "  # noqa: S608
                "WHERE workspace_id = ? ORDER BY orgnr, kind, value",
                (workspace_id,),
            ).fetchall()
        return [_address(r) for r in rows]

    def add_address(self, workspace_id: int, a: NotificationAddress) -> NotificationAddress:
        with self.db.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO notification_addresses (workspace_id, orgnr, kind, value, "
                "remote_id, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (workspace_id, a.orgnr, a.kind.value, a.value, a.remote_id, a.source, _now()),
            )
            new_id = int(cur.lastrowid or 0)
        return NotificationAddress(new_id, a.orgnr, a.kind, a.value, a.remote_id, a.source)

    def update_address(self, workspace_id: int, a: NotificationAddress) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "UPDATE notification_addresses SET kind = ?, value = ?, remote_id = ?, "
                "source = ?, updated_at = ? WHERE workspace_id = ? AND id = ?",
                (a.kind.value, a.value, a.remote_id, a.source, _now(), workspace_id, a.id),
            )

    def remove_address(self, workspace_id: int, address_id: int) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM notification_addresses WHERE workspace_id = ? AND id = ?",
                (workspace_id, address_id),
            )

    def replace_addresses(
        self, workspace_id: int, orgnr: str, addresses: list[NotificationAddress]
    ) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "DELETE FROM notification_addresses WHERE workspace_id = ? AND orgnr = ?",
                (workspace_id, orgnr),
            )
            for a in addresses:
                self.add_address(workspace_id, a)

    # -- routine and reviews ------------------------------------------------------------
    def routine(self, workspace_id: int) -> tuple[RoutineSettings | None, date | None]:
        """The saved routine and the day it was first saved (None, None: never)."""
        with self.db.read() as conn:
            row = conn.execute(
                "SELECT settings, created_at FROM access_routine WHERE workspace_id = ?",
                (workspace_id,),
            ).fetchone()
        if row is None:
            return None, None
        try:
            data = json.loads(row[0])
            known = {k: v for k, v in data.items() if k in RoutineSettings.__dataclass_fields__}
            settings = RoutineSettings(**known)
        except (ValueError, TypeError, AttributeError):
            settings = RoutineSettings()
        return settings, _day(str(row[1])[:10])

    def save_routine(self, workspace_id: int, settings: RoutineSettings) -> None:
        now = _now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO access_routine (workspace_id, settings, created_at, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(workspace_id) DO UPDATE SET "
                "settings = excluded.settings, updated_at = excluded.updated_at",
                (workspace_id, json.dumps(asdict(settings), ensure_ascii=False), now, now),
            )

    def add_review(self, workspace_id: int, day: date, reviewer: str, note: str) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO access_reviews (workspace_id, reviewed_on, reviewer, note, "
                "created_at) VALUES (?, ?, ?, ?, ?)",
                (workspace_id, day.isoformat(), reviewer, note, _now()),
            )

    def reviews(self, workspace_id: int) -> list[tuple[date, str, str]]:
        """Newest first in the order they were recorded, not by date: a review dated by a
        clock a year ahead must not stay the last one after later reviews."""
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT reviewed_on, reviewer, note FROM access_reviews "
                "WHERE workspace_id = ? ORDER BY id DESC",
                (workspace_id,),
            ).fetchall()
        return [(d, str(r[1]), str(r[2])) for r in rows if (d := _day(r[0])) is not None]

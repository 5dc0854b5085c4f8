"""Checklist steps per workspace and flow, in the workspace database (migration 3).

Each step is saved as it is filled in (``fields`` as JSON), so a half-finished flow reopens
with everything the user typed; a confirmation adds who, when, how it was verified and the
evidence file's name and SHA-256. ``checklist_progress`` remembers the step the user was on.
The rules are in :mod:`desktop_app.domain.checklist`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from desktop_app.domain.checklist import ChecklistState, Evidence, StepRecord, Verification
from desktop_app.storage.database import Database
from desktop_app.storage.database import utc_now as _now


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _record(row: tuple) -> StepRecord:
    step, fields, confirmed_at, confirmed_by, verification, evidence, updated_at = row
    ev = _json(evidence)
    try:
        evidence_obj = (
            Evidence(
                str(ev["original_name"]), str(ev["stored_name"]), str(ev["sha256"]), int(ev["size"])
            )
            if ev
            else None
        )
    except (KeyError, ValueError):
        evidence_obj = None
    try:
        how = Verification(verification) if verification else None
    except ValueError:
        how = None
    return StepRecord(
        str(step),
        _json(fields),
        confirmed_at,
        str(confirmed_by or ""),
        how,
        evidence_obj,
        str(updated_at),
    )


class ChecklistRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, workspace_id: int, flow: str, order: tuple[str, ...]) -> ChecklistState:
        with self.db.read() as conn:
            rows = conn.execute(
                "SELECT step, fields, confirmed_at, confirmed_by, verification, evidence, "
                "updated_at FROM checklist_steps WHERE workspace_id = ? AND flow = ?",
                (workspace_id, flow),
            ).fetchall()
            current = conn.execute(
                "SELECT current_step FROM checklist_progress WHERE workspace_id = ? AND flow = ?",
                (workspace_id, flow),
            ).fetchone()
        records = {r.key: r for r in (_record(row) for row in rows)}
        return ChecklistState(order, records, current[0] if current else None)

    def save_fields(
        self, workspace_id: int, flow: str, step: str, fields: Mapping[str, Any]
    ) -> None:
        """Save what the user has typed so far; a confirmation already made stays."""
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO checklist_steps (workspace_id, flow, step, fields, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(workspace_id, flow, step) DO UPDATE SET "
                "fields = excluded.fields, updated_at = excluded.updated_at",
                (workspace_id, flow, step, json.dumps(dict(fields), ensure_ascii=False), _now()),
            )

    def confirm(self, workspace_id: int, flow: str, record: StepRecord) -> StepRecord:
        """Save a confirmed step whole (fields, who, when, how, evidence)."""
        evidence = json.dumps(asdict(record.evidence)) if record.evidence else None
        now = _now()
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO checklist_steps (workspace_id, flow, step, fields, confirmed_at, "
                "confirmed_by, verification, evidence, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT(workspace_id, flow, step) DO UPDATE SET fields = excluded.fields, "
                "confirmed_at = excluded.confirmed_at, confirmed_by = excluded.confirmed_by, "
                "verification = excluded.verification, evidence = excluded.evidence, "
                "updated_at = excluded.updated_at",
                (
                    workspace_id,
                    flow,
                    record.key,
                    json.dumps(dict(record.fields), ensure_ascii=False),
                    record.confirmed_at,
                    record.confirmed_by,
                    record.verification.value if record.verification else None,
                    evidence,
                    now,
                ),
            )
        return StepRecord(
            record.key,
            dict(record.fields),
            record.confirmed_at,
            record.confirmed_by,
            record.verification,
            record.evidence,
            now,
        )

    def set_current(self, workspace_id: int, flow: str, step: str | None) -> None:
        with self.db.transaction() as conn:
            conn.execute(
                "INSERT INTO checklist_progress (workspace_id, flow, current_step, updated_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(workspace_id, flow) DO UPDATE SET "
                "current_step = excluded.current_step, updated_at = excluded.updated_at",
                (workspace_id, flow, step, _now()),
            )

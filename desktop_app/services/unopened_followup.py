"""What the unopened-check wizard needs around the check itself: remembered column mappings,
follow-up drafts to businesses (.eml, mail merge), and the municipality's own incoming post.

The check (import, classify, save the run) is :class:`UnopenedCheckService`; this service
adds a saved column mapping before it reads a file. Every change the user makes is written
with an audit entry in the same transaction. No Qt.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.followup_drafts import FollowupDraft, drafts_for
from desktop_app.domain.organizations import Workspace
from desktop_app.domain.svarut import Shipment
from desktop_app.domain.unopened import DigitalOnlySetting, UnopenedResult
from desktop_app.exporters.drafts import write_eml, write_mail_merge
from desktop_app.importers.svarut_export import ExportField, normalise_header
from desktop_app.language import t
from desktop_app.services.unopened_check import CheckOutcome, UnopenedCheckService
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.column_mappings import ColumnMappingStore
from desktop_app.storage.database import Database
from desktop_app.storage.own_inbox import InboxAnswer, OwnInboxCheck, OwnInboxRepository
from desktop_app.storage.runs import FollowupStatus

__all__ = ["UnopenedFollowupService", "header_signature"]


def header_signature(headers: Sequence[str]) -> str:
    """The same for two files whose headers differ only in case, spaces or punctuation."""
    joined = "\x1f".join(normalise_header(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:24]


class UnopenedFollowupService:
    def __init__(
        self, db: Database, audit: AuditLog | None = None, check: UnopenedCheckService | None = None
    ) -> None:
        self.db = db
        self.audit = audit if audit is not None else AuditLog(db)
        self.check = check if check is not None else UnopenedCheckService(db, self.audit)
        self.mappings = ColumnMappingStore(db)
        self.own = OwnInboxRepository(db)

    # -- the check, with a remembered mapping ------------------------------------------
    def saved_mapping(self, headers: Sequence[str]) -> dict[str, str | None] | None:
        saved = self.mappings.get(header_signature(headers))
        if saved is None:
            return None
        known = {f.value for f in ExportField}
        return {h: (v if v in known else None) for h, v in saved.items()}

    def run_check(
        self,
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | str | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None,
        mapping: dict[str, str | None] | None = None,
        source_name: str | None = None,
        refresh: Callable[[TaskState, list[Shipment]], tuple[list[Shipment], list[str]]]
        | None = None,
    ) -> CheckOutcome:
        """:meth:`UnopenedCheckService.run_check`, with the mapping the user saved for files
        with these headers when none is given (and ``refresh`` passed on). Raises
        ``CheckError`` as that does."""
        chosen = self.saved_mapping if mapping is None else mapping  # looked up once read
        return self.check.run_check(
            state,
            workspace,
            source,
            risk_answer,
            mapping=chosen,
            source_name=source_name,
            refresh=refresh,
        )

    def review_file(
        self,
        state: TaskState,
        workspace: Workspace,
        source: Path | bytes | os.PathLike[str],
        risk_answer: DigitalOnlySetting | str | None,
        mapping: dict[str, str | None] | None = None,
    ) -> CheckOutcome:
        """:meth:`UnopenedCheckService.review_file` (nothing saved), with the mapping the
        user saved for files with these headers when none is given."""
        chosen = self.saved_mapping if mapping is None else mapping  # looked up once read
        return self.check.review_file(state, workspace, source, risk_answer, mapping=chosen)

    def remember_mapping(
        self, workspace: Workspace | None, headers: Sequence[str], mapping: dict[str, str | None]
    ) -> None:
        """Save the user's choice of columns for files with these headers."""
        clean = {h: (v or None) for h, v in mapping.items() if h in headers}
        with self.db.transaction():
            self.mappings.save(header_signature(headers), clean)
            self.audit.append(
                "check.mapping_saved",
                {"kolonner": len(headers), "koblet": sorted(v for v in clean.values() if v)},
                workspace,
            )

    # -- drafts ------------------------------------------------------------------------
    @staticmethod
    def drafts(result: UnopenedResult, workspace: Workspace) -> list[FollowupDraft]:
        return drafts_for(result.groups, workspace.name)

    def save_eml(self, workspace: Workspace, draft: FollowupDraft, path: Path | str) -> Path:
        written = write_eml(path, draft)
        self.audit.append(
            "check.draft_saved", {"orgnr": draft.orgnr, "fil": written.name}, workspace
        )
        return written

    def export_mail_merge(
        self, workspace: Workspace, drafts: Sequence[FollowupDraft], path: Path | str
    ) -> int:
        followups = self.check.followups(workspace.id)
        labels = {
            d.orgnr: t(
                (
                    followups[d.orgnr].status
                    if d.orgnr in followups
                    else FollowupStatus.NOT_CONTACTED
                ).label_nb
            )
            for d in drafts
        }
        rows = write_mail_merge(path, drafts, labels)
        self.audit.append(
            "check.drafts_exported", {"fil": Path(path).name, "mottakere": rows}, workspace
        )
        return rows

    # -- own incoming post ---------------------------------------------------------------
    def own_inbox_checks(self, workspace_id: int) -> dict[str, OwnInboxCheck]:
        return self.own.checks(workspace_id)

    def set_own_inbox_check(
        self,
        workspace: Workspace,
        orgnr: str,
        answer: InboxAnswer | str,
        checked_on: date | None = None,
        note: str = "",
    ) -> OwnInboxCheck:
        """Record what Altinn showed for one own org.nr, with an audit entry (org.nr, answer
        and date; the note stays out of the log, as it may name people)."""
        with self.db.transaction():
            saved = self.own.set_check(workspace.id, orgnr, answer, checked_on, note)
            self.audit.append(
                "check.own_inbox",
                {
                    "orgnr": orgnr,
                    "svar": saved.answer.value,
                    "dato": checked_on.isoformat() if checked_on else None,
                },
                workspace,
            )
        return saved

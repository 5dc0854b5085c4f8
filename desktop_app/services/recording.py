"""Evidence written where the change is made.

Every service that changes what a user confirmed writes its audit entry itself, inside the
change's own transaction: the change and its entry are saved together or not at all, a crash
between the two cannot lose the entry, and the command line gets the same evidence as the
window. Pages never write to the audit log.

    with self.recorder.change():
        saved = self.repo.add_approved(workspace_id, reader)
        self.recorder.write(workspace_id, "access.approved_added", {...})

For a change made in another system first (a grant in Altinn), the local record of it and
its entry share one transaction after the remote call succeeded.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from desktop_app.domain.audit import AuditEntry
from desktop_app.language import t
from desktop_app.storage.audit import AuditLog, audit_anchor, format_anchor
from desktop_app.storage.database import Database
from desktop_app.storage.workspaces import WorkspaceRepository


class Recorder:
    def __init__(self, db: Database, audit: AuditLog | None = None) -> None:
        self.db = db
        self.audit = audit if audit is not None else AuditLog(db)
        self._workspaces = WorkspaceRepository(db)

    @contextmanager
    def change(self) -> Iterator[None]:
        """One transaction for a change and its entry (a savepoint when already inside one)."""
        with self.db.transaction():
            yield

    def write(
        self, workspace_id: int | None, action: str, details: Mapping[str, Any] | None = None
    ) -> AuditEntry:
        """Append an entry for ``workspace_id`` (None: not tied to a workspace), in the
        current transaction when there is one."""
        workspace = self._workspaces.get(workspace_id) if workspace_id is not None else None
        return self.audit.append(action, details or {}, workspace)

    def acting(self) -> str:
        """Who the entries written now name."""
        return self.audit.acting()

    def anchor_html(self) -> str:
        """A paragraph for an exported document: the audit log's anchor now (its newest
        entry and their number). Kept with the document, it lets ``postvakt-cli audit verify
        --mot FIL`` show later that the log was not rewritten, cut short or rolled back."""
        return anchor_html(self.db)


def anchor_html(db: Database) -> str:
    head, count = audit_anchor(db)
    label = t("Kontrollpunkt for Postvakts logg: {anchor}", anchor=format_anchor(head, count))
    return f"<p style='font-size: small; color: #555'>{html.escape(label)}</p>"

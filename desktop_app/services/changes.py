"""What a change was about, in the flows' own names (see docs/ARCHITECTURE.md, the name table).

Every confirmed change writes an audit entry in its own transaction (:mod:`.recording`), so the
entry's action says what changed. Its prefix is stored in users' logs (part of the hash chain)
and is never renamed; this table turns it into the flow's name, the *topic* that pages listen
for (``AppContext.changed``) to read again only when something they show has changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.domain.audit import AuditEntry
    from desktop_app.storage.audit import AuditLog

# Audit action prefix (stored, never renamed) -> topic (the flow's name).
TOPICS: dict[str, str] = {
    "step": "dpi_onboarding",
    "dpi": "dpi_onboarding",
    "access": "confidential_access",  # also access.plan_applied, for both access flows
    "notification": "notification_contacts",
    "check": "unopened",
    "svarut": "unopened",
    "notice_plan": "notice_plan",
    "org_unit": "organizations",
    "org_units": "organizations",
    "workspace": "workspaces",
    "region": "region",
    "routine": "region",
    "handover": "handover",
    "setup_check": "setup_check",
    "session": "session",
    "settings": "configuration",
    "environment": "configuration",
    "secret": "configuration",
}


def topic_of(action: str) -> str:
    """The topic of an audit action (``"access.granted"`` -> ``"confidential_access"``); an
    action with a prefix not in :data:`TOPICS` is its own topic."""
    prefix = action.split(".", 1)[0]
    return TOPICS.get(prefix, prefix)


class OutsideChanges:
    """Changes another process wrote to the same store (a scheduled routine, postvakt-cli):
    the entries after the newest one this process knows of, written here or read before.

    :meth:`read` does disk work: call it in the background. The first read only notes where
    the log stands."""

    def __init__(self, audit: AuditLog) -> None:
        self.audit = audit
        self.known: int | None = None
        audit.listeners.append(self._seen)

    def _seen(self, entry: AuditEntry) -> None:
        if self.known is not None:
            self.known = max(self.known, entry.seq)

    def read(self) -> list[tuple[str, int | None]]:
        """(topic, workspace id) of each entry written elsewhere since the last read."""
        head = self.audit.head()
        newest = head[0] if head is not None else 0
        if self.known is None or newest < self.known:  # first read, or a restored store
            self.known = newest
            return []
        if newest == self.known:
            return []
        new = self.audit.entries_after(self.known)
        self.known = max([self.known, *(entry.seq for entry in new)])
        return [(topic_of(entry.action), entry.workspace_id) for entry in new]

"""What a change was about, in the flows' own names (see docs/ARCHITECTURE.md, the name table).

Every confirmed change writes an audit entry in its own transaction (:mod:`.recording`), so the
entry's action says what changed. Its prefix is stored in users' logs (part of the hash chain)
and is never renamed; this table turns it into the flow's name, the *topic* that pages listen
for (``AppContext.changed``) to read again only when something they show has changed.
"""

from __future__ import annotations

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

"""Reading what Altinn has for every org number of a workspace, in one go, after sign-in.

Who holds access to confidential post (:meth:`ConfidentialAccessService.refresh_holders`)
and the notification addresses (:meth:`NotificationContactsService.refresh`), unit by unit;
each unit's answer is saved as it comes (``altinn_reads`` notes when), so stopping halfway
keeps what was read. No Qt: the GUI runs it in the background, the command line may too.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.cancellation import TaskState
from desktop_app.services.confidential_access import AccessApi, ConfidentialAccessService
from desktop_app.services.notification_contacts import NotificationApi, NotificationContactsService

__all__ = ["WorkspaceRead", "read_workspace"]


@dataclass(frozen=True)
class WorkspaceRead:
    """What one read of a workspace came to: ``(orgnr, bokmål message)`` for each failure."""

    workspace_id: int
    units: int
    holders_failed: list[tuple[str, str]]
    addresses_failed: list[tuple[str, str]]

    @property
    def failed(self) -> int:
        return len({o for o, _ in self.holders_failed} | {o for o, _ in self.addresses_failed})


class _Share(TaskState):
    """One part of the work: the outer state's cancellation, its progress moved along."""

    def __init__(self, outer: TaskState, offset: int, total: int) -> None:
        super().__init__()
        self._outer, self._offset, self._total = outer, offset, total

    def check(self) -> None:
        self._outer.check()

    @property
    def cancelled(self) -> bool:
        return self._outer.cancelled

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._outer.progress(self._offset + done, self._total, text)


def read_workspace(
    state: TaskState,
    access: ConfidentialAccessService,
    contacts: NotificationContactsService,
    access_api: AccessApi | None,
    notification_api: NotificationApi | None,
    workspace_id: int,
) -> WorkspaceRead:
    """Read holders, then addresses, for every org number of ``workspace_id`` (either API
    may be None: that part is left out). Raises ``Cancelled`` when stopped; what was read
    before that is saved."""
    units = len(access.units(workspace_id))
    parts = [p for p in (access_api, notification_api) if p is not None]
    total = units * len(parts)
    holders_failed: list[tuple[str, str]] = []
    addresses_failed: list[tuple[str, str]] = []
    offset = 0
    if access_api is not None:
        holders_failed = access.refresh_holders(
            access_api, workspace_id, _Share(state, offset, total)
        )
        offset += units
    if notification_api is not None:
        addresses_failed = contacts.refresh(
            notification_api, workspace_id, _Share(state, offset, total)
        )
    state.progress(total, total, "Ferdig")
    return WorkspaceRead(workspace_id, units, holders_failed, addresses_failed)

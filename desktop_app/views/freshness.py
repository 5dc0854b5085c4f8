"""When a page reads its data again: after a change it shows, not on every show.

A page names the topics it shows (the flows' names, :mod:`desktop_app.services.changes`).
``AppContext.changed`` says what a confirmed change was about and for which workspace. A
change to one of the topics, for the workspace on screen (or for none in particular), makes
the page stale: it reads again when it is next shown, or at once while it is shown when
``live`` is set. Showing a page that nothing changed for reads nothing. (A workspace switch
stays each page's own ``workspace_changed`` connection.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.views.context import AppContext


# What the two access pages show: units, approved readers and holders, addresses.
ACCESS_TOPICS = ("confidential_access", "notification_contacts", "organizations", "workspaces")


class Freshness(QObject):
    """Calls ``reload`` when ``page`` is shown after a change to one of ``topics`` (None: any
    topic). ``live``: while the page is shown, read again at once. ``all_workspaces``: the
    page shows every workspace, so a change to any of them counts."""

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        topics: Iterable[str] | None,
        reload: Callable[[], None],
        *,
        live: bool = False,
        all_workspaces: bool = False,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.topics = frozenset(topics) if topics is not None else None
        self.reload = reload
        self.live = live
        self.all_workspaces = all_workspaces
        self.stale = False
        ctx.changed.connect(self._changed)
        page.installEventFilter(self)

    def read(self) -> None:
        """The page has just read its data: it is fresh."""
        self.stale = False

    def _changed(self, topic: str, workspace_id: int | None) -> None:
        if self.topics is not None and topic not in self.topics:
            return
        shown = self.ctx.workspace
        if (
            not self.all_workspaces
            and workspace_id is not None
            and shown is not None
            and workspace_id != shown.id
        ):
            return  # another municipality: read when it is chosen (workspace_changed)
        if self.live and self.page.isVisible():
            self.stale = False
            self.reload()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.reload()
        return False

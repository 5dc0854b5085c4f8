"""Wiring the pages to the sign-in: Altinn adapters in and out as the session comes and goes.

:class:`AltinnWiring` is made by the main window once its pages exist:

* signed in (``ctx.session_changed`` with a SessionInfo): one
  :class:`~desktop_app.services.altinn_adapters.AltinnAdapters` for the session, given to
  the DPI page (``set_delegation_api``), Taushetsbelagt post (``set_access_api``) and
  Varsling (``set_notification_api``); signed out or another environment: withdrawn (the
  pages show the guided portal steps again);
* the DPI page's daglig leder comes from Enhetsregisteret (open data, no sign-in needed),
  looked up again when the environment or the Øving sandbox changes;
* an Altinn API that is switched off or out of reach for the sign-in
  (:class:`~desktop_app.services.altinn_adapters.FeatureUnavailable`) is written to the
  log once per API, reason and page («altinn.api_unavailable», path «manual»): the page has
  already said so and pointed to the portal steps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.environments import Environment
from desktop_app.services.altinn_adapters import AltinnAdapters, FeatureUnavailable
from desktop_app.services.organizations import look_up_daglig_leder
from desktop_app.services.session import SessionInfo

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.views.context import AppContext


class AltinnWiring(QObject):
    # (FeatureUnavailable, area) from a worker thread; delivered on the GUI thread.
    unavailable = Signal(object, str)

    def __init__(self, ctx: AppContext, pages: dict[str, QWidget]) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.pages = pages
        self.adapters: AltinnAdapters | None = None
        self.unavailable.connect(self._record_unavailable)
        ctx.session_changed.connect(self._session_changed)
        ctx.environment_changed.connect(lambda _env: self._give_leader_lookup())
        ctx.sandbox_changed.connect(lambda _url: self._give_leader_lookup())
        self._give_leader_lookup()
        self._session_changed(ctx.session.info)

    # -- sign-in -----------------------------------------------------------------------
    def _session_changed(self, info: SessionInfo | None) -> None:
        current = self.adapters
        if info is None:
            if current is not None:
                self._give(None)
                current.close()
            return
        if current is not None and current.urls.environment == info.environment:
            return  # the same session renewed (a new token, new parties): keep the adapters
        try:
            urls = self.ctx.service_urls()
        except ValueError:  # Øving without its sandbox: nothing to talk to yet
            return
        adapters = AltinnAdapters(
            self.ctx.session,
            urls,
            audit=self.ctx.audit,
            on_unavailable=lambda exc, area: self.unavailable.emit(exc, area),
        )
        self._give(adapters)
        if current is not None:
            current.close()

    def _give(self, adapters: AltinnAdapters | None) -> None:
        self.adapters = adapters
        self._call("dpi", "set_delegation_api", adapters.delegation if adapters else None)
        self._call("taushetsbelagt", "set_access_api", adapters.access if adapters else None)
        self._call("varsling", "set_notification_api", adapters.notifications if adapters else None)

    def _call(self, key: str, method: str, value: Any) -> None:
        setter = getattr(self.pages.get(key), method, None)
        if setter is not None:
            setter(value)

    def _record_unavailable(self, exc: FeatureUnavailable, area: str) -> None:
        # The page says it no longer works through Altinn (its status line would otherwise
        # still read «Koblet til Altinn»); the adapters stay, in case the API comes back.
        # (The adapters recorded it in the log.)
        self._call(area, "show_api_unavailable", exc)

    # -- Enhetsregisteret --------------------------------------------------------------
    def _give_leader_lookup(self) -> None:
        if self.ctx.environment is Environment.OVING and self.ctx.sandbox is None:
            # nothing to ask until the sandbox runs; sandbox_changed gives the lookup then
            self._call("dpi", "set_daglig_leder_lookup", None)
            return
        urls = self.ctx.service_urls  # asked in the background, at the moment of the lookup
        self._call(
            "dpi", "set_daglig_leder_lookup", lambda orgnr: look_up_daglig_leder(orgnr, urls())
        )

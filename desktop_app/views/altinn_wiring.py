"""Wiring the pages to the sign-in: Altinn adapters in and out as the session comes and goes.

:class:`AltinnWiring` is made by the main window once its pages exist:

* signed in (``ctx.session_changed`` with a SessionInfo): one
  :class:`~desktop_app.services.altinn_adapters.AltinnAdapters` for the session, given to
  the DPI page (``set_delegation_api``), Taushetsbelagt post (``set_access_api``) and
  Varsling (``set_notification_api``); signed out or another environment: withdrawn (the
  pages show the guided portal steps again);
* right after sign-in (and when another workspace is opened while signed in), who holds
  access and the notification addresses of every unit are read from Altinn in the
  background (:func:`~desktop_app.services.altinn_reads.read_workspace`): one read at a
  time, shown in :class:`ReadStatusLine` (in the status bar) with «Stopp», stopped by an
  environment switch or sign-out; the pages read their data again when it ends;
* the DPI page's daglig leder comes from Enhetsregisteret (open data, no sign-in needed),
  looked up again when the environment or the Øving sandbox changes;
* an Altinn API that is switched off or out of reach for the sign-in
  (:class:`~desktop_app.services.altinn_adapters.FeatureUnavailable`) is written to the
  log once per API, reason and page («altinn.api_unavailable», path «manual»): the page has
  already said so and pointed to the portal steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.domain.environments import Environment
from desktop_app.services.altinn_adapters import AltinnAdapters, FeatureUnavailable
from desktop_app.services.altinn_reads import WorkspaceRead, read_workspace
from desktop_app.services.confidential_access import AccessApi
from desktop_app.services.dpi_onboarding import DagligLederLookup, DelegationApi
from desktop_app.services.notification_contacts import NotificationApi
from desktop_app.services.organizations import look_up_daglig_leder
from desktop_app.services.session import SessionInfo
from desktop_app.tasks import Task
from desktop_app.views import dialogs
from desktop_app.views.domain_text import dtr

if TYPE_CHECKING:
    from desktop_app.views.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("altinn_wiring", text)


# --- What the wiring needs of each page (a rename fails the type check and the tests) ----------


@runtime_checkable
class DelegationTarget(Protocol):
    """DPI-oppsett: the delegation step's Altinn calls, and the daglig leder lookup."""

    def set_delegation_api(self, api: DelegationApi | None) -> None: ...

    def set_daglig_leder_lookup(self, lookup: DagligLederLookup | None) -> None: ...


@runtime_checkable
class ReadTarget(Protocol):
    """A page that shows what was read from Altinn and says when its API is out of reach."""

    def reload(self, *_args: object) -> None: ...

    def show_api_unavailable(self, exc: BaseException) -> None: ...


@runtime_checkable
class AccessTarget(ReadTarget, Protocol):
    """Taushetsbelagt post."""

    def set_access_api(self, api: AccessApi | None) -> None: ...


@runtime_checkable
class NotificationTarget(ReadTarget, Protocol):
    """Varsling."""

    def set_notification_api(self, api: NotificationApi | None) -> None: ...


@runtime_checkable
class OverviewTarget(Protocol):
    """Oversikt: counts what was read."""

    def refresh(self, *_args: object) -> None: ...


@dataclass(frozen=True)
class AltinnPages:
    """The pages the sign-in reaches (None: not there, as in a test of the wiring alone)."""

    dpi: DelegationTarget | None = None
    access: AccessTarget | None = None
    notifications: NotificationTarget | None = None
    overview: OverviewTarget | None = None

    def __post_init__(self) -> None:
        """A page that lacks a method the wiring calls (renamed, say) fails here, when the
        window is made, not in silence at sign-in."""
        wanted: dict[str, type] = {
            "dpi": DelegationTarget,
            "access": AccessTarget,
            "notifications": NotificationTarget,
            "overview": OverviewTarget,
        }
        for name, protocol in wanted.items():
            page = getattr(self, name)
            if page is not None and not isinstance(page, protocol):
                missing = [m for m in _methods(protocol) if not callable(getattr(page, m, None))]
                raise TypeError(
                    f"{type(page).__name__} cannot be the {name} page: it lacks "
                    + ", ".join(missing)
                )

    def reading(self, area: str) -> ReadTarget | None:
        """The page of an Altinn ``area`` (``AltinnAdapters``' names) that reads from Altinn;
        DPI-oppsett says so itself, in its delegation step."""
        return {"taushetsbelagt": self.access, "varsling": self.notifications}.get(area)


def _methods(protocol: type) -> list[str]:
    return sorted(
        name
        for klass in protocol.__mro__
        if klass not in (Protocol, object, Generic)
        for name, value in vars(klass).items()
        if callable(value) and not name.startswith("_")
    )


class ReadStatusLine(QWidget):
    """One line: what is being read from Altinn, with «Stopp»; afterwards, how it went."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("altinnReadStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("altinnReadText")
        self.label.setAccessibleName(tr("Lesing fra Altinn"))
        self.stop_button = QPushButton(tr("Stopp"))
        self.stop_button.setObjectName("altinnReadStop")
        self.stop_button.setToolTip(tr("Stopper lesingen. Det som alt er lest, beholdes."))
        self.stop_button.setAccessibleName(tr("Stopp lesingen fra Altinn"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.stop_button)
        self.setVisible(False)

    def show_text(self, text: str, *, running: bool) -> None:
        self.label.setText(text)
        self.stop_button.setVisible(running)
        self.setVisible(bool(text))


class AltinnWiring(QObject):
    # (FeatureUnavailable, area) from a worker thread; delivered on the GUI thread.
    unavailable = Signal(object, str)

    def __init__(self, ctx: AppContext, pages: AltinnPages) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.pages = pages
        self.adapters: AltinnAdapters | None = None
        self._reading_for: int | None = None
        self.status_line = ReadStatusLine()
        self.status_line.stop_button.clicked.connect(self.stop_reading)
        self.read_task: Task | None = None
        self._read_again = False
        self.unavailable.connect(self._record_unavailable)
        ctx.session_changed.connect(self._session_changed)
        ctx.workspace_changed.connect(lambda _ws: self.start_reading())
        ctx.environment_changed.connect(lambda _env: self._give_leader_lookup())
        ctx.sandbox_changed.connect(lambda _url: self._give_leader_lookup())
        self._give_leader_lookup()
        self._session_changed(ctx.session.info)

    # -- sign-in -----------------------------------------------------------------------
    def _session_changed(self, info: SessionInfo | None) -> None:
        current = self.adapters
        if info is None:
            self.stop_reading(quietly=True)
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
        self.start_reading()

    def _give(self, adapters: AltinnAdapters | None) -> None:
        self.adapters = adapters
        pages = self.pages
        if pages.dpi is not None:
            pages.dpi.set_delegation_api(adapters.delegation if adapters else None)
        if pages.access is not None:
            pages.access.set_access_api(adapters.access if adapters else None)
        if pages.notifications is not None:
            pages.notifications.set_notification_api(adapters.notifications if adapters else None)

    # -- reading every unit from Altinn ------------------------------------------------
    def start_reading(self) -> None:
        """Read holders and addresses of every unit of the open workspace, in the background.

        One read at a time: asked again while one runs, the running one is stopped and a
        new one starts when it has (another workspace was opened)."""
        adapters, ws = self.adapters, self.ctx.workspace
        if adapters is None or ws is None:  # adapters: only while signed in
            return
        if self.read_task is not None:
            if self._reading_for != ws.id:
                self._read_again = True
                self.read_task.cancel()
            return
        self._reading_for = ws.id
        self.status_line.show_text(
            tr("Leser tilganger og varslingsadresser fra Altinn …"), running=True
        )
        services = self.ctx.services
        self.read_task = self.ctx.run(
            read_workspace,
            services.access,
            services.notifications,
            adapters.access,
            adapters.notifications,
            ws.id,
            environment_bound=True,
            on_progress=self._read_progress,
            on_result=self._read_done,
            on_error=self._read_failed,
            on_cancelled=self._read_cancelled,
            on_finished=self._read_finished,
        )

    def stop_reading(self, *_args: object, quietly: bool = False) -> None:
        self._read_again = False
        if self.read_task is not None:
            self.read_task.cancel()
        if quietly:
            self.status_line.show_text("", running=False)

    @property
    def reading(self) -> bool:
        return self.read_task is not None

    def _read_progress(self, done: int, total: int, text: str) -> None:
        if self.read_task is None or self.read_task.state.cancelled:
            return
        line = (
            tr("Leser fra Altinn ({done} av {total}): {what}").format(
                done=min(done + 1, total), total=total, what=dtr(text)
            )
            if total
            else dtr(text)
        )
        self.status_line.show_text(line, running=True)

    def _read_done(self, result: WorkspaceRead) -> None:
        if result.failed:
            text = tr(
                "Lest fra Altinn, men {n} av {total} virksomheter kunne ikke leses. "
                "Se Taushetsbelagt post og Varsling."
            ).format(n=result.failed, total=result.units)
        else:
            text = tr(
                "Tilganger og varslingsadresser er lest fra Altinn for alle {n} virksomheter."
            ).format(n=result.units)
        self.status_line.show_text(text, running=False)

    def _read_failed(self, exc: BaseException) -> None:
        if self.adapters is None:  # signed out while a call was under way: nothing to say
            self.status_line.show_text("", running=False)
            return
        self.status_line.show_text(
            tr("Lesingen fra Altinn stoppet: {why}").format(why=dialogs.user_message(exc)),
            running=False,
        )

    def _read_cancelled(self) -> None:
        if self.adapters is None:  # signed out: nothing to say
            self.status_line.show_text("", running=False)
            return
        self.status_line.show_text(
            tr("Lesingen fra Altinn ble stoppet. Det som ble lest, er lagret."), running=False
        )

    def _read_finished(self) -> None:
        self.read_task = None
        # What was read (all or part) is in the store: the pages show it.
        for page in (self.pages.access, self.pages.notifications):
            if page is not None:
                page.reload()
        if self.pages.overview is not None:
            self.pages.overview.refresh()
        if self._read_again:
            self._read_again = False
            self.start_reading()

    def _record_unavailable(self, exc: FeatureUnavailable, area: str) -> None:
        # The page says it no longer works through Altinn (its status line would otherwise
        # still read «Koblet til Altinn»); the adapters stay, in case the API comes back.
        # (The adapters recorded it in the log.)
        page = self.pages.reading(area)
        if page is not None:
            page.show_api_unavailable(exc)

    # -- Enhetsregisteret --------------------------------------------------------------
    def _give_leader_lookup(self) -> None:
        dpi = self.pages.dpi
        if dpi is None:
            return
        if self.ctx.environment is Environment.OVING and self.ctx.sandbox is None:
            # nothing to ask until the sandbox runs; sandbox_changed gives the lookup then
            dpi.set_daglig_leder_lookup(None)
            return
        urls = self.ctx.service_urls  # asked in the background, at the moment of the lookup
        dpi.set_daglig_leder_lookup(lambda orgnr: look_up_daglig_leder(orgnr, urls()))

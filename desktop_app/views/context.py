"""What every view and wizard shares: the open workspace store, settings, secrets, and
signals that tell the views when the current workspace or the log changed.

All storage calls go through :func:`desktop_app.tasks.run_task`, so the GUI thread never
waits on the disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.environments import Environment
from desktop_app.domain.organizations import Workspace
from desktop_app.services.changes import OutsideChanges, topic_of
from desktop_app.services.composition import Services
from desktop_app.services.configuration import ConfigurationService
from desktop_app.services.contactability import krr_token_source
from desktop_app.services.environments import ServiceUrls, urls_for
from desktop_app.services.practice import Practice, RunningSandbox
from desktop_app.services.session import Session
from desktop_app.services.status_refresh import MaskinportenTokenSource, maskinporten_configured
from desktop_app.settings import Settings
from desktop_app.storage.database import Database
from desktop_app.storage.secrets import SecretStore
from desktop_app.tasks import Task, run_task
from desktop_app.views.plain_text import install_plain_text_guard


class AppContext(QObject):
    workspace_changed = Signal(object)  # Workspace | None
    workspaces_changed = Signal()
    audit_changed = Signal()
    # A confirmed change (one audit entry): its topic, the flow's name (services/changes.py),
    # and the workspace id it was about (None: not tied to one). Pages read again on it.
    changed = Signal(str, object)
    environment_changed = Signal(object)  # Environment
    sandbox_changed = Signal(object)  # base URL of the running Øving sandbox, or None
    busy_changed = Signal(bool)
    # The ID-porten/Altinn session: a SessionInfo when signed in, None when not. Emitted from
    # any thread (queued to the GUI thread); read ``ctx.session.info`` for the current state.
    session_changed = Signal(object)
    # An error from background work that no caller handled: (bokmål title, exception).
    error = Signal(str, object)
    # One bokmål line about the sign-in (a renewal through ID-porten is going on); from any
    # thread. The main window shows it in the status bar.
    session_notice = Signal(str)
    _browser_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        settings: Settings,
        secrets: SecretStore,
        parent: QObject | None = None,
        *,
        practice: Practice | None = None,
    ) -> None:
        """``practice``: the Øving sandbox, chosen by the caller (desktop_app.app); without
        it, Øving has no sandbox to talk to."""
        super().__init__(parent)
        install_plain_text_guard()  # names from files and services are never rich text
        self.db = db
        self.practice = practice
        self.settings = settings
        self.secrets = secrets
        # Every service, composed once; each writes its own evidence, naming the person
        # acting (the signed-in person when there is one).
        self.services = Services(db, actor=self.acting_person)
        self.audit = self.services.audit
        self.audit.listeners.append(lambda _entry: self.audit_changed.emit())
        self.audit.listeners.append(
            lambda entry: self.changed.emit(topic_of(entry.action), entry.workspace_id)
        )
        # What a scheduled routine or postvakt-cli writes to the same store, told the same way.
        self._outside = OutsideChanges(self.audit)
        self._outside_task: Task | None = None
        self._outside_timer: QTimer | None = None
        self.workspaces = self.services.workspaces
        self.configuration = ConfigurationService(settings, secrets, self.audit)
        self.workspace: Workspace | None = None
        self.sandbox: RunningSandbox | None = None
        self._sandbox_starting = False
        self._busy = 0
        self._latest: dict[tuple[int, str], Callable[[], None]] = {}
        # Sign-in for every Altinn client: ``ctx.session.altinn_token`` is the token provider
        # (Callable[[], str], call it from background work only).
        # A renewal or sign-out in background work opens the system browser through the
        # GUI thread (the signal is queued there).
        self._browser_requested.connect(self._open_browser)
        self.session = Session(
            secrets,
            settings,
            self.service_urls,
            on_change=self.session_changed.emit,
            browser=self._request_browser,
            on_notice=self.session_notice.emit,
            audit=self.audit,
        )
        self._krr_tokens: MaskinportenTokenSource | None = None
        self._retired_tokens: list[MaskinportenTokenSource] = []
        self._environment_tasks: list[Task] = []

    def _request_browser(self, url: str) -> bool:
        self._browser_requested.emit(url)
        return True

    def _open_browser(self, url: str) -> None:
        from desktop_app.views import signin_panel  # the one place that opens the browser

        if not signin_panel.open_in_browser(url):
            self.session_notice.emit(
                self.tr(
                    "Postvakt fikk ikke åpnet nettleseren for ID-porten. Prøv igjen, eller logg "
                    "inn på nytt under Innstillinger → Pålogging."
                )
            )

    # -- background work -------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Task:
        """run_task, plus a busy indicator for the status bar.

        Without ``on_error`` a failure is not lost: it goes to :attr:`error`, which the main
        window shows. ``error_title`` names what failed. ``owner`` (a page or dialog): when
        it is destroyed first, the work is cancelled and its callbacks are not called, so a
        late result never reaches a widget that is gone. ``environment_bound=True``: the work
        talks to the services of the active environment (with URLs and credentials it took
        when it started); switching environment cancels it, so nothing more is sent there.
        ``latest="name"``: newest wins. Starting work with the same name (for the same
        owner) cancels the earlier one and drops its callbacks, so an answer to an old
        question (another workspace, an older filter) never overwrites a newer one; a page
        needs no generation counter of its own.
        """
        error_title = kwargs.pop("error_title", None)
        environment_bound = bool(kwargs.pop("environment_bound", False))
        owner: QObject | None = kwargs.pop("owner", None)
        latest: str | None = kwargs.pop("latest", None)
        gone = False
        if kwargs.get("on_error") is None:  # (before the guard: a dropped task says nothing)
            kwargs["on_error"] = lambda exc: self.error.emit(
                error_title or self.tr("Det gikk ikke"), exc
            )
        if owner is not None or latest is not None:

            def guarded(callback: Callable[..., Any] | None) -> Callable[..., Any] | None:
                if callback is None:
                    return None
                return lambda *a: None if gone else callback(*a)

            for key in ("on_result", "on_error", "on_progress", "on_cancelled", "on_finished"):
                kwargs[key] = guarded(kwargs.get(key))
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)
        user_finished = kwargs.pop("on_finished", None)

        def finished() -> None:
            self._busy -= 1
            if self._busy == 0:
                self.busy_changed.emit(False)
            if user_finished is not None:
                user_finished()

        task = run_task(fn, *args, parent=self, on_finished=finished, **kwargs)
        if environment_bound:
            self._environment_tasks.append(task)
            task.finished.connect(
                lambda: (
                    self._environment_tasks.remove(task)
                    if task in self._environment_tasks
                    else None
                )
            )

        def drop(*_args: object) -> None:
            nonlocal gone
            gone = True
            task.cancel()

        if owner is not None:
            owner.destroyed.connect(drop)
        if latest is not None:
            slot = (id(owner) if owner is not None else 0, latest)
            earlier = self._latest.pop(slot, None)
            if earlier is not None:
                earlier()  # the older question's answer is no longer wanted
            self._latest[slot] = drop
            task.finished.connect(
                lambda: self._latest.pop(slot, None) if self._latest.get(slot) is drop else None
            )
        return task

    def check_outside_changes(self) -> None:
        """Ask, in the background, whether another process (a scheduled routine,
        postvakt-cli) changed the store; each change it made is told as :attr:`changed`.
        No busy indicator: this is not the user's work."""
        if self._outside_task is not None:
            return

        def done() -> None:
            self._outside_task = None

        self._outside_task = run_task(
            self._outside.read,
            parent=self,
            pass_state=False,
            on_result=self._tell_outside_changes,
            on_error=lambda _exc: None,  # asked again at the next tick
            on_finished=done,
        )

    def _tell_outside_changes(self, changes: list[tuple[str, int | None]]) -> None:
        for topic, workspace_id in changes:
            self.changed.emit(topic, workspace_id)
        if changes:
            self.audit_changed.emit()

    def watch_outside_changes(self, interval_ms: int = 30_000) -> None:
        """Check for changes by other processes now and every ``interval_ms``."""
        if self._outside_timer is None:
            self._outside_timer = QTimer(self)
            self._outside_timer.timeout.connect(self.check_outside_changes)
        self._outside_timer.start(interval_ms)
        self.check_outside_changes()

    def drop_latest(self, latest: str, owner: QObject | None = None) -> None:
        """Cancel the running work started with ``latest=…`` (for ``owner``) and drop its
        callbacks: for a page that answers the newest question without the pool (an empty
        list when no workspace is chosen)."""
        earlier = self._latest.pop((id(owner) if owner is not None else 0, latest), None)
        if earlier is not None:
            earlier()

    # -- state -----------------------------------------------------------------------
    def acting_person(self) -> str | None:
        """The signed-in person's name, for evidence; None when nobody is signed in."""
        session = getattr(self, "session", None)
        info = session.info if session is not None else None
        return info.name if info is not None and info.name else None

    @property
    def environment(self) -> Environment:
        return self.settings.environment

    # -- the Øving sandbox -------------------------------------------------------------
    @property
    def sandbox_url(self) -> str | None:
        return self.sandbox.base_url if self.sandbox is not None else None

    def service_urls(self) -> ServiceUrls:
        """Where each service is in the active environment (the sandbox in Øving)."""
        return urls_for(self.environment, self.sandbox_url)

    def krr_token_provider(self) -> Callable[[], str] | None:
        """A Maskinporten token source for Kontaktregisteret, or None when none is set up.

        The same Maskinporten client as the SvarUt status refresh (in Øving: the sandbox's
        practice client), with the KRR scopes. Bound to the active environment: its
        ``urls`` are where the lookup must go, and after a switch it gives no more tokens
        (ask again for the new environment's). Call the source from background work only."""
        if not maskinporten_configured(self.settings, self.environment):
            return None
        urls = self.service_urls()
        if self._krr_tokens is not None and self._krr_tokens.urls != urls:
            self._retire_krr_tokens()
        if self._krr_tokens is None:
            self._krr_tokens = krr_token_source(self.settings, self.secrets, urls, self.practice)
        return self._krr_tokens

    def _retire_krr_tokens(self) -> None:
        if self._krr_tokens is not None:
            self._krr_tokens.retire()
            self._retired_tokens.append(self._krr_tokens)
            self._krr_tokens = None

    def cancel_environment_work(self) -> None:
        """Stop the work that talks to the active environment's services (see :meth:`run`)."""
        for task in list(self._environment_tasks):
            task.cancel()
        self._retire_krr_tokens()

    def sync_sandbox(self) -> None:
        """Run the loopback sandbox while the environment is Øving, and only then."""
        want = self.environment == Environment.OVING and self.practice is not None
        if want and self.sandbox is None and not self._sandbox_starting:
            self._sandbox_starting = True
            self.run(
                self.practice.start,
                pass_state=False,
                on_result=self._sandbox_started,
                error_title=self.tr("Sandkassen startet ikke"),
                on_finished=self._sandbox_start_finished,
            )
        elif not want and self.sandbox is not None:
            sandbox, self.sandbox = self.sandbox, None
            self.run(sandbox.stop, pass_state=False)
            self.sandbox_changed.emit(None)

    def _sandbox_start_finished(self) -> None:
        self._sandbox_starting = False
        # The user may have left and come back to Øving while it started.
        self.sync_sandbox()

    def _sandbox_started(self, sandbox: RunningSandbox) -> None:
        if self.environment != Environment.OVING or self.sandbox is not None:
            self.run(sandbox.stop, pass_state=False)
            return
        self.sandbox = sandbox
        self.sandbox_changed.emit(sandbox.base_url)

    def close(self) -> None:
        """At exit (after background work has stopped)."""
        timer, self._outside_timer = self._outside_timer, None
        if timer is not None and shiboken6.isValid(timer):  # gone with a deleted context
            timer.stop()
        self.session.forget()
        self.session.close()
        self._retire_krr_tokens()
        for source in self._retired_tokens:
            source.close()
        self._retired_tokens.clear()
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None

    def set_environment(self, env: Environment) -> None:
        if env == self.environment:
            return
        # Work started for the old environment must not go on: its tokens and secrets
        # belong there, and (from Øving) its loopback sandbox is about to stop.
        self.cancel_environment_work()
        self.settings.set("environment", env.value)  # at once: every page asks for it
        self.run(
            self.configuration.change_environment,
            env,
            pass_state=False,
            error_title=self.tr(
                "Miljøet er byttet, men det ble ikke lagret eller skrevet i loggen"
            ),
        )
        # A session belongs to one environment: forget it (the keyring keeps it for later).
        self.session.forget()
        self.environment_changed.emit(env)
        self.sync_sandbox()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.settings.set("last_workspace_id", workspace.id if workspace else None)
        self.save_settings()
        self.workspace_changed.emit(workspace)

    def change_setting(self, key: str, value: object, shown: str | None = None) -> None:
        """Change a setting now and save and record it in the background."""
        self.settings.set(key, value)
        self.run(
            self.configuration.change_setting,
            key,
            value,
            shown,
            pass_state=False,
            error_title=self.tr("Innstillingen ble ikke lagret"),
        )

    def save_settings(self) -> None:
        self.run(
            self.settings.save,
            pass_state=False,
            error_title=self.tr("Innstillingene ble ikke lagret"),
        )

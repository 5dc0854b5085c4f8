"""Varsel from Fast kontroll: what a scheduled run found (letters at risk, a review past its
date), told to the user although Postvakt was closed.

The design, kept small:

* The run (``postvakt-cli rutine kjor``) saves the finding in the store, in the same
  transaction as the run (:meth:`RoutineService.ran`), and starts ``postvakt --varsle``.
  Whatever happens after that, Oversikt shows the finding until the user opens it or puts it
  aside («Skjul»). The store is the truth; the tray is a messenger.
* ``postvakt --varsle`` (:class:`NotifierMode`) first asks a Postvakt that is open (one per
  data folder, listening on a :class:`QLocalServer`) to show it; that window reads the store
  and shows the finding itself (:class:`RunningNotices`). Is none open, it shows the finding
  as a tray message (:class:`TrayNotice`); a click on the message, or «Åpne …» in the tray
  icon's menu, opens Postvakt at the workspace and the page that fixes it. Without a system
  tray (``QSystemTrayIcon.isSystemTrayAvailable()`` false) it says so in the log and ends:
  the finding waits on Oversikt.

The tray icon comes from a factory (``tray_factory(parent) -> QSystemTrayIcon | None``), so
tests can have one, or none, on the offscreen platform.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon, QWidget

from desktop_app.domain.routines import Finding
from desktop_app.tasks import run_task

log = logging.getLogger(__name__)

TrayFactory = Callable[[QObject], QSystemTrayIcon | None]


def tr(text: str) -> str:
    return QCoreApplication.translate("notifier", text)


def system_tray(parent: QObject) -> QSystemTrayIcon | None:
    """The desktop's system tray, or None where there is none (some Linux desktops, offscreen)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return QSystemTrayIcon(parent)


def server_name(data_dir: str | None = None) -> str:
    """One name per user and data folder: a second Postvakt for another folder is another."""
    if data_dir is None:
        from desktop_app.storage.paths import app_paths

        data_dir = str(app_paths().data_dir)
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{data_dir}".encode()).hexdigest()[:16]
    return f"postvakt-{digest}"


def notice_text(finding: Finding) -> str:
    """What the finding says, in the user's language."""
    parts = []
    if finding.at_risk:
        parts.append(
            tr("{n} taushetsbelagte brev er ikke åpnet og kan være i faresonen.").format(
                n=finding.at_risk
            )
        )
    if finding.review_due:
        day = ".".join(reversed(finding.review_due.split("-")))
        parts.append(tr("Gjennomgangen av tilgangene skulle vært gjort {day}.").format(day=day))
    return f"{finding.workspace_name}: " + " ".join(parts)


def open_label(finding: Finding) -> str:
    if finding.at_risk:
        return tr("Åpne Uåpnet post for {name}").format(name=finding.workspace_name)
    return tr("Åpne Taushetsbelagt post for {name}").format(name=finding.workspace_name)


# --- Between two Postvakt processes ----------------------------------------------------------


class InstanceServer(QObject):
    """The open Postvakt listens here; ``postvakt --varsle`` says «a run found something»."""

    notice = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.name):
            # A socket left by a Postvakt that ended without closing it (Unix): take it over.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning(
                    "Varsler fra fast kontroll når ikke dette vinduet: %s",
                    self.server.errorString(),
                )

    def _accept(self) -> None:
        # The sockets stay the server's children (one per scheduled run that found
        # something: a few a week); no deleteLater, which PySide's ownership makes fragile.
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            line = bytes(socket.readLine().data()).strip()
            try:
                message = json.loads(line or b"{}")
            except ValueError:
                continue
            if isinstance(message, dict) and message.get("kind") == "notice":
                self.notice.emit()


class Messenger(QObject):
    """Sends one message to the open Postvakt; ``done(True)`` when one took it, ``done(False)``
    when none is open. Never blocks."""

    done = Signal(bool)

    def __init__(self, message: dict, name: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.message = message
        self.name = name or server_name()
        self.socket = QLocalSocket(self)
        self.socket.connected.connect(self._send)
        self.socket.errorOccurred.connect(lambda _error: self._finish(False))
        self._finished = False

    def start(self) -> None:
        self.socket.connectToServer(self.name)

    def _send(self) -> None:
        self.socket.write(json.dumps(self.message).encode() + b"\n")
        self.socket.flush()
        self.socket.disconnectFromServer()  # after what is written has gone
        self._finish(True)

    def _finish(self, taken: bool) -> None:
        if not self._finished:
            self._finished = True
            self.done.emit(taken)


# --- The tray icon ---------------------------------------------------------------------------


class TrayNotice(QObject):
    """The findings as a tray message and an icon whose menu opens each of them."""

    open_requested = Signal(object)  # Finding
    closed = Signal()

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        self.findings: list[Finding] = []
        self.menu = QMenu()
        self.menu.setAccessibleName(tr("Varsel fra Postvakt"))
        tray.setContextMenu(self.menu)
        tray.messageClicked.connect(self._open_first)
        tray.activated.connect(self._activated)
        icon = QApplication.windowIcon()  # Postvakt's own, set at start-up
        if icon.isNull():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        tray.setIcon(icon)

    def show(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.menu.clear()
        for finding in self.findings:
            action = self.menu.addAction(open_label(finding))
            action.triggered.connect(lambda _c=False, f=finding: self._open(f))
        self.menu.addSeparator()
        self.menu.addAction(tr("Lukk varselet")).triggered.connect(self.close)
        title = tr("Postvakt: fast kontroll")
        text = "\n".join(notice_text(f) for f in self.findings)
        self.tray.setToolTip(title + "\n" + text)
        self.tray.show()
        self.tray.showMessage(
            title,
            text + "\n" + tr("Klikk for å åpne Postvakt."),
            QSystemTrayIcon.MessageIcon.Warning,
            0,  # as long as the desktop keeps messages
        )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._open_first()

    def _open_first(self) -> None:
        if self.findings:
            self._open(self.findings[0])

    def _open(self, finding: Finding) -> None:
        self.tray.hide()
        self.open_requested.emit(finding)

    def close(self) -> None:
        """The icon goes; the finding still waits on Oversikt."""
        self.tray.hide()
        self.closed.emit()


# --- ``postvakt --varsle`` -----------------------------------------------------------------------


class NotifierMode(QObject):
    """The program started by a scheduled run: hand the finding to the open Postvakt, or show
    it in the tray. ``finished``: nothing more to do, the process may end (without a window).
    ``how``: what became of it, for the log and for tests («vindu», «systemstatusfelt»,
    «oversikt», «ingenting»)."""

    finished = Signal()

    def __init__(
        self,
        open_window: Callable[[Finding], None],
        load: Callable[[], list[Finding]],
        tray_factory: TrayFactory = system_tray,
        name: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.open_window = open_window
        self.load = load
        self.tray_factory = tray_factory
        self.name = name
        self.how = ""
        self.notice: TrayNotice | None = None

    def start(self) -> None:
        self.messenger = Messenger({"kind": "notice"}, self.name, self)
        self.messenger.done.connect(self._sent)
        self.messenger.start()

    def _sent(self, taken: bool) -> None:
        if taken:
            self._end("vindu", "Varselet er gitt til Postvakt-vinduet som er åpent.")
            return
        run_task(  # (no parent: the task keeps this object until its answer is in)
            self.load,
            pass_state=False,
            on_result=self._show,
            on_error=lambda _exc: self._end(
                "oversikt", "Varselet kunne ikke leses; det vises på Oversikt."
            ),
        )

    def _show(self, findings: list[Finding]) -> None:
        if not findings:
            self._end("ingenting", "Ingen varsler venter.")
            return
        tray = self.tray_factory(self)
        if tray is None:
            self._end(
                "oversikt",
                "Skrivebordet har ikke systemstatusfelt: varselet vises på Oversikt neste "
                "gang Postvakt åpnes.",
            )
            return
        self.how = "systemstatusfelt"
        self.notice = TrayNotice(tray, self)
        self.notice.open_requested.connect(self._open)
        self.notice.closed.connect(self.finished)
        self.notice.show(findings)

    def _open(self, finding: Finding) -> None:
        self.open_window(finding)

    def _end(self, how: str, why: str) -> None:
        self.how = how
        log.info(why)
        self.finished.emit()


# --- In the open Postvakt ----------------------------------------------------------------------


class RunningNotices(QObject):
    """The open window's side: a run has found something (``postvakt --varsle`` says so):
    read the store and show what is new, in the tray where there is one, else in the status
    line; Oversikt shows it either way."""

    def __init__(
        self,
        window: QWidget,
        ctx,
        tray_factory: TrayFactory = system_tray,
        name: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.tray_factory = tray_factory
        self.shown: set[tuple[int, str]] = set()
        self.notice: TrayNotice | None = None
        self.server = InstanceServer(name, self)
        self.server.notice.connect(self.check)

    def check(self) -> None:
        self.ctx.run(
            self.ctx.services.routines.pending_notices,
            pass_state=False,
            latest="routine-notices",
            on_result=self._show,
        )

    def _show(self, findings: list[Finding]) -> None:
        new = [f for f in findings if (f.workspace_id, f.found_at) not in self.shown]
        if not new:
            return
        self.shown.update((f.workspace_id, f.found_at) for f in new)
        dashboard = getattr(self.window, "pages", {}).get("oversikt")
        if dashboard is not None:
            dashboard.refresh()
        if self.notice is None:
            tray = self.tray_factory(self)
            if tray is not None:
                self.notice = TrayNotice(tray, self)
                self.notice.open_requested.connect(self.window.open_finding)
        if self.notice is not None:
            self.notice.show(new)
        else:
            self.window.statusBar().showMessage(
                tr("Fast kontroll: {text} Se Oversikt.").format(text=notice_text(new[0]))
            )


def open_finding(window, finding: Finding) -> None:
    """Postvakt at the finding's workspace and page, in front; the finding is put aside."""
    ctx = window.ctx
    if ctx is None:  # the store is still being opened: once it is
        window.ready.connect(lambda: open_finding(window, finding))
        return

    def arrived(workspace) -> None:
        if workspace is not None and (ctx.workspace is None or ctx.workspace.id != workspace.id):
            ctx.set_workspace(workspace)
            window.reload_workspaces()
        window.show_page(finding.page)
        window.showNormal()
        window.raise_()
        window.activateWindow()

    ctx.run(ctx.workspaces.get_workspace, finding.workspace_id, pass_state=False, on_result=arrived)
    dashboard = getattr(window, "pages", {}).get("oversikt")
    ctx.run(
        ctx.services.routines.dismiss_notice,
        finding,
        pass_state=False,
        on_result=lambda _r: dashboard.refresh() if dashboard is not None else None,
    )

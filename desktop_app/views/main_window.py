"""The main window: environment banner, workspace picker, navigation and pages.

The window paints at once; the workspace store is opened in the background and the pages
are built when it is ready, so start-up never waits on the disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.domain.environments import Environment
from desktop_app.views.domain_text import dtr
from desktop_app.views.first_paint import on_first_paint
from desktop_app.views.style import ENV_COLOURS, NAV_HEADING_TEXT, app_style

if TYPE_CHECKING:
    from desktop_app.domain.organizations import Workspace
    from desktop_app.services.handover import HandoverTask
    from desktop_app.services.session import SessionInfo
    from desktop_app.views.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("main_window", text)


# Up to the first paint the window uses no value of PySide's ``Qt`` namespace: the first one
# used makes Python enums of all of Qt's (about a hundred; a good part of a bare window's
# start-up time). These few are given as Qt's numbers instead (a test compares them with Qt's),
# and the rest waits until the window is on screen (``MainWindow._after_first_paint``).
USER_ROLE = 0x100  # Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
ACCESSIBLE_DESCRIPTION_ROLE = 12  # Qt.ItemDataRole.AccessibleDescriptionRole
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole (a QColor there: QBrush() makes Qt's enums)
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter, set as the label's property
NO_FOCUS = 0  # Qt.FocusPolicy.NoFocus, set as the widget's property


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: str
    heading: bool = False


def navigation_entries() -> list[NavEntry]:
    return [
        NavEntry("oversikt", tr("Oversikt")),
        NavEntry("virksomheter", tr("Virksomheter")),
        NavEntry("_veivisere", tr("Veivisere"), heading=True),
        NavEntry("dpi", tr("DPI-oppsett")),
        NavEntry("taushetsbelagt", tr("Taushetsbelagt post")),
        NavEntry("varsling", tr("Varsling")),
        NavEntry("uapnet", tr("Uåpnet post")),
        NavEntry("varslingsplan", tr("Varslingsplan")),
        NavEntry("_annet", "", heading=True),
        NavEntry("rapporter", tr("Rapporter")),
        NavEntry("logg", tr("Logg")),
        NavEntry("region", tr("Regionoversikt")),
        NavEntry("innstillinger", tr("Innstillinger")),
    ]


class EnvironmentBanner(QFrame):
    """Always visible: which services Postvakt talks to. Production is red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        self.label = QLabel()  # rich text (from show_environment on; empty until then)
        self.label.setObjectName("environmentLabel")
        self.label.setWordWrap(True)  # a long explanation wraps instead of widening the window
        layout.addWidget(self.label, 1)
        self.session_button = QPushButton()
        self.session_button.setObjectName("sessionIndicator")
        self.session_button.setFlat(True)  # (its pointing-hand cursor: finish())
        self.session_button.setToolTip(tr("Pålogging: åpner Innstillinger"))
        layout.addWidget(self.session_button)
        layout.addSpacing(12)
        self.workspace_label = QLabel(tr("Arbeidsflate:"))
        self.workspace = QComboBox()
        self.workspace.setMinimumWidth(260)
        # As accessibility.prepare sets every drop-down (it is installed after the first
        # paint): set here, so the banner does not change size just after it.
        self.workspace.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.workspace.setMinimumContentsLength(14)
        self.workspace.setAccessibleName(tr("Velg arbeidsflate"))
        self.workspace_label.setBuddy(self.workspace)
        layout.addWidget(self.workspace_label)
        layout.addWidget(self.workspace)
        self.environment: Environment | None = None
        self.show_session(None)

    def finish(self) -> None:
        """What waits until the window is on screen (see ``USER_ROLE``)."""
        from PySide6.QtCore import Qt

        self.session_button.setCursor(Qt.CursorShape.PointingHandCursor)

    def show_session(self, info: SessionInfo | None) -> None:
        """Who is signed in with ID-porten (a click opens Innstillinger, where the sign-in is)."""
        if info is None:
            self.session_button.setText(tr("Ikke logget inn"))
            self.session_button.setAccessibleName(
                tr("Ikke logget inn. Åpne Innstillinger for å logge inn.")
            )
        else:
            self.session_button.setText(tr("Logget inn som {name}").format(name=info.name))
            self.session_button.setAccessibleName(
                tr("Logget inn som {name}. Åpne Innstillinger.").format(name=info.name)
            )

    def show_environment(self, env: Environment) -> None:
        import html

        from desktop_app.views.plain_text import rich

        rich(self.label)
        self.environment = env
        background, text, border = ENV_COLOURS[env]
        self.setStyleSheet(
            f"QFrame#environmentBanner {{ background: {background}; border-bottom: 2px solid "
            f"{border}; }} QFrame#environmentBanner QLabel {{ color: {text}; }} "
            f"QPushButton#sessionIndicator {{ color: {text}; background: transparent; "
            f"border: 1px solid {border}; border-radius: 10px; padding: 2px 10px; }} "
            f"QPushButton#sessionIndicator:hover {{ background: rgba(0, 0, 0, 0.06); }}"
        )
        if env.is_production:
            message = tr("PRODUKSJON – endringer skjer i ekte tjenester for ekte virksomheter")
        else:
            message = f"{dtr(env.label)} – {dtr(env.explanation)}"
        self.label.setText(f"<b>{html.escape(message)}</b>")
        self.label.setAccessibleName(tr("Miljø: {env}").format(env=dtr(env.label)))


class PageStack(QStackedWidget):
    """The pages, as large as the page shown (not the largest page), so that the scroll area
    around it scrolls only when the page shown needs it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _i: self.updateGeometry())
        self.currentChanged.connect(self._name_after_page)

    def _name_after_page(self, _index: int) -> None:
        # Ctrl+1 … moves the focus into the page; a screen reader says the containers it
        # enters, and Orca skips an unnamed page: it said only «layered pane»
        page = self.currentWidget()
        self.setAccessibleName(page.accessibleName() if page is not None else "")

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())


class MainWindow(QMainWindow):
    ready = Signal()

    def __init__(self, ctx: AppContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle("Postvakt")
        self.resize(QSize(1180, 760))
        # Keyboard and screen-reader help for the whole program: right after the first
        # paint (or when the pages are built, if that comes first). Nothing on the window at
        # its first paint needs it, and its event filter would see every event before then.
        on_first_paint(self, self._after_first_paint)
        self.setStyleSheet(app_style(self.font().pointSizeF()))

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = EnvironmentBanner()
        outer.addWidget(self.banner)
        body = QHBoxLayout()
        body.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(220)
        self.nav.setAccessibleName(tr("Navigasjon"))
        self.stack = PageStack()
        # A page larger than the window (large text, a small screen) scrolls; the window never
        # grows past the screen.
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setProperty("focusPolicy", NO_FOCUS)
        self.page_scroll.setWidget(self.stack)
        body.addWidget(self.nav)
        body.addWidget(self.page_scroll, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        self.retry_button: QPushButton | None = None
        self._error_box = None
        self.loading = QLabel(tr("Åpner arbeidsflaten …"))
        self.loading.setProperty("alignment", ALIGN_CENTER)
        self.stack.addWidget(self.loading)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(tr("Arbeider"))
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(QLabel(f"Postvakt {__version__}"))
        # What the status line says, a screen reader says too.
        self.statusBar().messageChanged.connect(self._announce_status)

        self._build_navigation()
        self._shortcuts()
        if ctx is not None:
            self.attach(ctx)

    def _after_first_paint(self) -> None:
        """What the first paint does not need, right after it: the accessibility filter
        (keyboard and screen-reader help for every page), the navigation's headings made
        unselectable, the banner's cursor. Each step can run again (``attach`` runs the
        first; the headings and the cursor are set the same each time)."""
        from PySide6.QtCore import Qt

        _install_accessibility()
        headings = {e.key for e in navigation_entries() if e.heading}
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            if item.data(USER_ROLE) in headings:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.banner.finish()

    def _announce_status(self, text: str) -> None:
        if text:
            from desktop_app.views import accessibility

            accessibility.announce(self.statusBar(), text)

    # -- navigation ------------------------------------------------------------------
    def _build_navigation(self) -> None:
        for entry in navigation_entries():
            item = QListWidgetItem(entry.title)
            item.setData(USER_ROLE, entry.key)
            if entry.heading:  # (unselectable from right after the first paint)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                # dark grey, not the faint grey of a disabled item: it is a heading to read
                item.setData(FOREGROUND_ROLE, QColor(NAV_HEADING_TEXT))  # (as setForeground)
                item.setText(entry.title.upper())
                if not entry.title:
                    item.setSizeHint(QSize(0, self.fontMetrics().height() // 2))
                else:
                    item.setData(ACCESSIBLE_TEXT_ROLE, entry.title)
                    # said as a heading in words: Qt gives a list item no heading role
                    item.setData(ACCESSIBLE_DESCRIPTION_ROLE, tr("overskrift"))
            self.nav.addItem(item)
        # as wide as the longest entry in the font the user has chosen (no cut-off at 200 %)
        nav_font = QFont(self.font())
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)  # as in style.app_style
        nav_font.setBold(True)
        metrics = QFontMetrics(nav_font)
        longest = max(
            metrics.horizontalAdvance(e.title.upper() if e.heading else e.title)
            for e in navigation_entries()
        )
        self.nav.setFixedWidth(max(220, longest + 3 * metrics.averageCharWidth()))
        self.nav.currentItemChanged.connect(self._nav_changed)

    def _shortcuts(self) -> None:
        """The Hjelp menu (F1) from the start; the pages' shortcuts (Ctrl+1 …) come with the
        pages, in the «Gå til» menu, where they are shown (:meth:`_go_to_menu`)."""
        self._help_menu()

    def _help_menu(self) -> None:
        """F1 opens the current page's help; the menu has «Start her» and «Om Postvakt»."""
        menu = self.menuBar().addMenu(tr("&Hjelp"))
        page_help = menu.addAction(tr("Hjelp for denne siden"))
        page_help.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1 (and a Help key)
        # (An action's shortcut works anywhere in its window: Qt's default context.)
        page_help.triggered.connect(lambda: self.open_help(self.current_page_key()))
        self.addAction(page_help)  # F1 works with the menu closed too
        menu.addSeparator()
        menu.addAction(tr("Start her: daglig leder")).triggered.connect(
            lambda: self.open_help("start-daglig-leder")
        )
        menu.addAction(tr("Start her: IT-koordinator")).triggered.connect(
            lambda: self.open_help("start-it-koordinator")
        )
        menu.addSeparator()
        menu.addAction(tr("Om Postvakt")).triggered.connect(self.open_about)
        self.help_menu = menu

    def open_help(self, key: str | None) -> None:
        from desktop_app.views.help import open_help

        self.help_dialog = open_help(self, key)

    def open_about(self) -> None:
        from desktop_app.views.help import open_about

        self.help_dialog = open_about(self)

    def open_page(self, key: str) -> None:
        """A page chosen by its shortcut (Ctrl+1 …): shown, with the focus on its first field.
        (The arrow keys in the list on the left show a page and leave the focus in the list.)"""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QWizard

        from desktop_app.views import accessibility

        self.show_page(key)
        page = self.pages.get(key)
        if page is not None:
            wizard = next((w for w in page.findChildren(QWizard) if w.isVisible()), None)
            start = wizard.currentPage() if wizard is not None and wizard.currentPage() else page
            target = accessibility.first_field(start) or accessibility.first_field(page)
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def page_keys(self) -> list[str]:
        return [e.key for e in navigation_entries() if not e.heading]

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(USER_ROLE) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page_key(self) -> str | None:
        item = self.nav.currentItem()
        return item.data(USER_ROLE) if item else None

    def _nav_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        page = self.pages.get(current.data(USER_ROLE))
        if page is not None:
            self.stack.setCurrentWidget(page)
            self._reflow()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if self.ctx is None:  # before the store is open (and before the first paint)
            return
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.ctx.check_outside_changes()  # back in Postvakt: a routine may have run

    def _reflow(self) -> None:
        """Panes side by side only when they fit (large text, a small screen)."""
        page = self.stack.currentWidget()
        if page is not None and page is not self.loading:  # («Åpner …» has no panes)
            from desktop_app.views import accessibility

            accessibility.fit_splitters(page, self.page_scroll.viewport().width())

    # -- context ---------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        """Build the pages once the store is open (after the first paint: start-up stays quick)."""
        if self.ctx is not None:
            return  # already attached (a late retry)
        from desktop_app.views import dialogs

        self._after_first_paint()  # if it has not run yet: the pages are built with it
        from desktop_app.views.audit_log import AuditLogView
        from desktop_app.views.dashboard import DashboardView
        from desktop_app.views.settings_view import SettingsView
        from desktop_app.wizards.organizations import OrganizationsView

        self.ctx = ctx
        ctx.setParent(self)
        ctx.busy_changed.connect(self.busy.setVisible)
        ctx.error.connect(lambda title, exc: dialogs.show_error(self, exc, title))
        ctx.session_notice.connect(lambda text: self.statusBar().showMessage(text, 30_000))
        if self.retry_button is not None:
            self.retry_button.hide()
        ctx.environment_changed.connect(self._environment_changed)
        ctx.workspace_changed.connect(self._workspace_changed)
        ctx.workspaces_changed.connect(self.reload_workspaces)
        self.banner.workspace.activated.connect(self._workspace_chosen)

        dashboard = DashboardView(ctx)
        dashboard.navigate.connect(self.show_page)
        dashboard.new_workspace_requested.connect(self.open_new_workspace)
        dashboard.notices.open_requested.connect(self.open_finding)
        settings = SettingsView(ctx)
        settings.new_workspace_requested.connect(self.open_new_workspace)
        self.pages = {
            "oversikt": dashboard,
            "virksomheter": OrganizationsView(ctx),
            "logg": AuditLogView(ctx),
            "innstillinger": settings,
        }
        from desktop_app.wizards.dpi_onboarding import DpiOnboardingPage
        from desktop_app.wizards.notice_plan import NoticePlannerPage

        self.pages["varslingsplan"] = NoticePlannerPage(ctx)
        from desktop_app.wizards.unopened.check import UnopenedCheckPage
        from desktop_app.wizards.unopened.refresh_statuses import RefreshStatusesPage

        self.pages["uapnet"] = UnopenedCheckPage(ctx, refresh_page_factory=RefreshStatusesPage)
        from desktop_app.wizards.confidential_access import ConfidentialAccessPage
        from desktop_app.wizards.notification_contacts import NotificationContactsPage

        self.pages["taushetsbelagt"] = access = ConfidentialAccessPage(ctx)
        self.pages["varsling"] = notifications = NotificationContactsPage(ctx)
        self.pages["dpi"] = dpi = DpiOnboardingPage(ctx)
        from desktop_app.wizards.unopened.reports import ReportsPage

        self.pages["rapporter"] = ReportsPage(ctx)
        from desktop_app.wizards.region import RegionPage

        self.pages["region"] = region = RegionPage(ctx)
        region.navigate.connect(self.show_page)
        titles = {e.key: e.title for e in navigation_entries()}
        for key in self.page_keys():
            self.pages[key].setAccessibleName(titles.get(key, ""))
            self.stack.addWidget(self.pages[key])
        from desktop_app.views.altinn_wiring import AltinnPages, AltinnWiring

        # Sign-in in, sign-out out: the Altinn adapters for DPI, Taushetsbelagt post, Varsling.
        self.altinn = AltinnWiring(
            ctx,
            AltinnPages(dpi=dpi, access=access, notifications=notifications, overview=dashboard),
        )
        self.statusBar().addWidget(self.altinn.status_line, 1)  # reading from Altinn, «Stopp»
        ctx.session_changed.connect(self.banner.show_session)
        self.banner.show_session(ctx.session.info)
        self.banner.session_button.clicked.connect(lambda: self.show_page("innstillinger"))
        self._environment_changed(ctx.environment)
        self._file_menu()
        ctx.sync_sandbox()
        self.reload_workspaces()
        self.show_page("oversikt")
        ctx.watch_outside_changes()  # a scheduled routine or postvakt-cli writing meanwhile
        self.nav.setFocus()
        from desktop_app.views.notifier import RunningNotices

        self.routine_notices = RunningNotices(self, ctx)  # what scheduled runs find, told here
        self.ready.emit()

    def open_finding(self, finding) -> None:
        """Postvakt at the workspace and page of what a scheduled run found."""
        from desktop_app.views.notifier import open_finding

        open_finding(self, finding)

    # -- «Til daglig leder»: task files and receipts -----------------------------------
    def _file_menu(self) -> None:
        """Fil and «Gå til», before Hjelp: every shortcut of the window is in a menu."""
        menu = QMenu(tr("&Fil"), self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        new = menu.addAction(tr("Ny arbeidsflate …"))
        new.setShortcut(QKeySequence("Ctrl+N"))
        new.triggered.connect(self.open_new_workspace)
        action = menu.addAction(tr("Åpne &oppgave eller kvittering …"))
        action.setShortcut(QKeySequence.StandardKey.Open)
        action.triggered.connect(lambda: self.open_handover())
        self.open_task_action = action
        # Ctrl+P: the shown page's summary, overview or checklist, as its PDF would be
        printing = menu.addAction(tr("Skriv &ut …"))
        printing.setShortcut(QKeySequence.StandardKey.Print)
        printing.triggered.connect(self.print_current_page)
        self.addAction(printing)  # Ctrl+P works with the menu closed too
        self.print_action = printing
        self._go_to_menu()

    def _go_to_menu(self) -> None:
        """«Gå til»: every page with its shortcut, Ctrl+1 … Ctrl+9 in order, Ctrl+0 for
        Innstillinger (the page is shown with the focus on its first field)."""
        menu = QMenu(tr("&Gå til"), self)
        self.menuBar().insertMenu(self.help_menu.menuAction(), menu)
        entries = {e.key: e.title for e in navigation_entries() if not e.heading}
        keys = list(entries)
        numbered = [(key, f"Ctrl+{n}") for n, key in enumerate(keys[:9], start=1)]
        for key, keys_text in [*numbered, ("innstillinger", "Ctrl+0")]:
            action = menu.addAction(entries[key])
            action.setShortcut(QKeySequence(keys_text))
            action.triggered.connect(lambda _checked=False, k=key: self.open_page(k))
            self.addAction(action)  # works with the menu closed too
        self.go_to_menu = menu

    def print_current_page(self) -> bool:
        from desktop_app.views.printing import print_page

        return print_page(self, self.stack.currentWidget(), self.ctx)

    def open_handover(self, path: Path | None = None) -> None:
        """Open a task file (lands on its step) or a receipt (recorded in the log)."""
        from desktop_app.views.handover import choose_open_path, open_handover_file

        if self.ctx is None:
            return
        if path is None:
            path = choose_open_path(self)
        if path is not None:
            open_handover_file(self, self.ctx, Path(path), self._show_task)

    def _show_task(self, task: HandoverTask) -> None:
        from desktop_app.services.handover import KIND_DPI

        if task.kind == KIND_DPI:
            self.show_page("dpi")
            self.pages["dpi"].open_task(task)
        else:
            self.show_page("taushetsbelagt")
            self.pages["taushetsbelagt"].open_task(task)

    def reload_workspaces(self) -> None:
        assert self.ctx is not None
        self.ctx.run(
            self.ctx.workspaces.list_workspaces,
            pass_state=False,
            latest="workspaces",
            on_result=self._fill_workspaces,
        )  # newest wins

    def _fill_workspaces(self, workspaces: list[Workspace]) -> None:
        assert self.ctx is not None
        combo = self.banner.workspace
        combo.blockSignals(True)
        combo.clear()
        for ws in workspaces:
            combo.addItem(ws.name, ws)
        combo.addItem(tr("Ny arbeidsflate …"), None)
        wanted = (
            self.ctx.workspace.id
            if self.ctx.workspace
            else self.ctx.settings.get("last_workspace_id")
        )
        index = next((i for i, ws in enumerate(workspaces) if ws.id == wanted), 0)
        combo.setCurrentIndex(index if workspaces else -1)
        combo.blockSignals(False)
        chosen = workspaces[index] if workspaces else None
        if chosen is not None and (self.ctx.workspace is None or self.ctx.workspace != chosen):
            self.ctx.set_workspace(chosen)
        elif chosen is None and self.ctx.workspace is not None:
            self.ctx.set_workspace(None)

    def _workspace_chosen(self, index: int) -> None:
        assert self.ctx is not None
        workspace = self.banner.workspace.itemData(index)
        if workspace is None:
            self.open_new_workspace()
            # Put the picker back on the workspace in use.
            current = self.ctx.workspace
            for i in range(self.banner.workspace.count()):
                ws = self.banner.workspace.itemData(i)
                if ws is not None and current is not None and ws.id == current.id:
                    self.banner.workspace.setCurrentIndex(i)
            return
        if self.ctx.workspace is None or workspace.id != self.ctx.workspace.id:
            self.ctx.set_workspace(workspace)

    def _workspace_changed(self, workspace: Workspace | None) -> None:
        self._update_title()

    def _environment_changed(self, env: Environment) -> None:
        self.banner.show_environment(env)
        self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            return
        env = self.ctx.environment
        parts = ["Postvakt"]
        if self.ctx.workspace is not None:
            parts.append(self.ctx.workspace.name)
        parts.append(tr("PRODUKSJON") if env.is_production else dtr(env.label))
        self.setWindowTitle(" – ".join(parts))

    # -- actions ---------------------------------------------------------------------
    def open_new_workspace(self) -> None:
        if self.ctx is None:
            return
        from desktop_app.wizards.workspaces import NewWorkspaceWizard

        wizard = NewWorkspaceWizard(self.ctx, self)
        from PySide6.QtCore import Qt

        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.created.connect(self._workspace_created)
        wizard.open()
        self.new_workspace_wizard = wizard

    def _workspace_created(self, workspace: Workspace) -> None:
        assert self.ctx is not None
        from desktop_app.views import dialogs

        self.ctx.set_workspace(workspace)
        self.reload_workspaces()
        dialogs.inform(
            self,
            tr("Arbeidsflaten er klar"),
            tr("«{name}» er opprettet og valgt.").format(name=workspace.name),
        )

    def show_startup_error(self, exc: BaseException) -> None:
        from desktop_app.views import dialogs

        self.loading.setText(
            tr("Postvakt fikk ikke åpnet arbeidsflatene.") + "\n\n" + dialogs.user_message(exc)
        )
        self.loading.setWordWrap(True)
        if self.retry_button is None:
            self.retry_button = QPushButton(tr("Prøv igjen"))
            self.retry_button.setObjectName("retryOpen")
            self.statusBar().addWidget(self.retry_button)
            self.retry_button.clicked.connect(self._retry)
        self.retry_button.setEnabled(True)
        self.retry_button.show()

    def _retry(self) -> None:
        assert self.retry_button is not None
        self.retry_button.setEnabled(False)  # one attempt at a time
        self.loading.setText(tr("Åpner arbeidsflaten …"))
        self.retry_requested.emit()

    retry_requested = Signal()

    @Slot()
    def show_unhandled_error(self) -> None:
        """Called (queued) by the exception hook; the program goes on.

        One box at a time: an error that repeats (in a timer, say) is logged each time but
        shown once until the user closes the box."""
        if self._error_box is not None and self._error_box.isVisible():
            return
        from desktop_app.views import dialogs

        self._error_box = dialogs.unhandled_error(self)


def _install_accessibility() -> None:
    from desktop_app.views import accessibility

    accessibility.install()

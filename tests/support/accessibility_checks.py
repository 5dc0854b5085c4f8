"""Checks a page (or dialog) the way a keyboard or screen-reader user meets it.

Each function returns a list of problems in words (empty when the page passes), so one test
can walk every page and report everything it finds at once.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from desktop_app.views.accessibility import (
    LARGE_TEXT_MINIMUM,
    TEXT_MINIMUM,
    contrast_ratio,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
# What a screen reader also stops at on Tab (seen over AT-SPI with Orca): a scroll area that
# takes the focus, and a label that does (selectable text, links). Unnamed, Orca says nothing.
TAB_STOPS = (*INTERACTIVE, QScrollArea, QLabel)


def describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = ""
    for getter in ("text", "title", "placeholderText"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                value = value()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                text = value[:40]
                break
    owner = widget
    page = ""
    while owner is not None:
        title = getattr(owner, "title", None)
        if owner.objectName().startswith("page:"):
            page = owner.objectName()
            break
        if callable(title) and hasattr(owner, "wizard"):
            page = str(title())[:30]
        owner = owner.parentWidget()
    return f"{type(widget).__name__}{'#' + name if name else ''}«{text}» [{page}]"


def shown_widgets(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if widget.isVisibleTo(root) and widget.isVisible() and widget.objectName() != "focusRing":
            yield widget


def reachable(widget: QWidget) -> bool:
    return (
        widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.focusProxy() is None
    )


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) or "").strip() if iface else ""


def unnamed_widgets(root: QWidget) -> list[str]:
    problems = []
    seen: dict[tuple[str, str], QWidget] = {}
    for widget in shown_widgets(root):
        if not isinstance(widget, TAB_STOPS) or not reachable(widget):
            continue
        if (
            isinstance(widget, QAbstractButton)
            and widget.parentWidget() is not None
            and type(widget.parentWidget()).__name__ in ("QCalendarWidget", "QToolBar")
        ):
            continue
        name = accessible_name(widget)
        if not name:
            problems.append(f"uten navn: {describe(widget)}")
            continue
        if not isinstance(widget, INTERACTIVE):
            continue  # two labels may well say the same
        key = (type(widget).__name__, name.casefold())
        if key in seen and seen[key] is not widget:
            problems.append(f"samme navn som en annen: «{name}» {describe(widget)}")
        seen[key] = widget
    return problems


def keyboard_traps(window: QWidget, start: QWidget) -> list[str]:
    """Tab from ``start`` until the focus comes back round. A widget may keep the focus for a
    few presses (a label's links, a date's day, month and year); one that keeps it for more
    than ``STUCK`` presses, or a round that never gets back, is a trap."""
    chain = [w for w in shown_widgets(window) if reachable(w)]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    if first is None:
        return ["ingenting får fokus"]
    stuck = 0
    for _ in range((len(chain) + 5) * 2 + STUCK):
        current = QApplication.focusWidget()
        QTest.keyClick(current, Qt.Key.Key_Tab)
        QApplication.processEvents()
        after = QApplication.focusWidget()
        stuck = stuck + 1 if after is current else 0
        if stuck > STUCK and len(chain) > 1:
            return [f"Tab kommer ikke videre fra {describe(current)}"]
        if after is first:
            return []
    return [f"Tab kommer ikke tilbake til start; står fast i {describe(after)}"]


STUCK = 12


def painted_background(widget: QWidget) -> QColor:
    """The colour behind ``widget``'s text: its own background if it (or its style sheet)
    paints one, else the nearest ancestor's."""
    w: QWidget | None = widget
    while w is not None:
        role = w.backgroundRole()
        parent = w.parentWidget()
        if role != QPalette.ColorRole.NoRole:
            colour = w.palette().color(role)
            if w.autoFillBackground() or parent is None:
                return colour
            if parent.palette().color(role) != colour and colour.alpha() == 255:
                return colour  # a style sheet gave it its own background
        w = parent
    return QApplication.palette().color(QPalette.ColorRole.Window)


def minimum_for(font) -> float:
    size = font.pointSizeF()
    base = QApplication.font().pointSizeF()
    large = size >= base * 18 / 12 or (font.bold() and size >= base * 14 / 12)
    return LARGE_TEXT_MINIMUM if large else TEXT_MINIMUM


def low_contrast(root: QWidget) -> list[str]:
    problems = []
    for widget in shown_widgets(root):
        if isinstance(widget, QLabel) and widget.text().strip():
            fg = widget.palette().color(widget.foregroundRole())
            bg = painted_background(widget)
            if not widget.isEnabled():
                continue
            ratio = contrast_ratio(fg, bg)
            if ratio < minimum_for(widget.font()):
                problems.append(
                    f"kontrast {ratio:.2f}:1 ({fg.name()} på {bg.name()}): {describe(widget)}"
                )
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) and widget.placeholderText():
            pal = widget.palette()
            ratio = contrast_ratio(
                pal.color(QPalette.ColorRole.PlaceholderText), pal.color(QPalette.ColorRole.Base)
            )
            if ratio < TEXT_MINIMUM:
                problems.append(f"plassholdertekst {ratio:.2f}:1: {describe(widget)}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            problems += _cell_contrast(widget)
    return problems


def _cell_contrast(view: QAbstractItemView) -> list[str]:
    model = view.model()
    pal = view.palette()
    problems = []
    try:
        columns = model.columnCount()
    except TypeError:  # a list model
        columns = 1
    for row in range(min(model.rowCount(), 200)):
        for column in range(columns):
            index = model.index(row, column)
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            if fg is None and bg is None:
                continue
            fg_colour = (
                QColor(fg.color() if hasattr(fg, "color") else fg)
                if fg is not None
                else pal.color(QPalette.ColorRole.Text)
            )
            bg_colour = (
                QColor(bg.color() if hasattr(bg, "color") else bg)
                if bg is not None
                else pal.color(QPalette.ColorRole.Base)
            )
            ratio = contrast_ratio(fg_colour, bg_colour)
            if ratio < TEXT_MINIMUM:
                problems.append(f"celle {row},{column} {ratio:.2f}:1 in {describe(view)}")
                return problems
            if (
                bg is not None
                and contrast_ratio(bg_colour, pal.color(QPalette.ColorRole.Base)) < 1.1
                and fg is None
            ):
                continue
    return problems


def small_text(root: QWidget, body_points: float) -> list[str]:
    """Text that did not grow with the platform font (a fixed size in a style sheet)."""
    problems = []
    for widget in shown_widgets(root):
        if (
            isinstance(widget, QLabel | QAbstractButton)
            and widget.font().pointSizeF() > 0
            and widget.font().pointSizeF() < body_points * 0.8
        ):
            problems.append(
                f"fast skriftstørrelse {widget.font().pointSizeF():g} pt ved "
                f"{body_points:g} pt: {describe(widget)}"
            )
        if (
            isinstance(widget, QLabel)
            and widget.objectName() == "pageTitle"
            and widget.font().pointSizeF() <= body_points
        ):
            problems.append(
                f"sidetittel {widget.font().pointSizeF():g} pt er ikke større enn "
                f"brødteksten {body_points:g} pt"
            )
    return problems


def clipped(window: QWidget) -> list[str]:
    """Text cut off at the right: a label or button narrower than its text, outside any
    scroll area (inside one, the user can scroll to it)."""
    problems = []
    bounds = window.rect()
    for widget in shown_widgets(window):
        if not isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if _inside_scroll(widget, window):
            continue
        if type(widget).__name__ in ("QToolButton",):
            continue
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        need = (
            widget.minimumSizeHint().width()
            if isinstance(widget, QGroupBox)
            else widget.sizeHint().width()
        )
        if widget.width() + 2 < need or not bounds.contains(rect.adjusted(1, 1, -1, -1)):
            problems.append(f"avkuttet ({widget.width()} av {need} px): {describe(widget)}")
    return problems


def _inside_scroll(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QScrollArea | QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def switchers(root: QWidget) -> list[QWidget]:
    """Wizards, tabs and stacks inside ``root``: each of their pages is a view to check."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QWizard | QTabWidget)
        or (
            isinstance(w, QStackedWidget)
            and not isinstance(w.parentWidget(), QTabWidget)
            and not isinstance(w.parentWidget(), QWizard)
        )
    ]


def _scrolls(parent: QWidget) -> bool:
    """``parent`` is the viewport of a scroll area: what it holds may lie outside it."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def out_of_reach(window: QWidget) -> list[str]:
    """Controls a user cannot get to on a small screen: cut off by a parent that does not
    scroll (only a scroll area may hold more than it shows), or outside the window."""
    problems = []
    for widget in shown_widgets(window):
        if not isinstance(widget, INTERACTIVE) or not reachable(widget):
            continue
        if _inside_item_view(widget, window):
            continue  # an editor in a table cell
        child: QWidget = widget
        while child is not window and child.parentWidget() is not None:
            parent = child.parentWidget()
            if not _scrolls(parent):
                inside = parent.rect().adjusted(-2, -2, 2, 2)
                if not inside.contains(child.geometry()):
                    problems.append(
                        f"utenfor rekkevidde ({child.geometry().right()} av "
                        f"{parent.width()} px): {describe(widget)}"
                    )
                    break
            child = parent
    return problems


def _inside_item_view(widget: QWidget, window: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None and w is not window:
        if isinstance(w, QAbstractItemView):
            return True
        w = w.parentWidget()
    return False


def columns_cut_off(root: QWidget, key_columns: dict[str, tuple[str, ...]]) -> list[str]:
    """Tables whose key columns a user has to scroll sideways to see: ``key_columns`` names
    them by header for each table's accessible name; other tables: their first column."""
    problems = []
    for view in shown_widgets(root):
        if not isinstance(view, QAbstractItemView):
            continue
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if header is None:
            continue
        header = header()
        if header is None or not header.isVisible():
            continue
        width = view.viewport().width()
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        titles = {str(view.model().headerData(i, Qt.Orientation.Horizontal)): i for i in shown}
        named = key_columns.get(view.accessibleName())
        keys = [titles[t] for t in named if t in titles] if named else shown[:1]
        cut = []
        for logical in keys:
            if header.isSectionHidden(logical):
                continue
            right = header.sectionPosition(logical) + header.sectionSize(logical)
            if right > width + 2:
                name = view.model().headerData(logical, Qt.Orientation.Horizontal)
                cut.append(str(name))
        if cut:
            problems.append(f"kolonner utenfor ({', '.join(cut)}): {describe(view)}")
    return problems

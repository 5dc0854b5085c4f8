"""What makes every page usable by keyboard and screen reader, in one place.

``install(app)`` is called once (the main window does it) and then applies to every widget,
also those a page builds later:

* Tables, trees and lists never trap the keyboard: Tab leaves them (``tabKeyNavigation`` off),
  the arrow keys move inside. Text panes pass Tab on too (``tabChangesFocus``).
* The menu key (or Shift+F10) opens a table's context menu; where the table has none, it offers
  sorting by each column, so sorting needs no mouse.
* A visible focus ring (dark blue outside, white inside: at least 3:1 against any background)
  follows the keyboard focus everywhere, also on read-only text, empty tables and link labels.

``announce(widget, text)`` tells a screen reader about a status change (Qt ≥ 6.8 has an
announcement event; older Qt gets a name change on the widget, which most readers speak).
``contrast_ratio`` is WCAG 2.1's formula, used by the tests and by the colour constants.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)

try:  # Qt ≥ 6.8
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]


def tr(text: str) -> str:
    return QCoreApplication.translate("accessibility", text)


# --- contrast (WCAG 2.1, 1.4.3 and 1.4.11) -------------------------------------------------

TEXT_MINIMUM = 4.5
LARGE_TEXT_MINIMUM = 3.0
UI_MINIMUM = 3.0

FOCUS_OUTER = "#0b3d91"  # 11.0:1 on white
FOCUS_INNER = "#ffffff"
PLACEHOLDER_TEXT = "#5f6368"
SELECTION_BACKGROUND = "#1a5fb4"


def _channel(value: float) -> float:
    value /= 255.0
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor | str) -> float:
    c = QColor(colour)
    if c.alpha() < 255:
        # blend on white, as the window behind it is
        a = c.alphaF()
        c = QColor(round(c.red() * a + 255 * (1 - a)), round(c.green() * a + 255 * (1 - a)),
                   round(c.blue() * a + 255 * (1 - a)))
    return 0.2126 * _channel(c.red()) + 0.7152 * _channel(c.green()) + 0.0722 * _channel(c.blue())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    a, b = relative_luminance(first), relative_luminance(second)
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


# --- announcements --------------------------------------------------------------------------

_recent: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (a status, a result, an error) without moving focus."""
    if not text:
        return
    _recent.append(text)
    try:
        if QAccessibleAnnouncementEvent is not None:
            event = QAccessibleAnnouncementEvent(widget, text)
            if assertive:
                event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
            QAccessible.updateAccessibility(event)
        else:  # pragma: no cover - older Qt: a name change is read out by most readers
            widget.setAccessibleDescription(text)
    except RuntimeError:  # the widget went away meanwhile
        log.debug("announcement dropped: widget deleted")


def recent_announcements() -> list[str]:
    """What was announced lately (newest last): for the tests and the log."""
    return list(_recent)


def tie_error(field: QWidget, message: str) -> None:
    """An error (or its absence) that belongs to ``field``: part of its accessible description,
    and announced at once."""
    field.setAccessibleDescription(message)
    if message:
        announce(field, message, assertive=True)


# --- keyboard -------------------------------------------------------------------------------

def _is_context_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Menu or (
        event.key() == Qt.Key.Key_F10
        and event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def sort_menu(view: QAbstractItemView) -> QMenu | None:
    """A menu that sorts ``view`` by each column, up or down (keyboard users cannot click the
    header)."""
    model = view.model()
    header = getattr(view, "horizontalHeader", None)
    header = header() if callable(header) else getattr(view, "header", lambda: None)()
    if model is None or header is None or not getattr(view, "isSortingEnabled", lambda: False)():
        return None
    menu = QMenu(view)
    menu.setAccessibleName(tr("Sorter tabellen"))
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or column + 1)
        for order, word in ((Qt.SortOrder.AscendingOrder, tr("stigende")),
                            (Qt.SortOrder.DescendingOrder, tr("synkende"))):
            action = menu.addAction(tr("Sorter etter {column}, {order}").format(
                column=title, order=word))
            action.triggered.connect(lambda _=False, c=column, o=order: view.sortByColumn(c, o))
    return menu


def _menu_position(view: QAbstractItemView) -> QPoint:
    index = view.currentIndex()
    if index.isValid():
        return view.visualRect(index).center()
    return QPoint(8, 8)


class KeyboardAccess(QObject):
    """The application-wide event filter (see the module text)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            prepare(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, QAbstractItemView) \
                and _is_context_key(event):  # type: ignore[arg-type]
            return self._context_menu(watched)
        return False

    def _context_menu(self, view: QAbstractItemView) -> bool:
        point = _menu_position(view)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            view.customContextMenuRequested.emit(point)
            return True
        menu = sort_menu(view)
        if menu is None:
            return False
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.popup(view.viewport().mapToGlobal(point))
        view.setProperty("a11ySortMenu", True)
        view._a11y_menu = menu  # type: ignore[attr-defined]  # for the tests
        return True


def prepare(widget: QWidget) -> None:
    """What every widget gets when it is polished (idempotent)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setTabChangesFocus(True)
        if widget.isReadOnly():
            # read-only text can still be reached, selected and read line by line
            widget.setTextInteractionFlags(widget.textInteractionFlags()
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)


# --- focus ring -----------------------------------------------------------------------------

class FocusRing(QWidget):
    """A two-colour ring around the focused widget of one window, drawn above everything."""

    WIDTH = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []
        self.hide()

    def follow(self, target: QWidget | None) -> None:
        for w in self._watched:
            with contextlib.suppress(RuntimeError):
                w.removeEventFilter(self)
        self._watched = []
        self.target = target
        if target is None:
            self.hide()
            return
        w: QWidget | None = target
        while w is not None and w is not self.parentWidget():
            w.installEventFilter(self)
            self._watched.append(w)
            w = w.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                            QEvent.Type.Hide, QEvent.Type.LayoutRequest):
            QTimer.singleShot(0, self, self.place)
        return False

    def place(self) -> None:
        target = self.target
        window = self.parentWidget()
        try:
            visible = target is not None and window is not None and target.isVisible()
        except RuntimeError:
            visible = False
        if not visible:
            self.hide()
            return
        shown = target.visibleRegion().boundingRect()
        if shown.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, shown.topLeft())
        rect = QRect(top_left, shown.size()).adjusted(-self.WIDTH, -self.WIDTH,
                                                       self.WIDTH, self.WIDTH)
        self.setGeometry(rect.intersected(window.rect()))
        self.ring_rect = rect.translated(-self.geometry().topLeft())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        rect = getattr(self, "ring_rect", self.rect())
        outer = QPen(QColor(FOCUS_OUTER), 2)
        outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outer)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(QPen(QColor(FOCUS_INNER), 1))
        painter.drawRect(rect.adjusted(2, 2, -3, -3))


class _FocusRings(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, FocusRing):
            return
        window = new.window()
        ring = focus_ring(window)
        if ring is not None:
            ring.follow(new)
        for other in QApplication.topLevelWidgets():
            other_ring = other.findChild(FocusRing, "focusRing",
                                         Qt.FindChildOption.FindDirectChildrenOnly)
            if other_ring is not None and other_ring is not ring:
                other_ring.follow(None)


def focus_ring(window: QWidget) -> FocusRing | None:
    if window is None or window.windowType() == Qt.WindowType.Popup:
        return None
    ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
    if ring is None:
        ring = FocusRing(window)
    return ring


def install(app: QApplication | None = None) -> None:
    """Turn the above on for the whole application (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if app is None or app.property("postvaktAccessibility"):
        return
    app.setProperty("postvaktAccessibility", True)
    keyboard = KeyboardAccess(app)
    keyboard.setObjectName("postvaktKeyboardAccess")
    app.installEventFilter(keyboard)
    _FocusRings(app)
    palette = app.palette()
    # Placeholders in dark grey (6.0:1 on white, not Qt's half-transparent 4.0:1); a selected
    # row in a darker blue, so that its white text reads (6.4:1).
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_TEXT))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION_BACKGROUND))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    app.setPalette(palette)
    for widget in app.allWidgets():
        prepare(widget)


def visible_rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s visible part, in ``ancestor``'s coordinates (for the tests)."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(ancestor, shown.topLeft()), shown.size())


__all__ = [
    "FocusRing", "KeyboardAccess", "announce", "contrast_ratio",
    "install", "prepare", "recent_announcements", "relative_luminance", "sort_menu",
    "tie_error",
]

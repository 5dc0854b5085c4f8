"""What makes every page usable by keyboard, screen reader and large text, in one place.

``install(app)`` is called once (the main window does it, right after its first paint) and
then applies to every widget, also those a page builds later:

* Tables, trees and lists never trap the keyboard: Tab leaves them (``tabKeyNavigation`` off),
  the arrow keys move inside. Text panes pass Tab on too (``tabChangesFocus``).
* The menu key (or Shift+F10) opens a table's context menu; where the table has none, it offers
  sorting by each column, so sorting needs no mouse.
* A visible focus ring (dark blue outside, white inside: at least 3:1 against any background)
  follows the keyboard focus everywhere, also on read-only text, empty tables and link labels.
* The focus stays where the user is when Qt would throw it to the top of the window: a wizard
  changing page, an answer redrawn, a button disabled while its work runs. Tab from the last
  field of a step inside a page goes to «Tilbake»/«Neste».
* Placeholders and selected rows in colours that read (palette), drop-down lists that do not
  widen the page, a tab widget as wide as its shown tab.

Pieces for the pages: ``announce(widget, text)`` (Qt ≥ 6.8's announcement event; older Qt sets
the accessible description instead), ``MessageLabel`` (a message tied to its field and said
when it settles), ``wrapping_choice`` (a check box whose words wrap), ``fit_splitters`` and
``reflowing`` (panes that stack when they do not fit), and ``contrast_ratio`` (WCAG 2.1's
formula, used by the tests and the colour constants).
"""

from __future__ import annotations

import functools
import html
import logging
import re
import weakref
from collections import deque

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QColor, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
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
        c = QColor(
            round(c.red() * a + 255 * (1 - a)),
            round(c.green() * a + 255 * (1 - a)),
            round(c.blue() * a + 255 * (1 - a)),
        )
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


class MessageLabel(QLabel):
    """A message in words beside a field (an error, or what was done): part of the field's
    accessible description at once, and said to a screen reader when it has stayed the same
    for a moment (so that a message that follows each key press is said once, not per key).

    The field is held by a weak reference (label and field are siblings on one page)."""

    SETTLE_MS = 700

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field: weakref.ref[QWidget] | None = None
        if field is not None:
            self.set_field(field)
        self._say = QTimer(self)
        self._say.setSingleShot(True)
        self._say.setInterval(self.SETTLE_MS)
        self._say.timeout.connect(self._announce)

    def set_field(self, field: QWidget) -> None:
        self._field = weakref.ref(field)

    def field(self) -> QWidget | None:
        field = self._field() if self._field is not None else None
        return field if field is not None and shiboken6.isValid(field) else None

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if not changed:
            return
        field = self.field()
        if field is not None:
            field.setAccessibleDescription(text)
        if text:
            self._say.start()
        else:
            self._say.stop()

    def _announce(self) -> None:
        text = self.text()
        if "<" in text:  # rich text: say the words, not the tags
            text = re.sub(r"<br\s*/?>", ". ", text)
            text = html.unescape(re.sub(r"<[^>]+>", "", text))
        if text.strip():
            announce(self.field() or self, text.strip())


class _ChoiceText(QLabel):
    """The words of a check box or radio button, wrapping; a click chooses, as on the box."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setBuddy(button)
        self._button = weakref.ref(button)

    def mousePressEvent(self, event: object) -> None:
        button = self._button()
        if button is not None and shiboken6.isValid(button) and button.isEnabled():
            button.click()
            button.setFocus(Qt.FocusReason.MouseFocusReason)


def wrapping_choice(button: QAbstractButton) -> QWidget:
    """A check box or radio button whose words wrap at large text sizes (Qt's own text does
    not): the box, with its words in a label beside it. The box keeps the words as its
    accessible name, so a screen reader says the same."""
    text = button.text()
    if not button.accessibleName():
        button.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    button.setText("")
    container = QWidget()
    row = QHBoxLayout(container)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    label = _ChoiceText(text, button)
    label.setObjectName("choiceText")
    row.addWidget(label, 1)
    return container


def fit_splitters(page: QWidget, width: int) -> None:
    """Side-by-side panes that do not fit in ``width`` (large text, a small screen) are put
    one above the other, and back side by side when there is room again (reflow)."""
    for splitter in page.findChildren(QSplitter):
        if not splitter.isVisibleTo(page):
            continue
        was_horizontal = splitter.property("a11ySideBySide")
        if was_horizontal is None:
            if splitter.orientation() != Qt.Orientation.Horizontal:
                continue
            splitter.setProperty("a11ySideBySide", True)
        panes = [splitter.widget(i) for i in range(splitter.count())]
        needed = sum(
            max(p.minimumSizeHint().width(), p.minimumWidth())
            for p in panes
            if p is not None and not p.isHidden()
        )
        needed += splitter.handleWidth() * max(len(panes) - 1, 0)
        outside = page.width() - splitter.width()  # margins and neighbours on the page
        wanted = Qt.Orientation.Horizontal if needed + outside <= width else Qt.Orientation.Vertical
        if splitter.orientation() != wanted:
            splitter.setOrientation(wanted)
    for holder in page.findChildren(QWidget):
        layout = holder.layout()
        if (
            not isinstance(layout, QBoxLayout)
            or not layout.property(REFLOW)
            or not holder.isVisibleTo(page)
        ):
            continue
        items = [layout.itemAt(i) for i in range(layout.count())]
        needed = sum(item.minimumSize().width() for item in items if not item.isEmpty())
        needed += layout.spacing() * max(len(items) - 1, 0)
        margins = layout.contentsMargins()
        needed += margins.left() + margins.right()
        outside = page.width() - holder.width()
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if needed + outside <= width
            else QBoxLayout.Direction.TopToBottom
        )
        if layout.direction() != wanted:
            layout.setDirection(wanted)


REFLOW = "a11yReflow"


def reflowing(layout: QBoxLayout) -> QBoxLayout:
    """Mark a row of panes that may be stacked when they do not fit side by side."""
    layout.setProperty(REFLOW, True)
    return layout


def fit_tabs(tabs: QTabWidget, *_args: object) -> None:
    """A tab widget as wide as the tab shown, not as its widest tab (Qt's default), so that
    one wide tab does not make every tab scroll sideways."""
    current = tabs.currentWidget()
    for index in range(tabs.count()):
        page = tabs.widget(index)
        policy = page.sizePolicy()
        if page is current:
            original = page.property("a11yHorizontalPolicy")
            if original is not None:
                policy.setHorizontalPolicy(QSizePolicy.Policy(original))
        else:
            if page.property("a11yHorizontalPolicy") is None:
                page.setProperty("a11yHorizontalPolicy", policy.horizontalPolicy().value)
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        page.setSizePolicy(policy)
    tabs.updateGeometry()
    scroll = tabs.parentWidget()
    while scroll is not None and scroll.objectName() != "pageScroll":
        scroll = scroll.parentWidget()
    if isinstance(scroll, QScrollArea) and isinstance(scroll.widget(), QStackedWidget):
        shown = scroll.widget().currentWidget()
        if shown is not None:
            fit_splitters(shown, scroll.viewport().width())


# --- keyboard -------------------------------------------------------------------------------


def _is_context_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Menu or (
        event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    )


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
        for order, word in (
            (Qt.SortOrder.AscendingOrder, tr("stigende")),
            (Qt.SortOrder.DescendingOrder, tr("synkende")),
        ):
            action = menu.addAction(
                tr("Sorter etter {column}, {order}").format(column=title, order=word)
            )
            action.triggered.connect(lambda _=False, c=column, o=order: view.sortByColumn(c, o))
    return menu


def _menu_position(view: QAbstractItemView) -> QPoint:
    index = view.currentIndex()
    if index.isValid():
        return view.visualRect(index).center()
    return QPoint(8, 8)


class KeyboardAccess(QObject):
    """The application-wide event filter (see the module text)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.keeper = _FocusKeeper(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            prepare(watched)
        elif kind == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            self.keeper.focus_out(watched, event.reason())  # type: ignore[attr-defined]
        elif (
            kind == QEvent.Type.EnabledChange
            and self.keeper.waiting is not None
            and isinstance(watched, QWidget)
        ):
            self.keeper.enabled_changed(watched)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(watched, QAbstractItemView)
            and _is_context_key(event)
        ):  # type: ignore[arg-type]
            return self._context_menu(watched)
        elif (
            kind == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
            and watched is QApplication.focusWidget()
        ):
            button = next_out_of_wizard_page(watched)
            if button is not None:
                button.setFocus(Qt.FocusReason.TabFocusReason)
                return True
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
        menu.setObjectName("sortMenu")
        menu.popup(view.viewport().mapToGlobal(point))
        return True


def prepare(widget: QWidget) -> None:
    """What every widget gets when it is polished (idempotent)."""
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QTabWidget) and not widget.property("a11yFitTabs"):
        widget.setProperty("a11yFitTabs", True)
        widget.currentChanged.connect(functools.partial(fit_tabs, widget))
        fit_tabs(widget)
    elif (
        isinstance(widget, QComboBox)
        and widget.sizeAdjustPolicy()
        != QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    ):
        # a long entry must not make the page wider than the screen at large text sizes;
        # the open list still shows every entry in full
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(max(widget.minimumContentsLength(), 14))
    elif (
        isinstance(widget, QScrollArea)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not widget.accessibleName()
    ):
        # Tab stops here (the arrow keys scroll); without a name a screen reader says nothing
        widget.setAccessibleName(tr("Innhold – rull med piltastene"))
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        widget.setTabChangesFocus(True)
        if widget.isReadOnly():
            # read-only text can still be reached, selected and read line by line
            widget.setTextInteractionFlags(
                widget.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )


# --- focus ring -----------------------------------------------------------------------------


class FocusRing(QWidget):
    """A two-colour ring around the focused widget of one window, drawn above everything.

    It holds no reference to any widget (a reference from a child back up its own window
    makes a cycle that Python's collector may free on a worker thread): it asks Qt for the
    focus widget each time it places itself."""

    WIDTH = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ring_rect = QRect()
        self.hide()

    def target(self) -> QWidget | None:
        focused = QApplication.focusWidget()
        window = self.parentWidget()
        if (
            focused is None
            or window is None
            or focused is self
            or focused is window
            or not window.isAncestorOf(focused)
        ):
            return None
        return focused

    def follow(self, target: QWidget | None) -> None:
        w: QWidget | None = target
        while w is not None and w is not self.parentWidget():
            w.installEventFilter(self)  # moves, resizes, scrolls: follow them
            w = w.parentWidget()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.LayoutRequest,
        ):
            QTimer.singleShot(0, self, self.place)
        return False

    def place(self) -> None:
        target = self.target()
        window = self.parentWidget()
        if target is None or window is None or not target.isVisible():
            self.hide()
            return
        shown = target.visibleRegion().boundingRect()
        if shown.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, shown.topLeft())
        rect = QRect(top_left, shown.size()).adjusted(
            -self.WIDTH, -self.WIDTH, self.WIDTH, self.WIDTH
        )
        self.setGeometry(rect.intersected(window.rect()))
        self.ring_rect = rect.translated(-self.geometry().topLeft())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        rect = self.ring_rect if not self.ring_rect.isEmpty() else self.rect()
        outer = QPen(QColor(FOCUS_OUTER), 2)
        outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outer)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.setPen(QPen(QColor(FOCUS_INNER), 1))
        painter.drawRect(rect.adjusted(2, 2, -3, -3))


class _FocusRings(QObject):
    """Moves the ring with the focus. Only the widget that gets the focus is touched here:
    the one that lost it may be in the middle of being destroyed."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._changed)

    def _changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or isinstance(new, FocusRing):
            return
        ring = focus_ring(new.window())
        if ring is not None:
            ring.follow(new)
        for other in QApplication.topLevelWidgets():
            other_ring = other.findChild(
                FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly
            )
            if other_ring is not None and other_ring is not ring:
                other_ring.follow(None)


class _FocusKeeper(QObject):
    """Keeps the focus where the user is when the widget that had it is hidden or disabled for
    a moment: Qt would otherwise throw it to the first control of the window (the banner's
    «Ikke logget inn»).

    * A wizard that changes page: the focus goes to the first field of the new page.
    * An answer that is hidden and shown again at once: the focus comes back to it.
    * A button that is disabled while its work runs («Bekreft steget»): the focus comes back
      when it is enabled again, unless the user has moved on meanwhile.

    Widgets are held by weak references only, and checked to be alive before use."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.lost: weakref.ref[QWidget] | None = None
        self.waiting: weakref.ref[QWidget] | None = None  # disabled; back when enabled
        self.thrown_to: weakref.ref[QWidget] | None = None

    def focus_out(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        # Qt moves the focus on from a widget being hidden or disabled as if Tab was pressed.
        if reason != Qt.FocusReason.TabFocusReason or (widget.isVisible() and widget.isEnabled()):
            return
        window = widget.window()
        if window is None or not window.isVisible():
            return  # the window is closing: nothing to keep
        self.lost = weakref.ref(widget)
        QTimer.singleShot(0, self, self._give_back)

    def _give_back(self) -> None:
        old = self.lost() if self.lost is not None else None
        self.lost = None
        if old is None or not shiboken6.isValid(old):
            return
        target = focus_target_near(old)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif old.isVisible() and not old.isEnabled():
            focused = QApplication.focusWidget()
            self.waiting = weakref.ref(old)
            self.thrown_to = weakref.ref(focused) if focused is not None else None

    def enabled_changed(self, widget: QWidget) -> None:
        waiting = self.waiting() if self.waiting is not None else None
        if waiting is None or widget is not waiting or not widget.isEnabled():
            return
        thrown_to = self.thrown_to() if self.thrown_to is not None else None
        self.waiting = self.thrown_to = None
        if QApplication.focusWidget() is thrown_to and _takes_tab(widget):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _takes_tab(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _is_container(widget: QWidget) -> bool:
    """A scroll area around a form: the form's first field is the place to start."""
    return (
        isinstance(widget, QScrollArea)
        and widget.widget() is not None
        and any(_takes_tab(child) for child in widget.widget().findChildren(QWidget))
    )


def first_field(page: QWidget) -> QWidget | None:
    """The first control in ``page`` that Tab would reach."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and _takes_tab(widget)
            and widget.focusProxy() is None
            and not _is_container(widget)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def wizard_buttons(wizard: QWizard) -> list[QWidget]:
    kinds = (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
        QWizard.WizardButton.HelpButton,
    )
    return [b for b in (wizard.button(k) for k in kinds) if b is not None]


def next_out_of_wizard_page(widget: QWidget) -> QWidget | None:
    """In a wizard that sits inside a page (not a dialog), Tab from the last field of a step
    goes to «Tilbake»/«Neste», not round the whole window first. Returns the button to go to,
    or ``None`` when Tab may do what it always does."""
    if isinstance(widget, QLabel | QAbstractSpinBox):
        return None  # Tab moves between a label's links and a date's parts first
    page = widget.parentWidget()
    while page is not None and not isinstance(page, QWizardPage):
        page = page.parentWidget()
    wizard = page.wizard() if page is not None else None
    if wizard is None or wizard.isWindow():
        return None
    candidate = widget.nextInFocusChain()
    for _ in range(10_000):
        if candidate is None or candidate is widget:
            return None
        if _takes_tab(candidate) and candidate.focusProxy() is None:
            break
        candidate = candidate.nextInFocusChain()
    if wizard.isAncestorOf(candidate):
        return None
    return next((b for b in wizard_buttons(wizard) if _takes_tab(b)), None)


def focus_target_near(old: QWidget) -> QWidget | None:
    """Where the focus belongs when ``old`` lost it by being hidden or disabled: the first
    field of the wizard page now shown (after «Neste» or «Tilbake»), or ``old`` itself if it
    is back (an answer chosen with Space). Otherwise Qt's own choice stands."""
    w = old.parentWidget()
    while w is not None and not isinstance(w, QWizard):
        w = w.parentWidget()
    if w is None:
        return None
    page = w.currentPage()
    if not w.isVisible() or page is None:
        return None
    if not page.isAncestorOf(old):  # «Neste» (or «Tilbake») showed a new page
        buttons = wizard_buttons(w)
        return first_field(page) or next(
            (b for b in buttons[1:] + buttons[:1] if _takes_tab(b)), None
        )  # «Neste» first
    if _takes_tab(old):
        return (first_field(old) or old) if _is_container(old) else old
    return None


def focus_ring(window: QWidget) -> FocusRing | None:
    """The ring of ``window`` (made the first time); popups (menus) have none."""
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
    rings = _FocusRings(app)
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
    focused = QApplication.focusWidget()
    if focused is not None:  # the focus was given before (the main window installs this
        rings._changed(None, focused)  # right after its first paint): it has its ring too


def visible_rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    """``widget``'s visible part, in ``ancestor``'s coordinates (for the tests)."""
    shown = widget.visibleRegion().boundingRect()
    return QRect(widget.mapTo(ancestor, shown.topLeft()), shown.size())


__all__ = [
    "FocusRing",
    "KeyboardAccess",
    "announce",
    "contrast_ratio",
    "install",
    "prepare",
    "recent_announcements",
    "relative_luminance",
    "sort_menu",
    "tie_error",
]

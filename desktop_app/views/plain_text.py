"""Text from files and services is shown as written, never interpreted as rich text.

Qt guesses: a QLabel, a QMessageBox or a tooltip whose text *looks like* HTML
(``Qt.mightBeRichText``) is rendered as HTML. Names come from imported files, from Altinn and
from Enhetsregisteret, so a name such as ``<img src="…">`` or ``<a href="…">Klikk</a>``
would render as markup (load a file, show a link). Postvakt therefore:

* shows every label as plain text unless the code asks for rich text with :func:`rich`
  (then every value put into it must go through ``html.escape``): :class:`PlainTextGuard`
  turns ``AutoText`` labels into ``PlainText`` when they are first polished;
* shows every tooltip as plain text: the guard escapes a tooltip that Qt would take for HTML
  (widgets and item views alike) unless the widget is marked with :func:`rich_tooltips`;
* message boxes are plain text (:mod:`desktop_app.views.dialogs`).

:func:`plain` and :func:`plain_tooltip` do the same explicitly where a label or tooltip is
made for data, so it is plain even where the guard is not installed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolTip, QWidget

_RICH_TOOLTIPS = "postvaktRichToolTips"


def plain(label: QLabel) -> QLabel:
    """``label`` shows its text exactly as written (names, file names, remote text)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def rich(label: QLabel) -> QLabel:
    """``label`` is rich text on purpose; every value put into it must be ``html.escape``d."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def rich_tooltips(widget: QWidget) -> QWidget:
    """``widget``'s tooltips are written as HTML on purpose (values escaped)."""
    widget.setProperty(_RICH_TOOLTIPS, True)
    return widget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly: escaped and wrapped when Qt would take it for
    HTML, unchanged otherwise (so ordinary tooltips stay ordinary)."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


class PlainTextGuard(QObject):
    """Application-wide event filter: plain labels and plain tooltips by default."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QLabel):
            # Qt's own tooltip label gets what _tooltip (or Qt) decided; leave it be.
            if watched.textFormat() == Qt.TextFormat.AutoText and not watched.inherits("QTipLabel"):
                watched.setTextFormat(Qt.TextFormat.PlainText)
        elif kind == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            return self._tooltip(watched, event)
        return False

    def _tooltip(self, widget: QWidget, event: QEvent) -> bool:
        if not isinstance(event, QHelpEvent):
            return False
        view = widget.parent()
        if isinstance(view, QAbstractItemView) and view.viewport() is widget:
            if view.property(_RICH_TOOLTIPS):
                return False
            index = view.indexAt(event.pos())
            text = index.data(Qt.ItemDataRole.ToolTipRole) if index.isValid() else None
            area = view.visualRect(index)
        else:
            if widget.property(_RICH_TOOLTIPS):
                return False
            text = widget.toolTip()
            area = widget.rect()
        if not isinstance(text, str) or not GuiQt.mightBeRichText(text):
            return False  # nothing to show, or Qt shows it as plain text anyway
        QToolTip.showText(event.globalPos(), plain_tooltip(text), widget, area)
        return True


_guard: PlainTextGuard | None = None


def install_plain_text_guard() -> None:
    """Once per application (AppContext does it); safe to call again."""
    global _guard
    app = QCoreApplication.instance()
    if app is None or (_guard is not None and _guard.parent() is app):
        return
    _guard = PlainTextGuard(app)
    app.installEventFilter(_guard)

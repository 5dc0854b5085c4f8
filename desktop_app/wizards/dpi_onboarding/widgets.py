"""Small pieces the DPI-oppsett pages share: labels, a value to copy, a click label, and the
saver that writes drafts one at a time.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from desktop_app.views.context import AppContext
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("dpi_onboarding", text)


STALE_AFTER_DAYS = 180  # older guidance gets a gentle «the portal may look different» note
CHECKLIST_TITLE = "Sjekkliste"  # the [[paths]] entry of step 6 that is ticked, not read


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {STATUS_COLOURS['muted']};")
    return label


def wrapping_label(text: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def note_box(text: str, kind: str) -> QLabel:
    """A coloured notice: ``warn`` (yellow), ``info`` (blue) or ``ok`` (green)."""
    colours = {
        "warn": ("#4d3b00", "#fff4d6", "#c98a00"),
        "info": ("#0b3d66", "#e3effa", "#1a5fb4"),
        "ok": ("#0f4d1c", "#e6f4ea", "#1e7d32"),
        "bad": ("#8c1d18", "#fbe9e7", "#b3261e"),
    }
    fg, bg, border = colours[kind]
    label = wrapping_label(text)
    label.setObjectName(f"notice_{kind}")
    label.setStyleSheet(
        f"QLabel {{ color: {fg}; background: {bg}; border-left: 4px solid "
        f"{border}; padding: 7px 9px; }}"
    )
    return label


def ordered_html(steps: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:3px'>{escape_html(s)}</li>" for s in steps)
    return f"<ol>{items}</ol>"


def bullets_html(steps: tuple[str, ...]) -> str:
    items = "".join(f"<li style='margin-bottom:3px'>{escape_html(s)}</li>" for s in steps)
    return f"<ul>{items}</ul>"


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ClickLabel(QLabel):
    """A wrapping label that ticks its check box when clicked."""

    clicked = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class CopyRow(QWidget):
    """A value to type in a portal: shown as it is, with one button that copies it."""

    copied = Signal(str)

    def __init__(self, label: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name = QLabel(label + ":")
        name.setMinimumWidth(170)
        name.setWordWrap(True)
        layout.addWidget(name, 2)
        if "\n" in value:
            shown: QWidget = QPlainTextEdit(value)
            shown.setReadOnly(True)
            lines = value.count("\n") + 3
            shown.setMinimumHeight(min(lines * shown.fontMetrics().lineSpacing() + 16, 320))
        else:
            shown = QLineEdit(value)
            shown.setReadOnly(True)
            shown.setCursorPosition(0)
        shown.setAccessibleName(label)
        self.shown = shown
        layout.addWidget(shown, 5)
        self.button = QPushButton(tr("Kopier"))
        self.button.setAccessibleName(tr("Kopier {what}").format(what=label))
        self.button.clicked.connect(self.copy)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_value(self, value: str) -> None:
        self.value = value
        if isinstance(self.shown, QLineEdit):
            self.shown.setText(value)
            self.shown.setCursorPosition(0)
        elif isinstance(self.shown, QPlainTextEdit):
            self.shown.setPlainText(value)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.value)
        self.button.setText(tr("Kopiert ✓"))
        QTimer.singleShot(2000, self.button, lambda: self.button.setText(tr("Kopier")))
        self.copied.emit(self.value)


class SerialSaver:
    """Background saves that must land in order: one at a time per key, and while one runs
    only the newest waiting save is kept (older ones would be overwritten anyway)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        self._running: set[str] = set()
        self._waiting: dict[str, tuple[Any, tuple, str]] = {}

    def save(self, key: str, fn: Any, *args: Any, error_title: str) -> None:
        if key in self._running:
            self._waiting[key] = (fn, args, error_title)
            return
        self._running.add(key)

        def finished() -> None:
            self._running.discard(key)
            waiting = self._waiting.pop(key, None)
            if waiting is not None:
                self.save(key, waiting[0], *waiting[1], error_title=waiting[2])

        self.ctx.run(fn, *args, pass_state=False, error_title=error_title, on_finished=finished)

    def busy(self) -> bool:
        return bool(self._running or self._waiting)

"""Small building blocks the pages share: a page header and cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.views.accessibility import reflowing


def tr(text: str) -> str:
    return QCoreApplication.translate("widgets", text)


def page_header(layout: QVBoxLayout, title: str, lead: str = "") -> tuple[QLabel, QLabel]:
    title_label = QLabel(title)
    title_label.setObjectName("pageTitle")
    title_label.setAccessibleName(title)
    # said as a heading in words: PySide gives a label no heading role (QAccessibleWidget,
    # which would, is not in PySide), so a screen reader says «… sidetittel» after the name
    title_label.setAccessibleDescription(QCoreApplication.translate("widgets", "sidetittel"))
    lead_label = QLabel(lead)
    lead_label.setObjectName("pageLead")
    lead_label.setWordWrap(True)
    lead_label.setVisible(bool(lead))
    layout.addWidget(title_label)
    layout.addWidget(lead_label)
    return title_label, lead_label


def button_row(*buttons: QWidget) -> QWidget:
    """Buttons side by side, left-aligned; one above the other when the row does not fit
    (a small screen, large text), so the page never scrolls sideways for them."""
    row = QWidget()
    layout = reflowing(QHBoxLayout(row))
    layout.setContentsMargins(0, 0, 0, 0)
    for button in buttons:
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(1)
    return row


class Card(QFrame):
    """A titled box with a big value and a line of explanation."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.value.setWordWrap(True)  # a long value wraps at large text sizes
        self.title.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, value: str, detail: str = "", colour: str | None = None) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")
        self.detail.setText(detail)

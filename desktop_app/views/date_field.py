"""A date the user can type (dd.mm.åååå), leave empty, clear, or pick in a calendar.

Qt's QDateEdit with «Velg dato» as special text could not be typed into (typing gave
«Velg dato4062026»), kept Tab inside it, and opened its calendar only with the mouse. This one
is a line edit: Tab passes through, typing works, Alt+Pil ned or F4 opens the calendar,
Escape closes it, and a date that is not a date is said in words beside the field (and to a
screen reader) while what was typed stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import DateTextError, format_date, parse_date
from desktop_app.views.accessibility import tie_error
from desktop_app.views.style import STATUS_COLOURS


def tr(text: str) -> str:
    return QCoreApplication.translate("date_field", text)


def _to_qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


class DateLineEdit(QLineEdit):
    """The text part: ``date()``/``setDate()`` as on a QDateEdit (an invalid QDate is empty)."""

    calendar_requested = Signal()

    def date(self) -> QDate:
        try:
            return _to_qdate(parse_date(self.text()))
        except DateTextError:
            return QDate()

    def setDate(self, value: QDate) -> None:
        self.setText(value.toString("dd.MM.yyyy") if value.isValid() else "")
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


class CalendarPopup(QWidget):
    """The calendar, as a popup under the field: Enter or a click picks, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(tr("Kalender"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, value: QDate) -> None:
        self.picked.emit(value)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick(self.calendar.selectedDate())
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """An optional date: the text, «Kalender», «I dag» and «Tøm», and a message if the text
    is not a date."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = accessible
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = DateLineEdit()
        self.edit.setPlaceholderText(tr("dd.mm.åååå"))
        self.edit.setAccessibleName(accessible)
        self.edit.setToolTip(
            tr("Skriv datoen som dd.mm.åååå, eller trykk Alt+Pil ned (F4) for kalenderen.")
        )
        width = self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16
        self.edit.setMinimumWidth(width)
        self.edit.setMaximumWidth(width * 2)
        self.calendar_button = QPushButton(tr("Kalender …"))
        self.calendar_button.setAccessibleName(
            tr("{what}: velg i kalender").format(what=accessible)
        )
        self.today = QPushButton(tr("I dag"))
        self.today.setAccessibleName(tr("{what}: i dag").format(what=accessible))
        self.clear_button = QPushButton(tr("Tøm"))
        self.clear_button.setAccessibleName(tr("{what}: tøm").format(what=accessible))
        for widget in (self.edit, self.calendar_button, self.today, self.clear_button):
            row.addWidget(widget)
        row.addStretch(1)
        outer.addLayout(row)
        self.error = QLabel()
        self.error.setObjectName("dateError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {STATUS_COLOURS['bad']};")
        self.error.setVisible(False)
        outer.addWidget(self.error)

        self._last = ""
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(lambda _t: self._check(quiet=True))
        self.edit.calendar_requested.connect(self.open_calendar)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.today.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        self.clear_button.clicked.connect(self.clear)
        self.popup: CalendarPopup | None = None

    # -- values ---------------------------------------------------------------------------
    def value(self) -> str:
        """The date as ISO text, or "" when empty or not (yet) a date."""
        try:
            day = parse_date(self.edit.text())
        except DateTextError:
            return ""
        return day.isoformat() if day else ""

    def set_value(self, iso: str) -> None:
        try:
            day = date.fromisoformat(iso[:10]) if iso else None
        except ValueError:
            day = None
        self.edit.setText(format_date(day))
        self._last = self.value()
        self._show_error("")

    def clear(self) -> None:
        self.edit.clear()
        self.edit.setFocus()
        self._finished()

    # -- checking -------------------------------------------------------------------------
    def _check(self, *, quiet: bool) -> bool:
        try:
            parse_date(self.edit.text())
        except DateTextError as exc:
            if not quiet:
                self._show_error(str(exc))
            return False
        self._show_error("")
        return True

    def _show_error(self, message: str) -> None:
        if message == self.error.text() and self.error.isVisible() == bool(message):
            return
        self.error.setText(message)
        self.error.setVisible(bool(message))
        tie_error(self.edit, message)

    def _finished(self) -> None:
        ok = self._check(quiet=False)
        if ok:
            day = parse_date(self.edit.text())
            if day is not None and self.edit.text() != format_date(day):
                self.edit.setText(format_date(day))  # 4.6.26 → 04.06.2026
        value = self.value()
        if value != self._last:
            self._last = value
            self.changed.emit()

    # -- calendar -------------------------------------------------------------------------
    def open_calendar(self) -> None:
        self.popup = CalendarPopup(self)
        current = self.edit.date()
        self.popup.calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())
        self.popup.picked.connect(self._picked)
        self.popup.move(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.edit.setDate(value)
        self.edit.setFocus()

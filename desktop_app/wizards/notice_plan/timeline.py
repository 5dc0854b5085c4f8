""":class:`NoticeTimeline`: the notices per day and channel as bars, with the day under the
pointer in a tooltip.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.domain.notices import Channel
from desktop_app.domain.numbers import group_digits as _num
from desktop_app.wizards.notice_plan.texts import CHANNEL_COLOURS, channel_label, day_text


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


class NoticeTimeline(QWidget):
    """Notices that can go out, per day, as bars over the batch's date range (e-post and SMS
    stacked). Hover a bar for the day and the numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.per_day: dict[date, dict[Channel, int]] = {}
        self.setMinimumHeight(100)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Tidslinje: varsler per dag"))

    def sizeHint(self) -> QSize:
        return QSize(600, 140)

    def set_counts(self, per_day: dict[date, dict[Channel, int]]) -> None:
        self.per_day = dict(per_day)
        if self.per_day:
            busiest = max(self.per_day, key=lambda d: sum(self.per_day[d].values()))
            self.setAccessibleDescription(
                tr("Varsler fra {first} til {last}. Flest varsler {day}: {n}.").format(
                    first=day_text(min(self.per_day)),
                    last=day_text(max(self.per_day)),
                    day=day_text(busiest),
                    n=_num(sum(self.per_day[busiest].values())),
                )
            )
        else:
            self.setAccessibleDescription(tr("Ingen varsler å vise."))
        self.update()

    def _days(self) -> list[date]:
        if not self.per_day:
            return []
        first, last = min(self.per_day), max(self.per_day)
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]

    def _plot(self) -> QRectF:
        return QRectF(44, 22, max(self.width() - 56, 10), max(self.height() - 48, 10))

    def _day_at(self, x: float) -> date | None:
        days = self._days()
        plot = self._plot()
        if not days or not plot.left() <= x <= plot.right():
            return None
        i = int((x - plot.left()) / (plot.width() / len(days)))
        return days[min(i, len(days) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            day = self._day_at(event.pos().x())  # type: ignore[attr-defined]
            if day is None:
                QToolTip.hideText()
            else:
                counts = self.per_day.get(day, {})
                text = tr("{day}: {n} varsler (e-post {e}, SMS {s})").format(
                    day=day_text(day),
                    n=_num(sum(counts.values())),
                    e=_num(counts.get(Channel.EPOST, 0)),
                    s=_num(counts.get(Channel.SMS, 0)),
                )
                QToolTip.showText(event.globalPos(), text, self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor("#d0d4d9")))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        days = self._days()
        text_pen = QPen(self.palette().text().color())
        if not days:
            painter.setPen(text_pen)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, tr("Ingen varsler å vise ennå.")
            )
            return
        plot = self._plot()
        peak = max(sum(c.values()) for c in self.per_day.values()) or 1
        slot = plot.width() / len(days)
        bar = min(max(slot * 0.7, 1.0), 28.0)
        metrics = painter.fontMetrics()

        # Axis and scale.
        painter.setPen(QPen(QColor("#9aa0a6")))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(0, plot.top() - 8, plot.left() - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _num(peak),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - 8, plot.left() - 6, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )

        # Bars, e-mail at the bottom and SMS on top.
        for i, day in enumerate(days):
            counts = self.per_day.get(day)
            if not counts:
                continue
            x = plot.left() + i * slot + (slot - bar) / 2
            y = plot.bottom()
            for channel in (Channel.EPOST, Channel.SMS):
                n = counts.get(channel, 0)
                if not n:
                    continue
                h = max(plot.height() * n / peak, 1.0)
                painter.fillRect(QRectF(x, y - h, bar, h), CHANNEL_COLOURS[channel])
                y -= h

        # Date labels where they fit.
        label_width = metrics.horizontalAdvance("00.00.00") + 12
        step = max(1, int(label_width / slot) + 1)
        painter.setPen(text_pen)
        for i in range(0, len(days), step):
            x = plot.left() + i * slot + slot / 2
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 3, label_width, 18),
                Qt.AlignmentFlag.AlignHCenter,
                days[i].strftime("%d.%m.%y"),
            )

        # Legend.
        x = plot.left()
        for channel in (Channel.EPOST, Channel.SMS):
            painter.fillRect(QRectF(x, 6, 10, 10), CHANNEL_COLOURS[channel])
            painter.drawText(
                QRectF(x + 14, 1, 120, 20), Qt.AlignmentFlag.AlignVCenter, channel_label(channel)
            )
            x += 24 + metrics.horizontalAdvance(channel_label(channel)) + 12
        painter.drawText(
            QRectF(x, 1, plot.right() - x, 20),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            tr("Varsler per dag (pek på en stolpe for tallene)"),
        )


# --- The page ------------------------------------------------------------------------------------

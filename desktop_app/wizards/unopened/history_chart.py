""":class:`HistoryChart`: the letters at risk of each saved check over time, with the check under
the pointer in a tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop_app.domain.numbers import group_digits as count_text
from desktop_app.services.unopened_check import run_moment
from desktop_app.storage.runs import CheckRun
from desktop_app.views.style import CHART_AXIS, CHART_GRID, STATUS_COLOURS
from desktop_app.wizards.unopened.report_parts import before_and_after, local_text


def tr(text: str) -> str:
    return QCoreApplication.translate("reports", text)


class HistoryChart(QWidget):
    """Letters at risk per saved run, oldest to the left. Hover a bar for the numbers."""

    BAR_COLOUR = QColor(STATUS_COLOURS["bad"])  # 6.5:1 on the white plot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs: list[CheckRun] = []
        self.setMinimumHeight(150)
        self.setMouseTracking(True)
        self.setAccessibleName(tr("Brev i faresonen over tid"))

    def sizeHint(self) -> QSize:
        return QSize(420, max(190, 8 * self.fontMetrics().height()))

    def set_runs(self, runs: list[CheckRun]) -> None:
        """``runs`` oldest first."""
        self.runs = list(runs)
        if runs:
            last = runs[-1]
            self.setAccessibleDescription(
                (
                    tr("1 kontroll: {date} fant den {count} brev i faresonen.")
                    if len(runs) == 1
                    else tr("{n} kontroller. Den siste, {date}, fant {count} brev i faresonen.")
                ).format(
                    n=len(runs),
                    date=local_text(run_moment(last), False),
                    count=count_text(last.at_risk_count),
                )
            )
        else:
            self.setAccessibleDescription(tr("Ingen kontroller ennå."))
        self.update()

    def _plot(self) -> QRectF:
        # room for the title, the values over the bars and the dates, in the user's font size
        line = self.fontMetrics().height()
        left = self.fontMetrics().horizontalAdvance("00000") + 8
        top = 2 * line + 14
        return QRectF(
            left, top, max(self.width() - left - 12, 10), max(self.height() - top - line - 10, 10)
        )

    def _run_at(self, x: float) -> CheckRun | None:
        plot = self._plot()
        if not self.runs or not plot.left() <= x <= plot.right():
            return None
        slot = plot.width() / len(self.runs)
        return self.runs[min(int((x - plot.left()) / slot), len(self.runs) - 1)]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            run = self._run_at(event.pos().x())  # type: ignore[attr-defined]
            if run is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    tr(  # type: ignore[attr-defined]
                        "{date}: {count} brev i faresonen hos {recipients} virksomheter ({file})"
                    ).format(
                        date=local_text(run_moment(run)),
                        count=count_text(run.at_risk_count),
                        recipients=count_text(run.recipients_at_risk),
                        file=run.source_name,
                    )
                    + ("" if run.at_risk_before is None else f"\n{before_and_after(run)}"),
                    self,
                )
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        painter.setPen(QPen(QColor(CHART_GRID)))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        text_pen = QPen(self.palette().text().color())
        painter.setPen(text_pen)
        line = painter.fontMetrics().height()
        painter.drawText(
            QRectF(10, 4, self.width() - 20, line + 4),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("Brev i faresonen per kontroll"),
        )
        if not self.runs:
            painter.drawText(
                self.rect().adjusted(12, 24, -12, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                tr(
                    "Ingen kontroller ennå. Når kontrollen av uåpnet post er kjørt, "
                    "ser du utviklingen her."
                ),
            )
            return
        plot = self._plot()
        peak = max(r.at_risk_count for r in self.runs) or 1
        slot = plot.width() / len(self.runs)
        bar = min(max(slot * 0.6, 2.0), 36.0)
        metrics = painter.fontMetrics()

        painter.setPen(QPen(QColor(CHART_AXIS)))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(text_pen)
        painter.drawText(
            QRectF(0, plot.top() - line / 2, plot.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            count_text(peak),
        )
        painter.drawText(
            QRectF(0, plot.bottom() - line / 2, plot.left() - 6, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "0",
        )
        show_values = slot >= metrics.horizontalAdvance("00000") + 4
        for i, run in enumerate(self.runs):
            x = plot.left() + i * slot + (slot - bar) / 2
            h = plot.height() * run.at_risk_count / peak
            if run.at_risk_count:
                h = max(h, 2.0)
            painter.fillRect(QRectF(x, plot.bottom() - h, bar, h), self.BAR_COLOUR)
            if show_values:
                painter.drawText(
                    QRectF(x - 20, plot.bottom() - h - line - 1, bar + 40, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    count_text(run.at_risk_count),
                )
        label_width = metrics.horizontalAdvance("00.00.0000") + 10
        step = max(1, int(label_width / slot) + 1)
        for i in range(0, len(self.runs), step):
            x = plot.left() + i * slot + slot / 2
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 3, label_width, line),
                Qt.AlignmentFlag.AlignHCenter,
                local_text(run_moment(self.runs[i]), False),
            )

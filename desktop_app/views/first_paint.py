"""For the start-up benchmark: report when the main window first paints, then quit."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(f"first-paint-epoch {time.time():.6f}", file=sys.stdout, flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def report_first_paint(window: QWidget) -> None:
    watcher = _FirstPaint()
    window.installEventFilter(watcher)
    window._first_paint_watcher = watcher

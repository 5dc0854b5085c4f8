"""Run something right after the main window first paints.

Start-up uses it to open the store only once the window is on screen (so the imports and
disk work of the store do not compete with the first paint), and the start-up benchmark
uses it to print the time of the first paint and quit.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, callback: Callable[[], None], *, at_paint: bool = False) -> None:
        super().__init__()
        self.callback = callback
        self.at_paint = at_paint
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            if self.at_paint:
                self.callback()
            else:
                # After this paint has finished, not inside it.
                QTimer.singleShot(0, self.callback)
        return False


def on_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    watcher = _FirstPaint(callback)
    window.installEventFilter(watcher)
    window._first_paint_watchers = [*getattr(window, "_first_paint_watchers", []), watcher]


def report_first_paint(window: QWidget) -> None:
    """For bench/startup.py: print the wall-clock time of the first paint, then quit."""

    def report() -> None:
        print(f"first-paint-epoch {time.time():.6f}", file=sys.stdout, flush=True)
        QTimer.singleShot(0, QApplication.instance().quit)

    watcher = _FirstPaint(report, at_paint=True)
    window.installEventFilter(watcher)
    window._first_paint_watchers = [*getattr(window, "_first_paint_watchers", []), watcher]

"""Cooperative cancellation and progress for long work, without Qt.

A worker function receives a :class:`TaskState` and calls ``state.check()`` between
steps and ``state.progress(...)`` as it goes. The same function runs from the GUI's task
layer (which turns progress into signals) and from the command line (which may print it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a worker when the user asked to stop."""

    def __init__(self) -> None:
        super().__init__("Avbrutt.")


ProgressCallback = Callable[[int, int, str], None]


class TaskState:
    """Thread-safe: the GUI cancels, the worker checks and reports."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here if the user asked to; work already saved stays saved."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (total 0: unknown), with a short bokmål text."""
        if self._on_progress is not None:
            self._on_progress(done, total, text)

    def wait(self, seconds: float) -> None:
        """Sleep that wakes early on cancel (for back-off between retries)."""
        if self._cancel.wait(seconds):
            raise Cancelled

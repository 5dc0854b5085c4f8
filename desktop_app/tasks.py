"""Background work for the GUI: one small helper that every view and wizard uses.

Work runs on ``QThreadPool``; its result, error, progress and cancellation come back to
the GUI thread through queued signals. The rule (as in Picard): a worker never touches a
widget. At the call site it reads like this::

    run_task(service.import_file, path,
             on_result=self.show_result, on_error=self.show_error,
             on_progress=self.progress_bar.update)

The worker function gets a :class:`~desktop_app.domain.cancellation.TaskState` as its
first argument (``pass_state=True``, the default) so it can report progress and stop
early. Without ``pass_state`` it is called with just its arguments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.domain.cancellation import Cancelled, TaskState

log = logging.getLogger(__name__)

_running: dict[int, Task] = {}  # keeps the Python side alive until the work is done


class Task(QObject):
    """A handle on one piece of background work; lives on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.state = TaskState(on_progress=self.progress.emit)
        self.done = False

    def cancel(self) -> None:
        self.state.cancel()

    @Slot()
    def _on_finished(self) -> None:
        # Connected last, so every other receiver of ``finished`` has run already.
        self.done = True
        _running.pop(id(self), None)
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(
        self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict, pass_state: bool
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._pass_state = pass_state
        self._task_name = task.name

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            # The GUI side is gone (the program is closing): nobody is left to tell.
            log.debug("Bakgrunnsarbeid %r ble ferdig etter at vinduet var lukket.", self._task_name)

    def _run(self) -> None:
        task = self._task
        try:
            if self._pass_state:
                result = self._fn(task.state, *self._args, **self._kwargs)
            else:
                result = self._fn(*self._args, **self._kwargs)
        except Cancelled:
            task.cancelled.emit()
        except Exception as exc:
            # The type and traceback go to the log file (redacted there); the GUI gets the
            # exception object and shows its bokmål message.
            log.error("Bakgrunnsarbeid %r feilet: %s", task.name, type(exc).__name__, exc_info=True)
            task.failed.emit(exc)
        else:
            task.succeeded.emit(result)
        finally:
            task.finished.emit()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    name: str | None = None,
    parent: QObject | None = None,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pass_state: bool = True,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Run ``fn`` in the background; callbacks run on the GUI thread."""
    task = Task(name or getattr(fn, "__qualname__", "oppgave"), parent)
    # Connections are made before the work starts, so no signal can be missed.
    if on_progress is not None:
        task.progress.connect(on_progress)
    if on_result is not None:
        task.succeeded.connect(on_result)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    if on_finished is not None:
        task.finished.connect(on_finished)
    task.finished.connect(task._on_finished)
    _running[id(task)] = task
    # If the owner goes away first (a closed window), the result has nobody to go to:
    # forget the task, and the worker's late signals are dropped (see _Runnable.run).
    task.destroyed.connect(partial(_forget, id(task)))
    (pool or QThreadPool.globalInstance()).start(_Runnable(task, fn, args, kwargs, pass_state))
    return task


def _forget(key: int, *_args: object) -> None:
    task = _running.pop(key, None)
    if task is not None:
        task.done = True


def running_tasks() -> list[Task]:
    """Tasks started and not yet finished (their ``finished`` signal not yet delivered)."""
    return [t for t in _running.values() if not t.done]


def cancel_all() -> None:
    for task in list(_running.values()):
        task.cancel()


def shutdown(timeout_ms: int = 5000) -> bool:
    """At exit: ask running work to stop and wait for it (work already saved stays saved)."""
    cancel_all()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)

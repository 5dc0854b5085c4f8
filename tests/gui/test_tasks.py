"""The task layer: results, errors, progress and cancellation reach the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop_app.domain.cancellation import TaskState
from desktop_app.tasks import run_task

from .conftest import PATIENT_MS


def test_result_and_progress_arrive_on_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen: dict[str, object] = {"progress": []}

    def work(state: TaskState, n: int) -> int:
        seen["worker"] = threading.current_thread().name
        for i in range(n):
            state.progress(i + 1, n, "teller")
        return n * 2

    def on_progress(done, total, text):
        assert QThread.currentThread() is gui
        seen["progress"].append(done)

    task = run_task(
        work, 3, on_progress=on_progress, on_result=lambda r: seen.__setitem__("result", r)
    )
    qtbot.waitUntil(lambda: task.done, timeout=PATIENT_MS)
    assert seen["result"] == 6
    assert seen["progress"] == [1, 2, 3]
    assert seen["worker"] != threading.main_thread().name


def test_error_is_delivered_not_raised(qtbot):
    errors = []

    def work() -> None:
        raise ValueError("feil i arbeidet")

    task = run_task(work, pass_state=False, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=PATIENT_MS)
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_the_work_and_keeps_what_was_done(qtbot):
    started = threading.Event()
    done: list[int] = []
    cancelled = []

    def work(state: TaskState) -> None:
        for i in range(1000):
            state.check()
            done.append(i)
            started.set()
            state.wait(0.005)

    task = run_task(work, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=PATIENT_MS)
    assert cancelled == [True]
    assert 0 < len(done) < 1000


@pytest.mark.parametrize("with_parent", [False, True])
def test_on_finished_runs_and_the_task_is_freed(qtbot, with_parent):
    from PySide6.QtCore import QObject

    owner = QObject() if with_parent else None
    finished = []
    task = run_task(
        lambda: 1, pass_state=False, parent=owner, on_finished=lambda: finished.append(True)
    )
    qtbot.waitUntil(lambda: finished == [True], timeout=PATIENT_MS)
    if owner is not None:
        qtbot.waitUntil(lambda: not owner.children(), timeout=PATIENT_MS)
    del task


def test_a_task_whose_window_closed_first_is_not_left_running(qtbot):
    """A window closed while its work still runs: the work is forgotten, nothing is
    delivered to the dead window, and no callback raises."""
    from PySide6.QtCore import QObject

    from desktop_app.tasks import running_tasks

    release = threading.Event()
    results = []
    owner = QObject()

    def work() -> int:
        release.wait(5)
        return 1

    run_task(work, pass_state=False, parent=owner, on_result=results.append)
    assert [t.name for t in running_tasks()] != []
    owner.deleteLater()
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    release.set()
    qtbot.wait(50)
    assert results == []


def test_newest_wins_drops_the_older_answer_and_cancels_its_work(qtbot, ctx):
    release = threading.Event()
    seen: list[str] = []

    def slow(state):
        release.wait(30)
        return "old"

    first = ctx.run(slow, latest="reload", on_result=seen.append)
    second = ctx.run(lambda: "new", pass_state=False, latest="reload", on_result=seen.append)
    qtbot.waitUntil(lambda: second.done, timeout=PATIENT_MS)
    assert first.state.cancelled  # the older question is no longer wanted
    release.set()
    qtbot.waitUntil(lambda: first.done, timeout=PATIENT_MS)
    assert seen == ["new"]  # the late, older answer never reached the page

"""GUI fixtures: an in-memory keyring, an open store, and a check that no background work
is left running when a test ends (as napari does)."""

from __future__ import annotations

import gc

import keyring
import pytest
from PySide6.QtCore import QThreadPool
from support.keyrings import MemoryKeyring

from desktop_app.tasks import running_tasks

# How long a test waits for something that will happen: long, so that a machine busy with
# other work never fails a test; a passing test never waits longer than the thing takes.
PATIENT_MS = 60_000


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def no_leftover_tasks(qtbot):
    yield
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    # A task's Python side is done before its pool thread has fully returned: wait for the
    # threads too, so that no worker is waiting for the interpreter lock while the collector
    # below destroys Qt objects on the GUI thread (that pair can deadlock).
    QThreadPool.globalInstance().waitForDone(PATIENT_MS)
    # Free the test's widgets here, on the GUI thread: left to the cyclic collector, they
    # could be freed on whichever thread it next runs on (a task's), which Qt does not allow.
    gc.collect()


@pytest.fixture
def ctx(qtbot, memory_keyring):
    from desktop_app.app import open_context
    from desktop_app.cli import practice
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths
    from desktop_app.views.context import AppContext

    settings = Settings.load(app_paths().ensure().settings_file)
    db, secrets = open_context(settings)
    context = AppContext(db, settings, secrets, practice=practice())
    yield context
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    context.close()
    db.close()


@pytest.fixture
def two_pool_threads():
    """Room for an older task that waits and a newer one that answers first, even on a machine
    with one core."""
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(2, before))
    yield
    pool.setMaxThreadCount(before)


def settle(qtbot) -> None:
    """Wait until background work is done and its results have reached the widgets."""
    qtbot.waitUntil(lambda: not running_tasks(), timeout=PATIENT_MS)
    qtbot.wait(20)

"""GUI fixtures: an in-memory keyring, an open store, and a check that no background work
is left running when a test ends (as napari does)."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest

from desktop_app.tasks import running_tasks


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that forgets everything at the end of the test."""

    priority = 1
    viable = False  # never picked by keyring's own discovery; only set explicitly

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.store.get((service, username))

    def set_password(self, service, username, password):
        self.store[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


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
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)


@pytest.fixture
def ctx(qtbot, memory_keyring):
    from desktop_app.app import open_context
    from desktop_app.settings import Settings
    from desktop_app.storage.paths import app_paths
    from desktop_app.views.context import AppContext

    settings = Settings.load(app_paths().ensure().settings_file)
    db, secrets = open_context(settings)
    context = AppContext(db, settings, secrets)
    yield context
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)
    context.close()
    db.close()


def settle(qtbot) -> None:
    """Wait until background work is done and its results have reached the widgets."""
    qtbot.waitUntil(lambda: not running_tasks(), timeout=10_000)
    qtbot.wait(20)

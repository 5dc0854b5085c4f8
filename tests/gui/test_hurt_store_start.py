"""A store emptied between two starts is explained at start, with the last good copy; it is
not replaced by a new, empty one."""

from __future__ import annotations

import pytest

from desktop_app.app import open_context
from desktop_app.settings import Settings
from desktop_app.storage.database import StoreUnusableError
from desktop_app.storage.paths import app_paths
from desktop_app.views.main_window import MainWindow


def test_an_emptied_store_is_explained_at_start_with_the_last_good_copy(qtbot, memory_keyring):
    settings = Settings.load(app_paths().ensure().settings_file)
    db, _secrets = open_context(settings)  # the first start: a store, and a backup of it
    db.close()
    app_paths().database.write_bytes(b"")
    with pytest.raises(StoreUnusableError) as info:
        open_context(settings)
    assert app_paths().database.stat().st_size == 0
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_startup_error(info.value)
    text = window.loading.text()
    assert "0 byte" in text and str(info.value.backup) in text


def test_an_unwritable_data_folder_is_named_at_start(qtbot, memory_keyring, tmp_path, monkeypatch):
    """POSTVAKT_HOME below a regular file (unwritable even for root): the start says which
    folder and what to do, instead of an unexplained error."""
    blocker = tmp_path / "fil.txt"
    blocker.write_text("ikke en mappe", encoding="utf-8")
    monkeypatch.setenv("POSTVAKT_HOME", str(blocker / "postvakt"))
    settings = Settings.load(app_paths().settings_file)
    with pytest.raises(OSError) as info:
        open_context(settings)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_startup_error(info.value)
    text = window.loading.text()
    assert f"Postvakt får ikke lagret noe i mappen {blocker / 'postvakt' / 'data'}" in text
    assert "Sett POSTVAKT_HOME til en mappe du kan skrive i" in text
    assert "Noe uventet gikk galt" not in text

"""Test-wide set-up: offscreen Qt, and every Postvakt folder moved to a temporary one.

No test touches a real profile, a real keyring entry of the user, or the network.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "nb_NO.UTF-8")

import pytest


@pytest.fixture(autouse=True)
def postvakt_home(tmp_path, monkeypatch):
    """Each test gets its own data, config and log folders."""
    home = tmp_path / "postvakt-home"
    monkeypatch.setenv("POSTVAKT_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def document_language():
    """Each test starts with documents and content files in bokmål (the language is global)."""
    from desktop_app import language

    language.set_current(language.DEFAULT_LANGUAGE)
    yield
    language.set_current(language.DEFAULT_LANGUAGE)


@pytest.fixture(autouse=True)
def notifier_starts(monkeypatch):
    """A scheduled run that finds something starts ``postvakt --varsle``: in tests it is
    recorded here instead of started."""
    started: list[bool] = []

    def start() -> str:
        started.append(True)
        return "Varselet er startet (test)."

    monkeypatch.setattr("desktop_app.services.routines.start_notifier", start)
    return started

"""Render every main page to PNG: ``postvakt --render-views DIR`` (for the README and review)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.tasks import running_tasks

log = logging.getLogger(__name__)


def settle(timeout: float = 10.0) -> None:
    """Let background work finish and its results reach the widgets."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if not running_tasks():
            QApplication.processEvents()
            return
        time.sleep(0.01)


def render_all_views(window, folder: Path, done: Callable[[], None] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    settle()
    for number, key in enumerate(window.page_keys(), start=1):
        window.show_page(key)
        settle()
        path = folder / f"{number:02d}-{key}.png"
        window.grab().save(str(path))
        written.append(path)
        log.info("Lagret %s", path)
    written += _render_new_workspace_wizard(window, folder, len(written) + 1)
    print("\n".join(str(p) for p in written))
    if done is not None:
        done()
    return written


def _render_new_workspace_wizard(window, folder: Path, number: int) -> list[Path]:
    """The wizard's pages, with an example filled in, as a user would see them."""
    from PySide6.QtWidgets import QWizard

    window.open_new_workspace()
    wizard = window.new_workspace_wizard
    settle()
    paths = []
    examples = {1: ("Fjordvik kommune", "971 032 147")}  # a wrong check digit, to show the message
    for step in range(3):
        if step in examples:
            name, orgnr = examples[step]
            wizard.details.name.setText(name)
            wizard.details.orgnr.setText(orgnr)
        settle()
        path = folder / f"{number + step:02d}-ny-arbeidsflate-{step + 1}.png"
        wizard.grab().save(str(path))
        paths.append(path)
        if step == 1:
            wizard.details.orgnr.setText("971 032 146")
        wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.reject()
    return paths

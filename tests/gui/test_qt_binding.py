"""The Qt binding itself: a long session must not wear out Python's reference counts."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_do_not_lose_references_to_none(qtbot):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on each call like
    QLabel.setText, and the program aborted after a few thousand ("none_dealloc")."""
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("Postvakt")
    assert sys.getrefcount(None) - before > -50

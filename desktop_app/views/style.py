"""Colours and small style helpers shared by the views (one place to change the look)."""

from __future__ import annotations

from desktop_app.domain.environments import Environment

# Background, text and border per environment. Production is red so nobody mistakes it for
# practice; the others are calm.
ENV_COLOURS: dict[Environment, tuple[str, str, str]] = {
    Environment.PRODUKSJON: ("#b3261e", "#ffffff", "#8c1d18"),
    Environment.TEST: ("#f2c94c", "#1f1f1f", "#c9a227"),
    Environment.OVING: ("#d7ecf5", "#0b3d52", "#9cc9dc"),
}

STATUS_COLOURS = {
    "ok": "#1e7d32",
    "warn": "#9a6700",
    "bad": "#b3261e",
    "muted": "#5f6368",
}

CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid #d0d4d9; border-radius: 6px; }"
)

APP_STYLE = """
QListWidget#navigation { border: none; background: #f3f5f7; font-size: 11pt; }
QListWidget#navigation::item { padding: 7px 12px; }
QListWidget#navigation::item:selected { background: #dbe7f3; color: #0b2540; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; }
QLabel#pageLead { color: #3c4043; font-size: 10.5pt; }
QFrame#card { background: palette(base); border: 1px solid #d0d4d9; border-radius: 6px; }
QLabel#cardTitle { font-weight: 600; font-size: 11pt; }
QLabel#cardValue { font-size: 16pt; font-weight: 600; }
QLabel#notReady { background: #fff4d6; border: 1px solid #e6c65c; border-radius: 4px;
                  padding: 8px; color: #4d3b00; }
"""

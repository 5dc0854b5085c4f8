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
    "warn": "#805600",
    "bad": "#b3261e",
    "muted": "#5f6368",
}

CARD_STYLE = (
    "QFrame#card { background: palette(base); border: 1px solid #8a9099; border-radius: 6px; }"
)

# The navigation: the chosen page is dark with white text (8.9:1 against the others), so it
# differs by more than colour shade; headings are dark grey (9.6:1 on the list).
NAV_BACKGROUND = "#f3f5f7"
NAV_TEXT = "#1f1f1f"
NAV_SELECTED_BACKGROUND = "#1a4e8a"
NAV_SELECTED_TEXT = "#ffffff"
NAV_HEADING_TEXT = "#3c4043"
PAGE_LEAD_TEXT = "#3c4043"
# A log entry that was changed afterwards: dark red on pale red (7.3:1), and it says so in words.
TAMPERED_BACKGROUND = "#fbe9e7"
TAMPERED_TEXT = "#8c1d18"
# The chart on Rapporter: bars and axis at least 3:1 against the white plot (1.4.11).
CHART_BAR = "#1a5fb4"
CHART_AXIS = "#5f6368"
CHART_GRID = "#c4c7cc"


def app_style(body_points: float) -> str:
    """The window's style sheet, with every size relative to the platform font (``body_points``),
    so that text set larger in the operating system grows everywhere alike."""

    def pt(factor: float) -> str:
        return f"{body_points * factor:.1f}pt"

    return f"""
QListWidget#navigation {{ border: none; background: {NAV_BACKGROUND}; color: {NAV_TEXT};
                          font-size: {pt(1.15)}; }}
QListWidget#navigation::item {{ padding: 0.35em 0.6em; }}
QListWidget#navigation::item:selected {{ background: {NAV_SELECTED_BACKGROUND};
                                         color: {NAV_SELECTED_TEXT}; }}
QLabel#pageTitle {{ font-size: {pt(1.6)}; font-weight: 600; }}
QLabel#pageLead {{ color: {PAGE_LEAD_TEXT}; font-size: {pt(1.1)}; }}
QFrame#card {{ background: palette(base); border: 1px solid #8a9099; border-radius: 6px; }}
QLabel#cardTitle {{ font-weight: 600; font-size: {pt(1.15)}; }}
QLabel#cardValue {{ font-size: {pt(1.6)}; font-weight: 600; }}
QLabel#notReady {{ background: #fff4d6; border: 1px solid #8a6d00; border-radius: 4px;
                   padding: 8px; color: #4d3b00; }}
"""

"""Numbers as Norwegians write them: 1000 → «1 000» (a non-breaking space between groups of
three digits, so a number never breaks across lines). One function for every page, export
and message."""

from __future__ import annotations


def group_digits(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")

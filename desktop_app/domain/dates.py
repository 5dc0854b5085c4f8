"""Dates as Norwegians type them: «4.6.2026», «04.06.26», «04062026», «2026-06-04»."""

from __future__ import annotations

import re
from datetime import date, datetime

from desktop_app.domain.svarut import OSLO

_SEPARATED = re.compile(r"^\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{2}|\d{4})\s*$")
_DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4}|\d{2})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


class DateTextError(ValueError):
    """Text that is not a date; the message (bokmål) says how to write one."""


def parse_date(text: str, *, century: int = 2000) -> date | None:
    """The date in ``text`` (``None`` for empty text). Two-digit years are this century.
    Raises :class:`DateTextError` for anything else."""
    if not text or not text.strip():
        return None
    if match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _SEPARATED.match(text) or _DIGITS.match(text):
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += century
    else:
        raise DateTextError(
            f"«{text.strip()}» er ikke en dato. Skriv den som dd.mm.åååå, for eksempel 04.06.2026."
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise DateTextError(
            f"{text.strip()} finnes ikke i kalenderen. Skriv datoen som "
            "dd.mm.åååå, for eksempel 04.06.2026."
        ) from None


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def local_date(iso: str | None, with_time: bool = False) -> str:
    """A stored ISO-8601 day or time as Norwegians read it: «24.11.2026» (a time in Oslo's
    day, so 23:30 UTC is the next day), with ``with_time`` «24.11.2026 08:15». Empty for
    nothing; text that is not a date is shown as it is."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:  # a plain date
        return moment.strftime("%d.%m.%Y")
    return moment.astimezone(OSLO).strftime("%d.%m.%Y %H:%M" if with_time else "%d.%m.%Y")

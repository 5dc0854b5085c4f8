"""Guided portal steps as data: the text, deep links and values to copy for one step.

Portal paths change (the seeds already show two versions of the same Altinn steps), so each
step lives in a TOML file under ``resources/content/<flow>/`` that a non-programmer can update,
with the date it was last checked against the live portal. This module only parses: reading
the files is :func:`desktop_app.resources.load_guides`.

Each bokmål file has a nynorsk twin, ``resources/content/<flow>/nn/<same name>``, with the same
keys, steps, links and ``last_checked``; its ``source`` is the bokmål one word for word, plus
a line saying where the portal's nynorsk labels were read (tests/unit/test_content_nn.py).
A user who chose nynorsk reads the twin; anyone else, or a missing twin, gets bokmål.

A file looks like this (bokmål; every key except ``key`` and ``title`` may be left out)::

    key = "deleger-ks"
    title = "Deleger DPI-retten til KS"
    lead = "Én setning om hva steget gjør og hvorfor."
    last_checked = 2026-11-01          # a TOML date
    source = "altinn.md §4; seed 001"  # where the facts come from

    [[links]]
    label = "Åpne Altinn"
    url = "https://info.altinn.no/"

    [[copy_values]]
    label = "Organisasjonsnummer til KS"
    value = "971032146"

    [[paths]]                          # one or more ways to do it, the first is recommended
    title = "Altinn 3 (i dag)"
    steps = ["Logg inn …", "Velg …"]

    [[warnings]]
    text = "Avsenderindikator fylles bare ut etter avtale med Digdir."
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit


class GuideError(ValueError):
    """A content file that cannot be used; the message says which file and what to fix."""


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class CopyValue:
    label: str
    value: str


@dataclass(frozen=True)
class GuidePath:
    title: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class GuideStep:
    key: str
    title: str
    lead: str = ""
    last_checked: date | None = None
    source: str = ""
    links: tuple[Link, ...] = ()
    copy_values: tuple[CopyValue, ...] = ()
    paths: tuple[GuidePath, ...] = ()
    warnings: tuple[str, ...] = ()

    def age_days(self, today: date) -> int | None:
        """Days since the step was checked against the portal (None: never)."""
        if self.last_checked is None:
            return None
        return max(0, (today - self.last_checked).days)  # never negative: a clock behind


def _text(data: Mapping[str, Any], key: str, where: str, *, required: bool = False) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise GuideError(f"{where}: «{key}» må være tekst.")
    value = value.strip()
    if required and not value:
        raise GuideError(f"{where}: «{key}» mangler. Fyll det inn og prøv igjen.")
    return value


def _tables(data: Mapping[str, Any], key: str, where: str) -> Sequence[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise GuideError(f"{where}: «{key}» må være en liste av tabeller ([[{key}]]).")
    return value


def _url(url: str, where: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.netloc:
        raise GuideError(f"{where}: lenken «{url}» må være en fullstendig https-adresse.")
    return url


def parse_guide(data: Mapping[str, Any], where: str = "innholdsfil") -> GuideStep:
    """One step from a parsed TOML table; ``where`` names the file in error messages."""
    checked = data.get("last_checked")
    if checked is not None and not isinstance(checked, date):
        raise GuideError(f"{where}: «last_checked» må være en dato (for eksempel 2026-11-01).")
    links = tuple(
        Link(
            _text(t, "label", where, required=True),
            _url(_text(t, "url", where, required=True), where),
        )
        for t in _tables(data, "links", where)
    )
    copies = tuple(
        CopyValue(_text(t, "label", where, required=True), _text(t, "value", where, required=True))
        for t in _tables(data, "copy_values", where)
    )
    paths = []
    for t in _tables(data, "paths", where):
        steps = t.get("steps", [])
        if not isinstance(steps, list) or not steps or not all(isinstance(s, str) for s in steps):
            raise GuideError(f"{where}: hver [[paths]] må ha «steps» med minst ett steg.")
        paths.append(
            GuidePath(_text(t, "title", where, required=True), tuple(s.strip() for s in steps))
        )
    warnings = tuple(
        _text(t, "text", where, required=True) for t in _tables(data, "warnings", where)
    )
    return GuideStep(
        key=_text(data, "key", where, required=True),
        title=_text(data, "title", where, required=True),
        lead=_text(data, "lead", where),
        last_checked=checked if isinstance(checked, date) else None,
        source=_text(data, "source", where),
        links=links,
        copy_values=copies,
        paths=tuple(paths),
        warnings=warnings,
    )

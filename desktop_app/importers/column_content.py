"""Which field a column holds, judged from the values in it: the rules, in plain Python.

Used by :func:`~desktop_app.importers.svarut_export.suggest_mapping` for the columns whose
header Postvakt does not know (and to check a header it does know when the values say
otherwise). The first :data:`SAMPLE_ROWS` rows are enough: an export's columns hold one kind of
value all the way down.

What each kind looks like ([V] = a published rule, [G] = what exports are expected to hold):

* forsendelse-ID: a UUID (SvarUt's IDs are UUIDs [V], svarut.md §2);
* recipient: an organisasjonsnummer (9 digits, mod 11 [V] python-stdnum) or a fødselsnummer /
  D-nummer (11 digits, two check digits [V] python-stdnum), also both in one column, also with
  separators or the leading 0 that Excel drops (:mod:`desktop_app.domain.identifiers`);
* a date: what :func:`~desktop_app.importers.svarut_export.parse_datetime` reads
  (``dd.mm.yyyy HH:mm[:ss]``, ISO 8601 as in REST v2, milliseconds since 1970 as in REST v1,
  an Excel date cell or its serial number) [G for the export];
* a status: an API token or display text :func:`~desktop_app.domain.svarut.parse_status` knows;
* yes/no: Ja/Nei, true/false, 1/0, x … (``parse_bool``). A yes/no column alone cannot say
  whether it is «Taushetsbelagt» or «Kun digital»: only words in its header decide, otherwise
  the user is asked. Guessing wrong there could hide a confidential letter.

A column fits a field when at least :data:`MIN_FIT` of its non-blank sampled values are of that
kind. When two columns fit a field equally well (the same share, and the same hint from their
headers), neither is chosen: the user is asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.domain.identifiers import org_number, person_number

__all__ = ["MIN_FIT", "SAMPLE_ROWS", "Ambiguity", "ColumnGuess", "fit", "guess_fields"]

SAMPLE_ROWS = 200
MIN_FIT = 0.8


@dataclass(frozen=True)
class Ambiguity:
    """Two or more columns fit ``field`` equally: the user must say which."""

    field: str  # an ExportField value
    headers: tuple[str, ...]


@dataclass(frozen=True)
class ColumnGuess:
    columns: dict[str, str]  # header → ExportField value, chosen by content
    ambiguous: tuple[Ambiguity, ...]


def is_recipient(text: str) -> bool:
    return org_number(text) is not None or person_number(text) is not None


# Words in a header that point to one of two fields whose values look alike. Compared with the
# header after normalise_header() (lower case, æøå folded, no spaces or punctuation). [G]
HINTS: dict[str, tuple[str, ...]] = {
    "id": ("forsendel", "shipment", "dispatch", "consignment", "uuid", "guid"),
    "correlation_id": ("korrel", "correl"),
    "sent_at": ("sendt", "sent", "opprett", "created", "mottatt", "dato", "date"),
    "status_changed_at": ("endr", "chang", "oppdat", "updat", "sist", "last", "status"),
    "confidential": (
        "taus",
        "konfid",
        "confid",
        "sensitiv",
        "skjerm",
        "fortrol",
        "hemmelig",
        "secret",
        "tbp",
    ),
    "digital_only": ("digital", "kundig"),
    "recipient_id": ("org", "fodsel", "fnr", "mottaker", "recipient", "digitalid", "kunde"),
    "status": ("status", "tilstand", "state"),
}


# Fields a column is never given from its values alone: its header must point to it.
NEEDS_HINT = frozenset({"confidential", "digital_only"})


def hint(field: str, key: str) -> int:
    """1 when the (normalised) header has a word that points to ``field``, else 0."""
    return int(any(word in key for word in HINTS.get(field, ())))


def fit(values: Sequence[object], test: Callable[[object], bool]) -> float:
    """The share of non-blank values that pass ``test`` (0 when all are blank)."""
    filled = [v for v in values if v is not None and (v.__class__ is not str or v.strip())]
    if not filled:
        return 0.0
    return sum(1 for v in filled if test(v)) / len(filled)


def guess_fields(
    columns: dict[str, list[object]],
    keys: dict[str, str],
    tests: dict[str, Callable[[object], bool]],
    groups: Sequence[tuple[str, ...]],
    order: Callable[[str, str, dict[str, list[object]]], str | None] | None = None,
) -> ColumnGuess:
    """Choose a column for each field from its values.

    ``columns``: header → sampled values of the columns still free; ``keys``: header → its
    normalised form (for the hints); ``tests``: field value → the test one value must pass;
    ``groups``: fields that share one test, in the order to fill them, e.g. ``("id",)`` or
    ``("confidential", "digital_only")``; only the fields still missing are listed. ``order``
    may settle two columns that fit a pair of date fields (``(a, b, columns)`` → the header of
    the earlier one, or ``None``)."""
    chosen: dict[str, str] = {}
    ambiguous: list[Ambiguity] = []
    free = dict(columns)
    for group in groups:
        test = tests[group[0]]
        fits = {h: f for h, values in free.items() if (f := fit(values, test)) >= MIN_FIT}
        if not fits:
            continue
        if len(group) == 1 and group[0] not in NEEDS_HINT:
            field = group[0]
            ranked = sorted(fits, key=lambda h: (-hint(field, keys[h]), -round(fits[h], 2)))
            best = ranked[0]
            rival = ranked[1] if len(ranked) > 1 else None
            if rival is not None and (hint(field, keys[best]), round(fits[best], 2)) == (
                hint(field, keys[rival]),
                round(fits[rival], 2),
            ):
                ties = tuple(
                    h
                    for h in ranked
                    if (hint(field, keys[h]), round(fits[h], 2))
                    == (hint(field, keys[best]), round(fits[best], 2))
                )
                ambiguous.append(Ambiguity(field, ties))
                continue
            chosen[best] = field
            del free[best]
            continue
        # Two fields whose values look alike: the headers' words decide, else (dates) the order.
        by_order = order if not NEEDS_HINT.intersection(group) else None
        candidates = list(fits)
        placed: dict[str, str] = {}
        for field in group:
            pointed = [
                h
                for h in candidates
                if hint(field, keys[h]) and not any(hint(o, keys[h]) for o in group if o != field)
            ]
            if len(pointed) == 1:
                placed[field] = pointed[0]
        rest_fields = [f for f in group if f not in placed]
        rest = [h for h in candidates if h not in placed.values()]
        if len(rest_fields) == 2 and len(rest) == 2 and by_order is not None:
            earlier = by_order(rest[0], rest[1], free)
            if earlier is not None:
                later = rest[1] if earlier == rest[0] else rest[0]
                placed[rest_fields[0]], placed[rest_fields[1]] = earlier, later
                rest_fields, rest = [], []
        if rest_fields and len(rest) == 1 and by_order is not None:
            placed[rest_fields[0]] = rest[0]  # one date column: the first field (sending)
            rest_fields, rest = [], []
        for field, header in placed.items():
            chosen[header] = field
            del free[header]
        for field in rest_fields:
            if rest:
                ambiguous.append(Ambiguity(field, tuple(rest)))
    return ColumnGuess(chosen, tuple(ambiguous))

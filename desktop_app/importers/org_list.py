"""A list of organisation numbers (with an optional name) from a CSV or Excel file, or pasted.

The list may have a header row ("Organisasjonsnummer;Navn", "orgnr", …) or not. The number
column is the one whose header mentions «org», else the first; the name column is the one
whose header mentions «navn»/«name», else the next one. A line with only one cell may hold
both ("971 032 146 Fjordvik skole"). Every number is checked by its check digit; a bad line
is reported with its line number and the rest is read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from desktop_app.domain.identifiers import check_orgnr
from desktop_app.importers.tabular import RowError, TableError, read_table

_NUMBER_THEN_NAME = re.compile(r"^\s*([0-9][0-9 .\u00a0]{7,14}[0-9])(?:\s+(.*))?$")


@dataclass(frozen=True)
class ListedUnit:
    line: int
    orgnr: str
    name: str


@dataclass
class OrgListResult:
    units: list[ListedUnit] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _columns(headers: list[str]) -> tuple[int, int | None]:
    lowered = [h.casefold() for h in headers]
    number = next((i for i, h in enumerate(lowered) if "org" in h), 0)
    name = next(
        (i for i, h in enumerate(lowered) if i != number and ("navn" in h or "name" in h)), None
    )
    if name is None and len(headers) > number + 1:
        name = number + 1
    return number, name


def read_org_list(source: str | os.PathLike[str] | bytes) -> OrgListResult:
    """Read a file (path or bytes). Raises :class:`TableError` for a file that is no table."""
    try:
        table = read_table(source)
    except TableError as exc:
        if "SvarUt" not in str(exc):
            raise
        raise TableError(
            "Filen kan ikke leses som en liste. Lagre den som CSV eller Excel (XLSX) med "
            "organisasjonsnummeret i første kolonne og eventuelt navnet i neste, og prøv igjen."
        ) from None
    result = OrgListResult()
    rows: list[tuple[int, list]] = []
    if table.headers and _text(table.headers[0])[:1].isdigit():
        # No header row: the first row is data.
        rows.append((table.header_line, list(table.headers)))
        number_col, name_col = 0, 1
    else:
        number_col, name_col = _columns(table.headers)
    rows.extend(table.rows)
    seen: dict[str, int] = {}
    for line, cells in rows:
        _read_row(line, cells, number_col, name_col, seen, result)
    result.errors = sorted(result.errors + table.problems, key=lambda e: e.line or 0)
    return result


def parse_org_list(text: str) -> OrgListResult:
    """A list pasted by the user (one unit a line; ``;``, tab or comma between number and
    name, or just a space)."""
    if not text.strip():
        return OrgListResult()
    try:
        return read_org_list(text.encode("utf-8"))
    except TableError:
        result = OrgListResult()
        result.errors.append(
            RowError(None, "Listen kan ikke leses. Skriv ett organisasjonsnummer på hver linje.")
        )
        return result


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _read_row(
    line: int,
    cells: list,
    number_col: int,
    name_col: int | None,
    seen: dict[str, int],
    result: OrgListResult,
) -> None:
    raw = _text(cells[number_col]) if number_col < len(cells) else ""
    name = _text(cells[name_col]) if name_col is not None and name_col < len(cells) else ""
    if not raw and not name:
        return
    if not name and (match := _NUMBER_THEN_NAME.match(raw)):
        raw, name = match.group(1), _text(match.group(2))
    checked = check_orgnr(raw)
    if checked.value is None:
        shown = raw if len(raw) <= 30 else raw[:27] + "…"
        result.errors.append(
            RowError(
                line,
                f"Linje {line}: «{shown}» er ikke et gyldig organisasjonsnummer. "
                f"{checked.error} Linjen er hoppet over.",
            )
        )
        return
    if checked.value in seen:
        result.errors.append(
            RowError(
                line,
                f"Linje {line}: {checked.value} står også på linje {seen[checked.value]}; "
                "den første er tatt med.",
            )
        )
        return
    seen[checked.value] = line
    result.units.append(ListedUnit(line, checked.value, " ".join(name.split())))

"""Tables to files a user opens in Excel: CSV and XLSX.

* **Excel-friendly CSV**: UTF-8 with BOM (Excel then reads æøå right), ``;`` between cells (what
  Excel expects with Norwegian settings), CRLF line ends, every text field in double quotes
  (RFC 4180: a quote inside is doubled); numbers and dates stay bare so Excel reads them as
  such.
* **Formula injection**: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading apostrophe, so Excel shows it as text and never runs it. The
  texts come from files exported elsewhere (titles, names), so they are not trusted. In a CSV
  the same goes for every place inside a text where a cell could start if a program split the
  field: after ``,`` (Excel with «,» as list separator), ``;``, a tab or a line break.
* **Excel workbooks**: header row bold and frozen, an autofilter over the table, column widths
  fitted to the content.
* **Atomic**: written to a temporary file in the same folder, synced, then moved into place
  with ``os.replace``. An existing file is never left half-written, and the temporary file is
  removed when anything fails.
* **Errors** become :class:`ExportError` with a bokmål message that says what to do.

Cell values may be text, numbers, ``True``/``False`` (written as Ja/Nei), ``None`` (empty),
and dates or datetimes (aware ones are shown in Norwegian time). Only the domain layer is
imported here; no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from desktop_app.domain.svarut import OSLO

__all__ = [
    "FORMULA_STARTS", "ExportError", "csv_field", "neutralise", "write_csv", "write_xlsx",
]  # fmt: skip

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "%d.%m.%Y"
DATETIME_FORMAT = "%d.%m.%Y %H:%M"
XLSX_DATE_FORMAT = "dd.mm.yyyy"
XLSX_DATETIME_FORMAT = "dd.mm.yyyy hh:mm"

_WIDTH_SAMPLE_ROWS = 500  # column widths are judged from the header and the first rows
_MIN_WIDTH = 8
_MAX_WIDTH = 60
_SHEET_NAME_MAX = 31
_SHEET_NAME_BAD = str.maketrans({c: " " for c in "[]:*?/\\"})

Row = Sequence[Any]


class ExportError(Exception):
    """The file could not be written. ``message`` (bokmål) says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# --- Cells ---------------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """A text Excel shows as it is: one that could start a formula gets a leading apostrophe."""
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


# Inside a text: a separator a program might split at, with any spaces, then a formula start.
_INNER_CELL_START = re.compile(r"([,;\t\r\n][ \u00a0]*)(?=[=+\-@\t\r])")


def csv_field(text: str) -> str:
    """A text as one quoted CSV field (RFC 4180), safe wherever a cell could start in it."""
    safe = _INNER_CELL_START.sub(r"\1'", neutralise(text))
    return '"' + safe.replace('"', '""') + '"'


def _local(moment: datetime) -> datetime:
    """Aware → Norwegian wall time without a zone (Excel knows no time zones)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(OSLO).replace(tzinfo=None)
    return moment


def _csv_cell(value: Any) -> str:
    """One cell as it stands in the file: numbers and dates bare, text quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return '"Ja"' if value else '"Nei"'
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")  # Norwegian Excel reads a decimal comma
    if isinstance(value, datetime):
        return _local(value).strftime(DATETIME_FORMAT)
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    text = str(value)
    return csv_field(text) if text else ""


def _shown_length(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    return max((len(part) for part in text.splitlines()), default=0)


# --- Atomic writing ------------------------------------------------------------------------------


def _describe(exc: OSError, path: Path, stage: str) -> str:
    """A bokmål message for an OS error while writing ``path``. ``stage`` is ``"folder"``
    (making or entering the folder), ``"write"`` (the temporary file) or ``"replace"``."""
    folder = path.parent
    name = path.name
    if exc.errno == errno.ENOSPC:
        return "Disken er full. Gjør plass, eller lagre filen på en annen disk, og prøv igjen."
    if isinstance(exc, FileExistsError | NotADirectoryError) and stage == "folder":
        return (
            f"Filen kan ikke lagres i «{folder}», for en del av den stien er en fil, ikke en "
            "mappe. Velg en annen mappe."
        )
    if isinstance(exc, IsADirectoryError) or (stage == "replace" and path.is_dir()):
        return f"«{name}» er en mappe. Skriv et filnavn, for eksempel «rapport.xlsx»."
    if isinstance(exc, PermissionError):
        if stage == "replace":
            return (
                f"Postvakt får ikke erstatte «{name}». Filen er trolig åpen i Excel eller et "
                "annet program. Lukk filen i Excel og prøv igjen, eller velg et annet filnavn."
            )
        return (
            f"Postvakt har ikke lov til å lagre i mappen «{folder}». Velg en annen mappe, for "
            "eksempel Dokumenter, eller be IT-avdelingen om skrivetilgang."
        )
    if isinstance(exc, FileNotFoundError):
        return f"Mappen «{folder}» finnes ikke og kan ikke lages. Velg en annen mappe."
    reason = exc.strerror or exc.__class__.__name__
    return (
        f"Postvakt kunne ikke lagre «{name}» ({reason}). Sjekk at mappen finnes og at du kan "
        "lagre i den, og prøv igjen."
    )


def _write_atomically(path: Path, fill: Callable[[IO[bytes]], None]) -> None:
    """Make a temporary file next to ``path``, let ``fill`` write it, sync it, move it into
    place. Raises :class:`ExportError`; the temporary file is gone afterwards either way."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(_describe(exc, path, "folder")) from exc
    if path.is_dir():
        raise ExportError(_describe(IsADirectoryError(), path, "replace"))
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ExportError(_describe(exc, path, "write")) from exc
    stage = "write"
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        stage = "replace"
        os.replace(temp_name, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise ExportError(_describe(exc, path, stage)) from exc
        raise


def write_text(path: Path | str, text: str) -> Path:
    """Write a UTF-8 text file the same safe way (temporary file beside it, then rename;
    the temporary file is gone afterwards either way). Raises :class:`ExportError`."""
    path = Path(path)
    data = text.encode("utf-8")

    def fill(handle: IO[bytes]) -> None:
        handle.write(data)

    _write_atomically(path, fill)
    return path


# --- CSV -----------------------------------------------------------------------------------------


def write_csv(path: Path | str, headers: Sequence[str], rows: Iterable[Row]) -> int:
    """Write one table as a CSV file for Excel. Returns the number of rows (header not
    counted). Raises :class:`ExportError`."""
    count = 0

    def fill(raw: IO[bytes]) -> None:
        nonlocal count
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            write = text.write
            write(";".join(csv_field(str(h)) for h in headers) + "\r\n")
            for row in rows:
                write(";".join([_csv_cell(cell) for cell in row]) + "\r\n")
                count += 1
            text.flush()
        finally:
            text.detach()  # leave closing the raw file to the caller

    _write_atomically(Path(path), fill)
    return count


# --- XLSX ----------------------------------------------------------------------------------------


def _sheet_title(name: str, taken: set[str]) -> str:
    title = " ".join(str(name).translate(_SHEET_NAME_BAD).split()).strip("'") or "Ark"
    title = title[:_SHEET_NAME_MAX]
    base, n = title, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title = base[: _SHEET_NAME_MAX - len(suffix)] + suffix
        n += 1
    taken.add(title.casefold())
    return title


def write_xlsx(path: Path | str, sheets: Mapping[str, tuple[Sequence[str], Iterable[Row]]]) -> int:
    """Write an Excel workbook: one sheet per entry, ``{name: (headers, rows)}``, in order.
    Header row bold and frozen, an autofilter over the table, column widths fitted to the
    content. Returns the number of rows in all sheets (headers not counted). Raises
    :class:`ExportError`."""
    if not sheets:
        raise ValueError("write_xlsx needs at least one sheet")
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    count = 0

    def text_cell(value: str) -> str:
        return neutralise(ILLEGAL_CHARACTERS_RE.sub("", value))

    def fill(raw: IO[bytes]) -> None:
        nonlocal count
        book = Workbook(write_only=True)
        taken: set[str] = set()
        for name, (headers, rows) in sheets.items():
            sheet = book.create_sheet(_sheet_title(name, taken))
            iterator: Iterator[Row] = iter(rows)
            sample = list(islice(iterator, _WIDTH_SAMPLE_ROWS))
            for index, header in enumerate(headers):
                longest = max(
                    [_shown_length(header)]
                    + [_shown_length(r[index]) for r in sample if index < len(r)]
                )
                width = min(max(longest + 2, _MIN_WIDTH), _MAX_WIDTH)
                sheet.column_dimensions[get_column_letter(index + 1)].width = width
            sheet.freeze_panes = "A2"
            header_cells = []
            for header in headers:
                cell = WriteOnlyCell(sheet, value=text_cell(str(header)))
                cell.font = bold
                header_cells.append(cell)
            sheet.append(header_cells)
            written = 0
            for row in chain(sample, iterator):
                cells: list[Any] = []
                for value in row:
                    if value is None or isinstance(value, bool | int | float):
                        cells.append("Ja" if value is True else "Nei" if value is False else value)
                    elif isinstance(value, datetime):
                        cell = WriteOnlyCell(sheet, value=_local(value))
                        cell.number_format = XLSX_DATETIME_FORMAT
                        cells.append(cell)
                    elif isinstance(value, date):
                        cell = WriteOnlyCell(sheet, value=value)
                        cell.number_format = XLSX_DATE_FORMAT
                        cells.append(cell)
                    else:
                        cells.append(text_cell(str(value)))
                sheet.append(cells)
                written += 1
            count += written
            if headers:  # the filter buttons in the header row, over every row written
                last = get_column_letter(len(headers))
                sheet.auto_filter.ref = f"A1:{last}{written + 1}"
        book.save(raw)

    _write_atomically(Path(path), fill)
    return count

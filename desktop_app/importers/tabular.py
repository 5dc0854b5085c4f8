"""Read a table from a CSV or spreadsheet file, whatever its encoding and delimiter.

Only a regular file is read (not a pipe or a device, which could block or never end), and at
most :data:`MAX_FILE_BYTES`.

CSV: the encoding is decided from the evidence in the bytes (see :func:`_decoding`): a byte
order mark; UTF-16 without one; UTF-8, also with a few bytes that are not (replaced, their
lines named); else Windows-1252 (what Excel on Norwegian Windows writes) or Mac Roman,
whichever gives Norwegian letters. Every guess is reported. The delimiter is found by counting
``;``, ``,`` and tab outside quotes in the header record. Quoted newlines are handled by the
csv module (lines without a quote character are split directly), but a quoted field that never
closes is reported and cut off, and the rows after it read (see :func:`_csv_rows`); every row
carries the physical line where it starts, as a text editor shows it.

Spreadsheets (XLSX, XLS, ODS): python-calamine (fast, Rust); openpyxl read-only for XLSX
when calamine is not installed. A workbook is checked before calamine sees it (see
:func:`_check_workbook`): calamine builds a grid from A1 to the farthest cell and ends the
process when that grid does not fit in memory; a declared size (``<dimension>``) far beyond
the real cells is not believed, and is taken out before calamine reads the sheet. Every row
carries its row number as Excel shows it.

A file that is not a table raises :class:`TableError` with a bokmål message for the user;
problems with single rows, and guesses, are in :attr:`Table.problems`.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re
import stat
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from xml.parsers import expat

DELIMITERS = (";", ",", "\t")
_SNIFF_CHARS = 65536
_SNIFF_BYTES = 4 * _SNIFF_CHARS  # at most 4 bytes a character
_CHECK_SLICE = 1 << 20
# A quoted cell may be long (a title with pasted text): the csv module's default limit of
# 128 KiB would skip such a row. 16 MB per cell; the file limit bounds it anyway.
CSV_FIELD_MAX = 16 << 20
csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_MAX))
MAX_FILE_BYTES = 512 << 20  # a 100,000-row export is about 20 MB as CSV, 10 MB as XLSX


class TableError(Exception):
    """The file cannot be read as a table. ``str(error)`` is a bokmål message for the user."""


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be read (``skipped``) or was read with a problem (not skipped)."""

    line: int | None  # physical line (CSV) or row number (spreadsheet); None = the whole file
    reason: str  # bokmål: what is wrong and what to do
    skipped: bool = True


@dataclass(slots=True)
class Table:
    kind: str  # "csv" or "xlsx" (any spreadsheet)
    headers: list[str]
    header_line: int
    rows: Iterator[tuple[int, list]]  # (line, cells); cells are str, or datetime in spreadsheets
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    problems: list[RowError] = field(default_factory=list)  # filled while ``rows`` is read


# --- Entry point ---------------------------------------------------------------------------------


def read_table(source: str | os.PathLike[str] | bytes) -> Table:
    """Open ``source`` (a path, or the file's bytes) as a table."""
    data = _read_bytes(source) if not isinstance(source, bytes | bytearray) else bytes(source)
    if len(data) > MAX_FILE_BYTES:
        raise TableError(_too_large(None, len(data)))
    if not data or data.isspace():  # (not ``strip()``: that copies a large file once more)
        raise TableError("Filen er tom. Eksporter forsendelsene fra SvarUt på nytt og prøv igjen.")
    head = data[:8]
    if head.startswith(b"%PDF"):
        raise TableError(
            "Dette er en PDF-fil, ikke en tabell. Eksporter forsendelsene fra SvarUt som "
            "Excel (XLSX) eller CSV."
        )
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return _read_spreadsheet(data)
    return _read_csv(data)


def _read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes. Only a regular file is read (a device such as ``/dev/zero`` or a named
    pipe would never end, or block), and at most :data:`MAX_FILE_BYTES`."""
    name = Path(path).name or str(path)
    try:
        if Path(path).is_dir():
            raise IsADirectoryError
        # O_NONBLOCK: opening a named pipe must not wait for a writer.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise TableError(f"Finner ikke filen «{name}». Sjekk at den ikke er flyttet.") from None
    except IsADirectoryError:
        raise TableError(f"«{name}» er en mappe. Velg en fil.") from None
    except PermissionError:
        raise TableError(
            f"Postvakt får ikke lese «{name}». Er filen åpen i Excel? Lukk den og prøv igjen."
        ) from None
    except OSError as exc:
        raise TableError(f"Postvakt kunne ikke lese «{name}» ({exc.strerror}).") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise TableError(f"«{name}» er en mappe. Velg en fil.")
        if not stat.S_ISREG(info.st_mode):
            raise TableError(
                f"«{name}» er ikke en vanlig fil (men for eksempel en enhet eller et rør). "
                "Lagre eksporten som en fil og velg den."
            )
        if info.st_size > MAX_FILE_BYTES:
            raise TableError(_too_large(name, info.st_size))
        try:
            # One read of the size the file has (a read of the limit would first take that
            # much memory); if it grew meanwhile, the rest up to the limit.
            data = file.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += file.read(MAX_FILE_BYTES + 1 - len(data))
        except OSError as exc:
            raise TableError(f"Postvakt kunne ikke lese «{name}» ({exc.strerror}).") from None
    if len(data) > MAX_FILE_BYTES:  # it grew while it was read
        raise TableError(_too_large(name, len(data)))
    return data


def _too_large(name: str | None, size: int) -> str:
    what = f"«{name}»" if name else "Filen"
    return (
        f"{what} er {_mb(size)} stor. Postvakt leser filer på opptil {_mb(MAX_FILE_BYTES)}. "
        "Eksporter et kortere tidsrom fra SvarUt og prøv igjen."
    )


def _mb(size: int) -> str:
    """``3_500_000`` → ``"3 MB"``; below a megabyte in kilobytes (rounded up)."""
    if size < 1 << 20:
        return f"{-(-size // 1024)} kB"
    return f"{size // (1 << 20):,} MB".replace(",", "\u00a0")


def _header_names(cells: list) -> list[str]:
    """Header texts, stripped; trailing blank ones (a trailing delimiter) dropped. A blank
    header inside the row stays "" (an empty column, e.g. column A of a spreadsheet)."""
    texts = ["" if cell is None else str(cell).strip() for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return texts


# --- CSV -----------------------------------------------------------------------------------------

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ASCII = bytes(range(128))
# Control characters that no text file has (tab, line feed, form feed and carriage return are
# text); a file that starts with many of them is something else (an image, a program).
_CONTROL = bytes([*range(0, 9), 11, *range(14, 32)])
# The characters beyond ASCII that a Norwegian export is made of. A file that is not UTF-8 is
# read in the legacy encoding that turns most of its non-ASCII bytes into one of these.
_LIKELY = frozenset("æøåÆØÅéèêëüöäóòôáàçñßÉÜÖÄ«»–—‘’“”…§°€\u00a0")
_LEGACY = {
    "cp1252": "Windows-1252 (vanlig fra Excel på Windows)",
    "mac_roman": "Mac Roman (fra eldre Mac-programmer)",
}
_LINES_NAMED = 10  # lines named one by one in a warning; the rest are counted


def detect_encoding(data: bytes) -> str:
    """The encoding name the file is read with (see :func:`_decoding`)."""
    return _decoding(data)[1]


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding name (see :func:`detect_encoding`). Undecodable bytes are
    shown as "�" rather than stopping."""
    data, encoding, _ = _decoding(data)
    return data.decode(encoding, errors="replace"), encoding


def _decoding(data: bytes) -> tuple[bytes, str, list[RowError]]:
    """The bytes to read (NUL bytes taken out), their encoding, and a warning for each thing
    that had to be guessed or repaired. Decided from the evidence in the bytes:

    * a byte order mark (UTF-8, UTF-16) settles it (bytes in a UTF-8 file with a mark that
      are not UTF-8 are found while it is read, at no cost to a file without them: see
      :func:`_csv_rows`);
    * UTF-16 without one is recognised by its zero bytes, every second byte;
    * a file that is valid UTF-8 is UTF-8 (the common case costs one pass of a C decoder);
    * a file with a few bytes that are not UTF-8 among many UTF-8 letters is UTF-8 with those
      bytes replaced, and the lines they are on are named;
    * else a legacy encoding: Windows-1252 or Mac Roman, whichever turns the file's non-ASCII
      bytes into Norwegian letters (æ is 0xE6 in one, 0xBE in the other).
    """
    if data.startswith(_UTF16_BOMS):
        return data, "utf-16", []
    utf16 = _utf16_without_bom(data)
    if utf16:
        return (
            data,
            utf16,
            [
                RowError(
                    None,
                    "Filen er lagret som UTF-16 uten merke om det. Postvakt har lest den slik; "
                    "sjekk at æ, ø og å ser riktige ut.",
                    skipped=False,
                )
            ],
        )
    head = data[:4096]
    if len(head) - len(head.translate(None, _CONTROL)) > len(head) // 10:
        raise TableError(
            "Filen er ikke en tabell (CSV eller Excel). Eksporter forsendelsene fra SvarUt som "
            "Excel (XLSX) eller CSV og prøv igjen."
        )
    problems: list[RowError] = []
    if data.find(b"\x00") >= 0:  # one C scan; a stray NUL is dropped, not the whole file
        problems.extend(_named_lines(data, b"\x00", _nul_reason, "et tegn med verdi null"))
        data = data.replace(b"\x00", b"")
    if data.startswith(b"\xef\xbb\xbf"):
        return data, "utf-8-sig", problems
    encoding = "utf-8"
    failed = _first_non_utf8(data)
    if failed < 0:
        return data, encoding, problems
    # The evidence first from the megabyte where the first byte that is not UTF-8 stands (a
    # Windows-1252 file has no UTF-8 letters there: settled at the cost of that megabyte),
    # then, when that looks like UTF-8, from the whole file.
    if _looks_utf8(data[max(failed - 65536, 0) : failed + _CHECK_SLICE].decode("utf-8", "replace")):
        text = data.decode("utf-8", errors="replace")
        if _looks_utf8(text):
            what = "tegn som ikke er UTF-8"
            problems.extend(_named_lines(text, "\ufffd", _bad_utf8_reason, what))
            return data, encoding, problems
        del text
    legacy = _legacy_encoding(data)
    problems.append(
        RowError(
            None,
            f"Filen er ikke lagret som UTF-8, og tegnsettet står ikke i den. Postvakt har "
            f"gjettet at den er {_LEGACY[legacy]}. Sjekk at æ, ø og å ser riktige ut; hvis ikke, "
            "lagre filen som «CSV UTF-8» i Excel og importer den på nytt.",
            skipped=False,
        )
    )
    return data, legacy, problems


def _first_non_utf8(data: bytes) -> int:
    """Where the first byte that is not UTF-8 stands, or -1 when every byte decodes. Checked
    over 1 MiB slices with an incremental decoder: decoding a large export in one piece
    allocates a string as large as the file only to throw it away."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    start = 0
    try:
        for start in range(0, len(data), _CHECK_SLICE):
            decoder.decode(view[start : start + _CHECK_SLICE])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        return max(start + exc.start, 0)
    return -1


def _looks_utf8(text: str) -> bool:
    """True when ``text`` (decoded as UTF-8 with "�" for bytes that are not) has more
    UTF-8 letters beyond ASCII than such bytes: a UTF-8 file with a few bad bytes."""
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return non_ascii - bad >= max(bad, 1)


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the start of the file is text in UTF-16 (a zero
    byte next to nearly every character, as ASCII and Norwegian letters have), else None."""
    sample = data[: 4096 - 4096 % 2]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= half * 0.6 and even <= half * 0.05:
        encoding = "utf-16-le"
    elif even >= half * 0.6 and odd <= half * 0.05:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, errors="replace")
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\t\r\n")
    return encoding if printable >= len(text) * 0.95 else None


def _legacy_encoding(data: bytes) -> str:
    """The legacy encoding in which the most non-ASCII bytes are Norwegian letters; a tie
    (or no such byte) is Windows-1252, which Excel on Norwegian Windows writes."""
    counts = Counter(data.translate(None, _ASCII))
    best, best_score = "cp1252", -1
    for encoding in _LEGACY:
        score = sum(
            n for byte, n in counts.items()
            if bytes((byte,)).decode(encoding, errors="replace") in _LIKELY
        )  # fmt: skip
        if score > best_score:
            best, best_score = encoding, score
    return best


def _named_lines(text, needle, reason, what: str) -> list[RowError]:
    """A warning for each of the first lines of ``text`` (bytes or str) that hold ``needle``,
    then one that counts the rest. Lines are counted at line feeds (at carriage returns in a
    file without any), as :func:`physical_lines` counts them in all but mixed files."""
    newline = "\n" if isinstance(text, str) else b"\n"
    if text.find(newline) < 0:
        newline = "\r" if isinstance(text, str) else b"\r"
    problems: list[RowError] = []
    count, line, last = 0, 1, 0
    pos = text.find(needle)
    while pos >= 0:
        line += text.count(newline, last, pos)
        last = pos
        count += 1
        if count <= _LINES_NAMED:
            problems.append(RowError(line, reason(), skipped=False))
        end = text.find(newline, pos)
        if end < 0:
            break
        pos = text.find(needle, end)
    if count > _LINES_NAMED:
        problems.append(
            RowError(
                None,
                f"Filen har {what} på {count} linjer; de første {_LINES_NAMED} er nevnt.",
                skipped=False,
            )
        )
    return problems


def _bad_utf8_reason() -> str:
    return (
        "Linjen har tegn som ikke er gyldig UTF-8 (resten av filen er det). Raden er tatt med, "
        "men teksten er gjettet: de tegnene er vist som «\ufffd». Sjekk teksten på linjen i "
        "SvarUt."
    )


def _nul_reason() -> str:
    return "Linjen har et tegn med verdi null, som ikke hører hjemme i en tekstfil. Det er fjernet."


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``;`` ``,`` tab that occurs most in the first record, outside quotes."""
    counts = dict.fromkeys(DELIMITERS, 0)
    in_quotes = False
    started = False
    for ch in text[:_SNIFF_CHARS]:
        if ch == '"':
            in_quotes = not in_quotes
        elif in_quotes:
            continue
        elif ch in "\r\n":
            if started:
                break
        elif ch in counts:
            counts[ch] += 1
            started = True
        elif not ch.isspace():
            started = True
    best = max(DELIMITERS, key=lambda d: counts[d])  # ties: the order of DELIMITERS
    return best if counts[best] else ";"


def physical_lines(data: bytes, encoding: str, errors: str = "replace") -> io.TextIOWrapper:
    """The file's text, decoded as it is read, line by line the way a text editor counts lines:
    at ``\\n``, ``\\r\\n`` and ``\\r`` (``newline=""``), not at rarer characters such as
    U+2028. Decoding in small pieces while reading keeps a large export's text out of memory
    as a whole.

    Reading at all three line endings (``newline=""``) makes the decoder look at every
    character; reading at ``\\n`` alone takes half the time (25 of 50 ms for 100,000 lines) and
    gives the same lines whenever every ``\\r`` comes right before a ``\\n``. That is checked
    first: a file without ``\\r`` in one C call, a Windows file (``\\r\\n``) with a search for
    a lone ``\\r`` (10 ms). Old Mac files (``\\r`` alone) and UTF-16 are read at all three."""
    if encoding.startswith("utf-16") or (data.find(b"\r") >= 0 and _LONE_CR.search(data)):
        newline = ""
    else:
        newline = "\n"
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors=errors, newline=newline)


_LONE_CR = re.compile(rb"\r(?!\n)")  # a line ending only when read at all three


def _read_csv(data: bytes) -> Table:
    data, encoding, problems = _decoding(data)
    # The head is enough to find the delimiter; a character cut in half at its end is harmless.
    head = codecs.getincrementaldecoder(encoding)(errors="replace").decode(data[:_SNIFF_BYTES])
    delimiter = sniff_delimiter(head)
    width = [0]  # the header's number of fields, once it is read
    warnings = len(problems)
    reopen: Callable[[], Iterator[str]] | None = None
    if encoding == "utf-8-sig":
        # Read strictly, and only if a byte turns out not to be UTF-8, again with "�" for it.
        def reopen_replacing() -> io.TextIOWrapper:
            text = data[3:].decode("utf-8", errors="replace")
            what = "tegn som ikke er UTF-8"
            problems.extend(_named_lines(text, "\ufffd", _bad_utf8_reason, what))
            return physical_lines(data, encoding)

        lines = physical_lines(data, encoding, errors="strict")
        reopen = reopen_replacing
    else:
        lines = physical_lines(data, encoding)
    rows = _csv_rows(lines, delimiter, problems, width, reopen)
    header_line, headers = 0, None
    for line, row in rows:
        if any(cell.strip() for cell in row):
            header_line, headers = line, _header_names(row)
            break
    if len(problems) > warnings:  # the header, or a line before it, is damaged
        raise TableError(
            "Overskriftslinjen kan ikke leses. Åpne filen i Excel, lagre den som CSV og prøv igjen."
        )
    if not headers:
        raise TableError("Filen har ingen rader. Eksporter forsendelsene fra SvarUt på nytt.")
    width[0] = len(headers)
    return Table("csv", headers, header_line, rows, encoding, delimiter, problems)


# A quoted field (a title with line breaks) may run over this many lines; one that runs on
# further has lost its closing quote and is swallowing the rows after it.
QUOTED_FIELD_MAX_LINES = 50


def _csv_rows(
    lines: Iterator[str],
    delimiter: str,
    problems: list[RowError],
    width: list[int],
    reopen: Callable[[], Iterator[str]] | None = None,
) -> Iterator[tuple[int, list]]:
    """Each record that is not blank, with the physical line where it starts.

    A quoted field that is never closed would take the rest of the file along as one field.
    So a record whose quoted field runs to the end of the file, over more than
    :data:`QUOTED_FIELD_MAX_LINES` lines, into a line that looks like a row of its own (no
    quote, as many delimiters as the header), or to a quote that is not the end of a field
    (text follows it: read strictly, that quote opened a field of a later row), is reported by
    its first line and skipped, and the lines after that one are read again as rows. A record
    on one line is read leniently (a stray quote inside it stays, as Excel reads it).

    ``lines`` may be decoded strictly: when a line cannot be decoded, the file is read again
    from that line through ``reopen()`` (which decodes with "�" and reports where)."""
    handed_over: list[str] = []
    taken: list[str] = []  # the lines a quoted newline took along, for the current record
    damage: list[str] = []  # why the current record is broken, if it is

    def quoted_lines(source: Iterator[str]) -> Iterator[str]:
        # What the csv module reads: the line handed over below, then, while a quoted field
        # is still open (a quoted newline), the file's next lines, within bounds.
        while True:
            if handed_over:
                yield handed_over.pop()
                continue
            text = next(source, None)
            if text is None:
                damage.append("eof")
                return
            taken.append(text)
            if len(taken) > QUOTED_FIELD_MAX_LINES:
                damage.append("long")
                return
            if width[0] > 2 and '"' not in text and text.count(delimiter) >= width[0] - 1:
                damage.append("row")
                return
            yield text

    source = iter(lines)
    # The warnings about single lines (a byte that is not UTF-8, a NUL), made before the rows
    # are read: the only problems :func:`_to_record` may move (those added here are skipped
    # rows, and many of them must not make every later record slower).
    warned = _line_warnings(problems)
    number = 0
    record: int | None = None  # the first line of a quoted record being read
    while True:
        reader = csv.reader(quoted_lines(source), delimiter=delimiter, strict=True)
        try:
            for text in source:
                number += 1
                if '"' not in text:
                    # Fast path: without a quote character a line is exactly one record, and
                    # splitting it at the delimiter gives the same cells as the csv module,
                    # about three times faster (most exports quote little or nothing). A blank
                    # line gives [""].
                    row = text.rstrip("\r\n").split(delimiter)
                    if row[0] or len(row) > 1:  # not a blank line
                        yield number, row
                    continue
                handed_over.append(text)
                taken.clear()
                record = number
                try:
                    row = next(reader)
                except csv.Error as exc:
                    reader = csv.reader(quoted_lines(source), delimiter=delimiter, strict=True)
                    if taken and not damage:
                        # A quote closed the field on a later line, followed by more text:
                        # the quote that closes it belongs to a later row.
                        damage.append("closed-by-a-later-quote")
                    elif not damage:
                        # A stray quote within one line (``"Svar" fra NAV``): read leniently,
                        # as a spreadsheet program does; only a record that runs over several
                        # lines is read strictly.
                        handed_over.clear()
                        try:
                            row = next(csv.reader([text], delimiter=delimiter), [])
                        except csv.Error:
                            damage.append(str(exc))
                record = None
                if damage:
                    reason = _damage_reason(damage[0], number, len(taken))
                    problems.append(RowError(number, reason))
                    damage.clear()
                    handed_over.clear()
                    source = itertools.chain(list(taken), source)  # read again, as rows
                    break
                if taken:
                    _to_record(problems, warned, number, number + len(taken))
                if row:
                    yield number, row
                number += len(taken)  # the lines a quoted newline took along
            else:
                return
        except UnicodeDecodeError:
            if reopen is None:
                raise
            # Every line handed out so far was decoded whole; read on from the first that
            # was not (or from the start of the quoted record it belongs to).
            if record is not None:
                number, record = record - 1, None
            handed_over.clear()
            taken.clear()
            damage.clear()
            source = itertools.islice(reopen(), number, None)
            warned = _line_warnings(problems)
            reopen = None


def _line_warnings(problems: list[RowError]) -> list[int]:
    return [i for i, p in enumerate(problems) if p.line is not None and not p.skipped]


def _to_record(problems: list[RowError], warned: list[int], first: int, last: int) -> None:
    """A warning about a line inside a record that runs over lines ``first``–``last`` (a
    quoted line break) is about that record: it is named by the line where the record
    begins, as the record itself is, and says where in it the trouble is."""
    for i in warned:
        problem = problems[i]
        if problem.line is not None and first < problem.line <= last:
            problems[i] = RowError(
                first,
                f"{problem.reason} (Raden begynner på linje {first}; dette står på linje "
                f"{problem.line}.)",
                skipped=False,
            )


def _damage_reason(why: str, line: int, taken: int) -> str:
    after = (
        f"Linje {line} er hoppet over; linjene etter er lest som vanlige rader. Rett linjen i "
        "et tekstprogram og importer på nytt."
    )
    if why == "eof":
        return (
            f'Et anførselstegn (") på linje {line} blir aldri lukket, så resten av filen ville '
            f"blitt lest som ett felt. {after}"
        )
    if why == "long":
        return (
            f'Et felt i anførselstegn (") på linje {line} fortsetter over mer enn '
            f"{QUOTED_FIELD_MAX_LINES} linjer; trolig mangler det avsluttende anførselstegnet. "
            f"{after}"
        )
    if why == "closed-by-a-later-quote":
        return (
            f'Et felt i anførselstegn (") på linje {line} blir ikke lukket på samme linje, og '
            f"anførselstegnet som lukker det på linje {line + taken}, hører til en annen rad; "
            f"trolig mangler det avsluttende anførselstegnet. {after}"
        )
    if why == "row":
        return (
            f'Et felt i anførselstegn (") på linje {line} fortsetter inn i linje {line + taken}, '
            f"som ser ut som en egen rad; trolig mangler det avsluttende anførselstegnet. {after}"
        )
    return f"Linje {line} kan ikke leses som CSV ({shorten(why)}). {after}"


def shorten(text, limit: int = 80) -> str:
    """``text`` as a message shows it: on one line, at most ``limit`` characters (a cell of
    megabytes is not echoed whole)."""
    text = str(text)
    cut = len(text) > 4 * limit
    shown = " ".join(text[: 4 * limit].split())
    if cut or len(shown) > limit:
        shown = shown[: limit - 1] + "…"
    return shown


# --- Spreadsheets --------------------------------------------------------------------------------

# Limits checked before a workbook is unpacked. An XLSX file is a zip archive of XML: a small
# file may unpack to gigabytes (a "zip bomb"), and a sheet with one cell in A1 and one in
# XFD1048576 makes calamine allocate a grid of 17 billion cells, which ends the process
# (calamine issue #693) instead of raising an error.
ZIP_MAX_ENTRIES = 10_000  # an export has about ten parts
ZIP_MAX_UNPACKED = 1 << 30  # 1 GiB of XML: about a million rows
ZIP_MAX_RATIO = 200  # XML of an export packs 5-20 times; a zip bomb about 1,000 times
SHEET_MAX_CELLS = 30_000_000  # rows × columns from A1: a million rows of 30 columns
_ZIP_CHUNK = 1 << 20

_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s+ref\s*=\s*[\"']([^\"']*)[\"']")
_REF = re.compile(r"\$?([A-Za-z]*)\$?(\d*)")
# Every r="…" attribute (cells and rows), however it is written, for the careful count.
_R_VALUE = re.compile(rb"\br\s*=\s*[\"']\$?([A-Za-z]*)\$?(\d*)")
# (Attributes up to the next < or >: a > inside a value cuts them short, and a cell whose r is
# cut off counts as one without r, which only widens the count; never past a <, so that a
# piece full of "<c " is read once, not once for every "<c ".)
_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^<>]*)")
_HAS_R = re.compile(rb"\br\s*=")
_PREFIXED_CELL = re.compile(rb":c[\s/>]")  # <x:c …>: calamine reads it as a cell too


def _column_number(letters: bytes | str) -> int:
    """``"A"`` → 1, ``"XFD"`` → 16384 (lower case as upper case, as calamine reads it)."""
    if isinstance(letters, bytes):
        letters = letters.decode("latin-1")
    number = 0
    for ch in letters.upper():
        number = number * 26 + ord(ch) - 64
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"


def _n(number: int) -> str:
    """``1048576`` → ``"1 048 576"`` (with no-break spaces, as Norwegian writes numbers)."""
    return f"{number:,}".replace(",", "\u00a0")


def _too_many_cells(rows: int, columns: int) -> str:
    return (
        f"Regnearket strekker seg til celle {_column_letters(columns)}{rows} ({_n(rows)} rader × "
        f"{_n(columns)} kolonner). Postvakt leser høyst {_n(SHEET_MAX_CELLS)} celler regnet fra "
        "A1. Kopier tabellen over i et nytt, tomt regneark eller lagre den som CSV, og prøv igjen."
    )


def _refuse_zip(what: str) -> TableError:
    return TableError(
        f"Regnearket kan ikke leses trygt: {what} Det kan være skadet eller laget for å fylle "
        "opp minnet. Åpne det i Excel, lagre det på nytt (eller som CSV) og prøv igjen."
    )


def _check_workbook(data: bytes) -> set[str]:
    """Refuse, before anything is unpacked, a workbook that would take more memory than a large
    export: too many parts, too much XML, XML packed far tighter than XML packs, a sheet that
    has cells far out. The cells are counted on the XML as it is unpacked, piece by piece;
    nothing is built from it. A sheet's declared size (``<dimension ref>``) is only believed
    when it is within the limit: some programs write ``A1:XFD1048576`` over a few real cells.
    Returns the parts whose declaration lies so (see :func:`_without_dimension`)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return set()  # not a zip archive calamine could read either: it says so
    if len(entries) > ZIP_MAX_ENTRIES:
        limit = _n(ZIP_MAX_ENTRIES)
        raise _refuse_zip(f"det består av {_n(len(entries))} deler (grensen er {limit}).")
    total = sum(entry.file_size for entry in entries)
    if total > ZIP_MAX_UNPACKED:
        raise _refuse_zip(f"det blir {_mb(total)} utpakket (grensen er {_mb(ZIP_MAX_UNPACKED)}).")
    for entry in entries:
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            what = f"delen «{shorten(entry.filename, 60)}» er pakket på en uvanlig måte."
            raise _refuse_zip(what)
        if entry.file_size > _ZIP_CHUNK and entry.file_size > ZIP_MAX_RATIO * entry.compress_size:
            ratio = entry.file_size // max(entry.compress_size, 1)
            raise _refuse_zip(
                f"delen «{shorten(entry.filename, 60)}» pakkes ut til {_n(ratio)} ganger sin egen "
                f"størrelse (grensen er {ZIP_MAX_RATIO} ganger)."
            )
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names and "content.xml" not in names:
        # calamine would try it as XLSB (binary parts this check cannot read)
        raise TableError(
            "Regnearket er verken en Excel-arbeidsbok (XLSX) eller et OpenDocument-regneark "
            "(ODS), kanskje en binær arbeidsbok (XLSB). Lagre det som XLSX eller CSV og prøv igjen."
        )
    lying: set[str] = set()
    for entry in entries:
        if entry.file_size and not entry.is_dir():
            if not _check_sheet_cells(data, entry):
                lying.add(entry.filename)
            if entry.filename == "content.xml":
                _check_ods_cells(data, entry)
    return lying


# The element that declares a sheet's size, written empty (as Excel does) or with an end tag.
_DIMENSION_ELEMENT = re.compile(rb"<((?:[\w.-]+:)?)dimension\b[^<>]*?(?:/>|>\s*</\1dimension\s*>)")


def _without_dimension(data: bytes, names: set[str]) -> bytes:
    """The workbook with the ``<dimension>`` element taken out of the parts ``names``: their
    declared size is far beyond the cells they hold (counted by :func:`_check_sheet_cells`),
    and what reaches calamine must not say otherwise. The element is optional; without it the
    grid is the one the cells span. Every part has passed :func:`_check_workbook`, so copying
    is bounded by its limits."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            if entry.filename not in names:
                target.writestr(entry, source.read(entry))
                continue
            info = zipfile.ZipInfo(entry.filename, entry.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            with target.open(info, "w") as part:
                first = True
                for piece in _pieces(data, entry):
                    if first:
                        piece = _DIMENSION_ELEMENT.sub(b"", piece, count=1)
                        first = False
                    part.write(piece)
    return out.getvalue()


def _unpacked(data: bytes, entry: zipfile.ZipInfo) -> Iterator[bytes]:
    """The entry's bytes, unpacked piece by piece, never more than the size it declares: the
    archive's own reader stops there silently, and calamine's does not stop at all."""
    offset = entry.header_offset
    if data[offset : offset + 4] != b"PK\x03\x04":
        raise _refuse_zip("innholdsfortegnelsen peker feil.")
    name_length, extra_length = struct.unpack_from("<HH", data, offset + 26)
    start = offset + 30 + name_length + extra_length
    packed = memoryview(data)[start : start + entry.compress_size]
    if entry.compress_type == zipfile.ZIP_STORED:
        for at in range(0, len(packed), _ZIP_CHUNK):
            yield bytes(packed[at : at + _ZIP_CHUNK])
        return
    inflate = zlib.decompressobj(-15)
    left = entry.file_size
    pending: bytes | memoryview = b""
    at = 0
    try:
        while not inflate.eof:
            if not pending:
                if at >= len(packed):
                    break
                pending, at = packed[at : at + _ZIP_CHUNK], at + _ZIP_CHUNK
            piece = inflate.decompress(pending, _ZIP_CHUNK)
            pending = inflate.unconsumed_tail
            left -= len(piece)
            if left < 0:
                what = f"delen «{shorten(entry.filename, 60)}» er større enn den oppgir."
                raise _refuse_zip(what)
            if piece:
                yield piece
    except zlib.error:
        raise _refuse_zip(f"delen «{shorten(entry.filename, 60)}» er skadet.") from None


def _pieces(data: bytes, entry: zipfile.ZipInfo) -> Iterator[bytes]:
    """The unpacked entry in pieces that end at a ``>``, so that no tag is cut in two."""
    carry = b""
    for chunk in _unpacked(data, entry):
        piece = carry + chunk
        cut = piece.rfind(b">") + 1
        if cut == 0 and len(piece) < 8 * _ZIP_CHUNK:
            carry = piece
            continue
        if cut == 0:
            cut = len(piece)
        carry = piece[cut:]
        yield piece[:cut]
    if carry:
        yield carry


def _check_ods_cells(data: bytes, entry: zipfile.ZipInfo) -> None:
    """The grid each table of an OpenDocument spreadsheet would take. A cell or row may be
    repeated (``number-columns-repeated``, ``number-rows-repeated``); calamine leaves out
    repeated empty cells (LibreOffice writes a million of them at the end of every sheet) but
    writes out repeated cells with a value. Read with expat, element by element: ODS is rare
    among exports, so exactness is worth more here than speed."""
    rows = columns = row = column = row_repeat = 0
    row_has_value = cell_has_value = False
    cell_depth = 0  # > 0 inside a cell: its elements are its value

    def repeat(attributes: dict[str, str], name: str) -> int:
        for key, value in attributes.items():
            if key.rpartition(":")[2] == name:
                digits = value.strip()[:12]
                return max(int(digits), 1) if digits.isdigit() else 1
        return 1

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal rows, columns, row, column, row_repeat, row_has_value, cell_has_value
        nonlocal cell_depth
        local = name.rpartition(":")[2]
        if cell_depth:
            cell_depth += 1
            cell_has_value = True
        elif local == "table":  # a sheet: its own grid
            _check_grid(columns, rows)
            rows = columns = row = 0
        elif local == "table-row":
            row_repeat = repeat(attributes, "number-rows-repeated")
            column, row_has_value = 0, False
        elif local in ("table-cell", "covered-table-cell"):
            column += repeat(attributes, "number-columns-repeated")
            cell_depth = 1
            cell_has_value = any(key.rpartition(":")[2] == "value-type" for key in attributes)

    def end(name: str) -> None:
        nonlocal rows, columns, row, cell_depth, row_has_value
        if cell_depth > 1:
            cell_depth -= 1
            return
        local = name.rpartition(":")[2]
        if cell_depth == 1:
            cell_depth = 0
            if cell_has_value:
                columns = max(columns, column)
                row_has_value = True
        elif local == "table-row":
            if row_has_value:
                rows = max(rows, row + row_repeat)
                _check_grid(columns, rows)
            row += row_repeat

    def doctype(*_) -> None:  # entities of its own: no spreadsheet program writes them
        raise _refuse_zip("innholdet har en egen dokumenttype (DOCTYPE).")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = doctype
    try:
        for piece in _unpacked(data, entry):
            parser.Parse(piece, False)
        parser.Parse(b"", True)
    except expat.ExpatError:
        # Not well-formed XML: calamine's reader may be more forgiving than expat, so the
        # cells could not all be counted.
        raise _refuse_zip("innholdet (content.xml) er ikke gyldig XML.") from None
    _check_grid(columns, rows)


def _check_sheet_cells(data: bytes, entry: zipfile.ZipInfo) -> bool:
    """Check where the cells of one part lie (every part: a sheet may be anywhere in the
    archive). calamine puts a cell where its ``r`` attribute says (lower case too, and a cell
    written ``<x:c>`` too), a cell without one just right of the cell before it, and a row
    without one just below the row before it; the grid it builds reaches the farthest of them.

    The quick test, for XML as Excel and other programs write it (every cell ``<c r="B7"``):
    one search for a cell that is not written so, or lies past a bound, finds nothing. The
    bound is the widest row counted so far (or declared by ``<dimension>``) and the rows that
    :data:`SHEET_MAX_CELLS` then allows with room for wider rows. A piece that fails the quick
    test is counted carefully. A declared size beyond the limit is not believed (every piece
    is then counted carefully, and the sheet refused only for cells that really lie far out);
    returns False for such a sheet, True otherwise."""
    believed = True
    columns = rows = 0  # the farthest cell counted carefully
    reached = (0, 0)  # the largest bound a piece passed the quick test with
    quick: tuple[re.Pattern[bytes], tuple[int, int]] | None = None
    loose_rows = 0  # rows without r: each one below the last
    row_cells = widest_loose = 0  # cells without r: in the current row, and in any row
    for number, piece in enumerate(_pieces(data, entry)):
        if number == 0:
            declared = _DIMENSION.search(piece, 0, 65536)
            match = declared and _REF.fullmatch(declared.group(1).decode("latin-1").split(":")[-1])
            if match and match.group(1) and match.group(2):
                width, height = _column_number(match.group(1)), int(match.group(2)[:12])
                if width * height <= SHEET_MAX_CELLS:
                    quick = _quick_test(width)
                else:
                    believed = False
        prefixed = _PREFIXED_CELL.search(piece) is not None
        if quick is not None and not prefixed and quick[0].search(piece) is None:
            reached = (max(reached[0], quick[1][0]), max(reached[1], quick[1][1]))
            continue
        # Careful count: every r value, and the places of cells and rows without one.
        found = [(letters[:12], digits[:12]) for letters, digits in _R_VALUE.findall(piece)]
        columns = max([columns, *map(_column_number, {letters for letters, d in found if d})])
        rows = max([rows, *(int(digits) for _, digits in found if digits)])
        if (
            prefixed
            or piece.count(b"<c") != piece.count(b'<c r="')
            or piece.count(b"<row") != piece.count(b'<row r="')
        ):
            for name, attributes in _TAG.findall(piece):
                if name == b"row":
                    row_cells = 0
                    loose_rows += _HAS_R.search(attributes) is None
                elif _HAS_R.search(attributes) is None:
                    row_cells += 1
                    widest_loose = max(widest_loose, row_cells)
        _check_grid(max(columns + widest_loose, reached[0]), max(rows + loose_rows, reached[1]))
        # Cells placed by counting: count every piece.
        quick = _quick_test(max(columns, 1)) if widest_loose == loose_rows == 0 else None
    _check_grid(max(columns + widest_loose, reached[0]), max(rows + loose_rows, reached[1]))
    return believed


def _quick_test(columns: int) -> tuple[re.Pattern[bytes], tuple[int, int]] | None:
    """A pattern that finds a ``<c`` that is not ``<c r="…"`` with a place within ``columns``
    (or a little more) and the rows then allowed, and that bound (columns, rows). None when
    the sheet is too wide for a simple pattern: it is counted carefully."""
    if columns <= 26:
        letters, width = b"[A-%c]" % (64 + columns), columns
    elif columns <= 702:
        first = (columns - 1) // 26  # 1 = "A"
        letters, width = b"[A-Z]|[A-%c][A-Z]" % (64 + first), 26 * first + 26
    else:
        return None
    allowed = SHEET_MAX_CELLS // (2 * width + 10)  # room for a later row twice as wide
    digits = len(str(allowed)) - 1  # any number of this many digits is allowed
    top = allowed // 10**digits - 1  # and of one more digit, starting with 1 … top
    numbers = b"[1-9][0-9]{0,%d}" % (digits - 1)
    if top >= 1:
        numbers += b"|[1-%d][0-9]{%d}" % (top, digits)
    height = (top + 1) * 10**digits - 1 if top >= 1 else 10**digits - 1
    pattern = re.compile(b'<c(?! r="(?:' + letters + b")(?:" + numbers + b')")')
    return pattern, (width, height)


def _check_grid(columns: int, rows: int) -> None:
    if columns * rows > SHEET_MAX_CELLS:
        raise TableError(_too_many_cells(rows, columns))


# BIFF records (XLS) that place one cell: the row and the column are their first two u16.
_XLS_CELL_RECORDS = frozenset(
    {0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x00D6, 0x00FD, 0x0201, 0x0203, 0x0204,
     0x0205, 0x0206, 0x027E, 0x0406}
)  # fmt: skip
_XLS_RANGE_RECORDS = frozenset({0x00BD, 0x00BE})  # MULRK, MULBLANK: row, first column … last
_XLS_DIMENSIONS = 0x0200
_XLS_BOF = frozenset({0x0009, 0x0209, 0x0409, 0x0809})


_END_OF_CHAIN, _FREE_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF


def _xls_streams(data: bytes) -> list[bytes]:
    """The workbook streams of an OLE2 compound file (an XLS file), read the way calamine reads
    them, with every size and chain of sectors checked first. calamine reserves the sizes the
    file states and follows the chains without looking: a size of 4 GB, or a chain that loops,
    ends the process."""

    def refuse(what: str) -> TableError:
        return TableError(
            f"Regnearket (XLS) kan ikke leses trygt: {what} Det kan være skadet. Åpne det i "
            "Excel, lagre det som XLSX eller CSV og prøv igjen."
        )

    def u32s(raw: bytes) -> list[int]:
        return list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))

    if len(data) < 512:
        raise refuse("filen er for kort.")
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    if shift not in (9, 12) or mini_shift != 6:
        raise refuse("sektorstørrelsen er ukjent.")
    size = 1 << shift
    count = len(data) // size - 1  # sector n starts at (n + 1) × size, after the header
    dir_len, _, dir_start = struct.unpack_from("<III", data, 40)
    mini_fat_start, mini_fat_len, difat_start = struct.unpack_from("<III", data, 60)
    if max(dir_len, mini_fat_len) * size > len(data):
        raise refuse("den oppgir deler større enn hele filen.")

    def sector(number: int) -> bytes:
        if number >= count:
            raise refuse("en sektor ligger utenfor filen.")
        return data[(number + 1) * size : (number + 2) * size]

    def chain(start: int, table: list[int], read) -> bytes:
        parts, seen, number = [], set(), start
        while number != _END_OF_CHAIN:
            if number in seen or number >= len(table):
                raise refuse("en kjede av sektorer går i ring eller ut av filen.")
            seen.add(number)
            parts.append(read(number))
            number = table[number]
        return b"".join(parts)

    difat = u32s(data[76:512])
    seen: set[int] = set()
    number = difat_start
    while number not in (_FREE_SECTOR, _END_OF_CHAIN):
        if number in seen:
            raise refuse("fortegnelsen over sektorer går i ring.")
        seen.add(number)
        difat.extend(u32s(sector(number)))
        number = difat.pop()
    fat = [entry for number in difat if number != _FREE_SECTOR for entry in u32s(sector(number))]
    directory = chain(dir_start, fat, sector)
    entries = []
    for at in range(0, len(directory) - 127, 128):
        raw = directory[at : at + 128]
        name = raw[:64].decode("utf-16-le", errors="ignore").split("\x00")[0]
        start = struct.unpack_from("<I", raw, 116)[0]
        length = struct.unpack_from("<I" if size == 512 else "<Q", raw, 120)[0]
        if length > len(data):
            raise refuse(f"delen «{shorten(name, 40)}» oppgir en størrelse større enn hele filen.")
        entries.append((name, start, length))
    if not entries:
        raise refuse("den har ingen innholdsfortegnelse.")
    if any(name == "_VBA_PROJECT_CUR" for name, _, _ in entries):
        raise refuse("det har makroer.")
    mini_stream = chain(entries[0][1], fat, sector)[: entries[0][2]]
    mini_fat = u32s(chain(mini_fat_start, fat, sector))
    mini_count = len(mini_stream) // 64

    def mini_sector(number: int) -> bytes:
        if number >= mini_count:
            raise refuse("en sektor ligger utenfor filen.")
        return mini_stream[number * 64 : (number + 1) * 64]

    streams = []
    for name, start, length in entries:
        if name in ("Workbook", "Book"):
            if length < 4096:
                streams.append(chain(start, mini_fat, mini_sector)[:length])
            else:
                streams.append(chain(start, fat, sector)[:length])
    return streams


def _check_xls(data: bytes) -> None:
    """An XLS file (BIFF records in an OLE2 compound file) is held to the same number of
    cells. Its format allows 65,536 × 256 cells, but a cell record can name column 65,535 and
    a sheet's DIMENSIONS record any size, and calamine allocates what they say (137 GB for one
    cell), which ends the process. Every record of the workbook stream is looked at."""
    for book in _xls_streams(data):
        columns = rows = 0
        pos, end = 0, len(book) - 4
        while pos <= end:
            kind, length = struct.unpack_from("<HH", book, pos)
            body = pos + 4
            pos = body + length
            if kind in _XLS_CELL_RECORDS and length >= 4:
                row, column = struct.unpack_from("<HH", book, body)
                rows, columns = max(rows, row + 1), max(columns, column + 1)
            elif kind in _XLS_RANGE_RECORDS and length >= 6 and pos <= len(book):
                row, first = struct.unpack_from("<HH", book, body)
                (last,) = struct.unpack_from("<H", book, pos - 2)
                rows = max(rows, row + 1)
                columns = max(columns, last + 1, first + (length - 6) // 2)
            elif kind == _XLS_DIMENSIONS and length >= 8 and pos <= len(book):
                if length >= 14:
                    _, last_row, _, last_column = struct.unpack_from("<IIHH", book, body)
                else:
                    _, last_row, _, last_column = struct.unpack_from("<HHHH", book, body)
                _check_grid(last_column, last_row)
            elif kind in _XLS_BOF:  # the next sheet: its own grid
                _check_grid(columns, rows)
                columns = rows = 0
        _check_grid(columns, rows)


def _read_spreadsheet(data: bytes) -> Table:
    if data.startswith(b"PK\x03\x04"):
        lying = _check_workbook(data)
        if lying:
            try:
                data = _without_dimension(data, lying)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError):
                raise TableError(  # a part that does not unpack as it says (a bad checksum)
                    "Filen kan ikke leses som et regneark. Den kan være skadet. Åpne den i "
                    "Excel, lagre den som XLSX eller CSV og prøv igjen."
                ) from None
    else:
        _check_xls(data)
    try:
        import python_calamine
    except ImportError:  # pragma: no cover - depends on the installation
        return _read_xlsx_openpyxl(data)
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        for name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(name)
            if sheet.height:
                break
        else:
            raise TableError("Regnearket er tomt. Eksporter forsendelsene fra SvarUt på nytt.")
        # The full grid from A1, so that a row's index + 1 is the row number Excel shows (its
        # size is bounded by the check above).
        rows = iter(sheet.to_python(skip_empty_area=False))
    except TableError:
        raise
    except BaseException as exc:
        # A panic in calamine's Rust code arrives as pyo3's PanicException, which is not an
        # Exception (so that ordinary handlers do not swallow it); for a file it means the same.
        if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
            raise
        raise TableError(
            "Filen kan ikke leses som et regneark. Er den en Word-fil eller skadet? Eksporter "
            "forsendelsene fra SvarUt som Excel (XLSX) eller CSV og prøv igjen."
        ) from None
    return _spreadsheet_table(rows, 1)


def _read_xlsx_openpyxl(data: bytes) -> Table:  # pragma: no cover - only without calamine
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        rows = workbook.worksheets[0].iter_rows(values_only=True)
    except Exception:
        raise TableError(
            "Filen kan ikke leses som et regneark. Lagre den som XLSX eller CSV og prøv igjen."
        ) from None
    return _spreadsheet_table((list(r) for r in rows), 1)


def _spreadsheet_table(rows: Iterator[list], first_line: int) -> Table:
    line = first_line - 1
    for row in rows:
        line += 1
        if any(_cell_text(c).strip() for c in row):
            headers = _header_names([_cell_text(c) for c in row])
            return Table("xlsx", headers, line, _spreadsheet_rows(rows, line))
    raise TableError("Regnearket er tomt. Eksporter forsendelsene fra SvarUt på nytt.")


def _spreadsheet_rows(rows: Iterator[list], line: int) -> Iterator[tuple[int, list]]:
    text = _cell_text
    for row in rows:
        line += 1
        # Strings stay strings (the common case); dates stay datetimes; numbers become text.
        cells = [c if c.__class__ is str or c.__class__ is datetime else text(c) for c in row]
        if any(cells):
            yield line, cells


def _cell_text(value) -> str:
    """A spreadsheet cell as text: ``320135710.0`` → ``"320135710"``, empty → ``""``."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)

"""Hostile and broken import files for ``bench/reliability.py``, each with what must happen.

Case ``i`` of a run is made from ``Random(seed, i)`` alone, so a worker process makes it again
from its number, and a failing case can be made again with ``--case i``. Every case knows
which of its rows are good (must be loaded, at their line, with their text), which are bad
(must be reported with their line), and whether the file as a whole should be refused.

Families (the share of a full run):

* ``csv`` — a SvarUt-like export in UTF-8 (with and without BOM, with stray bytes),
  cp1252, Mac Roman, UTF-16 with BOM and UTF-16 LE/BE without; ``;`` ``,`` or tab;
  ``\\r\\n``, ``\\n`` or ``\\r``; quoting minimal or everywhere; good rows with quotes,
  delimiters and newlines in their text; bad rows (invalid, missing or repeated ID, too many
  fields, unknown status, unreadable date, a yes/no that is neither); file-level trouble:
  truncation, NUL bytes, giant fields, an unclosed quote, blank lines, a wrong extension.
* ``xlsx`` — the same rows in a hand-made workbook (inline or shared strings, a
  declared dimension that lies), with the same bad rows; row numbers as Excel shows them.
* ``broken`` — not a table at all: PDF, PNG, random bytes, a truncated or empty zip, a zip
  without a workbook, broken sheet XML, an OLE header with junk, empty, header only.
* ``bomb`` — spreadsheet bombs: a cell at XFD1048576, a row at 1048576, a sheet that inflates
  to hundreds of MB, a giant shared string, tens of thousands of zip entries, a million empty
  rows, XML entity expansion. These run in a child process with a memory limit.

The org.nr all start with 3 (no real business has one) and every name is made up.
"""

from __future__ import annotations

import io
import random
import uuid
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

HEADERS = [
    "Forsendelse-ID", "Sendt", "Status", "Siste statusendring", "Tittel", "Mottaker", "Orgnr",
    "Avsender", "Avgivende system", "Ekstern referanse", "Kun digital", "Taushetsbelagt", "Kanal",
]  # fmt: skip
I_ID, I_SENT, I_STATUS, I_CHANGED, I_TITLE, I_NAME, I_ORGNR = 0, 1, 2, 3, 4, 5, 6
I_CONF = 11
WIDTH = len(HEADERS)
STATUSES = ["LEST", "Lest", "VARSLET", "SENDT_DIGITALT", "Sendt digitalt", "PRINTET",
            "IKKE_LEVERT", "MANUELT_HANDTERT", "AKSEPTERT"]  # fmt: skip

# What must become of a row.
KEEP = "keep"  # loaded, at its line, with its title and recipient as written
SKIP = "skip"  # reported with its line and not loaded
FLAG = "flag"  # reported with its line and loaded
REPORT = "report"  # reported with its line; loaded or not
EITHER = "either"  # loaded or reported with its line, but not lost without a word

# What must become of the file.
ROWS = "rows"  # the rows as above
REFUSED = "refused"  # a message for the whole file, no rows, no crash
ROWS_OR_REFUSED = "rows-or-refused"  # either the rows as above, or a message for the file


@dataclass
class Row:
    cells: list[str]
    fate: str = KEEP
    kind: str = "good"
    line: int = 0  # filled when the file is written
    exact_text: bool = True  # title and recipient must come back as written


@dataclass
class Case:
    index: int
    family: str
    label: str  # e.g. "csv cp1252 ';' crlf +truncated"
    filename: str
    data: bytes = b""
    rows: list[Row] = field(default_factory=list)
    outcome: str = ROWS
    bomb: bool = False  # run only with a memory limit, in a child process

    def expected(self) -> dict[str, list[Row]]:
        by: dict[str, list[Row]] = {}
        for row in self.rows:
            by.setdefault(row.fate, []).append(row)
        return by


def case_rng(seed: int, index: int) -> random.Random:
    return random.Random(seed * 1_000_003 + index)


# --- Rows -----------------------------------------------------------------------------------------

_ASCII_NAMES = ["Fjell AS", "Bru og Veg AS", "Havbruk Nord AS", "Kontor Vest SA", "Berg Bygg AS"]
_NORDIC = "æøåÆØÅ"
_WIDE = "😀 ČŠ ẞ ‘’ —"  # only in encodings that can write it


def orgnr(n: int) -> str:
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        base = f"3{n % 10_000_000:07d}"
        rest = sum(int(d) * w for d, w in zip(base, weights, strict=True)) % 11
        check = 0 if rest == 0 else 11 - rest
        if check != 10:
            return base + str(check)
        n += 1


def good_cells(rng: random.Random, n: int, charset: str) -> list[str]:
    day, month = rng.randrange(1, 29), rng.randrange(1, 13)
    hour, minute = rng.randrange(24), rng.randrange(60)
    sent = f"{day:02d}.{month:02d}.2025 {hour:02d}:{minute:02d}"
    changed = f"{day:02d}.{month:02d}.2025 {(hour + 1) % 24:02d}:{minute:02d}"
    name = rng.choice(_ASCII_NAMES)
    title = f"Vedtak i sak 25/{n:05d}"
    if charset and rng.random() < 0.6:
        name = name.replace("AS", rng.choice(charset) + "s AS", 1)
        title += " " + "".join(rng.choice(charset) for _ in range(rng.randrange(1, 6)))
    return [
        str(uuid.UUID(int=rng.getrandbits(128), version=4)), sent, rng.choice(STATUSES), changed,
        title, name, orgnr(rng.randrange(10_000_000)), "Fjordvik kommune", "Sak/arkiv",
        f"25/{n:05d}-1", rng.choice(["Ja", "Nei"]), rng.choice(["Ja", "Nei", "Ja"]), "Altinn",
    ]  # fmt: skip


BAD_KINDS = ("bad_id", "empty_id", "dup_id", "extra_fields", "bad_status", "bad_date",
             "bad_bool")  # fmt: skip


def bad_row(rng: random.Random, kind: str, cells: list[str], earlier: list[Row]) -> Row:
    if kind == "bad_id":
        cells[I_ID] = rng.choice(
            [
                "ikke-en-id",
                "12345",
                "d6b23522-ddf3-462a-8140",
                "ZZZZZZZZ-ddf3-462a-8140-16e59e1f476d",
                "null",
                "#N/A",
            ]
        )
        return Row(cells, SKIP, kind)
    if kind == "empty_id":
        cells[I_ID] = ""
        return Row(cells, SKIP, kind)
    if kind == "dup_id":
        good = [r for r in earlier if r.fate in (KEEP, FLAG)]
        if not good:
            return bad_row(rng, "bad_id", cells, earlier)
        cells[I_ID] = rng.choice(good).cells[I_ID]
        return Row(cells, SKIP, kind)
    if kind == "extra_fields":
        cells.extend(["ekstra", "felt"][: rng.randrange(1, 3)])
        return Row(cells, SKIP, kind)
    if kind == "bad_status":
        cells[I_STATUS] = rng.choice(["FLYTTET_TIL_MARS", "???", "Sendt med due"])
        return Row(cells, FLAG, kind)
    if kind == "bad_date":
        cells[I_SENT] = rng.choice(["31.02.2025 10:00", "forrige uke", "2025-13-45", "99.99.9999"])
        return Row(cells, FLAG, kind)
    if kind == "bad_bool":
        cells[I_CONF] = rng.choice(["kanskje", "vet ikke", "2"])
        return Row(cells, FLAG, kind)
    raise ValueError(kind)


def make_rows(
    rng: random.Random, count: int, charset: str, bad: int, kinds: tuple[str, ...] = BAD_KINDS
) -> list[Row]:
    rows: list[Row] = []
    for n in range(count):
        cells = good_cells(rng, n, charset)
        if bad and rng.random() < bad / max(count, 1):
            rows.append(bad_row(rng, rng.choice(kinds), cells, rows))
        else:
            rows.append(Row(cells))
    return rows


# --- CSV ------------------------------------------------------------------------------------------

ENCODINGS = (
    # (label, codec, BOM, characters it can write)
    ("utf-8", "utf-8", b"", _NORDIC + _WIDE),
    ("utf-8-bom", "utf-8", b"\xef\xbb\xbf", _NORDIC + _WIDE),
    ("utf-8+stray", "utf-8", b"", _NORDIC),
    ("cp1252", "cp1252", b"", _NORDIC + "é€"),
    ("mac-roman", "mac_roman", b"", _NORDIC),
    ("utf-16-bom", "utf-16-le", b"\xff\xfe", _NORDIC + _WIDE),
    ("utf-16be-bom", "utf-16-be", b"\xfe\xff", _NORDIC + _WIDE),
    ("utf-16le-nobom", "utf-16-le", b"", _NORDIC),
    ("utf-16be-nobom", "utf-16-be", b"", _NORDIC),
    ("ascii", "ascii", b"", ""),
)
_ENCODING_WEIGHTS = (30, 15, 6, 20, 6, 6, 3, 4, 2, 8)
DELIMS = ((";", ";"), (",", ","), ("\t", "tab"))
ENDINGS = (("\r\n", "crlf"), ("\n", "lf"), ("\r", "cr"))
CSV_NAMES = ("eksport.csv", "eksport.txt", "eksport.CSV", "eksport.xlsx", "eksport.xls",
             "eksport", "eksport.pdf", "eksport.csv.bak")  # fmt: skip


def _quote(cell: str, delim: str, quote_all: bool) -> str:
    if quote_all or any(c in cell for c in (delim, '"', "\r", "\n")) or cell != cell.strip():
        return '"' + cell.replace('"', '""') + '"'
    return cell


def _hostile_good(rng: random.Random, row: Row, delim: str, newline: str, giant: int) -> str:
    """Make a good row's title hard to read; returns what was done."""
    kind = rng.choice(
        ["delim", "quotes", "newline", "spaces", "long", "quote_inside"]
        + (["giant"] if giant else [])
    )
    title = row.cells[I_TITLE]
    if kind == "delim":
        title = f"Svar{delim} klage{delim} vedtak"
    elif kind == "quotes":
        title = f'Sak "{title}" og "mer"'
    elif kind == "newline":
        title = f"Forste linje{newline}andre linje{newline}{title}"
    elif kind == "spaces":
        title = f"  {title}  "
    elif kind == "long":
        title = title + " " + "x" * rng.randrange(5_000, 60_000)
    elif kind == "quote_inside":
        title = f'Svar pa "soknad om {title}'  # a quote in the middle of an unquoted field
    elif kind == "giant":
        size = rng.randrange(giant // 4, giant)
        filler = "Lang tekst; med skilletegn, " if rng.random() < 0.5 else "Langtekst uten tegn "
        title = (filler * (size // len(filler) + 1))[:size]
    row.cells[I_TITLE] = title
    row.kind = f"good:{kind}"
    return kind


def csv_case(rng: random.Random, index: int, *, giant: int) -> Case:
    enc_label, codec, bom, charset = rng.choices(ENCODINGS, _ENCODING_WEIGHTS)[0]
    delim, delim_label = rng.choice(DELIMS)
    newline, newline_label = rng.choices(ENDINGS, (50, 40, 10))[0]
    quote_all = rng.random() < 0.25
    count = rng.randrange(3, 60)
    rows = make_rows(rng, count, charset, bad=rng.choice([0, 0, 1, 2, 4]))
    extras: list[str] = []
    for _ in range(rng.choice([0, 0, 1, 2, 3])):
        target = rng.choice(rows)
        if target.fate == KEEP:
            extras.append(_hostile_good(rng, target, delim, newline, giant))
    hazards = []
    if rng.random() < 0.06:
        hazards.append("unclosed")
        # Not a row whose ID a later row repeats (dup_id): with this row unreadable, the later
        # one is the first of its ID, and loading it is right.
        ids = Counter(r.cells[I_ID] for r in rows)
        target = rng.choice([r for r in rows if ids[r.cells[I_ID]] == 1] or rows)
        target.cells[I_TITLE] = '"Svar pa soknad uten slutt'  # the field starts with a quote
        target.fate, target.kind = REPORT, "unclosed_quote"
    if rng.random() < 0.05:
        hazards.append("nul")
        target = rng.choice(rows)
        target.cells[I_TITLE] += "\x00\x00"
        target.fate, target.kind = EITHER, "nul_in_field"
    blank_lines = rng.random() < 0.08

    # Write, counting physical lines as a text editor does.
    parts: list[str] = []
    line = 1
    lead = rng.choice([0, 0, 0, 1, 2]) if blank_lines else 0
    parts.append(newline * lead)
    line += lead
    parts.append(delim.join(_quote(h, delim, quote_all) for h in HEADERS) + newline)
    line += 1
    for row in rows:
        if blank_lines and rng.random() < 0.1:
            parts.append(newline)
            line += 1
        row.line = line
        if row.kind == "unclosed_quote":
            text = delim.join(
                c if i == I_TITLE else _quote(c, delim, quote_all) for i, c in enumerate(row.cells)
            )
        else:
            text = delim.join(_quote(c, delim, quote_all) for c in row.cells)
        parts.append(text + newline)
        line = row.line + 1 + text.count(newline)
    if rng.random() < 0.3:
        parts[-1] = parts[-1][: -len(newline)]  # no line ending after the last row
    text = "".join(parts)
    data = bom + text.encode(codec, errors="strict")
    label = f"csv {enc_label} {delim_label} {newline_label}" + ("" if not quote_all else " quoted")
    candidates = [r for r in rows if r.fate == KEEP and "Vedtak" in r.cells[I_TITLE]]
    if enc_label == "utf-8+stray" and candidates:
        # Stray bytes (not UTF-8) in one good row's title: that row's text cannot be read as
        # written, so it is a row with a bad value (kept, and reported at its line with word
        # that its text was guessed); the rest of the file must still come back as written.
        # (The row must have "Vedtak" in its own title, or the bytes land in a later row.)
        target = rng.choice(candidates)
        marker = target.cells[I_ID].encode()
        at = data.find(marker)
        data = data[:at] + data[at:].replace(b"Vedtak", b"Ved\xff\xfetak", 1)
        target.exact_text = False
        target.fate, target.kind = FLAG, "stray_bytes"
        hazards.append("stray-bytes")
    if rng.random() < 0.08 and len(rows) > 2:
        hazards.append("truncated")
        data = _truncate(rng, data, rows, codec, bom)
    for kind in extras:
        hazards.append(kind)
    if rows and any(r.fate == SKIP for r in rows):
        hazards.append("bad:" + ",".join(sorted({r.kind for r in rows if r.fate == SKIP})))
    if rows and any(r.fate == FLAG for r in rows):
        hazards.append("flag:" + ",".join(sorted({r.kind for r in rows if r.fate == FLAG})))
    name = rng.choices(CSV_NAMES, (60, 8, 4, 10, 4, 4, 3, 3))[0]
    if not name.lower().endswith(".csv"):
        hazards.append("ext:" + (name.rpartition(".")[2] if "." in name else "none"))
    case = Case(index, "csv", " ".join([label, *(f"+{h}" for h in hazards)]), name, data, rows)
    return case


def _truncate(rng: random.Random, data: bytes, rows: list[Row], codec: str, bom: bytes) -> bytes:
    """Cut the file inside one of its last rows: the rows before must stay, the cut one
    may be loaded (shorter) or reported, the ones after are gone."""
    seen = Counter(r.cells[I_ID] for r in rows)
    candidates = [
        i
        for i in range(max(0, len(rows) - 3), len(rows))
        if rows[i].cells[I_ID] and seen[rows[i].cells[I_ID]] == 1
    ]
    if not candidates:
        return data
    cut_row = rng.choice(candidates)
    target = rows[cut_row]
    marker = target.cells[I_ID].encode(codec)
    start = data.find(marker)
    if start < 0:
        return data
    end = start + len(marker) + rng.randrange(0, 60)
    if codec.startswith("utf-16") and (end - len(bom)) % 2:
        end += rng.choice([0, 1])  # sometimes half a character
    target.fate, target.kind, target.exact_text = EITHER, "truncated_row", False
    for later in rows[cut_row + 1 :]:
        later.fate, later.kind = "gone", "after_cut"
    rows[:] = [r for r in rows if r.fate != "gone"]
    return data[:end]


# --- XLSX -----------------------------------------------------------------------------------------

_OOXML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OOXML}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OOXML}.worksheet+xml"/>'
    "{shared}</Types>"
)
_CT_SHARED = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WB = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Forsendelser" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared}</Relationships>'
)
_WB_RELS_SHARED = (
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def column_name(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        name = chr(65 + rest) + name
    return name


class _Strings:
    def __init__(self, shared: bool) -> None:
        self.shared = shared
        self.index: dict[str, int] = {}

    def cell(self, ref: str, text: str) -> str:
        if not self.shared:
            return (
                f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}'
                "</t></is></c>"
            )
        n = self.index.setdefault(text, len(self.index))
        return f'<c r="{ref}" t="s"><v>{n}</v></c>'

    def xml(self) -> str:
        items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in self.index)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(self.index)}" uniqueCount="{len(self.index)}">{items}</sst>'
        )


def sheet_xml(
    header: list[str],
    rows: list[Row],
    strings: _Strings,
    *,
    first_row: int = 1,
    dimension: str | None = None,
    tail: str = "",
) -> str:
    out = [_SHEET_HEAD]
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    r = first_row
    cells = "".join(strings.cell(f"{column_name(i)}{r}", h) for i, h in enumerate(header))
    out.append(f'<row r="{r}">{cells}</row>')
    for row in rows:
        r += 1
        row.line = r
        cells = "".join(
            strings.cell(f"{column_name(i)}{r}", c) for i, c in enumerate(row.cells) if c != ""
        )
        out.append(f'<row r="{r}">{cells}</row>')
    out.append(tail)
    out.append("</sheetData></worksheet>")
    return "".join(out)


def package(
    sheet: str | bytes,
    strings: _Strings | None = None,
    *,
    extra=(),
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    buf = io.BytesIO()
    shared = strings is not None and strings.shared
    with zipfile.ZipFile(buf, "w", compression) as z:
        z.writestr("[Content_Types].xml", _CT.format(shared=_CT_SHARED if shared else ""))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr(
            "xl/_rels/workbook.xml.rels", _WB_RELS.format(shared=_WB_RELS_SHARED if shared else "")
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared:
            z.writestr("xl/sharedStrings.xml", strings.xml())
        for name, content in extra:
            z.writestr(name, content)
    return buf.getvalue()


XLSX_NAMES = ("eksport.xlsx", "eksport.XLSX", "eksport.csv", "eksport.xls", "eksport.zip",
              "eksport")  # fmt: skip
_XLSX_BAD_KINDS = ("bad_id", "dup_id", "extra_fields", "bad_status", "bad_date", "bad_bool")


def xlsx_case(rng: random.Random, index: int) -> Case:
    shared = rng.random() < 0.5
    strings = _Strings(shared)
    count = rng.randrange(3, 80)
    rows = make_rows(
        rng, count, _NORDIC + _WIDE, bad=rng.choice([0, 1, 2, 4]), kinds=_XLSX_BAD_KINDS
    )
    hazards = ["shared" if shared else "inline"]
    for _ in range(rng.choice([0, 1, 2])):
        target = rng.choice(rows)
        if target.fate == KEEP:
            target.cells[I_TITLE] = rng.choice(
                [
                    f"Svar; klage, vedtak\nlinje 2 {target.cells[I_TITLE]}",
                    '<b>"&amp;"</b>',
                    "x" * rng.randrange(1000, 30_000),
                ]
            )
            target.kind = "good:odd-text"
            hazards.append("odd-text")
    dimension = None
    roll = rng.random()
    if roll < 0.1:
        dimension = "A1:XFD1048576"
        hazards.append("dimension:huge")
    elif roll < 0.2:
        dimension = "A1:B2"
        hazards.append("dimension:small")
    first_row = 1
    if rng.random() < 0.1:
        first_row = rng.randrange(2, 6)  # a title or blank rows above the header
        hazards.append(f"header-at-row-{first_row}")
    sheet = sheet_xml(HEADERS, rows, strings, first_row=first_row, dimension=dimension)
    data = package(sheet, strings)
    name = rng.choices(XLSX_NAMES, (70, 5, 10, 5, 5, 5))[0]
    if not name.lower().endswith(".xlsx"):
        hazards.append("ext:" + (name.rpartition(".")[2] if "." in name else "none"))
    bad = sorted({r.kind for r in rows if r.fate != KEEP})
    if bad:
        hazards.append("bad:" + ",".join(bad))
    return Case(index, "xlsx", "xlsx " + " ".join(f"+{h}" for h in hazards), name, data, rows)


# --- Not a table ----------------------------------------------------------------------------------

BROKEN_KINDS = ("pdf", "png", "random", "random-pk", "truncated-xlsx", "empty-zip",
                "zip-no-workbook", "broken-sheet-xml", "ole-junk", "empty", "whitespace",
                "header-only", "binary-nul", "html", "docx")  # fmt: skip


def broken_case(rng: random.Random, index: int) -> Case:
    kind = rng.choice(BROKEN_KINDS)
    name = rng.choice(["eksport.csv", "eksport.xlsx", "eksport.xls", "eksport.txt"])
    outcome = REFUSED
    if kind == "pdf":
        data = b"%PDF-1.7\n" + rng.randbytes(rng.randrange(100, 5000))
    elif kind == "png":
        data = b"\x89PNG\r\n\x1a\n" + rng.randbytes(rng.randrange(100, 5000))
    elif kind == "random":
        data = rng.randbytes(rng.randrange(1, 20_000))
        outcome = ROWS_OR_REFUSED  # random bytes may happen to be a one-column "table"
    elif kind == "random-pk":
        data = b"PK\x03\x04" + rng.randbytes(rng.randrange(10, 20_000))
    elif kind == "truncated-xlsx":
        rows = make_rows(rng, rng.randrange(5, 50), _NORDIC, 0)
        full = package(sheet_xml(HEADERS, rows, _Strings(False)))
        data = full[: rng.randrange(4, len(full) - 1)]
    elif kind == "empty-zip":
        buf = io.BytesIO()
        zipfile.ZipFile(buf, "w").close()
        data = buf.getvalue()
    elif kind == "zip-no-workbook":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("readme.txt", "ikke et regneark")
        data = buf.getvalue()
    elif kind == "broken-sheet-xml":
        rows = make_rows(rng, rng.randrange(5, 30), _NORDIC, 0)
        sheet = sheet_xml(HEADERS, rows, _Strings(False))
        cut = rng.randrange(len(_SHEET_HEAD) + 20, len(sheet) - 10)
        data = package(sheet[:cut] + '<c r="A1"><<<' + sheet[cut:])
        outcome = ROWS_OR_REFUSED  # a reader may keep what came before the break
    elif kind == "ole-junk":
        data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(rng.randrange(100, 20_000))
    elif kind == "empty":
        data = b""
    elif kind == "whitespace":
        data = b" \r\n\t\n" * rng.randrange(1, 100)
    elif kind == "header-only":
        data = (";".join(HEADERS) + "\r\n").encode()
    elif kind == "binary-nul":
        data = b"Forsendelse-ID;Status\x00\x00\x01\x02" + rng.randbytes(rng.randrange(10, 5000))
    elif kind == "html":
        data = b"<html><body><table><tr><td>Forsendelse-ID</td></tr></table></body></html>"
        outcome = ROWS_OR_REFUSED
    else:  # docx: a zip with a Word document in it
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml", "<w:document/>")
        data = buf.getvalue()
    return Case(index, "broken", f"broken {kind} as {name}", name, data, [], outcome)


# --- Spreadsheet bombs ----------------------------------------------------------------------------

BOMB_KINDS = ("far-cell", "far-row", "inflate-whitespace", "inflate-rows", "giant-shared-string",
              "many-entries", "million-empty-rows", "entity-expansion", "huge-dimension-sparse",
              "deep-columns")  # fmt: skip


def bomb_case(rng: random.Random, index: int, *, scale: float = 1.0) -> Case:
    """A spreadsheet bomb with some good rows in front. Outcome: the rows, or a message for
    the whole file; never a crash, an abort or a hang."""
    kind = BOMB_KINDS[index % len(BOMB_KINDS)]
    rows = make_rows(rng, 20, _NORDIC, 0)
    strings = _Strings(False)
    extra: list[tuple[str, bytes | str]] = []
    last = 1 + len(rows)
    if kind == "far-cell":
        tail = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        sheet = sheet_xml(HEADERS, rows, strings, tail=tail)
    elif kind == "far-row":
        tail = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        sheet = sheet_xml(HEADERS, rows, strings, tail=tail)
    elif kind == "huge-dimension-sparse":
        tail = '<row r="500000"><c r="ZZ500000" t="inlineStr"><is><t> </t></is></c></row>'
        sheet = sheet_xml(HEADERS, rows, strings, dimension="A1:XFD1048576", tail=tail)
    elif kind == "deep-columns":
        cells = "".join(
            f'<c r="{column_name(i)}{last + 1}"><v>1</v></c>' for i in range(0, 16384, 7)
        )
        sheet = sheet_xml(HEADERS, rows, strings, tail=f'<row r="{last + 1}">{cells}</row>')
    elif kind == "inflate-whitespace":
        size = int(400_000_000 * scale)
        sheet = sheet_xml(HEADERS, rows, strings, tail=" " * size)
    elif kind == "inflate-rows":
        n = int(2_000_000 * scale)
        tail = "".join(
            f'<row r="{r}"><c r="A{r}"><v>0</v></c></row>' for r in range(last + 1, last + 1 + n)
        )
        sheet = sheet_xml(HEADERS, rows, strings, tail=tail)
    elif kind == "million-empty-rows":
        n = int(1_000_000 * scale)
        tail = "".join(f'<row r="{r}"/>' for r in range(last + 1, last + 1 + n))
        sheet = sheet_xml(HEADERS, rows, strings, tail=tail)
    elif kind == "giant-shared-string":
        strings = _Strings(True)
        sheet = sheet_xml(HEADERS, rows, strings)
        big = "A" * int(200_000_000 * scale)
        sst = strings.xml().replace("</sst>", f"<si><t>{big}</t></si></sst>")
        return _bomb(index, kind, _shared_package(sheet, sst), rows)
    elif kind == "many-entries":
        sheet = sheet_xml(HEADERS, rows, strings)
        extra = [(f"xl/media/junk{i}.bin", b"") for i in range(int(60_000 * scale))]
    else:  # entity-expansion ("billion laughs") in the sheet's XML
        lol = ['<!ENTITY a0 "lollollollollollollollollollol">']
        for i in range(1, 10):
            lol.append(f'<!ENTITY a{i} "' + f"&a{i - 1};" * 10 + '">')
        dtd = "<!DOCTYPE worksheet [" + "".join(lol) + "]>"
        tail = (
            f'<row r="{last + 5}"><c r="A{last + 5}" t="inlineStr"><is><t>&a9;</t></is></c></row>'
        )
        sheet = sheet_xml(HEADERS, rows, strings, tail=tail).replace("?>", "?>" + dtd, 1)
    data = package(sheet, strings, extra=extra)
    return _bomb(index, kind, data, rows)


def _shared_package(sheet: str, sst: str) -> bytes:
    strings = _Strings(True)
    strings.index = {"_": 0}  # only to switch the package to shared strings
    buf = io.BytesIO(package(sheet, strings))
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = sst if item.filename == "xl/sharedStrings.xml" else src.read(item)
            dst.writestr(item.filename, content)
    return out.getvalue()


def _bomb(index: int, kind: str, data: bytes, rows: list[Row]) -> Case:
    return Case(
        index, "bomb", f"bomb {kind}", "eksport.xlsx", data, rows, ROWS_OR_REFUSED, bomb=True
    )


# --- The plan of a run ----------------------------------------------------------------------------


def make_case(seed: int, index: int, *, bombs: int, giant: int, scale: float) -> Case:
    """Case ``index``: the first ``bombs`` are spreadsheet bombs, the rest drawn by weight."""
    rng = case_rng(seed, index)
    if index < bombs:
        return bomb_case(rng, index, scale=scale)
    family = rng.choices(("csv", "xlsx", "broken"), (72, 20, 8))[0]
    if family == "csv":
        return csv_case(rng, index, giant=giant)
    if family == "xlsx":
        return xlsx_case(rng, index)
    return broken_case(rng, index)

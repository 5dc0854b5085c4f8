"""Files that are damaged, odd or made to hurt: the import never ends the process, never
hangs, and never loses a row without saying so. The files are made here, small, on the fly."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop_app.importers import tabular
from desktop_app.importers.svarut_export import import_export
from desktop_app.importers.tabular import read_table

REPO = Path(__file__).resolve().parents[2]
ID1 = "d563d56d-c887-417c-8b89-0fec6872d96b"
ID2 = "7f9ac098-8df0-4f25-95f1-9a51e41686cd"
ID3 = "375850f0-4d7a-4404-9e35-055f10481dfa"
ORG = "320135710"


def ids(count: int) -> list[str]:
    return [f"{n:08x}-0000-4000-8000-000000000000" for n in range(1, count + 1)]


def file_errors_in_a_child(folder: Path, pattern: str) -> dict[str, str]:
    """import_export's file_error for each file, read in a child process with at most 4 GB of
    memory: code that ends the process (as calamine does on these files) fails the test
    instead of ending the test run, or filling the machine's memory."""
    script = (
        "import sys, pathlib\n"
        "try:\n"
        "    import resource\n"
        "    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))\n"
        "except (ImportError, ValueError, OSError):\n"
        "    pass\n"
        "from desktop_app.importers.svarut_export import import_export\n"
        "for path in sorted(pathlib.Path(sys.argv[1]).glob(sys.argv[2])):\n"
        "    print(path.stem, '|', import_export(path).file_error, flush=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(folder), pattern],
        capture_output=True, text=True, cwd=REPO, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(line.split(" | ", 1) for line in done.stdout.splitlines())


# --- XLSX made by hand, so that it can say anything ----------------------------------------------

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/></Types>'
    ),
    "_rels/.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        f'{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Forsendelser" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        f'{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ),
}


def cell(ref: str | None, text: str, tag: str = "c") -> str:
    where = f' r="{ref}"' if ref else ""
    return f'<{tag}{where} t="inlineStr"><is><t>{text}</t></is></{tag}>'


def sheet(rows: str, dimension: str | None = None) -> bytes:
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}" xmlns:x="{NS}">'
        f"{declared}<sheetData>{rows}</sheetData></worksheet>"
    ).encode()


def xlsx(sheet_xml: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


HEADER_ROW = f'<row r="1">{cell("A1", "Forsendelse-ID")}{cell("B1", "Status")}</row>'
FAR_CORNER = f'<row r="1048576">{cell("XFD1048576", "slutt")}</row>'

# One cell in A1 and one in the last cell a sheet has, written in the ways calamine reads.
FAR_SHEETS = {
    "declared": sheet(HEADER_ROW + FAR_CORNER, "A1:XFD1048576"),
    "declared small": sheet(HEADER_ROW + FAR_CORNER, "A1:B1"),
    "not declared": sheet(HEADER_ROW + FAR_CORNER),
    "lower case": sheet(HEADER_ROW + FAR_CORNER.replace("XFD", "xfd")),
    "prefixed": sheet(HEADER_ROW + f'<row r="1048576">{cell("XFD1048576", "x", "x:c")}</row>'),
}


def test_a_sheet_with_a_cell_far_out_is_refused_not_a_crash(tmp_path):
    """calamine would build the whole grid of 17 billion cells and abort the process."""
    for name, xml in FAR_SHEETS.items():
        (tmp_path / f"{name}.xlsx").write_bytes(xlsx(xml))
    messages = file_errors_in_a_child(tmp_path, "*.xlsx")
    assert sorted(messages) == sorted(FAR_SHEETS)
    for message in messages.values():
        assert "strekker seg til celle XFD1048576" in message
        assert "høyst 30\u00a0000\u00a0000 celler" in message  # the limit is named


def test_cells_placed_by_counting_are_counted(monkeypatch):
    """A cell without r goes right of the one before it, a row without r below the one before."""
    monkeypatch.setattr(tabular, "SHEET_MAX_CELLS", 1000)
    wide = "".join(cell(None, "x") for _ in range(5))  # 5 cells in the columns A to E

    def workbook(last_row: int) -> bytes:
        rows = f"<row>{wide}</row>" + "<row/>" * 8 + f'<row r="{last_row}">{cell("A1", "y")}</row>'
        return xlsx(sheet(rows.replace('r="A1"', f'r="A{last_row}"')))

    assert read_table(workbook(100)).headers == ["x"] * 5  # 5 × 100 cells: read
    with pytest.raises(tabular.TableError, match="strekker seg til celle"):
        read_table(workbook(300))  # 5 × 300 = 1,500 cells: refused before calamine


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    rows = "".join(f"<row>{cell(None, 'a' * 40)}</row>" for _ in range(10))
    filler = "<row/>" * 800_000  # 4.8 MB of XML that packs to a few kilobytes
    data = xlsx(sheet(HEADER_ROW + rows + filler))
    assert len(data) < 40_000
    result = import_export(data)
    assert result.shipments == []
    assert "pakkes ut til" in result.file_error
    assert "grensen er 200 ganger" in result.file_error


def test_workbook_limits_are_named(monkeypatch):
    data = xlsx(sheet(HEADER_ROW + f'<row r="2">{cell("A2", ID1)}{cell("B2", "Lest")}</row>'))
    assert [s.id for s in import_export(data).shipments] == [ID1]
    monkeypatch.setattr(tabular, "ZIP_MAX_ENTRIES", 3)
    assert "består av 5 deler (grensen er 3)" in import_export(data).file_error
    monkeypatch.setattr(tabular, "ZIP_MAX_ENTRIES", 10_000)
    monkeypatch.setattr(tabular, "ZIP_MAX_UNPACKED", 1000)
    assert "grensen er 1 kB" in import_export(data).file_error


def test_a_part_that_unpacks_to_more_than_it_declares_is_refused():
    """The archive's central directory says the sheet unpacks to 10 bytes; it unpacks to more
    (calamine's zip reader would read on, past what was checked)."""
    data = bytearray(xlsx(sheet(HEADER_ROW)))
    name = b"xl/worksheets/sheet1.xml"
    offset = data.find(b"PK\x01\x02")  # the first entry of the central directory
    while data[offset + 46 : offset + 46 + len(name)] != name:
        lengths = struct.unpack_from("<HHH", data, offset + 28)  # name, extra field, comment
        offset += 46 + sum(lengths)
    struct.pack_into("<I", data, offset + 24, 10)  # its size unpacked
    assert "større enn den oppgir" in import_export(bytes(data)).file_error


MANIFEST = (
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:'
    'xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type='
    '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'
)


def ods(table: str) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
        f'"{office}:office:1.0" xmlns:table="{office}:table:1.0" xmlns:text="{office}:text:1.0">'
        f'<office:body><office:spreadsheet><table:table table:name="Ark1">{table}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", 0)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
    return buffer.getvalue()


def ods_cell(text: str, repeated: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeated}" office:value-type='
        f'"string"><text:p>{text}</text:p></table:table-cell>'
    )


def test_repeated_cells_of_an_ods_sheet_are_counted(monkeypatch):
    monkeypatch.setattr(tabular, "SHEET_MAX_CELLS", 1000)
    header = f"<table:table-row>{ods_cell('Forsendelse-ID')}{ods_cell('Status')}</table:table-row>"
    empty_end = (  # as LibreOffice ends every sheet: read, as calamine leaves empty cells out
        '<table:table-row table:number-rows-repeated="1048570"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
    )
    assert read_table(ods(header + empty_end)).headers == ["Forsendelse-ID", "Status"]
    filled = f'<table:table-row table:number-rows-repeated="100">{ods_cell("x", 20)}'
    filled += "</table:table-row>"
    with pytest.raises(tabular.TableError, match=r"strekker seg til celle T101 .*101 rader × 20"):
        read_table(ods(header + filled))  # 101 × 20 cells with a value: refused


def test_an_ods_sheet_that_cannot_be_counted_is_refused():
    for content, words in [
        ('<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', "dokumenttype"),
        ("<office:document-content><table:table><table:table-row>", "ikke gyldig XML"),
    ]:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            archive.writestr("content.xml", content)
        assert words in import_export(buffer.getvalue()).file_error


def test_a_binary_workbook_is_refused_with_a_message():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
        archive.writestr("xl/worksheets/sheet1.bin", b"\x81\x01\x00")
    assert "XLSB" in import_export(buffer.getvalue()).file_error


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE2 compound file (what an XLS file is) holding one stream, made by hand: sector 0
    is the FAT, sector 1 the directory, the stream from sector 2 on."""
    stream += b"\x00" * (-len(stream) % 512 or 0)
    stream = stream.ljust(4096, b"\x00")  # (smaller streams would go in the mini stream)
    count = len(stream) // 512
    end, free, fat_sector, no_stream = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [fat_sector, end, *range(3, 2 + count), end]
    fat += [free] * (128 - len(fat))
    header = bytearray(512)
    header[:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    struct.pack_into("<I", header, 76, 0)  # the FAT is in sector 0
    header[80:512] = b"\xff" * 432

    def entry(title: str, kind: int, child: int, start: int, size: int) -> bytes:
        raw = bytearray(128)
        encoded = (title + "\x00").encode("utf-16-le")
        raw[: len(encoded)] = encoded
        struct.pack_into("<HBBIII", raw, 64, len(encoded), kind, 1, no_stream, no_stream, child)
        struct.pack_into("<III", raw, 116, start, size, 0)
        return bytes(raw)

    directory = entry("Root Entry", 5, 1, end, 0) + entry(name, 2, no_stream, 2, len(stream))
    directory = directory.ljust(512, b"\x00")
    return bytes(header) + struct.pack("<128I", *fat) + directory + stream


def biff(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


SHEET_BOF = biff(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0))
XLS_SHEETS = {
    "far cell": SHEET_BOF + biff(0x027E, struct.pack("<HHHI", 65535, 65535, 0, 0)),
    "far range": SHEET_BOF + biff(0x00BE, struct.pack("<HHHHH", 65535, 0, 0, 0, 60000)),
    "declared": SHEET_BOF + biff(0x0200, struct.pack("<IIHHH", 0, 65536, 0, 65535, 0)),
}


def test_an_xls_sheet_with_a_cell_far_out_is_refused_not_a_crash(tmp_path):
    for name, book in XLS_SHEETS.items():
        (tmp_path / f"{name}.xls").write_bytes(compound_file(book + biff(0x000A, b"")))
    messages = file_errors_in_a_child(tmp_path, "*.xls")
    assert sorted(messages) == sorted(XLS_SHEETS)
    assert all("Regnearket strekker seg til celle" in m for m in messages.values()), messages


def test_a_damaged_xls_file_gives_a_message_not_a_crash(tmp_path):
    """A chain of sectors that loops made calamine fill memory until the process ended; a
    size of 4 GB, the same at once."""
    data = compound_file(SHEET_BOF)
    looping = data[:512] + struct.pack("<4I", 0xFFFFFFFD, 1, 2, 2) + data[528:]
    huge = bytearray(data)
    struct.pack_into("<I", huge, 512 + 512 + 128 + 120, 0xFFFFFFF0)  # the stream's size
    (tmp_path / "looping.xls").write_bytes(looping)
    (tmp_path / "huge.xls").write_bytes(bytes(huge))
    messages = file_errors_in_a_child(tmp_path, "*.xls")
    assert "går i ring" in messages["looping"]
    assert "større enn hele filen" in messages["huge"]


# --- CSV -----------------------------------------------------------------------------------------


def export_lines(count: int) -> list[str]:
    return ["Forsendelse-ID;Status;Tittel;Orgnr"] + [
        f"{sid};VARSLET;Vedtak {n};{ORG}" for n, sid in enumerate(ids(count), start=1)
    ]


def test_an_unclosed_quote_far_down_is_reported_and_the_rows_after_it_are_read():
    lines = export_lines(100_000)
    lines[99_500] = lines[99_500].replace(";Vedtak", ';"Vedtak')  # line 99,501
    result = import_export("\r\n".join(lines).encode())
    assert len(result.shipments) == 99_999
    assert [(e.line, e.skipped) for e in result.errors] == [(99_501, True)]
    assert "på linje 99501 fortsetter inn i linje 99502" in result.errors[0].reason
    assert "Linje 99501 er hoppet over" in result.errors[0].reason
    assert result.shipments[-1].source_line == 100_001
    assert result.shipments[-1].title == "Vedtak 100000"


def test_a_quote_left_open_at_the_end_is_reported():
    lines = [*export_lines(3), f'{ID1.replace("d5", "e5")};LEST;"Vedtak', "side 2", ""]
    result = import_export("\n".join(lines).encode())
    assert len(result.shipments) == 3
    by_line = {e.line: e for e in result.errors}
    assert "på linje 5 blir aldri lukket" in by_line[5].reason
    assert by_line[5].skipped


def test_a_quote_that_swallows_rows_until_the_next_quote_gives_the_rows_back():
    lines = export_lines(12)
    lines[4] = lines[4].replace(";Vedtak", ';"Vedtak')  # line 5 opens a quote …
    lines[8] = lines[8].replace("Vedtak 8", 'Vedtak "8"')  # … that line 9 would close
    result = import_export("\n".join(lines).encode())
    assert [(e.line, e.skipped) for e in result.errors] == [(5, True)]
    assert "fortsetter inn i linje 6" in result.errors[0].reason
    assert [s.source_line for s in result.shipments] == [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13]


def test_a_quoted_field_running_over_too_many_lines_is_cut_off(monkeypatch):
    monkeypatch.setattr(tabular, "QUOTED_FIELD_MAX_LINES", 3)
    text = f'Forsendelse-ID;Status;Tittel\n{ID1};LEST;"a\nb\nc\nd\ne"\n{ID2};LEST;Brev\n'
    result = import_export(text.encode())
    assert result.errors[0].line == 2 and result.errors[0].skipped
    assert "mer enn 3 linjer" in result.errors[0].reason
    assert ID2 in [s.id for s in result.shipments]


def test_utf8_with_a_stray_byte_stays_utf8_and_names_the_line():
    lines = [
        "Forsendelse-ID;Status;Mottaker",
        f"{ID1};LEST;Bjørkås Barnehage",
        f"{ID2};LEST;Ærlig Øl AS",
    ]
    data = "\n".join(lines).encode().replace(b"Barnehage", b"Barne\xffhage")
    result = import_export(data)
    assert result.encoding == "utf-8"
    assert [s.recipient_name for s in result.shipments] == [
        "Bjørkås Barne\ufffdhage",
        "Ærlig Øl AS",
    ]
    assert [(e.line, e.skipped) for e in result.errors] == [(2, False)]
    assert "ikke er gyldig UTF-8" in result.errors[0].reason


@pytest.mark.parametrize("quoted", [False, True])
def test_a_stray_byte_far_down_a_file_marked_utf8_is_replaced_and_named(quoted):
    """A file with a UTF-8 mark is read strictly; a bad byte (here on line 3001, past the first
    pieces decoded) makes it read on from that line with "�", nothing lost or doubled."""
    lines = export_lines(4000)
    if quoted:  # the bad byte in the second line of a quoted title that starts on line 3000
        lines[2999] = lines[2999].replace(";Vedtak 2999;", ';"Vedtak\nside 2 æ\xff";')
    else:
        lines[3000] = lines[3000].replace("Vedtak 3000", "Vedtak æ\xff 3000")
    text = "\r\n".join(lines).encode("utf-8", errors="surrogateescape")
    data = b"\xef\xbb\xbf" + text.replace("\xff".encode(), b"\xff")
    result = import_export(data)
    assert result.encoding == "utf-8-sig"
    assert len(result.shipments) == 4000
    line = 3000 if quoted else 3001
    bad = next(s for s in result.shipments if s.source_line == line)
    assert "æ\ufffd" in bad.title
    # Named by the line where its row begins (as the row is), saying where in the row it is.
    assert [(e.line, e.skipped) for e in result.errors] == [(line, False)]
    assert ("dette står på linje 3001" in result.errors[0].reason) == quoted
    assert [s.source_line for s in result.shipments[-2:]] == [4000 + quoted, 4001 + quoted]


def test_a_mac_roman_file_is_recognised():
    text = f"Forsendelse-ID;Status;Mottaker\r{ID1};LEST;Bjørkås og Ærø AS\r"
    result = import_export(text.encode("mac_roman"))
    assert result.encoding == "mac_roman"
    assert result.shipments[0].recipient_name == "Bjørkås og Ærø AS"
    assert "Mac Roman" in result.errors[0].reason and result.errors[0].line is None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_recognised(encoding):
    text = f"Forsendelse-ID\tStatus\tMottaker\r\n{ID1}\tLest\tBjørkås AS\r\n"
    result = import_export(text.encode(encoding))
    assert result.encoding == encoding
    assert result.shipments[0].recipient_name == "Bjørkås AS"
    assert "UTF-16" in result.errors[0].reason


def test_a_nul_byte_near_the_start_does_not_refuse_the_file():
    text = f"Forsendelse-ID;Status;Mottaker\n{ID1};LEST;Bjørkås\x00 AS\n{ID2};LEST;Lia AS\n"
    result = import_export(text.encode())
    assert [s.recipient_name for s in result.shipments] == ["Bjørkås AS", "Lia AS"]
    assert [(e.line, e.skipped) for e in result.errors] == [(2, False)]
    assert "verdi null" in result.errors[0].reason


@pytest.mark.parametrize(
    "written",
    ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00", "31.12.9999 23:59",
     "01.01.0001", "06.01.0206 10:00"],
)  # fmt: skip
def test_a_date_outside_the_years_that_can_be_shown_is_refused_on_its_line(written):
    text = f"Forsendelse-ID;Status;Sendt\n{ID1};LEST;{written}\n{ID2};LEST;06.01.2026 10:00\n"
    result = import_export(text.encode())
    first, second = result.shipments
    assert first.sent_at is None and second.sent_at is not None
    assert [(e.line, e.skipped) for e in result.errors] == [(2, False)]
    assert "utenfor årene Postvakt kan regne med (1900–2199)" in result.errors[0].reason


def test_a_huge_cell_is_not_echoed_whole():
    huge = "X" * 10_000_000
    text = f"Forsendelse-ID;Status;Sendt\n{ID1};{huge};{huge}\n{ID2};LEST;{huge}\n"
    result = import_export(text.encode())
    assert len(result.shipments) == 2
    assert [e.line for e in result.errors] == [2, 2, 3]
    assert all(len(e.reason) < 400 for e in result.errors)
    assert "«XXXX" in result.errors[0].reason and "…»" in result.errors[0].reason


# --- Files that are not files --------------------------------------------------------------------


@pytest.mark.timeout(60)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_gives_a_message_instead_of_waiting_forever(tmp_path):
    pipe = tmp_path / "eksport.csv"
    os.mkfifo(pipe)
    result = import_export(pipe)
    assert "ikke en vanlig fil" in result.file_error


def test_a_folder_gives_a_message(tmp_path):
    assert "er en mappe" in import_export(tmp_path).file_error


def test_a_file_larger_than_the_limit_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "stor.csv"
    path.write_bytes("\n".join(export_lines(40)).encode())
    message = import_export(path).file_error
    assert "«stor.csv»" in message and "opptil 1 kB" in message
    assert "Filen er 3 kB stor" in import_export(path.read_bytes()).file_error
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 1 << 20)
    assert len(import_export(path).shipments) == 40


def test_a_quoted_cell_longer_than_the_csv_modules_default_is_read_not_skipped():
    """Python's csv module stops at 128 KiB per field; a long pasted title is still a row."""
    title = "Vedtak " + "x" * 200_000
    text = (
        f'Forsendelse-ID;Tittel;Status\n{ids(1)[0]};"{title}";LEST\n{ids(2)[1]};Kort tittel;LEST\n'
    )
    table = read_table(text.encode("utf-8"))
    rows = [cells for _line, cells in table.rows]
    assert [len(r[1]) for r in rows] == [len(title), len("Kort tittel")]
    assert not table.problems


# Unclosed quotes, as the reliability suite found them (bench/reliability.py, seed 1).


def test_a_quote_closed_by_the_quote_of_a_later_row_is_reported_and_that_row_read():
    """Line 3 opens a quote that never closes on its line; the next quote in the file opens
    the title of line 4. Read leniently, lines 3 and 4 became one row with 3's ID: line 3
    was loaded without a word and line 4 was lost."""
    text = (
        "Forsendelse-ID\tStatus\tTittel\tOrgnr\n"
        f"{ID1}\tLEST\tVedtak\t{ORG}\n"
        f'{ID2}\tLEST\t"Svar uten slutt\t{ORG}\n'
        f'{ID3}\tLEST\t"Vedtak i sak 25/00003"\t{ORG}\n'
    )
    result = import_export(text.encode())
    assert [(e.line, e.skipped) for e in result.errors] == [(3, True)]
    assert "linje 3" in result.errors[0].reason and "linje 4" in result.errors[0].reason
    assert [(s.source_line, s.id) for s in result.shipments] == [(2, ID1), (4, ID3)]
    assert result.shipments[1].title == "Vedtak i sak 25/00003"


def test_an_unclosed_quote_on_the_first_row_before_a_row_without_an_id_reports_both():
    """The row after the damaged one has no ID (and a quoted title): it must be reported on
    its own line, not swallowed into the damaged row."""
    text = (
        "Forsendelse-ID;Status;Tittel;Orgnr\r\n"
        f'{ID1};LEST;"Svar uten slutt;{ORG}\r\n'
        f';LEST;"Vedtak  ";{ORG}\r\n'
        f"{ID2};LEST;Vedtak;{ORG}\r\n"
    )
    result = import_export(text.encode())
    assert [(e.line, e.skipped) for e in result.errors] == [(2, True), (3, True)]
    assert [s.source_line for s in result.shipments] == [4]


def test_a_stray_quote_inside_one_line_is_read_as_excel_reads_it():
    text = f'Forsendelse-ID;Status;Tittel\n{ID1};LEST;"Svar" fra NAV\n{ID2};LEST;Brev\n'
    result = import_export(text.encode())
    assert result.errors == []
    assert [s.title for s in result.shipments] == ["Svar fra NAV", "Brev"]


# A declared size that lies: A1:XFD1048576 over a few real cells (the reliability suite's
# "dimension:huge"). Only what would really expand is refused.

LYING_SHEETS = {
    "empty element": sheet(HEADER_ROW + f'<row r="2">{cell("A2", ID1)}</row>', "A1:XFD1048576"),
    "end tag": sheet(HEADER_ROW + f'<row r="2">{cell("A2", ID1)}</row>').replace(
        b"<sheetData>", b'<x:dimension ref="A1:XFD1048576"></x:dimension><sheetData>'
    ),
}


def test_a_sheet_whose_declared_size_lies_is_read(tmp_path):
    """It was refused whole as «strekker seg til celle XFD1048576»; its two rows fit."""
    for name, xml in LYING_SHEETS.items():
        (tmp_path / f"{name}.xlsx").write_bytes(xlsx(xml))
    assert file_errors_in_a_child(tmp_path, "*.xlsx") == dict.fromkeys(LYING_SHEETS, "None")


@pytest.mark.parametrize("name", sorted(LYING_SHEETS))
def test_calamine_never_sees_a_declared_size_that_lies(name):
    data = xlsx(LYING_SHEETS[name])
    lying = tabular._check_workbook(data)
    assert lying == {"xl/worksheets/sheet1.xml"}
    cleaned = tabular._without_dimension(data, lying)
    with zipfile.ZipFile(io.BytesIO(cleaned)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
        assert b"dimension" not in xml and b"<sheetData>" in xml
        assert archive.read("xl/workbook.xml") == PARTS["xl/workbook.xml"].encode()
    assert tabular._check_workbook(cleaned) == set()
    table = read_table(data)
    assert table.headers == ["Forsendelse-ID", "Status"]
    assert list(table.rows) == [(2, [ID1, ""])]


def test_a_declared_size_within_the_limit_is_left_as_it_is():
    assert tabular._check_workbook(xlsx(sheet(HEADER_ROW, "A1:B1"))) == set()


def test_a_lying_workbook_with_a_bad_checksum_is_refused_with_a_message():
    """Taking the declaration out copies every part: a part whose checksum is wrong must give
    the user a message, not an exception."""
    data = bytearray(xlsx(LYING_SHEETS["empty element"]))
    name = b"xl/workbook.xml"
    at = data.find(b"PK\x01\x02")
    while at >= 0 and data[at + 46 : at + 46 + len(name)] != name:
        at = data.find(b"PK\x01\x02", at + 4)
    assert at >= 0
    data[at + 16 : at + 20] = b"\x00\x00\x00\x00"  # the central directory's CRC-32
    result = import_export(bytes(data))
    assert result.shipments == []
    assert "kan ikke leses som et regneark" in (result.file_error or "")

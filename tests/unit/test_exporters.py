"""CSV and XLSX writers: Excel-friendly, formula-safe, atomic, errors that say what to do."""

from __future__ import annotations

from datetime import UTC, date, datetime

import openpyxl
import pytest

from desktop_app.exporters import ExportError, neutralise, write_csv, write_xlsx

DANGEROUS = ["=1+1", "+47 99", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_neutralise_only_formula_starts():
    for text in DANGEROUS:
        assert neutralise(text) == "'" + text
    assert neutralise("Fjordvik") == "Fjordvik"
    assert neutralise("") == ""
    assert neutralise("a=b") == "a=b"


def test_csv_is_excel_friendly(tmp_path):
    path = tmp_path / "liste.csv"
    count = write_csv(
        path,
        ["Navn", "Antall", "Sendt", "Dag", "Tom", "Ja/nei"],
        [
            ["Måkeskjær AS; «fisk»", 3, datetime(2026, 1, 6, 8, 56, tzinfo=UTC),
             date(2026, 2, 1), None, True],
            ["Linje\nto", 0, None, None, "", False],
        ],
    )  # fmt: skip
    assert count == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM
    text = raw[3:].decode("utf-8")
    assert text.startswith('"Navn";"Antall";"Sendt";"Dag";"Tom";"Ja/nei"\r\n')
    # Every text quoted; numbers and dates bare, so Excel reads them as such (Oslo time).
    assert '"Måkeskjær AS; «fisk»";3;06.01.2026 09:56;01.02.2026;;"Ja"\r\n' in text
    assert '"Linje\nto";0;;;;"Nei"\r\n' in text
    assert text.endswith("\r\n")


def test_csv_quotes_every_text_field_per_rfc_4180(tmp_path):
    import csv
    import io

    path = tmp_path / "sitat.csv"
    write_csv(path, ["Tittel", "Antall"], [['Svar på "klage"', 2], ["Vanlig", 3]])
    text = path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[1] == '"Svar på ""klage""";2'
    assert text.splitlines()[2] == '"Vanlig";3'
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1] == ['Svar på "klage"', "2"]


def test_csv_neutralises_formulas_wherever_a_cell_could_start(tmp_path):
    """Excel with «,» as list separator (or a program that ignores quotes) splits a text at
    commas, semicolons, tabs and line breaks: no piece may start a formula."""
    import re

    path = tmp_path / "delt.csv"
    texts = [
        'Fjordvik AS,=HYPERLINK("http://x")',
        "a; +47 99",
        "Vedtak,  @SUM(A1)",
        "linje\n-2+3",
        "tab\t=1",
        "Bergen, Norge - sak 1",
    ]
    write_csv(path, ["Tekst"], [[t] for t in texts])
    text = path.read_bytes().decode("utf-8-sig")
    pieces = re.split(r"[,;\t\r\n]", text)
    starts = [p.strip(' "') for p in pieces]
    assert not [p for p in starts if p[:1] in ("=", "+", "-", "@")]
    assert "Bergen, Norge - sak 1" in text  # ordinary text is left alone


def test_csv_neutralises_formulas(tmp_path):
    path = tmp_path / "farlig.csv"
    write_csv(path, ["=HEADER"], [[t] for t in DANGEROUS])
    import csv
    import io

    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == ["'=HEADER"]
    assert [r[0] for r in rows[1:]] == ["'" + t for t in DANGEROUS]


def test_xlsx_sheets_header_and_neutralisation(tmp_path):
    path = tmp_path / "liste.xlsx"
    count = write_xlsx(
        path,
        {
            "Mottakere": (["Navn", "Sendt", "Antall"], [
                ["=HYPERLINK(\"http://x\")", datetime(2026, 1, 6, 8, 56, tzinfo=UTC), 2],
                ["Brev med \x01kontrolltegn", None, 1],
            ]),
            "Brev": (["ID"], iter([["-1"], ["vanlig"]])),
        },
    )  # fmt: skip
    assert count == 4
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Mottakere", "Brev"]
    sheet = book["Mottakere"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"  # filter buttons over the whole table
    assert book["Brev"].auto_filter.ref == "A1:A3"
    assert sheet["A1"].font.b is True
    assert sheet["A2"].value == '\'=HYPERLINK("http://x")'
    assert sheet["A2"].data_type == "s"
    assert sheet["B2"].value == datetime(2026, 1, 6, 9, 56)  # Norwegian wall time
    assert sheet["C2"].value == 2
    assert sheet["A3"].value == "Brev med kontrolltegn"
    assert 8 <= sheet.column_dimensions["A"].width <= 60
    assert [c.value for c in book["Brev"]["A"]] == ["ID", "'-1", "vanlig"]


def test_writers_replace_existing_file_and_leave_no_temp_files(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("gammel")
    write_csv(path, ["A"], [["ny"]])
    write_xlsx(tmp_path / "liste.xlsx", {"Ark": (["A"], [["ny"]])})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv", "liste.xlsx"]
    assert "ny" in path.read_text(encoding="utf-8-sig")


def test_failure_while_writing_keeps_old_file_and_removes_temp(tmp_path):
    path = tmp_path / "liste.csv"
    path.write_text("gammel")

    def rows():
        yield ["en"]
        raise RuntimeError("brudd")

    with pytest.raises(RuntimeError):
        write_csv(path, ["A"], rows())
    assert path.read_text() == "gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


def test_folder_that_is_a_file_gives_export_error(tmp_path):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("x")
    for write in (
        lambda p: write_csv(p, ["A"], []),
        lambda p: write_xlsx(p, {"Ark": (["A"], [])}),
    ):
        with pytest.raises(ExportError) as info:
            write(blocker / "liste.csv")
        assert "Velg en annen mappe" in info.value.message
    assert [p.name for p in tmp_path.iterdir()] == ["fil.txt"]


def test_target_that_is_a_folder_gives_export_error(tmp_path):
    (tmp_path / "liste.csv").mkdir()
    with pytest.raises(ExportError) as info:
        write_csv(tmp_path / "liste.csv", ["A"], [])
    assert "er en mappe" in info.value.message


def test_unwritable_folder_gives_export_error(tmp_path):
    import os

    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("kjører som root: mapperettigheter håndheves ikke")
        with pytest.raises(ExportError) as info:
            write_csv(folder / "liste.csv", ["A"], [])
        assert "Velg en annen mappe" in info.value.message
    finally:
        folder.chmod(0o700)


def test_file_locked_by_excel_says_close_it(tmp_path, monkeypatch):
    """On Windows, replacing a file Excel has open fails with PermissionError."""
    import desktop_app.exporters.tables as tables

    def locked(src, dst):
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(tables.os, "replace", locked)
    with pytest.raises(ExportError) as info:
        write_xlsx(tmp_path / "liste.xlsx", {"Ark": (["A"], [["x"]])})
    assert "Lukk filen i Excel og prøv igjen" in info.value.message
    assert list(tmp_path.iterdir()) == []

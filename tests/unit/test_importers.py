"""Importing a SvarUt export as users will bring it: any encoding, delimiter, header language,
date style; broken rows reported with the line a text editor shows, the rest loaded."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.domain.svarut import OSLO, ShipmentStatus
from desktop_app.domain.unopened import DigitalOnlySetting, classify
from desktop_app.importers.svarut_export import (
    ExportField,
    import_export,
    parse_datetime,
    parse_id_list,
    suggest_mapping,
)
from desktop_app.importers.tabular import read_table, sniff_delimiter

S = ShipmentStatus
REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo" / "svarut-eksport-demo.csv"

ID1 = "d563d56d-c887-417c-8b89-0fec6872d96b"
ID2 = "7f9ac098-8df0-4f25-95f1-9a51e41686cd"
ID3 = "375850f0-4d7a-4404-9e35-055f10481dfa"
ID4 = "6bc5b3b3-c6cf-481a-bd43-281c608f02b1"
ORG = "320135710"
PLUS_2 = timezone(timedelta(hours=2))

NORWEGIAN = "Forsendelse-ID;Sendt dato;Status;Tittel;Mottaker;Orgnr;Taushetsbelagt;Kun digital"


def test_cp1252_with_norwegian_headers_and_letters():
    text = "\r\n".join(
        [
            NORWEGIAN,
            f"{ID1};06.01.2026 09:56;VARSLET;Søknad om støtte;Bjørkås Barnehage;{ORG};Ja;Nei",
            f"{ID2};07.01.2026 10:15:30;Sendt digitalt;Vedtak;Ærlig Øl AS;320162858;ja;JA",
        ]
    )
    result = import_export(text.encode("cp1252"))
    (guessed,) = result.errors  # the encoding is not in the file: the user is told the guess
    assert (guessed.line, guessed.skipped) == (None, False)
    assert "Windows-1252" in guessed.reason and "æ, ø og å" in guessed.reason
    assert result.file_error is None
    assert (result.encoding, result.delimiter, result.unknown_headers) == ("cp1252", ";", [])
    first, second = result.shipments
    assert first.title == "Søknad om støtte"
    assert first.recipient_name == "Bjørkås Barnehage"
    assert (first.status, first.confidential, first.digital_only) == (S.VARSLET, True, False)
    assert first.sent_at == datetime(2026, 1, 6, 9, 56, tzinfo=OSLO)
    assert first.sent_at.utcoffset() == timedelta(hours=1)
    assert second.recipient_name == "Ærlig Øl AS"
    assert second.status is S.SENDT_DIGITALT
    assert second.sent_at == datetime(2026, 1, 7, 10, 15, 30, tzinfo=OSLO)


def test_utf8_bom_comma_english_headers_iso_dates():
    text = (
        "Shipment ID,Sent,Status,Title,Recipient,Org no,Confidential\n"
        f"{ID1},2026-07-01T08:00:00+02:00,notified,Decision,Example AS,{ORG},yes\n"
        f"{ID2},2026-07-01 08:00,READ,Decision,Example AS,{ORG},no\n"
        f"{ID3.upper()},2026-01-02T10:00:00Z,Not delivered,Notice,Example AS,{ORG},true\n"
    )
    result = import_export("\ufeff".encode() + text.encode("utf-8"))
    assert result.errors == []
    assert (result.encoding, result.delimiter) == ("utf-8-sig", ",")
    a, b, c = result.shipments
    assert a.sent_at == b.sent_at == datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
    assert b.sent_at.tzinfo is OSLO  # naive ISO is Oslo local time
    assert c.sent_at == datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    assert c.id == ID3  # IDs are kept in lower case
    assert [s.status for s in (a, b, c)] == [S.VARSLET, S.LEST, S.IKKE_LEVERT]
    assert [s.confidential for s in (a, b, c)] == [True, False, True]


def test_tab_delimited_utf8_without_bom():
    text = f"Forsendelse-ID\tSendt\tStatus\tOrgnr\n{ID1}\t06.01.2026\tLest\t{ORG}\n"
    result = import_export(text.encode())
    assert (result.encoding, result.delimiter, result.errors) == ("utf-8", "\t", [])
    assert result.shipments[0].sent_at == datetime(2026, 1, 6, tzinfo=OSLO)
    assert result.shipments[0].status is S.LEST


def test_excel_unicode_text_export_utf16_tab():
    text = f"Forsendelse-ID\tStatus\tMottaker\r\n{ID1}\tVarslet\tBjørkås AS\r\n"
    result = import_export(text.encode("utf-16"))
    assert result.errors == []
    assert result.shipments[0].recipient_name == "Bjørkås AS"


def test_delimiter_is_counted_outside_quotes_in_the_header():
    assert sniff_delimiter('"a;b;c;d",x,y\n1,2,3') == ","
    assert sniff_delimiter("a;b,c;d\n") == ";"
    assert sniff_delimiter("\n\nID\tStatus\n") == "\t"


def test_line_numbers_are_physical_lines_after_a_quoted_newline():
    lines = [
        "Forsendelse-ID;Sendt;Status;Tittel;Orgnr",  # 1
        f'{ID1};06.01.2026 09:56;VARSLET;"Vedtak',  # 2: title spans lines 2-4
        "side 2",  # 3
        f'side 3";{ORG}',  # 4
        "",  # 5: blank line
        f"{ID2};32.13.2026 25:00;LEST;Brev;{ORG}",  # 6: bad date
        f";06.01.2026 10:00;LEST;Uten ID;{ORG}",  # 7: no ID
        f"{ID3};06.01.2026 11:00;Forsvunnet;Brev;{ORG}",  # 8: unknown status
        f"{ID4};06.01.2026 12:00;lest;Brev;{ORG}",  # 9
    ]
    result = import_export("\r\n".join(lines).encode())
    by_line = {e.line: e for e in result.errors}
    assert sorted(by_line) == [6, 7, 8]
    assert by_line[6].skipped is False and "«32.13.2026 25:00»" in by_line[6].reason
    assert by_line[7].skipped is True and "Forsendelse-ID mangler" in by_line[7].reason
    assert by_line[8].skipped is False and "«Forsvunnet»" in by_line[8].reason

    assert [s.source_line for s in result.shipments] == [2, 6, 8, 9]
    first, bad_date, unknown, last = result.shipments
    assert first.title == "Vedtak\r\nside 2\r\nside 3"
    assert bad_date.sent_at is None  # kept, without an age
    assert (unknown.status, unknown.status_text) == (None, "Forsvunnet")
    assert last.status is S.LEST


def test_duplicate_and_shifted_rows_are_skipped_with_a_reason():
    text = "\n".join(
        [
            "Forsendelse-ID;Status;Tittel;Orgnr",
            f"{ID1};VARSLET;Brev;{ORG}",
            f"{ID1};LEST;Brev igjen;{ORG}",
            f"{ID2};VARSLET;Tittel; med semikolon;{ORG}",
            f"not-an-id;VARSLET;Brev;{ORG}",
            f"{ID3};VARSLET;Kort rad",  # fewer fields: read, Orgnr empty, and reported
            f"{ID4};VARSLET;Brev;{ORG};",  # trailing delimiter: fine
        ]
    )
    result = import_export(text.encode())
    assert [(e.line, e.skipped) for e in result.errors] == [
        (3, True), (4, True), (5, True), (6, False)
    ]  # fmt: skip
    assert "står også på linje 2" in result.errors[0].reason
    assert "anførselstegn" in result.errors[1].reason
    assert "«not-an-id»" in result.errors[2].reason
    assert "Raden har 3 felt, men overskriften har 4" in result.errors[3].reason
    assert "«Orgnr»" in result.errors[3].reason
    assert [s.id for s in result.shipments] == [ID1, ID3, ID4]
    assert result.shipments[1].recipient_id == ""
    assert result.skipped_rows == 3


def test_a_duplicate_reports_only_that_it_is_a_duplicate_in_line_order():
    text = "\n".join(
        [
            "Forsendelse-ID;Status;Sendt;Orgnr",
            f"{ID1};VARSLET;06.01.2026 09:56;{ORG}",
            f"{ID2};Forsvunnet;06.01.2026 09:56;{ORG}",  # 3: unknown status, kept
            f"{ID1.upper()};Forsvunnet;i går;{ORG}",  # 4: same ID: only the duplicate counts
            f"{ID3};LEST;i går;{ORG}",  # 5: bad date, kept
        ]
    )
    result = import_export(text.encode())
    assert [(e.line, e.skipped) for e in result.errors] == [(3, False), (4, True), (5, False)]
    assert "står også på linje 2" in result.errors[1].reason
    assert [s.source_line for s in result.shipments] == [2, 3, 5]
    assert result.shipments[0].status is S.VARSLET


def test_ids_that_only_look_right_together_are_still_refused():
    text = "\n".join(
        [
            "Forsendelse-ID;Status",
            f"{ID1[:-1]};LEST",  # 35 characters …
            f"a{ID2};LEST",  # … and 37: together as long as two IDs
            f"{ID3.upper()};LEST",  # upper case: accepted, made lower case
            f"{{{ID4}}};LEST",  # in braces: accepted
        ]
    )
    result = import_export(text.encode())
    assert [(e.line, e.skipped) for e in result.errors] == [(2, True), (3, True)]
    assert [s.id for s in result.shipments] == [ID3, ID4]


def test_csv_rows_are_the_csv_modules_rows_with_or_without_quotes():
    lines = [
        "A;B;C",
        "1;plain;x",
        '2;"quoted; with delimiter";y',
        "3;trailing;",
        "   ",
        '4;"two\r\nlines";z',
        ";;",
        'x"y;inner quote;5',
    ]
    text = "\r\n".join(lines) + "\r\n"
    table = read_table(text.encode("cp1252"))
    expected = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=";") if row]
    assert [table.headers, *(cells for _, cells in table.rows)] == expected
    assert [line for line, _ in read_table(text.encode()).rows] == [2, 3, 4, 5, 6, 8, 9]


def test_yes_no_columns_and_recipient_numbers_with_spaces():
    text = "\n".join(
        [
            "Forsendelse-ID;Status;Orgnr;Taushetsbelagt",
            f"{ID1};VARSLET;320 135 710;X",
            f"{ID2};VARSLET;320.135.710;",
            f"{ID3};VARSLET;{ORG};kanskje",
        ]
    )
    result = import_export(text.encode())
    assert [s.recipient_id for s in result.shipments] == [ORG, ORG, ORG]
    assert [s.confidential for s in result.shipments] == [True, None, None]
    assert [(e.line, e.skipped) for e in result.errors] == [(4, False)]
    assert "«kanskje»" in result.errors[0].reason


def test_header_mapping_suggestion_and_saved_mapping():
    headers = [
        "Forsendelses-ID",
        "SENDT_DATO",
        "status",
        "Navn på mottaker",
        "Kolonne X",
        "Dato",
        "",
    ]
    mapping = suggest_mapping(headers)
    assert mapping.columns["Forsendelses-ID"] is ExportField.ID
    assert mapping.columns["SENDT_DATO"] is ExportField.SENT_AT
    assert mapping.columns["status"] is ExportField.STATUS
    assert mapping.unknown_headers == ("Navn på mottaker", "Kolonne X")
    assert mapping.ignored_headers == ("Dato",)  # a second date column; the first wins
    assert ExportField.RECIPIENT_ID in mapping.missing_recommended
    assert mapping.needs_review

    saved = {"Navn på mottaker": "recipient_name", "kolonne x": "recipient_id", "Dato": None}
    mapping = suggest_mapping(headers, saved)
    assert mapping.columns["Navn på mottaker"] is ExportField.RECIPIENT_NAME
    assert mapping.columns["Kolonne X"] is ExportField.RECIPIENT_ID  # matched when normalised
    assert mapping.unknown_headers == ()
    assert not mapping.needs_review


def test_unknown_headers_use_the_saved_mapping_on_import():
    # Two columns of UUIDs and one of free text: the values cannot say which is the ID,
    # and nothing looks like a status.
    text = f"Nr;Ref;Tilstand;Virksomhet\n{ID1};{ID2};Ute;{ORG}\n"
    first = import_export(text.encode())
    assert first.shipments == []
    assert first.unknown_headers == ["Nr", "Ref", "Tilstand"]
    assert "Kolonnene «Nr» og «Ref» kan begge være «Forsendelse-ID»" in first.errors[0].reason
    assert "«Status»" in first.errors[0].reason
    assert first.file_error == first.errors[0].reason

    saved = {"Nr": "id", "Tilstand": "status", "Virksomhet": "recipient_id", "Ref": None}
    second = import_export(text.replace("Ute", "Varslet").encode(), saved)
    assert second.errors == []
    assert second.mapping_used == {k: v for k, v in saved.items() if v}
    assert (second.shipments[0].status, second.shipments[0].recipient_id) == (S.VARSLET, ORG)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "tom"),
        (b"   \r\n", "tom"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "ikke en tabell"),
        (b"PK\x03\x04\x14\x00\x06\x00broken zip", "regneark"),
    ],
)
def test_a_file_that_is_not_a_table_gives_one_clear_message(data, words):
    result = import_export(data)
    assert result.shipments == []
    assert len(result.errors) == 1
    assert result.errors[0].line is None
    assert words in result.errors[0].reason
    assert result.file_error == result.errors[0].reason


def test_a_missing_file_gives_a_message_not_a_trace(tmp_path):
    result = import_export(tmp_path / "finnes-ikke.csv")
    assert "Finner ikke filen «finnes-ikke.csv»" in result.file_error


def test_headers_only_says_there_are_no_shipments():
    result = import_export(b"Forsendelse-ID;Status\r\n")
    assert result.shipments == []
    assert "ingen forsendelser" in result.file_error


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("06.01.2026 09:56", datetime(2026, 1, 6, 9, 56, tzinfo=OSLO)),
        ("06.01.2026 09:56:07", datetime(2026, 1, 6, 9, 56, 7, tzinfo=OSLO)),
        ("06.07.2026", datetime(2026, 7, 6, tzinfo=OSLO)),
        ("6.7.2026 9:05", datetime(2026, 7, 6, 9, 5, tzinfo=OSLO)),
        (" 06.01.2026 09:56 ", datetime(2026, 1, 6, 9, 56, tzinfo=OSLO)),
        ("2026-07-06T09:05:00", datetime(2026, 7, 6, 9, 5, tzinfo=OSLO)),
        ("2026-07-06T09:05:00.123+02:00", datetime(2026, 7, 6, 9, 5, 0, 123000, PLUS_2)),
        ("2026-07-06", datetime(2026, 7, 6, tzinfo=OSLO)),
        (datetime(2026, 7, 6, 9, 5), datetime(2026, 7, 6, 9, 5, tzinfo=OSLO)),
    ],
)
def test_dates_in_every_accepted_style_are_aware(text, expected):
    for _ in range(2):  # the second time goes through the memo
        parsed = parse_datetime(text)
        assert parsed == expected
        assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    ["31.02.2026 10:00", "06.01.2026 24:00", "06.01.2026 09:60", "06.01.2026 09:56:60",
     "06.01.2026 09:56:7", "i går", "2026-13-01"],
)  # fmt: skip
def test_impossible_dates_are_not_read(text):
    assert parse_datetime(text) is None


def test_pasted_id_list():
    text = f"Forsendelse-ID\n{ID1}\n{ID2.upper()}, {ID3};{ID1}\n  {{{ID4}}}  hei\t\n\n1234\n"
    ids, errors = parse_id_list(text)
    assert ids == [ID1, ID2, ID3, ID4]  # order kept, duplicates removed, header passed over
    assert [(e.line, e.reason.split("»")[0]) for e in errors] == [(4, "«hei"), (6, "«1234")]
    assert parse_id_list("") == ([], [])


def test_xlsx_rows_carry_excel_row_numbers():
    openpyxl = pytest.importorskip("openpyxl", reason="openpyxl writes the test workbook")
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([])  # row 1 empty
    sheet.append([None, "Forsendelse-ID", "Sendt", "Status", "Mottaker", "Orgnr", "Taushetsbelagt"])
    sheet.append([None, ID1, datetime(2026, 1, 6, 9, 56), "Varslet", "Bjørkås AS", 320135710, "Ja"])
    sheet.append([None, ID2, "07.01.2026 10:00", "LEST", "Furulund", "320162858", True])
    sheet.append([None, None, None, None, None, None, None])  # row 5 empty
    sheet.append([None, "not-an-id", None, "LEST", None, None, None])  # row 6
    sheet.append([None, ID3, "i morgen", "IKKE_LEVERT", "Lia AS", 320149282.0, "Nei"])  # row 7
    buffer = io.BytesIO()
    workbook.save(buffer)

    result = import_export(buffer.getvalue())
    assert result.kind == "xlsx"
    assert result.unknown_headers == []  # the empty column A is not asked about
    assert [s.source_line for s in result.shipments] == [3, 4, 7]
    assert [(e.line, e.skipped) for e in result.errors] == [(6, True), (7, False)]
    first, second, third = result.shipments
    assert first.sent_at == datetime(2026, 1, 6, 9, 56, tzinfo=OSLO)
    assert first.recipient_id == ORG  # a number cell, not "320135710.0"
    assert (second.sent_at, second.confidential) == (datetime(2026, 1, 7, 10, tzinfo=OSLO), True)
    assert (third.recipient_id, third.confidential) == ("320149282", False)


def test_read_table_streams_rows_with_their_lines():
    table = read_table(b"\r\n\r\nA;B\r\n1;2\r\n\r\n3;4\r\n")
    assert (table.headers, table.header_line) == (["A", "B"], 3)
    assert list(table.rows) == [(4, ["1", "2"]), (6, ["3", "4"])]


def test_lone_carriage_returns_and_unicode_line_separators_count_like_an_editor():
    table = read_table("A;B\r1;x\u2028y\r2;z".encode())
    assert list(table.rows) == [(2, ["1", "x\u2028y"]), (3, ["2", "z"])]


@pytest.mark.skipif(not DEMO.exists(), reason="the demo export is not in resources/demo yet")
def test_demo_export_imports_cleanly_and_has_unopened_letters():
    result = import_export(DEMO)
    assert result.errors == []
    assert result.unknown_headers == []
    assert len(result.shipments) == 40
    now = datetime(2026, 6, 1, 12, tzinfo=OSLO)
    check = classify(result.shipments, now, DigitalOnlySetting.DIGITAL_ONLY)
    assert check.at_risk_count > 0
    assert check.groups and check.groups[0].age_days > 0

"""The notice planner's service: import a list of letters, plan, export (no Qt)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import openpyxl
import pytest

from desktop_app.domain.notices import (
    OSLO,
    Channel,
    InvalidNoticeSettings,
    Letter,
    NoticeSettings,
    Provider,
    Severity,
)
from desktop_app.exporters.tables import neutralise
from desktop_app.services.notice_plan import (
    ExportError,
    LetterImportError,
    RowStatus,
    build_plan,
    export_plan,
    import_letters,
    parse_days,
)

SETTINGS = NoticeSettings((0, 7), frozenset({Channel.EPOST}), email_text="Du har fått brev.")


def csv_bytes(text: str) -> bytes:
    return text.encode("utf-8")


def test_parse_days():
    assert parse_days("0, 7") == ((0, 7), [])
    assert parse_days(" 0;7 14 ") == ((0, 7, 14), [])
    assert parse_days("") == ((), [])
    days, findings = parse_days("0, sju")
    assert days == (0,)
    assert findings[0].severity is Severity.FEIL and "«sju»" in findings[0].message_nb


def test_import_reads_dates_and_reports_broken_rows_by_line():
    data = csv_bytes(
        "Referanse;Sendt;Tilgjengelig;Lest\n"
        "A;24.06.2017 23:00;24.06.2017 23:30;\n"
        "B;2017-06-24T10:00;;2017-06-24 12:00\n"
        "C;32.13.2017 10:00;;\n"
        ";;;\n"
        "D;;;\n"
        "E;01.07.2017 10:00;01.07.2017 10:05;01.07.2017 09:00\n"
        "F;2017-06-24T10:00+00:00;;\n"
    )
    result = import_letters(data, name="liste.csv")
    assert [letter.reference for letter in result.letters] == ["A", "B", "F"]
    assert result.lines == [2, 3, 8]
    a = result.letters[0]
    assert a.available_at == datetime(2017, 6, 24, 23, 30, tzinfo=OSLO)
    assert result.letters[1].available_at is None
    assert result.letters[1].read_at == datetime(2017, 6, 24, 12, 0, tzinfo=OSLO)
    assert result.letters[2].sent_at.astimezone(UTC).hour == 10  # an explicit offset is kept
    assert [e.line for e in result.errors] == [4, 6, 7]
    assert result.errors[0].reason.startswith("Linje 4 (C): «Sendt» er «32.13.2017 10:00»")
    assert "Mangler tidspunkt" in result.errors[1].reason
    assert "lest før" in result.errors[2].reason
    assert result.skipped == 3


def test_import_header_synonyms_and_missing_columns():
    result = import_letters(csv_bytes("tilgjengelig i postkassen,Åpnet\n05.03.2026 12:00,\n"))
    assert result.letters[0].reference == "Linje 2"
    assert result.letters[0].available_at == datetime(2026, 3, 5, 12, tzinfo=OSLO)
    assert any("Referanse" in note for note in result.notes)
    with pytest.raises(LetterImportError, match="Fant ingen kolonne med tidspunkt"):
        import_letters(csv_bytes("Navn;Adresse\nA;B\n"))
    with pytest.raises(LetterImportError, match="tom"):
        import_letters(b"")


def test_import_xlsx_with_real_dates(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Referanse", "Sendt", "Tilgjengelig", "Lest"])
    sheet.append(["X-1", datetime(2017, 6, 24, 23, 0), datetime(2017, 6, 24, 23, 30), None])
    sheet.append(["X-2", "ikke en dato", None, None])
    path = tmp_path / "brev.xlsx"
    workbook.save(path)
    result = import_letters(path)
    assert result.file_name == "brev.xlsx"
    assert result.letters[0].available_at == datetime(2017, 6, 24, 23, 30, tzinfo=OSLO)
    assert [e.line for e in result.errors] == [3]


def test_build_plan_worked_example_and_counts():
    letters = [
        Letter(
            "eks",
            datetime(2017, 6, 24, 23, 0, tzinfo=OSLO),
            datetime(2017, 6, 24, 23, 30, tzinfo=OSLO),
        ),
        Letter(
            "lest",
            datetime(2017, 6, 24, 10, 0, tzinfo=OSLO),
            read_at=datetime(2017, 6, 26, 10, 0, tzinfo=OSLO),
        ),
    ]
    plan = build_plan(letters, SETTINGS, Provider.EBOKS, [2, 3])
    first = plan.rows[0]
    assert first.window_start.date() == date(2017, 6, 25)
    assert first.receipt_by == date(2017, 6, 26)
    assert first.shifted and first.line == 2
    assert plan.rows[1].window_start.date() == date(2017, 7, 1)
    assert plan.rows[1].receipt_by == date(2017, 7, 2)
    assert plan.rows[3].status is RowStatus.READ
    assert plan.notice_count == 3
    assert plan.per_day[date(2017, 6, 25)] == {Channel.EPOST: 1}
    assert date(2017, 7, 1) in plan.per_day
    assert "sendetidspunktet" in plan.rows[2].note_nb  # availability assumed
    with pytest.raises(InvalidNoticeSettings):
        build_plan(letters, NoticeSettings((0, 30), {Channel.EPOST}), Provider.EBOKS)


def test_a_letter_that_cannot_be_planned_is_one_error_row():
    naive = Letter("naiv", datetime(2017, 6, 24, 10, 0))
    plan = build_plan([naive], SETTINGS, Provider.DIGIPOST)
    assert [r.status for r in plan.rows] == [RowStatus.ERROR]
    assert plan.failed_letters == 1
    assert "tidssone" in plan.rows[0].reason_nb


def test_export_csv_is_excel_friendly_and_formula_safe(tmp_path):
    letters = [
        Letter('=HYPERLINK("x")', datetime(2017, 6, 24, 23, 30, tzinfo=OSLO)),
        Letter("@sum", datetime(2017, 6, 25, 9, 0, tzinfo=OSLO)),
    ]
    plan = build_plan(letters, SETTINGS, Provider.DIGIPOST, [2, 3])
    target = tmp_path / "ut" / "plan.csv"
    assert export_plan(plan, target) == 4
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 5
    assert rows[0][:3] == ["Brev", "Linje i listen", "Leverandør"]
    assert rows[1][0] == '\'=HYPERLINK("x")'
    assert rows[3][0] == "'@sum"
    assert rows[1][5] == "25.06.2017 07:00"
    assert rows[1][7] == "26.06.2017"
    assert rows[2][5].startswith("01.07.2017")
    assert not list(target.parent.glob("*.tmp"))
    assert neutralise("-1") == "'-1" and neutralise("+47") == "'+47" and neutralise("ok") == "ok"


def test_export_xlsx_has_real_dates_and_no_formulas(tmp_path):
    letters = [Letter("=1+1", datetime(2017, 6, 24, 23, 30, tzinfo=OSLO))]
    plan = build_plan(letters, SETTINGS, Provider.DIGIPOST, [2])
    target = tmp_path / "plan.xlsx"
    assert export_plan(plan, target) == 2
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet["A2"].value == "'=1+1"
    assert sheet["A2"].data_type == "s"
    assert sheet["F2"].value == datetime(2017, 6, 25, 7, 0)
    assert sheet["H2"].value.date() == date(2017, 6, 26)
    assert sheet.max_row == 3


def test_export_keeps_an_existing_file_when_it_fails(tmp_path):
    plan = build_plan(
        [Letter("a", datetime(2017, 6, 24, 10, tzinfo=OSLO))], SETTINGS, Provider.DIGIPOST
    )
    blocker = tmp_path / "fil"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"kan ikke lagres|ble ikke lagret"):
        export_plan(plan, blocker / "plan.csv")  # a file where a folder should be
    assert blocker.read_text() == "x"

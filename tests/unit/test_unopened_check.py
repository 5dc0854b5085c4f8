"""The unopened-check service: demo export → at-risk recipients, saved run, audit with counts
only, cancel saves nothing, export with follow-up state and never a fødselsnummer."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

import openpyxl
import pytest

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import (
    CSV_HEADERS,
    LETTER_HEADERS,
    RECIPIENT_HEADERS,
    CheckError,
    ExportError,
    UnopenedCheckService,
)
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.runs import RunRepository

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"
FNR = "01019012345"

HEADER = "Forsendelse-ID;Sendt;Status;Tittel;Mottaker;Orgnr;Taushetsbelagt\r\n"


def _csv(*rows: str) -> bytes:
    return ("\ufeff" + HEADER + "".join(r + "\r\n" for r in rows)).encode("utf-8")


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


@pytest.fixture
def demo(db):
    workspace = WorkspaceService(db).ensure_demo_workspace()
    assert workspace is not None and workspace.is_demo
    return workspace


def test_demo_export_gives_at_risk_recipients(db, demo):
    steps = []
    service = UnopenedCheckService(db)
    outcome = service.run_check(
        TaskState(lambda d, t, text: steps.append((d, t))), demo, DEMO_CSV, "1a", now=NOW
    )
    assert outcome.rows_read == 40
    assert outcome.rows_with_errors == 0
    assert outcome.at_risk_count > 0
    assert outcome.recipients_at_risk == len(outcome.result.groups) > 0
    assert all(len(g.orgnr) == 9 for g in outcome.result.groups)
    assert steps[0] == (0, 4) and steps[-1] == (4, 4)
    saved = RunRepository(db).list_runs(demo.id)
    assert [r.id for r in saved] == [outcome.run.id]
    assert saved[0].risk_answer == "1a"
    assert saved[0].source_name == "svarut-eksport-demo.csv"
    assert saved[0].at_risk_count == outcome.at_risk_count


def test_audit_entry_holds_only_counts(db, demo):
    outcome = UnopenedCheckService(db).run_check(TaskState(), demo, DEMO_CSV, "1b", now=NOW)
    entries = AuditLog(db).entries(action="check.done")
    assert len(entries) == 1
    details = entries[0].details
    assert details["brev_i_faresonen"] == outcome.at_risk_count
    assert details["mottakere_i_faresonen"] == outcome.recipients_at_risk
    assert details["rader_lest"] == 40
    for key, value in details.items():
        assert isinstance(value, int | str), key
    text = json.dumps(details, ensure_ascii=False)
    for group in outcome.result.groups:
        assert group.orgnr not in text and group.name not in text
    assert AuditLog(db).verify() == []
    # The saved summary holds no recipient data either.
    summary = json.dumps(outcome.run.summary, ensure_ascii=False)
    assert not any(g.orgnr in summary or g.name in summary for g in outcome.result.groups)


def test_cancel_stops_without_saving(db, demo):
    service = UnopenedCheckService(db)
    for cancel_at in (0, 1, 2):  # while reading, while sorting, just before saving
        box: list[TaskState] = []
        state = TaskState(lambda d, t, x, b=box, at=cancel_at: b[0].cancel() if d == at else None)
        box.append(state)
        with pytest.raises(Cancelled):
            service.run_check(state, demo, DEMO_CSV, "1a", now=NOW)
    assert RunRepository(db).list_runs(demo.id) == []
    assert AuditLog(db).entries(action="check.done") == []


def test_cancel_during_sorting_of_a_large_export(db, demo, monkeypatch):
    import desktop_app.services.unopened_check as module

    monkeypatch.setattr(module, "_CHECK_EVERY", 10)
    seen = []
    box: list[TaskState] = []

    def on_progress(done, total, text):
        seen.append(text)
        if "av 40" in text:
            box[0].cancel()

    box.append(TaskState(on_progress))
    with pytest.raises(Cancelled):
        UnopenedCheckService(db).run_check(box[0], demo, DEMO_CSV, "1a", now=NOW)
    assert any("10 av 40" in t for t in seen)
    assert RunRepository(db).list_runs(demo.id) == []


def test_failing_audit_rolls_back_the_run(db, demo, monkeypatch):
    service = UnopenedCheckService(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk borte")

    monkeypatch.setattr(service.audit, "append", broken)
    with pytest.raises(RuntimeError):
        service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    assert RunRepository(db).list_runs(demo.id) == []


def test_unreadable_or_missing_file_raises_check_error_and_saves_nothing(db, demo, tmp_path):
    service = UnopenedCheckService(db)
    with pytest.raises(CheckError, match="Finner ikke filen"):
        service.run_check(TaskState(), demo, tmp_path / "borte.csv", "1a")
    with pytest.raises(CheckError) as info:
        service.run_check(TaskState(), demo, b"\xef\xbb\xbfNavn;Alder\r\nx;1\r\n", "1a")
    assert info.value.import_result is not None  # the wizard can offer the column mapping
    with pytest.raises(CheckError, match="1a"):
        service.run_check(TaskState(), demo, DEMO_CSV, "2c")
    assert RunRepository(db).list_runs(demo.id) == []


def test_letters_to_persons_are_never_at_risk_nor_exported(db, demo, tmp_path):
    data = _csv(
        f"11111111-1111-4111-8111-111111111111;01.10.2026 10:00;VARSLET;Vedtak;Ola;{FNR};Ja",
        "22222222-2222-4222-8222-222222222222;01.10.2026 10:00;SENDT_DIGITALT;Svar;"
        '=HYPERLINK("x");320135710;Ja',
        "33333333-3333-4333-8333-333333333333;02.10.2026 10:00;LEST;Brev;Lia AS;320067855;Ja",
    )
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, data, "ukjent", now=NOW)
    assert outcome.at_risk_count == 1
    assert outcome.person_letters == 1
    assert any("personer" in note for note in outcome.notes)
    written = service.export(outcome, tmp_path / "liste.csv")
    assert [p.name for p in written] == ["liste.csv"]  # one file: recipients and letters
    text = written[0].read_bytes().decode("utf-8-sig")
    assert FNR not in text and "Ola" not in text
    assert "'=HYPERLINK" in text  # neutralised
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[0] == CSV_HEADERS
    row = dict(zip(CSV_HEADERS, rows[1], strict=True))
    assert row["Forsendelse-ID"] == "22222222-2222-4222-8222-222222222222"
    assert row["Org.nr"] == "320 135 710" and row["Oppfølging"] == "Ikke kontaktet"


def test_export_xlsx_merges_followup_state(db, demo, tmp_path):
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    first = outcome.result.groups[0]
    service.set_followup(demo, first.orgnr, "kontaktet", date(2026, 11, 21), "Ringte")
    path = tmp_path / "uåpnet.xlsx"
    assert service.export(outcome, path) == [path]
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Mottakere", "Brev"]
    recipients = list(book["Mottakere"].values)
    assert list(recipients[0]) == RECIPIENT_HEADERS
    assert len(recipients) - 1 == outcome.recipients_at_risk
    row = dict(zip(RECIPIENT_HEADERS, recipients[1], strict=True))
    assert row["Org.nr"].replace(" ", "") == first.orgnr
    assert row["Oppfølging"] == "Kontaktet"
    assert row["Notat"] == "Ringte"
    assert row["Brev i faresonen"] == first.count
    assert {r[6] for r in recipients[2:]} == {"Ikke kontaktet"}
    letters = list(book["Brev"].values)
    assert list(letters[0]) == LETTER_HEADERS
    assert len(letters) - 1 == outcome.at_risk_count
    # The follow-up also survives the next run of a fresh export.
    again = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    assert again.followups[first.orgnr].note == "Ringte"
    actions = [e.action for e in AuditLog(db).entries()]
    assert actions.count("check.done") == 2 and "check.exported" in actions


def test_export_rejects_other_formats(db, demo, tmp_path):
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    with pytest.raises(ExportError, match=r"\.xlsx"):
        service.export(outcome, tmp_path / "liste.pdf")


def test_pasted_ids_are_checked_honestly(db, demo):
    text = "Forsendelse-ID\nd563d56d-c887-417c-8b89-0fec6872d96b\nikke-en-id\n"
    outcome = UnopenedCheckService(db).run_check(TaskState(), demo, text, "1a", now=NOW)
    assert outcome.at_risk_count == 0
    assert outcome.unknown_count == 1
    assert outcome.error_lines == [3]
    assert any("status ble ikke hentet fra SvarUt" in note for note in outcome.notes)
    assert outcome.run.source_name == "innlimte forsendelse-ID-er"

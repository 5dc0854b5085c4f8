"""Saved runs keep their letters (migration 3): a run opens again with the same verdicts,
letters to persons keep no number, name or title, a report can be reviewed without saving,
and the PDF summary holds counts and businesses but no letter titles or personal data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from support.old_store import add_check_run, add_workspace, store_at_version

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.unopened import RiskLevel
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import CheckError, UnopenedCheckService, summary_html
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import MIGRATIONS, Database
from desktop_app.storage.runs import RunRepository

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"
FNR = "01019012345"
HEADER = "Forsendelse-ID;Sendt;Status;Tittel;Mottaker;Orgnr;Taushetsbelagt\r\n"
MIXED = (
    "\ufeff" + HEADER
    + f"11111111-1111-4111-8111-111111111111;01.10.2026 10:00;VARSLET;Barnevernsak;Ola Hansen;"
      f"{FNR};Ja\r\n"
    + "22222222-2222-4222-8222-222222222222;01.10.2026 10:00;SENDT_DIGITALT;Vedtak om tilsyn;"
      "Lia AS;320135710;Ja\r\n"
    + "33333333-3333-4333-8333-333333333333;02.10.2026 10:00;Avsluttet;Brev;Lia AS;320135710;Ja\r\n"
).encode()  # fmt: skip


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


@pytest.fixture
def demo(db):
    return WorkspaceService(db).ensure_demo_workspace()


def test_a_saved_run_opens_again_with_the_same_letters_and_verdicts(tmp_path, db, demo):
    service = UnopenedCheckService(db)
    first = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    assert len(first.letters) == 40
    db.close()

    with Database.open(tmp_path / "db.sqlite3") as again:  # as after a restart
        loaded = UnopenedCheckService(again).load_run(first.run.id)
    assert loaded.run == first.run
    assert [lt.shipment.id for lt in loaded.letters] == [lt.shipment.id for lt in first.letters]
    assert [lt.level for lt in loaded.letters] == [lt.level for lt in first.letters]
    assert [lt.urgency for lt in loaded.letters] == [lt.urgency for lt in first.letters]
    assert [lt.age_days for lt in loaded.letters] == [lt.age_days for lt in first.letters]
    assert loaded.result.at_risk_count == first.result.at_risk_count
    assert [g.orgnr for g in loaded.result.groups] == [g.orgnr for g in first.result.groups]
    assert loaded.result.not_at_risk_count == first.result.not_at_risk_count
    assert any("Lagret kontroll" in note for note in loaded.notes)


def test_letters_to_persons_are_stored_without_number_name_or_title(db, demo):
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, MIXED, "1b", now=NOW)
    with db.read() as conn:
        rows = conn.execute("SELECT * FROM check_run_letters").fetchall()
        letter_sets = conn.execute("SELECT letters, data FROM check_run_letter_sets").fetchall()
    # Everything stored about the letters (since migration 11: one record per run).
    stored = repr(rows) + "".join(data.decode() for _n, data in letter_sets)
    assert rows == [] and [n for n, _data in letter_sets] == [3]
    assert FNR not in stored and "Ola Hansen" not in stored and "Barnevernsak" not in stored
    assert "Vedtak om tilsyn" in stored  # letters to businesses are kept whole

    for source in (outcome, service.load_run(outcome.run.id)):
        person = source.letters[0]
        assert person.person and person.level is RiskLevel.NOT_AT_RISK
        assert person.shipment.recipient_id == "" and person.shipment.title == ""
        assert source.letters[1].level is RiskLevel.AT_RISK
        assert source.letters[2].level is RiskLevel.UNKNOWN  # unknown status text
        assert source.result.at_risk_count == 1
        assert source.person_letters == 1


def test_review_of_a_file_saves_nothing(db, demo):
    service = UnopenedCheckService(db)
    outcome = service.review_file(TaskState(), demo, DEMO_CSV)
    assert outcome.run.id is None
    assert len(outcome.letters) == 40
    assert outcome.result.at_risk_count > 0
    assert RunRepository(db).list_runs(demo.id) == []
    assert AuditLog(db).entries(action="check.done") == []
    with pytest.raises(CheckError):
        service.review_file(TaskState(), demo, b"\xef\xbb\xbfNavn;Alder\r\nx;1\r\n")


def test_opening_a_run_can_be_cancelled_and_a_missing_run_says_so(db, demo):
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    box: list[TaskState] = []
    box.append(TaskState(lambda done, total, text: box[0].cancel() if done == 1 else None))
    with pytest.raises(Cancelled):
        service.load_run(outcome.run.id, box[0])
    with pytest.raises(CheckError, match="Fant ikke kontrollen"):
        service.load_run(outcome.run.id + 99)


def test_a_run_saved_before_migration_3_opens_with_its_counts_and_says_why(tmp_path):
    path = tmp_path / "gammel.sqlite3"
    with store_at_version(path, 2) as raw:
        add_workspace(raw)
        add_check_run(raw, rows_read=40, at_risk=13, recipients=10)
    with Database.open(path) as db:
        loaded = UnopenedCheckService(db).load_run(1)
    assert loaded.letters == [] and loaded.run.at_risk_count == 13
    assert any("eldre versjon" in note for note in loaded.notes)


def test_letters_saved_before_migration_8_survive_it_and_the_rules_still_hold(tmp_path):
    path = tmp_path / "v7.sqlite3"
    letters = [
        (1, 0, "22222222-2222-4222-8222-222222222222", "2026-10-01T10:00:00+02:00",
         "SENDT_DIGITALT", "Sendt digitalt", "Vedtak", "Lia AS", "320135710", "organisasjon",
         1, None, "26/1-1", 2),
        (1, 1, "33333333-3333-4333-8333-333333333333", None, None, "Avsluttet", "", "", "",
         "person", None, 0, "", 3),
    ]  # fmt: skip
    with store_at_version(path, 7) as raw:
        add_workspace(raw)
        add_check_run(raw, rows_read=2, at_risk=1, recipients=1)
        raw.executemany(f"INSERT INTO check_run_letters VALUES ({', '.join('?' * 14)})", letters)

    with Database.open(path) as db:
        assert db.user_version() == len(MIGRATIONS)
        loaded = UnopenedCheckService(db).load_run(1)
        assert [lt.shipment.id for lt in loaded.letters] == [row[2] for row in letters]
        assert loaded.result.at_risk_count == 1 and loaded.letters[1].person
        with db.read() as conn:
            rows = conn.execute("SELECT * FROM check_run_letters ORDER BY seq").fetchall()
            # (Migration 10 added the status from before a fetch from SvarUt: none here.)
            assert [row[:14] for row in rows] == [tuple(row) for row in letters]
            assert {row[14:] for row in rows} == {(None, None)}
        for column, value in (("recipient_kind", "firma"), ("confidential", 2),
                              ("digital_only", -1)):  # fmt: skip
            with pytest.raises(sqlite3.IntegrityError, match="CHECK"), db.transaction() as conn:
                conn.execute(f"UPDATE check_run_letters SET {column} = ? WHERE seq = 0", (value,))
        with db.transaction() as conn:  # deleting the run still takes its letters along
            conn.execute("DELETE FROM check_runs WHERE id = 1")
        with db.read() as conn:
            assert conn.execute("SELECT count(*) FROM check_run_letters").fetchone() == (0,)


def test_pdf_summary_has_counts_and_businesses_but_no_titles_or_persons(db, demo):
    service = UnopenedCheckService(db)
    outcome = service.run_check(TaskState(), demo, MIXED, "1a", now=NOW)
    service.set_followup(demo, "320135710", "kontaktet")
    text = service.summary_html(outcome)
    assert demo.name in text
    assert "bare digital post" in text  # the risk answer and what it means
    assert "Lia AS" in text and "320\u00a0135\u00a0710" in text  # never broken across lines
    assert "Kontaktet" in text  # follow-up as it is now
    for secret in (FNR, "Ola Hansen", "Barnevernsak", "Vedtak om tilsyn"):
        assert secret not in text
    empty = summary_html(service.review_file(TaskState(), demo, DEMO_CSV.read_bytes()[:200]))
    assert "Ingen brev i faresonen" in empty


def test_saved_letters_come_back_at_the_same_moments_in_one_time_zone(db, demo):
    """The dates of a saved check are the same moments when it opens again, and share one
    time zone (dates with an offset object each are slow to sort by)."""
    service = UnopenedCheckService(db)
    first = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    stored = RunRepository(db).letters(first.run.id)
    assert [s.sent_at for s in stored.shipments] == [s.sent_at for s in first.shipments]
    assert len({id(s.sent_at.tzinfo) for s in stored.shipments if s.sent_at}) == 1

"""One check, two steps: an import, then the statuses fetched from SvarUt. The fetch updates
the saved check (migration 10) instead of saving a second one, so the history and its chart
count checks, not steps; the counts and statuses from before the fetch are kept beside the
new ones, and the audit log says what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from support.old_store import add_check_run, add_workspace, store_at_version

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.svarut import ShipmentStatus
from desktop_app.resources import demo_dir
from desktop_app.services.unopened_check import CheckError, UnopenedCheckService
from desktop_app.services.workspaces import WorkspaceService
from desktop_app.storage.database import Database
from desktop_app.storage.runs import RunRepository

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"


@pytest.fixture
def db(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as database:
        yield database


@pytest.fixture
def demo(db):
    return WorkspaceService(db).ensure_demo_workspace()


def read_since(ids: set[str]):
    """A refresh in which SvarUt says these letters were opened («LEST»)."""

    def refresh(_state, shipments):
        return [
            replace(s, status=ShipmentStatus.LEST, status_text="LEST") if s.id in ids else s
            for s in shipments
        ], ["Status hentet fra SvarUt for 40 av 40."]

    return refresh


def test_a_refresh_after_the_import_updates_the_check_and_keeps_the_count_before(db, demo):
    service = UnopenedCheckService(db)
    imported = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    before = imported.at_risk_count
    opened = {s.id for s in imported.result.at_risk[:2]}

    fresh = service.refresh_check(TaskState(), imported, read_since(opened),
                                  now=NOW + timedelta(minutes=5))  # fmt: skip

    assert fresh.run.id == imported.run.id
    assert fresh.at_risk_count == before - 2
    (run,) = service.list_runs(demo.id)  # one check, not two
    assert (run.at_risk_before, run.at_risk_count) == (before, before - 2)
    assert run.recipients_before == imported.recipients_at_risk
    assert run.refreshed_at is not None
    assert service.history(demo.id) == [run]
    # The statuses before and after, both stored: only the letters that changed have one
    # from before.
    stored = RunRepository(db).letters(run.id)
    changed = {stored.shipments[i].id: old for i, old in stored.before.items()}
    assert set(changed) == opened
    assert all(
        old[0]
        in (ShipmentStatus.VARSLET, ShipmentStatus.SENDT_DIGITALT, ShipmentStatus.IKKE_LEVERT)
        for old in changed.values()
    )
    assert all(stored.shipments[i].status is ShipmentStatus.LEST for i in stored.before)
    # The log has the check and its update, with the counts before and after.
    entries = [e for e in service.audit.entries() if e.action.startswith("check.")]
    assert [e.action for e in entries] == ["check.done", "check.refreshed"]
    assert entries[1].details["brev_i_faresonen_før"] == before
    assert entries[1].details["brev_i_faresonen"] == before - 2
    assert entries[1].details["brev_med_ny_status"] == 2
    # Opened again (as in Rapporter) it shows the new statuses and says what the fetch did.
    loaded = service.load_run(run.id)
    assert loaded.at_risk_count == before - 2
    assert any(f"{before} før, {before - 2} etter" in note for note in loaded.notes)


def test_a_second_refresh_keeps_what_the_import_found(db, demo):
    service = UnopenedCheckService(db)
    imported = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    at_risk = [s.id for s in imported.result.at_risk]
    once = service.refresh_check(TaskState(), imported, read_since({at_risk[0]}), now=NOW)
    twice = service.refresh_check(TaskState(), once, read_since({at_risk[1]}), now=NOW)

    (run,) = service.list_runs(demo.id)
    assert run.id == twice.run.id
    assert (run.at_risk_before, run.at_risk_count) == (len(at_risk), len(at_risk) - 2)
    stored = RunRepository(db).letters(run.id)
    assert {stored.shipments[i].id for i in stored.before} == {at_risk[0], at_risk[1]}
    originally = {s.id: s.status for s in imported.shipments}
    assert all(old[0] is originally[stored.shipments[i].id]
               for i, old in stored.before.items())  # fmt: skip


def test_a_review_that_is_not_saved_is_only_sorted_again(db, demo):
    service = UnopenedCheckService(db)
    review = service.review_file(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    opened = {review.result.at_risk[0].id}
    fresh = service.refresh_check(TaskState(), review, read_since(opened), now=NOW)
    assert fresh.run.id is None and fresh.at_risk_count == review.at_risk_count - 1
    assert service.list_runs(demo.id) == []


def test_checks_saved_before_migration_10_open_with_no_fetch_recorded(tmp_path):
    path = tmp_path / "old.sqlite3"
    with store_at_version(path, 9) as conn:
        add_workspace(conn)
        add_check_run(conn, rows_read=40, at_risk=13, recipients=9)
    with Database.open(path) as db:
        (run,) = RunRepository(db).list_runs(1)
        assert (run.at_risk_count, run.at_risk_before, run.refreshed_at) == (13, None, None)
        assert RunRepository(db).letters(run.id).before == {}


def test_a_check_saved_as_rows_before_migration_11_is_updated_in_its_rows(tmp_path):
    path = tmp_path / "v10.sqlite3"
    letters = [
        (1, 0, "22222222-2222-4222-8222-222222222222", "2026-10-01T10:00:00+02:00",
         "VARSLET", "VARSLET", "Vedtak", "Lia AS", "320135710", "organisasjon", 1, None,
         "26/1-1", 2, None, None),
        (1, 1, "33333333-3333-4333-8333-333333333333", "2026-10-02T10:00:00+02:00",
         "VARSLET", "VARSLET", "Svar", "Lia AS", "320135710", "organisasjon", 1, None,
         "26/2-1", 3, None, None),
    ]  # fmt: skip
    with store_at_version(path, 10) as raw:
        add_workspace(raw)
        add_check_run(raw, rows_read=2, at_risk=2, recipients=1)
        raw.executemany(f"INSERT INTO check_run_letters VALUES ({', '.join('?' * 16)})", letters)
    with Database.open(path) as db:
        service = UnopenedCheckService(db)
        loaded = service.load_run(1)
        assert loaded.at_risk_count == 2
        fresh = service.refresh_check(TaskState(), loaded, read_since({letters[0][2]}),
                                      now=NOW)  # fmt: skip
        assert fresh.at_risk_count == 1 and fresh.run.at_risk_before == 2
        stored = RunRepository(db).letters(1)
        assert stored.before == {0: (ShipmentStatus.VARSLET, "VARSLET")}
        assert stored.shipments[0].status is ShipmentStatus.LEST
        assert service.load_run(1).at_risk_count == 1


def test_letters_that_cannot_be_read_say_what_to_do_instead_of_failing(db, demo):
    service = UnopenedCheckService(db)
    saved = service.run_check(TaskState(), demo, DEMO_CSV, "1a", now=NOW)
    for damage in (b"{not json", b'{"format": 1, "id": ["x"]}', b'{"format": 2}',
                   b'{"format": 1, "id": [1], "status_text": [""], "title": [""], '
                   b'"recipient_name": [""], "recipient_id": [""], "external_ref": [""], '
                   b'"sent_at": [null], "status": [null], "person": [false], '
                   b'"confidential": [null], "digital_only": [null], "source_line": [null]}',
                   b"\xff\xfe"):  # fmt: skip
        with db.transaction() as conn:
            conn.execute("UPDATE check_run_letter_sets SET data = ?", (damage,))
        with pytest.raises(CheckError, match="kan ikke leses"):
            service.load_run(saved.run.id)
    assert [r.id for r in service.list_runs(demo.id)] == [saved.run.id]  # still listed


def test_the_time_to_try_again_is_a_clock_time_in_local_time():
    from datetime import UTC, datetime, timedelta

    from desktop_app.integrations.http import clock_time_nb

    now = datetime(2026, 12, 6, 11, 0, tzinfo=UTC)
    soon = (now + timedelta(minutes=61)).astimezone()
    tomorrow = (now + timedelta(days=1)).astimezone()
    assert clock_time_nb(now + timedelta(minutes=61), now) == f"kl. {soon:%H:%M}"
    assert clock_time_nb(now + timedelta(days=1), now) == (
        f"{tomorrow.day}.{tomorrow.month}. kl. {tomorrow:%H:%M}"
    )

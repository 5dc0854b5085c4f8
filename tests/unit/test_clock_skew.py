"""A wrong clock does not reorder history or show negative ages: runs are newest in the order
they were saved, and a letter dated after the moment of the check is 0 days old, not −3."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.guides import parse_guide
from desktop_app.domain.svarut import Shipment, ShipmentStatus
from desktop_app.domain.unopened import DigitalOnlySetting, classify
from desktop_app.services.unopened_check import (
    UnopenedCheckService,
    letter_rows,
    review_letters,
)
from desktop_app.storage.database import Database
from desktop_app.storage.runs import CheckRun, RunRepository
from desktop_app.storage.workspaces import WorkspaceRepository

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def run(workspace_id: int, at: datetime) -> CheckRun:
    text = at.isoformat()
    return CheckRun(
        workspace_id=workspace_id,
        started_at=text,
        finished_at=text,
        source_name="eksport.csv",
        risk_answer="1a",
        rows_read=1,
        rows_with_errors=0,
        at_risk_count=0,
        recipients_at_risk=0,
    )


def test_a_run_saved_with_the_clock_a_year_ahead_does_not_stay_newest(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as db:
        ws = WorkspaceRepository(db).create("Testvik kommune", "971032146")
        repo = RunRepository(db)
        ahead = repo.save_run(run(ws.id, NOW + timedelta(days=365)))  # clock a year ahead
        later = repo.save_run(run(ws.id, NOW))  # clock put right, saved afterwards
        assert [r.id for r in repo.list_runs(ws.id)] == [later.id, ahead.id]
        history = UnopenedCheckService(db).history(ws.id)
        assert [r.id for r in history] == [ahead.id, later.id]  # oldest first, by saving


def test_a_letter_dated_after_the_check_is_never_a_negative_age():
    future = NOW + timedelta(days=3)  # the sender's clock was ahead, or ours is behind
    letter = Shipment(
        "11111111-1111-4111-8111-111111111111",
        future,
        ShipmentStatus.SENDT_DIGITALT,
        "",
        recipient_id="320135710",
        recipient_name="Enhet",
        confidential=True,
    )
    result = classify([letter], NOW, DigitalOnlySetting.DIGITAL_ONLY)
    assert [g.age_days for g in result.groups] == [0]
    (reviewed,) = review_letters([letter], [False], DigitalOnlySetting.DIGITAL_ONLY, NOW)
    assert reviewed.age_days == 0
    (row,) = list(letter_rows(result))
    assert row[6] == 0


def test_a_guide_checked_after_today_is_zero_days_old():
    step = parse_guide(
        tomllib.loads('key = "deleger-ks"\ntitle = "T"\nlast_checked = 2026-11-01\n'), "a.toml"
    )
    assert step.age_days(date(2026, 10, 1)) == 0


def test_an_access_review_recorded_a_year_ahead_does_not_stay_the_last(tmp_path):
    """Reviewed once with the clock a year ahead, then again with the clock put right: the
    later review counts, so the next one falls due on time, not a year late."""
    from desktop_app.domain.access import RoutineSettings
    from desktop_app.services.confidential_access import ConfidentialAccessService

    today = NOW.date()
    with Database.open(tmp_path / "db.sqlite3") as db:
        ws = WorkspaceRepository(db).create("Testvik kommune", "987654325")
        access = ConfidentialAccessService(db)
        access.save_routine(ws.id, RoutineSettings("kommunedirektør", review_months=3))
        access.record_review(ws.id, "Ingrid", day=today + timedelta(days=365))  # clock ahead
        access.record_review(ws.id, "Ingrid", day=today)  # clock put right
        state = access.routine(ws.id, today=today)
        assert state.last_review == today
        assert state.next_due == date(2027, 2, 20)
        assert access.routine(ws.id, today=date(2027, 2, 20)).due


def test_a_fortnightly_routine_is_not_held_back_by_a_last_run_a_year_ahead(tmp_path):
    """The last scheduled run was stamped by a clock a year ahead; with the clock put right
    the every-other-week check still runs instead of saying «under to uker siden»."""
    from desktop_app.services.composition import Services
    from desktop_app.services.routines import Frequency, Routine, RoutineService, Schedule

    with Database.open(tmp_path / "db.sqlite3") as db:
        services = Services(db)
        routines = RoutineService(db, services.audit, None, lambda: ["postvakt-cli"])
        routine = Routine(
            1, Schedule(Frequency.FORTNIGHTLY, weekday=0, hour=8, minute=0), str(tmp_path)
        )
        routines.ran(1, tmp_path / "rapport.csv", 0, now=NOW + timedelta(days=365))
        assert routines.due(routine, NOW)
        routines.ran(1, tmp_path / "rapport.csv", 0, now=NOW)
        assert not routines.due(routine, NOW + timedelta(days=7))  # the off week still holds


def test_a_region_check_dated_after_today_is_zero_days_old():
    from desktop_app.services.region import RegionRow, check_age_days, needs

    row = RegionRow(
        name="Testvik kommune",
        orgnr="987654325",
        source="lokal",
        last_check_at=(NOW + timedelta(days=365)).isoformat(),
    )
    assert check_age_days(row, NOW.date()) == 0
    assert not any("dager gammel" in text for _page, text in needs(row, NOW.date()))

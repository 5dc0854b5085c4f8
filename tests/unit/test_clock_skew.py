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

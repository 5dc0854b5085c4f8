"""Check runs and follow-up state: migration 2, and state that survives restarts and new runs."""

from __future__ import annotations

from datetime import date

import pytest
from support.old_store import add_workspace, store_at_version

from desktop_app.storage.database import SCHEMA_VERSION, Database
from desktop_app.storage.runs import CheckRun, FollowupStatus, RunRepository
from desktop_app.storage.workspaces import WorkspaceRepository

ORG = "320135710"


def _run(workspace_id: int, at: str = "2026-11-01T10:00:00+00:00", **kw) -> CheckRun:
    values = dict(
        workspace_id=workspace_id, started_at=at, finished_at=at, source_name="eksport.csv",
        risk_answer="1a", rows_read=40, rows_with_errors=2, at_risk_count=13,
        recipients_at_risk=10, summary={"uavklart": 1},
    )  # fmt: skip
    values.update(kw)
    return CheckRun(**values)


def test_migration_2_applies_to_a_version_1_file(tmp_path):
    path = tmp_path / "gammel.sqlite3"
    with store_at_version(path, 1) as raw:
        add_workspace(raw)

    with Database.open(path) as db:
        assert db.user_version() == SCHEMA_VERSION >= 2
        assert [w.name for w in WorkspaceRepository(db).list()] == ["Testvik kommune"]
        saved = RunRepository(db).save_run(_run(1))
        assert saved.id is not None
        assert db.integrity_check() == ["ok"]


def test_save_list_and_get_runs(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as db:
        ws = WorkspaceRepository(db).create("Testvik kommune", "971032146")
        repo = RunRepository(db)
        first = repo.save_run(_run(ws.id, "2026-11-01T10:00:00+00:00"))
        second = repo.save_run(_run(ws.id, "2026-11-02T10:00:00+00:00", risk_answer="unknown"))
        assert [r.id for r in repo.list_runs(ws.id)] == [second.id, first.id]  # newest first
        again = repo.get_run(first.id)
        assert again == first
        assert again.summary == {"uavklart": 1}
        assert repo.get_run(9999) is None
        with pytest.raises(ValueError):
            repo.save_run(_run(ws.id, risk_answer="2c"))


def test_followup_survives_reopening_and_a_second_run(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Database.open(path) as db:
        ws = WorkspaceRepository(db).create("Testvik kommune", "971032146")
        repo = RunRepository(db)
        repo.save_run(_run(ws.id))
        repo.set_followup(ws.id, ORG, "kontaktet", date(2026, 11, 3), "Ringte sentralbordet")
    with Database.open(path) as db:
        repo = RunRepository(db)
        repo.save_run(_run(ws.id, "2026-11-05T10:00:00+00:00"))
        state = repo.followups(ws.id)[ORG]
        assert state.status is FollowupStatus.CONTACTED
        assert state.status_date == date(2026, 11, 3)
        assert state.note == "Ringte sentralbordet"
        repo.set_followup(ws.id, ORG, FollowupStatus.CONFIRMED_OPENED)
        assert repo.followups(ws.id)[ORG].status.label_nb == "Bekreftet åpnet"
        assert len(repo.followups(ws.id)) == 1
        assert len(repo.list_runs(ws.id)) == 2


def test_followup_rejects_bad_input(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as db:
        ws = WorkspaceRepository(db).create("Testvik kommune", "971032146")
        repo = RunRepository(db)
        with pytest.raises(ValueError, match="oppfølgingsstatus"):
            repo.set_followup(ws.id, ORG, "glemt")
        with pytest.raises(ValueError, match="9 siffer"):
            repo.set_followup(ws.id, "12345678901", "kontaktet")  # a fødselsnummer
        assert repo.followups(ws.id) == {}


def test_deleting_the_workspace_removes_its_runs_and_followups(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as db:
        workspaces = WorkspaceRepository(db)
        ws = workspaces.create("Testvik kommune", "971032146")
        repo = RunRepository(db)
        run = repo.save_run(_run(ws.id))
        repo.set_followup(ws.id, ORG, "kontaktet")
        workspaces.delete(ws.id)
        assert repo.get_run(run.id) is None
        assert repo.followups(ws.id) == {}

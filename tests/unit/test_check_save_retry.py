"""A check whose save fails (the store busy or the disk full) is not lost: the service keeps
the sorted result and saves it on the next try, without reading the file again."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from desktop_app.domain.cancellation import TaskState
from desktop_app.services.unopened_check import CheckNotSaved, UnopenedCheckService
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.runs import RunRepository
from desktop_app.storage.workspaces import WorkspaceRepository

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
ROWS = 100_000


def big_export(rows: int) -> bytes:
    lines = ["\ufeffForsendelse-ID;Sendt;Status;Tittel;Mottaker;Orgnr;Taushetsbelagt"]
    for i in range(rows):
        status = "SENDT_DIGITALT" if i % 3 else "LEST"
        lines.append(
            f"{uuid.UUID(int=i + 1, version=4)};01.10.2026 10:00;{status};"
            f"Vedtak {i};Enhet {i % 500};{310000000 + i % 500};Ja"
        )
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


@pytest.mark.slow
def test_a_100000_row_check_survives_a_full_disk_and_is_saved_on_retry(tmp_path):
    with Database.open(tmp_path / "db.sqlite3") as db:
        ws = WorkspaceRepository(db).create("Fjordvik kommune", "310000000")
        service = UnopenedCheckService(db)
        with db.read() as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages + 50}")  # the disk fills up
        with pytest.raises(CheckNotSaved) as info:
            service.run_check(
                TaskState(), ws, big_export(ROWS), "1a", now=NOW, source_name="stor.csv"
            )
        error = info.value
        assert "Disken er full" in error.message and "ikke lagret" in error.message
        assert error.outcome.rows_read == ROWS
        # Nothing half-saved.
        assert RunRepository(db).list_runs(ws.id) == []
        assert AuditLog(db).entries(action="check.done") == []

        with db.read() as conn:
            conn.execute("PRAGMA max_page_count = 1073741823")  # room again
        saved = service.save_check(error.outcome)
        assert saved.run.id is not None
        assert RunRepository(db).letter_count(saved.run.id) == ROWS
        assert [r.id for r in RunRepository(db).list_runs(ws.id)] == [saved.run.id]
        (entry,) = AuditLog(db).entries(action="check.done")
        assert entry.details["rader_lest"] == ROWS
        assert service.save_check(saved) is saved  # a second retry saves nothing twice
        assert len(RunRepository(db).list_runs(ws.id)) == 1


def test_a_busy_store_keeps_the_check_for_a_retry(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Database.open(path, busy_timeout_ms=0) as db:
        ws = WorkspaceRepository(db).create("Fjordvik kommune", "310000000")
        service = UnopenedCheckService(db)
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(CheckNotSaved) as info:
                service.run_check(TaskState(), ws, big_export(20), "1a", now=NOW)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert "opptatt" in info.value.message
        saved = service.save_check(info.value.outcome)
        assert RunRepository(db).letter_count(saved.run.id) == 20

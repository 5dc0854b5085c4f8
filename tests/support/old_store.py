"""A store as an older Postvakt left it, for the tests of the migrations that followed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.storage.database import MIGRATIONS


@contextmanager
def store_at_version(path: Path, version: int) -> Iterator[sqlite3.Connection]:
    """``with store_at_version(path, 2) as conn:`` — a file with the schema of the first
    ``version`` migrations and that ``user_version``. What the block writes is committed and
    the file closed when it ends, ready for ``Database.open`` to migrate."""
    conn = sqlite3.connect(path)
    try:
        for statements in MIGRATIONS[:version]:
            for statement in statements:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version}")
        yield conn
        conn.commit()
    finally:
        conn.close()


def add_workspace(conn: sqlite3.Connection, name: str = "Testvik kommune") -> None:
    conn.execute(
        "INSERT INTO workspaces (name, orgnr, is_demo, created_at, updated_at) "
        "VALUES (?, '971032146', 0, 'x', 'x')",
        (name,),
    )


def add_check_run(conn: sqlite3.Connection, rows_read: int, at_risk: int, recipients: int) -> None:
    """A saved check of workspace 1, answered «1a»."""
    conn.execute(
        "INSERT INTO check_runs (workspace_id, started_at, finished_at, source_name, "
        "risk_answer, rows_read, at_risk_count, recipients_at_risk) VALUES "
        "(1, '2026-10-01T10:00:00+00:00', '2026-10-01T10:00:01+00:00', 'x.csv', '1a', ?, ?, ?)",
        (rows_read, at_risk, recipients),
    )

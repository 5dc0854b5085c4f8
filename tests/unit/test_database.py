"""The store: created from nothing, migrated once, safe settings, refuses a newer file,
and an audit log that SQLite itself keeps append-only."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import (
    SCHEMA_VERSION,
    Database,
    DatabaseTooNewError,
    StorageError,
)
from desktop_app.storage.paths import app_paths


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


def tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_creates_folders_and_schema_from_nothing(postvakt_home):
    path = app_paths().database
    assert not path.parent.exists()
    db = Database.open(path)
    try:
        assert path.exists()
        assert db.user_version() == SCHEMA_VERSION >= 1
        with db.read() as conn:
            assert {"workspaces", "org_units", "audit_log", "meta"} <= tables(conn)
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
            assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    finally:
        db.close()


def test_reopening_keeps_data_and_does_not_migrate_again(db):
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('x', 'bevart')")
    db.close()
    again = Database.open(app_paths().database)
    try:
        assert again.user_version() == SCHEMA_VERSION
        assert again.get_meta("x") == "bevart"
    finally:
        again.close()


def test_newer_database_is_refused_with_advice_to_update(db):
    path = app_paths().database
    db.close()
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseTooNewError) as info:
        Database.open(path)
    assert "nyere versjon av Postvakt" in info.value.message
    assert "Oppdater Postvakt" in info.value.message
    # Nothing was changed in the file.
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 3
    raw.close()


def test_a_file_that_is_not_a_database_gives_a_clear_message(postvakt_home):
    path = app_paths().database
    path.parent.mkdir(parents=True)
    path.write_bytes(b"dette er ikke en database" * 100)
    with pytest.raises(StorageError) as info:
        Database.open(path)
    assert "ikke en Postvakt-database" in info.value.message


def test_audit_log_rows_cannot_be_updated_or_deleted(db):
    AuditLog(db).append("check.done", {"sjekk": "første"})
    refused = sqlite3.IntegrityError
    with db.transaction() as conn, pytest.raises(refused, match="kan bare legges til"):
        conn.execute("UPDATE audit_log SET user = 'mallory'")
    with db.transaction() as conn, pytest.raises(refused, match="kan ikke slettes"):
        conn.execute("DELETE FROM audit_log")
    assert AuditLog(db).entries()[0].user != "mallory"
    assert AuditLog(db).verify() == []


def test_failed_transaction_leaves_nothing_behind(db):
    with pytest.raises(RuntimeError), db.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('halv', 'skrevet')")
        raise RuntimeError("avbrutt")
    assert db.get_meta("halv") is None


def test_nested_failure_rolls_back_only_the_inner_part(db):
    with db.transaction() as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES ('ytre', '1')")
        with pytest.raises(RuntimeError), db.transaction() as inner:
            inner.execute("INSERT INTO meta(key, value) VALUES ('indre', '1')")
            raise RuntimeError("avbrutt")
    assert db.get_meta("ytre") == "1"
    assert db.get_meta("indre") is None


def test_changes_are_visible_to_another_connection_at_once(db):
    db.set_meta("lagret", "ja")
    other = sqlite3.connect(app_paths().database)
    try:
        assert other.execute("SELECT value FROM meta WHERE key='lagret'").fetchone() == ("ja",)
    finally:
        other.close()


def test_deleting_a_workspace_removes_its_units(db):
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO workspaces(name, orgnr, created_at, updated_at) "
            "VALUES ('A', '310000000', 't', 't')"
        )
        conn.execute(
            "INSERT INTO org_units(workspace_id, orgnr, name, org_form, source) "
            "VALUES (1, '310000000', 'A', 'KOMM', 'manuell')"
        )
        conn.execute("DELETE FROM workspaces WHERE id = 1")
    with db.read() as conn:
        assert conn.execute("SELECT count(*) FROM org_units").fetchone()[0] == 0


def test_threads_share_the_store_without_losing_writes(db):
    log = AuditLog(db)

    def write(n: int) -> None:
        for i in range(15):
            log.append("check.done", {"tråd": n, "i": i})

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    entries = log.entries()
    assert [e.seq for e in entries] == list(range(1, 61))
    assert log.verify() == []


def test_closed_store_says_so(db):
    db.close()
    with pytest.raises(StorageError, match="lukket"):
        db.get_meta("x")

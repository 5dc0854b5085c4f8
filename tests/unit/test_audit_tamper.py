"""Tampering with the database file by other tools (raw SQLite, triggers dropped) is found
by AuditLog.verify(), with the entry numbers a view marks in red."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain.audit import entry_hash
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def log():
    db = Database.open(app_paths().database)
    audit = AuditLog(db)
    for i in range(1, 7):
        audit.append("check.done", {"sjekk": f"nr {i}"}, user="kari")
    yield audit
    db.close()


def tamper(*statements: tuple[str, tuple]) -> None:
    """What someone with a database tool could do: drop the guards and change rows."""
    con = sqlite3.connect(app_paths().database)
    for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
    ).fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    for sql, params in statements:
        con.execute(sql, params)
    con.commit()
    con.close()


def kinds(problems) -> list[tuple[int, str]]:
    return [(p.seq, p.kind) for p in problems]


def test_untouched_log_verifies(log):
    assert log.verify() == []


def test_updated_details_are_found(log):
    tamper(("UPDATE audit_log SET details = ? WHERE seq = 3", ('{"sjekk": "forfalsket"}',)))
    problems = log.verify()
    assert kinds(problems) == [(3, "endret")]
    assert problems[0].message == "Oppføring 3 er endret etter at den ble skrevet."


def test_updated_user_is_found(log):
    tamper(("UPDATE audit_log SET user = 'mallory' WHERE seq = 5", ()))
    assert kinds(log.verify()) == [(5, "endret")]


def test_deleted_middle_row_is_found(log):
    tamper(("DELETE FROM audit_log WHERE seq = 2", ()))
    assert kinds(log.verify()) == [(2, "slettet")]


def test_deleted_newest_rows_are_found(log):
    tamper(("DELETE FROM audit_log WHERE seq >= 5", ()))
    problems = log.verify()
    assert kinds(problems) == [(5, "mangler_på_slutten")]
    assert "5–6" in problems[0].message


def test_row_rewritten_with_a_fresh_hash_is_found(log):
    row = log.entries()[3]  # seq 4
    details = {"sjekk": "forfalsket"}
    forged = entry_hash(
        row.prev_hash,
        row.seq,
        row.at,
        row.user,
        row.workspace_id,
        row.workspace_name,
        row.action,
        details,
    )
    tamper(
        (
            "UPDATE audit_log SET details = ?, hash = ? WHERE seq = 4",
            ('{"sjekk": "forfalsket"}', forged),
        )
    )
    assert kinds(log.verify()) == [(4, "endret")]


def test_removed_head_is_reported(log):
    tamper(("DELETE FROM meta WHERE key LIKE 'audit_head%'", ()))
    problems = log.verify()
    assert [p.kind for p in problems] == ["mangler_på_slutten"]
    assert "Kontrollpunktet" in problems[0].message


def test_unreadable_details_are_shown_and_reported(log):
    tamper(("UPDATE audit_log SET details = 'ikke json' WHERE seq = 1", ()))
    entries = log.entries()
    assert entries[0].details == {"_uleselig": "ikke json"}
    assert kinds(log.verify()) == [(1, "endret")]


def test_new_entries_after_tampering_do_not_hide_it(log):
    tamper(("DELETE FROM audit_log WHERE seq = 6", ()))
    entry = log.append("check.done", {"sjekk": "etterpå"})
    assert entry.seq == 7  # the number of the deleted entry is not reused
    assert kinds(log.verify()) == [(6, "slettet")]


def test_export_marks_tampered_rows(log, tmp_path):
    tamper(("UPDATE audit_log SET details = ? WHERE seq = 2", ('{"sjekk": "forfalsket"}',)))
    target = tmp_path / "logg.csv"
    log.export_csv(target, log.entries())
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    verified = {line.split(";")[0]: line.split(";")[-1] for line in lines[1:]}
    assert verified["1"] == "Ja"
    assert verified["2"].startswith("Nei: Oppføring 2 er endret")

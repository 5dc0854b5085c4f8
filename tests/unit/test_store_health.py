"""A store that knows when it is hurt: a missing, emptied or damaged file is reported with the
last good backup, never replaced by a new empty one; backups rotate; a read-only command never
waits for a writer; busy and full say so in bokmål and lose nothing; files are owner-only."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import sys

import pytest

from desktop_app import cli
from desktop_app.storage import database as database_module
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import (
    KEEP_BACKUPS,
    Database,
    StoreBusyError,
    StoreFullError,
    StoreUnusableError,
    backup_folder,
    backups,
)
from desktop_app.storage.paths import app_paths
from desktop_app.storage.workspaces import WorkspaceRepository

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def make_store(*, with_backup: bool = True):
    """A store with one workspace and one audit entry (and, by default, a backup of it)."""
    path = app_paths().database
    with Database.open(path) as db:
        WorkspaceRepository(db).create("Fjordvik kommune", "310000000")
        AuditLog(db).append("check.done", {"sjekk": "første"})
    if with_backup:
        with Database.open(path, backup=True):
            pass
    return path


def workspace_names(path) -> list[str]:
    with Database.open(path) as db:
        return [w.name for w in WorkspaceRepository(db).list()]


# -- hurt stores ---------------------------------------------------------------------------


def test_an_emptied_store_is_reported_with_the_last_good_copy_and_left_alone(capsys):
    path = make_store()
    path.write_bytes(b"")  # emptied: 0 bytes
    with pytest.raises(StoreUnusableError) as info:
        Database.open(path)
    error = info.value
    assert error.kind == "tom" and "0 byte" in error.message
    assert error.backup is not None and str(error.backup) in error.message
    assert path.stat().st_size == 0  # not turned into a new, empty store

    # The command line says so with a non-zero exit; it never says "no workspaces yet".
    assert cli.main(["workspaces", "list"]) == 1
    out, err = capsys.readouterr()
    assert "Ingen arbeidsflater" not in out and str(error.backup) in err
    assert cli.main(["audit", "verify"]) == 1
    out, err = capsys.readouterr()
    assert "tom" not in out and str(error.backup) in err
    assert path.stat().st_size == 0

    # The copy it offers is the store as it was.
    path.unlink()
    shutil.copyfile(error.backup, path)
    assert workspace_names(path) == ["Fjordvik kommune"]


def test_a_missing_store_is_reported_when_there_was_one_before(capsys):
    path = make_store()
    path.unlink()
    with pytest.raises(StoreUnusableError) as info:
        Database.open(path)
    assert info.value.kind == "mangler" and str(path) in info.value.message
    assert info.value.backup is not None
    assert not path.exists()
    assert cli.main(["workspaces", "list"]) == 1
    assert str(info.value.backup) in capsys.readouterr().err


def test_a_first_start_still_makes_a_new_store():
    path = app_paths().database
    assert not path.exists()
    assert workspace_names(path) == []
    assert path.stat().st_size > 0
    # Only the store itself: no temporary file is left beside it.
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_damaged_store_fails_the_quick_check_and_is_reported():
    path = make_store()
    size = path.stat().st_size
    page = 4096
    assert size >= 3 * page
    with open(path, "r+b") as handle:  # scribble over the pages after the first
        handle.seek(page)
        handle.write(b"\xff\x00skadet" * ((size - page) // 8))
    with pytest.raises(StoreUnusableError) as info:
        Database.open(path)
    assert info.value.kind == "skadet"
    assert info.value.backup is not None and str(info.value.backup) in info.value.message


def test_no_backup_says_so_and_how_to_start_again():
    path = make_store(with_backup=False)
    path.write_bytes(b"")
    with pytest.raises(StoreUnusableError) as info:
        Database.open(path)
    assert info.value.backup is None
    assert "ingen god sikkerhetskopi" in info.value.message


def test_backups_rotate_and_the_newest_good_one_is_offered():
    path = make_store()
    for _ in range(KEEP_BACKUPS + 2):
        with Database.open(path, backup=True):
            pass
    kept = backups(path)
    assert len(kept) == KEEP_BACKUPS
    newest = kept[-1]
    newest.write_bytes(b"")  # a bad copy is skipped
    path.write_bytes(b"")
    with pytest.raises(StoreUnusableError) as info:
        Database.open(path)
    assert info.value.backup == kept[-2]


def test_an_older_store_is_copied_before_it_is_migrated():
    from support.old_store import add_workspace, store_at_version

    path = app_paths().database
    path.parent.mkdir(parents=True)
    with store_at_version(path, 2) as conn:
        add_workspace(conn)
    Database.open(path).close()
    (copy,) = backups(path)
    raw = sqlite3.connect(copy)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == 2
    raw.close()


# -- busy and full ---------------------------------------------------------------------------


@pytest.fixture
def writer_holding_the_lock():
    """Another program in the middle of a long write."""
    path = make_store()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO meta(key, value) VALUES ('annen', 'skriver')")
    yield path
    other.execute("ROLLBACK")
    other.close()


def test_read_only_commands_do_not_wait_for_the_write_lock(
    writer_holding_the_lock, capsys, monkeypatch
):
    # Waiting at all would fail at once: no wait is allowed.
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 0)
    assert cli.main(["workspaces", "list"]) == 0
    assert "Fjordvik kommune" in capsys.readouterr().out
    assert cli.main(["audit", "verify"]) == 0
    assert "Loggen er hel" in capsys.readouterr().out


def test_a_busy_store_says_so_in_bokmal_and_saves_nothing(writer_holding_the_lock):
    with Database.open(writer_holding_the_lock, busy_timeout_ms=0) as db:
        with pytest.raises(StoreBusyError) as info:
            AuditLog(db).append("check.done", {"sjekk": "andre"})
        assert "opptatt" in info.value.message and "prøv igjen" in info.value.message
        assert len(AuditLog(db).entries()) == 1


def test_a_full_disk_says_so_in_bokmal_and_saves_nothing():
    path = make_store()
    with Database.open(path) as db:
        with db.read() as conn:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow
        with pytest.raises(StoreFullError) as info, db.transaction() as conn:
            conn.execute("INSERT INTO meta(key, value) VALUES ('stor', ?)", ("x" * 100_000,))
        assert "Disken er full" in info.value.message
        assert db.get_meta("stor") is None
        AuditLog(db).append("check.done", {"sjekk": "liten"})  # the store goes on
        assert AuditLog(db).verify() == []


def test_busy_on_the_command_line_is_a_message_not_a_traceback(
    writer_holding_the_lock, capsys, monkeypatch
):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 0)
    code = cli.main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987654325"])
    assert code == 1
    err = capsys.readouterr().err
    assert "opptatt" in err and "Traceback" not in err


# -- owner-only files --------------------------------------------------------------------------


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_store_backups_and_folders_are_owner_only():
    old = os.umask(0o022)
    try:
        path = app_paths().database
        db = Database.open(path, backup=True)
        try:
            AuditLog(db).append("check.done", {"sjekk": "første"})
            assert mode(path) == 0o600
            assert mode(path.with_name(path.name + "-wal")) == 0o600
            assert mode(path.parent) == 0o700
            assert mode(backup_folder(path)) == 0o700
            assert all(mode(p) == 0o600 for p in backups(path))
        finally:
            db.close()
    finally:
        os.umask(old)


@posix_only
def test_an_older_store_left_readable_by_others_is_tightened():
    path = make_store(with_backup=False)
    os.chmod(path, 0o644)
    Database.open(path).close()
    assert mode(path) == 0o600


@posix_only
def test_log_file_and_folders_are_owner_only():
    import logging

    from desktop_app.logs import setup_logging

    old = os.umask(0o022)
    try:
        paths = app_paths().ensure()
        log_file = setup_logging(paths.log_dir)
        logging.getLogger("desktop_app").warning("en linje")
        assert mode(log_file) == 0o600
        assert mode(paths.log_dir) == 0o700 and mode(paths.data_dir) == 0o700
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_postvakt", False)]:
            root.removeHandler(handler)
            handler.close()
        os.umask(old)


@posix_only
def test_attachments_are_owner_only(tmp_path):
    from desktop_app.services.dpi_onboarding import DpiOnboardingService, Step

    old = os.umask(0o022)
    try:
        db = Database.open(app_paths().database)
        try:
            ws = WorkspaceRepository(db).create("Fjordvik kommune", "310000000")
            shot = tmp_path / "skjermbilde.png"
            shot.write_bytes(b"png" * 100)
            service = DpiOnboardingService(db)
            record = service.confirm(
                ws.id,
                Step.DELEGER_KS,
                {"utfort_av": "Kari", "sjekket_i_altinn": True},
                evidence_file=shot,
                user="kari",
            )
            kept = service.evidence_path(record.evidence)
            assert mode(kept) == 0o600 and mode(kept.parent) == 0o700
        finally:
            db.close()
    finally:
        os.umask(old)


def test_unopened_on_a_busy_store_says_so_and_makes_no_list(
    writer_holding_the_lock, capsys, monkeypatch, tmp_path
):
    from desktop_app.resources import demo_dir

    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 0)
    out = tmp_path / "liste.xlsx"
    code = cli.main(
        [
            "unopened",
            "--import",
            str(demo_dir() / "svarut-eksport-demo.csv"),
            "--out",
            str(out),
            "--svar",
            "1a",
            "--lagre",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "er ikke lagret" in err and "opptatt" in err and "Traceback" not in err
    assert not out.exists()

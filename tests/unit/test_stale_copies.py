"""A Postvakt stopped mid-backup (``kill -9``, a power cut) leaves a half-made copy of the
store in ``sikkerhetskopier/`` (as large as the store). The next start removes it: only
Postvakt's own temporary names, and only files older than the process that starts."""

from __future__ import annotations

import os
import sys

import pytest

from desktop_app.storage import database
from desktop_app.storage.database import BACKUP_FOLDER, Database


def _aged(path, seconds: float) -> None:
    """Give ``path`` a modification time ``seconds`` after this process began (negative:
    before it), as a file left by an earlier process, or written by a live one, has."""
    moment = database._STARTED + seconds
    os.utime(path, (moment, moment))


def test_a_half_made_backup_left_by_a_stopped_process_is_removed_at_the_next_start(tmp_path):
    store = tmp_path / "postvakt.sqlite3"
    Database.open(store).close()
    folder = tmp_path / BACKUP_FOLDER
    folder.mkdir()
    left = folder / ".kopi-k1ll3d9x.tmp"
    left.write_bytes(b"\0" * 4096)  # a copy cut off mid-write
    journal = folder / ".kopi-k1ll3d9x.tmp-journal"
    journal.write_bytes(b"\0" * 512)
    live = folder / ".kopi-l1v3w0rk.tmp"  # another Postvakt copying right now
    live.write_bytes(b"\0" * 4096)
    not_ours = [folder / "kopi-av-meg.tmp", folder / ".kopi-notat.txt", tmp_path / "rapport.ny"]
    for path in not_ours:
        path.write_bytes(b"mitt")
    for path in (left, journal, *not_ours):
        _aged(path, -3600)
    _aged(live, 5)

    with Database.open(store, backup=True):
        pass

    assert not left.exists() and not journal.exists()
    assert live.exists()
    assert all(path.read_bytes() == b"mitt" for path in not_ours)
    backups = [p.name for p in folder.iterdir() if p.name.endswith(".sqlite3")]
    assert backups == ["postvakt-000001.sqlite3"]


def test_opening_without_a_backup_removes_nothing(tmp_path):
    """A command that only reads (``audit verify``) does not touch the folder."""
    store = tmp_path / "postvakt.sqlite3"
    Database.open(store).close()
    folder = tmp_path / BACKUP_FOLDER
    folder.mkdir()
    left = folder / ".kopi-k1ll3d9x.tmp"
    left.write_bytes(b"\0" * 4096)
    _aged(left, -3600)
    with Database.open(store):
        pass
    assert left.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks")
def test_a_copy_another_postvakt_is_making_now_is_left_alone(tmp_path):
    """Two Postvakts saving at once: the one that starts later must not take the other's
    copy, begun a moment before it started, for a stale one (it would break that backup)."""
    import fcntl

    store = tmp_path / "postvakt.sqlite3"
    Database.open(store).close()
    folder = tmp_path / BACKUP_FOLDER
    folder.mkdir()
    busy = folder / ".kopi-0th3rpr0.tmp"
    busy.write_bytes(b"\0" * 4096)
    _aged(busy, -1)  # begun just before this process started
    fd = os.open(folder / ".kopi.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)  # the other Postvakt, mid-backup
        with Database.open(store, backup=True):
            pass
        assert busy.exists()
    finally:
        os.close(fd)
    with Database.open(store, backup=True):  # its backup done (or it was stopped): removed
        pass
    assert not busy.exists()

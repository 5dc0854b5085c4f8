"""A Postvakt process killed in the middle of its work loses nothing it had committed, and
leaves a sound file with a whole audit log."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.domain.organizations import Workspace
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths
from desktop_app.storage.workspaces import WorkspaceRepository

REPO_ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import sys
    from desktop_app.domain.organizations import OrgUnit
    from desktop_app.storage.audit import AuditLog
    from desktop_app.storage.database import Database
    from desktop_app.storage.workspaces import WorkspaceRepository

    db = Database.open(sys.argv[1])
    repo = WorkspaceRepository(db)
    log = AuditLog(db)
    ws = repo.create("Fjordvik kommune", "310000000")
    print("workspace", ws.id, flush=True)
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            orgnr = str(400000000 + i)
            repo.add_org_unit(ws.id, OrgUnit(orgnr, f"Enhet {i}", "BEDR", "310000000"))
            print("unit", orgnr, flush=True)
        else:
            entry = log.append("check.done", {"runde": i, "tekst": "æøå " * 20}, ws)
            print("audit", entry.seq, flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
def test_killed_writer_loses_no_committed_change(tmp_path):
    db_path = app_paths().database
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 30
        while len(lines) < 40:
            line = child.stdout.readline()
            if not line:
                pytest.fail(f"the writer stopped early: {child.stderr.read()}")
            lines.append(line.split("\n")[0])
            assert time.monotonic() < deadline, "the writer is far too slow"
        os.kill(child.pid, signal.SIGKILL)  # in the middle of a write, most likely
        rest, _ = child.communicate(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    # What the writer printed after a commit, before the kill took effect, counts as well.
    lines += [line for line in rest.splitlines() if line.strip()]

    printed_seqs = [int(line.split()[1]) for line in lines if line.startswith("audit ")]
    printed_units = {line.split()[1] for line in lines if line.startswith("unit ")}
    assert printed_seqs and printed_units

    db = Database.open(db_path)
    try:
        assert db.integrity_check() == ["ok"]
        log = AuditLog(db)
        stored = {e.seq for e in log.entries()}
        assert set(printed_seqs) <= stored
        assert log.verify() == []
        repo = WorkspaceRepository(db)
        (ws,) = repo.list()
        stored_units = {u.orgnr for u in repo.list_org_units(ws.id)}
        assert printed_units <= stored_units
        # And the store carries on where it stopped.
        entry = log.append(
            "check.done",
            {"etter": "krasj"},
            Workspace(ws.id, ws.name, ws.orgnr, False, ws.created_at),
        )
        assert entry.seq == max(stored) + 1
        assert log.verify() == []
    finally:
        db.close()

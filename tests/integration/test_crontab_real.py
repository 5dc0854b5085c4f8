"""Fast kontroll against the machine's real cron: a routine is put in the user's crontab,
read back with ``crontab -l`` and removed, and the user's crontab is left exactly as it was
(or absent, as it was).

Skipped where there is no ``crontab`` program. ``scripts/test`` installs cron on Debian when it
runs as root, so CI runs this.
"""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.services.routines import (
    CronScheduler,
    Frequency,
    RoutineService,
    Schedule,
    job_name,
)
from desktop_app.storage.database import Database

pytestmark = pytest.mark.skipif(
    shutil.which("crontab") is None,
    reason="crontab finnes ikke på maskinen (Debian: apt-get install cron)",
)

# Far from any workspace id a real store hands out, so no real routine is touched.
WORKSPACE = 987_650_001


def _crontab(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["crontab", *args], input=stdin, capture_output=True, text=True, timeout=60, check=False
    )


@pytest.fixture
def users_crontab():
    """The user's crontab before the test (None when there is none), put back exactly after it,
    whatever happens. A lock keeps two runs of this test on one machine apart."""
    with open(Path(tempfile.gettempdir()) / "postvakt-crontab-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        before = _crontab("-l")
        if before.returncode != 0 and "no crontab" not in before.stderr.casefold():
            pytest.skip(f"crontab -l kan ikke leses her: {before.stderr.strip()}")
        saved = before.stdout if before.returncode == 0 else None
        try:
            yield saved
        finally:
            if saved is None:
                _crontab("-r")
            else:
                restored = _crontab("-", stdin=saved)
                assert restored.returncode == 0, restored.stderr
            after = _crontab("-l")
            assert (after.stdout if after.returncode == 0 else None) == saved


def test_a_routine_goes_into_the_real_crontab_and_out_again(users_crontab, tmp_path):
    reports = tmp_path / "rapporter"
    reports.mkdir()
    program = (sys.executable, "-m", "desktop_app.cli")
    with Database.open(tmp_path / "postvakt.sqlite3") as db:
        service = RoutineService(db, scheduler=CronScheduler(), program=lambda: program)
        service.save(WORKSPACE, Schedule(Frequency.MONTHLY, day=28, hour=3, minute=17), reports)

        listed = _crontab("-l").stdout.splitlines()
        ours = [line for line in listed if line.endswith(f"# {job_name(WORKSPACE)}")]
        assert len(ours) == 1
        assert ours[0].startswith("17 3 28 * * ")
        assert f"rutine kjor --workspace {WORKSPACE}" in ours[0]
        # every line the user had is still there, in order, before Postvakt's
        assert [line for line in listed if line not in ours] == (users_crontab or "").splitlines()

        status = service.status(WORKSPACE)
        assert status is not None and status.installed is not None
        assert status.installed.argv == (*program, "rutine", "kjor", "--workspace", str(WORKSPACE))
        assert status.problem == ""

        service.remove(WORKSPACE)
        after = _crontab("-l")
        assert job_name(WORKSPACE) not in after.stdout
        assert service.status(WORKSPACE) is None

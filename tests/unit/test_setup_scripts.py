"""scripts/_setup.sh (behind ./scripts/start and ./scripts/test): installs once, again only
when something it depends on changed, and refreshes Debian's package lists before installing.

The scripts run against stand-ins (a fake virtual environment and fake apt-get/dpkg-query
on PATH) in a temporary copy, so nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _executable(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def checkout(tmp_path):
    """A copy of what _setup.sh reads, and a .venv whose python only logs its pip calls."""
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "_setup.sh", root / "scripts" / "_setup.sh")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    shutil.copytree(REPO / "requirements", root / "requirements")
    log = tmp_path / "pip.log"
    _executable(
        root / ".venv" / "bin" / "python",
        f"""#!/bin/sh
if [ "$1" = "-c" ]; then echo "3.11.2 (fake)"; exit 0; fi
echo "$*" >> "{log}"
""",
    )
    _executable(root / ".venv" / "bin" / "postvakt", "#!/bin/sh\n")
    return root, log


def _setup(root: Path, call: str, path: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if path is not None:
        env["PATH"] = path
    return subprocess.run(
        ["bash", "-c", f'ROOT="$1"; source "$ROOT/scripts/_setup.sh"; {call}', "_", str(root)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _pip_calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_installs_once_and_then_starts_without_installing(checkout):
    root, log = checkout
    first = _setup(root, 'install_postvakt ""')
    assert first.returncode == 0, first.stderr
    assert "Installerer Postvakt" in first.stdout
    calls = _pip_calls(log)
    assert any("--require-hashes -r" in c and c.endswith("requirements/lock.txt") for c in calls)
    assert any("--no-deps" in c and "-e" in c for c in calls)

    second = _setup(root, 'install_postvakt ""')
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""  # nothing printed, nothing installed
    assert _pip_calls(log) == calls


def test_a_changed_pyproject_installs_again(checkout):
    root, log = checkout
    assert _setup(root, 'install_postvakt ""').returncode == 0
    before = len(_pip_calls(log))
    with (root / "pyproject.toml").open("a") as f:
        f.write("\n# a new dependency\n")
    again = _setup(root, 'install_postvakt ""')
    assert "Installerer Postvakt" in again.stdout
    assert len(_pip_calls(log)) > before


def test_the_test_installation_serves_start_too(checkout):
    root, log = checkout
    assert _setup(root, "install_postvakt test").returncode == 0
    assert any(c.endswith("requirements/lock-test.txt") for c in _pip_calls(log))
    before = len(_pip_calls(log))
    assert _setup(root, 'install_postvakt ""').stdout == ""
    assert _setup(root, "install_postvakt test").stdout == ""
    assert len(_pip_calls(log)) == before


def test_debian_package_lists_are_refreshed_before_installing(tmp_path):
    """CI is a fresh Debian as root: `apt-get install` finds nothing before `apt-get update`."""
    bin_dir = tmp_path / "bin"
    calls = tmp_path / "apt.log"
    _executable(
        bin_dir / "dpkg-query",
        """#!/bin/sh
for pkg in "$@"; do case "$pkg" in -*) ;; libegl1) echo "libegl1 install ok installed" ;; esac; done
""",
    )
    _executable(bin_dir / "apt-get", f'#!/bin/sh\necho "$*" >> "{calls}"\n')
    _executable(bin_dir / "id", "#!/bin/sh\necho 0\n")  # root, as in CI
    root = tmp_path / "repo"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "_setup.sh", root / "scripts" / "_setup.sh")
    path = f"{bin_dir}:{os.environ.get('PATH', '/usr/bin:/bin')}"
    result = _setup(root, "apt_install libegl1 libxcb-cursor0 gnome-keyring", path)
    assert result.returncode == 0, result.stderr
    lines = calls.read_text().splitlines()
    assert lines[0].startswith("update")
    assert lines[1].startswith("install") and lines[1].endswith("libxcb-cursor0 gnome-keyring")
    assert "libegl1" not in lines[1]  # already installed: left alone

    calls.unlink()
    assert _setup(root, "apt_install libegl1", path).returncode == 0
    assert not calls.exists()  # nothing missing: no apt-get at all

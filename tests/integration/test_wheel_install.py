"""Postvakt installed the ordinary way, from a wheel into a fresh virtual environment, works
without the source tree: translations, demo data, guides and icons come along, and every
page renders.

The wheel is built from this checkout and installed without dependencies; the dependencies
are the ones the tests run with (a .pth file points at them), so the test is quick and what
it checks is the wheel itself. It runs from a folder outside the source tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="venv layout differs")


def _run(args, **kwargs):
    result = subprocess.run(
        args, capture_output=True, text=True, timeout=300, check=False, **kwargs
    )
    assert result.returncode == 0, f"{args[:3]} …\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh virtual environment with nothing of Postvakt but the wheel."""
    root = tmp_path_factory.mktemp("wheel")
    # A clean copy of what the wheel is made from: no build/ left over from an earlier build
    # can slip stale files in, and nothing else in the checkout can stand in for the wheel.
    source = root / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("desktop_app", "resources"):
        shutil.copytree(REPO / name, source / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    # the build backend is pinned in requirements/lock-test.txt: no download
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(root / "dist"),
            str(source),
        ]
    )
    (wheel,) = (root / "dist").glob("postvakt-*.whl")
    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / "bin" / "python"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--quiet",
            "--disable-pip-version-check",
            str(wheel),
        ]
    )
    site = Path(
        _run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]
        ).stdout.strip()
    )
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "zz_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    return venv


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(
        HOME=str(tmp_path), POSTVAKT_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen"
    )
    return env


def test_the_wheel_carries_the_resources(installed, tmp_path):
    probe = (
        "import desktop_app, desktop_app.resources as r\n"
        "print(desktop_app.__file__)\n"
        "folder = r.resources_dir()\n"
        "print(folder)\n"
        "print(sorted(p.name for p in (folder / 'translations').glob('*.qm')))\n"
        "print(len(r.load_guides('dpi_onboarding')), (folder / 'demo' / 'demo-kommune.json').is_file(),"
        " (folder / 'icons' / 'postvakt.svg').is_file())\n"
    )
    out = _run(
        [str(installed / "bin" / "python"), "-c", probe], cwd=tmp_path, env=_env(tmp_path)
    ).stdout.splitlines()
    assert out[0].startswith(str(installed)), "desktop_app came from outside the wheel"
    assert out[1].startswith(str(installed)) and out[1].endswith("desktop_app/_resources")
    assert out[2] == "['postvakt_en.qm', 'postvakt_nn.qm', 'qt_nb.qm', 'qt_nn.qm']"
    count, demo, icon = out[3].split()
    assert int(count) >= 5 and demo == icon == "True"


def test_every_page_renders_from_the_wheel(installed, tmp_path):
    shots = tmp_path / "shots"
    result = subprocess.run(
        [str(installed / "bin" / "postvakt"), "--render-views", str(shots)],
        cwd=tmp_path,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines() if line.endswith(".png")]
    names = sorted(p.name for p in shots.glob("*.png"))
    assert sorted(p.name for p in written) == names
    assert {"01-oversikt.png", "10-region.png", "11-innstillinger.png"} <= set(names)
    assert any(name.startswith("12-ny-arbeidsflate") for name in names)
    assert "Traceback" not in result.stderr
    assert "Could not load translation" not in result.stderr

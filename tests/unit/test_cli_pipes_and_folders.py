"""The command line as a shell user meets it: a reader that stops early (``… | head``)
and a data folder that cannot be written end it with a plain answer, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]


def _unwritable_home(tmp_path: Path) -> Path:
    """A home below a regular file: no one can make folders there, not even root."""
    blocker = tmp_path / "fil.txt"
    blocker.write_text("ikke en mappe", encoding="utf-8")
    return blocker / "postvakt"


def test_a_reader_that_stops_early_ends_the_command_quietly(postvakt_home):
    """Like ``postvakt-cli workspaces list | head -0``: the pipe is closed before a word is
    written, so the first write meets it for certain (no timing involved)."""
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), POSTVAKT_HOME=str(postvakt_home))
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "workspaces", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 141  # 128 + SIGPIPE, what a shell expects
    assert result.stderr == b""  # no traceback, no "Exception ignored"


def test_an_unwritable_data_folder_is_named_with_what_to_do(tmp_path, monkeypatch, capsys):
    home = _unwritable_home(tmp_path)
    monkeypatch.setenv("POSTVAKT_HOME", str(home))
    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987654325"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"Postvakt får ikke lagret noe i mappen {home / 'data'}" in err
    assert "en del av stien er en fil" in err
    assert "Sett POSTVAKT_HOME til en mappe du kan skrive i" in err


def test_a_folder_without_write_access_is_explained(tmp_path, monkeypatch, capsys):
    """Permission refused (checked by a scratch file, as root may ignore mode bits)."""
    import tempfile

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    monkeypatch.delenv("POSTVAKT_HOME")
    monkeypatch.setattr("desktop_app.cli.app_paths", lambda: _paths_under(tmp_path))
    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987654325"]) == 1
    err = capsys.readouterr().err
    assert "du har ikke lov til å skrive der" in err
    assert "be IT-avdelingen om hjelp" in err


def _paths_under(base: Path):
    from desktop_app.storage.paths import AppPaths

    return AppPaths(base / "data", base / "config", base / "logs")


def test_help_still_works_with_an_unwritable_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POSTVAKT_HOME", str(_unwritable_home(tmp_path)))
    assert main([]) == 2
    assert "postvakt-cli" in capsys.readouterr().err


def test_a_review_that_saves_nothing_runs_from_an_unwritable_folder(tmp_path, monkeypatch, capsys):
    """A reviewer with only a file, on a machine whose data folder cannot be written."""
    from desktop_app.resources import demo_dir

    monkeypatch.setenv("POSTVAKT_HOME", str(_unwritable_home(tmp_path)))
    code = main(
        ["unopened", "--import", str(demo_dir() / "svarut-eksport-demo.csv"), "--svar", "1a"]
    )
    captured = capsys.readouterr()
    assert code in (3, 4) and "Brev i faresonen" in captured.out
    assert "Traceback" not in captured.err


def test_the_exit_code_for_a_reader_that_stops_early_is_documented():
    """A script that runs ``postvakt-cli … | head`` with ``set -o pipefail`` sees 141: the
    help that lists the exit codes must say so."""
    from desktop_app.cli import build_parser

    parser = build_parser()
    unopened = parser._subparsers._group_actions[0].choices["unopened"]
    for text in (parser.format_help(), unopened.format_help()):
        flat = " ".join(text.split())
        assert "141 = den som leste utdataene, sluttet før slutten" in flat

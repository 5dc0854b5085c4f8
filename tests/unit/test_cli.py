"""postvakt-cli: what a user running it from a terminal or a scheduled job sees."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.cli import main
from desktop_app.storage.paths import app_paths

REPO_ROOT = Path(__file__).resolve().parents[2]
VALID = "987654325"


def test_help_is_in_bokmal(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "bruk: postvakt-cli" in out
    assert "arbeidsflater" in out and "loggen" in out
    assert "vis denne hjelpen og avslutt" in out
    assert "usage:" not in out and "show this help" not in out


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Postvakt {__version__}"


def test_list_on_a_fresh_install_says_there_are_none_and_makes_no_demo(capsys):
    assert main(["workspaces", "list"]) == 0
    out = capsys.readouterr().out
    assert "Ingen arbeidsflater ennå" in out
    assert main(["workspaces", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    con = sqlite3.connect(app_paths().database)
    try:
        assert con.execute("SELECT count(*) FROM workspaces").fetchone()[0] == 0
    finally:
        con.close()


def test_create_then_list(capsys):
    args = ["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987 654 325"]
    assert main(args) == 0
    assert "opprettet" in capsys.readouterr().out
    assert main(["workspaces", "list"]) == 0
    out = capsys.readouterr().out
    assert "Testvik kommune" in out and "987 654 325" in out
    assert main(["workspaces", "list", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["name"] == "Testvik kommune" and item["orgnr"] == VALID
    assert item["is_demo"] is False


@pytest.mark.parametrize(
    "args,words",
    [
        (["--navn", "Testvik", "--orgnr", "971032147"], "Kontrollsifferet"),
        (["--navn", " ", "--orgnr", VALID], "Skriv inn et navn"),
    ],
)
def test_bad_input_goes_to_stderr_with_exit_2(capsys, args, words):
    assert main(["workspaces", "create", *args]) == 2
    captured = capsys.readouterr()
    assert words in captured.err
    assert captured.out == ""


def test_duplicate_is_refused(capsys):
    assert main(["workspaces", "create", "--navn", "Testvik", "--orgnr", VALID]) == 0
    assert main(["workspaces", "create", "--navn", "Igjen", "--orgnr", VALID]) == 2
    assert "finnes allerede" in capsys.readouterr().err


def test_missing_argument_exits_2_in_bokmal(capsys):
    with pytest.raises(SystemExit) as info:
        main(["workspaces", "create", "--navn", "Testvik"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "dette må være med: --orgnr" in err


def test_command_group_without_action_explains(capsys):
    assert main(["audit"]) == 2
    assert "postvakt-cli audit --help" in capsys.readouterr().err


def test_audit_verify_and_tampering(capsys):
    main(["workspaces", "create", "--navn", "Testvik", "--orgnr", VALID])
    capsys.readouterr()
    assert main(["audit", "verify"]) == 0
    assert "Loggen er hel" in capsys.readouterr().out
    con = sqlite3.connect(app_paths().database)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET user = 'mallory' WHERE seq = 1")
    con.commit()
    con.close()
    assert main(["audit", "verify"]) == 1
    err = capsys.readouterr().err
    assert "Oppføring 1 er endret" in err


def test_audit_export(capsys, tmp_path):
    main(["workspaces", "create", "--navn", "Testvik", "--orgnr", VALID])
    target = tmp_path / "logg.csv"
    assert main(["audit", "export", str(target)]) == 0
    assert "1 oppføring er lagret" in capsys.readouterr().out
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][rows[0].index("Handlingskode")] == "workspace.created"
    # The export itself is logged.
    assert main(["audit", "verify"]) == 0
    assert "alle 2 oppføringene" in capsys.readouterr().out


def test_newer_database_gives_advice_not_a_traceback(capsys):
    path = app_paths().database
    path.parent.mkdir(parents=True)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    assert main(["workspaces", "list"]) == 1
    assert "Oppdater Postvakt" in capsys.readouterr().err


def test_runs_as_a_module_without_qt():
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    probe = (
        "import runpy, sys; sys.argv = ['postvakt-cli', '--help'];\n"
        "try:\n    runpy.run_module('desktop_app.cli', run_name='__main__')\n"
        "except SystemExit as e:\n    code = e.code\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n"
        "sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert result.returncode == 0
    assert "bruk: postvakt-cli" in result.stdout
    probed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=30
    )
    assert probed.returncode == 0 and probed.stdout.strip().endswith("NOQT")

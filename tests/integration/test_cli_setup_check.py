"""postvakt-cli sjekk-oppsett: one line per check, the exit code a script can act on."""

from __future__ import annotations

import dataclasses

import keyring
import pytest
from support.keyrings import MemoryKeyring

from desktop_app.cli import main
from desktop_app.domain.environments import Environment
from desktop_app.integrations import environments
from desktop_app.integrations.maskinporten import forget_tokens
from desktop_app.sandbox.server import build_sandbox
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture(autouse=True)
def empty_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
    forget_tokens()


@pytest.fixture
def workspace(capsys):
    assert main(["workspaces", "create", "--navn", "Fjordvik kommune", "--orgnr", "310000000"]) == 0
    capsys.readouterr()


def test_practice_with_sign_in_is_all_ok_exit_0_and_logged(workspace, capsys):
    assert main(["sjekk-oppsett", "--miljo", "oving", "--logg-inn"]) == 0
    out = capsys.readouterr().out
    assert "Sjekk av oppsettet i Øving (lokal sandkasse), Fjordvik kommune" in out
    assert "  OK            SvarUt godtar kontoen og integrasjonen" in out
    assert "FEIL" not in out and "IKKE SJEKKET" not in out
    assert "Resultat: 15 ok, 0 feil, 0 ikke sjekket." in out
    with Database.open(app_paths().database) as db:
        entry = AuditLog(db).entries()[-1]
    assert entry.action == "setup_check.run" and entry.workspace_name == "Fjordvik kommune"
    assert entry.user == "Ingrid Fjell Berg"  # the signed-in person, not the OS account


def test_a_failure_gives_exit_1_with_what_is_wrong_and_whom_to_ask(workspace, capsys):
    code = main(
        [
            "sjekk-oppsett",
            "--miljo",
            "oving",
            "--logg-inn",
            "--ovingsfeil",
            "maskinporten_key_refused",
        ]
    )
    assert code == 1
    out = capsys.readouterr().out
    assert "  FEIL          Maskinporten godtar kommunens nøkkel" in out
    assert "Spør: Digdir: Samarbeidsportalen" in out
    assert "  IKKE SJEKKET  SvarUt godtar kontoen og integrasjonen" in out


def test_not_signed_in_is_not_all_ok(workspace, capsys):
    assert main(["sjekk-oppsett", "--miljo", "oving"]) == 1
    out = capsys.readouterr().out
    assert "IKKE SJEKKET  Innloggingen gir tilgang til Altinn" in out
    assert "--logg-inn" in out


def test_json_lists_every_check(workspace, capsys):
    import json

    assert (
        main(
            [
                "sjekk-oppsett",
                "--miljo",
                "oving",
                "--json",
                "--ovingsfeil",
                "svarut_credentials_refused",
            ]
        )
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    svarut = next(c for c in data["sjekker"] if c["nøkkel"] == "svarut")
    assert svarut["status"] == "feil" and svarut["spør"].startswith("KS")
    assert data["orgnr"] == "310000000" and data["miljø"] == "oving"


@pytest.mark.parametrize(
    "args",
    [
        ["--miljo", "oving", "--ovingsfeil", "finnes_ikke"],
        ["--miljo", "test", "--ovingsfeil", "profile_down"],
        ["--orgnr", "123"],
    ],
)
def test_wrong_input_is_exit_2_and_says_why(args, capsys):
    assert main(["sjekk-oppsett", *args]) == 2
    assert capsys.readouterr().err.strip()


def test_unknown_environment_is_exit_2(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["sjekk-oppsett", "--miljo", "staging"])
    assert raised.value.code == 2
    assert "ukjent valg" in capsys.readouterr().err


def test_test_environment_without_set_up_says_what_is_missing(workspace, capsys, monkeypatch):
    with build_sandbox() as sandbox:
        shaped = dataclasses.replace(
            environments.sandbox_urls(sandbox.base_url), environment=Environment.TEST
        )
        monkeypatch.setattr(environments, "TEST", shaped)
        assert main(["sjekk-oppsett", "--miljo", "test"]) == 1
    out = capsys.readouterr().out
    assert "Sjekk av oppsettet i Test (TT02)" in out
    assert "  OK            ID-porten svarer" in out
    assert "ID-porten klient-ID er ikke lagt inn" in out
    assert "Maskinporten klient-ID" in out


def test_help_explains_the_exit_codes_in_bokmal(capsys):
    with pytest.raises(SystemExit):
        main(["sjekk-oppsett", "--help"])
    out = capsys.readouterr().out
    assert "0 = alt er i orden, 1 = noe feilet eller kunne ikke sjekkes" in " ".join(out.split())
    assert "2 = feil i det du skrev" in " ".join(out.split())

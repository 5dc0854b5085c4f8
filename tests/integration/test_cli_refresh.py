"""postvakt-cli unopened --refresh: fresh statuses before the check, the file's on trouble."""

from __future__ import annotations

import dataclasses

import keyring
import pytest
from support.keyrings import MemoryKeyring

from desktop_app.cli import main
from desktop_app.domain.environments import Environment
from desktop_app.integrations import environments
from desktop_app.resources import demo_dir
from desktop_app.settings import Settings
from desktop_app.storage.paths import app_paths

DEMO_CSV = demo_dir() / "svarut-eksport-demo.csv"


@pytest.fixture
def workspace(capsys):
    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987654325"]) == 0
    capsys.readouterr()


@pytest.fixture
def empty_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def _run(tmp_path, *extra):
    return main(["unopened", "--import", str(DEMO_CSV), "--out", str(tmp_path / "x.xlsx"), *extra])


def test_refresh_in_practice_changes_the_result(workspace, tmp_path, capsys):
    assert _run(tmp_path) == 3
    before = capsys.readouterr().out
    assert "Brev i faresonen: 13" in before
    assert _run(tmp_path, "--refresh") == 3
    captured = capsys.readouterr()
    assert "øvingssandkassen" in captured.err
    assert (
        "Status hentet fra SvarUt for 40 av 40 forsendelser; 3 hadde fått ny status" in captured.out
    )
    assert "Brev i faresonen: 11" in captured.out  # three letters were read since the export


def test_refresh_without_setup_stops_with_exit_2(workspace, tmp_path, capsys, empty_keyring):
    settings = Settings.load(app_paths().settings_file)
    settings.set("environment", Environment.TEST.value)
    settings.save()
    assert _run(tmp_path, "--refresh") == 2
    err = capsys.readouterr().err
    assert "Maskinporten klient-ID" in err and "uten --refresh" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_network_trouble_keeps_the_files_statuses(
    workspace, tmp_path, capsys, empty_keyring, monkeypatch
):
    from cryptography.hazmat.primitives.asymmetric import rsa
    from support.svarut_values import private_pem

    from desktop_app.storage.secrets import SecretName, SecretStore

    store = SecretStore(environment=Environment.TEST)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    store.set(SecretName.MASKINPORTEN_NOKKEL, private_pem(key))
    store.set(SecretName.SVARUT_INTEGRASJON_ID, "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee")
    store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, "FAKE-PASSORD-123")
    settings = Settings.load(app_paths().settings_file)
    for k, v in (
        ("environment", "test"),
        ("maskinporten_client_id", "klient"),
        ("maskinporten_kid", "kid"),
        ("svarut_konto_id", "11111111-2222-4333-8444-555555555555"),
    ):
        settings.set(k, v)
    settings.save()
    # Test pointed at a closed port: nobody answers.
    dead = dataclasses.replace(
        environments.sandbox_urls("http://127.0.0.1:9"), environment=Environment.TEST
    )
    monkeypatch.setattr(environments, "TEST", dead)
    assert _run(tmp_path, "--refresh") == 3  # the same result as without --refresh
    out = capsys.readouterr().out
    assert "40 forsendelser fikk ikke ny status fra SvarUt og beholder statusen fra filen" in out
    assert "Fikk ikke kontakt med" in out
    assert "Brev i faresonen: 13" in out

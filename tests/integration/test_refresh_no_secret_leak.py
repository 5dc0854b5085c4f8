"""A full sign-in and a full status refresh with recognisable fake secrets leave none of
them behind.

The secrets go through the real path: keyring (in memory) → settings → an ID-porten sign-in
in the Test environment (pointed at the sandbox; the browser played by a thread) with the
Altinn token exchange and Altinn calls through the adapters the wizards use → ``postvakt-cli
unopened --refresh`` → Maskinporten token → SvarUt status, then the event log and a refused
call, then sign-out. Afterwards the log folder (at DEBUG level), the workspace database, the
settings, the export and everything printed are searched for each secret and token.
"""

from __future__ import annotations

import dataclasses
import logging
import threading

import pytest
from support.svarut_values import CLIENT_ID, INTEGRASJON_ID, KID, PASSORD, private_pem

from desktop_app.cli import main
from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.environments import Environment
from desktop_app.integrations import environments
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import ServiceError
from desktop_app.integrations.idporten import follow_practice_redirect
from desktop_app.logs import setup_logging
from desktop_app.resources import demo_dir
from desktop_app.sandbox import maskinporten as sandbox_mp
from desktop_app.sandbox import svarut as sandbox_svarut
from desktop_app.sandbox.idporten import state_for
from desktop_app.services.altinn_adapters import AltinnAdapters
from desktop_app.services.session import Session
from desktop_app.services.status_refresh import fetch_events, load_setup
from desktop_app.settings import Settings
from desktop_app.storage.paths import app_paths
from desktop_app.storage.secrets import SecretName, SecretStore

IDPORTEN_CLIENT_ID = "IDPORTEN-KLIENT-SOM-IKKE-SKAL-LEKKE-0815"


@pytest.fixture
def memory_keyring():
    import keyring
    from support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


def test_no_secret_in_logs_database_or_output(
    sandbox, rsa_key, memory_keyring, monkeypatch, tmp_path, capfd
):
    paths = app_paths().ensure()
    setup_logging(paths.log_dir, level=logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        pem = private_pem(rsa_key)
        store = SecretStore(environment=Environment.TEST)
        store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
        store.set(SecretName.SVARUT_INTEGRASJON_ID, INTEGRASJON_ID)
        store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, PASSORD)
        # Refresh tokens on (POSTVAKT_OVING_REFRESH_TOKEN), so one is there to leak.
        monkeypatch.setattr(state_for(sandbox), "issue_refresh_tokens", True)
        sandbox_svarut.state(sandbox).add_integration(
            INTEGRASJON_ID, PASSORD, {sandbox_svarut.PRACTICE_KONTO_ID}
        )
        settings = Settings.load(paths.settings_file)
        for key, value in (
            ("environment", Environment.TEST.value),
            ("maskinporten_client_id", CLIENT_ID),
            ("maskinporten_kid", KID),
            ("svarut_konto_id", sandbox_svarut.PRACTICE_KONTO_ID),
        ):
            settings.set(key, value)
        settings.save()
        # "Test" pointed at the sandbox: the real code path, no real service.
        test_urls = dataclasses.replace(
            sandbox_urls(sandbox.base_url), environment=Environment.TEST
        )
        monkeypatch.setattr(environments, "TEST", test_urls)

        # Sign in as in Test (the system browser played by a thread), then Altinn calls.
        store.set(SecretName.IDPORTEN_CLIENT_ID, IDPORTEN_CLIENT_ID)
        session = Session(store, settings, lambda: test_urls)
        pending = session.prepare_sign_in()
        assert not pending.practice
        browser = threading.Thread(target=follow_practice_redirect, args=(pending.url,))
        browser.start()
        session.complete_sign_in(TaskState(), pending)
        browser.join(5)
        signed_in = session._tokens
        altinn_token = session.altinn_token()
        adapters = AltinnAdapters(session, test_urls)
        assert adapters.access.holders("310000000")
        assert adapters.notifications.list_addresses("310000000")
        with pytest.raises(ServiceError):  # no maskinportensuppliers scope outside Øving
            adapters.delegation.check("310000000")
        adapters.close()

        assert (
            main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", "987654325"]) == 0
        )
        out_file = tmp_path / "liste.xlsx"
        code = main(
            [
                "unopened",
                "--import",
                str(demo_dir() / "svarut-eksport-demo.csv"),
                "--refresh",
                "--out",
                str(out_file),
            ]
        )
        assert code == 3
        setup = load_setup(settings, store, test_urls)
        assert not setup.practice
        demo_id = sandbox_svarut.demo_shipments()[0].id
        assert fetch_events(TaskState(), setup, demo_id)
        wrong = dataclasses.replace(
            setup, svarut=dataclasses.replace(setup.svarut, integrasjon_passord=PASSORD + "-feil")
        )
        with pytest.raises(Exception, match="IntegrasjonPassord"):
            fetch_events(TaskState(), wrong, demo_id)
        session.sign_out()
        session.close()
        logging.getLogger("test").warning("ferdig")
    finally:
        root.setLevel(old_level)
        for handler in root.handlers:
            handler.flush()

    captured = capfd.readouterr()
    assert "Status hentet fra SvarUt for 40 av 40" in captured.out
    tokens = list(sandbox_mp.state(sandbox).tokens)
    assert tokens, "the refresh must have fetched a token"
    secrets = [
        PASSORD,
        INTEGRASJON_ID,
        *tokens,
        IDPORTEN_CLIENT_ID,
        altinn_token,
        signed_in.access_token,
        signed_in.id_token,
        signed_in.refresh_token,
        pending.request.state,
        pending.request.code_verifier,
        pending.request.nonce,
    ]
    assert all(secrets), "every secret must have had a value"
    secrets += [line for line in pem.splitlines() if line and not line.startswith("-----")]
    places = {"stdout": captured.out, "stderr": captured.err}
    for folder in (paths.log_dir, paths.database.parent, paths.settings_file.parent):
        for file in folder.rglob("*"):
            if file.is_file() and "secret" not in file.parts[-2].lower():
                places[str(file)] = file.read_bytes().decode("utf-8", "replace")
    places["export"] = out_file.read_bytes().decode("latin-1")
    log_text = "".join(v for k, v in places.items() if "log" in k.lower())
    assert "ferdig" in log_text and "Statusoppdatering" in log_text  # the log was written
    assert "Pålogget" in log_text and "connections" in log_text  # sign-in and Altinn too
    for where, text in places.items():
        for secret in secrets:
            assert secret not in text, f"a secret ({secret[:6]}…) is in {where}"

"""SvarUt and Maskinporten secrets belong to one environment: a production password is never
sent to a test host. Secrets stored by older versions (one shared entry) are used only after
the user has said which environment they belong to."""

from __future__ import annotations

import keyring
import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring
from support.svarut_values import private_pem

from desktop_app.domain.environments import Environment
from desktop_app.integrations.environments import PRODUCTION, TEST
from desktop_app.services.status_refresh import MissingSetup, load_setup
from desktop_app.settings import Settings
from desktop_app.storage.paths import app_paths
from desktop_app.storage.secrets import SecretName, SecretStore

PROD_PASSORD = "Produksjon-Passord-4711"
TEST_PASSORD = "Test-Passord-0815"
KONTO = "d6b23522-ddf3-462a-8140-16e59e1f476d"


@pytest.fixture
def backend():
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def pem() -> str:
    return private_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048))


def settings(tmp_path) -> Settings:
    s = Settings(tmp_path / "s.json")
    for k, v in {
        "maskinporten_client_id": "klient",
        "maskinporten_kid": "k1",
        "svarut_konto_id": KONTO,
    }.items():
        s.set(k, v)
    return s


def store_all(store: SecretStore, pem: str, passord: str) -> None:
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    store.set(SecretName.SVARUT_INTEGRASJON_ID, "integrasjon-1")
    store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, passord)


def plant_old_entries(backend: MemoryKeyring, pem: str, passord: str) -> None:
    """What a version with one shared set of secrets left behind."""
    backend.set_password("Postvakt", "svarut_integrasjon_id", "integrasjon-1")
    backend.set_password("Postvakt", "svarut_integrasjon_passord", passord)
    file_key = Fernet.generate_key()
    folder = app_paths().secrets_dir
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "Postvakt-maskinporten_nokkel.kryptert").write_bytes(
        Fernet(file_key).encrypt(pem.encode())
    )
    backend.set_password("Postvakt", "maskinporten_nokkel.filnokkel", file_key.decode())


def test_the_production_password_is_not_used_in_test(tmp_path, backend, pem):
    store_all(SecretStore().for_environment(Environment.PRODUKSJON), pem, PROD_PASSORD)
    with pytest.raises(MissingSetup) as missing:
        load_setup(settings(tmp_path), SecretStore(), TEST)
    assert SecretName.SVARUT_INTEGRASJON_PASSORD.label in missing.value.missing
    setup = load_setup(settings(tmp_path), SecretStore(), PRODUCTION)
    assert setup.svarut.integrasjon_passord == PROD_PASSORD


def test_each_environment_keeps_its_own_password(tmp_path, backend, pem):
    store_all(SecretStore().for_environment(Environment.PRODUKSJON), pem, PROD_PASSORD)
    store_all(SecretStore().for_environment(Environment.TEST), pem, TEST_PASSORD)
    assert (
        load_setup(settings(tmp_path), SecretStore(), TEST).svarut.integrasjon_passord
        == TEST_PASSORD
    )
    assert (
        load_setup(settings(tmp_path), SecretStore(), PRODUCTION).svarut.integrasjon_passord
        == PROD_PASSORD
    )
    SecretStore().for_environment(Environment.TEST).delete(SecretName.SVARUT_INTEGRASJON_PASSORD)
    assert (
        load_setup(settings(tmp_path), SecretStore(), PRODUCTION).svarut.integrasjon_passord
        == PROD_PASSORD
    )


def test_old_shared_secrets_are_used_nowhere_until_the_user_assigns_them(
    tmp_path, backend, pem, postvakt_home
):
    plant_old_entries(backend, pem, PROD_PASSORD)
    for urls in (TEST, PRODUCTION):
        with pytest.raises(MissingSetup) as missing:
            load_setup(settings(tmp_path), SecretStore(), urls)
        assert "eldre versjon" in missing.value.message_nb  # says where to sort it out
    assert set(SecretStore().legacy_names()) == {
        SecretName.SVARUT_INTEGRASJON_ID,
        SecretName.SVARUT_INTEGRASJON_PASSORD,
        SecretName.MASKINPORTEN_NOKKEL,
    }

    moved = SecretStore().adopt_legacy(Environment.PRODUKSJON)

    assert len(moved) == 3
    setup = load_setup(settings(tmp_path), SecretStore(), PRODUCTION)
    assert setup.svarut.integrasjon_passord == PROD_PASSORD
    assert setup.maskinporten.private_key_pem == pem
    with pytest.raises(MissingSetup):
        load_setup(settings(tmp_path), SecretStore(), TEST)
    # Asked once: the old entries and the old key file are gone.
    assert SecretStore().legacy_names() == []
    assert ("Postvakt", "svarut_integrasjon_passord") not in backend.store
    assert not (app_paths().secrets_dir / "Postvakt-maskinporten_nokkel.kryptert").exists()


def test_assigning_old_secrets_keeps_what_was_stored_for_that_environment(
    backend, pem, postvakt_home
):
    plant_old_entries(backend, pem, PROD_PASSORD)
    test_store = SecretStore().for_environment(Environment.TEST)
    test_store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, TEST_PASSORD)
    moved = SecretStore().adopt_legacy(Environment.TEST)
    assert SecretName.SVARUT_INTEGRASJON_PASSORD not in moved
    assert test_store.get(SecretName.SVARUT_INTEGRASJON_PASSORD) == TEST_PASSORD


def test_old_secrets_can_be_discarded(backend, pem, postvakt_home):
    plant_old_entries(backend, pem, PROD_PASSORD)
    SecretStore().discard_legacy()
    assert SecretStore().legacy_names() == []
    assert PROD_PASSORD not in backend.store.values()
    for env in (Environment.TEST, Environment.PRODUKSJON):
        assert not SecretStore().for_environment(env).has(SecretName.SVARUT_INTEGRASJON_PASSORD)


def test_an_unbound_store_refuses_environment_secrets(backend):
    with pytest.raises(ValueError):
        SecretStore().get(SecretName.SVARUT_INTEGRASJON_PASSORD)
    # ID-porten's entries stay shared (the refresh token carries its environment inside).
    SecretStore().set(SecretName.IDPORTEN_CLIENT_ID, "klient")
    assert (
        SecretStore().for_environment(Environment.TEST).get(SecretName.IDPORTEN_CLIENT_ID)
        == "klient"
    )

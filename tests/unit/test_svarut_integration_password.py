"""An integration password with æ, ø, å (or an invisible character) cannot go in an HTTP
header: Postvakt says so in plain bokmål instead of failing with a traceback."""

from __future__ import annotations

import httpx
import keyring
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring
from support.svarut_values import private_pem

from desktop_app.domain.environments import Environment
from desktop_app.domain.svarut import integration_header_problem
from desktop_app.integrations.environments import TEST
from desktop_app.integrations.http import ServiceError, make_client
from desktop_app.integrations.svarut import SvarUtClient, SvarUtCredentials
from desktop_app.services.status_refresh import MissingSetup, load_setup
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretName, SecretStore, SecretStoreError

KONTO = "d6b23522-ddf3-462a-8140-16e59e1f476d"
ID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"
BAD = "Sommer-i-Tromsø-2026"


class Tokens:
    def token(self, **_kw) -> str:
        return "token-123"

    def invalidate(self, _token=None) -> None:
        pass


@pytest.fixture
def backend():
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    "value", [BAD, "passord\u00a0", "«passord»", "pass\nord", " passord", "passord "]
)
def test_values_svarut_cannot_receive_are_explained_without_quoting_them(value):
    problem = integration_header_problem(value, "IntegrasjonPassord")
    assert problem is not None and "IntegrasjonPassord" in problem
    assert "Innstillinger" in problem
    assert value.strip() not in problem


def test_ordinary_passwords_pass():
    assert integration_header_problem("Abc-123_!#%&/()=?`^*~.,;:<>|{}[]$@ x", "P") is None


def test_the_client_explains_instead_of_raising_a_unicode_error():
    sent = []
    transport = httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200))
    with (
        make_client(transport=transport, min_interval=0) as http,
        pytest.raises(ServiceError) as error,
    ):
        client = SvarUtClient(http, TEST, SvarUtCredentials(KONTO, ID, BAD), Tokens())
        client.statuses([KONTO])
    assert "æ, ø, å" in error.value.message_nb
    assert BAD not in error.value.message_nb
    assert sent == []


def test_storing_such_a_password_is_refused_and_nothing_is_stored(backend):
    store = SecretStore(environment=Environment.TEST)
    with pytest.raises(SecretStoreError) as error:
        store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, BAD)
    assert "æ, ø, å" in error.value.message_nb and BAD not in error.value.message_nb
    assert backend.store == {}


def test_a_stored_password_from_before_is_explained_at_set_up(tmp_path, backend):
    store = SecretStore(environment=Environment.TEST)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    store.set(SecretName.MASKINPORTEN_NOKKEL, private_pem(key))
    store.set(SecretName.SVARUT_INTEGRASJON_ID, ID)
    backend.set_password("Postvakt", "svarut_integrasjon_passord@test", BAD)  # stored earlier
    settings = Settings(tmp_path / "s.json")
    for k, v in {
        "maskinporten_client_id": "klient",
        "maskinporten_kid": "k1",
        "svarut_konto_id": KONTO,
    }.items():
        settings.set(k, v)
    with pytest.raises(MissingSetup) as error:
        load_setup(settings, store, TEST)
    assert "IntegrasjonPassord" in error.value.message_nb
    assert "æ, ø, å" in error.value.message_nb and BAD not in error.value.message_nb

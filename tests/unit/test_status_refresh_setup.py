"""Which SvarUt/Maskinporten set-up the refresh uses, and what it says is missing."""

from __future__ import annotations

import keyring
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from support.keyrings import MemoryKeyring
from support.svarut_values import private_pem

from desktop_app.cli import practice
from desktop_app.domain.environments import Environment
from desktop_app.integrations.environments import PRODUCTION, TEST, sandbox_urls
from desktop_app.services.practice import PracticeUnavailable
from desktop_app.services.status_refresh import MissingSetup, load_setup, setup_or_missing
from desktop_app.settings import Settings
from desktop_app.storage.secrets import SecretName, SecretStore

KONTO = "d6b23522-ddf3-462a-8140-16e59e1f476d"


@pytest.fixture
def store():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield SecretStore(environment=Environment.TEST)
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def test_practice_needs_nothing(tmp_path):
    setup = load_setup(
        Settings(tmp_path / "s.json"), None, sandbox_urls("http://127.0.0.1:1"), practice()
    )
    assert setup.practice and setup.maskinporten.kid and setup.svarut.konto_id


def test_practice_without_a_sandbox_says_so(tmp_path):
    """Øving is chosen where the program is put together: a service given none says so."""
    with pytest.raises(PracticeUnavailable, match="Øving er ikke tilgjengelig"):
        load_setup(Settings(tmp_path / "s.json"), None, sandbox_urls("http://127.0.0.1:1"))


def test_everything_missing_is_listed(tmp_path, store):
    answer = setup_or_missing(Settings(tmp_path / "s.json"), store, PRODUCTION)
    assert isinstance(answer, MissingSetup)
    assert answer.missing == [
        "Maskinporten klient-ID",
        "Maskinporten nøkkel-ID (kid) eller virksomhetssertifikat",
        "SvarUt konto-ID",
        SecretName.MASKINPORTEN_NOKKEL.label,
        SecretName.SVARUT_INTEGRASJON_ID.label,
        SecretName.SVARUT_INTEGRASJON_PASSORD.label,
    ]
    assert "Innstillinger" in answer.message_nb


def _complete(tmp_path, store, key, **values) -> Settings:
    settings = Settings(tmp_path / "s.json")
    for k, v in {"maskinporten_client_id": "klient", "svarut_konto_id": KONTO, **values}.items():
        settings.set(k, v)
    store.set(SecretName.MASKINPORTEN_NOKKEL, private_pem(key))
    store.set(SecretName.SVARUT_INTEGRASJON_ID, "integrasjon-1")
    store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, "passord-123")
    return settings


def test_complete_setup_with_kid(tmp_path, store, key):
    setup = load_setup(_complete(tmp_path, store, key, maskinporten_kid="k1"), store, TEST)
    assert not setup.practice and setup.urls is TEST
    assert setup.maskinporten.kid == "k1" and setup.maskinporten.scope == "ks:fiks"
    assert setup.svarut.integrasjon_passord == "passord-123"
    assert "passord-123" not in repr(setup) and "PRIVATE" not in repr(setup)


def test_business_certificate_instead_of_kid(tmp_path, store, key):
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testvik kommune")])
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "virksomhet.pem"
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    setup = load_setup(
        _complete(tmp_path, store, key, maskinporten_sertifikat=str(path)), store, TEST
    )
    assert setup.maskinporten.certificate_pem.startswith("-----BEGIN CERTIFICATE")
    missing = tmp_path / "borte.pem"
    with pytest.raises(MissingSetup, match=r"borte\.pem"):
        load_setup(
            _complete(tmp_path, store, key, maskinporten_sertifikat=str(missing)), store, TEST
        )

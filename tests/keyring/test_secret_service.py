"""Secrets against a real Secret Service (gnome-keyring in a private D-Bus session).

Runs only with ``POSTVAKT_SECRET_SERVICE=1`` (set by scripts/_with_keyring.sh). With it
set, a missing or broken Secret Service is a failure, not a skip.
"""

from __future__ import annotations

import os
import uuid

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop_app.domain.environments import Environment
from desktop_app.storage.paths import app_paths
from desktop_app.storage.secrets import (
    FILE_KEY_SUFFIX,
    SecretName,
    SecretStore,
    keyring_status,
)

pytestmark = [
    pytest.mark.keyring,
    pytest.mark.skipif(
        os.environ.get("POSTVAKT_SECRET_SERVICE") != "1",
        reason="needs POSTVAKT_SECRET_SERVICE=1 inside dbus-run-session with an unlocked "
        "gnome-keyring-daemon (scripts/test sets this up)",
    ),
]

SMALL = [name for name in SecretName if not name.large]


@pytest.fixture
def secret_service():
    """The Secret Service itself, to look behind Postvakt's back."""
    from keyring.backends import SecretService

    return SecretService.Keyring()


@pytest.fixture
def store():
    """A store under a keyring service name of its own; everything removed afterwards."""
    status = keyring_status()
    assert status.usable, status.message
    assert "SecretService" in status.backend_name, status.backend_name
    secret_store = SecretStore(
        service=f"Postvakt-test-{uuid.uuid4()}", environment=Environment.TEST
    )
    yield secret_store
    for name in SecretName:
        secret_store.delete(name)


@pytest.fixture(scope="module")
def pem() -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def entry(name: SecretName) -> str:
    """The keyring entry name: per-environment secrets carry the environment."""
    return f"{name.value}@test" if name.per_environment else name.value


def all_file_bytes(root) -> bytes:
    out = b""
    for folder, _dirs, files in os.walk(root):
        for file in files:
            with open(os.path.join(folder, file), "rb") as handle:
                out += handle.read()
    return out


def test_secret_service_is_usable():
    status = keyring_status()
    assert status.usable, status.message
    assert "SecretService" in status.backend_name
    assert "klar" in status.message


def test_small_secrets_round_trip(store, secret_service, postvakt_home):
    for name in SMALL:
        value = f"Hemmelig-{name}-{uuid.uuid4()}"
        assert store.get(name) is None
        store.set(name, value)
        assert store.has(name)
        assert store.get(name) == value
        assert value.encode() not in all_file_bytes(postvakt_home)
        assert secret_service.get_password(store.service, entry(name)) == value
        store.delete(name)
        assert store.get(name) is None
        assert not store.has(name)


def test_private_key_round_trip(store, secret_service, pem, postvakt_home):
    name = SecretName.MASKINPORTEN_NOKKEL
    store.set(name, pem)
    assert store.has(name)
    assert store.get(name) == pem

    on_disk = all_file_bytes(postvakt_home)
    assert on_disk, "the encrypted key file is missing"
    for line in pem.splitlines():
        assert line.encode() not in on_disk
    assert secret_service.get_password(store.service, entry(name)) is None  # not the PEM
    file_key = secret_service.get_password(store.service, entry(name) + FILE_KEY_SUFFIX)
    assert file_key is not None and len(file_key) < 100

    store.delete(name)
    assert store.get(name) is None
    assert not list(app_paths().secrets_dir.glob("*"))
    assert secret_service.get_password(store.service, entry(name) + FILE_KEY_SUFFIX) is None


def test_nothing_secret_is_written_to_files(store, pem, postvakt_home):
    value = f"Passord-{uuid.uuid4()}"
    store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, value)
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    on_disk = all_file_bytes(postvakt_home)
    assert value.encode() not in on_disk
    assert pem.encode() not in on_disk


def test_old_shared_entries_move_to_the_environment_the_user_names(store, secret_service):
    secret_service.set_password(store.service, "svarut_integrasjon_passord", "Gammelt-1234")
    assert store.legacy_names() == [SecretName.SVARUT_INTEGRASJON_PASSORD]
    assert store.get(SecretName.SVARUT_INTEGRASJON_PASSORD) is None  # not used as it is
    store.adopt_legacy(Environment.PRODUKSJON)
    assert secret_service.get_password(store.service, "svarut_integrasjon_passord") is None
    production = store.for_environment(Environment.PRODUKSJON)
    assert production.get(SecretName.SVARUT_INTEGRASJON_PASSORD) == "Gammelt-1234"
    production.delete(SecretName.SVARUT_INTEGRASJON_PASSORD)
    assert store.legacy_names() == []

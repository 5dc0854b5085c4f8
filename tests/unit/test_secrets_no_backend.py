"""Secrets without a secure keyring are refused, never written; with one, large keys are
split into an encrypted file plus a short keyring entry."""

from __future__ import annotations

import os
import sys
import traceback

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from support.keyrings import MemoryKeyring

from desktop_app.domain.environments import Environment
from desktop_app.storage.paths import app_paths
from desktop_app.storage.secrets import (
    SMALL_LIMIT,
    SecretName,
    SecretStore,
    SecretStoreError,
    keyring_status,
)

SECRET = "Hemmelig-Passord-4711!"
SMALL = [name for name in SecretName if not name.large]


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring (passwords in a plain file)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


class FailingKeyring(MemoryKeyring):
    """Raises the given exception, with the secret in its text, on every call."""

    def __init__(self, exc: Exception) -> None:
        super().__init__()
        self.exc = exc

    def get_password(self, service, username):
        raise self.exc

    def set_password(self, service, username, password):
        raise self.exc

    def delete_password(self, service, username):
        raise self.exc


def use_backend(backend):
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    return previous


@pytest.fixture
def memory():
    backend = MemoryKeyring()
    previous = use_backend(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(params=["fail", "plaintext"])
def unusable(request):
    backend = keyring.backends.fail.Keyring() if request.param == "fail" else PlaintextKeyring()
    previous = use_backend(backend)
    yield backend
    keyring.set_keyring(previous)


def rsa_pem(passphrase: bytes | None = None) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    encryption = (
        serialization.BestAvailableEncryption(passphrase)
        if passphrase
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    ).decode("ascii")


@pytest.fixture(scope="module")
def pem():
    return rsa_pem()


def all_files(root):
    return [os.path.join(folder, f) for folder, _dirs, files in os.walk(root) for f in files]


def all_file_bytes(root) -> bytes:
    out = b""
    for path in all_files(root):
        with open(path, "rb") as handle:
            out += handle.read()
    return out


# -- no secure keyring ---------------------------------------------------------------------


def test_status_says_what_to_do(unusable):
    status = keyring_status()
    assert not status.usable
    assert "Postvakt lagrer ingen passord eller nøkler" in status.message
    assert "GNOME Keyring eller KWallet" in status.message
    assert "uten innlogging" in status.message


def test_status_names_plaintext_backend_as_unsafe():
    previous = use_backend(PlaintextKeyring())
    try:
        assert "vanlige filer" in keyring_status().message
    finally:
        keyring.set_keyring(previous)


def test_every_secret_is_refused_and_nothing_written(unusable, postvakt_home, pem):
    store = SecretStore(environment=Environment.TEST)
    for name in SMALL:
        with pytest.raises(SecretStoreError) as info:
            store.set(name, SECRET)
        assert "GNOME Keyring" in info.value.message_nb
        assert SECRET not in str(info.value)
    with pytest.raises(SecretStoreError):
        store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    for name in SecretName:
        with pytest.raises(SecretStoreError):
            store.get(name)
    assert not all_files(postvakt_home)
    assert not app_paths().secrets_dir.exists()
    if isinstance(unusable, PlaintextKeyring):
        assert unusable.store == {}


def test_chain_of_only_refused_backends_is_unusable(monkeypatch):
    from keyring.backends.chainer import ChainerBackend

    monkeypatch.setattr(
        ChainerBackend, "backends", [PlaintextKeyring(), keyring.backends.fail.Keyring()]
    )
    previous = use_backend(ChainerBackend())
    try:
        assert not keyring_status().usable
        with pytest.raises(SecretStoreError):
            SecretStore(environment=Environment.TEST).set(SecretName.SVARUT_V1_PASSORD, SECRET)
    finally:
        keyring.set_keyring(previous)


def test_chain_uses_the_secure_backend_only(monkeypatch):
    from keyring.backends.chainer import ChainerBackend

    weak, good = PlaintextKeyring(), MemoryKeyring()
    monkeypatch.setattr(ChainerBackend, "backends", [weak, good])
    previous = use_backend(ChainerBackend())
    try:
        assert keyring_status().usable
        SecretStore(environment=Environment.TEST).set(SecretName.SVARUT_V1_PASSORD, SECRET)
        assert weak.store == {}
        assert SECRET in good.store.values()
    finally:
        keyring.set_keyring(previous)


# -- keyring errors at access time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (keyring.errors.KeyringLocked(f"locked {SECRET}"), "låst"),
        (keyring.errors.NoKeyringError(f"none {SECRET}"), "GNOME Keyring"),
        (keyring.errors.InitError(f"dbus {SECRET}"), "Fikk ikke kontakt"),
        (RuntimeError(f"D-Bus went away with {SECRET}"), "Fikk ikke kontakt"),
    ],
)
def test_keyring_errors_become_messages_without_the_secret(exc, expected, pem):
    previous = use_backend(FailingKeyring(exc))
    try:
        store = SecretStore(environment=Environment.TEST)
        for call in (
            lambda: store.set(SecretName.SVARUT_INTEGRASJON_PASSORD, SECRET),
            lambda: store.get(SecretName.SVARUT_INTEGRASJON_PASSORD),
            lambda: store.set(SecretName.MASKINPORTEN_NOKKEL, pem),
            lambda: store.delete(SecretName.MASKINPORTEN_NOKKEL),
        ):
            with pytest.raises(SecretStoreError) as info:
                call()
            assert expected in info.value.message_nb
            assert info.value.__cause__ is None
            assert info.value.__context__ is None
            assert SECRET not in "".join(traceback.format_exception(info.value))
    finally:
        keyring.set_keyring(previous)
    assert not list(app_paths().secrets_dir.glob("*"))  # not even a half-written file


# -- with a keyring ------------------------------------------------------------------------


def test_small_secrets_round_trip(memory):
    store = SecretStore(environment=Environment.TEST)
    for name in SMALL:
        assert store.get(name) is None
        assert not store.has(name)
        store.set(name, f"{SECRET}-{name}")
        assert store.has(name)
        assert store.get(name) == f"{SECRET}-{name}"
        store.delete(name)
        assert store.get(name) is None
    store.delete(SecretName.SVARUT_V1_PASSORD)  # removing nothing is fine
    assert memory.store == {}


def test_labels_are_bokmal_and_only_the_key_is_large():
    assert [n for n in SecretName if n.large] == [SecretName.MASKINPORTEN_NOKKEL]
    assert all(n.label for n in SecretName)


def test_empty_value_is_refused(memory):
    for value in ("", "   "):
        with pytest.raises(SecretStoreError, match="tomt"):
            SecretStore(environment=Environment.TEST).set(
                SecretName.SVARUT_INTEGRASJON_PASSORD, value
            )
    assert memory.store == {}


def test_small_secret_over_limit_is_refused(memory):
    SecretStore().set(SecretName.IDPORTEN_REFRESH_TOKEN, "x" * SMALL_LIMIT)
    long_value = "y" * (SMALL_LIMIT + 1)
    with pytest.raises(SecretStoreError) as info:
        SecretStore().set(SecretName.IDPORTEN_REFRESH_TOKEN, long_value)
    assert "Windows" in info.value.message_nb
    assert long_value not in info.value.message_nb
    assert SecretStore().get(SecretName.IDPORTEN_REFRESH_TOKEN) == "x" * SMALL_LIMIT


def test_large_key_is_split_into_file_and_short_keyring_entry(memory, pem, postvakt_home):
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    assert store.has(SecretName.MASKINPORTEN_NOKKEL)
    assert all(len(v) <= 100 for v in memory.store.values())
    files = all_files(postvakt_home)
    assert len(files) == 1
    on_disk = all_file_bytes(postvakt_home)
    for line in pem.splitlines():
        assert line.encode() not in on_disk
    if sys.platform != "win32":
        assert os.stat(files[0]).st_mode & 0o077 == 0
    assert store.get(SecretName.MASKINPORTEN_NOKKEL) == pem
    store.delete(SecretName.MASKINPORTEN_NOKKEL)
    assert memory.store == {}
    assert not all_files(postvakt_home)
    assert store.get(SecretName.MASKINPORTEN_NOKKEL) is None


def test_storing_a_new_key_replaces_the_old(memory, pem):
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL, rsa_pem())
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    assert store.get(SecretName.MASKINPORTEN_NOKKEL) == pem
    assert len(list(app_paths().secrets_dir.iterdir())) == 1


def test_missing_keyring_half_says_store_again(memory, pem):
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    memory.store.clear()
    assert not store.has(SecretName.MASKINPORTEN_NOKKEL)
    with pytest.raises(SecretStoreError) as info:
        store.get(SecretName.MASKINPORTEN_NOKKEL)
    assert "mangler i nøkkelringen" in info.value.message_nb
    assert "på nytt" in info.value.message_nb


def test_missing_file_half_says_store_again(memory, pem):
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    for path in app_paths().secrets_dir.iterdir():
        path.unlink()
    with pytest.raises(SecretStoreError) as info:
        store.get(SecretName.MASKINPORTEN_NOKKEL)
    assert "mangler" in info.value.message_nb
    assert "på nytt" in info.value.message_nb
    store.delete(SecretName.MASKINPORTEN_NOKKEL)  # cleans up the other half
    assert memory.store == {}


def test_file_that_does_not_match_the_key_says_store_again(memory, pem):
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    key_entry = next(k for k in memory.store if k[1] != SecretName.MASKINPORTEN_NOKKEL_PASSFRASE)
    from cryptography.fernet import Fernet

    memory.store[key_entry] = Fernet.generate_key().decode()
    with pytest.raises(SecretStoreError, match="passer ikke"):
        store.get(SecretName.MASKINPORTEN_NOKKEL)


@pytest.mark.parametrize(
    "text",
    [
        "ikke en nøkkel",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
        "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n",
    ],
)
def test_anything_but_a_pem_private_key_is_refused(memory, text, postvakt_home):
    with pytest.raises(SecretStoreError, match="privat nøkkel i PEM-format"):
        SecretStore(environment=Environment.TEST).set(SecretName.MASKINPORTEN_NOKKEL, text)
    assert memory.store == {}
    assert not all_files(postvakt_home)


def test_encrypted_key_needs_its_passphrase(memory, postvakt_home):
    pem = rsa_pem(b"riktig-passord")
    store = SecretStore(environment=Environment.TEST)
    with pytest.raises(SecretStoreError, match="beskyttet med et passord"):
        store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    with pytest.raises(SecretStoreError, match="stemmer ikke") as info:
        store.set(SecretName.MASKINPORTEN_NOKKEL, pem, passphrase="feil-passord")
    assert "feil-passord" not in info.value.message_nb
    assert not all_files(postvakt_home)
    assert memory.store == {}

    store.set(SecretName.MASKINPORTEN_NOKKEL, pem, passphrase="riktig-passord")
    assert store.get(SecretName.MASKINPORTEN_NOKKEL) == pem
    assert store.get(SecretName.MASKINPORTEN_NOKKEL_PASSFRASE) == "riktig-passord"


def test_encrypted_key_uses_the_stored_passphrase(memory):
    pem = rsa_pem(b"lagret-passord")
    store = SecretStore(environment=Environment.TEST)
    store.set(SecretName.MASKINPORTEN_NOKKEL_PASSFRASE, "lagret-passord")
    store.set(SecretName.MASKINPORTEN_NOKKEL, pem)
    assert store.get(SecretName.MASKINPORTEN_NOKKEL) == pem


def test_services_do_not_see_each_other(memory):
    a = SecretStore(service="Postvakt-a", environment=Environment.TEST)
    b = SecretStore(service="Postvakt-b", environment=Environment.TEST)
    a.set(SecretName.SVARUT_V1_PASSORD, SECRET)
    assert b.get(SecretName.SVARUT_V1_PASSORD) is None

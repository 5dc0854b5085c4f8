"""Passwords, tokens and keys: kept in the operating system's keyring and nowhere else.

Postvakt stores secrets only in a secure keyring: Windows Credential Manager
(Legitimasjonsbehandling), macOS Keychain (Nøkkelring) or a Secret Service on Linux
(GNOME Keyring, KWallet). If the machine has none, nothing secret is stored at all: there
is no plaintext fallback, and ``keyrings.alt`` backends (plain or weakly encrypted files)
are refused even when installed.

**Large secrets.** Windows Credential Manager holds at most 2,560 bytes a secret, and
``keyring`` stores text as UTF-16, so about 1,280 characters fit: a PEM private key does
not. A large secret (:attr:`SecretName.large`) is therefore encrypted with Fernet into a
file under ``app_paths().secrets_dir``, and only the 44-character Fernet key goes into the
keyring. Reading needs both halves; removing removes both. Small secrets are refused over
:data:`SMALL_LIMIT` characters so a value that works on Linux does not fail on Windows.

**Errors.** Every failure is a :class:`SecretStoreError` with a bokmål message that says
what to do. The message never contains the secret, and the keyring's own exception is
not chained (its text could contain the value); only its type name is logged.

**One set per environment.** SvarUt and Maskinporten secrets belong to one environment:
the production integration password must never reach KS's test host. Their keyring entries
are named ``<name>@<environment>`` (``svarut_integrasjon_passord@produksjon``), and only a
store bound to an environment (:meth:`SecretStore.for_environment`) reads or writes them.
Versions before this kept one shared entry (``svarut_integrasjon_passord``) that was used in
whichever environment was active. Such an entry is never used as it is: the user says once
which environment it belongs to (:meth:`SecretStore.adopt_legacy`), or removes it
(:meth:`SecretStore.discard_legacy`) and stores the secrets again. Most users stored
production secrets, but some tried Postvakt against Test first; guessing wrong either sends a
production password to a test host or a test password to production, so Postvakt asks.
ID-porten's client ID and refresh token stay shared: the refresh token is tagged with its
environment inside the value, and the client ID is not secret.

**Log redaction.** Every value stored or read is registered with
:func:`register_for_redaction`, so :mod:`desktop_app.logs` replaces it in every log line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors

from desktop_app.domain.environments import Environment
from desktop_app.domain.svarut import integration_header_problem
from desktop_app.redaction import (  # noqa: F401 (re-exported)
    MIN_REDACTED_LENGTH,
    redaction_values,
    register_for_redaction,
)
from desktop_app.storage.paths import AppPaths, app_paths

log = logging.getLogger(__name__)

DEFAULT_SERVICE = "Postvakt"
SMALL_LIMIT = 1200  # characters; Windows Credential Manager fits about 1,280
LARGE_LIMIT = 64 * 1024  # characters; no PEM private key is near this
FILE_KEY_SUFFIX = ".filnokkel"
_FILE_SUFFIX = ".kryptert"


class SecretName(StrEnum):
    """Every secret Postvakt may hold; the value is the keyring entry name."""

    SVARUT_INTEGRASJON_ID = "svarut_integrasjon_id"
    SVARUT_INTEGRASJON_PASSORD = "svarut_integrasjon_passord"
    SVARUT_V1_PASSORD = "svarut_v1_passord"
    MASKINPORTEN_NOKKEL = "maskinporten_nokkel"
    MASKINPORTEN_NOKKEL_PASSFRASE = "maskinporten_nokkel_passfrase"
    IDPORTEN_CLIENT_ID = "idporten_client_id"
    IDPORTEN_REFRESH_TOKEN = "idporten_refresh_token"  # noqa: S105 - an entry name

    @property
    def label(self) -> str:
        """What the user calls it (bokmål)."""
        return _LABELS[self]

    @property
    def large(self) -> bool:
        """Too large for every keyring: stored as an encrypted file plus a keyring key."""
        return self in _LARGE

    @property
    def per_environment(self) -> bool:
        """Kept once per environment (Test and Produksjon never share it)."""
        return self not in _SHARED


_LABELS: dict[SecretName, str] = {
    SecretName.SVARUT_INTEGRASJON_ID: "SvarUt integrasjons-ID (IntegrasjonId)",
    SecretName.SVARUT_INTEGRASJON_PASSORD: "SvarUt integrasjonspassord (IntegrasjonPassord)",
    SecretName.SVARUT_V1_PASSORD: "SvarUt tjenestepassord (gammel v1-tilgang)",
    SecretName.MASKINPORTEN_NOKKEL: "Maskinporten privat nøkkel (PEM)",
    SecretName.MASKINPORTEN_NOKKEL_PASSFRASE: "Passord for Maskinporten-nøkkelen",
    SecretName.IDPORTEN_CLIENT_ID: "ID-porten klient-ID",
    SecretName.IDPORTEN_REFRESH_TOKEN: "ID-porten innlogging (fornyingsnøkkel)",
}
_LARGE = frozenset({SecretName.MASKINPORTEN_NOKKEL})
# The session keeps these (services/session.py): the refresh token carries its environment
# in the value, and the client ID is not secret.
_SHARED = frozenset({SecretName.IDPORTEN_CLIENT_ID, SecretName.IDPORTEN_REFRESH_TOKEN})
ENVIRONMENT_SEPARATOR = "@"
# Sent as HTTP header values: only characters SvarUt is sure to receive as typed.
_SVARUT_HEADERS = frozenset(
    {SecretName.SVARUT_INTEGRASJON_ID, SecretName.SVARUT_INTEGRASJON_PASSORD}
)


class SecretStoreError(Exception):
    """A secret could not be stored, read or removed. ``message_nb`` is for the user."""

    def __init__(self, message_nb: str) -> None:
        super().__init__(message_nb)
        self.message_nb = message_nb


# -- the keyring backend -----------------------------------------------------------------

NO_KEYRING_MESSAGE = (
    "Fant ingen sikker nøkkelring på denne maskinen, så Postvakt lagrer ingen passord "
    "eller nøkler. På Linux: installer og start GNOME Keyring eller KWallet (Secret "
    "Service). Du kan fortsatt bruke Postvakt uten innlogging."
)
PLAINTEXT_KEYRING_MESSAGE = (
    "Nøkkelringen som finnes på denne maskinen ({backend}), lagrer passord i vanlige filer "
    "uten god beskyttelse. Derfor bruker Postvakt den ikke, og Postvakt lagrer ingen passord "
    "eller nøkler. På Linux: installer og start GNOME Keyring eller KWallet (Secret Service). "
    "Du kan fortsatt bruke Postvakt uten innlogging."
)
LOCKED_MESSAGE = (
    "Nøkkelringen er låst. Lås den opp (vanligvis med passordet du logger på maskinen "
    "med) og prøv igjen."
)
UNAVAILABLE_MESSAGE = (
    "Fikk ikke kontakt med nøkkelringen på denne maskinen. Prøv igjen om litt; skjer det "
    "igjen, start maskinen på nytt eller be IT-avdelingen sjekke nøkkelringen "
    "(Legitimasjonsbehandling i Windows, Nøkkelring i macOS, Secret Service på Linux)."
)


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend_name: str
    message: str


def _is_refused(backend: keyring.backend.KeyringBackend) -> bool:
    """True for backends that are no keyring at all or keep secrets in weak files."""
    module = type(backend).__module__ or ""
    return (
        module == "keyring.backends.fail"
        or module == "keyring.backends.null"
        or module == "keyrings.alt"
        or module.startswith("keyrings.alt.")
    )


def _is_chainer(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends.chainer import ChainerBackend

    return isinstance(backend, ChainerBackend)


def _backend_label(backend: keyring.backend.KeyringBackend) -> str:
    try:
        return str(backend.name)
    except Exception:  # a third-party backend with a broken name
        return type(backend).__qualname__


def _resolve() -> tuple[keyring.backend.KeyringBackend | None, KeyringStatus]:
    """The secure backend to talk to (never a chainer), and the status to show."""
    try:
        active = keyring.get_keyring()
    except Exception as exc:  # broken keyring configuration
        log.warning("Nøkkelringen kunne ikke velges (%s)", type(exc).__name__)
        return None, KeyringStatus(False, "", NO_KEYRING_MESSAGE)
    candidates = [active]
    if _is_chainer(active):
        try:
            candidates = list(active.backends)
        except Exception as exc:
            log.warning("Nøkkelringene kunne ikke listes (%s)", type(exc).__name__)
            candidates = []
    for candidate in candidates:  # a chain is sorted best first
        if not _is_refused(candidate) and not _is_chainer(candidate):
            name = _backend_label(candidate)
            return candidate, KeyringStatus(True, name, f"Nøkkelringen er klar ({name}).")
    weak = [c for c in candidates if (type(c).__module__ or "").startswith("keyrings.alt")]
    if weak:
        name = _backend_label(weak[0])
        return None, KeyringStatus(False, name, PLAINTEXT_KEYRING_MESSAGE.format(backend=name))
    return None, KeyringStatus(False, _backend_label(active), NO_KEYRING_MESSAGE)


def keyring_status() -> KeyringStatus:
    """Can Postvakt store secrets on this machine? Cheap: looks at the backend only."""
    return _resolve()[1]


def _translate(exc: BaseException) -> SecretStoreError:
    """A keyring exception as a SecretStoreError; the original text is never kept."""
    log.warning("Nøkkelringen svarte med en feil (%s)", type(exc).__name__)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return SecretStoreError(LOCKED_MESSAGE)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return SecretStoreError(NO_KEYRING_MESSAGE)
    return SecretStoreError(UNAVAILABLE_MESSAGE)


# The redaction registry lives in desktop_app.redaction (light, so logging can import it
# without the keyring); it is re-exported here for callers of the store.


# -- the store ---------------------------------------------------------------------------

_SAFE_FILE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


class SecretStore:
    """Secrets in the OS keyring; large ones as an encrypted file plus a keyring key.

    Every method raises :class:`SecretStoreError` when there is no secure keyring; then
    nothing is written anywhere. Safe to call from a background thread.
    """

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        paths: AppPaths | None = None,
        environment: Environment | None = None,
    ) -> None:
        self.service = service
        self._paths = paths
        self.environment = Environment(environment) if environment is not None else None

    def for_environment(self, environment: Environment) -> SecretStore:
        """The same keyring, reading and writing the secrets of ``environment``."""
        return SecretStore(self.service, self._paths, environment)

    # -- public ---------------------------------------------------------------------------
    def status(self) -> KeyringStatus:
        return keyring_status()

    def set(self, name: SecretName, value: str, *, passphrase: str | None = None) -> None:
        """Store ``value`` under ``name``, replacing what was there.

        For :attr:`SecretName.MASKINPORTEN_NOKKEL` the value must be a PEM private key. If
        the key is itself protected with a passphrase, give ``passphrase`` (it is checked
        and stored as :attr:`SecretName.MASKINPORTEN_NOKKEL_PASSFRASE`), or store that
        passphrase first.
        """
        name = SecretName(name)
        backend = self._backend()
        if not isinstance(value, str) or not value.strip():
            raise SecretStoreError(
                f"«{name.label}» er tomt. Skriv inn eller lim inn verdien og prøv igjen."
            )
        if name in _SVARUT_HEADERS:
            problem = integration_header_problem(value, f"«{name.label}»")
            if problem is not None:
                raise SecretStoreError(problem)
        if not name.large:
            if len(value) > SMALL_LIMIT:
                raise SecretStoreError(
                    f"«{name.label}» er for langt ({len(value)} tegn); nøkkelringen i Windows "
                    f"tar høyst {SMALL_LIMIT} tegn. Sjekk at du limte inn riktig verdi."
                )
            register_for_redaction(value)
            self._put(backend, self._entry(name), value)
            return
        if len(value) > LARGE_LIMIT:
            raise SecretStoreError(
                f"«{name.label}» er for stor ({len(value)} tegn). Velg filen med bare den "
                "private nøkkelen i PEM-format."
            )
        register_for_redaction(value)
        if passphrase:
            register_for_redaction(passphrase)
        store_passphrase = self._check_private_key(backend, value, passphrase)
        self._set_large(backend, name, value)
        if store_passphrase is not None:
            self._put(
                backend, self._entry(SecretName.MASKINPORTEN_NOKKEL_PASSFRASE), store_passphrase
            )

    def get(self, name: SecretName) -> str | None:
        """The stored value, or None when nothing is stored under ``name``."""
        name = SecretName(name)
        backend = self._backend()
        if not name.large:
            value = self._fetch(backend, self._entry(name))
            register_for_redaction(value)
            return value
        return self._get_large(backend, name)

    def has(self, name: SecretName) -> bool:
        """Is a complete value stored? A large secret with a missing half counts as no."""
        name = SecretName(name)
        backend = self._backend()
        if not name.large:
            return self._fetch(backend, self._entry(name)) is not None
        key = self._fetch(backend, self._file_key_entry(name))
        return key is not None and self._file(name).is_file()

    def delete(self, name: SecretName) -> None:
        """Remove ``name`` (both halves of a large secret). Removing nothing is no error."""
        name = SecretName(name)
        backend = self._backend()
        if not name.large:
            self._remove(backend, self._entry(name))
            return
        self._remove(backend, self._file_key_entry(name))
        try:
            self._file(name).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Nøkkelfilen kunne ikke slettes (%s)", type(exc).__name__)
            raise SecretStoreError(
                f"Nøkkelfilen for «{name.label}» kunne ikke slettes: {self._file(name)}. "
                "Lukk programmer som kan ha filen åpen, og prøv igjen."
            ) from None

    # -- secrets from before one set per environment --------------------------------------
    def legacy_names(self) -> list[SecretName]:
        """Per-environment secrets still stored in the old shared entry (not yet assigned)."""
        shared = SecretStore(self.service, self._paths)
        backend = self._backend()
        found = []
        for name in SecretName:
            if not name.per_environment:
                continue
            entry = shared._entry(name, legacy=True)
            if name.large:
                stored = (
                    self._fetch(backend, entry + FILE_KEY_SUFFIX) is not None
                    or shared._file(name, legacy=True).is_file()
                )
            else:
                stored = self._fetch(backend, entry) is not None
            if stored:
                found.append(name)
        return found

    def adopt_legacy(self, environment: Environment) -> list[SecretName]:
        """Move the old shared secrets to ``environment`` (the user said they belong there).

        A secret already stored for ``environment`` is kept and the old one dropped: the user
        stored it later, for that environment. Returns what was moved. The old entries are
        removed afterwards, so the question is asked once."""
        target = self.for_environment(environment)
        shared = SecretStore(self.service, self._paths)
        backend = self._backend()
        moved = []
        # The passphrase before the key, so a half-done move never leaves a key without it.
        order = sorted(self.legacy_names(), key=lambda n: n.large)
        for name in order:
            if target.has(name):
                continue
            if name.large:
                value = shared._get_large(backend, name, legacy=True)
                if value is not None:
                    register_for_redaction(value)
                    target._set_large(backend, name, value)
            else:
                value = self._fetch(backend, shared._entry(name, legacy=True))
                if value is not None:
                    register_for_redaction(value)
                    self._put(backend, target._entry(name), value)
            moved.append(name)
        self.discard_legacy()
        log.info(
            "Gamle nøkler flyttet til miljøet %s: %d", Environment(environment).value, len(moved)
        )
        return moved

    def discard_legacy(self) -> None:
        """Remove the old shared entries (the user stores the secrets again per environment)."""
        shared = SecretStore(self.service, self._paths)
        backend = self._backend()
        for name in SecretName:
            if not name.per_environment:
                continue
            entry = shared._entry(name, legacy=True)
            self._remove(backend, entry)
            if name.large:
                self._remove(backend, entry + FILE_KEY_SUFFIX)
                try:
                    shared._file(name, legacy=True).unlink(missing_ok=True)
                except OSError as exc:
                    log.warning("Den gamle nøkkelfilen kunne ikke slettes (%s)", type(exc).__name__)

    # -- keyring access -------------------------------------------------------------------
    def _entry(self, name: SecretName, *, legacy: bool = False) -> str:
        """The keyring entry name; per-environment secrets need a bound store."""
        if not name.per_environment or legacy:
            return name.value
        if self.environment is None:
            raise ValueError(f"{name.value} hører til ett miljø: bruk for_environment()")
        return f"{name.value}{ENVIRONMENT_SEPARATOR}{self.environment.value}"

    def _backend(self) -> keyring.backend.KeyringBackend:
        backend, status = _resolve()
        if backend is None:
            raise SecretStoreError(status.message)
        return backend

    def _put(self, backend: keyring.backend.KeyringBackend, entry: str, value: str) -> None:
        error: SecretStoreError | None = None
        try:
            backend.set_password(self.service, entry, value)
        except Exception as exc:
            error = _translate(exc)
        if error is not None:  # raised outside the except block: no chained original
            raise error

    def _fetch(self, backend: keyring.backend.KeyringBackend, entry: str) -> str | None:
        error: SecretStoreError | None = None
        try:
            return backend.get_password(self.service, entry)
        except Exception as exc:
            error = _translate(exc)
        raise error

    def _remove(self, backend: keyring.backend.KeyringBackend, entry: str) -> None:
        error: SecretStoreError | None = None
        try:
            if backend.get_password(self.service, entry) is not None:
                backend.delete_password(self.service, entry)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone
        except Exception as exc:
            error = _translate(exc)
        if error is not None:
            raise error

    # -- large secrets --------------------------------------------------------------------
    def _file_key_entry(self, name: SecretName, *, legacy: bool = False) -> str:
        return self._entry(name, legacy=legacy) + FILE_KEY_SUFFIX

    def _file(self, name: SecretName, *, legacy: bool = False) -> Path:
        paths = self._paths or app_paths()
        service = _SAFE_FILE_CHARS.sub("_", self.service)
        entry = _SAFE_FILE_CHARS.sub("_", self._entry(name, legacy=legacy))
        return paths.secrets_dir / f"{service}-{entry}{_FILE_SUFFIX}"

    def _check_private_key(
        self, backend: keyring.backend.KeyringBackend, pem: str, passphrase: str | None
    ) -> str | None:
        """Refuse anything but a PEM private key; returns a passphrase to store, if any."""
        from cryptography.exceptions import UnsupportedAlgorithm
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        not_a_key = (
            "Dette ser ikke ut som en privat nøkkel i PEM-format. Velg filen med den "
            "private nøkkelen (den begynner med «-----BEGIN PRIVATE KEY-----» eller "
            "«-----BEGIN RSA PRIVATE KEY-----»), ikke sertifikatet."
        )
        data = pem.strip().encode("utf-8")
        if b"-----BEGIN" not in data or b"PRIVATE KEY-----" not in data:
            raise SecretStoreError(not_a_key)
        encrypted = b"ENCRYPTED" in data
        if encrypted and not passphrase:
            stored = self._fetch(backend, self._entry(SecretName.MASKINPORTEN_NOKKEL_PASSFRASE))
            if stored is None:
                raise SecretStoreError(
                    "Nøkkelen er beskyttet med et passord. Lagre først «"
                    f"{SecretName.MASKINPORTEN_NOKKEL_PASSFRASE.label}», og velg så "
                    "nøkkelfilen på nytt."
                )
            register_for_redaction(stored)
            passphrase_to_try, to_store = stored, None
        elif encrypted:
            passphrase_to_try, to_store = passphrase, passphrase
        else:
            passphrase_to_try, to_store = None, None  # a passphrase for a plain key is moot
        problem: str | None = None
        try:
            load_pem_private_key(
                data, passphrase_to_try.encode("utf-8") if passphrase_to_try else None
            )
        except TypeError:
            problem = not_a_key
        except ValueError:
            problem = (
                "Passordet for nøkkelen stemmer ikke. Sjekk passordet (lagret som «"
                f"{SecretName.MASKINPORTEN_NOKKEL_PASSFRASE.label}») og prøv igjen."
                if encrypted
                else not_a_key
            )
        except UnsupportedAlgorithm:
            problem = (
                "Nøkkeltypen støttes ikke. Maskinporten bruker RSA-nøkler; lag en ny "
                "RSA-nøkkel eller velg en annen fil."
            )
        if problem is not None:
            raise SecretStoreError(problem)
        return to_store

    def _set_large(
        self, backend: keyring.backend.KeyringBackend, name: SecretName, value: str
    ) -> None:
        from cryptography.fernet import Fernet

        file_key = Fernet.generate_key().decode("ascii")
        register_for_redaction(file_key)
        token = Fernet(file_key.encode("ascii")).encrypt(value.encode("utf-8"))
        target = self._file(name)
        entry = self._file_key_entry(name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(target.parent, 0o700)
            fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)  # mode 0600
        except OSError as exc:
            log.warning("Nøkkelmappen kunne ikke lages (%s)", type(exc).__name__)
            raise SecretStoreError(
                f"Kunne ikke lagre nøkkelfilen i {target.parent}. Sjekk at du har "
                "skrivetilgang til mappen og nok ledig plass, og prøv igjen."
            ) from None
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(token)
                handle.flush()
                os.fsync(handle.fileno())
            previous_key = self._fetch(backend, entry)
            self._put(backend, entry, file_key)
            try:
                os.replace(tmp, target)
            except OSError:
                if previous_key is not None:  # keep the old pair working
                    self._put(backend, entry, previous_key)
                else:
                    self._remove(backend, entry)
                raise
        except OSError as exc:
            log.warning("Nøkkelfilen kunne ikke skrives (%s)", type(exc).__name__)
            raise SecretStoreError(
                f"Kunne ikke lagre nøkkelfilen i {target.parent}. Sjekk at du har "
                "skrivetilgang til mappen og nok ledig plass, og prøv igjen."
            ) from None
        finally:
            tmp.unlink(missing_ok=True)

    def _get_large(
        self, backend: keyring.backend.KeyringBackend, name: SecretName, *, legacy: bool = False
    ) -> str | None:
        from cryptography.fernet import Fernet, InvalidToken

        file_key = self._fetch(backend, self._file_key_entry(name, legacy=legacy))
        target = self._file(name, legacy=legacy)
        exists = target.is_file()
        if file_key is None and not exists:
            return None
        store_again = f"Velg nøkkelfilen og lagre «{name.label}» på nytt under Innstillinger."
        if file_key is None:
            raise SecretStoreError(
                f"Nøkkelen som låser opp «{name.label}» mangler i nøkkelringen. " + store_again
            )
        register_for_redaction(file_key)
        if not exists:
            raise SecretStoreError(
                f"Den krypterte filen for «{name.label}» mangler ({target}). " + store_again
            )
        problem: str | None = None
        try:
            value = Fernet(file_key.encode("ascii")).decrypt(target.read_bytes()).decode("utf-8")
        except (InvalidToken, ValueError):
            problem = (
                f"Den krypterte filen for «{name.label}» passer ikke med nøkkelen i "
                "nøkkelringen. " + store_again
            )
        except OSError as exc:
            log.warning("Nøkkelfilen kunne ikke leses (%s)", type(exc).__name__)
            problem = (
                f"Kunne ikke lese nøkkelfilen {target}. Sjekk at du har lesetilgang, og prøv igjen."
            )
        if problem is not None:
            raise SecretStoreError(problem)
        register_for_redaction(value)
        return value


def audit_chain_key(store_id: str, *, create: bool = False) -> str | None:
    """The key that seals one store's audit log (64 hex characters), from the keyring under
    ``Postvakt`` / ``loggnokkel.<store_id>``; made and stored when ``create`` and missing.
    ``None`` when there is none. Raises :class:`SecretStoreError` without a secure keyring:
    there is never a fallback to a file."""
    store = SecretStore(DEFAULT_SERVICE)
    backend = store._backend()
    entry = "loggnokkel." + _SAFE_FILE_CHARS.sub("_", store_id)
    value = store._fetch(backend, entry)
    if value is None and create:
        value = os.urandom(32).hex()
        store._put(backend, entry, value)
    if value is not None:
        register_for_redaction(value)
    return value


def status_signing_key(*, create: bool = False) -> str | None:
    """This installation's Ed25519 key for signing status files (32 bytes as 64 hex
    characters), from the keyring under ``Postvakt`` / ``statusfil_signeringsnokkel``; made
    and stored when ``create`` and missing. ``None`` when there is none. Raises
    :class:`SecretStoreError` without a secure keyring: never a fallback to a file."""
    store = SecretStore(DEFAULT_SERVICE)
    backend = store._backend()
    entry = "statusfil_signeringsnokkel"
    value = store._fetch(backend, entry)
    if value is None and create:
        value = os.urandom(32).hex()
        store._put(backend, entry, value)
    if value is not None:
        register_for_redaction(value)
    return value

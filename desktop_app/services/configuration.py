"""Settings and keyring secrets, changed with evidence.

What the user sets under Innstillinger and Pålogging: secrets in the keyring (per
environment), the non-secret settings, and the environment itself. Each change is recorded
in the audit log here, right after it is made (the keyring and the store are two places, so
one transaction cannot hold both: the change first, then its entry; a failed entry is an
error the user sees). The log never holds a secret's value, only which one and where.

No Qt.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.environments import Environment
from desktop_app.settings import Settings
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.secrets import SecretName, SecretStore, SecretStoreError

MAX_KEY_FILE_BYTES = 64 * 1024


def read_key_file(path: Path) -> str:
    """The text of a PEM key file, or a SecretStoreError that says what to do."""
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise SecretStoreError(
                "Filen er for stor til å være en privat nøkkel. Velg PEM-filen med nøkkelen."
            )
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise SecretStoreError(
            "Filen er ikke en tekstfil i PEM-format (den begynner med «-----BEGIN»). "
            "Er nøkkelen i et annet format (DER eller PKCS#12), be den som lagde den om en "
            "PEM-fil."
        ) from None
    except OSError:
        raise SecretStoreError(
            "Postvakt fikk ikke lest filen. Sjekk at den finnes og at du har tilgang til den, "
            "og prøv igjen."
        ) from None


class ConfigurationService:
    def __init__(self, settings: Settings, secrets: SecretStore, audit: AuditLog) -> None:
        self.settings = settings
        self.secrets = secrets
        self.audit = audit

    # -- secrets -------------------------------------------------------------------------
    def store_secret(
        self, env: Environment, name: SecretName, value: str, *, passphrase: str | None = None
    ) -> None:
        self.secrets.for_environment(env).set(name, value, passphrase=passphrase)
        self.audit.append("secret.stored", {"hva": name.label, "miljø": env.value})

    def store_key_file(
        self, env: Environment, name: SecretName, path: Path, passphrase: str | None = None
    ) -> None:
        self.store_secret(env, name, read_key_file(path), passphrase=passphrase)

    def remove_secret(self, env: Environment, name: SecretName) -> None:
        self.secrets.for_environment(env).delete(name)
        self.audit.append("secret.removed", {"hva": name.label, "miljø": env.value})

    def adopt_legacy(self, env: Environment) -> list[SecretName]:
        """The old shared secrets belong to ``env`` (the user said so): move them there."""
        names = self.secrets.adopt_legacy(env)
        self.audit.append("secret.assigned", {"miljø": env.value, "hva": [n.label for n in names]})
        return names

    def discard_legacy(self) -> None:
        self.secrets.discard_legacy()
        self.audit.append("secret.removed", {"hva": "nøkler uten miljø"})

    # -- settings ------------------------------------------------------------------------
    def change_setting(self, key: str, value: object, shown: str | None = None) -> None:
        """Save one setting and record which (``shown``: the value for the log, when it may
        be read; settings that are not secret only)."""
        self.settings.set(key, value)
        self.settings.save()
        details: dict[str, object] = {"innstilling": key}
        if shown is not None:
            details["verdi"] = shown
        self.audit.append("settings.changed", details)

    def change_environment(self, env: Environment) -> None:
        self.settings.set("environment", env.value)
        self.settings.save()
        self.audit.append("environment.changed", {"miljø": env.value})

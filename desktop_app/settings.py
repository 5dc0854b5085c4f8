"""User settings, declared once with their defaults (as Picard does), stored as JSON.

Nothing secret is ever a setting: credentials live in the OS keyring
(:mod:`desktop_app.storage.secrets`). The file is written atomically, so a crash during a
save leaves the previous settings in place.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.environments import Environment

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    title: str
    valid: Callable[[Any], bool] = lambda _value: True


OPTIONS: dict[str, Option] = {
    opt.key: opt
    for opt in (
        Option("language", "nb", "Språk", lambda v: v in ("nb", "nn", "en")),
        Option(
            "environment",
            Environment.OVING.value,
            "Miljø",
            lambda v: v in {e.value for e in Environment},
        ),
        Option(
            "last_workspace_id",
            None,
            "Sist brukte arbeidsflate",
            lambda v: v is None or isinstance(v, int),
        ),
        Option("window_geometry", "", "Vindusplassering", lambda v: isinstance(v, str)),
        Option(
            "svarut_konto_id", "", "SvarUt konto-ID (ikke hemmelig)", lambda v: isinstance(v, str)
        ),
        Option(
            "hidden_columns",
            {},
            "Skjulte kolonner i tabeller (per tabell)",
            lambda v: (
                isinstance(v, dict)
                and all(isinstance(k, str) and isinstance(x, list) for k, x in v.items())
            ),
        ),
        Option(
            "maskinporten_client_id",
            "",
            "Maskinporten klient-ID (ikke hemmelig)",
            lambda v: isinstance(v, str),
        ),
        # idporten: space-separated; empty means Postvakt's default list (integrations/idporten.py)
        Option(
            "idporten_scopes",
            "",
            "ID-porten scopes (tilganger Postvakt ber om)",
            lambda v: isinstance(v, str) and len(v) <= 2000,
        ),
        # The environments whose ID-porten client was refused Altinn's supplier scopes
        # (services/session.py SUPPLIER_SCOPES): Postvakt does not ask for them there again.
        Option(
            "idporten_supplier_scopes_refused",
            [],
            "Miljøer der ID-porten-klienten mangler leverandør-scopene",
            lambda v: isinstance(v, list) and all(x in ("produksjon", "test", "oving") for x in v),
        ),
        Option(
            "maskinporten_kid",
            "",
            "Maskinporten nøkkel-ID, kid (ikke hemmelig)",
            lambda v: isinstance(v, str),
        ),
        Option(
            "maskinporten_scope",
            "ks:fiks",
            "Maskinporten scope (ikke hemmelig)",
            lambda v: isinstance(v, str),
        ),
        Option(
            "maskinporten_sertifikat",
            "",
            "Virksomhetssertifikat (PEM-fil, offentlig del) i stedet for kid",
            lambda v: isinstance(v, str),
        ),
    )
}


class Settings:
    """Typed access to the options; thread-safe; ``save()`` is cheap and atomic."""

    def __init__(self, path: Path, values: dict[str, Any] | None = None) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._save_lock = threading.Lock()  # one save at a time, newest values last
        self._version = 0
        self._saved_version = -1
        for key, value in (values or {}).items():
            option = OPTIONS.get(key)
            if option is not None and option.valid(value):
                self._values[key] = value

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as exc:
            # A damaged file must not stop the program: start from defaults and say so.
            log.warning(
                "Innstillingsfilen %s kunne ikke leses (%s); bruker standardverdier.",
                path,
                type(exc).__name__,
            )
            return cls(path)
        if not isinstance(raw, dict):
            return cls(path)
        return cls(path, _migrate(raw).get("values", {}))

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        with self._lock:
            return self._values.get(key, option.default)

    def set(self, key: str, value: Any) -> None:
        option = OPTIONS[key]
        if not option.valid(value):
            raise ValueError(f"Ugyldig verdi for {option.title}.")
        with self._lock:
            self._values[key] = value
            self._version += 1

    @property
    def environment(self) -> Environment:
        return Environment(self.get("environment"))

    @property
    def language(self) -> str:
        return self.get("language")

    def save(self) -> None:
        """Write the current values; concurrent saves queue up, and the newest wins."""
        with self._save_lock:
            with self._lock:
                if self._version == self._saved_version and self.path.exists():
                    return
                version = self._version
                payload = {"version": SETTINGS_VERSION, "values": dict(self._values)}
            self._write(payload)
            self._saved_version = version

    def _write(self, payload: dict[str, Any]) -> None:
        import tempfile  # only when saving: keeps start-up light

        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".innstillinger-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False, indent=2)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """One place for settings from older versions (none yet: version 1 is the first)."""
    if "values" not in raw:
        return {"version": SETTINGS_VERSION, "values": raw}
    return raw

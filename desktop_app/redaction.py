"""The process-wide set of secret values that the log must never show.

Kept apart from :mod:`desktop_app.storage.secrets` so that logging can use it without
importing the keyring (which is slow to import and not needed before the first paint).
"""

from __future__ import annotations

import json
import threading
from urllib.parse import quote

MIN_REDACTED_LENGTH = 4  # shorter values would blank out ordinary words in the log

_redaction_lock = threading.Lock()
_redaction_values: set[str] = set()
_redaction_version = 0


def register_for_redaction(value: str | None) -> None:
    """Remember a secret value so the log never shows it (nor its JSON, repr or URL form).

    Values shorter than :data:`MIN_REDACTED_LENGTH` are not registered: blanking out every
    occurrence of two letters would make the log unreadable. Multi-line values (PEM) also
    register each longer line.
    """
    global _redaction_version
    if not value:
        return
    forms = {value, json.dumps(value)[1:-1], repr(value)[1:-1], quote(value, safe="")}
    if "\n" in value:
        forms.update(
            line.strip()
            for line in value.splitlines()
            if len(line.strip()) >= 16 and not line.startswith("-----") and ":" not in line
        )
    forms = {f for f in forms if len(f) >= MIN_REDACTED_LENGTH}
    with _redaction_lock:
        if forms - _redaction_values:
            _redaction_values.update(forms)
            _redaction_version += 1


def redaction_values() -> tuple[int, frozenset[str]]:
    """The registered values and a version number that changes when they do."""
    with _redaction_lock:
        return _redaction_version, frozenset(_redaction_values)

"""Column mappings the user chose for an export whose headers Postvakt did not know.

Remembered per *header signature* (made by the caller from the normalised headers), so the
next export with the same columns is read without asking. Kept in the workspace store's
``meta`` table: a mapping describes a file format, not a workspace, so it needs no table of
its own.
"""

from __future__ import annotations

import json

from desktop_app.storage.database import Database

_KEY_PREFIX = "svarut_kolonnekobling:"


class ColumnMappingStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, signature: str) -> dict[str, str | None] | None:
        """The saved mapping (header → field value, or ``None`` for an ignored column)."""
        raw = self.db.get_meta(_KEY_PREFIX + signature)
        if raw is None:
            return None
        try:
            data = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        return {
            h: v
            for h, v in data.items()
            if isinstance(h, str) and (v is None or isinstance(v, str))
        }

    def save(self, signature: str, mapping: dict[str, str | None]) -> None:
        self.db.set_meta(
            _KEY_PREFIX + signature, json.dumps(mapping, ensure_ascii=False, sort_keys=True)
        )

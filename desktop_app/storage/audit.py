"""The audit log: append-only, hash-chained, stored in the workspace database.

Who did what, when, in which workspace. Entries are never changed or removed in normal use
(SQLite triggers refuse it); the hash chain and the head kept in ``meta`` reveal it if
someone does it with other tools (see :mod:`desktop_app.domain.audit`).

**No secrets in the log.** Callers pass no passwords, tokens, keys or personal data in
``details``, only what a reviewer may read: names of things, counts, choices. As a second
line of defence, :meth:`AuditLog.append` refuses a details key whose name suggests a secret
(``passord``, ``password``, ``secret``, ``token``, ``key``, …) unless its value is a boolean
such as ``{"token_lagret": True}``.
"""

from __future__ import annotations

import contextlib
import csv
import getpass
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.audit import (
    GENESIS_HASH,
    AuditEntry,
    AuditProblem,
    action_label,
    entry_hash,
    verify_chain,
)
from desktop_app.domain.organizations import Workspace
from desktop_app.storage.database import Database

HEAD_SEQ_KEY = "audit_head_seq"
HEAD_HASH_KEY = "audit_head_hash"

SECRET_WORDS = ("passord", "password", "secret", "hemmelig", "token", "key", "nøkkel")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_HEADER = [
    "Nr.",
    "Tid",
    "Tid (UTC)",
    "Bruker",
    "Arbeidsflate",
    "Handling",
    "Handlingskode",
    "Detaljer",
    "Kontrollert",
]


def current_user() -> str:
    """The operating system's name for the person at the keyboard."""
    try:
        name = getpass.getuser()
    except Exception:  # getuser raises different errors per platform and version
        name = ""
    name = name or os.environ.get("USERNAME") or os.environ.get("USER") or ""
    return name.strip() or "ukjent bruker"


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _to_utc_iso(moment: datetime | str) -> str:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is the user's local time
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _check_no_secrets(details: Mapping[str, Any], path: str = "") -> None:
    for key, value in details.items():
        name = str(key).casefold()
        if any(word in name for word in SECRET_WORDS) and not isinstance(value, bool):
            raise ValueError(
                f"Loggfeltet «{path}{key}» ser ut til å inneholde en hemmelighet. "
                "Loggen skal aldri inneholde passord, nøkler eller tokens; skriv bare "
                "om den er lagret (ja/nei)."
            )
        if isinstance(value, Mapping):
            _check_no_secrets(value, f"{path}{key}.")
        elif isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, Mapping):
                    _check_no_secrets(item, f"{path}{key}.")


def _normalise_details(details: Mapping[str, Any] | None) -> dict[str, Any]:
    """The details as they will read back from the file (JSON types), so the hash computed
    now matches the one computed when verifying."""
    if not details:
        return {}
    _check_no_secrets(details)
    try:
        return json.loads(json.dumps(dict(details), ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(
            "Detaljene i loggen må være tekst, tall, ja/nei eller lister av slike."
        ) from exc


def _safe_cell(value: object) -> str:
    """A cell Excel shows as text: a leading = + - @ would make it a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _local_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M:%S")
    except ValueError:
        return iso


def _row_to_entry(row: tuple) -> AuditEntry:
    seq, at, user, workspace_id, workspace_name, action, details, prev_hash, hash_ = row
    try:
        parsed = json.loads(details) if details else {}
    except ValueError:
        parsed = {"_uleselig": details}  # shown as it is; verification marks it as changed
    if not isinstance(parsed, dict):
        parsed = {"_verdi": parsed}
    return AuditEntry(
        seq=int(seq),
        at=str(at),
        user=str(user),
        workspace_id=None if workspace_id is None else int(workspace_id),
        workspace_name=workspace_name,
        action=str(action),
        details=parsed,
        prev_hash=str(prev_hash),
        hash=str(hash_),
    )


_COLUMNS = "seq, at, user, workspace_id, workspace_name, action, details, prev_hash, hash"


class AuditLog:
    """``actor``, when given, names the person acting (the signed-in person, or the person
    the user named); without it, or when it names nobody, entries name the computer's user."""

    def __init__(self, db: Database, actor: Callable[[], str | None] | None = None) -> None:
        self.db = db
        self.actor = actor
        # Told after each entry is written (from the writing thread), e.g. to refresh a view.
        self.listeners: list[Callable[[AuditEntry], None]] = []

    def acting(self) -> str:
        """Who an entry written now names."""
        named = self.actor() if self.actor is not None else None
        return (named or "").strip() or current_user()

    # -- writing ---------------------------------------------------------------------
    def append(
        self,
        action: str,
        details: Mapping[str, Any] | None = None,
        workspace: Workspace | None = None,
        user: str | None = None,
    ) -> AuditEntry:
        """Write one entry, linked to the one before, and commit it at once.

        ``details`` must hold no secrets (see the module text); a key that looks like one
        raises ``ValueError``.
        """
        if not action or not action.strip():
            raise ValueError("Handlingen i loggen kan ikke være tom.")
        clean = _normalise_details(details)
        who = (user or "").strip() or self.acting()
        workspace_id = workspace.id if workspace is not None else None
        workspace_name = workspace.name if workspace is not None else None
        with self.db.transaction() as conn:
            at = now_utc()  # taken under the write lock, so times follow the numbering
            head = self._head(conn)
            last = conn.execute(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
            ).fetchone()
            if head is not None:
                prev_seq, prev_hash = head
            elif last is not None:  # head missing (someone removed it): link to the last row
                prev_seq, prev_hash = int(last[0]), str(last[1])
            else:
                prev_seq, prev_hash = 0, GENESIS_HASH
            seq = max(prev_seq, int(last[0]) if last else 0) + 1
            digest = entry_hash(
                prev_hash, seq, at, who, workspace_id, workspace_name, action, clean
            )
            conn.execute(
                f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                (
                    seq,
                    at,
                    who,
                    workspace_id,
                    workspace_name,
                    action,
                    json.dumps(clean, ensure_ascii=False, sort_keys=True),
                    prev_hash,
                    digest,
                ),
            )
            conn.executemany(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [(HEAD_SEQ_KEY, str(seq)), (HEAD_HASH_KEY, digest)],
            )
        entry = AuditEntry(
            seq, at, who, workspace_id, workspace_name, action, clean, prev_hash, digest
        )
        for listener in list(self.listeners):
            listener(entry)
        return entry

    @staticmethod
    def _head(conn: Any) -> tuple[int, str] | None:
        rows = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (HEAD_SEQ_KEY, HEAD_HASH_KEY)
            ).fetchall()
        )
        if HEAD_SEQ_KEY not in rows or HEAD_HASH_KEY not in rows:
            return None
        try:
            return int(rows[HEAD_SEQ_KEY]), str(rows[HEAD_HASH_KEY])
        except ValueError:
            return None

    # -- reading ---------------------------------------------------------------------
    def entries(
        self,
        workspace_id: int | None = None,
        action: str | None = None,
        text: str | None = None,
        since: datetime | str | None = None,
        until: datetime | str | None = None,
    ) -> list[AuditEntry]:
        """Entries in log order, optionally filtered. ``text`` matches (case-insensitively)
        the user, workspace name, action (code or label) and details; ``since``/``until``
        are inclusive."""
        clauses: list[str] = []
        params: list[Any] = []
        if workspace_id is not None:
            clauses.append("workspace_id = ?")
            params.append(workspace_id)
        if action:
            clauses.append("action = ?")
            params.append(action)
        if since is not None:
            clauses.append("at >= ?")
            params.append(_to_utc_iso(since))
        if until is not None:
            clauses.append("at <= ?")
            params.append(_to_utc_iso(until))
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM audit_log{where} ORDER BY seq", params  # noqa: S608
            ).fetchall()
        result = [_row_to_entry(row) for row in rows]
        if text and text.strip():
            needle = text.strip().casefold()
            result = [e for e in result if needle in _searchable(e)]
        return result

    def head(self) -> tuple[int, str] | None:
        with self.db.read() as conn:
            return self._head(conn)

    def verify(self) -> list[AuditProblem]:
        """Check the whole log. Each problem names the entry (``seq``) a view should mark."""
        with self.db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq").fetchall()  # noqa: S608
            head = self._head(conn)
        entries = [_row_to_entry(row) for row in rows]
        problems = verify_chain(entries, head)
        if head is None and entries:
            problems.append(
                AuditProblem(
                    entries[-1].seq,
                    "mangler_på_slutten",
                    "Kontrollpunktet for loggen er fjernet, så Postvakt kan ikke se om de "
                    "nyeste oppføringene er slettet.",
                )
            )
        return problems

    # -- export ----------------------------------------------------------------------
    def export_csv(self, path: Path | str, entries: Iterable[AuditEntry] | None = None) -> int:
        """Write ``entries`` (all when ``None``) as a CSV file Excel opens directly: UTF-8
        with BOM, ``;`` between cells, formulas neutralised, one column saying whether the
        entry verified. Written to a temporary file first, then moved into place, so an
        existing file is never left half-written. Returns the number of rows."""
        path = Path(path)
        chosen = self.entries() if entries is None else list(entries)
        problems = self.verify()
        by_seq: dict[int, list[str]] = {}
        for problem in problems:
            by_seq.setdefault(problem.seq, []).append(problem.message)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then replaced
            "w",
            encoding="utf-8-sig",
            newline="",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
        )
        try:
            with handle:
                writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
                writer.writerow(CSV_HEADER)
                for entry in chosen:
                    messages = by_seq.get(entry.seq)
                    verified = "Nei: " + " ".join(messages) if messages else "Ja"
                    writer.writerow(
                        [
                            _safe_cell(cell)
                            for cell in (
                                entry.seq,
                                _local_time(entry.at),
                                entry.at,
                                entry.user,
                                entry.workspace_name or "",
                                action_label(entry.action),
                                entry.action,
                                _details_text(entry.details),
                                verified,
                            )
                        ]
                    )
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(handle.name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
            raise
        return len(chosen)


def _details_text(details: Mapping[str, Any]) -> str:
    if not details:
        return ""
    return json.dumps(details, ensure_ascii=False, sort_keys=True)


def _searchable(entry: AuditEntry) -> str:
    return " ".join(
        [
            entry.user,
            entry.workspace_name or "",
            entry.action,
            action_label(entry.action),
            _details_text(entry.details),
        ]
    ).casefold()

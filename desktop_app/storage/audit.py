"""The audit log: append-only, hash-chained, stored in the workspace database.

Who did what, when, in which workspace. Entries are never changed or removed in normal use
(SQLite triggers refuse it); the hash chain and the head kept in ``meta`` reveal it if
someone does it with other tools (see :mod:`desktop_app.domain.audit`).

**Sealing.** Each store gets a random ``store_id`` (in ``meta``) and, on its first entry
written where a secure keyring exists, a 256-bit key in the keyring
(:func:`desktop_app.storage.secrets.audit_chain_key`). From then on every entry is an
HMAC-SHA256 under that key, and the sealing point (``audit_keyed_from``) is stored with a MAC
of its own, so it cannot be moved. A log begun before this keeps its older entries: they
verify under plain SHA-256 up to the sealing point. With no keyring the log works as before,
unsealed, and :meth:`AuditLog.seal` says it cannot prove it was not rewritten; there is never
a key in a file.

**Written without the keyring** (a scheduled run under cron has no D-Bus, so no keyring): such
an entry after the sealing point is plain. Every sealed entry also records, under the key, that
it is the last one sealed (``audit_sealed_head``); plain entries after it are reported by
:meth:`AuditLog.notes` as «ikke forseglet (skrevet uten nøkkelring)», not as tampering, and the
next entry written with the key first writes one that seals them (``audit.sealed_later``,
naming them), see :func:`desktop_app.domain.audit.classify_unsealed` for what the log can
then prove.

**Anchors.** :func:`audit_anchor` gives the head and the number of entries as text for an
exported file to carry; :meth:`AuditLog.verify_against` (``postvakt-cli audit verify --mot``)
checks the log against one and finds a rewrite, entries cut off the end, or an older copy of
the database put back, which the chain alone cannot.

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
import hmac
import json
import os
import re
import tempfile
import threading
import uuid
import weakref
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.audit import (
    EDITED,
    GENESIS_HASH,
    SEALED_LATER,
    UNSEALED,
    AuditEntry,
    AuditProblem,
    action_label,
    classify_unsealed,
    entry_hash,
    entry_mac,
    is_keyed,
    seal_tag,
    sealed_head_tag,
    verify_against_anchor,
    verify_chain,
)
from desktop_app.domain.organizations import Workspace
from desktop_app.language import t
from desktop_app.storage.database import STORE_ID_KEY, Database, Row

HEAD_SEQ_KEY = "audit_head_seq"
HEAD_HASH_KEY = "audit_head_hash"
KEYED_FROM_KEY = "audit_keyed_from"
KEYED_TAG_KEY = "audit_keyed_tag"
SEALED_HEAD_KEY = "audit_sealed_head"  # "seq:hash" of the last entry sealed with the key
SEALED_HEAD_TAG_KEY = "audit_sealed_head_tag"

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
        normalised: dict[str, Any] = json.loads(json.dumps(dict(details), ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(
            "Detaljene i loggen må være tekst, tall, ja/nei eller lister av slike."
        ) from exc
    return normalised


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


def _row_to_entry(row: Row) -> AuditEntry:
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

# -- the sealing key -------------------------------------------------------------------------

SEALED = "forseglet"
KEY_MISSING = "nøkkel_mangler"
NOT_SEALED = "ikke_forseglet"


@dataclass(frozen=True)
class Seal:
    """What the log can prove about itself here and now. ``message`` is bokmål for the user."""

    state: str  # SEALED, KEY_MISSING or NOT_SEALED
    keyed_from: int | None  # the first sealed entry
    message: str


@dataclass
class _Key:
    store_id: str
    key: bytes | None
    reason: str  # why there is no key (bokmål); "" when there is one
    tried_create: bool


_KEYS: weakref.WeakKeyDictionary[Database, _Key] = weakref.WeakKeyDictionary()
_KEYS_LOCK = threading.Lock()
_NO_KEY_HERE = "Nøkkelen til loggen finnes ikke i nøkkelringen på denne maskinen."


def _fetch_key(store_id: str, create: bool) -> tuple[bytes | None, str]:
    from desktop_app.storage.secrets import SecretStoreError, audit_chain_key

    try:
        text = audit_chain_key(store_id, create=create)
    except SecretStoreError as exc:
        return None, exc.message_nb
    if text is None:
        return None, _NO_KEY_HERE
    try:
        return bytes.fromhex(text), ""
    except ValueError:
        return None, "Nøkkelen til loggen i nøkkelringen er ødelagt."


def _sealing_key(db: Database, store_id: str, create: bool) -> _Key:
    """The store's key, asked of the keyring once per open store (and once more to make it)."""
    with _KEYS_LOCK:
        known = _KEYS.get(db)
        if (
            known is not None
            and known.store_id == store_id
            and (known.key is not None or known.tried_create or not create)
        ):
            return known
        key, reason = _fetch_key(store_id, create)
        known = _Key(store_id, key, reason, create or reason != _NO_KEY_HERE)
        _KEYS[db] = known
        return known


def _meta(conn: Any) -> dict[str, str]:
    keys = (
        HEAD_SEQ_KEY,
        HEAD_HASH_KEY,
        STORE_ID_KEY,
        KEYED_FROM_KEY,
        KEYED_TAG_KEY,
        SEALED_HEAD_KEY,
        SEALED_HEAD_TAG_KEY,
    )
    rows = conn.execute(
        f"SELECT key, value FROM meta WHERE key IN ({', '.join('?' * len(keys))})",  # noqa: S608
        keys,
    ).fetchall()
    return {str(k): str(v) for k, v in rows}


def _sealed_head(meta: dict[str, str], key: bytes | None) -> tuple[int, str] | None:
    """The last entry sealed, as recorded under ``key``; None without a record, or when the
    record's MAC does not check out. Without the key (``None``) the record is taken as it
    stands: then no seal can be checked at all, and :meth:`AuditLog.seal` says so."""
    store_id, text, tag = (
        meta.get(STORE_ID_KEY),
        meta.get(SEALED_HEAD_KEY, ""),
        meta.get(SEALED_HEAD_TAG_KEY, ""),
    )
    seq_text, _, digest = text.partition(":")
    seq = _int_or_none(seq_text)
    if store_id is None or seq is None or not digest:
        return None
    if key is not None and not hmac.compare_digest(
        tag, sealed_head_tag(key, store_id, seq, digest)
    ):
        return None
    return seq, digest


def _int_or_none(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


# -- anchors ---------------------------------------------------------------------------------

_ANCHOR = re.compile(r"(?<![0-9A-Za-z])(\d{1,12}):((?:hmac:)?[0-9a-f]{64})(?![0-9a-f])")
_MAX_ANCHOR_FILE = 64 * 1024 * 1024


def audit_anchor(db: Database) -> tuple[str, str]:
    """The log's anchor as text, ``(head, count)``: the hash of the newest entry and the
    number of entries (entries are numbered from 1 without gaps). An exported file that
    carries both, best as the one token :func:`format_anchor` gives, lets
    ``postvakt-cli audit verify --mot FIL`` prove later that the log was not rewritten, cut
    short or put back to an older copy. An empty log: ``("000…0", "0")``."""
    with db.read() as conn:
        row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return GENESIS_HASH, "0"
    return str(row[1]), str(int(row[0]))


def format_anchor(head: str, count: str | int) -> str:
    """``count:head`` (for example ``57:hmac:3fa0…``): the form :func:`parse_anchor` finds in
    any text, and the one to print in an exported file (visible text and, for a PDF, also its
    metadata, which is not compressed)."""
    return f"{int(count)}:{head}"


def parse_anchor(text: str) -> tuple[int, str] | None:
    """``(count, head)`` from text holding an anchor; with several, the one with the most
    entries (the newest). ``None`` when there is none."""
    found = [(int(m.group(1)), m.group(2)) for m in _ANCHOR.finditer(text)]
    return max(found, key=lambda f: f[0]) if found else None


def read_anchor(path: Path | str) -> tuple[int, str] | None:
    """The anchor in a file (a status file, a CSV, a PDF whose text or metadata holds it).
    Raises ``OSError`` when the file cannot be read."""
    with open(path, "rb") as handle:
        data = handle.read(_MAX_ANCHOR_FILE)
    texts = [data.decode("latin-1")]
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        texts.append(data.decode("utf-16", errors="replace"))
    view = memoryview(data)
    for match in re.finditer(rb"stream\r?\n", data):  # compressed PDF streams
        with contextlib.suppress(zlib.error):
            texts.append(
                zlib.decompressobj()
                .decompress(view[match.end() :], 16 * 1024 * 1024)
                .decode("latin-1")
            )
    found = [a for a in (parse_anchor(t) for t in texts) if a is not None]
    return max(found, key=lambda f: f[0]) if found else None


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
        with self.db.read() as conn:  # ask the keyring before taking the write lock
            known = _meta(conn)
        if STORE_ID_KEY in known:
            _sealing_key(self.db, known[STORE_ID_KEY], create=KEYED_FROM_KEY not in known)
        written: list[AuditEntry] = []  # an entry that seals earlier ones, first
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
            meta = _meta(conn)
            changes: list[tuple[str, str]] = []
            store_id = meta.get(STORE_ID_KEY)
            if store_id is None:
                store_id = uuid.uuid4().hex
                changes.append((STORE_ID_KEY, store_id))
            keyed_from = meta.get(KEYED_FROM_KEY)
            key = _sealing_key(self.db, store_id, create=keyed_from is None).key
            if key is not None and keyed_from is not None:
                sealing = self._seal_later(conn, key, meta, int(keyed_from), prev_seq, at, who)
                if sealing is not None:
                    written.append(sealing)
                    prev_seq, prev_hash = sealing.seq, sealing.hash
                    seq = prev_seq + 1
            if key is not None:
                if keyed_from is None:  # sealed from this entry on; older ones stay as they are
                    changes += [
                        (KEYED_FROM_KEY, str(seq)),
                        (KEYED_TAG_KEY, seal_tag(key, store_id, seq)),
                    ]
                digest = entry_mac(
                    key, prev_hash, seq, at, who, workspace_id, workspace_name, action, clean
                )
                changes += [
                    (SEALED_HEAD_KEY, f"{seq}:{digest}"),
                    (SEALED_HEAD_TAG_KEY, sealed_head_tag(key, store_id, seq, digest)),
                ]
            else:  # no keyring: the log still works, unsealed (Seal says so)
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
                [(HEAD_SEQ_KEY, str(seq)), (HEAD_HASH_KEY, digest), *changes],
            )
        entry = AuditEntry(
            seq, at, who, workspace_id, workspace_name, action, clean, prev_hash, digest
        )
        for listener in list(self.listeners):
            for each in (*written, entry):
                listener(each)
        return entry

    def _seal_later(
        self,
        conn: Any,
        key: bytes,
        meta: dict[str, str],
        keyed_from: int,
        prev_seq: int,
        at: str,
        who: str,
    ) -> AuditEntry | None:
        """Inside append's transaction, with the key: when the newest entries were written
        without it (after the sealing point, after the last sealed entry), write an entry that
        names them, sealed, so that they are sealed from now on. None when there are none."""
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (prev_seq,)).fetchone()
        if row is None or prev_seq < keyed_from or is_keyed(str(row[0])):
            return None  # the common case: the newest entry is sealed (or there is none)
        prev_hash = str(row[0])
        last_keyed = conn.execute(
            "SELECT max(seq) FROM audit_log WHERE seq >= ? AND hash LIKE 'hmac:%'",
            (keyed_from,),
        ).fetchone()[0]
        first = max(keyed_from, int(last_keyed) + 1 if last_keyed is not None else keyed_from)
        head = _sealed_head(meta, key)
        details = {
            "fra": first,
            "til": prev_seq,
            "antall": prev_seq - first + 1,
            "sist_forseglet_før": head[0] if head is not None else None,
        }
        seq = prev_seq + 1
        digest = entry_mac(key, prev_hash, seq, at, who, None, None, SEALED_LATER, details)
        conn.execute(
            f"INSERT INTO audit_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
            (
                seq,
                at,
                who,
                None,
                None,
                SEALED_LATER,
                json.dumps(details, ensure_ascii=False, sort_keys=True),
                prev_hash,
                digest,
            ),
        )
        return AuditEntry(seq, at, who, None, None, SEALED_LATER, details, prev_hash, digest)

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
                f"SELECT {_COLUMNS} FROM audit_log{where} ORDER BY seq",  # noqa: S608
                params,
            ).fetchall()
        result = [_row_to_entry(row) for row in rows]
        if text and text.strip():
            needle = text.strip().casefold()
            result = [e for e in result if needle in _searchable(e)]
        return result

    def head(self) -> tuple[int, str] | None:
        with self.db.read() as conn:
            return self._head(conn)

    def entries_after(self, seq: int) -> list[AuditEntry]:
        """The entries written after entry number ``seq``, in log order (by this process or
        another one on the same store)."""
        with self.db.read() as conn:
            rows = conn.execute(
                f"SELECT {_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq",  # noqa: S608
                (seq,),
            ).fetchall()
        return [_row_to_entry(row) for row in rows]

    def _read_all(self) -> tuple[list[AuditEntry], tuple[int, str] | None, dict[str, str]]:
        with self.db.read() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY seq").fetchall()  # noqa: S608
            head = self._head(conn)
            meta = _meta(conn)
        return [_row_to_entry(row) for row in rows], head, meta

    def _key_of(self, meta: dict[str, str]) -> _Key | None:
        store_id = meta.get(STORE_ID_KEY)
        return None if store_id is None else _sealing_key(self.db, store_id, create=False)

    def verify(self) -> list[AuditProblem]:
        """Check the whole log. Each problem names the entry (``seq``) a view should mark.
        Reads only: never waits for the write lock, never makes a key."""
        entries, head, meta = self._read_all()
        return self._verify(entries, head, meta)

    def _verify(
        self, entries: list[AuditEntry], head: tuple[int, str] | None, meta: dict[str, str]
    ) -> list[AuditProblem]:
        known = self._key_of(meta)
        key = known.key if known is not None else None
        keyed_from = _int_or_none(meta.get(KEYED_FROM_KEY))
        problems = verify_chain(entries, head, key, keyed_from)
        if keyed_from is not None:
            sealed_head = _sealed_head(meta, key)
            found, _notes, explained = classify_unsealed(entries, keyed_from, sealed_head)
            problems = [
                p for p in problems if not (p.kind == UNSEALED and p.seq in explained)
            ] + found
            last = entries[-1].seq if entries else 0
            if sealed_head is not None and sealed_head[0] > last:
                problems.append(
                    AuditProblem(
                        last + 1,
                        "mangler_på_slutten",
                        f"Loggen var forseglet til og med oppføring {sealed_head[0]}, men har "
                        f"bare {last} oppføringer: de nyeste er slettet.",
                    )
                )
        first_keyed = next((e.seq for e in entries if is_keyed(e.hash)), None)
        if keyed_from is not None and key is not None and known is not None:
            tag = meta.get(KEYED_TAG_KEY, "")
            if tag != seal_tag(key, known.store_id, keyed_from) or (
                first_keyed is not None and first_keyed < keyed_from
            ):
                problems.append(
                    AuditProblem(
                        keyed_from,
                        EDITED,
                        "Punktet der loggen ble forseglet, er flyttet eller hører ikke til "
                        "nøkkelen i nøkkelringen.",
                    )
                )
        elif (
            keyed_from is None
            and entries
            and (first_keyed is not None or (key is not None and known is not None))
        ):
            problems.append(
                AuditProblem(
                    first_keyed or entries[0].seq,
                    EDITED,
                    "Forseglingen av loggen er fjernet fra databasen, så oppføringene kan være "
                    "skrevet om uten nøkkel.",
                )
            )
        if head is None and entries:
            problems.append(
                AuditProblem(
                    entries[-1].seq,
                    "mangler_på_slutten",
                    "Kontrollpunktet for loggen er fjernet, så Postvakt kan ikke se om de "
                    "nyeste oppføringene er slettet.",
                )
            )
        return _in_order(problems)

    def notes(self) -> list[str]:
        """What the reader should know that is not a fault: entries written without the
        keyring (a scheduled run) and whether they are sealed since (bokmål, one per run).
        Without the key they are told by the log's own record, which cannot be checked then
        (see :meth:`seal`)."""
        entries, _head, meta = self._read_all()
        known = self._key_of(meta)
        keyed_from = _int_or_none(meta.get(KEYED_FROM_KEY))
        if keyed_from is None:
            return []
        key = known.key if known is not None else None
        return classify_unsealed(entries, keyed_from, _sealed_head(meta, key))[1]

    def verify_against(self, count: int, head: str) -> list[AuditProblem]:
        """:meth:`verify`, and a check against an anchor taken earlier (see
        :func:`audit_anchor`): finds a rewrite, entries cut off the end, an older copy."""
        entries, stored_head, meta = self._read_all()
        problems = self._verify(entries, stored_head, meta)
        # The anchor's word first: it also names an older copy put back.
        return _in_order([*verify_against_anchor(entries, count, head), *problems])

    def seal(self) -> Seal:
        """What the log can prove here: sealed (from which entry), sealed but without its
        key on this machine, or not sealed. Reads only."""
        with self.db.read() as conn:
            meta = _meta(conn)
            count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        known = self._key_of(meta)
        keyed_from = _int_or_none(meta.get(KEYED_FROM_KEY))
        unsealed_hint = (
            " Sammenlign loggen med et kontrollpunkt fra en eksportert fil: "
            "postvakt-cli audit verify --mot FIL."
        )
        if keyed_from is not None and known is not None and known.key is not None:
            text = (
                "Loggen er forseglet med en nøkkel i nøkkelringen, så ingen kan endre en "
                "oppføring uten at det synes."
            )
            if keyed_from > 1:
                text += (
                    f" Oppføring 1–{keyed_from - 1} ble skrevet før loggen ble forseglet og er "
                    "bare kontrollert på den gamle måten (uten nøkkel)."
                )
            for note in self.notes():
                text += " " + note
            return Seal(SEALED, keyed_from, text)
        if keyed_from is not None:
            reason = known.reason if known is not None else _NO_KEY_HERE
            return Seal(
                KEY_MISSING,
                keyed_from,
                f"Loggen er forseglet fra oppføring {keyed_from}, men nøkkelen kan ikke brukes "
                f"her: {reason} Oppføringene er kontrollert mot hverandre, men ikke mot "
                "nøkkelen, så en omskriving kan ikke utelukkes."
                + unsealed_hint
                + "".join(" " + note for note in self.notes()),
            )
        from desktop_app.storage.secrets import keyring_status

        status = keyring_status()
        if status.usable and not count:
            return Seal(
                NOT_SEALED,
                None,
                "Loggen forsegles med en nøkkel i nøkkelringen fra første oppføring.",
            )
        if status.usable:
            return Seal(
                NOT_SEALED,
                None,
                "Loggen forsegles med en nøkkel i nøkkelringen fra "
                "neste oppføring. De som finnes, er kontrollert på "
                "den gamle måten (uten nøkkel).",
            )
        return Seal(
            NOT_SEALED,
            None,
            "Loggen er ikke forseglet med en nøkkel, fordi det ikke finnes en sikker "
            "nøkkelring her. Den viser endrede og slettede oppføringer, men kan ikke bevise at "
            "ingen har skrevet den om." + unsealed_hint,
        )

    # -- export ----------------------------------------------------------------------
    def export_recorded(self, path: Path | str, entries: Iterable[AuditEntry] | None = None) -> int:
        """:meth:`export_csv`, then an entry saying what was exported (the export is itself
        something a reviewer may ask about). Returns the number of rows written."""
        count = self.export_csv(path, entries)
        self.append("audit.exported", {"fil": Path(path).name, "oppføringer": count})
        return count

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
                writer.writerow([t(h) for h in CSV_HEADER])  # in the user's language
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
                                t(action_label(entry.action)),
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


def _in_order(problems: list[AuditProblem]) -> list[AuditProblem]:
    from desktop_app.domain.audit import PROBLEM_KINDS

    unique: dict[tuple[int, str], AuditProblem] = {}
    for problem in problems:
        unique.setdefault((problem.seq, problem.kind), problem)
    return sorted(unique.values(), key=lambda p: (p.seq, PROBLEM_KINDS.index(p.kind)))


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

"""The workspace store: one SQLite file that holds every workspace, its org units and the
audit log.

Every change is committed as it happens, so a crash or a kill loses nothing the user saw as
saved. Settings chosen for that:

* ``journal_mode=WAL``: readers do not block the writer, and a killed process leaves a
  consistent file (the next open replays or discards the write-ahead log).
* ``synchronous=FULL``: the WAL is synced to disk at every commit, so a committed change also
  survives a power cut or an OS crash, not only a killed process (``NORMAL`` would be enough
  for the latter). Postvakt writes a few rows per user action, so the cost of one fsync per
  commit is not noticeable, and the audit log is evidence: losing its newest entries to a
  power cut would look like tampering.
* ``foreign_keys=ON``: deleting a workspace removes its org units.
* ``busy_timeout``: a second Postvakt (the command line while the window is open) waits for
  the lock instead of failing at once.

Schema changes are numbered migrations; ``PRAGMA user_version`` says which have run. Each
runs in its own transaction, so a failed one leaves the file as it was. A file whose schema is
current is opened without taking the write lock, so a read-only command (``workspaces list``,
``audit verify``) never waits for another writer.

**A hurt store is reported, never replaced.** A new store is built under a temporary name and
linked into place only when complete, so a half-made file never exists. Opening then refuses:

* a missing file when there are signs of an earlier one (a backup, a write-ahead log);
* an emptied file (0 bytes);
* a file SQLite cannot read, or that fails ``PRAGMA quick_check``.

Each is a :class:`StoreUnusableError` naming the file and the newest backup that passes its own
check. Backups: ``Database.open(path, backup=True)`` (the window, commands that write) copies
the store with SQLite's backup API into ``sikkerhetskopier/`` beside it, numbered, keeping the
last :data:`KEEP_BACKUPS`; a store about to be migrated is always copied first.

**Busy and full.** A write that waits more than ``busy_timeout`` for another writer, or that
finds the disk full, raises :class:`StoreBusyError` / :class:`StoreFullError` (bokmål, no
traceback) after rolling back, so the caller still holds its work and can try again.

**Private files.** The store, its write-ahead log, the backups and their folders are created
0600/0700 (owner only), where the platform has such modes.

One connection, shared by threads behind a re-entrant lock.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 10_000
KEEP_BACKUPS = 5
BACKUP_FOLDER = "sikkerhetskopier"
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
STORE_ID_KEY = "store_id"  # in meta: a random name for this store (its audit key's name)

_STARTED = time.time()
"""When this process began using the store (when this module was loaded): a temporary copy
older than that is left by a process that has ended (see :func:`remove_stale_copies`)."""

Row = tuple[Any, ...]
"""One row as sqlite3 hands it back; what each column holds is the schema's business."""


class StorageError(RuntimeError):
    """A problem with the workspace store; ``message`` is shown to the user as it is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseTooNewError(StorageError):
    """The file was written by a newer Postvakt with a schema this version does not know."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"Arbeidsflatene i {path} er lagret av en nyere versjon av Postvakt "
            f"(databaseversjon {found}; denne versjonen kjenner bare til {known}). "
            "Oppdater Postvakt til nyeste versjon og start på nytt. Ingenting er endret i filen."
        )
        self.found = found
        self.known = known


class StoreUnusableError(StorageError):
    """The store is missing, emptied or damaged. Nothing was created or changed; ``backup``
    is the newest copy that passes its own check (``None`` when there is none)."""

    def __init__(self, path: Path, kind: str, backup: Path | None) -> None:
        what = {
            "mangler": (
                f"Finner ikke arbeidsflatene i {path}. Filen er flyttet eller slettet. "
                "Postvakt lager ikke en ny, tom fil i stedet, så ingenting blir borte uten "
                "at du merker det."
            ),
            "tom": (
                f"Arbeidsflatene i {path} er tømt (filen er 0 byte). Postvakt bruker den ikke "
                "og lager ikke en ny, tom fil i stedet."
            ),
            "skadet": (
                f"Filen {path} er ikke en Postvakt-database, eller den er skadet. Postvakt "
                "har ikke endret den."
            ),
        }[kind]
        if backup is not None:
            advice = (
                f" Den siste gode kopien er {backup}. Lukk Postvakt, flytt {path.name} (hvis "
                f"den finnes) til en annen mappe, kopier kopien til {path} og start Postvakt "
                "på nytt. Ta vare på den gamle filen og si fra til IT-avdelingen."
            )
        else:
            advice = (
                " Postvakt fant ingen god sikkerhetskopi. Be IT-avdelingen hente filen fra "
                "maskinens sikkerhetskopi. Vil du heller begynne på nytt med tomme "
                f"arbeidsflater, flytt {path.name} og mappen {BACKUP_FOLDER} til en annen mappe "
                "og start Postvakt på nytt."
            )
        super().__init__(what + advice)
        self.path = path
        self.kind = kind
        self.backup = backup


class StoreBusyError(StorageError):
    """Another program held the write lock longer than ``busy_timeout``; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(
            "Arbeidsflatene er opptatt: et annet Postvakt-vindu eller postvakt-cli har skrevet "
            f"til dem i over {BUSY_TIMEOUT_MS // 1000} sekunder. Ingenting er lagret. Vent litt, "
            "eller lukk det andre programmet, og prøv igjen."
        )


class StoreFullError(StorageError):
    """The disk (or the store's size limit) is full; nothing was saved."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"Disken er full, så Postvakt fikk ikke lagret i {path.parent}. Ingenting er "
            "lagret. Frigjør plass (tøm papirkurven eller slett store filer du ikke trenger) "
            "og prøv igjen."
        )


_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL = 5, 6, 13


def _translated(exc: sqlite3.Error, path: Path) -> StorageError | None:
    """Busy and full as the store's own errors; anything else ``None``."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc).lower()
    if code is not None:
        code &= 0xFF  # the primary code of an extended one
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or (code is None and "locked" in text):
        return StoreBusyError()
    if code == _SQLITE_FULL or (code is None and "is full" in text):
        return StoreFullError(path)
    return None


def _make_private(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def _private_folder(folder: Path) -> None:
    """``folder`` and its parents; a folder made here is owner-only."""
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        _make_private(folder, PRIVATE_FOLDER)


def backup_folder(path: Path) -> Path:
    """Where the backups of the store at ``path`` go."""
    return Path(path).parent / BACKUP_FOLDER


def backups(path: Path) -> list[Path]:
    """The backups of the store at ``path``, oldest first (by their number, not by clock)."""
    folder = backup_folder(path)
    pattern = re.compile(re.escape(Path(path).stem) + r"-(\d{6})(?:-.*)?\.sqlite3$")
    found: list[tuple[int, Path]] = []
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            match = pattern.match(item.name)
            if match:
                found.append((int(match.group(1)), item))
    return [item for _n, item in sorted(found)]


_SIDECARS = ("", "-journal", "-wal", "-shm")


_COPY_LOCK = ".kopi.lock"


@contextmanager
def _copy_lock(folder: Path, *, exclusive: bool) -> Iterator[bool]:
    """A lock on the backup folder's copies: shared (waited for) while a backup is copied,
    exclusive (not waited for) while stale copies are removed, so that a copy another Postvakt
    is making right now is never taken for a stale one. Yields whether it was had; where
    there are no such locks (Windows, where a file that is open cannot be removed anyway) or
    the lock file cannot be made, a backup goes ahead and nothing is removed."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield not exclusive
        return
    try:
        fd = os.open(folder / _COPY_LOCK, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError:
        yield not exclusive
        return
    try:
        try:
            if exclusive:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:
                fcntl.flock(fd, fcntl.LOCK_SH)
            had = True
        except OSError:
            had = not exclusive  # a backup that cannot lock still runs (as before)
        yield had
    finally:
        os.close(fd)  # and with it the lock


def remove_stale_copies(path: Path) -> list[Path]:
    """Remove the half-made backup copies (``sikkerhetskopier/.kopi-*.tmp``, each the size of
    the store, with SQLite's files beside them) that a Postvakt stopped mid-backup
    (``kill -9``, a power cut) left beside the store at ``path``. Only Postvakt's own names,
    only files last changed before this process began, and only while no other Postvakt is
    copying (:func:`_copy_lock`). Returns what was removed."""
    path = Path(path)
    folder = backup_folder(path)
    if not folder.is_dir():
        return []
    with _copy_lock(folder, exclusive=True) as free:
        return _remove_copies(folder, re.compile(r"\.kopi-[^/\\]+\.tmp")) if free else []


def _remove_copies(folder: Path, name: re.Pattern[str]) -> list[Path]:
    removed: list[Path] = []
    try:
        items = list(folder.iterdir())
    except OSError:
        return removed
    for item in items:
        stem = next((item.name[: -len(s)] for s in _SIDECARS[1:] if item.name.endswith(s)), None)
        if not name.fullmatch(item.name if stem is None else stem):
            continue
        try:
            if not item.is_file() or item.is_symlink() or item.stat().st_mtime >= _STARTED:
                continue
            item.unlink()
        except OSError:
            continue  # in use (Windows) or already gone
        removed.append(item)
    return removed


def _sound(path: Path) -> bool:
    """Does the file open as SQLite and pass ``quick_check``? Read-only; changes nothing."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError, OSError):
        return False
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return [str(r[0]) for r in rows] == ["ok"]
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def last_good_backup(path: Path) -> Path | None:
    """The newest backup of the store at ``path`` that passes its own check."""
    for candidate in reversed(backups(path)):
        if candidate.stat().st_size > 0 and _sound(candidate):
            return candidate
    return None


def _earlier_store_signs(path: Path) -> bool:
    """Was there a store at ``path`` before? A backup or a write-ahead log says so."""
    wal = path.with_name(path.name + "-wal")
    return bool(backups(path)) or (wal.exists() and wal.stat().st_size > 0)


def _create(path: Path) -> None:
    """A new, complete, owner-only store at ``path``: built under a temporary name, then
    linked into place (never over a file another process made meanwhile)."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".ny", dir=path.parent)
    os.close(fd)  # mkstemp makes it 0600; SQLite gives its WAL files the same mode
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp_name, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            for number, statements in enumerate(MIGRATIONS, start=1):
                conn.execute("BEGIN IMMEDIATE")
                for statement in statements:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute("COMMIT")
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)", (STORE_ID_KEY, uuid.uuid4().hex)
            )
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another Postvakt made it first: use theirs
        except OSError:  # no hard links here (some network or FAT disks)
            if not path.exists():
                os.replace(tmp, path)
    except sqlite3.Error as exc:
        translated = _translated(exc, path)
        raise translated or StorageError(
            f"Postvakt får ikke laget arbeidsflatene i {path.parent}. Sjekk at du har "
            "skrivetilgang til mappen og at disken ikke er full."
        ) from exc
    except OSError as exc:
        raise StorageError(
            f"Postvakt får ikke laget arbeidsflatene i {path.parent}. Sjekk at du har "
            "skrivetilgang til mappen og at disken ikke er full."
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(tmp_name + suffix).unlink(missing_ok=True)


def utc_now() -> str:
    """The time stamp every table stores: ISO 8601, UTC, microseconds (so rows written in
    the same second still sort in the order they were written)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


# Each migration is a list of statements, run in one transaction. Append new ones at the
# end; never edit one that has shipped.
MIGRATIONS: list[tuple[str, ...]] = [
    # 1: workspaces, org units, audit log, meta
    (
        """
        CREATE TABLE workspaces (
            id          INTEGER PRIMARY KEY,
            name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
            orgnr       TEXT    NOT NULL UNIQUE CHECK (length(orgnr) = 9),
            is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
            created_at  TEXT    NOT NULL,
            updated_at  TEXT    NOT NULL
        )
        """,
        """
        CREATE TABLE org_units (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            name          TEXT    NOT NULL,
            org_form      TEXT    NOT NULL,
            parent_orgnr  TEXT,
            source        TEXT    NOT NULL
                          CHECK (source IN ('demo', 'manuell', 'enhetsregisteret')),
            deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
            UNIQUE (workspace_id, orgnr)
        )
        """,
        "CREATE INDEX org_units_workspace ON org_units(workspace_id)",
        """
        CREATE TABLE audit_log (
            seq             INTEGER PRIMARY KEY,
            at              TEXT    NOT NULL,
            user            TEXT    NOT NULL,
            workspace_id    INTEGER,
            workspace_name  TEXT,
            action          TEXT    NOT NULL,
            details         TEXT    NOT NULL DEFAULT '{}',
            prev_hash       TEXT    NOT NULL,
            hash            TEXT    NOT NULL
        )
        """,
        "CREATE INDEX audit_log_workspace ON audit_log(workspace_id)",
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'Loggen kan ikke endres: oppføringer kan bare legges til.');
        END
        """,
        """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'Loggen kan ikke endres: oppføringer kan ikke slettes.');
        END
        """,
        """
        CREATE TABLE meta (
            key    TEXT PRIMARY KEY,
            value  TEXT NOT NULL
        )
        """,
    ),
    # 2: check runs (one row per finished check, counts only) and the follow-up state per
    #    recipient org.nr, which outlives runs and imports
    (
        """
        CREATE TABLE check_runs (
            id                  INTEGER PRIMARY KEY,
            workspace_id        INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            kind                TEXT    NOT NULL DEFAULT 'unopened',
            started_at          TEXT    NOT NULL,
            finished_at         TEXT    NOT NULL,
            source_name         TEXT    NOT NULL DEFAULT '',
            risk_answer         TEXT    NOT NULL DEFAULT 'unknown'
                                CHECK (risk_answer IN ('1a', '1b', 'unknown')),
            rows_read           INTEGER NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
            rows_with_errors    INTEGER NOT NULL DEFAULT 0 CHECK (rows_with_errors >= 0),
            at_risk_count       INTEGER NOT NULL DEFAULT 0 CHECK (at_risk_count >= 0),
            recipients_at_risk  INTEGER NOT NULL DEFAULT 0 CHECK (recipients_at_risk >= 0),
            summary             TEXT    NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX check_runs_workspace ON check_runs(workspace_id, started_at)",
        """
        CREATE TABLE recipient_followups (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            status        TEXT    NOT NULL DEFAULT 'ikke_kontaktet'
                          CHECK (status IN ('ikke_kontaktet', 'kontaktet', 'bekreftet_åpnet')),
            status_date   TEXT,
            note          TEXT    NOT NULL DEFAULT '',
            updated_at    TEXT    NOT NULL,
            UNIQUE (workspace_id, orgnr)
        )
        """,
    ),
    # 3: uapnet-wizard: the user's answer, per own org.nr, to "does Altinn show unopened
    #    confidential post here?" (ja / nei / ikke sjekket, with a date and a note)
    (
        """
        CREATE TABLE own_inbox_checks (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            answer        TEXT    NOT NULL DEFAULT 'ikke_sjekket'
                          CHECK (answer IN ('ikke_sjekket', 'ja', 'nei')),
            checked_on    TEXT,
            note          TEXT    NOT NULL DEFAULT '',
            updated_at    TEXT    NOT NULL,
            UNIQUE (workspace_id, orgnr)
        )
        """,
    ),
    # 4: tilgang: confidential-post access per org number (approved readers, actual holders),
    #    notification addresses, the access routine and its reviews
    (
        """
        CREATE TABLE access_approved (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
            email         TEXT    NOT NULL DEFAULT '',
            mobile        TEXT    NOT NULL DEFAULT '',
            reason        TEXT    NOT NULL,
            approved_by   TEXT    NOT NULL DEFAULT '',
            approved_on   TEXT,
            created_at    TEXT    NOT NULL
        )
        """,
        "CREATE INDEX access_approved_ws ON access_approved(workspace_id, orgnr)",
        """
        CREATE TABLE access_holders (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
            email         TEXT    NOT NULL DEFAULT '',
            grants        TEXT    NOT NULL DEFAULT '',
            source        TEXT    NOT NULL CHECK (source IN ('api', 'manuell', 'import')),
            party_uuid    TEXT    NOT NULL DEFAULT '',
            updated_at    TEXT    NOT NULL
        )
        """,
        "CREATE INDEX access_holders_ws ON access_holders(workspace_id, orgnr)",
        """
        CREATE TABLE notification_addresses (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            kind          TEXT    NOT NULL CHECK (kind IN ('epost', 'sms')),
            value         TEXT    NOT NULL,
            remote_id     TEXT,
            source        TEXT    NOT NULL DEFAULT 'manuell',
            updated_at    TEXT    NOT NULL,
            UNIQUE (workspace_id, orgnr, value)
        )
        """,
        """
        CREATE TABLE access_routine (
            workspace_id  INTEGER PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
            settings      TEXT    NOT NULL DEFAULT '{}',
            created_at    TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL
        )
        """,
        """
        CREATE TABLE access_reviews (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            reviewed_on   TEXT    NOT NULL,
            reviewer      TEXT    NOT NULL DEFAULT '',
            note          TEXT    NOT NULL DEFAULT '',
            created_at    TEXT    NOT NULL
        )
        """,
    ),
    # 5: virksomheter: what Enhetsregisteret said about each unit at the last refresh
    #    (so the page works offline), and each refresh with the units before it and the
    #    changes it found ("Endringer siden sist")
    (
        "ALTER TABLE org_units ADD COLUMN address TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE org_units ADD COLUMN status TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE org_units ADD COLUMN status_date TEXT",
        "ALTER TABLE org_units ADD COLUMN daglig_leder TEXT",
        "ALTER TABLE org_units ADD COLUMN fetched_at TEXT",
        """
        CREATE TABLE org_unit_refreshes (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            fetched_at    TEXT    NOT NULL,
            unit_count    INTEGER NOT NULL DEFAULT 0 CHECK (unit_count >= 0),
            previous      TEXT    NOT NULL DEFAULT '[]',
            changes       TEXT    NOT NULL DEFAULT '[]'
        )
        """,
        "CREATE INDEX org_unit_refreshes_workspace ON org_unit_refreshes(workspace_id, id)",
    ),
    # 6: dpi: step-by-step checklists (the DPI onboarding): one row per confirmed or
    #    half-filled step, and where the user was when they left
    (
        """
        CREATE TABLE checklist_steps (
            workspace_id     INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            flow             TEXT    NOT NULL,
            step             TEXT    NOT NULL,
            fields           TEXT    NOT NULL DEFAULT '{}',
            confirmed_at     TEXT,
            confirmed_by     TEXT    NOT NULL DEFAULT '',
            verification     TEXT,
            evidence         TEXT,
            updated_at       TEXT    NOT NULL,
            PRIMARY KEY (workspace_id, flow, step)
        )
        """,
        """
        CREATE TABLE checklist_progress (
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            flow          TEXT    NOT NULL,
            current_step  TEXT,
            updated_at    TEXT    NOT NULL,
            PRIMARY KEY (workspace_id, flow)
        )
        """,
    ),
    # 7: uapnet-review: the letters of each check run, so a run can be reviewed again
    (
        """
        CREATE TABLE check_run_letters (
            run_id          INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            shipment_id     TEXT    NOT NULL,
            sent_at         TEXT,
            status          TEXT,
            status_text     TEXT    NOT NULL DEFAULT '',
            title           TEXT    NOT NULL DEFAULT '',
            recipient_name  TEXT    NOT NULL DEFAULT '',
            recipient_id    TEXT    NOT NULL DEFAULT '',
            recipient_kind  TEXT    NOT NULL DEFAULT 'ukjent'
                            CHECK (recipient_kind IN ('organisasjon', 'person', 'ukjent')),
            confidential    INTEGER CHECK (confidential IN (0, 1)),
            digital_only    INTEGER CHECK (digital_only IN (0, 1)),
            external_ref    TEXT    NOT NULL DEFAULT '',
            source_line     INTEGER,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID
        """,
    ),
    # 8: the same letters table, with its CHECKs written as comparisons. SQLite (3.40) checks
    # ``x IN (a, b, c)`` in a CHECK by building a small temporary table for every row; for
    # 100,000 letters that was more than half the time of saving a check (measured: 54,700
    # → 24,200 instructions a row). The allowed values are the same, so every saved row
    # still passes; the table is copied, as SQLite cannot change a CHECK in place.
    (
        """
        CREATE TABLE check_run_letters_new (
            run_id          INTEGER NOT NULL REFERENCES check_runs(id) ON DELETE CASCADE,
            seq             INTEGER NOT NULL,
            shipment_id     TEXT    NOT NULL,
            sent_at         TEXT,
            status          TEXT,
            status_text     TEXT    NOT NULL DEFAULT '',
            title           TEXT    NOT NULL DEFAULT '',
            recipient_name  TEXT    NOT NULL DEFAULT '',
            recipient_id    TEXT    NOT NULL DEFAULT '',
            recipient_kind  TEXT    NOT NULL DEFAULT 'ukjent'
                            CHECK (recipient_kind = 'organisasjon' OR recipient_kind = 'person'
                                   OR recipient_kind = 'ukjent'),
            confidential    INTEGER CHECK (confidential = 0 OR confidential = 1),
            digital_only    INTEGER CHECK (digital_only = 0 OR digital_only = 1),
            external_ref    TEXT    NOT NULL DEFAULT '',
            source_line     INTEGER,
            PRIMARY KEY (run_id, seq)
        ) WITHOUT ROWID
        """,
        """
        INSERT INTO check_run_letters_new (run_id, seq, shipment_id, sent_at, status,
            status_text, title, recipient_name, recipient_id, recipient_kind, confidential,
            digital_only, external_ref, source_line)
        SELECT run_id, seq, shipment_id, sent_at, status, status_text, title, recipient_name,
            recipient_id, recipient_kind, confidential, digital_only, external_ref, source_line
        FROM check_run_letters
        """,
        "DROP TABLE check_run_letters",
        "ALTER TABLE check_run_letters_new RENAME TO check_run_letters",
    ),
    # 9: when each org number's access holders and notification addresses were last read
    # from Altinn, so that what has not been read is shown as unknown, not as a fact.
    (
        """
        CREATE TABLE altinn_reads (
            workspace_id INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr        TEXT    NOT NULL,
            kind         TEXT    NOT NULL CHECK (kind = 'tilgang' OR kind = 'varsling'),
            read_at      TEXT    NOT NULL,
            PRIMARY KEY (workspace_id, orgnr, kind)
        ) WITHOUT ROWID
        """,
    ),
    # 10: a check whose statuses were fetched from SvarUt after the import stays one check:
    # the run keeps its counts from before the fetch beside the new ones, and each letter
    # the fetch changed keeps the status it had before (NULL: the status did not change).
    (
        "ALTER TABLE check_runs ADD COLUMN refreshed_at TEXT",
        "ALTER TABLE check_runs ADD COLUMN at_risk_before INTEGER",
        "ALTER TABLE check_runs ADD COLUMN recipients_before INTEGER",
        "ALTER TABLE check_run_letters ADD COLUMN status_before TEXT",
        "ALTER TABLE check_run_letters ADD COLUMN status_text_before TEXT",
    ),
    # 11: the letters of a check as one record (JSON, one list per field) instead of a row
    # per letter. Opening a saved check of 100,000 letters fetched 1.2 million values from
    # SQLite, each made into a Python object one by one (about 250 ms, more than reading the
    # export again); one record is read and decoded in C. Checks saved before keep their
    # rows in check_run_letters and open as before.
    (
        """
        CREATE TABLE check_run_letter_sets (
            run_id   INTEGER PRIMARY KEY REFERENCES check_runs(id) ON DELETE CASCADE,
            format   INTEGER NOT NULL CHECK (format = 1),
            letters  INTEGER NOT NULL CHECK (letters >= 0),
            data     BLOB    NOT NULL
        )
        """,
    ),
    # 12: holders read from the Altinn portal's own download («Last ned til fil») are their
    # own source, beside those read through the API, typed in or imported from a list; and
    # for each org number, when such a file was read in, which file and the day it was
    # downloaded (NULL: not known), so the state can be shown as what it is.
    (
        """
        CREATE TABLE access_holders_new (
            id            INTEGER PRIMARY KEY,
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL CHECK (length(orgnr) = 9),
            name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
            email         TEXT    NOT NULL DEFAULT '',
            grants        TEXT    NOT NULL DEFAULT '',
            source        TEXT    NOT NULL
                          CHECK (source IN ('api', 'manuell', 'import', 'portal')),
            party_uuid    TEXT    NOT NULL DEFAULT '',
            updated_at    TEXT    NOT NULL
        )
        """,
        """
        INSERT INTO access_holders_new (id, workspace_id, orgnr, name, email, grants, source,
            party_uuid, updated_at)
        SELECT id, workspace_id, orgnr, name, email, grants, source, party_uuid, updated_at
        FROM access_holders
        """,
        "DROP TABLE access_holders",
        "ALTER TABLE access_holders_new RENAME TO access_holders",
        "CREATE INDEX access_holders_ws ON access_holders(workspace_id, orgnr)",
        """
        CREATE TABLE portal_reads (
            workspace_id  INTEGER NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
            orgnr         TEXT    NOT NULL,
            read_at       TEXT    NOT NULL,
            downloaded_on TEXT,
            file_name     TEXT    NOT NULL,
            PRIMARY KEY (workspace_id, orgnr)
        ) WITHOUT ROWID
        """,
    ),
]

SCHEMA_VERSION = len(MIGRATIONS)


class Database:
    """The open store. Use :meth:`open`; close with :meth:`close`."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._conn = connection
        self._lock = threading.RLock()
        self._depth = 0  # nesting of transaction(); inner levels are savepoints
        self._closed = False

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path | str, *, backup: bool = False, busy_timeout_ms: int | None = None
    ) -> Database:
        """Open the store at ``path`` (create it only when there was never one there) and
        bring its schema up to date. ``backup=True``: keep a copy of it as it is now.

        Raises :class:`StoreUnusableError` for a missing, emptied or damaged store,
        :class:`DatabaseTooNewError` for a newer schema, :class:`StorageError` otherwise."""
        path = Path(path)
        timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
        _private_folder(path.parent)
        if not path.exists():
            if _earlier_store_signs(path):
                raise StoreUnusableError(path, "mangler", last_good_backup(path))
            _create(path)
        else:
            try:
                empty = path.stat().st_size == 0
            except OSError:
                empty = False
            if empty:
                raise StoreUnusableError(path, "tom", last_good_backup(path))
            for private in (
                path,
                path.with_name(path.name + "-wal"),
                path.with_name(path.name + "-shm"),
            ):
                if private.exists():
                    _make_private(private, PRIVATE_FILE)
        conn = sqlite3.connect(
            str(path), check_same_thread=False, isolation_level=None, timeout=timeout / 1000
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(
                    f"Postvakt kan ikke lagre trygt i {path.parent} (mappen støtter ikke "
                    "WAL-logging, for eksempel en nettverksdisk). Velg en lokal mappe."
                )
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            db = cls(path, conn)
            if db.quick_check() != ["ok"]:
                raise StoreUnusableError(path, "skadet", last_good_backup(path))
            current = db.user_version()
            if current > SCHEMA_VERSION:
                raise DatabaseTooNewError(path, current, SCHEMA_VERSION)
            if current < SCHEMA_VERSION:
                if current > 0:
                    db.backup()  # the store as this version found it, before any change
                db._migrate()
            if backup:
                db.backup()
        except sqlite3.DatabaseError as exc:
            conn.close()
            translated = _translated(exc, path)
            if translated is not None:
                raise translated from exc
            if isinstance(exc, sqlite3.OperationalError):
                raise StorageError(
                    f"Postvakt får ikke åpnet {path}. Sjekk at mappen finnes, at disken ikke "
                    "er full, og at du har skrivetilgang til den."
                ) from exc
            raise StoreUnusableError(path, "skadet", last_good_backup(path)) from exc
        except BaseException:
            conn.close()
            raise
        return db

    def _migrate(self) -> None:
        for number, statements in enumerate(MIGRATIONS, start=1):
            with self._lock:
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    # Read inside the write lock: another process may have migrated meanwhile.
                    current = self.user_version()
                    if current > SCHEMA_VERSION:
                        raise DatabaseTooNewError(self.path, current, SCHEMA_VERSION)
                    if current < number:
                        for statement in statements:
                            self._conn.execute(statement)
                        self._conn.execute(f"PRAGMA user_version = {number}")
                    self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise

    # -- backups ---------------------------------------------------------------------
    def backup(self) -> Path:
        """Copy the store as it is now into the backup folder (numbered, owner-only) and
        keep the newest :data:`KEEP_BACKUPS`. Only reads the store; never waits for a writer.
        A copy left half-made by a process that was stopped is removed first."""
        folder = backup_folder(self.path)
        remove_stale_copies(self.path)
        _private_folder(folder)
        _make_private(folder, PRIVATE_FOLDER)
        with _copy_lock(folder, exclusive=False):
            return self._backup(folder)

    def _backup(self, folder: Path) -> Path:
        existing = backups(self.path)
        number = 1
        if existing:
            last = re.search(r"-(\d{6})", existing[-1].name[len(self.path.stem) :])
            number = int(last.group(1)) + 1 if last else len(existing) + 1
        target = folder / f"{self.path.stem}-{number:06d}.sqlite3"
        fd, tmp_name = tempfile.mkstemp(prefix=".kopi-", suffix=".tmp", dir=folder)  # 0600
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            copy = sqlite3.connect(tmp_name)
            try:
                with self._lock:
                    self._check_open()
                    self._conn.backup(copy)
                # One plain file, whole without a write-ahead log beside it.
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        for old in backups(self.path)[:-KEEP_BACKUPS]:
            with contextlib.suppress(OSError):
                old.unlink()
        return target

    # -- use -------------------------------------------------------------------------
    def user_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``with db.transaction() as conn:`` — all or nothing, committed when the block ends.

        Starts with ``BEGIN IMMEDIATE`` (takes the write lock at once, so two writers never
        deadlock halfway). Nested use becomes a savepoint inside the outer transaction.
        """
        with self._lock:
            self._check_open()
            conn = self._conn
            if self._depth == 0:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlite3.Error as exc:
                    translated = _translated(exc, self.path)
                    if translated is not None:
                        raise translated from exc
                    raise
                commit, rollback = "COMMIT", "ROLLBACK"
            else:
                name = f"sp{self._depth}"
                conn.execute(f"SAVEPOINT {name}")
                commit, rollback = f"RELEASE {name}", f"ROLLBACK TO {name}; RELEASE {name}"
            self._depth += 1
            try:
                yield conn
                if self._depth == 1:
                    conn.execute(commit)
            except BaseException as exc:
                self._depth -= 1
                if conn.in_transaction:  # SQLite may have rolled back already
                    for statement in rollback.split("; "):
                        with contextlib.suppress(sqlite3.Error):
                            conn.execute(statement)
                translated = _translated(exc, self.path) if isinstance(exc, sqlite3.Error) else None
                if translated is not None:
                    raise translated from exc
                raise
            else:
                self._depth -= 1
                if self._depth > 0:
                    conn.execute(commit)

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """``with db.read() as conn:`` — the connection, for reading, under the lock."""
        with self._lock:
            self._check_open()
            yield self._conn

    # -- meta ------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        with self.read() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def quick_check(self) -> list[str]:
        """SQLite's quick check of the file (no index contents); ``["ok"]`` when sound."""
        with self.read() as conn:
            return [str(row[0]) for row in conn.execute("PRAGMA quick_check")]

    def integrity_check(self) -> list[str]:
        """SQLite's own check of the file; ``["ok"]`` when it is sound."""
        with self.read() as conn:
            return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]

    # -- closing ---------------------------------------------------------------------
    def _check_open(self) -> None:
        if self._closed:
            raise StorageError("Arbeidsflatene er lukket. Start Postvakt på nytt.")

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._closed = True
            # Fold the write-ahead log back into the main file, so a copy of the one file
            # is complete.
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

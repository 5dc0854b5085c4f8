"""Files kept as evidence (a screenshot or receipt of a confirmed step), next to the database.

Each file is named ``<flow>-<workspace id>-<step>-<first 16 hex of its SHA-256><suffix>``, so
the same file attached twice is kept once, and every file of a workspace can be found by its
name. The database rows hold the name and the full SHA-256 (see
:mod:`desktop_app.storage.checklists`); this module only places and removes the files.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

from desktop_app.storage.database import Database

log = logging.getLogger(__name__)

ATTACHMENTS_FOLDER = "vedlegg"


def attachments_folder(db: Database) -> Path:
    """The folder beside the database that holds the evidence files."""
    return Path(db.path).parent / ATTACHMENTS_FOLDER


def keep_private_copy(source: Path, folder: Path, name: str) -> Path:
    """Copy ``source`` to ``folder/.name.tmp`` readable by the owner only (0600), making
    ``folder`` owner-only (0700) when it is new. Returns the temporary file; the caller
    checks it and moves it into place, and removes it if that fails. A failed copy removes
    it here."""
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    tmp = folder / f".{name}.tmp"
    tmp.unlink(missing_ok=True)  # left by a copy that was killed: never in the way
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with open(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
    except BaseException:  # unreadable source, full disk, or an interrupt: no half copy left
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def stored_name(flow: str, workspace_id: int, step: str, digest: str, suffix: str) -> str:
    if "-" in flow:
        raise ValueError(f"flow names have no hyphen: {flow!r}")
    return f"{flow}-{workspace_id}-{step}-{digest[:16]}{suffix.lower()}"


def workspace_of(name: str) -> int | None:
    """The workspace id in a stored file's name (``None`` for any other file)."""
    parts = name.split("-", 2)
    if len(parts) < 3 or not parts[1].isdigit():
        return None
    return int(parts[1])


def delete_workspace_files(folder: Path, workspace_id: int) -> None:
    """Remove every evidence file of the workspace (also files a later confirmation replaced).
    A file that cannot be removed is logged and left."""
    try:
        paths = [p for p in folder.iterdir() if workspace_of(p.name) == workspace_id]
    except FileNotFoundError:
        return
    for path in paths:
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("Vedlegget %s kunne ikke slettes: %s", path.name, exc.strerror)

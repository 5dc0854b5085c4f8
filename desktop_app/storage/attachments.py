"""Files kept as evidence (a screenshot or receipt of a confirmed step), next to the database.

Each file is named ``<flow>-<workspace id>-<step>-<first 16 hex of its SHA-256><suffix>``, so
the same file attached twice is kept once, and every file of a workspace can be found by its
name. The database rows hold the name and the full SHA-256 (see
:mod:`desktop_app.storage.checklists`); this module only places and removes the files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.storage.database import Database

log = logging.getLogger(__name__)

ATTACHMENTS_FOLDER = "vedlegg"


def attachments_folder(db: Database) -> Path:
    """The folder beside the database that holds the evidence files."""
    return Path(db.path).parent / ATTACHMENTS_FOLDER


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

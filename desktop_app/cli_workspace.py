"""Which workspace a ``postvakt-cli`` command works in: one chooser for every command.

``--workspace ID`` wins; else ``--orgnr`` when the command has it; else the only workspace
there is. Each command says in its own words what to do when there is none or there are
several; the list of workspaces to choose from is printed the same way everywhere.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any

__all__ = ["WorkspaceChoice", "choose_workspace"]

NOT_FOUND = (
    "Fant ingen arbeidsflate med ID {id}. Se hvilke som finnes med: postvakt-cli workspaces list"
)
SEVERAL = "Det finnes flere arbeidsflater. Velg en med --workspace ID:"


@dataclass(frozen=True)
class WorkspaceChoice:
    """What each command says when it cannot choose. ``none``: there is no workspace
    (None: that is fine, the command runs without one). ``several``: there are several and
    none was named (None: fine too). ``no_orgnr``: none has the org.nr given ({orgnr} and
    {shown} are filled in; None: fine)."""

    none: str | None
    several: str | None = SEVERAL
    no_orgnr: str | None = None


def choose_workspace(
    db: Any, workspace_id: int | None, choice: WorkspaceChoice, orgnr: str | None = None
) -> tuple[Any | None, bool]:
    """``(workspace, ok)``: ``workspace`` is None when there is none to use (fine when
    ``ok``); ``ok`` is False after saying on stderr what to choose."""
    from desktop_app.domain.identifiers import format_orgnr
    from desktop_app.services.workspaces import WorkspaceService
    from desktop_app.storage.workspaces import WorkspaceRepository

    service = WorkspaceService(db)
    if workspace_id is not None:
        found = service.get_workspace(workspace_id)
        if found is None:
            print(NOT_FOUND.format(id=workspace_id), file=sys.stderr)
            return None, False
        return found, True
    if orgnr is not None:
        found = WorkspaceRepository(db).find_by_orgnr(orgnr)
        if found is None and choice.no_orgnr is not None:
            print(choice.no_orgnr.format(orgnr=orgnr, shown=format_orgnr(orgnr)), file=sys.stderr)
            return None, False
        return found, True
    workspaces = service.list_workspaces()
    if len(workspaces) == 1:
        return workspaces[0], True
    if not workspaces:
        if choice.none is None:
            return None, True
        print(choice.none, file=sys.stderr)
        return None, False
    if choice.several is None:
        return None, True
    print(choice.several, file=sys.stderr)
    for w in workspaces:
        kind = " (øving)" if w.is_demo else ""
        print(f"  {w.id}  {w.name}{kind}, org.nr {format_orgnr(w.orgnr)}", file=sys.stderr)
    return None, False

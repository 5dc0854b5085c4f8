"""The inventory of a municipality's org numbers: the tree, what changed since the last
refresh, and how a refresh from Enhetsregisteret is merged with the saved copy.

Plain data and rules; the fetching is in :mod:`desktop_app.integrations.enhetsregisteret`,
the saving in :mod:`desktop_app.storage.workspaces`, the order of work in
:mod:`desktop_app.services.organizations`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from desktop_app.domain.organizations import (
    SOURCE_MANUAL,
    SOURCE_REGISTRY,
    OrgUnit,
    UnitStatus,
    sort_units,
)

# -- the tree ---------------------------------------------------------------------------


@dataclass
class TreeNode:
    unit: OrgUnit
    children: list[TreeNode] = field(default_factory=list)

    def walk(self) -> Iterable[tuple[int, OrgUnit]]:
        """(depth, unit) for this node and everything below it, depth first."""
        stack: list[tuple[int, TreeNode]] = [(0, self)]
        while stack:
            depth, node = stack.pop()
            yield depth, node.unit
            stack.extend((depth + 1, child) for child in reversed(node.children))


def build_tree(units: Iterable[OrgUnit]) -> list[TreeNode]:
    """The units as a tree along ``parent_orgnr``.

    A unit whose parent is not in the list (added by hand, or its parent gone) is a root.
    Roots come as :func:`sort_units` orders them (the municipality first), children too.
    A loop in the parent links (a register error or bad import) cannot hang the tree: the
    unit where the loop is found becomes a root.
    """
    unique = {u.orgnr: u for u in units}
    nodes = {nr: TreeNode(u) for nr, u in unique.items()}

    def parent_of(nr: str) -> str | None:
        parent = unique[nr].parent_orgnr
        if parent is None or parent == nr or parent not in unique:
            return None
        # Follow the chain upwards; if it comes back to ``nr`` it is a loop.
        seen = {nr}
        current: str | None = parent
        while current is not None and current in unique:
            if current in seen:
                return None
            seen.add(current)
            current = unique[current].parent_orgnr
        return parent

    roots: list[TreeNode] = []
    for unit in sort_units(unique.values()):
        parent = parent_of(unit.orgnr)
        if parent is None:
            roots.append(nodes[unit.orgnr])
        else:
            nodes[parent].children.append(nodes[unit.orgnr])
    return roots


# -- what changed -----------------------------------------------------------------------


class ChangeKind(StrEnum):
    NEW = "ny"
    GONE = "borte"
    RENAMED = "nytt_navn"
    MOVED = "flyttet"
    DELETED = "slettet"  # newly deleted (slettedato appeared)


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    orgnr: str
    name: str  # the name now (for GONE: the last known name)
    old_name: str | None = None  # RENAMED
    old_parent: str | None = None  # MOVED
    new_parent: str | None = None  # MOVED

    def as_json(self) -> dict[str, str | None]:
        return {
            "kind": self.kind.value,
            "orgnr": self.orgnr,
            "name": self.name,
            "old_name": self.old_name,
            "old_parent": self.old_parent,
            "new_parent": self.new_parent,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, str | None]) -> Change:
        return cls(
            ChangeKind(str(data["kind"])),
            str(data["orgnr"]),
            str(data.get("name") or ""),
            data.get("old_name"),
            data.get("old_parent"),
            data.get("new_parent"),
        )


_KIND_ORDER = {
    kind: i
    for i, kind in enumerate(
        (ChangeKind.DELETED, ChangeKind.GONE, ChangeKind.NEW, ChangeKind.RENAMED, ChangeKind.MOVED)
    )
}


def diff_units(before: Iterable[OrgUnit], after: Iterable[OrgUnit]) -> list[Change]:
    """What changed from ``before`` to ``after``: new, gone, renamed, moved, newly deleted.

    One unit can have more than one change (renamed and moved). Newly deleted units come
    first (they need action), then gone, new, renamed and moved; by name within each.
    Names are compared ignoring case and spacing (the register writes names in capitals).
    """
    old = {u.orgnr: u for u in before}
    new = {u.orgnr: u for u in after}
    changes: list[Change] = []
    for nr, unit in new.items():
        was = old.get(nr)
        if was is None:
            changes.append(Change(ChangeKind.NEW, nr, unit.name))
            continue
        if _same_name(was.name, unit.name) is False:
            changes.append(Change(ChangeKind.RENAMED, nr, unit.name, old_name=was.name))
        if (was.parent_orgnr or None) != (unit.parent_orgnr or None):
            changes.append(
                Change(
                    ChangeKind.MOVED,
                    nr,
                    unit.name,
                    old_parent=was.parent_orgnr,
                    new_parent=unit.parent_orgnr,
                )
            )
        if unit.deleted and not was.deleted:
            changes.append(Change(ChangeKind.DELETED, nr, unit.name))
    for nr, unit in old.items():
        if nr not in new:
            changes.append(Change(ChangeKind.GONE, nr, unit.name))
    return sorted(changes, key=lambda c: (_KIND_ORDER[c.kind], c.name.casefold(), c.orgnr))


def _same_name(a: str, b: str) -> bool | None:
    """None when one of them is blank (added by hand without a name: not a rename)."""
    left, right = " ".join(a.split()).casefold(), " ".join(b.split()).casefold()
    if not left or not right:
        return None
    return left == right


# -- merging a refresh into the saved copy ------------------------------------------------


def merge_refresh(
    saved: Iterable[OrgUnit],
    fetched: Iterable[OrgUnit],
    looked_up: Mapping[str, OrgUnit | None],
    fetched_at: str | None = None,
) -> list[OrgUnit]:
    """The inventory after a refresh.

    * ``fetched``: what the walk down from the municipality found (the register's view).
    * ``looked_up``: saved units the walk did not find, looked up one by one (None when the
      register answered 404/410).

    Units found by the walk are taken as the register has them. A saved unit the walk did
    not find stays when the register says it is deleted (it is flagged, so the history
    makes sense) or when the user added it by hand (kept, with what the register says, or
    flagged "not found"). Any other such unit has left the municipality and is dropped: the
    change list says so.
    """
    saved = list(saved)
    spelled = {u.orgnr: u.name for u in saved}
    result: dict[str, OrgUnit] = {}
    for unit in fetched:
        # The register writes names in capitals; keep the saved spelling of the same name.
        mine = spelled.get(unit.orgnr, "")
        result[unit.orgnr] = replace(unit, name=mine) if _same_name(mine, unit.name) else unit
    for unit in saved:
        if unit.orgnr in result:
            continue
        found = looked_up.get(unit.orgnr)
        manual = unit.source == SOURCE_MANUAL
        if found is not None and (found.deleted or manual):
            result[unit.orgnr] = replace(
                found,
                source=SOURCE_MANUAL if manual else SOURCE_REGISTRY,
                # Keep the user's place for it when the register gives none we know.
                parent_orgnr=found.parent_orgnr
                if found.parent_orgnr in result
                else unit.parent_orgnr,
            )
        elif found is None and manual:
            result[unit.orgnr] = replace(
                unit, status=UnitStatus.NOT_FOUND.value, fetched_at=fetched_at or unit.fetched_at
            )
    return sort_units(result.values())


# -- units typed in or imported ------------------------------------------------------------


def manual_unit(orgnr: str, name: str = "", parent_orgnr: str | None = None) -> OrgUnit:
    """A unit the user added; form, address and status come with the next refresh."""
    return OrgUnit(orgnr, " ".join(name.split()), "", parent_orgnr, SOURCE_MANUAL, False)

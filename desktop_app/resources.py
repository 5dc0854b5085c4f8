"""Where the shipped resource files are (translations, icons, checklist content, demo data).

The files live in the top-level ``resources/`` folder of the source tree, which is installed as
the package ``desktop_app._resources`` (pyproject.toml maps the one to the other). Every kind of
installation finds them the same way, through :mod:`importlib.resources`: an editable install
(the mapping points at ``resources/``), a wheel (the files are package data) and the PyInstaller
bundle (packaging/postvakt.spec puts them under ``desktop_app/_resources``).
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.domain.guides import GuideStep

log = logging.getLogger(__name__)

PACKAGE = "desktop_app._resources"


def resources_dir() -> Path:
    """The folder with the resource files. Raises ``FileNotFoundError`` (with a message in
    bokmål) when the installation lacks it."""
    # First where the import system has the package (a folder in every installation above):
    # start-up needs this before the first paint, and importlib.resources takes a few ms to
    # import. Its files() is asked only when that is not a folder.
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        if Path(location).is_dir():
            return Path(location)
    from importlib.resources import files

    try:
        root = files(PACKAGE)
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():
        return root
    raise FileNotFoundError(
        "Postvakt finner ikke ressursfilene (oversettelser, øvingsdata, veiledninger). "
        "Installer Postvakt på nytt, eller si fra til IT-avdelingen."
    )


def demo_dir() -> Path:
    return resources_dir() / "demo"


def translated(path: Path) -> Path | None:
    """The user's-language twin of a bokmål content file (``<folder>/nn/<same name>``), or
    None when the user reads bokmål or the twin is missing (then the bokmål file is used)."""
    from desktop_app.language import content_language

    language = content_language()
    if language == "nb":
        return None
    twin = path.parent / language / path.name
    return twin if twin.is_file() else None


def load_guides(flow: str) -> dict[str, GuideStep]:
    """Every guided step of one flow (``resources/content/<flow>/*.toml``), by key, in file
    name order, in the user's language where the file has a twin in it (nynorsk:
    ``<flow>/nn/<same name>``; a missing or broken twin gives the bokmål file). Raises
    :class:`~desktop_app.domain.guides.GuideError` naming the bad bokmål file."""
    # Imported here: start-up needs resources_dir() before the first paint, not the guides.
    import tomllib

    from desktop_app.domain.guides import GuideError, parse_guide

    def parse(path: Path) -> GuideStep:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise GuideError(f"{path.name}: filen kan ikke leses ({exc}). Rett filen.") from exc
        return parse_guide(data, path.name)

    folder = resources_dir() / "content" / flow
    steps: dict[str, GuideStep] = {}
    for path in sorted(folder.glob("*.toml")):
        step = parse(path)
        twin = translated(path)
        if twin is not None:
            try:
                step = parse(twin)
            except (OSError, GuideError) as exc:
                log.warning(
                    "%s/%s cannot be used; showing bokmål: %s", twin.parent.name, twin.name, exc
                )
        if step.key in steps:
            raise GuideError(f"{path.name}: nøkkelen «{step.key}» er brukt i en annen fil.")
        steps[step.key] = step
    return steps

"""Where the shipped resource files are (translations, icons, checklist content, demo data).

In a source or editable checkout, ``resources/`` sits next to the ``desktop_app`` package.
In a PyInstaller bundle, the build puts it at ``resources/`` under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from desktop_app.domain.guides import GuideError, GuideStep, parse_guide


def resources_dir() -> Path:
    """The top-level ``resources/`` folder. Raises ``FileNotFoundError`` (with a message in
    bokmål) when the installation lacks it."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "Postvakt finner ikke mappen med ressursfiler (resources). Installer Postvakt på "
        "nytt, eller si fra til IT-avdelingen. Søkte i: "
        + ", ".join(str(c) for c in candidates)
    )


def demo_dir() -> Path:
    return resources_dir() / "demo"


def load_guides(flow: str) -> dict[str, GuideStep]:
    """Every guided step of one flow (``resources/content/<flow>/*.toml``), by key, in file
    name order. Raises :class:`~desktop_app.domain.guides.GuideError` naming the bad file."""
    folder = resources_dir() / "content" / flow
    steps: dict[str, GuideStep] = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise GuideError(f"{path.name}: filen kan ikke leses ({exc}). Rett filen.") from exc
        step = parse_guide(data, path.name)
        if step.key in steps:
            raise GuideError(f"{path.name}: nøkkelen «{step.key}» er brukt i en annen fil.")
        steps[step.key] = step
    return steps

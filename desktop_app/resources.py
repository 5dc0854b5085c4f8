"""Where the shipped resource files are (translations, icons, checklist content, demo data).

In a source or editable checkout, ``resources/`` sits next to the ``desktop_app`` package.
In a PyInstaller bundle, the build puts it at ``resources/`` under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


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

"""Pages for the parts of Postvakt that are not built yet.

Each says plainly what the part will do and that it is not ready: nothing here pretends
to check, import or delegate anything.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.views.widgets import not_ready_notice, page_header


def tr(text: str) -> str:
    return QCoreApplication.translate("not_ready", text)


@dataclass(frozen=True)
class PlannedPart:
    key: str
    title: str
    lead: str
    steps: tuple[str, ...]


def navigation_title(key: str) -> str:
    """The title of a part in the navigation, built or not."""
    if key == "varslingsplan":
        return tr("Varslingsplan")
    if key == "uapnet":
        return tr("Uåpnet post")
    if key == "taushetsbelagt":
        return tr("Taushetsbelagt post")
    if key == "varsling":
        return tr("Varsling")
    if key == "dpi":
        return tr("DPI-oppsett")
    return next(p.title for p in planned_parts() if p.key == key)


def planned_parts() -> list[PlannedPart]:
    """The parts still to come, in the order of the navigation (translated at call time)."""
    return [
        PlannedPart(
            "rapporter",
            tr("Rapporter"),
            tr("Resultatene fra kontrollene, med historikk og eksport til Excel og PDF."),
            (tr("Kommer sammen med kontrollen av uåpnet post."),),
        ),
    ]


class NotReadyPage(QWidget):
    def __init__(self, part: PlannedPart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        page_header(layout, part.title, part.lead)
        self.notice = not_ready_notice(
            tr("Denne delen er ikke klar ennå. Her er hva den skal gjøre når den kommer:")
        )
        layout.addWidget(self.notice)
        steps = QLabel("".join(f"<li>{step}</li>" for step in part.steps).join(("<ul>", "</ul>")))
        steps.setWordWrap(True)
        layout.addWidget(steps)
        layout.addStretch(1)

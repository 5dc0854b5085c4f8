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
    if key == "rapporter":
        return tr("Rapporter")
    return next(p.title for p in planned_parts() if p.key == key)


def planned_parts() -> list[PlannedPart]:
    """The parts still to come, in the order of the navigation (translated at call time)."""
    return [
        PlannedPart(
            "dpi",
            tr("DPI-oppsett"),
            tr("Ta i bruk Digital postkasse til innbyggere (DPI) gjennom SvarUt, steg for steg."),
            (
                tr("Kontakt Digdir og godta bruksvilkårene i Samarbeidsportalen."),
                tr("Deleger retten «Delegere rettighet til å sende DPI-meldinger på vegne av "
                   "virksomheten» til KS-Kommunesektorens organisasjon (org.nr 971 032 146)."),
                tr("Aktiver DPI i SvarUt, gjør ROS-analysen og informer innbyggerne."),
            ),
        ),
        PlannedPart(
            "taushetsbelagt",
            tr("Taushetsbelagt post"),
            tr("Sørg for at hvert organisasjonsnummer har en navngitt person som kan lese "
               "taushetsbelagt post i Altinn, og at ingen andre har tilgangen."),
            (
                tr("Oversikt over hvem som bør ha og hvem som faktisk har tilgangspakken "
                   "«Post til virksomheten med taushetsbelagt innhold»."),
                tr("Gi og fjern tilganger, med rutine for jevnlig gjennomgang."),
            ),
        ),
        PlannedPart(
            "varsling",
            tr("Varsling"),
            tr("Bare de ansvarlige skal få varsler om ny post til virksomheten."),
            (
                tr("Se, legg til og fjern varslingsadresser for hvert organisasjonsnummer."),
                tr("Finn adresser som tilhører noen uten tilgang, og enheter uten varsling."),
            ),
        ),
        PlannedPart(
            "uapnet",
            tr("Uåpnet post"),
            tr("Finn taushetsbelagte brev som mottakeren aldri har åpnet, og følg opp."),
            (
                tr("Importer en rapport fra SvarUt (CSV eller Excel)."),
                tr("Se hvilke virksomheter som har uåpnede brev, og lag oppfølgingsbrev."),
                tr("Sjekk kommunens egen innkommende post."),
            ),
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

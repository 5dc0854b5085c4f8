"""What the shipment table shows, in words: column titles, verdict labels, the SvarUt statuses
in plain words, dates and org.nr as the table writes them. Made on the GUI thread (translated).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.domain.svarut import OSLO, ShipmentStatus
from desktop_app.domain.unopened import RiskLevel
from desktop_app.views.domain_text import dtr


def tr(text: str) -> str:
    return QCoreApplication.translate("shipment_table", text)


S = ShipmentStatus
Role = Qt.ItemDataRole
LetterRole = Qt.ItemDataRole.UserRole + 1  # the ReviewLetter of a row

# Column keys in their order; titles in column_titles().
COLUMNS: tuple[str, ...] = (
    "risk", "urgency", "status", "sent", "age", "recipient", "orgnr", "title", "ref",
    "confidential", "digital_only", "id", "line",
)  # fmt: skip
DEFAULT_HIDDEN: frozenset[str] = frozenset({"digital_only", "line"})
# Columns that sort on one text attribute of the shipment (org.nr: its digits sort the same
# as the spaced form shown).
PLAIN_TEXT_COLUMNS = {"recipient": "recipient_name", "title": "title", "ref": "external_ref",
               "id": "id", "orgnr": "recipient_id"}  # fmt: skip
NUMERIC_COLUMNS = frozenset({"age", "line"})


def column_titles() -> dict[str, str]:
    return {
        "risk": tr("Vurdering"),
        "urgency": tr("Hastegrad"),
        "status": tr("Status"),
        "sent": tr("Sendt"),
        "age": tr("Alder (dager)"),
        "recipient": tr("Mottaker"),
        "orgnr": tr("Org.nr"),
        "title": tr("Tittel"),
        "ref": tr("Ekstern referanse"),
        "confidential": tr("Taushetsbelagt"),
        "digital_only": tr("Kun digital"),
        "id": tr("Forsendelse-ID"),
        "line": tr("Linje i filen"),
    }


def level_labels() -> dict[RiskLevel, str]:
    return {
        RiskLevel.AT_RISK: tr("I faresonen"),
        RiskLevel.UNKNOWN: tr("Kan ikke vurderes"),
        RiskLevel.NOT_AT_RISK: tr("Ikke i faresonen"),
    }


def status_explanations() -> dict[ShipmentStatus | None, str]:
    """What each SvarUt status means, in plain words (the detail pane)."""
    return {
        S.MOTTATT: tr("SvarUt har tatt imot forsendelsen, men den er ikke sendt videre ennå."),
        S.AKSEPTERT: tr("SvarUt har godtatt forsendelsen og holder på å sende den."),
        S.AVVIST: tr("SvarUt avviste forsendelsen. Den er aldri sendt til mottakeren."),
        S.FEILET_UNDER_MOTTAK: tr(
            "Noe gikk galt da SvarUt tok imot forsendelsen. Den er aldri sendt til mottakeren."
        ),
        S.KLAR_FOR_MOTTAK: tr("Forsendelsen venter på at mottakerens fagsystem henter den."),
        S.VARSLET: tr(
            "Brevet ligger i mottakerens innboks i Altinn, og mottakeren er varslet. "
            "Ingen har åpnet det ennå."
        ),
        S.LEST: tr("Noen hos mottakeren har åpnet brevet."),
        S.SENDT_DIGITALT: tr(
            "Brevet ble levert digitalt, men ingen åpnet det før lesefristen "
            "gikk ut, og det blir ikke sendt på papir."
        ),
        S.SENDT_PRINT: tr("Brevet er sendt til utskrift og kommer i vanlig post."),
        S.PRINTET: tr("Brevet er skrevet ut og sendt i vanlig post."),
        S.SENDT_SDP: tr("Brevet er sendt til en digital postkasse for innbyggere."),
        S.LEVERT_SDP: tr("Brevet er levert i mottakerens digitale postkasse."),
        S.IKKE_LEVERT: tr("Brevet kunne ikke leveres digitalt og blir ikke sendt på papir."),
        S.MANUELT_HANDTERT: tr("Noen i kommunen har avsluttet forsendelsen for hånd i SvarUt."),
        S.SLETTET: tr("Forsendelsen er slettet i SvarUt."),
        S.SENDT_NHN_MOTTAKER: tr("Brevet er sendt gjennom Norsk helsenett."),
        S.LEVERT_NHN_MOTTAKER: tr("Brevet er levert gjennom Norsk helsenett."),
        None: tr("Postvakt kjenner ikke statusen i filen, så den kan ikke forklares."),
    }


@dataclass
class Labels:
    """The texts the table shows, made on the GUI thread (translated) once per table."""

    columns: dict[str, str]
    levels: dict[RiskLevel, str]
    person: str
    yes: str
    no: str
    unknown: str
    no_status: str

    @classmethod
    def current(cls) -> Labels:
        return cls(column_titles(), level_labels(), tr("Person"), tr("Ja"), tr("Nei"),
                   tr("Ukjent"), tr("(mangler)"))  # fmt: skip


def orgnr_text(rid: str) -> str:
    if len(rid) == 9 and rid.isdigit():
        return f"{rid[:3]} {rid[3:6]} {rid[6:]}"
    return rid


def sent_text(sent: datetime | None) -> str:
    if sent is None:
        return ""
    d = sent.astimezone(OSLO)  # no strftime: it imports, and PySide's import hook is slow
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}.{d.minute:02d}"


def shown_status(status: ShipmentStatus | None, status_text: str, missing: str) -> str:
    if status is not None:
        return dtr(status.label_nb)
    return status_text or missing

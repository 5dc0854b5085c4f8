"""How Varslingsplan says things: colours of findings and channels, the default notice texts,
dates and moments in Norwegian time, severities and channels in words.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QColor

from desktop_app.domain.notices import OSLO, Channel, Severity


def tr(text: str) -> str:
    return QCoreApplication.translate("notice_planner", text)


SEVERITY_COLOURS = {  # text, background, border
    Severity.FEIL: ("#8c1d18", "#fbe9e7", "#b3261e"),
    Severity.ADVARSEL: ("#5c3d00", "#fff4d6", "#c98a00"),
    Severity.ANBEFALING: ("#0b3d66", "#e3effa", "#1a5fb4"),
}
CHANNEL_COLOURS = {Channel.EPOST: QColor("#1a5fb4"), Channel.SMS: QColor("#2a9d8f")}

DEFAULT_EMAIL_TEXT = (
    "Du har fått et nytt brev fra kommunen i den digitale postkassen din. Logg inn for å lese det."
)
DEFAULT_SMS_TEXT = "Du har fått et nytt brev fra kommunen i den digitale postkassen din."


def day_text(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def moment_text(moment: datetime) -> str:
    local = moment.astimezone(OSLO)
    return tr("{date} kl. {time}").format(date=day_text(local.date()), time=local.strftime("%H.%M"))


def severity_label(severity: Severity) -> str:
    return {
        Severity.FEIL: tr("Feil"),
        Severity.ADVARSEL: tr("Advarsel"),
        Severity.ANBEFALING: tr("Anbefaling"),
    }[severity]


def channel_label(channel: Channel | None) -> str:
    if channel is None:
        return ""
    return tr("E-post") if channel is Channel.EPOST else tr("SMS")


# --- The plan as a table -------------------------------------------------------------------------


def oslo_time(value: QDateTime) -> datetime:
    """The wall-clock time in an edit, read as Norwegian time."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=OSLO)


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

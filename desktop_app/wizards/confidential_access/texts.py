"""How Taushetsbelagt post says things: a level in words and colour, when something was read, the
coverage summary, a grant and a reason, and a read-only table cell.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidgetItem

from desktop_app.domain.access import PACKAGE_CODE, REASON_LABELS, CoverageCounts, Level, Reason
from desktop_app.views.domain_text import dtr
from desktop_app.views.plain_text import plain_tooltip


def tr(text: str) -> str:
    return QCoreApplication.translate("confidential_access", text)


# Text colour, background per level: never colour alone, the cell also says it in words.
LEVEL_STYLE = {
    Level.OK: ("#1e5e24", "#e6f4e7"),
    Level.WARN: ("#5c3d00", "#fff4d6"),
    Level.BAD: ("#8c1d18", "#fbe9e7"),
    Level.UNKNOWN: ("#33404d", "#eef1f4"),
}


def level_text(level: Level) -> str:
    return {
        Level.OK: tr("I orden"),
        Level.WARN: tr("Bør sjekkes"),
        Level.BAD: tr("Ingen kan lese"),
        Level.UNKNOWN: tr("Ukjent"),
    }[level]


def level_symbol(level: Level) -> str:
    return {Level.OK: "✔", Level.WARN: "!", Level.BAD: "✖", Level.UNKNOWN: "?"}[level]


def read_note(read_at: str | None) -> str:
    """«\nLest fra Altinn 06.12.2026 11:40», or nothing when never read."""
    if not read_at:
        return ""
    try:
        moment = datetime.fromisoformat(read_at).astimezone()
    except ValueError:
        return ""
    return "\n" + tr("Lest fra Altinn {time}").format(time=moment.strftime("%d.%m.%Y %H:%M"))


def coverage_summary(c: CoverageCounts) -> str:
    """The one sentence about the coverage: what is known, what is not, and from when."""
    if not c.total:
        return tr("Arbeidsflaten har ingen virksomheter ennå. Legg dem til under Virksomheter.")
    if c.unknown == c.total:
        return tr(
            "Ukjent: Postvakt har ikke lest fra Altinn hvem som har tilgang for de {n} "
            "organisasjonsnumrene. Logg inn og les tilgangene, eller før dem inn."
        ).format(n=c.total)
    if c.bad == c.known:
        text = (
            tr(
                "Ingen av de {n} organisasjonsnumrene Postvakt kjenner tilgangene for, har "
                "noen som kan lese taushetsbelagt post."
            ).format(n=c.known)
            if c.unknown
            else tr(
                "Ingen av de {n} organisasjonsnumrene har noen som kan lese taushetsbelagt post."
            ).format(n=c.total)
        )
    elif c.bad:
        text = tr("{bad} av {n} organisasjonsnumre: ingen kan lese taushetsbelagt post.").format(
            bad=c.bad, n=c.total
        )
    elif c.unknown:
        text = tr(
            "Alle {n} organisasjonsnumre Postvakt kjenner tilgangene for, har noen som "
            "kan lese taushetsbelagt post."
        ).format(n=c.known)
    else:
        text = tr("Alle {n} organisasjonsnumre har noen som kan lese taushetsbelagt post.").format(
            n=c.total
        )
    if c.warn and c.ok:
        text += " " + tr("{warn} bør sjekkes, {ok} er i orden.").format(warn=c.warn, ok=c.ok)
    elif c.warn:
        text += " " + tr("{warn} bør sjekkes.").format(warn=c.warn)
    elif c.ok and c.bad:
        text += " " + tr("De andre {ok} er i orden.").format(ok=c.ok)
    elif c.ok:
        text += " " + tr("Alt er i orden.")
    if c.unknown:
        text += " " + tr("{n} er ukjent: ikke lest fra Altinn ennå.").format(n=c.unknown)
    if c.oldest_read:
        text += (
            read_note(c.oldest_read)
            .replace("\n", " ")
            .replace(tr("Lest fra Altinn"), tr("Eldste lesing fra Altinn:"))
            + "."
        )
    return text


def grant_text(code: str) -> str:
    if code == PACKAGE_CODE:
        return tr("Tilgangspakken")
    return tr("Rolle {code}").format(code=code)


def reason_text(reason: Reason) -> str:
    return dtr(REASON_LABELS[reason])


def table_item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip:
        item.setToolTip(plain_tooltip(tooltip))
    return item

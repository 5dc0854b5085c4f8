"""How Virksomheter says things: the columns, dates, a unit's status and details in words, why a
unit is red, and what changed at the last refresh.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.domain.dates import local_date
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.inventory import Change, ChangeKind
from desktop_app.domain.organizations import OrgUnit, UnitStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("organizations", text)


COLUMNS = ("name", "orgnr", "form", "status", "leader", "address")
ORGNR_ROLE = Qt.ItemDataRole.UserRole + 1


def moment_text(iso: str) -> str:
    try:
        local = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return tr("{date} kl. {time}").format(
        date=local.strftime("%d.%m.%Y"), time=local.strftime("%H.%M")
    )


def status_text(unit: OrgUnit) -> str:
    status = unit.unit_status
    when = local_date(unit.status_date)
    if status is UnitStatus.ACTIVE:
        return tr("Aktiv")
    if status is UnitStatus.DELETED:
        return tr("Slettet {date}").format(date=when).strip()
    if status is UnitStatus.CLOSED:
        return tr("Nedlagt {date}").format(date=when).strip()
    if status is UnitStatus.BANKRUPT:
        return tr("Konkurs")
    if status is UnitStatus.WINDING_UP:
        return tr("Under avvikling")
    if status is UnitStatus.FORCED_WINDING_UP:
        return tr("Under tvangsavvikling")
    if status is UnitStatus.NOT_FOUND:
        return tr("Finnes ikke i Enhetsregisteret")
    return tr("Ikke sjekket ennå")


def unit_detail_text(unit: OrgUnit) -> str:
    """The line under the list for the chosen unit: its status and what to do, in words."""
    head = (
        f"{unit.name or format_orgnr(unit.orgnr)} ({format_orgnr(unit.orgnr)}): "
        f"{status_text(unit)}."
    )
    explanation = status_explanation(unit)
    if not explanation and not unit.daglig_leder and unit.org_form in ("BEDR", "AAFY"):
        explanation = tr(
            "Underenheter har ingen egen daglig leder i Enhetsregisteret; se enheten de hører til."
        )
    return f"{head} {explanation}" if explanation else head


def status_explanation(unit: OrgUnit) -> str:
    """Plain words for a unit in red: what it means and what to do."""
    status = unit.unit_status
    if status is UnitStatus.DELETED:
        return tr(
            "Enheten er slettet i Enhetsregisteret. Den finnes ikke lenger og kan ikke "
            "motta post i Altinn. Finn ut hvilken enhet som har tatt over oppgavene, og "
            "ta den slettede ut av rutinene for tilgang og varsling."
        )
    if status is UnitStatus.CLOSED:
        return tr(
            "Enheten er lagt ned ifølge Enhetsregisteret. Post bør gå til enheten som "
            "har tatt over."
        )
    if status in (UnitStatus.BANKRUPT, UnitStatus.WINDING_UP, UnitStatus.FORCED_WINDING_UP):
        return tr("Enheten er under avvikling ifølge Enhetsregisteret og kan snart bli slettet.")
    if status is UnitStatus.NOT_FOUND:
        return tr(
            "Enhetsregisteret kjenner ikke dette nummeret. Sjekk at det er skrevet "
            "riktig; er det feil, fjern det og legg inn det riktige."
        )
    if status is UnitStatus.UNCHECKED:
        return tr("Ikke sjekket mot Enhetsregisteret ennå. Trykk «Oppdater fra Enhetsregisteret».")
    return ""


def change_text(change: Change, names: dict[str, str]) -> str:
    nr = format_orgnr(change.orgnr)
    name = change.name or nr
    if change.kind is ChangeKind.NEW:
        return tr("Ny: {name} ({orgnr})").format(name=name, orgnr=nr)
    if change.kind is ChangeKind.GONE:
        return tr(
            "Borte: {name} ({orgnr}) hører ikke lenger til kommunen i Enhetsregisteret"
        ).format(name=name, orgnr=nr)
    if change.kind is ChangeKind.RENAMED:
        return tr("Nytt navn: «{old}» heter nå «{name}» ({orgnr})").format(
            old=change.old_name or "", name=name, orgnr=nr
        )
    if change.kind is ChangeKind.MOVED:
        parent = change.new_parent
        where = names.get(parent, format_orgnr(parent)) if parent else tr("ingen overordnet")
        return tr("Flyttet: {name} ({orgnr}) hører nå til {parent}").format(
            name=name, orgnr=nr, parent=where
        )
    return tr("Slettet: {name} ({orgnr}) er slettet i Enhetsregisteret").format(name=name, orgnr=nr)

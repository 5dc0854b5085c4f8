"""Follow-up messages to businesses with unopened confidential letters, as plain text.

One draft per recipient org.nr with letters at risk. A draft holds nothing from the letters
themselves: no titles, no case numbers, no names of persons. Only what the recipient needs to
act: how many letters, the date range they were sent in, who sent them (the municipality),
and which access they must give in Altinn so someone can read them.

The access package name and where it sits are from altinn.md §4.3 [V]; the short "how to give
it" steps are [G] (no verified Altinn 3 portal path for this package yet). All of that is in the
constants below, so it is easy to correct.

Plain Python: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import quote

from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.svarut import OSLO
from desktop_app.domain.unopened import RecipientGroup

# altinn.md §4.3 [V]: the Altinn 3 access package that lets someone read confidential post.
ACCESS_PACKAGE_NAME = "Post til virksomheten med taushetsbelagt innhold"
ACCESS_PACKAGE_AREA = "Post og arkiv"
# [G]: how a main administrator gives the package in the Altinn 3 portal, in plain words.
GRANT_STEPS = (
    "Den som er hovedadministrator for virksomheten i Altinn (ofte daglig leder) logger inn på "
    "altinn.no og velger virksomheten.",
    f"Gi tilgangspakken «{ACCESS_PACKAGE_NAME}» (under «{ACCESS_PACKAGE_AREA}») til den eller de "
    "som skal lese posten. Hovedadministratoren kan også gi den til seg selv.",
    "Den som har fått tilgangen, logger inn på nytt, åpner innboksen til virksomheten og leser "
    "brevene.",
)


@dataclass(frozen=True)
class FollowupDraft:
    orgnr: str
    recipient_name: str
    letters: int
    first_sent: date | None
    last_sent: date | None
    subject: str
    body: str

    @property
    def recipient_label(self) -> str:
        """The business as the draft names it: its name, or its org.nr when the file had none."""
        return self.recipient_name or f"org.nr {format_orgnr(self.orgnr)}"


def _day(moment: datetime) -> date:
    return moment.astimezone(OSLO).date() if moment.tzinfo is not None else moment.date()


def _nb_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _period(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return f" den {_nb_date(first)}"
    return f" mellom {_nb_date(first)} og {_nb_date(last)}"


def draft_for(group: RecipientGroup, sender: str) -> FollowupDraft:
    """The message to one business. ``sender`` is the municipality (the workspace name)."""
    days = [_day(s.sent_at) for s in group.shipments if s.sent_at is not None]
    first = min(days) if days else None
    last = max(days) if days else None
    sender = sender.strip() or "Kommunen"
    name = group.name.strip()
    who = (
        f"{name} (org.nr {format_orgnr(group.orgnr)})"
        if name
        else (f"virksomheten med org.nr {format_orgnr(group.orgnr)}")
    )
    count = group.count
    letters = "ett brev" if count == 1 else f"{count} brev"
    them = "brevet" if count == 1 else "brevene"
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(GRANT_STEPS, start=1))
    body = (
        "Hei,\n\n"
        f"{sender} har sendt {letters} med taushetsbelagt innhold til {who} gjennom Altinn"
        f"{_period(first, last)}. Ifølge vår oversikt i SvarUt er {them} ikke åpnet ennå.\n\n"
        "Taushetsbelagt post vises ikke i innboksen i Altinn før noen i virksomheten har fått "
        "tilgang til den. Ikke engang daglig leder eller hovedadministratoren ser den uten at "
        "tilgangen er gitt.\n\n"
        f"Slik får dere lest {them}:\n{steps}\n\n"
        f"Vi sender ikke innholdet på e-post, fordi det er taushetsbelagt. {them.capitalize()} "
        "kan gjelde saker med frister, så vi ber dere gjøre dette snart.\n\n"
        "Har dere spørsmål, kan dere svare på denne e-posten.\n\n"
        f"Med vennlig hilsen\n{sender}\n"
    )
    subject = f"Uåpnet taushetsbelagt post fra {sender} i Altinn"
    return FollowupDraft(group.orgnr, name, count, first, last, subject, body)


def drafts_for(groups: Iterable[RecipientGroup], sender: str) -> list[FollowupDraft]:
    """One draft per recipient org.nr, in the order of the groups (most urgent first)."""
    return [draft_for(g, sender) for g in groups if len(g.orgnr) == 9 and g.orgnr.isdigit()]


def mailto_url(draft: FollowupDraft, to: str = "") -> str:
    """A ``mailto:`` link that opens the draft in the user's mail program. The data has no
    e-mail address for the business, so ``to`` is usually empty and the user fills it in."""
    return (
        f"mailto:{quote(to, safe='@')}?subject={quote(draft.subject, safe='')}"
        f"&body={quote(draft.body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    )

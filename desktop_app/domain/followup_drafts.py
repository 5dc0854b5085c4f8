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
from desktop_app.language import t

# altinn.md §4.3 [V]: the Altinn 3 access package that lets someone read confidential post.
ACCESS_PACKAGE_NAME = "Post til virksomheten med taushetsbelagt innhold"
ACCESS_PACKAGE_AREA = "Post og arkiv"
# [G]: how a main administrator gives the package in the Altinn 3 portal, in plain words.
# Bokmål; t() gives them in the user's language (the package's nynorsk name is Altinn's own).
GRANT_STEPS = (
    "Den som er hovedadministrator for virksomheten i Altinn (ofte daglig leder) logger inn på "
    "altinn.no og velger virksomheten.",
    "Gi tilgangspakken «{package}» (under «{area}») til den eller de som skal lese posten. "
    "Hovedadministratoren kan også gi den til seg selv.",
    "Den som har fått tilgangen, logger inn på nytt, åpner innboksen til virksomheten og leser "
    "brevene.",
)


def grant_steps() -> tuple[str, ...]:
    """:data:`GRANT_STEPS` in the user's language, with the package filled in."""
    package = t(ACCESS_PACKAGE_NAME)
    return tuple(t(step, package=package, area=t(ACCESS_PACKAGE_AREA)) for step in GRANT_STEPS)


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
        return self.recipient_name or t("org.nr {orgnr}", orgnr=format_orgnr(self.orgnr))


def _day(moment: datetime) -> date:
    return moment.astimezone(OSLO).date() if moment.tzinfo is not None else moment.date()


def _nb_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _period(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return t(" den {day}", day=_nb_date(first))
    return t(" mellom {first} og {last}", first=_nb_date(first), last=_nb_date(last))


def draft_for(group: RecipientGroup, sender: str) -> FollowupDraft:
    """The message to one business, in the user's language (:func:`desktop_app.language.t`).
    ``sender`` is the municipality (the workspace name)."""
    days = [_day(s.sent_at) for s in group.shipments if s.sent_at is not None]
    first = min(days) if days else None
    last = max(days) if days else None
    sender = sender.strip() or t("Kommunen")
    name = group.name.strip()
    orgnr = format_orgnr(group.orgnr)
    who = (
        t("{name} (org.nr {orgnr})", name=name, orgnr=orgnr)
        if name
        else t("virksomheten med org.nr {orgnr}", orgnr=orgnr)
    )
    count = group.count
    letters = t("ett brev") if count == 1 else t("{count} brev", count=count)
    them = t("brevet") if count == 1 else t("brevene")
    steps = "\n".join(f"{i}. {step}" for i, step in enumerate(grant_steps(), start=1))
    body = (
        t("Hei,")
        + "\n\n"
        + t(
            "{sender} har sendt {letters} med taushetsbelagt innhold til {who} gjennom Altinn"
            "{period}. Ifølge vår oversikt i SvarUt er {them} ikke åpnet ennå.",
            sender=sender,
            letters=letters,
            who=who,
            period=_period(first, last),
            them=them,
        )
        + "\n\n"
        + t(
            "Taushetsbelagt post vises ikke i innboksen i Altinn før noen i virksomheten har fått "
            "tilgang til den. Ikke engang daglig leder eller hovedadministratoren ser den uten at "
            "tilgangen er gitt."
        )
        + "\n\n"
        + t("Slik får dere lest {them}:", them=them)
        + f"\n{steps}\n\n"
        + t(
            "Vi sender ikke innholdet på e-post, fordi det er taushetsbelagt. {them} kan gjelde "
            "saker med frister, så vi ber dere gjøre dette snart.",
            them=them.capitalize(),
        )
        + "\n\n"
        + t("Har dere spørsmål, kan dere svare på denne e-posten.")
        + "\n\n"
        + t("Med vennlig hilsen")
        + f"\n{sender}\n"
    )
    subject = t("Uåpnet taushetsbelagt post fra {sender} i Altinn", sender=sender)
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

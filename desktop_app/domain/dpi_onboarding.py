"""DPI-oppsett: the rules of the onboarding to Digital postkasse til innbyggere via SvarUt.

Seven steps (seed 001 «For kommuner som bruker KS SvarUT», seed 002 for the older Altinn
path, shared/reference/altinn.md §3): contact Digdir, accept the terms of use, delegate the
DPI right to KS, activate DPI in SvarUt, the ROS analysis, information to the citizens, and
costs. The texts and links the user reads are content files (``resources/content/dpi_onboarding/``);
this module holds what a step needs before it can be confirmed, the e-mail to Digdir, the
cost estimate and the plain words for Altinn's problem codes. No storage, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from desktop_app.domain.environments import Environment
from desktop_app.domain.identifiers import format_orgnr
from desktop_app.domain.numbers import group_digits as _grouped

# The flow's key in the checklist rows and in the names of saved evidence files: stored in
# users' databases, so it stays "dpi" (the content folder is named after the flow).
FLOW = "dpi"
CONTENT = "dpi_onboarding"  # resources/content/<CONTENT>/

# [V] seed 001/002; altinn.md §3.1. DPI_RIGHT_NAME is the name Altinn 2 showed [V:
# felleslosninger/docs _docs/eFormidling/Utvikling/pa_vegne_av.md @7986f904, 2024-07-03;
# KS's test guide spells it «Deleger rettighet …»]. The Altinn 3 title of the resource behind
# digitalpostinnbygger:send is in no source read (Altinn/altinn-resource-registry @408d858,
# altinn-authorization-tmp @f7ff53b, altinn-access-management-frontend @04376dc; read
# 2026-12-06): that it is the same is a guess [G], the one place it is made. So no text shows
# it as the title; the portal steps search for the scope, which Altinn's API search matches
# (resources/content/dpi_onboarding/03-deleger-ks.toml).
KS_ORGNR = "971032146"
KS_NAME = "KS-Kommunesektorens organisasjon"
DPI_RIGHT_NAME = "Delegere rettighet til å sende DPI-meldinger på vegne av virksomheten"
DPI_SCOPE = "digitalpostinnbygger:send"


class Step(StrEnum):
    """The steps in order; the value is the ``key`` of the step's content file."""

    KONTAKT_DIGDIR = "kontakt-digdir"
    BRUKSVILKAR = "bruksvilkar"
    DELEGER_KS = "deleger-ks"
    AKTIVER_SVARUT = "aktiver-svarut"
    ROS = "ros-analyse"
    INNBYGGERE = "informasjon-innbyggere"
    KOSTNADER = "kostnader"


STEP_ORDER: tuple[str, ...] = tuple(s.value for s in Step)


class WhoDelegates(StrEnum):
    """The user's answer to «Er det du som er daglig leder?» on the delegation step."""

    DAGLIG_LEDER = "daglig_leder"  # yes, it is me
    HAR_RETT = "har_rett"  # no, but I have been given the right to delegate API access
    MA_SPORRE = "ma_sporre"  # no: daglig leder (or someone with the right) must do it


# The fields a step must have before it can be confirmed, with the bokmål reason.
# Dates are ISO strings (YYYY-MM-DD); booleans are ticks the user set.
_REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    Step.KONTAKT_DIGDIR: (
        ("dato_sendt", "Skriv inn datoen du sendte e-posten til Digdir."),
        (
            "svar",
            "Skriv kort hva Digdir svarte (for eksempel «Kommunen er opprettet som "
            "avsender»). Har de ikke svart ennå, kan du gå videre og komme tilbake.",
        ),
    ),
    Step.BRUKSVILKAR: (
        ("dato", "Skriv inn datoen bruksvilkårene ble signert."),
        ("hvem", "Skriv hvem som signerte bruksvilkårene."),
    ),
    Step.DELEGER_KS: (("utfort_av", "Skriv hvem som gjorde delegeringen i Altinn."),),
    Step.AKTIVER_SVARUT: (
        ("dato", "Skriv inn datoen DPI ble aktivert i SvarUt."),
        ("felter_fylt", "Kryss av for at organisasjonsnummer og navn er lagt inn i SvarUt."),
        (
            "avsenderindikator_ok",
            "Kryss av for feltet avsenderindikator: det skal stå tomt, "
            "med mindre dere har avtalt noe annet med Digdir.",
        ),
    ),
    Step.ROS: (
        ("arkivert", "Skriv hvor ROS-analysen er arkivert (for eksempel saksnummeret)."),
        ("godkjent_dato", "Skriv inn datoen ROS-analysen ble godkjent."),
    ),
    Step.INNBYGGERE: (),
    Step.KOSTNADER: (
        ("kjent", "Kryss av for at kostnaden per brev er kjent for den som har budsjettet."),
    ),
}

_DATE_FIELDS = {"dato_sendt", "dato", "godkjent_dato"}
DATE_LABELS = {"dato_sendt": "Sendt", "dato": "Dato", "godkjent_dato": "Godkjent"}


def _filled(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


def missing_for_confirmation(
    step: str, fields: Mapping[str, Any], today: date, checklist: tuple[str, ...] = ()
) -> list[str]:
    """What is missing or wrong before ``step`` can be confirmed (empty: it can be).

    ``checklist`` is the list of items the user must tick (the citizen-information step);
    the ticks are in ``fields["sjekkliste"]`` as a list of the ticked items.
    """
    problems = [reason for name, reason in _REQUIRED.get(step, ()) if not _filled(fields.get(name))]
    for name in _DATE_FIELDS:
        value = fields.get(name)
        if not _filled(value):
            continue
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            problems.append(f"«{value}» er ikke en dato.")
            continue
        if day > today:
            problems.append("Datoen kan ikke være fram i tid. Velg dagen det faktisk skjedde.")
    if step == Step.KONTAKT_DIGDIR and fields.get("ny_avsender") and not fields.get("skjema_sendt"):
        problems.append("Nye avsendere må også sende skjemaet for DPI. Kryss av når det er sendt.")
    if (
        step == Step.DELEGER_KS
        and not fields.get("sjekket_i_altinn")
        and not fields.get("lest_tilbake")
    ):
        problems.append("Kryss av for at du har sett i Altinn at KS har fått retten.")
    if step == Step.INNBYGGERE and checklist:
        ticked = set(fields.get("sjekkliste") or ())
        left = [item for item in checklist if item not in ticked]
        if left:
            problems.append(f"Kryss av alle punktene i sjekklisten ({len(left)} gjenstår).")
    return problems


def fill_placeholders(text: str, municipality: str, orgnr: str) -> str:
    """Content texts may say ``{kommune}``, ``{orgnr}`` (9 digits, for typing into a form)
    and ``{orgnr_lesbar}`` (``123 456 785``, for reading); put in this municipality's."""
    return (
        text.replace("{kommune}", municipality)
        .replace("{orgnr_lesbar}", format_orgnr(orgnr))
        .replace("{orgnr}", orgnr)
    )


def portal_link(url: str, environment: Environment) -> str:
    """The Altinn portal in the test environment is tt02.altinn.no (altinn.md §1) [V]; the
    content files give production links."""
    if environment is not Environment.TEST:
        return url
    parts = urlsplit(url)
    if parts.netloc == "www.altinn.no":
        return urlunsplit(parts._replace(netloc="tt02.altinn.no"))
    return url


# --- Costs ---------------------------------------------------------------------------------

_PRICE = re.compile(
    r"^\s*(?:kr\.?\s*)?(\d{1,6}(?:[ \u00a0]\d{3})*)(?:[.,](\d{1,4}))?\s*(?:kr)?\s*$", re.IGNORECASE
)


def parse_price(text: str) -> Decimal | None:
    """«0,55», «kr 1.20», «2» → a price in kroner; None when it is not a price."""
    match = _PRICE.match(text or "")
    if not match:
        return None
    whole = re.sub(r"[ \u00a0]", "", match.group(1))
    try:
        return Decimal(f"{whole}.{match.group(2) or '0'}")
    except InvalidOperation:
        return None


def yearly_cost(letters_per_year: int, price_per_letter: Decimal) -> Decimal:
    """Letters per year × the price per letter the user entered, rounded to øre."""
    if letters_per_year < 0 or price_per_letter < 0:
        raise ValueError("Antall brev og pris kan ikke være negative.")
    return (Decimal(letters_per_year) * price_per_letter).quantize(Decimal("0.01"), ROUND_HALF_UP)


def format_kr(amount: Decimal) -> str:
    """12345.6 → «kr 12 345,60» (Norwegian grouping with a non-breaking space)."""
    whole, _, frac = f"{amount:.2f}".partition(".")
    return f"kr\u00a0{_grouped(int(whole))},{frac}"


# --- Altinn's answers in plain words ---------------------------------------------------------

# Problem codes of Access Management (altinn.md §2.3) [V]; the wire form is probably
# "AM-000xx" [G], so only the number counts.
ALTINN_PROBLEMS_NB: dict[int, str] = {
    22: "Altinn mangler koblingen mellom kommunen og KS. Postvakt legger den til først; "
    "prøv igjen, eller gjør delegeringen selv i Altinn.",
    23: "Altinn fant ikke kommunen eller KS som part. Sjekk at du representerer riktig "
    "organisasjonsnummer i Altinn.",
    24: "Altinn tror mottakeren er en person. Delegeringen skal gå til virksomheten KS "
    "(org.nr 971 032 146).",
    26: "Altinn har stoppet oppslag en stund fordi det var for mange feil. Vent noen "
    "minutter og prøv igjen.",
    27: "Altinn kjenner ikke DPI-retten slik Postvakt ba om den. Gjør delegeringen selv i "
    "Altinn med stegene på denne siden.",
    28: "Du har ikke lov til å delegere denne fullmakten til KS for kommunen. Daglig leder, "
    "eller noen som har tilgangspakkene «Maskinporten administrator» og en pakke under "
    "området «Integrasjoner», må gjøre det.",
    29: "Altinn klarte ikke å lagre delegeringen. Prøv igjen om litt.",
    35: "Altinn kjenner ikke tilgangspakken Postvakt ba om. Gjør delegeringen selv i Altinn.",
    41: "Denne retten kan ikke delegeres fra denne typen virksomhet. Sjekk at du "
    "representerer kommunen selv (hovedenheten).",
    42: "DPI-retten kan ikke delegeres akkurat nå. Gjør det selv i Altinn med stegene på "
    "denne siden, eller spør Digdir.",
    43: "Altinn fant ikke fødselsnummeret. Sjekk at personen er riktig skrevet.",
}


def altinn_problem_nb(code: str | None) -> str | None:
    """«AM-00028» or «AM-28» → the plain message; None when the code is unknown."""
    if not code:
        return None
    match = re.search(r"(\d+)\s*$", code)
    return ALTINN_PROBLEMS_NB.get(int(match.group(1))) if match else None


# What the API path says as it goes and when it ends (shown through ``dtr``).
STAGE_SUPPLIER = "KS er lagt til som leverandør for kommunen."
STAGE_CHECK = "Altinn sier at du kan delegere DPI-retten."
STAGE_DELEGATE = "DPI-retten er delegert til KS."
STAGE_READ_BACK = "Altinn bekrefter at KS har DPI-retten."
DELEGATION_DONE = "KS har fått DPI-retten, og Altinn har bekreftet det."
DELEGATION_NOT_SEEN = (
    "Altinn viser ikke at KS har DPI-retten ennå. Vent et minutt og prøv "
    "igjen, eller sjekk selv i Altinn."
)
DELEGATION_FAILED = (
    "Postvakt fikk ikke gjort dette i Altinn. Gjør det selv i Altinn med "
    "stegene på denne siden; det tar et par minutter."
)
DELEGATION_TEXTS_NB = (
    STAGE_SUPPLIER,
    STAGE_CHECK,
    STAGE_DELEGATE,
    STAGE_READ_BACK,
    DELEGATION_DONE,
    DELEGATION_NOT_SEEN,
    DELEGATION_FAILED,
)


@dataclass(frozen=True)
class DelegationOutcome:
    """What the API path achieved. ``read_back`` is True only when Altinn itself said that KS
    holds the DPI right for the municipality."""

    read_back: bool
    message_nb: str
    done: tuple[str, ...] = ()  # the stages that went through, in bokmål


# How each saved field reads in the summary (in the order shown); fields not listed are not
# printed (internal ticks).
FIELD_LABELS_NB: dict[str, str] = {
    "dato_sendt": "E-post til Digdir sendt",
    "ny_avsender": "Ny avsender (skjema for DPI kreves)",
    "skjema_sendt": "Skjema for DPI sendt",
    "svar": "Svar fra Digdir",
    "dato": "Dato",
    "hvem": "Signert av",
    "daglig_leder": "Daglig leder ifølge Enhetsregisteret",
    "hvem_delegerer": "Hvem gjorde delegeringen",
    "utfort_av": "Utført av",
    "sjekket_i_altinn": "Kontrollert i Altinn at KS har retten",
    "lest_tilbake": "Lest tilbake fra Altinn",
    "avsenderkonto": "Avsenderkonto i SvarUt",
    "egen_tekst": "Egendefinert tekst i meldingsboksen",
    "felter_fylt": "Organisasjonsnummer og navn lagt inn",
    "avsenderindikator_ok": "Avsenderindikator tom eller avtalt med Digdir",
    "arkivert": "Arkivert",
    "godkjent_dato": "Godkjent",
    "sjekkliste": "Gjort",
    "brev_per_ar": "Brev per år (anslag)",
    "pris_per_brev": "Pris per brev (oppgitt av kommunen)",
    "arlig_kostnad": "Anslått kostnad per år",
    "kjent": "Kostnaden er kjent for budsjettansvarlig",
}


def shown_fields(fields: Mapping[str, Any]) -> list[str]:
    """The fields a summary prints, in order. When Postvakt read the delegation back from
    Altinn, the manual «checked in Altinn» tick is not printed as «Nei» beside «Lest tilbake
    fra Altinn: Ja»: the read-back is the stronger proof, and the two must never contradict
    each other."""
    names = [n for n in FIELD_LABELS_NB if fields.get(n) not in ("", None, []) and n in fields]
    if fields.get("lest_tilbake") is True and not fields.get("sjekket_i_altinn"):
        names = [n for n in names if n != "sjekket_i_altinn"]
    return names


WHO_DELEGATES_NB = {
    WhoDelegates.DAGLIG_LEDER: "Daglig leder selv",
    WhoDelegates.HAR_RETT: "En som har fått rett til å delegere i Altinn",
    WhoDelegates.MA_SPORRE: "Daglig leder må gjøre det (brukeren har ikke retten)",
}


# Where one field name means different things in different steps.
STEP_FIELD_LABELS_NB: dict[tuple[str, str], str] = {
    (Step.BRUKSVILKAR, "dato"): "Signert",
    (Step.AKTIVER_SVARUT, "dato"): "Slått på i SvarUt",
}


def field_label_nb(step: str, name: str) -> str:
    return STEP_FIELD_LABELS_NB.get((step, name)) or FIELD_LABELS_NB.get(name, name)


def field_text_nb(name: str, value: Any) -> str:
    """A saved value as the summary prints it."""
    if name == "brev_per_ar" and isinstance(value, int) and not isinstance(value, bool):
        return _grouped(value)
    if name == "pris_per_brev":
        price = parse_price(str(value))
        return format_kr(price) if price is not None else str(value)
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if name in _DATE_FIELDS and value:
        try:
            return date.fromisoformat(str(value)).strftime("%d.%m.%Y")
        except ValueError:
            return str(value)
    if name == "hvem_delegerer":
        try:
            return WHO_DELEGATES_NB[WhoDelegates(value)]
        except ValueError:
            return str(value)
    return str(value)


def texts_for_translation() -> list[str]:
    """The fixed texts of this flow that views show through ``dtr``."""
    from desktop_app.domain.checklist import Progress, Verification

    return (
        [p.label_nb for p in Progress]
        + [v.label_nb for v in Verification]
        + list(ALTINN_PROBLEMS_NB.values())
        + list(DELEGATION_TEXTS_NB)
    )

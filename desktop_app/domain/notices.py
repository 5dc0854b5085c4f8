"""DPI sender-ordered notices (varsling): a settings check and a notice planner.

For letters that need notice under eForvaltningsforskriften § 8 (enkeltvedtak and the like) the
sender orders e-mail and/or SMS notices from the mailbox provider (Digipost, e-Boks), usually on
day 0 and day 7. The rules used here (shared/reference/dpi-notifications.md):

* Notices go out only in daytime, and only while the letter is unread [V].
* ``dagerEtter``/``repetisjoner``: day numbers relative to the day the letter became available;
  0 is that same day [V]. Day N lands on the calendar date ``available date + N`` [V].
* Day-0 evening shift: a letter that arrives in the evening, after the day's notices have
  stopped, gets its day-0 notice the next day; no other day moves [V].
* A failed notice gives a ``VarslingFeiletKvittering`` at the latest the day after the notice
  date [V, read from the worked example: notice 25.06 → receipt by 26.06].

Every value that is a guess [G] or an inference [I] lives in the marked block below, so it can be
corrected in one place.

Time handling: every date is computed as a *calendar date* in Europe/Oslo, and only then turned
into local datetimes for the window (:func:`oslo_datetime` handles nonexistent and ambiguous
local times). Instant arithmetic and comparisons go through UTC, never through wall-clock
arithmetic on aware datetimes (Python compares same-zone datetimes by wall clock, ignoring DST).

Plain Python: no Qt, no I/O. (python-stdnum's fødselsnummer check reads today's date.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum, StrEnum
from zoneinfo import ZoneInfo

from stdnum.no import fodselsnummer as _fodselsnummer

from desktop_app.language import t

OSLO = ZoneInfo("Europe/Oslo")


class Channel(Enum):
    EPOST = "epost"
    SMS = "sms"

    @property
    def label_nb(self) -> str:
        return {"epost": "e-post", "sms": "SMS"}[self.value]


class Provider(Enum):
    DIGIPOST = "digipost"
    EBOKS = "eboks"

    @property
    def label_nb(self) -> str:
        return {"digipost": "Digipost", "eboks": "e-Boks"}[self.value]


@dataclass(frozen=True, slots=True)
class ChannelTiming:
    """When one provider sends one kind of sender-ordered notice (local Oslo wall clock)."""

    window_start: time  # first time of day a notice can go out
    window_end: time  # exclusive: nothing goes out at or after this time; also the evening stop
    ready_after: timedelta  # earliest send after the letter became available (day 0)
    window_published: bool  # False: the provider publishes no hours, the window is our estimate
    hint_nb: str  # shown beside the window


# =================================================================================================
# FACTS TO CHECK AND CORRECT
# Every [G] (guess) and [I] (inferred) value of this module is here, with its source in
# shared/reference/dpi-notifications.md. [V] values sit here too when they belong to a table.
# =================================================================================================

# "Daytime". The sources say only "sendes kun på dagtid" [V §2]; the one published window is
# e-Boks e-mail 07:00-23:00 [V §3]. We use it as daytime for every provider and channel [G].
# Nothing a planner shows ever lies outside [DAYTIME_START, DAYTIME_END).
DAYTIME_START = time(7, 0)  # [G] (e-Boks e-mail [V])
DAYTIME_END = time(23, 0)  # [G] (e-Boks e-mail [V])

# Digipost: sender-ordered e-mail and SMS are "klar til å gå ut 60 min. etter at Digipostkassen har
# mottatt posten" [V §3].
DIGIPOST_READY_AFTER = timedelta(minutes=60)  # [V]
# e-Boks publishes no such delay [G]: we assume none.
EBOKS_READY_AFTER = timedelta(0)  # [G]

# Digipost runs e-mail jobs every fourth hour, "kl 03:00, 07:00, 11:00 osv." [V §3]. That clashes
# with "only in daytime" [V §2]; we follow the daytime rule and show the 4-hour runs as a hint
# only [I], so a Digipost e-mail window is daytime, not the 03:00 run.
DIGIPOST_EMAIL_RUN_EVERY_HOURS = 4  # [V]

# SMS windows are not published for either provider [G §3]: daytime is our estimate.
SMS_WINDOW_PUBLISHED = False  # [G]

# The evening stop after which day 0 moves to the next day is not published per provider
# [G §9.2]. We take each channel's window end (23:00), and for Digipost we count the 60-minute
# ready delay: a letter available at 22:30 is ready at 23:30, after the stop, so day 0 moves [I].
# The worked example (available 23:30 → next day) holds for both providers either way.

# Weekends and public holidays: no source mentions them, so notices go out every day [I].

# A failure receipt comes "seinest dagen etter at varslingen var bestilt" [V]; the worked example
# reads "bestilt" as the notice date (notice 25.06 → receipt by 26.06) [I].
FAILURE_RECEIPT_AFTER_DAYS = 1  # [V example, I wording]

# The regulation's paragraph: Digdir says § 8a, Altinn docs say § 8; check before printing [G §4].
SECTION8_LABEL_NB = "eForvaltningsforskriften § 8"  # [G]

# Days recommended for § 8 letters: notice at delivery and a reminder after a week [V §4].
RECOMMENDED_DAYS: tuple[int, ...] = (0, 7)  # [V]

# Words that suggest case details in a notice text (notices travel unencrypted [V §5]). Matched
# case-insensitively at the start of a word, so "diagnos" also finds "diagnosen". Keep stems long
# enough not to hit ordinary words. The list itself is our choice [I].
CASE_DETAIL_WORDS: tuple[str, ...] = (
    "saksnummer",
    "saksnr",
    "arkivsak",
    "journalpost",
    "diagnos",
    "sykdom",
    "pasient",
    "helse",
    "psykisk",
    "psykiatri",
    "rusbehandling",
    "rusmiddel",
    "barnevern",
    "omsorgsovertakelse",
    "bekymringsmelding",
    "fosterhjem",
    "sosialhjelp",
    "sosialstønad",
    "økonomisk stønad",
    "økonomisk sosialhjelp",
    "inkasso",
    "utlegg",
    "tvangssalg",
    "tvangsmulkt",
    "utkastelse",
    "straff",
    "anmeldelse",
    "avslag",
    "avslått",
    "innvilget",
)

# Greetings that are usually followed by the recipient's name ("Hei Ola") [I].
NAME_GREETINGS: tuple[str, ...] = ("hei", "hallo", "kjære")

TIMINGS: dict[tuple[Provider, Channel], ChannelTiming] = {
    (Provider.DIGIPOST, Channel.EPOST): ChannelTiming(
        DAYTIME_START,
        DAYTIME_END,  # [G] daytime; Digipost's runs are every 4th hour [V]
        DIGIPOST_READY_AFTER,
        window_published=False,
        hint_nb="Digipost sender e-post i faste kjøringer hver fjerde time, så varselet kan komme "
        "noen timer etter at vinduet åpner.",
    ),
    (Provider.DIGIPOST, Channel.SMS): ChannelTiming(
        DAYTIME_START,
        DAYTIME_END,  # [G]
        DIGIPOST_READY_AFTER,
        window_published=SMS_WINDOW_PUBLISHED,
        hint_nb="Digipost sender SMS med en gang den er klar. Digipost oppgir ikke klokkeslett "
        "for SMS, så vinduet er Postvakts anslag for «dagtid».",
    ),
    (Provider.EBOKS, Channel.EPOST): ChannelTiming(
        time(7, 0),  # [V]
        time(23, 0),  # [V]
        EBOKS_READY_AFTER,
        window_published=True,
        hint_nb="e-Boks sender e-post fortløpende mellom kl. 07.00 og 23.00; det som kommer "
        "senere, venter til kl. 07.00 neste dag.",
    ),
    (Provider.EBOKS, Channel.SMS): ChannelTiming(
        DAYTIME_START,
        DAYTIME_END,  # [G]
        EBOKS_READY_AFTER,
        window_published=SMS_WINDOW_PUBLISHED,
        hint_nb="e-Boks oppgir ikke klokkeslett for SMS, så vinduet er Postvakts anslag for "
        "«dagtid».",
    ),
}

# Provider differences we know of, for the planner's side panel [V §3].
PROVIDER_NOTES_NB: dict[Provider, tuple[str, ...]] = {
    Provider.DIGIPOST: (
        "Varsler dere bestiller, går til e-post og mobilnummer i Kontakt- og "
        "reservasjonsregisteret, med Digipost som avsender.",
        "Digiposts egen påminnelse etter 7 dager er noe annet enn et varsel dere bestiller "
        "for dag 7; innbyggeren kan få begge.",
    ),
    Provider.EBOKS: (
        "Når dere bestiller varsel, sender ikke e-Boks sitt eget i tillegg; innbyggeren får "
        "ett varsel.",
    ),
}

# =================================================================================================
# Schema limits [V §1]: XSD sdp-melding.xsd and the DPI JSON commons schema agree.
# =================================================================================================

MIN_DAYS, MAX_DAYS = 1, 10
MIN_DAY_VALUE, MAX_DAY_VALUE = 0, 25
EMAIL_TEXT_MAX = 500
SMS_TEXT_MAX = 160

# SMS as it travels (3GPP TS 23.038). Not a DPI schema limit: see sms_count().
GSM7_SINGLE, GSM7_PART = 160, 153  # septets in one SMS / in each part of a long SMS
UCS2_SINGLE, UCS2_PART = 70, 67  # UTF-16 code units likewise

_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")  # each sent as ESC + char: counts 2


# --- Settings and findings -----------------------------------------------------------------------


class Severity(StrEnum):
    FEIL = "feil"  # the provider will reject the order
    ADVARSEL = "advarsel"  # allowed, but think twice
    ANBEFALING = "anbefaling"  # a better choice exists


@dataclass(frozen=True, slots=True)
class Finding:
    severity: Severity
    field: str  # "days", "channels", "email_text" or "sms_text"
    message_nb: str  # never repeats the personal data it warns about


@dataclass(frozen=True, slots=True)
class NoticeSettings:
    """One notice order. The schema has days per channel; Postvakt uses one list for both."""

    days: tuple[int, ...]
    channels: frozenset[Channel]
    email_text: str = ""
    sms_text: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "days", tuple(self.days))
        object.__setattr__(self, "channels", frozenset(self.channels))

    @classmethod
    def recommended(cls, email_text: str) -> NoticeSettings:
        """Days 0 and 7 by e-mail: what Digdir asks for letters that need § 8 notice."""
        return cls(RECOMMENDED_DAYS, frozenset({Channel.EPOST}), email_text=email_text)


@dataclass(frozen=True, slots=True)
class SmsCount:
    """An SMS text measured two ways.

    ``characters`` is what the DPI schemas limit to 160: XSD and JSON Schema count Unicode code
    points, while the integrasjonspunkt's Java ``@Size(max=160)`` counts UTF-16 code units, where
    an emoji counts 2. ``schema_length`` is the stricter of the two and is what check_settings
    holds to 160.

    ``units`` is the length as the SMS will be sent: GSM 03.38 7-bit septets when every character
    is in that alphabet (æøåÆØÅ are; € [ ] { } | ^ ~ \\ count 2), otherwise UCS-2 (UTF-16) code
    units. One SMS holds 160 septets or 70 UCS-2 units; longer texts go as several parts
    (153 / 67 each), which costs more. Whether providers split or cut long texts is not published.
    """

    characters: int
    utf16_units: int
    encoding: str  # "GSM-7" or "UCS-2"
    units: int
    per_sms_limit: int
    parts: int
    non_gsm_chars: tuple[str, ...]  # the characters that forced UCS-2, first three, unique

    @property
    def schema_length(self) -> int:
        return max(self.characters, self.utf16_units)


def sms_count(text: str) -> SmsCount:
    utf16 = len(text.encode("utf-16-le")) // 2
    non_gsm = [ch for ch in text if ch not in _GSM7_BASIC and ch not in _GSM7_EXTENSION]
    if non_gsm:
        units, single, part, encoding = utf16, UCS2_SINGLE, UCS2_PART, "UCS-2"
    else:
        units = sum(2 if ch in _GSM7_EXTENSION else 1 for ch in text)
        single, part, encoding = GSM7_SINGLE, GSM7_PART, "GSM-7"
    # A part never splits an escape pair or a surrogate pair, so a long text may need one part
    # more than this; one SMS is exact.
    parts = 0 if units == 0 else 1 if units <= single else math.ceil(units / part)
    return SmsCount(
        characters=len(text),
        utf16_units=utf16,
        encoding=encoding,
        units=units,
        per_sms_limit=single,
        parts=parts,
        non_gsm_chars=tuple(dict.fromkeys(non_gsm))[:3],
    )


def check_settings(
    settings: NoticeSettings,
    needs_section8: bool,
    *,
    recipient_names: Iterable[str] = (),
) -> list[Finding]:
    """Every problem with a notice order, errors first. Empty list: all fine.

    ``recipient_names``: names the text must not contain, when the caller knows them.
    """
    findings = [*_check_days(settings.days), *_check_channels(settings.channels)]
    names = [n for n in recipient_names if len(n.strip()) >= 2]
    if Channel.EPOST in settings.channels:
        findings += _check_email_text(settings.email_text)
        findings += _check_personal_data("email_text", settings.email_text, names)
    if Channel.SMS in settings.channels:
        findings += _check_sms_text(settings.sms_text)
        findings += _check_personal_data("sms_text", settings.sms_text, names)
    if needs_section8:
        findings += _recommend_section8(settings)
    order = {Severity.FEIL: 0, Severity.ADVARSEL: 1, Severity.ANBEFALING: 2}
    return sorted(findings, key=lambda f: order[f.severity])


def _check_days(days: Sequence[object]) -> list[Finding]:
    def err(message: str) -> Finding:
        return Finding(Severity.FEIL, "days", message)

    if not days:
        return [
            err("Velg minst én dag varselet skal sendes (0 betyr samme dag som brevet kommer).")
        ]
    out: list[Finding] = []
    if any(not isinstance(d, int) or isinstance(d, bool) for d in days):
        out.append(err("Dagene må være hele tall, for eksempel 0 og 7."))
        return out
    ints = [int(d) for d in days]  # type: ignore[call-overload]  # checked just above
    if len(ints) > MAX_DAYS:
        out.append(err(f"Du kan velge høyst {MAX_DAYS} dager. Nå er det {len(ints)}."))
    dupes = sorted({d for d in ints if ints.count(d) > 1})
    if dupes:
        listed = ", ".join(str(d) for d in dupes)
        out.append(
            err(f"Hver dag kan bare være med én gang. Dette er valgt flere ganger: {listed}.")
        )
    outside = sorted({d for d in ints if not MIN_DAY_VALUE <= d <= MAX_DAY_VALUE})
    if outside:
        listed = ", ".join(str(d) for d in outside)
        out.append(
            err(
                f"Dagene må være fra {MIN_DAY_VALUE} til {MAX_DAY_VALUE} etter at brevet kom "
                f"fram. Dette er utenfor: {listed}."
            )
        )
    return out


def _check_channels(channels: frozenset[Channel]) -> list[Finding]:
    if not channels:
        return [Finding(Severity.FEIL, "channels", "Velg e-post, SMS eller begge.")]
    return []


def _length_problem(name_nb: str, field_: str, text: str, limit: int) -> list[Finding]:
    if not text.strip():
        return [Finding(Severity.FEIL, field_, f"Skriv en {name_nb} (1–{limit} tegn).")]
    count = sms_count(text)
    if count.schema_length > limit:
        extra = (
            " Emoji og enkelte andre tegn teller som 2."
            if count.utf16_units != count.characters
            else ""
        )
        return [
            Finding(
                Severity.FEIL,
                field_,
                f"{name_nb[0].upper()}{name_nb[1:]} er for lang: {count.schema_length} tegn, "
                f"høyst {limit}.{extra}",
            )
        ]
    return []


def _check_email_text(text: str) -> list[Finding]:
    return _length_problem("varslingstekst for e-post", "email_text", text, EMAIL_TEXT_MAX)


def _check_sms_text(text: str) -> list[Finding]:
    problems = _length_problem("varslingstekst for SMS", "sms_text", text, SMS_TEXT_MAX)
    if problems:
        return problems
    count = sms_count(text)
    if count.parts <= 1:
        return []
    if count.encoding == "UCS-2":
        shown = " ".join(count.non_gsm_chars)
        message = (
            f"Teksten har tegn som ikke finnes i SMS-alfabetet ({shown}), så den sendes med en "
            f"koding der én SMS bare rommer {UCS2_SINGLE} tegn. Teksten er {count.units} tegn "
            f"og blir {count.parts} SMS-er, som kan koste mer. Bytt ut disse tegnene, så rommer "
            f"én SMS {GSM7_SINGLE} tegn."
        )
    else:
        message = (
            f"Tegnene € [ ] {{ }} | ^ ~ \\ teller dobbelt i en SMS. Teksten blir {count.units} "
            f"tegn og sendes som {count.parts} SMS-er, som kan koste mer."
        )
    return [Finding(Severity.ADVARSEL, "sms_text", message)]


_ELEVEN_DIGITS = re.compile(r"(?<!\d)(\d{6})[ .-]?(\d{5})(?!\d)")
_CASE_NUMBER = re.compile(r"(?<![\d/])(?:19|20)\d{2}/\d{1,6}(?![\d/])")
_CASE_WORDS = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(w) for w in CASE_DETAIL_WORDS) + r")", re.IGNORECASE
)
_GREETING_NAME = re.compile(  # the greeting in any case, the name with a capital letter
    r"(?<!\w)(?i:" + "|".join(NAME_GREETINGS) + r")[ ,]+[A-ZÆØÅ][a-zæøåéü]+"
)
_UNENCRYPTED = "Varsler sendes ukryptert på e-post og SMS."


def _check_personal_data(field_: str, text: str, names: Sequence[str]) -> list[Finding]:
    out: list[Finding] = []

    def warn(message: str) -> None:
        out.append(Finding(Severity.ADVARSEL, field_, f"{message} {_UNENCRYPTED}"))

    runs = ["".join(m.groups()) for m in _ELEVEN_DIGITS.finditer(text)]
    if any(_fodselsnummer.is_valid(r) for r in runs):
        warn("Teksten ser ut til å inneholde et fødselsnummer eller d-nummer. Ta det bort.")
    elif runs:
        warn("Teksten har et tall med 11 siffer, som kan være et fødselsnummer. Ta det bort.")
    words = sorted({m.group(1).lower() for m in _CASE_WORDS.finditer(text)})
    if words:
        listed = ", ".join(f"«{w}»" for w in words)
        warn(
            f"Teksten nevner {listed}, som kan si noe om hva saken gjelder. Skriv heller bare at "
            "det har kommet et brev."
        )
    if _CASE_NUMBER.search(text):
        warn("Teksten ser ut til å inneholde et saksnummer. Ta det bort.")
    lowered = text.casefold()
    named = any(
        re.search(r"(?<!\w)" + re.escape(n.strip().casefold()) + r"(?!\w)", lowered) for n in names
    )
    if named or _GREETING_NAME.search(text):
        warn("Teksten ser ut til å nevne mottakeren ved navn. Ta navnet bort.")
    return out


def _recommend_section8(settings: NoticeSettings) -> list[Finding]:
    out: list[Finding] = []
    missing = [d for d in RECOMMENDED_DAYS if d not in settings.days]
    if missing:
        tip = (
            " Varsler dere selv når brevet kommer fram, holder det å bestille dag 7."
            if missing == [0]
            else ""
        )
        out.append(
            Finding(
                Severity.ANBEFALING,
                "days",
                f"Brev som krever varsling etter {SECTION8_LABEL_NB} bør varsles dag 0 og 7: "
                "ett varsel når brevet kommer fram, og en påminnelse etter en uke hvis det ikke "
                f"er lest.{tip}",
            )
        )
    if Channel.EPOST not in settings.channels:
        out.append(
            Finding(
                Severity.ANBEFALING,
                "channels",
                f"Velg e-post for brev som krever varsling etter {SECTION8_LABEL_NB}. E-post er "
                "nok; SMS kan komme i tillegg.",
            )
        )
    return out


# --- Planner -------------------------------------------------------------------------------------


class InvalidNoticeSettings(ValueError):
    """The days cannot be planned; ``findings`` says why, in bokmål."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(" ".join(f.message_nb for f in findings))
        self.findings = findings


@dataclass(frozen=True, slots=True)
class PlannedNotice:
    day_index: int  # the ordered day (dagerEtter)
    channel: Channel
    window_start: datetime  # Europe/Oslo; the notice can go out from here …
    window_end: datetime  # … until here (exclusive)
    failure_receipt_by: date  # a VarslingFeiletKvittering comes at the latest this day
    reason_nb: str
    cancelled_because_read: bool = False  # the letter was read before the window opened
    shifted_to_next_day: bool = False  # day 0 moved by the evening rule

    @property
    def notice_date(self) -> date:
        return self.window_start.date()


def oslo_datetime(day: date, at: time, *, end: bool = False) -> datetime:
    """``day`` at wall-clock ``at`` in Oslo, as an aware datetime.

    A time that does not exist (spring forward, 02:00-03:00) becomes the first instant after the
    gap. A time that exists twice (fall back, 02:00-03:00) is the first occurrence for a window
    start and the second for a window end (``end=True``), so the window covers both.
    """
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=OSLO, fold=0)
    second = naive.replace(tzinfo=OSLO, fold=1)
    if first.astimezone(UTC).astimezone(OSLO).replace(tzinfo=None) != naive:
        # Nonexistent: the two folds read it with the offsets before and after the gap, giving
        # two instants on either side of the transition. Bisect for the transition itself.
        lo, hi = sorted((first.astimezone(UTC), second.astimezone(UTC)))
        while hi - lo > timedelta(seconds=1):
            mid = lo + (hi - lo) / 2
            if mid.astimezone(OSLO).utcoffset() == lo.astimezone(OSLO).utcoffset():
                lo = mid
            else:
                hi = mid
        return hi.replace(microsecond=0).astimezone(OSLO)
    return second if end else first


def _to_oslo(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} mangler tidssone; oppgi norsk tid (Europe/Oslo).")
    return moment.astimezone(OSLO)


_CHANNEL_SUBJECT_NB = {Channel.EPOST: "E-postvarsel", Channel.SMS: "SMS-varsel"}


def _fmt_date(d: date) -> str:
    return d.strftime("%d.%m.%Y")


def _fmt_time(moment: datetime) -> str:
    return moment.astimezone(OSLO).strftime("%H.%M")


def _day_window(day: date, timing: ChannelTiming) -> tuple[datetime, datetime]:
    start = max(timing.window_start, DAYTIME_START)
    end = min(timing.window_end, DAYTIME_END)
    return oslo_datetime(day, start), oslo_datetime(day, end, end=True)


def _days_or_raise(days: Sequence[int]) -> list[int]:
    problems = _check_days(days)
    if problems:
        raise InvalidNoticeSettings(problems)
    return sorted(days)


def plan_notices(
    available_at: datetime,
    settings: NoticeSettings,
    provider: Provider,
    read_at: datetime | None = None,
) -> list[PlannedNotice]:
    """When each ordered notice can go out, ordered by day, e-mail before SMS.

    ``available_at``: when the letter became available in the mailbox (virkningstidspunkt, or
    delivery time), timezone-aware. ``read_at``: when the citizen opened it, if known.
    Raises :class:`InvalidNoticeSettings` when the days break the schema, ValueError on a naive
    datetime or a letter read before it was available.
    """
    days = _days_or_raise(settings.days)
    available = _to_oslo(available_at, "Tidspunktet brevet ble tilgjengelig")
    read = None if read_at is None else _to_oslo(read_at, "Tidspunktet brevet ble lest")
    if read is not None and read.astimezone(UTC) < available.astimezone(UTC):
        raise ValueError("Brevet står som lest før det ble tilgjengelig. Sjekk tidspunktene.")
    available_day = available.date()
    channels = [c for c in Channel if c in settings.channels]

    plan: list[PlannedNotice] = []
    for day_index in days:
        for channel in channels:
            timing = TIMINGS[(provider, channel)]
            plan.append(
                _plan_one(day_index, channel, provider, timing, available, available_day, read)
            )
    return plan


def _plan_one(
    day_index: int,
    channel: Channel,
    provider: Provider,
    timing: ChannelTiming,
    available: datetime,
    available_day: date,
    read: datetime | None,
) -> PlannedNotice:
    parts: list[str] = []
    shifted = False
    if day_index == 0:
        ready = (available.astimezone(UTC) + timing.ready_after).astimezone(OSLO)
        notice_day = available_day
        start, end = _day_window(notice_day, timing)
        while ready.astimezone(UTC) >= end.astimezone(UTC):  # after the evening stop
            notice_day += timedelta(days=1)
            start, end = _day_window(notice_day, timing)
        if ready.astimezone(UTC) > start.astimezone(UTC):
            start = ready
        shifted = notice_day != available_day
        if shifted:
            parts.append(
                t(
                    "Dag 0 er flyttet til {day} fordi brevet kom fram {came} kl. {time}, etter at "
                    "varslingen for dagen var stoppet. Bare dag 0 flyttes; de andre varslene går "
                    "som bestilt.",
                    day=_fmt_date(notice_day),
                    came=_fmt_date(available_day),
                    time=_fmt_time(available),
                )
            )
        else:
            parts.append(
                t(
                    "Dag 0: samme dag som brevet kom fram ({day} kl. {time}).",
                    day=_fmt_date(available_day),
                    time=_fmt_time(available),
                )
            )
        if timing.ready_after:
            minutes = int(timing.ready_after.total_seconds() // 60)
            parts.append(
                t(
                    "{provider} sender tidligst {minutes} minutter etter at brevet kom fram.",
                    provider=provider.label_nb,
                    minutes=minutes,
                )
            )
    else:
        notice_day = available_day + timedelta(days=day_index)
        start, end = _day_window(notice_day, timing)
        unit = t("dag") if day_index == 1 else t("dager")
        parts.append(
            t(
                "Dag {n}: {n} {unit} etter at brevet kom fram ({day}). Dagen regnes alltid fra da "
                "brevet kom fram og flyttes ikke om dag 0 flyttes.",
                n=day_index,
                unit=unit,
                day=_fmt_date(available_day),
            )
        )

    parts.append(
        t(
            "{subject} fra {provider} sendes bare på dagtid (kl. {start}–{end}) og bare hvis "
            "brevet ikke er lest.",
            subject=t(_CHANNEL_SUBJECT_NB[channel]),
            provider=provider.label_nb,
            start=_fmt_time(start),
            end=_fmt_time(end),
        )
        + " "
        + t(timing.hint_nb)
    )

    cancelled = False
    if read is not None and read.astimezone(UTC) < end.astimezone(UTC):
        if read.astimezone(UTC) <= start.astimezone(UTC):
            cancelled = True
            parts.append(
                t(
                    "Brevet ble lest {day} kl. {time}, før varselet kunne gå, så dette varselet "
                    "blir ikke sendt.",
                    day=_fmt_date(read.date()),
                    time=_fmt_time(read),
                )
            )
        else:
            end = read
            parts.append(
                t(
                    "Brevet ble lest kl. {time}; varselet kan bare ha gått før det.",
                    time=_fmt_time(read),
                )
            )

    receipt_by = notice_day + timedelta(days=FAILURE_RECEIPT_AFTER_DAYS)
    if not cancelled:
        parts.append(
            t(
                "Hvis varselet ikke kommer fram, får dere en VarslingFeiletKvittering senest "
                "{day}.",
                day=_fmt_date(receipt_by),
            )
        )
    return PlannedNotice(
        day_index=day_index,
        channel=channel,
        window_start=start,
        window_end=end,
        failure_receipt_by=receipt_by,
        reason_nb=" ".join(parts),
        cancelled_because_read=cancelled,
        shifted_to_next_day=shifted,
    )


# --- Batch ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter from an imported list. Without ``available_at``, the send time is used."""

    reference: str
    sent_at: datetime
    available_at: datetime | None = None
    read_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LetterPlan:
    letter: Letter
    notices: list[PlannedNotice] = field(default_factory=list)
    note_nb: str = ""  # set when the availability time was assumed
    error_nb: str = ""  # set when this letter could not be planned

    @property
    def ok(self) -> bool:
        return not self.error_nb


def plan_batch(
    letters: Iterable[Letter], settings: NoticeSettings, provider: Provider
) -> list[LetterPlan]:
    """Plan every letter; a bad row gets ``error_nb`` and does not stop the others.

    Raises :class:`InvalidNoticeSettings` once, up front, when the days cannot be planned.
    """
    _days_or_raise(settings.days)
    out: list[LetterPlan] = []
    for letter in letters:
        assumed = letter.available_at is None
        available = letter.sent_at if assumed else letter.available_at
        note = (
            t(
                "Postvakt vet ikke når brevet ble tilgjengelig i postkassen og bruker "
                "sendetidspunktet. Kommer brevet fram etter kl. {time}, går dag 0-varselet "
                "dagen etter.",
                time=DAYTIME_END.strftime("%H.%M"),
            )
            if assumed
            else ""
        )
        try:
            notices = plan_notices(available, settings, provider, letter.read_at)  # type: ignore[arg-type]
        except ValueError as exc:
            out.append(LetterPlan(letter, error_nb=str(exc)))
            continue
        out.append(LetterPlan(letter, notices, note_nb=note))
    return out

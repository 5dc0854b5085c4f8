"""DPI notice planner and settings check (desktop_app.domain.notices)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from desktop_app.domain.notices import (
    DAYTIME_END,
    DAYTIME_START,
    OSLO,
    TIMINGS,
    Channel,
    InvalidNoticeSettings,
    Letter,
    NoticeSettings,
    Provider,
    Severity,
    check_settings,
    oslo_datetime,
    plan_batch,
    plan_notices,
    sms_count,
)

EPOST = frozenset({Channel.EPOST})
BOTH = frozenset({Channel.EPOST, Channel.SMS})
OK_EMAIL = "Du har fått et brev fra kommunen i den digitale postkassen din."
OK_SMS = "Du har fått et brev fra kommunen. Les det i den digitale postkassen din."


def oslo(y, mo, d, h=0, mi=0, fold=0):
    return datetime(y, mo, d, h, mi, tzinfo=OSLO, fold=fold)


def plan(available, days=(0, 7), provider=Provider.EBOKS, channels=EPOST, read_at=None):
    s = NoticeSettings(tuple(days), channels, OK_EMAIL, OK_SMS)
    return plan_notices(available, s, provider, read_at)


def by_day(notices):
    return {n.day_index: n for n in notices if n.channel is Channel.EPOST}


# --- The worked example from Digdir's page ------------------------------------------------------


@pytest.mark.parametrize("provider", list(Provider))
def test_worked_example_sent_2017_06_24_2300_available_2330(provider):
    letter = Letter(
        "eks-1", sent_at=oslo(2017, 6, 24, 23, 0), available_at=oslo(2017, 6, 24, 23, 30)
    )
    [result] = plan_batch([letter], NoticeSettings((0, 7), EPOST, OK_EMAIL), provider)
    assert result.ok and result.note_nb == ""
    notices = by_day(result.notices)
    assert notices[0].notice_date == date(2017, 6, 25)
    assert notices[7].notice_date == date(2017, 7, 1)
    assert notices[0].failure_receipt_by == date(2017, 6, 26)
    assert notices[7].failure_receipt_by == date(2017, 7, 2)
    assert notices[0].shifted_to_next_day and not notices[7].shifted_to_next_day
    assert "flyttet til 25.06.2017" in notices[0].reason_nb
    assert "Bare dag 0 flyttes" in notices[0].reason_nb
    assert "26.06.2017" in notices[0].reason_nb
    assert "02.07.2017" in notices[7].reason_nb


# --- Calendar edges ------------------------------------------------------------------------------


def test_month_end_evening_letter():
    n = by_day(plan(oslo(2026, 1, 31, 23, 30)))
    assert n[0].notice_date == date(2026, 2, 1)
    assert n[7].notice_date == date(2026, 2, 7)
    assert (n[0].failure_receipt_by, n[7].failure_receipt_by) == (
        date(2026, 2, 2),
        date(2026, 2, 8),
    )


def test_february_end_in_a_leap_year():
    n = by_day(plan(oslo(2028, 2, 28, 12, 0), days=(0, 1, 2)))
    assert [n[d].notice_date for d in (0, 1, 2)] == [
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2028, 3, 1),
    ]


def test_year_end_evening_letter():
    n = by_day(plan(oslo(2026, 12, 31, 23, 30)))
    assert n[0].notice_date == date(2027, 1, 1)
    assert n[0].failure_receipt_by == date(2027, 1, 2)
    assert n[7].notice_date == date(2027, 1, 7)
    assert n[7].failure_receipt_by == date(2027, 1, 8)


def test_shifted_day_0_may_share_a_date_with_day_1():
    n = by_day(plan(oslo(2026, 4, 30, 23, 15), days=(0, 1)))
    assert n[0].notice_date == n[1].notice_date == date(2026, 5, 1)


def test_spring_forward_2026_03_29():
    n = by_day(plan(oslo(2026, 3, 28, 23, 30), days=(0, 1, 7)))
    day0 = n[0]
    assert day0.notice_date == date(2026, 3, 29)
    assert day0.window_start.utcoffset() == timedelta(hours=2)  # summer time already
    assert day0.window_start.astimezone(UTC) == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert day0.window_end.astimezone(UTC) == datetime(2026, 3, 29, 21, 0, tzinfo=UTC)
    assert n[1].notice_date == date(2026, 3, 29)  # day 1 is not pushed by the shift
    assert n[7].notice_date == date(2026, 4, 4)


def test_letter_available_just_before_the_spring_gap_is_not_shifted():
    n = by_day(plan(oslo(2026, 3, 29, 1, 45), provider=Provider.DIGIPOST))
    # Ready 60 real minutes later = 03:45 summer time; notice from 07:00 the same day.
    assert n[0].notice_date == date(2026, 3, 29) and not n[0].shifted_to_next_day
    assert n[0].window_start == oslo(2026, 3, 29, 7, 0)


def test_fall_back_2026_10_25():
    n = by_day(plan(oslo(2026, 10, 24, 23, 30), days=(0, 7)))
    assert n[0].notice_date == date(2026, 10, 25)
    assert n[0].window_start.utcoffset() == timedelta(hours=1)  # winter time
    assert n[0].window_start.astimezone(UTC) == datetime(2026, 10, 25, 6, 0, tzinfo=UTC)
    assert n[7].notice_date == date(2026, 10, 31)


def test_letter_available_in_the_repeated_hour_of_fall_back():
    first, second = oslo(2026, 10, 25, 2, 30, fold=0), oslo(2026, 10, 25, 2, 30, fold=1)
    for available in (first, second):
        n = by_day(plan(available, provider=Provider.DIGIPOST))
        assert n[0].notice_date == date(2026, 10, 25) and not n[0].shifted_to_next_day
        assert n[0].window_start == oslo(2026, 10, 25, 7, 0)


def test_seven_days_across_a_dst_change_is_by_calendar_date_not_by_hours():
    n = by_day(plan(oslo(2026, 3, 25, 10, 0), days=(7,)))
    assert n[7].notice_date == date(2026, 4, 1)
    assert n[7].window_start == oslo(2026, 4, 1, 7, 0)


def test_oslo_datetime_handles_nonexistent_and_ambiguous_times():
    gap = oslo_datetime(date(2026, 3, 29), time(2, 30))
    assert gap.astimezone(UTC) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 summer time
    start = oslo_datetime(date(2026, 10, 25), time(2, 30))
    end = oslo_datetime(date(2026, 10, 25), time(2, 30), end=True)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=1)


@pytest.mark.parametrize(
    ("available", "expected_day0"),
    [
        (oslo(2026, 6, 13, 14, 0), date(2026, 6, 13)),  # Saturday afternoon: same Saturday
        (oslo(2026, 6, 14, 23, 10), date(2026, 6, 15)),  # Sunday evening: Monday
    ],
)
def test_weekend_letters_are_notified_on_calendar_days(available, expected_day0):
    n = by_day(plan(available))
    assert n[0].notice_date == expected_day0
    assert n[7].notice_date == available.date() + timedelta(days=7)


# --- Provider timing -----------------------------------------------------------------------------


def test_digipost_waits_60_minutes_and_the_delay_can_push_day_0():
    n = by_day(plan(oslo(2026, 6, 10, 10, 0), provider=Provider.DIGIPOST))
    assert n[0].window_start == oslo(2026, 6, 10, 11, 0)
    late = by_day(plan(oslo(2026, 6, 10, 22, 15), provider=Provider.DIGIPOST))
    assert late[0].notice_date == date(2026, 6, 11) and late[0].shifted_to_next_day


def test_eboks_sends_an_evening_letter_the_same_day_before_23():
    n = by_day(plan(oslo(2026, 6, 10, 22, 15), provider=Provider.EBOKS))
    assert n[0].notice_date == date(2026, 6, 10)
    assert (n[0].window_start, n[0].window_end) == (
        oslo(2026, 6, 10, 22, 15),
        oslo(2026, 6, 10, 23),
    )


def test_early_morning_letter_waits_for_daytime_the_same_day():
    n = by_day(plan(oslo(2026, 6, 10, 3, 0)))
    assert n[0].window_start == oslo(2026, 6, 10, 7, 0) and not n[0].shifted_to_next_day


def test_both_channels_are_planned_email_first():
    notices = plan(oslo(2026, 6, 10, 12), days=(0,), channels=BOTH)
    assert [n.channel for n in notices] == [Channel.EPOST, Channel.SMS]
    assert "SMS" in notices[1].reason_nb and "anslag" in notices[1].reason_nb


# --- Read letters --------------------------------------------------------------------------------


def test_read_letter_cancels_later_notices_and_clips_the_current_one():
    available = oslo(2026, 6, 10, 9, 0)
    n = by_day(plan(available, days=(0, 7), read_at=oslo(2026, 6, 10, 15, 0)))
    assert not n[0].cancelled_because_read
    assert n[0].window_end == oslo(2026, 6, 10, 15, 0)
    assert n[7].cancelled_because_read
    assert "blir ikke sendt" in n[7].reason_nb


def test_letter_read_before_the_day_0_window_cancels_it():
    n = by_day(plan(oslo(2026, 6, 10, 23, 30), read_at=oslo(2026, 6, 11, 6, 0)))
    assert n[0].cancelled_because_read and n[7].cancelled_because_read


def test_bad_times_are_refused_in_bokmal():
    with pytest.raises(ValueError, match="tidssone"):
        plan(datetime(2026, 6, 10, 12, 0))
    with pytest.raises(ValueError, match="lest før"):
        plan(oslo(2026, 6, 10, 12), read_at=oslo(2026, 6, 10, 11))


def test_invalid_days_cannot_be_planned():
    with pytest.raises(InvalidNoticeSettings) as info:
        plan(oslo(2026, 6, 10, 12), days=(0, 26))
    assert info.value.findings[0].field == "days"


def test_batch_uses_send_time_when_availability_is_unknown_and_keeps_going_past_bad_rows():
    letters = [
        Letter("a", sent_at=oslo(2026, 6, 10, 12)),
        Letter("b", sent_at=datetime(2026, 6, 10, 12)),  # naive: a bad row
        Letter("c", sent_at=oslo(2026, 6, 10, 12), available_at=oslo(2026, 6, 10, 23, 30)),
    ]
    a, b, c = plan_batch(letters, NoticeSettings((0, 7), EPOST, OK_EMAIL), Provider.EBOKS)
    assert a.ok and "sendetidspunktet" in a.note_nb
    assert by_day(a.notices)[0].notice_date == date(2026, 6, 10)
    assert not b.ok and "tidssone" in b.error_nb and b.notices == []
    assert by_day(c.notices)[0].notice_date == date(2026, 6, 11)


# --- Settings check ------------------------------------------------------------------------------


def findings(days=(0, 7), channels=EPOST, email=OK_EMAIL, sms=OK_SMS, section8=False, **kw):
    return check_settings(NoticeSettings(tuple(days), channels, email, sms), section8, **kw)


def errors(fs, field=None):
    return [f for f in fs if f.severity is Severity.FEIL and (field is None or f.field == field)]


def warnings(fs, field=None):
    return [
        f for f in fs if f.severity is Severity.ADVARSEL and (field is None or f.field == field)
    ]


def test_the_recommended_settings_have_no_findings():
    assert findings(channels=BOTH, section8=True) == []
    assert check_settings(NoticeSettings.recommended(OK_EMAIL), needs_section8=True) == []


@pytest.mark.parametrize(
    ("days", "word"),
    [
        ((), "minst én dag"),
        (tuple(range(11)), "høyst 10"),
        ((0, 7, 7), "flere ganger: 7"),
        ((0, 26), "utenfor: 26"),
        ((-1, 7), "utenfor: -1"),
        ((0, 7.0), "hele tall"),
        ((True,), "hele tall"),
    ],
)
def test_days_rules(days, word):
    [err] = errors(findings(days=days), "days")
    assert word in err.message_nb


def test_day_limits_are_inclusive():
    assert errors(findings(days=tuple(range(10)))) == []
    assert errors(findings(days=(0, 25))) == []


def test_no_channel_is_an_error():
    assert errors(findings(channels=frozenset()), "channels")


@pytest.mark.parametrize(
    ("text", "ok"),
    [("x", True), ("", False), ("   ", False), ("æ" * 500, True), ("æ" * 501, False)],
)
def test_email_text_length(text, ok):
    assert (errors(findings(email=text), "email_text") == []) is ok


def test_email_text_with_emoji_counts_it_twice():
    assert errors(findings(email="a" * 498 + "😀")) == []
    [err] = errors(findings(email="a" * 499 + "😀"), "email_text")
    assert "501 tegn" in err.message_nb and "teller som 2" in err.message_nb


def test_texts_of_unchosen_channels_are_not_checked():
    assert findings(channels=EPOST, sms="") == []


def test_sms_of_160_norwegian_letters_is_one_sms():
    text = "æøåÆØÅ" * 26 + "abcd"
    assert len(text) == 160
    count = sms_count(text)
    assert (count.encoding, count.units, count.parts) == ("GSM-7", 160, 1)
    assert findings(channels=BOTH, sms=text) == []
    assert errors(findings(channels=BOTH, sms=text + "a"), "sms_text")


def test_sms_with_extension_characters_counts_them_twice():
    text = "€" * 10 + "a" * 150
    count = sms_count(text)
    assert (count.characters, count.units, count.parts) == (160, 170, 2)
    fs = findings(channels=BOTH, sms=text)
    assert errors(fs) == []
    [warn] = warnings(fs, "sms_text")
    assert "170 tegn" in warn.message_nb and "2 SMS-er" in warn.message_nb


def test_sms_with_emoji_is_ucs2_with_70_per_sms():
    fits = "a" * 68 + "😀"  # 70 UTF-16 units
    assert sms_count(fits).parts == 1
    assert findings(channels=BOTH, sms=fits) == []
    longer = "a" * 69 + "😀"
    assert sms_count(longer).units == 71
    [warn] = warnings(findings(channels=BOTH, sms=longer), "sms_text")
    assert (
        "70 tegn" in warn.message_nb and "😀" in warn.message_nb and "2 SMS-er" in warn.message_nb
    )


def test_sms_schema_limit_with_emoji():
    assert errors(findings(channels=BOTH, sms="a" * 158 + "😀")) == []  # 160 UTF-16 units
    [err] = errors(findings(channels=BOTH, sms="a" * 159 + "😀"), "sms_text")
    assert "161 tegn" in err.message_nb


def synthetic_fodselsnummer(birth: date, individual: int, d_number: bool = False) -> str:
    day = birth.day + (40 if d_number else 0)
    for ind in range(individual, individual + 100):
        base = f"{day:02d}{birth.month:02d}{birth.year % 100:02d}{ind:03d}"
        k1 = fodselsnummer.calc_check_digit1(base)
        if k1 == "10":
            continue
        k2 = fodselsnummer.calc_check_digit2(base + k1)
        if k2 != "10":
            return base + k1 + k2
    raise AssertionError("no valid number")


@pytest.mark.parametrize("d_number", [False, True])
def test_valid_fodselsnummer_in_text_is_warned_without_repeating_it(d_number):
    number = synthetic_fodselsnummer(date(1990, 1, 1), 123, d_number)
    assert fodselsnummer.is_valid(number)
    for shown in (number, f"{number[:6]} {number[6:]}"):
        [warn] = warnings(findings(email=f"Brev til {shown}"), "email_text")
        assert "fødselsnummer eller d-nummer" in warn.message_nb
        assert number[:6] not in warn.message_nb and "ukryptert" in warn.message_nb


def test_other_eleven_digit_run_is_a_softer_warning():
    [warn] = warnings(findings(email="Referanse 12345678901"), "email_text")
    assert "11 siffer" in warn.message_nb
    assert warnings(findings(email="Ring 12345678")) == []  # 8 digits: a phone number


def test_case_details_are_warned():
    [warn] = warnings(findings(channels=BOTH, sms="Vedtak om Sosialhjelp er klart"), "sms_text")
    assert "«sosialhjelp»" in warn.message_nb
    [warn] = warnings(findings(email="Svar i sak 2024/1234"), "email_text")
    assert "saksnummer" in warn.message_nb


def test_names_are_warned():
    assert warnings(findings(email="Hei Ola, du har fått brev."), "email_text")
    assert warnings(findings(email="Hei, du har fått brev."), "email_text") == []
    fs = findings(email="Brev til Kari Nordmann", recipient_names=["Nordmann"])
    [warn] = warnings(fs, "email_text")
    assert "navn" in warn.message_nb and "Nordmann" not in warn.message_nb


def test_section8_recommends_days_0_and_7_with_email():
    fs = findings(days=(1,), channels=frozenset({Channel.SMS}), section8=True)
    recommended = {f.field for f in fs if f.severity is Severity.ANBEFALING}
    assert recommended == {"days", "channels"}
    assert all("§ 8" in f.message_nb for f in fs if f.severity is Severity.ANBEFALING)
    [only_revarsel] = findings(days=(7,), section8=True)
    assert "holder det å bestille dag 7" in only_revarsel.message_nb
    assert findings(days=(1,), channels=frozenset({Channel.SMS}), section8=False) == []


def test_errors_come_before_warnings_and_recommendations():
    fs = findings(days=(0, 30), email="Hei Ola", section8=True)
    order = [f.severity for f in fs]
    assert order == sorted(order, key=[Severity.FEIL, Severity.ADVARSEL, Severity.ANBEFALING].index)


# --- Properties ----------------------------------------------------------------------------------

available_times = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2040, 12, 31),
    timezones=st.just(OSLO),
    allow_imaginary=False,
)
day_lists = st.lists(st.integers(0, 25), min_size=1, max_size=10, unique=True).map(tuple)
channel_sets = st.sets(st.sampled_from(list(Channel)), min_size=1).map(frozenset)
providers = st.sampled_from(list(Provider))
read_delays = st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30))


def is_daytime(moment: datetime) -> bool:
    """Window ends are exclusive, so an end at exactly DAYTIME_END is still daytime."""
    local = moment.astimezone(OSLO).time()
    return DAYTIME_START <= local <= DAYTIME_END


@settings(max_examples=150, deadline=None)
@given(available_times, day_lists, channel_sets, providers, read_delays)
def test_no_window_lies_even_partly_at_night(available, days, channels, provider, delay):
    read_at = None if delay is None else (available.astimezone(UTC) + delay).astimezone(OSLO)
    for n in plan(available, days, provider, channels, read_at):
        start, end = n.window_start, n.window_end
        assert start.astimezone(UTC) < end.astimezone(UTC)
        assert start.astimezone(OSLO).date() == end.astimezone(OSLO).date()
        assert is_daytime(start) and is_daytime(end)
        # Day 0 never goes out before the provider has the notice ready.
        ready = available.astimezone(UTC) + TIMINGS[(provider, n.channel)].ready_after
        if n.day_index == 0:
            assert start.astimezone(UTC) >= ready
        assert n.failure_receipt_by == n.notice_date + timedelta(days=1)


@settings(max_examples=150, deadline=None)
@given(available_times, day_lists, channel_sets, providers, read_delays)
def test_no_notice_after_the_letter_is_read(available, days, channels, provider, delay):
    if delay is None:
        delay = timedelta(hours=5)
    read_at = (available.astimezone(UTC) + delay).astimezone(OSLO)
    for n in plan(available, days, provider, channels, read_at):
        if n.cancelled_because_read:
            assert read_at.astimezone(UTC) <= n.window_start.astimezone(UTC)
        else:
            assert n.window_end.astimezone(UTC) <= read_at.astimezone(UTC)


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.times(min_value=time(0, 0), max_value=time(23, 59)),
    day_lists,
    providers,
)
def test_day_0_evening_shift_never_moves_a_later_day(day, at, days, provider):
    available = oslo_datetime(day, at)
    morning = oslo_datetime(day, time(9, 0))
    evening_dates = {n.day_index: n.notice_date for n in plan(available, days, provider)}
    morning_dates = {n.day_index: n.notice_date for n in plan(morning, days, provider)}
    for d in days:
        if d > 0:
            assert evening_dates[d] == morning_dates[d] == day + timedelta(days=d)
    if 0 in days:
        assert evening_dates[0] in (day, day + timedelta(days=1))
        assert morning_dates[0] == day

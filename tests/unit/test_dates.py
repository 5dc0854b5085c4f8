from datetime import date

import pytest

from desktop_app.domain.dates import DateTextError, format_date, local_date, parse_date


@pytest.mark.parametrize(
    "text",
    [
        "04.06.2026",
        "4.6.2026",
        "4.6.26",
        "04062026",
        "040626",
        "4/6/2026",
        "4-6-2026",
        " 04. 06. 2026 ",
        "2026-06-04",
    ],
)
def test_the_ways_people_type_a_date(text):
    assert parse_date(text) == date(2026, 6, 4)


def test_empty_text_is_no_date():
    assert parse_date("") is None and parse_date("   ") is None


@pytest.mark.parametrize("text", ["Velg dato4062026", "31.02.2026", "i morgen", "4.6"])
def test_what_is_not_a_date_says_how_to_write_one(text):
    with pytest.raises(DateTextError, match=r"dd\.mm\.åååå"):
        parse_date(text)


def test_format():
    assert format_date(date(2026, 6, 4)) == "04.06.2026" and format_date(None) == ""


def test_a_stored_time_is_shown_as_its_day_in_oslo():
    """One formatter for every stored day and time: 23:30 UTC on 30 November is 1 December
    in Norway; a plain day stays as it is; nothing is empty; odd text is shown as it is."""
    assert local_date("2026-11-30T23:30:00+00:00") == "01.12.2026"
    assert local_date("2026-11-30T23:30:00+00:00", with_time=True) == "01.12.2026 00:30"
    assert local_date("2026-12-01") == "01.12.2026"
    assert local_date(None) == "" and local_date("") == ""
    assert local_date("i går") == "i går"

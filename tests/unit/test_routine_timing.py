"""Fast kontroll: when the next run is due and whether one is late, from the schedule alone;
and what a run tells the user."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.routines import (
    PAGE_ACCESS,
    PAGE_UNOPENED,
    Frequency,
    Schedule,
    finding,
    routine_timing,
)

MONDAY_0730 = Schedule(Frequency.WEEKLY, weekday=0, hour=7, minute=30)
WEDNESDAY_0805_FORTNIGHT = Schedule(Frequency.FORTNIGHTLY, weekday=2, hour=8, minute=5)
THE_3RD_0600 = Schedule(Frequency.MONTHLY, day=3, hour=6, minute=0)


def test_next_time_of_each_kind():
    # Wednesday 2 December 2026, 12:00
    noon = datetime(2026, 12, 2, 12, 0)
    assert MONDAY_0730.next_after(noon) == datetime(2026, 12, 7, 7, 30)
    assert WEDNESDAY_0805_FORTNIGHT.next_after(noon) == datetime(2026, 12, 9, 8, 5)
    assert THE_3RD_0600.next_after(noon) == datetime(2026, 12, 3, 6, 0)
    assert THE_3RD_0600.next_after(datetime(2026, 12, 3, 6, 0)) == datetime(2027, 1, 3, 6, 0)


def test_a_weekly_run_that_ran_is_due_a_week_later_and_late_after_that():
    last = datetime(2026, 11, 30, 7, 30, 40)  # Monday
    on_time = routine_timing(MONDAY_0730, last, None, datetime(2026, 12, 4, 9, 0))
    assert on_time.due == on_time.next_run == datetime(2026, 12, 7, 7, 30)
    assert not on_time.overdue
    late = routine_timing(MONDAY_0730, last, None, datetime(2026, 12, 8, 9, 0))
    assert late.overdue and late.due == datetime(2026, 12, 7, 7, 30)
    assert late.next_run == datetime(2026, 12, 14, 7, 30)  # what the scheduler does next
    # within the hour after its time the run may still be going: not late yet
    assert not routine_timing(MONDAY_0730, last, None, datetime(2026, 12, 7, 8, 0)).overdue


def test_every_other_week_is_due_two_weeks_after_the_last_run():
    last = datetime(2026, 11, 25, 8, 5, 30)  # Wednesday
    week_after = routine_timing(WEDNESDAY_0805_FORTNIGHT, last, None, datetime(2026, 12, 3, 9, 0))
    assert week_after.due == datetime(2026, 12, 9, 8, 5)  # not 2 December: the off week
    assert not week_after.overdue
    late = routine_timing(WEDNESDAY_0805_FORTNIGHT, last, None, datetime(2026, 12, 10, 9, 0))
    assert late.overdue


def test_never_ran_is_late_only_after_its_first_time():
    set_up = datetime(2026, 11, 20, 10, 0)  # Friday
    waiting = routine_timing(MONDAY_0730, None, set_up, datetime(2026, 11, 22, 10, 0))
    assert waiting.due == datetime(2026, 11, 23, 7, 30) and not waiting.overdue
    assert routine_timing(MONDAY_0730, None, set_up, datetime(2026, 11, 24, 10, 0)).overdue
    unknown = routine_timing(MONDAY_0730, None, None, datetime(2026, 11, 24, 10, 0))
    assert unknown.due is None and not unknown.overdue
    assert unknown.next_run == datetime(2026, 11, 30, 7, 30)


def test_a_finding_opens_the_page_that_fixes_it():
    assert finding(4, "Fjordvik", "2026-12-07T06:31:00+00:00", 0) is None
    letters = finding(4, "Fjordvik", "2026-12-07T06:31:00+00:00", 3, "2026-11-01")
    assert letters is not None and letters.page == PAGE_UNOPENED
    assert letters.text_nb == (
        "Fjordvik: 3 taushetsbelagte brev er ikke åpnet og kan være i faresonen. "
        "Gjennomgangen av tilgangene skulle vært gjort 01.11.2026."
    )
    review = finding(4, "Fjordvik", "2026-12-07T06:31:00+00:00", 0, "2026-11-01")
    assert review is not None and review.page == PAGE_ACCESS
    assert type(review).from_json(review.as_json()) == review

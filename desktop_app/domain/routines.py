"""Fast kontroll: the schedule a routine runs on, and when it ran and is due (plain Python).

Times here are the machine's local wall-clock time without a time zone (``datetime`` with no
``tzinfo``), as systemd's ``OnCalendar``, cron, Task Scheduler and launchd read a schedule.
The caller turns stored UTC times into local ones.

An every-other-week routine runs from a weekly timer that skips a run less than
:data:`FORTNIGHT_MIN_DAYS` days after the last (see :mod:`desktop_app.services.routines`),
so its next run is the first weekly time at least that long after the last run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from desktop_app.language import t

FORTNIGHT_MIN_DAYS = 13  # a weekly timer's run this soon after the last is skipped
WEEKDAYS_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
# A run is overdue this long after its time: it has had time to start and finish.
OVERDUE_AFTER = timedelta(hours=1)


class Frequency(StrEnum):
    WEEKLY = "ukentlig"
    FORTNIGHTLY = "annenhver_uke"
    MONTHLY = "månedlig"

    @property
    def label_nb(self) -> str:
        return {
            Frequency.WEEKLY: "Hver uke",
            Frequency.FORTNIGHTLY: "Annenhver uke",
            Frequency.MONTHLY: "Hver måned",
        }[self]


# A schedule in words (bokmål; Schedule.text gives it in the user's language).
SCHEDULE_TEXTS = {
    Frequency.WEEKLY: "Hver {weekday} kl. {time}",
    Frequency.FORTNIGHTLY: "Annenhver {weekday} kl. {time}",
    Frequency.MONTHLY: "Hver måned den {day}. kl. {time}",
}


class RoutineError(Exception):
    """``message`` (bokmål) says what went wrong and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Schedule:
    frequency: Frequency = Frequency.WEEKLY
    weekday: int = 0  # 0 = Monday … 6 = Sunday (weekly, fortnightly)
    day: int = 1  # day of the month, 1–28 (monthly)
    hour: int = 7
    minute: int = 30

    def __post_init__(self) -> None:
        if not isinstance(self.frequency, Frequency):  # a plain string from a form or a file
            try:
                object.__setattr__(self, "frequency", Frequency(self.frequency))
            except ValueError:
                raise RoutineError("Velg hvor ofte kontrollen skal gå.") from None

    def check(self) -> Schedule:
        if not 0 <= self.weekday <= 6:
            raise RoutineError("Velg en ukedag.")
        if not 1 <= self.day <= 28:
            raise RoutineError("Velg en dag i måneden fra 1 til 28 (finnes i alle måneder).")
        if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):
            raise RoutineError("Skriv klokkeslettet som TT:MM, for eksempel 07:30.")
        return self

    @property
    def text_nb(self) -> str:
        """The schedule in bokmål words (the audit log and the scheduler's entry)."""
        return self._text(lambda text, **values: text.format(**values))

    @property
    def text(self) -> str:
        """The schedule in words, in the user's language (:func:`desktop_app.language.t`)."""
        return self._text(t)

    def _text(self, say: Callable[..., str]) -> str:
        time = f"{self.hour:02d}:{self.minute:02d}"
        if self.frequency is Frequency.MONTHLY:
            return say(SCHEDULE_TEXTS[self.frequency], day=self.day, time=time)
        weekday = say(WEEKDAYS_NB[self.weekday])
        return say(SCHEDULE_TEXTS[self.frequency], weekday=weekday, time=time)

    def next_after(self, moment: datetime) -> datetime:
        """The first time after ``moment`` at which the scheduler starts the routine (for
        every other week: the weekly timer's next time)."""
        at = moment.replace(hour=self.hour, minute=self.minute, second=0, microsecond=0)
        if self.frequency is Frequency.MONTHLY:
            candidate = at.replace(day=self.day)
            if candidate <= moment:
                year, month = divmod(candidate.month, 12)  # the same day next month
                candidate = candidate.replace(year=candidate.year + year, month=month + 1)
            return candidate
        candidate = at + timedelta(days=(self.weekday - moment.weekday()) % 7)
        return candidate if candidate > moment else candidate + timedelta(days=7)


@dataclass(frozen=True)
class RoutineTiming:
    """When a routine last ran, when the next run is due, and whether one is overdue."""

    last_run: datetime | None
    due: datetime | None  # the run after the last one (after the set-up when it never ran)
    next_run: datetime  # the next time the scheduler starts it, from now
    overdue: bool  # ``due`` has passed by :data:`OVERDUE_AFTER` and the routine has not run


def routine_timing(
    schedule: Schedule, last_run: datetime | None, set_up: datetime | None, now: datetime
) -> RoutineTiming:
    """``last_run``: the last run that checked a report; ``set_up``: when the routine was put in
    the scheduler (None when not known: then only a run that has happened can be late)."""
    due: datetime | None = None
    if last_run is not None:
        after = last_run
        if schedule.frequency is Frequency.FORTNIGHTLY:
            after = last_run + timedelta(days=FORTNIGHT_MIN_DAYS)
        due = schedule.next_after(after)
    elif set_up is not None:
        due = schedule.next_after(set_up)
    overdue = due is not None and now >= due + OVERDUE_AFTER
    next_run = due if due is not None and due > now else schedule.next_after(now)
    return RoutineTiming(last_run, due, next_run, overdue)


# --- What a run tells the user ---------------------------------------------------------------

PAGE_UNOPENED = "uapnet"  # the pages a finding opens (main window keys)
PAGE_ACCESS = "taushetsbelagt"


@dataclass(frozen=True)
class Finding:
    """What a scheduled run found that the user must hear about, though Postvakt was closed:
    letters at risk, or a review of the access that has passed its date."""

    workspace_id: int
    workspace_name: str
    found_at: str  # ISO-8601 UTC, when the run found it
    at_risk: int = 0
    review_due: str = ""  # ISO date of a review that has passed ("" when none)

    @property
    def page(self) -> str:
        """The page that fixes it: the letters first, they are the urgent part."""
        return PAGE_UNOPENED if self.at_risk else PAGE_ACCESS

    @property
    def text_nb(self) -> str:
        parts = []
        if self.at_risk:
            parts.append(
                f"{self.at_risk} taushetsbelagte brev er ikke åpnet og kan være i faresonen."
                if self.at_risk > 1
                else "1 taushetsbelagt brev er ikke åpnet og kan være i faresonen."
            )
        if self.review_due:
            day = ".".join(reversed(self.review_due.split("-")))
            parts.append(f"Gjennomgangen av tilgangene skulle vært gjort {day}.")
        return f"{self.workspace_name}: " + " ".join(parts)

    def as_json(self) -> dict[str, object]:
        return {
            "workspace_id": self.workspace_id,
            "workspace_name": self.workspace_name,
            "found_at": self.found_at,
            "at_risk": self.at_risk,
            "review_due": self.review_due,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Finding:
        return cls(
            int(str(data["workspace_id"])),
            str(data.get("workspace_name", "")),
            str(data["found_at"]),
            int(str(data.get("at_risk", 0))),
            str(data.get("review_due", "")),
        )


def finding(
    workspace_id: int,
    workspace_name: str,
    found_at: str,
    at_risk: int,
    review_due: str = "",
) -> Finding | None:
    """The finding of a run, or None when there is nothing to tell."""
    if at_risk <= 0 and not review_due:
        return None
    return Finding(workspace_id, workspace_name, found_at, max(at_risk, 0), review_due)

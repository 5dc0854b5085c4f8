"""A checklist of steps a person confirms one by one: status, progress and evidence.

Generic: the DPI onboarding uses it (:mod:`desktop_app.domain.dpi_onboarding`), and any other
step-by-step flow can. A step is *open* until it is confirmed; a confirmation records when,
by whom, how it was verified and, optionally, a file kept as evidence (by its SHA-256).
Plain data and small rules; no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Verification(StrEnum):
    """How a confirmed step was verified (written in the record and the summary)."""

    API = "api"  # read back from the service through its API
    MANUAL = "manuell"  # the user checked it by hand and said so
    MANUAL_WITH_FILE = "manuell_med_vedlegg"  # by hand, with a screenshot or receipt attached

    @property
    def label_nb(self) -> str:
        return _VERIFICATION_LABELS[self]


_VERIFICATION_LABELS = {
    Verification.API: "Lest tilbake fra Altinn av Postvakt",
    Verification.MANUAL: "Bekreftet for hånd av brukeren",
    Verification.MANUAL_WITH_FILE: "Bekreftet for hånd, med vedlegg som dokumentasjon",
}


class Progress(StrEnum):
    NOT_STARTED = "ikke_startet"
    IN_PROGRESS = "i_gang"
    DONE = "ferdig"

    @property
    def label_nb(self) -> str:
        return _PROGRESS_LABELS[self]


_PROGRESS_LABELS = {
    Progress.NOT_STARTED: "Ikke startet",
    Progress.IN_PROGRESS: "I gang",
    Progress.DONE: "Ferdig",
}


@dataclass(frozen=True)
class Evidence:
    """A file kept with a step: the copy in the app's data folder and its fingerprint."""

    original_name: str
    stored_name: str  # file name inside the attachments folder
    sha256: str
    size: int


@dataclass(frozen=True)
class StepRecord:
    key: str
    fields: Mapping[str, Any] = field(default_factory=dict, hash=False)
    confirmed_at: str | None = None  # ISO-8601, UTC
    confirmed_by: str = ""
    verification: Verification | None = None
    evidence: Evidence | None = None
    updated_at: str = ""

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def touched(self) -> bool:
        """Something was filled in or confirmed."""
        return self.confirmed or any(_filled(v) for v in self.fields.values())

    def with_fields(self, fields: Mapping[str, Any]) -> StepRecord:
        return replace(self, fields=dict(fields))


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, bool):
        return value
    if isinstance(value, list | tuple | dict):
        return bool(value) and any(
            _filled(v) for v in (value.values() if isinstance(value, dict) else value)
        )
    return value is not None and value != 0


@dataclass(frozen=True)
class ChecklistState:
    """Every step of one flow for one workspace, in the flow's order."""

    order: tuple[str, ...]
    records: Mapping[str, StepRecord] = field(default_factory=dict, hash=False)
    current_step: str | None = None  # where the user was when they left

    def record(self, key: str) -> StepRecord:
        return self.records.get(key) or StepRecord(key)

    @property
    def confirmed_count(self) -> int:
        return sum(1 for k in self.order if self.record(k).confirmed)

    @property
    def progress(self) -> Progress:
        if self.order and self.confirmed_count == len(self.order):
            return Progress.DONE
        if self.confirmed_count or any(self.record(k).touched for k in self.order):
            return Progress.IN_PROGRESS
        return Progress.NOT_STARTED

    def open_steps(self) -> list[str]:
        return [k for k in self.order if not self.record(k).confirmed]

    def oldest_open_step(self) -> str | None:
        """The first step, in the flow's order, that is not confirmed yet."""
        steps = self.open_steps()
        return steps[0] if steps else None

    def resume_step(self) -> str | None:
        """Where to reopen: where the user left, else the first open step (None when done
        and never opened)."""
        if self.current_step in self.order:
            return self.current_step
        return self.oldest_open_step()

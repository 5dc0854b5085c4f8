"""Words a user reads: phrases that were wrong once stay gone, and what a daglig leder reads
has no technical terms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.resources import load_guides
from desktop_app.services.handover import (
    KIND_ACCESS,
    KIND_DPI,
    HandoverTask,
    TaskPerson,
    document_html,
    email_text,
    guide_for,
)

ROOT = Path(__file__).parents[2]
RETIRED = ("1 oppføringer", "vet at hvert brev koster", "ting bør rettes")
JARGON = re.compile(r"\b(scopes?|kid|pem|jwks?|client[_ ]id|token)\b", re.IGNORECASE)


def user_text_files() -> list[Path]:
    return [
        *sorted((ROOT / "desktop_app").rglob("*.py")),
        *sorted((ROOT / "resources" / "content").rglob("*.toml")),
    ]


@pytest.mark.parametrize("phrase", RETIRED)
def test_retired_phrases_are_nowhere_in_the_program(phrase):
    found = [
        p.relative_to(ROOT).as_posix()
        for p in user_text_files()
        if phrase in p.read_text(encoding="utf-8")
    ]
    assert found == []


def task(kind: str) -> HandoverTask:
    return HandoverTask(
        "id-1",
        kind,
        "987654325",
        "Testvik kommune",
        "test",
        "2026-12-06T10:00:00+00:00",
        "Ola Strand",
        (TaskPerson("Per Lunde", "per@testvik.no", "helse", ("987654325",)),),
        {"987654325": "Testvik kommune"},
    )


@pytest.mark.parametrize("kind", [KIND_DPI, KIND_ACCESS])
def test_the_letter_to_the_daglig_leder_has_no_technical_terms(kind):
    guide = guide_for(kind)
    html = re.sub(r"<[^>]+>", " ", document_html(task(kind), guide))
    subject, body = email_text(task(kind), guide)

    for text in (html, subject, body):
        assert JARGON.findall(text) == []


def test_the_dpi_steps_have_no_technical_terms():
    for step in load_guides("dpi_onboarding").values():
        shown = [step.title, step.lead or "", *step.warnings]
        shown += [s for path in step.paths for s in (path.title, *path.steps)]
        shown += [c.label for c in step.copy_values] + [link.label for link in step.links]
        assert [t for t in shown if JARGON.search(t)] == [], step.key


def test_the_not_a_municipality_warning_reads_the_same_in_the_window(qapp):
    """The window says the domain's warning in the user's language: the same bokmål text."""
    from desktop_app.domain.organizations import workspace_form_warning
    from desktop_app.wizards.workspaces.new_workspace import not_a_municipality

    assert not_a_municipality("Fjordvik AS", "as") == workspace_form_warning("AS", "Fjordvik AS")

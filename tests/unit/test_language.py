"""Documents and exports in the user's language: nynorsk for a nynorsk user, bokmål for the
rest, and every bokmål document text in the code has its nynorsk entry."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from desktop_app import language
from desktop_app.language import t

REPO = Path(__file__).resolve().parents[2]
CATALOGUE = REPO / "resources" / "translations" / language.CATALOGUE


def _t_literals() -> dict[str, str]:
    """Every string literal given to t() in desktop_app, by text, with where it is."""
    found: dict[str, str] = {}
    for path in sorted((REPO / "desktop_app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def _indirect() -> list[str]:
    """Texts held in constants and given to t() through a variable."""
    from desktop_app.domain import (
        access,
        audit,
        dpi_onboarding,
        followup_drafts,
        notices,
        unopened,
    )
    from desktop_app.domain import routines as routine_rules
    from desktop_app.domain.checklist import Progress, Verification
    from desktop_app.exporters import drafts
    from desktop_app.services import (
        confidential_access,
        handover,
        notice_plan,
        region,
        unopened_check,
    )
    from desktop_app.storage.audit import CSV_HEADER
    from desktop_app.storage.runs import FollowupStatus

    u = unopened_check
    return [
        *u.RECIPIENT_HEADERS, *u.LETTER_HEADERS, *u.CSV_HEADERS, u.RECIPIENT_SHEET,
        u.LETTER_SHEET, *u.RISK_ANSWER_LABELS.values(), *u.RISK_ANSWER_MEANINGS.values(),
        *(x.label_nb for x in unopened.Urgency), *(x.label_nb for x in FollowupStatus),
        *unopened._UNOPENED_REASON.values(), unopened._ASSUMED,
        *drafts.MAIL_MERGE_HEADERS,
        *confidential_access.MATRIX_HEADERS, *access.LEVEL_LABELS.values(),
        *access.REASON_LABELS.values(), access.PACKAGE_NAME, access.UNKNOWN_HOLDERS,
        access.UNKNOWN_ADDRESSES,
        *region.COLUMNS, *(c for c, _w in region.PDF_COLUMNS),
        *notice_plan.EXPORT_HEADER, *notice_plan.STATUS_NB.values(),
        *notice_plan._CHANNEL_NB.values(),
        *handover.TITLES.values(), *handover.WHY.values(), handover.NO_ID_NUMBER,
        *(x.label_nb for x in Progress), *(x.label_nb for x in Verification),
        *dpi_onboarding.FIELD_LABELS_NB.values(), *dpi_onboarding.STEP_FIELD_LABELS_NB.values(),
        *dpi_onboarding.WHO_DELEGATES_NB.values(),
        *followup_drafts.GRANT_STEPS, followup_drafts.ACCESS_PACKAGE_NAME,
        followup_drafts.ACCESS_PACKAGE_AREA,
        *CSV_HEADER, *audit.ACTION_LABELS.values(),
        *routine_rules.WEEKDAYS_NB, *routine_rules.SCHEDULE_TEXTS.values(),
        *notices._CHANNEL_SUBJECT_NB.values(), *(x.hint_nb for x in notices.TIMINGS.values()),
    ]  # fmt: skip


def _catalogue() -> dict[str, str]:
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    return {entry["nb"]: entry["nn"] for entry in data["texts"]}


def test_every_document_text_in_the_code_has_a_nynorsk_entry():
    catalogue = _catalogue()
    literals = _t_literals()
    assert len(literals) > 100  # the collector finds the calls
    missing = [f"{where}: {text!r}" for text, where in literals.items() if text not in catalogue]
    missing += [repr(text) for text in _indirect() if text not in catalogue]
    assert missing == [], "add these to resources/translations/documents_nn.toml"


def test_every_entry_keeps_the_fields_the_code_fills_in():
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    bad = [nb for nb, nn in _catalogue().items() if fields(nb) != fields(nn) or not nn.strip()]
    assert bad == []


def test_t_is_bokmal_for_bokmal_and_english_and_nynorsk_for_nynorsk():
    assert t("Hvorfor") == "Hvorfor"
    language.set_current("en")
    assert t("Hvorfor") == "Hvorfor"  # English documents stay in bokmål
    language.set_current("nn")
    assert t("Hvorfor") == "Kvifor"
    assert t("{count} uåpnede brev", count=3) == "3 uopna brev"
    assert t("En tekst som ikke finnes") == "En tekst som ikke finnes"  # stays bokmål


def test_an_unknown_language_is_bokmal():
    assert language.set_current("de") == "nb"
    assert language.current() == "nb"

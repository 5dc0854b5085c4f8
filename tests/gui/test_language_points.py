"""Counts are said with the right word for one and for many, and nothing says «0 av …»."""

from __future__ import annotations

from desktop_app.domain.access import CoverageCounts
from desktop_app.views.dashboard import DashboardData, DashboardView
from desktop_app.wizards.confidential_access.texts import coverage_summary
from desktop_app.wizards.unopened.result_page import at_risk_text

from .test_main_window import make_window


def show(view: DashboardView, units: int, entries: int) -> None:
    view._show(DashboardData(units, entries, 0, True, ""))


def test_the_dashboard_says_one_entry_and_one_org_number_in_the_singular(qtbot, ctx):
    window = make_window(qtbot, ctx)
    view = window.pages["oversikt"]
    assert isinstance(view, DashboardView)

    show(view, 1, 1)
    assert view.log_card.detail.text() == "oppføring, kontrollert og uendret"
    assert view.units_card.detail.text().startswith("organisasjonsnummer i arbeidsflaten")

    show(view, 33, 2)
    assert view.log_card.detail.text() == "oppføringer, alle kontrollert og uendret"
    assert view.units_card.detail.text().startswith("organisasjonsnumre i arbeidsflaten")


def test_the_access_summary_never_says_nobody_can_read_at_none_of_them():
    all_good = coverage_summary(CoverageCounts(33, 0, 0, 33, 0, None))
    some_unknown = coverage_summary(CoverageCounts(33, 0, 2, 1, 30, None))

    for text in (all_good, some_unknown):
        assert "0 av" not in text and "ingen kan lese" not in text.casefold()


def test_letters_at_risk_for_one_unit_say_virksomhet():
    assert at_risk_text(3, 1) == "3 brev til 1 virksomhet er i faresonen."
    assert at_risk_text(3, 2) == "3 brev til 2 virksomheter er i faresonen."

"""The sign-in reaches the pages through typed protocols: a page that lacks a method the
wiring calls (renamed, say) is refused when the window is made, never skipped in silence."""

from __future__ import annotations

import pytest

from desktop_app.views.altinn_wiring import (
    AccessTarget,
    AltinnPages,
    DelegationTarget,
    NotificationTarget,
    OverviewTarget,
)
from desktop_app.views.dashboard import DashboardView
from desktop_app.wizards.confidential_access import ConfidentialAccessPage
from desktop_app.wizards.dpi_onboarding import DpiOnboardingPage
from desktop_app.wizards.notification_contacts import NotificationContactsPage

from .conftest import settle


def test_the_real_pages_have_what_the_wiring_calls(qtbot, ctx):
    pages = {
        "dpi": DpiOnboardingPage(ctx),
        "access": ConfidentialAccessPage(ctx),
        "notifications": NotificationContactsPage(ctx),
        "overview": DashboardView(ctx),
    }
    for page in pages.values():
        qtbot.addWidget(page)
    settle(qtbot)
    assert isinstance(pages["dpi"], DelegationTarget)
    assert isinstance(pages["access"], AccessTarget)
    assert isinstance(pages["notifications"], NotificationTarget)
    assert isinstance(pages["overview"], OverviewTarget)
    AltinnPages(**pages)  # accepted


class RenamedAccessPage:
    """Taushetsbelagt post after someone renamed set_access_api."""

    def set_altinn_access(self, api) -> None: ...

    def reload(self, *_args: object) -> None: ...

    def show_api_unavailable(self, exc: BaseException) -> None: ...


def test_a_page_with_a_renamed_method_is_refused_by_name():
    with pytest.raises(TypeError, match="set_access_api"):
        AltinnPages(access=RenamedAccessPage())

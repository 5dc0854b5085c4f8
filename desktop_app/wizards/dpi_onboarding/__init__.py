"""DPI-oppsett: the onboarding to Digital postkasse til innbyggere via SvarUt."""

from desktop_app.wizards.dpi_onboarding.step_page import (
    ClickLabel,
    DpiOnboardingPage,
    OverviewPage,
    SummaryPage,
)

__all__ = ["ClickLabel", "DpiOnboardingPage", "OverviewPage", "SummaryPage"]

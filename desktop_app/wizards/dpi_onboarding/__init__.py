"""DPI-oppsett: the onboarding to Digital postkasse til innbyggere via SvarUt, one page per step.

An overview, the seven steps of :mod:`desktop_app.domain.dpi_onboarding` and a summary with
the PDF for the archive. What the user types is saved as they type (per workspace), so the
wizard reopens where it was left; «Bekreft steget» confirms a step (with an audit entry).
Step texts and links come from ``resources/content/dpi_onboarding/*.toml``. Everything works offline
except the Altinn calls of the delegation step, which need a :class:`DelegationApi`.

* ``page``: :class:`DpiOnboardingPage` and the embedded :class:`DpiWizard`.
* ``overview``: the overview and summary pages (and the PDF).
* ``step_page``: :class:`StepPage`, what every step has; ``steps`` and ``delegation``: each
  step's own form.
* ``widgets``: small shared pieces; ``seams``: browser and file dialogs, replaced in tests.
"""

from desktop_app.wizards.dpi_onboarding.overview import OverviewPage, SummaryPage
from desktop_app.wizards.dpi_onboarding.page import DpiOnboardingPage, DpiWizard

__all__ = ["DpiOnboardingPage", "DpiWizard", "OverviewPage", "SummaryPage"]

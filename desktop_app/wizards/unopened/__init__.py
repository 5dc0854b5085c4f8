"""Uåpnet post: which confidential letters to businesses in a SvarUt export nobody has opened,
and what to do about them.

* ``check``: :class:`UnopenedCheckPage` and its :class:`UnopenedWizard`; the steps in
  ``risk_page``, ``import_page``, ``refresh_statuses``, ``result_page``, ``followup`` and
  ``own_inbox`` (the municipality's own incoming post); their ids in ``check_steps``.
* ``parts``: small pieces the steps share.
* ``reports``: :class:`ReportsPage` (Rapporter), the saved checks over time; built of
  ``report_actions`` (open and export), with ``history_chart`` and ``report_parts``.

The Rapporter page (``reports``) shows the same runs of the check; both use the
shared table in :mod:`desktop_app.views.shipments`.
"""

from desktop_app.wizards.unopened.check import UnopenedCheckPage, UnopenedWizard
from desktop_app.wizards.unopened.refresh_statuses import RefreshStatusesPage

__all__ = ["RefreshStatusesPage", "UnopenedCheckPage", "UnopenedWizard"]

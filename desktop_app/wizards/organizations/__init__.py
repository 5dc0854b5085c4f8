"""Virksomheter: every org number of the municipality, from Enhetsregisteret or by hand.

* ``page``: :class:`OrganizationsView`, reading the saved copy and showing it; built of
  ``register_refresh`` (from Enhetsregisteret) and ``unit_actions`` (add, remove, import).
* ``texts``: statuses and changes in words; ``paste_dialog``: org numbers pasted as text.
"""

from desktop_app.wizards.organizations.page import OrganizationsView
from desktop_app.wizards.organizations.paste_dialog import PasteDialog
from desktop_app.wizards.organizations.texts import COLUMNS, status_explanation

__all__ = ["COLUMNS", "OrganizationsView", "PasteDialog", "status_explanation"]

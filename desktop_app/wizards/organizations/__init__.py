"""Virksomheter: every org number of the municipality, from Enhetsregisteret or by hand
(``page``: :class:`OrganizationsView`)."""

from desktop_app.wizards.organizations.page import (
    COLUMNS,
    OrganizationsView,
    PasteDialog,
    status_explanation,
)

__all__ = ["COLUMNS", "OrganizationsView", "PasteDialog", "status_explanation"]

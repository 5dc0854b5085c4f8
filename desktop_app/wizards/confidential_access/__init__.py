"""Taushetsbelagt post: who may read confidential letters in Altinn, per unit."""

from desktop_app.wizards.confidential_access.page import (
    ConfidentialAccessPage,
    GrantDialog,
    save_odt,
)

__all__ = ["ConfidentialAccessPage", "GrantDialog", "save_odt"]

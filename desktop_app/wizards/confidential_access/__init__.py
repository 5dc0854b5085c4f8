"""Taushetsbelagt post: for every org number, who should read it, who can, and what to fix.

* ``page``: :class:`ConfidentialAccessPage`, loading and filling the four tabs; built of
  ``sections`` (the tabs as they are built), ``holder_actions`` (the approved list and who
  has access) and ``routine`` (the matrix export and the routine).
* ``texts``: levels, reasons and coverage in words; ``grant_dialog``: what Altinn needs to
  give one person access; ``routine_file``: the routine as ODT.
"""

from desktop_app.wizards.confidential_access.grant_dialog import GrantDialog
from desktop_app.wizards.confidential_access.page import ConfidentialAccessPage
from desktop_app.wizards.confidential_access.routine_file import save_odt

__all__ = ["ConfidentialAccessPage", "GrantDialog", "save_odt"]

"""Regionoversikt: every municipality as one row, and the routine that writes this machine's
status file.

* ``page``: :class:`RegionPage`; built of ``file_actions`` (save, status files, routine).
* ``rows``: the rows, their model and filter (the routine dialog is shared: views/routine_dialog.py).
"""

from desktop_app.wizards.region.page import RegionPage

__all__ = ["RegionPage"]

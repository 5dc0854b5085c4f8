"""File writers for what Postvakt hands to the user (CSV and Excel tables).

This layer imports only :mod:`desktop_app.domain` and the standard library (plus openpyxl):
no Qt, no storage, no network. Every writer is atomic and neutralises spreadsheet formulas.
"""

from desktop_app.exporters.tables import ExportError, neutralise, write_csv, write_xlsx

__all__ = ["ExportError", "neutralise", "write_csv", "write_xlsx"]

"""The letters of a check as a table that stays smooth at 100,000 rows: sort, filter as you
type, hide columns, and a detail pane for the selected letter; and the event log of one
shipment. Used by the Rapporter page and the Uåpnet post wizard.

* ``formatting``: what the table shows, in words (column titles, verdicts, statuses).
* ``prepared``: what a table needs, made without widgets on the pool: the first order
  before it is shown (:func:`prepare_letters`), the search columns when the user starts
  typing (:class:`LazySearch`), a column's sort keys on the first sort by it.
* ``model``: :class:`ShipmentTableModel`, cell texts made when shown.
* ``proxy``: :class:`ShipmentFilterProxy`, filter and sort without a call per row from C++.
* ``table``: :class:`ShipmentTable`, the widget.
* ``events``: the shipment's event log from SvarUt.
"""

from desktop_app.views.shipments.formatting import COLUMNS, DEFAULT_HIDDEN, Labels, LetterRole
from desktop_app.views.shipments.model import ShipmentTableModel
from desktop_app.views.shipments.prepared import PreparedLetters, filter_terms, prepare_letters
from desktop_app.views.shipments.proxy import ShipmentFilterProxy
from desktop_app.views.shipments.table import ShipmentTable, letter_detail_html

__all__ = [
    "COLUMNS",
    "DEFAULT_HIDDEN",
    "Labels",
    "LetterRole",
    "PreparedLetters",
    "ShipmentFilterProxy",
    "ShipmentTable",
    "ShipmentTableModel",
    "filter_terms",
    "letter_detail_html",
    "prepare_letters",
]

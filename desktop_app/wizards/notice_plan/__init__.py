"""Varslingsplan: when each DPI notice of a letter (or of an imported list) can go out, and why;
and who among the recipients can be notified at all (contactability, KRR).

* ``page``: :class:`NoticePlannerPage`, reading the notice order and making the plan; built
  of ``sections`` (the two halves as they are built) and ``letter_actions`` (import, export).
* ``table``, ``timeline``, ``texts``: the plan as a table, the notices per day, words.
* ``contactability``: :class:`ContactabilityDialog`.
"""

from desktop_app.wizards.notice_plan.contactability import ContactabilityDialog
from desktop_app.wizards.notice_plan.page import NoticePlannerPage

__all__ = ["ContactabilityDialog", "NoticePlannerPage"]

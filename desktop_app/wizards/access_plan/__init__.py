"""«Mange på en gang»: a plan for many org numbers at once (Taushetsbelagt post and Varsling).

Three steps in one dialog (:class:`PlanDialog`, ``dialog``): what should be (``wanted``) → the
plan → the results per item (``results``). Opened from the pages of both flows; it imports
neither of them.
"""

from desktop_app.wizards.access_plan.common import TILGANG, VARSLING
from desktop_app.wizards.access_plan.dialog import PlanDialog

__all__ = ["TILGANG", "VARSLING", "PlanDialog"]

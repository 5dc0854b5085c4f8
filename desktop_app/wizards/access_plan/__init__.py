"""A plan for many org numbers at once (Taushetsbelagt post and Varsling): the wanted list, the
plan Postvakt reads from Altinn, and the results of carrying it out."""

from desktop_app.wizards.access_plan.dialog import TILGANG, VARSLING, PlanDialog

__all__ = ["TILGANG", "VARSLING", "PlanDialog"]

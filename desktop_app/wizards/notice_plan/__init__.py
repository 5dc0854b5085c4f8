"""Varslingsplan: when and how citizens are notified of a letter in their digital mailbox."""

from desktop_app.wizards.notice_plan.contactability import ContactabilityDialog
from desktop_app.wizards.notice_plan.page import NoticePlannerPage

__all__ = ["ContactabilityDialog", "NoticePlannerPage"]

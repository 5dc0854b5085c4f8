"""Varsling: the notification addresses of each unit in Altinn."""

from desktop_app.wizards.notification_contacts.page import NotificationContactsPage

__all__ = ["NotificationContactsPage"]

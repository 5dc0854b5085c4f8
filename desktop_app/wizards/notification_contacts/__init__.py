"""Varsling: who hears about new post to each org number.

* ``page``: :class:`NotificationContactsPage`, loading and filling; built of ``sections``
  (the two halves as they are built) and ``address_actions`` (the buttons).
"""

from desktop_app.wizards.notification_contacts.page import NotificationContactsPage

__all__ = ["NotificationContactsPage"]

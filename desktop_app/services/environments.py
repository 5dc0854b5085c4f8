"""Where each service is in the active environment, for the views and wizards (which import
no integration themselves): :func:`urls_for` and :class:`ServiceUrls`."""

from __future__ import annotations

from desktop_app.integrations.environments import ServiceUrls, urls_for

__all__ = ["ServiceUrls", "urls_for"]

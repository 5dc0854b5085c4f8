"""Dialogporten end-user API: Altinn's reminders that confidential post lies unopened.

Base URL ``ServiceUrls.dialogporten_enduser`` (``…/dialogporten/api/v1/enduser``) [V]
altinn.md §1, §6. Token: ID-porten with scope ``digdir:dialogporten`` [V]; whether the
exchanged Altinn token the sign-in session provides is accepted is [G] (a 401/403 here says
so: 403 raises :class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable`, feature
``"dialogporten"``).

When a confidential correspondence has not been read, Altinn creates a dialog in the
recipient organisation's inbox with service resource
``urn:altinn:resource:digdir-reminder-unopened-confidential-correspondences`` [V] (altinn.md
§6.2; title "Din virksomhet har uåpnet taushetsbelagt post"). A hit means "unopened
confidential post exists here" → offer the access wizard.

Use cases and the methods to call
---------------------------------
* :meth:`DialogportenClient.unopened_confidential_reminders` (``orgnr``) → list of
  :class:`Dialog` (empty: no reminder).
* :meth:`~DialogportenClient.has_unopened_confidential` (``orgnr``) → bool.
* :meth:`~DialogportenClient.search_dialogs` for other searches (all pages).

Query: ``GET /dialogs?party=urn:altinn:organization:identifier-no:<orgnr>&serviceResource=…``
[V]; response ``{"items": [...], "hasNextPage", "continuationToken", "orderBy"}`` with the
``continuationToken`` passed back to get the next page [I] (Dialogporten's paginated list).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.integrations.altinn_base import AltinnClientBase, data_list, json_body

__all__ = ["REMINDER_RESOURCE", "Dialog", "DialogportenClient", "org_party"]

REMINDER_RESOURCE = "urn:altinn:resource:digdir-reminder-unopened-confidential-correspondences"
"""[V] altinn.md §6.2 (UnreadConfidentialCorrespondenceReminderHandler.cs)."""

FEATURE = "dialogporten"


def org_party(orgnr: str) -> str:
    return f"urn:altinn:organization:identifier-no:{orgnr}"


@dataclass(frozen=True)
class Dialog:
    id: str
    party: str
    service_resource: str
    status: str
    title: str
    created_at: str
    updated_at: str
    seen: bool  # someone at the organisation has seen it since it was last updated


def _localized(value: Any) -> str:
    """Dialogporten text: ``{"value": [{"value", "languageCode"}]}`` (or the list itself)."""
    if isinstance(value, dict):
        value = value.get("value")
    if isinstance(value, list):
        texts = {
            str(v.get("languageCode", "")): str(v.get("value", ""))
            for v in value
            if isinstance(v, dict)
        }
        for lang in ("nb", "nn", "en"):
            if texts.get(lang):
                return texts[lang]
        return next(iter(texts.values()), "")
    return "" if value is None else str(value)


def _dialog(raw: dict) -> Dialog:
    content = raw.get("content")
    if not isinstance(content, dict):
        content = {}
    title = _localized(content.get("title")) or _localized(raw.get("title"))
    return Dialog(
        id=str(raw.get("id") or ""),
        party=str(raw.get("party") or ""),
        service_resource=str(raw.get("serviceResource") or ""),
        status=str(raw.get("status") or ""),
        title=title,
        created_at=str(raw.get("createdAt") or ""),
        updated_at=str(raw.get("updatedAt") or ""),
        seen=bool(raw.get("seenSinceLastUpdate")),
    )


class DialogportenClient(AltinnClientBase):
    """``DialogportenClient(urls, token, client=None)``; see the module docstring."""

    SERVICE = "Dialogporten"
    MAX_PAGES = 20

    def search_dialogs(
        self, *, party: str, service_resource: str | None = None, status: str | None = None
    ) -> list[Dialog]:
        params: dict[str, str] = {"party": party}
        if service_resource:
            params["serviceResource"] = service_resource
        if status:
            params["status"] = status
        out: list[Dialog] = []
        for _ in range(self.MAX_PAGES):
            response = self._call(
                "GET",
                f"{self.urls.dialogporten_enduser}/dialogs",
                idempotent=True,
                feature=FEATURE,
                params=params,
            )
            body = json_body(response, self.SERVICE)
            out.extend(_dialog(d) for d in data_list(body) if isinstance(d, dict))
            token = body.get("continuationToken") if isinstance(body, dict) else None
            if not (isinstance(body, dict) and body.get("hasNextPage") and token):
                break
            params["continuationToken"] = str(token)
        return out

    def unopened_confidential_reminders(self, orgnr: str) -> list[Dialog]:
        return self.search_dialogs(party=org_party(orgnr), service_resource=REMINDER_RESOURCE)

    def has_unopened_confidential(self, orgnr: str) -> bool:
        return bool(self.unopened_confidential_reminders(orgnr))

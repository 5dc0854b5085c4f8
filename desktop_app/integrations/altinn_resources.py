"""Altinn Resource Registry search: find a resource by what it is, never by a fixed id.

Base URL ``ServiceUrls.resourceregistry`` (``…/resourceregistry/api/v1``) [V] altinn.md §3.4
(TT02 host [I]). The GET endpoints need no token [V], so none is sent (the ``token``
argument is accepted for the common client signature only).

Use cases and the methods to call
---------------------------------
DPI onboarding: :meth:`ResourceRegistryClient.dpi_resource` (=
``find_by_scope("digitalpostinnbygger:send")``) → a :class:`Resource` whose ``identifier`` goes
to :meth:`AccessManagementClient.delegate_to_supplier
<desktop_app.integrations.altinn_access.AccessManagementClient.delegate_to_supplier>`.

``GET /resource/Search?Reference=…&ResourceType=MaskinportenSchema`` matches ``Reference`` as a
case-insensitive *contains* [V], so :meth:`~ResourceRegistryClient.find_by_scope` keeps only
resources with a ``MaskinportenScope`` reference equal to the scope (``…:send`` must not match
``…:send-test``). Expected shape [I]: ``resourceType: "MaskinportenSchema"`` and
``resourceReferences: [{"referenceType": "MaskinportenScope", "reference": "<scope>"}]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.integrations.altinn_base import AltinnClientBase, data_list, json_body
from desktop_app.integrations.http import ServiceError

__all__ = ["DPI_SCOPE", "Resource", "ResourceRegistryClient"]

DPI_SCOPE = "digitalpostinnbygger:send"
"""[V] altinn.md §3.1: the Maskinporten scope the DPI delegation gives."""

MASKINPORTEN_SCHEMA = "MaskinportenSchema"


@dataclass(frozen=True)
class Resource:
    identifier: str
    title_nb: str
    resource_type: str
    scopes: tuple[str, ...]  # MaskinportenScope references
    delegable: bool
    owner: str  # competent authority's name (or org number)


def _title(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("nb") or value.get("nn") or value.get("en") or "")
    return "" if value is None else str(value)


def _resource(raw: dict) -> Resource:
    refs = raw.get("resourceReferences") or []
    scopes = tuple(
        str(r.get("reference"))
        for r in refs
        if isinstance(r, dict)
        and str(r.get("referenceType", "")).lower() == "maskinportenscope"
        and r.get("reference")
    )
    authority = raw.get("hasCompetentAuthority") or {}
    return Resource(
        identifier=str(raw.get("identifier") or ""),
        title_nb=_title(raw.get("title")),
        resource_type=str(raw.get("resourceType") or ""),
        scopes=scopes,
        delegable=bool(raw.get("delegable", True)),
        owner=str(_title(authority.get("name")) or authority.get("organization") or ""),
    )


class ResourceRegistryClient(AltinnClientBase):
    """``ResourceRegistryClient(urls, token, client=None)``; see the module docstring."""

    SERVICE = "Altinns ressursregister"

    def search(
        self,
        *,
        reference: str | None = None,
        resource_type: str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> list[Resource]:
        params = {
            k: v
            for k, v in {
                "Reference": reference,
                "ResourceType": resource_type,
                "Title": title,
                "Id": id,
            }.items()
            if v
        }
        response = self._call(
            "GET",
            f"{self.urls.resourceregistry}/resource/Search",
            idempotent=True,
            authenticated=False,
            params=params,
        )
        return [
            _resource(r)
            for r in data_list(json_body(response, self.SERVICE))
            if isinstance(r, dict)
        ]

    def find_by_scope(self, scope: str, resource_type: str = MASKINPORTEN_SCHEMA) -> Resource:
        """The one resource that gives ``scope``; a ServiceError when none or several do."""
        wanted = scope.strip().lower()
        hits = [
            r
            for r in self.search(reference=scope, resource_type=resource_type)
            if any(s.strip().lower() == wanted for s in r.scopes)
        ]
        if not hits:
            raise ServiceError(
                f"Fant ingen tjeneste i Altinns ressursregister som gir tilgangen «{scope}». "
                "Gjør delegeringen i Altinn-portalen med veiledningen, og meld fra til "
                "brukerstøtte.",
                status=404,
            )
        if len(hits) > 1:
            delegable = [r for r in hits if r.delegable]
            if len(delegable) == 1:
                return delegable[0]
            raise ServiceError(
                f"Flere tjenester i Altinns ressursregister gir tilgangen «{scope}», så Postvakt "
                "kan ikke velge sikkert. Gjør delegeringen i Altinn-portalen med veiledningen.",
                status=409,
            )
        return hits[0]

    def dpi_resource(self) -> Resource:
        """The resource to delegate to KS for DPI (looked up now, by its scope)."""
        return self.find_by_scope(DPI_SCOPE)

"""Who the signed-in person can act for: Altinn ``authorizedparties`` (end-user API).

``GET {platform}/accessmanagement/api/v1/enduser/authorizedparties`` with an Altinn token
(scope ``altinn:accessmanagement/authorizedparties``) [V] altinn.md §2.1.

Response shape [V] Altinn/altinn-authorization-tmp ``AuthorizedPartiesController.cs``:
``PaginatedResult.Create(list, null)`` → ``{"links": {"next": null}, "data": [party, …]}``
with ``data`` a *flat* list (``ListObjectResult`` names the items "data"; Altinn's own
Broker client reads it flat). The controller's ``ProducesResponseType`` says
``PaginatedResult<List<…>>`` (a nested list), which is where altinn.md's "nested array"
comes from; this client accepts both. A party: ``partyUuid, name, organizationNumber,
personId, partyId, type ("Person" | "Organization" | …), unitType, isDeleted,
onlyHierarchyElementWithNoAccess, authorizedAccessPackages[], authorizedRoles[],
authorizedResources[], subunits[]``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from desktop_app.integrations.altinn_base import with_token
from desktop_app.integrations.http import ServiceError, request_with_retries

SERVICE = "Altinn"
PATH = "/authorizedparties"
MAX_PAGES = 20
# Only parties where the person can manage access (altinn.md §2.1).
ACCESS_MANAGEMENT_RESOURCE = "urn:altinn:resource:accessmanagement/authorizedparties"

TokenProvider = Callable[[], str]


@dataclass(frozen=True)
class AuthorizedParty:
    party_uuid: str
    name: str
    type: str
    organization_number: str | None = None
    person_id: str | None = field(default=None, repr=False)  # fødselsnummer: never logged
    party_id: int | None = None
    unit_type: str | None = None
    is_deleted: bool = False
    only_hierarchy: bool = False
    """A main unit listed only because the person has access to some of its subunits."""
    access_packages: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    subunits: tuple[AuthorizedParty, ...] = ()

    @property
    def is_organisation(self) -> bool:
        return self.type.lower() in ("organization", "organisation") or bool(
            self.organization_number
        )

    @property
    def is_person(self) -> bool:
        return self.type.lower() == "person"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuthorizedParty:
        party_id = data.get("partyId")
        return cls(
            party_uuid=str(data.get("partyUuid") or ""),
            name=str(data.get("name") or ""),
            type=str(data.get("type") or ""),
            organization_number=data.get("organizationNumber") or None,
            person_id=data.get("personId") or None,
            party_id=party_id if isinstance(party_id, int) else None,
            unit_type=data.get("unitType") or None,
            is_deleted=bool(data.get("isDeleted", False)),
            only_hierarchy=bool(data.get("onlyHierarchyElementWithNoAccess", False)),
            access_packages=tuple(str(p) for p in data.get("authorizedAccessPackages") or ()),
            roles=tuple(str(r) for r in data.get("authorizedRoles") or ()),
            subunits=tuple(
                cls.from_json(s) for s in data.get("subunits") or () if isinstance(s, dict)
            ),
        )


def _flatten_items(data: Any) -> Iterator[dict[str, Any]]:
    """Party objects from ``data``, flat or nested one level deeper."""
    if isinstance(data, dict):
        yield data
    elif isinstance(data, list):
        for item in data:
            yield from _flatten_items(item)


def walk(parties: Iterable[AuthorizedParty]) -> Iterator[AuthorizedParty]:
    """Every party and, after it, its subunits (depth first)."""
    for party in parties:
        yield party
        yield from walk(party.subunits)


def organisations(parties: Iterable[AuthorizedParty]) -> list[AuthorizedParty]:
    """The organisations (main units and subunits) that are not deleted."""
    return [p for p in walk(parties) if p.is_organisation and not p.is_deleted]


class AuthorizedPartiesClient:
    """``enduser_base`` is ``ServiceUrls.accessmanagement_enduser``."""

    def __init__(self, http: httpx.Client, enduser_base: str, token: TokenProvider) -> None:
        self.http = http
        self.base = enduser_base.rstrip("/")
        self.token = token

    def list(
        self,
        *,
        include_roles: bool = True,
        include_access_packages: bool = True,
        only_access_managers: bool = False,
        cancel: Callable[[], bool] | None = None,
    ) -> list[AuthorizedParty]:
        params: dict[str, Any] | None = {
            "includeRoles": str(include_roles).lower(),
            "includeAccessPackages": str(include_access_packages).lower(),
        }
        if only_access_managers:
            params["anyOfResourceIds"] = ACCESS_MANAGEMENT_RESOURCE
        url: str | None = self.base + PATH
        parties: list[AuthorizedParty] = []
        for _page in range(MAX_PAGES):
            if url is None:
                break
            response = with_token(self.token, functools.partial(self._get, url, params, cancel))
            params = None  # the next link carries its own query (an empty dict would drop it)
            try:
                body = response.json()
            except ValueError:
                body = None
            if isinstance(body, list):  # tolerate a bare array
                items, next_url = body, None
            elif isinstance(body, dict):
                items = body.get("data", [])
                links = body.get("links") or {}
                next_url = links.get("next") if isinstance(links, dict) else None
            else:
                raise ServiceError(
                    "Altinn svarte med noe Postvakt ikke forstår da listen over "
                    "virksomheter skulle hentes. Prøv igjen om litt.",
                    status=response.status_code,
                )
            parties.extend(AuthorizedParty.from_json(i) for i in _flatten_items(items))
            url = next_url or None
        return parties

    def _get(
        self, url: str, params: dict[str, Any] | None, cancel: Callable[[], bool] | None, token: str
    ) -> httpx.Response:
        return request_with_retries(
            self.http,
            "GET",
            url,
            idempotent=True,
            service=SERVICE,
            cancel=cancel,
            params=params,
            headers={"Authorization": f"Bearer {token}"},
        )

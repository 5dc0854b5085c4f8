"""Altinn Access Management, end-user API: who has access, access packages, API delegation.

Base URL ``ServiceUrls.accessmanagement_enduser`` (``…/accessmanagement/api/v1/enduser``)
[V] altinn.md §1–3. Acts for the signed-in person with an Altinn token; every ``party`` is the
organisation's **partyUuid** (from ``authorizedparties``, which the sign-in session reads).

Use cases and the methods to call
---------------------------------
Confidential-post access wizard (altinn.md §4.3, grant flow):

1. Who can read confidential post now: :meth:`AccessManagementClient.confidential_post_holders`
   (people holding the package "Post til virksomheten med taushetsbelagt innhold", plus people
   who still show with the old Altinn 2 roles A0286/A0287/A0288/SENS01). The raw list:
   :meth:`~AccessManagementClient.connections`.
2. May the signed-in person give it: :meth:`~AccessManagementClient.check_package_delegation`.
   [V] PackageDelegationCheckQuery.cs: a hovedadministrator (e.g. the daglig leder) may give
   every package of the organisation; anyone else only packages they hold and may pass on
   (a holder of ``urn:altinn:accesspackage:tilgangsstyrer`` only what they hold); the answer
   lists the package with ``result: false`` and reason ``NoAccess`` otherwise.
3. Give it to a person: :meth:`~AccessManagementClient.grant_package` does what Altinn's own
   tests do [V] (ConnectionsControllerTest.AddAssignmentPackage, Bruno
   ``POST_Enduser_Conn_AccPcks_ToPerson``): ``POST /connections?party=`` with the person
   (safe to repeat: an existing rightholder comes back as it is), then
   ``POST /connections/accesspackages?party=&to=<toId>&package=``. The package call needs
   ``to``; without it Altinn answers 400 ``STD-00000`` with ``AM.VLD-00006`` at ``QUERY/to``
   [V] (EntityValidation.ToExists). The single steps: :meth:`~AccessManagementClient.add_person`
   and :meth:`~AccessManagementClient.give_package`. Read back with step 1.
4. Take it away: :meth:`~AccessManagementClient.revoke_package` (``to`` = the person's
   ``party.id`` from step 1). Old roles cannot be given through the API (no POST for roles
   [V]); they can be listed and removed (:meth:`~AccessManagementClient.remove_role`).

DPI onboarding wizard (altinn.md §3.2, call order [V]):

* :meth:`~AccessManagementClient.delegate_to_supplier` does it all, safe to repeat: adds KS
  (971032146) as Maskinporten supplier when missing, checks that the person may delegate the
  resource, delegates it, and reads it back. The resource id comes from
  :meth:`ResourceRegistryClient.find_by_scope("digitalpostinnbygger:send")
  <desktop_app.integrations.altinn_resources.ResourceRegistryClient.find_by_scope>`
  at run time, never hard-coded.
* The single steps: :meth:`~AccessManagementClient.add_maskinporten_supplier`,
  :meth:`~AccessManagementClient.maskinporten_suppliers`,
  :meth:`~AccessManagementClient.check_supplier_resource`,
  :meth:`~AccessManagementClient.delegate_resource_to_supplier`,
  :meth:`~AccessManagementClient.supplier_resources`,
  :meth:`~AccessManagementClient.revoke_supplier_resource`,
  :meth:`~AccessManagementClient.remove_maskinporten_supplier`.

Paging: ``X-Page-Size`` and ``X-Page-Number``, the page number 0-based [V] (PagingInput.cs).
The controllers answer everything on one page today (``links.next`` is null) [V].

Every ``maskinportensuppliers`` call raises
:class:`~desktop_app.integrations.altinn_problems.FeatureUnavailable` (feature
``"maskinportensuppliers"``) when the API is switched off (bare 404) or refused (403); the
``connections`` calls do the same on 403 (feature ``"connections"``). The wizard then shows the
guided portal steps and records ``err.feature``/``err.reason``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.integrations.altinn_base import AltinnClientBase, data_list, json_body
from desktop_app.integrations.altinn_problems import PROBLEMS
from desktop_app.integrations.http import ServiceError

__all__ = [
    "CONFIDENTIAL_PACKAGE",
    "CONFIDENTIAL_ROLES",
    "KS_ORGNR",
    "AccessManagementClient",
    "Assignment",
    "Connection",
    "Holder",
    "PackageAssignment",
    "PackageCheck",
    "PartyRef",
    "ResourceCheck",
    "RightCheck",
    "SupplierDelegation",
    "SupplierResource",
]

CONFIDENTIAL_PACKAGE = "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold"
"""[V] altinn.md §4.3 (PackageConstants.cs)."""

# [I] altinn.md §4.3: an older docs page spells it without hyphens; accept both when reading.
_CONFIDENTIAL_PACKAGE_SPELLINGS = frozenset(
    {
        CONFIDENTIAL_PACKAGE,
        "urn:altinn:accesspackage:posttilvirksomhetenmedtaushetsbelagtinnhold",
    }
)

# Old Altinn 2 roles for confidential post, as they may still show in connections [V] altinn.md
# §4.2 (URNs); names as Altinn spells them. Compared case-insensitively (the URN case differs
# between sources: "SENS01" vs "a0286").
CONFIDENTIAL_ROLES: dict[str, str] = {
    "urn:altinn:rolecode:a0286": "Taushetsbelagt post",
    "urn:altinn:rolecode:a0287": "Taushetsbelagt post - oppvekst og utdanning",
    "urn:altinn:rolecode:a0288": "Taushetsbelagt post - administrasjon",
    "urn:altinn:rolecode:sens01": "Taushetsbelagt post fra kommunen",
}

KS_ORGNR = "971032146"
"""KS-Kommunesektorens organisasjon, the DPI supplier [V] altinn.md §3."""


# ---------------------------------------------------------------------------- records
@dataclass(frozen=True)
class PartyRef:
    id: str  # partyUuid
    name: str
    type: str  # "Person", "Organisasjon" …
    organization_number: str | None = None

    @property
    def is_person(self) -> bool:
        return self.type.lower().startswith("person")


@dataclass(frozen=True)
class Connection:
    """One party that has something from (or gives something to) the organisation."""

    party: PartyRef
    roles: tuple[str, ...]  # role URNs (or codes when no URN is given)
    packages: tuple[str, ...]  # access package URNs
    resources: tuple[str, ...]  # resource ids (refId)


@dataclass(frozen=True)
class Holder:
    """Someone who can read confidential post, and why."""

    party: PartyRef
    via: str  # "package" or "role"
    urn: str  # the package or role URN
    label_nb: str  # how to show it


@dataclass(frozen=True)
class PackageCheck:
    package: str
    result: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class RightCheck:
    key: str
    name: str
    result: bool
    reason_codes: tuple[str, ...]


@dataclass(frozen=True)
class ResourceCheck:
    resource: str
    rights: tuple[RightCheck, ...]

    @property
    def delegable(self) -> bool:
        return any(r.result for r in self.rights)


@dataclass(frozen=True)
class Assignment:
    id: str
    role_id: str | None
    from_id: str | None
    to_id: str | None


@dataclass(frozen=True)
class PackageAssignment:
    id: str
    assignment_id: str | None
    package_id: str | None


@dataclass(frozen=True)
class SupplierResource:
    resource: str  # refId (resource registry identifier)
    name: str
    suppliers: tuple[PartyRef, ...]


@dataclass(frozen=True)
class SupplierDelegation:
    """What :meth:`AccessManagementClient.delegate_to_supplier` did."""

    supplier_added: bool  # False: the supplier was already connected
    delegated: bool  # False: the resource was already delegated
    verified: bool  # read back afterwards and found


# ---------------------------------------------------------------------------- parsing
def _s(value: Any) -> str:
    return "" if value is None else str(value)


def _party(raw: Any) -> PartyRef:
    raw = raw if isinstance(raw, dict) else {}
    return PartyRef(
        id=_s(raw.get("id") or raw.get("partyUuid")),
        name=_s(raw.get("name")),
        type=_s(raw.get("type")),
        organization_number=raw.get("organizationIdentifier") or raw.get("organizationNumber"),
    )


def _urns(items: Any, *keys: str) -> tuple[str, ...]:
    out: list[str] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            out.append(item)
            continue
        if not isinstance(item, dict):
            continue
        for key in keys:
            if item.get(key):
                out.append(str(item[key]))
                break
    return tuple(out)


def _connection(raw: Any) -> Connection:
    raw = raw if isinstance(raw, dict) else {}
    return Connection(
        party=_party(raw.get("party")),
        roles=_urns(raw.get("roles"), "urn", "code"),
        packages=_urns(raw.get("packages"), "urn"),
        resources=_urns(raw.get("resources"), "refId", "identifier", "id"),
    )


def _assignment(raw: Any) -> Assignment:
    raw = raw if isinstance(raw, dict) else {}
    return Assignment(
        id=_s(raw.get("id")),
        role_id=raw.get("roleId"),
        from_id=raw.get("fromId"),
        to_id=raw.get("toId"),
    )


def _reason_text(reason: Any) -> str:
    if isinstance(reason, dict):
        return _s(reason.get("description") or reason.get("name") or reason.get("code"))
    return _s(reason)


def _bool(value: bool) -> str:
    return "true" if value else "false"


# ---------------------------------------------------------------------------- client
class AccessManagementClient(AltinnClientBase):
    """``AccessManagementClient(urls, token, client=None)``; see the module docstring."""

    PAGE_SIZE = 100
    MAX_PAGES = 50

    @property
    def _base(self) -> str:
        return self.urls.accessmanagement_enduser

    # -- who has access ---------------------------------------------------------------
    def connections(
        self,
        party: str,
        *,
        to: str | None = None,
        include_packages: bool = True,
        include_resources: bool = False,
    ) -> list[Connection]:
        """Everyone the organisation ``party`` has given something to (``from=party``), or
        one recipient with ``to``. All pages."""
        params: dict[str, str] = {
            "party": party,
            "from": party,
            "includeAccessPackages": _bool(include_packages),
            "includeResources": _bool(include_resources),
        }
        if to:
            params["to"] = to
        out: list[Connection] = []
        for page in range(self.MAX_PAGES):  # X-Page-Number is 0-based [V] PagingInput.cs
            response = self._call(
                "GET",
                f"{self._base}/connections",
                idempotent=True,
                feature="connections",
                not_enabled_on_404=True,
                params=params,
                headers={"X-Page-Size": str(self.PAGE_SIZE), "X-Page-Number": str(page)},
            )
            body = json_body(response)
            out.extend(_connection(c) for c in data_list(body))
            links = body.get("links") if isinstance(body, dict) else None
            if not (isinstance(links, dict) and links.get("next")):
                break
        return out

    def confidential_post_holders(self, party: str) -> list[Holder]:
        """Who can read confidential post for ``party``: the access package, and the old roles
        where they still show. One entry per person and reason."""
        holders: list[Holder] = []
        for conn in self.connections(party, include_packages=True):
            for urn in conn.packages:
                if urn.lower() in _CONFIDENTIAL_PACKAGE_SPELLINGS:
                    holders.append(
                        Holder(
                            conn.party,
                            "package",
                            urn,
                            "Tilgangspakke: Post til virksomheten med taushetsbelagt innhold",
                        )
                    )
            for urn in conn.roles:
                name = CONFIDENTIAL_ROLES.get(urn.lower())
                if name is not None:
                    holders.append(Holder(conn.party, "role", urn, f"Eldre rolle: {name}"))
        return holders

    # -- access packages --------------------------------------------------------------
    def check_package_delegation(
        self, party: str, package: str = CONFIDENTIAL_PACKAGE
    ) -> PackageCheck:
        """May the signed-in person give ``package`` for ``party``?"""
        response = self._call(
            "GET",
            f"{self._base}/connections/accesspackages/delegationcheck",
            idempotent=True,
            feature="connections",
            not_enabled_on_404=True,
            params={"party": party, "packages": package},
        )
        for item in data_list(json_body(response)):
            if not isinstance(item, dict):
                continue
            urn = _s((item.get("package") or {}).get("urn")) or package
            if urn == package:
                return PackageCheck(
                    urn,
                    bool(item.get("result")),
                    tuple(_reason_text(r) for r in item.get("reasons") or []),
                )
        return PackageCheck(package, False, ())

    def add_person(self, party: str, person_identifier: str, last_name: str) -> Assignment:
        """Add a person as rightholder for ``party`` (a connection; no rights yet). Altinn
        answers with the existing assignment when the person is already one [V]
        (ConnectionService.AddRightholder); ``to_id`` is the person's party id."""
        response = self._call(
            "POST",
            f"{self._base}/connections",
            idempotent=False,
            feature="connections",
            not_enabled_on_404=True,
            params={"party": party},
            json=_person(person_identifier, last_name),
        )
        return _assignment(json_body(response))

    def give_package(
        self, party: str, to: str, package: str = CONFIDENTIAL_PACKAGE
    ) -> PackageAssignment:
        """Give ``package`` to ``to`` (a rightholder's party id, e.g. ``add_person().to_id``)."""
        response = self._call(
            "POST",
            f"{self._base}/connections/accesspackages",
            idempotent=False,
            feature="connections",
            not_enabled_on_404=True,
            params={"party": party, "to": to, "package": package},
        )
        body = json_body(response)
        body = body if isinstance(body, dict) else {}
        return PackageAssignment(
            _s(body.get("id")), body.get("assignmentId"), body.get("packageId")
        )

    def grant_package(
        self,
        party: str,
        person_identifier: str,
        last_name: str,
        package: str = CONFIDENTIAL_PACKAGE,
    ) -> PackageAssignment:
        """Give ``package`` to a person: add them as rightholder (safe to repeat), then give
        the package to the ``toId`` Altinn answered with."""
        person = self.add_person(party, person_identifier, last_name)
        if not person.to_id:
            raise ServiceError(
                "Altinn svarte uten å si hvem personen er. Sjekk oversikten, og prøv igjen.",
                status=None,
            )
        return self.give_package(party, person.to_id, package)

    def revoke_package(self, party: str, to: str, package: str = CONFIDENTIAL_PACKAGE) -> None:
        """Take ``package`` away from the recipient ``to`` (their party id)."""
        self._call(
            "DELETE",
            f"{self._base}/connections/accesspackages",
            idempotent=True,
            feature="connections",
            not_enabled_on_404=True,
            params={"party": party, "from": party, "to": to, "package": package},
        )

    def remove_role(self, party: str, to: str, role_code: str) -> None:
        """Remove an old role (e.g. ``"A0286"``) from the recipient ``to``."""
        self._call(
            "DELETE",
            f"{self._base}/connections/roles",
            idempotent=True,
            feature="connections",
            not_enabled_on_404=True,
            params={"party": party, "from": party, "to": to, "rolecode": role_code},
        )

    # -- Maskinporten suppliers (DPI delegation to KS) ---------------------------------
    def _suppliers_call(self, method: str, path: str, *, idempotent: bool, **kwargs: Any):
        return self._call(
            method,
            f"{self._base}/maskinportensuppliers{path}",
            idempotent=idempotent,
            feature="maskinportensuppliers",
            not_enabled_on_404=True,
            **kwargs,
        )

    def add_maskinporten_supplier(self, party: str, supplier: str = KS_ORGNR) -> Assignment:
        response = self._suppliers_call(
            "POST", "", idempotent=False, params={"party": party, "supplier": supplier}
        )
        return _assignment(json_body(response))

    def maskinporten_suppliers(self, party: str, supplier: str | None = None) -> list[Connection]:
        """The organisation's Maskinporten suppliers; only ``supplier`` (org number) if given.

        Altinn filters on ``supplier`` itself [V] (MaskinportenSuppliersController.GetSuppliers,
        f7ff53bd2); the result is checked here as well, so an older Altinn that ignored the
        filter cannot make a missing KS look present.
        """
        params = {"party": party}
        if supplier:
            params["supplier"] = supplier
        response = self._suppliers_call("GET", "", idempotent=True, params=params)
        connections = [_connection(c) for c in data_list(json_body(response))]
        if supplier:
            connections = [c for c in connections if c.party.organization_number == supplier]
        return connections

    def remove_maskinporten_supplier(
        self, party: str, supplier: str = KS_ORGNR, *, cascade: bool = False
    ) -> None:
        self._suppliers_call(
            "DELETE",
            "",
            idempotent=True,
            params={"party": party, "supplier": supplier, "cascade": _bool(cascade)},
        )

    def check_supplier_resource(self, party: str, resource: str) -> ResourceCheck:
        """May the signed-in person delegate ``resource`` (registry id) for ``party``?"""
        response = self._suppliers_call(
            "GET",
            "/resources/delegationcheck",
            idempotent=True,
            params={"party": party, "resource": resource},
        )
        body = json_body(response)
        body = body if isinstance(body, dict) else {}
        rights = []
        for item in body.get("rights") or []:
            if not isinstance(item, dict):
                continue
            right = item.get("right") or {}
            rights.append(
                RightCheck(
                    _s(right.get("key")),
                    _s(right.get("name")),
                    bool(item.get("result")),
                    tuple(_s(c) for c in item.get("reasonCodes") or []),
                )
            )
        res = body.get("resource") or {}
        return ResourceCheck(_s(res.get("refId")) or resource, tuple(rights))

    def delegate_resource_to_supplier(
        self, party: str, resource: str, supplier: str = KS_ORGNR
    ) -> bool:
        response = self._suppliers_call(
            "POST",
            "/resources",
            idempotent=False,
            params={"party": party, "supplier": supplier, "resource": resource},
        )
        return json_body(response) is True

    def supplier_resources(
        self,
        party: str,
        supplier: str | None = None,
        resource: str | None = None,
    ) -> list[SupplierResource]:
        """Delegated Maskinporten resources, optionally for one supplier (org number) or one
        resource (registry id). Altinn takes ``party, supplier?, resource?`` and no scope [V]
        (MaskinportenSuppliersController.GetResources): find the resource id by scope in the
        resource registry first."""
        params = {"party": party}
        if supplier:
            params["supplier"] = supplier
        if resource:
            params["resource"] = resource
        response = self._suppliers_call("GET", "/resources", idempotent=True, params=params)
        out = []
        for item in data_list(json_body(response)):
            if not isinstance(item, dict):
                continue
            res = item.get("resource") or {}
            suppliers = tuple(
                _party(p.get("to")) for p in item.get("permissions") or [] if isinstance(p, dict)
            )
            out.append(SupplierResource(_s(res.get("refId")), _s(res.get("name")), suppliers))
        return out

    def revoke_supplier_resource(self, party: str, resource: str, supplier: str = KS_ORGNR) -> None:
        self._suppliers_call(
            "DELETE",
            "/resources",
            idempotent=True,
            params={"party": party, "supplier": supplier, "resource": resource},
        )

    def supplier_has_resource(self, party: str, resource: str, supplier: str = KS_ORGNR) -> bool:
        """Read back: is ``resource`` delegated from ``party`` to ``supplier`` (org number)?"""
        for item in self.supplier_resources(party, supplier=supplier, resource=resource):
            if item.resource == resource and (
                not item.suppliers or any(p.organization_number == supplier for p in item.suppliers)
            ):
                return True
        return False

    def delegate_to_supplier(
        self, party: str, resource: str, supplier: str = KS_ORGNR
    ) -> SupplierDelegation:
        """The whole DPI delegation, safe to repeat after an interruption."""
        added = False
        if not self.maskinporten_suppliers(party, supplier):
            self.add_maskinporten_supplier(party, supplier)
            added = True
        if self.supplier_has_resource(party, resource, supplier):
            return SupplierDelegation(added, False, True)
        if not self.check_supplier_resource(party, resource).delegable:
            problem = PROBLEMS["AM-00028"]
            raise ServiceError(problem.message_nb, status=None, problem_code="AM-00028")
        self.delegate_resource_to_supplier(party, resource, supplier)
        return SupplierDelegation(
            added, True, self.supplier_has_resource(party, resource, supplier)
        )


def _person(person_identifier: str, last_name: str) -> dict[str, str]:
    return {
        "personIdentifier": "".join(person_identifier.split()),
        "lastName": last_name.strip(),
    }

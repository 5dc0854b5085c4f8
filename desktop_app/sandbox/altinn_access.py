"""Sandbox Altinn Access Management, end-user API (connections, packages, Maskinporten suppliers).

An independent second implementation of the rules in Altinn's own code (altinn-authorization-tmp
f7ff53bd2, 2026-08-21; the file names below are from ``src/apps/Altinn.AccessManagement``). It
keeps its own literal values and never imports the clients' constants or parsers. State lives
in memory per sandbox instance, so what a test or an Øving user delegates can be read back.
The cast (Fjordvik's units, the people, KS) comes from :mod:`desktop_app.sandbox._fiction`;
party ids from :mod:`desktop_app.sandbox._altinn`.

Who may do what (the caller is the token's ``pid``, default the daglig leder):

* the daglig leder (PEOPLE[0]) is hovedadministrator for every Fjordvik unit (through the
  DAGL role): may give every organisation package and delegate Maskinporten scopes [V]
  (PackageDelegationCheckQuery.cs, the "-HovedAdmin" branch);
* Ola Strand (PEOPLE[1], IT) holds the packages «Tilgangsstyrer» and «Ordinær post til
  virksomheten» for the municipality (310000000) only. A Tilgangsstyrer passes on only what
  he holds [V]: the delegation check says ``result: false`` (reason ``NoAccess``) for the
  confidential-post package, and giving it anyway is 400 ``AM.VLD-00026`` at
  ``QUERY/packageId`` (PackageValidation.AuthorizePackageAssignment; Altinn's Bruno test
  ``POST_Enduser_Conn_AccPck_AdmaiDelegatingPackageWithoutAccess``). Maskinporten scopes: no
  (AM-00028);
* anyone else, or Ola for another unit: 403 with no body. Altinn's policy
  ``AccessManagementEndUserRead/Write`` asks the PDP about ``altinn_access_management`` for
  the party [V]; who gets a permit there is not in this code [I].

Granting [V] (ConnectionsController.AddRightholder / AddAssignmentPackage,
ConnectionService.AddPackage): ``POST /connections?party=`` with ``{personIdentifier,
lastName}`` adds a rightholder (the same assignment again if it exists); ``POST
/connections/accesspackages?party=&to=&package=`` needs ``to``: missing or unknown is 400
``STD-00000`` with ``AM.VLD-00006`` at ``QUERY/to``; a known person without a connection is
``AM-00022``; a package for another kind of party is ``AM-00041``; an unknown package
``AM.VLD-00011`` at ``QUERY/package``.

Person look-ups: a fødselsnummer with the wrong last name is 400 ``STD-00000`` with
``AM.VLD-00034`` at ``/PersonIdentifier`` and ``/LastName`` (InputValidation.LookupProfile)
[V]; a blank one ``STD.VLD-00000`` (Required) at the blank field [V]. After three failures
the sandbox answers 429 ``AM-00026`` until it is restarted (Altinn's limit and lock time are
in the Profile service [I]).

Paging: ``X-Page-Number`` is 0-based [V] (PagingInput.cs). Altinn answers everything on one
page today; the sandbox honours the headers so a client that pages is tested [I].

Removing with something left: a rightholder with packages needs ``cascade=true``, else 400
``AM.VLD-00010`` at ``QUERY/cascade``; KS with delegated resources likewise with
``AM.VLD-00031`` [V] (AssignmentPackageValidation, ResourceValidation).

The ``connections`` switch (POST /_sandbox/altinn/features) makes those routes answer a bare
404; Altinn's current ConnectionsController has no feature gate [V], older ones had one [I].
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import (
    Deny,
    Party,
    caller,
    org_by_number,
    organisations,
    people,
    person_party,
    state_of,
)
from desktop_app.sandbox.altinn_resources import resource as registry_resource
from desktop_app.sandbox.server import HttpProblem, Request, Response, Sandbox, problem

# Øving's own literal path; the client names the same one in its environments map.
PREFIX = "/altinn/accessmanagement/api/v1/enduser"

CONFIDENTIAL = "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold"
ORDINARY = "urn:altinn:accesspackage:ordinaer-post-til-virksomheten"
ACCESS_MANAGER = "urn:altinn:accesspackage:tilgangsstyrer"
MAIN_ADMIN = "urn:altinn:accesspackage:hovedadministrator"
ORGANISATION, PERSON = "Organisasjon", "Person"
# urn -> (id, the kind of party it is given from) [V] PackageConstants.cs
PACKAGES: dict[str, tuple[str, str]] = {
    CONFIDENTIAL: ("bb0569a6-2268-49b5-9d38-8158b26124c3", ORGANISATION),
    ORDINARY: ("91cf61ae-69ab-49d5-b51a-80591c91f255", ORGANISATION),
    ACCESS_MANAGER: ("0195efb8-7c80-7a95-ad36-900c3d8ad300", ORGANISATION),
    MAIN_ADMIN: ("0195efb8-7c80-7e16-ab0c-36dc8ab1a29d", ORGANISATION),
    "urn:altinn:accesspackage:maskinporten-scopes": (
        "27f488d7-d1f6-4aee-ae81-2bb42d62c446",
        ORGANISATION,
    ),
    "urn:altinn:accesspackage:maskinporten-administrator": (
        "0195efb8-7c80-7b30-a84d-f37fed9fb89c",
        ORGANISATION,
    ),
    "urn:altinn:accesspackage:innbygger-skatteforhold-privatpersoner": (
        "6b4c19ff-250a-4625-a4f7-d9684db537f4",
        PERSON,
    ),
}
ROLES = {  # urn -> (code, Altinn 3 id) [V] altinn.md §4.2 where given; supplier id Øving's own
    "urn:altinn:rolecode:a0286": ("A0286", "92ea5544-ca64-4e03-9532-646b9f86ff65"),
    "urn:altinn:rolecode:a0287": ("A0287", "df34b69a-e0aa-4245-a840-3a850769b2bd"),
    "urn:altinn:rolecode:a0288": ("A0288", "5fda4732-dd10-416d-b876-9e1715bbf21c"),
    "urn:altinn:external-role:ccr:daglig-leder": ("DAGL", "55bd7d4d-08dd-46ee-ac8e-3a44d800d752"),
    "urn:altinn:role:rettighetshaver": ("rettighetshaver", "42cae370-2dc1-4fdc-9c67-c2f4b0f0f829"),
    "urn:altinn:role:supplier": ("supplier", "c7a1e3f9-52b4-4d4f-9b0e-8f8b0c3d2a11"),
}
RIGHTHOLDER = "urn:altinn:role:rettighetshaver"
SUPPLIER_ROLE = "urn:altinn:role:supplier"

MUNICIPALITY = "310000000"
CHILD_WELFARE = "310300004"
MAX_FAILED_LOOKUPS = 3

# The scopes each group of endpoints accepts [V] altinn.md §2, §3.2.
READ = ("altinn:accessmanagement/enduser:connections:toothers.read", "altinn:portal/enduser")
WRITE = ("altinn:accessmanagement/enduser:connections:toothers.write", "altinn:portal/enduser")
MP_READ = ("altinn:accessmanagement/enduser:maskinportensuppliers.read", "altinn:portal/enduser")
MP_WRITE = ("altinn:accessmanagement/enduser:maskinportensuppliers.write", "altinn:portal/enduser")

_BAD_REQUEST_TYPE = "https://tools.ietf.org/html/rfc9110#section-15.5.1"  # [V] Bruno tests


def am_problem(code: str, status: int, detail: str) -> HttpProblem:
    """An Altinn ProblemDetails answer as the Bruno tests show it [V]: ``title`` is the
    status phrase, ``detail`` the descriptor's text, ``code`` e.g. ``AM-00022``."""
    exc = HttpProblem(status)
    exc.response = problem(
        status,
        HTTPStatus(status).phrase,
        detail,
        code=code,
        type=_BAD_REQUEST_TYPE if status == 400 else "about:blank",
        traceId=uuid.uuid4().hex,
    )
    return exc


def invalid(*errors: tuple[str, str, tuple[str, ...]], **extensions: str) -> HttpProblem:
    """400 ``STD-00000`` with ``validationErrors`` of (code, detail, paths) [V] Bruno test
    ``POST_Enduser_Conn_AccPck_AdmaiDelegatingPackageWithoutAccess``."""
    exc = HttpProblem(400)
    exc.response = problem(
        400,
        "Bad Request",
        "One or more validation errors occurred.",
        code="STD-00000",
        type=_BAD_REQUEST_TYPE,
        traceId=uuid.uuid4().hex,
        validationErrors=[
            {"code": code, "detail": detail, "paths": list(paths), **extensions}
            for code, detail, paths in errors
        ],
    )
    return exc


def _package(value: str) -> str | None:
    """The URN for a package URN or code, case-insensitive [V] PackageConstants.TryGetByUrn."""
    text = (value or "").strip().lower()
    for urn in PACKAGES:
        if text in (urn, urn.rsplit(":", 1)[-1]):
            return urn
    return None


@dataclass
class _Link:
    id: str
    roles: set[str] = field(default_factory=set)
    packages: set[str] = field(default_factory=set)


@dataclass
class AccessState:
    """(from partyUuid, to partyUuid) → roles and packages; supplier delegations."""

    links: dict[tuple[str, str], _Link] = field(default_factory=dict)
    supplier_resources: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    failed_lookups: int = 0

    def link(self, frm: str, to: str) -> _Link:
        key = (frm, to)
        if key not in self.links:
            self.links[key] = _Link(str(uuid.uuid4()))
        return self.links[key]


def _initial_state() -> AccessState:
    state = AccessState()
    muni = org_by_number(MUNICIPALITY)
    barnevern = org_by_number(CHILD_WELFARE)
    p = {person.pid: person_party(person.pid) for person in _fiction.PEOPLE}
    dagl, ola, sara, per, _, jonas = (p[person.pid] for person in _fiction.PEOPLE[:6])
    if muni is not None:
        ola_link = state.link(muni.uuid, ola.uuid)
        ola_link.roles.add(RIGHTHOLDER)
        ola_link.packages.update({ACCESS_MANAGER, ORDINARY})
        state.link(muni.uuid, dagl.uuid).roles.add("urn:altinn:external-role:ccr:daglig-leder")
        state.link(muni.uuid, dagl.uuid).packages.add(ORDINARY)
        jonas_link = state.link(muni.uuid, jonas.uuid)
        jonas_link.roles.add(RIGHTHOLDER)
        jonas_link.packages.add(CONFIDENTIAL)
        state.link(muni.uuid, per.uuid).roles.add("urn:altinn:rolecode:a0286")
    if barnevern is not None:
        state.link(barnevern.uuid, sara.uuid).roles.add("urn:altinn:rolecode:a0287")
    return state


def access_state(sandbox: Sandbox) -> AccessState:
    """Who is connected to whom, with which packages and roles, in this sandbox."""
    return sandbox.service_state("altinn_access", _initial_state)


def register(sandbox: Sandbox) -> None:
    shared = state_of(sandbox)
    state = access_state(sandbox)
    lock = shared.lock
    # The same as the ``maskinportensuppliers`` feature above, as a failure switch.
    sandbox.declare_switch(
        "maskinportensuppliers_off",
        "Altinns maskinportensuppliers-API er ikke slått på (svarer 404).",
    )

    # -- helpers ---------------------------------------------------------------------
    def all_parties() -> dict[str, Party]:
        return {**organisations(), **people()}

    def org_party(request: Request, key: str = "party") -> Party:
        if "/connections" in request.path and not shared.features.get("connections", True):
            raise Deny(404)  # the Øving switch for "this API is off": a bare 404
        value = request.query.get(key, "")
        party = organisations().get(value)
        if party is None or party.orgnr == _fiction.KS_ORGNR:
            raise am_problem(
                "AM-00023",
                400,
                "The provided identifier cannot be found as a valid party for the operation.",
            )
        return party

    def held(party: Party, pid: str) -> set[str]:
        person = person_party(pid)
        link = state.links.get((party.uuid, person.uuid)) if person is not None else None
        return set(link.packages) if link is not None else set()

    def is_main_admin(pid: str) -> bool:
        return pid == _fiction.DAGLIG_LEDER.pid

    def may_manage(pid: str, party: Party) -> bool:
        """The access-management policy's permit [I]: hovedadministrator or Tilgangsstyrer."""
        return is_main_admin(pid) or bool(held(party, pid) & {ACCESS_MANAGER, MAIN_ADMIN})

    def may_give(pid: str, party: Party, urn: str) -> tuple[bool, str]:
        """[V] PackageDelegationCheckQuery.cs: (result, reason description)."""
        if is_main_admin(pid):
            return True, "Direct-RolePackage-HovedAdmin"
        if urn in held(party, pid):
            return True, "Direct-AssignmentPackage"
        return False, "NoAccess"

    def may_delegate_scopes(pid: str) -> bool:
        return is_main_admin(pid)

    def require_manager(request: Request, party: Party, scopes: tuple[str, ...]) -> str:
        who = caller(request, *scopes)
        if not may_manage(who.pid, party):
            raise Deny(403)
        return who.pid

    def lookup_person(request: Request) -> Party:
        """The person in the body [V] InputValidation.LookupProfile."""
        body = request.json
        body = body if isinstance(body, dict) else {}
        # ASP.NET binds JSON names case-insensitively (Bruno sends "personidentifier").
        fields = {str(k).lower(): v for k, v in body.items()}
        ident = str(fields.get("personidentifier") or "").strip()
        last = str(fields.get("lastname") or "").strip()
        missing = [
            (
                "STD.VLD-00000",
                "The field is required.",
                (path,),
            )
            for path, value in (("/PersonIdentifier", ident), ("/LastName", last))
            if not value
        ]
        if missing:
            raise invalid(*missing)
        with lock:
            if state.failed_lookups >= MAX_FAILED_LOOKUPS:
                raise am_problem("AM-00026", 429, "There has been too many failed lookups")
            person = _fiction.person(ident)
            if person is None or person.name.split()[-1].lower() != last.lower():
                state.failed_lookups += 1
                raise invalid(
                    (
                        "AM.VLD-00034",
                        "Given external identifiers yielded empty result.",
                        ("/PersonIdentifier", "/LastName"),
                    ),
                    personInput="PersonInput details must match",
                )
        party = person_party(person.pid)
        assert party is not None
        return party

    def connection_dto(to: Party, link: _Link, include_packages: bool) -> dict[str, Any]:
        return {
            "party": to.dto(),
            "roles": [
                {"id": ROLES[r][1], "code": ROLES[r][0], "urn": r}
                for r in sorted(link.roles)
                if r in ROLES
            ],
            "packages": [{"id": PACKAGES[p][0], "urn": p} for p in sorted(link.packages)]
            if include_packages
            else [],
            "resources": [],
            "instances": [],
            "connections": [],
        }

    def package_dto(urn: str) -> dict[str, Any]:
        return {"id": PACKAGES[urn][0], "urn": urn}

    def page(request: Request, rows: list[Any], path: str) -> Response:
        size = max(1, int(request.header("X-Page-Size") or 100))
        number = max(0, int(request.header("X-Page-Number") or 0))  # 0-based [V]
        chunk = rows[number * size : (number + 1) * size]
        more = (number + 1) * size < len(rows)
        return Response.json(
            {
                "links": {"next": f"{PREFIX}{path}?page={number + 1}" if more else None},
                "data": chunk,
            }
        )

    # -- connections -----------------------------------------------------------------
    @sandbox.route("GET", PREFIX + "/connections")
    def get_connections(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, READ)  # authorization comes before the action
        frm, to_q = request.query.get("from"), request.query.get("to")
        if frm != party.uuid and to_q != party.uuid:  # [V] EntityValidation.ReadOp
            detail = "Either the 'from' UUID or the 'to' UUID must match the 'party' UUID."
            raise invalid(
                ("AM.VLD-00009", detail, ("QUERY/from",)),
                ("AM.VLD-00009", detail, ("QUERY/to",)),
            )
        include = request.query.get("includeAccessPackages", "false").lower() == "true"
        to_filter = to_q if frm == party.uuid else None
        parties = all_parties()
        with lock:
            rows = [
                connection_dto(parties[to], link, include)
                for (f, to), link in sorted(state.links.items())
                if f == party.uuid
                and to in parties
                and (not to_filter or to == to_filter)
                and (link.roles or link.packages)
            ]
        return page(request, rows, "/connections")

    @sandbox.route("POST", PREFIX + "/connections")
    def post_connection(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        to_q = request.query.get("to")
        if to_q:
            to = all_parties().get(to_q)
            if to is None:
                raise invalid(("AM.VLD-00006", "Entity do not exists.", ("QUERY/to",)))
        else:
            to = lookup_person(request)
        with lock:
            link = state.link(party.uuid, to.uuid)
            link.roles.add(RIGHTHOLDER)  # the same assignment again if it exists [V]
        return Response.json(
            {"id": link.id, "roleId": ROLES[RIGHTHOLDER][1], "fromId": party.uuid, "toId": to.uuid}
        )

    @sandbox.route("DELETE", PREFIX + "/connections")
    def delete_connection(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        to = request.query.get("to", "")
        cascade = request.query.get("cascade", "false").lower() == "true"
        with lock:
            link = state.links.get((party.uuid, to))
            if link is not None and link.packages and not cascade:
                raise invalid(
                    (
                        "AM.VLD-00010",
                        "Assignment is active in one or more connections.",
                        ("QUERY/cascade",),
                    )
                )
            state.links.pop((party.uuid, to), None)
        return Response(204)

    # -- access packages -------------------------------------------------------------
    @sandbox.route("GET", PREFIX + "/connections/accesspackages/delegationcheck")
    def package_check(request: Request) -> Response:
        party = org_party(request)
        pid = require_manager(request, party, WRITE)  # the check needs the write policy [V]
        asked = request.query_all.get("packages", [])
        unknown = [p for p in asked if _package(p) is None]
        if unknown:  # [V] PackageValidation.PackageUrnLookup (libs InvalidQueryParameter, 9)
            raise invalid(
                ("AM.VLD-00009", "One or more query parameters are invalid.", ("QUERY/package",)),
                packages=f"No packages were found with the names '{', '.join(unknown)}'.",
            )
        wanted = [_package(p) for p in asked] or [
            u for u, (_, kind) in PACKAGES.items() if kind == ORGANISATION
        ]
        if any(PACKAGES[u][1] != ORGANISATION for u in wanted if u):
            raise am_problem(  # [V] ConnectionService.CheckPackage
                "AM-00041",
                400,
                "One or more of the provided packages are either invalid or not eligible for "
                "delegation by the type of from-party of the delegation.",
            )
        data = []
        for urn in dict.fromkeys(u for u in wanted if u):
            ok, reason = may_give(pid, party, urn)
            data.append(
                {"package": package_dto(urn), "result": ok, "reasons": [{"description": reason}]}
            )
        return Response.json({"links": {"next": None}, "data": data})

    @sandbox.route("POST", PREFIX + "/connections/accesspackages")
    def post_package(request: Request) -> Response:
        party = org_party(request)
        pid = require_manager(request, party, WRITE)
        given = request.query.get("package") or ""
        urn = _package(given) or next(
            (u for u, (i, _) in PACKAGES.items() if i == request.query.get("packageId")), None
        )
        to = all_parties().get(request.query.get("to", ""))
        if to is None:  # [V] ConnectionWriteValidation / EntityValidation.ToExists
            raise invalid(("AM.VLD-00006", "Entity do not exists.", ("QUERY/to",)))
        with lock:
            link = state.links.get((party.uuid, to.uuid))
            connected = link is not None and bool(link.roles)
        if not connected:
            raise am_problem(
                "AM-00022",
                400,
                "Operation can not be completed, because it requires an existing connection "
                "between the parties.",
            )
        if urn is None:  # [V] PackageValidation.PackageExists (libs PackageNotExists, 11)
            raise invalid(
                ("AM.VLD-00011", "Package do not exists.", ("QUERY/package",)),
                packages=f"No packages with name '{given}' do not exists.",
            )
        if PACKAGES[urn][1] != ORGANISATION:
            raise am_problem(
                "AM-00041",
                400,
                "One or more of the provided packages are either invalid or not eligible for "
                "delegation by the type of from-party of the delegation.",
            )
        if not may_give(pid, party, urn)[0]:
            raise invalid(
                ("AM.VLD-00026", "User not authorized for operation.", ("QUERY/packageId",)),
                packages=f"User is not allowed to assign the following package(s) '{urn}'.",
            )
        with lock:
            assert link is not None
            link.packages.add(urn)
        return Response.json(
            {
                "id": str(uuid.uuid5(uuid.UUID(link.id), urn)),
                "assignmentId": link.id,
                "packageId": PACKAGES[urn][0],
            }
        )

    @sandbox.route("GET", PREFIX + "/connections/accesspackages")
    def get_packages(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, READ)
        parties = all_parties()
        with lock:
            data = [
                {
                    "package": package_dto(p),
                    "permissions": [{"from": party.dto(), "to": parties[to].dto()}],
                }
                for (frm, to), link in sorted(state.links.items())
                if frm == party.uuid and to in parties
                for p in sorted(link.packages)
            ]
        return page(request, data, "/connections/accesspackages")

    @sandbox.route("DELETE", PREFIX + "/connections/accesspackages")
    def delete_package(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        urn = _package(request.query.get("package", ""))
        with lock:
            link = state.links.get((party.uuid, request.query.get("to", "")))
            if link is not None and urn:
                link.packages.discard(urn)
        return Response(204)

    @sandbox.route("DELETE", PREFIX + "/connections/roles")
    def delete_role(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        code = request.query.get("rolecode", "").lower()
        with lock:
            link = state.links.get((party.uuid, request.query.get("to", "")))
            if link is not None:
                link.roles = {r for r in link.roles if ROLES.get(r, ("",))[0].lower() != code}
        return Response(204)

    # -- Maskinporten suppliers ------------------------------------------------------
    def mp_guard(request: Request, scopes: tuple[str, ...]) -> tuple[Party, str]:
        if not shared.features.get("maskinportensuppliers", True) or sandbox.switch(
            "maskinportensuppliers_off"
        ):
            raise Deny(404)  # the route does not exist while the feature flag is off
        party = org_party(request)
        who = caller(request, *scopes)
        if not may_manage(who.pid, party):
            raise Deny(403)
        return party, who.pid

    def supplier_party(request: Request, party: Party) -> Party:
        supplier = org_by_number(request.query.get("supplier", ""))
        if supplier is None:  # [V] MaskinportenSupplierService.GetEntity(orgnr)
            raise am_problem(
                "AM-00023",
                400,
                "The provided identifier cannot be found as a valid party for the operation.",
            )
        if supplier.uuid == party.uuid:  # [V] EntityValidation.FromIsNotTo
            detail = "An organization cannot delegate to itself."
            raise invalid(
                ("AM.VLD-00009", detail, ("QUERY/party",)),
                ("AM.VLD-00009", detail, ("QUERY/supplier",)),
            )
        return supplier

    def mp_resource(request: Request) -> dict[str, Any]:
        res = registry_resource(request.query.get("resource", ""))
        if res is None or res["resourceType"] != "MaskinportenSchema":
            raise am_problem("AM-00027", 400, "The resource is invalid")
        if not res.get("delegable"):
            raise am_problem("AM-00042", 400, "The resource is not available for delegation")
        return res

    def resource_dto(res: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, res["identifier"])),
            "name": res["title"]["nb"],
            "description": (res.get("description") or {}).get("nb", ""),
            "refId": res["identifier"],
        }

    @sandbox.route("POST", PREFIX + "/maskinportensuppliers")
    def add_supplier(request: Request) -> Response:
        party, _ = mp_guard(request, MP_WRITE)
        supplier = supplier_party(request, party)
        with lock:
            link = state.link(party.uuid, supplier.uuid)
            link.roles.add(SUPPLIER_ROLE)
        return Response.json(
            {
                "id": link.id,
                "roleId": ROLES[SUPPLIER_ROLE][1],
                "fromId": party.uuid,
                "toId": supplier.uuid,
            }
        )

    @sandbox.route("GET", PREFIX + "/maskinportensuppliers")
    def list_suppliers(request: Request) -> Response:
        party, _ = mp_guard(request, MP_READ)
        only = supplier_party(request, party) if request.query.get("supplier") else None
        orgs = organisations()  # [V] GetSuppliers filters on ``supplier`` (org number)
        with lock:
            rows = [
                {
                    "party": orgs[to].dto(),
                    "roles": [
                        {"id": ROLES[SUPPLIER_ROLE][1], "code": "supplier", "urn": SUPPLIER_ROLE}
                    ],
                }
                for (frm, to), link in sorted(state.links.items())
                if frm == party.uuid
                and SUPPLIER_ROLE in link.roles
                and to in orgs
                and (only is None or to == only.uuid)
            ]
        return Response.json(rows)

    @sandbox.route("DELETE", PREFIX + "/maskinportensuppliers")
    def remove_supplier(request: Request) -> Response:
        party, _ = mp_guard(request, MP_WRITE)
        supplier = supplier_party(request, party)
        cascade = request.query.get("cascade", "false").lower() == "true"
        with lock:
            delegated = state.supplier_resources.get((party.uuid, supplier.uuid))
            if delegated and not cascade:  # [V] ResourceValidation.HasAssignedResources
                raise invalid(
                    ("AM.VLD-00031", "Assignment has resources delegated.", ("QUERY/cascade",)),
                    assignmentResources="Cannot remove supplier assignment while resources "
                    "are still delegated. Use cascade=true or remove resources first.",
                )
            state.supplier_resources.pop((party.uuid, supplier.uuid), None)
            link = state.links.get((party.uuid, supplier.uuid))
            if link is not None:
                link.roles.discard(SUPPLIER_ROLE)
        return Response(204)

    @sandbox.route("GET", PREFIX + "/maskinportensuppliers/resources/delegationcheck")
    def supplier_check(request: Request) -> Response:
        _, pid = mp_guard(request, MP_READ)
        res = mp_resource(request)
        ok = may_delegate_scopes(pid)
        right = {
            "key": f"{res['identifier']}:scopeaccess",
            "name": "Tilgang til scope",
            "action": {
                "type": "urn:oasis:names:tc:xacml:1.0:action:action-id",
                "value": "scopeaccess",
            },
        }
        return Response.json(
            {
                "resource": resource_dto(res),
                "rights": [
                    {
                        "right": right,
                        "result": ok,
                        "reasonCodes": [] if ok else ["MissingDelegationAccess"],
                    }
                ],
            }
        )

    @sandbox.route("POST", PREFIX + "/maskinportensuppliers/resources")
    def delegate_resource(request: Request) -> Response:
        party, pid = mp_guard(request, MP_WRITE)
        supplier = supplier_party(request, party)
        res = mp_resource(request)
        if not may_delegate_scopes(pid):
            raise am_problem("AM-00028", 400, "Not authorized for delegation")
        with lock:
            link = state.links.get((party.uuid, supplier.uuid))
            if link is None or SUPPLIER_ROLE not in link.roles:
                raise am_problem(
                    "AM-00022",
                    400,
                    "Operation can not be completed, because it requires an existing "
                    "connection between the parties.",
                )
            state.supplier_resources.setdefault((party.uuid, supplier.uuid), set()).add(
                res["identifier"]
            )
        return Response.json(True)

    @sandbox.route("GET", PREFIX + "/maskinportensuppliers/resources")
    def list_resources(request: Request) -> Response:
        party, _ = mp_guard(request, MP_READ)
        wanted_supplier = request.query.get("supplier")
        wanted_resource = request.query.get("resource")  # no ``scope`` filter [V]
        orgs = organisations()
        by_resource: dict[str, list[Party]] = {}
        with lock:
            for (frm, to), ids in sorted(state.supplier_resources.items()):
                if frm != party.uuid or to not in orgs:
                    continue
                if wanted_supplier and orgs[to].orgnr != wanted_supplier:
                    continue
                for rid in sorted(ids):
                    if not wanted_resource or rid == wanted_resource:
                        by_resource.setdefault(rid, []).append(orgs[to])
        rows = []
        for rid, suppliers in by_resource.items():
            res = registry_resource(rid)
            if res is None:
                continue
            rows.append(
                {
                    "resource": resource_dto(res),
                    "permissions": [
                        {
                            "from": party.dto(),
                            "to": s.dto(),
                            "via": None,
                            "role": None,
                            "viaRole": None,
                            "reason": None,
                        }
                        for s in suppliers
                    ],
                }
            )
        return Response.json(rows)

    @sandbox.route("DELETE", PREFIX + "/maskinportensuppliers/resources")
    def revoke_resource(request: Request) -> Response:
        party, _ = mp_guard(request, MP_WRITE)
        supplier = supplier_party(request, party)
        with lock:
            state.supplier_resources.get((party.uuid, supplier.uuid), set()).discard(
                request.query.get("resource", "")
            )
        return Response(204)

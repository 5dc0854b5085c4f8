"""Sandbox Altinn Access Management, end-user API (connections, packages, Maskinporten suppliers).

Paths, queries, bodies, status codes and problem codes follow altinn.md §2–3 [V]; the code
wire format is ``AM-000nn`` [V]. State lives in memory per sandbox instance, so what a test
or an Øving user delegates can be read back. The cast (Fjordvik's units, the people, KS) comes
from :mod:`desktop_app.sandbox._fiction`; party ids from :mod:`desktop_app.sandbox._altinn`.

Who may do what (the caller is the token's ``pid``, default the daglig leder):

* the daglig leder (PEOPLE[0]) is hovedadministrator for every Fjordvik unit: may give
  packages and delegate Maskinporten scopes;
* Ola Strand (PEOPLE[1], IT) holds "Tilgangsstyring" for the municipality (310000000) only:
  may give packages there, but not delegate Maskinporten scopes (AM-00028);
* anyone else: 403 (no right to manage access for the organisation).

Starting data for 310000000: Jonas Bakken holds the confidential-post package; Per Lunde still
shows with the old role A0286; the daglig leder has the ER role and ordinary post. Sara Holm has
the old role A0287 in the child-welfare unit (310300004).

Person look-ups: a fødselsnummer with the wrong last name is a failed look-up (400 AM-00043);
after three failures the sandbox answers 429 AM-00026 until it is restarted, as Altinn
throttles [V] (the reset time is unknown).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from desktop_app.integrations.environments import SANDBOX_PREFIXES
from desktop_app.sandbox import _fiction
from desktop_app.sandbox._altinn import (
    Deny,
    Party,
    altinn_problem,
    caller,
    org_by_number,
    organisations,
    people,
    person_party,
    state_of,
)
from desktop_app.sandbox.altinn_resources import resource as registry_resource
from desktop_app.sandbox.server import Request, Response, Sandbox

PREFIX = SANDBOX_PREFIXES["altinn_platform"] + "/accessmanagement/api/v1/enduser"

CONFIDENTIAL = "urn:altinn:accesspackage:post-til-virksomheten-med-taushetsbelagt-innhold"
ORDINARY = "urn:altinn:accesspackage:ordinaer-post-til-virksomheten"
PACKAGES = {  # urn -> id [V] for the confidential package (altinn.md §4.3); others sandbox ids
    CONFIDENTIAL: "bb0569a6-2268-49b5-9d38-8158b26124c3",
    ORDINARY: "a1b2c3d4-0000-4000-8000-000000000001",
    "urn:altinn:accesspackage:tilgangsstyring": "a1b2c3d4-0000-4000-8000-000000000002",
    "urn:altinn:accesspackage:delegerbare-maskinporten-scopes": (
        "a1b2c3d4-0000-4000-8000-000000000003"
    ),
}
ROLES = {  # urn -> (code, Altinn 3 id) [V] altinn.md §4.2 where given
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
    dagl, _, sara, per, _, jonas = (p[person.pid] for person in _fiction.PEOPLE[:6])
    if muni is not None:
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

    # -- helpers ---------------------------------------------------------------------
    def all_parties() -> dict[str, Party]:
        return {**organisations(), **people()}

    def org_party(request: Request, key: str = "party") -> Party:
        if "/connections" in request.path and not shared.features.get("connections", True):
            raise Deny(404)  # FeatureGate(EnduserControllerConnections) off: a bare 404
        value = request.query.get(key, "")
        party = organisations().get(value)
        if party is None or party.orgnr == _fiction.KS_ORGNR:
            raise altinn_problem(
                "AM-00023",
                400,
                "The provided identifier cannot be found as a valid party for the operation.",
            )
        return party

    def may_manage(pid: str, party: Party) -> bool:
        if pid == _fiction.DAGLIG_LEDER.pid:
            return True
        return pid == _fiction.PEOPLE[1].pid and party.orgnr == MUNICIPALITY

    def may_delegate_scopes(pid: str) -> bool:
        return pid == _fiction.DAGLIG_LEDER.pid

    def require_manager(request: Request, party: Party, scopes: tuple[str, ...]) -> str:
        who = caller(request, *scopes)
        if not may_manage(who.pid, party):
            raise Deny(403)
        return who.pid

    def lookup_person(request: Request) -> Party:
        to = request.query.get("to")
        if to:
            found = all_parties().get(to)
            if found is None:
                raise altinn_problem(
                    "AM-00023",
                    400,
                    "The provided identifier cannot be found as a valid party for the operation.",
                )
            if found.pid is None:
                return found
        body = request.json
        ident = body.get("personIdentifier") if isinstance(body, dict) else None
        last = body.get("lastName") if isinstance(body, dict) else None
        if not ident or not last:
            raise altinn_problem(
                "AM-00024",
                400,
                "Target party is a person. Include a PersonInput object in the request body "
                "with both personIdentifier and lastName to perform this operation.",
            )
        with lock:
            if state.failed_lookups >= MAX_FAILED_LOOKUPS:
                raise altinn_problem("AM-00026", 429, "There has been too many failed lookups")
            person = _fiction.person(str(ident))
            if person is None or person.name.split()[-1].lower() != str(last).strip().lower():
                state.failed_lookups += 1
                raise altinn_problem("AM-00043", 400, "The SSN was not found")
        party = person_party(person.pid)
        assert party is not None
        return party

    def connection_dto(to: Party, link: _Link, include_packages: bool) -> dict[str, Any]:
        return {
            "party": to.dto(),
            "roles": [
                {"id": ROLES.get(r, ("", ""))[1], "code": ROLES.get(r, (r, ""))[0], "urn": r}
                for r in sorted(link.roles)
            ],
            "packages": [{"id": PACKAGES[p], "urn": p} for p in sorted(link.packages)]
            if include_packages
            else [],
            "resources": [],
            "instances": [],
            "connections": [],
        }

    # -- connections -----------------------------------------------------------------
    @sandbox.route("GET", PREFIX + "/connections")
    def get_connections(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, READ)
        if request.query.get("from") != party.uuid and request.query.get("to") != party.uuid:
            raise altinn_problem("STD-00000", 400, "One or more validation errors occurred.")
        include = request.query.get("includeAccessPackages", "false").lower() == "true"
        to_filter = request.query.get("to") if request.query.get("from") == party.uuid else None
        parties = all_parties()
        with lock:
            rows = [
                connection_dto(parties[to], link, include)
                for (frm, to), link in sorted(state.links.items())
                if frm == party.uuid
                and to in parties
                and (not to_filter or to == to_filter)
                and (link.roles or link.packages)
            ]
        size = max(1, int(request.header("X-Page-Size") or 100))
        number = max(1, int(request.header("X-Page-Number") or 1))
        page = rows[(number - 1) * size : number * size]
        more = number * size < len(rows)
        next_link = f"{PREFIX}/connections?page={number + 1}" if more else None
        return Response.json({"links": {"next": next_link}, "data": page})

    @sandbox.route("POST", PREFIX + "/connections")
    def post_connection(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        to = lookup_person(request)
        with lock:
            link = state.link(party.uuid, to.uuid)
            link.roles.add(RIGHTHOLDER)
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
                raise altinn_problem("AM-00025", 400, "Agent has existing delegations.")
            state.links.pop((party.uuid, to), None)
        return Response(204)

    # -- access packages -------------------------------------------------------------
    @sandbox.route("GET", PREFIX + "/connections/accesspackages/delegationcheck")
    def package_check(request: Request) -> Response:
        party = org_party(request)
        who = caller(request, *WRITE)  # the check needs the write scope [V] ConnectionsController
        wanted = request.query_all.get("packages", []) or list(PACKAGES)
        data = []
        for urn in wanted:
            if urn not in PACKAGES:
                raise altinn_problem("AM-00035", 400, "Unknown Access Package")
            ok = may_manage(who.pid, party)
            data.append(
                {
                    "package": {"id": PACKAGES[urn], "urn": urn},
                    "result": ok,
                    "reasons": []
                    if ok
                    else [
                        {"description": "The user does not have access to delegate this package"}
                    ],
                }
            )
        return Response.json({"links": {"next": None}, "data": data})

    @sandbox.route("POST", PREFIX + "/connections/accesspackages")
    def post_package(request: Request) -> Response:
        party = org_party(request)
        who = caller(request, *WRITE)
        urn = request.query.get("package") or next(
            (u for u, i in PACKAGES.items() if i == request.query.get("packageId")), ""
        )
        if urn not in PACKAGES:
            raise altinn_problem("AM-00035", 400, "Unknown Access Package")
        if not may_manage(who.pid, party):
            raise altinn_problem("AM-00028", 400, "Not authorized for delegation")
        to = lookup_person(request)
        with lock:
            link = state.links.get((party.uuid, to.uuid))
            if link is None or not link.roles:
                raise altinn_problem(
                    "AM-00022",
                    400,
                    "Operation can not be completed, because it requires an existing "
                    "connection between the parties.",
                )
            link.packages.add(urn)
        return Response.json(
            {
                "id": str(uuid.uuid5(uuid.UUID(link.id), urn)),
                "assignmentId": link.id,
                "packageId": PACKAGES[urn],
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
                    "package": {"id": PACKAGES[p], "urn": p},
                    "permissions": [{"from": party.dto(), "to": parties[to].dto()}],
                }
                for (frm, to), link in sorted(state.links.items())
                if frm == party.uuid and to in parties
                for p in sorted(link.packages)
            ]
        return Response.json({"links": {"next": None}, "data": data})

    @sandbox.route("DELETE", PREFIX + "/connections/accesspackages")
    def delete_package(request: Request) -> Response:
        party = org_party(request)
        require_manager(request, party, WRITE)
        urn = request.query.get("package", "")
        with lock:
            link = state.links.get((party.uuid, request.query.get("to", "")))
            if link is not None:
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
        if not shared.features.get("maskinportensuppliers", True):
            raise Deny(404)  # the route does not exist while the feature flag is off
        party = org_party(request)
        who = caller(request, *scopes)
        if not may_manage(who.pid, party):
            raise Deny(403)
        return party, who.pid

    def supplier_party(request: Request, party: Party) -> Party:
        supplier = org_by_number(request.query.get("supplier", ""))
        if supplier is None:
            raise altinn_problem(
                "AM-00023",
                400,
                "The provided identifier cannot be found as a valid party for the operation.",
            )
        if supplier.uuid == party.uuid:
            raise altinn_problem("STD-00000", 400, "One or more validation errors occurred.")
        return supplier

    def mp_resource(request: Request) -> dict[str, Any]:
        res = registry_resource(request.query.get("resource", ""))
        if res is None or res["resourceType"] != "MaskinportenSchema":
            raise altinn_problem("AM-00027", 400, "The resource is invalid")
        if not res.get("delegable"):
            raise altinn_problem("AM-00042", 400, "The resource is not available for delegation")
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
        orgs = organisations()  # Altinn's GET has no supplier filter [V]; it lists them all
        with lock:
            rows = [
                connection_dto(orgs[to], link, False)
                for (frm, to), link in sorted(state.links.items())
                if frm == party.uuid and SUPPLIER_ROLE in link.roles and to in orgs
            ]
        return Response.json(rows)

    @sandbox.route("DELETE", PREFIX + "/maskinportensuppliers")
    def remove_supplier(request: Request) -> Response:
        party, _ = mp_guard(request, MP_WRITE)
        supplier = supplier_party(request, party)
        cascade = request.query.get("cascade", "false").lower() == "true"
        with lock:
            delegated = state.supplier_resources.get((party.uuid, supplier.uuid))
            if delegated and not cascade:
                raise altinn_problem("AM-00025", 400, "Agent has existing delegations.")
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
            raise altinn_problem("AM-00028", 400, "Not authorized for delegation")
        with lock:
            link = state.links.get((party.uuid, supplier.uuid))
            if link is None or SUPPLIER_ROLE not in link.roles:
                raise altinn_problem(
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
        wanted_resource = request.query.get("resource")
        wanted_scope = request.query.get("scope")
        orgs = organisations()
        by_resource: dict[str, list[Party]] = {}
        with lock:
            for (frm, to), ids in sorted(state.supplier_resources.items()):
                if frm != party.uuid or to not in orgs:
                    continue
                if wanted_supplier and orgs[to].orgnr != wanted_supplier:
                    continue
                for rid in sorted(ids):
                    if wanted_scope and wanted_scope not in _scopes(rid):
                        continue
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


def _scopes(resource_id: str) -> set[str]:
    res = registry_resource(resource_id) or {}
    return {str(r.get("reference")) for r in res.get("resourceReferences", [])}

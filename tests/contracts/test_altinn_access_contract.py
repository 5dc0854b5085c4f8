"""Every request the Access Management client sends, and every answer Øving gives back, checked
against Altinn's contract by an independent validator (openapi-core), over real HTTP.

The contracts are in ``altinn-access-management/`` (see its README): an extract of the OpenAPI
document Altinn publishes for the end-user API, and for ``maskinportensuppliers`` (which Altinn
leaves out of the published document while its feature flag is off) one written from the
controller source. What a user would notice if this failed: Postvakt sending something
Altinn's API does not take, or the practice Altinn answering in a shape the real one never
uses, so that Øving would teach the wrong thing.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse
from openapi_core.validation.response.exceptions import InvalidData
from support.altinn import (  # noqa: F401 (fixtures)
    JONAS,
    MUNICIPALITY,
    OLA,
    PER,
    SARA,
    http,
    jwt,
    sandbox,
    urls,
)

from desktop_app.integrations.altinn_access import AccessManagementClient
from desktop_app.integrations.altinn_resources import ResourceRegistryClient
from desktop_app.integrations.http import ServiceError

HERE = Path(__file__).parent / "altinn-access-management"
HOST = "https://localhost:5118"  # the server the contract documents name
PERSON_PACKAGE = "urn:altinn:accesspackage:innbygger-skatteforhold-privatpersoner"

# Query parameters the controller source has (altinn-authorization-tmp f7ff53bd2,
# ConnectionsController.GetConnections) but the published document, generated from an older
# build, does not list yet. The only departures from the published extract.
SOURCE_ONLY_QUERY = {
    ("get", "/accessmanagement/api/v1/enduser/connections"): {
        "includeaccesspackages",
        "includeresources",
        "includeinstances",
    },
}


def _load(name: str) -> tuple[OpenAPI, dict]:
    spec = json.loads((HERE / name).read_text(encoding="utf-8"))
    return OpenAPI.from_dict(spec), spec


ENDUSER, ENDUSER_SPEC = _load("enduser-v1.published-extract.json")
SUPPLIERS, SUPPLIERS_SPEC = _load("maskinportensuppliers.from-source.json")


@pytest.fixture
def exchanges(http):  # noqa: F811
    """Every response the client got (with its request), in order."""
    seen: list[httpx.Response] = []

    def record(response: httpx.Response) -> None:
        response.read()
        seen.append(response)

    http.event_hooks["response"].append(record)
    return seen


def _contract(path: str) -> tuple[OpenAPI, dict]:
    if "/maskinportensuppliers" in path:
        return SUPPLIERS, SUPPLIERS_SPEC
    return ENDUSER, ENDUSER_SPEC


def _media(content_type: str) -> str:
    media = content_type.split(";")[0].strip() or "application/json"
    # ASP.NET sends ProblemDetails as application/problem+json; Swashbuckle documents the same
    # body under application/json. The body is checked against the documented schema.
    return "application/json" if media == "application/problem+json" else media


def check(response: httpx.Response) -> None:
    """Validate one exchange: the request against the operation, every query parameter
    declared by it, and the answer against the documented status and schema."""
    request = response.request
    path = "/accessmanagement" + request.url.path.split("/accessmanagement", 1)[1]
    openapi, spec = _contract(path)
    query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    mock_request = MockRequest(
        HOST,
        request.method,
        path,
        args=query,
        headers=dict(request.headers),
        data=request.content or None,
        content_type=_media(request.headers.get("content-type", "application/json")),
    )
    openapi.validate_request(mock_request)

    operation = spec["paths"][path][request.method.lower()]
    declared = {p["name"].lower() for p in operation.get("parameters", []) if p["in"] == "query"}
    declared |= SOURCE_ONLY_QUERY.get((request.method.lower(), path), set())
    sent = {name.lower() for name, _ in query}
    assert sent <= declared, f"{request.method} {path}: not in the contract: {sent - declared}"

    status = str(response.status_code)
    assert status in operation["responses"], f"{request.method} {path}: {status} not documented"
    if response.status_code in (401, 403) and not response.content:
        return  # ASP.NET's authorization answers carry no body
    openapi.validate_response(
        mock_request,
        MockResponse(
            response.content,
            response.status_code,
            headers=dict(response.headers),
            content_type=_media(response.headers.get("content-type", "")),
        ),
    )


def check_all(exchanges: list[httpx.Response]) -> set[tuple[str, str, int]]:
    done = set()
    for response in exchanges:
        if "/accessmanagement/" not in response.request.url.path:
            continue  # the resource registry has its own contract
        check(response)
        path = response.request.url.path.split("/enduser", 1)[1]
        done.add((response.request.method, path, response.status_code))
    return done


def client(urls, http, token="sandkasse-token"):  # noqa: F811
    return AccessManagementClient(urls, lambda: token, http, sleep=lambda _s: None)


# ---------------------------------------------------------------------------- the flows
def test_confidential_post_flow_matches_the_published_contract(urls, http, exchanges):  # noqa: F811
    am = client(urls, http)
    holders = am.confidential_post_holders(MUNICIPALITY)
    assert am.check_package_delegation(MUNICIPALITY).result is True
    am.grant_package(MUNICIPALITY, SARA.pid, "Holm")
    sara = next(h for h in am.confidential_post_holders(MUNICIPALITY) if h.party.name == SARA.name)
    am.revoke_package(MUNICIPALITY, sara.party.id)
    per = next(h for h in holders if h.party.name == PER.name)
    am.remove_role(MUNICIPALITY, per.party.id, "A0286")

    refusals = [
        lambda: client(urls, http, jwt(pid=OLA.pid)).grant_package(MUNICIPALITY, SARA.pid, "Holm"),
        lambda: am.add_person(MUNICIPALITY, SARA.pid, "Feilnavn"),
        lambda: am.add_person(MUNICIPALITY, SARA.pid, " "),
        lambda: am.check_package_delegation(MUNICIPALITY, PERSON_PACKAGE),
        lambda: am.grant_package(MUNICIPALITY, JONAS.pid, "Bakken", package="urn:x:finnes-ikke"),
    ]
    for refused in refusals:
        with pytest.raises(ServiceError) as info:
            refused()
        assert info.value.status == 400

    done = check_all(exchanges)
    assert {(m, p) for m, p, _ in done} >= {
        ("GET", "/connections"),
        ("GET", "/connections/accesspackages/delegationcheck"),
        ("POST", "/connections"),
        ("POST", "/connections/accesspackages"),
        ("DELETE", "/connections/accesspackages"),
        ("DELETE", "/connections/roles"),
    }
    assert {s for _, _, s in done} >= {200, 204, 400}


def test_lockout_answer_matches_the_contract(urls, http, exchanges):  # noqa: F811
    am = client(urls, http)
    for _ in range(4):
        with pytest.raises(ServiceError):
            am.add_person(MUNICIPALITY, SARA.pid, "Feilnavn")
    assert ("POST", "/connections", 429) in check_all(exchanges)


def test_dpi_flow_matches_the_contract_written_from_source(urls, http, exchanges):  # noqa: F811
    am = client(urls, http)
    resource = ResourceRegistryClient(urls, lambda: "", http).dpi_resource().identifier
    done = am.delegate_to_supplier(MUNICIPALITY, resource)
    assert done.verified
    am.maskinporten_suppliers(MUNICIPALITY)
    with pytest.raises(ServiceError):
        am.remove_maskinporten_supplier(MUNICIPALITY)  # resources left: cascade needed
    with pytest.raises(ServiceError):
        am.delegate_resource_to_supplier(MUNICIPALITY, "sandkasse-ikke-delegerbar")
    with pytest.raises(ServiceError):
        client(urls, http, jwt(pid=OLA.pid)).delegate_resource_to_supplier(MUNICIPALITY, resource)
    am.revoke_supplier_resource(MUNICIPALITY, resource)
    am.remove_maskinporten_supplier(MUNICIPALITY)

    paths = {(m, p) for m, p, _ in check_all(exchanges)}
    assert paths >= {
        ("GET", "/maskinportensuppliers"),
        ("POST", "/maskinportensuppliers"),
        ("DELETE", "/maskinportensuppliers"),
        ("GET", "/maskinportensuppliers/resources/delegationcheck"),
        ("GET", "/maskinportensuppliers/resources"),
        ("POST", "/maskinportensuppliers/resources"),
        ("DELETE", "/maskinportensuppliers/resources"),
    }


# ---------------------------------------------------------------------------- the checker
def test_the_checker_finds_what_breaks_the_contract():
    """A wrong shape, an undocumented status and an unknown parameter are all caught."""
    url = "http://127.0.0.1/altinn/accessmanagement/api/v1/enduser/connections/accesspackages"

    def answer(status, body, **params):
        request = httpx.Request("POST", url, params={"party": MUNICIPALITY, **params})
        return httpx.Response(status, json=body, request=request)

    good = {"id": MUNICIPALITY, "assignmentId": MUNICIPALITY, "packageId": MUNICIPALITY}
    check(answer(200, good, to=MUNICIPALITY, package="urn:x"))
    with pytest.raises(InvalidData):
        check(answer(200, {**good, "packageId": "ikke-en-uuid"}, to=MUNICIPALITY))
    with pytest.raises(AssertionError, match="not documented"):
        check(answer(418, {}, to=MUNICIPALITY))
    with pytest.raises(AssertionError, match="scope"):
        check(answer(200, good, scope="digitalpostinnbygger:send"))

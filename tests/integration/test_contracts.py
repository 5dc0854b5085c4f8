"""Postvakt's requests and Øving's answers, checked against the services' own published
OpenAPI documents (tests/contracts/) with openapi-core.

What a user would notice if these failed: a call the real Altinn or KS refuses although
Øving took it, or an answer in Øving that the real service never gives.
"""

from __future__ import annotations

import pytest
from openapi_core.validation.request.exceptions import RequestValidationError
from support.contracts import Recorder, check_request, check_response, contract, document

from desktop_app.integrations.altinn_profile import ProfileClient
from desktop_app.integrations.altinn_resources import ResourceRegistryClient
from desktop_app.integrations.dialogporten import DialogportenClient
from desktop_app.integrations.http import ServiceError
from desktop_app.integrations.svarut import SvarUtClient, SvarUtCredentials

MUNI = "310000000"
PROFILE = ("profile", "altinn-platform-profile-v1.json")
REGISTRY = ("resourceregistry", "altinn-resource-registry-v1.json")
DIALOGPORTEN = ("dialogporten", "openapi.v1.enduser.verified.json")


@pytest.fixture
def recorded(http):
    recorder = Recorder()
    http.event_hooks = {"request": [], "response": [recorder]}
    return recorder


def check_all(api, exchanges, *, requests=True):
    assert exchanges
    for exchange in exchanges:
        if requests:
            check_request(api, exchange)
        check_response(api, exchange)


# ------------------------------------------------------------------------------- Profile
def test_profile_requests_and_answers_match_altinns_contract(urls, http, recorded):
    api = contract(*PROFILE, urls.profile)
    client = ProfileClient(urls, lambda: "sandkasse-token", http)
    client.notification_addresses(MUNI)
    added, _ = client.add_email(MUNI, "varsel@fjordvik.example")
    client.add_email(MUNI, "varsel@fjordvik.example")  # 200: it existed
    phone, _ = client.add_phone(MUNI, "+46 70 123 45 67", "+46")
    client.change_address(MUNI, added.id, email="ny.varsel@fjordvik.example")
    client.remove_address(MUNI, phone.id)
    with pytest.raises(ServiceError):
        client.add_phone(MUNI, "42123456")  # 400 ValidationProblemDetails
    with pytest.raises(ServiceError):
        first = client.notification_addresses(MUNI)[0]
        client.change_address(MUNI, added.id, email=first.email)  # 409 ProblemDetails
    statuses = {e.response.status_code for e in recorded.to(urls.profile)}
    assert statuses == {200, 201, 400, 409}
    check_all(api, recorded.to(urls.profile))


def test_the_profile_contract_refuses_what_the_client_must_never_send(urls):
    # The validator is not a rubber stamp: Altinn's own patterns are in the document.
    import httpx
    from support.contracts import Exchange

    api = contract(*PROFILE, urls.profile)
    bad = httpx.Request(
        "POST",
        f"{urls.profile}/organizations/{MUNI}/notificationaddresses/mandatory",
        json={"countryCode": "+47", "phone": "+4791234567"},
    )
    with pytest.raises(RequestValidationError):
        check_request(api, Exchange(bad, httpx.Response(200)))


# ------------------------------------------------------------------- Resource Registry
# The published document types these enums as integers, but the service writes their names
# ([JsonConverter(typeof(JsonStringEnumConverter))] in Altinn/altinn-resource-registry
# @ 408d858, Core/Models/ServiceResource.cs and ResourceReference.cs; names from
# Core/Enums/*.cs). Only these four schemas are replaced, in memory; the file is as published.
_NAMES = {
    "ResourceType": [
        "Default",
        "Systemresource",
        "MaskinportenSchema",
        "Altinn2Service",
        "AltinnApp",
        "GenericAccessResource",
        "BrokerService",
        "CorrespondenceService",
        "Consent",
        "MigratedApp",
    ],
    "ReferenceType": [
        "Default",
        "Uri",
        "DelegationSchemeId",
        "MaskinportenScope",
        "ServiceCode",
        "ServiceEditionCode",
        "ApplicationId",
        "ServiceEditionVersion",
    ],
    "ReferenceSource": ["Default", "Altinn1", "Altinn2", "Altinn3", "ExternalPlatform"],
    "ResourceAccessListMode": ["Disabled", "Enabled"],
}
REGISTRY_AS_SERVED = {name: {"type": "string", "enum": values} for name, values in _NAMES.items()}


def test_registry_published_document_still_types_enums_as_numbers():
    # When Altinn fixes the document, drop REGISTRY_AS_SERVED.
    schemas = document(*REGISTRY)["components"]["schemas"]
    assert all(schemas[name]["type"] == "integer" for name in _NAMES)


def test_registry_requests_and_answers_match_altinns_contract(urls, http, recorded):
    api = contract(*REGISTRY, urls.resourceregistry, REGISTRY_AS_SERVED)
    registry = ResourceRegistryClient(urls, lambda: "", http)
    resource = registry.dpi_resource()
    registry.search(reference="finnes:ikke", resource_type="MaskinportenSchema")
    assert resource.identifier
    check_all(api, recorded.to(urls.resourceregistry))


# ------------------------------------------------------------------------------- SvarUt
@pytest.mark.parametrize("version", [2, 3])
def test_svarut_requests_and_answers_match_ks_contract(
    sandbox, urls, http, recorded, tokens, svarut_credentials, version
):
    status = contract("svarut", f"svarut-forsendelse-status-api-v{version}.json", urls.svarut_api)
    events = contract("svarut", "svarut-forsendelse-hendelser-api-v2.json", urls.svarut_api)
    client = SvarUtClient(http, urls, svarut_credentials, tokens, api_version=version)
    client.statuses(sandbox.test_ids[:5])
    client.events(sandbox.test_ids[0])
    other = SvarUtClient(
        http,
        urls,
        SvarUtCredentials(
            "2f1b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
            svarut_credentials.integrasjon_id,
            svarut_credentials.integrasjon_passord,
        ),
        tokens,
        api_version=version,
    )
    with pytest.raises(ServiceError):
        other.statuses(sandbox.test_ids[:1])  # an error answer: ErrorMessage
    mine = recorded.to(urls.svarut_api)
    check_all(status, [e for e in mine if "status" in e.request.url.path])
    check_all(events, [e for e in mine if e.request.url.path.endswith("/hendelser")])
    assert any(e.response.status_code >= 400 for e in mine)


# ------------------------------------------------------------------------- Dialogporten
def test_oving_dialogporten_answers_match_the_published_contract(urls, http, recorded):
    api = contract(*DIALOGPORTEN, urls.dialogporten_enduser.removesuffix("/api/v1/enduser"))
    client = DialogportenClient(urls, lambda: "sandkasse-token", http)
    assert client.unopened_confidential_reminders(MUNI)
    assert client.search_dialogs(party=f"urn:altinn:organization:identifier-no:{MUNI}")
    check_all(api, recorded.to(urls.dialogporten_enduser), requests=False)


def test_profile_test_host_is_the_one_altinn_publishes():
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.environments import UNVERIFIED, urls_for

    servers = {s["description"]: s["url"] for s in document(*PROFILE)["servers"]}
    assert urls_for(Environment.TEST).profile == servers["TT02"]
    assert urls_for(Environment.PRODUKSJON).profile == servers["Production"]
    assert (Environment.TEST, "profile") not in UNVERIFIED

"""authorizedparties answers in every shape Altinn has documented or served: the flat
``data`` list the controller returns, the nested list its OpenAPI annotation describes,
a bare array, and more than one page."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.integrations.altinn_parties import AuthorizedPartiesClient, organisations

KOMMUNE = {
    "partyUuid": "u1",
    "name": "FJORDVIK KOMMUNE",
    "organizationNumber": "310000000",
    "type": "Organization",
    "unitType": "KOMM",
    "authorizedRoles": ["DAGL"],
    "subunits": [
        {
            "partyUuid": "u2",
            "name": "FJORDVIK SKOLE",
            "organizationNumber": "310500003",
            "type": "Organization",
            "unitType": "BEDR",
        },
        {
            "partyUuid": "u3",
            "name": "NEDLAGT",
            "organizationNumber": "310999999",
            "type": "Organization",
            "isDeleted": True,
        },
    ],
}
PERSON = {
    "partyUuid": "p1",
    "name": "INGRID FJELL BERG",
    "type": "Person",
    "personId": "12037140099",
    "partyId": 50000000,
}


def client_for(pages: list[object], seen: list[httpx.Request]) -> AuthorizedPartiesClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=pages[len(seen) - 1])

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return AuthorizedPartiesClient(
        http, "https://platform.altinn.no/accessmanagement/api/v1/enduser", lambda: "altinn-token"
    )


@pytest.mark.parametrize(
    "body",
    [
        {"links": {"next": None}, "data": [PERSON, KOMMUNE]},
        {"links": {"next": None}, "data": [[PERSON, KOMMUNE]]},
        [PERSON, KOMMUNE],
    ],
)
def test_every_shape_gives_the_same_parties(body):
    seen: list[httpx.Request] = []
    parties = client_for([body], seen).list()
    assert [p.type for p in parties] == ["Person", "Organization"]
    assert [o.organization_number for o in organisations(parties)] == ["310000000", "310500003"]
    assert parties[1].roles == ("DAGL",)
    assert seen[0].headers["authorization"] == "Bearer altinn-token"
    assert seen[0].url.path.endswith("/enduser/authorizedparties")
    assert seen[0].url.params["includeRoles"] == "true"


def test_next_link_is_followed():
    seen: list[httpx.Request] = []
    next_url = "https://platform.altinn.no/accessmanagement/api/v1/enduser/authorizedparties?p=2"
    parties = client_for(
        [
            {"links": {"next": next_url}, "data": [PERSON]},
            {"links": {"next": None}, "data": [KOMMUNE]},
        ],
        seen,
    ).list()
    assert len(parties) == 2 and str(seen[1].url) == next_url


def test_person_id_is_not_in_the_repr():
    seen: list[httpx.Request] = []
    person = client_for([[PERSON]], seen).list()[0]
    assert "12037140099" not in repr(person)

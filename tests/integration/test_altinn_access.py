"""Altinn access management client against the sandbox, over real HTTP on 127.0.0.1.

What a user of the two wizards notices: who can read confidential post is listed (package and
old roles), a person gets and loses the package, KS gets the DPI delegation found by its scope
and it reads back, every Altinn refusal comes as a plain bokmål message, and an API that is
switched off or refused leads to the manual steps instead of a dead end.
"""

from __future__ import annotations

import pytest
from support.altinn import (  # noqa: F401 (fixtures)
    DAGL,
    HANNE,
    JONAS,
    MUNICIPALITY,
    OLA,
    PER,
    SARA,
    SCHOOL,
    http,
    jwt,
    last_last_name,
    sandbox,
    sleeps,
    urls,
)

from desktop_app.integrations.altinn_access import (
    CONFIDENTIAL_PACKAGE,
    KS_ORGNR,
    AccessManagementClient,
)
from desktop_app.integrations.altinn_problems import (
    PROBLEMS,
    WHO_MAY_GRANT_NB,
    AltinnValidationError,
    FeatureUnavailable,
)
from desktop_app.integrations.altinn_resources import ResourceRegistryClient
from desktop_app.integrations.http import ServiceError


def access(urls, http, token="sandkasse-token", **kw):  # noqa: F811
    return AccessManagementClient(urls, lambda: token, http, **kw)


def dpi_id(urls, http):  # noqa: F811
    return ResourceRegistryClient(urls, lambda: "", http).dpi_resource().identifier


def names(holders):
    return sorted((h.party.name, h.via) for h in holders)


def calls(sb, since=0):
    """(method, path after /enduser, query) of what the client sent."""
    return [
        (r.method, r.path.rsplit("/enduser", 1)[-1], dict(r.query))
        for r in list(sb.requests)[since:]
    ]


ORDINARY = "urn:altinn:accesspackage:ordinaer-post-til-virksomheten"
PERSON_PACKAGE = "urn:altinn:accesspackage:innbygger-skatteforhold-privatpersoner"


# ---------------------------------------------------------------------------- reading
def test_confidential_post_holders_lists_package_and_old_roles(urls, http):  # noqa: F811
    holders = access(urls, http).confidential_post_holders(MUNICIPALITY)
    assert names(holders) == [("Jonas Bakken", "package"), ("Per Lunde", "role")]
    role = next(h for h in holders if h.via == "role")
    assert role.label_nb == "Eldre rolle: Taushetsbelagt post"
    # The daglig leder is listed in connections (ER role) but cannot read confidential post.
    everyone = {c.party.name for c in access(urls, http).connections(MUNICIPALITY)}
    assert DAGL.name in everyone


def test_connections_follows_every_page_counting_from_zero(sandbox, urls, http, monkeypatch):  # noqa: F811
    client = access(urls, http)
    monkeypatch.setattr(client, "PAGE_SIZE", 1)
    before = len(sandbox.requests)
    # The daglig leder, Ola (Tilgangsstyrer), Jonas (the package) and Per (A0286): page 0 first.
    assert len(client.connections(MUNICIPALITY)) == 4
    pages = [r.header("X-Page-Number") for r in list(sandbox.requests)[before:]]
    assert pages == ["0", "1", "2", "3"]


def test_request_carries_the_bearer_token_and_party(sandbox, urls, http):  # noqa: F811
    access(urls, http, token="tok-123").connections(MUNICIPALITY)
    req = sandbox.requests[-1]
    assert req.header("Authorization") == "Bearer tok-123"
    assert req.query["party"] == MUNICIPALITY and req.query["from"] == MUNICIPALITY


# ---------------------------------------------------------------------------- packages
def test_grant_then_revoke_confidential_package_round_trip(sandbox, urls, http):  # noqa: F811
    client = access(urls, http)
    assert client.check_package_delegation(MUNICIPALITY).result is True

    before = len(sandbox.requests)
    granted = client.grant_package(MUNICIPALITY, SARA.pid, "holm")  # case-insensitive
    assert granted.id and granted.package_id
    holders = client.confidential_post_holders(MUNICIPALITY)
    sara = next(h for h in holders if h.party.name == SARA.name)
    assert sara.via == "package" and sara.urn == CONFIDENTIAL_PACKAGE
    # As Altinn's own tests do: add her as rightholder, then give the package to her toId.
    [add, give] = [c for c in calls(sandbox, before) if c[0] == "POST"]
    assert add[:2] == ("POST", "/connections") and add[2] == {"party": MUNICIPALITY}
    assert give[:2] == ("POST", "/connections/accesspackages")
    assert give[2] == {"party": MUNICIPALITY, "to": sara.party.id, "package": CONFIDENTIAL_PACKAGE}

    client.revoke_package(MUNICIPALITY, sara.party.id)
    assert SARA.name not in {h.party.name for h in client.confidential_post_holders(MUNICIPALITY)}


def test_granting_again_is_safe(sandbox, urls, http):  # noqa: F811
    client = access(urls, http)
    first = client.grant_package(MUNICIPALITY, JONAS.pid, "Bakken")  # he has it already
    again = client.grant_package(MUNICIPALITY, JONAS.pid, "Bakken")
    assert first == again
    assert (
        names(client.confidential_post_holders(MUNICIPALITY)).count(("Jonas Bakken", "package"))
        == 1
    )


def test_package_call_without_to_is_the_validation_error_altinn_sends(sandbox, urls, http):  # noqa: F811
    raw = http.post(
        f"{urls.accessmanagement_enduser}/connections/accesspackages",
        params={"party": MUNICIPALITY, "package": CONFIDENTIAL_PACKAGE},
        json={"personIdentifier": SARA.pid, "lastName": "Holm"},
        headers={"Authorization": "Bearer sandkasse-token"},
    )
    body = raw.json()
    assert raw.status_code == 400 and body["code"] == "STD-00000"
    assert [(e["code"], e["paths"]) for e in body["validationErrors"]] == [
        ("AM.VLD-00006", ["QUERY/to"])
    ]


def test_a_person_without_access_rights_is_refused(urls, http):  # noqa: F811
    with pytest.raises(FeatureUnavailable) as info:
        access(urls, http, token=jwt(pid=HANNE.pid)).check_package_delegation(MUNICIPALITY)
    assert (info.value.feature, info.value.reason) == ("connections", "forbidden")


def test_access_manager_passes_on_only_what_he_holds(urls, http):  # noqa: F811
    ola = access(urls, http, token=jwt(pid=OLA.pid))
    check = ola.check_package_delegation(MUNICIPALITY)
    assert check.result is False and check.reasons == ("NoAccess",)
    assert ola.check_package_delegation(MUNICIPALITY, ORDINARY).result is True
    with pytest.raises(AltinnValidationError) as info:
        ola.grant_package(MUNICIPALITY, SARA.pid, "Holm")
    err = info.value
    assert err.validation_codes == ("AM.VLD-00026",) and err.status == 400
    assert str(err).endswith(WHO_MAY_GRANT_NB)
    assert "hovedadministratoren" in str(err) and "daglig leder" in str(err)
    assert "Postvakt kan forberede" in str(err)
    # The ordinary-post package, which he holds, he may give.
    assert ola.grant_package(MUNICIPALITY, SARA.pid, "Holm", package=ORDINARY).package_id


def test_access_manager_cannot_manage_other_units(urls, http):  # noqa: F811
    ola = access(urls, http, token=jwt(pid=OLA.pid))
    with pytest.raises(FeatureUnavailable) as info:
        ola.connections(SCHOOL)
    assert info.value.feature == "connections" and info.value.reason == "forbidden"
    assert "hovedadministratoren" in str(info.value)


def test_am41_says_who_can_give_the_package(urls, http):  # noqa: F811
    with pytest.raises(ServiceError) as info:
        access(urls, http).check_package_delegation(MUNICIPALITY, PERSON_PACKAGE)
    err = info.value
    assert err.problem_code == "AM-00041" and err.status == 400
    assert "Denne tilgangspakken kan ikke gis fra denne typen virksomhet" not in str(err)
    for words in (
        "hovedadministratoren",
        "daglig leder",
        "selv har tilgangspakken",
        "Postvakt kan forberede",
    ):
        assert words in str(err)


def test_removing_an_old_role(urls, http):  # noqa: F811
    client = access(urls, http)
    per = next(h for h in client.confidential_post_holders(MUNICIPALITY) if h.via == "role")
    client.remove_role(MUNICIPALITY, per.party.id, "A0286")
    assert PER.name not in {h.party.name for h in client.confidential_post_holders(MUNICIPALITY)}


# ---------------------------------------------------------------------------- person errors
def test_wrong_last_name_then_lockout_is_explained_and_not_retried(sandbox, urls, http, sleeps):  # noqa: F811
    client = access(urls, http, sleep=sleeps)
    for _ in range(3):
        with pytest.raises(AltinnValidationError) as info:
            client.add_person(MUNICIPALITY, SARA.pid, "Feilnavn")
        # A validation answer, not AM-00043 (that one belongs to ID-porten authorization).
        assert info.value.problem_code == "STD-00000"
        assert info.value.validation_codes == ("AM.VLD-00034",)
        assert "etternavnet" in str(info.value) and "Folkeregisteret" in str(info.value)
    before = len(sandbox.requests)
    with pytest.raises(ServiceError) as info:
        client.add_person(MUNICIPALITY, SARA.pid, last_last_name(SARA))
    err = info.value
    assert err.status == 429 and err.problem_code == "AM-00026"
    assert str(err) == PROBLEMS["AM-00026"].message_nb
    assert len(sandbox.requests) == before + 1 and sleeps.delays == []  # asked once only


def test_person_without_last_name_is_a_required_field(urls, http):  # noqa: F811
    with pytest.raises(AltinnValidationError) as info:
        access(urls, http).add_person(MUNICIPALITY, SARA.pid, "  ")
    assert info.value.validation_codes == ("STD.VLD-00000",)
    assert info.value.paths == ("/LastName",)
    assert "etternavn" in str(info.value)


def test_unknown_organisation_is_am23(urls, http):  # noqa: F811
    with pytest.raises(ServiceError) as info:
        access(urls, http).connections("00000000-0000-0000-0000-000000000000")
    assert info.value.problem_code == "AM-00023"
    assert str(info.value) == PROBLEMS["AM-00023"].message_nb


def test_unknown_package_is_a_validation_error(urls, http):  # noqa: F811
    with pytest.raises(AltinnValidationError) as info:
        access(urls, http).grant_package(
            MUNICIPALITY, JONAS.pid, "Bakken", package="urn:altinn:accesspackage:finnes-ikke"
        )
    assert info.value.validation_codes == ("AM.VLD-00011",)
    assert "tilgangspakken" in str(info.value)


# ---------------------------------------------------------------------------- DPI to KS
def test_dpi_delegation_to_ks_round_trip(sandbox, urls, http):  # noqa: F811
    client = access(urls, http)
    resource = dpi_id(urls, http)
    assert resource == "sandkasse-dpi-send"  # found by scope, not the "...send-test" one

    done = client.delegate_to_supplier(MUNICIPALITY, resource)
    assert (done.supplier_added, done.delegated, done.verified) == (True, True, True)
    suppliers = client.maskinporten_suppliers(MUNICIPALITY, KS_ORGNR)
    assert [s.party.organization_number for s in suppliers] == [KS_ORGNR]
    [delegated] = client.supplier_resources(MUNICIPALITY, supplier=KS_ORGNR)
    assert delegated.resource == resource
    assert [p.organization_number for p in delegated.suppliers] == [KS_ORGNR]

    assert [r.resource for r in client.supplier_resources(MUNICIPALITY, resource=resource)] == [
        resource
    ]
    # Altinn's GET /resources takes party, supplier and resource; GET takes a supplier filter.
    sent = [c for c in calls(sandbox) if c[0] == "GET" and "maskinportensuppliers" in c[1]]
    for _, path, query in sent:
        allowed = {"party", "supplier"} | ({"resource"} if "/resources" in path else set())
        assert set(query) <= allowed, (path, query)
    assert ("GET", "/maskinportensuppliers", {"party": MUNICIPALITY, "supplier": KS_ORGNR}) in sent

    # Safe to repeat (a wizard resumed after a crash): nothing is done twice.
    again = client.delegate_to_supplier(MUNICIPALITY, resource)
    assert (again.supplier_added, again.delegated, again.verified) == (False, False, True)

    client.revoke_supplier_resource(MUNICIPALITY, resource)
    assert client.supplier_has_resource(MUNICIPALITY, resource) is False
    client.remove_maskinporten_supplier(MUNICIPALITY)
    assert client.maskinporten_suppliers(MUNICIPALITY, KS_ORGNR) == []


def test_another_supplier_does_not_hide_that_ks_is_missing(sandbox, urls, http):  # noqa: F811
    client = access(urls, http)
    client.add_maskinporten_supplier(MUNICIPALITY, supplier="310600008")
    assert client.maskinporten_suppliers(MUNICIPALITY, KS_ORGNR) == []
    done = client.delegate_to_supplier(MUNICIPALITY, dpi_id(urls, http))
    assert done.supplier_added and done.verified
    orgnrs = {c.party.organization_number for c in client.maskinporten_suppliers(MUNICIPALITY)}
    assert orgnrs == {"310600008", KS_ORGNR}


def test_delegating_without_the_supplier_connection_is_am22(urls, http):  # noqa: F811
    with pytest.raises(ServiceError) as info:
        access(urls, http).delegate_resource_to_supplier(MUNICIPALITY, dpi_id(urls, http))
    assert info.value.problem_code == "AM-00022"
    assert "Legg til mottakeren" in str(info.value)


def test_person_without_scope_delegation_right_gets_am28(urls, http):  # noqa: F811
    ola = access(urls, http, token=jwt(pid=OLA.pid))
    resource = dpi_id(urls, http)
    assert ola.check_supplier_resource(MUNICIPALITY, resource).delegable is False
    with pytest.raises(ServiceError) as info:
        ola.delegate_to_supplier(MUNICIPALITY, resource)
    assert info.value.problem_code == "AM-00028"
    with pytest.raises(ServiceError) as info:
        ola.delegate_resource_to_supplier(MUNICIPALITY, resource)
    assert info.value.problem_code == "AM-00028" and info.value.status == 400
    assert "Delegerbare Maskinporten scopes" in str(info.value)


@pytest.mark.parametrize(
    ("resource", "code"),
    [("sandkasse-ikke-delegerbar", "AM-00042"), ("finnes-ikke", "AM-00027")],
)
def test_resource_that_cannot_be_delegated(urls, http, resource, code):  # noqa: F811
    client = access(urls, http)
    client.add_maskinporten_supplier(MUNICIPALITY)
    with pytest.raises(ServiceError) as info:
        client.delegate_resource_to_supplier(MUNICIPALITY, resource)
    assert info.value.problem_code == code
    assert str(info.value) == PROBLEMS[code].message_nb


def test_removing_ks_with_delegations_left_needs_cascade(urls, http):  # noqa: F811
    client = access(urls, http)
    client.delegate_to_supplier(MUNICIPALITY, dpi_id(urls, http))
    with pytest.raises(AltinnValidationError) as info:
        client.remove_maskinporten_supplier(MUNICIPALITY)
    assert info.value.validation_codes == ("AM.VLD-00031",)
    assert "KS har fortsatt API-tilganger" in str(info.value)
    client.remove_maskinporten_supplier(MUNICIPALITY, cascade=True)
    assert client.supplier_resources(MUNICIPALITY) == []


# ---------------------------------------------------------------------------- feature detection
def test_switched_off_supplier_api_falls_back_to_manual_steps(sandbox, urls, http):  # noqa: F811
    http.post(f"{sandbox.base_url}/_sandbox/altinn/features", json={"maskinportensuppliers": False})
    with pytest.raises(FeatureUnavailable) as info:
        access(urls, http).delegate_to_supplier(MUNICIPALITY, dpi_id(urls, http))
    err = info.value
    assert isinstance(err, ServiceError)
    assert (err.feature, err.reason, err.status) == ("maskinportensuppliers", "not_enabled", 404)
    assert "Altinn-portalen" in str(err) and not err.retryable
    assert err.audit_details() == {
        "path": "manual",
        "feature": "maskinportensuppliers",
        "reason": "not_enabled",
        "status": 404,
    }


def test_switched_off_connections_api_falls_back_too(sandbox, urls, http):  # noqa: F811
    http.post(f"{sandbox.base_url}/_sandbox/altinn/features", json={"connections": False})
    with pytest.raises(FeatureUnavailable) as info:
        access(urls, http).grant_package(MUNICIPALITY, SARA.pid, "Holm")
    assert (info.value.feature, info.value.reason) == ("connections", "not_enabled")


def test_token_without_the_scope_is_missing_scope(urls, http):  # noqa: F811
    token = jwt(pid=DAGL.pid, scope="openid altinn:accessmanagement/authorizedparties")
    client = access(urls, http, token=token)
    with pytest.raises(FeatureUnavailable) as info:
        client.maskinporten_suppliers(MUNICIPALITY)
    assert (info.value.feature, info.value.reason) == ("maskinportensuppliers", "missing_scope")
    with pytest.raises(FeatureUnavailable) as info:
        client.confidential_post_holders(MUNICIPALITY)
    assert (info.value.feature, info.value.reason) == ("connections", "missing_scope")
    # With the scopes, the same person gets through.
    ok = access(urls, http, token=jwt(pid=DAGL.pid, scope="altinn:portal/enduser"))
    assert ok.maskinporten_suppliers(MUNICIPALITY) == []


def test_missing_token_is_401_and_never_sent_empty(sandbox, urls, http):  # noqa: F811
    raw = http.get(f"{urls.accessmanagement_enduser}/connections", params={"party": MUNICIPALITY})
    assert raw.status_code == 401 and raw.headers["www-authenticate"] == "Bearer"
    before = len(sandbox.requests)
    with pytest.raises(ServiceError) as info:
        access(urls, http, token="").connections(MUNICIPALITY)
    assert info.value.status == 401 and "Logg inn" in str(info.value)
    assert len(sandbox.requests) == before


# ---------------------------------------------------------------------------- faults
def test_busy_altinn_is_waited_for(sandbox, urls, http, sleeps):  # noqa: F811
    sandbox.set_faults(force_429=2, retry_after="3")
    holders = access(urls, http, sleep=sleeps).confidential_post_holders(MUNICIPALITY)
    assert len(holders) == 2 and sleeps.delays == [3.0, 3.0]


def test_outage_is_retried_for_reads_only(sandbox, urls, http, sleeps):  # noqa: F811
    client = access(urls, http, sleep=sleeps)
    sandbox.set_faults(force_503=2)
    assert client.check_package_delegation(MUNICIPALITY).result is True
    assert len(sleeps.delays) == 2
    sandbox.set_faults(force_503=1)
    before = len(sandbox.requests)
    with pytest.raises(ServiceError) as info:
        client.add_person(MUNICIPALITY, SARA.pid, "Holm")
    assert info.value.status == 503 and info.value.retryable
    assert len(sandbox.requests) == before + 1  # a delegation is never sent twice by itself


def test_slow_altinn_still_answers(sandbox, urls, http):  # noqa: F811
    sandbox.set_faults(latency_ms=150)
    assert len(access(urls, http).connections(MUNICIPALITY)) == 4


def test_hanging_altinn_times_out_with_a_plain_message(sandbox, urls, sleeps):  # noqa: F811
    from desktop_app.integrations.http import make_client

    with make_client(min_interval=0, timeout=0.3) as short:
        client = access(urls, short, sleep=sleeps)
        sandbox.set_faults(hang_count=1, hang_seconds=2)
        assert client.check_package_delegation(MUNICIPALITY).result is True  # retried
        sandbox.set_faults(hang_count=1, hang_seconds=2)
        with pytest.raises(ServiceError) as info:
            client.grant_package(MUNICIPALITY, JONAS.pid, "Bakken")
    assert "Sjekk om handlingen likevel ble utført" in str(info.value)

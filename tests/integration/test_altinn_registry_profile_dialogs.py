"""Resource registry, Profile (notification addresses) and Dialogporten clients vs the sandbox.

What a user notices: the DPI service is found by its scope; the organisation's notification
addresses can be listed, added, changed and removed with clear refusals (duplicate, the last
one, a landline number); organisations with unopened confidential post are found.
"""

from __future__ import annotations

import pytest
from support.altinn import DAGL, http, jwt, sandbox, sleeps, urls  # noqa: F401 (fixtures)

from desktop_app.domain.contacts import check_mobile
from desktop_app.integrations.altinn_problems import FeatureUnavailable
from desktop_app.integrations.altinn_profile import ProfileClient
from desktop_app.integrations.altinn_resources import DPI_SCOPE, ResourceRegistryClient
from desktop_app.integrations.dialogporten import REMINDER_RESOURCE, DialogportenClient
from desktop_app.integrations.http import ServiceError
from desktop_app.sandbox.dialogporten import dialog_state

MUNI = "310000000"


# ---------------------------------------------------------------------------- registry
def test_dpi_resource_is_found_by_exact_scope_without_a_token(sandbox, urls, http):  # noqa: F811
    registry = ResourceRegistryClient(urls, lambda: "hemmelig", http)
    # The registry's own search is a "contains" match: it returns both DPI resources.
    assert len(registry.search(reference=DPI_SCOPE, resource_type="MaskinportenSchema")) == 2
    resource = registry.dpi_resource()
    assert resource.identifier == "sandkasse-dpi-send"
    assert resource.scopes == (DPI_SCOPE,) and resource.delegable
    assert "DPI" in resource.title_nb
    request = sandbox.requests[-1]
    assert request.query == {"Reference": DPI_SCOPE, "ResourceType": "MaskinportenSchema"}
    assert request.header("Authorization") is None  # anonymous endpoint: no token sent


def test_scope_nobody_gives_is_a_plain_error(urls, http):  # noqa: F811
    with pytest.raises(ServiceError) as info:
        ResourceRegistryClient(urls, lambda: "", http).find_by_scope("finnes:ikke")
    assert "Altinn-portalen" in str(info.value)


def test_registry_outage_is_retried(sandbox, urls, http, sleeps):  # noqa: F811
    sandbox.set_faults(force_503=1)
    registry = ResourceRegistryClient(urls, lambda: "", http, sleep=sleeps)
    assert registry.dpi_resource().identifier == "sandkasse-dpi-send"
    assert len(sleeps.delays) == 1


# ---------------------------------------------------------------------------- profile
def profile(urls, http, token="sandkasse-token", **kw):  # noqa: F811
    return ProfileClient(urls, lambda: token, http, **kw)


def test_list_add_change_remove_notification_addresses(sandbox, urls, http):  # noqa: F811
    client = profile(urls, http)
    before = client.notification_addresses(MUNI)
    assert [a.display for a in before] == ["postmottak@fjordvik.example", "+47 41234500"]

    added, created = client.add_email(MUNI, " varsel@fjordvik.example ")
    assert created and added.email == "varsel@fjordvik.example"
    again, created = client.add_email(MUNI, "varsel@fjordvik.example")
    assert not created and again.id == added.id  # Altinn had it already: 200, not a copy

    phone, created = client.add_phone(MUNI, "+47 912 34 567")
    assert created and (phone.country_code, phone.phone) == ("+47", "91234567")
    assert sandbox.requests[-1].json == {"countryCode": "+47", "phone": "91234567"}

    changed = client.change_address(MUNI, added.id, email="ny.varsel@fjordvik.example")
    assert changed.id == added.id and changed.email == "ny.varsel@fjordvik.example"

    removed = client.remove_address(MUNI, phone.id)
    assert removed.id == phone.id
    after = [a.display for a in client.notification_addresses(MUNI)]
    assert after == ["postmottak@fjordvik.example", "+47 41234500", "ny.varsel@fjordvik.example"]


def test_refusals_are_explained(urls, http):  # noqa: F811
    client = profile(urls, http)
    with pytest.raises(ServiceError) as info:
        client.add_phone(MUNI, "22 33 44 55")  # a landline: not a mobile number
    assert info.value.status == 400 and "begynner på 4 eller 9" in str(info.value)
    assert str(info.value).endswith("(Altinn svarer: «Phone number is not valid.»)")

    first = client.notification_addresses(MUNI)[0]
    with pytest.raises(ServiceError) as info:
        client.change_address(MUNI, client.notification_addresses(MUNI)[1].id, email=first.email)
    assert info.value.status == 409 and "allerede registrert" in str(info.value)

    with pytest.raises(ServiceError) as info:
        client.add_email("999999999", "post@example.no")
    assert "Enhetsregisteret" in str(info.value)


@pytest.mark.parametrize("phone", ["42123456", "43123456", "44123456", "49123456", "45361234"])
def test_oving_refuses_norwegian_numbers_libphonenumber_calls_invalid(urls, http, phone):  # noqa: F811
    # Sent as they are, past Postvakt's own check: Øving answers as Altinn does.
    response = sandbox_post(urls, http, {"countryCode": "+47", "phone": phone})
    assert response.status_code == 400
    assert response.json()["errors"] == {"Phone": ["Phone number is not valid."]}


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({"countryCode": "+46", "phone": "701234567"}, None),  # a valid Swedish mobile
        (
            {"countryCode": "+47", "phone": "4123456a"},
            {"Phone": ["The field Phone must match the regular expression '(^[0-9]+$)'."]},
        ),
        ({"email": "post@kommune.test"}, None),
        (
            {"email": "post@kommune.test", "countryCode": "+47"},
            {"CountryCode": ["CountryCode cannot be provided with Email."]},
        ),
        (
            {"email": ""},
            {
                "Phone": ["Either Phone or Email must be specified."],
                "Email": ["Either Phone or Email must be specified."],
            },
        ),
    ],
)
def test_oving_validates_as_altinn_with_altinns_texts(urls, http, body, errors):  # noqa: F811
    response = sandbox_post(urls, http, body)
    if errors is None:
        assert response.status_code == 201, response.text
    else:
        assert response.status_code == 400 and response.json()["errors"] == errors


@pytest.mark.parametrize(
    "text",
    [
        "+47 42 12 34 56",
        "+47 912 34 567",
        "+46 70 123 45 67",
        "+46 70 12",
        "22 33 44 55",
        "+47 45 36 12 34",
        "+45 20 12 34 56",
        "+1 202 555 0123",
        "+47 4123 4567",
    ],
)
def test_postvakt_and_oving_refuse_the_same_numbers(urls, http, text):  # noqa: F811
    checked = check_mobile(text)
    digits = "".join(ch for ch in text if ch.isdigit())
    body = (
        {"countryCode": checked.country_code, "phone": checked.phone}
        if checked.ok
        else {"countryCode": "+" + digits[:2], "phone": digits[2:]}
    )
    status = sandbox_post(urls, http, body).status_code
    assert (status in (200, 201)) == checked.ok, (text, status, checked.error)


def sandbox_post(urls, http, body):  # noqa: F811
    url = f"{urls.profile}/organizations/{MUNI}/notificationaddresses/mandatory"
    return http.post(url, json=body, headers={"Authorization": "Bearer sandkasse-token"})


def test_the_last_address_cannot_be_removed(urls, http):  # noqa: F811
    client = profile(urls, http)
    [only] = client.notification_addresses("310100005")
    with pytest.raises(ServiceError) as info:
        client.remove_address("310100005", only.id)
    assert info.value.status == 409 and "Legg til den nye adressen først" in str(info.value)


def test_organisation_without_addresses_is_an_empty_list(urls, http):  # noqa: F811
    assert profile(urls, http).notification_addresses("310500003") == []


def test_enforced_portal_scope_falls_back_to_manual_steps(sandbox, urls, http):  # noqa: F811
    http.post(f"{sandbox.base_url}/_sandbox/altinn/features", json={"profile_enforce_scope": True})
    client = profile(urls, http, token=jwt(pid=DAGL.pid, scope="altinn:accessmanagement/x"))
    with pytest.raises(FeatureUnavailable) as info:
        client.notification_addresses(MUNI)
    assert (info.value.feature, info.value.reason) == ("profile_org_addresses", "missing_scope")


def test_profile_faults(sandbox, urls, http, sleeps):  # noqa: F811
    client = profile(urls, http, sleep=sleeps)
    sandbox.set_faults(force_429=1, retry_after="2")
    assert len(client.notification_addresses(MUNI)) == 2
    assert sleeps.delays == [2.0]
    sandbox.set_faults(force_503=1)
    with pytest.raises(ServiceError) as info:
        client.add_email(MUNI, "x@fjordvik.example")  # a POST is not repeated after a 503
    assert info.value.status == 503


# ---------------------------------------------------------------------------- Dialogporten
def dialogs(urls, http, token="sandkasse-token", **kw):  # noqa: F811
    return DialogportenClient(urls, lambda: token, http, **kw)


def test_reminders_of_unopened_confidential_post(sandbox, urls, http):  # noqa: F811
    client = dialogs(urls, http)
    [reminder] = client.unopened_confidential_reminders(MUNI)
    assert reminder.title == "Din virksomhet har uåpnet taushetsbelagt post"
    assert reminder.service_resource == REMINDER_RESOURCE
    assert sandbox.requests[-1].query == {
        "party": f"urn:altinn:organization:identifier-no:{MUNI}",
        "serviceResource": REMINDER_RESOURCE,
    }
    assert client.has_unopened_confidential("310300004") is True
    assert client.has_unopened_confidential("310500003") is False


def test_dialog_search_follows_continuation_tokens(sandbox, urls, http):  # noqa: F811
    dialog_state(sandbox).page_size = 1
    found = dialogs(urls, http).search_dialogs(
        party=f"urn:altinn:organization:identifier-no:{MUNI}"
    )
    assert len(found) == 2
    assert sandbox.requests[-1].query["continuationToken"] == "1"


def test_dialogporten_without_its_scope_falls_back(urls, http):  # noqa: F811
    client = dialogs(urls, http, token=jwt(pid=DAGL.pid, scope="altinn:portal/enduser"))
    with pytest.raises(FeatureUnavailable) as info:
        client.has_unopened_confidential(MUNI)
    assert (info.value.feature, info.value.reason) == ("dialogporten", "missing_scope")
    ok = dialogs(urls, http, token=jwt(pid=DAGL.pid, scope="digdir:dialogporten"))
    assert ok.has_unopened_confidential(MUNI)


def test_dialogporten_hang_and_latency(sandbox, urls, sleeps):  # noqa: F811
    from desktop_app.integrations.http import make_client

    with make_client(min_interval=0, timeout=0.15) as short:
        client = dialogs(urls, short, sleep=sleeps)
        sandbox.set_faults(latency_ms=100)
        assert client.has_unopened_confidential(MUNI)
        sandbox.set_faults(latency_ms=0, hang_count=4, hang_seconds=2)
        with pytest.raises(ServiceError) as info:
            client.has_unopened_confidential(MUNI)
    assert info.value.retryable and "svarte ikke i tide" in str(info.value)
    assert len(sleeps.delays) == 3


# ---------------------------------------------------------------------------- all together
def test_open_altinn_runs_both_wizards_reads_on_one_client(sandbox, urls):  # noqa: F811
    from support.altinn import MUNICIPALITY

    from desktop_app.integrations.altinn import open_altinn

    cancelled = []
    with open_altinn(urls, lambda: "sandkasse-token", cancel=lambda: bool(cancelled)) as altinn:
        assert altinn.resources.dpi_resource().identifier == "sandkasse-dpi-send"
        assert len(altinn.access.confidential_post_holders(MUNICIPALITY)) == 2
        assert altinn.profile.notification_addresses(MUNI)
        assert altinn.dialogs.has_unopened_confidential(MUNI)
        http = altinn.http
        cancelled.append(True)
        from desktop_app.integrations.http import Cancelled

        with pytest.raises(Cancelled):
            altinn.profile.notification_addresses(MUNI)
    assert http.is_closed

"""The Enhetsregisteret client against the sandbox over real HTTP: paging, roles, deleted
units, unknown numbers, retries after 5xx."""

from __future__ import annotations

import pytest

from desktop_app.integrations.enhetsregisteret import (
    EnhetsregisteretClient,
    UnitNotFound,
    daglig_leder,
    fetch_inventory,
    find_municipality,
)
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import ServiceError
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import build_sandbox

UNKNOWN = "399000009"  # valid check digit, not in the sandbox register


@pytest.fixture
def sandbox():
    with build_sandbox() as sb:
        yield sb


@pytest.fixture
def urls(sandbox):
    return sandbox_urls(sandbox.base_url)


def client(urls, **options):
    options.setdefault("sleep", lambda _s: None)
    options.setdefault("min_interval", 0)
    return EnhetsregisteretClient(urls, **options)


def test_inventory_of_the_fictional_municipality_pages_through_every_level(sandbox, urls):
    with client(urls, page_size=4) as er:
        units = fetch_inventory(er, _fiction.MUNICIPALITY_ORGNR)
    by_nr = {u.orgnr: u for u in units}
    assert len(units) == len(_fiction.organisations()) >= 31
    assert set(by_nr) == {o.orgnr for o in _fiction.organisations()}
    # Every unit hangs where the register says, down the ORGL chain (Helse og omsorg → NAV).
    assert by_nr["311800000"].parent_orgnr == "310800007"
    assert by_nr["310800007"].parent_orgnr == "310100005"
    assert by_nr["310000000"].org_form == "KOMM" and by_nr["310000000"].parent_orgnr is None
    assert by_nr["312100002"].address == "Skulevegen 12, 5999 FJORDVIK"
    # Helse og omsorg has more underenheter than fit on one page of 4: later pages were read.
    pages = [
        r.query.get("page")
        for r in sandbox.requests
        if r.path.endswith("/underenheter") and r.query.get("overordnetEnhet") == "310100005"
    ]
    assert pages == ["0", "1", "2"]
    assert all(r.query.get("size") == "4" for r in sandbox.requests if "page" in r.query)


def test_daglig_leder_comes_from_the_roles_of_each_main_unit(urls):
    with client(urls) as er:
        units = {u.orgnr: u for u in fetch_inventory(er, _fiction.MUNICIPALITY_ORGNR)}
    # The predecessor is listed as fratrådt first; the active one is the answer.
    assert units["310000000"].daglig_leder == _fiction.DAGLIG_LEDER.name
    assert units["310200018"].daglig_leder == "Hanne Vik"
    assert units["310800007"].daglig_leder is None  # NAV Fjordvik has none registered
    assert units["310500003"].daglig_leder is None  # underenheter have no roles
    assert daglig_leder(_fiction.MUNICIPALITY_ORGNR, urls) == _fiction.DAGLIG_LEDER.name
    assert daglig_leder(UNKNOWN, urls) is None


def test_deleted_unit_is_kept_and_flagged_with_its_date(sandbox, urls):
    with client(urls) as er:
        units = {u.orgnr: u for u in fetch_inventory(er, _fiction.MUNICIPALITY_ORGNR)}
        gamle = units["313300005"]
        assert gamle.deleted and gamle.status == "slettet" and gamle.status_date == "2025-06-30"
        assert not units["310900001"].deleted and units["310900001"].status == "aktiv"
        # Looked up on its own: 200 with slettedato, not 404.
        sandbox.enhetsregisteret.delete("310000000", on="2026-01-01")
        komm = er.lookup("310000000")
    assert komm is not None and komm.deleted and komm.status_date == "2026-01-01"


def test_unknown_org_number_is_none_and_stops_the_inventory_plainly(sandbox, urls):
    with client(urls) as er:
        assert er.get_enhet(UNKNOWN) is None
        assert er.get_underenhet(UNKNOWN) is None
        assert er.lookup(UNKNOWN) is None
        assert er.lookup("310500003").org_form == "BEDR"  # an underenhet, found second
        with pytest.raises(UnitNotFound) as caught:
            fetch_inventory(er, UNKNOWN)
    assert caught.value.status == 404
    assert "399000009" in caught.value.message_nb and "Sjekk" in caught.value.message_nb
    assert any(r.path.endswith(f"/enheter/{UNKNOWN}") for r in sandbox.requests)


def test_server_errors_are_retried_then_reported_in_norwegian(sandbox, urls):
    sandbox.set_faults(force_503=2)
    with client(urls) as er:
        assert er.get_enhet("310000000")["navn"] == "FJORDVIK KOMMUNE"
    assert len(sandbox.requests) == 3
    sandbox.set_faults(force_503=10)
    with client(urls, max_attempts=3) as er, pytest.raises(ServiceError) as caught:
        fetch_inventory(er, "310000000")
    assert caught.value.status == 503 and caught.value.retryable
    assert "Enhetsregisteret" in caught.value.message_nb


def test_empty_search_has_no_embedded_and_gives_no_units(sandbox, urls):
    with client(urls) as er:
        assert er.children("310500003") == []  # a school has nothing below it
    response = sandbox.requests[-1]
    assert response.query["overordnetEnhet"] == "310500003"


def test_cancel_stops_between_pages(urls):
    from desktop_app.domain.cancellation import Cancelled

    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 3

    with client(urls, cancel=cancel) as er, pytest.raises(Cancelled):
        fetch_inventory(er, "310000000")


def test_the_municipality_is_found_by_its_kommunenummer(urls):
    with client(urls) as er:
        found = find_municipality(er, _fiction.KOMMUNENUMMER)
        assert [u.orgnr for u in found] == [_fiction.MUNICIPALITY_ORGNR]
        assert found[0].org_form == "KOMM"
        assert find_municipality(er, "0301") == []


def test_a_new_workspace_number_is_checked_against_the_org_form(urls):
    from desktop_app.services.organizations import check_municipality

    kommune = check_municipality(_fiction.MUNICIPALITY_ORGNR, urls)
    assert kommune.found and kommune.org_form == "KOMM" and kommune.warning is None
    ledd = check_municipality("310100005", urls)  # an organisasjonsledd, not a municipality
    assert ledd.found and "ikke en kommune eller fylkeskommune" in ledd.warning
    unknown = check_municipality(UNKNOWN, urls)
    assert not unknown.found and "kjenner ikke" in unknown.warning

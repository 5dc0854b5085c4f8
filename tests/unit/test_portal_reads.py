"""Recording who holds confidential post from the portal's own download, per org number."""

from __future__ import annotations

import pytest
from support.altinn_fakes import FakeAccessApi
from support.portal_files import CHILD, MUNI, ORDINARY, PACKAGE, SCHOOL, download, grant

from desktop_app.domain.access import PACKAGE_CODE, Holder, HolderSource, Level
from desktop_app.domain.access_plan import Change, WantedReader
from desktop_app.services.composition import Services
from desktop_app.services.confidential_access import AccessError
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def services():
    database = Database.open(app_paths().database)
    yield Services(database, actor=lambda: "Ola Strand")
    database.close()


@pytest.fixture
def ws(services):
    return services.workspaces.ensure_demo_workspace()


def rows(services, ws):
    return {r.orgnr: r for r in services.access.matrix(ws.id)}


def test_the_download_is_the_known_state_of_each_org_number_it_speaks_for(services, ws):
    before = rows(services, ws)
    assert before[SCHOOL].level is Level.UNKNOWN

    result = services.portal_reads.read(
        ws.id,
        download(
            packages=[
                grant(MUNI, "Jonas Bakken", "01.02.1985", PACKAGE),
                grant(SCHOOL, "Ola Strand", "05.06.1983", ORDINARY),
            ]
        ),
        "310000000_2026-12-01.zip",
    )

    assert result.read == [MUNI, SCHOOL] and result.downloaded_on == "2026-12-01"
    after = rows(services, ws)
    muni = after[MUNI]
    assert {h.name: h.grants for h in muni.holders} == {
        "Jonas Bakken": (PACKAGE_CODE,),
        "Per Lunde": ("A0286",),
    }
    assert {h.source for h in muni.holders} == {HolderSource.PORTAL}
    assert muni.holders_from_portal and muni.portal_read.file_name == "310000000_2026-12-01.zip"
    # Read from the file and nobody has it: a fact («nobody can read»), no longer unknown.
    assert after[SCHOOL].level is Level.BAD and after[SCHOOL].holders_known
    # Not in the file: still unknown.
    assert after[CHILD].level is before[CHILD].level


def test_the_read_is_one_entry_in_the_log_naming_who_read_it_in(services, ws):
    services.portal_reads.read(ws.id, download(), "310000000_2026-12-01.zip")

    entry = services.audit.entries(ws.id, action="access.holders_read_portal")[-1]
    assert entry.action == "access.holders_read_portal"
    assert entry.label == "Tilganger lest fra Altinn-portalens nedlasting (taushetsbelagt post)"
    assert entry.user == "Ola Strand"
    assert entry.details["kilde"] == "portal"
    assert entry.details["fil"] == "310000000_2026-12-01.zip"
    assert entry.details["innehavere"][CHILD] == ["Sara Holm"]


def test_it_replaces_an_earlier_read_and_confirms_what_was_typed_in(services, ws):
    access = services.access
    access.add_holder(ws.id, MUNI, "Jonas Bakken", "", [PACKAGE_CODE])
    access.add_holder(ws.id, MUNI, "Kari Typet", "", [PACKAGE_CODE])
    api = FakeAccessApi()
    api.granted[MUNI] = [
        Holder(None, MUNI, "Gammel Leser", "", (PACKAGE_CODE,), HolderSource.API, "u1")
    ]
    access.refresh_holders(api, ws.id)

    services.portal_reads.read(
        ws.id,
        download(packages=[grant(MUNI, "Jonas Bakken", "01.02.1985", PACKAGE)], roles=[]),
        "310000000_2099-01-01.zip",
    )

    holders = {(h.name, h.source) for h in access.holders(ws.id) if h.orgnr == MUNI}
    assert holders == {
        ("Jonas Bakken", HolderSource.PORTAL),
        ("Kari Typet", HolderSource.MANUAL),
    }


def test_a_download_older_than_a_read_from_altinn_changes_nothing_there(services, ws):
    api = FakeAccessApi()
    api.granted[MUNI] = [Holder(None, MUNI, "Ny Leser", "", (PACKAGE_CODE,), HolderSource.API)]
    services.access.refresh_holders(api, ws.id)

    result = services.portal_reads.read(ws.id, download(), "310000000_2020-01-01.zip")

    assert result.older == [MUNI, CHILD] and result.read == []
    assert [h.name for h in rows(services, ws)[MUNI].holders] == ["Ny Leser"]


def test_a_later_read_from_altinn_takes_over_from_the_download(services, ws):
    services.portal_reads.read(ws.id, download(), "310000000_2026-12-01.zip")
    api = FakeAccessApi()

    services.access.refresh_holders(api, ws.id)

    muni = rows(services, ws)[MUNI]
    assert muni.holders == [] and not muni.holders_from_portal


def test_the_plan_compares_with_what_the_download_says(services, ws):
    services.portal_reads.read(ws.id, download(), "310000000_2026-12-01.zip")

    plan = services.access_plan.plan_access(
        ws.id, [WantedReader(CHILD, "Hanne Vik", identifier="x", last_name="Vik")]
    )

    changes = {(i.change, i.who) for i in plan.items}
    assert (Change.REVOKE, "Sara Holm") in changes
    assert (Change.GRANT, "Hanne Vik") in changes


def test_a_file_that_is_not_the_download_changes_nothing(services, ws):
    with pytest.raises(AccessError) as error:
        services.portal_reads.read(ws.id, b"Navn;Epost\r\nKari;k@x.no\r\n", "liste.csv")

    assert "ser ikke ut som nedlastingen" in error.value.message_nb
    assert services.access.holders(ws.id) == [] or all(
        h.source is not HolderSource.PORTAL for h in services.access.holders(ws.id)
    )


ADMIN, LIBRARY = "310600008", "313200000"  # BEDR registered under the municipality


def test_sub_units_count_as_read_when_the_download_had_them(services, ws):
    only_muni = download(packages=[], roles=[])  # nobody has anything

    services.portal_reads.read(ws.id, only_muni, "310000000_2026-12-01.zip")
    assert rows(services, ws)[ADMIN].level is Level.UNKNOWN  # not said: not known

    result = services.portal_reads.read(
        ws.id, only_muni, "310000000_2026-12-02.zip", with_subunits=True
    )
    assert result.with_subunits and ADMIN in result.read and LIBRARY in result.read
    assert rows(services, ws)[ADMIN].level is Level.BAD
    # An organisasjonsledd is its own party, not a sub-unit: not in this download.
    assert rows(services, ws)[CHILD].level is Level.UNKNOWN


def test_a_row_for_a_sub_unit_shows_the_sub_units_were_included(services, ws):
    data = download(packages=[grant(ADMIN, "Jonas Bakken", "", PACKAGE)], roles=[])

    result = services.portal_reads.read(ws.id, data, "310000000_2026-12-01.zip")

    assert result.with_subunits and LIBRARY in result.read


def test_without_the_list_of_roles_older_roles_read_before_are_kept(services, ws):
    from support.portal_files import portal_csv

    api = FakeAccessApi()
    api.granted[MUNI] = [Holder(None, MUNI, "Per Lunde", "", ("A0286",), HolderSource.API)]
    services.access.refresh_holders(api, ws.id)
    only_packages = portal_csv("accesspackages", [grant(MUNI, "Jonas Bakken", "", PACKAGE)])

    result = services.portal_reads.read(ws.id, only_packages, "tilgangspakker.csv")

    assert any("roller" in e.reason and not e.skipped for e in result.errors)
    held = {h.name: h.grants for h in services.access.holders(ws.id) if h.orgnr == MUNI}
    assert held == {"Jonas Bakken": (PACKAGE_CODE,), "Per Lunde": ("A0286",)}

"""Many org numbers at once: one person typed once becomes the fewest grants that cover
every wanted unit (sub-units through their main unit, organisasjonsledd on their own),
holders nobody named are planned for removal, and applying goes on past a failure, keeps
what was done, and retries only what is left."""

from __future__ import annotations

import pytest
from support.altinn_fakes import FakeAccessApi, FakeNotificationApi

from desktop_app.domain.access import PACKAGE_CODE, Holder, HolderSource
from desktop_app.domain.access_plan import (
    Change,
    Outcome,
    PlanUnit,
    WantedReader,
    failed_keys,
    plan_access,
)
from desktop_app.domain.cancellation import TaskState
from desktop_app.services.composition import Services
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

KOMMUNE, HELSE, OPPVEKST = "310000000", "310100005", "310200018"
LEGEKONTOR = "310400009"  # BEDR under Helse og omsorg (ORGL)
FNR = "14117843018"

UNITS = [
    PlanUnit(KOMMUNE, "Fjordvik kommune", "KOMM"),
    PlanUnit(HELSE, "Helse og omsorg", "ORGL", KOMMUNE),
    PlanUnit(OPPVEKST, "Oppvekst", "ORGL", KOMMUNE),
    PlanUnit(LEGEKONTOR, "Legekontor", "BEDR", HELSE),
    PlanUnit("310700007", "Rådhuskantina", "BEDR", KOMMUNE),
]


def reader(orgnr, name="Per Lunde", identifier=FNR):
    return WantedReader(orgnr, name, "per@k.no", identifier)


def test_sub_units_are_covered_through_their_main_unit_but_organisasjonsledd_are_not():
    plan = plan_access(UNITS, [reader(u.orgnr) for u in UNITS], [])
    grants = {i.orgnr for i in plan.items if i.change is Change.GRANT}
    assert grants == {KOMMUNE, HELSE, OPPVEKST}  # ORGL need their own; BEDR inherit
    assert {(i.orgnr, i.via_orgnr) for i in plan.inherited} == {
        (LEGEKONTOR, HELSE),
        ("310700007", KOMMUNE),
    }
    kommune = next(i for i in plan.items if i.orgnr == KOMMUNE)
    assert kommune.covers == ("310700007",)
    assert all(i.ready for i in plan.items)


def test_a_main_unit_is_never_granted_just_to_reach_one_sub_unit():
    plan = plan_access(UNITS, [reader(LEGEKONTOR)], [])
    assert [(i.change, i.orgnr) for i in plan.items] == [(Change.GRANT, LEGEKONTOR)]


def test_the_identifier_typed_once_serves_every_unit_and_its_absence_is_named():
    rows = [reader(KOMMUNE), reader(HELSE, identifier="")]
    plan = plan_access(UNITS, rows, [])
    assert all(i.reader.identifier == FNR for i in plan.items)
    plan = plan_access(UNITS, [reader(HELSE, identifier="")], [])
    assert "Fødselsnummeret" in plan.items[0].missing and not plan.items[0].ready


def test_holders_already_in_place_are_left_and_holders_nobody_named_are_removed():
    holders = [
        Holder(1, HELSE, "Per Lunde", "per@k.no", (PACKAGE_CODE,), HolderSource.API),
        Holder(2, HELSE, "Ola Strand", "", (PACKAGE_CODE,), HolderSource.API),
        Holder(3, OPPVEKST, "Kari Dahl", "", (PACKAGE_CODE,), HolderSource.API),
    ]
    plan = plan_access(UNITS, [reader(HELSE)], holders)
    assert plan.unchanged == 1
    assert [(i.change, i.orgnr, i.who) for i in plan.items] == [
        (Change.REVOKE, HELSE, "Ola Strand")
    ]  # Oppvekst is not in the list: left alone
    assert "ikke på listen" in plan.items[0].why


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


@pytest.fixture
def services(db):
    return Services(db, actor=lambda: "Kari Nordmann")


@pytest.fixture
def ws(services):
    return services.workspaces.ensure_demo_workspace()


def test_a_list_with_alle_gives_one_person_every_unit_in_five_grants(services, ws, tmp_path):
    source = tmp_path / "lesere.csv"
    source.write_text(
        "Organisasjonsnummer;Navn;Fødselsnummer;E-post;Grunn\n"
        f"alle;Per Lunde;{FNR};per@k.no;helse\n",
        encoding="utf-8",
    )
    wanted = services.access_plan.read_list(ws.id, source)
    units = services.access_plan.units(ws.id)
    assert not wanted.errors and len(wanted.readers) == len(units)
    plan = services.access_plan.plan_access(ws.id, wanted.readers)
    grants = [i for i in plan.items if i.change is Change.GRANT]
    main_units = [u for u in units if u.inherits_from is None]
    assert len(grants) == len(main_units) < len(units)
    assert len(plan.inherited) == len(units) - len(main_units)


def test_bad_rows_are_reported_by_line_and_the_rest_is_read(services, ws, tmp_path):
    source = tmp_path / "liste.csv"
    source.write_text(
        "Orgnr;Navn;Fnr;Varslingsadresse\n"
        f"{HELSE};Per Lunde;{FNR};\n"
        "310000001;Feil Nummer;;\n"
        f"{HELSE};Ola;12345678901;\n"
        f"{KOMMUNE}+;;;post@fjordvik.no\n"
        "971032146;;;x@k.no\n",
        encoding="utf-8",
    )
    wanted = services.access_plan.read_list(ws.id, source)
    assert [e.line for e in wanted.errors] == [3, 4, 6]
    assert "Kontrollsifferet" in wanted.errors[0].reason
    assert [r.orgnr for r in wanted.readers] == [HELSE]
    # «310000000+»: the kommune and the units registered directly under it
    assert KOMMUNE in {a.orgnr for a in wanted.addresses} and len(wanted.addresses) > 1


def test_applying_goes_on_past_a_failure_and_retries_only_what_is_left(services, ws):
    api = FakeAccessApi()
    plan = services.access_plan.plan_access(
        ws.id, [reader(KOMMUNE), reader(HELSE), reader(OPPVEKST)]
    )
    api.fail_with = "AM-00043"  # the first grant fails
    results = services.access_plan.apply(TaskState(), ws.id, plan, access_api=api)
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.DONE, Outcome.DONE]
    assert results[0].message  # a reason the user can read
    retry = failed_keys(results)
    again = services.access_plan.apply(TaskState(), ws.id, plan, access_api=api, only=retry)
    assert [(r.item.orgnr, r.outcome) for r in again] == [(plan.items[0].orgnr, Outcome.DONE)]
    # Every grant was recorded by the service, naming the signed-in person.
    granted = services.audit.entries(action="access.granted")
    assert len(granted) == 3 and {e.user for e in granted} == {"Kari Nordmann"}
    assert services.audit.entries(action="access.plan_applied")


def test_cancelling_stops_before_the_next_item_and_keeps_what_was_done(services, ws):
    api = FakeAccessApi()
    plan = services.access_plan.plan_access(ws.id, [reader(KOMMUNE), reader(HELSE)])
    state = TaskState()

    class CancelAfterFirst(FakeAccessApi):
        def grant(self, orgnr, person):
            super().grant(orgnr, person)
            state.cancel()

    api = CancelAfterFirst()
    results = services.access_plan.apply(state, ws.id, plan, access_api=api)
    assert [r.outcome for r in results] == [Outcome.DONE, Outcome.SKIPPED]
    assert len(services.access.holders(ws.id)) == 1


def test_addresses_are_added_before_old_ones_are_removed(services, ws, tmp_path):
    notifications = services.notifications
    notifications.add(None, ws.id, HELSE, "gammel@k.no")
    source = tmp_path / "varsling.csv"
    source.write_text(f"Orgnr;Varslingsadresse\n{HELSE};ny@k.no\n", encoding="utf-8")
    wanted = services.access_plan.read_list(ws.id, source)
    plan = services.access_plan.plan_addresses(ws.id, wanted.addresses)
    assert [i.change for i in plan.items] == [Change.ADD_ADDRESS, Change.REMOVE_ADDRESS]
    results = services.access_plan.apply(
        TaskState(), ws.id, plan, notification_api=FakeNotificationApi()
    )
    assert all(r.outcome is Outcome.DONE for r in results)
    assert [a.value for a in notifications.addresses(ws.id) if a.orgnr == HELSE] == ["ny@k.no"]


def test_without_sign_in_nothing_is_changed_and_each_item_says_why(services, ws):
    plan = services.access_plan.plan_access(ws.id, [reader(HELSE)])
    results = services.access_plan.apply(TaskState(), ws.id, plan)
    assert results[0].outcome is Outcome.SKIPPED and "logget inn" in results[0].message
    assert services.access.holders(ws.id) == []


def test_a_removal_after_a_grant_on_the_same_unit_is_gone_from_the_list_too(services, ws):
    """The grant reads the unit's holders back (new rows); the removal after it must still
    take the right person off Postvakt's list, read back from Altinn."""
    api = FakeAccessApi()
    api.granted[HELSE] = [
        Holder(None, HELSE, "Ola Strand", "", (PACKAGE_CODE,), HolderSource.API, "uuid-ola")
    ]
    services.access.refresh_holders(api, ws.id)
    plan = services.access_plan.plan_access(ws.id, [reader(HELSE)])
    assert [i.change for i in plan.items] == [Change.GRANT, Change.REVOKE]
    results = services.access_plan.apply(TaskState(), ws.id, plan, access_api=api)
    assert all(r.outcome is Outcome.DONE for r in results)
    assert [h.name for h in services.access.holders(ws.id) if h.orgnr == HELSE] == ["Per Lunde"]
    assert services.audit.entries(action="access.revoked")[-1].details["lest_tilbake"] is True


def test_the_wanted_readers_go_on_the_approved_list_once(services, ws):
    plan = services.access_plan.plan_access(ws.id, [reader(HELSE), reader(OPPVEKST)])
    assert [a.orgnr for a in plan.approvals] == [HELSE, OPPVEKST]
    assert "godkjent-listen" in plan.summary()
    services.access_plan.apply(TaskState(), ws.id, plan, access_api=FakeAccessApi())
    assert {(a.orgnr, a.name) for a in services.access.approved(ws.id)} == {
        (HELSE, "Per Lunde"),
        (OPPVEKST, "Per Lunde"),
    }
    again = services.access_plan.plan_access(ws.id, [reader(HELSE), reader(OPPVEKST)])
    assert again.empty and "Ingenting å endre" in again.summary()


def test_the_coverage_counts_a_package_on_the_main_unit_for_its_sub_units_only():
    from desktop_app.domain.access import UnitRef, coverage

    units = [
        UnitRef(HELSE, "Helse og omsorg"),
        UnitRef(LEGEKONTOR, "Legekontor", inherits_from=HELSE),
        UnitRef(OPPVEKST, "Oppvekst"),
    ]  # an organisasjonsledd: nothing inherited
    holders = [Holder(1, HELSE, "Per Lunde", "", (PACKAGE_CODE,), HolderSource.API)]
    rows = {r.orgnr: r for r in coverage(units, [], holders, [])}
    assert rows[LEGEKONTOR].has_reader and rows[LEGEKONTOR].inherited == holders
    assert not rows[OPPVEKST].has_reader

"""The inventory service against the sandbox: a refresh saves the units, the previous copy
and the changes in one go; a failure or cancel keeps the saved copy; adding and importing
by hand is checked and logged; an old store is upgraded without losing units."""

from __future__ import annotations

import pytest
from support.old_store import store_at_version

from desktop_app.domain.cancellation import Cancelled, TaskState
from desktop_app.domain.inventory import ChangeKind
from desktop_app.integrations.environments import sandbox_urls
from desktop_app.integrations.http import ServiceError
from desktop_app.sandbox import _fiction
from desktop_app.sandbox.server import build_sandbox
from desktop_app.services.organizations import OrganizationService
from desktop_app.services.workspaces import WorkspaceInputError, WorkspaceService
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


@pytest.fixture
def sandbox():
    with build_sandbox() as sb:
        yield sb


@pytest.fixture
def workspace(db):
    return WorkspaceService(db).create_workspace("Fjordvik kommune", _fiction.MUNICIPALITY_ORGNR)


def service(db):
    return OrganizationService(db, min_interval=0, max_attempts=2)


def test_refresh_builds_the_inventory_then_reports_what_changed(db, sandbox, workspace):
    urls = sandbox_urls(sandbox.base_url)
    svc = service(db)
    first = svc.refresh(TaskState(), workspace.id, urls)
    assert len(first.units) == len(_fiction.organisations()) >= 31
    assert sum(c.kind is ChangeKind.NEW for c in first.changes) == len(first.units) - 1
    saved = {u.orgnr: u for u in svc.overview(workspace.id).units}
    assert saved["310000000"].daglig_leder == _fiction.DAGLIG_LEDER.name
    assert saved["310000000"].name == "Fjordvik kommune"  # the user's spelling kept
    assert saved["313300005"].deleted and saved["313300005"].fetched_at == first.fetched_at
    assert svc.saved_daglig_leder(workspace.id, "310000000") == _fiction.DAGLIG_LEDER.name
    assert svc.saved_daglig_leder(workspace.id, "310500003") is None

    register = sandbox.enhetsregisteret
    register.rename("312000008", "Sørbø oppvekstsenter")
    register.move("310600008", "310100005")
    register.delete("311200003")
    register.remove("313200000")
    second = svc.refresh(TaskState(), workspace.id, urls)
    assert {(c.kind, c.orgnr) for c in second.changes} == {
        (ChangeKind.RENAMED, "312000008"),
        (ChangeKind.MOVED, "310600008"),
        (ChangeKind.DELETED, "311200003"),
        (ChangeKind.GONE, "313200000"),
    }
    overview = svc.overview(workspace.id)
    assert overview.last_refresh.changes == second.changes
    assert "313200000" in {u.orgnr for u in overview.last_refresh.previous}
    assert "313200000" not in {u.orgnr for u in overview.units}
    entries = svc.audit.entries(action="org_units.refreshed")
    assert [e.details["endringer"] for e in entries] == [len(first.changes), 4]


def test_failure_and_cancel_keep_the_saved_copy(db, sandbox, workspace):
    urls = sandbox_urls(sandbox.base_url)
    svc = service(db)
    svc.refresh(TaskState(), workspace.id, urls)
    before = svc.overview(workspace.id)
    sandbox.set_faults(force_503=50)
    with pytest.raises(ServiceError) as caught:
        svc.refresh(TaskState(), workspace.id, urls)
    assert caught.value.retryable
    sandbox.clear_faults()
    state = TaskState()
    state.progress = lambda *_a: state.cancel()  # the user presses "Avbryt" at once
    with pytest.raises(Cancelled):
        svc.refresh(state, workspace.id, urls)
    after = svc.overview(workspace.id)
    assert after.units == before.units and after.last_refresh == before.last_refresh
    assert len(svc.audit.entries(action="org_units.refreshed")) == 1


def test_units_added_by_hand_are_checked_and_logged_and_looked_up_later(db, sandbox, workspace):
    svc = service(db)
    with pytest.raises(WorkspaceInputError, match="Kontrollsifferet"):
        svc.add_unit(workspace.id, "310500004")
    svc.add_unit(workspace.id, "310 500 003")
    with pytest.raises(WorkspaceInputError, match="allerede"):
        svc.add_unit(workspace.id, "310500003")
    outcome = svc.import_list(workspace.id, text="399000009 Feilskrevet\n310500004\n310400009")
    assert [u.orgnr for u in outcome.added] == ["399000009", "310400009"]
    assert [e.line for e in outcome.errors] == [2]
    assert svc.audit.entries(action="org_unit.added")[0].details["orgnr"] == "310500003"
    imported = svc.audit.entries(action="org_units.imported")[0].details
    assert imported["linjer_hoppet_over"] == [2]

    svc.refresh(TaskState(), workspace.id, sandbox_urls(sandbox.base_url))
    units = {u.orgnr: u for u in svc.overview(workspace.id).units}
    assert units["310500003"].name == "FJORDVIK SKOLE"  # found by the walk: the register's
    assert units["399000009"].status == "ikke_funnet" and units["399000009"].source == "manuell"

    # A wrong number added by hand can be removed (logged); the register's units cannot.
    svc.remove_unit(workspace.id, "399000009")
    assert "399000009" not in {u.orgnr for u in svc.overview(workspace.id).units}
    assert svc.audit.entries(action="org_unit.removed")[0].details["orgnr"] == "399000009"
    with pytest.raises(WorkspaceInputError, match="Bare enheter som er lagt til for hånd"):
        svc.remove_unit(workspace.id, "310500003")


def test_an_old_store_is_upgraded_and_keeps_its_units(tmp_path):
    path = tmp_path / "gammel.sqlite3"
    with store_at_version(path, 2) as conn:
        conn.execute(
            "INSERT INTO workspaces(name, orgnr, created_at, updated_at) "
            "VALUES ('Fjordvik', '310000000', 't', 't')"
        )
        conn.execute(
            "INSERT INTO org_units(workspace_id, orgnr, name, org_form, source, deleted) "
            "VALUES (1, '310500003', 'Skole', 'BEDR', 'demo', 1)"
        )
    db = Database.open(path)
    try:
        overview = OrganizationService(db).overview(1)
    finally:
        db.close()
    (unit,) = overview.units
    assert unit.name == "Skole" and unit.deleted and unit.address == ""
    assert overview.last_refresh is None


def test_in_test_the_inventory_is_what_altinn_says_the_person_can_act_for(db, workspace):
    # TT02's organisations are synthetic; Enhetsregisteret (production data) does not know
    # them. The list is built from authorizedparties instead.
    from desktop_app.domain.environments import Environment
    from desktop_app.integrations.altinn_parties import AuthorizedParty
    from desktop_app.storage.audit import AuditLog

    svc = service(db)
    svc.add_unit(workspace.id, "311000012", "Lagt inn for hånd")
    school = AuthorizedParty("u2", "TESTSKOLE", "Organization", "311000004", unit_type="BEDR")
    parties = [
        AuthorizedParty(
            "u1",
            "SYNTETISK  KOMMUNE",
            "Organization",
            workspace.orgnr,
            unit_type="KOMM",
            subunits=(school,),
        ),
        AuthorizedParty("u3", "ORGANISASJONSLEDD", "Organization", "311000020", unit_type="ORGL"),
        AuthorizedParty("u4", "Kari Nordmann", "Person", person_id="01010112345"),
    ]
    result = svc.refresh_from_parties(TaskState(), workspace.id, parties, Environment.TEST)
    saved = {u.orgnr: u for u in svc.overview(workspace.id).units}
    assert set(saved) == {workspace.orgnr, "311000004", "311000020", "311000012"}
    assert saved["311000004"].parent_orgnr == workspace.orgnr
    assert (saved["311000004"].name, saved["311000004"].org_form) == ("TESTSKOLE", "BEDR")
    assert saved["311000012"].name == "Lagt inn for hånd"  # by hand: kept as it was
    assert not any(u.unit_status.is_problem for u in saved.values())
    assert {c.orgnr for c in result.changes} >= {"311000004", "311000020"}
    [entry] = AuditLog(db).entries(action="org_units.refreshed")
    assert entry.details["kilde"] == "altinn authorizedparties"
    assert entry.details["miljø"] == "test"

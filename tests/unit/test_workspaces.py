"""Workspaces: checked input, no duplicates, the demo municipality on first start only,
and every change written to the log."""

from __future__ import annotations

import csv
import json
import re

import pytest
from stdnum.no import orgnr as stdnum_orgnr

from desktop_app.domain.organizations import OrgUnit, org_form_label, sort_units
from desktop_app.resources import resources_dir
from desktop_app.services.workspaces import WorkspaceInputError, WorkspaceService
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths
from desktop_app.storage.workspaces import WorkspaceRepository

VALID = "987654325"  # valid check digit; used only as input


@pytest.fixture
def db():
    database = Database.open(app_paths().database)
    yield database
    database.close()


@pytest.fixture
def service(db):
    return WorkspaceService(db)


def test_create_workspace_saves_it_with_the_municipality_as_first_unit(service):
    ws = service.create_workspace("  Testvik   kommune ", "987 654 325")
    assert ws.name == "Testvik kommune" and ws.orgnr == VALID and not ws.is_demo
    assert service.list_workspaces() == [ws]
    units = service.list_org_units(ws.id)
    assert [(u.orgnr, u.org_form) for u in units] == [(VALID, "KOMM")]
    created = service.audit.entries(action="workspace.created")
    assert len(created) == 1
    assert created[0].workspace_id == ws.id and created[0].workspace_name == "Testvik kommune"
    assert created[0].details == {"navn": "Testvik kommune", "orgnr": VALID}


def test_workspace_survives_reopening_the_store(db):
    WorkspaceService(db).create_workspace("Testvik kommune", VALID)
    db.close()
    again = Database.open(app_paths().database)
    try:
        assert [w.name for w in WorkspaceService(again).list_workspaces()] == ["Testvik kommune"]
    finally:
        again.close()


@pytest.mark.parametrize(
    "name,orgnr,field,words",
    [
        ("", VALID, "name", "Skriv inn et navn"),
        ("   ", VALID, "name", "Skriv inn et navn"),
        ("x" * 201, VALID, "name", "for langt"),
        ("Testvik", "", "orgnr", "Skriv inn organisasjonsnummeret"),
        ("Testvik", "97103214", "orgnr", "9 siffer"),
        ("Testvik", "971032147", "orgnr", "Kontrollsifferet"),
        ("Testvik", "97103214A", "orgnr", "siffer"),
    ],
)
def test_bad_input_is_refused_with_a_message_saying_what_to_do(service, name, orgnr, field, words):
    with pytest.raises(WorkspaceInputError) as info:
        service.create_workspace(name, orgnr)
    assert info.value.field == field
    assert words in info.value.message
    assert service.list_workspaces() == []
    assert service.audit.entries() == []


def test_duplicate_org_number_is_refused_and_names_the_existing_workspace(service):
    service.create_workspace("Testvik kommune", VALID)
    with pytest.raises(WorkspaceInputError) as info:
        service.create_workspace("Testvik igjen", " 987654325 ")
    assert info.value.field == "orgnr"
    assert "finnes allerede" in info.value.message
    assert "987 654 325" in info.value.message and "Testvik kommune" in info.value.message
    assert len(service.list_workspaces()) == 1
    assert len(service.audit.entries(action="workspace.created")) == 1


def test_delete_workspace_removes_units_and_keeps_a_log_entry(service):
    ws = service.create_workspace("Testvik kommune", VALID)
    service.delete_workspace(ws.id)
    assert service.list_workspaces() == []
    assert service.list_org_units(ws.id) == []
    deleted = service.audit.entries(action="workspace.deleted")
    assert len(deleted) == 1 and deleted[0].workspace_name == "Testvik kommune"
    assert service.audit.verify() == []
    with pytest.raises(WorkspaceInputError, match="Fant ikke"):
        service.delete_workspace(ws.id)


def test_rename_is_logged(service):
    ws = service.create_workspace("Testvik", VALID)
    renamed = service.rename_workspace(ws.id, "Testvik kommune")
    assert renamed.name == "Testvik kommune"
    entry = service.audit.entries(action="workspace.renamed")[0]
    assert entry.details == {"fra": "Testvik", "til": "Testvik kommune"}


# -- the demo municipality ---------------------------------------------------------------


def test_first_start_creates_the_demo_once(service):
    demo = service.ensure_demo_workspace()
    assert demo is not None and demo.is_demo and demo.name == "Fjordvik kommune (demo)"
    assert service.ensure_demo_workspace() == demo
    assert service.list_workspaces() == [demo]
    units = service.list_org_units(demo.id)
    forms = [u.org_form for u in units]
    assert len(units) >= 31 and forms.count("KOMM") == 1 and forms.count("ORGL") >= 2
    assert all(u.source == "demo" for u in units)
    deleted = [u for u in units if u.deleted]
    assert len(deleted) == 1 and deleted[0].status == "slettet" and deleted[0].status_date
    assert len(service.audit.entries(action="workspace.demo_created")) == 1


def test_demo_is_not_created_again_after_the_user_deleted_it(service, db):
    demo = service.ensure_demo_workspace()
    service.delete_workspace(demo.id)
    assert service.ensure_demo_workspace() is None
    assert service.list_workspaces() == []
    # Not on the next start either.
    assert WorkspaceService(db).ensure_demo_workspace() is None
    assert service.list_workspaces() == []


def test_no_demo_when_the_user_already_has_a_workspace(service):
    service.create_workspace("Testvik kommune", VALID)
    assert service.ensure_demo_workspace() is None
    assert [w.is_demo for w in service.list_workspaces()] == [False]


def test_demo_and_real_workspace_live_side_by_side(service):
    demo = service.ensure_demo_workspace()
    real = service.create_workspace("Testvik kommune", VALID)
    assert service.list_workspaces() == [real, demo]  # real ones first
    assert service.demo_files(demo.id)[0].name == "svarut-eksport-demo.csv"
    assert service.demo_files(real.id) == []


def test_missing_demo_files_do_not_stop_the_start(db, tmp_path, caplog):
    service = WorkspaceService(db, demo_folder=tmp_path / "finnes-ikke")
    assert service.ensure_demo_workspace() is None
    assert service.list_workspaces() == []
    assert "Øvingsdataene" in caplog.text


def test_demo_org_numbers_are_valid_but_can_never_be_real():
    demo = json.loads((resources_dir() / "demo" / "demo-kommune.json").read_text("utf-8"))
    numbers = [u["organisasjonsnummer"] for u in demo["enheter"]]
    assert demo["arbeidsflate"]["organisasjonsnummer"] in numbers
    for number in numbers:
        assert stdnum_orgnr.is_valid(number) and number.startswith("3")
    parents = {u["overordnet"] for u in demo["enheter"] if u["overordnet"]}
    assert parents <= set(numbers)


def test_demo_svarut_export_is_a_realistic_sample():
    path = resources_dir() / "demo" / "svarut-eksport-demo.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert 35 <= len(rows) <= 45
    assert {"Forsendelse-ID", "Status", "Orgnr", "Taushetsbelagt", "Sendt"} <= set(rows[0])
    statuses = {r["Status"] for r in rows}
    assert "VARSLET" in statuses and "Varslet" in statuses  # tokens and display texts
    for row in rows:
        assert stdnum_orgnr.is_valid(row["Orgnr"]) and row["Orgnr"].startswith("3")
        assert row["Taushetsbelagt"] in ("Ja", "Nei")
        assert re.fullmatch(r"\d\d\.\d\d\.2026 \d\d:\d\d", row["Sendt"])
    unopened_confidential = [
        r
        for r in rows
        if r["Taushetsbelagt"] == "Ja"
        and r["Status"].upper().replace(" ", "_") in ("VARSLET", "SENDT_DIGITALT", "IKKE_LEVERT")
        and r["Sendt"][3:5] in ("01", "02", "03", "04", "05")
    ]
    assert len(unopened_confidential) >= 3


# -- repository and domain helpers -------------------------------------------------------


def test_org_units_added_updated_and_removed(db):
    repo = WorkspaceRepository(db)
    ws = repo.create("Fjordvik", "310000000")
    repo.add_org_unit(ws.id, OrgUnit("310100005", "Helse", "ORGL", "310000000"))
    repo.add_org_unit(
        ws.id,
        OrgUnit(
            "310100005", "Helse og omsorg", "ORGL", "310000000", "enhetsregisteret", deleted=True
        ),
    )
    units = repo.list_org_units(ws.id)
    assert units == [
        OrgUnit("310100005", "Helse og omsorg", "ORGL", "310000000", "enhetsregisteret", True)
    ]
    assert repo.remove_org_unit(ws.id, "310100005") is True
    assert repo.list_org_units(ws.id) == []
    assert repo.remove_org_unit(ws.id, "310100005") is False


def test_units_sort_main_unit_first_then_by_name():
    units = [
        OrgUnit("3", "Barnevern", "BEDR", "2"),
        OrgUnit("2", "Oppvekst", "ORGL", "1"),
        OrgUnit("4", "Akershus skole", "BEDR", "2"),
        OrgUnit("1", "Fjordvik kommune", "KOMM"),
        OrgUnit("5", "Helse", "ORGL", "1"),
    ]
    assert [u.name for u in sort_units(units)] == [
        "Fjordvik kommune",
        "Helse",
        "Oppvekst",
        "Akershus skole",
        "Barnevern",
    ]
    assert org_form_label("ORGL") == "Organisasjonsledd"
    assert org_form_label("BEDR") == "Underenhet (bedrift)"
    assert org_form_label("XYZ") == "XYZ"


def test_ks_cannot_be_the_municipality_of_a_workspace(db):
    service = WorkspaceService(db)
    with pytest.raises(WorkspaceInputError) as info:
        service.create_workspace("KS", "971 032 146")
    assert info.value.field == "orgnr" and "KS-Kommunesektorens organisasjon" in info.value.message
    assert service.list_workspaces() == []

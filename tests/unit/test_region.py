"""Regionoversikt and status files: one row per municipality, counts and dates only; a
status file that is signed, pinned on first import, and refused when changed."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import keyring
import openpyxl
import pytest
from support.keyrings import MemoryKeyring

from desktop_app.domain.checklist import StepRecord, Verification
from desktop_app.domain.dpi_onboarding import FLOW, Step
from desktop_app.services.composition import Services
from desktop_app.services.confidential_access import READ_HOLDERS
from desktop_app.services.region import (
    PAGE_ACCESS,
    PAGE_DPI,
    PAGE_NOTIFY,
    PAGE_OVERVIEW,
    PAGE_UNOPENED,
    SOURCE_FILE,
    Filter,
    needs,
    page_for,
)
from desktop_app.services.status_file import KeyNotTrusted, StatusFileError
from desktop_app.storage.audit import read_anchor
from desktop_app.storage.database import Database
from desktop_app.storage.runs import CheckRun

TODAY = date(2026, 12, 1)
ORGNR = "987654325"


@pytest.fixture
def services(tmp_path):
    db = Database.open(tmp_path / "kommune.sqlite3")
    yield Services(db, actor=lambda: "Kari Koordinator")
    db.close()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _workspace(services, name="Testvik kommune", orgnr=ORGNR):
    return services.workspaces.create_workspace(name, orgnr)


def test_new_workspace_row_says_unknown_not_red_and_points_at_access(services):
    ws = _workspace(services)
    row = services.region.local_row(ws.id, TODAY)
    assert (row.dpi_done, row.dpi_total, row.ks_read_back) == (0, 7, False)
    assert (row.units, row.without_reader, row.reader_unknown) == (1, 0, 1)
    assert row.last_check_at is None and not row.review_saved
    assert page_for(row, TODAY) == PAGE_ACCESS
    assert "1 org.nr er ikke lest fra Altinn." in [t for _p, t in needs(row, TODAY)]


def test_read_with_nobody_counts_without_reader_and_without_address(services):
    ws = _workspace(services)
    services.access.repo.mark_read(ws.id, ORGNR, READ_HOLDERS, "2026-11-20T08:00:00+00:00")
    row = services.region.local_row(ws.id, TODAY)
    assert (row.without_reader, row.reader_unknown) == (1, 0)
    assert row.altinn_read_newest == "2026-11-20T08:00:00+00:00"
    assert needs(row, TODAY)[0] == (
        PAGE_ACCESS,
        "1 org.nr uten noen som kan lese taushetsbelagt post.",
    )


def test_dpi_read_back_and_last_check_at_risk(services):
    ws = _workspace(services)
    services.dpi.repo.confirm(
        ws.id,
        FLOW,
        StepRecord(
            Step.DELEGER_KS.value, {}, "2026-11-01T10:00:00+00:00", "Kari", Verification.API
        ),
    )
    services.unopened.runs.save_run(
        CheckRun(
            ws.id,
            "2026-11-30T09:00:00+00:00",
            "2026-11-30T09:00:01+00:00",
            "svarut.csv",
            "1a",
            40,
            0,
            5,
            3,
        )
    )
    row = services.region.local_row(ws.id, TODAY)
    assert (row.dpi_done, row.ks_read_back) == (1, True)
    assert (row.last_check_at_risk, row.last_check_at) == (5, "2026-11-30T09:00:01+00:00")
    pages = [p for p, _t in needs(row, TODAY)]
    assert pages.index(PAGE_UNOPENED) < pages.index(PAGE_DPI)


def test_row_with_nothing_to_do_opens_the_overview(services):
    ws = _workspace(services)
    row = services.region.local_row(ws.id, TODAY)
    from dataclasses import replace

    done = replace(
        row,
        reader_unknown=0,
        dpi_done=7,
        ks_read_back=True,
        review_saved=True,
        last_check_at=datetime(2026, 11, 28, tzinfo=UTC).isoformat(),
        last_check_at_risk=0,
    )
    assert needs(done, TODAY) == [] and page_for(done, TODAY) == PAGE_OVERVIEW
    stale = replace(
        done, last_check_at=(datetime(2026, 11, 28, tzinfo=UTC) - timedelta(days=60)).isoformat()
    )
    assert page_for(stale, TODAY) == PAGE_UNOPENED
    assert page_for(replace(done, without_notification=2), TODAY) == PAGE_NOTIFY
    assert Filter(only_needing_work=True).keep(done, TODAY) is False
    assert Filter(text="987 654").keep(done, TODAY) and not Filter(text="Oslo").keep(done, TODAY)


def test_every_workspace_is_a_row_and_the_excel_file_reads_back(services, tmp_path):
    _workspace(services)
    _workspace(services, "Fjordvik kommune", "974760673")
    rows = services.region.rows(TODAY)
    assert [r.name for r in rows] == ["Fjordvik kommune", "Testvik kommune"]
    path = services.region.export_xlsx(rows, tmp_path / "region.xlsx", TODAY)
    sheet = openpyxl.load_workbook(path)["Regionoversikt"]
    assert sheet["A1"].value == "Kommune" and sheet["A3"].value == "Testvik kommune"
    assert sheet["B3"].value == "987 654 325" and sheet["E3"].value == 1
    html = services.region.overview_html(rows, TODAY)
    assert "Fjordvik kommune" in html and "ingen personopplysninger" in html


# --- status files -------------------------------------------------------------------------


def _named_reader(services, ws):
    services.access.add_holder(ws.id, ORGNR, "Ola Nordmann", "ola@testvik.kommune.no", ["PAKKE"])


def test_status_file_has_no_names_carries_the_anchor_and_imports_after_trust(
    services, memory_keyring, tmp_path
):
    ws = _workspace(services)
    _named_reader(services, ws)
    path = tmp_path / "status.json"
    status = services.status_files.export(ws.id, path)
    text = path.read_text(encoding="utf-8")
    assert "Ola" not in text and "ola@" not in text
    assert read_anchor(path) is not None  # audit verify --mot status.json can use it
    assert services.audit.verify_against(*read_anchor(path)) == []

    coordinator = Services(Database.open(tmp_path / "region.sqlite3"))
    with pytest.raises(KeyNotTrusted) as first:
        coordinator.status_files.import_file(path)
    assert not first.value.changed and status.fingerprint in first.value.message
    assert coordinator.status_files.imported_rows() == []
    outcome = coordinator.status_files.import_file(path, trust=status.fingerprint)
    assert outcome.kind == "ny"
    rows = coordinator.region.rows(TODAY, imported=coordinator.status_files.imported_rows())
    assert [(r.name, r.source, r.units) for r in rows] == [("Testvik kommune", SOURCE_FILE, 1)]
    actions = [e.action for e in coordinator.audit.entries()]
    assert "region.key_pinned" in actions and "region.status_imported" in actions
    coordinator.db.close()


def test_a_changed_file_is_refused(services, memory_keyring, tmp_path):
    ws = _workspace(services)
    path = tmp_path / "status.json"
    status = services.status_files.export(ws.id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["status"]["without_reader"] = 0
    data["status"]["reader_unknown"] = 0  # someone makes it look better
    path.write_text(json.dumps(data), encoding="utf-8")
    coordinator = Services(Database.open(tmp_path / "region.sqlite3"))
    with pytest.raises(StatusFileError, match="endret etter at den ble laget"):
        coordinator.status_files.import_file(path, trust=status.fingerprint)
    coordinator.db.close()


def test_newer_file_replaces_older_one_and_an_older_one_is_kept_out(
    services, memory_keyring, tmp_path
):
    ws = _workspace(services)
    old = tmp_path / "gammel.json"
    first = services.status_files.export(ws.id, old)
    services.access.repo.mark_read(ws.id, ORGNR, READ_HOLDERS, "2026-11-20T08:00:00+00:00")
    new = tmp_path / "ny.json"
    services.status_files.export(ws.id, new)
    coordinator = Services(Database.open(tmp_path / "region.sqlite3"))
    coordinator.status_files.import_file(old, trust=first.fingerprint)
    assert coordinator.status_files.imported_rows()[0].reader_unknown == 1
    assert coordinator.status_files.import_file(new).kind == "erstattet"
    assert coordinator.status_files.imported_rows()[0].without_reader == 1
    again = coordinator.status_files.import_file(old)
    assert again.kind == "eldre" and "nyere" in again.message
    assert coordinator.status_files.imported_rows()[0].without_reader == 1
    coordinator.db.close()


def test_a_file_signed_with_another_key_is_refused_until_trusted(
    services, memory_keyring, tmp_path
):
    ws = _workspace(services)
    path = tmp_path / "status.json"
    first = services.status_files.export(ws.id, path)
    coordinator = Services(Database.open(tmp_path / "region.sqlite3"))
    coordinator.status_files.import_file(path, trust=first.fingerprint)
    memory_keyring.store.clear()  # Postvakt reinstalled: a new key
    services.audit.append("noe.skjedde", {})
    other = services.status_files.export(ws.id, tmp_path / "ny.json")
    assert other.fingerprint != first.fingerprint
    with pytest.raises(KeyNotTrusted) as refused:
        coordinator.status_files.import_file(tmp_path / "ny.json")
    assert refused.value.changed and "annen nøkkel" in refused.value.message
    assert (
        coordinator.status_files.import_file(tmp_path / "ny.json", trust=other.fingerprint).kind
        == "erstattet"
    )
    coordinator.db.close()


def test_demo_workspace_cannot_be_sent(services, memory_keyring, tmp_path):
    demo = services.workspaces.ensure_demo_workspace()
    assert demo is not None
    with pytest.raises(StatusFileError, match="Øvingskommunen"):
        services.status_files.export(demo.id, tmp_path / "status.json")


@pytest.mark.parametrize(
    "content", [b"", b"not json", b'{"format": "annet"}', "æøå".encode("latin-1")]
)
def test_a_file_that_is_not_a_status_file_gives_a_message(services, tmp_path, content):
    path = tmp_path / "feil.json"
    path.write_bytes(content)
    with pytest.raises(StatusFileError) as info:
        services.status_files.import_file(path)
    assert "statusfil" in info.value.message


# --- the command line -----------------------------------------------------------------------


def test_cli_status_file_from_one_machine_into_the_overview_of_another(
    memory_keyring, tmp_path, monkeypatch, capsys
):
    from desktop_app.cli import main

    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", ORGNR]) == 0
    status_path = tmp_path / "status.json"
    assert main(["status", "eksporter", "--out", str(status_path)]) == 0
    out = capsys.readouterr().out
    fingerprint = out.split("Fingeravtrykk: ")[1].splitlines()[0]
    assert "les fingeravtrykket opp" in out

    monkeypatch.setenv("POSTVAKT_HOME", str(tmp_path / "koordinator"))  # another machine
    assert main(["oversikt", "--importer", str(status_path)]) == 2
    assert fingerprint in capsys.readouterr().err
    xlsx = tmp_path / "region.xlsx"
    assert (
        main(
            ["oversikt", "--importer", str(status_path), "--godta", fingerprint, "--out", str(xlsx)]
        )
        == 3
    )
    out = capsys.readouterr().out
    assert "Statusen for Testvik kommune er hentet inn" in out
    assert "Oversikten (1 kommune) er lagret" in out and "Ukjent (ikke lest): 1" in out
    sheet = openpyxl.load_workbook(xlsx)["Regionoversikt"]
    assert sheet["A2"].value == "Testvik kommune" and "Statusfil" in sheet["L2"].value
    assert main(["oversikt", "--sok", "Oslo"]) == 0
    assert "Ingen kommuner" in capsys.readouterr().out


def test_cli_overview_as_pdf_and_wrong_suffix(tmp_path, capsys):
    from desktop_app.cli import main

    assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", ORGNR]) == 0
    pdf = tmp_path / "region.pdf"
    assert main(["oversikt", "--out", str(pdf)]) == 3
    assert pdf.read_bytes().startswith(b"%PDF")
    assert main(["oversikt", "--out", str(tmp_path / "region.docx")]) == 2
    assert "må slutte på .xlsx" in capsys.readouterr().err


def test_cli_status_export_without_a_keyring_says_why(tmp_path, capsys):
    from keyring.backends import fail

    from desktop_app.cli import main

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert main(["workspaces", "create", "--navn", "Testvik kommune", "--orgnr", ORGNR]) == 0
        assert main(["status", "eksporter", "--out", str(tmp_path / "s.json")]) == 1
    finally:
        keyring.set_keyring(previous)
    assert "nøkkelring" in capsys.readouterr().err
    assert not (tmp_path / "s.json").exists()


def test_a_signed_file_with_a_wrong_value_type_is_refused_with_a_message(
    services, memory_keyring, tmp_path
):
    from desktop_app.services import status_file

    ws = _workspace(services)
    path = tmp_path / "status.json"
    services.status_files.export(ws.id, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["status"]["last_check_at"] = 5  # a Postvakt with a bug, signed all the same
    key = status_file._private_key(create=False)
    data["signatur"]["verdi"] = key.sign(status_file._canonical(data)).hex()
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StatusFileError, match="ødelagt"):
        services.status_files.import_file(path)

"""Columns recognised by what they hold, when their headers say nothing Postvakt knows."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest

from desktop_app.domain.cancellation import TaskState
from desktop_app.domain.identifiers import mask_person_numbers, person_number, recipient_number
from desktop_app.domain.svarut import OSLO, RecipientKind, ShipmentStatus
from desktop_app.importers.svarut_export import ExportField, import_export, parse_datetime
from desktop_app.services.unopened_check import UnopenedCheckService
from desktop_app.storage.database import Database
from desktop_app.storage.runs import _set_document
from desktop_app.storage.workspaces import WorkspaceRepository

F = ExportField
ORGS = ["320135710", "320067855", "320000009"]
PERSON = "01029400470"  # valid fødselsnummer (from the SvarUt event log example)
IDS = [f"{n:08x}-1111-4111-8111-111111111111" for n in range(1, 7)]


def _csv(header: str, rows: list[str]) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


def test_orgnr_column_with_an_unfamiliar_header_is_recognised_by_its_values():
    data = _csv(
        "Forsendelse-ID;Status;Kunde;Taushetsbelagt",
        [f"{IDS[i]};Varslet;{ORGS[i % 3]};Ja" for i in range(6)],
    )
    result = import_export(data)
    assert result.mapping_used["Kunde"] == "recipient_id"
    assert result.guessed_headers == ["Kunde"]
    assert result.unknown_headers == []
    assert [s.recipient_id for s in result.shipments[:3]] == ORGS


def test_every_column_by_content_alone():
    rows = [
        f"{IDS[0]};Varslet;06.01.2026 09:56;{ORGS[0]};ja;Brev",
        f"{IDS[1]};LEST;2026-01-07T10:00:00+01:00;{PERSON};nei;Brev",
        f"{IDS[2]};Sendt digitalt;1767689760000;010294 00470;ja;Brev",
        f"{IDS[3]};manuelt_håndtert;46028,4125;{ORGS[1]};ja;Brev",
    ]
    result = import_export(_csv("A;B;C;D;Sikret (taushetsplikt);E", rows))
    assert result.mapping_used == {
        "A": "id", "B": "status", "C": "sent_at", "D": "recipient_id",
        "Sikret (taushetsplikt)": "confidential",
    }  # fmt: skip
    assert result.errors == []
    statuses = [s.status for s in result.shipments]
    assert statuses == [
        ShipmentStatus.VARSLET,
        ShipmentStatus.LEST,
        ShipmentStatus.SENDT_DIGITALT,
        ShipmentStatus.MANUELT_HANDTERT,
    ]
    sent = [s.sent_at.astimezone(OSLO).replace(tzinfo=None) for s in result.shipments]
    assert sent == [
        datetime(2026, 1, 6, 9, 56),
        datetime(2026, 1, 7, 10, 0),
        datetime(2026, 1, 6, 9, 56),
        datetime(2026, 1, 6, 9, 54),
    ]
    kinds = [s.recipient_kind for s in result.shipments]
    assert kinds == [
        RecipientKind.ORGANIZATION,
        RecipientKind.PERSON,
        RecipientKind.PERSON,
        RecipientKind.ORGANIZATION,
    ]
    assert [s.confidential for s in result.shipments] == [True, False, True, True]


def test_spreadsheet_cells_dates_and_numbers_that_lost_their_zero(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nøkkel", "Tilstand", "Når", "Hvem"])
    sheet.append([IDS[0], "VARSLET", datetime(2026, 1, 6, 9, 56), int(ORGS[0])])
    sheet.append([IDS[1], "VARSLET", datetime(2026, 1, 7, 9, 56), int(PERSON)])  # 1029400470
    buffer = io.BytesIO()
    book.save(buffer)
    result = import_export(buffer.getvalue())
    assert result.mapping_used == {
        "Nøkkel": "id",
        "Tilstand": "status",
        "Når": "sent_at",
        "Hvem": "recipient_id",
    }
    assert [s.recipient_id for s in result.shipments] == [ORGS[0], PERSON]
    assert result.shipments[1].recipient_kind is RecipientKind.PERSON


def test_two_date_columns_the_earlier_is_the_sending():
    rows = [
        f"{IDS[i]};VARSLET;0{i + 1}.02.2026 10:00;0{i + 1}.01.2026 10:00;{ORGS[0]}"
        for i in range(3)
    ]
    result = import_export(_csv("ID;Status;Tid 1;Tid 2;Orgnr", rows))
    assert result.mapping_used["Tid 2"] == "sent_at"
    assert result.mapping_used["Tid 1"] == "status_changed_at"


def test_yes_no_without_a_telling_header_is_asked_not_guessed():
    rows = [f"{IDS[i]};VARSLET;{ORGS[0]};Nei" for i in range(3)]
    result = import_export(_csv("ID;Status;Orgnr;Merket", rows))
    assert "Merket" not in result.mapping_used  # «Nei» could hide a confidential letter
    assert {a.field for a in result.ambiguous} == {"confidential", "digital_only"}
    assert all(s.confidential is None for s in result.shipments)


def test_a_named_column_whose_values_do_not_fit_gives_way():
    rows = [f"{n};{IDS[n]};VARSLET;{ORGS[0]}" for n in range(1, 4)]
    result = import_export(_csv("ID;Forsendelse;Status;Orgnr", rows))
    assert result.mapping_used["Forsendelse"] == "id"
    assert "ID" not in result.mapping_used
    assert [s.id for s in result.shipments] == IDS[1:4]


@pytest.mark.parametrize(
    "written", ["010294-00470", "010294 00470", "1029400470", "010294\u00a000470", " 01029400470 "]
)
def test_a_fodselsnummer_as_people_and_excel_write_it_is_a_person(written):
    data = _csv("Forsendelse-ID;Status;Orgnr;Taushetsbelagt", [f"{IDS[0]};VARSLET;{written};Ja"])
    shipment = import_export(data).shipments[0]
    assert shipment.recipient_id == PERSON
    assert shipment.recipient_kind is RecipientKind.PERSON


def test_persons_are_masked_in_the_review_not_shown_as_unknown(tmp_path):
    db = Database.open(tmp_path / "p.sqlite3")
    try:
        ws = WorkspaceRepository(db).create("Fjordvik kommune", "971032146")
        path = tmp_path / "eksport.csv"
        path.write_bytes(
            _csv(
                "Forsendelse-ID;Status;Orgnr;Mottaker;Taushetsbelagt",
                [
                    f"{IDS[0]};VARSLET;010294-00470;Ola Nordmann;Ja",
                    f"{IDS[1]};VARSLET;1029400470;Kari Nordmann;Ja",
                ],
            )
        )
        outcome = UnopenedCheckService(db).review_file(TaskState(), ws, path, "1a")
    finally:
        db.close()
    assert outcome.unknown_count == 0
    assert outcome.person_letters == 2
    assert [
        (letter.person, letter.shipment.recipient_id, letter.shipment.recipient_name)
        for letter in outcome.letters
    ] == [(True, "", ""), (True, "", "")]


def test_identifier_rules():
    assert person_number("1029400470") == PERSON
    assert person_number("1029400471") is None  # check digits wrong: not a person
    assert recipient_number("971.032.146") == "971032146"
    assert recipient_number("Ukjent") == "Ukjent"
    assert mask_person_numbers("fnr 010294-00470") == "fnr 010294 *****"


def test_dates_as_svarut_and_excel_write_them():
    expected = datetime(2023, 1, 1, 11, 33, 55, tzinfo=OSLO)
    assert parse_datetime("1672569235008").replace(microsecond=0) == expected  # REST v1
    assert parse_datetime("2023-01-01T11:33:55.008+01:00").replace(microsecond=0) == expected
    assert parse_datetime("01.01.2023 11:33:55") == expected
    assert parse_datetime("44927,48189") == datetime(2023, 1, 1, 11, 33, 55, tzinfo=OSLO)


def test_a_saved_run_keeps_no_number_of_a_person_written_with_a_hyphen(tmp_path):
    db = Database.open(tmp_path / "p.sqlite3")
    try:
        ws = WorkspaceRepository(db).create("Fjordvik kommune", "971032146")
        service = UnopenedCheckService(db)
        data = _csv(
            "Forsendelse-ID;Status;Orgnr;Mottaker;Taushetsbelagt",
            [f"{IDS[0]};VARSLET;010294-00470;Ola Nordmann;Ja"],
        )
        run = service.run_check(TaskState(), ws, data, "1a").run
        with db.read() as conn:
            (data,) = conn.execute("SELECT data FROM check_run_letter_sets").fetchone()
    finally:
        db.close()
    assert run.at_risk_count == 0
    stored = _set_document(data)  # (the fields as lists)
    assert (stored["recipient_id"], stored["recipient_name"], stored["person"]) == (
        [""],
        [""],
        [True],
    )
    assert "010294" not in data.decode() and "Nordmann" not in data.decode()

"""The wizard's service: remembered column mappings, .eml and mail merge, own incoming post."""

from __future__ import annotations

import csv
import email
import io
from datetime import date
from email import policy

import pytest
from support.old_store import store_at_version

from desktop_app.domain.cancellation import TaskState
from desktop_app.services.unopened_check import CheckError
from desktop_app.services.unopened_followup import UnopenedFollowupService, header_signature
from desktop_app.storage.audit import AuditLog
from desktop_app.storage.database import MIGRATIONS, Database
from desktop_app.storage.own_inbox import InboxAnswer
from desktop_app.storage.workspaces import WorkspaceRepository

# Two columns of UUIDs: the values cannot say which one is the forsendelse-ID, so Postvakt asks.
UNKNOWN = (
    "Nøkkel;Sak;Tilstand;Når;Firma;Foretaksnr\n"
    "11111111-2222-4333-8444-555555555501;11111111-2222-4333-8444-555555555599;VARSLET;"
    "02.03.2026 10:15;Fjordvik IL;320135710\n"
).encode()


@pytest.fixture
def setup(tmp_path):
    db = Database.open(tmp_path / "p.sqlite3")
    ws = WorkspaceRepository(db).create("Fjordvik kommune", "971032146")
    yield db, ws, UnopenedFollowupService(db)
    db.close()


def test_a_saved_mapping_is_used_for_the_same_headers(setup, tmp_path):
    db, ws, service = setup
    path = tmp_path / "ukjent.csv"
    path.write_bytes(UNKNOWN)
    with pytest.raises(CheckError) as err:
        service.run_check(TaskState(), ws, path, "1a")
    headers = err.value.import_result.headers
    service.remember_mapping(
        ws,
        headers,
        {
            "Nøkkel": "id",
            "Tilstand": "status",
            "Når": "sent_at",
            "Firma": "recipient_name",
            "Foretaksnr": "recipient_id",
        },
    )
    # Same columns, different case and spacing: still recognised.
    other = tmp_path / "ukjent2.csv"
    other.write_bytes(UNKNOWN.replace(b"Foretaksnr", b"FORETAKS NR"))
    outcome = service.run_check(TaskState(), ws, other, "1a")
    assert outcome.at_risk_count == 1
    assert outcome.result.groups[0].name == "Fjordvik IL"
    assert header_signature(["Foretaksnr"]) == header_signature(["FORETAKS NR"])
    assert header_signature(["A", "B"]) != header_signature(["B", "A"])
    assert "check.mapping_saved" in [e.action for e in AuditLog(db).entries()]


def test_the_remembered_columns_cost_no_second_reading_of_the_file(setup, tmp_path, monkeypatch):
    """A large spreadsheet takes seconds to read: the remembered choice is looked up with the
    headers the check reads anyway, for the saved check and for a report opened for review."""
    from desktop_app.importers import tabular

    _db, ws, service = setup
    path = tmp_path / "ukjent.csv"
    path.write_bytes(UNKNOWN)
    service.remember_mapping(
        ws,
        ["Nøkkel", "Sak", "Tilstand", "Når", "Firma", "Foretaksnr"],
        {"Nøkkel": "id", "Tilstand": "status", "Foretaksnr": "recipient_id"},
    )
    reads = []
    real_read = tabular._read_bytes
    monkeypatch.setattr(tabular, "_read_bytes", lambda path: reads.append(path) or real_read(path))
    assert service.run_check(TaskState(), ws, path, "1a").at_risk_count == 1
    assert service.review_file(TaskState(), ws, path, "1a").at_risk_count == 1
    assert reads == [path, path]


def test_eml_and_mail_merge(setup, tmp_path):
    db, ws, service = setup
    path = tmp_path / "ukjent.csv"
    path.write_bytes(
        UNKNOWN.replace(b"Foretaksnr", b"Orgnr")
        .replace(b"N\xc3\xb8kkel", b"ID")
        .replace(b"Tilstand", b"Status")
        .replace("Når".encode(), b"Sendt")
        .replace(b"Firma", b"Mottaker")
    )
    outcome = service.run_check(TaskState(), ws, path, "1b")
    drafts = service.drafts(outcome.result, ws)
    written = service.save_eml(ws, drafts[0], tmp_path / "ut" / "brev.eml")
    message = email.message_from_bytes(written.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "Fjordvik IL" in message.get_body(("plain",)).get_content()
    service.check.set_followup(ws, "320135710", "kontaktet", date(2026, 11, 20))
    assert service.export_mail_merge(ws, drafts, tmp_path / "flett.csv") == 1
    rows = list(
        csv.reader(io.StringIO((tmp_path / "flett.csv").read_text("utf-8-sig")), delimiter=";")
    )
    assert rows[0][:3] == ["Org.nr", "Mottaker", "E-post"]
    assert rows[1][0] == "320 135 710" and rows[1][2] == "" and rows[1][-1] == "Kontaktet"
    actions = [e.action for e in AuditLog(db).entries()]
    assert "check.draft_saved" in actions and "check.drafts_exported" in actions


def test_own_inbox_answers_are_kept_and_logged(setup, tmp_path):
    db, ws, service = setup
    service.set_own_inbox_check(ws, "971032146", InboxAnswer.YES, date(2026, 11, 23), "Fant 2")
    service.set_own_inbox_check(ws, "971032146", "nei", date(2026, 11, 24))
    checks = service.own_inbox_checks(ws.id)
    assert checks["971032146"].answer is InboxAnswer.NO
    assert checks["971032146"].checked_on == date(2026, 11, 24)
    entry = [e for e in AuditLog(db).entries() if e.action == "check.own_inbox"][-1]
    assert entry.details == {"orgnr": "971032146", "svar": "nei", "dato": "2026-11-24"}
    with pytest.raises(ValueError, match="9 siffer"):
        service.set_own_inbox_check(ws, "12345", "ja")
    with pytest.raises(ValueError, match="Ukjent svar"):
        service.set_own_inbox_check(ws, "971032146", "kanskje")
    assert len([e for e in AuditLog(db).entries() if e.action == "check.own_inbox"]) == 2


def test_migration_3_applies_to_a_version_2_file(tmp_path):
    path = tmp_path / "v2.sqlite3"
    with store_at_version(path, 2):
        pass
    with Database.open(path) as db:
        ws = WorkspaceRepository(db).create("Fjordvik kommune", "971032146")
        UnopenedFollowupService(db).set_own_inbox_check(ws, "971032146", "ja")
        assert db.user_version() == len(MIGRATIONS)

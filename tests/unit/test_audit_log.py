"""The audit log as callers use it: who and where, filters, no secrets, and an export that
opens safely in Excel."""

from __future__ import annotations

import csv
import os
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.organizations import Workspace
from desktop_app.storage.audit import AuditLog, current_user
from desktop_app.storage.database import Database
from desktop_app.storage.paths import app_paths

WS = Workspace(4, "Fjordvik kommune", "310000000", False, "2026-01-01T00:00:00+00:00")


@pytest.fixture
def log():
    db = Database.open(app_paths().database)
    yield AuditLog(db)
    db.close()


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read æøå
    return list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))


def test_entry_records_who_when_and_where(log):
    entry = log.append("check.done", {"sjekk": "uåpnet post"}, WS)
    assert entry.seq == 1
    assert entry.user == current_user() and entry.user
    assert entry.workspace_id == 4 and entry.workspace_name == "Fjordvik kommune"
    at = datetime.fromisoformat(entry.at)
    assert at.utcoffset() == timedelta(0)
    assert abs(datetime.now(UTC) - at) < timedelta(minutes=1)
    assert log.entries() == [entry]


def test_user_falls_back_when_the_os_cannot_tell(monkeypatch):
    import getpass

    def broken() -> str:
        raise OSError("no user")

    monkeypatch.setattr(getpass, "getuser", broken)
    monkeypatch.delenv("USERNAME", raising=False)
    monkeypatch.setenv("USER", "")
    assert current_user() == "ukjent bruker"


@pytest.mark.parametrize(
    "details",
    [
        {"passord": "hemmelig123"},
        {"IntegrasjonPassord": "x"},
        {"access_token": "eyJ..."},
        {"api_key": "abc"},
        {"client_secret": "abc"},
        {"ytre": {"refresh_token": "abc"}},
    ],
)
def test_secrets_are_refused_and_nothing_is_written(log, details):
    with pytest.raises(ValueError, match="hemmelighet"):
        log.append("secret.stored", details)
    assert log.entries() == []


def test_yes_no_about_a_secret_is_allowed(log):
    entry = log.append("secret.stored", {"passord_lagret": True, "navn": "svarut"})
    assert entry.details == {"passord_lagret": True, "navn": "svarut"}


def test_filters(log):
    other = Workspace(5, "Testvik kommune", "971032146", False, "t")
    log.append("check.done", {"sjekk": "Første kontroll"}, WS)
    log.append("workspace.created", {"navn": "Testvik"}, other)
    log.append("environment.changed", {"miljø": "test"})
    assert [e.seq for e in log.entries(workspace_id=4)] == [1]
    assert [e.seq for e in log.entries(action="workspace.created")] == [2]
    assert [e.seq for e in log.entries(text="FØRSTE")] == [1]
    assert [e.seq for e in log.entries(text="arbeidsflate opprettet")] == [2]  # the label
    assert [e.seq for e in log.entries(text="testvik")] == [2]
    future = datetime.now(UTC) + timedelta(hours=1)
    assert log.entries(since=future) == []
    assert len(log.entries(until=future)) == 3
    assert len(log.entries(since=datetime.now() - timedelta(hours=1))) == 3  # naive = local


def test_export_is_excel_friendly_and_formula_safe(log, tmp_path):
    log.append("check.done", {"merknad": '=HYPERLINK("http://x")'}, WS, user="=cmd|' /C calc'!A0")
    log.append("check.done", {"sjekk": "vanlig"}, WS, user="+47 kari")
    log.append("check.done", {"sjekk": "ære være"}, WS, user="@kari")
    target = tmp_path / "ut" / "logg.csv"
    assert log.export_csv(target, log.entries()) == 3
    rows = read_csv(target)
    header = rows[0]
    assert header[0] == "Nr." and "Kontrollert" in header
    assert len(rows) == 4
    users = [row[header.index("Bruker")] for row in rows[1:]]
    assert users == ["'=cmd|' /C calc'!A0", "'+47 kari", "'@kari"]
    assert all(row[header.index("Kontrollert")] == "Ja" for row in rows[1:])
    assert rows[1][header.index("Handling")] == "Kontroll utført"
    assert "ære være" in rows[3][header.index("Detaljer")]


def test_export_replaces_an_old_file_whole_and_leaves_no_temp_files(log, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    target = folder / "logg.csv"
    target.write_text("gammelt innhold\n" * 1000, encoding="utf-8")
    log.append("check.done", {"sjekk": "ny"})
    log.export_csv(target)
    assert "gammelt" not in target.read_text(encoding="utf-8-sig")
    assert os.listdir(folder) == ["logg.csv"]


def test_export_failing_halfway_keeps_the_old_file(log, tmp_path, monkeypatch):
    import desktop_app.storage.audit as audit_module

    folder = tmp_path / "ut"
    folder.mkdir()
    target = folder / "logg.csv"
    target.write_text("gammelt innhold\n", encoding="utf-8")
    for i in range(3):
        log.append("check.done", {"i": i})
    real = audit_module._details_text
    calls = []

    def fails_on_second_row(details):
        calls.append(details)
        if len(calls) == 2:
            raise RuntimeError("midt i skrivingen")
        return real(details)

    monkeypatch.setattr(audit_module, "_details_text", fails_on_second_row)
    with pytest.raises(RuntimeError):
        log.export_csv(target)
    assert target.read_text(encoding="utf-8") == "gammelt innhold\n"
    assert os.listdir(folder) == ["logg.csv"]
